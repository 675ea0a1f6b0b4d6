//! A document's pages: each as it will be sent, and what the person does to them
//! (remove, put back, move, turn, split the document in two, crop a photo to the sheet,
//! black out parts). The edits are saved in the case file (`DocumentEntry::pages`), so
//! they are sealed with it in a protected case, survive a restart and travel with the
//! clinic handoff; the copy of the file is never changed.
//!
//! What is worked out from a copy when it is added (whether each page is a photo, the
//! suggested corners of its sheet, how sharp and how light it is) is kept beside its
//! thumbnail (`thumbnails/<copy>.pages.json`, sealed like it), and drawn again when
//! missing (an imported case, an older one).

use std::fs;
use std::path::Path;

use base64::Engine;
use chrono::NaiveDateTime;
use imr_case::case::{Corners, DocumentEntry, PageEdit};
use imr_case::form::DocumentKind;
use imr_i18n::{Lang, Message};
use imr_packet::scan::{Point, Quad, Warning};
use imr_packet::{check_photo, edited_preview_png, page_jpeg, prepare, Limits, Prepared};
use serde::{Deserialize, Serialize};

use crate::store::{CaseStore, ReadError};
use crate::{AppError, Code};

/// Page thumbnails are at most this many pixels on their longer side.
const PAGE_THUMBNAIL: u32 = 200;
/// The picture the crop and blackout tools draw on.
const EDITOR_SIDE: u32 = 1400;
/// Version of the notes kept beside a copy.
const NOTES_VERSION: u32 = 1;

/// What was worked out about each page of a copy when it was added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct PageNotes {
    version: u32,
    pages: Vec<PageNote>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct PageNote {
    /// A photo of paper (it can be cropped to the sheet).
    photo: bool,
    /// Where the sheet's corners seem to be; none when not sure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    suggestion: Option<Corners>,
    /// The quality warnings, as imr-scan gives them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<PhotoWarning>,
    /// The person chose this photo's corners, or the whole photo, in the corner tool:
    /// it is no longer offered for checking. Only an offer rides on it (a crop itself
    /// is a page edit in the case file), so notes drawn again without it (an imported
    /// case) just offer the check again.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    checked: bool,
}

/// A quality warning, as kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum PhotoWarning {
    Blurry,
    Dark,
}

impl PhotoWarning {
    fn message(self) -> Message {
        match self {
            PhotoWarning::Blurry => Message::new("pages-warning-blurry"),
            PhotoWarning::Dark => Message::new("pages-warning-dark"),
        }
    }
}

/// The notes for every page of `prepared`.
pub(crate) fn notes_of(prepared: &Prepared) -> PageNotes {
    let pages = (0..prepared.page_count())
        .map(|i| match check_photo(prepared, i) {
            None => PageNote {
                photo: false,
                suggestion: None,
                warnings: Vec::new(),
                checked: false,
            },
            Some(check) => PageNote {
                photo: true,
                suggestion: check.suggestion,
                warnings: check
                    .warnings
                    .into_iter()
                    .map(|w| match w {
                        Warning::Blurry => PhotoWarning::Blurry,
                        Warning::Dark => PhotoWarning::Dark,
                    })
                    .collect(),
                checked: false,
            },
        })
        .collect();
    PageNotes {
        version: NOTES_VERSION,
        pages,
    }
}

