//! Cases protected by a passphrase: sealed on disk, locked and unlocked, refused with a
//! message (and left untouched) when changed, cut short or newer. Driven as the window
//! drives the app; what is sealed is read back through the app's views once unlocked.

#![allow(clippy::unwrap_used)]

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::time::Duration;

use imr_app::clinic::SecurityChange;
use imr_app::packet::Signing;
use imr_app::{App, Code, IdleNotice};
use imr_packet::Mode;

const PASS: &str = "purple otter sings at noon";

mod common;
use common::{answers_shown, app_at_ten, case_dir, contains, example, example_dir, files_under};

/// The app on `dir` at 10:00 on the test day, as it starts (the start-up check runs).
fn app(dir: &Path) -> App {
    app_at_ten(dir).0
}

/// A protected case with the example's answers and its denial letter.
fn protected_example() -> (tempfile::TempDir, App, String) {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let id = app.create_protected_case(PASS, PASS).unwrap().id;
    common::save_answers(&app, &id, "problem-type", &example().answers);
    common::add_denial_letter(&app, &id, "Letter from Golden Poppy Health");
    (dir, app, id)
}

fn security(clinic_mode: bool, auto_lock_minutes: u32) -> SecurityChange {
    SecurityChange {
        clinic_mode,
        auto_lock_minutes,
        refuse_unprotected: false,
        remove_after_days: None,
        new_coordinator: None,
        new_coordinator_confirm: None,
        remove_coordinator: false,
    }
}

#[test]
fn protected_case_round_trip_through_lock_and_unlock() {
    let (dir, app, id) = protected_example();
    assert!(!app.vault_status(&id).locked);
    assert_eq!(answers_shown(&app, &id), example().answers);

    // A new app start knows no key: the case is locked.
    let app = self::app(dir.path());
    assert!(app.vault_status(&id).locked);
    let err = app.case_overview(&id, None).unwrap_err();
    assert_eq!(err.code, Code::Locked);
    assert_eq!(app.documents(&id).unwrap_err().code, Code::Locked);

    let err = app
        .unlock_case(&id, "purple otter sings at night")
        .unwrap_err();
    assert_eq!(err.code, Code::WrongPassphrase);
    assert!(err
        .message
        .contains("The passphrase is wrong, or the file was changed"));
    assert!(app.vault_status(&id).locked);

    app.unlock_case(&id, PASS).unwrap();
    assert_eq!(answers_shown(&app, &id), example().answers);
    let docs = app.documents(&id).unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].title, "Letter from Golden Poppy Health");
    assert!(docs[0].problem.is_none(), "{:?}", docs[0].problem);
    assert!(docs[0].pages > 0);
    assert!(docs[0]
        .thumbnail
        .as_deref()
        .unwrap()
        .starts_with("data:image/png;base64,"));

    // The packet is made from the sealed copies, in memory.
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("packet.pdf");
    let made = app
        .create_packet(&id, Mode::Fax, &Signing::Wet, &target, &mut |_| {})
        .unwrap();
    assert!(made.pages > 3);
    assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF-"));

    app.lock_all_cases();
    assert_eq!(app.case_overview(&id, None).unwrap_err().code, Code::Locked);
}

#[test]
fn nothing_readable_is_left_on_disk() {
    let (dir, app, id) = protected_example();
    // Everything the app wrote while the case was open, including a packet preview.
    app.preview_packet(&id, Mode::Mail, &Signing::Wet).unwrap();
    let original = std::fs::read(example_dir().join("denial-letter.pdf")).unwrap();
    let answers = example().answers;
    let mut needles: Vec<Vec<u8>> = answers
        .values()
        .filter(|v| v.chars().count() >= 5 && !v.chars().all(|c| c.is_ascii_digit() || c == '-'))
        .map(|v| v.as_bytes().to_vec())
        .collect();
    needles.push(b"Golden Poppy".to_vec());
    needles.push(b"denial-letter".to_vec());
    needles.push(b"%PDF".to_vec());
    needles.push(original[original.len() / 2..original.len() / 2 + 64].to_vec());
    assert!(needles.len() > 10, "the test must look for many things");
    let files = files_under(dir.path());
    assert!(files.len() >= 5, "{files:?}");
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let name = file.to_string_lossy();
        for needle in &needles {
            assert!(
                !contains(&bytes, needle) && !contains(name.as_bytes(), needle),
                "{} holds {:?}",
                file.display(),
                String::from_utf8_lossy(needle)
            );
        }
    }
}

