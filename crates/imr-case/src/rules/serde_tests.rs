//! The JSON names of the rules' types are part of the contract with the UI and the CLI.
#![allow(clippy::unwrap_used)]

use super::*;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn warning_codes_serialize_as_snake_case() {
    let cases = [
        (WarningCode::CdiRegulated, "cdi_regulated"),
        (WarningCode::Medicare, "medicare"),
        (WarningCode::SelfFundedPlan, "self_funded_plan"),
        (
            WarningCode::MediCalFeeForService,
            "medi_cal_fee_for_service",
        ),
        (WarningCode::MediCalRx, "medi_cal_rx"),
        (WarningCode::RegulatorUnsure, "regulator_unsure"),
        (WarningCode::GrievanceNotFiled, "grievance_not_filed"),
        (WarningCode::WaitingPeriod, "waiting_period"),
        (WarningCode::LateFiling, "late_filing"),
        (WarningCode::StateHearingHeld, "state_hearing_held"),
        (WarningCode::StateHearingDeadline, "state_hearing_deadline"),
        (
            WarningCode::UrgentDoctorStatement,
            "urgent_doctor_statement",
        ),
        (
            WarningCode::AssistantFormSignatures,
            "assistant_form_signatures",
        ),
        (
            WarningCode::ExperimentalCertification,
            "experimental_certification",
        ),
    ];
    for (code, text) in cases {
        assert_eq!(serde_json::to_value(code).unwrap(), text);
    }
}

#[test]
fn report_serializes_track_and_dates() {
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::MedicalNecessity),
        decision_date: Some(d("2026-03-31")),
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-04-01"));
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["track"], "imr_medical_necessity");
    assert_eq!(json["apply_by"], "2026-09-30");
    assert_eq!(json["late"], false);
    assert_eq!(
        serde_json::to_value(Track::ConsumerComplaint).unwrap(),
        "consumer_complaint"
    );
    assert_eq!(serde_json::to_value(Track::Unknown).unwrap(), "unknown");
    assert_eq!(
        serde_json::to_value(Track::ImrEmergencyPayment).unwrap(),
        "imr_emergency_payment"
    );
}

#[test]
fn problem_type_and_regulator_values_round_trip() {
    for problem_type in ProblemType::ALL {
        assert_eq!(
            ProblemType::from_value(problem_type.value()),
            Some(problem_type)
        );
        assert_eq!(
            serde_json::to_value(problem_type).unwrap(),
            problem_type.value()
        );
    }
    for regulator in Regulator::ALL {
        assert_eq!(Regulator::from_value(regulator.value()), Some(regulator));
        assert_eq!(serde_json::to_value(regulator).unwrap(), regulator.value());
    }
}
