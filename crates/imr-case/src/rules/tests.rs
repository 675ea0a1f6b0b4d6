//! The rules, checked against the sources in docs/rules.md: each test names the rule it
//! checks, and its dates are worked out by hand from the rule, not from the code.
#![allow(clippy::unwrap_used)]

use super::deadlines::{apply_by, state_hearing_by};
use super::*;
use crate::contacts::{CDI_PHONE, FAX, PHONE};

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A DMHC plan, medical-necessity denial, grievance filed on `filed`, decided on `decision`.
fn decided(filed: &str, decision: &str) -> EligibilityFacts {
    EligibilityFacts {
        problem_type: Some(ProblemType::MedicalNecessity),
        regulator: Some(Regulator::Dmhc),
        medi_cal_managed_care: Some(false),
        grievance_filed: Some(true),
        grievance_filed_on: Some(d(filed)),
        plan_decided: Some(true),
        decision_date: Some(d(decision)),
        urgent: Some(false),
        ..EligibilityFacts::default()
    }
}

/// Decided 20 days after filing.
fn decided_on(decision: &str) -> EligibilityFacts {
    let filed = d(decision) - chrono::Days::new(20);
    decided(&filed.to_string(), decision)
}

/// Filed on `filed`, no decision yet.
fn pending(filed: &str) -> EligibilityFacts {
    EligibilityFacts {
        problem_type: Some(ProblemType::MedicalNecessity),
        regulator: Some(Regulator::Dmhc),
        medi_cal_managed_care: Some(false),
        grievance_filed: Some(true),
        grievance_filed_on: Some(d(filed)),
        plan_decided: Some(false),
        urgent: Some(false),
        ..EligibilityFacts::default()
    }
}

/// No grievance filed yet; the denial letter is dated `denial`.
fn not_filed(denial: Option<&str>, medi_cal: Option<bool>) -> EligibilityFacts {
    EligibilityFacts {
        problem_type: Some(ProblemType::MedicalNecessity),
        regulator: Some(Regulator::Dmhc),
        medi_cal_managed_care: medi_cal,
        grievance_filed: Some(false),
        urgent: Some(false),
        denial_date: denial.map(d),
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
        .unwrap_or_else(|| panic!("no {code:?} in {warnings:?}"))
        .message
        .to_string()
}

fn key_date(report: &RulesReport, code: DateCode) -> &KeyDate {
    report
        .dates
        .iter()
        .find(|k| k.code == code)
        .unwrap_or_else(|| panic!("no {code:?} in {:?}", report.dates))
}

fn has_date(report: &RulesReport, code: DateCode) -> bool {
    report.dates.iter().any(|k| k.code == code)
}

// ---------------------------------------------------------------- tracks

#[test]
fn track_follows_problem_type() {
    let today = d("2026-03-01");
    for (problem, track) in [
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
    ] {
        let facts = EligibilityFacts {
            problem_type: problem,
            ..EligibilityFacts::default()
        };
        assert_eq!(assess(&facts, today).track, track);
    }
}

#[test]
fn imr_tracks_say_dmhc_decides_the_track() {
    // H&S 1374.31: DMHC decides; an IMR it does not accept is handled as a complaint.
    for problem in [
        ProblemType::MedicalNecessity,
        ProblemType::Experimental,
        ProblemType::EmergencyPayment,
    ] {
        let facts = EligibilityFacts {
            problem_type: Some(problem),
            ..EligibilityFacts::default()
        };
        let text = assess(&facts, d("2026-03-01"))
            .track_explanation
            .to_string();
        assert!(text.contains("DMHC decides"), "{text}");
        assert!(text.contains("complaint"), "{text}");
    }
}

#[test]
fn complaint_track_never_refuses() {
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::OtherComplaint),
        ..EligibilityFacts::default()
    };
    let text = assess(&facts, d("2026-03-01"))
        .track_explanation
        .to_string();
    assert!(text.contains("same form"), "{text}");
    assert!(text.contains("not covered"), "{text}");
}

