//! A computer shared by a clinic: an export of a protected case stays protected on any
//! computer, a plain case can be protected later (and clinic mode can refuse plain ones),
//! a protected case is deleted only with its passphrase or the coordinator's, the
//! coordinator's passphrase guards the settings, and old applications go at start-up.
//! Driven as the window drives the app; what is on disk is read from the files.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use chrono::TimeZone;
use imr_app::clinic::SecurityChange;
use imr_app::{App, Code, Field, Settings};

mod common;
use common::{
    add_denial_letter, answers_shown, app_at_ten, case_dir, contains, example, files_under,
};

const PASS: &str = "purple otter sings at noon";
const HANDOFF: &str = "handoff blue river 42";
const LOCAL: &str = "second desk maple 17";
const COORDINATOR: &str = "clinic keeper amber 9";

/// The example's last name: what must never be readable on disk.
fn last_name() -> String {
    example().answers["patient.last_name"].clone()
}

/// Every file under `root` that holds `needle`, or whose path names it.
fn readable(root: &Path, needle: &str) -> Vec<String> {
    files_under(root)
        .into_iter()
        .filter(|f| {
            contains(&fs::read(f).unwrap_or_default(), needle.as_bytes())
                || f.to_string_lossy().contains(needle)
        })
        .map(|f| f.display().to_string())
        .collect()
}

/// The app on `dir` at 10:00 on the test day.
fn app(dir: &Path) -> App {
    app_at_ten(dir).0
}

/// A case without a passphrase: the example's answers and its denial letter.
fn plain_example(app: &App) -> String {
    let id = app.create_case().unwrap().id;
    common::save_answers(app, &id, "problem-type", &example().answers);
    add_denial_letter(app, &id, "Letter from the plan");
    id
}

fn change(clinic_mode: bool) -> SecurityChange {
    SecurityChange {
        clinic_mode,
        auto_lock_minutes: 10,
        refuse_unprotected: false,
        remove_after_days: None,
        new_coordinator: None,
        new_coordinator_confirm: None,
        remove_coordinator: false,
    }
}

/// The settings that set the coordinator's passphrase `new` (typed twice).
fn with_coordinator(clinic_mode: bool, new: &str) -> SecurityChange {
    SecurityChange {
        new_coordinator: Some(new.into()),
        new_coordinator_confirm: Some(new.into()),
        ..change(clinic_mode)
    }
}

#[test]
fn a_protected_export_imports_protected_with_a_new_passphrase() {
    let from = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let a = app(from.path());
    let id = a.create_protected_case(PASS, PASS).unwrap().id;
    common::save_answers(&a, &id, "problem-type", &example().answers);
    add_denial_letter(&a, &id, "Letter from the plan");
    let file = out.path().join("application.imrcase");
    a.export_case(&id, HANDOFF, HANDOFF, &file).unwrap();

    // A fresh computer, not in clinic mode.
    let to = tempfile::tempdir().unwrap();
    let b = app(to.path());
    let before = files_under(to.path());
    let e = b.import_case(&file, HANDOFF, None).unwrap_err();
    assert_eq!(e.code, Code::PassphraseRequired, "{e:?}");
    assert!(e.message.contains("stays protected"), "{}", e.message);
    let e = b
        .import_case(&file, HANDOFF, Some((HANDOFF, HANDOFF)))
        .unwrap_err();
    assert_eq!(e.code, Code::Invalid, "{e:?}");
    let e = b
        .import_case(&file, "handoff blue river 43", Some((LOCAL, LOCAL)))
        .unwrap_err();
    assert_eq!(e.code, Code::WrongPassphrase, "{e:?}");
    assert_eq!(files_under(to.path()), before, "a refusal wrote something");

    let new = b.import_case(&file, HANDOFF, Some((LOCAL, LOCAL))).unwrap();
    assert!(b.vault_status(&new).protected);
    assert!(readable(to.path(), &last_name()).is_empty());
    assert!(readable(to.path(), "denial-letter").is_empty());
    assert!(readable(to.path(), "%PDF").is_empty());
    // Its own passphrase opens it; the handoff's does not.
    let b = app(to.path());
    assert_eq!(
        b.unlock_case(&new, HANDOFF).unwrap_err().code,
        Code::WrongPassphrase
    );
    b.unlock_case(&new, LOCAL).unwrap();
    assert_eq!(answers_shown(&b, &new), example().answers);
    assert_eq!(common::document_files(to.path(), &new), ["001.vault"]);
    let docs = b.documents(&new).unwrap();
    assert_eq!(docs.len(), 1);
    assert!(docs[0].problem.is_none());
    assert!(docs[0].thumbnail.is_some(), "no thumbnail after the import");
}

