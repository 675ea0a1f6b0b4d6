//! Calendar-date helpers shared by the form, the rules, the wizard and the PDF.
//!
//! Dates are plain calendar dates (no time zone). Nothing here reads the clock.

use chrono::{Datelike, Months, NaiveDate};

/// Writes a date the way Californians say it: `September 30, 2026` (the one long-date
/// function, [`imr_i18n::long_date`], in English).
pub fn long_date(date: NaiveDate) -> String {
    imr_i18n::long_date(imr_i18n::Lang::En, date.year(), date.month(), date.day())
}

/// Writes a date the way the DMHC form asks for it: `03/27/1984` (mm/dd/yyyy).
pub fn form_date(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", date.month(), date.day(), date.year())
}

/// Reads a date written as `YYYY-MM-DD` (the case-file format).
///
/// Returns `None` for anything else, including dates that do not exist such as
/// `2026-02-31`.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// The part of a typed date that is wrong, for a message that says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Not three parts, or a date that does not exist for another reason.
    Shape,
    /// The month is missing or not 1 to 12.
    Month,
    /// The day is missing or not 1 to `last`, the last day of that month.
    Day { last: u32 },
    /// The year is missing or not 4 digits.
    Year,
}

/// Reads a date from its three parts as the person typed them, saying which part is
/// wrong: the month first, then the day, then the year (the order they are written in).
pub(crate) fn date_from_parts(
    year: &str,
    month: &str,
    day: &str,
) -> Result<NaiveDate, DateProblem> {
    let number = |text: &str, digits: usize| -> Option<u32> {
        let text = text.trim();
        (!text.is_empty() && text.len() <= digits && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse().ok())
            .flatten()
    };
    let month = number(month, 2)
        .filter(|m| (1..=12).contains(m))
        .ok_or(DateProblem::Month)?;
    let year = number(year, 4).filter(|_| year.trim().len() == 4);
    // Before the year is known, February may have 29 days.
    let last = days_in_month(year.map_or(2000, |y| y as i32), month);
    let day = number(day, 2)
        .filter(|d| (1..=last).contains(d))
        .ok_or(DateProblem::Day { last })?;
    let year = year.ok_or(DateProblem::Year)?;
    NaiveDate::from_ymd_opt(year as i32, month, day).ok_or(DateProblem::Shape)
}

/// Reads a date typed month first, as Californians write it ("3/27/1984", "03/27/1984"),
/// or as the case file writes it ("1984-03-27").
pub fn read_typed_date(text: &str) -> Result<NaiveDate, DateProblem> {
    let parts: Vec<&str> = text.trim().split(['/', '-', '.']).collect();
    match parts.as_slice() {
        [year, month, day] if year.trim().len() == 4 => date_from_parts(year, month, day),
        [month, day, year] => date_from_parts(year, month, day),
        _ => Err(DateProblem::Shape),
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let first = NaiveDate::from_ymd_opt(year, month, 1);
    let next = first.and_then(|d| d.checked_add_months(Months::new(1)));
    match (first, next) {
        (Some(first), Some(next)) => (next - first).num_days() as u32,
        _ => 31,
    }
}

/// Adds calendar months, landing on the last day of the month when the day does not exist
/// there (31 March + 6 months = 30 September).
pub(crate) fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(months))
}

/// Whether someone born on `birth` is under 18 on `today`.
///
/// They become an adult on their 18th birthday. Someone born on 29 February becomes an
/// adult on 1 March in a year without 29 February (an assumption; the law is not settled).
pub(crate) fn is_minor(birth: NaiveDate, today: NaiveDate) -> bool {
    let adult_year = birth.year() + 18;
    let adult_on = birth
        .with_year(adult_year)
        .or_else(|| NaiveDate::from_ymd_opt(adult_year, 3, 1));
    adult_on.is_some_and(|adult_on| today < adult_on)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn long_date_writes_month_day_year() {
        assert_eq!(long_date(d("2026-09-30")), "September 30, 2026");
        assert_eq!(long_date(d("2026-03-01")), "March 1, 2026");
    }

    #[test]
    fn form_date_writes_mm_dd_yyyy() {
        assert_eq!(form_date(d("1984-03-27")), "03/27/1984");
        assert_eq!(form_date(d("2026-01-05")), "01/05/2026");
    }

    #[test]
    fn typed_dates_are_read_month_first_and_the_wrong_part_is_named() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(read_typed_date("3/27/1950"), Ok(d(1950, 3, 27)));
        assert_eq!(read_typed_date(" 03/27/1950 "), Ok(d(1950, 3, 27)));
        assert_eq!(read_typed_date("1950-03-27"), Ok(d(1950, 3, 27)));
        assert_eq!(read_typed_date("2/29/2024"), Ok(d(2024, 2, 29)));
        assert_eq!(read_typed_date("27/3/1950"), Err(DateProblem::Month));
        assert_eq!(
            read_typed_date("2/30/2026"),
            Err(DateProblem::Day { last: 28 })
        );
        assert_eq!(
            read_typed_date("2/29/2026"),
            Err(DateProblem::Day { last: 28 })
        );
        assert_eq!(read_typed_date("4/31/"), Err(DateProblem::Day { last: 30 }));
        assert_eq!(read_typed_date("1/20/26"), Err(DateProblem::Year));
        assert_eq!(read_typed_date("1/20"), Err(DateProblem::Shape));
        assert_eq!(read_typed_date("January 20"), Err(DateProblem::Shape));
        assert_eq!(date_from_parts("2026", "", "5"), Err(DateProblem::Month));
        assert_eq!(date_from_parts("", "2", "29"), Err(DateProblem::Year));
    }

    #[test]
    fn parse_iso_date_rejects_impossible_and_loose_dates() {
        assert_eq!(parse_iso_date("2026-02-28"), Some(d("2026-02-28")));
        assert_eq!(parse_iso_date(" 2028-02-29 "), Some(d("2028-02-29")));
        assert_eq!(parse_iso_date("2026-02-31"), None);
        assert_eq!(parse_iso_date("2027-02-29"), None);
        assert_eq!(parse_iso_date("2026-2-3"), None);
        assert_eq!(parse_iso_date("03/27/1984"), None);
        assert_eq!(parse_iso_date(""), None);
    }

    #[test]
    fn add_months_clamps_to_month_end() {
        assert_eq!(add_months(d("2026-03-31"), 6), Some(d("2026-09-30")));
        assert_eq!(add_months(d("2025-08-31"), 6), Some(d("2026-02-28")));
        assert_eq!(add_months(d("2027-08-31"), 6), Some(d("2028-02-29")));
    }

    #[test]
    fn is_minor_turns_false_on_18th_birthday() {
        let birth = d("2008-03-01");
        assert!(is_minor(birth, d("2026-02-28")));
        assert!(!is_minor(birth, d("2026-03-01")));
    }

    #[test]
    fn is_minor_handles_leap_day_birth() {
        let birth = d("2008-02-29");
        assert!(is_minor(birth, d("2026-02-28")));
        assert!(!is_minor(birth, d("2026-03-01")));
    }
}
