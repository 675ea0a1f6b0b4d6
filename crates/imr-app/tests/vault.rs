//! Cases protected by a passphrase: sealed on disk, locked and unlocked, refused with a
//! message (and left untouched) when changed, cut short or newer.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use imr_app::packet::SigningChoice;
use imr_app::{CaseStore, Code, Settings};
use imr_packet::Mode;

const PASS: &str = "purple otter sings at noon";

mod common;
use common::{
    at, contains, example, example_dir, fast_kdf_store as open_store, files_under, today,
};

/// A protected case with the example's answers and its denial letter.
fn protected_example() -> (tempfile::TempDir, CaseStore, String) {
    let dir = tempfile::tempdir().unwrap();
    let store = open_store(dir.path());
    let case = store.create_protected(at(0), PASS).unwrap();
    store
        .save_answers(&case.id, &example().answers, None, at(1))
        .unwrap();
    common::add_denial_letter(&store, &case.id, "Letter from Golden Poppy Health");
    (dir, store, case.id)
}

#[test]
fn protected_case_round_trip_through_lock_and_unlock() {
    let (dir, store, id) = protected_example();
    assert!(!store.is_locked(&id));
    assert_eq!(store.load(&id).unwrap().file.answers, example().answers);

    // A new app start knows no key: the case is locked.
    let store = open_store(dir.path());
    assert!(store.is_locked(&id));
    let err = store.load(&id).unwrap_err();
    assert_eq!(err.code, Code::Locked);
    assert_eq!(store.documents(&id).unwrap_err().code, Code::Locked);

    let err = store
        .unlock(&id, "purple otter sings at night")
        .unwrap_err();
    assert_eq!(err.code, Code::WrongPassphrase);
    assert!(err
        .message
        .contains("The passphrase is wrong, or the file was changed"));
    assert!(store.is_locked(&id));

    store.unlock(&id, PASS).unwrap();
    let case = store.load(&id).unwrap();
    assert_eq!(case.file.answers, example().answers);
    assert_eq!(case.file.documents.len(), 1);
    assert_eq!(
        case.file.documents[0].title,
        "Letter from Golden Poppy Health"
    );
    let docs = store.documents(&id).unwrap();
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
    let made = store
        .create_packet(&id, Mode::Fax, today(), &SigningChoice::default(), &target)
        .unwrap();
    assert!(made.pages > 3);
    assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF-"));

    store.lock(&id);
    assert_eq!(store.load(&id).unwrap_err().code, Code::Locked);
}

#[test]
fn nothing_readable_is_left_on_disk() {
    let (dir, store, id) = protected_example();
    // Everything the app wrote while the case was open, including a packet preview.
    store
        .preview_packet(&id, Mode::Mail, today(), &SigningChoice::default())
        .unwrap();
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
    let (dir, store, id) = protected_example();
    let plain = {
        let s = CaseStore::open(dir.path()).unwrap();
        s.create(at(3)).unwrap().id
    };
    let list = store.list(today()).unwrap();
    let line = list.iter().find(|c| c.id == id).unwrap();
    assert!(line.protected);
    assert_eq!(
        line.name,
        "Protected application, started March 1, 2026 at 10:00 AM"
    );
    assert_eq!(line.status, "Open");
    store.lock(&id);
    let list = store.list(today()).unwrap();
    let line = list.iter().find(|c| c.id == id).unwrap();
    assert_eq!(line.status, "Locked");
    assert!(!line.name.contains("Núñez"));
    let json = serde_json::to_string(&list).unwrap();
    assert!(!json.contains("Núñez") && !json.contains("José"), "{json}");
    assert!(list.iter().any(|c| c.id == plain && !c.protected));
}

fn assert_refused_untouched(store: &CaseStore, dir: &Path, id: &str, expect: &str) {
    let path = dir.join("cases").join(id).join("case.vault");
    let before = std::fs::read(&path).unwrap();
    let listing = files_under(&dir.join("cases").join(id));
    // The start-up check leaves a protected case alone (it cannot tell).
    store.recover(at(30)).unwrap();
    assert_eq!(files_under(&dir.join("cases").join(id)), listing);
    let err = store.unlock(id, PASS).unwrap_err();
    assert!(err.message.contains(expect), "{}", err.message);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file was changed"
    );
    // The list still works and says the case is locked.
    assert!(store.list(today()).unwrap().iter().any(|c| c.id == id));
}

#[test]
fn tampered_case_file_is_refused_and_left_on_disk() {
    let (dir, _store, id) = protected_example();
    let store2 = open_store(dir.path());
    let other = store2
        .create_protected(at(9), "another long passphrase")
        .unwrap();
    let path = dir.path().join("cases").join(&id).join("case.vault");
    let mut bytes = std::fs::read(&path).unwrap();
    let i = bytes.len() - 40;
    bytes[i] ^= 0x20;
    std::fs::write(&path, &bytes).unwrap();
    let fresh = open_store(dir.path());
    assert_refused_untouched(&fresh, dir.path(), &id, "the file was changed");
    // The other protected case still opens.
    fresh.unlock(&other.id, "another long passphrase").unwrap();
    assert!(fresh.load(&other.id).is_ok());
}

