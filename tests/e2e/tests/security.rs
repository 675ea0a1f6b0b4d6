//! Shared-PC safety in the real window: clinic mode, a case with a passphrase, nothing
//! readable left on disk, lock and unlock, and "Remove all applications".
//!
//! The app runs with HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME, TMPDIR and its
//! data folder all inside one temporary root, so everything it (and its web view) writes
//! lands there. After the case is filled in (typed answers and a document) and the packet
//! is saved outside the root, every file under the root is searched for the typed
//! answers, the document's text, a piece of its bytes and its file name: as plain bytes
//! (UTF-8) and as UTF-16 (little and big endian). Compressed streams are not unpacked;
//! a copy of the document would still show as its own bytes, which are searched. The case
//! is then handed to a second computer (its own root, not in clinic mode) and the same
//! search runs there.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use imr_fixtures::disk::{contains, files_under};
use serde_json::json;
use support::{radio, Session};

const PASS: &str = "lantern harbor quietly 42";
const PASS2: &str = "second desk maple 17";
const HANDOFF: &str = "copper meadow lantern 58";
const FIRST: &str = "Zephyrine";
const LAST: &str = "Quillfeather";
const CONDITION: &str = "Vortexian nerve syndrome";
const DOC_TEXT: &str = "Marmalade Obelisk Protocol";
const DOC_NAME: &str = "zanzibar-letter-7731";

fn forms(needle: &str) -> Vec<Vec<u8>> {
    let le: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = needle.encode_utf16().flat_map(u16::to_be_bytes).collect();
    vec![needle.as_bytes().to_vec(), le, be]
}

/// Every (file, needle) found under `root`, names of files and folders included.
fn leaks(root: &Path, needles: &[Vec<u8>]) -> Vec<String> {
    let mut found = Vec::new();
    for file in files_under(root) {
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        let name = file.to_string_lossy().into_owned();
        for needle in needles {
            if contains(&bytes, needle) || contains(name.as_bytes(), needle) {
                found.push(format!(
                    "{} holds {:?}",
                    file.display(),
                    String::from_utf8_lossy(needle)
                ));
            }
        }
    }
    found
}

