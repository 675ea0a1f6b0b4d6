//! Clinic handoff: export a case to one encrypted file, import it in another data folder.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use imr_app::Code;
use imr_case::case::CaseFile;
use imr_vault::KdfParams;

mod common;
use common::{at, example, example_dir, fast_kdf_store as store, snapshot, today};

const PASS: &str = "handoff blue river 42";

/// A case with the example's answers and its denial letter, exported to `out`.
fn exported(out: &Path) -> (tempfile::TempDir, CaseFile, PathBuf) {
    let data = tempfile::tempdir().unwrap();
    let s = store(data.path());
    let id = s.create(at(0)).unwrap().id;
    s.save_answers(&id, &example().answers, None, at(1))
        .unwrap();
    common::add_denial_letter(&s, &id, "Letter from the plan");
    let file = out.join("case.imrexport");
    s.export_case(&id, PASS, &file).unwrap();
    let case = s.load(&id).unwrap();
    (data, case.file, file)
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
    let id = s.import_case(&file, PASS, None, at(30)).unwrap();
    let case = s.load(&id).unwrap();
    assert_eq!(case.file, original);
    let docs = s.documents(&id).unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].title, "Letter from the plan");
    assert_eq!(docs[0].pages, 2);
    assert!(docs[0].problem.is_none(), "{:?}", docs[0].problem);
    let copied = fs::read(
        to.path()
            .join("cases")
            .join(&id)
            .join(&original.documents[0].path),
    )
    .unwrap();
    assert_eq!(
        copied,
        fs::read(example_dir().join("denial-letter.pdf")).unwrap()
    );

    // Importing again makes a copy beside the first; nothing is overwritten.
    let before = snapshot(&to.path().join("cases").join(&id));
    let again = s.import_case(&file, PASS, None, at(31)).unwrap();
    assert_ne!(again, id);
    assert_eq!(snapshot(&to.path().join("cases").join(&id)), before);
    assert_eq!(s.list(today()).unwrap().len(), 2);

    // And into a protected case on the new computer.
    let locked = s
        .import_case(&file, PASS, Some("clinic two passphrase"), at(32))
        .unwrap();
    assert!(s.is_protected(&locked));
    // The same case, its copies under numbered names (no file name says what it is).
    let mut renamed = original.clone();
    for (n, d) in renamed.documents.iter_mut().enumerate() {
        d.path = format!("documents/{:03}.vault", n + 1);
    }
    assert_eq!(s.load(&locked).unwrap().file, renamed);
    assert!(s.documents(&locked).unwrap()[0].problem.is_none());
}

#[test]
fn bad_export_files_are_refused_and_nothing_changes() {
    let out = tempfile::tempdir().unwrap();
    let (_from, _original, file) = exported(out.path());
    let sealed = fs::read(&file).unwrap();
    let to = tempfile::tempdir().unwrap();
    let s = store(to.path());
    let existing = s.create(at(5)).unwrap().id;
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
        let e = s.import_case(&path, pass, None, at(40)).unwrap_err();
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
        .import_case(&write("other", &other), PASS, None, at(41))
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
        .import_case(&write("newer", &sealed_newer), PASS, None, at(42))
        .unwrap_err();
    assert_eq!(e.code, Code::NewerVersion, "{}", e.message);
    assert!(e.message.contains("newer version"), "{}", e.message);
    assert_eq!(snapshot(to.path()), before);
    assert!(s.load(&existing).is_ok());
}
