#![allow(clippy::unwrap_used)]
//! The case checks and the rules speak through messages (`imr_i18n::Message`): English
//! by default, exactly as the form definition words it, and Spanish when localized.

use chrono::NaiveDate;
use imr_case::form::all_fields;
use imr_case::rules::{assess, EligibilityFacts, ProblemType, Regulator};
use imr_case::{validate, CaseFile};
use imr_i18n::{Lang, Localize};

const FIXTURE: &str = include_str!("fixtures/complete-case.json");

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// The English in form.ftl must say what the form definition says: problems in English
/// are built from it, and the packet prints the definition.
#[test]
fn field_names_and_questions_in_english_match_the_form_definition() {
    for field in all_fields() {
        assert_eq!(field.name_message().to_string(), field.name, "{}", field.id);
        assert_eq!(
            field.label_message().to_string(),
            field.label,
            "{}",
            field.id
        );
    }
}

/// A case with one wrong answer of each kind, and one missing yes/no answer.
fn faulty_case() -> CaseFile {
    let mut file = CaseFile::from_json(FIXTURE).unwrap();
    let mut set = |id: &str, value: &str| {
        file.answers.insert(id.to_owned(), value.to_owned());
    };
    set("patient.zip", "9581");
    set("patient.state", "California");
    set("contact.phone", "555-0123");
    set("contact.email", "ana at example.com");
    set("patient.date_of_birth", "2099-01-01");
    set("patient.middle_initial", "AB");
    set("patient.gender", "unknown");
    set("patient.nmae", "José");
    file.answers.remove("plan.has_medicare");
    file
}

#[test]
fn problems_are_written_in_spanish_when_localized() {
    let problems = validate(&faulty_case(), d("2026-03-01")).unwrap_err();
    assert!(problems.len() >= 9, "{problems:?}");
    let english: Vec<String> = problems.iter().map(|p| p.message.to_string()).collect();
    let spanish: Vec<String> = problems
        .clone()
        .localized(Lang::Es)
        .iter()
        .map(|p| p.message.to_string())
        .collect();
    for (en, es) in english.iter().zip(&spanish) {
        assert_ne!(en, es, "not translated");
        assert!(
            !es.contains("field-") && !es.contains("case-"),
            "raw id in {es:?}"
        );
        assert!(!es.contains("{ $"), "placeholder left in {es:?}");
    }
    let by_field = |field: &str| {
        let i = problems.iter().position(|p| p.field == field).unwrap();
        (english[i].as_str(), spanish[i].as_str())
    };
    assert_eq!(
        by_field("patient.zip").0,
        "The patient's ZIP code must be 5 digits, like 95814, or ZIP+4, like 95814-2725"
    );
    let (_, zip) = by_field("patient.zip");
    assert!(zip.starts_with(char::is_uppercase), "{zip}");
    assert!(
        zip.contains("95814-2725") && zip.contains("tiene que"),
        "{zip}"
    );
    assert!(by_field("patient.middle_initial").1.contains("1 carácter"));
    assert!(by_field("plan.has_medicare")
        .1
        .starts_with("Elija sí o no: "));
    assert!(by_field("patient.nmae").1.contains("'patient.nmae'"));
    // JSON carries the language the problems were localized to.
    let json = serde_json::to_string(&problems.localized(Lang::Es)).unwrap();
    assert!(json.contains("Escriba") || json.contains("Elija"), "{json}");
}

#[test]
fn rules_report_is_written_in_spanish_when_localized() {
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::MedicalNecessity),
        regulator: Some(Regulator::NotSure),
        medi_cal_managed_care: Some(true),
        state_hearing_requested: Some(false),
        grievance_filed: Some(true),
        grievance_filed_on: Some(d("2025-01-10")),
        plan_decided: Some(true),
        decision_date: Some(d("2025-03-31")),
        urgent: Some(false),
        helper_named: true,
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-01"));
    let english = serde_json::to_value(&report).unwrap();
    let spanish = serde_json::to_value(report.clone().localized(Lang::Es)).unwrap();
    assert_eq!(
        english["warnings"][1]["message"].as_str().unwrap(),
        report.warnings[1].message.to_string()
    );
    let late = spanish["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["code"] == "late_filing")
        .unwrap()["message"]
        .as_str()
        .unwrap()
        .to_owned();
    // The plan decided 80 days after the grievance: the 6 months run from the end of its
    // 30 days (February 9, 2025), the earliest event, not from the decision.
    assert!(late.contains("9 de agosto de 2025"), "{late}");
    assert!(late.contains("Díganos"), "{late}");
    let text = spanish.to_string();
    assert!(text.contains("Revisión Médica Independiente"), "{text}");
    assert!(text.contains("1-888-466-2219"), "{text}");
    assert!(!text.contains("rules-"), "raw id in {text}");
    for field in ["track_explanation", "grievance_reason"] {
        assert_ne!(english[field], spanish[field], "{field} not translated");
    }
    // The codes, dates and flags are the same in both languages.
    assert_eq!(english["apply_by"], spanish["apply_by"]);
    assert_eq!(
        english["warnings"][0]["code"],
        spanish["warnings"][0]["code"]
    );
}