#[test]
fn giving_up_an_imr_may_give_up_legal_rights_on_imr_tracks_only() {
    let imr = EligibilityFacts {
        problem_type: Some(ProblemType::MedicalNecessity),
        ..EligibilityFacts::default()
    };
    let report = assess(&imr, d("2026-03-01"));
    assert!(message(&report.reminders, WarningCode::LegalRights).contains("court"));
    let complaint = EligibilityFacts {
        problem_type: Some(ProblemType::OtherComplaint),
        ..EligibilityFacts::default()
    };
    let report = assess(&complaint, d("2026-03-01"));
    assert!(!codes(&report.reminders).contains(&WarningCode::LegalRights));
}

#[test]
fn online_filing_and_later_documents_are_always_mentioned() {
    let report = assess(&EligibilityFacts::default(), d("2026-03-01"));
    let online = message(&report.reminders, WarningCode::OnlineFiling);
    assert!(online.contains("www.dmhc.ca.gov"), "{online}");
    assert!(!online.contains("http"), "no link out: {online}");
    let later = message(&report.reminders, WarningCode::MoreDocumentsLater);
    assert!(later.contains("case number"), "{later}");
}

// ---------------------------------------------------------------- grievance first

#[test]
fn grievance_required_unless_experimental_or_urgent() {
    let today = d("2026-03-01");
    let mut facts = pending("2026-02-01");
    assert!(assess(&facts, today).grievance_required);
    facts.urgent = Some(true);
    assert!(!assess(&facts, today).grievance_required);
    facts.urgent = Some(false);
    facts.problem_type = Some(ProblemType::Experimental);
    let report = assess(&facts, today);
    assert!(!report.grievance_required);
    assert!(report.grievance_reason.to_string().contains("experimental"));
    for problem in [ProblemType::OtherComplaint, ProblemType::EmergencyPayment] {
        facts.problem_type = Some(problem);
        assert!(assess(&facts, today).grievance_required);
    }
}

// ---------------------------------------------------------------- the plan's 30 days

#[test]
fn pending_grievance_first_safe_day_is_filed_plus_31() {
    // DMHC: "more than 30 days since you filed". Filed 1 February 2026: the 30 days end on
    // 3 March 2026 (February has 28 days), the first safe day is 4 March.
    let facts = pending("2026-02-01");
    let report = assess(&facts, d("2026-02-10"));
    assert_eq!(report.waiting_period_ends, Some(d("2026-03-03")));
    assert_eq!(report.can_apply_from, Some(d("2026-03-04")));
    let from = key_date(&report, DateCode::ApplyFrom);
    assert_eq!(from.date, d("2026-03-04"));
    assert!(!from.passed);
    assert_eq!(from.days_from_today, 22);
    let text = from.explanation.to_string();
    assert!(text.contains("March 4, 2026"), "{text}");
    assert!(text.contains("received"), "{text}");
    assert!(text.contains("mailed"), "{text}");
}

#[test]
fn waiting_period_warns_on_day_30_and_not_on_day_31() {
    let facts = pending("2026-01-10");
    // Filed + 30 = 9 February: still too early.
    let on_30th = assess(&facts, d("2026-02-09"));
    assert_eq!(codes(&on_30th.warnings), vec![WarningCode::WaitingPeriod]);
    let text = message(&on_30th.warnings, WarningCode::WaitingPeriod);
    assert!(text.contains("February 10, 2026"), "{text}");
    assert!(text.contains("too early"), "{text}");
    assert!(!key_date(&on_30th, DateCode::ApplyFrom).passed);
    // Filed + 31 = 10 February: the day the person may apply.
    let on_31st = assess(&facts, d("2026-02-10"));
    assert!(!codes(&on_31st.warnings).contains(&WarningCode::WaitingPeriod));
    let from = key_date(&on_31st, DateCode::ApplyFrom);
    assert!(from.passed);
    assert!(from.explanation.to_string().contains("apply now"));
}

