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

/// Adds calendar months, landing on the last day of the month when the day does not exist
/// there (31 March + 6 months = 30 September).
pub fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(months))
}

/// Whether someone born on `birth` is under 18 on `today`.
///
/// They become an adult on their 18th birthday. Someone born on 29 February becomes an
/// adult on 1 March in a year without 29 February (an assumption; the law is not settled).
pub fn is_minor(birth: NaiveDate, today: NaiveDate) -> bool {
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
