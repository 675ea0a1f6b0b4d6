//! The documents DMHC expects for a kind of case. They help the review, but none is
//! required: DMHC cannot deny a case for a missing document, and more can be sent later
//! with the DMHC case number (docs/rules.md, "Documents"). The app shows each one as
//! expected, warns when it is missing, and never blocks the packet.

use imr_i18n::{Lang, Localize, Message};
use serde::Serialize;

use super::messages::date_value;
use super::{EligibilityFacts, ProblemType};
use crate::documents::DocumentKind;

/// A document this case is expected to include, and why, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExpectedDocument {
    pub kind: DocumentKind,
    /// What the document is and why DMHC wants it, said as what to add.
    pub why: Message,
}

impl Localize for ExpectedDocument {
    fn localize(&mut self, lang: Lang) {
        self.why.localize(lang);
    }
}

/// The documents the case's track expects, in the packet's order:
/// - the plan's letter that said no, for every IMR track (for a payment, the letter
///   refusing to pay);
/// - the plan's written decision on the grievance, once the person says the plan decided;
/// - a doctor's statement that it is urgent, when the case is urgent (DMHC can decide
///   urgency itself; the statement helps);
/// - the doctor's certification for an experimental treatment (H&S Code 1370.4).
pub fn expected_documents(facts: &EligibilityFacts) -> Vec<ExpectedDocument> {
    let mut out = Vec::new();
    let imr = matches!(
        facts.problem_type,
        Some(
            ProblemType::MedicalNecessity
                | ProblemType::Experimental
                | ProblemType::EmergencyPayment
        )
    );
    if imr {
        out.push(ExpectedDocument {
            kind: DocumentKind::DenialLetter,
            why: Message::new("suggest-denial-letter"),
        });
    }
    if facts.grievance_filed != Some(false) && facts.plan_decided == Some(true) {
        let why = match facts.decision_date {
            Some(d) => Message::new("suggest-grievance-decision-dated").with("date", date_value(d)),
            None => Message::new("suggest-grievance-decision"),
        };
        out.push(ExpectedDocument {
            kind: DocumentKind::GrievanceDecision,
            why,
        });
    }
    if facts.urgent == Some(true) {
        out.push(ExpectedDocument {
            kind: DocumentKind::UrgencyStatement,
            why: Message::new("suggest-urgency-statement"),
        });
    }
    if facts.problem_type == Some(ProblemType::Experimental) {
        out.push(ExpectedDocument {
            kind: DocumentKind::ExperimentalCertification,
            why: Message::new("suggest-experimental-certification"),
        });
    }
    out
}
