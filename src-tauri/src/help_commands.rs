//! The offline help ("Questions and answers about IMR") in the language in use.

use imr_app::help::{help, HelpTopic};
use tauri::State;

use crate::i18n_commands::LangState;

/// Every help topic, in the window's language.
#[tauri::command]
pub fn help_topics(lang: State<'_, LangState>) -> Vec<HelpTopic> {
    help(lang.get())
}
