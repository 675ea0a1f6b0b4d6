//! One error shape for the app: a stable code the UI can branch on, and a message in
//! plain words that says what to do.
//!
//! A message made with [`AppError::text`] or [`AppError::localized`] carries its text in
//! every language (`texts`), so the window shows it in the person's language; `message`
//! is the English, for logs and the command line.

use std::collections::BTreeMap;

use imr_i18n::{Lang, Message};
use serde::Serialize;

/// What kind of failure; the UI branches on this, never on message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// No case with that id (deleted, or never made).
    NotFound,
    /// A file the person chose cannot go into a packet.
    BadDocument,
    /// The case file on disk cannot be read.
    BadCase,
    /// The case was saved by a newer version of the app; it is left as it is.
    NewerVersion,
    /// Another IMR Packet window is using the same data folder.
    AlreadyOpen,
    /// Reading or writing the computer's storage failed.
    Storage,
    /// The request itself was wrong (a fault in the app).
    Invalid,
    /// The case is protected and locked: ask for its passphrase.
    Locked,
    /// The passphrase did not open the case (or its file was changed).
    WrongPassphrase,
    /// Clinic mode is on: a new case needs a passphrase.
    PassphraseRequired,
    /// Clinic mode refuses applications without a passphrase: this one must be given one
    /// before it opens.
    MustProtect,
    /// The clinic coordinator's passphrase is needed (or was wrong).
    CoordinatorRequired,
}

/// The part of a request an error is about, so the window can point at its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The clinic coordinator's passphrase.
    Coordinator,
    /// The idle time before protected cases lock, in minutes.
    AutoLockMinutes,
    /// The days after which a printed packet is removed.
    RemoveAfterDays,
    /// A new coordinator passphrase.
    NewCoordinator,
    /// The new coordinator passphrase typed again.
    NewCoordinatorConfirm,
    /// The passphrase box of a screen (a new one, or the one that opens a file).
    Passphrase,
    /// The box where a new passphrase is typed again.
    PassphraseConfirm,
    /// A second, new passphrase on the same screen (an imported case's passphrase for
    /// this computer).
    NewPassphrase,
    /// The box where that second passphrase is typed again.
    NewPassphraseConfirm,
    /// The box where a value read from a letter is edited before it is accepted.
    Suggestion,
}

/// An error with its code and a message for the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub code: Code,
    pub message: String,
    /// The message id in the Fluent files, when the message has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The message's placeholders, already written out.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
    /// The message in each language (`{"en": …, "es": …}`), when it has an id: what the
    /// window shows.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub texts: BTreeMap<Lang, String>,
    /// The message itself, to be shown later in another message or another language.
    #[serde(skip)]
    pub localizable: Option<Box<Message>>,
    /// The part of the request it is about (a settings field such as
    /// `auto_lock_minutes`), so the window can point at it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<Field>,
}

impl AppError {
    /// An error with a message in English only.
    pub fn new(code: Code, message: impl Into<String>) -> AppError {
        AppError {
            code,
            message: message.into(),
            id: None,
            args: BTreeMap::new(),
            texts: BTreeMap::new(),
            localizable: None,
            field: None,
        }
    }

    /// An error whose message is `message` (a Fluent message, whose arguments may be
    /// messages themselves, such as the reason a file was refused): the window shows it
    /// in the person's language.
    pub fn localized(code: Code, message: Message) -> AppError {
        AppError {
            code,
            message: message.render(Lang::En),
            id: Some(message.id().to_string()),
            args: BTreeMap::new(),
            texts: Lang::ALL
                .iter()
                .map(|lang| (*lang, message.render(*lang)))
                .collect(),
            localizable: Some(Box::new(message)),
            field: None,
        }
    }

    /// The message as a [`Message`], to render in any language (English only when the
    /// error has no message id).
    pub fn to_message(&self) -> Message {
        self.localizable
            .as_deref()
            .cloned()
            .unwrap_or_else(|| Message::or_english("app-error-in-english", &self.message))
    }

    /// An error whose message is the Fluent message `id` with these placeholders: the
    /// window shows it in the person's language.
    pub fn text(code: Code, id: &str, args: &[(&'static str, &str)]) -> AppError {
        let message = args
            .iter()
            .fold(Message::new(id), |m, (k, v)| m.with(k, *v));
        AppError {
            args: args
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..AppError::localized(code, message)
        }
    }

    /// The same error, about `field` of the request.
    pub fn on_field(mut self, field: Field) -> AppError {
        self.field = Some(field);
        self
    }

    /// This error followed by `next`, one per line in every language (several files that
    /// cannot go into a packet are all named at once). The code is this error's.
    pub fn and(self, next: AppError) -> AppError {
        let texts = Lang::ALL
            .iter()
            .map(|lang| {
                let text = format!("{}\n{}", self.message_in(*lang), next.message_in(*lang));
                (*lang, text)
            })
            .collect();
        AppError {
            message: format!("{}\n{}", self.message, next.message),
            texts,
            // No one message says both.
            localizable: None,
            field: None,
            ..self
        }
    }

    /// The message in `lang` (the English `message` when it has no id).
    pub fn message_in(&self, lang: Lang) -> String {
        self.texts
            .get(&lang)
            .cloned()
            .unwrap_or_else(|| self.message.clone())
    }

    /// "IMR Packet cannot start: …", for the message box shown when the app cannot open
    /// its data folder.
    pub fn cannot_start_in(&self, lang: Lang) -> String {
        imr_i18n::t!(lang, "error-cannot-start", reason = self.message_in(lang))
    }

    pub fn storage(what: &str, e: &std::io::Error) -> AppError {
        if e.kind() == std::io::ErrorKind::StorageFull
            || e.kind() == std::io::ErrorKind::QuotaExceeded
        {
            return AppError::text(Code::Storage, "app-disk-full", &[("what", what)]);
        }
        AppError::text(
            Code::Storage,
            "app-storage",
            &[("what", what), ("reason", &e.to_string())],
        )
    }
}
