//! What to expect after the packet is sent, and when: the date arithmetic only (no
//! clock, no words for the screen; the window and the calendar file add those).
//!
//! Sources (docs/imr-process.md, "What happens next"; they differ, so every window is a
//! range from the shorter to the longer figure):
//!
//! | milestone | standard | urgent | basis |
//! |---|---|---|---|
//! | packet arrives | fax: same day; mail: 1–5 days | same | **inferred** (postal times, not DMHC) |
//! | Help Center letter (acknowledgement, case number) | 5–7 days | 2 days (48 hours) | confirmed: seed 5 days, regulation summary 7 calendar days, 48 hours expedited |
//! | status can be asked | 45 days (IMR), 30 days (complaint) | same | confirmed: DMHC gives no status before the minimum handling time |
//! | IMR decision | 30–45 days | 3–7 days | confirmed figures: seed 30 days (3 to 7 urgent), current form "usually within 45 days, or within 7 days if urgent"; counted from arrival: **inferred** |
//!
//! Counting the decision window from the day the packet arrives is **inferred**: DMHC's
//! clock may start later (when the Help Center accepts the case for review and has the
//! records), so the decision milestone is always marked inferred, and with mail every
//! milestone is. The windows are "by" dates: the letter should come by the earliest date, and
//! certainly by the latest; after the latest, call the Help Center.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// How the packet was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SendMethod {
    Mail,
    Fax,
}

/// What kind of review the packet asks for: the windows differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Review {
    /// An Independent Medical Review.
    Imr,
    /// A Consumer Complaint (same form, no medical review).
    Complaint,
}

/// One thing to expect. Codes are stable; the window and the calendar file word them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneCode {
    /// The packet reaches the Help Center.
    Arrives,
    /// The Help Center's letter that it has the application, with a case number.
    Letter,
    /// From this day the Help Center can tell the person where the case stands.
    StatusFrom,
    /// The IMR decision.
    Decision,
}

/// A milestone: what, and the range of dates it should happen by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    pub code: MilestoneCode,
    /// The earliest date it may be expected by.
    pub earliest: NaiveDate,
    /// The latest date it should have happened by; after this, call the Help Center.
    pub latest: NaiveDate,
    /// Whether the range rests on an estimate of ours rather than on DMHC's words alone.
    pub inferred: bool,
}

/// Where today is against a milestone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneState {
    /// Before the earliest date.
    Upcoming,
    /// Between the earliest and latest dates (both included).
    Expected,
    /// After the latest date: if it has not happened, call.
    Overdue,
}

impl MilestoneCode {
    /// Whether, once its latest date has passed, the person should call the Help Center.
    /// Not for the packet's arrival (nothing tells them it arrived but the letter, which
    /// has its own milestone) nor for the day status calls become possible (it is a
    /// start, not something that happens).
    pub(crate) fn calls_when_late(self) -> bool {
        matches!(self, MilestoneCode::Letter | MilestoneCode::Decision)
    }
}

impl Milestone {
    /// Whether to tell the person today to call the Help Center about this milestone.
    pub fn call_now(&self, today: NaiveDate) -> bool {
        self.code.calls_when_late() && self.state(today) == MilestoneState::Overdue
    }

    pub fn state(&self, today: NaiveDate) -> MilestoneState {
        if today < self.earliest {
            MilestoneState::Upcoming
        } else if today <= self.latest {
            MilestoneState::Expected
        } else {
            MilestoneState::Overdue
        }
    }
}

/// Days a mailed packet takes to arrive: our estimate, not DMHC's.
pub(crate) const MAIL_DAYS: (u64, u64) = (1, 5);
/// Days for the Help Center's letter: 5 (seed) to 7 (regulation summary).
pub(crate) const LETTER_DAYS: (u64, u64) = (5, 7);
/// Days for the Help Center's letter when urgent: 48 hours.
pub(crate) const URGENT_LETTER_DAYS: (u64, u64) = (2, 2);
/// Days for the IMR decision: 30 (seed) to 45 (current form).
pub(crate) const DECISION_DAYS: (u64, u64) = (30, 45);
/// Days for an urgent IMR decision: 3 to 7.
pub(crate) const URGENT_DECISION_DAYS: (u64, u64) = (3, 7);
/// Days before DMHC gives status on an IMR.
pub(crate) const IMR_STATUS_DAYS: u64 = 45;
/// Days before DMHC gives status on a complaint.
pub(crate) const COMPLAINT_STATUS_DAYS: u64 = 30;

fn plus(date: NaiveDate, days: u64) -> NaiveDate {
    // Only past NaiveDate::MAX (year 262143) could this fail; stay on the date then.
    date.checked_add_days(Days::new(days)).unwrap_or(date)
}

