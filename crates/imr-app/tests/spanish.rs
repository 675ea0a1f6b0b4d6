//! The app's own messages (not the window's) in Spanish: each error a person can meet,
//! made for real, shows no English word when shown in Spanish, and its English is the
//! English of the messages file. One or more per module: documents, packet, fax
//! preview, settings, protected applications, moving an application, start-up checks.

#![allow(clippy::unwrap_used)]

use std::fs;

use imr_app::instance::InstanceLock;
use imr_app::packet::Signing;
use imr_app::{App, AppError, Code, Settings};
use imr_case::form::DocumentKind;
use imr_i18n::{untranslated_words, Lang, Localize};
use imr_packet::Mode;

mod common;
use common::{app_at_ten, example_dir};

/// The app on `dir` at 10:00 on the test day.
fn app_in(dir: &std::path::Path) -> App {
    app_at_ten(dir).0
}

/// A case with the example's answers, its denial letter, and its phone photo of the
/// plan's decision.
fn example_case(app: &App) -> String {
    let id = app.create_case().unwrap().id;
    common::save_answers(app, &id, "problem-type", &common::example().answers);
    common::add_denial_letter(app, &id, "");
    app.add_document(
        &id,
        &example_dir().join("grievance-decision-photo.jpg"),
        DocumentKind::GrievanceDecision,
        "",
        None,
    )
    .unwrap();
    id
}

/// The error's Spanish has no English word beyond `kept` (a file name, a path, the
/// system's own words in a technical detail) and is not its English.
fn assert_spanish(what: &str, e: &AppError, kept: &[&str]) {
    let spanish = e.message_in(Lang::Es);
    assert_ne!(spanish, e.message, "{what}: not translated");
    assert_eq!(e.message_in(Lang::En), e.message, "{what}");
    let mut text = spanish.clone();
    for k in kept {
        text = text.replace(k, " ");
    }
    let english = untranslated_words(Lang::Es, &text);
    assert!(english.is_empty(), "{what}: {english:?} in {spanish:?}");
    // The same check finds the English one.
    assert!(
        !untranslated_words(Lang::Es, &e.message).is_empty(),
        "{what}: {}",
        e.message
    );
}

#[test]
fn a_refused_file_and_a_packet_without_its_copy_are_told_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_in(dir.path());
    let id = example_case(&app);
    let fake = dir.path().join("carta.pdf");
    fs::write(&fake, "Esto no es un PDF.\n").unwrap();
    let e = app
        .add_document(&id, &fake, DocumentKind::Other, "", None)
        .unwrap_err();
    assert_eq!(e.code, Code::BadDocument);
    assert!(e.message_in(Lang::Es).starts_with("carta.pdf: "), "{e:?}");
    assert_spanish("refused file", &e, &["carta.pdf"]);

    // The case's copy of the letter goes missing: the packet says which file.
    let docs = fs::read_dir(dir.path().join("cases").join(&id).join("documents")).unwrap();
    for entry in docs.flatten() {
        fs::remove_file(entry.path()).unwrap();
    }
    let e = app
        .preview_packet(&id, Mode::Mail, &Signing::Wet)
        .unwrap_err();
    assert_eq!(e.code, Code::BadDocument);
    let copy = &app.documents(&id).unwrap()[0];
    assert_spanish(
        "packet",
        &e,
        &[
            "documents/",
            "denial-letter.pdf",
            "001-denial-letter",
            "grievance-decision-photo.jpg",
            "002-grievance-decision-photo",
        ],
    );
    // Both missing copies are named, one per line, in both languages.
    for lang in Lang::ALL {
        let text = e.message_in(lang);
        assert_eq!(text.lines().count(), 2, "{text}");
        assert!(text.contains("denial-letter") && text.contains("grievance-decision-photo"));
    }
    // The list of documents says the copy is missing, in Spanish too.
    let problem = copy
        .problem
        .clone()
        .unwrap()
        .localized(Lang::Es)
        .to_string();
    assert!(
        untranslated_words(Lang::Es, &problem.replace("No such file or directory", "")).is_empty(),
        "{problem}"
    );

    // The fax preview of a document that is not there.
    let e = app.fax_preview(&id, 7, 1).unwrap_err();
    assert_eq!(e.code, Code::NotFound);
    assert_spanish("fax preview", &e, &[]);
}

