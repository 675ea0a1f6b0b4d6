//! Why a case file could not be read.

use thiserror::Error;

use super::SCHEMA_VERSION;

/// A case file that cannot be read at all. Problems with the answers themselves are not
/// errors here: [`validate`](super::validate) lists them all as [`Problem`](super::Problem)s.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CaseFileError {
    /// The text is not valid JSON.
    #[error(
        "The case file is not valid JSON (line {line}, column {column}: {detail}). \
         Fix the text at that place, or open the case in the app and save it again."
    )]
    NotJson {
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1.
        column: usize,
        /// The parser's description.
        detail: String,
    },

    /// The JSON is valid but not an object (`{ ... }`).
    #[error("The case file must be a JSON object that starts with {{ and ends with }}.")]
    NotAnObject,

    /// There is no `schema_version`.
    #[error(
        "The case file has no \"schema_version\". Add \"schema_version\": {SCHEMA_VERSION} \
         at the top."
    )]
    MissingSchemaVersion,

    /// `schema_version` is zero, negative or not a whole number.
    #[error(
        "The case file's \"schema_version\" is {found}; it must be a whole number from 1, \
         such as {SCHEMA_VERSION}."
    )]
    InvalidSchemaVersion {
        /// The value found, as JSON.
        found: String,
    },

    /// The file was saved by a newer version of the app.
    #[error(
        "This case was saved by a newer version of the app (schema {found}); this version \
         reads schema {SCHEMA_VERSION}. Update the app to open it."
    )]
    NewerSchema {
        /// The schema version in the file.
        found: u64,
    },

    /// A top-level key this version does not know.
    #[error(
        "The case file has a key \"{key}\" that this app does not know. Check the spelling \
         or remove it; the keys are schema_version, answers and documents."
    )]
    UnknownKey {
        /// The unknown key.
        key: String,
    },

    /// There is no `answers` object.
    #[error("The case file has no \"answers\". Add \"answers\": {{}} with the answers in it.")]
    MissingAnswers,

    /// `answers` is not an object.
    #[error(
        "The case file's \"answers\" must be an object of answers, like \
         {{\"patient.first_name\": \"Ana\"}}."
    )]
    AnswersNotObject,

    /// An answer is not written as text.
    #[error(
        "The answer to \"{key}\" must be text in quotes, like \"{key}\": \"yes\" or \
         \"{key}\": \"95814\"."
    )]
    AnswerNotText {
        /// The answer's key.
        key: String,
    },

    /// `documents` is not a list.
    #[error("The case file's \"documents\" must be a list: [ ... ].")]
    DocumentsNotList,

    /// A document's `kind` is not one of the known kinds.
    #[error(
        "Document {number} has the kind {found}, which this app does not know. Use one of: \
         {allowed}."
    )]
    BadDocumentKind {
        /// The document's position, counting from 1.
        number: usize,
        /// The value found, as JSON.
        found: String,
        /// The allowed kinds, comma-separated.
        allowed: String,
    },

    /// A document's `date` is not a real date written as `YYYY-MM-DD`.
    #[error(
        "Document {number} has the date {found}. Write it as a real date, for example \
         \"2026-03-27\", or leave it out."
    )]
    BadDocumentDate {
        /// The document's position, counting from 1.
        number: usize,
        /// The value found, as JSON.
        found: String,
    },

    /// A document has a key this version does not know.
    #[error(
        "Document {number} has a key \"{key}\" that this app does not know. Check the \
         spelling or remove it; the keys are path, kind, title, date, original_name and pages."
    )]
    UnknownDocumentKey {
        /// The document's position, counting from 1.
        number: usize,
        /// The unknown key.
        key: String,
    },

    /// A document's `pages` cannot be read.
    #[error(
        "The pages of document {number} cannot be read: {}{detail}. Open the case in the \
         app and set its pages again, or remove \"pages\" to send every page as it is.",
        if *page > 0 { format!("page entry {page}: ") } else { String::new() }
    )]
    BadPages {
        /// The document's position, counting from 1.
        number: usize,
        /// The page entry's position in the list, counting from 1; 0 for the list itself.
        page: usize,
        /// What is wrong.
        detail: String,
    },

    /// A document entry is not in the expected shape (for example, no `path`).
    #[error(
        "Document {number} is not in the right shape ({detail}). Each document needs a \
         \"path\", a \"kind\" and a \"title\", written as text."
    )]
    BadDocumentEntry {
        /// The document's position, counting from 1.
        number: usize,
        /// What is wrong.
        detail: String,
    },
}
