//! Numbers after their labels: the member ID ("Member ID:", "Subscriber ID #",
//! "Número de miembro:") and the plan's reference ("Reference #", "Case Number",
//! "Grievance No.", "Número de caso:").

use super::tokens::{TokenLine, Tokens};
use super::{suggestion, Finding, Suggestion, Value};

const MEMBER_LABELS: &[&[&str]] = &[
    &["member", "identification", "number"],
    &["member", "id", "number"],
    &["member", "id", "no"],
    &["member", "id"],
    &["member", "number"],
    &["member", "no"],
    &["member"],
    &["subscriber", "id", "number"],
    &["subscriber", "id"],
    &["subscriber", "number"],
    &["subscriber", "no"],
    &["identification", "number"],
    &["id", "number"],
    &["numero", "de", "miembro"],
    &["numero", "de", "identificacion", "del", "miembro"],
    &["numero", "de", "identificacion"],
    &["numero", "de", "afiliado"],
    &["numero", "de", "socio"],
    &["no", "de", "miembro"],
    &["id", "de", "miembro"],
    &["id", "del", "miembro"],
    &["identificacion", "de", "miembro"],
];

const REFERENCE_LABELS: &[&[&str]] = &[
    &["reference", "number"],
    &["reference", "no"],
    &["reference", "id"],
    &["reference"],
    &["ref", "no"],
    &["ref"],
    &["case", "number"],
    &["case", "no"],
    &["case", "id"],
    &["case"],
    &["grievance", "number"],
    &["grievance", "no"],
    &["grievance", "id"],
    &["grievance"],
    &["appeal", "number"],
    &["appeal", "no"],
    &["appeal"],
    &["tracking", "number"],
    &["file", "number"],
    &["numero", "de", "referencia"],
    &["no", "de", "referencia"],
    &["referencia"],
    &["numero", "de", "caso"],
    &["no", "de", "caso"],
    &["caso"],
    &["numero", "de", "queja"],
    &["no", "de", "queja"],
    &["numero", "de", "apelacion"],
    &["no", "de", "apelacion"],
    &["numero", "de", "expediente"],
];

/// Whether a word can be an ID or reference number: 4 to 24 letters, digits and dashes,
/// with at least two digits.
fn looks_like_number(word: &str) -> bool {
    let digits = word.chars().filter(char::is_ascii_digit).count();
    (4..=24).contains(&word.chars().count())
        && digits >= 2
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !word.starts_with('-')
        && !word.ends_with('-')
}

/// The value after a label at `at` in `line`: (label span, value position, the value).
fn after_label(
    line: &TokenLine,
    at: usize,
    label: &[&str],
) -> Option<(std::ops::Range<usize>, usize, String)> {
    let mut next = at + label.len();
    // The label must be one ("Member ID:", "Member ID #", "Member ID"): a colon or "#"
    // on its last word or alone after it, or the value right after.
    while line.tokens.get(next).is_some_and(|t| t.norm.is_empty()) {
        next += 1;
    }
    let token = line.tokens.get(next)?;
    let value = token
        .original
        .trim_matches(|c: char| !c.is_ascii_alphanumeric())
        .to_string();
    looks_like_number(&value).then_some((at..at + label.len(), next, value))
}

fn labelled(tokens: &Tokens, labels: &[&[&str]], finding: Finding) -> Option<Suggestion> {
    let mut found: Vec<(usize, std::ops::Range<usize>, usize, String)> = Vec::new();
    for (n, line) in tokens.lines.iter().enumerate() {
        'line: for at in 0..line.tokens.len() {
            for label in labels {
                if !line.has_at(at, label) {
                    continue;
                }
                // "case" in a sentence ("in this case") is no label: the word must end
                // with ":" or "#", or be followed by "#"/":" alone, unless it is one of
                // the longer labels.
                let last = &line.tokens[at + label.len() - 1].original;
                let marked = last.ends_with(':')
                    || last.ends_with('#')
                    || last.ends_with(".:")
                    || line
                        .tokens
                        .get(at + label.len())
                        .is_some_and(|t| t.norm.is_empty());
                if label.len() == 1 && !marked {
                    continue;
                }
                if let Some((span, value_at, value)) = after_label(line, at, label) {
                    found.push((n, span, value_at, value));
                    break 'line;
                }
            }
        }
    }
    let (n, span, value_at, value) = found.first()?.clone();
    // The same number everywhere it is labelled, or not sure.
    let agree = found.iter().all(|f| f.3 == value);
    Some(suggestion(
        tokens,
        n,
        value_at..value_at + 1,
        Some(span),
        finding,
        Value::Text(value),
        agree,
    ))
}

pub(crate) fn member_id(tokens: &Tokens) -> Option<Suggestion> {
    labelled(tokens, MEMBER_LABELS, Finding::MemberId)
}

pub(crate) fn reference(tokens: &Tokens) -> Option<Suggestion> {
    labelled(tokens, REFERENCE_LABELS, Finding::Reference)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::PageText;

    fn read(text: &str, finding: Finding) -> Option<Suggestion> {
        let page = PageText::embedded(text);
        let tokens = Tokens::of(std::slice::from_ref(&page));
        match finding {
            Finding::MemberId => member_id(&tokens),
            _ => reference(&tokens),
        }
    }

    fn text_of(s: Option<Suggestion>) -> Option<String> {
        match s.map(|s| s.value) {
            Some(Value::Text(t)) => Some(t),
            _ => None,
        }
    }

    #[test]
    fn member_ids_are_read_after_their_labels() {
        for (text, id) in [
            ("Member ID: W123456789", "W123456789"),
            ("Member ID #: XEA-55012", "XEA-55012"),
            ("Subscriber ID 900123456", "900123456"),
            ("Member Number: 00A12345", "00A12345"),
            (
                "RE: Jane Doe   Member ID: K55501234   Reference: G-2026-0042",
                "K55501234",
            ),
            ("Número de miembro: 7730012", "7730012"),
            ("ID de miembro: M4410077", "M4410077"),
            ("N.º de miembro: 55-123456", "55-123456"),
        ] {
            assert_eq!(
                text_of(read(text, Finding::MemberId)).as_deref(),
                Some(id),
                "{text}"
            );
        }
    }

    #[test]
    fn references_are_read_after_their_labels() {
        for (text, id) in [
            ("Reference #: G-2026-0042", "G-2026-0042"),
            ("Case Number: 2026-118842", "2026-118842"),
            ("Grievance No. GR55012", "GR55012"),
            ("Appeal #: AP-7781", "AP-7781"),
            ("Número de caso: Q-2026-3310", "Q-2026-3310"),
            ("Número de referencia: 88120044", "88120044"),
        ] {
            assert_eq!(
                text_of(read(text, Finding::Reference)).as_deref(),
                Some(id),
                "{text}"
            );
        }
    }

    #[test]
    fn words_that_are_not_numbers_or_labels_give_nothing() {
        assert_eq!(
            read("In this case 12 members wrote.", Finding::Reference),
            None
        );
        assert_eq!(read("Member ID: see your card", Finding::MemberId), None);
        assert_eq!(read("member services 2026", Finding::MemberId), None);
    }

    #[test]
    fn two_different_numbers_under_one_label_are_not_sure() {
        let s = read(
            "Member ID: A1234567\nMember ID: A1234561",
            Finding::MemberId,
        );
        assert!(s.is_some_and(|s| !s.sure));
    }
}