#[test]
fn waiting_period_crosses_month_and_year_ends() {
    let report = assess(&pending("2026-12-15"), d("2026-12-20"));
    assert_eq!(report.waiting_period_ends, Some(d("2027-01-14")));
    assert_eq!(report.can_apply_from, Some(d("2027-01-15")));
    // Leap year: filed 31 January 2028, +30 = 1 March 2028 (29 days in February).
    let report = assess(&pending("2028-01-31"), d("2028-02-01"));
    assert_eq!(report.waiting_period_ends, Some(d("2028-03-01")));
    assert_eq!(report.can_apply_from, Some(d("2028-03-02")));
}

#[test]
fn decided_grievance_can_apply_from_the_decision() {
    let report = assess(&decided_on("2026-02-02"), d("2026-03-01"));
    assert_eq!(report.can_apply_from, Some(d("2026-02-02")));
    let from = key_date(&report, DateCode::ApplyFrom);
    assert!(from.passed);
    assert!(from.explanation.to_string().contains("February 2, 2026"));
    assert!(
        !codes(&report.warnings).contains(&WarningCode::WaitingPeriod),
        "{:?}",
        report.warnings
    );
}

#[test]
fn grievance_not_filed_warns_and_gives_the_grievance_deadline() {
    // 28 CCR 1300.68: plans take grievances for at least 180 days. Denial 15 January 2026
    // + 180 days = 14 July 2026.
    let report = assess(&not_filed(Some("2026-01-15"), Some(false)), d("2026-02-01"));
    assert_eq!(report.can_apply_from, None);
    assert_eq!(codes(&report.warnings)[0], WarningCode::GrievanceNotFiled);
    assert!(message(&report.warnings, WarningCode::GrievanceNotFiled).contains("more than 30 days"));
    assert_eq!(report.grievance_by, Some(d("2026-07-14")));
    let by = key_date(&report, DateCode::GrievanceBy);
    assert!(!by.passed);
    let text = by.explanation.to_string();
    assert!(text.contains("July 14, 2026"), "{text}");
    assert!(text.contains("180 days"), "{text}");
    // No IMR deadline runs before the grievance.
    assert_eq!(report.apply_by, None);
}

#[test]
fn medi_cal_grievance_deadline_is_60_days_from_the_notice() {
    // Medi-Cal managed care: appeal within 60 days of the Notice of Action. 31 December
    // 2025 + 60 days = 1 March 2026.
    let facts = not_filed(Some("2025-12-31"), Some(true));
    let report = assess(&facts, d("2026-01-10"));
    assert_eq!(report.grievance_by, Some(d("2026-03-01")));
    assert!(key_date(&report, DateCode::GrievanceBy)
        .explanation
        .to_string()
        .contains("60 days"));
    // On the day: not passed. The day after: passed, and says what to do.
    assert!(!key_date(&assess(&facts, d("2026-03-01")), DateCode::GrievanceBy).passed);
    let after = assess(&facts, d("2026-03-02"));
    let by = key_date(&after, DateCode::GrievanceBy);
    assert!(by.passed);
    assert!(by.explanation.to_string().contains(PHONE));
}

#[test]
fn unsure_if_medi_cal_takes_the_shorter_grievance_deadline() {
    let report = assess(&not_filed(Some("2026-01-01"), None), d("2026-01-10"));
    assert_eq!(report.grievance_by, Some(d("2026-03-02")));
    let text = key_date(&report, DateCode::GrievanceBy)
        .explanation
        .to_string();
    assert!(text.contains("60 days") && text.contains("180"), "{text}");
}

#[test]
fn grievance_deadline_needs_the_denial_date() {
    let report = assess(&not_filed(None, Some(false)), d("2026-01-10"));
    assert_eq!(report.grievance_by, None);
    assert!(!has_date(&report, DateCode::GrievanceBy));
}

#[test]
fn grievance_unanswered_gives_no_dates_and_no_warning() {
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::MedicalNecessity),
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-01"));
    assert_eq!(report.can_apply_from, None);
    assert_eq!(report.apply_by, None);
    assert!(report.dates.is_empty(), "{:?}", report.dates);
    assert!(!report.late);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
}

