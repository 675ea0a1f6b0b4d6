//! The application facade (`imr_app::App`), driven as the desktop shell drives it: one
//! method per window action, time from an injected clock.

#![allow(clippy::unwrap_used)]

use std::cell::RefCell;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use chrono::{FixedOffset, TimeZone};
use imr_app::clinic::SecurityChange;
use imr_app::packet::Signing;
use imr_app::{App, Code, Field, FixedClock, IdleNotice, Lang, Mode};

mod common;
use common::{example, fast_kdf_store};

const PASS: &str = "purple otter sings at noon";

/// 10:00 on March 1, 2026, in California (UTC−8).
fn clock() -> FixedClock {
    let pacific = FixedOffset::west_opt(8 * 3600).unwrap();
    FixedClock::at(pacific.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap())
}

fn open(dir: &Path) -> App {
    App::open(dir, Box::new(clock()))
        .unwrap()
        .with_store(fast_kdf_store(dir))
}

/// An app with a shared clock the test can move on.
fn open_with_clock(dir: &Path) -> (App, Arc<FixedClock>) {
    let clock = Arc::new(clock());
    let app = App::open(dir, Box::new(Arc::clone(&clock)))
        .unwrap()
        .with_store(fast_kdf_store(dir))
        .with_idle_limit(Duration::from_secs(60));
    (app, clock)
}

fn example_case(app: &App) -> String {
    let id = app.create_case().unwrap().id;
    app.save_screen(&id, "problem-type", &example().answers, true, None)
        .unwrap();
    id
}

#[test]
fn the_start_view_brings_the_page_in_one_answer_with_the_clocks_date() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path());
    let id = example_case(&app);
    let start = app.start().unwrap();
    assert_eq!(start.today.to_string(), "2026-03-01");
    assert_eq!(start.cases.len(), 1);
    assert_eq!(start.cases[0].id, id);
    assert_eq!(start.messages.lang, Lang::En);
    assert!(start.messages.messages.contains_key("start-heading"));
    assert_eq!(start.security.min_passphrase_chars, 8);
    // The rest of the page comes along: its help topic, and no clinic overview outside
    // clinic mode.
    assert_eq!(start.help_topic, app.help_topic_for("start"));
    assert!(start.overview.is_empty());
    assert!(
        !start.test_hooks,
        "only a test build offers the dialog stand-ins"
    );
    // The case was saved with the clock's time, not the computer's.
    let summary = &start.cases[0].line;
    assert!(summary.contains("March 1, 2026"), "{summary}");
}

#[test]
fn the_language_chosen_words_every_view_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path());
    let id = example_case(&app);
    app.set_language(Lang::Es).unwrap();
    let overview = app.case_overview(&id, None).unwrap();
    assert!(
        overview
            .tasks
            .iter()
            .any(|t| t.title.contains("Documentos")),
        "{:?}",
        overview.tasks.iter().map(|t| &t.title).collect::<Vec<_>>()
    );
    // A new start of the app answers in Spanish from the first view.
    drop(app);
    let app = open(dir.path());
    assert_eq!(app.lang(), Lang::Es);
    assert_eq!(app.start().unwrap().messages.lang, Lang::Es);
}

#[test]
fn the_signing_page_and_its_checks_come_from_the_case() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path());
    let id = example_case(&app);
    let page = app.sign_page(&id).unwrap();
    assert_eq!(page.signer, "José A. Núñez");
    assert_eq!(page.helper.as_deref(), Some("Nguyễn Thị Hồng"));
    // The application's statement, then the Authorized Assistant form's two.
    assert_eq!(page.statements.len(), 3, "{:?}", page.statements);
    let empty = Signing::Typed {
        name: "  ".into(),
        helper: None,
    };
    let problems = app.check_signing(&id, &empty).unwrap();
    let fields: Vec<_> = problems.iter().map(|p| p.field).collect();
    assert_eq!(fields, ["typed-name", "typed-helper"]);
    assert!(problems[0].message.contains("name"), "{problems:?}");
    let blank = Signing::Drawn {
        patient: vec![],
        helper: Some(vec![]),
    };
    let fields: Vec<_> = app
        .check_signing(&id, &blank)
        .unwrap()
        .into_iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(fields, ["draw-pad", "draw-pad-helper"]);
    assert!(app.check_signing(&id, &Signing::Wet).unwrap().is_empty());
}

