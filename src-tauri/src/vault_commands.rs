//! Passphrases, locking and wiping: thin commands over `imr-app`'s vault, plus the
//! auto-lock watch.
//!
//! Auto-lock does not trust the window's timers (a hidden or throttled web view may not
//! run them): a thread here locks every protected case once nobody has used one for the
//! set number of minutes. "Used" means a command read or wrote an unlocked case (the
//! store counts those) or the window reported typing or clicking (`vault_activity`).
//! Before locking, the thread asks the window to save what is typed on its page
//! (`vault-lock-soon`) and gives it a few seconds; then it locks and tells the window
//! (`vault-locked`), which clears the screen; any later command on the case answers
//! `locked` in any case.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use imr_app::clinic::{SecurityChange, SecurityView};
use imr_app::recent::RecentFiles;
use imr_app::settings::Settings;
use imr_app::{AppError, CaseStore};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, State};
use zeroize::Zeroizing;

use crate::commands::AppState;
use crate::i18n_commands::LangState;

type Lang<'a> = State<'a, LangState>;

type Reply<T> = Result<T, AppError>;

/// When someone last used the app, as seen by the auto-lock watch.
pub struct VaultState {
    store: CaseStore,
    data_dir: PathBuf,
    last_activity: Mutex<Instant>,
}

impl VaultState {
    pub fn new(store: CaseStore, data_dir: &Path) -> VaultState {
        VaultState {
            store,
            data_dir: data_dir.to_path_buf(),
            last_activity: Mutex::new(Instant::now()),
        }
    }

    fn touch(&self) {
        if let Ok(mut t) = self.last_activity.lock() {
            *t = Instant::now();
        }
    }

    fn idle(&self) -> Duration {
        self.last_activity
            .lock()
            .map(|t| t.elapsed())
            .unwrap_or_default()
    }

    /// The idle time after which cases lock. Tests may shorten it with
    /// `IMR_PACKET_AUTO_LOCK_SECONDS`.
    fn limit(&self) -> Duration {
        if let Some(secs) = std::env::var("IMR_PACKET_AUTO_LOCK_SECONDS")
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
        {
            return Duration::from_secs(secs.max(1));
        }
        Duration::from_secs(u64::from(Settings::load(&self.data_dir).auto_lock_minutes) * 60)
    }
}

/// How long auto-lock waits for the window to save the page before locking anyway.
const WINDOW_SAVE_WAIT: Duration = Duration::from_secs(5);

/// Starts the auto-lock watch: every few seconds, lock everything if idle too long.
pub fn start_auto_lock(app: AppHandle) {
    std::thread::spawn(move || {
        let mut seen_uses = u64::MAX;
        loop {
            std::thread::sleep(Duration::from_secs(2));
            let state = app.state::<VaultState>();
            let uses = state.store.key_uses();
            if uses != seen_uses {
                seen_uses = uses;
                state.touch();
            }
            if state.store.any_unlocked() && state.idle() >= state.limit() {
                // The window first saves what is typed on its page (with the key still
                // here) and locks; if it does not within a few seconds (a frozen or
                // throttled web view), the case is locked anyway.
                let _ = app.emit("vault-lock-soon", ());
                let asked = Instant::now();
                while state.store.any_unlocked() && asked.elapsed() < WINDOW_SAVE_WAIT {
                    std::thread::sleep(Duration::from_millis(200));
                }
                state.store.lock_all();
                let _ = app.emit("vault-locked", ());
                seen_uses = state.store.key_uses();
            }
        }
    });
}

#[derive(Serialize)]
pub struct VaultStatus {
    protected: bool,
    locked: bool,
}

#[tauri::command]
pub fn vault_status(state: State<'_, AppState>, id: String) -> VaultStatus {
    VaultStatus {
        protected: state.store().is_protected(&id),
        locked: state.store().is_locked(&id),
    }
}

/// Starts a new case protected by `passphrase`. Deriving the key takes a moment: off the
/// window's thread.
#[tauri::command(async)]
pub fn create_protected_case(
    state: State<'_, AppState>,
    vault: State<'_, VaultState>,
    passphrase: String,
) -> Reply<String> {
    let passphrase = Zeroizing::new(passphrase);
    vault.touch();
    let now = chrono::Local::now().naive_local();
    state
        .store()
        .create_protected(now, &passphrase)
        .map(|c| c.id)
}