// ---------------------------------------------------------------- 6 months to apply

#[test]
fn apply_by_is_six_calendar_months_clamped_to_month_end() {
    assert_eq!(apply_by(d("2026-03-31")), Some(d("2026-09-30")));
    assert_eq!(apply_by(d("2025-08-31")), Some(d("2026-02-28")));
    assert_eq!(apply_by(d("2027-08-31")), Some(d("2028-02-29")));
    assert_eq!(apply_by(d("2028-02-29")), Some(d("2028-08-29")));
    assert_eq!(apply_by(d("2026-01-15")), Some(d("2026-07-15")));
}

#[test]
fn apply_by_counts_from_the_decision() {
    let report = assess(&decided_on("2026-03-31"), d("2026-04-01"));
    assert_eq!(report.apply_by, Some(d("2026-09-30")));
    assert_eq!(report.apply_by_basis, Some(ApplyByBasis::Decision));
    let text = key_date(&report, DateCode::ApplyBy).explanation.to_string();
    assert!(text.contains("September 30, 2026"), "{text}");
    assert!(text.contains("decision letter (March 31, 2026)"), "{text}");
}

#[test]
fn plan_that_never_decides_still_has_a_deadline() {
    // H&S 1374.30(h): 6 months from any qualifying event, the end of the 30 days among
    // them. Filed 10 January 2026: 30 days end 9 February; + 6 months = 9 August 2026.
    let report = assess(&pending("2026-01-10"), d("2026-03-01"));
    assert_eq!(report.apply_by, Some(d("2026-08-09")));
    assert_eq!(report.apply_by_basis, Some(ApplyByBasis::WaitingPeriod));
    assert!(!report.late);
    let text = key_date(&report, DateCode::ApplyBy).explanation.to_string();
    assert!(text.contains("August 9, 2026"), "{text}");
    // The day after, it is late.
    let late = assess(&pending("2026-01-10"), d("2026-08-10"));
    assert!(late.late);
    assert!(codes(&late.warnings).contains(&WarningCode::LateFiling));
    assert!(key_date(&late, DateCode::ApplyBy).passed);
}

#[test]
fn plan_that_decides_late_counts_from_the_end_of_its_30_days() {
    // Filed 1 June 2026, 30 days end 1 July; decided 20 August. The earliest event is the
    // end of the 30 days: apply by 1 January 2027, not 20 February 2027.
    let report = assess(&decided("2026-06-01", "2026-08-20"), d("2026-09-01"));
    assert_eq!(report.apply_by, Some(d("2027-01-01")));
    assert_eq!(report.apply_by_basis, Some(ApplyByBasis::WaitingPeriod));
    // Decided on day 30: the decision counts.
    let report = assess(&decided("2026-06-01", "2026-07-01"), d("2026-07-02"));
    assert_eq!(report.apply_by, Some(d("2027-01-01")));
    assert_eq!(report.apply_by_basis, Some(ApplyByBasis::Decision));
}

#[test]
fn no_grievance_needed_counts_from_the_denial_letter() {
    // Experimental: no grievance; 6 months from the plan's written denial.
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::Experimental),
        regulator: Some(Regulator::Dmhc),
        grievance_filed: Some(false),
        denial_date: Some(d("2026-08-31")),
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-09-02"));
    assert_eq!(report.can_apply_from, Some(d("2026-09-02")));
    assert!(key_date(&report, DateCode::ApplyFrom)
        .explanation
        .to_string()
        .contains("apply now"));
    assert_eq!(report.apply_by, Some(d("2027-02-28")));
    assert_eq!(report.apply_by_basis, Some(ApplyByBasis::DenialLetter));
    assert!(!assess(&facts, d("2027-02-28")).late);
    assert!(assess(&facts, d("2027-03-01")).late);
    // No grievance deadline when none is needed.
    assert_eq!(report.grievance_by, None);
}

