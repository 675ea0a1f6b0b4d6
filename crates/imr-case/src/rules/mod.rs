//! Which track a case is on, whether the plan grievance comes first, and the deadlines.
//!
//! The rules inform; they never refuse. [`assess`] runs on partial answers too, so the
//! wizard can show the result page before everything is filled in.
//!
//! Every rule and date with its source is listed in `docs/rules.md`. Where sources
//! disagree, the rules take the side that cannot cost the person their review: the earliest
//! deadline, the later first day to apply.
//!
//! # Warning codes
//!
//! Codes are stable; the UI may branch on them. Messages may change.
//!
//! | code | list | when |
//! |---|---|---|
//! | `urgent_call_now` | warnings | the case is urgent: call the Help Center, fax, expedited grievance |
//! | `cdi_regulated` | warnings | the plan is overseen by the Department of Insurance |
//! | `medicare` | warnings | the plan is a Medicare plan, or the patient has Medicare |
//! | `self_funded_plan` | warnings | a self-funded employer plan |
//! | `medi_cal_fee_for_service` | warnings | Medi-Cal without a health plan |
//! | `medi_cal_rx` | warnings | a Medi-Cal Rx pharmacy decision |
//! | `regulator_unsure` | warnings | the person does not know who oversees the plan |
//! | `grievance_not_filed` | warnings | a grievance is needed first and none was filed |
//! | `waiting_period` | warnings | filed, no decision, and more than 30 days have not passed yet |
//! | `late_filing` | warnings | today is after the earliest 6-month deadline |
//! | `deadline_unknown` | warnings | no date is known to count the 6 months from |
//! | `state_hearing_held` | warnings | Medi-Cal plan and a State Hearing was already held |
//! | `state_hearing_requested` | warnings | Medi-Cal plan and a State Hearing was asked for |
//! | `state_hearing_deadline` | warnings | Medi-Cal plan and no State Hearing asked for |
//! | `medi_cal_county_plan` | warnings | Medi-Cal plan: county plans DMHC does not license |
//! | `urgent_doctor_statement` | reminders | the case is urgent |
//! | `experimental_certification` | reminders | experimental or investigational treatment |
//! | `assistant_form_signatures` | reminders | someone is helping |
//! | `legal_rights` | reminders | an IMR track: not asking for an IMR may give up rights |
//! | `more_documents_later` | reminders | always: more documents can follow with the case number |
//! | `online_filing` | reminders | always: DMHC also takes applications online |
//!
//! # Date codes
//!
//! [`RulesReport::dates`] lists every date that matters, each with the sentence that explains
//! it: `apply_from`, `apply_by`, `grievance_by`, `state_hearing_by`, `external_review_by`,
//! `fee_for_service_hearing_by` (see [`DateCode`]).

use chrono::NaiveDate;
use imr_i18n::{Lang, Localize, Message};
use serde::{Deserialize, Serialize};

use crate::answers::{ids, Answers};
use crate::dates::parse_iso_date;

mod assess;
mod deadlines;
mod documents;
pub mod followup;
mod messages;

