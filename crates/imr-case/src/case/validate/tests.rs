#![allow(clippy::unwrap_used)]

use super::*;
use crate::case::test_support::{complete, d, set, TODAY};
use crate::form::DocumentKind;

fn problems(file: &CaseFile, today: &str) -> Vec<Problem> {
    validate(file, d(today)).unwrap_err()
}

/// The single problem for `field`, or a panic listing them all.
fn problem_for(file: &CaseFile, today: &str, field: &str) -> String {
    let found = problems(file, today);
    let matching: Vec<&Problem> = found.iter().filter(|p| p.field == field).collect();
    assert_eq!(matching.len(), 1, "{found:?}");
    matching[0].message.to_string()
}

#[test]
fn complete_case_validates() {
    let case = validate(&complete(), d(TODAY)).unwrap();
    assert_eq!(case.patient_full_name(), "José A. Núñez");
    assert_eq!(case.member_id(), "XJ4-2291-07");
}

#[test]
fn empty_case_lists_every_required_question_at_once() {
    let found = problems(&CaseFile::new(), TODAY);
    let fields: Vec<&str> = found.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "patient.first_name",
            "patient.last_name",
            "patient.gender",
            "patient.date_of_birth",
            "patient.street",
            "patient.city",
            "patient.state",
            "patient.zip",
            "contact.phone",
            "language.primary",
            "language.correspond_in_language",
            "plan.name",
            "plan.member_id",
            "plan.regulator",
            "plan.medi_cal_managed_care",
            "plan.has_medicare",
            "problem.type",
            "problem.description",
            "problem.desired_outcome",
            "grievance.filed",
            "urgency.urgent",
            "signature.name",
            "signature.relationship",
            "helper.has_helper",
        ]
    );
    assert_eq!(found[1].message, "Enter the patient's last name");
    assert_eq!(found[2].message, "Select the patient's gender");
    assert_eq!(
        found[15].message,
        "Select yes or no: Does the patient have Medicare?"
    );
}

#[test]
fn several_kinds_of_problem_come_back_together() {
    let mut file = complete();
    set(&mut file, "patient.nmae", "José");
    set(&mut file, "patient.zip", "9370");
    set(&mut file, "contact.email", "jose.example.com");
    file.answers.remove("plan.member_id");
    let fields: Vec<String> = problems(&file, TODAY)
        .into_iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(
        fields,
        [
            "patient.nmae",
            "patient.zip",
            "contact.email",
            "plan.member_id"
        ]
    );
}

#[test]
fn unknown_answer_key_names_the_key() {
    let mut file = complete();
    set(&mut file, "patient.nmae", "José");
    assert_eq!(
        problem_for(&file, TODAY, "patient.nmae"),
        "'patient.nmae' is not a question on this form — check the spelling"
    );
}

#[test]
fn impossible_date_is_rejected() {
    let mut file = complete();
    set(&mut file, "patient.date_of_birth", "2026-02-31");
    assert_eq!(
        problem_for(&file, TODAY, "patient.date_of_birth"),
        "The day of the patient's date of birth must be a number from 1 to 28"
    );
    // The window sends the parts as typed when they do not make a date.
    for (raw, said) in [
        (
            "1984-27-3",
            "The month of the patient's date of birth must be a number from 1 to 12",
        ),
        (
            "84-3-27",
            "The year of the patient's date of birth must have 4 digits, for example 1984",
        ),
        (
            "1984--27",
            "The month of the patient's date of birth must be a number from 1 to 12",
        ),
        (
            "1984-4-31",
            "The day of the patient's date of birth must be a number from 1 to 30",
        ),
        // A case file keeps dates as YYYY-MM-DD.
        (
            "03/27/1984",
            "Enter the patient's date of birth as a real date: month, day and year",
        ),
        (
            "1984-3-27",
            "Enter the patient's date of birth as a real date: month, day and year",
        ),
    ] {
        set(&mut file, "patient.date_of_birth", raw);
        assert_eq!(
            problem_for(&file, TODAY, "patient.date_of_birth"),
            said,
            "{raw}"
        );
    }
}

