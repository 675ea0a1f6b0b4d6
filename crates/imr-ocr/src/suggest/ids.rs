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

/// Letters and digits readers take for one another: O and 0, I (or l) and 1, S and 5,
/// Z and 2, B and 8.
const LOOK_ALIKE_LETTERS: &[char] = &['O', 'o', 'I', 'l', 'S', 's', 'Z', 'z', 'B'];
const LOOK_ALIKE_DIGITS: &[char] = &['0', '1', '5', '2', '8'];

/// Whether a number holds a letter and a digit side by side where either could be the
/// other's look-alike ("P0123", "XEAI234", "1150O"): as read, it may be either, so it is
/// offered to check against the picture, never as read.
fn has_look_alike(value: &str) -> bool {
    let chars: Vec<char> = value.chars().collect();
    chars.windows(2).any(|pair| {
        let (a, b) = (pair[0], pair[1]);
        let letter_digit = |l: char, d: char| {
            l.is_ascii_alphabetic()
                && d.is_ascii_digit()
                && (LOOK_ALIKE_LETTERS.contains(&l) || LOOK_ALIKE_DIGITS.contains(&d))
        };
        letter_digit(a, b) || letter_digit(b, a)
    })
}

/// Whether a number read as nine digits may be a Medi-Cal ID (the CIN: eight digits and a
/// letter) whose letter was read as its look-alike digit ("91234567O" read "912345670"):
/// nothing on the page tells them apart, so it is offered to check against the picture.
fn may_end_in_letter(value: &str) -> bool {
    value.chars().count() == 9
        && value.chars().all(|c| c.is_ascii_digit())
        && value.ends_with(LOOK_ALIKE_DIGITS)
}

/// A number found: where its label and value are, the value, and whether it was read
/// whole (no look-alike letters and digits, not cut in two by the reader).
struct Found {
    label_line: usize,
    label: std::ops::Range<usize>,
    value_line: usize,
    value_at: usize,
    value: String,
    whole: bool,
}

fn trimmed(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_ascii_alphanumeric())
        .to_string()
}

/// Whether the token after a value is more of it: a reader sometimes cuts a long number
/// in two ("G-2025-1 18549"). It is when it is a bit of number itself and stands close
/// (less than a letter's height away); the two are then joined, but not sure.
fn continues(line: &TokenLine, value_at: usize) -> Option<String> {
    let value = line.tokens.get(value_at)?;
    let next = line.tokens.get(value_at + 1)?;
    let bit = trimmed(&next.original);
    let digits = bit.chars().filter(char::is_ascii_digit).count();
    if bit.is_empty()
        || digits == 0
        || !bit.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        || value.original.ends_with([':', ',', ';'])
    {
        return None;
    }
    let (Some(a), Some(b)) = (value.bbox, next.bbox) else {
        return None;
    };
    let gap = i64::from(b.left) - i64::from(a.right());
    (gap < i64::from(a.height.max(b.height))).then_some(bit)
}

/// The value after a label at `at` in line `n`: on the same line, right after it, or,
/// when the label ends its line, the first word of the next line (a box at the top of a
/// notice: "Member ID" with the number under it).
fn after_label(tokens: &Tokens, n: usize, at: usize, label: &[&str]) -> Option<Found> {
    let line = &tokens.lines[n];
    let mut next = at + label.len();
    // The label must be one ("Member ID:", "Member ID #", "Member ID"): a colon or "#"
    // on its last word or alone after it, or the value right after.
    while line.tokens.get(next).is_some_and(|t| t.norm.is_empty()) {
        next += 1;
    }
    let (value_line, value_at) = match line.tokens.get(next) {
        Some(_) => (n, next),
        None => {
            let under = tokens.lines.get(n + 1)?;
            if under.page != line.page {
                return None;
            }
            (n + 1, 0)
        }
    };
    let holder = &tokens.lines[value_line];
    let mut value = trimmed(&holder.tokens.get(value_at)?.original);
    if !looks_like_number(&value) {
        return None;
    }
    let mut whole = !has_look_alike(&value) && !may_end_in_letter(&value);
    if let Some(more) = continues(holder, value_at) {
        value.push_str(&more);
        whole = false;
    }
    Some(Found {
        label_line: n,
        label: at..at + label.len(),
        value_line,
        value_at,
        value,
        whole,
    })
}

fn labelled(tokens: &Tokens, labels: &[&[&str]], finding: Finding) -> Option<Suggestion> {
    let mut found: Vec<Found> = Vec::new();
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
                if let Some(f) = after_label(tokens, n, at, label) {
                    found.push(f);
                    break 'line;
                }
            }
        }
    }
    let first = found.first()?;
    // The same number everywhere it is labelled, or not sure.
    let agree = found.iter().all(|f| f.value == first.value);
    let same_line = first.label_line == first.value_line;
    let mut s = suggestion(
        tokens,
        first.value_line,
        first.value_at..first.value_at + 1,
        same_line.then(|| first.label.clone()),
        finding,
        Value::Text(first.value.clone()),
        agree && first.whole,
    );
    // A number under its label: the crop shows both.
    if !same_line {
        let label_area = first
            .label
            .clone()
            .filter_map(|i| tokens.lines[first.label_line].tokens.get(i))
            .filter_map(|t| t.bbox)
            .reduce(|a, b| a.union(&b));
        s.evidence.area = match (s.evidence.area, label_area) {
            (Some(a), Some(b)) => Some(a.union(&b)),
            (a, b) => a.or(b),
        };
    }
    Some(s)
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
    fn a_number_under_its_label_is_read() {
        let s = read(
            "Member ID:\nW123456789\nCase Number: 2026-118842",
            Finding::MemberId,
        );
        assert_eq!(text_of(s).as_deref(), Some("W123456789"));
        // A label at the end of the page's last line has nothing under it.
        assert_eq!(read("Member ID:", Finding::MemberId), None);
        // The next line starting with words is no number.
        assert_eq!(
            read("Member ID:\nCase Number: 2026-118842", Finding::MemberId),
            None
        );
    }

    #[test]
    fn look_alike_letters_and_digits_side_by_side_are_not_sure() {
        for (text, sure) in [
            ("Member ID: W394467", true),
            ("Member ID: 3370011040", true),
            ("Member ID: XEA-55012", true),
            ("Member ID: P0123456", false),
            ("Member ID: XI234567", false),
            ("Member ID: 1150O01110", false),
            ("Member ID: 9123456B", false),
            // Nine digits ending in one that looks like a letter: a Medi-Cal ID's
            // letter may have been read as a digit.
            ("Member ID: 115400110", false),
            ("Member ID: 912345678", false),
            ("Member ID: 912345679", true),
            ("Member ID: 1154001100", true),
        ] {
            let s = read(text, Finding::MemberId);
            assert_eq!(s.map(|s| s.sure), Some(sure), "{text}");
        }
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
