//! How blur and light change what OCR reads and what the quality measures say:
//! `cargo run --release -p imr-scan --example blur-ocr` (needs tesseract). For each blur
//! (Gaussian σ, in pixels of a 1200 × 1600 photo) and each exposure, the letter is
//! photographed on a grey desk, straightened at its true corners, read by tesseract, and
//! measured.
#![allow(clippy::unwrap_used)]

use std::process::Command;

use imr_fixtures::photos::{
    jpeg_pixels, letter_words, phone_photo, photo_as_jpeg, place, set_page, PhotoSpec, Table,
};
use imr_scan::{measure, straighten, straightened_size, Point, Quad};

fn read_rate(png: &std::path::Path) -> f32 {
    let out = Command::new("tesseract")
        .arg(png)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_lowercase();
    let norm = |w: &str| {
        w.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    };
    let mut seen: Vec<String> = text
        .split_whitespace()
        .map(norm)
        .filter(|w| !w.is_empty())
        .collect();
    let words: Vec<String> = letter_words()
        .iter()
        .map(|w| norm(w))
        .filter(|w| !w.is_empty())
        .collect();
    let mut hit = 0;
    for w in &words {
        if let Some(i) = seen.iter().position(|s| s == w) {
            seen.swap_remove(i);
            hit += 1;
        }
    }
    hit as f32 / words.len() as f32
}

fn main() {
    let page = set_page();
    let dir = tempfile_dir();
    for exposure in [1.0f32, 0.3, 0.2, 0.12] {
        for (blur, shake) in [
            (0.0f32, 0u32),
            (1.0, 0),
            (2.0, 0),
            (3.0, 0),
            (4.0, 0),
            (5.0, 0),
            (6.0, 0),
            (0.0, 5),
            (0.0, 9),
            (0.0, 15),
        ] {
            let corners = place(
                1200,
                1600,
                page.width(),
                page.height(),
                0.8,
                3.0,
                0.1,
                (0.0, 0.0),
            );
            let mut spec = PhotoSpec::new(1200, 1600, Table::Grey, corners);
            spec.blur = blur;
            spec.shake = shake;
            spec.exposure = exposure;
            spec.noise = 2.0 + 4.0 * (1.0 - exposure);
            let photo = jpeg_pixels(&photo_as_jpeg(&phone_photo(&page, &spec)));
            let quad = Quad(corners.map(|(x, y)| Point::new(x, y)));
            let (w, h) = straightened_size(&quad);
            let flat = straighten(&photo, &quad, w, h).unwrap();
            let path = dir.join(format!("p-{exposure}-{blur}-{shake}.png"));
            flat.save(&path).unwrap();
            let grey = image::DynamicImage::ImageRgb8(photo).to_luma8();
            let q = measure(&grey, Some(&quad));
            println!(
                "exposure {exposure:.2} blur {blur:.0} shake {shake}: OCR {:5.1}%  sharpness {:?} paper {:.0} contrast {:.0} {:?}",
                read_rate(&path) * 100.0,
                q.sharpness.map(|s| (s * 1000.0).round() / 1000.0),
                q.paper,
                q.contrast,
                q.warnings()
            );
        }
    }
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join("imr-scan-blur-ocr");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
