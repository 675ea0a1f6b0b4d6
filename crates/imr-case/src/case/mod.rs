//! The case file as saved (raw answers and document list) and the validated case.
//!
//! Pipeline: JSON text → [`CaseFile::from_json`] → [`validate`] → [`Case`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::answers::ids;
pub use crate::answers::Answers;
use crate::dates::parse_iso_date;
use crate::documents::DocumentKind;

mod checks;
mod error;
mod pages;
mod typed;
mod validate;

pub use error::CaseFileError;
pub use pages::{Corners, PageEdit, Spot};
pub use typed::{Case, Helper};
pub use validate::{validate, Problem};

/// The case-file format this version writes and reads. Files with a lower version are
/// read and upgraded (see [`CaseFile::from_json`]); files with a higher one are refused
/// with [`CaseFileError::NewerSchema`].
///
/// - 1: the first format.
/// - 2: the State Hearing question became two: `plan.state_hearing_requested` (asked for
///   one) and `plan.state_hearing_held` (it took place, asked only after a yes). New
///   answers: `problem.denial_date`, the guardian's address and contact details, what the
///   request is for and the emergency care's date, provider and amount, and the Authorized
///   Assistant's Part A (see docs/case-file.md).
/// - 3: a document may carry `original_name`, the name of the file the person chose.
/// - 4: a document may carry `pages`: which pages of its file go into the packet, in
///   what order, each turned, cropped and with parts blacked out ([`PageEdit`]).
pub const SCHEMA_VERSION: u32 = 4;

const TOP_LEVEL_KEYS: [&str; 3] = ["schema_version", "answers", "documents"];
const DOCUMENT_KEYS: [&str; 6] = ["path", "kind", "title", "date", "original_name", "pages"];

/// A saved case: the answers and the supporting documents, exactly as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    /// The format version; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The answers, by field id.
    pub answers: Answers,
    /// The supporting documents, in packet order.
    #[serde(default)]
    pub documents: Vec<DocumentEntry>,
}

/// A supporting document to include in the packet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentEntry {
    /// The file, relative to the case file's folder.
    pub path: String,
    /// What the document is.
    pub kind: DocumentKind,
    /// A short title for the exhibit index, for example "Denial letter, February 2, 2026".
    pub title: String,
    /// The date on the document, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The name of the file the person chose ("denial letter.pdf"), so the documents page
    /// can say which file each one came from. Shown on screen only; the packet does not
    /// print it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_name: Option<String>,
    /// The file's pages as they go into the packet: which, in what order, each turned,
    /// cropped or with parts blacked out. Absent: every page, as the file has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<Vec<PageEdit>>,
}

impl DocumentEntry {
    /// The pages that go into the packet, for a file of `count` pages.
    pub fn page_edits(&self, count: usize) -> Vec<PageEdit> {
        match &self.pages {
            Some(pages) => pages.clone(),
            None => (1..=count).map(PageEdit::plain).collect(),
        }
    }
}

impl Default for CaseFile {
    fn default() -> Self {
        CaseFile::new()
    }
}

impl CaseFile {
    /// An empty case in the current format.
    pub fn new() -> Self {
        CaseFile {
            schema_version: SCHEMA_VERSION,
            answers: Answers::new(),
            documents: Vec::new(),
        }
    }