#[tokio::test]
async fn clinic_case_leaves_nothing_readable_and_remove_all_leaves_nothing() {
    let root = tempfile::Builder::new()
        .prefix("imr-e2e-root-")
        .tempdir()
        .unwrap();
    let r = root.path();
    let dirs = home_dirs(r);
    let env: Vec<(&str, &Path)> = dirs.iter().map(|(k, v)| (*k, v.as_path())).collect();
    let mut s = Session::start_with_env("security", &env).await;

    // The person's own files, outside the root: a letter and, later, the packet.
    let outside = tempfile::tempdir().unwrap();
    let letter = outside.path().join(format!("{DOC_NAME}.pdf"));
    let pdf = imr_fixtures::letter_pdf(&[DOC_TEXT, "Synthetic denial letter."], 1);
    std::fs::write(&letter, &pdf).unwrap();

    // Clinic mode on.
    s.wait_for("#vault-settings").await;
    s.click("#vault-settings").await;
    s.wait_for("#f-clinic-mode").await;
    s.click("#f-clinic-mode").await;
    s.fill("#f-auto-lock", "15").await;
    s.screenshot("settings").await;
    s.click("#continue").await;
    s.wait_for("#clinic-mode-on").await;

    // A new case asks for a passphrase first; a mismatch is explained.
    s.click("#start-new").await;
    s.wait_for("#f-passphrase").await;
    s.fill("#f-passphrase", PASS).await;
    s.fill("#f-passphrase-confirm", "lantern harbor quietly 24")
        .await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    assert!(s.text(".error-summary").await.contains("not the same"));
    s.screenshot("passphrase-mismatch").await;
    s.fill("#f-passphrase-confirm", PASS).await;
    s.wait_for_text("#passphrase-strength", "Strong.").await;
    s.click("#continue").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    s.wait_for("#lock-case").await;
    let id = s
        .js(
            "return document.querySelector('#lock-case') && true;",
            vec![],
        )
        .await;
    assert_eq!(id, json!(true));

    // Answers: most of them saved as the screens would, then typed on screens.
    let case_id = s.fill_example_and_type_name(CONDITION, FIRST, LAST).await;
    s.screenshot("typed-name").await;
    s.continue_until("#task-documents").await;

    // The document.
    s.click("#task-documents").await;
    let errors = s.add_files(&[&letter], "denial_letter").await;
    assert!(errors.is_empty(), "{errors:?}");
    s.wait_for("#document-0 img").await;
    s.screenshot("document").await;

    // The packet, saved outside the root.
    let target = outside.path().join("packet.pdf");
    let made = s
        .invoke(
            "create_packet",
            json!({"id": case_id, "mode": "fax", "signing": {"mode": "wet"}, "path": target}),
        )
        .await;
    assert!(made["pages"].as_u64().unwrap() > 3, "{made}");
    assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF"));

    // Nothing readable anywhere under the root.
    let mut needles: Vec<Vec<u8>> = [FIRST, LAST, CONDITION, DOC_TEXT, DOC_NAME]
        .iter()
        .flat_map(|n| forms(n))
        .collect();
    needles.push(pdf[pdf.len() / 2..pdf.len() / 2 + 48].to_vec());
    let files = files_under(r);
    eprintln!("[e2e] security: {} files under the root", files.len());
    assert!(
        files.iter().any(|f| f.ends_with("case.vault")),
        "the case is not where the test looks: {files:?}"
    );
    let found = leaks(r, &needles);
    assert!(found.is_empty(), "plaintext on disk:\n{}", found.join("\n"));

    // Lock: the case leaves the screen; a wrong passphrase is explained; nothing lost.
    s.click("#lock-case").await;
    s.wait_for_h1("This application is locked").await;
    let main_text = s.text("main").await;
    assert!(!main_text.contains(LAST), "{main_text}");
    let locked = s.invoke("vault_status", json!({"id": case_id})).await;
    assert_eq!(locked["locked"], json!(true));
    s.fill("#f-passphrase", "lantern harbor loudly 42").await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    assert!(s
        .text(".error-summary")
        .await
        .contains("The passphrase is wrong"));
    s.screenshot("wrong-passphrase").await;
    s.fill("#f-passphrase", PASS).await;
    s.click("#continue").await;
    s.wait_for("#task-patient").await;
    assert!(s.h1().await.contains(LAST));
    s.screenshot("unlocked").await;

    // Handed to another computer: one sealed file, outside the root.
    let handoff = outside.path().join("application.imrcase");
    s.click("#handoff-export").await;
    s.wait_for("#f-handoff-passphrase").await;
    s.fill("#f-handoff-passphrase", HANDOFF).await;
    s.fill("#f-handoff-confirm", HANDOFF).await;
    let errors = s
        .js(
            "return await window.imrExportTo(arguments[0]);",
            vec![json!(handoff.display().to_string())],
        )
        .await;
    assert_eq!(errors, json!([]));
    s.click("#handoff-back-to-tasks").await;
    s.wait_for("#lock-case").await;

    // The list on the start page shows no name.
    s.click("#lock-case").await;
    s.wait_for("#vault-back-to-start").await;
    s.click("#vault-back-to-start").await;
    s.wait_for("#remove-all").await;
    let start = s.text("main").await;
    assert!(start.contains("Protected application, started"), "{start}");
    assert!(!start.contains(LAST) && !start.contains(FIRST), "{start}");
    s.screenshot("start-locked-list").await;

    // Remove everything.
    s.click("#remove-all").await;
    s.wait_for("#confirm-remove-all").await;
    s.screenshot("remove-all").await;
    s.click("#confirm-remove-all").await;
    s.wait_for_h1("Everything was removed").await;
    s.screenshot("removed").await;
    // The clinic's protection stays on for the next person.
    let settings = s.invoke("security_settings", json!({})).await;
    assert_eq!(settings["clinic_mode"], json!(true), "{settings}");
    let mut after = needles.clone();
    after.push(b"IMRVAULT".to_vec());
    after.push(case_id.as_bytes().to_vec());
    let found = leaks(r, &after);
    assert!(
        found.is_empty(),
        "left after removal:\n{}",
        found.join("\n")
    );
    let left = files_under(r);
    eprintln!(
        "[e2e] security: {} files left under the root: {left:?}",
        left.len()
    );
    s.close().await;

    // The next computer, fresh and not in clinic mode: the case arrives protected, under
    // a passphrase chosen there, and nothing readable lands under its root either.
    let root2 = tempfile::Builder::new()
        .prefix("imr-e2e-root2-")
        .tempdir()
        .unwrap();
    let dirs2 = home_dirs(root2.path());
    let env2: Vec<(&str, &Path)> = dirs2.iter().map(|(k, v)| (*k, v.as_path())).collect();
    let s = Session::start_with_env("security-import", &env2).await;
    s.wait_for("#handoff-import").await;
    s.js(
        "await window.imrImportFrom(arguments[0]);",
        vec![json!(handoff.display().to_string())],
    )
    .await;
    s.wait_for("#f-handoff-passphrase").await;
    s.fill("#f-handoff-passphrase", HANDOFF).await;
    s.click("#continue").await;
    s.wait_for("#handoff-new-passphrase:not([hidden])").await;
    s.fill("#f-handoff-new", PASS2).await;
    s.fill("#f-handoff-new-confirm", PASS2).await;
    s.click("#continue").await;
    s.wait_for("#task-documents").await;
    s.click("#task-documents").await;
    s.wait_for("#document-0 img").await;
    let files = files_under(root2.path());
    assert!(
        files.iter().any(|f| f.ends_with("case.vault")),
        "the case is not where the test looks: {files:?}"
    );
    let found = leaks(root2.path(), &needles);
    assert!(
        found.is_empty(),
        "plaintext on the second computer:\n{}",
        found.join("\n")
    );
    s.close().await;
}

