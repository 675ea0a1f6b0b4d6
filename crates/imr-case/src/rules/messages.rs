//! The words the rules show to people, as [`Message`]s (`rules-…` in `rules.ftl`), so the
//! caller shows them in the person's language. Several rules are inferred from secondary
//! sources (see docs/imr-process.md), so the wording says "usually" and "may" rather
//! than stating law.

use chrono::{Datelike, NaiveDate};
use imr_i18n::{Message, Value};

use super::{ApplyByBasis, Track};
use crate::contacts::{CDI_PHONE, FAX, PHONE, TDD, WEBSITE};

/// A date argument, written out in the message's language.
pub(crate) fn date_value(date: NaiveDate) -> Value {
    Value::date(date.year(), date.month(), date.day())
}

/// The result page's heading for a track (`result-…` in ui.ftl).
pub(super) fn track_heading(track: Track) -> Message {
    Message::new(match track {
        Track::ImrMedicalNecessity | Track::ImrExperimental | Track::ImrEmergencyPayment => {
            "result-can-apply"
        }
        Track::ConsumerComplaint => "result-complaint",
        Track::Unknown => "result-unknown",
    })
}

pub(super) fn track_explanation(track: Track) -> Message {
    Message::new(match track {
        Track::ImrMedicalNecessity => "rules-track-imr-medical-necessity",
        Track::ImrExperimental => "rules-track-imr-experimental",
        Track::ImrEmergencyPayment => "rules-track-imr-emergency-payment",
        Track::ConsumerComplaint => "rules-track-consumer-complaint",
        Track::Unknown => "rules-track-unknown",
    })
}

pub(super) fn grievance_reason(experimental: bool, urgent: bool) -> Message {
    Message::new(if experimental {
        "rules-grievance-not-needed-experimental"
    } else if urgent {
        "rules-grievance-not-needed-urgent"
    } else {
        "rules-grievance-usually-needed"
    })
}

pub(super) fn cdi_regulated() -> Message {
    Message::new("rules-cdi-regulated").with("cdi_phone", CDI_PHONE)
}

pub(super) fn medicare(regulator_is_medicare: bool) -> Message {
    Message::new(if regulator_is_medicare {
        "rules-medicare-plan"
    } else {
        "rules-medicare-patient"
    })
}

pub(super) fn self_funded() -> Message {
    Message::new("rules-self-funded")
}

pub(super) fn medi_cal_fee_for_service() -> Message {
    Message::new("rules-medi-cal-fee-for-service")
}

pub(super) fn medi_cal_rx() -> Message {
    Message::new("rules-medi-cal-rx")
}

pub(super) fn regulator_unsure() -> Message {
    Message::new("rules-regulator-unsure").with("phone", PHONE)
}

pub(super) fn urgent_call_now() -> Message {
    Message::new("rules-urgent-call-now")
        .with("phone", PHONE)
        .with("tdd", TDD)
        .with("fax", FAX)
}

pub(super) fn grievance_not_filed() -> Message {
    Message::new("rules-grievance-not-filed")
}

pub(super) fn waiting_period(from: NaiveDate) -> Message {
    Message::new("rules-waiting-period").with("date", date_value(from))
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

fn basis_value(basis: ApplyByBasis) -> &'static str {
    match basis {
        ApplyByBasis::Decision => "decision",
        ApplyByBasis::WaitingPeriod => "wait",
        ApplyByBasis::DenialLetter => "denial",
    }
}

pub(super) fn late_filing(deadline: NaiveDate, basis: ApplyByBasis, explained: bool) -> Message {
    Message::new("rules-late-filing")
        .with("deadline", date_value(deadline))
        .with("basis", basis_value(basis))
        .with("explained", yes_no(explained))
}

/// What the 6 months would be counted from, when its date is not known.
#[derive(Debug, Clone, Copy)]
pub(super) enum GrievanceClock {
    Decision,
    WaitingPeriod,
    DenialLetter,
}

pub(super) fn deadline_unknown(clock: GrievanceClock) -> Message {
    Message::new("rules-deadline-unknown").with(
        "basis",
        match clock {
            GrievanceClock::Decision => "decision",
            GrievanceClock::WaitingPeriod => "wait",
            GrievanceClock::DenialLetter => "denial",
        },
    )
}

pub(super) fn state_hearing_held() -> Message {
    Message::new("rules-state-hearing-held").with("phone", PHONE)
}

pub(super) fn state_hearing_requested() -> Message {
    Message::new("rules-state-hearing-requested").with("phone", PHONE)
}

