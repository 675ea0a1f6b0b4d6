#![allow(clippy::unwrap_used)]

use super::*;
use crate::contacts::CDI_PHONE;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A DMHC plan, medical-necessity denial, grievance decided on `decision`.
fn decided_on(decision: &str) -> EligibilityFacts {
    EligibilityFacts {
        problem_type: Some(ProblemType::MedicalNecessity),
        regulator: Some(Regulator::Dmhc),
        grievance_filed: Some(true),
        grievance_filed_on: Some(d(decision) - chrono::Days::new(20)),
        plan_decided: Some(true),
        decision_date: Some(d(decision)),
        urgent: Some(false),
        ..EligibilityFacts::default()
    }
}

/// Filed on `filed`, no decision yet.
fn filed_on(filed: &str, urgent: bool) -> EligibilityFacts {
    EligibilityFacts {
        problem_type: Some(ProblemType::MedicalNecessity),
        grievance_filed: Some(true),
        grievance_filed_on: Some(d(filed)),
        plan_decided: Some(false),
        urgent: Some(urgent),
        ..EligibilityFacts::default()
    }
}

fn codes(warnings: &[Warning]) -> Vec<WarningCode> {
    warnings.iter().map(|w| w.code).collect()
}

fn message(warnings: &[Warning], code: WarningCode) -> String {
    warnings
        .iter()
        .find(|w| w.code == code)
        .unwrap()
        .message
        .to_string()
}

#[test]
fn track_follows_problem_type() {
    let today = d("2026-03-01");
    let cases = [
        (
            Some(ProblemType::MedicalNecessity),
            Track::ImrMedicalNecessity,
        ),
        (Some(ProblemType::Experimental), Track::ImrExperimental),
        (
            Some(ProblemType::EmergencyPayment),
            Track::ImrEmergencyPayment,
        ),
        (Some(ProblemType::OtherComplaint), Track::ConsumerComplaint),
        (None, Track::Unknown),
    ];
    for (problem_type, track) in cases {
        let facts = EligibilityFacts {
            problem_type,
            ..EligibilityFacts::default()
        };
        assert_eq!(assess(&facts, today).track, track);
    }
}

#[test]
fn track_explanation_for_complaint_never_refuses() {
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::OtherComplaint),
        ..EligibilityFacts::default()
    };
    let text = assess(&facts, d("2026-03-01"))
        .track_explanation
        .to_string();
    assert!(text.contains("Consumer Complaint"), "{text}");
    assert!(text.contains("same form"), "{text}");
    assert!(text.contains("not covered"), "{text}");
}

#[test]
fn grievance_required_unless_experimental_or_urgent() {
    let today = d("2026-03-01");
    let mut facts = filed_on("2026-02-20", false);
    let report = assess(&facts, today);
    assert!(report.grievance_required);
    assert!(report
        .grievance_reason
        .to_string()
        .contains("extraordinary and compelling"));

    facts.urgent = Some(true);
    let report = assess(&facts, today);
    assert!(!report.grievance_required);
    assert!(report
        .grievance_reason
        .to_string()
        .contains("serious and immediate threat"));

    facts.urgent = Some(false);
    facts.problem_type = Some(ProblemType::Experimental);
    let report = assess(&facts, today);
    assert!(!report.grievance_required);
    assert!(report.grievance_reason.to_string().contains("experimental"));
}

#[test]
fn grievance_required_for_complaints_and_emergency_payment() {
    for problem_type in [ProblemType::OtherComplaint, ProblemType::EmergencyPayment] {
        let facts = EligibilityFacts {
            problem_type: Some(problem_type),
            ..EligibilityFacts::default()
        };
        assert!(assess(&facts, d("2026-03-01")).grievance_required);
    }
}

#[test]
fn can_apply_from_is_today_when_no_grievance_needed() {
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::Experimental),
        grievance_filed: Some(false),
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-01"));
    assert_eq!(report.can_apply_from, Some(d("2026-03-01")));
    assert!(!codes(&report.warnings).contains(&WarningCode::GrievanceNotFiled));
}

