//! Dates as US and Spanish letters write them: "January 20, 2026", "Jan. 20, 2026",
//! "20 January 2026", "01/20/2026", "1/20/26", "2026-01-20", "20-Jan-2026",
//! "20 de enero de 2026", "enero 20, 2026", "20/01/2026". A date in numbers only whose
//! first two parts could each be the month ("03/04/2026") is read both ways and never
//! guessed.

use chrono::{Datelike, NaiveDate};

use super::tokens::{TokenLine, Tokens};
use super::{suggestion, Context, Finding, Suggestion, Value};

/// A date as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRead {
    Sure(NaiveDate),
    /// Numbers only, both first parts 12 or less and different.
    Either {
        month_first: NaiveDate,
        day_first: NaiveDate,
    },
}

impl DateRead {
    pub(crate) fn value(self) -> Value {
        match self {
            DateRead::Sure(d) => Value::Date(d),
            DateRead::Either {
                month_first,
                day_first,
            } => Value::EitherDate {
                month_first,
                day_first,
            },
        }
    }

    fn dates(self) -> [NaiveDate; 2] {
        match self {
            DateRead::Sure(d) => [d, d],
            DateRead::Either {
                month_first,
                day_first,
            } => [month_first, day_first],
        }
    }
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("enero", 1),
    ("ene", 1),
    ("february", 2),
    ("feb", 2),
    ("febrero", 2),
    ("march", 3),
    ("mar", 3),
    ("marzo", 3),
    ("april", 4),
    ("apr", 4),
    ("abril", 4),
    ("abr", 4),
    ("may", 5),
    ("mayo", 5),
    ("june", 6),
    ("jun", 6),
    ("junio", 6),
    ("july", 7),
    ("jul", 7),
    ("julio", 7),
    ("august", 8),
    ("aug", 8),
    ("agosto", 8),
    ("ago", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("set", 9),
    ("october", 10),
    ("oct", 10),
    ("octubre", 10),
    ("november", 11),
    ("nov", 11),
    ("noviembre", 11),
    ("december", 12),
    ("dec", 12),
    ("diciembre", 12),
    ("dic", 12),
];

fn month(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(name, _)| *name == word).map(|m| m.1)
}

fn day(word: &str) -> Option<u32> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .or_else(|| word.strip_suffix(".o"))
        .unwrap_or(word);
    (digits.len() <= 2 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2099).contains(y))
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A date written in one word: numbers with "/", "-" or "." between them, or
/// "20-Jan-2026".
fn one_word(word: &str) -> Option<DateRead> {
    let parts: Vec<&str> = word.split(['/', '-', '.']).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if let (Some(d), Some(m), Some(y)) = (day(parts[0]), month(parts[1]), year(parts[2])) {
        return ymd(y, m, d).map(DateRead::Sure);
    }
    if !parts.iter().all(|p| digits(p)) {
        return None;
    }
    if parts[0].len() == 4 {
        let (y, m, d) = (
            year(parts[0])?,
            parts[1].parse().ok()?,
            parts[2].parse().ok()?,
        );
        return ymd(y, m, d).map(DateRead::Sure);
    }
    if parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    }
    let y: i32 = match parts[2].len() {
        2 => 2000 + parts[2].parse::<i32>().ok()?,
        4 => year(parts[2])?,
        _ => return None,
    };
    let a: u32 = parts[0].parse().ok()?;
    let b: u32 = parts[1].parse().ok()?;
    let month_first = ymd(y, a, b);
    let day_first = ymd(y, b, a);
    match (month_first, day_first) {
        (Some(m), Some(d)) if m == d => Some(DateRead::Sure(m)),
        (Some(m), Some(d)) => Some(DateRead::Either {
            month_first: m,
            day_first: d,
        }),
        (Some(m), None) => Some(DateRead::Sure(m)),
        (None, Some(d)) => Some(DateRead::Sure(d)),
        (None, None) => None,
    }
}

/// Every date in a line: where it starts, how many tokens it takes, what it says.
pub(crate) fn dates_in(line: &TokenLine) -> Vec<(usize, usize, DateRead)> {
    let words: Vec<&str> = line.tokens.iter().map(|t| t.norm.as_str()).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let at = |k: usize| words.get(i + k).copied().unwrap_or("");
        let hit = (|| {
            // 20 de enero de 2026 / 20 de enero del 2026
            if let (Some(d), "de", Some(m), "de" | "del", Some(y)) =
                (day(at(0)), at(1), month(at(2)), at(3), year(at(4)))
            {
                return ymd(y, m, d).map(|date| (5, DateRead::Sure(date)));
            }
            // January 20, 2026 / enero 20 de 2026
            if let (Some(m), Some(d)) = (month(at(0)), day(at(1))) {
                if let Some(y) = year(at(2)) {
                    return ymd(y, m, d).map(|date| (3, DateRead::Sure(date)));
                }
                if let ("de" | "del", Some(y)) = (at(2), year(at(3))) {
                    return ymd(y, m, d).map(|date| (4, DateRead::Sure(date)));
                }
            }
            // 20 January 2026
            if let (Some(d), Some(m), Some(y)) = (day(at(0)), month(at(1)), year(at(2))) {
                return ymd(y, m, d).map(|date| (3, DateRead::Sure(date)));
            }
            one_word(at(0)).map(|read| (1, read))
        })();
        match hit {
            Some((len, read)) => {
                found.push((i, len, read));
                i += len;
            }
            None => i += 1,
        }
    }
    found
}