#[test]
fn future_dates_are_rejected() {
    let mut file = complete();
    set(&mut file, "patient.date_of_birth", "2026-03-02");
    set(&mut file, "grievance.filed_on", "2026-04-01");
    set(&mut file, "grievance.decision_date", "2026-05-01");
    assert_eq!(
        problem_for(&file, TODAY, "patient.date_of_birth"),
        "The patient's date of birth must be today or in the past"
    );
    assert_eq!(
        problem_for(&file, TODAY, "grievance.filed_on"),
        "The date you complained to the plan must be today or in the past"
    );
    assert_eq!(
        problem_for(&file, TODAY, "grievance.decision_date"),
        "The date of the plan's decision must be today or in the past"
    );
    // Today itself is fine.
    set(&mut file, "patient.date_of_birth", "1984-03-27");
    set(&mut file, "grievance.filed_on", TODAY);
    set(&mut file, "grievance.decision_date", TODAY);
    assert!(validate(&file, d(TODAY)).is_ok());
}

#[test]
fn decision_before_filing_is_rejected() {
    let mut file = complete();
    set(&mut file, "grievance.decision_date", "2026-01-04");
    assert_eq!(
        problem_for(&file, TODAY, "grievance.decision_date"),
        "The date of the plan's decision must be the same as or after the date you \
         complained to the plan"
    );
}

#[test]
fn invalid_choice_lists_allowed_values() {
    let mut file = complete();
    set(&mut file, "plan.regulator", "hmo");
    assert_eq!(
        problem_for(&file, TODAY, "plan.regulator"),
        "Who oversees the health plan must be one of: dmhc, cdi, medicare, self_funded, \
         medi_cal_ffs, medi_cal_rx, not_sure"
    );
}

#[test]
fn yes_no_must_be_yes_or_no() {
    let mut file = complete();
    set(&mut file, "urgency.urgent", "maybe");
    assert_eq!(
        problem_for(&file, TODAY, "urgency.urgent"),
        "The answer to \"Is there a serious and immediate threat to the patient's health?\" \
         must be yes or no"
    );
}

#[test]
fn phone_needs_ten_digits() {
    let mut file = complete();
    set(&mut file, "contact.phone", "555-0142");
    assert_eq!(
        problem_for(&file, TODAY, "contact.phone"),
        "Enter a phone number with the area code, like 916-555-0123"
    );
    set(&mut file, "contact.phone", "+1 (559) 555 0142");
    assert!(validate(&file, d(TODAY)).is_ok());
}

#[test]
fn email_needs_at_sign() {
    let mut file = complete();
    set(&mut file, "contact.email", "jose.example.com");
    set(&mut file, "contact.email_ok", "yes");
    assert_eq!(
        problem_for(&file, TODAY, "contact.email"),
        "Enter an email address in the right format, like name@example.com"
    );
}

#[test]
fn email_needs_permission_answer() {
    let mut file = complete();
    set(&mut file, "contact.email", "jose@example.com");
    assert_eq!(
        problem_for(&file, TODAY, "contact.email_ok"),
        "Select yes or no: Can DMHC contact you by email?"
    );
}

#[test]
fn zip_must_be_five_digits_or_zip_plus_four() {
    let mut file = complete();
    for bad in ["9370", "937011", "93701-12", "ABCDE"] {
        set(&mut file, "patient.zip", bad);
        assert_eq!(
            problem_for(&file, TODAY, "patient.zip"),
            "The patient's ZIP code must be 5 digits, like 95814, or ZIP+4, like 95814-2725"
        );
    }
    set(&mut file, "patient.zip", "93701-1234");
    assert!(validate(&file, d(TODAY)).is_ok());
}

#[test]
fn state_must_be_a_code() {
    let mut file = complete();
    set(&mut file, "patient.state", "California");
    assert_eq!(
        problem_for(&file, TODAY, "patient.state"),
        "Enter the patient's state as a 2-letter code, like CA"
    );
}

#[test]
fn text_longer_than_max_len_is_rejected() {
    let mut file = complete();
    set(&mut file, "patient.middle_initial", "AB");
    set(&mut file, "patient.last_name", &"N".repeat(41));
    assert_eq!(
        problem_for(&file, TODAY, "patient.middle_initial"),
        "The patient's middle initial must be 1 character or fewer"
    );
    assert_eq!(
        problem_for(&file, TODAY, "patient.last_name"),
        "The patient's last name must be 40 characters or fewer"
    );
}

#[test]
fn late_explanation_required_only_when_late() {
    let mut file = complete();
    set(&mut file, "grievance.filed_on", "2025-08-01");
    set(&mut file, "grievance.decision_date", "2025-08-31");
    // Deadline 2026-02-28: on time that day, late the day after.
    assert!(validate(&file, d("2026-02-28")).is_ok());
    assert_eq!(
        problem_for(&file, TODAY, "late.explanation"),
        "Enter why you are applying late"
    );
    set(
        &mut file,
        "late.explanation",
        "I was in hospital until February.",
    );
    let case = validate(&file, d(TODAY)).unwrap();
    assert!(case.assess(d(TODAY)).late);
}

