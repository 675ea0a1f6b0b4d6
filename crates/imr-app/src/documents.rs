//! The case's documents: copies of the person's files, kept in the case's own folder.
//! A file is checked by the packet engine when it is added, so a bad file is refused
//! then, with the engine's message, and never at the end. The original is only read.
//! Each function here is one use case over the store: add, replace, update, remove,
//! reorder, list.

/// The file name extensions the file dialog offers (intake itself goes by the bytes).
pub(crate) use imr_packet::intake::EXTENSIONS as DOCUMENT_EXTENSIONS;

use std::fs;
use std::path::Path;

use base64::Engine;
use chrono::{NaiveDate, NaiveDateTime};
use imr_case::case::DocumentEntry;
use imr_case::form::DocumentKind;
use imr_i18n::Message;
use imr_packet::{prepare, thumbnail::thumbnail, Format, Limits};
use serde::Serialize;

use crate::store::CaseStore;
use crate::store::ReadError;
use crate::{AppError, Code};

/// Thumbnails are at most this many pixels on their longer side.
const THUMBNAIL_SIZE: u32 = 240;

/// A document as the app shows it.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    pub index: usize,
    pub kind: DocumentKind,
    pub kind_label: String,
    pub title: String,
    /// Whether the person typed the title (otherwise it is the kind's name).
    pub titled: bool,
    /// The name of the file the person chose, when known.
    pub file_name: Option<String>,
    pub date: Option<NaiveDate>,
    /// The date in words ("January 20, 2026"), in the person's language.
    pub date_written: Option<String>,
    /// The date as the person types it, month first ("01/20/2026").
    pub date_typed: Option<String>,
    pub pages: usize,
    pub format: Option<Format>,
    /// `data:image/png;base64,…`, or `None` if no picture could be made.
    pub thumbnail: Option<String>,
    /// Set when the stored copy can no longer be used (English until localized).
    pub problem: Option<Message>,
    /// Whether its pages can be shown as the fax will carry them (a readable copy with
    /// at least one page).
    pub fax_preview: bool,
    /// Photos that look blurry or dark, page by page, with what to do (a warning,
    /// never a refusal).
    pub warnings: Vec<Message>,
    /// The first page (from 1) that is a photo not yet cropped: right after adding,
    /// the window opens it in the crop tool to check the suggested corners.
    pub crop_first: Option<usize>,
    /// What was done to its pages, worded ("2 of 3 pages sent, 1 cropped"), if anything.
    pub pages_changed: Option<Message>,
}

