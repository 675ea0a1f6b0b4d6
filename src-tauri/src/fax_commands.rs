//! The fax preview command: a few lines over `imr-app`.

use imr_app::fax::FaxPreview;
use imr_app::AppError;
use tauri::State;

use crate::commands::AppState;

/// Page `page` (from 1) of document `index` as the fax packet will carry it.
#[tauri::command(async)]
pub fn fax_preview(
    state: State<'_, AppState>,
    id: String,
    index: usize,
    page: usize,
) -> Result<FaxPreview, AppError> {
    state.store.fax_preview(&id, index, page)
}
