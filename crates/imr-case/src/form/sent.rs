//! The questions of the follow-up page "When did you send your packet?". They are not
//! part of DMHC's forms: nothing of them is printed or checked with the case, and the
//! answers are kept with the app's record of the case (`SentRecord` in `imr-app`). They
//! are defined here so that the window draws them like every other question.

use super::{choice, section, Condition, Field, FieldKind, Form};

/// The question ids (also the element ids' base in the window).
pub mod ids {
    pub const SENT_ON: &str = "sent.on";
    pub const METHOD: &str = "sent.method";
    pub const FAX_CONFIRMATION: &str = "sent.fax_confirmation";
    pub const FAX_PAGES: &str = "sent.fax_pages";
}

/// The longest fax confirmation kept.
pub const FAX_CONFIRMATION_MAX: usize = 60;

pub(super) fn build() -> Form {
    use ids::*;
    let by_fax = || Condition::Equals {
        field: METHOD,
        value: "fax",
    };
    Form {
        id: "sent",
        title: "After you send your packet",
        sections: vec![section(
            "sent",
            "When did you send your packet?",
            vec![
                Field::new(
                    SENT_ON,
                    FieldKind::Date,
                    "Date you sent it",
                    "the date you sent your packet",
                )
                .hint("Month, day, year. For example, 3 2 2026 for March 2, 2026."),
                Field::new(
                    METHOD,
                    choice(&[("mail", "By mail"), ("fax", "By fax")]),
                    "How did you send it?",
                    "how you sent your packet",
                ),
                Field::new(
                    FAX_CONFIRMATION,
                    FieldKind::Text,
                    "Fax confirmation number",
                    "the fax confirmation number",
                )
                .hint("If the fax machine or service gave you a confirmation page, copy its number here.")
                .shown_when(by_fax())
                .max_len(FAX_CONFIRMATION_MAX),
                Field::new(
                    FAX_PAGES,
                    FieldKind::Text,
                    "Number of pages the confirmation says were sent",
                    "the number of pages sent",
                )
                .shown_when(by_fax())
                .max_len(4),
            ],
        )],
    }
}
