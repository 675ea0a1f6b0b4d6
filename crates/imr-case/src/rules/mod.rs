//! Which track a case is on, whether the plan grievance comes first, and the deadlines.
//!
//! The rules inform; they never refuse. [`assess`] runs on partial answers too, so the
//! wizard can show the result page before everything is filled in.
//!
//! # Warning codes
//!
//! Codes are stable; the UI may branch on them. Messages may change.
//!
//! | code | list | when |
//! |---|---|---|
//! | `cdi_regulated` | warnings | the plan is overseen by the Department of Insurance |
//! | `medicare` | warnings | the plan is a Medicare plan, or the patient has Medicare |
//! | `self_funded_plan` | warnings | a self-funded employer plan |
//! | `medi_cal_fee_for_service` | warnings | Medi-Cal without a health plan |
//! | `medi_cal_rx` | warnings | a Medi-Cal Rx pharmacy decision |
//! | `regulator_unsure` | warnings | the person does not know who oversees the plan |
//! | `grievance_not_filed` | warnings | a grievance is needed first and none was filed |
//! | `waiting_period` | warnings | filed, no decision, and the 30 (3) days have not passed |
//! | `late_filing` | warnings | today is after the 6-month deadline |
//! | `state_hearing_held` | warnings | Medi-Cal plan and a State Hearing was already held |
//! | `state_hearing_deadline` | warnings | Medi-Cal plan and no State Hearing yet |
//! | `urgent_doctor_statement` | reminders | the case is urgent |
//! | `assistant_form_signatures` | reminders | someone is helping |
//! | `experimental_certification` | reminders | experimental or investigational treatment |

use chrono::NaiveDate;
use imr_i18n::{Lang, Localize, Message};
use serde::{Deserialize, Serialize};

use crate::case::Answers;
use crate::dates::parse_iso_date;
use crate::form::ids;

mod deadlines;
pub mod followup;
mod messages;

pub use crate::dates::long_date;
pub use deadlines::{
    apply_by, is_late, state_hearing_by, waiting_period_ends, APPLY_WITHIN_MONTHS,
    GRIEVANCE_WAIT_DAYS, STATE_HEARING_DAYS, URGENT_GRIEVANCE_WAIT_DAYS,
};

/// The kind of problem, from the `problem.type` answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemType {
    /// Denied, changed or delayed as not medically necessary.
    MedicalNecessity,
    /// Experimental or investigational treatment for a serious condition.
    Experimental,
    /// The plan will not pay for emergency or urgent care already received.
    EmergencyPayment,
    /// Anything else: a Consumer Complaint.
    OtherComplaint,
}

impl ProblemType {
    /// Every problem type.
    pub const ALL: [ProblemType; 4] = [
        ProblemType::MedicalNecessity,
        ProblemType::Experimental,
        ProblemType::EmergencyPayment,
        ProblemType::OtherComplaint,
    ];

    /// The answer value, for example `medical_necessity`.
    pub const fn value(self) -> &'static str {
        match self {
            ProblemType::MedicalNecessity => "medical_necessity",
            ProblemType::Experimental => "experimental",
            ProblemType::EmergencyPayment => "emergency_payment",
            ProblemType::OtherComplaint => "other_complaint",
        }
    }

    /// Reads an answer value.
    pub fn from_value(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.value() == value)
    }
}

/// Who oversees the plan, from the `plan.regulator` answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Regulator {
    /// The Department of Managed Health Care.
    Dmhc,
    /// The California Department of Insurance (most PPO plans).
    Cdi,
    /// Medicare or Medicare Advantage.
    Medicare,
    /// A self-funded employer plan.
    SelfFunded,
    /// Medi-Cal fee-for-service.
    MediCalFfs,
    /// Medi-Cal Rx.
    MediCalRx,
    /// The person does not know.
    NotSure,
}

impl Regulator {
    /// Every regulator answer.
    pub const ALL: [Regulator; 7] = [
        Regulator::Dmhc,
        Regulator::Cdi,
        Regulator::Medicare,
        Regulator::SelfFunded,
        Regulator::MediCalFfs,
        Regulator::MediCalRx,
        Regulator::NotSure,
    ];

    /// The answer value, for example `medi_cal_ffs`.
    pub const fn value(self) -> &'static str {
        match self {
            Regulator::Dmhc => "dmhc",
            Regulator::Cdi => "cdi",
            Regulator::Medicare => "medicare",
            Regulator::SelfFunded => "self_funded",
            Regulator::MediCalFfs => "medi_cal_ffs",
            Regulator::MediCalRx => "medi_cal_rx",
            Regulator::NotSure => "not_sure",
        }
    }

    /// Reads an answer value.
    pub fn from_value(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.value() == value)
    }
}

