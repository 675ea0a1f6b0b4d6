//! The words the rules show to people, as [`Message`]s (`rules-…` in `rules.ftl`), so the
//! caller shows them in the person's language. Several rules are inferred from secondary
//! sources (see docs/imr-process.md), so the wording says "usually" and "may" rather
//! than stating law.

use chrono::{Datelike, NaiveDate};
use imr_i18n::{Message, Value};

use super::Track;
use crate::contacts::{CDI_PHONE, PHONE};

/// A date argument, written out in the message's language.
pub(crate) fn date_value(date: NaiveDate) -> Value {
    Value::date(date.year(), date.month(), date.day())
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

pub(super) fn grievance_not_filed() -> Message {
    Message::new("rules-grievance-not-filed")
}

pub(super) fn waiting_period(from: NaiveDate) -> Message {
    Message::new("rules-waiting-period").with("date", date_value(from))
}

pub(super) fn late_filing(deadline: NaiveDate, explained: bool) -> Message {
    Message::new("rules-late-filing")
        .with("deadline", date_value(deadline))
        .with("explained", if explained { "yes" } else { "no" })
}

pub(super) fn state_hearing_held() -> Message {
    Message::new("rules-state-hearing-held")
}

pub(super) fn state_hearing_deadline(by: Option<NaiveDate>) -> Message {
    match by {
        Some(date) => Message::new("rules-state-hearing-deadline-by").with("by", date_value(date)),
        None => Message::new("rules-state-hearing-deadline-within"),
    }
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