#[test]
fn settings_and_clinic_mode_are_told_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let e = Settings::set_security(dir.path(), true, 0).unwrap_err();
    assert_spanish("lock minutes", &e, &[]);
    Settings::set_security(dir.path(), true, 10).unwrap();
    let app = app_in(dir.path());
    let e = app.create_case().unwrap_err();
    assert_eq!(e.code, Code::PassphraseRequired);
    assert_spanish("clinic mode", &e, &[]);
    fs::write(dir.path().join("settings.json"), b"{not json").unwrap();
    let e = Settings::load_checked(dir.path()).unwrap_err();
    let path = dir.path().join("settings.json").display().to_string();
    // serde's own words stay as they are, in brackets.
    let reason = e.args["reason"].clone();
    assert_spanish("damaged settings", &e, &[&path, &reason]);
}

#[test]
fn passphrases_locks_and_exports_are_told_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_in(dir.path());
    let e = app.create_protected_case("corta", "corta").unwrap_err();
    assert_spanish("short passphrase", &e, &[]);
    let long = "una frase bastante larga";
    let id = app.create_protected_case(long, long).unwrap().id;
    app.lock_all_cases();
    let e = app.case_overview(&id, None).unwrap_err();
    assert_eq!(e.code, Code::Locked);
    assert_spanish("locked", &e, &[]);
    let e = app.unlock_case(&id, "otra frase equivocada").unwrap_err();
    assert_eq!(e.code, Code::WrongPassphrase);
    assert_spanish("wrong passphrase", &e, &[]);
    app.set_language(Lang::Es).unwrap();
    let list = app.list_cases().unwrap();
    for words in [&list[0].name, &list[0].status] {
        assert!(untranslated_words(Lang::Es, words).is_empty(), "{words}");
    }

    let not_export = dir.path().join("solicitud.imr");
    fs::write(&not_export, "hola").unwrap();
    let e = app
        .import_case(
            &not_export,
            long,
            Some(("otra frase larga", "otra frase larga")),
        )
        .unwrap_err();
    assert_spanish("not an export", &e, &[]);
}

#[test]
fn start_up_messages_are_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let _first = InstanceLock::acquire(dir.path()).unwrap();
    let e = InstanceLock::acquire(dir.path()).unwrap_err();
    assert_eq!(e.code, Code::AlreadyOpen);
    let folder = dir.path().display().to_string();
    assert_spanish("second window", &e, &[&folder]);

    let app = app_in(dir.path());
    let id = app.create_case().unwrap().id;
    fs::write(
        common::case_dir(dir.path(), &id).join("case.json"),
        b"{ cut sh",
    )
    .unwrap();
    drop(app);
    // The app started again finds it.
    let recovered = app_in(dir.path()).start().unwrap().notices;
    assert_eq!(recovered.len(), 1, "{recovered:?}");
    let backup = recovered[0].backup.clone().unwrap().display().to_string();
    let english = recovered[0].message.to_string();
    let spanish = recovered[0].clone().localized(Lang::Es).message.to_string();
    assert_ne!(english, spanish);
    assert!(spanish.contains(&backup), "{spanish}");
    assert!(
        untranslated_words(Lang::Es, &spanish.replace(&backup, " ")).is_empty(),
        "{spanish}"
    );
}

/// Every category of the bundled DMHC data has its Spanish name, shown with the
/// original in brackets; the English is the data's own name.
#[test]
fn every_category_of_past_decisions_has_a_spanish_name() {
    use imr_app::localize::{outcome_category_label, outcome_category_message_id};
    let outcomes = imr_outcomes::Outcomes::bundled();
    let categories: Vec<_> = outcomes
        .diagnoses()
        .into_iter()
        .chain(outcomes.treatments())
        .collect();
    assert!(categories.len() > 40, "{}", categories.len());
    for c in &categories {
        let id = outcome_category_message_id(&c.name);
        for lang in Lang::ALL {
            assert!(imr_i18n::has(lang, &id), "{lang}: no {id} for {:?}", c.name);
        }
        assert_eq!(imr_i18n::text(Lang::En, &id, &[]), c.name);
        assert_eq!(outcome_category_label(Lang::En, &c.name), c.name);
        let spanish = outcome_category_label(Lang::Es, &c.name);
        assert!(spanish.ends_with(&format!(" [{}]", c.name)), "{spanish}");
        let own = spanish.trim_end_matches(&format!(" [{}]", c.name));
        assert!(untranslated_words(Lang::Es, own).is_empty(), "{spanish}");
    }
}