fn copy_name(entry: &DocumentEntry) -> String {
    Path::new(&entry.path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn notes_path(entry: &DocumentEntry) -> String {
    format!("thumbnails/{}.pages.json", copy_name(entry))
}

/// Works out and keeps the notes of a copy (sealed in a protected case). A copy whose
/// notes cannot be kept just has none; they are worked out again when asked for.
pub(crate) fn write_notes(store: &CaseStore, id: &str, relative: &str, prepared: &Prepared) {
    let Ok(dir) = store.case_dir(id) else { return };
    let notes = notes_of(prepared);
    let name = relative.rsplit('/').next().unwrap_or_default();
    if let Ok(json) = serde_json::to_vec(&notes) {
        let _ = fs::create_dir_all(dir.join("thumbnails"));
        let _ = store.write_case_bytes(id, &format!("thumbnails/{name}.pages.json"), &json);
    }
}

/// The notes kept beside a document's copy, if any of this version.
fn kept_notes(store: &CaseStore, id: &str, entry: &DocumentEntry) -> Option<PageNotes> {
    store
        .read_case_bytes(id, &notes_path(entry))
        .ok()
        .and_then(|b| serde_json::from_slice::<PageNotes>(&b).ok())
        .filter(|n| n.version == NOTES_VERSION)
}

/// The notes of a document's copy, worked out (and kept) if missing or from another
/// version.
pub(crate) fn notes(
    store: &CaseStore,
    id: &str,
    entry: &DocumentEntry,
    prepared: &Prepared,
) -> PageNotes {
    let kept = kept_notes(store, id, entry).filter(|n| n.pages.len() == prepared.page_count());
    match kept {
        Some(notes) => notes,
        None => {
            write_notes(store, id, &entry.path, prepared);
            notes_of(prepared)
        }
    }
}

/// The quality warnings of a document's pages as they go into the packet ("Page 2:
/// This photo looks blurry…"), to word in the person's language.
pub(crate) fn warnings_of(notes: &PageNotes, entry: &DocumentEntry) -> Vec<Message> {
    let edits = entry.page_edits(notes.pages.len());
    let mut out = Vec::new();
    for (position, edit) in edits.iter().enumerate() {
        let Some(note) = notes.pages.get(edit.page - 1) else {
            continue;
        };
        for w in &note.warnings {
            out.push(
                Message::new("pages-warning-on-page")
                    .with("page", position + 1)
                    .with("warning", w.message()),
            );
        }
    }
    out
}

/// Whether page `edit` is a photo whose corners the person has not checked yet (not
/// cropped, and neither its corners nor the whole photo chosen in the corner tool).
fn to_check(notes: &PageNotes, edit: &PageEdit) -> bool {
    edit.crop.is_none()
        && notes
            .pages
            .get(edit.page - 1)
            .is_some_and(|n| n.photo && !n.checked)
}

/// The first page as sent (from 1) that is a photo not checked yet.
pub(crate) fn first_to_crop(notes: &PageNotes, edits: &[PageEdit]) -> Option<usize> {
    edits.iter().position(|e| to_check(notes, e)).map(|i| i + 1)
}

/// The photo pages of `documents` (in that order, each document's pages as sent), as
/// (document, position, still to check).
fn photo_pages(
    store: &CaseStore,
    id: &str,
    documents: &[usize],
) -> Result<Vec<(usize, usize, bool)>, AppError> {
    let case = store.load(id)?;
    let mut found = Vec::new();
    for &index in documents {
        let Some(entry) = case.file.documents.get(index) else {
            continue;
        };
        // The notes kept when the copy was added; the copy is read again only when
        // they are missing (so a check of forty photos does not decode forty files).
        let kept = match kept_notes(store, id, entry) {
            Some(kept) => kept,
            None => match read(store, id, index) {
                Ok((_, entry, prepared)) => notes(store, id, &entry, &prepared),
                Err(_) => continue,
            },
        };
        let edits = entry.page_edits(kept.pages.len());
        for (i, edit) in edits.iter().enumerate() {
            if kept.pages.get(edit.page - 1).is_some_and(|n| n.photo) {
                found.push((index, i + 1, to_check(&kept, edit)));
            }
        }
    }
    Ok(found)
}

/// The photos of the documents just added, checked one after another in the corner
/// tool.
#[derive(Debug, Clone, Serialize)]
pub struct PhotoCheck {
    /// The photo to check now; none when every photo of these documents is checked
    /// (or none of their pages is a photo).
    pub editor: Option<PageEditor>,
    /// Where the person is, worded ("Photo 2 of 3").
    pub progress: Option<String>,
    /// The way to stop, worded for what is left ("Check the rest later"): the photos
    /// not checked stay whole.
    pub later: Option<String>,
    /// The document whose card takes the focus on the Documents page when the check
    /// ends (the last one added).
    pub focus: Option<usize>,
}

/// The next photo to check among `documents` (the documents just added, in the order
/// they were added): the first photo page, in that order, whose corners are not checked
/// yet, with how far along the person is.
pub(crate) fn photo_check(
    store: &CaseStore,
    id: &str,
    documents: &[usize],
    lang: Lang,
) -> Result<PhotoCheck, AppError> {
    let found = photo_pages(store, id, documents)?;
    let focus = documents.last().copied();
    let Some(at) = found.iter().position(|(_, _, open)| *open) else {
        return Ok(PhotoCheck {
            editor: None,
            progress: None,
            later: None,
            focus,
        });
    };
    let (index, position, _) = found[at];
    Ok(PhotoCheck {
        editor: Some(editor(store, id, index, position, lang)?),
        progress: Some(
            Message::new("photos-progress")
                .with("number", at + 1)
                .with("count", found.len())
                .render(lang),
        ),
        later: Some(
            Message::new("photos-later")
                .with(
                    "left",
                    found[at..].iter().filter(|(_, _, open)| *open).count(),
                )
                .render(lang),
        ),
        focus,
    })
}

/// Notes that the person chose the corners of page `page` of the file (from 1), or
/// the whole photo.
fn mark_checked(
    store: &CaseStore,
    id: &str,
    entry: &DocumentEntry,
    prepared: &Prepared,
    page: usize,
) {
    let mut kept = notes(store, id, entry, prepared);
    let Some(note) = kept.pages.get_mut(page.wrapping_sub(1)) else {
        return;
    };
    if note.checked {
        return;
    }
    note.checked = true;
    if let Ok(json) = serde_json::to_vec(&kept) {
        let _ = store.write_case_bytes(id, &notes_path(entry), &json);
    }
}

/// What was done to a document's pages, in one line.
pub(crate) fn changes_summary(edits: &[PageEdit], count: usize) -> Message {
    Message::new("pages-changed")
        .with("sent", edits.len())
        .with("count", count)
        .with("cropped", edits.iter().filter(|e| e.crop.is_some()).count())
        .with("turned", edits.iter().filter(|e| e.turn != 0).count())
        .with(
            "redacted",
            edits.iter().filter(|e| !e.redact.is_empty()).count(),
        )
}

/// The thumbnail of the first page as sent.
pub(crate) fn first_page_thumbnail(
    store: &CaseStore,
    id: &str,
    entry: &DocumentEntry,
    prepared: &Prepared,
) -> Option<String> {
    let first = entry.page_edits(prepared.page_count()).into_iter().next()?;
    page_thumbnail(store, id, entry, prepared, &first)
}

/// One page of a document, as the page tools show it.
#[derive(Debug, Clone, Serialize)]
pub struct PageCard {
    /// Its place in the document as sent, from 1.
    pub position: usize,
    /// The page of the file, from 1.
    pub page: usize,
    /// "Page 2 of 3", with the page of the file when it differs.
    pub label: String,
    /// `data:image/png;base64,…` of the page as it will be sent.
    pub thumbnail: Option<String>,
    /// A photo: it can be cropped to the sheet.
    pub photo: bool,
    /// What was done to it, worded ("Cropped to the sheet", "Turned right").
    pub changes: Vec<String>,
    /// The quality warnings, worded with what to do.
    pub warnings: Vec<String>,
    pub can_move_up: bool,
    pub can_move_down: bool,
    /// Removing it would leave the document without pages.
    pub can_remove: bool,
    /// The document can be split so that a new one starts with this page.
    pub can_split: bool,
}

/// A page of the file that the person removed, to put back.
#[derive(Debug, Clone, Serialize)]
pub struct RemovedPage {
    pub page: usize,
    pub label: String,
    pub thumbnail: Option<String>,
}

/// A document's pages.
#[derive(Debug, Clone, Serialize)]
pub struct PagesView {
    pub index: usize,
    pub title: String,
    #[serde(skip)]
    pub kind: DocumentKind,
    /// "3 pages will be sent", worded.
    pub summary: String,
    pub pages: Vec<PageCard>,
    pub removed: Vec<RemovedPage>,
}

/// One page in the crop and blackout tools.
#[derive(Debug, Clone, Serialize)]
pub struct PageEditor {
    pub index: usize,
    pub position: usize,
    pub page: usize,
    pub title: String,
    #[serde(skip)]
    pub kind: DocumentKind,
    pub label: String,
    /// The page as the file shows it, upright: `data:image/jpeg;base64,…`.
    pub image: String,
    pub width: u32,
    pub height: u32,
    /// A photo: the crop tool is offered.
    pub photo: bool,
    /// The corners to show: the crop saved, else the suggestion, else the whole page.
    pub corners: Corners,
    /// Whether a crop is saved.
    pub cropped: bool,
    /// What the corners are, worded: saved, suggested, or the whole photo because the
    /// sheet's edges were not found.
    pub status: String,
    /// The boxes to black out.
    pub boxes: Vec<Corners>,
    pub turn: u16,
    pub warnings: Vec<String>,
}

/// The copy of document `index` read and checked, with its entry.
pub(crate) fn read(
    store: &CaseStore,
    id: &str,
    index: usize,
) -> Result<(crate::store::StoredCase, DocumentEntry, Prepared), AppError> {
    let case = store.load(id)?;
    let entry = case
        .file
        .documents
        .get(index)
        .cloned()
        .ok_or_else(|| AppError::text(Code::NotFound, "app-no-such-document", &[]))?;
    let bytes = store
        .read_case_bytes(id, &entry.path)
        .map_err(|e| match e {
            ReadError::Io(e) => AppError::localized(
                Code::BadDocument,
                Message::new("error-copy-missing").with("reason", e.to_string()),
            ),
            ReadError::App(e) => e,
        })?;
    let prepared = prepare(bytes.to_vec(), &Limits::default()).map_err(|e| {
        AppError::localized(
            Code::BadDocument,
            Message::new("error-file-refused")
                .with(
                    "name",
                    crate::localize::document_title_value(entry.kind, &entry.title),
                )
                .with("reason", e.message()),
        )
    })?;
    Ok((case, entry, prepared))
}

fn png_url(png: &[u8]) -> String {
    format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(png)
    )
}

/// The thumbnail of one page as it will be sent, kept beside the copy (sealed in a
/// protected case) under a name that changes with the page's edit.
fn page_thumbnail(
    store: &CaseStore,
    id: &str,
    entry: &DocumentEntry,
    prepared: &Prepared,
    edit: &PageEdit,
) -> Option<String> {
    let key = serde_json::to_string(edit).ok()?;
    let name = format!(
        "thumbnails/{}.p{}-{:016x}.png",
        copy_name(entry),
        edit.page,
        fnv(key.as_bytes())
    );
    if let Ok(png) = store.read_case_bytes(id, &name) {
        return Some(png_url(&png));
    }
    let png = edited_preview_png(prepared, edit, PAGE_THUMBNAIL).ok()?;
    let _ = store.write_case_bytes(id, &name, &png);
    Some(png_url(&png))
}

/// FNV-1a, for names that change when an edit does.
fn fnv(bytes: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

fn label(lang: Lang, position: usize, count: usize, page: usize) -> String {
    let id = if position == page {
        "pages-label"
    } else {
        "pages-label-moved"
    };
    Message::new(id)
        .with("position", position)
        .with("count", count)
        .with("page", page)
        .render(lang)
}

/// The pages of document `index`, each as it will be sent.
pub(crate) fn pages(
    store: &CaseStore,
    id: &str,
    index: usize,
    lang: Lang,
) -> Result<PagesView, AppError> {
    let (_, entry, prepared) = read(store, id, index)?;
    let notes = notes(store, id, &entry, &prepared);
    let count = prepared.page_count();
    let edits = entry.page_edits(count);
    let sent = edits.len();
    let cards = edits
        .iter()
        .enumerate()
        .map(|(i, edit)| {
            let position = i + 1;
            let note = notes.pages.get(edit.page - 1);
            let mut changes = Vec::new();
            if edit.crop.is_some() {
                changes.push(Message::new("pages-change-cropped").render(lang));
            }
            if edit.turn != 0 {
                changes.push(
                    Message::new("pages-change-turned")
                        .with("turn", i64::from(edit.turn))
                        .render(lang),
                );
            }
            if !edit.redact.is_empty() {
                changes.push(
                    Message::new("pages-change-redacted")
                        .with("count", edit.redact.len())
                        .render(lang),
                );
            }
            PageCard {
                position,
                page: edit.page,
                label: label(lang, position, sent, edit.page),
                thumbnail: page_thumbnail(store, id, &entry, &prepared, edit),
                photo: note.is_some_and(|n| n.photo),
                changes,
                warnings: note
                    .map(|n| {
                        n.warnings
                            .iter()
                            .map(|w| w.message().render(lang))
                            .collect()
                    })
                    .unwrap_or_default(),
                can_move_up: position > 1,
                can_move_down: position < sent,
                can_remove: sent > 1,
                can_split: position > 1,
            }
        })
        .collect();
    let removed = (1..=count)
        .filter(|p| !edits.iter().any(|e| e.page == *p))
        .map(|page| RemovedPage {
            page,
            label: Message::new("pages-removed-label")
                .with("page", page)
                .render(lang),
            thumbnail: page_thumbnail(store, id, &entry, &prepared, &PageEdit::plain(page)),
        })
        .collect();
    Ok(PagesView {
        index,
        title: entry.title.clone(),
        kind: entry.kind,
        summary: Message::new("pages-summary")
            .with("sent", sent)
            .with("count", count)
            .render(lang),
        pages: cards,
        removed,
    })
}

/// Page `position` (from 1) of document `index` in the crop and blackout tools.
pub(crate) fn editor(
    store: &CaseStore,
    id: &str,
    index: usize,
    position: usize,
    lang: Lang,
) -> Result<PageEditor, AppError> {
    let (_, entry, prepared) = read(store, id, index)?;
    let notes = notes(store, id, &entry, &prepared);
    let edits = entry.page_edits(prepared.page_count());
    let edit = edits
        .get(position.wrapping_sub(1))
        .cloned()
        .ok_or_else(|| AppError::text(Code::NotFound, "pages-no-such-page", &[]))?;
    let (jpeg, width, height) = page_jpeg(&prepared, edit.page - 1, EDITOR_SIDE)
        .map_err(|e| AppError::localized(Code::BadDocument, e.message()))?;
    let note = notes.pages.get(edit.page - 1).cloned();
    let photo = note.as_ref().is_some_and(|n| n.photo);
    let suggestion = note.as_ref().and_then(|n| n.suggestion);
    let whole: Corners = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]];
    let (corners, status) = match (edit.crop, suggestion) {
        (Some(c), _) => (c, "pages-corners-saved"),
        (None, Some(s)) => (s, "pages-corners-suggested"),
        (None, None) => (whole, "pages-corners-whole"),
    };
    Ok(PageEditor {
        index,
        position,
        page: edit.page,
        title: entry.title.clone(),
        kind: entry.kind,
        label: label(lang, position, edits.len(), edit.page),
        image: format!(
            "data:image/jpeg;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(jpeg)
        ),
        width,
        height,
        photo,
        corners,
        cropped: edit.crop.is_some(),
        status: Message::new(status).render(lang),
        boxes: edit.redact.clone(),
        turn: edit.turn,
        warnings: note
            .map(|n| {
                n.warnings
                    .iter()
                    .map(|w| w.message().render(lang))
                    .collect()
            })
            .unwrap_or_default(),
    })
}

