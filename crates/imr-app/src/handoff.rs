//! Clinic handoff: one case (answers, documents and their list) as one file, encrypted
//! with a passphrase chosen for the handoff (imr-vault's standalone format: Argon2id,
//! XChaCha20-Poly1305). The plaintext exists only in memory. Importing always makes a new
//! case, so nothing on the receiving computer is ever overwritten; a file that is
//! tampered with, cut short, from a newer version, or opened with the wrong passphrase is
//! refused before anything is written.

use std::fs;
use std::path::Path;

use base64::Engine;
use chrono::NaiveDateTime;
use imr_i18n::Message;
use imr_vault::{open_with_passphrase, seal_with_passphrase, VaultError};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::atomic::write_atomically;
use crate::store::parse_case_file;
use crate::{AppError, CaseStore, Code};

/// What the sealed payload says it is.
const KIND: &str = "imr-packet case export";
/// Version of the payload inside the sealed file. Version 2 says whether the case was
/// protected; an older app refuses it as newer rather than import it without a
/// passphrase.
pub(crate) const EXPORT_VERSION: u32 = 2;
/// Bound to the sealed bytes: a sealed file made for another purpose does not open here.
const AAD: &[u8] = b"imr-packet case export";

#[derive(Serialize, Deserialize)]
struct Payload {
    kind: String,
    version: u32,
    /// The case was protected where it was exported: it is protected wherever it goes.
    #[serde(default)]
    protected: bool,
    /// The case file (case.json), as text.
    case: String,
    documents: Vec<ExportedDocument>,
    /// What was read in each document (its words and the suggestions with where each
    /// stands), by the document's path in the case file. An older app ignores it.
    #[serde(default)]
    readings: Vec<ExportedDocument>,
}

#[derive(Serialize, Deserialize)]
struct ExportedDocument {
    /// `documents/<name>`, as in the case file.
    path: String,
    /// The file, base64.
    data: String,
}

fn refused(e: VaultError) -> AppError {
    let (code, reason) = crate::store::vault_message(&e);
    AppError::localized(
        code,
        Message::new("error-export-cannot-open").with("reason", reason),
    )
}

fn not_an_export() -> AppError {
    AppError::text(Code::BadCase, "error-not-an-export", &[])
}

/// Writes case `id` (which must be open: unlocked if protected) to `target` as one
/// file encrypted with `passphrase`.
pub(crate) fn export(
    store: &CaseStore,
    id: &str,
    passphrase: &str,
    target: &Path,
) -> Result<(), AppError> {
    crate::store::check_passphrase(passphrase)?;
    let case = store.load(id)?;
    let mut documents = Vec::new();
    let mut readings = Vec::new();
    for entry in &case.file.documents {
        let bytes = store
            .read_case_bytes(id, &entry.path)
            .map_err(|e| e.into_app(&entry.path))?;
        documents.push(ExportedDocument {
            path: entry.path.clone(),
            data: base64::engine::general_purpose::STANDARD.encode(&*bytes),
        });
        let kept = crate::store::reading_file(&entry.path);
        if let Ok(reading) = store.read_case_bytes(id, &kept) {
            readings.push(ExportedDocument {
                path: entry.path.clone(),
                data: base64::engine::general_purpose::STANDARD.encode(&*reading),
            });
        }
    }
    let payload = Payload {
        kind: KIND.into(),
        version: EXPORT_VERSION,
        protected: store.is_protected(id),
        case: case.file.to_json_pretty(),
        documents,
        readings,
    };
    let plain = Zeroizing::new(
        serde_json::to_vec(&payload).map_err(|e| AppError::new(Code::Invalid, e.to_string()))?,
    );
    let sealed = seal_with_passphrase(passphrase, &plain, AAD, store.kdf())
        .map_err(|e| AppError::localized(Code::Storage, crate::store::vault_message(&e).1))?;
    write_atomically(target, &sealed)
}

