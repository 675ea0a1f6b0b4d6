//! When a file is taken in, the person sees what will be sent: a signature drawn in a
//! viewer (Ink without an appearance stream) and a line typed on with its "Add text"
//! tool (FreeText without one) show in the document's thumbnail, in its page cards and
//! in the fax preview, because all three are drawn from the page as the packet holds it
//! (annotations flattened in), not from the file's bare page drawing.

#![allow(clippy::unwrap_used)]

use imr_app::{App, DocumentKind};
use imr_fixtures::marked::{signed_form_pdf, SIGNATURE_RECT, TYPED_RECT};

mod common;
use common::{app_at_ten, example_case, png_of};

/// The three pictures the app shows of document `index`'s first page: the documents
/// list's thumbnail, the page tools' card, and the fax preview.
fn pictures(app: &App, id: &str, index: usize) -> [(&'static str, image::GrayImage); 3] {
    let listed = app.documents(id).unwrap()[index].thumbnail.clone().unwrap();
    let card = app.document_pages(id, index).unwrap().pages[0]
        .thumbnail
        .clone()
        .unwrap();
    let fax = app.fax_preview(id, index, 1).unwrap().image;
    [
        ("thumbnail", png_of(&listed)),
        ("page card", png_of(&card)),
        ("fax preview", png_of(&fax)),
    ]
}

/// Dark pixels (under 200: small type in a thumbnail is grey) of `img`, a picture of a whole Letter page, inside `rect`
/// (points from the page's bottom left), and outside it by more than 12 points.
fn dark_in_and_out(img: &image::GrayImage, rect: [f32; 4]) -> (usize, usize) {
    let (w, h) = (img.width() as f32, img.height() as f32);
    let (kx, ky) = (w / 612.0, h / 792.0);
    let inside = |x: f32, y: f32, m: f32| {
        x >= rect[0] - m && x <= rect[2] + m && y >= rect[1] - m && y <= rect[3] + m
    };
    let (mut dark_in, mut dark_out) = (0, 0);
    for (x, y, p) in img.enumerate_pixels() {
        if p.0[0] >= 200 {
            continue;
        }
        // The pixel's centre, in points from the page's bottom left.
        let (px, py) = ((x as f32 + 0.5) / kx, 792.0 - (y as f32 + 0.5) / ky);
        if inside(px, py, 0.0) {
            dark_in += 1;
        } else if !inside(px, py, 12.0) {
            dark_out += 1;
        }
    }
    (dark_in, dark_out)
}

#[test]
fn a_drawn_signature_and_typed_text_show_in_thumbnails_and_the_fax_preview() {
    let dir = tempfile::tempdir().unwrap();
    let (app, clock) = app_at_ten(dir.path());
    let id = example_case(&app, &clock);
    let files = [
        ("plain", signed_form_pdf(false, false)),
        ("signed", signed_form_pdf(true, false)),
        ("typed", signed_form_pdf(false, true)),
    ];
    for (name, pdf) in &files {
        let path = dir.path().join(format!("{name}.pdf"));
        std::fs::write(&path, pdf).unwrap();
        app.add_document(&id, &path, DocumentKind::MedicalRecords, name, None)
            .unwrap();
    }
    let plain = pictures(&app, &id, 0);
    let mut missing = Vec::new();
    for (index, rect) in [(1, SIGNATURE_RECT), (2, TYPED_RECT)] {
        let marked = pictures(&app, &id, index);
        for ((what, bare), (_, with)) in plain.iter().zip(&marked) {
            assert_eq!(bare.dimensions(), with.dimensions(), "{what}");
            let (bare_in, bare_out) = dark_in_and_out(bare, rect);
            let (with_in, with_out) = dark_in_and_out(with, rect);
            // The printed page around the mark is the same picture.
            assert!(bare_out > 100, "{what}: the printed page is missing");
            assert!(
                with_out.abs_diff(bare_out) * 50 <= bare_out,
                "{what} of {}: the page around the mark changed ({bare_out} dark pixels, \
                 {with_out} with the mark)",
                files[index].0
            );
            // The mark: a signature 250 × 70 points, 2.5 points wide, is at least
            // several hundred dark pixels at 200 dpi and dozens in a thumbnail.
            let gained = with_in.saturating_sub(bare_in);
            let needed = (with.width() as usize / 20).max(12);
            println!(
                "{} {what} ({}x{}): {bare_in} dark pixels where the mark is without it, \
                 {with_in} with it",
                files[index].0,
                with.width(),
                with.height()
            );
            if gained < needed {
                missing.push(format!(
                    "{} not in the {what}: {gained} dark pixels gained, {needed} needed",
                    files[index].0
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}