/// Changes the page edits of document `index` with `change` and saves the case. A list
/// that sends every page as the file has it is saved as no list at all.
fn change_pages(
    store: &CaseStore,
    id: &str,
    index: usize,
    now: NaiveDateTime,
    change: impl FnOnce(&mut Vec<PageEdit>, usize) -> Result<(), AppError>,
) -> Result<(), AppError> {
    change_pages_of(store, id, index, now, change).map(drop)
}

/// [`change_pages`], giving back the document and its copy read.
fn change_pages_of(
    store: &CaseStore,
    id: &str,
    index: usize,
    now: NaiveDateTime,
    change: impl FnOnce(&mut Vec<PageEdit>, usize) -> Result<(), AppError>,
) -> Result<(DocumentEntry, Prepared), AppError> {
    let (mut case, entry, prepared) = read(store, id, index)?;
    let count = prepared.page_count();
    let mut edits = entry.page_edits(count);
    change(&mut edits, count)?;
    let plain = edits.len() == count
        && edits
            .iter()
            .enumerate()
            .all(|(i, e)| e.page == i + 1 && e.is_plain());
    case.file.documents[index].pages = if plain { None } else { Some(edits) };
    case.state.updated = now;
    store.save(&case)?;
    Ok((entry, prepared))
}

fn no_such_page() -> AppError {
    AppError::text(Code::NotFound, "pages-no-such-page", &[])
}

