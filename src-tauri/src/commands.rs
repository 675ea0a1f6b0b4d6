//! The commands the window calls: each carries its arguments to one method of
//! [`imr_app::App`] and its answer (a view worded in the window's language, or a
//! `{code, message}` error) back. No logic lives here.

use std::path::PathBuf;

use imr_app::app::{
    Created, DocumentChoices, Messages, OutcomesStart, Overview, PacketPage, Saved, StartPage,
    StartView, VaultStatus,
};
use imr_app::clinic::{SecurityChange, SecurityView};
use imr_app::documents::DocumentView;
use imr_app::fax::FaxPreview;
use imr_app::followup::{CalendarSaved, FollowUpView, SentSaved};
use imr_app::help::HelpTopic;
use imr_app::outcomes::OutcomesView;
use imr_app::packet::{PacketMade, PacketPreview, SignPage, Signing, SigningProblem};
use imr_app::pages::{PageEditor, PagesView, PhotoCheck};
use imr_app::reading::ReadingView;
use imr_app::screens::{AnswerSection, ScreenView};
use imr_app::{
    Answers, App, AppError, CaseSummary, Corners, DocumentKind, Finding, Lang, Mode, Passphrase,
};
use imr_app::{NaiveDate, NewPassphrase, RulesReport};
use tauri::{AppHandle, Emitter, State};

use crate::desktop;

type A<'a> = State<'a, App>;
type Reply<T> = Result<T, AppError>;

// Async, as every command here could be: run off the main thread, which serves the
// window's files while the start page's data is made (bench/launch-bench.sh).
#[tauri::command]
pub async fn start(app: A<'_>) -> Reply<StartView> {
    app.start()
}

#[tauri::command]
pub fn list_cases(app: A<'_>) -> Reply<Vec<CaseSummary>> {
    app.list_cases()
}

#[tauri::command]
pub fn start_page(app: A<'_>) -> Reply<StartPage> {
    app.start_page()
}

#[tauri::command]
pub fn messages(app: A<'_>, lang: Option<Lang>) -> Messages {
    app.messages(lang)
}

#[tauri::command]
pub fn set_language(app: A<'_>, lang: Lang) -> Reply<Messages> {
    app.set_language(lang)
}

#[tauri::command]
pub fn help_topics(app: A<'_>) -> Vec<HelpTopic> {
    app.help_topics()
}

