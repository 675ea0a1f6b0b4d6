//! Writes the inputs of the packet benchmark (`bench/packet-bench.sh`) into a directory:
//! 40 synthetic 12-megapixel phone photos (JPEG, ~4 MB each), 3 letters of 20 pages
//! (PDF), a `case.json` that lists all 43 documents, and `case-20.json` …
//! `case-200.json`: packets of 20, 50, 100 and 200 photo pages, to show how the build
//! time grows.
//!
//! `cargo run --release -p imr-fixtures --bin make-bench-inputs -- DIR`
//!
//! Everything is deterministic: the same directory contents on every run (the PDFs
//! differ only in the ids printpdf generates). Photos of paper need texture (sensor
//! noise, uneven light), otherwise a 12 MP JPEG compresses to a few hundred KB and the
//! benchmark would not be realistic.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use image::RgbImage;

/// How many photos, and of what size (the upright picture; 12 megapixels).
const PHOTOS: usize = 40;
const LONG_SIDE: u32 = 4000;
const SHORT_SIDE: u32 = 3000;
/// JPEG quality of the photos (phones use ~90).
const QUALITY: u8 = 90;
/// Peak-to-peak amplitude of the per-pixel luminance noise. Tuned so that a photo at
/// quality 90 comes to ~4 MB.
const NOISE: u32 = 28;

/// How many letters, and how many pages each.
const LETTERS: usize = 3;
const LETTER_PAGES: usize = 20;

/// The answers of `examples/nunez/case.json`: a complete, valid case.
const ANSWERS: &str = r#"{
    "patient.first_name": "José",
    "patient.middle_initial": "A",
    "patient.last_name": "Núñez",
    "patient.gender": "male",
    "patient.date_of_birth": "1961-07-14",
    "patient.street": "1234 Example Avenue, Apt 5",
    "patient.city": "Fresno",
    "patient.state": "CA",
    "patient.zip": "93701",
    "contact.phone": "559-555-0142",
    "contact.email": "jose.nunez@example.org",
    "contact.email_ok": "yes",
    "language.primary": "Spanish",
    "language.correspond_in_language": "yes",
    "plan.name": "Golden Valley Health Plan",
    "plan.member_id": "XJ4-2291-07",
    "plan.medical_group": "Central Valley Medical Group",
    "plan.regulator": "dmhc",
    "plan.medi_cal_managed_care": "no",
    "plan.has_medicare": "no",
    "problem.type": "medical_necessity",
    "problem.plan_action": "denied",
    "problem.condition": "Lumbar radiculopathy (pinched nerve in the lower back)",
    "problem.treatment": "MRI of the lumbar spine",
    "problem.description": "My back pain has gone down my left leg for five months. Physical therapy and medicine did not help. My doctor, Dr. Ana Torres, asked for an MRI to see if a nerve is pinched before deciding on treatment. The plan said the MRI is not medically necessary. I cannot work or sleep because of the pain.",
    "problem.desired_outcome": "Approve the MRI my doctor asked for.",
    "grievance.filed": "yes",
    "grievance.filed_on": "2026-01-05",
    "grievance.decided": "yes",
    "grievance.decision_date": "2026-02-05",
    "grievance.reference": "GV-2026-00417",
    "urgency.urgent": "no",
    "provider.pcp_name": "Dr. Ana Torres",
    "provider.pcp_phone": "559-555-0190",
    "provider.doctor_name": "Dr. Ana Torres",
    "provider.doctor_phone": "559-555-0190",
    "signature.name": "José A. Núñez",
    "signature.relationship": "self",
    "helper.has_helper": "yes",
    "helper.name": "Nguyễn Thị Hồng",
    "helper.relationship": "Neighbor and friend",
    "helper.street": "1236 Example Avenue",
    "helper.city": "Fresno",
    "helper.state": "CA",
    "helper.zip": "93701",
    "helper.phone": "559-555-0177",
    "helper.legal_authority": "no"
  }"#;

/// A tiny deterministic PRNG (xorshift64*): no `rand` dependency, same bytes everywhere.
struct XorShift(u64);