#[test]
fn truncated_case_file_is_refused_and_left_on_disk() {
    let (dir, _store, id) = protected_example();
    let path = dir.path().join("cases").join(&id).join("case.vault");
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let fresh = open_store(dir.path());
    assert_refused_untouched(&fresh, dir.path(), &id, "cut short");
    assert_eq!(
        std::fs::read(&path).unwrap().len(),
        bytes.len() / 2,
        "kept as it was"
    );
}

#[test]
fn file_moved_from_another_case_does_not_open() {
    let (dir, store, id) = protected_example();
    let cases = dir.path().join("cases").join(&id);
    // The case's notes put in place of its case file: same key, other name.
    std::fs::copy(cases.join("app.vault"), cases.join("case.vault")).unwrap();
    store.lock(&id);
    let err = store.unlock(&id, PASS).unwrap_err();
    assert_eq!(err.code, Code::WrongPassphrase);
}

#[test]
fn newer_version_is_named_and_left_untouched() {
    let (dir, store, id) = protected_example();
    let info = dir.path().join("cases").join(&id).join("vault.json");
    let text = std::fs::read_to_string(&info)
        .unwrap()
        .replace("\"format\": 1", "\"format\": 2");
    std::fs::write(&info, &text).unwrap();
    store.lock(&id);
    let err = store.unlock(&id, PASS).unwrap_err();
    assert_eq!(err.code, Code::NewerVersion);
    assert!(err.message.contains("newer version"));
    assert_eq!(std::fs::read_to_string(&info).unwrap(), text);

    // A sealed file of a newer format: same message, file unchanged.
    let (dir, store, id) = protected_example();
    let path = dir.path().join("cases").join(&id).join("case.vault");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[8] = 9;
    std::fs::write(&path, &bytes).unwrap();
    store.lock(&id);
    let err = store.unlock(&id, PASS).unwrap_err();
    assert_eq!(err.code, Code::NewerVersion, "{}", err.message);
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn clinic_mode_requires_a_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let store = open_store(dir.path());
    Settings::set_security(dir.path(), true, 5).unwrap();
    let err = store.create(at(0)).unwrap_err();
    assert_eq!(err.code, Code::PassphraseRequired);
    assert!(store.list(today()).unwrap().is_empty(), "no case was made");
    let err = store.create_protected(at(0), "short").unwrap_err();
    assert!(err.message.contains("at least 8 characters"));
    let case = store.create_protected(at(0), PASS).unwrap();
    assert!(store.is_protected(&case.id));
    assert_eq!(Settings::load(dir.path()).auto_lock_minutes, 5);
    assert!(Settings::set_security(dir.path(), true, 0).is_err());
    assert_eq!(Settings::load(dir.path()).auto_lock_minutes, 5);
    // A damaged settings file does not quietly turn clinic mode off.
    std::fs::write(dir.path().join("settings.json"), "{ clinic").unwrap();
    assert_eq!(store.create(at(1)).unwrap_err().code, Code::BadCase);
}

#[test]
fn real_key_settings_are_recorded_in_the_case() {
    let dir = tempfile::tempdir().unwrap();
    let store = CaseStore::open(dir.path()).unwrap();
    let case = store.create_protected(at(0), PASS).unwrap();
    let info = store.vault_info(&case.id).unwrap();
    assert_eq!(info.kdf_memory_kib, 65536);
    assert_eq!(info.kdf_iterations, 3);
    assert_eq!(info.kdf_parallelism, 1);
    assert_eq!(info.salt.len(), 32);
    store.lock(&case.id);
    store.unlock(&case.id, PASS).unwrap();
}

#[test]
fn delete_and_remove_everything() {
    let (dir, store, id) = protected_example();
    store.delete(&id).unwrap();
    assert!(!dir.path().join("cases").join(&id).exists());
    let (dir, store, id) = protected_example();
    let _lock = imr_app::instance::InstanceLock::acquire(dir.path()).unwrap();
    Settings::set_security(dir.path(), true, 3).unwrap();
    store.remove_everything().unwrap();
    assert_eq!(store.load(&id).unwrap_err().code, Code::NotFound);
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
    let kept = Settings::load(dir.path());
    assert!(kept.clinic_mode, "clinic mode was switched off");
    assert_eq!(kept.auto_lock_minutes, 3);
    assert!(!store.any_unlocked());
    assert!(store.list(today()).unwrap().is_empty());
}
