//! The kinds of supporting documents a packet can include.

use serde::{Deserialize, Serialize};

/// What a supporting document is. Stored in the case file by its snake_case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// The plan's letter denying, changing or delaying the treatment.
    DenialLetter,
    /// The plan's written decision on the grievance.
    GrievanceDecision,
    /// A letter from a doctor.
    DoctorLetter,
    /// The doctor's written statement that the case is urgent.
    UrgencyStatement,
    /// The doctor's certification for an experimental or investigational treatment
    /// (H&S Code 1370.4): standard treatments did not work or are not appropriate, and the
    /// one asked for is likely to be more beneficial.
    ExperimentalCertification,
    /// Medical records (from out-of-network providers; the plan sends its own).
    MedicalRecords,
    /// The signed Authorized Assistant form and any power of attorney.
    AssistantForm,
    /// Anything else.
    Other,
}

impl DocumentKind {
    /// Every kind, in the order the packet lists them.
    pub const ALL: [DocumentKind; 8] = [
        DocumentKind::DenialLetter,
        DocumentKind::GrievanceDecision,
        DocumentKind::DoctorLetter,
        DocumentKind::UrgencyStatement,
        DocumentKind::ExperimentalCertification,
        DocumentKind::MedicalRecords,
        DocumentKind::AssistantForm,
        DocumentKind::Other,
    ];

    /// The name used in the case file, for example `denial_letter`.
    pub const fn value(self) -> &'static str {
        match self {
            DocumentKind::DenialLetter => "denial_letter",
            DocumentKind::GrievanceDecision => "grievance_decision",
            DocumentKind::DoctorLetter => "doctor_letter",
            DocumentKind::UrgencyStatement => "urgency_statement",
            DocumentKind::ExperimentalCertification => "experimental_certification",
            DocumentKind::MedicalRecords => "medical_records",
            DocumentKind::AssistantForm => "assistant_form",
            DocumentKind::Other => "other",
        }
    }

    /// The Fluent message id of its name for people: `document-kind-denial-letter`. The
    /// English there says the same as [`DocumentKind::label`].
    pub fn message_id(&self) -> String {
        format!("document-kind-{}", self.value().replace('_', "-"))
    }

    /// A plain-English name for people, for example "Denial letter".
    pub const fn label(&self) -> &'static str {
        match self {
            DocumentKind::DenialLetter => "Denial letter",
            DocumentKind::GrievanceDecision => "The plan's decision on your complaint",
            DocumentKind::DoctorLetter => "Letter from a doctor",
            DocumentKind::UrgencyStatement => "Doctor's statement that it is urgent",
            DocumentKind::ExperimentalCertification => {
                "Doctor's certification for an experimental treatment"
            }
            DocumentKind::MedicalRecords => "Medical records",
            DocumentKind::AssistantForm => "Authorized Assistant form",
            DocumentKind::Other => "Other document",
        }
    }

    /// Reads a case-file name such as `doctor_letter`.
    pub(crate) fn from_value(value: &str) -> Option<DocumentKind> {
        DocumentKind::ALL
            .into_iter()
            .find(|kind| kind.value() == value)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn document_kind_serializes_as_snake_case_value() {
        for kind in DocumentKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.value()));
            assert_eq!(DocumentKind::from_value(kind.value()), Some(kind));
        }
        assert_eq!(
            serde_json::to_string(&DocumentKind::GrievanceDecision).unwrap(),
            "\"grievance_decision\""
        );
    }

    #[test]
    fn document_kind_labels_are_plain() {
        assert_eq!(DocumentKind::DenialLetter.label(), "Denial letter");
        assert_eq!(DocumentKind::from_value("letter"), None);
    }
}