#[test]
fn can_apply_from_is_decision_date_when_plan_decided() {
    let report = assess(&decided_on("2026-02-02"), d("2026-03-01"));
    assert_eq!(report.can_apply_from, Some(d("2026-02-02")));
    assert_eq!(report.waiting_period_ends, Some(d("2026-02-12")));
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
}

#[test]
fn can_apply_from_is_filed_plus_30_days_without_decision() {
    let report = assess(&filed_on("2026-01-15", false), d("2026-03-01"));
    assert_eq!(report.can_apply_from, Some(d("2026-02-14")));
    assert_eq!(report.waiting_period_ends, Some(d("2026-02-14")));
    // The 30 days have passed: no waiting warning.
    assert!(!codes(&report.warnings).contains(&WarningCode::WaitingPeriod));
}

#[test]
fn waiting_period_warns_until_day_30() {
    let facts = filed_on("2026-02-10", false);
    let report = assess(&facts, d("2026-03-11"));
    assert_eq!(report.can_apply_from, Some(d("2026-03-12")));
    assert_eq!(codes(&report.warnings), vec![WarningCode::WaitingPeriod]);
    assert!(message(&report.warnings, WarningCode::WaitingPeriod).contains("12 March 2026"));

    let report = assess(&facts, d("2026-03-12"));
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
}

#[test]
fn waiting_period_is_3_days_when_urgent() {
    let report = assess(&filed_on("2026-02-27", true), d("2026-02-27"));
    assert_eq!(report.waiting_period_ends, Some(d("2026-03-02")));
    // Urgent cases need no grievance first, so they can apply now.
    assert_eq!(report.can_apply_from, Some(d("2026-02-27")));

    let report = assess(&filed_on("2028-02-27", true), d("2028-02-27"));
    assert_eq!(report.waiting_period_ends, Some(d("2028-03-01")));
}

#[test]
fn grievance_not_filed_warns_when_required() {
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::MedicalNecessity),
        grievance_filed: Some(false),
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-01"));
    assert_eq!(report.can_apply_from, None);
    assert_eq!(
        codes(&report.warnings),
        vec![WarningCode::GrievanceNotFiled]
    );
    assert!(report.warnings[0].message.to_string().contains("first"));
}

#[test]
fn grievance_unanswered_gives_no_date_and_no_warning() {
    let report = assess(&EligibilityFacts::default(), d("2026-03-01"));
    assert_eq!(report.can_apply_from, None);
    assert_eq!(report.apply_by, None);
    assert!(!report.late);
    assert!(report.warnings.is_empty());
    assert!(report.reminders.is_empty());
}

#[test]
fn apply_by_clamps_to_month_end() {
    assert_eq!(apply_by(d("2026-03-31")), Some(d("2026-09-30")));
    assert_eq!(apply_by(d("2025-08-31")), Some(d("2026-02-28")));
    assert_eq!(apply_by(d("2027-08-31")), Some(d("2028-02-29")));
    assert_eq!(apply_by(d("2028-02-29")), Some(d("2028-08-29")));
    assert_eq!(apply_by(d("2026-01-15")), Some(d("2026-07-15")));
}

#[test]
fn deadline_day_is_not_late() {
    let report = assess(&decided_on("2026-03-31"), d("2026-09-30"));
    assert_eq!(report.apply_by, Some(d("2026-09-30")));
    assert!(!report.late);
    assert!(!codes(&report.warnings).contains(&WarningCode::LateFiling));
}

#[test]
fn day_after_deadline_is_late() {
    let report = assess(&decided_on("2026-03-31"), d("2026-10-01"));
    assert!(report.late);
    assert_eq!(codes(&report.warnings), vec![WarningCode::LateFiling]);
    let text = message(&report.warnings, WarningCode::LateFiling);
    assert!(text.contains("30 September 2026"), "{text}");
    assert!(text.contains("may still accept"), "{text}");
    assert!(text.contains("Tell us why"), "{text}");
}