/// HOME, the XDG folders, TMPDIR and the data folder, all inside `r` (made).
fn home_dirs(r: &Path) -> Vec<(&'static str, PathBuf)> {
    let dirs = vec![
        ("HOME", r.join("home")),
        ("XDG_DATA_HOME", r.join("home/.local/share")),
        ("XDG_CONFIG_HOME", r.join("home/.config")),
        ("XDG_CACHE_HOME", r.join("home/.cache")),
        ("TMPDIR", r.join("tmp")),
        (
            "IMR_PACKET_DATA_DIR",
            r.join("home/.local/share/imr-packet"),
        ),
    ];
    for (_, d) in &dirs {
        std::fs::create_dir_all(d).unwrap();
    }
    dirs
}

/// Auto-lock: a protected case left alone past the limit locks by itself, through the
/// app's own clock (the window's timer is set in minutes and cannot fire here), and what
/// was typed leaves the screen. `IMR_PACKET_AUTO_LOCK_SECONDS` shortens the limit.
#[tokio::test]
async fn an_idle_protected_case_locks_itself() {
    let limit = Path::new("3");
    let mut s =
        Session::start_with_env("auto-lock", &[("IMR_PACKET_AUTO_LOCK_SECONDS", limit)]).await;
    s.wait_for("#start-protected").await;
    s.click("#start-protected").await;
    s.wait_for("#f-passphrase").await;
    s.fill("#f-passphrase", PASS).await;
    s.fill("#f-passphrase-confirm", PASS).await;
    s.click("#continue").await;
    s.wait_for("#lock-case").await;
    let case_id = s.invoke("list_cases", json!({})).await[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    s.invoke(
        "save_screen",
        json!({"id": case_id, "screen": "patient-name", "answers": {
            "patient.first_name": FIRST, "patient.last_name": LAST}, "eligibility": false}),
    )
    .await;
    let open = s.invoke("vault_status", json!({"id": case_id})).await;
    assert_eq!(open["locked"], json!(false), "{open}");
    s.screenshot("open").await;

    // No key, no click, no command: the app locks the case and the window follows.
    s.wait_for_h1("This application is locked").await;
    s.screenshot("locked").await;
    let locked = s.invoke("vault_status", json!({"id": case_id})).await;
    assert_eq!(locked["locked"], json!(true), "{locked}");
    let page = s
        .js("return document.body.innerText;", vec![])
        .await
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(!page.contains(LAST) && !page.contains(FIRST), "{page}");

    // The right passphrase brings the answers back: nothing was lost.
    s.fill("#f-passphrase", PASS).await;
    s.click("#continue").await;
    s.wait_for("#lock-case").await;
    let overview = s.invoke("case_overview", json!({"id": case_id})).await;
    assert!(
        overview["name"].as_str().unwrap_or_default().contains(LAST),
        "{overview}"
    );
    s.close().await;
}