/// Where a Medi-Cal member stands with the State Hearing deadline.
#[derive(Debug, Clone, Copy)]
pub(super) enum HearingState {
    /// Ask by this day.
    By(NaiveDate),
    /// The day has passed.
    Passed(NaiveDate),
    /// The plan did not decide within 30 days: a hearing may be asked for now.
    Now,
    /// No decision date known.
    Within,
}

pub(super) fn state_hearing_deadline(state: HearingState) -> Message {
    match state {
        HearingState::By(date) => {
            Message::new("rules-state-hearing-deadline-by").with("by", date_value(date))
        }
        HearingState::Passed(date) => {
            Message::new("rules-state-hearing-deadline-passed").with("by", date_value(date))
        }
        HearingState::Now => Message::new("rules-state-hearing-deadline-now"),
        HearingState::Within => Message::new("rules-state-hearing-deadline-within"),
    }
}

pub(super) fn medi_cal_county_plan() -> Message {
    Message::new("rules-medi-cal-county-plan").with("phone", PHONE)
}

pub(super) fn urgent_doctor_statement() -> Message {
    Message::new("rules-urgent-doctor-statement")
}

pub(super) fn assistant_form_signatures() -> Message {
    Message::new("rules-assistant-form-signatures")
}

pub(super) fn experimental_certification() -> Message {
    Message::new("rules-experimental-certification")
}

pub(super) fn legal_rights() -> Message {
    Message::new("rules-legal-rights")
}

pub(super) fn more_documents_later() -> Message {
    Message::new("rules-more-documents-later")
}

pub(super) fn online_filing() -> Message {
    Message::new("rules-online-filing").with("website", WEBSITE)
}

/// Why the person can apply from the day in the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ApplyFromReason {
    /// Experimental or urgent: no grievance first.
    NoGrievanceNeeded,
    /// The plan has sent its decision.
    Decided,
    /// The plan's 30 days must pass first.
    Waiting,
}

pub(super) fn date_apply_from(
    reason: ApplyFromReason,
    experimental: bool,
    date: NaiveDate,
) -> Message {
    match reason {
        ApplyFromReason::Decided => {
            Message::new("rules-date-apply-from-decided").with("date", date_value(date))
        }
        _ => Message::new("rules-date-apply-from-now").with(
            "reason",
            if experimental {
                "experimental"
            } else {
                "urgent"
            },
        ),
    }
}

pub(super) fn date_apply_from_wait(
    from: NaiveDate,
    wait_ends: Option<NaiveDate>,
    open: bool,
) -> Message {
    let ends = wait_ends.unwrap_or(from);
    Message::new("rules-date-apply-from-wait")
        .with("date", date_value(from))
        .with("end", date_value(ends))
        .with("open", yes_no(open))
}

/// `decided_late`: the plan decided after its 30 days, so the end of the 30 days came first.
pub(super) fn date_apply_by(
    by: NaiveDate,
    event: NaiveDate,
    basis: ApplyByBasis,
    decided_late: bool,
    passed: bool,
) -> Message {
    let basis = match basis {
        ApplyByBasis::WaitingPeriod if decided_late => "late",
        other => basis_value(other),
    };
    Message::new("rules-date-apply-by")
        .with("date", date_value(by))
        .with("event", date_value(event))
        .with("basis", basis)
        .with("passed", yes_no(passed))
}

pub(super) fn date_grievance_by(
    by: NaiveDate,
    denial: NaiveDate,
    medi_cal: Option<bool>,
    passed: bool,
) -> Message {
    Message::new("rules-date-grievance-by")
        .with("date", date_value(by))
        .with("event", date_value(denial))
        .with(
            "plan",
            match medi_cal {
                Some(true) => "medi_cal",
                Some(false) => "other",
                None => "unsure",
            },
        )
        .with("passed", yes_no(passed))
        .with("phone", PHONE)
}

pub(super) fn date_state_hearing_by(by: NaiveDate, decision: NaiveDate, passed: bool) -> Message {
    Message::new("rules-date-state-hearing-by")
        .with("date", date_value(by))
        .with("event", date_value(decision))
        .with("passed", yes_no(passed))
}

pub(super) fn date_external_review_by(by: NaiveDate, event: NaiveDate, passed: bool) -> Message {
    Message::new("rules-date-external-review-by")
        .with("date", date_value(by))
        .with("event", date_value(event))
        .with("passed", yes_no(passed))
}

pub(super) fn date_fee_for_service_hearing_by(
    by: NaiveDate,
    event: NaiveDate,
    passed: bool,
) -> Message {
    Message::new("rules-date-fee-for-service-hearing-by")
        .with("date", date_value(by))
        .with("event", date_value(event))
        .with("passed", yes_no(passed))
}
