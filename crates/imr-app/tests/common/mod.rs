//! What the imr-app integration tests share: the example case, its documents, a fixed
//! clock, and reading back every file a store left on disk.

// Each test file uses some of these, never all.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use imr_app::CaseStore;
use imr_case::case::CaseFile;
use imr_case::form::DocumentKind;
use imr_vault::KdfParams;

/// The day the tests pretend it is (the example case is dated for it).
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

/// A moment on `today()`, `minute` minutes after 10:00.
pub fn at(minute: u32) -> NaiveDateTime {
    today().and_hms_opt(10, minute, 0).unwrap()
}

/// The synthetic example case folder (`examples/nunez`).
pub fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/nunez")
}

/// The example case's answers and document list.
pub fn example() -> CaseFile {
    CaseFile::from_json(&std::fs::read_to_string(example_dir().join("case.json")).unwrap()).unwrap()
}

/// A store in `dir` whose passphrase keys are derived with the fast test parameters.
pub fn fast_kdf_store(dir: &Path) -> CaseStore {
    CaseStore::open(dir)
        .unwrap()
        .with_kdf(KdfParams::INSECURE_FOR_TESTS)
}

/// Adds the example's denial letter to case `id`, with `title`.
pub fn add_denial_letter(store: &CaseStore, id: &str, title: &str) {
    store
        .add_document(
            id,
            &example_dir().join("denial-letter.pdf"),
            DocumentKind::DenialLetter,
            title,
            None,
            at(2),
        )
        .unwrap();
}

// Each test file uses some of these.
#[allow(unused_imports)]
pub use imr_fixtures::disk::{contains, files_under};

/// Every file under `root` with its bytes, sorted by path.
pub fn snapshot(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    files_under(root)
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap();
            (path, bytes)
        })
        .collect()
}
