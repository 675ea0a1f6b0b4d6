//! Checks one answer against its question and writes it in its normal form (trimmed,
//! dates as `YYYY-MM-DD`, yes/no in lower case, state codes in upper case). Messages
//! follow the GOV.UK pattern: "Enter …", "… must be …", naming the thing.

use chrono::NaiveDate;

use crate::dates::parse_iso_date;
use crate::form::{Field, FieldKind};

/// USPS codes for the states, DC and the territories.
const US_STATES: [&str; 56] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI",
];

/// The message for a required question left blank.
pub(super) fn missing_message(field: &Field) -> String {
    match field.kind {
        FieldKind::YesNo => format!("Select yes or no: {}", field.label),
        FieldKind::Choice(_) => format!("Select {}", field.name),
        _ => format!("Enter {}", field.name),
    }
}

/// Checks a trimmed, non-empty answer and returns it in normal form, or the message to
/// show.
pub(super) fn normalize(field: &Field, raw: &str, today: NaiveDate) -> Result<String, String> {
    let value = match &field.kind {
        FieldKind::Text | FieldKind::LongText => raw.to_owned(),
        FieldKind::Date => normalize_date(field, raw, today)?,
        FieldKind::Phone => normalize_phone(field, raw)?,
        FieldKind::Email => normalize_email(field, raw)?,
        FieldKind::Zip => normalize_zip(field, raw)?,
        FieldKind::UsState => {
            let code = raw.to_ascii_uppercase();
            if !US_STATES.contains(&code.as_str()) {
                return Err(format!("Enter {} as a 2-letter code, like CA", field.name));
            }
            code
        }
        FieldKind::YesNo => match raw.to_ascii_lowercase().as_str() {
            answer @ ("yes" | "no") => answer.to_owned(),
            _ => {
                return Err(format!(
                    "The answer to \"{}\" must be yes or no",
                    field.label
                ))
            }
        },
        FieldKind::Choice(options) => {
            let Some(option) = options.iter().find(|o| o.value.eq_ignore_ascii_case(raw)) else {
                let allowed: Vec<&str> = options.iter().map(|o| o.value).collect();
                return Err(format!(
                    "{} must be one of: {}",
                    capitalized(field.name),
                    allowed.join(", ")
                ));
            };
            option.value.to_owned()
        }
    };
    if let Some(max_len) = field.max_len {
        if value.chars().count() > max_len {
            let unit = if max_len == 1 {
                "character"
            } else {
                "characters"
            };
            return Err(format!(
                "{} must be {max_len} {unit} or fewer",
                capitalized(field.name)
            ));
        }
    }
    Ok(value)
}

fn normalize_date(field: &Field, raw: &str, today: NaiveDate) -> Result<String, String> {
    let Some(date) = parse_iso_date(raw) else {
        return Err(format!(
            "Enter {} as a real date, for example 1984-03-27",
            field.name
        ));
    };
    if date > today {
        return Err(format!(
            "{} must be today or in the past",
            capitalized(field.name)
        ));
    }
    Ok(date.format("%Y-%m-%d").to_string())
}

fn normalize_phone(field: &Field, raw: &str) -> Result<String, String> {
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    if digits < 10 {
        return Err(format!(
            "Enter {} with the area code, like 916-555-0123",
            field.name
        ));
    }
    if digits > 15 {
        return Err(format!(
            "{} must be a phone number, like 916-555-0123",
            capitalized(field.name)
        ));
    }
    Ok(raw.to_owned())
}

fn normalize_email(field: &Field, raw: &str) -> Result<String, String> {
    let well_formed = raw.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && !domain.is_empty() && !domain.contains('@')
    }) && !raw.chars().any(char::is_whitespace);
    if !well_formed {
        return Err(format!(
            "Enter {} in the right format, like name@example.com",
            field.name
        ));
    }
    Ok(raw.to_owned())
}

fn normalize_zip(field: &Field, raw: &str) -> Result<String, String> {
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let ok = match raw.split_once('-') {
        None => raw.len() == 5 && all_digits(raw),
        Some((zip, plus4)) => {
            zip.len() == 5 && all_digits(zip) && plus4.len() == 4 && all_digits(plus4)
        }
    };
    if !ok {
        return Err(format!(
            "{} must be 5 digits, like 95814, or ZIP+4, like 95814-2725",
            capitalized(field.name)
        ));
    }
    Ok(raw.to_owned())
}

/// "the patient's ZIP code" → "The patient's ZIP code".
pub(super) fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
