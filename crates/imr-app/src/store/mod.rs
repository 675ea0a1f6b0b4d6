//! Where cases live on this computer, one folder per case:
//!
//! ```text
//! <data dir>/cases/<case id>/case.json     answers + document list (the case file format)
//! <data dir>/cases/<case id>/app.json      the app's own notes: created, changed, sent
//! <data dir>/cases/<case id>/documents/    copies of the person's files
//! ```
//!
//! A case started with a passphrase keeps the same things sealed instead (see
//! [`crate::vault`]); the functions here read and write through
//! [`CaseStore::read_case_bytes`] and [`CaseStore::write_case_bytes`], which seal and open
//! as needed.
//!
//! The store is load, save and seal only: opening the data folder, each case's folder,
//! creating, loading, saving, listing and deleting cases, and the sealing layer (keys,
//! locking, protecting, sealed bytes, in `seal.rs`). Each use case is a module of
//! functions over it (`documents`, `packet`, `fax`, `followup`, `handoff`, `vault`,
//! `recovery`, `clinic`, and `screens` for saving a page's answers), called by
//! [`crate::App`]. Only [`CaseStore::open`] and [`CaseStore::with_kdf`] are public: the
//! app is driven through `App` (a test in tests/layering.rs keeps it so).
//!
//! Every file is written atomically: to a temporary file in the same folder, flushed to
//! disk, renamed over the old one, and the folder flushed, so a crash or power cut
//! leaves either the old file or the new one, never half of one.

mod seal;

pub(crate) use seal::{
    check_passphrase, vault_message, CaseSource, ReadError, MIN_PASSPHRASE_CHARS,
};

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use imr_case::case::{validate, Answers, CaseFile, CaseFileError};
use imr_case::form::ids;
use serde::{Deserialize, Serialize};

use crate::settings::Settings;
use crate::{AppError, Code};
use seal::KeyRing;

/// Version of `app.json`. Version 2 adds `packet_made`; an older app refuses it as newer
/// rather than call it damaged.
pub(crate) const APP_STATE_VERSION: u32 = 2;

/// When the packet was last made (not where: the path would name the person's folders).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct PacketRecord {
    pub(crate) on: NaiveDate,
    pub(crate) pages: usize,
    pub(crate) mode: imr_packet::Mode,
}

/// When and how the packet was sent, as the person recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentRecord {
    pub sent_on: NaiveDate,
    pub method: imr_case::rules::followup::SendMethod,
    /// The fax machine's or service's confirmation number, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fax_confirmation: Option<String>,
    /// How many pages the fax confirmation says went through, if it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fax_pages: Option<u32>,
}

/// The app's notes about a case, beside the case file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AppState {
    pub(crate) schema_version: u32,
    pub(crate) created: NaiveDateTime,
    pub(crate) updated: NaiveDateTime,
    /// The last screen the person finished, to offer "continue where you left off".
    #[serde(default)]
    pub(crate) last_screen: Option<String>,
    /// When and how the packet was sent, once the person has said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) sent: Option<SentRecord>,
    /// The last packet made, once one was saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) packet_made: Option<PacketRecord>,
}

impl AppState {
    /// The notes of a case begun (or begun again) at `now`: nothing finished, sent or made.
    pub(crate) fn new(now: NaiveDateTime) -> AppState {
        AppState {
            schema_version: APP_STATE_VERSION,
            created: now,
            updated: now,
            last_screen: None,
            sent: None,
            packet_made: None,
        }
    }
}

/// A case as stored: the case file and the app's notes.
#[derive(Debug, Clone)]
pub(crate) struct StoredCase {
    pub(crate) id: String,
    pub(crate) file: CaseFile,
    pub(crate) state: AppState,
}

/// A line in the list of cases on the start page.
#[derive(Debug, Clone, Serialize)]
pub struct CaseSummary {
    pub id: String,
    /// The patient's name, or "New application" when not given yet.
    pub name: String,
    pub updated: NaiveDateTime,
    /// "In progress", or "Ready to make the packet" when every answer checks out.
    pub status: String,
    /// Set when the case could not be read; `name` then says so.
    pub problem: Option<String>,
    /// The line under the name: the status and when it last changed ("In progress. Last
    /// changed December 2, 2026 at 6:42 PM."), or the problem.
    pub line: String,
    /// Started with a passphrase: the list never shows its name.
    pub protected: bool,
    /// Without a passphrase on a computer in clinic mode: the start page offers
    /// "Protect it now".
    pub protect_now: bool,
}

