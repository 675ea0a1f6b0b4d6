//! The pages we draw: cover, the application and Authorized Assistant forms (rendered
//! from the one form definition in `imr-case`), the index, the checklist, and the
//! request for a letter from the doctor.

pub(crate) mod checklist;
pub(crate) mod cover;
pub(crate) mod doctor;
pub(crate) mod form;
pub(crate) mod index;

use chrono::NaiveDate;
use imr_case::case::{Answers, Case};
use imr_case::form::ids;
use imr_case::rules::long_date;

/// The few facts about a case that the packet's own pages print outside the form.
#[derive(Debug, Clone)]
pub(crate) struct PacketFacts {
    pub(crate) patient_name: String,
    pub(crate) member_id: String,
    /// Who signs and sends the application (the patient, a parent, a helper).
    pub(crate) applicant_name: String,
    pub(crate) phone: String,
    pub(crate) return_address: Vec<String>,
    /// The packet's date, and the same written out in English for the packet's pages.
    pub(crate) date: NaiveDate,
    pub(crate) date_long: String,
    pub(crate) total_pages: usize,
}

/// An answer as typed, trimmed; empty when it was not given.
pub(crate) fn answer(answers: &Answers, id: &str) -> String {
    answers
        .get(id)
        .map(|v| v.trim().to_string())
        .unwrap_or_default()
}

/// The patient's name as the form has it: first name, middle initial, last name.
pub(crate) fn patient_name(answers: &Answers) -> String {
    [
        ids::PATIENT_FIRST_NAME,
        ids::PATIENT_MIDDLE_INITIAL,
        ids::PATIENT_LAST_NAME,
    ]
    .into_iter()
    .map(|id| answer(answers, id))
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" ")
}

impl PacketFacts {
    pub(crate) fn from_case(case: &Case, date: NaiveDate) -> PacketFacts {
        let get = |id: &str| answer(&case.answers, id);
        let patient_name = patient_name(&case.answers);
        let signer = get(ids::SIGNATURE_NAME);
        let applicant_name = if signer.is_empty() {
            patient_name.clone()
        } else {
            signer
        };
        let city_line = format!(
            "{}, {} {}",
            get(ids::PATIENT_CITY),
            get(ids::PATIENT_STATE),
            get(ids::PATIENT_ZIP)
        );
        PacketFacts {
            member_id: get(ids::PLAN_MEMBER_ID),
            phone: get(ids::CONTACT_PHONE),
            return_address: vec![applicant_name.clone(), get(ids::PATIENT_STREET), city_line],
            applicant_name,
            patient_name,
            date,
            date_long: long_date(date),
            total_pages: 0,
        }
    }

    /// The left part of the running header on every page.
    pub(crate) fn header_left(&self) -> String {
        format!(
            "Patient: {}   Member ID: {}",
            self.patient_name, self.member_id
        )
    }
}