/// Every date in some text, for tests and the benchmark's own checks.
pub fn read_dates(text: &str) -> Vec<DateRead> {
    let page = crate::text::PageText::embedded(text);
    let tokens = Tokens::of(std::slice::from_ref(&page));
    tokens
        .lines
        .iter()
        .flat_map(dates_in)
        .map(|d| d.2)
        .collect()
}

/// The words that open the letter to the person: the letter's own date comes before.
const SALUTATIONS: &[&str] = &[
    "dear",
    "estimado",
    "estimada",
    "estimados",
    "querido",
    "querida",
];

/// Words that say a date is some other date than the letter's.
const OTHER_DATES: &[&str] = &[
    "service",
    "services",
    "servicio",
    "servicios",
    "birth",
    "born",
    "dob",
    "nacimiento",
    "received",
    "recibido",
    "recibida",
    "recibimos",
    "effective",
    "vigencia",
    "admission",
    "admitted",
    "ingreso",
    "request",
    "requested",
    "solicitud",
    "submitted",
    "filed",
    "decision",
    "decided",
    "until",
    "hasta",
    "before",
    "antes",
    "expires",
    "vence",
    "discharge",
    "alta",
    "appointment",
    "cita",
    "visit",
    "visita",
    "claim",
    "reclamo",
    "since",
    "desde",
    "after",
    "despues",
];

/// Labels of the letter's date.
const LETTER_DATE_LABELS: &[&[&str]] = &[
    &["date"],
    &["letter", "date"],
    &["date", "of", "letter"],
    &["date", "of", "this", "letter"],
    &["fecha"],
    &["fecha", "de", "la", "carta"],
    &["fecha", "de", "esta", "carta"],
    &["mailed", "on"],
    &["date", "mailed"],
    &["fecha", "de", "envio"],
];

/// Labels of the decision's date.
const DECISION_DATE_LABELS: &[&[&str]] = &[
    &["decision", "date"],
    &["date", "of", "decision"],
    &["date", "of", "the", "decision"],
    &["fecha", "de", "la", "decision"],
    &["fecha", "de", "decision"],
    &["we", "made", "our", "decision", "on"],
    &["tomamos", "nuestra", "decision", "el"],
    &["decidimos", "el"],
    &["we", "decided", "on"],
];

fn plausible(date: NaiveDate, context: &Context) -> bool {
    date <= context.today
        && date
            .with_year(context.today.year() - 10)
            .is_none_or(|ten_years_ago| date >= ten_years_ago)
}

/// A date right after one of `labels` at the start of a line: `(line, label span, date)`.
fn labelled(
    tokens: &Tokens,
    labels: &[&[&str]],
    anywhere: bool,
) -> Option<(usize, std::ops::Range<usize>, usize, usize, DateRead)> {
    for (n, line) in tokens.lines.iter().enumerate() {
        for label in labels {
            let starts: Vec<usize> = if anywhere {
                (0..line.tokens.len())
                    .filter(|&at| line.has_at(at, label))
                    .collect()
            } else if line.has_at(0, label) {
                vec![0]
            } else {
                vec![]
            };
            for at in starts {
                let mut after = at + label.len();
                // "Date: " / "Fecha : "
                while line.tokens.get(after).is_some_and(|t| t.norm.is_empty()) {
                    after += 1;
                }
                if let Some(&(start, len, read)) =
                    dates_in(line).iter().find(|(start, _, _)| *start == after)
                {
                    return Some((n, at..at + label.len(), start, len, read));
                }
            }
        }
    }
    None
}

/// The letter's date: after "Date:" at the start of a line, or else the first date on
/// the first page before "Dear …" that no word on its line calls another date.
pub(crate) fn letter_date(tokens: &Tokens, context: &Context) -> Option<Suggestion> {
    if let Some((n, label, start, len, read)) = labelled(tokens, LETTER_DATE_LABELS, false) {
        let sure = read.dates().iter().all(|d| plausible(*d, context));
        return Some(suggestion(
            tokens,
            n,
            start..start + len,
            Some(label),
            Finding::LetterDate,
            read.value(),
            sure,
        ));
    }
    for (n, line) in tokens.lines.iter().enumerate() {
        if line.page > 0 {
            break;
        }
        if line
            .tokens
            .first()
            .is_some_and(|t| SALUTATIONS.contains(&t.norm.as_str()))
        {
            break;
        }
        for (start, len, read) in dates_in(line) {
            let other = line.tokens[..start]
                .iter()
                .any(|t| OTHER_DATES.contains(&t.norm.as_str()));
            if other {
                continue;
            }
            let sure = read.dates().iter().all(|d| plausible(*d, context));
            return Some(suggestion(
                tokens,
                n,
                start..start + len,
                None,
                Finding::LetterDate,
                read.value(),
                sure,
            ));
        }
    }
    None
}

