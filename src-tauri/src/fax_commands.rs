//! The fax preview command: a few lines over `imr-app`.

use imr_app::fax::FaxPreview;
use imr_app::AppError;
use imr_i18n::Localize;
use tauri::State;

use crate::commands::AppState;
use crate::i18n_commands::LangState;

/// Page `page` (from 1) of document `index` as the fax packet will carry it, its title
/// in the person's language when the app gave it.
#[tauri::command(async)]
pub fn fax_preview(
    state: State<'_, AppState>,
    lang: State<'_, LangState>,
    id: String,
    index: usize,
    page: usize,
) -> Result<FaxPreview, AppError> {
    let preview = state.store.fax_preview(&id, index, page)?;
    Ok(preview.localized(lang.get()))
}
