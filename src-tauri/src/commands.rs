//! The commands the window calls. Each is a few lines over `imr-app`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::{NaiveDate, NaiveDateTime};
use imr_app::documents::DocumentView;
use imr_app::localize;
use imr_app::packet::{
    expected_documents_in, suggestions_in, ExpectedView, PacketMade, PacketPreview, SigningChoice,
};
use imr_app::recent::RecentFiles;
use imr_app::recovery::Recovered;
use imr_app::screens::{self, AnswerSection, ScreenView, TaskView};
use imr_app::{AppError, CaseStore, CaseSummary, Code};
use imr_case::case::Answers;
use imr_case::form::{DocumentKind, Form};
use imr_case::rules::{assess, EligibilityFacts, RulesReport};
use imr_i18n::Localize;
use imr_packet::Mode;
use serde::Serialize;
use tauri::{Emitter, State};
use tauri_plugin_opener::OpenerExt;

use crate::i18n_commands::LangState;

/// The language the window is in.
type Lang<'a> = State<'a, LangState>;

pub struct AppState {
    pub(crate) store: CaseStore,
    data_dir: PathBuf,
    /// Files this app saved; only these may be opened in another program.
    saved: Mutex<BTreeSet<PathBuf>>,
    /// What the start-up check found (damaged files kept aside), shown once.
    notices: Mutex<Vec<Recovered>>,
}

impl AppState {
    pub fn open(data_dir: &Path) -> Result<AppState, AppError> {
        let store = CaseStore::open(data_dir)?;
        let mut notices = store.recover(now())?;
        let removed = store.remove_stale(chrono::Local::now().fixed_offset())?;
        if removed > 0 {
            notices.push(Recovered {
                id: String::new(),
                message: imr_i18n::Message::new("vault-overview-removed")
                    .with("count", removed)
                    .with(
                        "days",
                        store.settings()?.remove_after_days.unwrap_or_default(),
                    ),
                backup: None,
            });
        }
        Ok(AppState {
            store,
            data_dir: data_dir.to_path_buf(),
            saved: Mutex::new(BTreeSet::new()),
            notices: Mutex::new(notices),
        })
    }