impl StoredCase {
    /// An empty case started `now`.
    pub(crate) fn new(id: String, now: NaiveDateTime) -> StoredCase {
        StoredCase {
            id,
            file: CaseFile::new(),
            state: AppState::new(now),
        }
    }
}

/// All cases on this computer.
#[derive(Debug, Clone)]
pub struct CaseStore {
    root: PathBuf,
    data_dir: PathBuf,
    /// Keys of the unlocked protected cases (memory only).
    keys: KeyRing,
    /// Argon2id settings for new protected cases.
    kdf: imr_vault::KdfParams,
}

impl CaseStore {
    /// Opens (and creates if needed) the case store under `data_dir`.
    pub fn open(data_dir: &Path) -> Result<CaseStore, AppError> {
        let root = data_dir.join("cases");
        fs::create_dir_all(&root).map_err(|e| AppError::storage("making the cases folder", &e))?;
        Ok(CaseStore {
            root,
            data_dir: data_dir.to_path_buf(),
            keys: KeyRing::default(),
            kdf: imr_vault::KdfParams::RECOMMENDED,
        })
    }

    /// Other Argon2id settings for new protected cases (tests use cheap ones).
    pub fn with_kdf(mut self, kdf: imr_vault::KdfParams) -> CaseStore {
        self.kdf = kdf;
        self
    }

    pub(crate) fn keys(&self) -> &KeyRing {
        &self.keys
    }

    pub(crate) fn kdf(&self) -> imr_vault::KdfParams {
        self.kdf
    }

    /// The data folder this store lives in.
    pub(crate) fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The data folder's settings (clinic mode, auto-lock).
    pub(crate) fn settings(&self) -> Result<Settings, AppError> {
        Settings::load_checked(&self.data_dir)
    }