#[test]
fn a_plain_case_can_be_protected_later() {
    let dir = tempfile::tempdir().unwrap();
    let s = app(dir.path());
    let id = plain_example(&s);
    assert!(!readable(dir.path(), &last_name()).is_empty());
    let docs_before = s.documents(&id).unwrap();

    // In clinic mode the list flags it.
    s.save_security_settings(&change(true), None).unwrap();
    let listed = s.list_cases().unwrap();
    assert!(listed[0].protect_now, "{listed:?}");

    assert_eq!(
        s.protect_case(&id, "short", "short").unwrap_err().code,
        Code::Invalid
    );
    s.protect_case(&id, PASS, PASS).unwrap();
    assert!(s.vault_status(&id).locked);
    assert_eq!(
        s.protect_case(&id, PASS, PASS).unwrap_err().code,
        Code::Invalid,
        "protected twice"
    );
    let left = readable(dir.path(), &last_name());
    assert!(left.is_empty(), "still readable: {left:?}");
    assert!(readable(dir.path(), "denial-letter").is_empty());
    assert!(readable(dir.path(), "%PDF").is_empty());
    let names: Vec<String> = files_under(&case_dir(dir.path(), &id))
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for name in &names {
        assert!(
            name == "vault.json" || name.ends_with(".vault") || name.ends_with(".vault.png"),
            "{names:?}"
        );
    }
    assert!(names.iter().any(|n| n.ends_with(".vault.png")), "{names:?}");
    let listed = s.list_cases().unwrap();
    assert!(listed[0].protected && !listed[0].protect_now);

    s.unlock_case(&id, PASS).unwrap();
    assert_eq!(answers_shown(&s, &id), example().answers);
    let docs = s.documents(&id).unwrap();
    assert_eq!(docs.len(), docs_before.len());
    assert!(docs[0].problem.is_none(), "{:?}", docs[0].problem);
    assert_eq!(docs[0].pages, docs_before[0].pages);
    assert!(docs[0].thumbnail.is_some());
}

#[test]
fn clinic_mode_can_refuse_plain_cases_until_protected() {
    let dir = tempfile::tempdir().unwrap();
    let s = app(dir.path());
    let id = plain_example(&s);
    let mut refuse = change(true);
    refuse.refuse_unprotected = true;
    s.save_security_settings(&refuse, None).unwrap();
    assert_eq!(
        s.case_overview(&id, None).unwrap_err().code,
        Code::MustProtect
    );
    // Still listed, so it can be protected.
    assert_eq!(s.list_cases().unwrap().len(), 1);
    s.protect_case(&id, PASS, PASS).unwrap();
    s.unlock_case(&id, PASS).unwrap();
    assert_eq!(answers_shown(&s, &id), example().answers);
    // Outside clinic mode the refusal is not kept.
    let mut off = change(false);
    off.refuse_unprotected = true;
    assert!(
        !s.save_security_settings(&off, None)
            .unwrap()
            .refuse_unprotected
    );
}

