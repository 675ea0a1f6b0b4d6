//! The date arithmetic of the IMR rules. Every function takes the dates it needs; none
//! reads the clock. Sources are in `docs/rules.md` (one line per rule).

use chrono::{Days, NaiveDate};

use crate::dates::add_months;

/// Days the plan has to decide a grievance. DMHC takes an application once **more than**
/// 30 days have passed since the plan received the grievance (DMHC's complaint page), so
/// the first safe day is the 31st.
pub const GRIEVANCE_WAIT_DAYS: u64 = 30;

/// Days the plan has to decide an urgent (expedited) grievance: 72 hours.
pub const URGENT_GRIEVANCE_WAIT_DAYS: u64 = 3;

/// Calendar months within which to apply for an IMR, from any of the qualifying events
/// (H&S Code 1374.30(h)): the plan's written decision, the end of the plan's 30 days, or,
/// when no grievance is needed, the plan's denial letter.
pub const APPLY_WITHIN_MONTHS: u32 = 6;

/// Days after the plan's appeal decision within which to ask for a Medi-Cal State Hearing.
pub const STATE_HEARING_DAYS: u64 = 120;

/// Days after a Medi-Cal managed care plan's Notice of Action within which to appeal to the
/// plan (file the grievance).
pub(crate) const MEDI_CAL_GRIEVANCE_DAYS: u64 = 60;

/// Days after the plan's action within which every other plan must accept a grievance (at
/// least; 28 CCR 1300.68).
pub(crate) const GRIEVANCE_DAYS: u64 = 180;

/// Months after the final denial within which to ask for a federal external review (plans
/// paid for by an employer, "self-funded").
pub(crate) const EXTERNAL_REVIEW_MONTHS: u32 = 4;

/// Days after the notice within which to ask for a State Hearing about a Medi-Cal
/// fee-for-service or Medi-Cal Rx decision.
pub(crate) const FEE_FOR_SERVICE_HEARING_DAYS: u64 = 90;

/// The last day to apply: 6 calendar months after `event`, moved back to the month's last
/// day when that day does not exist (31 March → 30 September).
pub(crate) fn apply_by(event: NaiveDate) -> Option<NaiveDate> {
    add_months(event, APPLY_WITHIN_MONTHS)
}

/// The last day of the plan's time to decide: 30 days after filing, or 3 when urgent.
/// The person can apply from the day after.
pub(crate) fn waiting_period_ends(filed_on: NaiveDate, urgent: bool) -> Option<NaiveDate> {
    let days = if urgent {
        URGENT_GRIEVANCE_WAIT_DAYS
    } else {
        GRIEVANCE_WAIT_DAYS
    };
    filed_on.checked_add_days(Days::new(days))
}

/// The first day DMHC takes the application when the plan has not decided: the day after
/// the plan's time ran out (filed + 31, or + 4 when urgent).
pub(crate) fn first_day_after_wait(filed_on: NaiveDate, urgent: bool) -> Option<NaiveDate> {
    waiting_period_ends(filed_on, urgent)?.checked_add_days(Days::new(1))
}

/// The last day to ask for a Medi-Cal State Hearing: 120 days after the plan's decision.
pub(crate) fn state_hearing_by(decision_date: NaiveDate) -> Option<NaiveDate> {
    decision_date.checked_add_days(Days::new(STATE_HEARING_DAYS))
}

/// The last day to file the grievance with the plan, counted from the denial letter:
/// 60 days for a Medi-Cal plan, 180 days for any other plan.
pub(crate) fn grievance_by(denial_date: NaiveDate, medi_cal: bool) -> Option<NaiveDate> {
    let days = if medi_cal {
        MEDI_CAL_GRIEVANCE_DAYS
    } else {
        GRIEVANCE_DAYS
    };
    denial_date.checked_add_days(Days::new(days))
}

/// The last day to ask for a federal external review: 4 calendar months after the final
/// denial.
pub(crate) fn external_review_by(final_denial: NaiveDate) -> Option<NaiveDate> {
    add_months(final_denial, EXTERNAL_REVIEW_MONTHS)
}

/// The last day to ask for a State Hearing about a Medi-Cal fee-for-service or Medi-Cal
/// Rx decision: 90 days after the notice.
pub(crate) fn fee_for_service_hearing_by(notice: NaiveDate) -> Option<NaiveDate> {
    notice.checked_add_days(Days::new(FEE_FOR_SERVICE_HEARING_DAYS))
}