/// A date the letter gives as its decision's ("Decision date: …", "we made our decision
/// on …").
pub(crate) fn decision_date(tokens: &Tokens, context: &Context) -> Option<Suggestion> {
    let (n, label, start, len, read) = labelled(tokens, DECISION_DATE_LABELS, true)?;
    let sure = read.dates().iter().all(|d| plausible(*d, context));
    Some(suggestion(
        tokens,
        n,
        start..start + len,
        Some(label),
        Finding::DecisionDate,
        read.value(),
        sure,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn one(text: &str) -> DateRead {
        let found = read_dates(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0]
    }

    #[test]
    fn every_common_us_form_is_read() {
        let jan20 = DateRead::Sure(date(2026, 1, 20));
        for text in [
            "January 20, 2026",
            "Jan. 20, 2026",
            "Jan 20 2026",
            "JANUARY 20, 2026",
            "January 20th, 2026",
            "20 January 2026",
            "01/20/2026",
            "1/20/2026",
            "1/20/26",
            "01-20-2026",
            "2026-01-20",
            "20-Jan-2026",
        ] {
            assert_eq!(one(text), jan20, "{text}");
        }
    }

    #[test]
    fn every_common_spanish_form_is_read() {
        let jan20 = DateRead::Sure(date(2026, 1, 20));
        for text in [
            "20 de enero de 2026",
            "20 de Enero del 2026",
            "20 DE ENERO DE 2026",
            "enero 20, 2026",
            "20/01/2026",
            "20-ene-2026",
            "20 enero 2026",
        ] {
            assert_eq!(one(text), jan20, "{text}");
        }
        assert_eq!(
            one("3 de septiembre de 2025"),
            DateRead::Sure(date(2025, 9, 3))
        );
        assert_eq!(one("1.º de marzo de 2026").dates()[0], date(2026, 3, 1));
    }

    #[test]
    fn a_numeric_date_that_reads_two_ways_is_never_guessed() {
        assert_eq!(
            one("03/04/2026"),
            DateRead::Either {
                month_first: date(2026, 3, 4),
                day_first: date(2026, 4, 3)
            }
        );
        // The same day either way, and a part over 12, are sure.
        assert_eq!(one("05/05/2026"), DateRead::Sure(date(2026, 5, 5)));
        assert_eq!(one("13/04/2026"), DateRead::Sure(date(2026, 4, 13)));
    }

    #[test]
    fn impossible_dates_and_other_numbers_are_not_dates() {
        for text in [
            "02/30/2026",
            "13/13/2026",
            "Member 12345678",
            "$1,250.00",
            "555-123-4567",
            "February 30, 2026",
        ] {
            assert!(read_dates(text).is_empty(), "{text}");
        }
    }

    fn letter(text: &str) -> Vec<Suggestion> {
        let page = crate::text::PageText::embedded(text);
        super::super::suggest(
            std::slice::from_ref(&page),
            &Context {
                today: date(2026, 6, 1),
            },
        )
    }

    fn value_of(found: &[Suggestion], finding: Finding) -> Option<Value> {
        found
            .iter()
            .find(|s| s.finding == finding)
            .map(|s| s.value.clone())
    }

    #[test]
    fn the_letter_date_is_the_one_above_dear_and_not_a_service_date() {
        let found = letter(
            "Golden Poppy Health Plan\nDate of service: 12/02/2025\nFebruary 3, 2026\nJane Doe\nDear Jane Doe:\nYou may apply by August 3, 2026.",
        );
        assert_eq!(
            value_of(&found, Finding::LetterDate),
            Some(Value::Date(date(2026, 2, 3)))
        );
        let labelled = letter("Member ID: A1\nFecha: 5 de marzo de 2026\nEstimada Ana:");
        assert_eq!(
            value_of(&labelled, Finding::LetterDate),
            Some(Value::Date(date(2026, 3, 5)))
        );
    }

    #[test]
    fn a_letter_date_in_the_future_is_offered_but_not_sure() {
        let found = letter("December 3, 2026\nDear Jane:");
        let s = found.iter().find(|s| s.finding == Finding::LetterDate);
        assert!(s.is_some_and(|s| !s.sure));
    }

    #[test]
    fn a_decision_date_is_read_after_its_label() {
        let found =
            letter("Dear Jane:\nWe made our decision on April 2, 2026. We upheld the denial.");
        assert_eq!(
            value_of(&found, Finding::DecisionDate),
            Some(Value::Date(date(2026, 4, 2)))
        );
    }
}