/// The edit at `position` (from 1).
fn at(edits: &mut [PageEdit], position: usize) -> Result<&mut PageEdit, AppError> {
    edits
        .get_mut(position.wrapping_sub(1))
        .ok_or_else(no_such_page)
}

/// Corners checked: four, each inside the page, making a convex quadrilateral.
fn checked_corners(corners: &Corners) -> Result<Corners, AppError> {
    let inside = corners
        .iter()
        .all(|c| c.iter().all(|v| v.is_finite() && (0.0..=1.0).contains(v)));
    let quad = Quad(corners.map(|[x, y]| Point::new(x as f32, y as f32)));
    if !inside || !quad.is_convex() || quad.area() < 0.01 {
        return Err(AppError::text(
            Code::Invalid,
            "pages-corners-not-a-sheet",
            &[],
        ));
    }
    Ok(corners.map(|c| c.map(|v| (v * 10_000.0).round() / 10_000.0)))
}

/// Crops page `position` to the sheet at `corners`, or uses the whole page (`None`);
/// either way the person has checked that photo's corners.
pub(crate) fn crop(
    store: &CaseStore,
    id: &str,
    index: usize,
    position: usize,
    corners: Option<Corners>,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let corners = corners.as_ref().map(checked_corners).transpose()?;
    let mut page = 0;
    let (entry, prepared) = change_pages_of(store, id, index, now, |edits, _| {
        let edit = at(edits, position)?;
        edit.crop = corners;
        page = edit.page;
        Ok(())
    })?;
    mark_checked(store, id, &entry, &prepared, page);
    Ok(())
}

