//! The offline help ("Questions and answers about IMR") in the language in use.

use imr_app::help::{help, topic_for, HelpTopic};
use tauri::State;

use crate::i18n_commands::LangState;

/// Every help topic, in the window's language.
#[tauri::command]
pub fn help_topics(lang: State<'_, LangState>) -> Vec<HelpTopic> {
    help(lang.get())
}

/// The topic that answers the question on the window's page `page` (its route), if any.
#[tauri::command]
pub fn help_topic_for(page: String) -> Option<&'static str> {
    topic_for(&page)
}