pub use crate::dates::long_date;
pub use assess::assess;
pub use deadlines::{
    APPLY_WITHIN_MONTHS, GRIEVANCE_WAIT_DAYS, STATE_HEARING_DAYS, URGENT_GRIEVANCE_WAIT_DAYS,
};
pub use documents::{expected_documents, ExpectedDocument};

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
    pub(crate) const ALL: [ProblemType; 4] = [
        ProblemType::MedicalNecessity,
        ProblemType::Experimental,
        ProblemType::EmergencyPayment,
        ProblemType::OtherComplaint,
    ];

    /// The answer value, for example `medical_necessity`.
    pub(crate) const fn value(self) -> &'static str {
        match self {
            ProblemType::MedicalNecessity => "medical_necessity",
            ProblemType::Experimental => "experimental",
            ProblemType::EmergencyPayment => "emergency_payment",
            ProblemType::OtherComplaint => "other_complaint",
        }
    }

    /// Reads an answer value.
    pub(crate) fn from_value(value: &str) -> Option<Self> {
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
    pub(crate) const ALL: [Regulator; 7] = [
        Regulator::Dmhc,
        Regulator::Cdi,
        Regulator::Medicare,
        Regulator::SelfFunded,
        Regulator::MediCalFfs,
        Regulator::MediCalRx,
        Regulator::NotSure,
    ];

    /// The answer value, for example `medi_cal_ffs`.
    pub(crate) const fn value(self) -> &'static str {
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
    pub(crate) fn from_value(value: &str) -> Option<Self> {
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
    /// Whether a Medi-Cal State Hearing was asked for (only for Medi-Cal plans).
    pub state_hearing_requested: Option<bool>,
    /// Whether that State Hearing was already held (only when one was asked for).
    pub state_hearing_held: Option<bool>,
    /// The date on the plan's letter that denied, changed or delayed the treatment (or
    /// would not pay): the Notice of Action for Medi-Cal.
    pub denial_date: Option<NaiveDate>,
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
        let medi_cal = medi_cal_managed_care == Some(true);
        let state_hearing_requested =
            yes_no(ids::PLAN_STATE_HEARING_REQUESTED).filter(|_| medi_cal);
        EligibilityFacts {
            problem_type: given(ids::PROBLEM_TYPE).and_then(ProblemType::from_value),
            regulator: given(ids::PLAN_REGULATOR).and_then(Regulator::from_value),
            medi_cal_managed_care,
            has_medicare: yes_no(ids::PLAN_HAS_MEDICARE),
            state_hearing_requested,
            state_hearing_held: yes_no(ids::PLAN_STATE_HEARING_HELD)
                .filter(|_| state_hearing_requested == Some(true)),
            denial_date: date(ids::PROBLEM_DENIAL_DATE),
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
    /// Urgent: call the Help Center now, fax, ask the plan for an expedited grievance.
    UrgentCallNow,
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
    /// No date is known to count the 6 months from.
    DeadlineUnknown,
    /// A Medi-Cal State Hearing was already held.
    StateHearingHeld,
    /// A Medi-Cal State Hearing was asked for (not held yet, or not known).
    StateHearingRequested,
    /// The Medi-Cal State Hearing deadline is shorter.
    StateHearingDeadline,
    /// Some county Medi-Cal plans are not licensed by DMHC.
    MediCalCountyPlan,
    /// Attach the doctor's statement that it is urgent.
    UrgentDoctorStatement,
    /// Both must sign the Authorized Assistant form.
    AssistantFormSignatures,
    /// Attach the doctor's certification for an experimental treatment.
    ExperimentalCertification,
    /// Not asking for an IMR may give up the right to go to court over the problem.
    LegalRights,
    /// More documents can be sent later with the DMHC case number.
    MoreDocumentsLater,
    /// DMHC also takes applications online.
    OnlineFiling,
}

/// Which date of [`RulesReport::dates`] this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateCode {
    /// The first day DMHC takes the application.
    ApplyFrom,
    /// The last day to apply to DMHC on time (the earliest that can apply).
    ApplyBy,
    /// The last day to file the grievance with the plan.
    GrievanceBy,
    /// The last day to ask for a Medi-Cal State Hearing (managed care plan).
    StateHearingBy,
    /// The last day to ask for a federal external review (self-funded plan).
    ExternalReviewBy,
    /// The last day to ask for a State Hearing (Medi-Cal fee-for-service or Medi-Cal Rx).
    FeeForServiceHearingBy,
}

/// What the 6 months to apply are counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplyByBasis {
    /// The date on the plan's written grievance decision.
    Decision,
    /// The end of the plan's 30 days to decide the grievance.
    WaitingPeriod,
    /// The date on the plan's denial letter (no grievance needed first).
    DenialLetter,
}

/// One date that matters, with the plain sentence that explains it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyDate {
    /// Which date.
    pub code: DateCode,
    /// The day itself.
    pub date: NaiveDate,
    /// The day in words ("March 2, 2026"), in the report's language.
    pub written: String,
    /// For a deadline: today is after it. For `apply_from`: the day has come (today or
    /// earlier), so the person can apply now.
    pub passed: bool,
    /// A deadline that is behind (shown struck through); never `apply_from`, whose day
    /// having come is good news.
    pub missed: bool,
    /// Calendar days from today to the date: negative once it is behind.
    pub days_from_today: i64,
    /// What the date is and what to do, in plain words.
    pub explanation: Message,
}

impl Localize for KeyDate {
    fn localize(&mut self, lang: Lang) {
        use chrono::Datelike;
        self.written =
            imr_i18n::long_date(lang, self.date.year(), self.date.month(), self.date.day());
        self.explanation.localize(lang);
    }
}

