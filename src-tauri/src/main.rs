//! IMR Packet, the desktop app: a window over `imr-app`. Each command takes the app's
//! state, calls one library function, and returns its result or its `{code, message}`
//! error. No logic lives here.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod bench;
mod commands;
mod fax_commands;
mod handoff_commands;
mod help_commands;
mod i18n_commands;
mod outcomes_commands;
mod recent_files;
mod vault_commands;

use std::path::PathBuf;

use tauri::Manager;

fn data_dir() -> PathBuf {
    // Tests and portable installs can point the app at another folder.
    if let Some(dir) = std::env::var_os("IMR_PACKET_DATA_DIR") {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("org", "IMR Packet", "IMR Packet")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("imr-packet-data"))
}

/// Tells the person why the app cannot open, on stderr and in a message box (started from
/// a desktop icon nobody sees stderr), then exits with `code`.
fn refuse_to_start(message: &str, code: i32) -> ! {
    eprintln!("{message}");
    rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Warning)
        .set_title("IMR Packet")
        .set_description(message)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
    std::process::exit(code);
}

fn main() {
    let data_dir = data_dir();
    // Messages before the window opens are in the language chosen earlier, if known.
    let lang = imr_app::Settings::load(&data_dir).lang();
    // One app per data folder, held until the process ends: two windows must never
    // interleave saves to the same case.
    let _instance = match imr_app::instance::InstanceLock::acquire(&data_dir) {
        Ok(lock) => lock,
        Err(e) if e.code == imr_app::Code::AlreadyOpen => refuse_to_start(&e.message_in(lang), 3),
        Err(e) => refuse_to_start(&e.message_in(lang), 1),
    };
    let state = match commands::AppState::open(&data_dir) {
        Ok(state) => state,
        Err(e) => {
            let reason = e.message_in(lang);
            refuse_to_start(
                &imr_i18n::t!(lang, "error-cannot-start", reason = reason),
                1,
            )
        }
    };
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(vault_commands::VaultState::new(
            state.store().clone(),
            &data_dir,
        ))
        .manage(state)
        .setup({
            let data_dir = data_dir.clone();
            move |app| {
                // First, before any dialog: the app's dialogs add nothing to the desktop's
                // recent-files list, and what earlier sessions left there goes.
                let recent = recent_files::stop_recording(&data_dir);
                let _ = recent_files::forget(&recent, &[]);
                app.manage(recent);
                vault_commands::start_auto_lock(app.handle().clone());
                Ok(())
            }
        })
        .manage(i18n_commands::LangState::open(&data_dir))
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::form_definition,
            commands::list_cases,
            commands::startup_notices,
            commands::quick_exit,
            handoff_commands::export_case,
            handoff_commands::import_case,
            commands::create_case,
            commands::delete_case,
            commands::case_overview,
            commands::get_screen,
            commands::save_screen,
            commands::eligibility,
            commands::documents,
            commands::add_document,
            commands::replace_document,
            commands::update_document,
            commands::remove_document,
            commands::move_document,
            commands::check_answers,
            commands::preview_packet,
            fax_commands::fax_preview,
            commands::create_packet,
            commands::open_saved,
            commands::show_in_folder,
            commands::delete_saved,
            i18n_commands::messages,
            i18n_commands::set_language,
            outcomes_commands::outcomes_start,
            outcomes_commands::outcomes_query,
            outcomes_commands::follow_up,
            outcomes_commands::record_sent,
            outcomes_commands::save_calendar,
            vault_commands::vault_status,
            vault_commands::create_protected_case,
            vault_commands::unlock_case,
            vault_commands::lock_all_cases,
            vault_commands::vault_activity,
            vault_commands::security_settings,
            vault_commands::save_security_settings,
            vault_commands::protect_case,
            vault_commands::computer_overview,
            vault_commands::remove_everything,
            help_commands::help_topics,
            help_commands::help_topic_for,
            bench::bench_ready,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("IMR Packet stopped: {e}");
        std::process::exit(1);
    }
}
