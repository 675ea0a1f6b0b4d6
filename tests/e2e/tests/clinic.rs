//! A day at a clinic's shared computer, in the real window: a protected application handed
//! to a computer not in clinic mode stays protected there (a new passphrase is asked
//! before anything is written); an application without a passphrase is flagged and
//! protected from the start page; the coordinator's passphrase keeps clinic mode on and
//! deletes a protected application, which nobody else can delete without its passphrase;
//! and what is typed but not yet continued survives auto-lock and quick exit.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use imr_fixtures::disk::files_under;
use serde_json::json;
use support::{field, Session};

const PASS: &str = "lantern harbor quietly 42";
const HANDOFF: &str = "copper meadow lantern 58";
const LOCAL: &str = "second desk maple 17";
const COORDINATOR: &str = "clinic keeper amber 9";
const FIRST: &str = "Ondraya";
const LAST: &str = "Velmontez";
const CONDITION: &str = "Brastellic joint syndrome";

/// Files under `root` holding `needle` (bytes or path).
fn readable(root: &Path, needle: &str) -> Vec<PathBuf> {
    files_under(root)
        .into_iter()
        .filter(|f| {
            let bytes = std::fs::read(f).unwrap_or_default();
            bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
                || f.to_string_lossy().contains(needle)
        })
        .collect()
}