/// Reads the date typed on a document's card, month first ("1/20/2026", "01/20/2026");
/// empty means no date. The error says which part is wrong.
pub(crate) fn read_document_date(typed: &str) -> Result<Option<NaiveDate>, AppError> {
    use imr_case::dates::{read_typed_date, DateProblem};
    if typed.trim().is_empty() {
        return Ok(None);
    }
    let name = Message::new("documents-date-name");
    let message = match read_typed_date(typed) {
        Ok(date) => return Ok(Some(date)),
        Err(DateProblem::Month) => Message::new("case-date-month"),
        Err(DateProblem::Day { last }) => Message::new("case-date-day").with("last", last),
        Err(DateProblem::Year) => Message::new("case-date-year"),
        Err(DateProblem::Shape) => Message::new("case-bad-date"),
    };
    Err(AppError::localized(
        Code::Invalid,
        message.with("name", name),
    ))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads and checks a file the person chose. Errors name the file.
fn check_file(source: &Path) -> Result<(Vec<u8>, imr_packet::Prepared), AppError> {
    let name = file_name(source);
    let bytes = fs::read(source).map_err(|e| {
        AppError::text(
            Code::BadDocument,
            "app-file-cannot-open",
            &[("name", &name), ("reason", &e.to_string())],
        )
    })?;
    let prepared = check_document(&name, bytes.clone())?;
    Ok((bytes, prepared))
}

/// What the app does with a file's bytes when a document is added or replaced: the
/// engine's intake, with the app's limits. The error names the file (`name`). The fuzz
/// targets (fuzz/) call this too.
pub fn check_document(name: &str, bytes: Vec<u8>) -> Result<imr_packet::Prepared, AppError> {
    prepare(bytes, &Limits::default()).map_err(|e| {
        AppError::localized(
            Code::BadDocument,
            Message::new("error-file-refused")
                .with("name", name)
                .with("reason", e.message()),
        )
    })
}

/// The thumbnail (a PNG) the app keeps for a document [`check_document`] took in.
pub fn document_thumbnail(
    prepared: &imr_packet::Prepared,
    bytes: &[u8],
) -> Result<Vec<u8>, imr_packet::ThumbnailError> {
    thumbnail(prepared, bytes, THUMBNAIL_SIZE)
}

/// A file name safe on every system, keeping the extension.
fn stored_name(index_hint: usize, source: &Path, format: Format) -> String {
    let ext = format.extension();
    let stem: String = source
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    format!("{index_hint:03}-{stem}.{ext}")
}

/// Checks `source`, copies it into case `id` and lists it. Nothing changes if the file
/// is refused.
pub(crate) fn add(
    store: &CaseStore,
    id: &str,
    source: &Path,
    kind: DocumentKind,
    title: &str,
    date: Option<NaiveDate>,
    now: NaiveDateTime,
) -> Result<DocumentView, AppError> {
    let (bytes, prepared) = check_file(source)?;
    let mut case = store.load(id)?;
    let dir = store.case_dir(id)?;
    let serial = next_serial(&dir);
    let name = copy_name(store, id, serial, source, prepared.format());
    fs::create_dir_all(dir.join("documents"))
        .map_err(|e| AppError::storage("making the documents folder", &e))?;
    store.write_case_bytes(id, &format!("documents/{name}"), &bytes)?;
    write_thumbnail(store, id, &name, &prepared, &bytes);
    crate::pages::write_notes(store, id, &name, &prepared);
    let title = if title.trim().is_empty() {
        kind.label().to_string()
    } else {
        title.trim().to_string()
    };
    case.file.documents.push(DocumentEntry {
        path: format!("documents/{name}"),
        kind,
        title,
        date,
        original_name: Some(file_name(source)),
        pages: None,
    });
    case.state.updated = now;
    store.save(&case)?;
    let index = case.file.documents.len() - 1;
    Ok(view(store, id, index, &case.file.documents[index]))
}

/// Puts a new file in place of document `index`, keeping its kind, title and date.
pub(crate) fn replace(
    store: &CaseStore,
    id: &str,
    index: usize,
    source: &Path,
    now: NaiveDateTime,
) -> Result<DocumentView, AppError> {
    let (bytes, prepared) = check_file(source)?;
    let mut case = store.load(id)?;
    let dir = store.case_dir(id)?;
    let old = case
        .file
        .documents
        .get(index)
        .cloned()
        .ok_or_else(|| AppError::text(Code::Invalid, "app-no-such-document", &[]))?;
    let name = copy_name(store, id, next_serial(&dir), source, prepared.format());
    store.write_case_bytes(id, &format!("documents/{name}"), &bytes)?;
    write_thumbnail(store, id, &name, &prepared, &bytes);
    crate::pages::write_notes(store, id, &name, &prepared);
    case.file.documents[index].path = format!("documents/{name}");
    case.file.documents[index].original_name = Some(file_name(source));
    // A new file: the edits made to the pages of the old one do not apply to it.
    case.file.documents[index].pages = None;
    case.state.updated = now;
    store.save(&case)?;
    remove_copy(&dir, &old.path);
    Ok(view(store, id, index, &case.file.documents[index]))
}

/// Changes a document's kind, title or date. An empty title means "no title of my
/// own": the document is named after its kind.
pub(crate) fn update(
    store: &CaseStore,
    id: &str,
    index: usize,
    kind: DocumentKind,
    title: &str,
    date: Option<NaiveDate>,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let mut case = store.load(id)?;
    let doc = case
        .file
        .documents
        .get_mut(index)
        .ok_or_else(|| AppError::text(Code::Invalid, "app-no-such-document", &[]))?;
    doc.kind = kind;
    // No title typed: the kind's name, which follows a change of kind.
    doc.title = if title.trim().is_empty() {
        kind.label().to_string()
    } else {
        title.trim().to_string()
    };
    doc.date = date;
    case.state.updated = now;
    store.save(&case)
}

/// Removes a document from the case and deletes the app's copy (never the original).
pub(crate) fn remove(
    store: &CaseStore,
    id: &str,
    index: usize,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let mut case = store.load(id)?;
    if index >= case.file.documents.len() {
        return Err(AppError::text(Code::Invalid, "app-no-such-document", &[]));
    }
    let removed = case.file.documents.remove(index);
    case.state.updated = now;
    store.save(&case)?;
    remove_copy(&store.case_dir(id)?, &removed.path);
    Ok(())
}

/// Moves document `from` to position `to`.
pub(crate) fn reorder(
    store: &CaseStore,
    id: &str,
    from: usize,
    to: usize,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let mut case = store.load(id)?;
    let n = case.file.documents.len();
    if from >= n || to >= n {
        return Err(AppError::text(Code::Invalid, "app-no-such-document", &[]));
    }
    let doc = case.file.documents.remove(from);
    case.file.documents.insert(to, doc);
    case.state.updated = now;
    store.save(&case)
}

/// The case's documents with page counts and thumbnails (English until localized).
pub(crate) fn list(store: &CaseStore, id: &str) -> Result<Vec<DocumentView>, AppError> {
    let case = store.load(id)?;
    Ok(case
        .file
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| view(store, id, i, d))
        .collect())
}

