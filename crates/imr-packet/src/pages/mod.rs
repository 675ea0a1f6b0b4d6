//! The pages we draw: cover, the application and Authorized Assistant forms (rendered
//! from the one form definition in `imr-case`), the index, and the checklist.

pub mod checklist;
pub mod cover;
pub mod form;
pub mod index;

use chrono::NaiveDate;
use imr_case::case::Case;
use imr_case::form::ids;
use imr_case::rules::long_date;

/// The few facts about a case that the packet's own pages print outside the form.
#[derive(Debug, Clone)]
pub struct PacketFacts {
    pub patient_name: String,
    pub member_id: String,
    /// Who signs and sends the application (the patient, a parent, a helper).
    pub applicant_name: String,
    pub phone: String,
    pub return_address: Vec<String>,
    /// The packet's date, and the same written out in English for the packet's pages.
    pub date: NaiveDate,
    pub date_long: String,
    pub total_pages: usize,
}

impl PacketFacts {
    pub fn from_case(case: &Case, date: NaiveDate) -> PacketFacts {
        let get = |id: &str| {
            case.answers
                .get(id)
                .map(|v| v.trim().to_string())
                .unwrap_or_default()
        };
        let patient_name = [
            get(ids::PATIENT_FIRST_NAME),
            get(ids::PATIENT_MIDDLE_INITIAL),
            get(ids::PATIENT_LAST_NAME),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
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
    pub fn header_left(&self) -> String {
        format!(
            "Patient: {}   Member ID: {}",
            self.patient_name, self.member_id
        )
    }
}