    /// `<data dir>/cases`.
    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    /// The folder of case `id`, once `id` is known to name one of this store's folders.
    pub(crate) fn case_dir(&self, id: &str) -> Result<PathBuf, AppError> {
        // Ids are made here; refuse anything that could step outside the store.
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(AppError::text(
                Code::Invalid,
                "error-not-a-case-id",
                &[("id", id)],
            ));
        }
        Ok(self.root.join(id))
    }

    /// Starts a new, empty case without a passphrase. Refused in clinic mode.
    pub(crate) fn create(&self, now: NaiveDateTime) -> Result<StoredCase, AppError> {
        if self.settings()?.clinic_mode {
            return Err(AppError::text(
                Code::PassphraseRequired,
                "error-clinic-needs-passphrase",
                &[],
            ));
        }
        let id = self.new_case_dir(now)?;
        let case = StoredCase::new(id, now);
        self.save(&case)?;
        Ok(case)
    }

    /// Makes the folder of a new case and returns its id.
    pub(crate) fn new_case_dir(&self, now: NaiveDateTime) -> Result<String, AppError> {
        let base = format!("case-{}", now.format("%Y%m%d-%H%M%S"));
        let mut id = base.clone();
        let mut n = 1;
        while self.root.join(&id).exists() {
            n += 1;
            id = format!("{base}-{n}");
        }
        let dir = self.root.join(&id);
        fs::create_dir_all(dir.join("documents"))
            .map_err(|e| AppError::storage("making the case folder", &e))?;
        Ok(id)
    }

    /// Reads a case. In clinic mode set to refuse applications without a passphrase, a
    /// plain one gives [`Code::MustProtect`] until it is protected.
    pub(crate) fn load(&self, id: &str) -> Result<StoredCase, AppError> {
        let dir = self.case_dir(id)?;
        if !dir.is_dir() {
            return Err(AppError::text(Code::NotFound, "app-case-gone", &[]));
        }
        if self.is_protected(id) {
            return self.load_protected(id);
        }
        let settings = self.settings()?;
        if settings.clinic_mode && settings.refuse_unprotected {
            return Err(AppError::text(
                Code::MustProtect,
                "error-case-must-protect",
                &[],
            ));
        }
        self.load_plain(id)
    }

    /// Reads a case without a passphrase, whatever the settings say.
    pub(crate) fn load_plain(&self, id: &str) -> Result<StoredCase, AppError> {
        let dir = self.case_dir(id)?;
        if !dir.is_dir() {
            return Err(AppError::text(Code::NotFound, "app-case-gone", &[]));
        }
        let file = read_case_file(&dir)?;
        let state = read_app_state(&dir)?;
        Ok(StoredCase {
            id: id.to_string(),
            file,
            state,
        })
    }

    /// Saves both files of a case atomically.
    pub(crate) fn save(&self, case: &StoredCase) -> Result<(), AppError> {
        let json = zeroize::Zeroizing::new(case.file.to_json_pretty());
        self.write_case_bytes(&case.id, "case.json", json.as_bytes())?;
        let state = serde_json::to_string_pretty(&case.state)
            .map_err(|e| AppError::new(Code::Invalid, e.to_string()))?;
        self.write_case_bytes(&case.id, "app.json", state.as_bytes())
    }

    /// Every case, most recently changed first, with names and statuses in `lang`. A case
    /// that cannot be read is listed with its problem, so the others still open.
    pub(crate) fn list(
        &self,
        lang: imr_i18n::Lang,
        today: NaiveDate,
    ) -> Result<Vec<CaseSummary>, AppError> {
        let say = |id: &str| imr_i18n::text(lang, id, &[]);
        let clinic = Settings::load(&self.data_dir).clinic_mode;
        let entries =
            fs::read_dir(&self.root).map_err(|e| AppError::storage("reading the cases", &e))?;
        let mut out = Vec::new();
        for entry in entries.flatten() {
            let Some(id) = entry.file_name().to_str().map(str::to_string) else {
                continue;
            };
            if !entry.path().is_dir() || self.case_dir(&id).is_err() {
                continue;
            }
            if self.is_protected(&id) {
                out.push(self.protected_summary(&id, lang));
                continue;
            }
            match self.load_plain(&id) {
                Ok(case) => out.push(CaseSummary {
                    name: patient_name_in(lang, &case.file.answers),
                    updated: case.state.updated,
                    status: match (validate(&case.file, today).is_ok(), case.state.packet_made) {
                        (true, Some(made)) => imr_i18n::Message::new("case-status-packet-made")
                            .with(
                                "date",
                                imr_i18n::long_date(
                                    lang,
                                    chrono::Datelike::year(&made.on),
                                    chrono::Datelike::month(&made.on),
                                    chrono::Datelike::day(&made.on),
                                ),
                            )
                            .render(lang),
                        (true, None) => say("case-status-ready"),
                        (false, _) => say("case-status-in-progress"),
                    },
                    problem: None,
                    line: String::new(),
                    protected: false,
                    protect_now: clinic,
                    id,
                }),
                Err(e) => out.push(CaseSummary {
                    name: say("case-cannot-open-name"),
                    updated: NaiveDateTime::default(),
                    status: say("case-status-cannot-open"),
                    problem: Some(e.message_in(lang)),
                    line: String::new(),
                    protected: false,
                    protect_now: false,
                    id,
                }),
            }
        }
        for summary in &mut out {
            summary.line = match &summary.problem {
                Some(problem) => problem.clone(),
                None => summary_line(lang, &summary.status, summary.updated),
            };
        }
        out.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    /// Deletes a case and its copies of documents. A locked protected case is refused:
    /// [`crate::vault::delete_checked`] takes its passphrase.
    pub(crate) fn delete(&self, id: &str) -> Result<(), AppError> {
        self.case_dir(id)?;
        if self.is_locked(id) {
            return Err(AppError::text(
                Code::Locked,
                "error-delete-needs-passphrase",
                &[],
            ));
        }
        self.remove_case_folder(id)
    }

    /// Removes a case's folder, whoever may ask: the checks are the caller's.
    pub(crate) fn remove_case_folder(&self, id: &str) -> Result<(), AppError> {
        let dir = self.case_dir(id)?;
        self.lock(id);
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| AppError::storage("deleting the case", &e))?;
        }
        Ok(())
    }
}

/// Where what was read in document copy `path` is kept (see [`crate::reading`]):
/// `reading/<copy name>.json`; in a protected case, whose copies are `NNN.vault`,
/// `reading/NNN.vault`, since a protected case keeps only sealed `.vault` files.
pub(crate) fn reading_file(document_path: &str) -> String {
    let name = document_path.rsplit('/').next().unwrap_or_default();
    if name.ends_with(".vault") {
        format!("reading/{name}")
    } else {
        format!("reading/{name}.json")
    }
}

/// Reads `case.json` in a case folder. A file from a newer version of the app gives
/// [`Code::NewerVersion`] (and is left as it is); a missing or damaged one gives
/// [`Code::BadCase`].
pub(crate) fn read_case_file(dir: &Path) -> Result<CaseFile, AppError> {
    let path = dir.join("case.json");
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(match set_aside_copy(dir, "case.json") {
                Some(backup) => AppError::text(
                    Code::BadCase,
                    "app-case-damaged",
                    &[
                        ("backup", &backup.display().to_string()),
                        ("documents", &dir.join("documents").display().to_string()),
                    ],
                ),
                None => AppError::text(Code::BadCase, "app-case-missing", &[]),
            });
        }
        Err(e) => {
            return Err(AppError::text(
                Code::BadCase,
                "app-case-unreadable",
                &[("reason", &e.to_string())],
            ))
        }
    };
    parse_case_file(&text)
}

