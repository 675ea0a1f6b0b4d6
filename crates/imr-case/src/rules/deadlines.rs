//! The date arithmetic of the IMR rules. Every function takes the dates it needs; none
//! reads the clock.

use chrono::{Days, NaiveDate};

use super::EligibilityFacts;
use crate::dates::add_months;

/// Days the plan has to decide a grievance before the member may go to DMHC.
pub const GRIEVANCE_WAIT_DAYS: u64 = 30;

/// Days the plan has to decide an urgent grievance.
pub const URGENT_GRIEVANCE_WAIT_DAYS: u64 = 3;

/// Calendar months after the plan's written decision within which to apply for an IMR.
pub const APPLY_WITHIN_MONTHS: u32 = 6;

/// Days after the plan's decision within which to ask for a Medi-Cal State Hearing.
pub const STATE_HEARING_DAYS: u64 = 120;

/// The last day to apply: 6 calendar months after the plan's decision, moved back to the
/// month's last day when that day does not exist (31 March → 30 September).
pub fn apply_by(decision_date: NaiveDate) -> Option<NaiveDate> {
    add_months(decision_date, APPLY_WITHIN_MONTHS)
}

/// The day the grievance waiting period ends: 30 days after filing, or 3 when urgent.
pub fn waiting_period_ends(filed_on: NaiveDate, urgent: bool) -> Option<NaiveDate> {
    let days = if urgent {
        URGENT_GRIEVANCE_WAIT_DAYS
    } else {
        GRIEVANCE_WAIT_DAYS
    };
    filed_on.checked_add_days(Days::new(days))
}

/// The last day to ask for a Medi-Cal State Hearing: 120 days after the plan's decision.
pub fn state_hearing_by(decision_date: NaiveDate) -> Option<NaiveDate> {
    decision_date.checked_add_days(Days::new(STATE_HEARING_DAYS))
}

/// Whether applying on `today` is after the 6-month deadline. The deadline day itself is
/// on time. Without a decision date nothing is late.
pub fn is_late(facts: &EligibilityFacts, today: NaiveDate) -> bool {
    facts
        .decision_date
        .and_then(apply_by)
        .is_some_and(|deadline| today > deadline)
}
