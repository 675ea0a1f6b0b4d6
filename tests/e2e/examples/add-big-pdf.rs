//! Responsiveness while a big document is added: a benchmark that prints figures, never a
//! timed test.
//!
//! Makes a synthetic 40-page PDF and a 12 MP phone photo (JPEG, EXIF orientation 6), starts
//! the real app through tauri-driver, opens the Documents page of a new case and adds each
//! file the way the file dialog does (`window.imrAddFiles`). While the add runs, the page
//! keeps scheduling a 16 ms `setTimeout` and a `requestAnimationFrame` and records the
//! longest gap between them: if the work ran on the UI thread, these gaps would be as long
//! as the add itself.
//!
//! ```sh
//! cargo build -p imr-desktop && cargo run -p imr-e2e --example add-big-pdf
//! # the release app (what users run):
//! cargo build --release -p imr-desktop
//! IMR_APP_BINARY=target/release/imr-packet-app cargo run -p imr-e2e --example add-big-pdf
//! ```
//!
//! Environment: `ADD_RUNS=3` (how many times each file is added; the first add is cold),
//! `IMR_APP_BINARY` (see `tests/support/mod.rs`).

#![allow(clippy::unwrap_used)] // A failed unwrap is a failed benchmark.

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::Path;

use serde_json::{json, Value};
use support::Session;

/// Runs `action` while measuring the page's event loop; returns the figures as JSON.
/// `add`: adds the files; `idle`: waits 1 s (the gaps of a page doing nothing);
/// `busy`: blocks the page for 300 ms (the gaps the measure shows when the UI thread works).
const MEASURE: &str = r#"
const [action, paths, kind] = arguments;
const before = document.querySelectorAll('li.document').length;
let done = false;
// Event loop: a 16 ms timer, rescheduled until the add is shown.
let lastTick = performance.now(), maxTick = 0, ticks = 0;
const tick = () => {
  const now = performance.now();
  maxTick = Math.max(maxTick, now - lastTick);
  lastTick = now;
  ticks++;
  if (!done) setTimeout(tick, 16);
};
setTimeout(tick, 16);
// Frames: the gap between two animation frames.
let lastFrame = performance.now(), maxFrame = 0, frames = 0;
const frame = () => {
  const now = performance.now();
  maxFrame = Math.max(maxFrame, now - lastFrame);
  lastFrame = now;
  frames++;
  if (!done) requestAnimationFrame(frame);
};
requestAnimationFrame(frame);

const t0 = performance.now();
let work; // not awaited yet: the timers run meanwhile
if (action === 'add') {
  work = window.imrAddFiles(paths, kind);
} else if (action === 'busy') {
  work = new Promise((resolve) => setTimeout(() => {
    const end = performance.now() + 300;
    while (performance.now() < end) { /* the UI thread is busy */ }
    resolve([]);
  }, 20));
} else {
  work = new Promise((resolve) => setTimeout(() => resolve([]), 1000));
}
const errors = await work;
const addMs = performance.now() - t0;
const items = document.querySelectorAll('li.document');
const img = action === 'add' && items.length > before
  ? items[items.length - 1].querySelector('img') : null;
if (img && !img.complete) {
  await new Promise((resolve) => { img.onload = resolve; img.onerror = resolve; });
}
const shownMs = performance.now() - t0;
done = true;
const end = performance.now();
maxTick = Math.max(maxTick, end - lastTick);
maxFrame = Math.max(maxFrame, end - lastFrame);
return {
  errors, addMs, shownMs, maxTick, ticks, maxFrame, frames,
  documents: items.length,
  img: img ? { width: img.naturalWidth, height: img.naturalHeight, complete: img.complete } : null,
};
"#;

/// A PDF of `pages` scanned pages: each page is its own copy of `jpeg` (`width` × `height`
/// pixels, RGB), drawn over a US Letter page, as a scanner or a phone app makes them.
fn scanned_pdf(jpeg: &[u8], width: u32, height: u32, pages: usize) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    let mut object = |out: &mut Vec<u8>, body: &[u8]| {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", offsets.len()).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    };
    // 1: catalog, 2: page tree, then per page: page, content, image.
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", 3 + 3 * i)).collect();
    object(&mut out, b"<< /Type /Catalog /Pages 2 0 R >>");
    object(
        &mut out,
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            kids.join(" ")
        )
        .as_bytes(),
    );
    let content = b"q 612 0 0 792 0 0 cm /Im0 Do Q";
    for i in 0..pages {
        // This page is object 3 + 3i; its content and image follow it.
        let (stream, image) = (4 + 3 * i, 5 + 3 * i);
        object(
            &mut out,
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
                 /Resources << /XObject << /Im0 {image} 0 R >> >> /Contents {stream} 0 R >>"
            )
            .as_bytes(),
        );
        let mut body = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        body.extend_from_slice(content);
        body.extend_from_slice(b"\nendstream");
        object(&mut out, &body);
        let mut body = format!(
            "<< /Type /XObject /Subtype /Image /Width {width} /Height {height} \
             /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {} >>\nstream\n",
            jpeg.len()
        )
        .into_bytes();
        body.extend_from_slice(jpeg);
        body.extend_from_slice(b"\nendstream");
        object(&mut out, &body);
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).as_bytes(),
    );
    for offset in &offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            offsets.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[derive(Debug)]