#[test]
fn only_packets_made_in_this_session_may_be_opened_and_quick_exit_forgets_them() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let app = open(dir.path());
    let id = example_case(&app);
    common::add_denial_letter(&app, &id, "Denial letter");
    let target = out.path().join("packet.pdf");
    let other = out.path().join("someone-else.pdf");
    std::fs::write(&other, b"%PDF-1.4").unwrap();
    assert_eq!(app.saved_file(&other).unwrap_err().code, Code::Invalid);
    let mut reports = Vec::new();
    let made = app
        .create_packet(&id, Mode::Mail, &Signing::Wet, &target, &mut |p| {
            reports.push(p.text)
        })
        .unwrap();
    // The progress comes worded, in the language in use.
    assert_eq!(
        reports.first().map(String::as_str),
        Some("Filling in the forms and the cover page…")
    );
    assert_eq!(
        reports.last().map(String::as_str),
        Some("Putting your packet together and saving it…")
    );
    assert_eq!(app.saved_file(&made.packet).unwrap(), target);
    assert_eq!(app.saved_file(&made.checklist).unwrap(), made.checklist);
    app.quick_exit();
    assert_eq!(app.saved_file(&target).unwrap_err().code, Code::Invalid);
    assert!(
        target.is_file(),
        "quick exit forgets the packet, it does not delete it"
    );
}

#[test]
fn the_idle_watch_locks_an_open_case_after_the_set_time_and_not_before() {
    let dir = tempfile::tempdir().unwrap();
    let (app, clock) = open_with_clock(dir.path());
    let id = app.create_protected_case(PASS, PASS).unwrap().id;
    let told = RefCell::new(Vec::new());
    // The window locks as soon as it is asked (it saves its page first).
    let tell = |n: IdleNotice| {
        told.borrow_mut().push(n);
        if n == IdleNotice::LockSoon {
            app.lock_all_cases();
        }
    };
    clock.advance(Duration::from_secs(50));
    app.watch_idle(&tell);
    assert!(told.borrow().is_empty());
    assert!(!app.vault_status(&id).locked);
    // Using the case counts, seen at the watch's next look: the idle time starts again.
    app.case_overview(&id, None).unwrap();
    app.watch_idle(&tell);
    clock.advance(Duration::from_secs(50));
    app.watch_idle(&tell);
    assert!(told.borrow().is_empty(), "the use 50 s ago reset the watch");
    clock.advance(Duration::from_secs(20));
    app.watch_idle(&tell);
    assert_eq!(*told.borrow(), [IdleNotice::LockSoon, IdleNotice::Locked]);
    assert!(app.vault_status(&id).locked);
    assert_eq!(app.case_overview(&id, None).unwrap_err().code, Code::Locked);
}

#[test]
fn the_idle_watch_locks_even_when_the_window_does_not_answer() {
    let dir = tempfile::tempdir().unwrap();
    let (app, clock) = open_with_clock(dir.path());
    let id = app.create_protected_case(PASS, PASS).unwrap().id;
    clock.advance(Duration::from_secs(61));
    let told = RefCell::new(Vec::new());
    app.watch_idle(&|n| told.borrow_mut().push(n));
    assert_eq!(*told.borrow(), [IdleNotice::LockSoon, IdleNotice::Locked]);
    assert!(app.vault_status(&id).locked);
}

