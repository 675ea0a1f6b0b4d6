//! A complete synthetic case shared by the case module's unit tests.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;

use super::CaseFile;

pub(crate) fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub(crate) const TODAY: &str = "2026-03-01";

/// A complete adult case with a helper, decided on 2026-02-02.
pub(crate) fn complete() -> CaseFile {
    let pairs = [
        ("patient.first_name", "José"),
        ("patient.middle_initial", "A"),
        ("patient.last_name", "Núñez"),
        ("patient.gender", "male"),
        ("patient.date_of_birth", "1984-03-27"),
        ("patient.street", "12 Olive Row, Apt 3"),
        ("patient.city", "Fresno"),
        ("patient.state", "CA"),
        ("patient.zip", "93701"),
        ("contact.phone", "559-555-0142"),
        ("language.primary", "Spanish"),
        ("language.correspond_in_language", "yes"),
        ("plan.name", "Golden Valley Health Plan"),
        ("plan.member_id", "XJ4-2291-07"),
        ("plan.regulator", "dmhc"),
        ("plan.medi_cal_managed_care", "no"),
        ("plan.has_medicare", "no"),
        ("problem.type", "medical_necessity"),
        ("problem.condition", "Knee osteoarthritis"),
        ("problem.treatment", "Knee replacement surgery"),
        (
            "problem.description",
            "The plan said the surgery is not medically necessary.",
        ),
        ("problem.desired_outcome", "Approve the surgery."),
        ("grievance.filed", "yes"),
        ("grievance.filed_on", "2026-01-05"),
        ("grievance.decided", "yes"),
        ("grievance.decision_date", "2026-02-02"),
        ("urgency.urgent", "no"),
        ("provider.doctor_name", "Dr. Lena Park"),
        ("provider.doctor_phone", "(559) 555-0199"),
        ("signature.name", "José A. Núñez"),
        ("signature.relationship", "self"),
        ("helper.has_helper", "yes"),
        ("helper.name", "Marta Núñez"),
        ("helper.relationship", "Sister"),
        ("helper.street", "40 Elm Street"),
        ("helper.city", "Fresno"),
        ("helper.state", "CA"),
        ("helper.zip", "93702-1234"),
        ("helper.phone", "559-555-0177"),
        ("helper.legal_authority", "no"),
    ];
    let mut file = CaseFile::new();
    for (key, value) in pairs {
        file.answers.insert(key.to_owned(), value.to_owned());
    }
    file
}

pub(crate) fn set(file: &mut CaseFile, key: &str, value: &str) {
    file.answers.insert(key.to_owned(), value.to_owned());
}
