#![allow(clippy::unwrap_used)]
//! Reads the synthetic example case end to end, and checks that docs/case-file.md stays in
//! step with the code.

use chrono::NaiveDate;
use imr_case::form::all_fields;
use imr_case::{validate, CaseFile, DocumentKind, Track, WarningCode, SCHEMA_VERSION};

const FIXTURE: &str = include_str!("fixtures/complete-case.json");
/// `examples/nunez/case.json` as main wrote it at 0d2831f (schema 1), byte for byte.
const V1_NUNEZ: &str = include_str!("fixtures/v1-nunez.json");
const CASE_FILE_DOC: &str = include_str!("../../../docs/case-file.md");

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn fixture_parses_and_validates() {
    assert!(FIXTURE.contains("\"schema_version\": 1,"));
    let file = CaseFile::from_json(FIXTURE).unwrap();
    assert_eq!(file.schema_version, SCHEMA_VERSION);
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
    assert_eq!(
        reminders,
        [
            WarningCode::AssistantFormSignatures,
            WarningCode::LegalRights,
            WarningCode::MoreDocumentsLater,
            WarningCode::OnlineFiling
        ]
    );
}

#[test]
fn version_1_case_opens_with_every_answer() {
    let raw: serde_json::Value = serde_json::from_str(V1_NUNEZ).unwrap();
    assert_eq!(raw["schema_version"], 1);
    let file = CaseFile::from_json(V1_NUNEZ).unwrap();
    assert_eq!(file.schema_version, SCHEMA_VERSION);
    let answers = raw["answers"].as_object().unwrap();
    for (key, value) in answers {
        assert_eq!(
            file.answers.get(key).map(String::as_str),
            value.as_str(),
            "{key} lost or changed"
        );
    }
    assert_eq!(
        file.documents.len(),
        raw["documents"].as_array().unwrap().len()
    );
    // Every v1 answer is still a question that is asked: none is dropped on validation.
    let case = validate(&file, d("2026-03-01")).unwrap();
    assert_eq!(case.answers.len(), answers.len());
    // Written back as the current version, and read again unchanged.
    let again = CaseFile::from_json(&file.to_json_pretty()).unwrap();
    assert_eq!(again, file);
    assert!(file
        .to_json_pretty()
        .contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
}

/// A version 2 file (documents without `original_name`) opens unchanged, and a document's
/// original name is kept through writing and reading.
#[test]
fn version_2_case_opens_and_original_names_are_kept() {
    let v2 = r#"{"schema_version": 2, "answers": {"patient.last_name": "Núñez"},
        "documents": [{"path": "documents/001-a.pdf", "kind": "denial_letter", "title": "Denial letter"}]}"#;
    let mut file = CaseFile::from_json(v2).unwrap();
    assert_eq!(file.schema_version, SCHEMA_VERSION);
    assert_eq!(file.documents[0].original_name, None);
    file.documents[0].original_name = Some("carta de negación (1).pdf".into());
    let again = CaseFile::from_json(&file.to_json_pretty()).unwrap();
    assert_eq!(
        again.documents[0].original_name.as_deref(),
        Some("carta de negación (1).pdf")
    );
}

#[test]
fn version_1_state_hearing_answers_are_upgraded() {
    let held_yes = V1_NUNEZ.replace(
        "\"plan.medi_cal_managed_care\": \"no\"",
        "\"plan.medi_cal_managed_care\": \"yes\", \"plan.state_hearing_held\": \"yes\"",
    );
    let file = CaseFile::from_json(&held_yes).unwrap();
    assert_eq!(file.answers["plan.state_hearing_requested"], "yes");
    assert_eq!(file.answers["plan.state_hearing_held"], "yes");
    let report = validate(&file, d("2026-03-01"))
        .unwrap()
        .assess(d("2026-03-01"));
    assert!(report
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::StateHearingHeld));

    let held_no = V1_NUNEZ.replace(
        "\"plan.medi_cal_managed_care\": \"no\"",
        "\"plan.medi_cal_managed_care\": \"yes\", \"plan.state_hearing_held\": \"no\"",
    );
    let file = CaseFile::from_json(&held_no).unwrap();
    assert_eq!(file.answers["plan.state_hearing_held"], "no");
    assert!(!file.answers.contains_key("plan.state_hearing_requested"));
    // The new question is asked: the case is not complete until it is answered.
    let problems = validate(&file, d("2026-03-01")).unwrap_err();
    assert!(problems
        .iter()
        .any(|p| p.field == "plan.state_hearing_requested"));
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
        "urgent_call_now",
        "deadline_unknown",
        "state_hearing_requested",
        "medi_cal_county_plan",
        "legal_rights",
        "more_documents_later",
        "online_filing",
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