#[tauri::command(async)]
pub fn unlock_case(
    state: State<'_, AppState>,
    vault: State<'_, VaultState>,
    id: String,
    passphrase: String,
) -> Reply<()> {
    let passphrase = Zeroizing::new(passphrase);
    vault.touch();
    // One open case at a time: opening this one locks the others.
    state.store().lock_all();
    state.store().unlock(&id, &passphrase)
}

#[tauri::command]
pub fn lock_all_cases(state: State<'_, AppState>) {
    state.store().lock_all();
}

/// The window saw typing or clicking.
#[tauri::command]
pub fn vault_activity(vault: State<'_, VaultState>) {
    vault.touch();
}

#[tauri::command]
pub fn security_settings(state: State<'_, AppState>) -> SecurityView {
    state.store().security_view()
}

/// Saves the settings screen; `coordinator` is the coordinator's passphrase when one is
/// set.
#[tauri::command(async)]
pub fn save_security_settings(
    state: State<'_, AppState>,
    change: SecurityChange,
    coordinator: Option<String>,
) -> Reply<SecurityView> {
    let coordinator = coordinator.map(Zeroizing::new);
    state
        .store()
        .change_security(&change, coordinator.as_deref().map(String::as_str))
}

/// Gives an application without a passphrase one (it is left locked).
#[tauri::command(async)]
pub fn protect_case(state: State<'_, AppState>, id: String, passphrase: String) -> Reply<()> {
    let passphrase = Zeroizing::new(passphrase);
    state.store().protect(&id, &passphrase)
}

/// The coordinator's view for the start page, in words.
#[tauri::command]
pub fn computer_overview(state: State<'_, AppState>, lang: Lang<'_>) -> Vec<String> {
    state
        .store()
        .computer_overview(chrono::Local::now().fixed_offset())
        .lines(lang.get())
}

/// Removes every case and everything the app and its web view keep in the data, config
/// and cache folders, and this app's files in the desktop's recent-files list. Returns the
/// folders it emptied.
#[tauri::command]
pub fn remove_everything(
    app: AppHandle,
    state: State<'_, AppState>,
    recent: State<'_, RecentFiles>,
) -> Reply<Vec<PathBuf>> {
    state.store().remove_everything()?;
    crate::recent_files::forget(&recent, &state.saved_files())?;
    let mut cleaned = vec![state.store().data_dir().to_path_buf()];
    let paths = app.path();
    let mut folders: Vec<PathBuf> = [
        paths.app_data_dir(),
        paths.app_local_data_dir(),
        paths.app_config_dir(),
        paths.app_cache_dir(),
        paths.app_log_dir(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some(dirs) = directories::ProjectDirs::from("org", "IMR Packet", "IMR Packet") {
        folders.extend([
            dirs.data_dir().to_path_buf(),
            dirs.data_local_dir().to_path_buf(),
            dirs.config_dir().to_path_buf(),
            dirs.cache_dir().to_path_buf(),
        ]);
    }
    folders.sort();
    folders.dedup();
    for folder in folders {
        if folder == state.store().data_dir() || !folder.is_dir() {
            continue;
        }
        empty_folder(&folder)?;
        cleaned.push(folder);
    }
    Ok(cleaned)
}

/// Removes what is inside `folder` (the web view may still hold the folder itself open).
fn empty_folder(folder: &Path) -> Reply<()> {
    let entries = std::fs::read_dir(folder)
        .map_err(|e| AppError::storage(&format!("emptying {}", folder.display()), &e))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let result = if path.is_dir() && !path.is_symlink() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        // The web view may be writing a file as we go; one that vanished is fine.
        if let Err(e) = result {
            if e.kind() != std::io::ErrorKind::NotFound {
                return Err(AppError::storage(
                    &format!("emptying {}", folder.display()),
                    &e,
                ));
            }
        }
    }
    Ok(())
}
