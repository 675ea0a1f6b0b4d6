//! Reading the plan's letters for the person: each page of a denial letter, a plan's
//! decision or a doctor's letter is read (a text PDF's own text, a photo or scan page by
//! text recognition on this computer), kept with the case (sealed when the case is
//! protected, carried by the clinic handoff), and what it suggests is offered beside
//! the question it answers, with the crop of the page it was read from: on the
//! documents page, and under the question itself in the wizard ([`words`]). Nothing
//! goes into an answer until the person accepts it (as read, or as they edited it).
//!
//! The pages are read as the packet carries them: with the person's page edits applied
//! (pages left out are not read, turned and cropped pages are read upright and flat,
//! blacked-out parts are black before anything reads them), so no suggestion, crop or
//! word of the packet's text layer can come from under a box. A reading remembers the
//! edits it followed; once the edits change it is out of date ([`Reading::follows`]):
//! it suggests nothing and gives the packet no words until the letter is read again.
//!
//! Kept per document copy: `reading/<copy name>.json`.

mod words;

use chrono::NaiveDate;
use imr_case::case::{Answers, DocumentEntry, PageEdit};
use imr_case::form::{ids, DocumentKind, FieldKind};
use imr_i18n::{Lang, Message};
use imr_ocr::{Finding, PageText, Problem, Suggestion, Value};
use imr_packet::reading::{crop_png, page_for_reading, PageForReading};
use imr_packet::{apply_edits, prepare, Limits};
use serde::{Deserialize, Serialize};

use crate::store::{reading_file, CaseStore};
use crate::{AppError, Code};

pub use crate::screens::{FieldSuggestion, Fill, Use};
pub use words::{Choice, ReadingView, SuggestionView};

/// Version of a kept reading. An older app refuses a newer one as newer. Version 2
/// records the page edits the pages were read with.
pub const READING_VERSION: u32 = 2;

/// The crop beside a suggestion is at most this many pixels wide.
const CROP_WIDTH: u32 = 900;

/// Whether text recognition is part of this copy of the app (the `ocr` feature).
pub const RECOGNITION_BUILT: bool = cfg!(feature = "ocr");

/// The questions a letter's words can answer.
const ANSWERABLE: [&str; 7] = [
    ids::PROBLEM_DENIAL_DATE,
    ids::GRIEVANCE_DECISION_DATE,
    ids::GRIEVANCE_REFERENCE,
    ids::PLAN_MEMBER_ID,
    ids::PLAN_NAME,
    ids::PROBLEM_TREATMENT,
    ids::PROBLEM_TYPE,
];

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

impl Kept {
    /// The value as one string: what the wizard's "Ignore" names it by.
    fn key(&self) -> String {
        value_key(&self.suggestion.value)
    }

    /// Whether `answer` (as the case keeps it) is this suggestion's value, or one of
    /// the two readings of a two-way date.
    fn is_answer(&self, answer: Option<&str>) -> bool {
        let Some(answer) = answer.map(str::trim).filter(|a| !a.is_empty()) else {
            return false;
        };
        match &self.suggestion.value {
            Value::Date(_) | Value::EitherDate { .. } => imr_case::dates::parse_iso_date(answer)
                .is_some_and(|d| self.suggestion.value.could_be_date(d)),
            Value::Text(t) => t.trim() == answer,
            Value::Problem(p) => problem_value(*p) == answer,
        }
    }
}

fn value_key(value: &Value) -> String {
    let iso = |d: &NaiveDate| d.format("%Y-%m-%d").to_string();
    match value {
        Value::Date(d) => iso(d),
        Value::EitherDate {
            month_first,
            day_first,
        } => format!("{}|{}", iso(month_first), iso(day_first)),
        Value::Text(t) => t.clone(),
        Value::Problem(p) => problem_value(*p).to_string(),
    }
}

/// A document's reading as kept.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Reading {
    schema_version: u32,
    /// How many pages the file has.
    #[serde(default)]
    file_pages: usize,
    /// The pages read, as the packet carries them: which pages of the file, in what
    /// order, turned, cropped and blacked out how. Empty in a reading of version 1,
    /// which read every page of the file as it came.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    edits: Vec<PageEdit>,
    /// Each page's words, page by page as the packet carries them; `None` for a page
    /// that could not be read.
    pub(crate) pages: Vec<Option<PageText>>,
    suggestions: Vec<Kept>,
    /// Photo or scan pages were left unread: recognition is not here.
    #[serde(default)]
    pictures_unread: bool,
}