/// Reads an export file and adds it as a new case; returns the new case's id. A
/// passphrase for the new case (`local_passphrase`) makes it protected here. It is
/// required, before anything is written, when the case was protected where it came
/// from or this computer is in clinic mode ([`Code::PassphraseRequired`]: the window
/// then asks for one), and it must not be the handoff's passphrase, which is never
/// kept.
pub(crate) fn import(
    store: &CaseStore,
    source: &Path,
    passphrase: &str,
    local_passphrase: Option<&str>,
    now: NaiveDateTime,
) -> Result<String, AppError> {
    let clinic_mode = store.settings()?.clinic_mode;
    let local_passphrase = local_passphrase.filter(|p| !p.is_empty());
    let bytes = fs::read(source).map_err(|e| {
        AppError::text(
            Code::BadCase,
            "error-import-unreadable",
            &[
                ("path", &source.display().to_string()),
                ("reason", &e.to_string()),
            ],
        )
    })?;
    if !imr_vault::is_sealed(&bytes) {
        return Err(not_an_export());
    }
    let plain = open_with_passphrase(passphrase, &bytes, AAD).map_err(refused)?;
    let value: serde_json::Value = serde_json::from_slice(&plain).map_err(|_| not_an_export())?;
    if value.get("kind").and_then(|k| k.as_str()) != Some(KIND) {
        return Err(not_an_export());
    }
    if let Some(v) = value.get("version").and_then(|v| v.as_u64()) {
        if v > u64::from(EXPORT_VERSION) {
            return Err(AppError::localized(
                Code::NewerVersion,
                Message::new("error-export-newer").with("found", v),
            ));
        }
    }
    let payload: Payload = serde_json::from_value(value).map_err(|_| not_an_export())?;
    let mut file = parse_case_file(&payload.case)?;
    match local_passphrase {
        None if payload.protected => {
            return Err(AppError::text(
                Code::PassphraseRequired,
                "error-import-was-protected",
                &[],
            ))
        }
        None if clinic_mode => {
            return Err(AppError::text(
                Code::PassphraseRequired,
                "error-import-needs-passphrase",
                &[],
            ))
        }
        Some(local) if local == passphrase => {
            return Err(
                AppError::text(Code::Invalid, "error-import-same-passphrase", &[])
                    .on_field(crate::Field::NewPassphrase),
            )
        }
        Some(local) => crate::store::check_passphrase(local)
            .map_err(|e| e.on_field(crate::Field::NewPassphrase))?,
        None => {}
    }
    let mut documents = Vec::new();
    for doc in &payload.documents {
        let name = doc.path.strip_prefix("documents/").unwrap_or("");
        let safe = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            && !name.starts_with('.');
        let data = base64::engine::general_purpose::STANDARD
            .decode(&doc.data)
            .ok()
            .filter(|_| safe)
            .ok_or_else(not_an_export)?;
        documents.push((doc.path.clone(), Zeroizing::new(data)));
    }
    for entry in &file.documents {
        if !documents.iter().any(|(p, _)| p == &entry.path) {
            return Err(not_an_export());
        }
    }
    // What was read in each document, by its path in the case file.
    let mut readings: Vec<(String, Zeroizing<Vec<u8>>)> = payload
        .readings
        .iter()
        .filter_map(|r| {
            let data = base64::engine::general_purpose::STANDARD
                .decode(&r.data)
                .ok()?;
            Some((r.path.clone(), Zeroizing::new(data)))
        })
        .collect();
    if local_passphrase.is_some() {
        // A protected case's copies have numbered names: no file name says what it is.
        let mut renamed = Vec::new();
        let mut renamed_readings = Vec::new();
        for (n, entry) in file.documents.iter_mut().enumerate() {
            let new = format!("documents/{:03}.vault", n + 1);
            if let Some(i) = documents.iter().position(|(p, _)| p == &entry.path) {
                let (_, data) = documents.swap_remove(i);
                renamed.push((new.clone(), data));
            }
            if let Some(i) = readings.iter().position(|(p, _)| p == &entry.path) {
                let (_, data) = readings.swap_remove(i);
                renamed_readings.push((new.clone(), data));
            }
            entry.path = new;
        }
        documents = renamed;
        readings = renamed_readings;
    }

    // Checked in full: now a new case, removed again if any write fails.
    let mut case = match local_passphrase {
        Some(p) => store.create_protected(now, p)?,
        None => store.create(now)?,
    };
    let written = (|| {
        for (path, data) in &documents {
            store.write_case_bytes(&case.id, path, data)?;
            // Thumbnails are not in the file: drawn again here.
            crate::documents::draw_thumbnail(store, &case.id, path, data);
        }
        for (path, data) in &readings {
            if documents.iter().any(|(p, _)| p == path) {
                let dir = store.case_dir(&case.id)?;
                fs::create_dir_all(dir.join("reading"))
                    .map_err(|e| AppError::storage("making the reading folder", &e))?;
                store.write_case_bytes(&case.id, &crate::store::reading_file(path), data)?;
            }
        }
        case.file = file;
        case.state.updated = now;
        store.save(&case)
    })();
    if let Err(e) = written {
        let _ = store.delete(&case.id);
        return Err(e);
    }
    Ok(case.id)
}