#[test]
fn late_in_leap_year_counts_from_february_29() {
    let facts = decided_on("2027-08-31");
    assert!(!assess(&facts, d("2028-02-29")).late);
    assert!(assess(&facts, d("2028-03-01")).late);
}

#[test]
fn late_message_thanks_for_explanation() {
    let mut facts = decided_on("2025-08-31");
    facts.late_explanation_given = true;
    let report = assess(&facts, d("2026-03-01"));
    assert!(report.late);
    let text = message(&report.warnings, WarningCode::LateFiling);
    assert!(text.contains("28 February 2026"), "{text}");
    assert!(text.contains("explanation will be printed"), "{text}");
}

#[test]
fn state_hearing_by_is_decision_plus_120_days() {
    assert_eq!(state_hearing_by(d("2026-03-01")), Some(d("2026-06-29")));
    assert_eq!(state_hearing_by(d("2027-12-15")), Some(d("2028-04-13")));

    let mut facts = decided_on("2026-03-01");
    facts.medi_cal_managed_care = Some(true);
    facts.state_hearing_held = Some(false);
    let report = assess(&facts, d("2026-03-05"));
    assert_eq!(report.state_hearing_by, Some(d("2026-06-29")));
    assert_eq!(
        codes(&report.warnings),
        vec![WarningCode::StateHearingDeadline]
    );
    let text = message(&report.warnings, WarningCode::StateHearingDeadline);
    assert!(text.contains("29 June 2026"), "{text}");
    assert!(text.contains("after an IMR"), "{text}");
}