/// The answers the rules look at. `None` means not answered (or not readable).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EligibilityFacts {
    /// The kind of problem.
    pub problem_type: Option<ProblemType>,
    /// Who oversees the plan.
    pub regulator: Option<Regulator>,
    /// Whether it is a Medi-Cal managed care plan.
    pub medi_cal_managed_care: Option<bool>,
    /// Whether the patient has Medicare.
    pub has_medicare: Option<bool>,
    /// Whether a Medi-Cal State Hearing was already held (only for Medi-Cal plans).
    pub state_hearing_held: Option<bool>,
    /// Whether a grievance was filed with the plan.
    pub grievance_filed: Option<bool>,
    /// When the grievance was filed.
    pub grievance_filed_on: Option<NaiveDate>,
    /// Whether the plan has decided the grievance.
    pub plan_decided: Option<bool>,
    /// The date of the plan's written decision.
    pub decision_date: Option<NaiveDate>,
    /// Whether the case is urgent.
    pub urgent: Option<bool>,
    /// Whether a doctor has written that it is urgent (only for urgent cases).
    pub doctor_says_urgent: Option<bool>,
    /// Whether someone is helping (an authorized assistant).
    pub helper_named: bool,
    /// Whether a late-filing explanation was written.
    pub late_explanation_given: bool,
}

impl EligibilityFacts {
    /// Reads the facts from raw answers. Lenient: missing or invalid answers become `None`,
    /// and answers to questions that are not asked (a decision date when the grievance was
    /// not filed) are ignored.
    pub fn from_answers(answers: &Answers) -> Self {
        let given = |id: &str| {
            answers
                .get(id)
                .map(|value| value.trim())
                .filter(|value| !value.is_empty())
        };
        let yes_no = |id: &str| {
            given(id).and_then(|value| match value.to_ascii_lowercase().as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            })
        };
        let date = |id: &str| given(id).and_then(parse_iso_date);

        let grievance_filed = yes_no(ids::GRIEVANCE_FILED);
        let maybe_filed = grievance_filed != Some(false);
        let plan_decided = yes_no(ids::GRIEVANCE_DECIDED).filter(|_| maybe_filed);
        let medi_cal_managed_care = yes_no(ids::PLAN_MEDI_CAL);
        let urgent = yes_no(ids::URGENCY_URGENT);
        EligibilityFacts {
            problem_type: given(ids::PROBLEM_TYPE).and_then(ProblemType::from_value),
            regulator: given(ids::PLAN_REGULATOR).and_then(Regulator::from_value),
            medi_cal_managed_care,
            has_medicare: yes_no(ids::PLAN_HAS_MEDICARE),
            state_hearing_held: yes_no(ids::PLAN_STATE_HEARING_HELD)
                .filter(|_| medi_cal_managed_care == Some(true)),
            grievance_filed,
            grievance_filed_on: date(ids::GRIEVANCE_FILED_ON).filter(|_| maybe_filed),
            plan_decided,
            decision_date: date(ids::GRIEVANCE_DECISION_DATE)
                .filter(|_| maybe_filed && plan_decided != Some(false)),
            urgent,
            doctor_says_urgent: yes_no(ids::URGENCY_DOCTOR_SAYS_URGENT)
                .filter(|_| urgent == Some(true)),
            helper_named: yes_no(ids::HELPER_HAS_HELPER) == Some(true),
            late_explanation_given: given(ids::LATE_EXPLANATION).is_some(),
        }
    }
}

/// The kind of review the case is likely to get.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Track {
    /// IMR: denied, changed or delayed as not medically necessary.
    ImrMedicalNecessity,
    /// IMR: experimental or investigational treatment.
    ImrExperimental,
    /// IMR: unpaid emergency or urgent care.
    ImrEmergencyPayment,
    /// A Consumer Complaint, on the same form.
    ConsumerComplaint,
    /// The problem type is not answered yet.
    Unknown,
}

/// A stable code for a warning or reminder; see the table in the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningCode {
    /// The plan is overseen by the Department of Insurance.
    CdiRegulated,
    /// Medicare plan, or the patient has Medicare.
    Medicare,
    /// Self-funded employer plan.
    SelfFundedPlan,
    /// Medi-Cal fee-for-service.
    MediCalFeeForService,
    /// Medi-Cal Rx pharmacy decision.
    MediCalRx,
    /// The person does not know who oversees the plan.
    RegulatorUnsure,
    /// A grievance is needed first and none was filed.
    GrievanceNotFiled,
    /// The plan's 30 (or 3) days to decide have not passed.
    WaitingPeriod,
    /// After the 6-month deadline.
    LateFiling,
    /// A Medi-Cal State Hearing was already held.
    StateHearingHeld,
    /// The Medi-Cal State Hearing deadline is shorter.
    StateHearingDeadline,
    /// Attach the doctor's statement that it is urgent.
    UrgentDoctorStatement,
    /// Both must sign the Authorized Assistant form.
    AssistantFormSignatures,
    /// Attach the doctor's certification for an experimental treatment.
    ExperimentalCertification,
}

/// Something the person should know or do. It never stops them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// Stable code.
    pub code: WarningCode,
    /// Plain-words message: English unless [`Localize::localize`]d.
    pub message: Message,
}