    /// The files this app saved in this session (kept in memory only).
    pub fn saved_files(&self) -> Vec<PathBuf> {
        self.saved
            .lock()
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Only files this app saved in this session may be opened or shown.
    fn check_saved(&self, path: &Path) -> Reply<()> {
        let allowed = self.saved.lock().map(|s| s.contains(path)).unwrap_or(false);
        if allowed {
            Ok(())
        } else {
            Err(AppError::text(Code::Invalid, "app-open-only-saved", &[]))
        }
    }

    /// The case store (shared with the vault commands: same key ring).
    pub fn store(&self) -> &CaseStore {
        &self.store
    }
}

type Reply<T> = Result<T, AppError>;

/// Today's date; tests fix it with `IMR_PACKET_TODAY=YYYY-MM-DD`.
pub(crate) fn today() -> NaiveDate {
    std::env::var("IMR_PACKET_TODAY")
        .ok()
        .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

pub(crate) fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

#[derive(Serialize)]
pub struct AppInfo {
    today: NaiveDate,
    data_dir: PathBuf,
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo {
        today: today(),
        data_dir: state.data_dir.clone(),
    }
}

#[derive(Serialize)]
pub struct FormDefinition {
    application: &'static Form,
    assistant: &'static Form,
    screens: &'static [screens::Screen],
    document_kinds: Vec<(DocumentKind, String)>,
    /// What the file dialog offers.
    document_extensions: &'static [&'static str],
}

/// The forms with their words in the window's language (the packet keeps English).
#[tauri::command]
pub fn form_definition(lang: Lang<'_>) -> FormDefinition {
    let lang = lang.get();
    FormDefinition {
        application: localize::application_form_in(lang),
        assistant: localize::assistant_form_in(lang),
        screens: screens::SCREENS,
        document_kinds: localize::document_kinds(lang),
        document_extensions: imr_app::documents::DOCUMENT_EXTENSIONS,
    }
}

#[tauri::command]
pub fn list_cases(state: State<'_, AppState>, lang: Lang<'_>) -> Reply<Vec<CaseSummary>> {
    state.store.list_in(lang.get(), today())
}

/// Quick exit: the window has already emptied itself. Cases are read from disk for each
/// command, so no answers are held here between commands; this locks every protected
/// case (its key is forgotten), removes this app's files from the desktop's recent-files
/// list, and forgets the packets saved in this session.
#[tauri::command]
pub fn quick_exit(state: State<'_, AppState>, recent: State<'_, RecentFiles>) {
    state.store.lock_all();
    let _ = crate::recent_files::forget(&recent, &state.saved_files());
    if let Ok(mut saved) = state.saved.lock() {
        saved.clear();
    }
}

/// What the start-up check did, once: later calls get nothing.
#[tauri::command]
pub fn startup_notices(state: State<'_, AppState>, lang: Lang<'_>) -> Vec<Recovered> {
    state
        .notices
        .lock()
        .map(|mut n| std::mem::take(&mut *n))
        .unwrap_or_default()
        .localized(lang.get())
}

#[tauri::command]
pub fn create_case(state: State<'_, AppState>) -> Reply<String> {
    state.store.create(now()).map(|c| c.id)
}

/// Deletes a case; a protected one needs its passphrase or the coordinator's.
#[tauri::command(async)]
pub fn delete_case(
    state: State<'_, AppState>,
    id: String,
    passphrase: Option<String>,
) -> Reply<()> {
    let passphrase = passphrase.map(zeroize::Zeroizing::new);
    state
        .store
        .delete_checked(&id, passphrase.as_deref().map(String::as_str))
}

#[derive(Serialize)]
pub struct Overview {
    name: String,
    /// Whether the patient's name is given (`name` says "New application" otherwise).
    named: bool,
    tasks: Vec<TaskView>,
    report: RulesReport,
    /// The documents the track expects, each added or not.
    expected: Vec<ExpectedView>,
    /// What keeps the packet from being made, each with where to fix it.
    blocking: Vec<screens::Blocking>,
    suggestions: Vec<String>,
    documents: usize,
}

#[tauri::command]
pub fn case_overview(state: State<'_, AppState>, lang: Lang<'_>, id: String) -> Reply<Overview> {
    let case = state.store.load(&id)?;
    let today = today();
    let lang = lang.get();
    Ok(Overview {
        name: imr_app::store::patient_name_in(lang, &case.file.answers),
        named: imr_app::store::has_patient_name(&case.file.answers),
        tasks: screens::task_list_of(lang, &case, today),
        report: assess(&EligibilityFacts::from_answers(&case.file.answers), today).localized(lang),
        expected: expected_documents_in(lang, &case.file),
        blocking: screens::blocking_in(lang, &case.file, today),
        suggestions: suggestions_in(lang, &case.file),
        documents: case.file.documents.len(),
    })
}

fn screen_or_error(screen: &str) -> Reply<&'static screens::Screen> {
    screens::find(screen)
        .ok_or_else(|| AppError::text(Code::Invalid, "app-no-such-page", &[("page", screen)]))
}

#[tauri::command]
pub fn get_screen(
    state: State<'_, AppState>,
    lang: Lang<'_>,
    id: String,
    screen: String,
) -> Reply<ScreenView> {
    let case = state.store.load(&id)?;
    Ok(screens::view_in(
        lang.get(),
        screen_or_error(&screen)?,
        &case.file,
        today(),
        false,
    ))
}

#[derive(Serialize)]
pub struct Saved {
    /// The screen again, with a message beside each answer to fix (empty when fine).
    view: ScreenView,
    ok: bool,
    /// The next screen of the same flow, if any.
    next: Option<&'static str>,
}

/// Saves what was typed (always: nothing typed is lost), then checks it. `eligibility`
/// says which flow the person is in: the first questions, or a task.
#[tauri::command]
pub fn save_screen(
    state: State<'_, AppState>,
    lang: Lang<'_>,
    id: String,
    screen: String,
    answers: Answers,
    eligibility: bool,
) -> Reply<Saved> {
    let s = screen_or_error(&screen)?;
    let case = state.store.save_answers(&id, &answers, Some(s.id), now())?;
    let view = screens::view_in(lang.get(), s, &case.file, today(), true);
    let ok = view.fields.iter().all(|f| f.error.is_none());
    let next = if eligibility {
        screens::next_eligibility(s.id, &case.file.answers, today())
    } else {
        screens::next_in_task(s.id, &case.file, today())
    };
    Ok(Saved { next, view, ok })
}

#[tauri::command]
pub fn eligibility(
    state: State<'_, AppState>,
    lang: State<'_, LangState>,
    id: String,
) -> Reply<RulesReport> {
    let case = state.store.load(&id)?;
    let report = assess(&EligibilityFacts::from_answers(&case.file.answers), today());
    Ok(report.localized(lang.get()))
}

#[tauri::command]
pub fn documents(
    state: State<'_, AppState>,
    lang: Lang<'_>,
    id: String,
) -> Reply<Vec<DocumentView>> {
    let lang = lang.get();
    let mut views = state.store.documents(&id)?;
    for v in &mut views {
        v.kind_label = localize::document_kind_label(lang, v.kind);
        v.title = localize::document_title_in(lang, v.kind, &v.title);
        v.problem.localize(lang);
    }
    Ok(views)
}