#[test]
fn helper_fields_required_when_helper_named() {
    let mut file = complete();
    file.answers
        .retain(|key, _| !key.starts_with("helper.") || key == "helper.has_helper");
    let fields: Vec<String> = problems(&file, TODAY)
        .into_iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(
        fields,
        [
            "helper.name",
            "helper.relationship",
            "helper.street",
            "helper.city",
            "helper.state",
            "helper.zip",
            "helper.phone",
            "helper.legal_authority",
        ]
    );
    set(&mut file, "helper.has_helper", "no");
    assert!(validate(&file, d(TODAY)).is_ok());
}

#[test]
fn legal_authority_kind_required_when_helper_has_power() {
    let mut file = complete();
    set(&mut file, "helper.legal_authority", "yes");
    assert_eq!(
        problem_for(&file, TODAY, "helper.legal_authority_kind"),
        "Select what gives the helper legal power"
    );
}

#[test]
fn guardian_required_for_minor() {
    let mut file = complete();
    set(&mut file, "patient.date_of_birth", "2010-06-15");
    assert_eq!(
        problem_for(&file, TODAY, "guardian.name"),
        "Enter the name of the patient's parent or guardian"
    );
    set(&mut file, "guardian.name", "Rosa Núñez");
    let case = validate(&file, d(TODAY)).unwrap();
    assert!(case.is_minor(d(TODAY)));
}

#[test]
fn answers_to_questions_not_asked_are_dropped() {
    let mut file = complete();
    set(&mut file, "guardian.name", "Rosa Núñez");
    set(&mut file, "late.explanation", "Not late");
    set(&mut file, "urgency.doctor_says_urgent", "not a yes/no");
    let case = validate(&file, d(TODAY)).unwrap();
    assert_eq!(case.answer("guardian.name"), None);
    assert_eq!(case.answer("late.explanation"), None);
    assert_eq!(case.answer("urgency.doctor_says_urgent"), None);
}

#[test]
fn helper_signing_needs_helper_yes() {
    let mut file = complete();
    set(&mut file, "signature.relationship", "authorized_assistant");
    set(&mut file, "helper.has_helper", "no");
    let message = problem_for(&file, TODAY, "helper.has_helper");
    assert!(
        message.starts_with("Select yes if someone is helping you"),
        "{message}"
    );
}

#[test]
fn document_entries_need_path_and_title() {
    let mut file = complete();
    for (path, title, date) in [
        ("denial.pdf", "Denial letter", Some(d("2026-01-20"))),
        ("", "Decision", None),
        ("doctor.pdf", "  ", Some(d("2026-03-02"))),
    ] {
        file.documents.push(DocumentEntry {
            path: path.to_owned(),
            kind: DocumentKind::Other,
            title: title.to_owned(),
            date,
            original_name: None,
            pages: None,
        });
    }
    let found: Vec<(String, String)> = problems(&file, TODAY)
        .into_iter()
        .map(|p| (p.field, p.message.to_string()))
        .collect();
    let expected = [
        ("documents[1].path", "Enter the file name of document 2"),
        (
            "documents[2].title",
            "Enter a title for document 3, for example \"Denial letter\"",
        ),
        (
            "documents[2].date",
            "The date of document 3 must be today or in the past",
        ),
    ]
    .map(|(field, message)| (field.to_owned(), message.to_owned()));
    assert_eq!(found, expected);
}

#[test]
fn answers_are_normalized() {
    let mut file = complete();
    set(&mut file, "patient.state", " ca ");
    set(&mut file, "patient.gender", "Female");
    set(&mut file, "urgency.urgent", "NO");
    set(&mut file, "patient.first_name", "  José  ");
    set(&mut file, "contact.phone_secondary", "   ");
    let case = validate(&file, d(TODAY)).unwrap();
    assert_eq!(case.answer("patient.state"), Some("CA"));
    assert_eq!(case.answer("patient.gender"), Some("female"));
    assert_eq!(case.answer("urgency.urgent"), Some("no"));
    assert_eq!(case.patient_first_name(), "José");
    assert_eq!(case.answer("contact.phone_secondary"), None);
}
