//! One error shape for the app: a stable code the UI can branch on, and a message in
//! plain words that says what to do.

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
}

impl AppError {
    pub fn new(code: Code, message: impl Into<String>) -> AppError {
        AppError {
            code,
            message: message.into(),
        }
    }

    pub fn storage(what: &str, e: &std::io::Error) -> AppError {
        if e.kind() == std::io::ErrorKind::StorageFull
            || e.kind() == std::io::ErrorKind::QuotaExceeded
        {
            return AppError::new(
                Code::Storage,
                format!(
                    "The disk is full, so your work could not be saved ({what}). What was \
                     saved before is safe and unchanged. Free some space on this computer \
                     (empty the trash, or delete large files you no longer need), then try \
                     again."
                ),
            );
        }
        AppError::new(
            Code::Storage,
            format!(
                "Your work could not be saved on this computer ({what}: {e}). Nothing was \
                 changed. Check there is free space on the disk, then try again."
            ),
        )
    }
}