/// Turns page `position` a quarter to the right (`clockwise`) or to the left.
pub(crate) fn turn(
    store: &CaseStore,
    id: &str,
    index: usize,
    position: usize,
    clockwise: bool,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    change_pages(store, id, index, now, |edits, _| {
        let edit = at(edits, position)?;
        edit.turn = (edit.turn + if clockwise { 90 } else { 270 }) % 360;
        Ok(())
    })
}

/// Moves page `from` to place `to` (both from 1).
pub(crate) fn reorder(
    store: &CaseStore,
    id: &str,
    index: usize,
    from: usize,
    to: usize,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    change_pages(store, id, index, now, |edits, _| {
        if from == 0 || to == 0 || from > edits.len() || to > edits.len() {
            return Err(no_such_page());
        }
        let page = edits.remove(from - 1);
        edits.insert(to - 1, page);
        Ok(())
    })
}

/// Leaves page `position` out of the packet (the file keeps it; it can be put back).
pub(crate) fn remove(
    store: &CaseStore,
    id: &str,
    index: usize,
    position: usize,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    change_pages(store, id, index, now, |edits, _| {
        at(edits, position)?;
        if edits.len() == 1 {
            return Err(AppError::text(Code::Invalid, "pages-last-page", &[]));
        }
        edits.remove(position - 1);
        Ok(())
    })
}

