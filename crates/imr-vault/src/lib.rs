//! Sealing a person's case with a passphrase.
//!
//! No cryptography is made here: the key comes from the passphrase through **Argon2id**
//! (the `argon2` crate, version 0x13), and each file is sealed with
//! **XChaCha20-Poly1305** (the `chacha20poly1305` crate), both from RustCrypto. Keys
//! and opened plaintext live in [`zeroize::Zeroizing`] buffers, wiped when dropped.
//!
//! # The file format (version 1)
//!
//! Every sealed file describes itself, so it can be opened with only the passphrase:
//!
//! | bytes | what |
//! | --- | --- |
//! | 0..8 | magic `IMRVAULT` |
//! | 8..10 | format version, u16 little-endian (1) |
//! | 10 | key derivation: 1 = Argon2id v0x13 |
//! | 11 | cipher: 1 = XChaCha20-Poly1305 |
//! | 12..16 | Argon2 memory in KiB, u32 LE |
//! | 16..20 | Argon2 passes (t), u32 LE |
//! | 20..24 | Argon2 lanes (p), u32 LE |
//! | 24..40 | salt, 16 random bytes |
//! | 40..64 | nonce, 24 random bytes (new for every file written) |
//! | 64..72 | plaintext length, u64 LE |
//! | 72.. | ciphertext, then the 16-byte Poly1305 tag |
//!
//! The whole 72-byte header, followed by the caller's own associated data (for a case:
//! which case and which file this is), is the AEAD's associated data: changing any
//! header byte, or moving a file to another case or another name, makes it fail to open.

use std::fmt;

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::{Zeroize, Zeroizing};

/// The first eight bytes of every sealed file.
pub const MAGIC: &[u8; 8] = b"IMRVAULT";
/// The format this crate writes, and the newest it reads.
pub const FORMAT_VERSION: u16 = 1;
/// Bytes before the ciphertext.
pub const HEADER_LEN: usize = 72;
/// Bytes of the authentication tag after the ciphertext.
pub const TAG_LEN: usize = 16;
/// Bytes of a salt.
pub const SALT_LEN: usize = 16;
/// Bytes of a nonce.
pub const NONCE_LEN: usize = 24;
/// Bytes of a key.
pub const KEY_LEN: usize = 32;

const KDF_ARGON2ID_13: u8 = 1;
const AEAD_XCHACHA20POLY1305: u8 = 1;

/// What can go wrong opening or sealing. The messages are for the person using the app.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    /// The tag did not check out. An AEAD cannot tell a wrong key from a changed file.
    #[error(
        "The passphrase is wrong, or the file was changed. Check the passphrase (capital \
         letters and spaces count) and try again."
    )]
    WrongPassphraseOrTampered,
    /// The file ends before its header or its stated length.
    #[error(
        "The file is cut short: it was not copied or saved completely. Copy it again from \
         where it came from."
    )]
    Truncated,
    /// The file does not start with the magic bytes.
    #[error("This is not an encrypted file made by this app.")]
    NotAVault,
    /// A format version this build does not know.
    #[error(
        "This file was made by a newer version of the app (file format {found}). Install \
         the newest version of the app to open it. The file was not changed."
    )]
    NewerVersion { found: u16 },
    /// Key derivation settings outside what this app accepts (or an unknown algorithm).
    #[error(
        "This file asks for encryption settings this app does not accept, so it was not \
         opened. It may have been changed."
    )]
    BadParameters,
    /// The operating system gave no random numbers.
    #[error("The computer could not make the random numbers needed to encrypt ({0}).")]
    Random(String),
}

/// Argon2id settings, stored in each file's header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory, in KiB.
    pub memory_kib: u32,
    /// Passes over the memory (t).
    pub iterations: u32,
    /// Lanes (p).
    pub parallelism: u32,
}

impl KdfParams {
    /// What the app uses for new cases and exports: 64 MiB, 3 passes, 1 lane.
    pub const RECOMMENDED: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 3,
        parallelism: 1,
    };

    /// Cheap settings for tests only (never for a person's data).
    pub const INSECURE_FOR_TESTS: KdfParams = KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };

    /// Largest memory a file may ask for (1 GiB), so a changed header cannot make the
    /// app try to use all the computer's memory.
    pub const MAX_MEMORY_KIB: u32 = 1024 * 1024;
    /// Most passes a file may ask for.
    pub const MAX_ITERATIONS: u32 = 64;
    /// Most lanes a file may ask for.
    pub const MAX_PARALLELISM: u32 = 16;

    fn argon2(&self) -> Result<Argon2<'static>, VaultError> {
        if self.memory_kib > Self::MAX_MEMORY_KIB
            || self.iterations > Self::MAX_ITERATIONS
            || self.parallelism > Self::MAX_PARALLELISM
        {
            return Err(VaultError::BadParameters);
        }
        let params = Params::new(
            self.memory_kib,
            self.iterations,
            self.parallelism,
            Some(KEY_LEN),
        )
        .map_err(|_| VaultError::BadParameters)?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        KdfParams::RECOMMENDED
    }
}

