//! What was read, worded for the window: a letter's reading panel on the documents
//! page ([`ReadingView`]), and the suggestions shown under the question they answer in
//! the wizard ([`FieldSuggestion`]), with what each button puts in the question's boxes.

use chrono::NaiveDate;
use imr_case::case::{Answers, DocumentEntry};
use imr_case::form::{DocumentKind, FieldKind};
use imr_i18n::Lang;
use imr_ocr::{Finding, Value};
use serde::Serialize;

use super::{is_readable, problem_value, Kept, Reading, Status, RECOGNITION_BUILT};
use crate::localize::Reader;
use crate::screens::{FieldSuggestion, Fill, Use};

/// One suggestion, worded for the documents page.
#[derive(Debug, Clone, Serialize)]
pub struct SuggestionView {
    pub finding: Finding,
    /// The question's id and its words, as the wizard asks it.
    pub field: String,
    pub question: String,
    /// What was read, written out ("January 20, 2026", "Not medically necessary").
    pub written: String,
    /// What goes into the answer box to edit it, as the person types it
    /// ("01/20/2026"); for a choice, its value.
    pub typed: String,
    /// A date that reads two ways: the two readings, for the person to choose.
    pub choices: Vec<Choice>,
    /// `data:image/png;base64,…`: the part of the page it was read from.
    pub crop: Option<String>,
    pub crop_alt: String,
    /// Read clearly: offered as read. Otherwise `check` asks to compare with the picture.
    pub sure: bool,
    pub check: Option<String>,
    pub status: Status,
    /// "Added to your answers." / "Ignored."
    pub status_text: Option<String>,
    /// The answer the case has now, when there is one and it differs.
    pub current: Option<String>,
    /// Whether the answer is typed as a date (month first) or chosen.
    pub kind: &'static str,
    /// `written` is the letter's own words (a plan's or a service's name), in whatever
    /// language the letter is written: the window marks it as of unknown language
    /// (`lang=""`), so a screen reader does not read English words as Spanish ones.
    pub quoted: bool,
}

/// A reading of a date the person can choose.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub typed: String,
    pub written: String,
}

/// What was read in a document, worded.
#[derive(Debug, Clone, Serialize)]
pub struct ReadingView {
    pub index: usize,
    /// Whether this kind of document is read at all.
    pub readable: bool,
    /// Whether it has been read, as its pages are now.
    pub read: bool,
    /// It was read, but its pages were changed since (turned, cropped, blacked out,
    /// left out): it must be read again, and suggests nothing until then.
    pub stale: bool,
    pub heading: String,
    /// A plain note: recognition missing, nothing found, pages not read or changed.
    pub note: Option<String>,
    pub suggestions: Vec<SuggestionView>,
}

fn typed_date(date: NaiveDate) -> String {
    imr_case::form_date(date)
}

/// The reading panel of document `index` (`entry`), from its kept reading.
pub(super) fn reading_view(
    index: usize,
    entry: &DocumentEntry,
    kept: Option<Reading>,
    answers: &Answers,
    lang: Lang,
) -> ReadingView {
    let say = |id: &str| imr_i18n::text(lang, id, &[]);
    let readable = is_readable(entry.kind);
    let heading = say("reading-heading");
    let unread = |stale: bool| ReadingView {
        index,
        readable,
        read: false,
        stale,
        heading: heading.clone(),
        note: readable.then(|| {
            if stale {
                say("reading-stale")
            } else {
                say("reading-not-read")
            }
        }),
        suggestions: Vec::new(),
    };
    let Some(reading) = kept else {
        return unread(false);
    };
    if !reading.follows(entry) {
        return unread(true);
    }
    let reader = Reader::of(answers);
    let suggestions: Vec<SuggestionView> = reading
        .suggestions
        .iter()
        .filter_map(|k| suggestion_view(k, lang, reader, answers.get(&k.field).map(String::as_str)))
        .collect();
    let note = if reading.pictures_unread {
        Some(if RECOGNITION_BUILT {
            say("reading-no-recognizer")
        } else {
            say("reading-not-built")
        })
    } else if entry.kind == DocumentKind::DoctorLetter {
        Some(say("reading-doctor-letter"))
    } else if suggestions.is_empty() {
        Some(say("reading-nothing-found"))
    } else {
        None
    };
    ReadingView {
        index,
        readable,
        read: true,
        stale: false,
        heading,
        note,
        suggestions,
    }
}

