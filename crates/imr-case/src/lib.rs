//! The domain of the DMHC Independent Medical Review (IMR) packet: the one definition of
//! the forms, the case file and its validation, and the eligibility and deadline rules.
//!
//! Pure code: no I/O, no clock (today's date is always a parameter), no GUI.
//!
//! Pipeline: JSON text → [`CaseFile::from_json`] → [`validate`] → [`Case`] →
//! [`Case::assess`] (its [`EligibilityFacts`] through [`assess`]) → [`RulesReport`].

// Layers, each using only those above it: the leaves `answers` (the answers map and the
// question ids), `documents` (the kinds of supporting documents), `dates` and `contacts`;
// then `rules`, then `form` (a question can depend on the rules, as the late-filing one
// does), then `case` (validation against the form, the typed case and its assessment).
mod answers;
pub mod case;
pub mod contacts;
pub mod dates;
mod documents;
pub mod form;
pub mod rules;

pub use answers::Answers;
pub use case::{
    validate, Case, CaseFile, CaseFileError, Corners, DocumentEntry, Helper, PageEdit, Problem,
    Spot, SCHEMA_VERSION,
};
pub use dates::{form_date, long_date};
pub use documents::DocumentKind;
pub use form::{application_form, assistant_form, field, Field, FieldKind, Form};
pub use rules::{assess, EligibilityFacts, RulesReport, Track, Warning, WarningCode};
