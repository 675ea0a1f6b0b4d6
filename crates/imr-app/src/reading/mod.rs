//! Reading the plan's letters for the person: each page of a denial letter, a plan's
//! decision or a doctor's letter is read (a text PDF's own text, a photo or scan page by
//! text recognition on this computer), kept with the case (sealed when the case is
//! protected, carried by the clinic handoff), and what it suggests is offered beside
//! the question it answers, with the crop of the page it was read from. Nothing goes
//! into an answer until the person accepts it (as read, or as they edited it).
//!
//! Kept per document copy: `reading/<copy name>.json`.

use base64::Engine as _;
use chrono::NaiveDate;
use imr_case::form::{ids, DocumentKind, FieldKind};
use imr_i18n::{Lang, Message};
use imr_ocr::{Finding, PageText, Problem, Suggestion, Value};
use imr_packet::reading::{crop_png, page_for_reading, PageForReading};
use imr_packet::{prepare, Limits};
use serde::{Deserialize, Serialize};

use crate::store::{reading_file, CaseStore};
use crate::{AppError, Code};

/// Version of a kept reading. An older app refuses a newer one as newer.
pub const READING_VERSION: u32 = 1;

/// The crop beside a suggestion is at most this many pixels wide.
const CROP_WIDTH: u32 = 900;

/// Whether text recognition is part of this copy of the app (the `ocr` feature).
pub const RECOGNITION_BUILT: bool = cfg!(feature = "ocr");

/// Where a suggestion stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Offered, not yet answered.
    Offered,
    /// Put into the answers (as read or as edited).
    Accepted,
    /// Left out.
    Ignored,
}

/// A suggestion as kept: what was read, the question it answers, its crop.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Kept {
    #[serde(flatten)]
    suggestion: Suggestion,
    /// The question it answers.
    field: String,
    status: Status,
    /// The crop of the page, a PNG.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    crop: Option<String>,
}

/// A document's reading as kept.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Reading {
    schema_version: u32,
    /// Each page's words; `None` for a page that could not be read.
    pub(crate) pages: Vec<Option<PageText>>,
    suggestions: Vec<Kept>,
    /// Photo or scan pages were left unread: recognition is not here.
    #[serde(default)]
    pictures_unread: bool,
}

/// Where reading a document is, for a progress bar.
#[derive(Debug, Clone, Serialize)]
pub struct ReadingProgress {
    pub done: usize,
    pub total: usize,
    /// "Reading page 2 of 3…"
    pub text: String,
}

/// One suggestion, worded for the window.
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
    /// Whether it has been read.
    pub read: bool,
    pub heading: String,
    /// A plain note: recognition missing, nothing found, pages not read.
    pub note: Option<String>,
    pub suggestions: Vec<SuggestionView>,
}

/// The kinds of document that are read.
pub fn is_readable(kind: DocumentKind) -> bool {
    matches!(
        kind,
        DocumentKind::DenialLetter | DocumentKind::GrievanceDecision | DocumentKind::DoctorLetter
    )
}

/// The question a finding answers in a document of `kind`, if any. A denial letter's
/// date is the denial's; a decision's date (its own, or the one it says it decided on)
/// the grievance decision's. A doctor's letter suggests nothing: it is read for the
/// packet's text layer only.
fn field_for(kind: DocumentKind, finding: Finding) -> Option<&'static str> {
    use DocumentKind::*;
    use Finding::*;
    match (kind, finding) {
        (DoctorLetter, _) => None,
        (DenialLetter, LetterDate) => Some(ids::PROBLEM_DENIAL_DATE),
        (GrievanceDecision, LetterDate | DecisionDate) => Some(ids::GRIEVANCE_DECISION_DATE),
        (GrievanceDecision, Reference) => Some(ids::GRIEVANCE_REFERENCE),
        (_, MemberId) => Some(ids::PLAN_MEMBER_ID),
        (_, PlanName) => Some(ids::PLAN_NAME),
        (_, Service) => Some(ids::PROBLEM_TREATMENT),
        (_, Problem) => Some(ids::PROBLEM_TYPE),
        _ => None,
    }
}

/// The answer value of the problem type a letter's words suggest.
pub(crate) fn problem_value(problem: Problem) -> &'static str {
    match problem {
        Problem::NotMedicallyNecessary => "medical_necessity",
        Problem::Experimental => "experimental",
        Problem::EmergencyPayment => "emergency_payment",
    }
}