#[test]
fn urgent_case_with_a_grievance_takes_the_earliest_deadline() {
    // Urgent, denial 1 March, grievance filed 5 March and decided 7 March: the denial
    // letter's 6 months end first (1 September).
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::MedicalNecessity),
        urgent: Some(true),
        denial_date: Some(d("2026-03-01")),
        grievance_filed: Some(true),
        grievance_filed_on: Some(d("2026-03-05")),
        plan_decided: Some(true),
        decision_date: Some(d("2026-03-07")),
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-08"));
    assert_eq!(report.apply_by, Some(d("2026-09-01")));
    assert_eq!(report.apply_by_basis, Some(ApplyByBasis::DenialLetter));
    assert_eq!(report.can_apply_from, Some(d("2026-03-08")));
}

#[test]
fn without_any_date_the_six_months_are_said_in_words() {
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::Experimental),
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-01"));
    assert_eq!(report.apply_by, None);
    let text = message(&report.warnings, WarningCode::DeadlineUnknown);
    assert!(
        text.contains("6 months") && text.contains("denial letter"),
        "{text}"
    );
}

#[test]
fn deadline_day_is_on_time_and_the_next_is_late() {
    let facts = decided_on("2026-03-31");
    let on_day = assess(&facts, d("2026-09-30"));
    assert!(!on_day.late);
    assert!(!codes(&on_day.warnings).contains(&WarningCode::LateFiling));
    let after = assess(&facts, d("2026-10-01"));
    assert!(after.late);
    let text = message(&after.warnings, WarningCode::LateFiling);
    assert!(text.contains("September 30, 2026"), "{text}");
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
    let report = assess(&facts, d("2026-03-15"));
    let text = message(&report.warnings, WarningCode::LateFiling);
    assert!(text.contains("February 28, 2026"), "{text}");
    assert!(text.contains("explanation will be printed"), "{text}");
}

// ---------------------------------------------------------------- Medi-Cal State Hearing

fn medi_cal(decision: Option<&str>) -> EligibilityFacts {
    let mut facts = match decision {
        Some(date) => decided_on(date),
        None => pending("2026-03-01"),
    };
    facts.medi_cal_managed_care = Some(true);
    facts.state_hearing_requested = Some(false);
    facts
}

#[test]
fn state_hearing_by_is_decision_plus_120_days() {
    assert_eq!(state_hearing_by(d("2026-03-01")), Some(d("2026-06-29")));
    assert_eq!(state_hearing_by(d("2027-12-15")), Some(d("2028-04-13")));
    let report = assess(&medi_cal(Some("2026-03-01")), d("2026-03-10"));
    assert_eq!(report.state_hearing_by, Some(d("2026-06-29")));
    let by = key_date(&report, DateCode::StateHearingBy);
    assert!(!by.passed);
    assert!(by.explanation.to_string().contains("June 29, 2026"));
    let text = message(&report.warnings, WarningCode::StateHearingDeadline);
    assert!(text.contains("June 29, 2026"), "{text}");
    assert!(text.contains("IMR first"), "{text}");
}

#[test]
fn state_hearing_date_says_passed_once_passed() {
    let facts = medi_cal(Some("2026-03-01"));
    assert!(!key_date(&assess(&facts, d("2026-06-29")), DateCode::StateHearingBy).passed);
    let report = assess(&facts, d("2026-07-01"));
    let by = key_date(&report, DateCode::StateHearingBy);
    assert!(by.passed);
    let text = by.explanation.to_string();
    assert!(text.contains("has passed"), "{text}");
    assert!(!text.contains("ask for it by"), "{text}");
    let warning = message(&report.warnings, WarningCode::StateHearingDeadline);
    assert!(warning.contains("has passed"), "{warning}");
}

#[test]
fn state_hearing_can_be_asked_now_when_the_plan_does_not_decide_in_30_days() {
    let facts = medi_cal(None); // filed 1 March 2026, no decision
    let early = assess(&facts, d("2026-03-31"));
    assert!(message(&early.warnings, WarningCode::StateHearingDeadline).contains("within 120 days"));
    let after = assess(&facts, d("2026-04-01"));
    assert!(message(&after.warnings, WarningCode::StateHearingDeadline).contains("now"));
}

