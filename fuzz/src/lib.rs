//! What the fuzz targets run, written once: the fuzz targets (fuzz_targets/) call it on
//! the fuzzer's inputs, and the normal test suite includes this same file to replay the
//! inputs kept under `crates/imr-app/tests/fuzz-regressions/` (tests/fuzz_regressions.rs).
//!
//! Both functions drive the app's own code, as the desktop app calls it: a panic, a crash,
//! a hang or a runaway allocation is a finding; a refusal with a message is the right
//! answer to most inputs.

use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use imr_app::documents::{check_document, document_thumbnail};
use imr_app::packet::Signing;
use imr_app::{screens, App, FixedClock, Lang, Mode};
use imr_case::case::CaseFile;
use imr_packet::{format_of, Format};

/// The first bytes of a file of `format`, put in front of inputs that lost theirs.
pub fn magic(format: Format) -> &'static [u8] {
    match format {
        Format::Jpeg => &[0xFF, 0xD8, 0xFF],
        Format::Png => b"\x89PNG\r\n\x1a\n",
        Format::Pdf => b"%PDF-1.7\n",
        Format::Tiff => b"II*\0",
        Format::Heic => b"\0\0\0\x18ftypheic\0\0\0\0mif1heic",
        Format::Webp => b"RIFF\0\0\0\0WEBP",
        Format::Gif => b"GIF89a",
    }
}

/// Adding a document of `format`: the bytes go through the app's check (sniffing, the
/// limits, decoding) and, when taken in, its thumbnail is made, as when a person adds a
/// file. An input that does not start as `format` does gets the format's first bytes in
/// front, so each target stays on its own reader.
pub fn intake(format: Format, data: &[u8]) {
    let bytes = if format_of(data) == Some(format) {
        data.to_vec()
    } else {
        let mut b = magic(format).to_vec();
        b.extend_from_slice(data);
        b
    };
    assert_eq!(
        format_of(&bytes),
        Some(format),
        "the input reaches its reader"
    );
    match check_document("fuzz-input", bytes.clone()) {
        Ok(prepared) => {
            // A document with no page would be a page lost without a word.
            assert!(prepared.page_count() > 0, "taken in with no pages");
            assert_eq!(prepared.format(), format);
            let _ = document_thumbnail(&prepared, &bytes);
        }
        Err(e) => {
            // In English and in every other language the app speaks.
            assert!(!e.texts.is_empty(), "a refusal has its texts");
            for text in std::iter::once(&e.message).chain(e.texts.values()) {
                assert!(
                    text.contains("fuzz-input") && text.len() > "fuzz-input".len() + 4,
                    "a refusal names the file and says why: {text:?}"
                );
            }
        }
    }
}

/// The day the case-file target takes as today.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).expect("a real date")
}

/// `app.json` of a case made on [`today`]: what a good case folder holds beside case.json.
pub const APP_JSON: &str = r#"{"schema_version":1,"created":"2026-03-01T09:00:00","updated":"2026-03-01T09:30:00","last_screen":null}"#;

/// A case file that reads, for the turn where the fuzzer's input is `app.json`.
pub const CASE_JSON: &str = r#"{"schema_version":1,"answers":{},"documents":[]}"#;

/// Opening a case whose folder holds `data`: first as its `case.json` (beside a good
/// `app.json`), then as its `app.json` (beside a good `case.json`). Each time the app on
/// `data_dir` lists the cases and opens this one as the window does, and a case that
/// opens is shown as the app shows it, in every language: the task list (the overview),
/// the packet page, every wizard screen, "Check your answers", the rules' report, the
/// document list, the signing page, the packet's page count and the follow-up page; and
/// where each screen leads next.
pub fn case_file(data_dir: &Path, data: &[u8]) {
    let id = "case-20260301-090000";
    let dir = data_dir.join("cases").join(id);
    // The app starts before the case is written, so its start-up check (which sets a
    // damaged file aside) leaves the input for the views to read.
    let _ = std::fs::remove_dir_all(&dir);
    let now = today().and_hms_opt(9, 30, 0).expect("a real time");
    let clock = FixedClock::at(Utc.from_utc_datetime(&now).fixed_offset());
    let app = App::open(data_dir, Box::new(clock)).expect("the fuzz data folder opens");
    std::fs::create_dir_all(&dir).expect("the case folder is made");
    for (case_json, app_json) in [(data, APP_JSON.as_bytes()), (CASE_JSON.as_bytes(), data)] {
        std::fs::write(dir.join("case.json"), case_json).expect("case.json is written");
        std::fs::write(dir.join("app.json"), app_json).expect("app.json is written");
        open_case(&app, id, case_json);
    }
}

fn open_case(app: &App, id: &str, case_json: &[u8]) {
    for lang in [Lang::Es, Lang::En] {
        app.set_language(lang).expect("the language is set");
        let listed = app.list_cases().expect("the case list reads");
        assert_eq!(listed.len(), 1, "the case is listed, readable or not");
        if let Err(e) = app.case_overview(id, None) {
            assert!(!e.message.is_empty(), "a case that cannot open says why");
            assert!(listed[0].problem.is_some(), "the list says it cannot open");
            return;
        }
        let _ = app.packet_page(id);
        for screen in screens::SCREENS {
            let _ = app.screen(id, screen.id);
        }
        let _ = app.check_answers(id);
        let _ = app.eligibility(id);
        // The document list reads each listed copy; a path that leaves the case folder is
        // refused without being read.
        let _ = app.documents(id);
        let _ = app.sign_page(id);
        // Validation and the rules in full, and the packet's plan when they pass.
        let _ = app.preview_packet(id, Mode::Mail, &Signing::Wet);
        let _ = app.follow_up(id);
    }
    // Where each screen leads: the same case file, as the case opened.
    let text = String::from_utf8_lossy(case_json);
    if let Ok(file) = CaseFile::from_json(&text) {
        let today = today();
        for screen in screens::SCREENS {
            let _ = screens::next_in_task(screen.id, &file, today);
            let _ = screens::next_eligibility(screen.id, &file.answers, today);
        }
    }
}
