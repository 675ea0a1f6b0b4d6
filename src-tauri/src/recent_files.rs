//! The desktop's recent-files list: GTK's file dialogs would add every letter, packet
//! and export chosen in them, for the next person at a shared computer to see. The list
//! is turned off for this app's dialogs, and what is already there from this app is
//! removed (`imr_app::recent`) at start-up, by "Remove all" and by quick exit.

use imr_app::recent::RecentFiles;
use std::path::Path;

/// Turns GTK's recent-files list off for this process (GTK 3.8 and later then add
/// nothing to it) and returns what to clean for the app with `data_dir`. Call it on the
/// main thread once GTK is started (Tauri's `setup`).
pub fn stop_recording(data_dir: &Path) -> RecentFiles {
    RecentFiles::new(data_dir, gtk_names())
}

#[cfg(target_os = "linux")]
fn gtk_names() -> Vec<String> {
    use gtk::prelude::GtkSettingsExt;
    match gtk::Settings::default() {
        Some(settings) => settings.set_gtk_recent_files_enabled(false),
        None => eprintln!("IMR Packet: no GTK settings; the recent-files list stays on"),
    }
    // The names GTK writes as `<bookmark:application name="…"`.
    [gtk::glib::application_name(), gtk::glib::prgname()]
        .into_iter()
        .flatten()
        .map(|n| n.to_string())
        .collect()
}

#[cfg(not(target_os = "linux"))]
fn gtk_names() -> Vec<String> {
    Vec::new()
}