#[test]
fn list_never_shows_a_protected_case_name() {
    let (_dir, app, id) = protected_example();
    let plain = app.create_case().unwrap().id;
    let list = app.list_cases().unwrap();
    let line = list.iter().find(|c| c.id == id).unwrap();
    assert!(line.protected);
    assert_eq!(
        line.name,
        "Protected application, started March 1, 2026 at 10:00 AM"
    );
    assert_eq!(line.status, "Open");
    app.lock_all_cases();
    let list = app.list_cases().unwrap();
    let line = list.iter().find(|c| c.id == id).unwrap();
    assert_eq!(line.status, "Locked");
    assert!(!line.name.contains("Núñez"));
    let json = serde_json::to_string(&list).unwrap();
    assert!(!json.contains("Núñez") && !json.contains("José"), "{json}");
    assert!(list.iter().any(|c| c.id == plain && !c.protected));
}

/// Starts the app on `dir` (its start-up check runs), and checks that protected case
/// `id` is refused with `expect` and left as it was. Returns the app.
fn assert_refused_untouched(dir: &Path, id: &str, expect: &str) -> App {
    let path = case_dir(dir, id).join("case.vault");
    let before = std::fs::read(&path).unwrap();
    let listing = files_under(&case_dir(dir, id));
    // The start-up check leaves a protected case alone (it cannot tell).
    let app = app(dir);
    assert!(app.start().unwrap().notices.is_empty());
    assert_eq!(files_under(&case_dir(dir, id)), listing);
    let err = app.unlock_case(id, PASS).unwrap_err();
    assert!(err.message.contains(expect), "{}", err.message);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file was changed"
    );
    // The list still works and says the case is locked.
    assert!(app.list_cases().unwrap().iter().any(|c| c.id == id));
    app
}

#[test]
fn tampered_case_file_is_refused_and_left_on_disk() {
    let (dir, app, id) = protected_example();
    let other = app
        .create_protected_case("another long passphrase", "another long passphrase")
        .unwrap()
        .id;
    drop(app);
    let path = case_dir(dir.path(), &id).join("case.vault");
    let mut bytes = std::fs::read(&path).unwrap();
    let i = bytes.len() - 40;
    bytes[i] ^= 0x20;
    std::fs::write(&path, &bytes).unwrap();
    let fresh = assert_refused_untouched(dir.path(), &id, "the file was changed");
    // The other protected case still opens.
    fresh
        .unlock_case(&other, "another long passphrase")
        .unwrap();
    assert!(fresh.case_overview(&other, None).is_ok());
}

#[test]
fn truncated_case_file_is_refused_and_left_on_disk() {
    let (dir, app, id) = protected_example();
    drop(app);
    let path = case_dir(dir.path(), &id).join("case.vault");
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    assert_refused_untouched(dir.path(), &id, "cut short");
    assert_eq!(
        std::fs::read(&path).unwrap().len(),
        bytes.len() / 2,
        "kept as it was"
    );
}

#[test]
fn file_moved_from_another_case_does_not_open() {
    let (dir, app, id) = protected_example();
    let cases = case_dir(dir.path(), &id);
    // The case's notes put in place of its case file: same key, other name.
    std::fs::copy(cases.join("app.vault"), cases.join("case.vault")).unwrap();
    app.lock_all_cases();
    let err = app.unlock_case(&id, PASS).unwrap_err();
    assert_eq!(err.code, Code::WrongPassphrase);
}

#[test]
fn newer_version_is_named_and_left_untouched() {
    let (dir, app, id) = protected_example();
    let info = case_dir(dir.path(), &id).join("vault.json");
    let text = std::fs::read_to_string(&info)
        .unwrap()
        .replace("\"format\": 1", "\"format\": 2");
    std::fs::write(&info, &text).unwrap();
    app.lock_all_cases();
    let err = app.unlock_case(&id, PASS).unwrap_err();
    assert_eq!(err.code, Code::NewerVersion);
    assert!(err.message.contains("newer version"));
    assert_eq!(std::fs::read_to_string(&info).unwrap(), text);

    // A sealed file of a newer format: same message, file unchanged.
    let (dir, app, id) = protected_example();
    let path = case_dir(dir.path(), &id).join("case.vault");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[8] = 9;
    std::fs::write(&path, &bytes).unwrap();
    app.lock_all_cases();
    let err = app.unlock_case(&id, PASS).unwrap_err();
    assert_eq!(err.code, Code::NewerVersion, "{}", err.message);
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn clinic_mode_requires_a_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    app.save_security_settings(&security(true, 5), None)
        .unwrap();
    let err = app.create_case().unwrap_err();
    assert_eq!(err.code, Code::PassphraseRequired);
    assert!(app.list_cases().unwrap().is_empty(), "no case was made");
    let err = app.create_protected_case("short", "short").unwrap_err();
    assert!(err.message.contains("at least 8 characters"));
    let id = app.create_protected_case(PASS, PASS).unwrap().id;
    assert!(app.vault_status(&id).protected);
    assert_eq!(app.security_settings().auto_lock_minutes, 5);
    assert!(app
        .save_security_settings(&security(true, 0), None)
        .is_err());
    assert_eq!(app.security_settings().auto_lock_minutes, 5);
    // A damaged settings file does not quietly turn clinic mode off.
    std::fs::write(dir.path().join("settings.json"), "{ clinic").unwrap();
    assert_eq!(app.create_case().unwrap_err().code, Code::BadCase);
}