/// A document's pages as read.
struct ReadPages {
    /// Each page's words.
    pages: Vec<Option<PageText>>,
    /// Each page's picture, when it was one (for the crops).
    pictures: Vec<Option<image::GrayImage>>,
    /// Picture pages were left unread: no recognizer here.
    unread: bool,
}

/// Reads every page of a document.
fn read_pages(
    bytes: &[u8],
    lang: Lang,
    progress: &mut dyn FnMut(ReadingProgress),
) -> Result<ReadPages, AppError> {
    let prepared = prepare(bytes.to_vec(), &Limits::default())
        .map_err(|e| AppError::localized(Code::BadDocument, e.message()))?;
    let total = prepared.page_count();
    let mut engine: Option<Result<imr_ocr::engine::Engine, imr_ocr::engine::EngineError>> = None;
    let mut pages = Vec::with_capacity(total);
    let mut pictures = Vec::with_capacity(total);
    let mut unread = false;
    for index in 0..total {
        progress(ReadingProgress {
            done: index,
            total,
            text: imr_i18n::text(
                lang,
                "reading-progress",
                &[("page", (index + 1).into()), ("total", total.into())],
            ),
        });
        match page_for_reading(&prepared, bytes, index) {
            Ok(PageForReading::Text(text)) => {
                pages.push(Some(PageText::embedded(&text)));
                pictures.push(None);
            }
            Ok(PageForReading::Picture { grey, dpi }) => {
                let engine = engine.get_or_insert_with(imr_ocr::engine::Engine::new);
                match engine {
                    Ok(engine) => {
                        let (w, h) = grey.dimensions();
                        pages.push(engine.read(grey.as_raw(), w, h, dpi).ok());
                    }
                    Err(_) => {
                        unread = true;
                        pages.push(None);
                    }
                }
                pictures.push(Some(grey));
            }
            Err(_) => {
                pages.push(None);
                pictures.push(None);
            }
        }
    }
    progress(ReadingProgress {
        done: total,
        total,
        text: imr_i18n::text(lang, "reading-done", &[]),
    });
    Ok(ReadPages {
        pages,
        pictures,
        unread,
    })
}

/// The kept reading of document copy `path`, if any.
pub(crate) fn kept_reading(store: &CaseStore, id: &str, path: &str) -> Option<Reading> {
    let bytes = store.read_case_bytes(id, &reading_file(path)).ok()?;
    let reading: Reading = serde_json::from_slice(&bytes).ok()?;
    (reading.schema_version <= READING_VERSION).then_some(reading)
}

/// The words recognized on each photo or scan page of copy `path`, for the packet's
/// text layer (a text PDF's pages have their own text: `None`).
pub(crate) fn recognized_text(store: &CaseStore, id: &str, path: &str) -> Vec<Option<PageText>> {
    kept_reading(store, id, path)
        .map(|r| {
            r.pages
                .into_iter()
                .map(|p| p.filter(|p| p.source == imr_ocr::TextSource::Recognized))
                .collect()
        })
        .unwrap_or_default()
}

fn keep_reading(
    store: &CaseStore,
    id: &str,
    path: &str,
    reading: &Reading,
) -> Result<(), AppError> {
    let dir = store.case_dir(id)?;
    std::fs::create_dir_all(dir.join("reading"))
        .map_err(|e| AppError::storage("making the reading folder", &e))?;
    let json =
        serde_json::to_vec(reading).map_err(|e| AppError::new(Code::Invalid, e.to_string()))?;
    store.write_case_bytes(id, &reading_file(path), &json)
}

