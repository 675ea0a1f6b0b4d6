//! [`assess`]: the facts of a case and today's date in, the rules report out.

use chrono::{Datelike, NaiveDate};
use imr_i18n::Lang;

use super::deadlines::{
    apply_by, external_review_by, fee_for_service_hearing_by, first_day_after_wait, grievance_by,
    state_hearing_by, waiting_period_ends,
};
use super::messages::{self, ApplyFromReason, GrievanceClock, HearingState};
use super::{
    ApplyByBasis, DateCode, EligibilityFacts, KeyDate, ProblemType, Regulator, RulesReport, Track,
    Warning, WarningCode,
};

/// Applies the rules to the facts on `today`.
pub fn assess(facts: &EligibilityFacts, today: NaiveDate) -> RulesReport {
    let experimental = facts.problem_type == Some(ProblemType::Experimental);
    let urgent = facts.urgent == Some(true);
    let grievance_required = !(experimental || urgent);
    let medi_cal = facts.medi_cal_managed_care == Some(true);
    let track = match facts.problem_type {
        Some(ProblemType::MedicalNecessity) => Track::ImrMedicalNecessity,
        Some(ProblemType::Experimental) => Track::ImrExperimental,
        Some(ProblemType::EmergencyPayment) => Track::ImrEmergencyPayment,
        Some(ProblemType::OtherComplaint) => Track::ConsumerComplaint,
        None => Track::Unknown,
    };

    let mut warnings = Vec::new();
    let mut warn = |code: WarningCode, message| {
        warnings.push(Warning {
            code,
            concern: code.concern(),
            message,
        })
    };

    if urgent {
        warn(WarningCode::UrgentCallNow, messages::urgent_call_now());
    }
    match facts.regulator {
        Some(Regulator::Cdi) => warn(WarningCode::CdiRegulated, messages::cdi_regulated()),
        Some(Regulator::Medicare) => warn(WarningCode::Medicare, messages::medicare(true)),
        Some(Regulator::SelfFunded) => warn(WarningCode::SelfFundedPlan, messages::self_funded()),
        Some(Regulator::MediCalFfs) => warn(
            WarningCode::MediCalFeeForService,
            messages::medi_cal_fee_for_service(),
        ),
        Some(Regulator::MediCalRx) => warn(WarningCode::MediCalRx, messages::medi_cal_rx()),
        Some(Regulator::NotSure) => {
            warn(WarningCode::RegulatorUnsure, messages::regulator_unsure())
        }
        Some(Regulator::Dmhc) | None => {}
    }
    if facts.has_medicare == Some(true) && facts.regulator != Some(Regulator::Medicare) {
        warn(WarningCode::Medicare, messages::medicare(false));
    }

    // The grievance: filed or not, decided or not.
    let filed = facts.grievance_filed == Some(true)
        || facts.grievance_filed_on.is_some()
        || facts.decision_date.is_some();
    let decided = facts.plan_decided == Some(true) || facts.decision_date.is_some();
    let waiting_ends = facts
        .grievance_filed_on
        .and_then(|filed_on| waiting_period_ends(filed_on, urgent));
    let after_wait = facts
        .grievance_filed_on
        .and_then(|filed_on| first_day_after_wait(filed_on, urgent));

    let (can_apply_from, apply_from_reason) = if !grievance_required {
        (Some(today), ApplyFromReason::NoGrievanceNeeded)
    } else if decided {
        (
            Some(facts.decision_date.unwrap_or(today)),
            ApplyFromReason::Decided,
        )
    } else if filed {
        if let Some(from) = after_wait.filter(|from| *from > today) {
            warn(WarningCode::WaitingPeriod, messages::waiting_period(from));
        }
        (after_wait, ApplyFromReason::Waiting)
    } else {
        if facts.grievance_filed == Some(false) {
            warn(
                WarningCode::GrievanceNotFiled,
                messages::grievance_not_filed(),
            );
        }
        (None, ApplyFromReason::Waiting)
    };

    // The 6 months to apply: the earliest of the events that can start them.
    let mut starts: Vec<(NaiveDate, ApplyByBasis)> = Vec::new();
    if filed {
        if let Some(decision) = facts.decision_date {
            starts.push((decision, ApplyByBasis::Decision));
        }
        // The plan's 30 days ran out before it decided (or it has not decided).
        if let Some(ends) = waiting_ends {
            let decided_late_or_not_at_all = facts.decision_date.is_none_or(|d| d > ends);
            if decided_late_or_not_at_all {
                starts.push((ends, ApplyByBasis::WaitingPeriod));
            }
        }
    }
    if !grievance_required {
        if let Some(denial) = facts.denial_date {
            starts.push((denial, ApplyByBasis::DenialLetter));
        }
    }
    let earliest = starts
        .iter()
        .filter_map(|(event, basis)| apply_by(*event).map(|by| (by, *event, *basis)))
        .min_by_key(|(by, _, _)| *by);
    let apply_by_date = earliest.map(|(by, _, _)| by);
    let late = apply_by_date.is_some_and(|by| today > by);
    if let (true, Some((by, _, basis))) = (late, earliest) {
        warn(
            WarningCode::LateFiling,
            messages::late_filing(by, basis, facts.late_explanation_given),
        );
    }
    let clock_started = !grievance_required || decided || filed;
    if earliest.is_none() && clock_started && track != Track::Unknown {
        let clock = if !grievance_required {
            GrievanceClock::DenialLetter
        } else if decided {
            GrievanceClock::Decision
        } else {
            GrievanceClock::WaitingPeriod
        };
        warn(
            WarningCode::DeadlineUnknown,
            messages::deadline_unknown(clock),
        );
    }

    // The grievance's own deadline, when none is filed yet.
    let grievance_deadline = if grievance_required && facts.grievance_filed == Some(false) {
        // Not sure whether it is a Medi-Cal plan: the shorter Medi-Cal time is the safe one.
        let shorter = facts.medi_cal_managed_care != Some(false);
        facts
            .denial_date
            .and_then(|denial| grievance_by(denial, shorter))
            .zip(facts.denial_date)
    } else {
        None
    };

    // Medi-Cal managed care: the State Hearing.
    let mut hearing = None;
    if medi_cal {
        if facts.state_hearing_requested == Some(true) {
            if facts.state_hearing_held == Some(true) {
                warn(
                    WarningCode::StateHearingHeld,
                    messages::state_hearing_held(),
                );
            } else {
                warn(
                    WarningCode::StateHearingRequested,
                    messages::state_hearing_requested(),
                );
            }
        } else {
            hearing = facts
                .decision_date
                .and_then(|decision| state_hearing_by(decision).zip(Some(decision)));
            let state = match hearing {
                Some((by, _)) if today > by => HearingState::Passed(by),
                Some((by, _)) => HearingState::By(by),
                None if filed && !decided && after_wait.is_some_and(|from| from <= today) => {
                    HearingState::Now
                }
                None => HearingState::Within,
            };
            warn(
                WarningCode::StateHearingDeadline,
                messages::state_hearing_deadline(state),
            );
        }
        warn(
            WarningCode::MediCalCountyPlan,
            messages::medi_cal_county_plan(),
        );
    }

    // The other regulators' deadlines.
    let external_review = match facts.regulator {
        Some(Regulator::SelfFunded) => facts
            .decision_date
            .or(facts.denial_date)
            .and_then(|event| external_review_by(event).zip(Some(event))),
        _ => None,
    };
    let fee_for_service_hearing = match facts.regulator {
        Some(Regulator::MediCalFfs | Regulator::MediCalRx) => {
            [facts.denial_date, facts.decision_date]
                .into_iter()
                .flatten()
                .min()
                .and_then(|event| fee_for_service_hearing_by(event).zip(Some(event)))
        }
        _ => None,
    };

    let mut reminders = Vec::new();
    let mut remind = |code: WarningCode, message| {
        reminders.push(Warning {
            code,
            concern: code.concern(),
            message,
        })
    };
    if urgent {
        remind(
            WarningCode::UrgentDoctorStatement,
            messages::urgent_doctor_statement(),
        );
    }
    if experimental {
        remind(
            WarningCode::ExperimentalCertification,
            messages::experimental_certification(),
        );
    }
    if facts.helper_named {
        remind(
            WarningCode::AssistantFormSignatures,
            messages::assistant_form_signatures(),
        );
    }
    if matches!(
        track,
        Track::ImrMedicalNecessity | Track::ImrExperimental | Track::ImrEmergencyPayment
    ) {
        remind(WarningCode::LegalRights, messages::legal_rights());
    }
    remind(
        WarningCode::MoreDocumentsLater,
        messages::more_documents_later(),
    );
    remind(WarningCode::OnlineFiling, messages::online_filing());

    // Every known date, with its sentence.
    let mut dates = Vec::new();
    let mut date = |code, day: NaiveDate, passed: bool, explanation| {
        dates.push(KeyDate {
            code,
            date: day,
            written: imr_i18n::long_date(Lang::En, day.year(), day.month(), day.day()),
            passed,
            missed: passed && code != DateCode::ApplyFrom,
            days_from_today: (day - today).num_days(),
            explanation,
        })
    };
    if let Some(from) = can_apply_from {
        let open = from <= today;
        let explanation = match apply_from_reason {
            ApplyFromReason::Waiting => messages::date_apply_from_wait(from, waiting_ends, open),
            reason => messages::date_apply_from(reason, experimental, from),
        };
        date(DateCode::ApplyFrom, from, open, explanation);
    }
    if let Some((by, event, basis)) = earliest {
        date(
            DateCode::ApplyBy,
            by,
            late,
            messages::date_apply_by(by, event, basis, facts.decision_date.is_some(), late),
        );
    }
    if let Some((by, denial)) = grievance_deadline {
        let passed = today > by;
        date(
            DateCode::GrievanceBy,
            by,
            passed,
            messages::date_grievance_by(by, denial, facts.medi_cal_managed_care, passed),
        );
    }
    if let Some((by, decision)) = hearing {
        let passed = today > by;
        date(
            DateCode::StateHearingBy,
            by,
            passed,
            messages::date_state_hearing_by(by, decision, passed),
        );
    }
    if let Some((by, event)) = external_review {
        let passed = today > by;
        date(
            DateCode::ExternalReviewBy,
            by,
            passed,
            messages::date_external_review_by(by, event, passed),
        );
    }
    if let Some((by, event)) = fee_for_service_hearing {
        let passed = today > by;
        date(
            DateCode::FeeForServiceHearingBy,
            by,
            passed,
            messages::date_fee_for_service_hearing_by(by, event, passed),
        );
    }

    RulesReport {
        track,
        track_heading: messages::track_heading(track),
        track_explanation: messages::track_explanation(track),
        grievance_required,
        grievance_reason: messages::grievance_reason(experimental, urgent),
        can_apply_from,
        waiting_period_ends: waiting_ends,
        apply_by: apply_by_date,
        apply_by_basis: earliest.map(|(_, _, basis)| basis),
        late,
        grievance_by: grievance_deadline.map(|(by, _)| by),
        state_hearing_by: hearing.map(|(by, _)| by),
        external_review_by: external_review.map(|(by, _)| by),
        fee_for_service_hearing_by: fee_for_service_hearing.map(|(by, _)| by),
        send_from: dates
            .iter()
            .find(|d| d.code == DateCode::ApplyFrom && !d.passed)
            .cloned(),
        dates,
        warnings,
        reminders,
        expected_documents: super::documents::expected_documents(facts),
    }
}