#[test]
fn real_key_settings_are_recorded_in_the_case() {
    let dir = tempfile::tempdir().unwrap();
    // The app as the desktop opens it: the recommended key derivation, not the tests'.
    let app = App::open(dir.path(), Box::new(common::clock_at(common::at(0)))).unwrap();
    let id = app.create_protected_case(PASS, PASS).unwrap().id;
    let text = std::fs::read_to_string(case_dir(dir.path(), &id).join("vault.json")).unwrap();
    let info: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(info["kdf_memory_kib"], 65536);
    assert_eq!(info["kdf_iterations"], 3);
    assert_eq!(info["kdf_parallelism"], 1);
    assert_eq!(info["salt"].as_str().unwrap().len(), 32);
    app.lock_all_cases();
    app.unlock_case(&id, PASS).unwrap();
    assert!(app.case_overview(&id, None).is_ok());
}

#[test]
fn delete_and_remove_everything() {
    let (dir, app, id) = protected_example();
    app.delete_case(&id, Some(PASS)).unwrap();
    assert!(!case_dir(dir.path(), &id).exists());

    let (dir, app, id) = protected_example();
    let _lock = imr_app::instance::InstanceLock::acquire(dir.path()).unwrap();
    app.save_security_settings(&security(true, 3), None)
        .unwrap();
    let emptied = app.remove_everything(&[]).unwrap();
    assert_eq!(emptied, [dir.path().to_path_buf()]);
    assert_eq!(
        app.case_overview(&id, None).unwrap_err().code,
        Code::NotFound
    );
    let left: Vec<_> = files_under(dir.path())
        .into_iter()
        .map(|p| p.strip_prefix(dir.path()).unwrap().to_path_buf())
        .collect();
    // The clinic's settings stay: clinic mode does not switch itself off.
    assert_eq!(
        left,
        vec![
            PathBuf::from("instance.lock"),
            PathBuf::from("settings.json")
        ]
    );
    let kept = app.security_settings();
    assert!(kept.clinic_mode, "clinic mode was switched off");
    assert_eq!(kept.auto_lock_minutes, 3);
    assert!(app.list_cases().unwrap().is_empty());
}

/// Removing everything forgets every key: the idle watch, which acts only while some
/// protected case is open, has nothing left to lock.
#[test]
fn remove_everything_forgets_every_key() {
    let dir = tempfile::tempdir().unwrap();
    let clock = common::clock_at(common::at(0));
    let app = common::open_app(dir.path(), &clock).with_idle_limit(Duration::from_secs(60));
    let id = app.create_protected_case(PASS, PASS).unwrap().id;
    assert!(!app.vault_status(&id).locked);
    // Left open, the case is locked once the set time has passed…
    clock.advance(Duration::from_secs(61));
    let told = RefCell::new(Vec::new());
    let tell = |n: IdleNotice| {
        told.borrow_mut().push(n);
        if n == IdleNotice::LockSoon {
            app.lock_all_cases();
        }
    };
    app.watch_idle(&tell);
    assert_eq!(*told.borrow(), [IdleNotice::LockSoon, IdleNotice::Locked]);
    // …but after "Remove everything" there is nothing left open to lock.
    app.unlock_case(&id, PASS).unwrap();
    app.remove_everything(&[]).unwrap();
    told.borrow_mut().clear();
    clock.advance(Duration::from_secs(61));
    app.watch_idle(&tell);
    assert!(told.borrow().is_empty(), "{:?}", told.borrow());
}
