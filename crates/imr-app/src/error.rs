//! One error shape for the app: a stable code the UI can branch on, and a message in
//! plain words that says what to do.
//!
//! A message made with [`AppError::text`] also carries its message id and arguments
//! (`app.ftl`), so the window shows it in the person's language; `message` is the
//! English, for logs and the command line.

use std::collections::BTreeMap;

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
}

impl AppError {
    /// An error with a message in English only.
    pub fn new(code: Code, message: impl Into<String>) -> AppError {
        AppError {
            code,
            message: message.into(),
            id: None,
            args: BTreeMap::new(),
        }
    }

    /// An error whose message is the Fluent message `id` with these placeholders: the
    /// window shows it in the person's language.
    pub fn text(code: Code, id: &str, args: &[(&str, &str)]) -> AppError {
        let fluent: Vec<(&str, imr_i18n::Arg<'_>)> = args
            .iter()
            .map(|(k, v)| (*k, imr_i18n::Arg::from(*v)))
            .collect();
        AppError {
            code,
            message: imr_i18n::text(imr_i18n::Lang::En, id, &fluent),
            id: Some(id.to_string()),
            args: args
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    /// The message in `lang` (the English `message` when it has no id).
    pub fn message_in(&self, lang: imr_i18n::Lang) -> String {
        match &self.id {
            Some(id) => {
                let fluent: Vec<(&str, imr_i18n::Arg<'_>)> = self
                    .args
                    .iter()
                    .map(|(k, v)| (k.as_str(), imr_i18n::Arg::from(v)))
                    .collect();
                imr_i18n::text(lang, id, &fluent)
            }
            None => self.message.clone(),
        }
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
