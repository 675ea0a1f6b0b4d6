//! A computer shared by a clinic: the settings that protect it (clinic mode, refusing
//! applications without a passphrase, auto-lock, removing old applications), the
//! coordinator's passphrase that keeps them from being switched off, and the
//! coordinator's view of what is on the computer.
//!
//! The coordinator's passphrase is never stored: `settings.json` keeps a small file
//! sealed with it (imr-vault's standalone format, Argon2id), and the passphrase is right
//! when that file opens.

use std::fs;
use std::time::SystemTime;

use base64::Engine;
use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};
use imr_i18n::Message;
use serde::{Deserialize, Serialize};

use crate::settings::{Settings, AUTO_LOCK_RANGE, REMOVE_AFTER_RANGE};
use crate::store::{check_passphrase, MIN_PASSPHRASE_CHARS};
use crate::{AppError, CaseStore, Code, Field};

/// What the sealed verifier holds, and the data it is bound to.
const VERIFIER: &[u8] = b"imr-packet clinic coordinator";
const AAD: &[u8] = b"imr-packet clinic coordinator v1";

/// The settings screen's answers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SecurityChange {
    pub clinic_mode: bool,
    /// Taken as typed in the box (a number or text): blank or not a number is read as
    /// 0, outside the range, so that the check names the box and says the range.
    #[serde(deserialize_with = "typed::number")]
    pub auto_lock_minutes: u32,
    #[serde(default)]
    pub refuse_unprotected: bool,
    /// As typed: blank is "never"; not a number is read as 0, outside the range.
    #[serde(default, deserialize_with = "typed::optional_number")]
    pub remove_after_days: Option<u32>,
    /// A new coordinator passphrase, to set or replace the old one.
    #[serde(default)]
    pub new_coordinator: Option<String>,
    /// The new coordinator passphrase typed again ([`crate::App::save_security_settings`]
    /// checks that the two are the same).
    #[serde(default)]
    pub new_coordinator_confirm: Option<String>,
    /// Take the coordinator passphrase away (needs the old one).
    #[serde(default)]
    pub remove_coordinator: bool,
}

/// The settings as the settings screen shows them, with the limits it checks against
/// (the window does not hold its own copy of any rule).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecurityView {
    pub clinic_mode: bool,
    pub auto_lock_minutes: u32,
    pub refuse_unprotected: bool,
    pub remove_after_days: Option<u32>,
    /// A coordinator passphrase is set: changes need it.
    pub coordinator_set: bool,
    pub min_passphrase_chars: usize,
    pub auto_lock_min: u32,
    pub auto_lock_max: u32,
    pub remove_after_min: u32,
    pub remove_after_max: u32,
}

impl SecurityView {
    pub(crate) fn of(s: &Settings) -> SecurityView {
        SecurityView {
            clinic_mode: s.clinic_mode,
            auto_lock_minutes: s.auto_lock_minutes,
            refuse_unprotected: s.refuse_unprotected,
            remove_after_days: s.remove_after_days,
            coordinator_set: s.coordinator.is_some(),
            min_passphrase_chars: MIN_PASSPHRASE_CHARS,
            auto_lock_min: *AUTO_LOCK_RANGE.start(),
            auto_lock_max: *AUTO_LOCK_RANGE.end(),
            remove_after_min: *REMOVE_AFTER_RANGE.start(),
            remove_after_max: *REMOVE_AFTER_RANGE.end(),
        }
    }
}

/// True when `passphrase` is the coordinator's (false when none is set).
pub(crate) fn coordinator_opens(settings: &Settings, passphrase: &str) -> bool {
    let Some(sealed) = settings
        .coordinator
        .as_deref()
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
    else {
        return false;
    };
    imr_vault::open_with_passphrase(passphrase, &sealed, AAD)
        .map(|plain| plain.as_slice() == VERIFIER)
        .unwrap_or(false)
}

/// What the coordinator sees on the start page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct ComputerOverview {
    /// Applications on this computer.
    pub(crate) applications: usize,
    /// Of which without a passphrase.
    pub(crate) unprotected: usize,
    /// When the least recently changed one was last changed.
    pub(crate) oldest_changed: Option<NaiveDateTime>,
}

