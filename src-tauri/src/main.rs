//! IMR Packet, the desktop app: a window over `imr_app::App`. Each command carries its
//! arguments to one method of the app and its answer back (commands.rs); what only the
//! desktop can do is in desktop.rs and recent_files.rs. No logic lives here.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod bench;
mod commands;
mod desktop;
mod launch;
mod recent_files;

use std::time::Duration;

use imr_app::{App, Code, IdleNotice, InstanceLock, Settings};
use tauri::{Emitter, Manager};

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

/// Every few seconds, lock the protected cases if nobody has used the app for a while,
/// and tell the window (`vault-lock-soon`, then `vault-locked`).
fn start_idle_watch(handle: tauri::AppHandle) {
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(2));
        handle.state::<App>().watch_idle(&|notice| {
            let event = match notice {
                IdleNotice::LockSoon => "vault-lock-soon",
                IdleNotice::Locked => "vault-locked",
            };
            let _ = handle.emit(event, ());
        });
    });
}

fn main() {
    let data_dir = desktop::data_dir();
    // Messages before the window opens are in the language chosen earlier, if known.
    let lang = Settings::load(&data_dir).lang();
    // One app per data folder, held until the process ends: two windows must never
    // interleave saves to the same case.
    let _instance = match InstanceLock::acquire(&data_dir) {
        Ok(lock) => lock,
        Err(e) if e.code == Code::AlreadyOpen => refuse_to_start(&e.message_in(lang), 3),
        Err(e) => refuse_to_start(&e.message_in(lang), 1),
    };
    let mut app = match App::open(&data_dir, Box::new(desktop::SystemClock::new())) {
        Ok(app) => app.with_test_hooks(cfg!(debug_assertions)),
        Err(e) => refuse_to_start(&e.cannot_start_in(lang), 1),
    };
    if let Some(limit) = desktop::test_idle_limit() {
        app = app.with_idle_limit(limit);
    }
    app.prepare_start();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(app)
        .register_asynchronous_uri_scheme_protocol(launch::SCHEME, |ctx, _request, responder| {
            launch::respond(ctx.app_handle().clone(), responder)
        })
        .setup(move |tauri_app| {
            // First, before any dialog: the app's dialogs add nothing to the desktop's
            // recent-files list, and what earlier sessions left there goes.
            let recent = recent_files::stop_recording(&data_dir);
            tauri_app.state::<App>().set_recent_files(recent);
            start_idle_watch(tauri_app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::start,
            commands::list_cases,
            commands::start_page,
            commands::messages,
            commands::set_language,
            commands::help_topics,
            commands::help_topic_for,
            commands::quick_exit,
            commands::create_case,
            commands::create_protected_case,
            commands::delete_case,
            commands::case_overview,
            commands::packet_page,
            commands::get_screen,
            commands::save_screen,
            commands::eligibility,
            commands::check_answers,
            commands::document_choices,
            commands::documents,
            commands::add_document,
            commands::replace_document,
            commands::update_document,
            commands::remove_document,
            commands::move_document,
            commands::fax_preview,
            commands::document_pages,
            commands::page_editor,
            commands::photo_check,
            commands::crop_page,
            commands::turn_page,
            commands::move_page,
            commands::remove_page,
            commands::restore_page,
            commands::redact_page,
            commands::split_document,
            commands::document_reading,
            commands::read_document,
            commands::accept_suggestion,
            commands::ignore_suggestion,
            commands::ignore_field_suggestion,
            commands::doctor_request,
            commands::sign_page,
            commands::check_signing,
            commands::preview_packet,
            commands::create_packet,
            commands::delete_saved,
            commands::open_saved,
            commands::show_in_folder,
            commands::outcomes_start,
            commands::outcomes_query,
            commands::follow_up,
            commands::record_sent,
            commands::save_calendar,
            commands::vault_status,
            commands::unlock_case,
            commands::lock_all_cases,
            commands::vault_activity,
            commands::security_settings,
            commands::save_security_settings,
            commands::protect_case,
            commands::check_new_passphrase,
            commands::passphrase_hint,
            commands::remove_everything,
            commands::export_case,
            commands::import_case,
            bench::bench_ready,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("IMR Packet stopped: {e}");
        std::process::exit(1);
    }
}