struct Input<'a> {
    label: &'a str,
    path: &'a Path,
    kind: &'a str,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let runs: usize = std::env::var("ADD_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(3);

    let dir = tempfile::tempdir().unwrap();
    let lines = [
        "Summary of care, 2025",
        "Patient: Jane Example",
        "Visit notes, medication list and test results follow.",
    ];
    let pdf = dir.path().join("records-40-pages.pdf");
    std::fs::write(&pdf, imr_fixtures::letter_pdf(&lines, 40)).unwrap();
    // 40 scanned pages at 150 dpi: the kind of PDF a clinic's records portal sends.
    let scan = imr_fixtures::photo_jpeg(1275, 1650, 1);
    let scanned = dir.path().join("scanned-40-pages.pdf");
    std::fs::write(&scanned, scanned_pdf(&scan, 1275, 1650, 40)).unwrap();
    let jpeg = dir.path().join("photo-12mp.jpg");
    std::fs::write(&jpeg, imr_fixtures::photo_jpeg(3000, 4000, 6)).unwrap();
    let size = |p: &Path| std::fs::metadata(p).unwrap().len() as f64 / 1_048_576.0;
    eprintln!(
        "[add-big-pdf] inputs: 40-page text PDF {:.2} MiB, 40-page scanned PDF {:.2} MiB, \
         12 MP JPEG (3000x4000, EXIF 6) {:.2} MiB",
        size(&pdf),
        size(&scanned),
        size(&jpeg)
    );
    let inputs = [
        Input {
            label: "40-page text",
            path: &pdf,
            kind: "medical_records",
        },
        Input {
            label: "40-page scan",
            path: &scanned,
            kind: "medical_records",
        },
        Input {
            label: "12 MP JPEG",
            path: &jpeg,
            kind: "medical_records",
        },
    ];

    let mut s = Session::start_named("add-big-pdf").await;
    s.click("#start-new").await;
    s.wait_for(&support::radio("problem.type", "medical_necessity"))
        .await;
    s.js(
        "const m = await import('./app.js'); await m.go('documents'); return null;",
        vec![],
    )
    .await;
    s.wait_for("#dropzone").await;

    println!(
        "{:<12} {:>4} {:>9} {:>10} {:>14} {:>7} {:>15} {:>7}  thumbnail",
        "what", "run", "add ms", "shown ms", "max 16ms-gap", "ticks", "max frame gap", "frames"
    );
    for (label, action) in [("idle 1 s", "idle"), ("busy 300 ms", "busy")] {
        let r: Value = s
            .js(MEASURE, vec![json!(action), json!([]), json!("")])
            .await;
        print_row(label, "-", &r, "-".to_string());
    }
    let mut failed = false;
    for run in 1..=runs {
        for input in &inputs {
            let paths = vec![input.path.display().to_string()];
            let r: Value = s
                .js(MEASURE, vec![json!("add"), json!(paths), json!(input.kind)])
                .await;
            let errors = r["errors"].as_array().cloned().unwrap_or_default();
            let thumb = match &r["img"] {
                Value::Null => "MISSING".to_string(),
                img => format!(
                    "{}x{}{}",
                    img["width"],
                    img["height"],
                    if img["complete"].as_bool() == Some(true) {
                        ""
                    } else {
                        " (not loaded)"
                    }
                ),
            };
            if !errors.is_empty() || r["img"].is_null() {
                failed = true;
            }
            let thumb = if errors.is_empty() {
                thumb
            } else {
                format!("{thumb}  errors: {errors:?}")
            };
            print_row(input.label, &run.to_string(), &r, thumb);
        }
    }
    s.js(
        "document.querySelector('li.document').scrollIntoView(); return null;",
        vec![],
    )
    .await;
    s.screenshot("documents").await;
    eprintln!(
        "[add-big-pdf] screenshot: {}",
        s.artifacts().join("01-documents.png").display()
    );
    s.close().await;
    if failed {
        eprintln!("[add-big-pdf] an add failed or showed no thumbnail");
        std::process::exit(1);
    }
}

/// One line of the table.
fn print_row(label: &str, run: &str, r: &Value, thumbnail: String) {
    let ms = |key: &str| r[key].as_f64().unwrap_or(f64::NAN);
    println!(
        "{:<12} {:>4} {:>9.0} {:>10.0} {:>11.0} ms {:>7} {:>12.0} ms {:>7}  {}",
        label,
        run,
        ms("addMs"),
        ms("shownMs"),
        ms("maxTick"),
        r["ticks"],
        ms("maxFrame"),
        r["frames"],
        thumbnail,
    );
}