impl Reading {
    /// Whether it was read with the page edits `entry` has now: only then do its
    /// words and suggestions belong to the pages the packet carries.
    pub(crate) fn follows(&self, entry: &DocumentEntry) -> bool {
        let file_pages = if self.file_pages == 0 {
            self.pages.len()
        } else {
            self.file_pages
        };
        let read_with = if self.edits.is_empty() {
            (1..=file_pages).map(PageEdit::plain).collect()
        } else {
            self.edits.clone()
        };
        entry.page_edits(file_pages) == read_with
    }
}

/// Where reading a document is, for a progress bar.
#[derive(Debug, Clone, Serialize)]
pub struct ReadingProgress {
    pub done: usize,
    pub total: usize,
    /// "Reading page 2 of 3…"
    pub text: String,
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
    file_pages: usize,
    edits: Vec<PageEdit>,
    /// Each page's words.
    pages: Vec<Option<PageText>>,
    /// Each page's picture, when it was one (for the crops).
    pictures: Vec<Option<image::GrayImage>>,
    /// Picture pages were left unread: no recognizer here.
    unread: bool,
}

/// Reads every page of a document as the packet carries it (`entry`'s page edits
/// applied to the file's `bytes`).
fn read_pages(
    bytes: &[u8],
    entry: &DocumentEntry,
    lang: Lang,
    progress: &mut dyn FnMut(ReadingProgress),
) -> Result<ReadPages, AppError> {
    let prepared = prepare(bytes.to_vec(), &Limits::default())
        .map_err(|e| AppError::localized(Code::BadDocument, e.message()))?;
    let file_pages = prepared.page_count();
    let edits = entry.page_edits(file_pages);
    let prepared = match &entry.pages {
        Some(pages) => apply_edits(prepared, pages)
            .map_err(|e| AppError::localized(Code::BadDocument, e.message()))?,
        None => prepared,
    };
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
        match page_for_reading(&prepared, index) {
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
        file_pages,
        edits,
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

/// The kept reading of `entry`, when it follows the entry's page edits.
fn current_reading(store: &CaseStore, id: &str, entry: &DocumentEntry) -> Option<Reading> {
    kept_reading(store, id, &entry.path).filter(|r| r.follows(entry))
}

/// The words recognized on each photo or scan page of `entry`, page by page as the
/// packet carries them, for its text layer (a text PDF's pages have their own text:
/// `None`). Nothing when the pages were edited after they were read.
pub(crate) fn recognized_text(
    store: &CaseStore,
    id: &str,
    entry: &DocumentEntry,
) -> Vec<Option<PageText>> {
    current_reading(store, id, entry)
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
    // Never make the case's folder again: a case deleted while one of its letters was
    // being read stays deleted.
    if !dir.is_dir() {
        return Err(AppError::text(Code::NotFound, "app-case-gone", &[]));
    }
    match std::fs::create_dir(dir.join("reading")) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(AppError::storage("making the reading folder", &e)),
    }
    let json =
        serde_json::to_vec(reading).map_err(|e| AppError::new(Code::Invalid, e.to_string()))?;
    store.write_case_bytes(id, &reading_file(path), &json)
}

/// The document at `index` of case `id`.
fn entry_at(store: &CaseStore, id: &str, index: usize) -> Result<DocumentEntry, AppError> {
    let case = store.load(id)?;
    case.file
        .documents
        .get(index)
        .cloned()
        .ok_or_else(|| AppError::text(Code::Invalid, "app-no-such-document", &[]))
}

/// Reads document `index` of case `id`, as the packet carries its pages, and keeps
/// what was read. What the person already accepted or ignored in an earlier reading of
/// it (the same value for the same question) stays accepted or ignored.
pub(crate) fn read(
    store: &CaseStore,
    id: &str,
    index: usize,
    context: &imr_ocr::Context,
    lang: Lang,
    progress: &mut dyn FnMut(ReadingProgress),
) -> Result<(), AppError> {
    let entry = entry_at(store, id, index)?;
    if !is_readable(entry.kind) {
        return Ok(());
    }
    let bytes = store
        .read_case_bytes(id, &entry.path)
        .map_err(|e| e.into_app(&entry.path))?;
    let ReadPages {
        file_pages,
        edits,
        pages,
        pictures,
        unread,
    } = read_pages(&bytes, &entry, lang, progress)?;
    let read: Vec<PageText> = pages.iter().flatten().cloned().collect();
    // Page numbers of the read pages, to find a suggestion's picture.
    let numbers: Vec<usize> = pages
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.as_ref().map(|_| i))
        .collect();
    let before = kept_reading(store, id, &entry.path);
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
            .map(|png| {
                use base64::Engine as _;
                base64::engine::general_purpose::STANDARD.encode(png)
            });
        // One suggestion a question: a decision's own date before the one it names.
        if suggestions.iter().any(|k: &Kept| k.field == field) {
            continue;
        }
        let mut kept = Kept {
            suggestion: s,
            field: field.to_string(),
            status: Status::Offered,
            crop,
        };
        if let Some(old) = before.as_ref().and_then(|b| {
            b.suggestions
                .iter()
                .find(|o| o.field == kept.field && o.key() == kept.key())
        }) {
            kept.status = old.status;
        }
        suggestions.push(kept);
    }
    let reading = Reading {
        schema_version: READING_VERSION,
        file_pages,
        edits,
        pages,
        suggestions,
        pictures_unread: unread,
    };
    // The document may have gone while it was read (removed, replaced by another file,
    // or its copy renamed when the case was protected): then what was read is dropped.
    let still_there = store
        .load(id)?
        .file
        .documents
        .iter()
        .any(|d| d.path == entry.path);
    if !still_there {
        return Err(AppError::text(Code::Invalid, "reading-document-gone", &[]));
    }
    keep_reading(store, id, &entry.path, &reading)
}