impl XorShift {
    fn new(seed: u64) -> XorShift {
        // Never zero; spread small seeds over the whole state.
        XorShift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// How photo `index` (from 0) is taken: its upright size and EXIF orientation.
fn photo_layout(index: usize) -> (u32, u32, u16) {
    match index % 5 {
        // Held upright: the camera stores the pixels sideways, with orientation 6.
        0 | 3 => (SHORT_SIDE, LONG_SIDE, 6),
        // A landscape shot (a wide form, two pages side by side).
        4 => (LONG_SIDE, SHORT_SIDE, 1),
        // Portrait, stored upright with no EXIF block.
        _ => (SHORT_SIDE, LONG_SIDE, 1),
    }
}

/// A phone photo of a sheet of paper: [`imr_fixtures::paper_image`] under uneven light,
/// with a slight colour cast and per-pixel sensor noise.
fn textured_photo(width: u32, height: u32, seed: u64) -> RgbImage {
    let mut img = imr_fixtures::paper_image(width, height);
    let mut rng = XorShift::new(seed);
    let (cx, cy) = (f64::from(width) / 2.0, f64::from(height) / 2.0);
    let max_d2 = cx * cx + cy * cy;
    // A warm or cool cast that differs from photo to photo.
    let cast = [
        (rng.next() % 9) as i32 - 4,
        (rng.next() % 5) as i32 - 2,
        (rng.next() % 9) as i32 - 4,
    ];
    for (x, y, pixel) in img.enumerate_pixels_mut() {
        let dx = f64::from(x) - cx;
        let dy = f64::from(y) - cy;
        // Vignetting: up to ~35 levels darker in the corners.
        let shade = (35.0 * (dx * dx + dy * dy) / max_d2) as i32;
        let r = rng.next();
        let luma = (r % u64::from(NOISE)) as i32 - (NOISE / 2) as i32;
        for (c, value) in pixel.0.iter_mut().enumerate() {
            // Chroma noise: a few levels per channel on top of the shared luminance noise.
            let chroma = ((r >> (16 + 8 * c)) % 7) as i32 - 3;
            let v = i32::from(*value) - shade + luma + chroma + cast[c];
            *value = v.clamp(0, 255) as u8;
        }
    }
    img
}

/// Photo `index` as JPEG bytes, with the EXIF orientation of [`photo_layout`].
fn photo_jpeg(index: usize) -> Result<Vec<u8>, String> {
    let (width, height, orientation) = photo_layout(index);
    let upright = textured_photo(width, height, 1000 + index as u64);
    let stored = if orientation == 6 {
        // Viewers turn the stored pixels 90° clockwise, so store them turned back.
        image::imageops::rotate270(&upright)
    } else {
        upright
    };
    let mut jpeg = Vec::with_capacity(5 << 20);
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, QUALITY);
    stored
        .write_with_encoder(encoder)
        .map_err(|e| format!("encoding photo {}: {e}", index + 1))?;
    Ok(if orientation == 1 {
        jpeg
    } else {
        imr_fixtures::with_exif_orientation(&jpeg, orientation)
    })
}

fn photo_name(index: usize) -> String {
    format!("photo-{:02}.jpg", index + 1)
}

fn letter_name(index: usize) -> String {
    format!("letter-{}.pdf", index + 1)
}

/// Writes all photos, using every core: each is ~0.5 s of encoding.
fn write_photos(dir: &Path) -> Result<(), String> {
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().min(8));
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| -> Result<(), String> {
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        if index >= PHOTOS {
                            return Ok(());
                        }
                        let path = dir.join(photo_name(index));
                        let bytes = photo_jpeg(index)?;
                        std::fs::write(&path, bytes)
                            .map_err(|e| format!("{}: {e}", path.display()))?;
                    }
                })
            })
            .collect();
        // Join every worker before reporting the first error.
        let results: Vec<Result<(), String>> = handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("a worker panicked".to_string()))
            })
            .collect();
        results.into_iter().collect()
    })
}