/// Reads document `index` of case `id` and keeps what was read.
pub(crate) fn read(
    store: &CaseStore,
    id: &str,
    index: usize,
    context: &imr_ocr::Context,
    lang: Lang,
    progress: &mut dyn FnMut(ReadingProgress),
) -> Result<(), AppError> {
    let case = store.load(id)?;
    let entry = case
        .file
        .documents
        .get(index)
        .cloned()
        .ok_or_else(|| AppError::text(Code::Invalid, "app-no-such-document", &[]))?;
    if !is_readable(entry.kind) {
        return Ok(());
    }
    let bytes = store
        .read_case_bytes(id, &entry.path)
        .map_err(|e| e.into_app(&entry.path))?;
    let ReadPages {
        pages,
        pictures,
        unread,
    } = read_pages(&bytes, lang, progress)?;
    let read: Vec<PageText> = pages.iter().flatten().cloned().collect();
    // Page numbers of the read pages, to find a suggestion's picture.
    let numbers: Vec<usize> = pages
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.as_ref().map(|_| i))
        .collect();
    let mut suggestions = Vec::new();
    for mut s in imr_ocr::suggest(&read, context) {
        let Some(field) = field_for(entry.kind, s.finding) else {
            continue;
        };
        s.evidence.page = numbers.get(s.evidence.page).copied().unwrap_or(0);
        let crop = pictures
            .get(s.evidence.page)
            .and_then(Option::as_ref)
            .and_then(|grey| {
                let area = s.evidence.area?;
                let margin = grey.width() / 40;
                let b = area.padded(margin, grey.width(), grey.height());
                crop_png(grey, b.left, b.top, b.width, b.height, CROP_WIDTH).ok()
            })
            .map(|png| base64::engine::general_purpose::STANDARD.encode(png));
        // One suggestion a question: a decision's own date before the one it names.
        if suggestions.iter().any(|k: &Kept| k.field == field) {
            continue;
        }
        suggestions.push(Kept {
            suggestion: s,
            field: field.to_string(),
            status: Status::Offered,
            crop,
        });
    }
    let reading = Reading {
        schema_version: READING_VERSION,
        pages,
        suggestions,
        pictures_unread: unread,
    };
    keep_reading(store, id, &entry.path, &reading)
}

/// Sets where suggestion `finding` of document `index` stands.
fn set_status(
    store: &CaseStore,
    id: &str,
    path: &str,
    finding: Finding,
    status: Status,
) -> Result<Kept, AppError> {
    let mut reading = kept_reading(store, id, path)
        .ok_or_else(|| AppError::text(Code::Invalid, "reading-no-suggestion", &[]))?;
    let kept = reading
        .suggestions
        .iter_mut()
        .find(|k| k.suggestion.finding == finding)
        .ok_or_else(|| AppError::text(Code::Invalid, "reading-no-suggestion", &[]))?;
    kept.status = status;
    let kept = kept.clone();
    keep_reading(store, id, path, &reading)?;
    Ok(kept)
}

/// Puts suggestion `finding` of document `index` into the answers, as the person
/// confirmed it (`typed`: the value as read, a chosen reading, or their edit).
pub(crate) fn accept(
    store: &CaseStore,
    id: &str,
    index: usize,
    finding: Finding,
    typed: &str,
    lang: Lang,
    now: chrono::NaiveDateTime,
) -> Result<(), AppError> {
    let case = store.load(id)?;
    let entry = case
        .file
        .documents
        .get(index)
        .cloned()
        .ok_or_else(|| AppError::text(Code::Invalid, "app-no-such-document", &[]))?;
    let reading = kept_reading(store, id, &entry.path)
        .ok_or_else(|| AppError::text(Code::Invalid, "reading-no-suggestion", &[]))?;
    let kept = reading
        .suggestions
        .iter()
        .find(|k| k.suggestion.finding == finding)
        .ok_or_else(|| AppError::text(Code::Invalid, "reading-no-suggestion", &[]))?;
    let field = crate::localize::field_in(lang, &kept.field)
        .ok_or_else(|| AppError::text(Code::Invalid, "reading-no-suggestion", &[]))?;
    let answer = answer_from(field, typed, lang)?;
    // Straight into the answers, like a page saved, but no page was left: the
    // "continue where you left off" page stays as it was.
    let mut case = store.load(id)?;
    case.file.answers.insert(kept.field.clone(), answer);
    case.state.updated = now;
    store.save(&case)?;
    set_status(store, id, &entry.path, finding, Status::Accepted)?;
    Ok(())
}

/// Leaves suggestion `finding` of document `index` out; nothing else changes.
pub(crate) fn ignore(
    store: &CaseStore,
    id: &str,
    index: usize,
    finding: Finding,
) -> Result<(), AppError> {
    let case = store.load(id)?;
    let entry = case
        .file
        .documents
        .get(index)
        .ok_or_else(|| AppError::text(Code::Invalid, "app-no-such-document", &[]))?;
    set_status(store, id, &entry.path, finding, Status::Ignored)?;
    Ok(())
}

