//! The check the app runs once when it starts, before any case is opened.
//!
//! Saves are atomic (see [`crate::atomic::write_atomically`]), so a crash
//! or power cut leaves each file either old or new. What a crash can leave behind is a
//! half-written temporary file, which is removed here: the file it was going to replace is
//! still whole. A case file that is damaged all the same (a failing disk, an edit by hand,
//! a copy cut short) is never deleted: it is renamed to `case.json.damaged-<time>` beside
//! the case's documents, the list says so, and the other cases open as usual. A case saved
//! by a newer version of the app is left exactly as it is.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use imr_i18n::{Lang, Localize, Message};

use crate::atomic::write_atomically;
use crate::store::{read_app_state, read_case_file, AppState};
use crate::{AppError, CaseStore, Code};

/// What the start-up check did about one case; `message` is for the person (English
/// until localized).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Recovered {
    pub id: String,
    pub message: Message,
    /// The copy of a damaged file that was kept, if one was set aside.
    pub backup: Option<PathBuf>,
}

impl Localize for Recovered {
    fn localize(&mut self, lang: Lang) {
        self.message.localize(lang);
    }
}

/// Tidies what a crash may have left and sets damaged case files aside. Run once at
/// start-up, while no case is open. Nothing the person typed is ever deleted here.
pub(crate) fn recover(store: &CaseStore, now: NaiveDateTime) -> Result<Vec<Recovered>, AppError> {
    let entries =
        fs::read_dir(store.root()).map_err(|e| AppError::storage("reading the cases", &e))?;
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let Some(id) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        let Ok(dir) = store.case_dir(&id) else {
            continue;
        };
        if !dir.is_dir() {
            continue;
        }
        for sub in [dir.clone(), dir.join("documents"), dir.join("thumbnails")] {
            remove_temp_files(&sub);
        }
        if !dir.join("case.json").exists() && is_empty_tree(&dir) {
            // A case whose creation was cut short before anything was saved in it.
            let _ = fs::remove_dir(dir.join("documents"));
            let _ = fs::remove_dir(dir.join("thumbnails"));
            let _ = fs::remove_dir(&dir);
            continue;
        }
        if let Some(found) = check_case(&id, &dir, now)? {
            out.push(found);
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

fn check_case(id: &str, dir: &Path, now: NaiveDateTime) -> Result<Option<Recovered>, AppError> {
    match read_case_file(dir) {
        Ok(_) => {}
        Err(e) if e.code == Code::BadCase && dir.join("case.json").exists() => {
            let backup = set_aside(dir, "case.json", now)?;
            return Ok(Some(Recovered {
                id: id.to_string(),
                message: Message::new("error-recovered-case")
                    .with("backup", backup.display().to_string()),
                backup: Some(backup),
            }));
        }
        // Newer version, or already set aside: leave it as it is; the list says why.
        Err(_) => return Ok(None),
    }
    match read_app_state(dir) {
        Ok(_) => Ok(None),
        Err(e) if e.code == Code::BadCase => {
            // Only the app's notes (dates, last screen) are lost; the answers are whole.
            let backup = if dir.join("app.json").exists() {
                Some(set_aside(dir, "app.json", now)?)
            } else {
                None
            };
            let state = AppState::new(now);
            let text = serde_json::to_string_pretty(&state)
                .map_err(|e| AppError::new(Code::Invalid, e.to_string()))?;
            write_atomically(&dir.join("app.json"), text.as_bytes())?;
            Ok(Some(Recovered {
                id: id.to_string(),
                message: Message::new("error-recovered-notes"),
                backup,
            }))
        }
        Err(_) => Ok(None),
    }
}

/// Renames `dir/name` to `dir/name.damaged-<time>` (never over an earlier copy).
fn set_aside(dir: &Path, name: &str, now: NaiveDateTime) -> Result<PathBuf, AppError> {
    let base = format!("{name}.damaged-{}", now.format("%Y%m%d-%H%M%S"));
    let mut target = dir.join(&base);
    let mut n = 1;
    while target.exists() {
        n += 1;
        target = dir.join(format!("{base}-{n}"));
    }
    fs::rename(dir.join(name), &target)
        .map_err(|e| AppError::storage("keeping a damaged file aside", &e))?;
    Ok(target)
}

/// Removes `.<name>.tmp` files: saves a crash interrupted before their rename.
fn remove_temp_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') && name.ends_with(".tmp") && entry.path().is_file() {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether `dir` holds no files at all (only, perhaps, empty folders).
fn is_empty_tree(dir: &Path) -> bool {
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries
        .flatten()
        .all(|e| e.path().is_dir() && is_empty_tree(&e.path()))
}
