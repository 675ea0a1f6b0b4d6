//! The sealing layer of the store: the key ring, `vault.json`, and reading and writing
//! a protected case's files sealed (crate::vault tells the whole format).

use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{Datelike, NaiveDateTime, Timelike};
use imr_i18n::{long_date, t, Lang, Message};
use imr_vault::{KdfParams, Key, Salt, VaultError, SALT_LEN};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{parse_app_state, parse_case_file, CaseStore, StoredCase};
use crate::atomic::write_atomically;
use crate::{AppError, Code};

/// The plain file that marks a protected case.
pub(crate) const VAULT_INFO: &str = "vault.json";
/// The version of `vault.json` this build writes and reads.
pub(crate) const VAULT_INFO_VERSION: u32 = 1;
/// Shortest passphrase accepted.
pub(crate) const MIN_PASSPHRASE_CHARS: usize = 8;

/// `vault.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct VaultInfo {
    pub(crate) format: u32,
    pub(crate) created: NaiveDateTime,
    /// 32 hex digits.
    pub(crate) salt: String,
    pub(crate) kdf_memory_kib: u32,
    pub(crate) kdf_iterations: u32,
    pub(crate) kdf_parallelism: u32,
}

impl VaultInfo {
    /// What `vault.json` says of a key made on `created`, as JSON.
    fn json_for(key: &Key, params: KdfParams, created: NaiveDateTime) -> Result<String, AppError> {
        let info = VaultInfo {
            format: VAULT_INFO_VERSION,
            created,
            salt: hex(&key.salt().0),
            kdf_memory_kib: params.memory_kib,
            kdf_iterations: params.iterations,
            kdf_parallelism: params.parallelism,
        };
        serde_json::to_string_pretty(&info).map_err(|e| AppError::new(Code::Invalid, e.to_string()))
    }

    fn params(&self) -> KdfParams {
        KdfParams {
            memory_kib: self.kdf_memory_kib,
            iterations: self.kdf_iterations,
            parallelism: self.kdf_parallelism,
        }
    }

    fn salt(&self) -> Option<Salt> {
        let hex = self.salt.as_bytes();
        if hex.len() != SALT_LEN * 2 {
            return None;
        }
        let mut out = [0u8; SALT_LEN];
        for (i, pair) in hex.chunks(2).enumerate() {
            let s = std::str::from_utf8(pair).ok()?;
            out[i] = u8::from_str_radix(s, 16).ok()?;
        }
        Some(Salt(out))
    }
}

/// The keys of the unlocked cases, in memory only.
#[derive(Clone, Default)]
pub(crate) struct KeyRing {
    keys: Arc<Mutex<HashMap<String, Arc<Key>>>>,
    /// How many times a key was used to read or write: the shell's auto-lock watches it
    /// to know the person is still at work (this library reads no clock).
    uses: Arc<AtomicU64>,
}

impl fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ids: Vec<String> = self
            .keys
            .lock()
            .map(|k| k.keys().cloned().collect())
            .unwrap_or_default();
        f.debug_struct("KeyRing").field("unlocked", &ids).finish()
    }
}

impl KeyRing {
    fn get(&self, id: &str) -> Option<Arc<Key>> {
        self.keys.lock().ok().and_then(|k| k.get(id).cloned())
    }

    fn use_key(&self, id: &str) -> Option<Arc<Key>> {
        self.uses.fetch_add(1, Ordering::Relaxed);
        self.get(id)
    }

    fn any(&self) -> bool {
        self.keys.lock().map(|k| !k.is_empty()).unwrap_or(false)
    }

    fn insert(&self, id: &str, key: Key) {
        if let Ok(mut keys) = self.keys.lock() {
            keys.insert(id.to_string(), Arc::new(key));
        }
    }

    fn remove(&self, id: &str) {
        if let Ok(mut keys) = self.keys.lock() {
            keys.remove(id);
        }
    }

