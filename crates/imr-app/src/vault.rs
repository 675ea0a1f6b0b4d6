//! Cases protected by a passphrase.
//!
//! A protected case's folder holds, besides encrypted files, one plain file,
//! `vault.json`: the format, when the case was started, and the Argon2id salt and
//! settings. Nothing in it is about the person. Every other file is sealed with
//! [`imr_vault`] under a key derived from the passphrase:
//!
//! ```text
//! <data dir>/cases/<id>/vault.json            plain: format, started, salt, settings
//! <data dir>/cases/<id>/case.vault            the case file (answers, document list)
//! <data dir>/cases/<id>/app.vault             the app's notes
//! <data dir>/cases/<id>/documents/003.vault   a copy of a document (no original name)
//! <data dir>/cases/<id>/thumbnails/003.vault.png   its thumbnail, sealed too
//! ```
//!
//! Each sealed file is bound to its case and its name (the AEAD's associated data), so a
//! file moved from another case or renamed does not open. The key is derived when the
//! case is unlocked and kept in memory only, in the store's key ring; locking drops it
//! and the key bytes are wiped (the sealing itself is the store's: `store/seal.rs`).
//!
//! Deleting a case as the window asks is here too: a protected case only with its
//! passphrase or the clinic coordinator's.

use crate::{AppError, CaseStore, Code};

/// Deletes case `id` as the window asks: a protected one only with its passphrase (or
/// the clinic coordinator's), so the next person at the computer cannot delete the last
/// one's application.
pub(crate) fn delete_checked(
    store: &CaseStore,
    id: &str,
    passphrase: Option<&str>,
) -> Result<(), AppError> {
    if store.is_protected(id) {
        let Some(passphrase) = passphrase.filter(|p| !p.is_empty()) else {
            return Err(AppError::text(
                Code::Locked,
                "error-delete-needs-passphrase",
                &[],
            ));
        };
        let opens = store.passphrase_opens(id, passphrase).unwrap_or(false)
            || crate::clinic::coordinator_opens(&store.settings()?, passphrase);
        if !opens {
            return Err(AppError::text(
                Code::WrongPassphrase,
                "error-delete-wrong-passphrase",
                &[],
            ));
        }
    }
    store.remove_case_folder(id)
}
