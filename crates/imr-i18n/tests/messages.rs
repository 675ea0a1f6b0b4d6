//! Every message id the libraries build with `Message::new("…")` exists in English and in
//! Spanish, with the same placeholders. (Ids built from data, such as a field's name or
//! a help topic, are checked by the tests of the crates that build them.)

use std::fs;
use std::path::{Path, PathBuf};

use imr_i18n::{has, placeholders, Lang};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `Message::new("id"` and `Sniffed::Other("id"` literals in a source file.
fn message_ids(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for pattern in [
        "Message::new(\"",
        "Sniffed::Other(\"",
        "advice(\"",
        ".say(\"",
    ] {
        for (i, _) in src.match_indices(pattern) {
            let rest = &src[i + pattern.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].to_string());
            }
        }
    }
    out
}

#[test]
fn every_library_message_exists_in_both_languages() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for name in ["imr-case", "imr-packet", "imr-app"] {
        rust_files(&crates.join(name).join("src"), &mut files);
    }
    let mut checked = 0;
    let mut missing = Vec::new();
    for file in &files {
        let src = fs::read_to_string(file).unwrap_or_default();
        for id in message_ids(&src) {
            if id.contains('{') {
                continue;
            }
            checked += 1;
            for lang in Lang::ALL {
                if !has(lang, &id) {
                    missing.push(format!("{lang}: {id} ({})", file.display()));
                }
            }
            if has(Lang::En, &id) && has(Lang::Es, &id) {
                assert_eq!(
                    placeholders(Lang::En, &id),
                    placeholders(Lang::Es, &id),
                    "{id}: the languages use different placeholders"
                );
            }
        }
    }
    assert!(missing.is_empty(), "messages missing: {missing:#?}");
    assert!(
        checked >= 40,
        "only {checked} message ids found: is the pattern still right?"
    );
}
