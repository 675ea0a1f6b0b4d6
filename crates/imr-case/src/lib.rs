//! The domain of the DMHC Independent Medical Review (IMR) packet: the one definition of
//! the forms, the case file and its validation, and the eligibility and deadline rules.
//!
//! Pure code: no I/O, no clock (today's date is always a parameter), no GUI.
//!
//! Pipeline: JSON text → [`CaseFile::from_json`] → [`validate`] → [`Case`] →
//! [`Case::facts`] → [`assess`] → [`RulesReport`].

pub mod case;
pub mod contacts;
pub mod dates;
pub mod form;
pub mod rules;

pub use case::{
    validate, Answers, Case, CaseFile, CaseFileError, DocumentEntry, Helper, Problem,
    SCHEMA_VERSION,
};
pub use dates::{form_date, long_date};
pub use form::{application_form, assistant_form, field, DocumentKind, Field, FieldKind, Form};
pub use rules::{assess, EligibilityFacts, RulesReport, Track, Warning, WarningCode};
