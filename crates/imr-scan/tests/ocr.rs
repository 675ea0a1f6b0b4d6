//! Straightening makes a crooked photo readable: tesseract (Debian's `tesseract-ocr`,
//! installed by scripts/setup-debian test) reads the synthetic letter's words from phone
//! photos taken at an angle, first the whole photo, then the page straightened at the
//! corners the app suggests. After the warp it must read at least 95% of the words, and
//! more than from the whole photo. `-- --nocapture` prints the rates.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use imr_fixtures::photos::{
    jpeg_pixels, letter_page, letter_words, phone_photo, photo_as_jpeg, place, PhotoSpec, Table,
};
use imr_scan::{straighten, straightened_size, suggest_sheet};

/// The share of the letter's words tesseract reads in the picture at `png`, each word
/// counted as often as the letter has it.
fn read_rate(png: &Path) -> f32 {
    let out = Command::new("tesseract")
        .arg(png)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("tesseract could not run ({e}); run scripts/setup-debian test"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let norm = |w: &str| {
        w.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    };
    let mut read: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .map(norm)
        .filter(|w| !w.is_empty())
        .collect();
    let words: Vec<String> = letter_words()
        .iter()
        .map(|w| norm(w))
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = 0;
    for word in &words {
        if let Some(i) = read.iter().position(|r| r == word) {
            read.swap_remove(i);
            found += 1;
        }
    }
    found as f32 / words.len() as f32
}

#[test]
fn the_straightened_page_reads_where_the_whole_photo_does_not() {
    let page = letter_page(1700);
    let dir = tempfile::tempdir().unwrap();
    // (table, turn, tilt): turned and seen from below, as photos of letters are.
    let photos = [
        (Table::DarkWood, 9.0, 0.25),
        (Table::LightWood, -12.0, 0.2),
        (Table::BlueCloth, 15.0, 0.3),
    ];
    for (n, (table, turn, tilt)) in photos.into_iter().enumerate() {
        let (w, h) = (2400, 3200);
        let corners = place(
            w,
            h,
            page.width(),
            page.height(),
            0.7,
            turn,
            tilt,
            (0.0, 0.0),
        );
        assert!(
            corners
                .iter()
                .all(|&(x, y)| x > 0.0 && y > 0.0 && x < w as f32 && y < h as f32),
            "the whole sheet must be in the photo: {corners:?}"
        );
        let photo = jpeg_pixels(&photo_as_jpeg(&phone_photo(
            &page,
            &PhotoSpec::new(w, h, table, corners),
        )));
        let whole = dir.path().join(format!("whole-{n}.png"));
        photo.save(&whole).unwrap();
        let quad = suggest_sheet(&photo)
            .quad()
            .unwrap_or_else(|| panic!("{table:?}: no sheet found"));
        let (sw, sh) = straightened_size(&quad);
        let flat = straighten(&photo, &quad, sw, sh).unwrap();
        let straight = dir.path().join(format!("flat-{n}.png"));
        flat.save(&straight).unwrap();
        let (before, after) = (read_rate(&whole), read_rate(&straight));
        println!(
            "{table:?}, turned {turn}°, tilt {tilt}: whole photo {:.1}% of the words, straightened {:.1}%",
            before * 100.0,
            after * 100.0
        );
        assert!(
            after >= 0.95,
            "{table:?}: only {after:.3} read after the warp"
        );
        assert!(
            after > before,
            "{table:?}: {before:.3} read already from the whole photo"
        );
    }
}