/// Waits until the error summary says `needle` (a new error replaces the old one).
async fn wait_for_error(s: &Session, needle: &str) -> String {
    for _ in 0..100 {
        // Read in one script: the old summary may be replaced between finding and reading.
        let text = s
            .js(
                "const e = document.querySelector('.error-summary'); return e ? e.innerText : '';",
                vec![],
            )
            .await;
        let text = text.as_str().unwrap_or_default().to_string();
        if text.contains(needle) {
            return text;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    panic!("no error saying {needle:?}");
}

async fn new_protected_case(s: &Session, pass: &str) {
    s.wait_for("#start-protected").await;
    s.click("#start-protected").await;
    s.wait_for("#f-passphrase").await;
    s.fill("#f-passphrase", pass).await;
    s.fill("#f-passphrase-confirm", pass).await;
    s.click("#continue").await;
    s.wait_for("#lock-case").await;
}

#[tokio::test]
async fn a_protected_application_stays_protected_on_the_next_computer() {
    let outside = tempfile::tempdir().unwrap();
    let file = outside.path().join("application.imrcase");

    let mut s = Session::start_named("clinic-export").await;
    new_protected_case(&s, PASS).await;
    s.fill_example_and_type_name(CONDITION, FIRST, LAST).await;
    s.continue_until("#handoff-export").await;
    s.click("#handoff-export").await;
    s.wait_for("#f-handoff-passphrase").await;
    s.fill("#f-handoff-passphrase", HANDOFF).await;
    s.fill("#f-handoff-confirm", HANDOFF).await;
    let errors = s
        .js(
            "return await window.imrExportTo(arguments[0]);",
            vec![json!(file.display().to_string())],
        )
        .await;
    assert_eq!(errors, json!([]));
    s.close().await;

    // A fresh computer, not in clinic mode.
    let mut s = Session::start_named("clinic-import").await;
    s.wait_for("#handoff-import").await;
    s.js(
        "await window.imrImportFrom(arguments[0]);",
        vec![json!(file.display().to_string())],
    )
    .await;
    s.wait_for("#f-handoff-passphrase").await;
    s.fill("#f-handoff-passphrase", HANDOFF).await;
    s.click("#continue").await;
    // The file opened; before anything is written, a passphrase for this computer.
    s.wait_for("#handoff-new-passphrase:not([hidden])").await;
    let why = s.text("#handoff-new-why").await;
    assert!(why.contains("stays protected"), "{why}");
    assert_eq!(s.invoke("list_cases", json!({})).await, json!([]));
    s.screenshot("new-passphrase").await;
    // Not the handoff's.
    s.fill("#f-handoff-new", HANDOFF).await;
    s.fill("#f-handoff-new-confirm", HANDOFF).await;
    s.click("#continue").await;
    wait_for_error(&s, "not the one used for the file").await;
    assert_eq!(s.invoke("list_cases", json!({})).await, json!([]));
    s.fill("#f-handoff-new", LOCAL).await;
    s.fill("#f-handoff-new-confirm", LOCAL).await;
    s.click("#continue").await;
    s.wait_for("#task-patient").await;
    assert!(s.h1().await.contains(LAST));
    s.wait_for("#lock-case").await;

    // On disk: sealed files only.
    let data = s.data_dir().to_path_buf();
    for needle in [FIRST, LAST, CONDITION, "case.json", "%PDF"] {
        let found = readable(&data, needle);
        assert!(found.is_empty(), "{needle:?} readable in {found:?}");
    }
    let cases = s.invoke("list_cases", json!({})).await;
    assert_eq!(cases[0]["protected"], json!(true), "{cases}");

    // Its own passphrase opens it, the handoff's does not.
    s.click("#lock-case").await;
    s.wait_for_h1("This application is locked").await;
    s.fill("#f-passphrase", HANDOFF).await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    s.fill("#f-passphrase", LOCAL).await;
    s.click("#continue").await;
    s.wait_for("#task-patient").await;
    assert!(s.h1().await.contains(LAST));
    s.close().await;
}

#[tokio::test]
async fn the_coordinator_keeps_clinic_mode_and_protected_cases_need_a_passphrase() {
    let mut s = Session::start_named("clinic-coordinator").await;
    // An application started before clinic mode, without a passphrase.
    s.wait_for("#start-new").await;
    let made = s.invoke("create_case", json!({})).await;
    let id = made["id"].as_str().unwrap().to_string();
    s.invoke(
        "save_screen",
        json!({"id": id, "screen": "patient-name", "answers": {
            "patient.first_name": FIRST, "patient.last_name": LAST}, "eligibility": false}),
    )
    .await;

    // Clinic mode on, with a coordinator's passphrase.
    s.click("#vault-settings").await;
    s.wait_for("#f-clinic-mode").await;
    s.click("#f-clinic-mode").await;
    s.fill("#f-coordinator-new", COORDINATOR).await;
    s.fill("#f-coordinator-confirm", COORDINATOR).await;
    s.click("#continue").await;
    s.wait_for("#clinic-mode-on").await;

    // The coordinator's view, and the plain application flagged.
    let overview = s.text("#computer-overview").await;
    assert!(
        overview.contains("1 application, 1 without a passphrase"),
        "{overview}"
    );
    assert!(s.text("#end-of-day").await.contains("USB"));
    s.wait_for(&format!("#protect-{id}")).await;
    s.screenshot("start-flagged").await;

    // Turning clinic mode off needs the coordinator.
    s.click("#vault-settings").await;
    s.wait_for("#f-coordinator").await;
    s.click("#f-clinic-mode").await;
    s.click("#continue").await;
    wait_for_error(&s, "coordinator").await;
    s.screenshot("settings-refused").await;
    let settings = s.invoke("security_settings", json!({})).await;
    assert_eq!(settings["clinic_mode"], json!(true), "{settings}");
    s.click("#back a").await;
    s.wait_for("#start-new").await;

    // Protect it now.
    s.wait_for(&format!("#protect-{id}")).await;
    s.click(&format!("#protect-{id}")).await;
    s.wait_for("#protect-form").await;
    s.fill("#f-passphrase", PASS).await;
    s.fill("#f-passphrase-confirm", PASS).await;
    s.click("#continue").await;
    s.wait_for("#start-new").await;
    let start = s.text("main").await;
    assert!(start.contains("Protected application, started"), "{start}");
    assert!(!start.contains(LAST), "{start}");
    assert!(s.text("#computer-overview").await.contains("0 without"));
    let data = s.data_dir().to_path_buf();
    assert!(readable(&data, LAST).is_empty());

    // Deleting it: no passphrase, a wrong one, then the coordinator's.
    s.click(&format!("#delete-{id}")).await;
    s.wait_for("#confirm-delete").await;
    assert_eq!(s.h1().await, "Delete this protected application?");
    s.click("#confirm-delete").await;
    wait_for_error(&s, "Type its passphrase").await;
    s.fill("#f-delete-passphrase", "lantern harbor loudly 42")
        .await;
    s.click("#confirm-delete").await;
    wait_for_error(&s, "Nothing was deleted").await;
    assert_eq!(
        s.invoke("list_cases", json!({}))
            .await
            .as_array()
            .unwrap()
            .len(),
        1
    );
    s.screenshot("delete-refused").await;
    s.fill("#f-delete-passphrase", COORDINATOR).await;
    s.click("#confirm-delete").await;
    s.wait_for("#start-new").await;
    assert_eq!(s.invoke("list_cases", json!({})).await, json!([]));
    s.close().await;
}

/// Typed but not continued: auto-lock saves the page first, and unlocking comes back to
/// it with the words in place. `IMR_PACKET_AUTO_LOCK_SECONDS` shortens the limit.
#[tokio::test]
async fn typing_survives_auto_lock_and_quick_exit() {
    let limit = Path::new("6");
    let mut s =
        Session::start_with_env("clinic-typing", &[("IMR_PACKET_AUTO_LOCK_SECONDS", limit)]).await;
    new_protected_case(&s, PASS).await;
    s.fill_example_and_type_name(CONDITION, FIRST, LAST).await;

    // No key, no click: the app's clock locks the case.
    s.wait_for_h1("This application is locked").await;
    let page = s.text("body").await;
    assert!(!page.contains(LAST), "{page}");
    s.fill("#f-passphrase", PASS).await;
    s.click("#continue").await;
    s.wait_for(&field("patient.first_name")).await;
    assert_eq!(s.value(&field("patient.first_name")).await, FIRST);
    assert_eq!(s.value(&field("patient.last_name")).await, LAST);
    s.screenshot("back-after-lock").await;

    // Quick exit with new words typed: they are there when the case is opened again.
    s.fill(&field("patient.first_name"), "Quickexitova").await;
    s.click("#quick-exit").await;
    s.wait_for("#show-cases").await;
    s.click("#show-cases").await;
    s.wait_for("main ul.cases button.link").await;
    s.click("main ul.cases button.link").await;
    s.wait_for("#f-passphrase").await;
    s.fill("#f-passphrase", PASS).await;
    s.click("#continue").await;
    s.wait_for(&field("patient.first_name")).await;
    assert_eq!(s.value(&field("patient.first_name")).await, "Quickexitova");
    s.close().await;
}

/// On a shared computer the saved packet is the one plain copy: once printed or faxed, the
/// ready page deletes it and its checklist, after asking, and nothing else.
#[tokio::test]
async fn a_printed_packet_is_deleted_from_the_shared_computer() {
    let mut s = Session::start_named("clinic-delete-packet").await;
    s.wait_for("#vault-settings").await;
    s.click("#vault-settings").await;
    s.wait_for("#f-clinic-mode").await;
    s.click("#f-clinic-mode").await;
    s.click("#continue").await;
    s.wait_for("#clinic-mode-on").await;
    // In clinic mode a new application starts with its passphrase.
    s.click("#start-new").await;
    s.wait_for("#f-passphrase").await;
    s.fill("#f-passphrase", PASS).await;
    s.fill("#f-passphrase-confirm", PASS).await;
    s.click("#continue").await;
    s.wait_for("#lock-case").await;
    s.fill_example_and_type_name(CONDITION, FIRST, LAST).await;
    s.continue_until("#task-helper").await;
    s.js(
        "const m = await import('./app.js'); await m.go('packet'); return null;",
        vec![],
    )
    .await;
    s.wait_for("#save-packet").await;
    let out = tempfile::tempdir().unwrap();
    let packet = out.path().join("IMR-packet-2026-03-01.pdf");
    let beside = out.path().join("keep-me.txt");
    std::fs::write(&beside, "not the app's").unwrap();
    s.save_packet_to(&packet).await;
    let checklist = out.path().join("IMR-packet-2026-03-01-checklist.pdf");
    assert!(packet.exists() && checklist.exists());
    s.wait_for("#delete-saved-ask").await;
    s.click("#delete-saved-ask").await;
    s.wait_for("#delete-saved-question").await;
    // Asked first: No keeps them.
    s.click("#delete-saved-cancel").await;
    s.wait_until_gone("#delete-saved-question").await;
    assert!(packet.exists());
    s.click("#delete-saved-ask").await;
    s.wait_for("#delete-saved-confirm").await;
    s.screenshot("delete-asked").await;
    s.click("#delete-saved-confirm").await;
    s.wait_for("#delete-saved-done").await;
    assert!(!packet.exists(), "the packet is still there");
    assert!(!checklist.exists(), "the checklist is still there");
    assert!(beside.exists(), "a file the app did not save was deleted");
    // Deleting again (or any file the app did not save) is refused.
    let refused = s
        .js(
            "try { await window.__TAURI__.core.invoke('delete_saved', { path: arguments[0] }); return 'deleted'; } catch (e) { return 'refused'; }",
            vec![json!(beside.display().to_string())],
        )
        .await;
    assert_eq!(refused, json!("refused"));
    assert!(beside.exists());
    s.close().await;
}
