//! Inputs kept from fuzzing (scripts/fuzz, docs/fuzzing.md), replayed in the normal test
//! suite through the fuzz targets' own code: fuzz/src/lib.rs is included here, so a
//! replay adds a document or opens a case exactly as the fuzz target did. Every input must
//! be taken in or refused with a message; a panic fails the test.
//!
//! `tests/fuzz-regressions/<target>/` holds, per target, the inputs that once crashed it
//! (named after what went wrong) and a few small inputs from the fuzzer's corpus.

#[path = "../../../fuzz/src/lib.rs"]
mod harness;

use std::path::PathBuf;

use imr_packet::Format;

/// The kept inputs of one target, by name. Each target has at least one.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-regressions")
        .join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("a folder entry").path();
            let bytes = std::fs::read(&path).expect("a kept input reads");
            (
                path.file_name()
                    .expect("a file name")
                    .to_string_lossy()
                    .into_owned(),
                bytes,
            )
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "{} has no inputs", dir.display());
    out
}

fn replay_intake(target: &str, format: Format) {
    for (name, bytes) in inputs(target) {
        eprintln!("{target}/{name}");
        harness::intake(format, &bytes);
    }
}

#[test]
fn jpeg_inputs_are_taken_in_or_refused() {
    replay_intake("jpeg", Format::Jpeg);
}

#[test]
fn png_inputs_are_taken_in_or_refused() {
    replay_intake("png", Format::Png);
}

#[test]
fn pdf_inputs_are_taken_in_or_refused() {
    replay_intake("pdf", Format::Pdf);
}

#[test]
fn tiff_inputs_are_taken_in_or_refused() {
    replay_intake("tiff", Format::Tiff);
}

#[test]
fn heic_inputs_are_taken_in_or_refused() {
    replay_intake("heic", Format::Heic);
}

#[test]
fn webp_inputs_are_taken_in_or_refused() {
    replay_intake("webp", Format::Webp);
}

#[test]
fn gif_inputs_are_taken_in_or_refused() {
    replay_intake("gif", Format::Gif);
}

#[test]
fn case_file_inputs_open_or_are_refused() {
    let data = tempfile::tempdir().expect("a temporary folder");
    for (name, bytes) in inputs("case_file") {
        eprintln!("case_file/{name}");
        harness::case_file(data.path(), &bytes);
    }
}
