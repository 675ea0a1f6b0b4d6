//! The blurry and dark warnings, calibrated on synthetic phone photos of the letter.
//!
//! What counts as blurred or dark comes from reading: on these photos (1200 × 1600, the
//! letter's print about 9 pixels high), tesseract reads 98–99% of the straightened
//! letter's words at a blur of σ ≤ 1 pixel and at most 30% from σ = 2
//! (`examples/blur-ocr.rs` prints the table), and reads a sharp page whose paper is at
//! 45 of 255, but not one at 28. So:
//! - sharp: Gaussian blur σ ≤ 0.8; blurred: σ ≥ 2, or the phone moved 9 pixels or more
//!   (tesseract reads at most 3% of a photo shaken by 9 pixels, 61–70% at 5 pixels);
//!   photos between (σ = 1 still reads 98%, but measures close to the line) are not
//!   counted either way;
//! - fine: light at 30% of a well-lit room or more; dark: 18% or less.
//!
//! The photos are measured as the app measures them: the sheet found by the corner
//! suggestion (the whole photo when not found), then [`measure`] inside it. The
//! thresholds ([`BLURRY_BELOW`], [`DARK_BELOW`]) were set on the calibration photos
//! (four tables); the rates are then counted on validation photos the thresholds never
//! saw (four other tables, other poses). `-- --nocapture` prints the figures.
#![allow(clippy::unwrap_used)]

use imr_fixtures::photos::{
    jpeg_pixels, phone_photo, photo_as_jpeg, place, set_page, PhotoSpec, Table,
};
use imr_scan::{measure, suggest_sheet, Quality, Warning, BLURRY_BELOW, DARK_BELOW};

/// What a photo is, for the warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Truth {
    Sharp,
    Blurred,
    Fine,
    Dark,
    /// σ = 1, or shaken by 5 pixels: reported, not counted.
    Between,
}

/// The photos of one set: blur levels and shakes at three kinds of light, then dark and
/// fine light on sharp photos, on `tables` in two poses each.
fn photos(tables: &[Table], poses: &[(f32, f32)], seed: u32) -> Vec<(String, PhotoSpec, Truth)> {
    let page = set_page();
    let (w, h) = (1200, 1600);
    let mut out = Vec::new();
    let mut n = seed;
    for &table in tables {
        for &(turn, tilt) in poses {
            let corners = place(
                w,
                h,
                page.width(),
                page.height(),
                0.75,
                turn,
                tilt,
                (0.0, 0.0),
            );
            let blurs: [(f32, u32, Truth); 10] = [
                (0.0, 0, Truth::Sharp),
                (0.5, 0, Truth::Sharp),
                (0.8, 0, Truth::Sharp),
                (2.0, 0, Truth::Blurred),
                (3.0, 0, Truth::Blurred),
                (5.0, 0, Truth::Blurred),
                (0.0, 9, Truth::Blurred),
                (0.0, 15, Truth::Blurred),
                (1.0, 0, Truth::Between),
                (0.0, 5, Truth::Between),
            ];
            for (i, (blur, shake, truth)) in blurs.into_iter().enumerate() {
                let mut spec = PhotoSpec::new(w, h, table, corners);
                spec.blur = blur;
                spec.shake = shake;
                spec.exposure = [1.0, 0.6, 0.35][i % 3];
                spec.seed = n;
                n += 1;
                out.push((format!("{table:?} blur {blur} shake {shake}"), spec, truth));
            }
            for (exposure, truth) in [
                (0.12, Truth::Dark),
                (0.18, Truth::Dark),
                (0.3, Truth::Fine),
                (0.5, Truth::Fine),
                (0.8, Truth::Fine),
            ] {
                let mut spec = PhotoSpec::new(w, h, table, corners);
                spec.exposure = exposure;
                // Dim photos are noisier: the phone turns up the gain.
                spec.noise = 2.0 + 5.0 * (1.0 - exposure);
                spec.seed = n;
                n += 1;
                out.push((format!("{table:?} light {exposure}"), spec, truth));
            }
        }
    }
    out
}

/// Each photo measured as the app does.
fn measured(set: &[(String, PhotoSpec, Truth)]) -> Vec<(String, Truth, Quality)> {
    let page = set_page();
    set.iter()
        .map(|(name, spec, truth)| {
            let photo = jpeg_pixels(&photo_as_jpeg(&phone_photo(&page, spec)));
            let sheet = suggest_sheet(&photo).quad();
            let grey = image::DynamicImage::ImageRgb8(photo).into_luma8();
            (name.clone(), *truth, measure(&grey, sheet.as_ref()))
        })
        .collect()
}

