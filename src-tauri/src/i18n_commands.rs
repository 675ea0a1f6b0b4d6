//! The language of the window: the messages for `ui/i18n.js`, and the choice on the start
//! page, remembered in the data folder's settings file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::RwLock;

use imr_app::settings::Settings;
use imr_app::AppError;
use imr_i18n::Lang;
use serde::Serialize;
use tauri::State;

/// The language now in use; other commands read it to answer in that language.
pub struct LangState {
    data_dir: PathBuf,
    lang: RwLock<Lang>,
}

impl LangState {
    pub fn open(data_dir: &Path) -> LangState {
        LangState {
            data_dir: data_dir.to_path_buf(),
            lang: RwLock::new(Settings::load(data_dir).lang()),
        }
    }

    pub fn get(&self) -> Lang {
        self.lang.read().map(|l| *l).unwrap_or_default()
    }
}

#[derive(Serialize)]
pub struct Messages {
    lang: Lang,
    messages: BTreeMap<String, String>,
    /// The DMHC contact details by placeholder name (`phone`, `fax`, …): `t()` fills
    /// `{ $phone }` from here when the caller does not pass it.
    contacts: BTreeMap<&'static str, String>,
}

fn messages_for(lang: Lang) -> Messages {
    Messages {
        lang,
        messages: imr_i18n::catalog(lang),
        contacts: imr_case::contacts::placeholders().into_iter().collect(),
    }
}

/// Every message of the language in use (or of `lang`), placeholders as `{ $name }`.
#[tauri::command]
pub fn messages(state: State<'_, LangState>, lang: Option<Lang>) -> Messages {
    messages_for(lang.unwrap_or_else(|| state.get()))
}

/// Changes the language, remembers it, and returns its messages.
#[tauri::command]
pub fn set_language(state: State<'_, LangState>, lang: Lang) -> Result<Messages, AppError> {
    Settings::set_language(&state.data_dir, lang)?;
    if let Ok(mut current) = state.lang.write() {
        *current = lang;
    }
    Ok(messages_for(lang))
}