/// Sets where suggestion `finding` of document copy `path` stands.
fn set_status(
    store: &CaseStore,
    id: &str,
    entry: &DocumentEntry,
    finding: Finding,
    status: Status,
) -> Result<Kept, AppError> {
    let mut reading = current_reading(store, id, entry)
        .ok_or_else(|| AppError::text(Code::Invalid, "reading-no-suggestion", &[]))?;
    let kept = reading
        .suggestions
        .iter_mut()
        .find(|k| k.suggestion.finding == finding)
        .ok_or_else(|| AppError::text(Code::Invalid, "reading-no-suggestion", &[]))?;
    kept.status = status;
    let kept = kept.clone();
    keep_reading(store, id, &entry.path, &reading)?;
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
    let entry = entry_at(store, id, index)?;
    let reading = current_reading(store, id, &entry)
        .ok_or_else(|| AppError::text(Code::Invalid, "reading-no-suggestion", &[]))?;
    let kept = reading
        .suggestions
        .iter()
        .find(|k| k.suggestion.finding == finding)
        .ok_or_else(|| AppError::text(Code::Invalid, "reading-no-suggestion", &[]))?;
    let field = crate::localize::field_in(lang, &kept.field)
        .ok_or_else(|| AppError::text(Code::Invalid, "reading-no-suggestion", &[]))?;
    let answer = answer_from(field, typed)?;
    // Straight into the answers, like a page saved, but no page was left: the
    // "continue where you left off" page stays as it was.
    let mut case = store.load(id)?;
    case.file.answers.insert(kept.field.clone(), answer);
    case.state.updated = now;
    store.save(&case)?;
    set_status(store, id, &entry, finding, Status::Accepted)?;
    Ok(())
}

/// Leaves suggestion `finding` of document `index` out; nothing else changes.
pub(crate) fn ignore(
    store: &CaseStore,
    id: &str,
    index: usize,
    finding: Finding,
) -> Result<(), AppError> {
    let entry = entry_at(store, id, index)?;
    set_status(store, id, &entry, finding, Status::Ignored)?;
    Ok(())
}

/// Changes, in every current reading of case `id`, the offered suggestions that
/// `change` picks: each reading with a change is written back.
fn change_offered(
    store: &CaseStore,
    id: &str,
    mut change: impl FnMut(&Kept) -> Option<Status>,
) -> Result<usize, AppError> {
    let case = store.load(id)?;
    let mut changed = 0;
    for entry in case.file.documents.iter().filter(|e| is_readable(e.kind)) {
        let Some(mut reading) = current_reading(store, id, entry) else {
            continue;
        };
        let mut any = false;
        for kept in reading
            .suggestions
            .iter_mut()
            .filter(|k| k.status == Status::Offered)
        {
            if let Some(status) = change(kept) {
                kept.status = status;
                any = true;
                changed += 1;
            }
        }
        if any {
            keep_reading(store, id, &entry.path, &reading)?;
        }
    }
    Ok(changed)
}