#[test]
fn state_hearing_deadline_without_decision_says_120_days() {
    let facts = EligibilityFacts {
        medi_cal_managed_care: Some(true),
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-01"));
    assert_eq!(report.state_hearing_by, None);
    let text = message(&report.warnings, WarningCode::StateHearingDeadline);
    assert!(text.contains("within 120 days"), "{text}");
}

#[test]
fn state_hearing_held_warns_and_drops_hearing_date() {
    let mut facts = decided_on("2026-03-01");
    facts.medi_cal_managed_care = Some(true);
    facts.state_hearing_held = Some(true);
    let report = assess(&facts, d("2026-03-05"));
    assert_eq!(report.state_hearing_by, None);
    assert_eq!(codes(&report.warnings), vec![WarningCode::StateHearingHeld]);
    assert!(report.warnings[0]
        .message
        .to_string()
        .contains("cannot get an Independent Medical Review"));
}

#[test]
fn state_hearing_not_mentioned_without_medi_cal() {
    let mut facts = decided_on("2026-03-01");
    facts.medi_cal_managed_care = Some(false);
    let report = assess(&facts, d("2026-03-05"));
    assert_eq!(report.state_hearing_by, None);
    assert!(report.warnings.is_empty());
}

#[test]
fn regulator_warnings_have_stable_codes() {
    let cases = [
        (Regulator::Cdi, Some(WarningCode::CdiRegulated)),
        (Regulator::Medicare, Some(WarningCode::Medicare)),
        (Regulator::SelfFunded, Some(WarningCode::SelfFundedPlan)),
        (
            Regulator::MediCalFfs,
            Some(WarningCode::MediCalFeeForService),
        ),
        (Regulator::MediCalRx, Some(WarningCode::MediCalRx)),
        (Regulator::NotSure, Some(WarningCode::RegulatorUnsure)),
        (Regulator::Dmhc, None),
    ];
    for (regulator, code) in cases {
        let facts = EligibilityFacts {
            regulator: Some(regulator),
            ..EligibilityFacts::default()
        };
        let report = assess(&facts, d("2026-03-01"));
        assert_eq!(
            codes(&report.warnings),
            code.into_iter().collect::<Vec<_>>()
        );
        for warning in &report.warnings {
            assert!(
                warning.message.to_string().contains("still"),
                "{}",
                warning.message
            );
        }
    }
}

#[test]
fn cdi_warning_gives_cdi_phone() {
    let facts = EligibilityFacts {
        regulator: Some(Regulator::Cdi),
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-01"));
    assert!(report.warnings[0].message.to_string().contains(CDI_PHONE));
    assert!(report.warnings[0]
        .message
        .to_string()
        .contains("1-800-927-4357"));
}

#[test]
fn regulator_unsure_points_to_id_card() {
    let facts = EligibilityFacts {
        regulator: Some(Regulator::NotSure),
        ..EligibilityFacts::default()
    };
    let text = assess(&facts, d("2026-03-01")).warnings[0]
        .message
        .to_string();
    assert!(text.contains("member ID card"), "{text}");
    assert!(text.contains("Evidence of Coverage"), "{text}");
}

#[test]
fn medicare_warning_once_for_medicare_member() {
    let facts = EligibilityFacts {
        regulator: Some(Regulator::Dmhc),
        has_medicare: Some(true),
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-01"));
    assert_eq!(codes(&report.warnings), vec![WarningCode::Medicare]);
    assert!(report.warnings[0]
        .message
        .to_string()
        .contains("You have Medicare"));

    let facts = EligibilityFacts {
        regulator: Some(Regulator::Medicare),
        has_medicare: Some(true),
        ..EligibilityFacts::default()
    };
    assert_eq!(
        codes(&assess(&facts, d("2026-03-01")).warnings),
        vec![WarningCode::Medicare]
    );
}

#[test]
fn reminders_follow_urgency_helper_and_experimental() {
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::Experimental),
        urgent: Some(true),
        helper_named: true,
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-01"));
    assert_eq!(
        codes(&report.reminders),
        vec![
            WarningCode::UrgentDoctorStatement,
            WarningCode::ExperimentalCertification,
            WarningCode::AssistantFormSignatures,
        ]
    );
    assert!(
        message(&report.reminders, WarningCode::UrgentDoctorStatement).contains("normal speed")
    );
    assert!(message(&report.reminders, WarningCode::AssistantFormSignatures).contains("both sign"));
    assert!(
        message(&report.reminders, WarningCode::ExperimentalCertification)
            .contains("standard treatments")
    );
}

#[test]
fn facts_from_answers_are_lenient() {
    let answers: Answers = [
        ("problem.type", "experimental"),
        ("plan.regulator", "martian"),
        ("plan.medi_cal_managed_care", "NO"),
        ("plan.state_hearing_held", "yes"),
        ("grievance.filed", "no"),
        ("grievance.filed_on", "2026-01-10"),
        ("grievance.decision_date", "2026-02-31"),
        ("urgency.urgent", "maybe"),
        ("urgency.doctor_says_urgent", "yes"),
        ("helper.has_helper", "Yes"),
        ("late.explanation", "   "),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let facts = EligibilityFacts::from_answers(&answers);
    assert_eq!(
        facts,
        EligibilityFacts {
            problem_type: Some(ProblemType::Experimental),
            regulator: None,
            medi_cal_managed_care: Some(false),
            has_medicare: None,
            state_hearing_held: None,
            grievance_filed: Some(false),
            grievance_filed_on: None,
            plan_decided: None,
            decision_date: None,
            urgent: None,
            doctor_says_urgent: None,
            helper_named: true,
            late_explanation_given: false,
        }
    );
}

#[test]
fn facts_from_answers_read_grievance_dates() {
    let answers: Answers = [
        ("grievance.filed", "yes"),
        ("grievance.filed_on", "2026-01-10"),
        ("grievance.decided", "yes"),
        ("grievance.decision_date", "2026-02-02"),
        ("urgency.urgent", "yes"),
        ("urgency.doctor_says_urgent", "no"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let facts = EligibilityFacts::from_answers(&answers);
    assert_eq!(facts.grievance_filed_on, Some(d("2026-01-10")));
    assert_eq!(facts.decision_date, Some(d("2026-02-02")));
    assert_eq!(facts.doctor_says_urgent, Some(false));
}
