//! The plan's name, from a list of health plans that California members write about
//! (the plans DMHC licenses, with the names they put on their letters). A letter names
//! its plan in its letterhead or its text; a name read with one letter wrong still
//! counts, as the name from the list.

use super::tokens::{fold, Tokens};
use super::{Finding, Suggestion, Value};

/// Health plan names as they print them, longer names first where one holds another.
pub const PLAN_NAMES: &[&str] = &[
    "Blue Shield of California Promise Health Plan",
    "Anthem Blue Cross Partnership Plan",
    "Partnership HealthPlan of California",
    "Central California Alliance for Health",
    "Community Health Plan of Imperial Valley",
    "Aetna Better Health of California",
    "Santa Clara Family Health Plan",
    "Health Plan of San Joaquin",
    "Health Plan of San Mateo",
    "San Francisco Health Plan",
    "Contra Costa Health Plan",
    "Chinese Community Health Plan",
    "Alameda Alliance for Health",
    "Inland Empire Health Plan",
    "Molina Healthcare of California",
    "Western Health Advantage",
    "Community Health Group",
    "Kern Family Health Care",
    "Blue Shield of California",
    "Kaiser Permanente",
    "Anthem Blue Cross",
    "L.A. Care Health Plan",
    "Health Net of California",
    "Health Net",
    "Molina Healthcare",
    "Gold Coast Health Plan",
    "Sharp Health Plan",
    "Sutter Health Plus",
    "Valley Health Plan",
    "Scripps Health Plan",
    "UnitedHealthcare of California",
    "UnitedHealthcare",
    "Cigna Healthcare of California",
    "Aetna Health of California",
    "Oscar Health Plan of California",
    "CalOptima Health",
    "CalViva Health",
    "CenCal Health",
    "Kern Health Systems",
    "Inter Valley Health Plan",
    "Alignment Health Plan",
    "SCAN Health Plan",
    "Brand New Day",
    "Canopy Health",
    "Heritage Health Plan",
];

/// Letters apart (Levenshtein).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[j]).min(row[j + 1])
            };
            previous = here;
        }
    }
    row[b.len()]
}

/// The first plan named, reading from the top: the longest name that fits there.
pub(crate) fn plan_name(tokens: &Tokens) -> Option<Suggestion> {
    let names: Vec<(&str, Vec<String>)> = PLAN_NAMES
        .iter()
        .map(|name| {
            let words = name
                .split_whitespace()
                .map(fold)
                .filter(|w| !w.is_empty())
                .collect();
            (*name, words)
        })
        .collect();
    for (n, line) in tokens.lines.iter().enumerate() {
        let mut best: Option<(usize, usize, &str, bool)> = None;
        for at in 0..line.tokens.len() {
            for (name, words) in &names {
                let Some(window) = line.tokens.get(at..at + words.len()) else {
                    continue;
                };
                let read = window
                    .iter()
                    .map(|t| t.norm.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                let wanted = words.join(" ");
                let off = distance(&read, &wanted);
                // One letter wrong in twelve, none in a short name.
                let allowed = wanted.len() / 12;
                if off <= allowed && best.is_none_or(|(_, len, _, _)| words.len() > len) {
                    best = Some((at, words.len(), name, off == 0));
                }
            }
            if best.is_some() {
                break;
            }
        }
        if let Some((at, len, name, exact)) = best {
            return Some(super::suggestion(
                tokens,
                n,
                at..at + len,
                None,
                Finding::PlanName,
                Value::Text(name.to_string()),
                exact,
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::PageText;

    fn read(text: &str) -> Option<(String, bool)> {
        let page = PageText::embedded(text);
        let tokens = Tokens::of(std::slice::from_ref(&page));
        plan_name(&tokens).and_then(|s| match s.value {
            Value::Text(t) => Some((t, s.sure)),
            _ => None,
        })
    }

    #[test]
    fn the_longest_plan_name_on_the_first_line_that_has_one() {
        assert_eq!(
            read("BLUE SHIELD OF CALIFORNIA PROMISE HEALTH PLAN\nBlue Shield of California"),
            Some(("Blue Shield of California Promise Health Plan".into(), true))
        );
        assert_eq!(
            read("Dear member,\nThank you for being a Kaiser Permanente member."),
            Some(("Kaiser Permanente".into(), true))
        );
    }

    #[test]
    fn a_name_read_one_letter_wrong_is_offered_as_the_listed_name_but_not_sure() {
        assert_eq!(
            read("Blue Shieid of California"),
            Some(("Blue Shield of California".into(), false))
        );
        assert_eq!(read("Health Nit"), None);
    }

    #[test]
    fn no_known_name_gives_nothing() {
        assert_eq!(read("Acme Insurance Company\nDear member"), None);
    }
}
