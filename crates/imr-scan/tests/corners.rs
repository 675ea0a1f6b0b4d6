//! The corner suggestion on the synthetic set of `imr-fixtures` (letters on eight
//! tables, in four poses, blurred, shaken, dim, cut off by the frame, filling it), each
//! photo saved as a JPEG and read back as the app would get it. Where the whole sheet is
//! in the photo its corners must be found within 1% of the photo's longer side (on at
//! least 95% of such photos; the rest fall back to the whole photo); where it is not,
//! the whole photo must be kept; paper on a table as white as it (a white table, a
//! check with white squares) may be either. Never a wrong crop. `cargo test -p imr-scan --test corners -- --nocapture`
//! prints every photo's figures.
#![allow(clippy::unwrap_used)]

use imr_fixtures::photos::{jpeg_pixels, phone_photo, photo_as_jpeg, photo_set, set_page, Shows};
use imr_scan::{suggest_sheet, suggest_sheet_in, Point, Quad};

/// Of the photos that show the whole sheet, at least this share must have its corners
/// found (the others fall back to the whole photo, which is safe).
const MIN_FOUND: f32 = 0.95;

#[test]
fn suggested_corners_are_within_one_percent_or_the_whole_photo() {
    let page = set_page();
    let mut wrong = Vec::new();
    let mut missed = Vec::new();
    let mut errors = Vec::new();
    let mut visible = 0;
    println!(
        "{:<28} {:>11} {:>8} {:>8} {:>9}",
        "photo", "shows", "found", "error", "time"
    );
    for photo in photo_set() {
        let pixels = phone_photo(&page, &photo.spec);
        let jpeg = photo_as_jpeg(&pixels);
        let decoded = jpeg_pixels(&jpeg);
        let truth = Quad(photo.spec.corners.map(|(x, y)| Point::new(x, y)));
        let longer = photo.spec.width.max(photo.spec.height) as f32;
        let started = std::time::Instant::now();
        let found = suggest_sheet(&decoded);
        let took = started.elapsed();
        let error = found.quad().map(|q| q.max_distance(&truth) / longer);
        // A crop is wrong when it is more than 1% off, or where no crop is right.
        let is_wrong = match (photo.shows, error) {
            (Shows::WholeSheet | Shows::PaperWhite, Some(e)) => e > 0.01,
            (Shows::CutOff | Shows::FillsFrame, Some(_)) => true,
            (_, None) => false,
        };
        if photo.shows == Shows::WholeSheet {
            visible += 1;
            if error.is_none() {
                missed.push(photo.name.clone());
            }
        }
        println!(
            "{:<28} {:>11} {:>8} {:>8} {:>6.0} ms{}",
            photo.name,
            format!("{:?}", photo.shows),
            if error.is_some() { "corners" } else { "whole" },
            error.map_or("-".to_string(), |e| format!("{:.3}%", e * 100.0)),
            took.as_secs_f64() * 1000.0,
            if is_wrong { "  WRONG" } else { "" }
        );
        match error {
            Some(e) if !is_wrong => errors.push(e * longer),
            _ => {}
        }
        if is_wrong {
            wrong.push(format!("{}: {:?} (error {:?})", photo.name, found, error));
        }
    }
    errors.sort_by(f32::total_cmp);
    println!(
        "{} photos, {} showing the whole sheet: corners found on {}, missed (whole photo) on {:?}",
        photo_set().len(),
        visible,
        visible - missed.len(),
        missed
    );
    if !errors.is_empty() {
        println!(
            "corner error: median {:.1} px, worst {:.1} px (of 1600)",
            errors[errors.len() / 2],
            errors[errors.len() - 1]
        );
    }
    assert!(wrong.is_empty(), "wrong crops: {wrong:#?}");
    let found = (visible - missed.len()) as f32 / visible as f32;
    assert!(
        found >= MIN_FOUND,
        "found on {found:.2} of the visible sheets, missed {missed:?}"
    );
}

#[test]
fn the_suggestion_does_not_depend_on_the_photo_size() {
    // The same photo at full size and decoded at a quarter (as a JPEG decoder's DCT
    // scaling gives it): the same corners, in the full photo's pixels.
    let page = set_page();
    let photo = photo_set()
        .into_iter()
        .find(|p| p.name == "Grey perspective")
        .unwrap();
    let pixels = phone_photo(&page, &photo.spec);
    let small = image::imageops::resize(
        &pixels,
        pixels.width() / 4,
        pixels.height() / 4,
        image::imageops::FilterType::Triangle,
    );
    let full = suggest_sheet(&pixels).quad().unwrap();
    let quarter = suggest_sheet_in(&small, 4.0).quad().unwrap();
    let truth = Quad(photo.spec.corners.map(|(x, y)| Point::new(x, y)));
    assert!(full.max_distance(&truth) < 3.0, "{full:?}");
    assert!(quarter.max_distance(&truth) < 8.0, "{quarter:?}");
}