#[tauri::command]
pub fn help_topic_for(app: A<'_>, page: String) -> Option<&'static str> {
    app.help_topic_for(&page)
}

#[tauri::command]
pub fn quick_exit(app: A<'_>) {
    app.quick_exit()
}

#[tauri::command]
pub fn create_case(app: A<'_>) -> Reply<Created> {
    app.create_case()
}

/// Deriving a key takes a moment: the passphrase commands run off the window's thread.
#[tauri::command(async)]
pub fn create_protected_case(
    app: A<'_>,
    passphrase: Passphrase,
    confirm: Passphrase,
) -> Reply<Created> {
    app.create_protected_case(&passphrase, &confirm)
}

#[tauri::command(async)]
pub fn delete_case(app: A<'_>, id: String, passphrase: Option<Passphrase>) -> Reply<()> {
    app.delete_case(&id, passphrase.as_deref().map(String::as_str))
}

#[tauri::command]
pub fn packet_page(app: A<'_>, id: String) -> Reply<PacketPage> {
    app.packet_page(&id)
}

#[tauri::command]
pub fn case_overview(app: A<'_>, id: String, shown_on: Option<String>) -> Reply<Overview> {
    app.case_overview(&id, shown_on.as_deref())
}

#[tauri::command]
pub fn get_screen(app: A<'_>, id: String, screen: String) -> Reply<ScreenView> {
    app.screen(&id, &screen)
}

#[tauri::command]
pub fn save_screen(
    app: A<'_>,
    id: String,
    screen: String,
    answers: Answers,
    eligibility: bool,
    return_to: Option<String>,
) -> Reply<Saved> {
    app.save_screen(&id, &screen, &answers, eligibility, return_to.as_deref())
}

#[tauri::command]
pub fn eligibility(app: A<'_>, id: String) -> Reply<RulesReport> {
    app.eligibility(&id)
}

#[tauri::command]
pub fn check_answers(app: A<'_>, id: String) -> Reply<Vec<AnswerSection>> {
    app.check_answers(&id)
}

#[tauri::command]
pub fn document_choices(app: A<'_>) -> DocumentChoices {
    app.document_choices()
}

#[tauri::command]
pub fn documents(app: A<'_>, id: String) -> Reply<Vec<DocumentView>> {
    app.documents(&id)
}

/// Adding or replacing a file decodes and checks it: off the window's thread.
#[tauri::command(async)]
pub fn add_document(
    app: A<'_>,
    id: String,
    path: PathBuf,
    kind: DocumentKind,
    title: String,
    date: Option<NaiveDate>,
) -> Reply<DocumentView> {
    app.add_document(&id, &path, kind, &title, date)
}

#[tauri::command(async)]
pub fn replace_document(
    app: A<'_>,
    id: String,
    index: usize,
    path: PathBuf,
) -> Reply<DocumentView> {
    app.replace_document(&id, index, &path)
}

#[tauri::command]
pub fn update_document(
    app: A<'_>,
    id: String,
    index: usize,
    kind: DocumentKind,
    title: String,
    date: String,
) -> Reply<()> {
    app.update_document(&id, index, kind, &title, &date)
}

#[tauri::command]
pub fn remove_document(app: A<'_>, id: String, index: usize) -> Reply<()> {
    app.remove_document(&id, index)
}

#[tauri::command]
pub fn move_document(app: A<'_>, id: String, from: usize, to: usize) -> Reply<()> {
    app.move_document(&id, from, to)
}

#[tauri::command(async)]
pub fn fax_preview(app: A<'_>, id: String, index: usize, page: usize) -> Reply<FaxPreview> {
    app.fax_preview(&id, index, page)
}

/// A document's pages are drawn from its file: off the window's thread, like every
/// page tool (each reads and decodes the copy).
#[tauri::command(async)]
pub fn document_pages(app: A<'_>, id: String, index: usize) -> Reply<PagesView> {
    app.document_pages(&id, index)
}

#[tauri::command(async)]
pub fn page_editor(app: A<'_>, id: String, index: usize, position: usize) -> Reply<PageEditor> {
    app.page_editor(&id, index, position)
}

#[tauri::command(async)]
pub fn photo_check(app: A<'_>, id: String, documents: Vec<usize>) -> Reply<PhotoCheck> {
    app.photo_check(&id, &documents)
}

#[tauri::command(async)]
pub fn crop_page(
    app: A<'_>,
    id: String,
    index: usize,
    position: usize,
    corners: Option<Corners>,
) -> Reply<()> {
    app.crop_page(&id, index, position, corners)
}

#[tauri::command(async)]
pub fn turn_page(
    app: A<'_>,
    id: String,
    index: usize,
    position: usize,
    clockwise: bool,
) -> Reply<()> {
    app.turn_page(&id, index, position, clockwise)
}

#[tauri::command(async)]
pub fn move_page(app: A<'_>, id: String, index: usize, from: usize, to: usize) -> Reply<()> {
    app.move_page(&id, index, from, to)
}

#[tauri::command(async)]
pub fn remove_page(app: A<'_>, id: String, index: usize, position: usize) -> Reply<()> {
    app.remove_page(&id, index, position)
}

#[tauri::command(async)]
pub fn restore_page(app: A<'_>, id: String, index: usize, page: usize) -> Reply<()> {
    app.restore_page(&id, index, page)
}

#[tauri::command(async)]
pub fn redact_page(
    app: A<'_>,
    id: String,
    index: usize,
    position: usize,
    boxes: Vec<Corners>,
) -> Reply<()> {
    app.redact_page(&id, index, position, boxes)
}

#[tauri::command(async)]
pub fn split_document(app: A<'_>, id: String, index: usize, position: usize) -> Reply<usize> {
    app.split_document(&id, index, position)
}

#[tauri::command]
pub fn sign_page(app: A<'_>, id: String) -> Reply<SignPage> {
    app.sign_page(&id)
}

#[tauri::command]
pub fn check_signing(app: A<'_>, id: String, signing: Signing) -> Reply<Vec<SigningProblem>> {
    app.check_signing(&id, &signing)
}

#[tauri::command(async)]
pub fn preview_packet(
    app: A<'_>,
    id: String,
    mode: Mode,
    signing: Signing,
) -> Reply<PacketPreview> {
    app.preview_packet(&id, mode, &signing)
}

#[tauri::command]
pub fn document_reading(app: A<'_>, id: String, index: usize) -> Reply<ReadingView> {
    app.document_reading(&id, index)
}

/// Reading a letter takes seconds a page: off the window's thread, telling the window
/// where it is (`reading-progress`, for its bar).
#[tauri::command(async)]
pub fn read_document(
    handle: AppHandle,
    app: A<'_>,
    id: String,
    index: usize,
) -> Reply<ReadingView> {
    app.read_document(&id, index, &mut |p| {
        let _ = handle.emit("reading-progress", p);
    })
}

#[tauri::command]
pub fn accept_suggestion(
    app: A<'_>,
    id: String,
    index: usize,
    finding: Finding,
    value: String,
) -> Reply<ReadingView> {
    app.accept_suggestion(&id, index, finding, &value)
}

#[tauri::command]
pub fn ignore_suggestion(
    app: A<'_>,
    id: String,
    index: usize,
    finding: Finding,
) -> Reply<ReadingView> {
    app.ignore_suggestion(&id, index, finding)
}

#[tauri::command]
pub fn ignore_field_suggestion(app: A<'_>, id: String, field: String, key: String) -> Reply<()> {
    app.ignore_field_suggestion(&id, &field, &key)
}

#[tauri::command(async)]
pub fn doctor_request(app: A<'_>, id: String, path: PathBuf) -> Reply<PathBuf> {
    app.doctor_request(&id, &path)
}

/// Making the packet tells the window where it is (`packet-progress`, for its bar).
#[tauri::command(async)]
pub fn create_packet(
    handle: AppHandle,
    app: A<'_>,
    id: String,
    mode: Mode,
    signing: Signing,
    path: PathBuf,
) -> Reply<PacketMade> {
    app.create_packet(&id, mode, &signing, &path, &mut |p| {
        let _ = handle.emit("packet-progress", p);
    })
}

#[tauri::command]
pub fn delete_saved(app: A<'_>, path: PathBuf) -> Reply<()> {
    app.delete_saved(&path)
}

#[tauri::command]
pub fn open_saved(handle: AppHandle, app: A<'_>, path: PathBuf) -> Reply<()> {
    desktop::open(&handle, &app, &app.saved_file(&path)?)
}

#[tauri::command]
pub fn show_in_folder(handle: AppHandle, app: A<'_>, path: PathBuf) -> Reply<()> {
    desktop::show_in_folder(&handle, &app, &app.saved_file(&path)?)
}

#[tauri::command]
pub fn outcomes_start(app: A<'_>, id: Option<String>) -> Reply<OutcomesStart> {
    app.outcomes_start(id.as_deref())
}

#[tauri::command]
pub fn outcomes_query(
    app: A<'_>,
    diagnosis: Option<String>,
    treatment: Option<String>,
) -> Reply<OutcomesView> {
    app.outcomes_query(diagnosis.as_deref(), treatment.as_deref())
}

#[tauri::command]
pub fn follow_up(app: A<'_>, id: String) -> Reply<FollowUpView> {
    app.follow_up(&id)
}

#[tauri::command]
pub fn record_sent(app: A<'_>, id: String, answers: Answers) -> Reply<SentSaved> {
    app.record_sent(&id, &answers)
}

#[tauri::command]
pub fn save_calendar(app: A<'_>, id: String, path: PathBuf) -> Reply<CalendarSaved> {
    app.save_calendar(&id, &path)
}

#[tauri::command]
pub fn vault_status(app: A<'_>, id: String) -> VaultStatus {
    app.vault_status(&id)
}

#[tauri::command(async)]
pub fn unlock_case(app: A<'_>, id: String, passphrase: Passphrase) -> Reply<()> {
    app.unlock_case(&id, &passphrase)
}

#[tauri::command]
pub fn lock_all_cases(app: A<'_>) {
    app.lock_all_cases()
}

#[tauri::command]
pub fn vault_activity(app: A<'_>) {
    app.note_activity()
}

#[tauri::command]
pub fn security_settings(app: A<'_>) -> SecurityView {
    app.security_settings()
}

#[tauri::command(async)]
pub fn save_security_settings(
    app: A<'_>,
    change: SecurityChange,
    coordinator: Option<Passphrase>,
) -> Reply<SecurityView> {
    app.save_security_settings(&change, coordinator.as_deref().map(String::as_str))
}

#[tauri::command(async)]
pub fn protect_case(
    app: A<'_>,
    id: String,
    passphrase: Passphrase,
    confirm: Passphrase,
) -> Reply<()> {
    app.protect_case(&id, &passphrase, &confirm)
}

#[tauri::command]
pub fn check_new_passphrase(app: A<'_>, passphrase: Passphrase, confirm: Passphrase) -> Reply<()> {
    app.check_new_passphrase(&passphrase, &confirm)
}

#[tauri::command]
pub fn passphrase_hint(app: A<'_>, passphrase: Passphrase) -> String {
    app.passphrase_hint(&passphrase)
}

/// Also empties the web view's own folders, which only the desktop knows.
#[tauri::command]
pub fn remove_everything(handle: AppHandle, app: A<'_>) -> Reply<Vec<PathBuf>> {
    app.remove_everything(&desktop::app_folders(&handle))
}

#[tauri::command(async)]
pub fn export_case(
    app: A<'_>,
    id: String,
    passphrase: Passphrase,
    confirm: Passphrase,
    path: PathBuf,
) -> Reply<()> {
    app.export_case(&id, &passphrase, &confirm, &path)
}

#[tauri::command(async)]
pub fn import_case(
    app: A<'_>,
    path: PathBuf,
    passphrase: Passphrase,
    local: Option<NewPassphrase>,
) -> Reply<String> {
    app.import_case(&path, &passphrase, local.as_ref().map(NewPassphrase::pair))
}
