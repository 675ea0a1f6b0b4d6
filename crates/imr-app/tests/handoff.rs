//! Clinic handoff: export a case to one encrypted file, import it in another data folder,
//! as the window asks the app to.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use imr_app::{App, Code};
use imr_case::case::CaseFile;
use imr_vault::KdfParams;

mod common;
use common::{answers_shown, app_at_ten, case_dir, case_json, example, example_dir, snapshot};

/// The app on `dir` at 10:00 on the test day.
fn store(dir: &Path) -> App {
    app_at_ten(dir).0
}

const PASS: &str = "handoff blue river 42";

/// A case with the example's answers and its denial letter, exported to `out`.
fn exported(out: &Path) -> (tempfile::TempDir, CaseFile, PathBuf) {
    let data = tempfile::tempdir().unwrap();
    let s = store(data.path());
    let id = s.create_case().unwrap().id;
    common::save_answers(&s, &id, "problem-type", &example().answers);
    common::add_denial_letter(&s, &id, "Letter from the plan");
    let file = out.join("case.imrexport");
    s.export_case(&id, PASS, PASS, &file).unwrap();
    let case = case_json(data.path(), &id);
    (data, case, file)
}

#[test]
fn export_and_import_between_two_data_folders() {
    let out = tempfile::tempdir().unwrap();
    let (_from, original, file) = exported(out.path());
    let sealed = fs::read(&file).unwrap();
    // Nothing readable in the file.
    for typed in ["Golden Valley", "Torres", "%PDF", "denial"] {
        assert!(
            !sealed.windows(typed.len()).any(|w| w == typed.as_bytes()),
            "{typed} is readable in the export"
        );
    }

    let to = tempfile::tempdir().unwrap();
    let s = store(to.path());
    let id = s.import_case(&file, PASS, None).unwrap();
    assert_eq!(case_json(to.path(), &id), original);
    let docs = s.documents(&id).unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].title, "Letter from the plan");
    assert_eq!(docs[0].pages, 2);
    assert!(docs[0].problem.is_none(), "{:?}", docs[0].problem);
    let copied = fs::read(case_dir(to.path(), &id).join(&original.documents[0].path)).unwrap();
    assert_eq!(
        copied,
        fs::read(example_dir().join("denial-letter.pdf")).unwrap()
    );

    // Importing again makes a copy beside the first; nothing is overwritten.
    let before = snapshot(&case_dir(to.path(), &id));
    let again = s.import_case(&file, PASS, None).unwrap();
    assert_ne!(again, id);
    assert_eq!(snapshot(&case_dir(to.path(), &id)), before);
    assert_eq!(s.list_cases().unwrap().len(), 2);

    // And into a protected case on the new computer.
    let local = "clinic two passphrase";
    let locked = s.import_case(&file, PASS, Some((local, local))).unwrap();
    assert!(s.vault_status(&locked).protected);
    assert!(!case_dir(to.path(), &locked).join("case.json").exists());
    // The same case (answers and documents, read through the app once it is open), its
    // copies under numbered names (no file name says what it is).
    s.lock_all_cases();
    s.unlock_case(&locked, local).unwrap();
    assert_eq!(answers_shown(&s, &locked), original.answers);
    let numbered: Vec<String> = (1..=original.documents.len())
        .map(|n| format!("{n:03}.vault"))
        .collect();
    assert_eq!(common::document_files(to.path(), &locked), numbered);
    let docs = s.documents(&locked).unwrap();
    assert_eq!(docs.len(), original.documents.len());
    for (shown, entry) in docs.iter().zip(&original.documents) {
        assert_eq!(
            (shown.kind, &shown.title, shown.date, &shown.file_name),
            (entry.kind, &entry.title, entry.date, &entry.original_name)
        );
        assert!(shown.problem.is_none(), "{:?}", shown.problem);
    }
}

#[test]
fn bad_export_files_are_refused_and_nothing_changes() {
    let out = tempfile::tempdir().unwrap();
    let (_from, _original, file) = exported(out.path());
    let sealed = fs::read(&file).unwrap();
    let to = tempfile::tempdir().unwrap();
    let s = store(to.path());
    let existing = s.create_case().unwrap().id;
    let before = snapshot(to.path());

    let write = |name: &str, bytes: &[u8]| {
        let p = out.path().join(name);
        fs::write(&p, bytes).unwrap();
        p
    };
    let mut tampered = sealed.clone();
    let middle = tampered.len() / 2;
    tampered[middle] ^= 0x01;
    let cases: Vec<(&str, PathBuf, &str, Code, &str)> = vec![
        (
            "wrong passphrase",
            file.clone(),
            "not the passphrase",
            Code::WrongPassphrase,
            "passphrase is wrong",
        ),
        (
            "tampered",
            write("tampered", &tampered),
            PASS,
            Code::WrongPassphrase,
            "was changed",
        ),
        (
            "truncated",
            write("truncated", &sealed[..sealed.len() - 100]),
            PASS,
            Code::BadCase,
            "cut short",
        ),
        (
            "header only",
            write("header", &sealed[..30]),
            PASS,
            Code::BadCase,
            "cut short",
        ),
        (
            "not an export",
            write(
                "letter.pdf",
                &fs::read(example_dir().join("denial-letter.pdf")).unwrap(),
            ),
            PASS,
            Code::BadCase,
            "not an application exported",
        ),
    ];
    for (what, path, pass, code, says) in cases {
        let e = s.import_case(&path, pass, None).unwrap_err();
        assert_eq!(e.code, code, "{what}: {}", e.message);
        assert!(e.message.contains(says), "{what}: {}", e.message);
        assert!(
            e.message.contains("Nothing on this computer was changed"),
            "{what}: {}",
            e.message
        );
        assert_eq!(
            snapshot(to.path()),
            before,
            "{what} changed the data folder"
        );
    }

    // Another sealed file of this app's format, but not an export (other purpose).
    let other = imr_vault::seal_with_passphrase(
        PASS,
        b"{}",
        b"something else",
        KdfParams::INSECURE_FOR_TESTS,
    )
    .unwrap();
    let e = s
        .import_case(&write("other", &other), PASS, None)
        .unwrap_err();
    assert_eq!(e.code, Code::WrongPassphrase, "{}", e.message);

    // An export from a newer version of the app.
    let newer = serde_json::json!({"kind": "imr-packet case export", "version": 9, "case": "{}", "documents": []});
    let sealed_newer = imr_vault::seal_with_passphrase(
        PASS,
        newer.to_string().as_bytes(),
        b"imr-packet case export",
        KdfParams::INSECURE_FOR_TESTS,
    )
    .unwrap();
    let e = s
        .import_case(&write("newer", &sealed_newer), PASS, None)
        .unwrap_err();
    assert_eq!(e.code, Code::NewerVersion, "{}", e.message);
    assert!(e.message.contains("newer version"), "{}", e.message);
    assert_eq!(snapshot(to.path()), before);
    assert!(s.case_overview(&existing, None).is_ok());
}
