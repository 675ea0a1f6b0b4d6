//! How long the packet page takes to say how many pages the packet will have, for a case
//! of 100 document pages (50 phone photos and a 50-page PDF): the count comes from the
//! packet's plan, so no page is drawn or converted for it (the target is 200 ms in a
//! release build). Making the same packet is timed beside it for comparison. Run with
//! `cargo bench -p imr-app --bench page-count`; prints figures, asserts nothing.

use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use imr_app::packet::Signing;
use imr_app::{App, FixedClock};
use imr_case::case::CaseFile;
use imr_case::form::DocumentKind;
use imr_packet::Mode;

const RUNS: usize = 11;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 3, 1).expect("a date");
    let at = today.and_hms_opt(10, 0, 0).expect("a time");
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/nunez");
    let answers = CaseFile::from_json(
        &std::fs::read_to_string(example.join("case.json")).expect("the example case"),
    )
    .expect("the example case reads")
    .answers;

    let dir = tempfile::tempdir().expect("a temporary folder");
    let files = dir.path().join("files");
    std::fs::create_dir_all(&files).expect("a folder for the files");
    let clock = FixedClock::at(Utc.from_utc_datetime(&at).fixed_offset());
    let app = App::open(&dir.path().join("data"), Box::new(clock)).expect("the app");
    let id = app.create_case().expect("a case").id;
    app.save_screen(&id, "problem-type", &answers, false, None)
        .expect("the answers are saved");
    let records = files.join("records.pdf");
    let lines: Vec<String> = (1..=40)
        .map(|n| format!("Line {n} of a synthetic medical record, for a benchmark only."))
        .collect();
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    std::fs::write(&records, imr_fixtures::letter_pdf(&lines, 50)).expect("the PDF");
    app.add_document(&id, &records, DocumentKind::MedicalRecords, "", None)
        .expect("the PDF is added");
    for n in 0..50 {
        let photo = files.join(format!("photo-{n:02}.jpg"));
        std::fs::write(&photo, imr_fixtures::photo_jpeg(1500, 2000, 1)).expect("the photo");
        app.add_document(&id, &photo, DocumentKind::MedicalRecords, "", None)
            .expect("the photo is added");
    }
    let signing = Signing::Wet;

    println!(
        "imr-app page-count benchmark (100 document pages: 50 photos 1500x2000, a 50-page PDF)"
    );
    for mode in [Mode::Mail, Mode::Fax] {
        let mut times = Vec::new();
        let mut pages = 0;
        for _ in 0..RUNS {
            let t = Instant::now();
            pages = app
                .preview_packet(&id, mode, &signing)
                .expect("the count")
                .pages;
            times.push(t.elapsed());
        }
        let max = times.iter().max().copied().unwrap_or_default();
        println!(
            "  count ({mode:?}): {pages} pages, median {:.1} ms, slowest {:.1} ms over {RUNS} runs",
            ms(median(times)),
            ms(max)
        );
    }
    for mode in [Mode::Mail, Mode::Fax] {
        let target = files.join(format!("packet-{mode:?}.pdf"));
        let mut converting = 0;
        let t = Instant::now();
        let made = app
            .create_packet(&id, mode, &signing, &target, &mut |p| {
                if let imr_packet::Progress::Converting { .. } = p.progress {
                    converting += 1;
                }
            })
            .expect("the packet");
        println!(
            "  make  ({mode:?}): {} pages, {} bytes, {:.0} ms ({} progress reports of pages converted)",
            made.pages,
            made.bytes,
            ms(t.elapsed()),
            converting
        );
    }
}