/// Draws and keeps the thumbnail of document copy `name` (sealed in a protected case).
/// A page that cannot be drawn just has no thumbnail.
fn write_thumbnail(
    store: &CaseStore,
    id: &str,
    name: &str,
    prepared: &imr_packet::Prepared,
    bytes: &[u8],
) {
    let Ok(dir) = store.case_dir(id) else { return };
    if let Ok(png) = document_thumbnail(prepared, bytes) {
        let _ = fs::create_dir_all(dir.join("thumbnails"));
        let _ = store.write_case_bytes(id, &format!("thumbnails/{name}.png"), &png);
    }
}

/// The thumbnail (and page notes) of a copy already in the case (an imported one).
pub(crate) fn draw_thumbnail(store: &CaseStore, id: &str, relative: &str, bytes: &[u8]) {
    let name = relative.rsplit('/').next().unwrap_or_default();
    if let Ok(prepared) = prepare(bytes.to_vec(), &Limits::default()) {
        write_thumbnail(store, id, name, &prepared, bytes);
        crate::pages::write_notes(store, id, name, &prepared);
    }
}

/// The name of a second copy of document `entry`'s file, for splitting it in two.
fn copy_for_split(store: &CaseStore, id: &str, entry: &DocumentEntry) -> Result<String, AppError> {
    let dir = store.case_dir(id)?;
    let serial = next_serial(&dir);
    let source = Path::new(entry.original_name.as_deref().unwrap_or(&entry.path));
    let format = Path::new(&entry.path)
        .extension()
        .and_then(|e| e.to_str())
        .and_then(|e| {
            [
                Format::Pdf,
                Format::Jpeg,
                Format::Png,
                Format::Tiff,
                Format::Heic,
                Format::Webp,
                Format::Gif,
            ]
            .into_iter()
            .find(|f| f.extension() == e)
        })
        .unwrap_or(Format::Pdf);
    Ok(copy_name(store, id, serial, source, format))
}

/// The copy's file name: for a protected case only a number, since the person's own
/// file name can say what the document is about.
fn copy_name(store: &CaseStore, id: &str, serial: usize, source: &Path, format: Format) -> String {
    if store.is_protected(id) {
        format!("{serial:03}.vault")
    } else {
        stored_name(serial, source, format)
    }
}

