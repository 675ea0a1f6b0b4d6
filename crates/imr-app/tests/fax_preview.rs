//! The fax preview: a document page of a stored case as the fax packet will carry it,
//! as the documents page asks the app for it.

#![allow(clippy::unwrap_used)]

use imr_app::Code;
use imr_case::form::DocumentKind;

mod common;
use common::{app_at_ten, example_case, example_dir, png_of};

#[test]
fn fax_preview_shows_the_converted_page_upright_and_whitened() {
    let dir = tempfile::tempdir().unwrap();
    let (app, clock) = app_at_ten(dir.path());
    let id = example_case(&app, &clock);
    // The example's phone photo: stored sideways (EXIF 6), upright it is 1200 × 1600
    // with a black block at the top left, on off-white paper.
    app.add_document(
        &id,
        &example_dir().join("grievance-decision-photo.jpg"),
        DocumentKind::GrievanceDecision,
        "Decision",
        None,
    )
    .unwrap();
    app.add_document(
        &id,
        &example_dir().join("denial-letter.pdf"),
        DocumentKind::DenialLetter,
        "",
        None,
    )
    .unwrap();
    // The documents page offers the preview of both.
    assert!(app.documents(&id).unwrap().iter().all(|d| d.fax_preview));

    let preview = app.fax_preview(&id, 0, 1).unwrap();
    assert_eq!((preview.page, preview.pages), (1, 1));
    assert_eq!(preview.title, "Decision");
    let img = png_of(&preview.image);
    // Upright (taller than wide) at 200 dpi: 510 × 680 points.
    assert_eq!((img.width(), img.height()), (1417, 1889));
    let at = |x: u32, y: u32| {
        img.get_pixel(x * img.width() / 1200, y * img.height() / 1600)
            .0[0]
    };
    assert!(at(150, 150) < 40, "the block is top-left");
    assert_eq!(at(1150, 150), 255, "the paper is white");

    // Page 2 of the two-page letter is there; page 3 is not.
    let letter = app.fax_preview(&id, 1, 2).unwrap();
    assert_eq!((letter.page, letter.pages), (2, 2));
    let img = png_of(&letter.image);
    assert!(
        img.pixels().any(|p| p.0[0] < 100),
        "the letter page has text"
    );
    let err = app.fax_preview(&id, 1, 3).unwrap_err();
    assert_eq!(err.code, Code::NotFound);
    let err = app.fax_preview(&id, 5, 1).unwrap_err();
    assert_eq!(err.code, Code::NotFound);
}
