use super::*;

const P: KdfParams = KdfParams::INSECURE_FOR_TESTS;

fn key(pass: &str) -> Key {
    Key::derive(pass, &Salt([7; SALT_LEN]), P).expect("derive")
}

#[test]
fn round_trip() {
    let k = key("correct horse battery staple");
    for text in [
        &b""[..],
        b"x",
        b"Patient: Zoe Quillfeather, diagnosis ...",
        &[0u8; 100_000],
    ] {
        let sealed = seal(&k, text, b"case-1/case.json").expect("seal");
        assert_eq!(sealed.len(), HEADER_LEN + text.len() + TAG_LEN);
        assert!(is_sealed(&sealed));
        let opened = open(&k, &sealed, b"case-1/case.json").expect("open");
        assert_eq!(&opened[..], text);
    }
}

#[test]
fn ciphertext_does_not_contain_the_plaintext_and_nonces_differ() {
    let k = key("pass phrase");
    let text = b"Quillfeather Quillfeather Quillfeather";
    let a = seal(&k, text, b"").expect("seal");
    let b = seal(&k, text, b"").expect("seal");
    assert!(!a.windows(13).any(|w| w == b"Quillfeather "));
    assert_ne!(a[40..64], b[40..64], "a new nonce for every file");
    assert_ne!(a[HEADER_LEN..], b[HEADER_LEN..]);
}

#[test]
fn wrong_key_is_refused() {
    let sealed = seal(&key("right"), b"secret", b"").expect("seal");
    assert_eq!(
        open(&key("wrong"), &sealed, b""),
        Err(VaultError::WrongPassphraseOrTampered)
    );
    // Same passphrase, other salt: another key.
    let other = Key::derive("right", &Salt([8; SALT_LEN]), P).expect("derive");
    assert_eq!(
        open(&other, &sealed, b""),
        Err(VaultError::WrongPassphraseOrTampered)
    );
}

#[test]
fn other_associated_data_is_refused() {
    let k = key("k");
    let sealed = seal(&k, b"secret", b"case-1/case.json").expect("seal");
    assert_eq!(
        open(&k, &sealed, b"case-2/case.json"),
        Err(VaultError::WrongPassphraseOrTampered)
    );
}

#[test]
fn every_byte_flip_is_detected() {
    let k = key("k");
    let sealed = seal(&k, b"a short secret answer", b"aad").expect("seal");
    for i in 0..sealed.len() {
        for bit in [0x01u8, 0x80] {
            let mut bad = sealed.clone();
            bad[i] ^= bit;
            let result = open(&k, &bad, b"aad");
            assert!(
                result.is_err(),
                "flip of bit {bit:#x} at byte {i} went unnoticed"
            );
            // And through the passphrase path too (the header gives salt and settings).
            let result = open_with_passphrase("k", &bad, b"aad");
            assert!(
                result.is_err(),
                "flip at byte {i} opened with the passphrase"
            );
        }
    }
}

#[test]
fn truncation_at_every_length_is_refused() {
    let k = key("k");
    let sealed = seal(&k, b"some answers", b"").expect("seal");
    for n in 0..sealed.len() {
        let result = open(&k, &sealed[..n], b"");
        let expected = VaultError::Truncated;
        assert_eq!(
            result,
            Err(expected),
            "cut at {n} bytes of {}",
            sealed.len()
        );
    }
    // One byte too many is refused as well.
    let mut longer = sealed.clone();
    longer.push(0);
    assert_eq!(
        open(&k, &longer, b""),
        Err(VaultError::WrongPassphraseOrTampered)
    );
}

#[test]
fn not_a_vault() {
    let k = key("k");
    for bytes in [&b"{\"schema_version\": 1}"[..], b"%PDF-1.7", b"X"] {
        assert_eq!(open(&k, bytes, b""), Err(VaultError::NotAVault));
    }
}

#[test]
fn newer_version_is_refused_and_named() {
    let k = key("k");
    let mut sealed = seal(&k, b"x", b"").expect("seal");
    sealed[8..10].copy_from_slice(&2u16.to_le_bytes());
    let err = open(&k, &sealed, b"").expect_err("newer");
    assert_eq!(err, VaultError::NewerVersion { found: 2 });
    assert!(err.to_string().contains("newer version"));
    // Even a header-only stub from a newer version says "newer", not "cut short".
    assert_eq!(
        Header::parse(&sealed[..12]),
        Err(VaultError::NewerVersion { found: 2 })
    );
}

#[test]
fn a_file_cannot_demand_huge_memory() {
    let k = key("k");
    let mut sealed = seal(&k, b"x", b"").expect("seal");
    sealed[12..16].copy_from_slice(&u32::MAX.to_le_bytes());
    assert_eq!(
        open_with_passphrase("k", &sealed, b""),
        Err(VaultError::BadParameters)
    );
}

#[test]
fn passphrase_round_trip_and_unicode_normalisation() {
    let composed = "contraseña café";
    let decomposed = "contrasen\u{303}a cafe\u{301}";
    let sealed = seal_with_passphrase(composed, b"export", b"export-v1", P).expect("seal");
    assert_eq!(
        &open_with_passphrase(decomposed, &sealed, b"export-v1").expect("open")[..],
        b"export"
    );
    assert_eq!(
        open_with_passphrase("contrasena cafe", &sealed, b"export-v1"),
        Err(VaultError::WrongPassphraseOrTampered)
    );
}

#[test]
fn header_records_the_settings_used() {
    let k = Key::derive_new("k", P).expect("derive");
    let sealed = seal(&k, b"abc", b"").expect("seal");
    let h = Header::parse(&sealed).expect("header");
    assert_eq!(h.params, P);
    assert_eq!(h.salt, *k.salt());
    assert_eq!(h.plaintext_len, 3);
    assert_eq!(h.version, FORMAT_VERSION);
}

#[test]
fn recommended_settings_work_and_key_debug_hides_bytes() {
    let k = Key::derive("k", &Salt([1; SALT_LEN]), KdfParams::RECOMMENDED).expect("derive");
    let sealed = seal(&k, b"x", b"").expect("seal");
    assert_eq!(&open(&k, &sealed, b"").expect("open")[..], b"x");
    let shown = format!("{k:?}");
    assert!(shown.contains("<hidden>"));
}