#[test]
fn a_protected_case_is_deleted_only_with_a_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let s = app(dir.path());
    let id = s.create_protected_case(PASS, PASS).unwrap().id;
    let other = s.create_protected_case(LOCAL, LOCAL).unwrap().id;
    s.lock_all_cases();
    assert_eq!(s.delete_case(&id, None).unwrap_err().code, Code::Locked);
    assert_eq!(s.delete_case(&id, Some("")).unwrap_err().code, Code::Locked);
    let e = s.delete_case(&id, Some(LOCAL)).unwrap_err();
    assert_eq!(e.code, Code::WrongPassphrase);
    assert!(e.message.contains("Nothing was deleted"), "{}", e.message);
    assert!(case_dir(dir.path(), &id).is_dir());
    assert!(
        s.vault_status(&id).locked,
        "checking the passphrase unlocked the case"
    );
    s.delete_case(&id, Some(PASS)).unwrap();
    assert!(!case_dir(dir.path(), &id).exists());

    // The coordinator's passphrase deletes any protected case.
    s.save_security_settings(&with_coordinator(true, COORDINATOR), None)
        .unwrap();
    s.delete_case(&other, Some(COORDINATOR)).unwrap();
    assert!(!case_dir(dir.path(), &other).exists());
    // A plain case needs nothing.
    s.save_security_settings(&change(false), Some(COORDINATOR))
        .unwrap();
    let plain = s.create_case().unwrap().id;
    s.delete_case(&plain, None).unwrap();
    assert!(!case_dir(dir.path(), &plain).exists());
}

#[test]
fn the_coordinator_passphrase_guards_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let s = app(dir.path());
    let e = s
        .save_security_settings(&with_coordinator(true, "short"), None)
        .unwrap_err();
    // The error names the setting, so the window can point at its input.
    assert_eq!(
        (e.code, e.field),
        (Code::Invalid, Some(Field::NewCoordinator))
    );
    let mut odd = change(true);
    odd.auto_lock_minutes = 100_000;
    assert_eq!(
        s.save_security_settings(&odd, None).unwrap_err().field,
        Some(Field::AutoLockMinutes)
    );
    odd = change(true);
    odd.remove_after_days = Some(0);
    assert_eq!(
        s.save_security_settings(&odd, None).unwrap_err().field,
        Some(Field::RemoveAfterDays)
    );
    let view = s
        .save_security_settings(&with_coordinator(true, COORDINATOR), None)
        .unwrap();
    assert!(view.coordinator_set && view.clinic_mode);
    let raw = fs::read_to_string(dir.path().join("settings.json")).unwrap();
    assert!(
        !raw.contains(COORDINATOR) && !raw.contains("amber"),
        "{raw}"
    );

    // Turning clinic mode off: refused without it, or with a wrong one.
    let e = s.save_security_settings(&change(false), None).unwrap_err();
    assert_eq!(e.code, Code::CoordinatorRequired);
    assert_eq!(e.field, Some(Field::Coordinator));
    let e = s
        .save_security_settings(&change(false), Some("clinic keeper amber 8"))
        .unwrap_err();
    assert_eq!(e.code, Code::CoordinatorRequired);
    assert!(e.message.contains("wrong"), "{}", e.message);
    assert!(Settings::load(dir.path()).clinic_mode);
    // Removing everything keeps it.
    s.remove_everything(&[]).unwrap();
    assert!(s.security_settings().coordinator_set);
    // With it, the change is made; and it can be taken away.
    let mut off = change(false);
    off.remove_coordinator = true;
    let view = s.save_security_settings(&off, Some(COORDINATOR)).unwrap();
    assert!(!view.clinic_mode && !view.coordinator_set);
    s.save_security_settings(&change(true), None).unwrap();
}

/// Makes every file of case `id` look last changed `days` ago.
fn age(dir: &Path, id: &str, days: u64) {
    let when = SystemTime::now() - Duration::from_secs(days * 86_400);
    let dir = case_dir(dir, id);
    for f in files_under(&dir).into_iter().chain([dir.clone()]) {
        fs::File::open(&f).unwrap().set_modified(when).unwrap();
    }
}

/// The app started now (files' times are the computer's), in California.
fn app_now(dir: &Path) -> App {
    let now = common::pacific().from_utc_datetime(&chrono::Utc::now().naive_utc());
    common::open_app(dir, &common::clock_on(now))
}

/// The start-up check's notices, in words.
fn notices(app: &App) -> Vec<String> {
    app.start()
        .unwrap()
        .notices
        .into_iter()
        .map(|n| n.message.to_string())
        .collect()
}

