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
//! and the key bytes are wiped.

pub use crate::store::{
    check_passphrase, CaseSource, ReadError, VaultInfo, MIN_PASSPHRASE_CHARS, VAULT_INFO,
    VAULT_INFO_VERSION,
};
use crate::{AppError, CaseStore, Code};

impl CaseStore {
    /// Deletes a case as the window asks: a protected one only with its passphrase (or
    /// the clinic coordinator's), so the next person at the computer cannot delete the
    /// last one's application.
    pub fn delete_checked(&self, id: &str, passphrase: Option<&str>) -> Result<(), AppError> {
        if self.is_protected(id) {
            let Some(passphrase) = passphrase.filter(|p| !p.is_empty()) else {
                return Err(AppError::text(
                    Code::Locked,
                    "error-delete-needs-passphrase",
                    &[],
                ));
            };
            let opens = self.passphrase_opens(id, passphrase).unwrap_or(false)
                || crate::clinic::coordinator_opens(&self.settings()?, passphrase);
            if !opens {
                return Err(AppError::text(
                    Code::WrongPassphrase,
                    "error-delete-wrong-passphrase",
                    &[],
                ));
            }
        }
        self.remove_case_folder(id)
    }
}
