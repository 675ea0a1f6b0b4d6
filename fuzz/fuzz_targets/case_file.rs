//! Opening a case whose case.json or app.json holds the input (see imr_fuzz::case_file).
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

/// One data folder for the whole run, under the system's temporary folder.
fn data_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| std::env::temp_dir().join(format!("imr-fuzz-case-{}", std::process::id())))
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    imr_fuzz::case_file(data_dir(), data);
});
