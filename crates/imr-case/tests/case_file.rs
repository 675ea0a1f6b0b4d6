#![allow(clippy::unwrap_used)]
//! Reads the synthetic example case end to end, and checks that docs/case-file.md stays in
//! step with the code.

use chrono::NaiveDate;
use imr_case::form::all_fields;
use imr_case::{validate, CaseFile, DocumentKind, Track, WarningCode};

const FIXTURE: &str = include_str!("fixtures/complete-case.json");
const CASE_FILE_DOC: &str = include_str!("../../../docs/case-file.md");

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn fixture_parses_and_validates() {
    let file = CaseFile::from_json(FIXTURE).unwrap();
    assert_eq!(file.schema_version, 1);
    assert_eq!(file.documents.len(), 4);
    assert_eq!(file.documents[1].kind, DocumentKind::GrievanceDecision);
    assert_eq!(file.documents[3].date, None);

    let today = d("2026-03-01");
    let case = validate(&file, today).unwrap();
    assert_eq!(case.patient_full_name(), "José A. Núñez");
    assert_eq!(case.member_id(), "XJ4-2291-07");
    assert_eq!(case.plan_name(), "Golden Valley Health Plan");
    assert_eq!(case.date_of_birth(), d("1984-03-27"));
    assert!(!case.is_minor(today));
    assert_eq!(case.helper().unwrap().name, "Marta Núñez");
    assert_eq!(
        case.display_value("grievance.decision_date").as_deref(),
        Some("01/20/2026")
    );
    // Every answer in the fixture is asked, so none is dropped.
    assert_eq!(case.answers.len(), file.answers.len());
}

#[test]
fn fixture_rules_report() {
    let case = validate(&CaseFile::from_json(FIXTURE).unwrap(), d("2026-03-01")).unwrap();
    let report = case.assess(d("2026-03-01"));
    assert_eq!(report.track, Track::ImrMedicalNecessity);
    assert!(report.grievance_required);
    assert_eq!(report.can_apply_from, Some(d("2026-01-20")));
    assert_eq!(report.apply_by, Some(d("2026-07-20")));
    assert!(!report.late);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let reminders: Vec<WarningCode> = report.reminders.iter().map(|r| r.code).collect();
    assert_eq!(reminders, [WarningCode::AssistantFormSignatures]);
}

#[test]
fn fixture_is_late_after_deadline() {
    let file = CaseFile::from_json(FIXTURE).unwrap();
    let problems = validate(&file, d("2026-07-21")).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].field, "late.explanation");
    assert!(validate(&file, d("2026-07-20")).is_ok());
}

#[test]
fn fixture_round_trips_through_json() {
    let file = CaseFile::from_json(FIXTURE).unwrap();
    let again = CaseFile::from_json(&file.to_json_pretty()).unwrap();
    assert_eq!(again, file);
}

#[test]
fn case_file_doc_lists_every_field_kind_and_code() {
    for field in all_fields() {
        assert!(
            CASE_FILE_DOC.contains(&format!("`{}`", field.id)),
            "docs/case-file.md does not list {}",
            field.id
        );
        for option in field.choices() {
            assert!(
                CASE_FILE_DOC.contains(&format!("`{}`", option.value)),
                "docs/case-file.md does not list {} value {}",
                field.id,
                option.value
            );
        }
    }
    for kind in DocumentKind::ALL {
        assert!(CASE_FILE_DOC.contains(&format!("`{}`", kind.value())));
    }
    let codes = [
        "cdi_regulated",
        "medicare",
        "self_funded_plan",
        "medi_cal_fee_for_service",
        "medi_cal_rx",
        "regulator_unsure",
        "grievance_not_filed",
        "waiting_period",
        "late_filing",
        "state_hearing_held",
        "state_hearing_deadline",
        "urgent_doctor_statement",
        "assistant_form_signatures",
        "experimental_certification",
    ];
    for code in codes {
        let json =
            serde_json::to_value(serde_json::from_value::<WarningCode>(code.into()).unwrap())
                .unwrap();
        assert_eq!(json, code);
        assert!(CASE_FILE_DOC.contains(&format!("`{code}`")), "{code}");
    }
}