    fn clear(&self) {
        if let Ok(mut keys) = self.keys.lock() {
            keys.clear();
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn associated_data(id: &str, relative: &str) -> Vec<u8> {
    format!("imr-packet case {id} {relative}").into_bytes()
}

/// The name a file has on disk in a protected case.
fn sealed_name(relative: &str) -> String {
    match relative {
        "case.json" => "case.vault".into(),
        "app.json" => "app.vault".into(),
        other => other.into(),
    }
}

/// Refuses passphrases too short to be worth anything.
pub(crate) fn check_passphrase(passphrase: &str) -> Result<(), AppError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(AppError::localized(
            Code::Invalid,
            Message::new("error-passphrase-too-short").with("min", MIN_PASSPHRASE_CHARS),
        ));
    }
    Ok(())
}

/// What a refusal of the vault means, for the person, and its error code.
pub(crate) fn vault_message(e: &VaultError) -> (Code, Message) {
    match e {
        VaultError::WrongPassphraseOrTampered => {
            (Code::WrongPassphrase, Message::new("error-vault-wrong"))
        }
        VaultError::NewerVersion { found } => (
            Code::NewerVersion,
            Message::new("error-vault-newer").with("found", *found),
        ),
        VaultError::Truncated => (Code::BadCase, Message::new("error-vault-truncated")),
        VaultError::NotAVault => (Code::BadCase, Message::new("error-vault-not-a-vault")),
        VaultError::BadParameters => (Code::BadCase, Message::new("error-vault-bad-parameters")),
        VaultError::Random(reason) => (
            Code::BadCase,
            Message::new("error-vault-random").with("reason", reason.as_str()),
        ),
    }
}

fn vault_error(file: &str, e: VaultError) -> AppError {
    let (code, message) = vault_message(&e);
    AppError::localized(
        code,
        Message::new("error-file-refused")
            .with("name", file)
            .with("reason", message),
    )
}

/// Sealing failed (the computer gave no random numbers): nothing was written.
fn vault_failure(e: &VaultError) -> AppError {
    AppError::localized(Code::Storage, vault_message(e).1)
}

fn vault_file_error(id: &str, file: &str, reason: impl fmt::Display) -> AppError {
    AppError::localized(
        Code::BadCase,
        Message::new(id)
            .with("file", file)
            .with("reason", reason.to_string()),
    )
}

fn locked_error() -> AppError {
    AppError::text(Code::Locked, "error-case-locked", &[])
}

impl CaseStore {
    /// True when the case was started with a passphrase.
    pub(crate) fn is_protected(&self, id: &str) -> bool {
        self.case_dir(id)
            .map(|d| d.join(VAULT_INFO).is_file())
            .unwrap_or(false)
    }

    /// True when the case is protected and its key is not in memory.
    pub(crate) fn is_locked(&self, id: &str) -> bool {
        self.is_protected(id) && self.keys().get(id).is_none()
    }

    /// Reads `vault.json`; a newer format is refused with a message and left alone.
    pub(crate) fn vault_info(&self, id: &str) -> Result<VaultInfo, AppError> {
        let path = self.case_dir(id)?.join(VAULT_INFO);
        let text = fs::read_to_string(&path)
            .map_err(|e| vault_file_error("error-vault-unreadable", VAULT_INFO, e))?;
        let value: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| vault_file_error("error-vault-damaged", VAULT_INFO, e))?;
        if let Some(format) = value.get("format").and_then(serde_json::Value::as_u64) {
            if format > u64::from(VAULT_INFO_VERSION) {
                return Err(AppError::text(Code::NewerVersion, "error-case-newer", &[]));
            }
        }
        serde_json::from_value(value)
            .map_err(|e| vault_file_error("error-vault-damaged", VAULT_INFO, e))
    }

    /// Starts a new case protected by `passphrase`; it is unlocked afterwards.
    pub(crate) fn create_protected(
        &self,
        now: NaiveDateTime,
        passphrase: &str,
    ) -> Result<StoredCase, AppError> {
        check_passphrase(passphrase)?;
        let params = self.kdf();
        let key = Key::derive_new(passphrase, params).map_err(|e| vault_failure(&e))?;
        let id = self.new_case_dir(now)?;
        let text = VaultInfo::json_for(&key, params, now)?;
        let dir = self.case_dir(&id)?;
        if let Err(e) = write_atomically(&dir.join(VAULT_INFO), text.as_bytes()) {
            let _ = fs::remove_dir_all(&dir);
            return Err(e);
        }
        self.keys().insert(&id, key);
        let case = StoredCase::new(id, now);
        if let Err(e) = self.save(&case) {
            self.keys().remove(&case.id);
            let _ = fs::remove_dir_all(&dir);
            return Err(e);
        }
        Ok(case)
    }

