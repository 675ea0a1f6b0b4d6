#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use super::*;
use crate::rules::{ProblemType, Regulator};

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn applies(id: &str, pairs: &[(&str, &str)], today: &str) -> bool {
    field(id).unwrap().is_applicable(&answers(pairs), d(today))
}

#[test]
fn application_sections_follow_the_form() {
    let ids: Vec<&str> = application_form().sections.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "patient",
            "guardian",
            "contact",
            "language",
            "plan",
            "problem",
            "grievance",
            "urgency",
            "provider",
            "late",
            "applicant",
            "signature",
            "helper"
        ]
    );
    assert_eq!(application_form().title, "IMR Application/Complaint Form");
}

#[test]
fn assistant_form_has_parts_a_and_b_with_signatures() {
    let form = assistant_form();
    assert_eq!(form.sections.len(), 2);
    assert!(form.sections[0].title.starts_with("Part A"));
    assert!(form.sections[1].title.starts_with("Part B"));
    assert_eq!(form.sections[0].signatures[0].id, "assistant.member");
    assert_eq!(form.sections[1].signatures[0].id, "assistant.helper");
    assert!(form.fields().all(|f| f.id.starts_with("helper.")));
}

#[test]
fn field_ids_are_unique_and_prefixed_by_section() {
    let mut seen = BTreeSet::new();
    for form in [application_form(), assistant_form()] {
        for section in &form.sections {
            for f in &section.fields {
                assert!(seen.insert(f.id), "duplicate id {}", f.id);
                let prefix = section.id.split('_').next().unwrap();
                assert!(f.id.starts_with(&format!("{prefix}.")), "{}", f.id);
            }
        }
    }
    assert_eq!(seen.len(), 69);
    assert_eq!(all_fields().count(), 69);
}

#[test]
fn labels_are_questions_and_hints_one_sentence() {
    for f in all_fields() {
        assert!(
            f.label.ends_with('?'),
            "label of {} is not a question",
            f.id
        );
        assert!(!f.label.contains("(optional)"), "{}", f.id);
        assert!(!f.name.is_empty(), "{}", f.id);
        if !f.hint.is_empty() {
            assert!(f.hint.ends_with('.'), "hint of {}", f.id);
            let inner = &f.hint[..f.hint.len() - 1];
            assert!(!inner.contains(". "), "hint of {} has two sentences", f.id);
            assert!(f.hint.len() <= 100, "hint of {} is long", f.id);
        }
    }
}

#[test]
fn field_lookup_finds_both_forms() {
    assert_eq!(
        field(ids::PATIENT_DATE_OF_BIRTH).unwrap().label,
        "What is the patient's date of birth?"
    );
    assert_eq!(field(ids::HELPER_PHONE).unwrap().kind, FieldKind::Phone);
    assert!(field("patient.nmae").is_none());
}

#[test]
fn choice_options_match_rule_enums() {
    let values = |id: &str| -> Vec<&str> {
        field(id)
            .unwrap()
            .choices()
            .iter()
            .map(|o| o.value)
            .collect()
    };
    assert_eq!(
        values(ids::PROBLEM_TYPE),
        ProblemType::ALL.map(ProblemType::value)
    );
    assert_eq!(
        values(ids::PLAN_REGULATOR),
        Regulator::ALL.map(Regulator::value)
    );
    assert_eq!(values(ids::PATIENT_GENDER), ["male", "female", "other"]);
    assert_eq!(
        values(ids::SIGNATURE_RELATIONSHIP),
        ["self", "parent", "guardian", "authorized_assistant"]
    );
    assert_eq!(
        field(ids::PATIENT_GENDER).unwrap().choice_label("female"),
        Some("Female")
    );
    assert_eq!(field(ids::PATIENT_GENDER).unwrap().choice_label("x"), None);
}

#[test]
fn optional_fields_are_marked() {
    for id in [
        ids::PATIENT_MIDDLE_INITIAL,
        ids::CONTACT_PHONE_SECONDARY,
        ids::CONTACT_EMAIL,
        ids::LANGUAGE_RACE_ETHNICITY,
        ids::PLAN_MEDICAL_GROUP,
        ids::PLAN_EMPLOYER,
        ids::GRIEVANCE_REFERENCE,
        ids::PROVIDER_PCP_NAME,
        ids::PROVIDER_PCP_PHONE,
        ids::HELPER_EMAIL,
    ] {
        assert!(field(id).unwrap().is_optional(), "{id}");
    }
    assert!(!field(ids::PATIENT_LAST_NAME).unwrap().is_optional());
    assert!(!field(ids::GUARDIAN_NAME).unwrap().is_optional());
}

