//! Clinic handoff: export a case to one encrypted file, import one as a new case. A few
//! lines each over `imr-app` (crates/imr-app/src/handoff.rs).

use std::path::PathBuf;

use imr_app::AppError;
use tauri::State;

use crate::commands::{now, AppState};

/// Writes case `id` to `path`, encrypted with `passphrase`.
#[tauri::command(async)]
pub fn export_case(
    state: State<'_, AppState>,
    id: String,
    passphrase: String,
    path: PathBuf,
) -> Result<(), AppError> {
    state.store.export_case(&id, &passphrase, &path)
}

/// Adds the export file at `path` as a new case; returns its id. `local_passphrase`
/// protects the new case on this computer (required in clinic mode).
#[tauri::command(async)]
pub fn import_case(
    state: State<'_, AppState>,
    path: PathBuf,
    passphrase: String,
    local_passphrase: Option<String>,
) -> Result<String, AppError> {
    state
        .store
        .import_case(&path, &passphrase, local_passphrase.as_deref(), now())
}
