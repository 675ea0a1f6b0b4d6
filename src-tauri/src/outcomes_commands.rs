//! Past IMR outcomes and the follow-up after sending: thin commands over `imr-outcomes`
//! and `imr_app::followup`.

use std::path::PathBuf;

use imr_app::followup::{FollowUpView, SentAnswers, SentSaved};
use imr_app::{AppError, Code};
use imr_case::form::ids;
use imr_outcomes::{Category, Outcomes, Suggestion, Summary};
use serde::Serialize;
use tauri::State;

use crate::commands::{now, today, AppState};
use crate::i18n_commands::LangState;

type Reply<T> = Result<T, AppError>;

/// A category of the data (its English `name`, what queries use) and how it is shown.
#[derive(Serialize)]
pub struct CategoryView {
    #[serde(flatten)]
    category: Category,
    label: String,
}

fn shown(lang: imr_i18n::Lang, categories: Vec<Category>) -> Vec<CategoryView> {
    categories
        .into_iter()
        .map(|category| CategoryView {
            label: imr_app::localize::outcome_category_label(lang, &category.name),
            category,
        })
        .collect()
}

#[derive(Serialize)]
pub struct OutcomesStart {
    diagnoses: Vec<CategoryView>,
    treatments: Vec<CategoryView>,
    coverage: (u16, u16),
    /// Categories guessed from the case's own words (empty without a case).
    suggestion: Suggestion,
    /// What the person typed, to show why the guess was made.
    condition: String,
    treatment: String,
    source_name: &'static str,
    source_portal: &'static str,
}

/// The category lists, the years covered, and a first guess from the case (if any).
#[tauri::command]
pub fn outcomes_start(
    state: State<'_, AppState>,
    lang: State<'_, LangState>,
    id: Option<String>,
) -> Reply<OutcomesStart> {
    let lang = lang.get();
    let outcomes = Outcomes::bundled();
    let (condition, treatment) = match id {
        Some(id) => {
            let case = state.store.load(&id)?;
            let get = |k: &str| case.file.answers.get(k).cloned().unwrap_or_default();
            (get(ids::PROBLEM_CONDITION), get(ids::PROBLEM_TREATMENT))
        }
        None => (String::new(), String::new()),
    };
    Ok(OutcomesStart {
        diagnoses: shown(lang, outcomes.diagnoses()),
        treatments: shown(lang, outcomes.treatments()),
        coverage: outcomes.coverage(),
        suggestion: imr_outcomes::suggest(&condition, &treatment),
        condition,
        treatment,
        source_name: imr_outcomes::SOURCE_NAME,
        source_portal: imr_outcomes::SOURCE_PORTAL,
    })
}

/// Past decisions for a diagnosis and a treatment category (`null` for any).
#[tauri::command]
pub fn outcomes_query(diagnosis: Option<String>, treatment: Option<String>) -> Reply<Summary> {
    Outcomes::bundled()
        .query(diagnosis.as_deref(), treatment.as_deref())
        .map_err(|e| AppError::new(Code::Invalid, e.to_string()))
}

#[tauri::command]
pub fn follow_up(state: State<'_, AppState>, id: String) -> Reply<FollowUpView> {
    state.store.follow_up(&id, today())
}

#[tauri::command]
pub fn record_sent(
    state: State<'_, AppState>,
    lang: State<'_, LangState>,
    id: String,
    answers: SentAnswers,
) -> Reply<SentSaved> {
    state
        .store
        .record_sent(&id, &answers, today(), now(), lang.get())
}

/// Writes the calendar file where the person chose (through the save dialog).
#[tauri::command]
pub fn save_calendar(
    state: State<'_, AppState>,
    lang: State<'_, LangState>,
    id: String,
    path: PathBuf,
) -> Reply<usize> {
    state.store.save_calendar(
        &id,
        &path,
        today(),
        chrono::Utc::now().naive_utc(),
        lang.get(),
    )
}
