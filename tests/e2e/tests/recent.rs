//! No trail in the desktop's recent-files list: GTK's file dialogs add every file chosen
//! or saved to `$XDG_DATA_HOME/recently-used.xbel`, which the system's "Choose a file"
//! shows to the next person on a shared computer.
//!
//! These tests drive the REAL GTK dialogs (only they write to the list): the page's own
//! button opens the dialog, and `xdotool` on the test's X display finds the dialog
//! window, focuses it and types the path. The app runs with HOME and the XDG folders
//! inside one temporary root, so whatever GTK records lands there.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use imr_fixtures::disk::{contains, files_under};
use serde_json::json;
use support::Session;

const FIRST: &str = "Oriselda";
const LAST: &str = "Brambleworth";
const CONDITION: &str = "Quellinar tendon syndrome";
const DOC_TEXT: &str = "Synthetic denial for the recent-files test";
const DOC_NAME: &str = "harrowgate-denial-5520";

/// The temporary root with HOME, XDG_* and the data folder inside it.
struct Root {
    dir: tempfile::TempDir,
}

impl Root {
    fn new() -> Root {
        let dir = tempfile::Builder::new()
            .prefix("imr-e2e-recent-")
            .tempdir()
            .unwrap();
        let root = Root { dir };
        for (_, d) in root.dirs() {
            std::fs::create_dir_all(d).unwrap();
        }
        root
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn home(&self) -> PathBuf {
        self.path().join("home")
    }

    fn xdg_data(&self) -> PathBuf {
        self.home().join(".local/share")
    }

    fn data_dir(&self) -> PathBuf {
        self.xdg_data().join("imr-packet")
    }

    fn xbel(&self) -> PathBuf {
        self.xdg_data().join("recently-used.xbel")
    }

    fn dirs(&self) -> Vec<(&'static str, PathBuf)> {
        vec![
            ("HOME", self.home()),
            ("XDG_DATA_HOME", self.xdg_data()),
            ("XDG_CONFIG_HOME", self.home().join(".config")),
            ("XDG_CACHE_HOME", self.home().join(".cache")),
            ("TMPDIR", self.path().join("tmp")),
            ("IMR_PACKET_DATA_DIR", self.data_dir()),
        ]
    }

    async fn start(&self, name: &str) -> Session {
        let dirs = self.dirs();
        let env: Vec<(&str, &Path)> = dirs.iter().map(|(k, v)| (*k, v.as_path())).collect();
        Session::start_with_env(name, &env).await
    }
}

/// Runs xdotool on `display`; returns its stdout, or `None` if it failed.
fn xdotool(display: &str, args: &[&str]) -> Option<String> {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .unwrap_or_else(|e| panic!("cannot run xdotool ({e}): apt-get install xdotool"));
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Waits (up to 20 s) for a window titled exactly `title`; returns its id.
async fn wait_for_window(display: &str, title: &str) -> String {
    let pattern = format!("^{title}$");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(ids) = xdotool(display, &["search", "--onlyvisible", "--name", &pattern]) {
            if let Some(id) = ids.lines().next().filter(|l| !l.is_empty()) {
                return id.to_string();
            }
        }
        assert!(
            Instant::now() < deadline,
            "no window titled {title:?} appeared on {display}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Waits (up to 20 s) until no window titled `title` is shown.
async fn wait_for_window_gone(display: &str, title: &str) {
    let pattern = format!("^{title}$");
    let deadline = Instant::now() + Duration::from_secs(20);
    while xdotool(display, &["search", "--onlyvisible", "--name", &pattern])
        .is_some_and(|ids| !ids.is_empty())
    {
        assert!(
            Instant::now() < deadline,
            "the window {title:?} is still open on {display}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Types into the real GTK file dialog titled `title`: for an open dialog, Ctrl+L opens
/// the location field; a save dialog's name field has the focus already (its suggested
/// name selected, so Ctrl+A and the typing replace it). Then Return.
async fn answer_dialog(s: &Session, title: &str, path: &Path, save: bool) {
    let display = s.display();
    let id = wait_for_window(display, title).await;
    // GTK needs a moment after mapping before it takes keys.
    tokio::time::sleep(Duration::from_millis(800)).await;
    xdotool(display, &["windowfocus", "--sync", &id]);
    tokio::time::sleep(Duration::from_millis(300)).await;
    if save {
        xdotool(display, &["key", "--clearmodifiers", "ctrl+a"]).unwrap();
    } else {
        xdotool(display, &["key", "--clearmodifiers", "ctrl+l"]).unwrap();
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    xdotool(
        display,
        &[
            "type",
            "--clearmodifiers",
            "--delay",
            "15",
            &path.display().to_string(),
        ],
    )
    .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    xdotool(display, &["key", "--clearmodifiers", "Return"]).unwrap();
    wait_for_window_gone(display, title).await;
}

/// Clicks the page's button `css` without waiting for what it starts (the dialog): the
/// click handler's promise is left to run.
async fn press_button(s: &Session, css: &str) {
    s.wait_for(css).await;
    s.js(
        "document.querySelector(arguments[0]).click(); return true;",
        vec![json!(css)],
    )
    .await;
}

fn read_xbel(root: &Root) -> String {
    std::fs::read_to_string(root.xbel()).unwrap_or_default()
}

#[tokio::test]
async fn the_real_dialogs_leave_no_recent_files() {
    let root = Root::new();
    assert!(!root.xbel().exists());
    let mut s = root.start("recent-dialogs").await;

    // The person's own files, outside the root.
    let outside = tempfile::tempdir().unwrap();
    let letter = outside.path().join(format!("{DOC_NAME}.pdf"));
    std::fs::write(
        &letter,
        imr_fixtures::letter_pdf(&[DOC_TEXT, "Synthetic denial letter."], 1),
    )
    .unwrap();
    let packet = outside
        .path()
        .join(format!("IMR-packet-{}-2026-03-01.pdf", LAST.to_uppercase()));

    s.wait_for("#start-new").await;
    s.click("#start-new").await;
    s.wait_for(&support::radio("problem.type", "medical_necessity"))
        .await;
    let case_id = s.fill_example_and_type_name(CONDITION, FIRST, LAST).await;
    s.click("#continue").await;
    s.wait_until_gone(&support::field("patient.first_name"))
        .await;

    // A document through the real open dialog.
    s.js(
        "const m = await import('./app.js'); await m.go('documents');",
        vec![],
    )
    .await;
    press_button(&s, "#choose-files").await;
    answer_dialog(&s, "Choose a copy of your letter", &letter, false).await;
    s.wait_for("#document-0").await;
    s.screenshot("document-added").await;

    // The packet through the real save dialog.
    s.js(
        "const m = await import('./app.js'); await m.go('packet');",
        vec![],
    )
    .await;
    let mut info = String::new();
    for _ in 0..600 {
        info = s.text("#packet-info").await;
        if info.contains("Your packet will have") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(info.contains("Your packet will have"), "{info}");
    press_button(&s, "#save-packet").await;
    answer_dialog(&s, "Save your packet", &packet, true).await;
    s.wait_for("#open-packet").await;
    s.screenshot("packet-saved").await;
    assert!(std::fs::read(&packet).unwrap().starts_with(b"%PDF"));

    // The export (the handoff file) through the real save dialog.
    let handoff = outside.path().join(format!("{LAST}-handoff.imrcase"));
    s.js(
        "const m = await import('./app.js'); await m.go('handoff-export');",
        vec![],
    )
    .await;
    s.fill("#f-handoff-passphrase", "tundra violet 5829 kettle")
        .await;
    s.fill("#f-handoff-confirm", "tundra violet 5829 kettle")
        .await;
    press_button(&s, "#continue").await;
    answer_dialog(&s, "Save the application file", &handoff, true).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    while !handoff.exists() {
        assert!(Instant::now() < deadline, "the export was not written");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Let GTK finish anything it does after a dialog closes.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let _ = case_id;

    // Nothing of them in the recent-files list, nor anywhere under the home folder
    // outside the data folder.
    let xbel = read_xbel(&root);
    eprintln!("[e2e] recently-used.xbel after the dialogs:\n{xbel}");
    let needles: Vec<String> = [&letter, &packet, &handoff]
        .iter()
        .map(|p| p.display().to_string())
        .chain([DOC_NAME, LAST, &LAST.to_uppercase(), FIRST].map(str::to_string))
        .collect();
    let mut found = Vec::new();
    for file in files_under(&root.home()) {
        if file.starts_with(root.data_dir()) {
            continue;
        }
        let bytes = std::fs::read(&file).unwrap_or_default();
        for needle in &needles {
            if contains(&bytes, needle.as_bytes()) {
                found.push(format!("{} holds {needle:?}", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "a trail in the desktop:\n{}",
        found.join("\n")
    );
    s.close().await;
}

const XBEL_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbel version=\"1.0\"\n      \
    xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\"\n      \
    xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\"\n>\n";

/// A bookmark as GLib writes it, for `path` registered by `app`.
fn bookmark(path: &Path, app: &str) -> String {
    let href = format!("file://{}", path.display()).replace(' ', "%20");
    format!(
        "  <bookmark href=\"{href}\" added=\"2026-02-27T09:00:00.000001Z\" \
         modified=\"2026-02-27T09:00:00.000002Z\" visited=\"2026-02-27T09:00:00.000001Z\">\n    \
         <info>\n      <metadata owner=\"http://freedesktop.org\">\n        \
         <mime:mime-type type=\"application/pdf\"/>\n        <bookmark:applications>\n          \
         <bookmark:application name=\"{app}\" exec=\"&apos;{app} %u&apos;\" \
         modified=\"2026-02-27T09:00:00.000002Z\" count=\"1\"/>\n        \
         </bookmark:applications>\n      </metadata>\n    </info>\n  </bookmark>\n"
    )
}

fn xbel(bookmarks: &[&str]) -> String {
    format!("{XBEL_HEAD}{}</xbel>", bookmarks.concat())
}

/// Entries an earlier session left (a packet saved through this app's dialog, a file in
/// the data folder) go at start-up; one written while the app runs goes with "Remove
/// all"; another program's entry stays byte for byte. In clinic mode the packet's
/// suggested name names no one.
#[tokio::test]
async fn start_up_and_remove_all_clear_this_apps_recent_files() {
    let root = Root::new();
    let unrelated = bookmark(
        Path::new("/home/clinic/Documents/staff schedule.ods"),
        "libreoffice",
    );
    let earlier_packet = bookmark(
        Path::new("/home/clinic/Desktop/IMR-packet-OLDCASE-2026-02-20.pdf"),
        "imr-packet-app",
    );
    let in_data = bookmark(&root.data_dir().join("cases/c1/letter.pdf"), "evince");
    std::fs::write(root.xbel(), xbel(&[&earlier_packet, &unrelated, &in_data])).unwrap();

    let mut s = root.start("recent-remove-all").await;
    s.wait_for("#start-new").await;
    assert_eq!(read_xbel(&root), xbel(&[&unrelated]), "after start-up");

    // A case, with a document, and clinic mode turned on.
    s.click("#start-new").await;
    s.wait_for(&support::radio("problem.type", "medical_necessity"))
        .await;
    let case_id = s.fill_example_and_type_name(CONDITION, FIRST, LAST).await;
    s.click("#continue").await;
    s.wait_until_gone(&support::field("patient.first_name"))
        .await;
    let outside = tempfile::tempdir().unwrap();
    let letter = outside.path().join(format!("{DOC_NAME}.pdf"));
    std::fs::write(&letter, imr_fixtures::letter_pdf(&[DOC_TEXT], 1)).unwrap();
    let errors = s.add_files(&[&letter], "denial_letter").await;
    assert!(errors.is_empty(), "{errors:?}");
    let preview = s
        .invoke(
            "preview_packet",
            json!({"id": case_id, "mode": "fax", "signing": {"mode": "wet"}}),
        )
        .await;
    let named = preview["default_name"].as_str().unwrap().to_string();
    assert!(named.contains(&LAST.to_uppercase()), "{preview}");
    s.invoke(
        "save_security_settings",
        json!({"change": {"clinic_mode": true, "auto_lock_minutes": 10}}),
    )
    .await;
    let preview = s
        .invoke(
            "preview_packet",
            json!({"id": case_id, "mode": "fax", "signing": {"mode": "wet"}}),
        )
        .await;
    assert_eq!(
        preview["default_name"],
        json!("IMR-packet-2026-03-01.pdf"),
        "{preview}"
    );

    // Another entry from this app while it runs (as from a dialog before the fix).
    let this_session = bookmark(
        &outside
            .path()
            .join(format!("IMR-packet-{LAST}-2026-03-01.pdf")),
        "imr-packet-app",
    );
    std::fs::write(root.xbel(), xbel(&[&unrelated, &this_session])).unwrap();

    s.js(
        "const m = await import('./app.js'); await m.go('start');",
        vec![],
    )
    .await;
    s.click("#remove-all").await;
    s.wait_for("#confirm-remove-all").await;
    s.click("#confirm-remove-all").await;
    s.wait_for_h1("Everything was removed").await;
    assert_eq!(read_xbel(&root), xbel(&[&unrelated]), "after Remove all");
    s.close().await;
}