#[test]
fn state_hearing_requested_warns_and_points_to_the_help_center() {
    let mut facts = medi_cal(Some("2026-03-01"));
    facts.state_hearing_requested = Some(true);
    let report = assess(&facts, d("2026-03-10"));
    assert_eq!(report.state_hearing_by, None);
    assert!(!codes(&report.warnings).contains(&WarningCode::StateHearingDeadline));
    let text = message(&report.warnings, WarningCode::StateHearingRequested);
    assert!(text.contains(PHONE), "{text}");
    facts.state_hearing_held = Some(true);
    let report = assess(&facts, d("2026-03-10"));
    let text = message(&report.warnings, WarningCode::StateHearingHeld);
    assert!(text.contains("cannot get"), "{text}");
    assert!(!text.contains("complaint"), "unsourced: {text}");
}

#[test]
fn medi_cal_mentions_county_plans() {
    let report = assess(&medi_cal(Some("2026-03-01")), d("2026-03-10"));
    assert!(codes(&report.warnings).contains(&WarningCode::MediCalCountyPlan));
    let report = assess(&decided_on("2026-03-01"), d("2026-03-10"));
    assert!(!codes(&report.warnings).contains(&WarningCode::MediCalCountyPlan));
}

#[test]
fn from_answers_reads_hearing_requested_and_held() {
    let mut answers = Answers::new();
    answers.insert("plan.medi_cal_managed_care".into(), "yes".into());
    answers.insert("plan.state_hearing_requested".into(), "yes".into());
    answers.insert("plan.state_hearing_held".into(), "no".into());
    answers.insert("problem.denial_date".into(), "2026-01-02".into());
    let facts = EligibilityFacts::from_answers(&answers);
    assert_eq!(facts.state_hearing_requested, Some(true));
    assert_eq!(facts.state_hearing_held, Some(false));
    assert_eq!(facts.denial_date, Some(d("2026-01-02")));
    // "Held" is not read without "requested", nor either without a Medi-Cal plan.
    answers.insert("plan.state_hearing_requested".into(), "no".into());
    assert_eq!(
        EligibilityFacts::from_answers(&answers).state_hearing_held,
        None
    );
    answers.insert("plan.medi_cal_managed_care".into(), "no".into());
    assert_eq!(
        EligibilityFacts::from_answers(&answers).state_hearing_requested,
        None
    );
}

// ---------------------------------------------------------------- other regulators

#[test]
fn self_funded_plan_gets_the_federal_external_review_date() {
    let mut facts = decided_on("2026-01-31");
    facts.regulator = Some(Regulator::SelfFunded);
    let report = assess(&facts, d("2026-02-10"));
    // 4 calendar months, clamped: 31 January → 31 May.
    assert_eq!(report.external_review_by, Some(d("2026-05-31")));
    let by = key_date(&report, DateCode::ExternalReviewBy);
    assert!(by.explanation.to_string().contains("May 31, 2026"));
    assert!(key_date(&assess(&facts, d("2026-06-01")), DateCode::ExternalReviewBy).passed);
    // Not for a DMHC plan.
    assert_eq!(
        assess(&decided_on("2026-01-31"), d("2026-02-10")).external_review_by,
        None
    );
}

#[test]
fn medi_cal_fee_for_service_and_rx_get_the_90_day_hearing_date() {
    for regulator in [Regulator::MediCalFfs, Regulator::MediCalRx] {
        let facts = EligibilityFacts {
            problem_type: Some(ProblemType::MedicalNecessity),
            regulator: Some(regulator),
            denial_date: Some(d("2026-01-15")),
            ..EligibilityFacts::default()
        };
        let report = assess(&facts, d("2026-02-01"));
        // 15 January + 90 days = 15 April.
        assert_eq!(report.fee_for_service_hearing_by, Some(d("2026-04-15")));
        assert!(
            !key_date(
                &assess(&facts, d("2026-04-15")),
                DateCode::FeeForServiceHearingBy
            )
            .passed
        );
        assert!(
            key_date(
                &assess(&facts, d("2026-04-16")),
                DateCode::FeeForServiceHearingBy
            )
            .passed
        );
    }
}

