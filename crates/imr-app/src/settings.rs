//! The app's settings, kept in `settings.json` in the data folder (beside `cases/`).
//! The language, and for shared computers: clinic mode (every new case needs a
//! passphrase) and the minutes before an open case locks itself. Nothing here is secret.
//! Keys this version does not know are kept as they are, so other parts of the app can
//! keep their own settings in the same file.

use std::fs;
use std::path::{Path, PathBuf};

use imr_i18n::Lang;
use serde::{Deserialize, Serialize};

use crate::atomic::write_atomically;
use crate::error::AppError;

/// The settings file's name in the data folder.
pub const FILE_NAME: &str = "settings.json";

/// Idle minutes before an open protected case locks, unless changed.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 10;
/// The range the settings screen accepts.
pub const AUTO_LOCK_RANGE: std::ops::RangeInclusive<u32> = 1..=240;
/// The days "remove applications not changed for N days" accepts.
pub const REMOVE_AFTER_RANGE: std::ops::RangeInclusive<u32> = 1..=365;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The language chosen on the start page; `None` until someone chooses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
    /// Every new case must have a passphrase.
    #[serde(default)]
    pub clinic_mode: bool,
    /// Idle minutes before an open protected case locks itself.
    #[serde(default = "default_auto_lock")]
    pub auto_lock_minutes: u32,
    /// In clinic mode: an application without a passphrase does not open until it is
    /// given one.
    #[serde(default)]
    pub refuse_unprotected: bool,
    /// In clinic mode: at start-up, remove applications not changed for this many days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove_after_days: Option<u32>,
    /// The clinic coordinator's passphrase, as a small sealed file (base64) that only it
    /// opens: when set, these settings change only with it. Never the passphrase itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinator: Option<String>,
    /// Everything else in the file, kept as it was.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

fn default_auto_lock() -> u32 {
    DEFAULT_AUTO_LOCK_MINUTES
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: None,
            clinic_mode: false,
            auto_lock_minutes: DEFAULT_AUTO_LOCK_MINUTES,
            refuse_unprotected: false,
            remove_after_days: None,
            coordinator: None,
            other: serde_json::Map::new(),
        }
    }
}

pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

impl Settings {
    /// The saved settings. A missing file gives the defaults; so does one that cannot be
    /// read (the only thing lost is the choice of language, which the start page offers).
    pub fn load(data_dir: &Path) -> Settings {
        fs::read(path(data_dir))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// The settings, or an error if the file exists and cannot be read: used where a
    /// damaged file must not silently turn clinic mode off.
    pub fn load_checked(data_dir: &Path) -> Result<Settings, AppError> {
        match fs::read(path(data_dir)) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                AppError::text(
                    crate::Code::BadCase,
                    "error-settings-damaged",
                    &[
                        ("path", &path(data_dir).display().to_string()),
                        ("reason", &e.to_string()),
                    ],
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(e) => Err(AppError::storage("reading the settings", &e)),
        }
    }

    /// Saves clinic mode and the auto-lock minutes, keeping the rest of the file.
    pub fn set_security(
        data_dir: &Path,
        clinic_mode: bool,
        auto_lock_minutes: u32,
    ) -> Result<Settings, AppError> {
        if !AUTO_LOCK_RANGE.contains(&auto_lock_minutes) {
            return Err(AppError::localized(
                crate::Code::Invalid,
                imr_i18n::Message::new("error-settings-lock-range")
                    .with("min", *AUTO_LOCK_RANGE.start())
                    .with("max", *AUTO_LOCK_RANGE.end()),
            ));
        }
        let mut settings = Settings::load(data_dir);
        settings.clinic_mode = clinic_mode;
        settings.auto_lock_minutes = auto_lock_minutes;
        settings.save(data_dir)?;
        Ok(settings)
    }

    /// Writes the settings atomically.
    pub fn save(&self, data_dir: &Path) -> Result<(), AppError> {
        let failed = |reason: String| {
            AppError::text(
                crate::Code::Storage,
                "app-settings-not-saved",
                &[("reason", &reason)],
            )
        };
        let bytes = serde_json::to_vec_pretty(self).map_err(|e| failed(e.to_string()))?;
        fs::create_dir_all(data_dir).map_err(|e| failed(e.to_string()))?;
        write_atomically(&path(data_dir), &bytes).map_err(|e| failed(e.message))
    }

    /// The language to show: the one chosen, or English.
    pub fn lang(&self) -> Lang {
        self.language.unwrap_or_default()
    }

    /// Saves a new choice of language, keeping the rest of the file as it is on disk now.
    pub fn set_language(data_dir: &Path, lang: Lang) -> Result<Settings, AppError> {
        let mut settings = Settings::load(data_dir);
        settings.language = Some(lang);
        settings.save(data_dir)?;
        Ok(settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_is_remembered_and_other_keys_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(Settings::load(dir.path()).lang(), Lang::En);
        fs::write(path(dir.path()), br#"{"vault": {"locked": true}}"#).expect("write");
        Settings::set_language(dir.path(), Lang::Es).expect("saved");
        let back = Settings::load(dir.path());
        assert_eq!(back.language, Some(Lang::Es));
        assert_eq!(back.other["vault"]["locked"], serde_json::Value::Bool(true));
        let raw = fs::read_to_string(path(dir.path())).expect("read");
        assert!(raw.contains("\"language\": \"es\""), "{raw}");
    }

    #[test]
    fn unreadable_settings_give_english() {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::write(path(dir.path()), b"{not json").expect("write");
        assert_eq!(Settings::load(dir.path()).lang(), Lang::En);
    }
}
