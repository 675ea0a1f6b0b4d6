//! Tesseract is opened when the first picture is read, not when the program starts: a
//! launch that reads no letter does not load it and the ~28 libraries it pulls in. Alone
//! in its own test program, so that no other test has started a recognizer first.

#![cfg(all(feature = "tesseract", target_os = "linux"))]

use imr_ocr::engine::Engine;

/// Whether this process has the Tesseract library mapped.
fn tesseract_loaded() -> bool {
    std::fs::read_to_string("/proc/self/maps")
        .expect("/proc/self/maps")
        .lines()
        .any(|l| l.contains("libtesseract"))
}

#[test]
fn tesseract_is_loaded_on_first_use_and_reads_a_page() {
    assert!(
        !tesseract_loaded(),
        "libtesseract is loaded before any picture is read (linked, not opened on use)"
    );
    let mut engine = Engine::new().expect("Tesseract and its English and Spanish data");
    assert!(
        tesseract_loaded(),
        "starting the recognizer opens libtesseract"
    );

    // A synthetic letter scanned at 300 dpi is read back: nearly all of its words.
    let letter = imr_fixtures::letters::letter(0);
    let page = letter.scan(300);
    let (w, h) = page.dimensions();
    let read = engine.read(page.as_raw(), w, h, 300).expect("read");
    let seen: std::collections::BTreeSet<String> = read
        .lines
        .iter()
        .flat_map(|l| &l.words)
        .map(|w| w.text.clone())
        .collect();
    let written: Vec<&str> = letter
        .lines
        .iter()
        .flat_map(|(_, line)| line.split_whitespace())
        .collect();
    let found = written.iter().filter(|w| seen.contains(**w)).count();
    assert!(
        found * 100 >= written.len() * 95,
        "{found} of {} words read: {seen:?}",
        written.len()
    );
}