/// When a case folder was last written to (each save renames a file into it), in the
/// time zone of `now`.
fn changed_at(store: &CaseStore, id: &str, now: DateTime<FixedOffset>) -> Option<NaiveDateTime> {
    let dir = store.case_dir(id).ok()?;
    let newest = ["case.json", "case.vault", "app.json", "app.vault"]
        .iter()
        .filter_map(|f| fs::metadata(dir.join(f)).and_then(|m| m.modified()).ok())
        .chain(fs::metadata(&dir).and_then(|m| m.modified()).ok())
        .max()?;
    Some(local(newest, now))
}

fn local(t: SystemTime, now: DateTime<FixedOffset>) -> NaiveDateTime {
    DateTime::<Utc>::from(t)
        .with_timezone(now.offset())
        .naive_local()
}

fn case_ids(store: &CaseStore) -> Vec<String> {
    let Ok(entries) = fs::read_dir(store.root()) else {
        return Vec::new();
    };
    let mut ids: Vec<String> = entries
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|id| store.case_dir(id).is_ok())
        .collect();
    ids.sort();
    ids
}

/// The settings screen's view.
pub(crate) fn security_view(store: &CaseStore) -> SecurityView {
    SecurityView::of(&crate::settings::Settings::load(store.data_dir()))
}

/// Saves the settings screen's answers. When a coordinator passphrase is set, any
/// change needs it (`coordinator`); a wrong or missing one changes nothing.
pub(crate) fn change_security(
    store: &CaseStore,
    change: &SecurityChange,
    coordinator: Option<&str>,
) -> Result<SecurityView, AppError> {
    let mut settings = store.settings()?;
    if settings.coordinator.is_some()
        && !coordinator.is_some_and(|p| coordinator_opens(&settings, p))
    {
        return Err(AppError::text(
            Code::CoordinatorRequired,
            if coordinator.is_some_and(|p| !p.is_empty()) {
                "error-coordinator-wrong"
            } else {
                "error-coordinator-needed"
            },
            &[],
        )
        .on_field(Field::Coordinator));
    }
    if !AUTO_LOCK_RANGE.contains(&change.auto_lock_minutes) {
        return Err(AppError::localized(
            Code::Invalid,
            Message::new("error-settings-lock-range")
                .with("min", *AUTO_LOCK_RANGE.start())
                .with("max", *AUTO_LOCK_RANGE.end()),
        )
        .on_field(Field::AutoLockMinutes));
    }
    if let Some(days) = change.remove_after_days {
        if !REMOVE_AFTER_RANGE.contains(&days) {
            return Err(AppError::localized(
                Code::Invalid,
                Message::new("error-settings-remove-range")
                    .with("min", *REMOVE_AFTER_RANGE.start())
                    .with("max", *REMOVE_AFTER_RANGE.end()),
            )
            .on_field(Field::RemoveAfterDays));
        }
    }
    if let Some(new) = change.new_coordinator.as_deref() {
        check_passphrase(new).map_err(|e| e.on_field(Field::NewCoordinator))?;
        let sealed = imr_vault::seal_with_passphrase(new, VERIFIER, AAD, store.kdf())
            .map_err(|e| AppError::localized(Code::Storage, crate::store::vault_message(&e).1))?;
        settings.coordinator = Some(base64::engine::general_purpose::STANDARD.encode(sealed));
    } else if change.remove_coordinator {
        settings.coordinator = None;
    }
    settings.clinic_mode = change.clinic_mode;
    settings.auto_lock_minutes = change.auto_lock_minutes;
    // The two clinic rules mean nothing outside clinic mode, and are not kept then.
    settings.refuse_unprotected = change.clinic_mode && change.refuse_unprotected;
    settings.remove_after_days = change.remove_after_days.filter(|_| change.clinic_mode);
    settings.save(store.data_dir())?;
    Ok(SecurityView::of(&settings))
}

/// How many applications are on this computer, how many have no passphrase, and
/// when the least recently changed one was changed.
pub(crate) fn computer_overview(store: &CaseStore, now: DateTime<FixedOffset>) -> ComputerOverview {
    let ids = case_ids(store);
    ComputerOverview {
        applications: ids.len(),
        unprotected: ids.iter().filter(|id| !store.is_protected(id)).count(),
        oldest_changed: ids.iter().filter_map(|id| changed_at(store, id, now)).min(),
    }
}