/// Leaves out, in every letter of case `id`, the offered suggestion of `value_key` for
/// question `field`: the wizard's "Ignore" (the same value read in two letters is
/// offered once, and ignored once). Nothing else changes.
pub(crate) fn ignore_for_field(
    store: &CaseStore,
    id: &str,
    field: &str,
    value_key: &str,
) -> Result<(), AppError> {
    let changed = change_offered(store, id, |k| {
        (k.field == field && k.key() == value_key).then_some(Status::Ignored)
    })?;
    if changed == 0 {
        return Err(AppError::text(Code::Invalid, "reading-no-suggestion", &[]));
    }
    Ok(())
}

/// After a page of questions `fields` is saved with `answers`: an offered suggestion
/// for one of them that is now the answer (put in with "Use this" and kept, or typed
/// the same) is accepted, and no longer offered. One that differs stays offered until
/// the person uses or ignores it: only a click settles it.
pub(crate) fn settle(
    store: &CaseStore,
    id: &str,
    fields: &[&str],
    answers: &Answers,
) -> Result<(), AppError> {
    if !fields.iter().any(|f| ANSWERABLE.contains(f)) {
        return Ok(());
    }
    change_offered(store, id, |k| {
        (fields.contains(&k.field.as_str())
            && k.is_answer(answers.get(&k.field).map(String::as_str)))
        .then_some(Status::Accepted)
    })?;
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
    let kept = is_readable(entry.kind)
        .then(|| kept_reading(store, id, &entry.path))
        .flatten();
    Ok(words::reading_view(
        index,
        entry,
        kept,
        &case.file.answers,
        lang,
    ))
}

/// The suggestions waiting for an answer, for each question of `fields`: from every
/// letter of case `id` whose reading follows its pages, offered, and not the answer
/// already; the same value read in two letters once.
pub(crate) fn for_fields(
    store: &CaseStore,
    id: &str,
    documents: &[DocumentEntry],
    answers: &Answers,
    fields: &[&str],
    lang: Lang,
) -> Vec<(String, Vec<FieldSuggestion>)> {
    let wanted: Vec<&str> = fields
        .iter()
        .copied()
        .filter(|f| ANSWERABLE.contains(f))
        .collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<(String, Vec<FieldSuggestion>)> = Vec::new();
    let mut seen: Vec<(String, String)> = Vec::new();
    for entry in documents.iter().filter(|e| is_readable(e.kind)) {
        let Some(reading) = current_reading(store, id, entry) else {
            continue;
        };
        for kept in &reading.suggestions {
            if kept.status != Status::Offered
                || !wanted.contains(&kept.field.as_str())
                || kept.is_answer(answers.get(&kept.field).map(String::as_str))
            {
                continue;
            }
            let key = (kept.field.clone(), kept.key());
            if seen.contains(&key) {
                continue;
            }
            let Some(shown) = words::field_suggestion(kept, entry, answers, lang) else {
                continue;
            };
            seen.push(key);
            match out.iter_mut().find(|(f, _)| *f == kept.field) {
                Some((_, list)) => list.push(shown),
                None => out.push((kept.field.clone(), vec![shown])),
            }
        }
    }
    out
}

/// Puts under each question of `view` (a page of the wizard for case `file`) the
/// suggestions waiting for its answer ([`for_fields`]).
pub(crate) fn offer_on(
    store: &CaseStore,
    id: &str,
    file: &imr_case::case::CaseFile,
    view: &mut crate::screens::ScreenView,
    lang: Lang,
) {
    let fields: Vec<&str> = view.fields.iter().map(|f| f.field.id).collect();
    for (field, list) in for_fields(store, id, &file.documents, &file.answers, &fields, lang) {
        if let Some(f) = view.fields.iter_mut().find(|f| f.field.id == field) {
            f.suggestions = list;
        }
    }
}

/// The answer to keep from what the person confirmed: a date typed month first, a
/// choice's value, or text within the question's length.
fn answer_from(field: &imr_case::Field, typed: &str) -> Result<String, AppError> {
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
            Ok(typed.to_string())
        }
    }
}