/// The milestones after sending a packet on `sent_on` by `method`. `urgent` is whether
/// the case is urgent (with a doctor's statement; without one DMHC handles it at normal
/// speed, so pass `false`). A complaint has no IMR decision milestone.
pub fn follow_up(
    sent_on: NaiveDate,
    method: SendMethod,
    urgent: bool,
    review: Review,
) -> Vec<Milestone> {
    let (arrive_first, arrive_last) = match method {
        SendMethod::Fax => (sent_on, sent_on),
        SendMethod::Mail => (plus(sent_on, MAIL_DAYS.0), plus(sent_on, MAIL_DAYS.1)),
    };
    let mailed = method == SendMethod::Mail;
    // A milestone `days` (shortest, longest) after the packet arrives.
    let after = |code: MilestoneCode, (short, long): (u64, u64), inferred: bool| Milestone {
        code,
        earliest: plus(arrive_first, short),
        latest: plus(arrive_last, long),
        inferred,
    };
    let status_days = match review {
        Review::Imr => IMR_STATUS_DAYS,
        Review::Complaint => COMPLAINT_STATUS_DAYS,
    };
    let mut out = vec![
        after(MilestoneCode::Arrives, (0, 0), mailed),
        after(
            MilestoneCode::Letter,
            if urgent {
                URGENT_LETTER_DAYS
            } else {
                LETTER_DAYS
            },
            mailed,
        ),
        after(
            MilestoneCode::StatusFrom,
            (status_days, status_days),
            mailed,
        ),
    ];
    if review == Review::Imr {
        let days = if urgent {
            URGENT_DECISION_DAYS
        } else {
            DECISION_DAYS
        };
        out.push(after(MilestoneCode::Decision, days, true));
    }
    out.sort_by_key(|m| (m.latest, m.earliest));
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use MilestoneCode::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn get(ms: &[Milestone], code: MilestoneCode) -> (NaiveDate, NaiveDate) {
        let m = ms.iter().find(|m| m.code == code).unwrap();
        (m.earliest, m.latest)
    }

    #[test]
    fn standard_fax_counts_from_the_day_sent() {
        let ms = follow_up(d("2026-03-02"), SendMethod::Fax, false, Review::Imr);
        assert_eq!(get(&ms, Arrives), (d("2026-03-02"), d("2026-03-02")));
        assert_eq!(get(&ms, Letter), (d("2026-03-07"), d("2026-03-09")));
        assert_eq!(get(&ms, Decision), (d("2026-04-01"), d("2026-04-16")));
        assert_eq!(get(&ms, StatusFrom), (d("2026-04-16"), d("2026-04-16")));
        let inferred = |code| ms.iter().find(|m| m.code == code).unwrap().inferred;
        assert!(!inferred(Arrives) && !inferred(Letter) && !inferred(StatusFrom));
        assert!(
            inferred(Decision),
            "DMHC's clock may start later than arrival"
        );
        // In date order.
        assert_eq!(
            ms.iter().map(|m| m.code).collect::<Vec<_>>(),
            [Arrives, Letter, Decision, StatusFrom]
        );
    }

    #[test]
    fn mail_widens_every_window_by_the_post() {
        let ms = follow_up(d("2026-03-02"), SendMethod::Mail, false, Review::Imr);
        assert_eq!(get(&ms, Arrives), (d("2026-03-03"), d("2026-03-07")));
        assert_eq!(get(&ms, Letter), (d("2026-03-08"), d("2026-03-14")));
        assert_eq!(get(&ms, Decision), (d("2026-04-02"), d("2026-04-21")));
        assert!(
            ms.iter().all(|m| m.inferred),
            "all rest on the postal estimate"
        );
    }

    #[test]
    fn urgent_windows_are_days_not_weeks() {
        let ms = follow_up(d("2026-03-02"), SendMethod::Fax, true, Review::Imr);
        assert_eq!(get(&ms, Letter), (d("2026-03-04"), d("2026-03-04")));
        assert_eq!(get(&ms, Decision), (d("2026-03-05"), d("2026-03-09")));
    }

    #[test]
    fn windows_cross_month_and_year_ends_and_leap_days() {
        let ms = follow_up(d("2028-01-31"), SendMethod::Fax, false, Review::Imr);
        assert_eq!(get(&ms, Decision), (d("2028-03-01"), d("2028-03-16")));
        let ms = follow_up(d("2027-01-31"), SendMethod::Fax, false, Review::Imr);
        assert_eq!(get(&ms, Decision), (d("2027-03-02"), d("2027-03-17")));
        let ms = follow_up(d("2026-12-28"), SendMethod::Mail, true, Review::Imr);
        assert_eq!(get(&ms, Arrives), (d("2026-12-29"), d("2027-01-02")));
        assert_eq!(get(&ms, Letter), (d("2026-12-31"), d("2027-01-04")));
        let ms = follow_up(d("2028-02-27"), SendMethod::Fax, true, Review::Imr);
        assert_eq!(get(&ms, Letter), (d("2028-02-29"), d("2028-02-29")));
    }

    #[test]
    fn a_complaint_has_no_decision_window_and_status_after_30_days() {
        let ms = follow_up(d("2026-03-02"), SendMethod::Fax, false, Review::Complaint);
        assert!(ms.iter().all(|m| m.code != Decision));
        assert_eq!(get(&ms, StatusFrom), (d("2026-04-01"), d("2026-04-01")));
    }

    #[test]
    fn state_against_today() {
        let ms = follow_up(d("2026-03-02"), SendMethod::Fax, false, Review::Imr);
        let letter = ms.iter().find(|m| m.code == Letter).unwrap();
        assert_eq!(letter.state(d("2026-03-06")), MilestoneState::Upcoming);
        assert_eq!(letter.state(d("2026-03-07")), MilestoneState::Expected);
        assert_eq!(letter.state(d("2026-03-09")), MilestoneState::Expected);
        assert_eq!(letter.state(d("2026-03-10")), MilestoneState::Overdue);
    }

    #[test]
    fn a_late_letter_or_decision_asks_for_a_call_the_arrival_and_status_day_do_not() {
        let ms = follow_up(d("2026-03-02"), SendMethod::Mail, false, Review::Imr);
        let late = d("2026-12-01");
        for m in &ms {
            assert_eq!(m.state(late), MilestoneState::Overdue, "{:?}", m.code);
            assert_eq!(
                m.call_now(late),
                matches!(m.code, Letter | Decision),
                "{:?}",
                m.code
            );
            assert!(!m.call_now(m.latest), "{:?} on its last day", m.code);
        }
    }
}