#[test]
fn regulator_warnings_name_the_right_place() {
    let mut facts = decided_on("2026-02-01");
    facts.regulator = Some(Regulator::Cdi);
    let report = assess(&facts, d("2026-02-10"));
    assert!(message(&report.warnings, WarningCode::CdiRegulated).contains(CDI_PHONE));
    facts.regulator = Some(Regulator::NotSure);
    let report = assess(&facts, d("2026-02-10"));
    assert!(message(&report.warnings, WarningCode::RegulatorUnsure).contains(PHONE));
    facts.regulator = Some(Regulator::Dmhc);
    facts.has_medicare = Some(true);
    let report = assess(&facts, d("2026-02-10"));
    assert!(codes(&report.warnings).contains(&WarningCode::Medicare));
}

// ---------------------------------------------------------------- urgent, experimental

#[test]
fn urgent_case_says_call_now_and_fax_and_never_that_dmhc_cannot_expedite() {
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::MedicalNecessity),
        urgent: Some(true),
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-01"));
    assert_eq!(report.warnings[0].code, WarningCode::UrgentCallNow);
    let text = report.warnings[0].message.to_string();
    assert!(text.contains(PHONE) && text.contains(FAX), "{text}");
    assert!(text.contains("expedited"), "{text}");
    let doctor = message(&report.reminders, WarningCode::UrgentDoctorStatement);
    assert!(doctor.contains("DMHC can also decide"), "{doctor}");
    assert!(!doctor.contains("Without it"), "{doctor}");
}

