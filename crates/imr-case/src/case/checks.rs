//! Checks one answer against its question and writes it in its normal form (trimmed,
//! dates as `YYYY-MM-DD`, yes/no in lower case, state codes in upper case). Messages
//! follow the GOV.UK pattern: "Enter …", "… must be …", naming the thing. They are
//! [`Message`]s (`case-…` in `case.ftl`), so the caller shows them in the person's
//! language; the field's name and question come from `form.ftl` (`field-…`).

use chrono::NaiveDate;
use imr_i18n::{Message, Value};

use crate::dates::{date_from_parts, parse_iso_date, DateProblem};
use crate::form::{Field, FieldKind};

/// USPS codes for the states, DC and the territories.
const US_STATES: [&str; 56] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI",
];

/// A message about `field` with its name as `$name`, and capitalised as `$Name`.
fn about(id: &str, field: &Field) -> Message {
    let name = field.name_message();
    Message::new(id)
        .with("name", name.clone())
        .with("Name", Value::Capitalized(Box::new(name)))
}

/// The message for a required question left blank.
pub(super) fn missing_message(field: &Field) -> Message {
    match field.kind {
        FieldKind::YesNo => {
            Message::new("case-missing-yes-no").with("label", field.label_message())
        }
        FieldKind::Choice(_) => about("case-missing-choice", field),
        _ => about("case-missing", field),
    }
}

/// Checks a trimmed, non-empty answer and returns it in normal form, or the message to
/// show.
pub(super) fn normalize(field: &Field, raw: &str, today: NaiveDate) -> Result<String, Message> {
    let value = match &field.kind {
        FieldKind::Text | FieldKind::LongText => raw.to_owned(),
        FieldKind::Date => normalize_date(field, raw, today)?,
        FieldKind::Phone => normalize_phone(field, raw)?,
        FieldKind::Email => normalize_email(field, raw)?,
        FieldKind::Zip => normalize_zip(field, raw)?,
        FieldKind::UsState => {
            let code = raw.to_ascii_uppercase();
            if !US_STATES.contains(&code.as_str()) {
                return Err(about("case-bad-state", field));
            }
            code
        }
        FieldKind::YesNo => match raw.to_ascii_lowercase().as_str() {
            answer @ ("yes" | "no") => answer.to_owned(),
            _ => return Err(Message::new("case-bad-yes-no").with("label", field.label_message())),
        },
        FieldKind::Choice(options) => {
            let Some(option) = options.iter().find(|o| o.value.eq_ignore_ascii_case(raw)) else {
                let allowed: Vec<&str> = options.iter().map(|o| o.value).collect();
                return Err(about("case-bad-choice", field).with("allowed", allowed.join(", ")));
            };
            option.value.to_owned()
        }
    };
    if let Some(max_len) = field.max_len {
        if value.chars().count() > max_len {
            return Err(about("case-too-long", field).with("max", max_len));
        }
    }
    Ok(value)
}

fn normalize_date(field: &Field, raw: &str, today: NaiveDate) -> Result<String, Message> {
    let Some(date) = parse_iso_date(raw) else {
        return Err(date_problem(field, raw));
    };
    if date > today {
        return Err(about("case-future-date", field));
    }
    Ok(date.format("%Y-%m-%d").to_string())
}

/// Which part of a date is wrong. The window sends the parts as typed, year-month-day,
/// when they do not make a date; anything else gets the general message.
fn date_problem(field: &Field, raw: &str) -> Message {
    let problem = match raw.split('-').collect::<Vec<_>>().as_slice() {
        [year, month, day] => date_from_parts(year, month, day).err(),
        _ => None,
    };
    match problem {
        Some(DateProblem::Month) => about("case-date-month", field),
        Some(DateProblem::Day { last }) => about("case-date-day", field).with("last", last),
        Some(DateProblem::Year) => about("case-date-year", field),
        // A padding slip ("1984-3-27" in a hand-written file) or no date at all.
        Some(DateProblem::Shape) | None => about("case-bad-date", field),
    }
}

fn normalize_phone(field: &Field, raw: &str) -> Result<String, Message> {
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    if digits < 10 {
        return Err(about("case-phone-short", field));
    }
    if digits > 15 {
        return Err(about("case-phone-long", field));
    }
    Ok(raw.to_owned())
}

fn normalize_email(field: &Field, raw: &str) -> Result<String, Message> {
    let well_formed = raw.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && !domain.is_empty() && !domain.contains('@')
    }) && !raw.chars().any(char::is_whitespace);
    if !well_formed {
        return Err(about("case-bad-email", field));
    }
    Ok(raw.to_owned())
}

fn normalize_zip(field: &Field, raw: &str) -> Result<String, Message> {
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let ok = match raw.split_once('-') {
        None => raw.len() == 5 && all_digits(raw),
        Some((zip, plus4)) => {
            zip.len() == 5 && all_digits(zip) && plus4.len() == 4 && all_digits(plus4)
        }
    };
    if !ok {
        return Err(about("case-bad-zip", field));
    }
    Ok(raw.to_owned())
}