/// A per-case (or per-export) random salt. Not secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Salt(pub [u8; SALT_LEN]);

impl Salt {
    /// Sixteen bytes from the operating system's random source.
    pub fn random() -> Result<Salt, VaultError> {
        let mut bytes = [0u8; SALT_LEN];
        fill_random(&mut bytes)?;
        Ok(Salt(bytes))
    }
}

/// A key derived from a passphrase. The key bytes are wiped when it is dropped.
pub struct Key {
    bytes: Zeroizing<[u8; KEY_LEN]>,
    salt: Salt,
    params: KdfParams,
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Key")
            .field("bytes", &"<hidden>")
            .field("salt", &self.salt)
            .field("params", &self.params)
            .finish()
    }
}

impl Key {
    /// Runs Argon2id over the passphrase (normalised to Unicode NFC, so "é" typed on
    /// any system gives the same key) and the salt.
    pub fn derive(passphrase: &str, salt: &Salt, params: KdfParams) -> Result<Key, VaultError> {
        use unicode_normalization::UnicodeNormalization;
        let argon = params.argon2()?;
        let normal: Zeroizing<String> = Zeroizing::new(passphrase.nfc().collect());
        let mut bytes = Zeroizing::new([0u8; KEY_LEN]);
        argon
            .hash_password_into(normal.as_bytes(), &salt.0, bytes.as_mut())
            .map_err(|_| VaultError::BadParameters)?;
        Ok(Key {
            bytes,
            salt: *salt,
            params,
        })
    }

    /// Derives a key with a new random salt.
    pub fn derive_new(passphrase: &str, params: KdfParams) -> Result<Key, VaultError> {
        Key::derive(passphrase, &Salt::random()?, params)
    }

    pub fn salt(&self) -> &Salt {
        &self.salt
    }

    pub fn params(&self) -> KdfParams {
        self.params
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.bytes.as_ref().into())
    }
}

/// The parsed header of a sealed file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub version: u16,
    pub params: KdfParams,
    pub salt: Salt,
    pub nonce: [u8; NONCE_LEN],
    pub plaintext_len: u64,
}

impl Header {
    /// Reads the header without any key: used to find the salt and settings before
    /// asking for the passphrase. Checks the total length too.
    pub fn parse(bytes: &[u8]) -> Result<Header, VaultError> {
        let n = bytes.len().min(MAGIC.len());
        if bytes[..n] != MAGIC[..n] {
            return Err(VaultError::NotAVault);
        }
        if bytes.len() < 10 {
            return Err(VaultError::Truncated);
        }
        let version = u16::from_le_bytes([bytes[8], bytes[9]]);
        if version > FORMAT_VERSION {
            return Err(VaultError::NewerVersion { found: version });
        }
        if version == 0 {
            return Err(VaultError::NotAVault);
        }
        if bytes.len() < HEADER_LEN {
            return Err(VaultError::Truncated);
        }
        if bytes[10] != KDF_ARGON2ID_13 || bytes[11] != AEAD_XCHACHA20POLY1305 {
            return Err(VaultError::BadParameters);
        }
        let u32_at =
            |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let params = KdfParams {
            memory_kib: u32_at(12),
            iterations: u32_at(16),
            parallelism: u32_at(20),
        };
        let mut salt = [0u8; SALT_LEN];
        salt.copy_from_slice(&bytes[24..40]);
        let mut nonce = [0u8; NONCE_LEN];
        nonce.copy_from_slice(&bytes[40..64]);
        let mut len = [0u8; 8];
        len.copy_from_slice(&bytes[64..72]);
        let plaintext_len = u64::from_le_bytes(len);
        let expected = (HEADER_LEN as u64)
            .checked_add(plaintext_len)
            .and_then(|n| n.checked_add(TAG_LEN as u64))
            .ok_or(VaultError::WrongPassphraseOrTampered)?;
        let actual = bytes.len() as u64;
        if actual < expected {
            return Err(VaultError::Truncated);
        }
        if actual > expected {
            return Err(VaultError::WrongPassphraseOrTampered);
        }
        Ok(Header {
            version,
            params,
            salt: Salt(salt),
            nonce,
            plaintext_len,
        })
    }