#[test]
fn old_applications_go_at_start_up_and_the_overview_counts() {
    let dir = tempfile::tempdir().unwrap();
    let s = app_now(dir.path());
    let old_plain = s.create_case().unwrap().id;
    let fresh_plain = s.create_case().unwrap().id;
    let old_protected = s.create_protected_case(PASS, PASS).unwrap().id;
    s.lock_all_cases();
    age(dir.path(), &old_plain, 40);
    age(dir.path(), &old_protected, 31);

    // The coordinator's view; its figures to the minute are checked beside the code
    // (clinic.rs's own tests).
    let lines = s.computer_overview();
    assert!(
        lines[0].starts_with("3 applications, 2 without"),
        "{lines:?}"
    );
    let now = common::pacific().from_utc_datetime(&chrono::Utc::now().naive_utc());
    let forty_days_ago = now.date_naive() - chrono::Duration::days(40);
    let written = imr_app::localize::long_date(imr_app::Lang::En, forty_days_ago);
    let day_before = imr_app::localize::long_date(
        imr_app::Lang::En,
        forty_days_ago - chrono::Duration::days(1),
    );
    assert!(
        lines[1].contains(&written) || lines[1].contains(&day_before),
        "{lines:?}: not {written}"
    );

    // Outside clinic mode the start page shows no overview.
    assert!(s.start_page().unwrap().overview.is_empty());

    // Not in clinic mode, or no limit: nothing goes at start-up.
    drop(s);
    let s = app_now(dir.path());
    assert!(notices(&s).is_empty());
    let mut clinic = change(true);
    assert_eq!(
        s.save_security_settings(&clinic, None)
            .unwrap()
            .remove_after_days,
        None
    );
    // In clinic mode the start page brings the coordinator's overview with it, at launch
    // and when opened again (one command draws the page).
    let page = s.start_page().unwrap();
    assert!(page.security.clinic_mode);
    assert_eq!(page.overview, s.computer_overview());
    assert!(
        page.overview[0].starts_with("3 applications"),
        "{:?}",
        page.overview
    );
    drop(s);
    let s = app_now(dir.path());
    let launch = s.start().unwrap();
    assert!(launch.notices.is_empty());
    assert_eq!(launch.overview, s.computer_overview());
    assert_eq!(s.list_cases().unwrap().len(), 3);
    clinic.remove_after_days = Some(0);
    assert_eq!(
        s.save_security_settings(&clinic, None).unwrap_err().code,
        Code::Invalid
    );
    clinic.remove_after_days = Some(30);
    s.save_security_settings(&clinic, None).unwrap();
    drop(s);
    let s = app_now(dir.path());
    let told = notices(&s);
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(
        told[0],
        "2 applications not changed for 30 days were removed when the app started."
    );
    let left: Vec<String> = s.list_cases().unwrap().into_iter().map(|c| c.id).collect();
    assert_eq!(left, vec![fresh_plain]);
}

/// The settings page sends its number boxes as typed: Rust reads them, and what is not
/// a number is refused with the box named, not taken as a default.
#[test]
fn the_settings_boxes_are_read_as_typed_and_a_wrong_one_is_named() {
    let read = |json: serde_json::Value| serde_json::from_value::<SecurityChange>(json).unwrap();
    let c = read(
        serde_json::json!({"clinic_mode": true, "auto_lock_minutes": " 15 ", "remove_after_days": ""}),
    );
    assert_eq!((c.auto_lock_minutes, c.remove_after_days), (15, None));
    let c = read(
        serde_json::json!({"clinic_mode": true, "auto_lock_minutes": 10, "remove_after_days": "30"}),
    );
    assert_eq!((c.auto_lock_minutes, c.remove_after_days), (10, Some(30)));

    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    for (json, field) in [
        (
            serde_json::json!({"clinic_mode": true, "auto_lock_minutes": "ten"}),
            Field::AutoLockMinutes,
        ),
        (
            serde_json::json!({"clinic_mode": true, "auto_lock_minutes": ""}),
            Field::AutoLockMinutes,
        ),
        (
            serde_json::json!({"clinic_mode": true, "auto_lock_minutes": "10", "remove_after_days": "a week"}),
            Field::RemoveAfterDays,
        ),
    ] {
        let e = app
            .save_security_settings(&read(json.clone()), None)
            .unwrap_err();
        assert_eq!(e.field, Some(field), "{json}");
    }
}