#[test]
fn experimental_reminder_names_the_statute_criteria() {
    let facts = EligibilityFacts {
        problem_type: Some(ProblemType::Experimental),
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-01"));
    let text = message(&report.reminders, WarningCode::ExperimentalCertification);
    for words in [
        "life-threatening",
        "seriously debilitating",
        "standard treatments",
        "7 days",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
}

#[test]
fn helper_reminds_both_signatures() {
    let facts = EligibilityFacts {
        helper_named: true,
        ..EligibilityFacts::default()
    };
    let report = assess(&facts, d("2026-03-01"));
    assert!(codes(&report.reminders).contains(&WarningCode::AssistantFormSignatures));
}

#[test]
fn every_message_renders_in_spanish() {
    let mut facts = medi_cal(Some("2026-03-01"));
    facts.urgent = Some(true);
    facts.helper_named = true;
    let report = assess(&facts, d("2026-12-01")).localized(Lang::Es);
    assert!(report.dates.len() >= 3, "{:?}", report.dates);
    for date in &report.dates {
        let text = date.explanation.to_string();
        if date.code != DateCode::ApplyFrom {
            assert!(text.contains(" de 2026"), "{text}");
        }
        assert!(
            imr_i18n::untranslated_words(Lang::Es, &text).is_empty(),
            "{text}"
        );
    }
    for w in report.warnings.iter().chain(&report.reminders) {
        let text = w.message.to_string();
        assert!(
            imr_i18n::untranslated_words(Lang::Es, &text).is_empty(),
            "{text}"
        );
    }
}

// ---- documents the track expects (docs/rules.md, "Documents") ----

fn expected_kinds(facts: &EligibilityFacts) -> Vec<crate::documents::DocumentKind> {
    expected_documents(facts).iter().map(|e| e.kind).collect()
}

/// Every IMR track expects the plan's letter that said no; a decided grievance adds the
/// plan's written decision.
#[test]
fn a_decided_medical_necessity_case_expects_the_denial_letter_and_the_decision() {
    use crate::documents::DocumentKind::*;
    assert_eq!(
        expected_kinds(&decided("2026-01-05", "2026-02-05")),
        vec![DenialLetter, GrievanceDecision]
    );
    // Pending: no decision letter exists yet, so none is expected.
    assert_eq!(expected_kinds(&pending("2026-01-05")), vec![DenialLetter]);
    assert_eq!(
        expected_kinds(&not_filed(Some("2026-01-05"), Some(false))),
        vec![DenialLetter]
    );
}

/// Urgent cases expect the doctor's statement (it helps; DMHC can decide urgency
/// itself); experimental cases the doctor's certification of H&S Code 1370.4.
#[test]
fn urgent_and_experimental_cases_expect_the_doctors_documents() {
    use crate::documents::DocumentKind::*;
    let mut urgent = pending("2026-01-05");
    urgent.urgent = Some(true);
    assert_eq!(
        expected_kinds(&urgent),
        vec![DenialLetter, UrgencyStatement]
    );
    let experimental = EligibilityFacts {
        problem_type: Some(ProblemType::Experimental),
        regulator: Some(Regulator::Dmhc),
        grievance_filed: Some(false),
        urgent: Some(false),
        ..EligibilityFacts::default()
    };
    assert_eq!(
        expected_kinds(&experimental),
        vec![DenialLetter, ExperimentalCertification]
    );
}

/// A consumer complaint (a bill, a service problem) has no denial to attach, and an
/// unanswered case expects nothing yet.
#[test]
fn a_complaint_or_an_empty_case_expects_no_document() {
    let complaint = EligibilityFacts {
        problem_type: Some(ProblemType::OtherComplaint),
        grievance_filed: Some(false),
        ..EligibilityFacts::default()
    };
    assert!(expected_kinds(&complaint).is_empty());
    assert!(expected_kinds(&EligibilityFacts::default()).is_empty());
}

/// The report carries the same list, each with its sentence in both languages.
#[test]
fn the_report_lists_the_expected_documents_with_their_words() {
    let report = assess(&decided("2026-01-05", "2026-02-05"), d("2026-03-01"));
    assert_eq!(report.expected_documents.len(), 2);
    let decision = &report.expected_documents[1];
    assert!(
        decision.why.render(Lang::En).contains("February 5, 2026"),
        "{}",
        decision.why.render(Lang::En)
    );
    assert!(decision
        .why
        .render(Lang::Es)
        .contains("5 de febrero de 2026"));
}

/// Each warning says what it is about, so the window places it without a list of codes:
/// a plan that DMHC may not oversee, an urgent call, a late application, the rest.
#[test]
fn each_warning_says_what_it_concerns() {
    let concern = |facts: &EligibilityFacts, today: &str, code: WarningCode| {
        let report = assess(facts, d(today));
        let warning = report
            .warnings
            .iter()
            .chain(&report.reminders)
            .find(|w| w.code == code)
            .unwrap_or_else(|| panic!("no {code:?}"));
        assert_eq!(warning.concern, code.concern());
        warning.concern
    };
    for regulator in Regulator::ALL.into_iter().filter(|r| *r != Regulator::Dmhc) {
        let facts = EligibilityFacts {
            regulator: Some(regulator),
            ..decided("2026-01-05", "2026-02-05")
        };
        let report = assess(&facts, d("2026-03-01"));
        let about: Vec<Concern> = report.warnings.iter().map(|w| w.concern).collect();
        assert!(
            about.contains(&Concern::Regulator),
            "{regulator:?}: {about:?}"
        );
    }
    let urgent = EligibilityFacts {
        urgent: Some(true),
        ..decided("2026-01-05", "2026-02-05")
    };
    assert_eq!(
        concern(&urgent, "2026-03-01", WarningCode::UrgentCallNow),
        Concern::Urgent
    );
    let plain = decided("2026-01-05", "2026-02-05");
    assert_eq!(
        concern(&plain, "2026-12-01", WarningCode::LateFiling),
        Concern::Late
    );
    assert_eq!(
        concern(&plain, "2026-03-01", WarningCode::OnlineFiling),
        Concern::Other
    );
}
