//! A computer shared by a clinic: an export of a protected case stays protected on any
//! computer, a plain case can be protected later (and clinic mode can refuse plain ones),
//! a protected case is deleted only with its passphrase or the coordinator's, the
//! coordinator's passphrase guards the settings, and old applications go at start-up.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use chrono::{FixedOffset, TimeZone};
use imr_app::clinic::SecurityChange;
use imr_app::{CaseStore, Code, Field, Settings};

mod common;
use common::{at, contains, example, fast_kdf_store as store, files_under, today};

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

fn plain_example(s: &CaseStore) -> String {
    let id = s.create(at(0)).unwrap().id;
    s.save_answers(&id, &example().answers, None, at(1))
        .unwrap();
    common::add_denial_letter(s, &id, "Letter from the plan");
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

#[test]
fn a_protected_export_imports_protected_with_a_new_passphrase() {
    let from = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let a = store(from.path());
    let id = a.create_protected(at(0), PASS).unwrap().id;
    a.save_answers(&id, &example().answers, None, at(1))
        .unwrap();
    common::add_denial_letter(&a, &id, "Letter from the plan");
    let file = out.path().join("application.imrcase");
    a.export_case(&id, HANDOFF, &file).unwrap();

    // A fresh computer, not in clinic mode.
    let to = tempfile::tempdir().unwrap();
    let b = store(to.path());
    let before = files_under(to.path());
    let e = b.import_case(&file, HANDOFF, None, at(5)).unwrap_err();
    assert_eq!(e.code, Code::PassphraseRequired, "{e:?}");
    assert!(e.message.contains("stays protected"), "{}", e.message);
    let e = b
        .import_case(&file, HANDOFF, Some(HANDOFF), at(5))
        .unwrap_err();
    assert_eq!(e.code, Code::Invalid, "{e:?}");
    let e = b
        .import_case(&file, "handoff blue river 43", Some(LOCAL), at(5))
        .unwrap_err();
    assert_eq!(e.code, Code::WrongPassphrase, "{e:?}");
    assert_eq!(files_under(to.path()), before, "a refusal wrote something");

    let new = b.import_case(&file, HANDOFF, Some(LOCAL), at(6)).unwrap();
    assert!(b.is_protected(&new));
    assert!(readable(to.path(), &last_name()).is_empty());
    assert!(readable(to.path(), "denial-letter").is_empty());
    assert!(readable(to.path(), "%PDF").is_empty());
    // Its own passphrase opens it; the handoff's does not.
    let b = store(to.path());
    assert_eq!(
        b.unlock(&new, HANDOFF).unwrap_err().code,
        Code::WrongPassphrase
    );
    b.unlock(&new, LOCAL).unwrap();
    let case = b.load(&new).unwrap();
    assert_eq!(case.file.answers, example().answers);
    assert_eq!(case.file.documents[0].path, "documents/001.vault");
    let docs = b.documents(&new).unwrap();
    assert!(docs[0].problem.is_none());
    assert!(docs[0].thumbnail.is_some(), "no thumbnail after the import");
}

#[test]
fn a_plain_case_can_be_protected_later() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let id = plain_example(&s);
    assert!(!readable(dir.path(), &last_name()).is_empty());
    let docs_before = s.documents(&id).unwrap();

    // In clinic mode the list flags it.
    s.change_security(&change(true), None).unwrap();
    let listed = s.list(today()).unwrap();
    assert!(listed[0].protect_now, "{listed:?}");

    assert_eq!(s.protect(&id, "short").unwrap_err().code, Code::Invalid);
    s.protect(&id, PASS).unwrap();
    assert!(s.is_locked(&id));
    assert_eq!(
        s.protect(&id, PASS).unwrap_err().code,
        Code::Invalid,
        "protected twice"
    );
    let left = readable(dir.path(), &last_name());
    assert!(left.is_empty(), "still readable: {left:?}");
    assert!(readable(dir.path(), "denial-letter").is_empty());
    assert!(readable(dir.path(), "%PDF").is_empty());
    let names: Vec<String> = files_under(&s.case_dir(&id).unwrap())
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
    let listed = s.list(today()).unwrap();
    assert!(listed[0].protected && !listed[0].protect_now);

    s.unlock(&id, PASS).unwrap();
    let case = s.load(&id).unwrap();
    assert_eq!(case.file.answers, example().answers);
    let docs = s.documents(&id).unwrap();
    assert_eq!(docs.len(), docs_before.len());
    assert!(docs[0].problem.is_none(), "{:?}", docs[0].problem);
    assert_eq!(docs[0].pages, docs_before[0].pages);
    assert!(docs[0].thumbnail.is_some());
}

#[test]
fn clinic_mode_can_refuse_plain_cases_until_protected() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let id = plain_example(&s);
    let mut refuse = change(true);
    refuse.refuse_unprotected = true;
    s.change_security(&refuse, None).unwrap();
    assert_eq!(s.load(&id).unwrap_err().code, Code::MustProtect);
    // Still listed, so it can be protected.
    assert_eq!(s.list(today()).unwrap().len(), 1);
    s.protect(&id, PASS).unwrap();
    s.unlock(&id, PASS).unwrap();
    assert_eq!(s.load(&id).unwrap().file.answers, example().answers);
    // Outside clinic mode the refusal is not kept.
    let mut off = change(false);
    off.refuse_unprotected = true;
    assert!(!s.change_security(&off, None).unwrap().refuse_unprotected);
}

