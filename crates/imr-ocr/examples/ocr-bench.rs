//! Figures, not a test: how long text recognition takes per letter page, at 300 dpi,
//! for clean scans and phone-photo-like pictures of the synthetic letters
//! (imr-fixtures). Run by `bench/ocr-bench.sh`, which builds it in release and holds
//! Tesseract to one core (OMP_THREAD_LIMIT=1).
//!
//!   ocr-bench [PAGES] [--save DIR]
#![allow(clippy::unwrap_used)]

use std::time::Instant;

use imr_fixtures::letters::{letter, Capture};
use imr_ocr::engine::Engine;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pages: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(10);
    let save = args
        .iter()
        .position(|a| a == "--save")
        .and_then(|i| args.get(i + 1).cloned());
    let started = Instant::now();
    let mut engine = Engine::new().unwrap_or_else(|e| {
        eprintln!("ocr-bench: {e}");
        std::process::exit(1)
    });
    println!("engine start: {:.3} s", started.elapsed().as_secs_f64());
    for capture in [Capture::Scan, Capture::Photo] {
        let mut times = Vec::new();
        for n in 0..pages {
            let synthetic = letter(n);
            let bytes = synthetic.picture(capture, 300, n);
            if let Some(dir) = &save {
                let ext = if capture == Capture::Scan {
                    "png"
                } else {
                    "jpg"
                };
                std::fs::write(format!("{dir}/letter-{n:02}-{capture:?}.{ext}"), &bytes).unwrap();
            }
            let img = image::load_from_memory(&bytes).unwrap().to_luma8();
            let (w, h) = img.dimensions();
            let t = Instant::now();
            let page = engine.read(img.as_raw(), w, h, 300).unwrap();
            times.push(t.elapsed().as_secs_f64());
            assert!(!page.lines.is_empty());
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        let mean = times.iter().sum::<f64>() / times.len() as f64;
        println!(
            "{capture:?}: {} pages at 300 dpi, OCR per page: median {median:.2} s, mean {mean:.2} s, max {:.2} s",
            times.len(),
            times.last().copied().unwrap_or(0.0)
        );
    }
}