/// In clinic mode with "remove applications not changed for N days" set: removes
/// them, protected or not (a setting only the coordinator can change when a
/// coordinator passphrase is set). Returns how many went. Called at start-up.
pub(crate) fn remove_stale(
    store: &CaseStore,
    now: DateTime<FixedOffset>,
) -> Result<usize, AppError> {
    let settings = store.settings()?;
    let Some(days) = settings.remove_after_days.filter(|_| settings.clinic_mode) else {
        return Ok(0);
    };
    let limit = now.naive_local() - chrono::Duration::days(i64::from(days));
    let mut removed = 0;
    for id in case_ids(store) {
        if changed_at(store, &id, now).is_some_and(|t| t < limit) {
            store.remove_case_folder(&id)?;
            removed += 1;
        }
    }
    Ok(removed)
}

impl ComputerOverview {
    /// The coordinator's view in plain words, in `lang`.
    pub(crate) fn lines(&self, lang: imr_i18n::Lang) -> Vec<String> {
        use chrono::Datelike;
        let mut out = vec![Message::new("vault-overview-count")
            .with("count", self.applications)
            .with("unprotected", self.unprotected)
            .render(lang)];
        if let Some(t) = self.oldest_changed {
            out.push(
                Message::new("vault-overview-oldest")
                    .with(
                        "when",
                        imr_i18n::long_date(lang, t.year(), t.month(), t.day()),
                    )
                    .render(lang),
            );
        }
        out
    }
}

/// Numbers as the settings page's boxes send them: a JSON number, or the text typed.
mod typed {
    use serde::{Deserialize, Deserializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Typed {
        Number(u64),
        Text(String),
    }

    /// `None` for a blank box; 0 (outside every range) for anything but a whole number.
    fn read(typed: Option<Typed>) -> Option<u32> {
        match typed? {
            Typed::Number(n) => Some(u32::try_from(n).unwrap_or(0)),
            Typed::Text(t) if t.trim().is_empty() => None,
            Typed::Text(t) => Some(t.trim().parse().unwrap_or(0)),
        }
    }

    pub fn number<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
        Ok(read(Option::deserialize(d)?).unwrap_or(0))
    }

    pub fn optional_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
        Ok(read(Option::deserialize(d)?))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use chrono::TimeZone;
    use std::time::{Duration, SystemTime};

    /// Makes every file of case `id` look last changed `days` ago.
    fn age(store: &CaseStore, id: &str, days: u64) {
        let when = SystemTime::now() - Duration::from_secs(days * 86_400);
        let dir = store.case_dir(id).unwrap();
        let mut files = vec![dir.clone()];
        let mut folders = vec![dir];
        while let Some(folder) = folders.pop() {
            for entry in fs::read_dir(folder).unwrap().flatten() {
                if entry.path().is_dir() {
                    folders.push(entry.path());
                }
                files.push(entry.path());
            }
        }
        for f in files {
            fs::File::open(&f).unwrap().set_modified(when).unwrap();
        }
    }

    /// The coordinator's figures, to the minute (the App's tests see them in words).
    #[test]
    fn the_overview_counts_and_finds_the_oldest_change() {
        let dir = tempfile::tempdir().unwrap();
        let store = CaseStore::open(dir.path())
            .unwrap()
            .with_kdf(imr_vault::KdfParams::INSECURE_FOR_TESTS);
        let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 1)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let old_plain = store.create(at).unwrap().id;
        store.create(at).unwrap();
        let old_protected = store
            .create_protected(at, "purple otter sings at noon")
            .unwrap()
            .id;
        store.lock_all();
        age(&store, &old_plain, 40);
        age(&store, &old_protected, 31);
        let now = FixedOffset::west_opt(8 * 3600)
            .unwrap()
            .from_utc_datetime(&Utc::now().naive_utc());
        let overview = computer_overview(&store, now);
        assert_eq!((overview.applications, overview.unprotected), (3, 2));
        let oldest = overview.oldest_changed.unwrap();
        let expected = now.naive_local() - chrono::Duration::days(40);
        assert!((oldest - expected).num_minutes().abs() < 5, "{oldest}");
        let lines = overview.lines(imr_i18n::Lang::En);
        assert!(
            lines[0].starts_with("3 applications, 2 without"),
            "{lines:?}"
        );
    }
}