#[test]
fn a_protected_case_is_deleted_only_with_a_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let id = s.create_protected(at(0), PASS).unwrap().id;
    let other = s.create_protected(at(1), LOCAL).unwrap().id;
    s.lock_all();
    assert_eq!(s.delete(&id).unwrap_err().code, Code::Locked);
    assert_eq!(s.delete_checked(&id, None).unwrap_err().code, Code::Locked);
    let e = s.delete_checked(&id, Some(LOCAL)).unwrap_err();
    assert_eq!(e.code, Code::WrongPassphrase);
    assert!(e.message.contains("Nothing was deleted"), "{}", e.message);
    assert!(s.case_dir(&id).unwrap().is_dir());
    assert!(
        s.is_locked(&id),
        "checking the passphrase unlocked the case"
    );
    s.delete_checked(&id, Some(PASS)).unwrap();
    assert!(!s.case_dir(&id).unwrap().exists());

    // The coordinator's passphrase deletes any protected case.
    let mut with = change(true);
    with.new_coordinator = Some(COORDINATOR.into());
    s.change_security(&with, None).unwrap();
    s.delete_checked(&other, Some(COORDINATOR)).unwrap();
    assert!(!s.case_dir(&other).unwrap().exists());
    // A plain case needs nothing.
    s.change_security(&change(false), Some(COORDINATOR))
        .unwrap();
    let plain = s.create(at(3)).unwrap().id;
    s.delete_checked(&plain, None).unwrap();
}

#[test]
fn the_coordinator_passphrase_guards_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let mut set = change(true);
    set.new_coordinator = Some("short".into());
    let e = s.change_security(&set, None).unwrap_err();
    // The error names the setting, so the window can point at its input.
    assert_eq!(
        (e.code, e.field),
        (Code::Invalid, Some(Field::NewCoordinator))
    );
    let mut odd = change(true);
    odd.auto_lock_minutes = 100_000;
    assert_eq!(
        s.change_security(&odd, None).unwrap_err().field,
        Some(Field::AutoLockMinutes)
    );
    odd = change(true);
    odd.remove_after_days = Some(0);
    assert_eq!(
        s.change_security(&odd, None).unwrap_err().field,
        Some(Field::RemoveAfterDays)
    );
    set.new_coordinator = Some(COORDINATOR.into());
    let view = s.change_security(&set, None).unwrap();
    assert!(view.coordinator_set && view.clinic_mode);
    let raw = fs::read_to_string(dir.path().join("settings.json")).unwrap();
    assert!(
        !raw.contains(COORDINATOR) && !raw.contains("amber"),
        "{raw}"
    );

    // Turning clinic mode off: refused without it, or with a wrong one.
    let e = s.change_security(&change(false), None).unwrap_err();
    assert_eq!(e.code, Code::CoordinatorRequired);
    assert_eq!(e.field, Some(Field::Coordinator));
    let e = s
        .change_security(&change(false), Some("clinic keeper amber 8"))
        .unwrap_err();
    assert_eq!(e.code, Code::CoordinatorRequired);
    assert!(e.message.contains("wrong"), "{}", e.message);
    assert!(Settings::load(dir.path()).clinic_mode);
    // Removing everything keeps it.
    s.remove_everything().unwrap();
    assert!(s.security_view().coordinator_set);
    // With it, the change is made; and it can be taken away.
    let mut off = change(false);
    off.remove_coordinator = true;
    let view = s.change_security(&off, Some(COORDINATOR)).unwrap();
    assert!(!view.clinic_mode && !view.coordinator_set);
    s.change_security(&change(true), None).unwrap();
}

fn age(s: &CaseStore, id: &str, days: u64) {
    let when = SystemTime::now() - Duration::from_secs(days * 86_400);
    let dir = s.case_dir(id).unwrap();
    for f in files_under(&dir).into_iter().chain([dir.clone()]) {
        fs::File::open(&f).unwrap().set_modified(when).unwrap();
    }
}

#[test]
fn old_applications_go_at_start_up_and_the_overview_counts() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path());
    let old_plain = s.create(at(0)).unwrap().id;
    let fresh_plain = s.create(at(1)).unwrap().id;
    let old_protected = s.create_protected(at(2), PASS).unwrap().id;
    s.lock_all();
    age(&s, &old_plain, 40);
    age(&s, &old_protected, 31);
    let now = FixedOffset::west_opt(8 * 3600)
        .unwrap()
        .from_utc_datetime(&chrono::Utc::now().naive_utc());

    let overview = s.computer_overview(now);
    assert_eq!((overview.applications, overview.unprotected), (3, 2));
    let oldest = overview.oldest_changed.unwrap();
    let expected = now.naive_local() - chrono::Duration::days(40);
    assert!((oldest - expected).num_minutes().abs() < 5, "{oldest}");
    let lines = overview.lines(imr_i18n::Lang::En);
    assert!(
        lines[0].starts_with("3 applications, 2 without"),
        "{lines:?}"
    );

    // Not in clinic mode, or no limit: nothing goes.
    assert_eq!(s.remove_stale(now).unwrap(), 0);
    let mut clinic = change(true);
    assert_eq!(
        s.change_security(&clinic, None).unwrap().remove_after_days,
        None
    );
    assert_eq!(s.remove_stale(now).unwrap(), 0);
    clinic.remove_after_days = Some(0);
    assert_eq!(
        s.change_security(&clinic, None).unwrap_err().code,
        Code::Invalid
    );
    clinic.remove_after_days = Some(30);
    s.change_security(&clinic, None).unwrap();
    assert_eq!(s.remove_stale(now).unwrap(), 2);
    let left: Vec<String> = s.list(today()).unwrap().into_iter().map(|c| c.id).collect();
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
    let store = store(dir.path());
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
        let e = store
            .change_security(&read(json.clone()), None)
            .unwrap_err();
        assert_eq!(e.field, Some(field), "{json}");
    }
}