#[test]
fn every_new_passphrase_is_checked_in_rust_and_the_error_names_its_box() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path());
    let field = |r: Result<String, imr_app::AppError>| r.unwrap_err().field;
    let made = |r: Result<imr_app::app::Created, imr_app::AppError>| r.map(|c| c.id);
    // A new protected case: typed twice, the same, long enough.
    assert_eq!(
        field(made(app.create_protected_case("", ""))),
        Some(Field::Passphrase)
    );
    assert_eq!(
        field(made(app.create_protected_case("short", "short"))),
        Some(Field::Passphrase)
    );
    assert_eq!(
        field(made(
            app.create_protected_case(PASS, "purple otter sings at nine")
        )),
        Some(Field::PassphraseConfirm)
    );
    assert!(app.list_cases().unwrap().is_empty(), "nothing was made");
    let e = app.check_new_passphrase(PASS, "other").unwrap_err();
    assert!(e.message.contains("not the same"), "{}", e.message);
    app.check_new_passphrase(PASS, PASS).unwrap();

    // A plain case protected later, and handed over.
    let id = app.create_case().unwrap().id;
    let e = app.protect_case(&id, PASS, "nope").unwrap_err();
    assert_eq!(e.field, Some(Field::PassphraseConfirm));
    assert!(!app.vault_status(&id).protected);
    let file = dir.path().join("out.imrcase");
    let e = app.export_case(&id, PASS, "nope", &file).unwrap_err();
    assert_eq!(e.field, Some(Field::PassphraseConfirm));
    assert!(!file.exists(), "a refused export writes nothing");
    app.export_case(&id, PASS, PASS, &file).unwrap();

    // Taking it in: the file's passphrase, then this computer's new one.
    assert_eq!(
        field(app.import_case(&file, "", None)),
        Some(Field::Passphrase)
    );
    assert_eq!(
        field(app.import_case(&file, "wrong but long enough", None)),
        Some(Field::Passphrase)
    );
    assert_eq!(
        field(app.import_case(&file, PASS, Some(("local passphrase", "local passphrases")))),
        Some(Field::NewPassphraseConfirm)
    );
    assert_eq!(
        field(app.import_case(&file, PASS, Some(("short", "short")))),
        Some(Field::NewPassphrase)
    );
    // The file's own passphrase is not taken as this computer's.
    assert_eq!(
        field(app.import_case(&file, PASS, Some((PASS, PASS)))),
        Some(Field::NewPassphrase)
    );
    assert_eq!(app.list_cases().unwrap().len(), 1, "nothing was added");

    // The clinic coordinator's new passphrase, typed twice.
    let mut change = SecurityChange {
        clinic_mode: false,
        auto_lock_minutes: 10,
        refuse_unprotected: false,
        remove_after_days: None,
        new_coordinator: Some(PASS.into()),
        new_coordinator_confirm: Some("different".into()),
        remove_coordinator: false,
    };
    let e = app.save_security_settings(&change, None).unwrap_err();
    assert_eq!(e.field, Some(Field::NewCoordinatorConfirm));
    assert!(!app.security_settings().coordinator_set);
    change.new_coordinator_confirm = Some(PASS.into());
    assert!(
        app.save_security_settings(&change, None)
            .unwrap()
            .coordinator_set
    );

    // The hint is worded in the person's language.
    assert_eq!(
        app.passphrase_hint("short"),
        "Too short: use at least 8 characters."
    );
    assert_eq!(app.passphrase_hint(PASS), "Strong.");
}

#[test]
fn a_date_comes_as_three_boxes_month_first_and_is_joined_in_rust_when_saved() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(&dir.path().join("data"));
    let id = app.create_case().unwrap().id;
    let dob = "patient.date_of_birth";
    let boxes = |month: &str, day: &str, year: &str| {
        [("month", month), ("day", day), ("year", year)]
            .into_iter()
            .map(|(p, v)| (format!("{dob}.{p}"), v.to_string()))
            .collect::<imr_app::Answers>()
    };
    // Saves the three boxes; gives the date question as the page shows it then.
    let save = |month: &str, day: &str, year: &str| {
        let saved = app
            .save_screen(
                &id,
                "patient-details",
                &boxes(month, day, year),
                false,
                None,
            )
            .unwrap();
        saved
            .view
            .fields
            .into_iter()
            .find(|f| f.field.id == dob)
            .unwrap()
    };

    // Typed as a Californian does: month, day, year, without leading zeros.
    let field = save("3", "7", "1984");
    assert_eq!(field.value, "1984-03-07");
    assert!(field.error.is_none(), "{:?}", field.error);
    let parts: Vec<_> = field
        .parts
        .iter()
        .map(|p| (p.part, p.value.as_str()))
        .collect();
    assert_eq!(parts, [("month", "3"), ("day", "7"), ("year", "1984")]);
    assert_eq!(field.parts[0].key, "patient.date_of_birth.month");
    assert_eq!(field.parts[0].autocomplete, "section-patient bday-month");
    assert_eq!(
        field.date_hint.as_deref(),
        Some("For example, March 27, 1984.")
    );

    // A British-style day 31 in the month box is kept as typed and named as wrong.
    let field = save("31", "12", "1984");
    assert!(
        field.error.as_deref().unwrap().contains("month"),
        "{:?}",
        field.error
    );
    let parts: Vec<_> = field.parts.iter().map(|p| p.value.as_str()).collect();
    assert_eq!(parts, ["31", "12", "1984"], "nothing typed is lost");

    // Three empty boxes clear the answer.
    let field = save("", " ", "");
    assert_eq!(field.value, "");
    assert!(field.parts.iter().all(|p| p.value.is_empty()));
}