#[test]
fn guardian_applies_only_to_minor() {
    let minor = [(ids::PATIENT_DATE_OF_BIRTH, "2010-05-01")];
    assert!(applies(ids::GUARDIAN_NAME, &minor, "2026-03-01"));
    assert!(!applies(ids::GUARDIAN_NAME, &minor, "2028-05-01"));
    assert!(!applies(
        ids::GUARDIAN_NAME,
        &[(ids::PATIENT_DATE_OF_BIRTH, "1984-03-27")],
        "2026-03-01"
    ));
    assert!(!applies(ids::GUARDIAN_NAME, &[], "2026-03-01"));
}

#[test]
fn late_explanation_applies_only_after_deadline() {
    let decided = [
        (ids::GRIEVANCE_FILED, "yes"),
        (ids::GRIEVANCE_DECIDED, "yes"),
        (ids::GRIEVANCE_DECISION_DATE, "2026-03-31"),
    ];
    assert!(!applies(ids::LATE_EXPLANATION, &decided, "2026-09-30"));
    assert!(applies(ids::LATE_EXPLANATION, &decided, "2026-10-01"));
    let required = field(ids::LATE_EXPLANATION)
        .unwrap()
        .is_required(&answers(&decided), d("2026-10-01"));
    assert!(required);
}

#[test]
fn grievance_dates_follow_the_yes_answers() {
    let filed_no = [
        (ids::GRIEVANCE_FILED, "no"),
        (ids::GRIEVANCE_DECIDED, "yes"),
    ];
    assert!(!applies(ids::GRIEVANCE_FILED_ON, &filed_no, "2026-03-01"));
    assert!(!applies(ids::GRIEVANCE_DECIDED, &filed_no, "2026-03-01"));
    assert!(!applies(
        ids::GRIEVANCE_DECISION_DATE,
        &filed_no,
        "2026-03-01"
    ));
    let filed_yes = [
        (ids::GRIEVANCE_FILED, "Yes"),
        (ids::GRIEVANCE_DECIDED, "yes"),
    ];
    assert!(applies(ids::GRIEVANCE_FILED_ON, &filed_yes, "2026-03-01"));
    assert!(applies(
        ids::GRIEVANCE_DECISION_DATE,
        &filed_yes,
        "2026-03-01"
    ));
    assert!(applies(ids::GRIEVANCE_REFERENCE, &filed_yes, "2026-03-01"));
}

#[test]
fn helper_fields_apply_when_helper_named() {
    let named = [(ids::HELPER_HAS_HELPER, "yes")];
    assert!(applies(ids::HELPER_NAME, &named, "2026-03-01"));
    assert!(applies(ids::HELPER_PHONE, &named, "2026-03-01"));
    assert!(!applies(
        ids::HELPER_LEGAL_AUTHORITY_KIND,
        &named,
        "2026-03-01"
    ));
    assert!(!applies(
        ids::HELPER_NAME,
        &[(ids::HELPER_HAS_HELPER, "no")],
        "2026-03-01"
    ));
    let with_power = [
        (ids::HELPER_HAS_HELPER, "yes"),
        (ids::HELPER_LEGAL_AUTHORITY, "yes"),
    ];
    assert!(applies(
        ids::HELPER_LEGAL_AUTHORITY_KIND,
        &with_power,
        "2026-03-01"
    ));
    let not_named = [
        (ids::HELPER_HAS_HELPER, "no"),
        (ids::HELPER_LEGAL_AUTHORITY, "yes"),
    ];
    assert!(!applies(
        ids::HELPER_LEGAL_AUTHORITY_KIND,
        &not_named,
        "2026-03-01"
    ));
}