/// What was read, written out; what is typed to edit it; the two readings of a
/// two-way date; and whether it is a date, a text or a choice.
fn value_words(
    kept: &Kept,
    field: &imr_case::Field,
    lang: Lang,
) -> (String, String, Vec<(NaiveDate, String)>, &'static str) {
    let long = |d: NaiveDate| crate::localize::long_date(lang, d);
    match &kept.suggestion.value {
        Value::Date(d) => (long(*d), typed_date(*d), Vec::new(), "date"),
        Value::EitherDate {
            month_first,
            day_first,
        } => (
            imr_i18n::text(
                lang,
                "reading-either-date",
                &[
                    ("first", long(*month_first).as_str().into()),
                    ("second", long(*day_first).as_str().into()),
                ],
            ),
            String::new(),
            vec![
                (*month_first, long(*month_first)),
                (*day_first, long(*day_first)),
            ],
            "date",
        ),
        Value::Text(t) => (t.clone(), t.clone(), Vec::new(), "text"),
        Value::Problem(p) => {
            let value = problem_value(*p);
            let label = match &field.kind {
                FieldKind::Choice(options) => options
                    .iter()
                    .find(|o| o.value == value)
                    .map(|o| o.label.to_string())
                    .unwrap_or_default(),
                _ => String::new(),
            };
            (label, value.to_string(), Vec::new(), "choice")
        }
    }
}

fn crop_words(kept: &Kept, lang: Lang) -> (Option<String>, String) {
    let s = &kept.suggestion;
    let page = s.evidence.page + 1;
    let alt = imr_i18n::text(
        lang,
        "reading-crop-alt",
        &[("page", page.into()), ("line", s.line.as_str().into())],
    );
    let crop = kept
        .crop
        .as_deref()
        .map(|b64| format!("data:image/png;base64,{b64}"));
    (crop, alt)
}

fn suggestion_view(
    kept: &Kept,
    lang: Lang,
    reader: Reader,
    current: Option<&str>,
) -> Option<SuggestionView> {
    let field = crate::localize::field_for(lang, reader, &kept.field)?;
    let s = &kept.suggestion;
    let long = |d: NaiveDate| crate::localize::long_date(lang, d);
    let (written, typed, readings, kind) = value_words(kept, field, lang);
    let choices: Vec<Choice> = readings
        .into_iter()
        .map(|(d, written)| Choice {
            typed: typed_date(d),
            written,
        })
        .collect();
    let current_words =
        current
            .filter(|c| *c != typed && *c != written)
            .map(|c| match &field.kind {
                FieldKind::Date => imr_case::dates::parse_iso_date(c).map_or(c.to_string(), long),
                FieldKind::Choice(options) => options
                    .iter()
                    .find(|o| o.value == c)
                    .map_or(c.to_string(), |o| o.label.to_string()),
                _ => c.to_string(),
            });
    let already = choices.is_empty() && kept.is_answer(current);
    let status_text = match kept.status {
        Status::Accepted => Some(imr_i18n::text(lang, "reading-accepted", &[])),
        Status::Ignored => Some(imr_i18n::text(lang, "reading-ignored", &[])),
        Status::Offered if already => Some(imr_i18n::text(lang, "reading-already", &[])),
        Status::Offered => None,
    };
    let (crop, crop_alt) = crop_words(kept, lang);
    let sure = s.sure && choices.is_empty();
    Some(SuggestionView {
        finding: s.finding,
        field: kept.field.clone(),
        question: field.label.to_string(),
        written,
        typed,
        choices,
        crop,
        crop_alt,
        sure,
        check: (!s.sure).then(|| imr_i18n::text(lang, "reading-check", &[])),
        status: kept.status,
        status_text,
        current: current_words
            .map(|c| imr_i18n::text(lang, "reading-current", &[("answer", c.as_str().into())])),
        kind,
        quoted: matches!(s.value, Value::Text(_)),
    })
}

/// The boxes of question `field` that `value` (as the case keeps it) fills: a date's
/// three boxes (month, day, year, as the wizard shows them), or the question's own.
fn fills(field: &imr_case::Field, value: &str, date: Option<NaiveDate>) -> Vec<Fill> {
    use chrono::Datelike;
    match date {
        Some(d) => [
            ("month", d.month().to_string()),
            ("day", d.day().to_string()),
            ("year", d.year().to_string()),
        ]
        .into_iter()
        .map(|(part, value)| Fill {
            name: crate::screens::date_part_key(field.id, part),
            value,
        })
        .collect(),
        None => vec![Fill {
            name: field.id.to_string(),
            value: value.to_string(),
        }],
    }
}