/// What a warning is about, so the window can place it: the urgent call, the body that
/// oversees the plan (DMHC may not be the place), the late application, or the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Concern {
    Urgent,
    Regulator,
    Late,
    Other,
}

impl WarningCode {
    /// What the warning is about.
    pub(crate) fn concern(self) -> Concern {
        use WarningCode::*;
        match self {
            UrgentCallNow => Concern::Urgent,
            CdiRegulated
            | Medicare
            | SelfFundedPlan
            | MediCalFeeForService
            | MediCalRx
            | RegulatorUnsure
            | StateHearingHeld
            | StateHearingRequested => Concern::Regulator,
            LateFiling => Concern::Late,
            GrievanceNotFiled
            | WaitingPeriod
            | DeadlineUnknown
            | StateHearingDeadline
            | MediCalCountyPlan
            | UrgentDoctorStatement
            | AssistantFormSignatures
            | ExperimentalCertification
            | LegalRights
            | MoreDocumentsLater
            | OnlineFiling => Concern::Other,
        }
    }
}

/// Something the person should know or do. It never stops them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// Stable code.
    pub code: WarningCode,
    /// What it is about (from the code).
    pub concern: Concern,
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
    /// The track as a heading: "You can probably ask for an Independent Medical Review".
    pub track_heading: Message,
    /// The track in plain words.
    pub track_explanation: Message,
    /// Whether the plan grievance must come first.
    pub grievance_required: bool,
    /// Why, in plain words.
    pub grievance_reason: Message,
    /// The first day the person can apply to DMHC: today when no grievance is needed, the
    /// decision date when the plan decided, or the day after the plan's 30 days (filed +
    /// 31). `None` when it is not known yet (for example, no grievance filed).
    pub can_apply_from: Option<NaiveDate>,
    /// The last day of the plan's time to decide (filed + 30 days, or 3 when urgent), when
    /// a filing date is known. The person can apply from the day after.
    pub waiting_period_ends: Option<NaiveDate>,
    /// The last day to apply on time: 6 calendar months after the earliest event that can
    /// start them (the plan's decision, the end of its 30 days, the denial letter when no
    /// grievance is needed).
    pub apply_by: Option<NaiveDate>,
    /// What `apply_by` is counted from.
    pub apply_by_basis: Option<ApplyByBasis>,
    /// Whether today is after `apply_by`.
    pub late: bool,
    /// The last day to file the grievance with the plan (denial letter + 60 days for
    /// Medi-Cal, + 180 for other plans), when no grievance is filed yet.
    pub grievance_by: Option<NaiveDate>,
    /// The last day to ask for a Medi-Cal State Hearing (decision + 120 days), also once
    /// passed; `None` after a State Hearing was asked for.
    pub state_hearing_by: Option<NaiveDate>,
    /// The last day to ask for a federal external review (self-funded plans).
    pub external_review_by: Option<NaiveDate>,
    /// The last day to ask for a State Hearing (Medi-Cal fee-for-service, Medi-Cal Rx).
    pub fee_for_service_hearing_by: Option<NaiveDate>,
    /// Every date above that is known, in this order, each with its explanation.
    pub dates: Vec<KeyDate>,
    /// The first day to apply when it is still ahead: a packet made now should be sent
    /// from that day (the `apply_from` entry of `dates`).
    pub send_from: Option<KeyDate>,
    /// Problems with eligibility or timing, most important first.
    pub warnings: Vec<Warning>,
    /// Things to attach or do.
    pub reminders: Vec<Warning>,
    /// The documents DMHC expects for this track: shown as expected, warned about when
    /// missing, never required.
    pub expected_documents: Vec<ExpectedDocument>,
}

/// Every message of the report in `lang`: the app calls `report.localized(lang)`.
impl Localize for RulesReport {
    fn localize(&mut self, lang: Lang) {
        self.track_heading.localize(lang);
        self.track_explanation.localize(lang);
        self.grievance_reason.localize(lang);
        self.dates.localize(lang);
        self.send_from.localize(lang);
        self.warnings.localize(lang);
        self.reminders.localize(lang);
        self.expected_documents.localize(lang);
    }
}

#[cfg(test)]
mod serde_tests;
#[cfg(test)]
mod tests;
