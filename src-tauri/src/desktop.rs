//! What only the desktop can do for the app: read the computer's clock, open a file in
//! the system's viewer or file manager, and name the web view's own folders.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, NaiveDate};
use imr_app::{App, AppError, Clock};
use tauri::{AppHandle, Manager};
use tauri_plugin_opener::OpenerExt;

/// The computer's clock.
pub struct SystemClock {
    start: Instant,
    /// A fixed "today", for the window tests only (see [`test_today`]).
    today: Option<NaiveDate>,
}

impl SystemClock {
    pub fn new() -> SystemClock {
        SystemClock {
            start: Instant::now(),
            today: test_today(),
        }
    }
}

impl Clock for SystemClock {
    fn now(&self) -> DateTime<FixedOffset> {
        chrono::Local::now().fixed_offset()
    }

    fn today(&self) -> NaiveDate {
        self.today.unwrap_or_else(|| self.now().date_naive())
    }

    fn monotonic(&self) -> Duration {
        self.start.elapsed()
    }
}

/// In a debug build (the one the window tests drive), `IMR_PACKET_TODAY=YYYY-MM-DD` fixes
/// today's date. A release build never reads it.
fn test_today() -> Option<NaiveDate> {
    if !cfg!(debug_assertions) {
        return None;
    }
    let day = std::env::var("IMR_PACKET_TODAY").ok()?;
    NaiveDate::parse_from_str(&day, "%Y-%m-%d").ok()
}

/// In a debug build, `IMR_PACKET_AUTO_LOCK_SECONDS` shortens the idle time before cases
/// lock (the window tests cannot wait minutes). A release build never reads it.
pub fn test_idle_limit() -> Option<Duration> {
    if !cfg!(debug_assertions) {
        return None;
    }
    let secs = std::env::var("IMR_PACKET_AUTO_LOCK_SECONDS").ok()?;
    secs.parse::<u64>().ok().map(Duration::from_secs)
}

/// Opens a file the app saved in the system's PDF viewer.
pub fn open(handle: &AppHandle, app: &App, path: &Path) -> Result<(), AppError> {
    handle
        .opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|e| {
            // The launcher's own words (`Launcher "gio" … ExitStatus`) help no one here.
            eprintln!("IMR Packet: opening {}: {e}", path.display());
            app.could_not_open(path, false)
        })
}

/// Shows a file the app saved in the system's file manager (its folder, when the file
/// manager cannot point at the file).
pub fn show_in_folder(handle: &AppHandle, app: &App, path: &Path) -> Result<(), AppError> {
    let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let opener = handle.opener();
    opener
        .reveal_item_in_dir(path)
        .or_else(|_| opener.open_path(folder.to_string_lossy(), None::<&str>))
        .map_err(|e| {
            eprintln!("IMR Packet: showing {}: {e}", folder.display());
            app.could_not_open(path, true)
        })
}

/// The folders the app and its web view keep things in, besides the data folder.
pub fn app_folders(handle: &AppHandle) -> Vec<PathBuf> {
    let paths = handle.path();
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
    if let Some(dirs) = project_dirs() {
        folders.extend([
            dirs.data_dir().to_path_buf(),
            dirs.data_local_dir().to_path_buf(),
            dirs.config_dir().to_path_buf(),
            dirs.cache_dir().to_path_buf(),
        ]);
    }
    folders
}

pub fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("org", "IMR Packet", "IMR Packet")
}

/// Where the cases are kept. Tests and portable installs can point the app at another
/// folder with `IMR_PACKET_DATA_DIR`.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("IMR_PACKET_DATA_DIR") {
        return PathBuf::from(dir);
    }
    project_dirs()
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("imr-packet-data"))
}