/// What was read in document `index`, worded in `lang`.
pub(crate) fn view(
    store: &CaseStore,
    id: &str,
    index: usize,
    lang: Lang,
) -> Result<ReadingView, AppError> {
    let case = store.load(id)?;
    let entry = case
        .file
        .documents
        .get(index)
        .ok_or_else(|| AppError::text(Code::Invalid, "app-no-such-document", &[]))?;
    let say = |id: &str| imr_i18n::text(lang, id, &[]);
    let readable = is_readable(entry.kind);
    let heading = say("reading-heading");
    let Some(reading) = readable
        .then(|| kept_reading(store, id, &entry.path))
        .flatten()
    else {
        return Ok(ReadingView {
            index,
            readable,
            read: false,
            heading,
            note: readable.then(|| say("reading-not-read")),
            suggestions: Vec::new(),
        });
    };
    let reader = crate::localize::Reader::of(&case.file.answers);
    let suggestions: Vec<SuggestionView> = reading
        .suggestions
        .iter()
        .filter_map(|k| {
            suggestion_view(
                k,
                lang,
                reader,
                case.file.answers.get(&k.field).map(String::as_str),
            )
        })
        .collect();
    let note = if reading.pictures_unread {
        Some(if RECOGNITION_BUILT {
            say("reading-no-recognizer")
        } else {
            say("reading-not-built")
        })
    } else if suggestions.is_empty() && entry.kind != DocumentKind::DoctorLetter {
        Some(say("reading-nothing-found"))
    } else if entry.kind == DocumentKind::DoctorLetter {
        Some(say("reading-doctor-letter"))
    } else {
        None
    };
    Ok(ReadingView {
        index,
        readable,
        read: true,
        heading,
        note,
        suggestions,
    })
}

/// The answer to keep from what the person confirmed: a date typed month first, a
/// choice's value, or text within the question's length.
fn answer_from(field: &imr_case::Field, typed: &str, lang: Lang) -> Result<String, AppError> {
    let typed = typed.trim();
    let name = Message::new(crate::localize::field_message_id(field.id));
    match &field.kind {
        FieldKind::Date => crate::documents::read_document_date(typed)
            .map_err(|e| e.on_field(crate::Field::Suggestion))?
            .map(|d| d.format("%Y-%m-%d").to_string())
            .ok_or_else(|| {
                AppError::localized(
                    Code::Invalid,
                    Message::new("reading-empty").with("name", name),
                )
                .on_field(crate::Field::Suggestion)
            }),
        FieldKind::Choice(options) => options
            .iter()
            .find(|o| o.value == typed)
            .map(|o| o.value.to_string())
            .ok_or_else(|| AppError::text(Code::Invalid, "reading-no-suggestion", &[])),
        _ => {
            if typed.is_empty() {
                return Err(AppError::localized(
                    Code::Invalid,
                    Message::new("reading-empty").with("name", name),
                )
                .on_field(crate::Field::Suggestion));
            }
            if let Some(max) = field.max_len {
                if typed.chars().count() > max {
                    return Err(AppError::localized(
                        Code::Invalid,
                        Message::new("reading-too-long").with("max", max),
                    )
                    .on_field(crate::Field::Suggestion));
                }
            }
            let _ = lang;
            Ok(typed.to_string())
        }
    }
}

fn typed_date(date: NaiveDate) -> String {
    imr_case::form_date(date)
}

fn suggestion_view(
    kept: &Kept,
    lang: Lang,
    reader: crate::localize::Reader,
    current: Option<&str>,
) -> Option<SuggestionView> {
    let field = crate::localize::field_for(lang, reader, &kept.field)?;
    let s = &kept.suggestion;
    let long = |d: NaiveDate| crate::localize::long_date(lang, d);
    let (written, typed, choices, kind) = match &s.value {
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
                Choice {
                    typed: typed_date(*month_first),
                    written: long(*month_first),
                },
                Choice {
                    typed: typed_date(*day_first),
                    written: long(*day_first),
                },
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
    };
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
    let already = current.is_some_and(|c| {
        c == typed
            || (kind == "date"
                && imr_case::dates::parse_iso_date(c).is_some_and(|d| typed_date(d) == typed))
    });
    let status_text = match kept.status {
        Status::Accepted => Some(imr_i18n::text(lang, "reading-accepted", &[])),
        Status::Ignored => Some(imr_i18n::text(lang, "reading-ignored", &[])),
        Status::Offered if already => Some(imr_i18n::text(lang, "reading-already", &[])),
        Status::Offered => None,
    };
    let page = s.evidence.page + 1;
    let crop_alt = imr_i18n::text(
        lang,
        "reading-crop-alt",
        &[("page", page.into()), ("line", s.line.as_str().into())],
    );
    let sure = s.sure && choices.is_empty();
    Some(SuggestionView {
        finding: s.finding,
        field: kept.field.clone(),
        question: field.label.to_string(),
        written,
        typed,
        choices,
        crop: kept
            .crop
            .as_deref()
            .map(|b64| format!("data:image/png;base64,{b64}")),
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