    /// Derives the key from `passphrase` and checks it opens the case. A wrong
    /// passphrase changes nothing: the person may try again.
    pub(crate) fn unlock(&self, id: &str, passphrase: &str) -> Result<(), AppError> {
        let key = self.checked_key(id, passphrase)?;
        self.keys().insert(id, key);
        Ok(())
    }

    /// True when `passphrase` opens protected case `id`; the case stays as it was
    /// (locked or not).
    pub(crate) fn passphrase_opens(&self, id: &str, passphrase: &str) -> Result<bool, AppError> {
        match self.checked_key(id, passphrase) {
            Ok(_) => Ok(true),
            Err(e) if e.code == Code::WrongPassphrase => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// The key `passphrase` gives for case `id`, checked against its case file.
    fn checked_key(&self, id: &str, passphrase: &str) -> Result<Key, AppError> {
        let info = self.vault_info(id)?;
        let salt = info.salt().ok_or_else(|| {
            AppError::text(
                Code::BadCase,
                "error-vault-damaged-salt",
                &[("file", VAULT_INFO)],
            )
        })?;
        let key = Key::derive(passphrase, &salt, info.params())
            .map_err(|e| vault_error(VAULT_INFO, e))?;
        let name = sealed_name("case.json");
        let bytes = fs::read(self.case_dir(id)?.join(&name))
            .map_err(|e| vault_file_error("error-vault-unreadable", &name, e))?;
        imr_vault::open(&key, &bytes, &associated_data(id, "case.json")).map_err(|e| match e {
            VaultError::WrongPassphraseOrTampered => {
                AppError::text(Code::WrongPassphrase, "error-vault-wrong", &[])
            }
            other => vault_error(&name, other),
        })?;
        Ok(key)
    }

    /// Gives a case started without a passphrase one: every file of its folder is sealed
    /// under a key from `passphrase` (documents under numbered names, so no file name
    /// says what it is), then `vault.json` is written, which makes the case protected,
    /// and only then are the plain files removed. Until `vault.json` exists the case is
    /// still the plain one, whole; the case is left locked.
    pub(crate) fn protect(&self, id: &str, passphrase: &str) -> Result<(), AppError> {
        check_passphrase(passphrase)?;
        if self.is_protected(id) {
            return Err(AppError::text(
                Code::Invalid,
                "error-already-protected",
                &[],
            ));
        }
        let mut case = self.load_plain(id)?;
        let dir = self.case_dir(id)?;
        let params = self.kdf();
        let key = Key::derive_new(passphrase, params).map_err(|e| vault_failure(&e))?;
        let seal_to = |relative: &str, bytes: &[u8]| -> Result<(), AppError> {
            let sealed = imr_vault::seal(&key, bytes, &associated_data(id, relative))
                .map_err(|e| vault_failure(&e))?;
            write_atomically(&dir.join(sealed_name(relative)), &sealed)
        };
        let mut plain_files = vec![dir.join("case.json"), dir.join("app.json")];
        let mut serial = 0usize;
        for entry in &mut case.file.documents {
            serial += 1;
            let old = entry.path.clone();
            let bytes =
                Zeroizing::new(fs::read(dir.join(&old)).map_err(|e| AppError::storage(&old, &e))?);
            let new = format!("documents/{serial:03}.vault");
            seal_to(&new, &bytes)?;
            let old_name = old.rsplit('/').next().unwrap_or_default().to_string();
            let thumb = dir.join("thumbnails").join(format!("{old_name}.png"));
            if let Ok(png) = fs::read(&thumb) {
                fs::create_dir_all(dir.join("thumbnails"))
                    .map_err(|e| AppError::storage("making the thumbnails folder", &e))?;
                seal_to(&format!("thumbnails/{serial:03}.vault.png"), &png)?;
                plain_files.push(thumb);
            }
            // What was read in it, sealed under its new name.
            let reading = dir.join(crate::store::reading_file(&old));
            if let Ok(json) = fs::read(&reading) {
                fs::create_dir_all(dir.join("reading"))
                    .map_err(|e| AppError::storage("making the reading folder", &e))?;
                seal_to(&crate::store::reading_file(&new), &json)?;
                plain_files.push(reading);
            }
            plain_files.push(dir.join(&old));
            entry.path = new;
        }
        seal_to(
            "case.json",
            Zeroizing::new(case.file.to_json_pretty()).as_bytes(),
        )?;
        let state = serde_json::to_string_pretty(&case.state)
            .map_err(|e| AppError::new(Code::Invalid, e.to_string()))?;
        seal_to("app.json", state.as_bytes())?;
        let text = VaultInfo::json_for(&key, params, case.state.created)?;
        write_atomically(&dir.join(VAULT_INFO), text.as_bytes())?;
        // Protected from here on. What is left plain goes: the files above, and anything
        // else that is not sealed (a damaged copy set aside earlier).
        for file in plain_files {
            let _ = fs::remove_file(file);
        }
        remove_unsealed(&dir);
        Ok(())
    }

    /// Loads an unlocked protected case.
    pub(crate) fn load_protected(&self, id: &str) -> Result<StoredCase, AppError> {
        let bytes = self
            .read_case_bytes(id, "case.json")
            .map_err(|e| e.into_app("case.vault"))?;
        let text = std::str::from_utf8(&bytes).map_err(|e| {
            AppError::text(
                Code::BadCase,
                "app-case-unreadable",
                &[("reason", &e.to_string())],
            )
        })?;
        let file = parse_case_file(text)?;
        let notes = self
            .read_case_bytes(id, "app.json")
            .map_err(|e| e.into_app("app.vault"))?;
        let state = parse_app_state(&notes)?;
        Ok(StoredCase {
            id: id.to_string(),
            file,
            state,
        })
    }

    /// Forgets the case's key: it must be unlocked again to be read.
    pub(crate) fn lock(&self, id: &str) {
        self.keys().remove(id);
    }

    /// Forgets every key.
    pub(crate) fn lock_all(&self) {
        self.keys().clear();
    }

    /// True when some protected case is unlocked.
    pub(crate) fn any_unlocked(&self) -> bool {
        self.keys().any()
    }

    /// A counter that grows each time an unlocked case is read or written.
    pub(crate) fn key_uses(&self) -> u64 {
        self.keys().uses.load(Ordering::Relaxed)
    }

    /// `None` for a plain case, the key for an unlocked one, an error for a locked one.
    fn key_for(&self, id: &str) -> Result<Option<Arc<Key>>, AppError> {
        if !self.is_protected(id) {
            return Ok(None);
        }
        self.keys().use_key(id).map(Some).ok_or_else(locked_error)
    }

    /// Reads one of the case's files (`case.json`, `documents/…`), opening it when the
    /// case is protected.
    pub(crate) fn read_case_bytes(
        &self,
        id: &str,
        relative: &str,
    ) -> Result<Zeroizing<Vec<u8>>, ReadError> {
        let dir = self.case_dir(id).map_err(ReadError::App)?;
        inside_case(relative).map_err(ReadError::Io)?;
        match self.key_for(id).map_err(ReadError::App)? {
            None => fs::read(dir.join(relative))
                .map(Zeroizing::new)
                .map_err(ReadError::Io),
            Some(key) => {
                let name = sealed_name(relative);
                let bytes = fs::read(dir.join(&name)).map_err(ReadError::Io)?;
                imr_vault::open(&key, &bytes, &associated_data(id, relative))
                    .map_err(|e| ReadError::App(vault_error(&name, e)))
            }
        }
    }

    /// Writes one of the case's files atomically, sealed when the case is protected.
    pub(crate) fn write_case_bytes(
        &self,
        id: &str,
        relative: &str,
        bytes: &[u8],
    ) -> Result<(), AppError> {
        let dir = self.case_dir(id)?;
        inside_case(relative).map_err(|e| AppError::storage(relative, &e))?;
        match self.key_for(id)? {
            None => write_atomically(&dir.join(relative), bytes),
            Some(key) => {
                let sealed = imr_vault::seal(&key, bytes, &associated_data(id, relative))
                    .map_err(|e| vault_failure(&e))?;
                write_atomically(&dir.join(sealed_name(relative)), &sealed)
            }
        }
    }

    /// The list line of a protected case: no name, only when it was started.
    pub(crate) fn protected_summary(&self, id: &str, lang: Lang) -> crate::CaseSummary {
        let say = |id: &str| imr_i18n::text(lang, id, &[]);
        match self.vault_info(id) {
            Ok(info) => crate::CaseSummary {
                id: id.to_string(),
                name: t!(
                    lang,
                    "case-protected-name",
                    date = long_date(
                        lang,
                        info.created.year(),
                        info.created.month(),
                        info.created.day()
                    ),
                    time = imr_i18n::time_of_day(lang, info.created.hour(), info.created.minute())
                ),
                updated: info.created,
                status: if self.is_locked(id) {
                    say("case-status-locked")
                } else {
                    say("case-status-open")
                },
                problem: None,
                line: String::new(),
                protected: true,
                protect_now: false,
            },
            Err(e) => crate::CaseSummary {
                id: id.to_string(),
                name: say("case-protected-cannot-open-name"),
                updated: NaiveDateTime::default(),
                status: say("case-status-cannot-open"),
                problem: Some(e.message_in(lang)),
                line: String::new(),
                protected: true,
                protect_now: false,
            },
        }
    }

    /// Removes every case and everything else from the data folder, for "Remove all
    /// cases from this computer". Keys are forgotten first. The settings stay (clinic
    /// mode, auto-lock, language: they name no one, and a clinic's protection must not
    /// switch itself off with the day's cases), and the running app's lock file stays (it
    /// holds nothing), so a second window still cannot start.
    pub(crate) fn remove_everything(&self) -> Result<(), AppError> {
        self.lock_all();
        let entries = match fs::read_dir(self.data_dir()) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(AppError::storage("removing the app's files", &e)),
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            if name == crate::instance::LOCK_FILE || name == crate::settings::FILE_NAME {
                continue;
            }
            let path = entry.path();
            let result = if path.is_dir() && !path.is_symlink() {
                fs::remove_dir_all(&path)
            } else {
                fs::remove_file(&path)
            };
            result.map_err(|e| AppError::storage("removing the app's files", &e))?;
        }
        fs::create_dir_all(self.data_dir().join("cases"))
            .map_err(|e| AppError::storage("making the cases folder", &e))
    }
}

/// Removes every file in a protected case's folder that is not sealed: only `vault.json`
/// and the files [`sealed_name`] gives are kept.
fn remove_unsealed(dir: &std::path::Path) {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() && !path.is_symlink() {
                stack.push(path);
                continue;
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            let keep = (folder == dir && name == VAULT_INFO)
                || name.ends_with(".vault")
                || name.ends_with(".vault.png");
            if !keep {
                let _ = fs::remove_file(&path);
            }
        }
    }
}