/// Splits document `index` in two: the pages from `position` on become a new document
/// just after it, with its own copy of the file, the same kind and date, and the title
/// with "(part 2)". Returns the new document's index.
pub(crate) fn split(
    store: &CaseStore,
    id: &str,
    index: usize,
    position: usize,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let (mut case, entry, prepared) = crate::pages::read(store, id, index)?;
    let edits = entry.page_edits(prepared.page_count());
    if position < 2 || position > edits.len() {
        return Err(AppError::text(Code::Invalid, "pages-cannot-split", &[]));
    }
    let bytes = store
        .read_case_bytes(id, &entry.path)
        .map_err(|e| match e {
            ReadError::Io(e) => AppError::storage(&entry.path, &e),
            ReadError::App(e) => e,
        })?;
    let name = copy_for_split(store, id, &entry)?;
    store.write_case_bytes(id, &format!("documents/{name}"), &bytes)?;
    draw_thumbnail(store, id, &format!("documents/{name}"), &bytes);
    let (first, second) = edits.split_at(position - 1);
    let mut part = entry.clone();
    part.path = format!("documents/{name}");
    part.pages = Some(second.to_vec());
    part.title = Message::new("pages-split-title")
        .with("title", entry.title.as_str())
        .render(imr_i18n::Lang::En);
    case.file.documents[index].pages = Some(first.to_vec());
    case.file.documents.insert(index + 1, part);
    case.state.updated = now;
    store.save(&case)?;
    Ok(index + 1)
}

fn view(store: &CaseStore, id: &str, index: usize, entry: &DocumentEntry) -> DocumentView {
    let checked = store
        .read_case_bytes(id, &entry.path)
        .map_err(|e| match e {
            ReadError::Io(e) => Message::new("error-copy-missing").with("reason", e.to_string()),
            ReadError::App(e) => e.to_message(),
        })
        .and_then(|b| prepare(b.to_vec(), &Limits::default()).map_err(|e| e.message()));
    let name = Path::new(&entry.path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let thumbnail = store
        .read_case_bytes(id, &format!("thumbnails/{name}.png"))
        .ok()
        .map(|png| {
            format!(
                "data:image/png;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(&png[..])
            )
        });
    let (mut warnings, mut crop_first, mut pages_changed) = (Vec::new(), None, None);
    let mut thumbnail = thumbnail;
    let mut pages = 0;
    if let Ok(prepared) = &checked {
        let count = prepared.page_count();
        let edits = entry.page_edits(count);
        pages = edits.len();
        let notes = crate::pages::notes(store, id, entry, prepared);
        warnings = crate::pages::warnings_of(&notes, entry);
        crop_first = crate::pages::first_to_crop(&notes, &edits);
        if entry.pages.is_some() {
            pages_changed = Some(crate::pages::changes_summary(&edits, count));
            thumbnail =
                crate::pages::first_page_thumbnail(store, id, entry, prepared).or(thumbnail);
        }
    }
    DocumentView {
        index,
        kind: entry.kind,
        kind_label: entry.kind.label().to_string(),
        title: entry.title.clone(),
        titled: entry.title != entry.kind.label(),
        file_name: entry.original_name.clone(),
        date: entry.date,
        date_written: entry
            .date
            .map(|d| crate::localize::long_date(imr_i18n::Lang::En, d)),
        date_typed: entry.date.map(imr_case::form_date),
        pages,
        format: checked.as_ref().ok().map(|p| p.format()),
        thumbnail,
        fax_preview: checked.as_ref().is_ok_and(|p| p.page_count() > 0),
        problem: checked.err(),
        warnings,
        crop_first,
        pages_changed,
    }
}

fn next_serial(dir: &Path) -> usize {
    fs::read_dir(dir.join("documents"))
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .split(['-', '.'])
                        .next()
                        .and_then(|n| n.parse::<usize>().ok())
                })
                .max()
                .map_or(1, |m| m + 1)
        })
        .unwrap_or(1)
}

fn remove_copy(dir: &Path, relative: &str) {
    // What was read in it goes with it (crate::reading).
    let _ = fs::remove_file(dir.join(crate::store::reading_file(relative)));
    let _ = fs::remove_file(dir.join(relative));
    // Its thumbnail, its pages' notes and thumbnails: `thumbnails/<copy name>.…`.
    if let Some(name) = Path::new(relative).file_name() {
        let prefix = format!("{}.", name.to_string_lossy());
        if let Ok(entries) = fs::read_dir(dir.join("thumbnails")) {
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy().starts_with(&prefix) {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
    }
}