    fn to_bytes(self) -> [u8; HEADER_LEN] {
        let mut out = [0u8; HEADER_LEN];
        out[0..8].copy_from_slice(MAGIC);
        out[8..10].copy_from_slice(&self.version.to_le_bytes());
        out[10] = KDF_ARGON2ID_13;
        out[11] = AEAD_XCHACHA20POLY1305;
        out[12..16].copy_from_slice(&self.params.memory_kib.to_le_bytes());
        out[16..20].copy_from_slice(&self.params.iterations.to_le_bytes());
        out[20..24].copy_from_slice(&self.params.parallelism.to_le_bytes());
        out[24..40].copy_from_slice(&self.salt.0);
        out[40..64].copy_from_slice(&self.nonce);
        out[64..72].copy_from_slice(&self.plaintext_len.to_le_bytes());
        out
    }
}

/// True when `bytes` start like a sealed file (whatever its version).
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

fn associated_data(header: &[u8; HEADER_LEN], aad: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + aad.len());
    out.extend_from_slice(header);
    out.extend_from_slice(aad);
    out
}

/// Seals `plaintext` under `key` with a fresh random nonce. `aad` is not stored, but
/// the same bytes must be given to [`open`] (for a case: its id and the file's role).
pub fn seal(key: &Key, plaintext: &[u8], aad: &[u8]) -> Result<Vec<u8>, VaultError> {
    let mut nonce = [0u8; NONCE_LEN];
    fill_random(&mut nonce)?;
    let header = Header {
        version: FORMAT_VERSION,
        params: key.params,
        salt: key.salt,
        nonce,
        plaintext_len: plaintext.len() as u64,
    }
    .to_bytes();
    let ad = associated_data(&header, aad);
    let sealed = key
        .cipher()
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: plaintext,
                aad: &ad,
            },
        )
        // Encryption only fails for messages beyond 256 GiB.
        .map_err(|_| VaultError::BadParameters)?;
    let mut out = Vec::with_capacity(HEADER_LEN + sealed.len());
    out.extend_from_slice(&header);
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Opens a file sealed by [`seal`] with the same key and `aad`.
pub fn open(key: &Key, bytes: &[u8], aad: &[u8]) -> Result<Zeroizing<Vec<u8>>, VaultError> {
    let header = Header::parse(bytes)?;
    if header.salt != key.salt || header.params != key.params {
        // Sealed under another key (another case, or a changed header).
        return Err(VaultError::WrongPassphraseOrTampered);
    }
    open_parsed(key, &header, bytes, aad)
}

fn open_parsed(
    key: &Key,
    header: &Header,
    bytes: &[u8],
    aad: &[u8],
) -> Result<Zeroizing<Vec<u8>>, VaultError> {
    let mut head = [0u8; HEADER_LEN];
    head.copy_from_slice(&bytes[..HEADER_LEN]);
    let ad = associated_data(&head, aad);
    key.cipher()
        .decrypt(
            XNonce::from_slice(&header.nonce),
            Payload {
                msg: &bytes[HEADER_LEN..],
                aad: &ad,
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| VaultError::WrongPassphraseOrTampered)
}

/// Seals a standalone file (an export) with its own new salt.
pub fn seal_with_passphrase(
    passphrase: &str,
    plaintext: &[u8],
    aad: &[u8],
    params: KdfParams,
) -> Result<Vec<u8>, VaultError> {
    let key = Key::derive_new(passphrase, params)?;
    seal(&key, plaintext, aad)
}

/// Opens a standalone file: the salt and settings come from its header.
pub fn open_with_passphrase(
    passphrase: &str,
    bytes: &[u8],
    aad: &[u8],
) -> Result<Zeroizing<Vec<u8>>, VaultError> {
    let header = Header::parse(bytes)?;
    let key = Key::derive(passphrase, &header.salt, header.params)?;
    open_parsed(&key, &header, bytes, aad)
}

fn fill_random(buf: &mut [u8]) -> Result<(), VaultError> {
    getrandom::fill(buf).map_err(|e| {
        buf.zeroize();
        VaultError::Random(e.to_string())
    })
}

#[cfg(test)]
mod tests;