/// Puts page `page` of the file back: just after the page before it in the file (or
/// before the one after it, or at the end).
pub(crate) fn restore(
    store: &CaseStore,
    id: &str,
    index: usize,
    page: usize,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    change_pages(store, id, index, now, |edits, count| {
        if page == 0 || page > count || edits.iter().any(|e| e.page == page) {
            return Err(no_such_page());
        }
        // Just after the page before it in the file, else just before the one after it.
        let place = edits
            .iter()
            .position(|e| e.page + 1 == page)
            .map(|i| i + 1)
            .or_else(|| edits.iter().position(|e| e.page == page + 1))
            .unwrap_or(edits.len());
        edits.insert(place, PageEdit::plain(page));
        Ok(())
    })
}

/// Sets the boxes to black out on page `position` (in fractions of the page as the file
/// shows it), in place of those it had.
pub(crate) fn redact(
    store: &CaseStore,
    id: &str,
    index: usize,
    position: usize,
    boxes: Vec<Corners>,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let boxes = boxes
        .iter()
        .map(|b| {
            let clamped = b.map(|c| {
                c.map(|v| {
                    if v.is_finite() {
                        v.clamp(0.0, 1.0)
                    } else {
                        0.0
                    }
                })
            });
            checked_corners(&clamped).or_else(|_| small_box(&clamped))
        })
        .collect::<Result<Vec<_>, _>>()?;
    change_pages(store, id, index, now, |edits, _| {
        at(edits, position)?.redact = boxes;
        Ok(())
    })
}