    /// Reads a case file. The schema version is checked first, so a file from a newer app
    /// gets "update the app" rather than a complaint about its new keys.
    pub fn from_json(text: &str) -> Result<CaseFile, CaseFileError> {
        let value: Value = serde_json::from_str(text).map_err(|error| CaseFileError::NotJson {
            line: error.line(),
            column: error.column(),
            detail: error.to_string(),
        })?;
        let Value::Object(map) = value else {
            return Err(CaseFileError::NotAnObject);
        };
        let schema_version = read_schema_version(&map)?;
        if let Some(key) = map
            .keys()
            .find(|key| !TOP_LEVEL_KEYS.contains(&key.as_str()))
        {
            return Err(CaseFileError::UnknownKey { key: key.clone() });
        }
        let answers = read_answers(map.get("answers"))?;
        let documents = match map.get("documents") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(entries)) => entries
                .iter()
                .enumerate()
                .map(|(index, entry)| read_document(index + 1, entry))
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(CaseFileError::DocumentsNotList),
        };
        let mut case = CaseFile {
            schema_version,
            answers,
            documents,
        };
        case.upgrade();
        Ok(case)
    }

    /// Brings an older file's answers to the current format. No answer is dropped: a
    /// version 1 "a State Hearing was held" yes also means one was asked for; a no is kept
    /// as it is, and the new question "have you asked for one?" is asked.
    fn upgrade(&mut self) {
        if self.schema_version < 2 {
            let held = self.answers.get(ids::PLAN_STATE_HEARING_HELD);
            if held.is_some_and(|v| v.trim().eq_ignore_ascii_case("yes")) {
                self.answers
                    .entry(ids::PLAN_STATE_HEARING_REQUESTED.to_string())
                    .or_insert_with(|| "yes".to_string());
            }
        }
        self.schema_version = SCHEMA_VERSION;
    }

    /// Writes the case as indented JSON with a final newline.
    pub fn to_json_pretty(&self) -> String {
        // Serializing plain strings, maps and dates cannot fail.
        let mut text =
            serde_json::to_string_pretty(self).expect("a CaseFile always serializes to JSON");
        text.push('\n');
        text
    }
}

fn read_schema_version(map: &Map<String, Value>) -> Result<u32, CaseFileError> {
    let value = match map.get("schema_version") {
        None | Some(Value::Null) => return Err(CaseFileError::MissingSchemaVersion),
        Some(value) => value,
    };
    match value.as_u64() {
        Some(found) if found > u64::from(SCHEMA_VERSION) => {
            Err(CaseFileError::NewerSchema { found })
        }
        Some(found) if found >= 1 => Ok(found as u32),
        _ => Err(CaseFileError::InvalidSchemaVersion {
            found: value.to_string(),
        }),
    }
}

fn read_answers(value: Option<&Value>) -> Result<Answers, CaseFileError> {
    let map = match value {
        None => return Err(CaseFileError::MissingAnswers),
        Some(Value::Object(map)) => map,
        Some(_) => return Err(CaseFileError::AnswersNotObject),
    };
    map.iter()
        .map(|(key, value)| match value {
            Value::String(text) => Ok((key.clone(), text.clone())),
            _ => Err(CaseFileError::AnswerNotText { key: key.clone() }),
        })
        .collect()
}

fn read_document(number: usize, entry: &Value) -> Result<DocumentEntry, CaseFileError> {
    if let Value::Object(map) = entry {
        if let Some(key) = map
            .keys()
            .find(|key| !DOCUMENT_KEYS.contains(&key.as_str()))
        {
            return Err(CaseFileError::UnknownDocumentKey {
                number,
                key: key.clone(),
            });
        }
        if let Some(kind) = map.get("kind") {
            let known = kind.as_str().and_then(DocumentKind::from_value).is_some();
            if !known {
                return Err(CaseFileError::BadDocumentKind {
                    number,
                    found: kind.to_string(),
                    allowed: DocumentKind::ALL.map(DocumentKind::value).join(", "),
                });
            }
        }
        match map.get("pages") {
            None | Some(Value::Null) => {}
            Some(Value::Array(pages)) => {
                if pages.is_empty() {
                    return Err(CaseFileError::BadPages {
                        number,
                        page: 0,
                        detail: "the list of pages is empty".into(),
                    });
                }
                for (i, page) in pages.iter().enumerate() {
                    if let Some(detail) = pages::page_problem(page) {
                        return Err(CaseFileError::BadPages {
                            number,
                            page: i + 1,
                            detail,
                        });
                    }
                }
            }
            Some(_) => {
                return Err(CaseFileError::BadPages {
                    number,
                    page: 0,
                    detail: "\"pages\" must be a list".into(),
                })
            }
        }
        match map.get("date") {
            None | Some(Value::Null) => {}
            Some(date) if date.as_str().and_then(parse_iso_date).is_some() => {}
            Some(date) => {
                return Err(CaseFileError::BadDocumentDate {
                    number,
                    found: date.to_string(),
                })
            }
        }
    }
    serde_json::from_value(entry.clone()).map_err(|error| CaseFileError::BadDocumentEntry {
        number,
        detail: error.to_string(),
    })
}

#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;
