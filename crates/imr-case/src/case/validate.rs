//! Raw case file → validated [`Case`], listing every problem at once.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::NaiveDate;
use imr_i18n::{Lang, Localize, Message};
use serde::Serialize;

use super::checks::{missing_message, normalize};
use super::typed::Case;
use super::{Answers, CaseFile, DocumentEntry};
use crate::answers::ids;
use crate::dates::parse_iso_date;
use crate::form::{all_fields, field, helper_fills_in};

/// One thing to fix, tied to a question (`patient.last_name`) or a document entry
/// (`documents[2].title`, counting from 0).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The field id or document path the problem is about.
    pub field: String,
    /// What to do, in plain words: English unless [`Localize::localize`]d.
    pub message: Message,
}

impl Problem {
    fn new(field: impl Into<String>, message: Message) -> Self {
        Problem {
            field: field.into(),
            message,
        }
    }
}

impl Localize for Problem {
    fn localize(&mut self, lang: Lang) {
        self.message.localize(lang);
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Checks a case file on `today` and returns the validated case, or every problem found:
/// unknown answer keys first, then the questions in form order, then the documents.
///
/// Answers to questions that are not asked (a guardian for an adult) are dropped from the
/// validated case rather than reported.
pub fn validate(file: &CaseFile, today: NaiveDate) -> Result<Case, Vec<Problem>> {
    let mut problems: Vec<Problem> = file
        .answers
        .keys()
        .filter(|key| field(key).is_none())
        .map(|key| {
            Problem::new(
                key.as_str(),
                Message::new("case-unknown-question").with("key", key.as_str()),
            )
        })
        .collect();

    // Messages name each question as the wizard asked it: to a helper, "the patient".
    let helper = helper_fills_in(&file.answers);
    let mut clean = Answers::new();
    let mut invalid: BTreeMap<&str, Message> = BTreeMap::new();
    for question in all_fields() {
        let question = &question.for_reader(helper);
        let Some(raw) = file.answers.get(question.id).map(|raw| raw.trim()) else {
            continue;
        };
        if raw.is_empty() {
            continue;
        }
        match normalize(question, raw, today) {
            Ok(value) => {
                clean.insert(question.id.to_owned(), value);
            }
            Err(message) => {
                invalid.insert(question.id, message);
            }
        }
    }

    let asked: BTreeSet<&str> = all_fields()
        .filter(|question| question.is_applicable(&clean, today))
        .map(|question| question.id)
        .collect();
    for question in all_fields().filter(|q| asked.contains(q.id)) {
        if let Some(message) = invalid.remove(question.id) {
            problems.push(Problem::new(question.id, message));
        } else if !clean.contains_key(question.id) && question.is_required(&clean, today) {
            problems.push(Problem::new(
                question.id,
                missing_message(&question.for_reader(helper)),
            ));
        }
    }
    clean.retain(|id, _| asked.contains(id.as_str()));
    problems.extend(cross_checks(&clean));
    problems.extend(document_problems(file, today));

    if problems.is_empty() {
        let documents = file
            .documents
            .iter()
            .map(|document| DocumentEntry {
                path: document.path.trim().to_owned(),
                title: document.title.trim().to_owned(),
                ..document.clone()
            })
            .collect();
        Case::from_clean(clean, documents).map_err(|missing| {
            missing
                .into_iter()
                .filter_map(field)
                .map(|question| {
                    Problem::new(question.id, missing_message(&question.for_reader(helper)))
                })
                .collect()
        })
    } else {
        Err(problems)
    }
}

/// Checks that involve two answers.
fn cross_checks(clean: &Answers) -> Vec<Problem> {
    let mut problems = Vec::new();
    let date = |id: &str| clean.get(id).and_then(|value| parse_iso_date(value));
    if let (Some(filed), Some(decided)) = (
        date(ids::GRIEVANCE_FILED_ON),
        date(ids::GRIEVANCE_DECISION_DATE),
    ) {
        if decided < filed {
            problems.push(Problem::new(
                ids::GRIEVANCE_DECISION_DATE,
                Message::new("case-decision-before-filing"),
            ));
        }
    }
    let signer = clean.get(ids::SIGNATURE_RELATIONSHIP).map(String::as_str);
    let has_helper = clean.get(ids::HELPER_HAS_HELPER).map(String::as_str);
    if signer == Some("authorized_assistant") && has_helper == Some("no") {
        problems.push(Problem::new(
            ids::HELPER_HAS_HELPER,
            Message::new("case-helper-must-be-named"),
        ));
    }
    problems
}

fn document_problems(file: &CaseFile, today: NaiveDate) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (index, document) in file.documents.iter().enumerate() {
        let number = index + 1;
        if document.path.trim().is_empty() {
            problems.push(Problem::new(
                format!("documents[{index}].path"),
                Message::new("case-document-path").with("number", number),
            ));
        }
        if document.title.trim().is_empty() {
            problems.push(Problem::new(
                format!("documents[{index}].title"),
                Message::new("case-document-title").with("number", number),
            ));
        }
        if document.date.is_some_and(|date| date > today) {
            problems.push(Problem::new(
                format!("documents[{index}].date"),
                Message::new("case-document-date").with("number", number),
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests;
