//! What a letter's words suggest for the form: its date, a decision date, the member ID,
//! the plan's reference number, the plan's name, the service named, and what kind of
//! "no" it is. Pure functions over [`PageText`]: no I/O, no clock (today is passed in).
//!
//! A suggestion is only ever offered: the person accepts, edits or ignores it. One that
//! is [`Suggestion::sure`] is offered as read; one that is not is offered with "check it
//! against the picture". A date that can be read two ways ("03/04/2026") is never
//! guessed: it is offered as [`Value::EitherDate`] and the person says which.

mod dates;
mod ids;
mod phrases;
mod plans;
mod tokens;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::text::{BBox, PageText};
pub use dates::{read_dates, DateRead};
pub use plans::PLAN_NAMES;
use tokens::{Token, Tokens};

/// Words read with less confidence than this (0–100) make a suggestion "not sure".
pub const SURE_CONFIDENCE: f32 = 80.0;

/// What a suggestion is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Finding {
    /// The date the letter was written (at its top, or after "Date:").
    LetterDate,
    /// A date the letter calls its decision's ("Decision date: …").
    DecisionDate,
    /// The member or subscriber ID.
    MemberId,
    /// The plan's reference, case, grievance or appeal number.
    Reference,
    /// The health plan's name.
    PlanName,
    /// The service, treatment or medicine the letter is about.
    Service,
    /// What kind of "no" the letter gives.
    Problem,
}

impl Finding {
    /// Every finding, in the order they are shown.
    pub const ALL: [Finding; 7] = [
        Finding::LetterDate,
        Finding::DecisionDate,
        Finding::MemberId,
        Finding::Reference,
        Finding::PlanName,
        Finding::Service,
        Finding::Problem,
    ];

    /// Dates and numbers: a wrong one is worse than none.
    pub fn is_date_or_number(self) -> bool {
        matches!(
            self,
            Finding::LetterDate | Finding::DecisionDate | Finding::MemberId | Finding::Reference
        )
    }
}

/// The reason a letter gives for saying no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// "not medically necessary"
    NotMedicallyNecessary,
    /// "experimental" or "investigational"
    Experimental,
    /// Refuses to pay for emergency or urgent care.
    EmergencyPayment,
}

/// What was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "value")]
pub enum Value {
    Date(NaiveDate),
    /// A date written with numbers only that can be read month first or day first: the
    /// person chooses.
    EitherDate {
        month_first: NaiveDate,
        day_first: NaiveDate,
    },
    Text(String),
    Problem(Problem),
}

impl Value {
    /// Whether `date` is this value, or one of its two readings.
    pub fn could_be_date(&self, date: NaiveDate) -> bool {
        match self {
            Value::Date(d) => *d == date,
            Value::EitherDate {
                month_first,
                day_first,
            } => *month_first == date || *day_first == date,
            _ => false,
        }
    }
}

/// Where on which page a suggestion was read: the crop shown beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The page, from 0.
    pub page: usize,
    /// The words' rectangle on the page's picture, `None` for a text PDF's page.
    pub area: Option<BBox>,
}

/// One suggestion for the form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub finding: Finding,
    pub value: Value,
    pub evidence: Evidence,
    /// The line it was read from, as read.
    pub line: String,
    /// Read clearly, with nothing against it: offered as read. Otherwise offered with a
    /// request to check it against the picture.
    pub sure: bool,
}

/// What the reading knows besides the words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    /// A letter is not dated after today, nor more than ten years before it.
    pub today: NaiveDate,
}

/// Everything the pages suggest, at most one suggestion per finding.
pub fn suggest(pages: &[PageText], context: &Context) -> Vec<Suggestion> {
    let tokens = Tokens::of(pages);
    let mut found = Vec::new();
    found.extend(dates::letter_date(&tokens, context));
    found.extend(dates::decision_date(&tokens, context));
    found.extend(ids::member_id(&tokens));
    found.extend(ids::reference(&tokens));
    found.extend(plans::plan_name(&tokens));
    found.extend(phrases::service(&tokens));
    found.extend(phrases::problem(&tokens));
    found
}

/// A suggestion from the tokens `span` of `line` (the value) and `label` (its label, if
/// any, which the crop also shows).
fn suggestion(
    tokens: &Tokens,
    line: usize,
    value_span: std::ops::Range<usize>,
    label_span: Option<std::ops::Range<usize>>,
    finding: Finding,
    value: Value,
    sure: bool,
) -> Suggestion {
    let l = &tokens.lines[line];
    let shown: Vec<&Token> = label_span
        .clone()
        .into_iter()
        .flatten()
        .chain(value_span.clone())
        .filter_map(|i| l.tokens.get(i))
        .collect();
    let area = shown
        .iter()
        .filter_map(|t| t.bbox)
        .reduce(|a, b| a.union(&b));
    let confident = value_span
        .clone()
        .filter_map(|i| l.tokens.get(i))
        .all(|t| t.confidence >= SURE_CONFIDENCE);
    Suggestion {
        finding,
        value,
        evidence: Evidence { page: l.page, area },
        line: l.text(),
        sure: sure && confident,
    }
}