#[test]
fn conditional_questions_follow_their_answers() {
    assert!(applies(
        ids::CONTACT_EMAIL_OK,
        &[(ids::CONTACT_EMAIL, "a@b.org")],
        "2026-03-01"
    ));
    assert!(!applies(ids::CONTACT_EMAIL_OK, &[], "2026-03-01"));
    assert!(applies(
        ids::PLAN_STATE_HEARING_REQUESTED,
        &[(ids::PLAN_MEDI_CAL, "yes")],
        "2026-03-01"
    ));
    assert!(!applies(
        ids::PLAN_STATE_HEARING_REQUESTED,
        &[(ids::PLAN_MEDI_CAL, "no")],
        "2026-03-01"
    ));
    assert!(applies(
        ids::PLAN_STATE_HEARING_HELD,
        &[
            (ids::PLAN_MEDI_CAL, "yes"),
            (ids::PLAN_STATE_HEARING_REQUESTED, "yes")
        ],
        "2026-03-01"
    ));
    assert!(!applies(
        ids::PLAN_STATE_HEARING_HELD,
        &[
            (ids::PLAN_MEDI_CAL, "yes"),
            (ids::PLAN_STATE_HEARING_REQUESTED, "no")
        ],
        "2026-03-01"
    ));
    assert!(applies(
        ids::URGENCY_DOCTOR_SAYS_URGENT,
        &[(ids::URGENCY_URGENT, "yes")],
        "2026-03-01"
    ));
    let complaint = [(ids::PROBLEM_TYPE, "other_complaint")];
    assert!(!applies(
        ids::PROVIDER_DOCTOR_NAME,
        &complaint,
        "2026-03-01"
    ));
    assert!(!applies(ids::PROBLEM_CONDITION, &complaint, "2026-03-01"));
    assert!(!applies(ids::PROBLEM_PLAN_ACTION, &complaint, "2026-03-01"));
    let emergency = [(ids::PROBLEM_TYPE, "emergency_payment")];
    assert!(applies(ids::PROBLEM_CONDITION, &emergency, "2026-03-01"));
    assert!(!applies(
        ids::PROVIDER_DOCTOR_NAME,
        &emergency,
        "2026-03-01"
    ));
    let necessity = [(ids::PROBLEM_TYPE, "medical_necessity")];
    assert!(applies(
        ids::PROVIDER_DOCTOR_PHONE,
        &necessity,
        "2026-03-01"
    ));
    assert!(applies(ids::PROBLEM_PLAN_ACTION, &necessity, "2026-03-01"));
}

#[test]
fn applicable_fields_skip_guardian_for_adult() {
    let form = application_form();
    let adult = answers(&[(ids::PATIENT_DATE_OF_BIRTH, "1984-03-27")]);
    let ids_asked: Vec<&str> = form
        .applicable_fields(&adult, d("2026-03-01"))
        .iter()
        .map(|f| f.id)
        .collect();
    assert!(ids_asked.contains(&ids::PATIENT_LAST_NAME));
    assert!(!ids_asked.contains(&ids::GUARDIAN_NAME));
    assert!(!ids_asked.contains(&ids::LATE_EXPLANATION));
}

#[test]
fn form_serializes_kinds_and_requirements() {
    let json = serde_json::to_value(field(ids::PATIENT_GENDER).unwrap()).unwrap();
    assert_eq!(json["kind"]["type"], "choice");
    assert_eq!(json["kind"]["options"][1]["value"], "female");
    assert_eq!(json["requirement"]["kind"], "required");

    let json = serde_json::to_value(field(ids::GUARDIAN_NAME).unwrap()).unwrap();
    assert_eq!(json["kind"]["type"], "text");
    assert_eq!(json["requirement"]["kind"], "required_when");
    assert_eq!(json["requirement"]["when"]["type"], "patient_is_minor");

    let json = serde_json::to_value(field(ids::GRIEVANCE_FILED_ON).unwrap()).unwrap();
    assert_eq!(json["requirement"]["when"]["type"], "equals");
    assert_eq!(json["requirement"]["when"]["field"], "grievance.filed");
    assert_eq!(json["requirement"]["when"]["value"], "yes");

    let form = serde_json::to_value(application_form()).unwrap();
    assert_eq!(form["sections"][0]["fields"][0]["id"], "patient.first_name");
}

#[test]
fn every_field_has_the_printed_forms_label() {
    for field in all_fields() {
        assert!(
            super::labels::form_label(field.id).is_some(),
            "{} has no label for the printed form",
            field.id
        );
        assert_ne!(field.form_label, field.label, "{}", field.id);
        assert!(!field.form_label.starts_with("What "), "{}", field.id);
    }
    assert_eq!(super::labels::FORM_LABELS.len(), all_fields().count());
}