/// The case file from its text; a newer schema gives [`Code::NewerVersion`].
pub(crate) fn parse_case_file(text: &str) -> Result<CaseFile, AppError> {
    CaseFile::from_json(text).map_err(|e| {
        let code = match e {
            CaseFileError::NewerSchema { .. } => Code::NewerVersion,
            _ => Code::BadCase,
        };
        AppError::text(code, "app-case-cannot-open", &[("reason", &e.to_string())])
    })
}

/// Reads `app.json` in a case folder, like [`read_case_file`].
pub(crate) fn read_app_state(dir: &Path) -> Result<AppState, AppError> {
    let damaged = || AppError::text(Code::BadCase, "app-notes-unreadable", &[]);
    let text = fs::read(dir.join("app.json")).map_err(|_| damaged())?;
    parse_app_state(&text)
}

/// The app's notes from their bytes, like [`parse_case_file`].
pub(crate) fn parse_app_state(text: &[u8]) -> Result<AppState, AppError> {
    let damaged = || AppError::text(Code::BadCase, "app-notes-unreadable", &[]);
    let value: serde_json::Value = serde_json::from_slice(text).map_err(|_| damaged())?;
    match value.get("schema_version").and_then(|v| v.as_u64()) {
        Some(found) if found > u64::from(APP_STATE_VERSION) => Err(AppError::text(
            Code::NewerVersion,
            "app-notes-newer",
            &[
                ("found", &found.to_string()),
                ("reads", &APP_STATE_VERSION.to_string()),
            ],
        )),
        _ => serde_json::from_value::<AppState>(value).map_err(|_| damaged()),
    }
}

/// The newest `<name>.damaged-…` copy kept in `dir`, if any.
pub(crate) fn set_aside_copy(dir: &Path, name: &str) -> Option<PathBuf> {
    let prefix = format!("{name}.damaged-");
    fs::read_dir(dir)
        .ok()?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .map(|e| e.path())
        .max()
}

/// Whether the patient's name is given yet.
pub(crate) fn has_patient_name(answers: &Answers) -> bool {
    [ids::PATIENT_FIRST_NAME, ids::PATIENT_LAST_NAME]
        .iter()
        .any(|id| answers.get(*id).is_some_and(|s| !s.trim().is_empty()))
}

/// "José Núñez", or "New application" in `lang` before the name is given.
pub(crate) fn patient_name_in(lang: imr_i18n::Lang, answers: &Answers) -> String {
    let name = [ids::PATIENT_FIRST_NAME, ids::PATIENT_LAST_NAME]
        .iter()
        .filter_map(|id| answers.get(*id))
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if name.is_empty() {
        imr_i18n::text(lang, "case-new-application", &[])
    } else {
        name
    }
}

/// "In progress. Last changed December 2, 2026 at 6:42 PM."
fn summary_line(lang: imr_i18n::Lang, status: &str, updated: NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    imr_i18n::Message::new("start-case-changed")
        .with("status", status.to_string())
        .with(
            "when",
            imr_i18n::date_time(
                lang,
                updated.year(),
                updated.month(),
                updated.day(),
                updated.hour(),
                updated.minute(),
            ),
        )
        .render(lang)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// The plain delete (an import that failed halfway removes its new case with it)
    /// refuses a protected case whose key is not in memory; the window's delete asks for
    /// the passphrase first (crate::vault).
    #[test]
    fn delete_refuses_a_locked_case_and_takes_an_open_one() {
        let dir = tempfile::tempdir().unwrap();
        let store = CaseStore::open(dir.path())
            .unwrap()
            .with_kdf(imr_vault::KdfParams::INSECURE_FOR_TESTS);
        let at = NaiveDate::from_ymd_opt(2026, 3, 1)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let id = store
            .create_protected(at, "purple otter sings at noon")
            .unwrap()
            .id;
        store.lock_all();
        assert_eq!(store.delete(&id).unwrap_err().code, Code::Locked);
        assert!(store.case_dir(&id).unwrap().is_dir());
        store.unlock(&id, "purple otter sings at noon").unwrap();
        store.delete(&id).unwrap();
        assert!(!store.case_dir(&id).unwrap().exists());
    }
}