/// A case names its files relative to its own folder (`documents/001-letter.pdf`). A
/// name that leaves the folder (`../`, `/etc/…`) — only possible in a case file changed
/// by hand — is refused, so the app never reads or writes outside the case.
fn inside_case(relative: &str) -> std::io::Result<()> {
    let path = std::path::Path::new(relative);
    let plain = path
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)));
    if plain && path.components().next().is_some() {
        Ok(())
    } else {
        Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{relative:?} is not a file inside the application's folder"),
        ))
    }
}

/// Reading a case's file: either the disk said no, or the file did not open.
#[derive(Debug)]
pub(crate) enum ReadError {
    Io(std::io::Error),
    App(AppError),
}

impl ReadError {
    /// As an app error, with `what` naming the file for the person.
    pub(crate) fn into_app(self, what: &str) -> AppError {
        match self {
            ReadError::Io(e) => AppError::text(
                Code::BadCase,
                "app-case-unreadable",
                &[("reason", &format!("{what}: {e}"))],
            ),
            ReadError::App(e) => e,
        }
    }
}

/// Documents of a case for the packet engine, opened in memory only.
#[derive(Debug)]
pub(crate) struct CaseSource<'a> {
    pub(crate) store: &'a CaseStore,
    pub(crate) id: &'a str,
}

impl imr_packet::DocumentSource for CaseSource<'_> {
    fn read(&self, path: &str) -> std::io::Result<Vec<u8>> {
        match self.store.read_case_bytes(self.id, path) {
            Ok(bytes) => Ok(bytes.to_vec()),
            Err(ReadError::Io(e)) => Err(e),
            Err(ReadError::App(e)) => Err(std::io::Error::other(e.message)),
        }
    }
}