/// A box too thin to be a sheet is still a fine box to black out (one line of text).
fn small_box(corners: &Corners) -> Result<Corners, AppError> {
    let quad = Quad(corners.map(|[x, y]| Point::new(x as f32, y as f32)));
    if quad.is_convex() && quad.area() > 0.0 {
        Ok(corners.map(|c| c.map(|v| (v * 10_000.0).round() / 10_000.0)))
    } else {
        Err(AppError::text(Code::Invalid, "pages-box-empty", &[]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corners_must_make_a_sheet() {
        let good: Corners = [[0.1, 0.1], [0.9, 0.12], [0.92, 0.9], [0.08, 0.88]];
        assert!(checked_corners(&good).is_ok());
        let crossed: Corners = [[0.1, 0.1], [0.9, 0.9], [0.9, 0.1], [0.1, 0.9]];
        assert!(checked_corners(&crossed).is_err());
        let outside: Corners = [[-0.1, 0.1], [0.9, 0.1], [0.9, 0.9], [0.1, 0.9]];
        assert!(checked_corners(&outside).is_err());
        let thin: Corners = [[0.1, 0.5], [0.9, 0.5], [0.9, 0.51], [0.1, 0.51]];
        assert!(checked_corners(&thin).is_err());
        assert!(small_box(&thin).is_ok());
    }
}