fn write_letters(dir: &Path) -> Result<(), String> {
    let topics = [
        (
            "Golden Valley Health Plan",
            "Denial of MRI of the lumbar spine",
        ),
        (
            "Golden Valley Health Plan",
            "Grievance decision GV-2026-00417",
        ),
        (
            "Central Valley Medical Group",
            "Clinic notes, Dr. Ana Torres",
        ),
    ];
    for (index, (from, re)) in topics.iter().enumerate().take(LETTERS) {
        let mut lines: Vec<String> = vec![
            format!("{from} (made up for the benchmark)"),
            String::new(),
            "Member: Jose Nunez   Member ID: XJ4-2291-07".into(),
            format!("Re: {re}"),
            String::new(),
        ];
        for n in 1..=24 {
            lines.push(format!(
                "{n:>2}. Synthetic text of a medical letter, line {n}: nothing here is real."
            ));
        }
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let path = dir.join(letter_name(index));
        std::fs::write(&path, imr_fixtures::letter_pdf(&refs, LETTER_PAGES))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// A JSON string literal (the titles here are plain ASCII; escape to be safe).
fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A document of a case: path, kind, title, date.
type Doc<'a> = (String, &'a str, String, Option<String>);

/// Packet sizes (document pages) of the scaling cases: `case-N.json` holds N photo
/// pages, the 40 photos taken in turn (a photo listed twice is two pages).
const SCALING: [usize; 4] = [20, 50, 100, 200];

fn scaling_case_json(pages: usize) -> String {
    let docs: Vec<Doc<'_>> = (0..pages)
        .map(|n| {
            (
                photo_name(n % PHOTOS),
                "medical_records",
                format!("Photo page {}", n + 1),
                None,
            )
        })
        .collect();
    case_json_with(docs)
}

fn case_json() -> String {
    let mut docs: Vec<Doc<'_>> = vec![
        (
            letter_name(0),
            "denial_letter",
            "Plan letter denying the MRI (20 pages)".into(),
            Some("2026-01-20".into()),
        ),
        (
            letter_name(1),
            "grievance_decision",
            "Plan's grievance decision (20 pages)".into(),
            Some("2026-02-05".into()),
        ),
        (
            letter_name(2),
            "medical_records",
            "Clinic notes from Dr. Ana Torres (20 pages)".into(),
            None,
        ),
    ];
    for index in 0..PHOTOS {
        let kind = if index % 4 == 3 {
            "other"
        } else {
            "medical_records"
        };
        let date = (index % 3 == 0).then(|| format!("2026-01-{:02}", 1 + index % 28));
        docs.push((
            photo_name(index),
            kind,
            format!("Photo {}", index + 1),
            date,
        ));
    }
    case_json_with(docs)
}

fn case_json_with(docs: Vec<Doc<'_>>) -> String {
    let entries: Vec<String> = docs
        .iter()
        .map(|(path, kind, title, date)| {
            let mut e = format!(
                "    {{\n      \"path\": {},\n      \"kind\": {},\n      \"title\": {}",
                json_string(path),
                json_string(kind),
                json_string(title)
            );
            if let Some(date) = date {
                e.push_str(&format!(",\n      \"date\": {}", json_string(date)));
            }
            e.push_str("\n    }");
            e
        })
        .collect();
    format!(
        "{{\n  \"schema_version\": 1,\n  \"answers\": {ANSWERS},\n  \"documents\": [\n{}\n  ]\n}}\n",
        entries.join(",\n")
    )
}

fn run(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    write_letters(dir)?;
    write_photos(dir)?;
    for pages in SCALING {
        let case = dir.join(format!("case-{pages}.json"));
        std::fs::write(&case, scaling_case_json(pages))
            .map_err(|e| format!("{}: {e}", case.display()))?;
    }
    // Written last: the benchmark takes its presence to mean the inputs are complete.
    let case = dir.join("case.json");
    std::fs::write(&case, case_json()).map_err(|e| format!("{}: {e}", case.display()))?;
    Ok(())
}

fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: make-bench-inputs DIR");
        return std::process::ExitCode::from(2);
    };
    match run(&dir) {
        Ok(()) => {
            println!(
                "Wrote {PHOTOS} photos, {LETTERS} letters of {LETTER_PAGES} pages and case.json to {}",
                dir.display()
            );
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("make-bench-inputs: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}