/// Adding a file decodes and checks it: run it off the window's thread.
#[tauri::command(async)]
pub fn add_document(
    state: State<'_, AppState>,
    id: String,
    path: PathBuf,
    kind: DocumentKind,
    title: String,
    date: Option<NaiveDate>,
) -> Reply<DocumentView> {
    state
        .store
        .add_document(&id, &path, kind, &title, date, now())
}

#[tauri::command(async)]
pub fn replace_document(
    state: State<'_, AppState>,
    id: String,
    index: usize,
    path: PathBuf,
) -> Reply<DocumentView> {
    state.store.replace_document(&id, index, &path, now())
}

#[tauri::command]
pub fn update_document(
    state: State<'_, AppState>,
    lang: Lang<'_>,
    id: String,
    index: usize,
    kind: DocumentKind,
    title: String,
    date: String,
) -> Reply<()> {
    let title = localize::document_title_from(lang.get(), &title);
    let date = imr_app::documents::read_document_date(&date)?;
    state
        .store
        .update_document(&id, index, kind, &title, date, now())
}

#[tauri::command]
pub fn remove_document(state: State<'_, AppState>, id: String, index: usize) -> Reply<()> {
    state.store.remove_document(&id, index, now())
}

#[tauri::command]
pub fn move_document(state: State<'_, AppState>, id: String, from: usize, to: usize) -> Reply<()> {
    state.store.move_document(&id, from, to, now())
}

#[tauri::command]
pub fn check_answers(
    state: State<'_, AppState>,
    lang: Lang<'_>,
    id: String,
) -> Reply<Vec<AnswerSection>> {
    let case = state.store.load(&id)?;
    Ok(screens::check_answers_in(lang.get(), &case.file, today()))
}

#[tauri::command(async)]
pub fn preview_packet(
    state: State<'_, AppState>,
    id: String,
    mode: Mode,
    signing: SigningChoice,
) -> Reply<PacketPreview> {
    state.store.preview_packet(&id, mode, today(), &signing)
}

#[tauri::command(async)]
pub fn create_packet(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    lang: Lang<'_>,
    id: String,
    mode: Mode,
    signing: SigningChoice,
    path: PathBuf,
) -> Reply<PacketMade> {
    let lang = lang.get();
    let made = state.store.create_packet_reporting(
        &id,
        mode,
        today(),
        &signing,
        &path,
        &mut |progress| {
            // A lost progress event only leaves the bar where it was.
            let _ = app.emit(
                "packet-progress",
                imr_app::packet::progress_view(lang, progress),
            );
        },
    )?;
    if let Ok(mut saved) = state.saved.lock() {
        saved.insert(made.packet.clone());
        saved.insert(made.checklist.clone());
    }
    Ok(made)
}

/// Deletes a packet this app saved, and its checklist, once printed or faxed.
#[tauri::command]
pub fn delete_saved(state: State<'_, AppState>, path: PathBuf) -> Reply<()> {
    state.check_saved(&path)?;
    let deleted = imr_app::packet::delete_saved_packet(&path)?;
    if let Ok(mut saved) = state.saved.lock() {
        for p in &deleted {
            saved.remove(p);
        }
    }
    Ok(())
}

/// Opens a packet or checklist this app saved in the system's PDF viewer.
#[tauri::command]
pub fn open_saved(app: tauri::AppHandle, state: State<'_, AppState>, path: PathBuf) -> Reply<()> {
    state.check_saved(&path)?;
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|e| {
            // The launcher's own words (`Launcher "gio" … ExitStatus`) help no one here.
            eprintln!("IMR Packet: opening {}: {e}", path.display());
            AppError::text(
                Code::Storage,
                "app-viewer-failed",
                &[("path", &path.display().to_string())],
            )
        })
}

/// Shows a file this app saved in the system's file manager (its folder, when the file
/// manager cannot point at the file).
#[tauri::command]
pub fn show_in_folder(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    path: PathBuf,
) -> Reply<()> {
    state.check_saved(&path)?;
    let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
    app.opener()
        .reveal_item_in_dir(&path)
        .or_else(|_| {
            app.opener()
                .open_path(folder.to_string_lossy(), None::<&str>)
        })
        .map_err(|e| {
            eprintln!("IMR Packet: showing {}: {e}", folder.display());
            AppError::text(
                Code::Storage,
                "app-folder-failed",
                &[("path", &path.display().to_string())],
            )
        })
}