/// Suggestion `kept`, read in `entry`, as the wizard shows it under its question.
pub(super) fn field_suggestion(
    kept: &Kept,
    entry: &DocumentEntry,
    answers: &Answers,
    lang: Lang,
) -> Option<FieldSuggestion> {
    let field = crate::localize::field_for(lang, Reader::of(answers), &kept.field)?;
    let (written, typed, readings, _) = value_words(kept, field, lang);
    let say = |id: &str| imr_i18n::text(lang, id, &[]);
    let title = crate::localize::document_title_in(lang, entry.kind, &entry.title);
    let (crop, crop_alt) = crop_words(kept, lang);
    let (choose, uses) = if readings.is_empty() {
        let date = match &kept.suggestion.value {
            Value::Date(d) => Some(*d),
            _ => None,
        };
        (
            None,
            vec![Use {
                label: say("reading-use"),
                fill: fills(field, &typed, date),
            }],
        )
    } else {
        (
            Some(say("reading-which-date")),
            readings
                .into_iter()
                .map(|(d, written)| Use {
                    label: imr_i18n::text(
                        lang,
                        "reading-use-date",
                        &[("date", written.as_str().into())],
                    ),
                    fill: fills(field, "", Some(d)),
                })
                .collect(),
        )
    };
    let two_way = choose.is_some();
    Some(FieldSuggestion {
        key: kept.key(),
        from: imr_i18n::text(
            lang,
            "reading-field-from",
            &[("title", title.as_str().into())],
        ),
        written,
        quoted: matches!(kept.suggestion.value, Value::Text(_)),
        check: (!kept.suggestion.sure && !two_way).then(|| say("reading-check")),
        crop,
        crop_alt,
        choose,
        uses,
        ignore: say("reading-ignore"),
        filled: say("reading-filled"),
        ignored: say("reading-ignored"),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use imr_case::form::ids;
    use imr_ocr::{Evidence, Suggestion};

    fn kept(value: Value, sure: bool) -> Kept {
        Kept {
            suggestion: Suggestion {
                finding: Finding::LetterDate,
                value,
                evidence: Evidence {
                    page: 0,
                    area: None,
                },
                line: "Date: 03/04/2026".into(),
                sure,
            },
            field: ids::PROBLEM_DENIAL_DATE.into(),
            status: Status::Offered,
            crop: None,
        }
    }

    fn denial_letter() -> DocumentEntry {
        serde_json::from_value(serde_json::json!({
            "kind": "denial_letter",
            "title": "Denial letter",
            "path": "documents/001-letter.jpg",
        }))
        .unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_two_way_date_offers_both_readings_each_with_its_three_boxes() {
        let two_way = kept(
            Value::EitherDate {
                month_first: date(2026, 3, 4),
                day_first: date(2026, 4, 3),
            },
            true,
        );
        let shown =
            field_suggestion(&two_way, &denial_letter(), &Answers::new(), Lang::En).unwrap();
        assert!(shown.choose.is_some());
        // Never "not sure, compare": it is asked instead.
        assert!(shown.check.is_none());
        assert_eq!(shown.uses.len(), 2);
        assert_eq!(shown.uses[0].label, "Use March 4, 2026");
        assert_eq!(shown.uses[1].label, "Use April 3, 2026");
        let boxes = |n: usize| -> Vec<(String, String)> {
            shown.uses[n]
                .fill
                .iter()
                .map(|f| (f.name.clone(), f.value.clone()))
                .collect()
        };
        let key = |part: &str| format!("{}.{part}", ids::PROBLEM_DENIAL_DATE);
        assert_eq!(
            boxes(1),
            vec![
                (key("month"), "4".into()),
                (key("day"), "3".into()),
                (key("year"), "2026".into())
            ]
        );
        assert_eq!(shown.key, "2026-03-04|2026-04-03");
        assert!(shown.from.contains("Denial letter"), "{}", shown.from);
    }

    #[test]
    fn a_date_read_unclearly_asks_to_compare_it_with_the_picture() {
        let unclear = kept(Value::Date(date(2026, 1, 20)), false);
        let shown =
            field_suggestion(&unclear, &denial_letter(), &Answers::new(), Lang::Es).unwrap();
        assert!(shown.check.is_some());
        assert_eq!(shown.written, "20 de enero de 2026");
        assert_eq!(shown.uses.len(), 1);
        assert_eq!(shown.uses[0].fill[0].value, "1");
    }

    #[test]
    fn an_answer_is_a_suggestion_when_it_is_its_value_or_one_of_its_readings() {
        let two_way = kept(
            Value::EitherDate {
                month_first: date(2026, 3, 4),
                day_first: date(2026, 4, 3),
            },
            true,
        );
        assert!(two_way.is_answer(Some("2026-04-03")));
        assert!(two_way.is_answer(Some("2026-03-04")));
        assert!(!two_way.is_answer(Some("2026-03-05")));
        assert!(!two_way.is_answer(None));
        let mut id = kept(Value::Text("W123".into()), true);
        id.field = ids::PLAN_MEMBER_ID.into();
        assert!(id.is_answer(Some(" W123 ")));
        assert!(!id.is_answer(Some("W1234")));
    }
}