/// Per class: how many, the figure's range, and how many the warning got wrong.
fn report(label: &str, results: &[(String, Truth, Quality)]) -> (f32, f32, f32, f32) {
    let figure = |q: &Quality, t: Truth| match t {
        Truth::Sharp | Truth::Blurred | Truth::Between => q.sharpness.unwrap_or(f32::NAN),
        Truth::Fine | Truth::Dark => q.paper,
    };
    let warned = |q: &Quality, t: Truth| match t {
        Truth::Sharp | Truth::Blurred | Truth::Between => q.warnings().contains(&Warning::Blurry),
        Truth::Fine | Truth::Dark => q.warnings().contains(&Warning::Dark),
    };
    let mut rates = Vec::new();
    for (truth, should_warn) in [
        (Truth::Sharp, false),
        (Truth::Blurred, true),
        (Truth::Fine, false),
        (Truth::Dark, true),
    ] {
        let of: Vec<&(String, Truth, Quality)> = results.iter().filter(|r| r.1 == truth).collect();
        let mut values: Vec<f32> = of.iter().map(|r| figure(&r.2, truth)).collect();
        values.sort_by(f32::total_cmp);
        let wrong: Vec<&str> = of
            .iter()
            .filter(|r| warned(&r.2, truth) != should_warn)
            .map(|r| r.0.as_str())
            .collect();
        let rate = wrong.len() as f32 / of.len().max(1) as f32;
        println!(
            "{label} {truth:?}: {} photos, {} from {:.2} to {:.2} (median {:.2}); {} {}: {:.1}% {wrong:?}",
            of.len(),
            if matches!(truth, Truth::Fine | Truth::Dark) { "paper" } else { "sharpness" },
            values.first().copied().unwrap_or(f32::NAN),
            values.last().copied().unwrap_or(f32::NAN),
            values.get(values.len() / 2).copied().unwrap_or(f32::NAN),
            wrong.len(),
            if should_warn { "missed" } else { "false alarms" },
            rate * 100.0,
        );
        rates.push(rate);
    }
    let between: Vec<&(String, Truth, Quality)> =
        results.iter().filter(|r| r.1 == Truth::Between).collect();
    let mut values: Vec<f32> = between
        .iter()
        .map(|r| figure(&r.2, Truth::Between))
        .collect();
    values.sort_by(f32::total_cmp);
    println!(
        "{label} between (σ = 1, or shaken 5 px; not counted): {} photos, sharpness from {:.2} to {:.2}, {} called blurry",
        between.len(),
        values.first().copied().unwrap_or(f32::NAN),
        values.last().copied().unwrap_or(f32::NAN),
        between.iter().filter(|r| warned(&r.2, Truth::Between)).count()
    );
    (rates[0], rates[1], rates[2], rates[3])
}

#[test]
fn warnings_fire_on_blurred_and_dark_photos_and_not_on_good_ones() {
    println!("thresholds: blurry below {BLURRY_BELOW}, dark below {DARK_BELOW}");
    let calibration = measured(&photos(
        &[
            Table::DarkWood,
            Table::Grey,
            Table::BlueCloth,
            Table::LightWood,
        ],
        &[(4.0, 0.1), (-8.0, 0.2)],
        1,
    ));
    let (sharp, blurred, fine, dark) = report("calibration", &calibration);
    // The thresholds separate the calibration photos.
    assert_eq!((sharp, blurred, fine, dark), (0.0, 0.0, 0.0, 0.0));
    let validation = measured(&photos(
        &[
            Table::Granite,
            Table::LightStripes,
            Table::Check,
            Table::White,
        ],
        &[(-3.0, 0.05), (10.0, 0.25)],
        1000,
    ));
    let (sharp, blurred, fine, dark) = report("validation", &validation);
    // On photos they were not set on, at most one in twenty wrong each way.
    for (rate, what) in [
        (sharp, "sharp photos called blurry"),
        (blurred, "blurred photos not warned about"),
        (fine, "well-lit photos called dark"),
        (dark, "dark photos not warned about"),
    ] {
        assert!(rate <= 0.05, "{what}: {:.1}%", rate * 100.0);
    }
}