impl Localize for Warning {
    fn localize(&mut self, lang: Lang) {
        self.message.localize(lang);
    }
}

/// What the rules say about a case on a given day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RulesReport {
    /// The likely kind of review.
    pub track: Track,
    /// The track in plain words.
    pub track_explanation: Message,
    /// Whether the plan grievance must come first.
    pub grievance_required: bool,
    /// Why, in plain words.
    pub grievance_reason: Message,
    /// The first day the person can apply to DMHC: today when no grievance is needed, the
    /// decision date when the plan decided, or the end of the waiting period. `None` when
    /// it is not known yet (for example, no grievance filed).
    pub can_apply_from: Option<NaiveDate>,
    /// The end of the grievance waiting period (filed + 30 days, or 3 when urgent), when a
    /// filing date is known.
    pub waiting_period_ends: Option<NaiveDate>,
    /// The last day to apply on time (decision + 6 calendar months).
    pub apply_by: Option<NaiveDate>,
    /// Whether today is after `apply_by`.
    pub late: bool,
    /// The last day to ask for a Medi-Cal State Hearing (decision + 120 days).
    pub state_hearing_by: Option<NaiveDate>,
    /// Problems with eligibility or timing, most important first.
    pub warnings: Vec<Warning>,
    /// Things to attach or do.
    pub reminders: Vec<Warning>,
}

/// Every message of the report in `lang`: the app calls `report.localized(lang)`.
impl Localize for RulesReport {
    fn localize(&mut self, lang: Lang) {
        self.track_explanation.localize(lang);
        self.grievance_reason.localize(lang);
        self.warnings.localize(lang);
        self.reminders.localize(lang);
    }
}

/// Applies the rules to the facts on `today`.
pub fn assess(facts: &EligibilityFacts, today: NaiveDate) -> RulesReport {
    let experimental = facts.problem_type == Some(ProblemType::Experimental);
    let urgent = facts.urgent == Some(true);
    let grievance_required = !(experimental || urgent);
    let track = match facts.problem_type {
        Some(ProblemType::MedicalNecessity) => Track::ImrMedicalNecessity,
        Some(ProblemType::Experimental) => Track::ImrExperimental,
        Some(ProblemType::EmergencyPayment) => Track::ImrEmergencyPayment,
        Some(ProblemType::OtherComplaint) => Track::ConsumerComplaint,
        None => Track::Unknown,
    };

    let mut warnings = Vec::new();
    let mut warn = |code, message| warnings.push(Warning { code, message });

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

    let waiting_period_ends = facts
        .grievance_filed_on
        .and_then(|filed_on| waiting_period_ends(filed_on, urgent));
    let decided = facts.plan_decided == Some(true) || facts.decision_date.is_some();
    let can_apply_from = if !grievance_required {
        Some(today)
    } else if decided {
        Some(facts.decision_date.unwrap_or(today))
    } else if facts.grievance_filed == Some(true) || facts.grievance_filed_on.is_some() {
        if let Some(from) = waiting_period_ends.filter(|from| *from > today) {
            warn(WarningCode::WaitingPeriod, messages::waiting_period(from));
        }
        waiting_period_ends
    } else {
        if facts.grievance_filed == Some(false) {
            warn(
                WarningCode::GrievanceNotFiled,
                messages::grievance_not_filed(),
            );
        }
        None
    };

    let apply_by = facts.decision_date.and_then(apply_by);
    let late = is_late(facts, today);
    if let (true, Some(deadline)) = (late, apply_by) {
        warn(
            WarningCode::LateFiling,
            messages::late_filing(deadline, facts.late_explanation_given),
        );
    }

    let mut state_hearing_by_date = None;
    if facts.medi_cal_managed_care == Some(true) {
        if facts.state_hearing_held == Some(true) {
            warn(
                WarningCode::StateHearingHeld,
                messages::state_hearing_held(),
            );
        } else {
            state_hearing_by_date = facts.decision_date.and_then(state_hearing_by);
            warn(
                WarningCode::StateHearingDeadline,
                messages::state_hearing_deadline(state_hearing_by_date),
            );
        }
    }

    let mut reminders = Vec::new();
    if urgent {
        reminders.push(Warning {
            code: WarningCode::UrgentDoctorStatement,
            message: messages::urgent_doctor_statement(),
        });
    }
    if experimental {
        reminders.push(Warning {
            code: WarningCode::ExperimentalCertification,
            message: messages::experimental_certification(),
        });
    }
    if facts.helper_named {
        reminders.push(Warning {
            code: WarningCode::AssistantFormSignatures,
            message: messages::assistant_form_signatures(),
        });
    }

    RulesReport {
        track,
        track_explanation: messages::track_explanation(track),
        grievance_required,
        grievance_reason: messages::grievance_reason(experimental, urgent),
        can_apply_from,
        waiting_period_ends,
        apply_by,
        late,
        state_hearing_by: state_hearing_by_date,
        warnings,
        reminders,
    }
}

#[cfg(test)]
mod serde_tests;
#[cfg(test)]
mod tests;
