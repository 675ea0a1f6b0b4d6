//! The words the rules show to people. Kept apart from the logic so they are easy to
//! change; several rules are inferred from secondary sources (see docs/imr-process.md),
//! so the wording says "usually" and "may" rather than stating law.

use chrono::NaiveDate;

use super::Track;
use crate::contacts::{CDI_PHONE, PHONE};
use crate::dates::long_date;

pub(super) fn track_explanation(track: Track) -> String {
    let text = match track {
        Track::ImrMedicalNecessity => {
            "This looks like an Independent Medical Review (IMR): doctors who do not work for \
             your plan decide if the treatment is medically necessary. It costs you nothing."
        }
        Track::ImrExperimental => {
            "This looks like an Independent Medical Review (IMR) of an experimental or \
             investigational treatment for a serious condition. Doctors who do not work for \
             your plan review it. It costs you nothing."
        }
        Track::ImrEmergencyPayment => {
            "This looks like an Independent Medical Review (IMR) of emergency or urgent care \
             you already received that the plan will not pay for. It costs you nothing."
        }
        Track::ConsumerComplaint => {
            "This looks like a Consumer Complaint. You use the same form, and the DMHC Help \
             Center decides how to handle it. DMHC asks people to apply even when the plan \
             says something is \"not covered\"."
        }
        Track::Unknown => {
            "Tell us what the problem is and we will say what kind of review it is likely to \
             get. You use the same form for all of them, and the DMHC Help Center decides."
        }
    };
    text.to_owned()
}

pub(super) fn grievance_reason(experimental: bool, urgent: bool) -> String {
    let text = if experimental {
        "You do not have to complain to your health plan first, because the plan turned down \
         an experimental or investigational treatment."
    } else if urgent {
        "You do not have to complain to your health plan first, because there is a serious \
         and immediate threat to your health."
    } else {
        "You usually need to complain to your health plan first (a grievance) and give it 30 \
         days to decide. DMHC may skip this step in extraordinary and compelling cases."
    };
    text.to_owned()
}

pub(super) fn cdi_regulated() -> String {
    format!(
        "Most PPO plans are overseen by the California Department of Insurance, not DMHC. If \
         your plan is one of them, call the Department of Insurance on {CDI_PHONE}. You can \
         still make this packet."
    )
}

pub(super) fn medicare(regulator_is_medicare: bool) -> String {
    if regulator_is_medicare {
        "DMHC does not review Medicare decisions. Medicare and Medicare Advantage plans have \
         their own appeals: follow the steps in the plan's letter. You can still make this \
         packet."
            .to_owned()
    } else {
        "You have Medicare. If the decision was made by a Medicare or Medicare Advantage plan, \
         the appeal goes through Medicare, not DMHC. If not, you can go on."
            .to_owned()
    }
}

pub(super) fn self_funded() -> String {
    "Plans paid for directly by an employer (self-funded plans) are usually not overseen by \
     DMHC. Ask the employer's benefits office how to appeal. You can still make this packet."
        .to_owned()
}

pub(super) fn medi_cal_fee_for_service() -> String {
    "DMHC does not review Medi-Cal decisions made without a health plan (fee-for-service). \
     You can ask for a State Hearing instead. You can still make this packet."
        .to_owned()
}

pub(super) fn medi_cal_rx() -> String {
    "DMHC does not review Medi-Cal Rx pharmacy decisions. You can ask for a State Hearing \
     instead. You can still make this packet."
        .to_owned()
}

pub(super) fn regulator_unsure() -> String {
    format!(
        "Look at the member ID card or the Evidence of Coverage booklet: it names who oversees \
         the plan. You can also call the DMHC Help Center on {PHONE}. You can still make this \
         packet."
    )
}

pub(super) fn grievance_not_filed() -> String {
    "Complain to your health plan first (a grievance). The phone number is on the member ID \
     card. You can apply to DMHC when the plan decides, or after 30 days with no decision."
        .to_owned()
}

pub(super) fn waiting_period(from: NaiveDate) -> String {
    format!(
        "Your plan still has time to decide. If it has not decided by then, you can apply from {}.",
        long_date(from)
    )
}

pub(super) fn late_filing(deadline: NaiveDate, explained: bool) -> String {
    let ask = if explained {
        "Your explanation will be printed on the form."
    } else {
        "Tell us why you could not apply sooner; it goes on the form."
    };
    format!(
        "The usual deadline was {} (6 months after the plan's decision). DMHC may still \
         accept your application if something kept you from applying in time. {ask}",
        long_date(deadline)
    )
}

pub(super) fn state_hearing_held() -> String {
    "You cannot get an Independent Medical Review after a Medi-Cal State Hearing on the same \
     problem. DMHC may still look at it as a complaint. You can still make this packet."
        .to_owned()
}

pub(super) fn state_hearing_deadline(by: Option<NaiveDate>) -> String {
    let when = match by {
        Some(date) => format!("by {}", long_date(date)),
        None => "within 120 days of the plan's decision".to_owned(),
    };
    format!(
        "If you also want a Medi-Cal State Hearing, ask for it {when}. That deadline is \
         shorter than the IMR deadline. You can ask for a State Hearing after an IMR, but you \
         cannot get an IMR after a State Hearing."
    )
}

pub(super) fn urgent_doctor_statement() -> String {
    "Attach your doctor's written statement that the case is urgent. Without it, DMHC \
     handles the case at normal speed."
        .to_owned()
}

pub(super) fn assistant_form_signatures() -> String {
    "The patient and the person helping must both sign the Authorized Assistant form. DMHC \
     will not talk to the helper without it."
        .to_owned()
}

pub(super) fn experimental_certification() -> String {
    "Attach your doctor's statement that standard treatments did not work or are not right \
     for you."
        .to_owned()
}
