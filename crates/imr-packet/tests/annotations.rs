//! Marks people put on a PDF with a viewer — a signature drawn with the mouse (Ink), text
//! typed onto a form that is not fillable (FreeText), highlights, shapes, stamps, notes —
//! reach the packet even when the file carries no appearance stream for them, as every
//! common viewer prints them. Each synthetic file here is one page with one annotation;
//! the same page without it is the reference. The packet page must gain ink where the
//! annotation is, and the typed text must read back.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use common::{
    compare_page, nums, one_page_pdf, one_page_pdf_with, packet_with, render_gray, run, Appearance,
    Difference,
};
use imr_packet::Mode;
use lopdf::{dictionary, Object};

fn text(s: &str) -> Object {
    Object::string_literal(s)
}

/// Every kind the viewers print, none with an appearance stream. Rectangles sit in the
/// lower half of the page, away from the printed line.
fn kinds() -> Vec<(&'static str, lopdf::Dictionary)> {
    let base = |subtype: &str, rect: [f32; 4]| {
        dictionary! {
            "Type" => "Annot",
            "Subtype" => Object::Name(subtype.as_bytes().to_vec()),
            "Rect" => nums(&rect),
            "F" => 4,
        }
    };
    let mut ink = base("Ink", [100.0, 200.0, 300.0, 260.0]);
    ink.set(
        "InkList",
        vec![Object::Array(nums(&[
            100.0, 210.0, 140.0, 250.0, 180.0, 205.0, 220.0, 255.0, 260.0, 210.0, 300.0, 240.0,
        ]))],
    );
    ink.set("C", nums(&[0.0, 0.0, 0.6]));
    ink.set("BS", dictionary! { "W" => 3 });
    let mut free = base("FreeText", [100.0, 300.0, 400.0, 330.0]);
    free.set("Contents", text("Maria Example, 03/01/2026"));
    free.set("DA", text("/Helv 14 Tf 0 0 0 rg"));
    let mut highlight = base("Highlight", [100.0, 380.0, 400.0, 400.0]);
    highlight.set(
        "QuadPoints",
        nums(&[100.0, 400.0, 400.0, 400.0, 100.0, 380.0, 400.0, 380.0]),
    );
    highlight.set("C", nums(&[1.0, 0.9, 0.0]));
    let mut underline = base("Underline", [100.0, 420.0, 400.0, 440.0]);
    underline.set(
        "QuadPoints",
        nums(&[100.0, 440.0, 400.0, 440.0, 100.0, 420.0, 400.0, 420.0]),
    );
    underline.set("C", nums(&[0.0, 0.0, 0.0]));
    let mut square = base("Square", [100.0, 100.0, 250.0, 180.0]);
    square.set("C", nums(&[1.0, 0.0, 0.0]));
    square.set("BS", dictionary! { "W" => 2 });
    let mut circle = base("Circle", [300.0, 100.0, 450.0, 180.0]);
    circle.set("C", nums(&[0.0, 0.0, 0.0]));
    circle.set("BS", dictionary! { "W" => 2 });
    let mut line = base("Line", [100.0, 470.0, 400.0, 480.0]);
    line.set("L", nums(&[100.0, 475.0, 400.0, 475.0]));
    line.set("C", nums(&[0.0, 0.0, 0.0]));
    line.set("BS", dictionary! { "W" => 2 });
    let mut polygon = base("Polygon", [100.0, 500.0, 300.0, 600.0]);
    polygon.set(
        "Vertices",
        nums(&[100.0, 500.0, 300.0, 500.0, 200.0, 600.0]),
    );
    polygon.set("C", nums(&[0.0, 0.0, 0.0]));
    let mut stamp = base("Stamp", [350.0, 500.0, 550.0, 560.0]);
    stamp.set("Name", Object::Name(b"Approved".to_vec()));
    let note = base("Text", [500.0, 650.0, 520.0, 670.0]);
    // Highlights over the printed line, light and dark: the words must stay readable,
    // in fax mode too (neither whitened away nor a black bar).
    let on_text = |colour: &[f32]| {
        let mut h = base("Highlight", HIGHLIGHTED_LINE);
        let [x0, y0, x1, y1] = HIGHLIGHTED_LINE;
        h.set("QuadPoints", nums(&[x0, y1, x1, y1, x0, y0, x1, y0]));
        h.set("C", nums(colour));
        h
    };
    vec![
        ("ink", ink),
        ("free_text", free),
        ("highlight", highlight),
        ("underline", underline),
        ("square", square),
        ("circle", circle),
        ("line", line),
        ("polygon", polygon),
        ("stamp", stamp),
        ("note", note),
        ("highlight_on_text", on_text(&[1.0, 0.9, 0.0])),
        ("green_highlight_on_text", on_text(&[0.0, 0.75, 0.2])),
    ]
}

/// Where the highlights over the page's printed line lie (the line's baseline is at
/// 720, in 12-point Helvetica from x = 72).
const HIGHLIGHTED_LINE: [f32; 4] = [70.0, 716.0, 262.0, 731.0];

fn dark_pixels(pixels: &[u8]) -> usize {
    pixels.iter().filter(|&&p| p < 200).count()
}

/// How many pixels differ clearly between two renderings of the same size.
fn changed_pixels(a: &[u8], b: &[u8]) -> usize {
    assert_eq!(a.len(), b.len());
    a.iter()
        .zip(b)
        .filter(|(x, y)| x.abs_diff(**y) > 40)
        .count()
}

#[test]
fn every_printable_annotation_without_an_appearance_reaches_the_packet() {
    let dir = tempfile::tempdir().unwrap();
    for mode in [Mode::Mail, Mode::Fax] {
        let (plain, page) = packet_with(dir.path(), &one_page_pdf(None), mode);
        let (_, _, reference) = render_gray(&plain, page, 50);
        let mut lost = Vec::new();
        for (name, annot) in kinds() {
            let (marked, page) = packet_with(dir.path(), &one_page_pdf(Some(annot)), mode);
            let (_, _, pixels) = render_gray(&marked, page, 50);
            // At 50 dpi, a 2-point line 300 points long changes about 50 pixels.
            let changed = changed_pixels(&reference, &pixels);
            if changed < 20 {
                lost.push(format!("{mode:?} {name}: {changed} pixels changed"));
            }
            if name == "free_text" {
                let typed = run(
                    "pdftotext",
                    &[
                        "-f",
                        &page.to_string(),
                        "-l",
                        &page.to_string(),
                        marked.to_str().unwrap(),
                        "-",
                    ],
                );
                if mode == Mode::Mail && !typed.contains("Maria Example, 03/01/2026") {
                    lost.push(format!("{mode:?} free_text: text not found in {typed:?}"));
                }
            }
        }
        assert!(lost.is_empty(), "annotations lost: {lost:#?}");
        assert!(dark_pixels(&reference) > 0, "the reference page is blank");
    }
}

/// As a print does (PDF 32000-1, 12.5.3): hidden annotations, ones not flagged to print,
/// pop-ups, links and a form's push buttons not flagged to print stay off the page, even
/// with an appearance of their own; one flagged to print but not to be shown on screen
/// (NoView) prints, and so does a text field whatever its flag says (what the person
/// typed is not lost).
#[test]
fn annotations_print_as_their_flags_say() {
    let dir = tempfile::tempdir().unwrap();
    let (plain, page) = packet_with(dir.path(), &one_page_pdf(None), Mode::Mail);
    let (_, _, reference) = render_gray(&plain, page, 50);
    let (_, ink) = kinds().into_iter().next().unwrap();
    let box_ap = || Appearance {
        ops: "0 0 0.6 rg 0 0 200 60 re f".into(),
        multiply: false,
    };
    let with = |subtype: &str, flags: i64, extra: &[(&str, Object)]| {
        let mut a = dictionary! {
            "Type" => "Annot",
            "Subtype" => Object::Name(subtype.as_bytes().to_vec()),
            "Rect" => nums(&[100.0, 200.0, 300.0, 260.0]),
            "F" => flags,
        };
        for (k, v) in extra {
            a.set(*k, v.clone());
        }
        (a, Some(box_ap()))
    };
    // Why, the annotation and its appearance, whether it prints.
    type Case<'a> = (&'a str, (lopdf::Dictionary, Option<Appearance>), bool);
    let mut cases: Vec<Case> = Vec::new();
    for (why, flags) in [
        ("hidden", 4 | 2),
        ("not printed", 0),
        ("no view, not printed", 32),
    ] {
        let mut annot = ink.clone();
        annot.set("F", flags);
        cases.push((why, (annot, None), false));
    }
    let mut no_view = ink.clone();
    no_view.set("F", 4 | 32);
    cases.push(("printed, not shown on screen", (no_view, None), true));
    cases.push(("a link", with("Link", 4, &[]), false));
    cases.push(("a pop-up", with("Popup", 4, &[]), false));
    let button = [
        ("FT", Object::Name(b"Btn".to_vec())),
        ("Ff", Object::Integer(1 << 16)),
    ];
    cases.push((
        "a push button not printed",
        with("Widget", 0, &button),
        false,
    ));
    cases.push(("a push button printed", with("Widget", 4, &button), true));
    let field = [
        ("FT", Object::Name(b"Tx".to_vec())),
        ("V", Object::string_literal("Maria")),
    ];
    cases.push(("a text field not flagged", with("Widget", 0, &field), true));
    for (why, annot, prints) in cases {
        let pdf = one_page_pdf_with(Some(annot));
        let (marked, page) = packet_with(dir.path(), &pdf, Mode::Mail);
        let (_, _, pixels) = render_gray(&marked, page, 50);
        let changed = changed_pixels(&reference, &pixels);
        if prints {
            assert!(
                changed > 50,
                "{why}: not printed ({changed} pixels changed)"
            );
        } else {
            assert!(changed < 5, "{why}: printed ({changed} pixels changed)");
        }
    }
}

/// The thumbnail the person sees when the file is added is drawn from the page as the
/// packet holds it: a drawn signature without an appearance stream shows there too.
#[test]
fn the_thumbnail_shows_the_drawn_signature() {
    let thumb = |pdf: Vec<u8>| {
        let prepared = imr_packet::prepare(pdf.clone(), &imr_packet::Limits::default()).unwrap();
        let png = imr_packet::thumbnail::thumbnail(&prepared, &pdf, 300).unwrap();
        image::load_from_memory(&png).unwrap().into_luma8()
    };
    let plain = thumb(one_page_pdf(None));
    let (_, ink) = kinds().into_iter().next().unwrap();
    let signed = thumb(one_page_pdf(Some(ink)));
    assert_eq!(plain.dimensions(), signed.dimensions());
    let changed = changed_pixels(plain.as_raw(), signed.as_raw());
    assert!(
        changed > 20,
        "the signature is not in the thumbnail: {changed} pixels"
    );
}

/// A highlight over printed words, light (yellow) or dark (green), in fax mode: the
/// words stay black and the highlight becomes dots, neither whitened away nor a black bar
/// that hides the words. Checked on the fax preview (the page as the fax carries it, at
/// 200 dpi) against poppler's rendering of the original at the same scale.
#[test]
fn a_highlight_over_words_keeps_them_readable_in_fax_mode() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.pdf");
    std::fs::write(&plain, one_page_pdf(None)).unwrap();
    // The page is placed at the scale that fits Letter into the document area.
    let (s, _) = common::placement(612.0, 792.0);
    let original = common::render_at(&plain, 1, 200.0 * s).unwrap();
    let k = 200.0 * s / 72.0;
    let [x0, y0, x1, y1] = HIGHLIGHTED_LINE.map(f64::from);
    // Inside the band, one pixel in from its edges.
    let band = (
        (x0 * k).ceil() as usize + 1,
        ((792.0 - y1) * k).ceil() as usize + 1,
        (x1 * k).floor() as usize - 1,
        ((792.0 - y0) * k).floor() as usize - 1,
    );
    for name in ["highlight_on_text", "green_highlight_on_text"] {
        let (_, annot) = kinds().into_iter().find(|(n, _)| *n == name).unwrap();
        let pdf = one_page_pdf(Some(annot));
        let prepared = imr_packet::prepare(pdf, &imr_packet::Limits::default()).unwrap();
        let png = imr_packet::fax::fax_preview(&prepared, 0).unwrap();
        let fax = image::load_from_memory(&png).unwrap().into_luma8();
        let (w, h) = (fax.width() as usize, fax.height() as usize);
        assert!(
            w.abs_diff(original.w) <= 2 && h.abs_diff(original.h) <= 2,
            "{name}: {w}x{h} against {}x{}",
            original.w,
            original.h
        );
        let black = |x: usize, y: usize| fax.get_pixel(x as u32, y as u32).0[0] < 128;
        // Glyph pixels: black in the original, black (within a pixel) in the fax.
        let (mut glyph, mut glyph_black, mut ground, mut ground_black) = (0, 0, 0, 0);
        for y in band.1..band.3 {
            for x in band.0..band.2 {
                let v = original.px[y * original.w + x];
                if v < 60 {
                    glyph += 1;
                    let near = (y - 1..=y + 1).any(|yy| (x - 1..=x + 1).any(|xx| black(xx, yy)));
                    glyph_black += usize::from(near);
                } else if v > 200 {
                    // Clear of the glyphs in the original: the highlight alone.
                    let clear = (y - 2..=y + 2).all(|yy| {
                        (x - 2..=x + 2).all(|xx| original.px[yy * original.w + xx] > 200)
                    });
                    if clear {
                        ground += 1;
                        ground_black += usize::from(black(x, y));
                    }
                }
            }
        }
        assert!(glyph > 200 && ground > 2000, "{name}: {glyph} {ground}");
        let words = glyph_black as f64 / glyph as f64;
        let dots = ground_black as f64 / ground as f64;
        println!("{name}: words {words:.2} black, highlight {dots:.2} black");
        assert!(
            words > 0.95,
            "{name}: the words are lost ({words:.2} black)"
        );
        assert!(
            (0.08..=0.55).contains(&dots),
            "{name}: the highlight is {} ({dots:.2} of it black)",
            if dots < 0.08 { "gone" } else { "a bar" }
        );
    }
}

/// Annotations that carry their own appearance stream, as Acrobat, Preview and phone apps
/// write them: a typed-on line, a highlight drawn with Multiply, a stamp, and a signature
/// drawn with a finger in a Fill & Sign-style app (several curved strokes).
fn kinds_with_appearance() -> Vec<(&'static str, lopdf::Dictionary, Appearance)> {
    let mut out = Vec::new();
    let mut free = kinds().remove(1).1;
    free.set("AP", Object::Null);
    free.remove(b"AP");
    out.push((
        "free_text_ap",
        free,
        Appearance {
            ops: "BT 0 0 0 rg /Helv 14 Tf 2 9 Td (Maria Example, 03/01/2026) Tj ET".into(),
            multiply: false,
        },
    ));
    let highlight = kinds().remove(2).1;
    out.push((
        "highlight_ap",
        highlight,
        Appearance {
            ops: "/M gs 1 0.9 0 rg 0 0 300 20 re f".into(),
            multiply: true,
        },
    ));
    let stamp = kinds().remove(8).1;
    out.push((
        "stamp_ap",
        stamp,
        Appearance {
            ops: "0.8 0 0 RG 3 w 2 2 196 56 re S".into(),
            multiply: false,
        },
    ));
    let mut signature = kinds().remove(0).1;
    signature.set("Rect", nums(&[120.0, 520.0, 420.0, 600.0]));
    out.push((
        "fill_and_sign_signature",
        signature,
        Appearance {
            ops: "0 0 0.5 RG 2.5 w 1 J 1 j \
                  10 30 m 40 75 70 -5 100 40 c 130 80 150 10 180 45 c S \
                  190 20 m 220 70 240 70 260 25 c 270 5 285 60 295 50 c S \
                  20 12 m 290 14 l S"
                .into(),
            multiply: false,
        },
    ));
    out
}

/// How near a packet page must be to poppler's rendering of the original. Measured as
/// how much darker or lighter the worst 12 × 12-pixel tile is as a whole (0 to 255),
/// after both are blurred over 3 × 3 pixels, at 50 dpi. The page's own drawing comes out
/// the same to the pixel (0.0). What remains is how poppler draws an annotation without
/// an appearance against how the engine draws it, and that is a matter of one pixel: a
/// two-point line that one renderer snaps to two pixels and the other to one moves its
/// tile by half of what losing the line would (line 21 against 43, square 15 against
/// 30). So a page passes when its worst tile is under [`TOLERANCE`], or under
/// [`NEARER_THAN_LOST`] of what the page without the mark differs by: the mark is there,
/// drawn a pixel finer or coarser.
const TOLERANCE: f64 = 12.0;
const NEARER_THAN_LOST: f64 = 0.6;
/// In fax mode the page is judged on its ink (`common::Ink`), lost ink by the same rule
/// as above, and added ink at most this much: grey and coloured ink drawn black (a red
/// two-point frame: 18) darken a tile by less than a highlight drawn as a black bar
/// over the words would (over 100).
const FAX_DARKER: f64 = 40.0;

/// Icons a viewer draws in its own style (a note's sticky-note picture, a stamp's
/// "APPROVED" art): poppler, pdf.js and Acrobat each draw their own, at their own offset.
/// These must show where the annotation is, with ink of the same order (a third to three
/// times poppler's), not match poppler's picture.
const OWN_ICONS: &[&str] = &["note", "stamp"];

/// The rendering resolution of the originals (the packet page is rendered to match).
const COMPARE_DPI: f64 = 50.0;

/// Page by page proof: every synthetic annotation, with and without an appearance
/// stream, shows in the packet as poppler shows it in the original, in mail and fax
/// mode. A page that differs by more than the tolerance fails, with both pictures saved
/// (in the system's temporary folder; every page's, when `IMR_COMPARE_DIR` names a
/// folder, for a look). The same comparison of the
/// original against the packet made without the annotation must fail, or the test could
/// not see a loss.
#[test]
fn each_annotation_shows_in_the_packet_as_poppler_shows_the_original() {
    let dir = tempfile::tempdir().unwrap();
    let look = std::env::var_os("IMR_COMPARE_DIR").map(std::path::PathBuf::from);
    let keep = look
        .clone()
        .unwrap_or_else(|| std::env::temp_dir().join("imr-annotation-compare"));
    let mut cases: Vec<(String, Vec<u8>)> = vec![("plain".into(), one_page_pdf(None))];
    for (name, annot) in kinds() {
        cases.push((name.into(), one_page_pdf(Some(annot))));
    }
    for (name, annot, ap) in kinds_with_appearance() {
        cases.push((name.into(), one_page_pdf_with(Some((annot, Some(ap))))));
    }
    let original = dir.path().join("original.pdf");
    let compare = |packet: &Path, page: usize| -> (Difference, common::Gray, common::Gray) {
        compare_page(&original, 1, (612.0, 792.0), packet, page, COMPARE_DPI)
            .expect("poppler renders both")
    };
    let mut report = Vec::new();
    let mut failed = Vec::new();
    for mode in [Mode::Mail, Mode::Fax] {
        let (plain, plain_page) = packet_with(dir.path(), &cases[0].1, mode);
        let plain_copy = dir.path().join(format!("plain-{mode:?}.pdf"));
        std::fs::copy(&plain, &plain_copy).unwrap();
        for (name, pdf) in &cases {
            let (packet, page) = packet_with(dir.path(), pdf, mode);
            std::fs::write(&original, pdf).unwrap();
            let (d, want, got) = compare(&packet, page);
            let (lost, _, _) = compare(&plain_copy, plain_page);
            // A fax page is judged on its ink (`common::Ink`): less of it than the
            // original is a mark lost, much more a tint made a bar. A pale tint over
            // blank paper, wider than the eighth of an inch ink is measured across, has
            // no ink against its own surroundings: it is judged by its grey, which the
            // fax's dots keep on average.
            let (score, lost_score) = match mode {
                Mode::Mail => (d.worst, lost.worst),
                Mode::Fax if lost.ink.lighter <= TOLERANCE => (d.worst, lost.worst),
                Mode::Fax => (d.ink.lighter, lost.ink.lighter),
            };
            report.push(format!(
                "{mode:?} {name}: worst tile {:.1} at {:?} (lost: {:.1}), mean {:.2}; ink \
                 {:.1} lighter at {:?}, {:.1} darker at {:?} (lost: {:.1})",
                d.worst,
                d.tile,
                lost.worst,
                d.mean,
                d.ink.lighter,
                d.ink.lighter_tile,
                d.ink.darker,
                d.ink.darker_tile,
                lost.ink.lighter
            ));
            let icon = OWN_ICONS.contains(&name.as_str());
            let near = score <= TOLERANCE || score <= lost_score * NEARER_THAN_LOST;
            let too_dark = mode == Mode::Fax && d.ink.darker > FAX_DARKER;
            let wrong = if icon {
                let (a, b) = (ink_near(&want, name), ink_near(&got, name));
                !(b >= a / 3.0 && b <= a * 3.0 && a > 0.0)
            } else {
                !near || too_dark
            };
            if wrong || look.is_some() {
                std::fs::create_dir_all(&keep).unwrap();
                let stem = format!("{mode:?}-{name}");
                want.save(&keep.join(format!("{stem}-original.png")));
                got.save(&keep.join(format!("{stem}-packet.png")));
                std::fs::copy(&packet, keep.join(format!("{stem}.pdf"))).unwrap();
            }
            if wrong {
                failed.push(format!(
                    "{mode:?} {name}: worst tile differs by {score:.1} (lost: {lost_score:.1}), \
                     ink {:.1} darker; pictures in {}",
                    d.ink.darker,
                    keep.display()
                ));
            }
            if name != "plain" && lost_score <= TOLERANCE {
                failed.push(format!(
                    "{mode:?} {name}: the comparison cannot see the mark lost ({lost_score:.1})"
                ));
            }
        }
    }
    println!("{}", report.join("\n"));
    assert!(failed.is_empty(), "{failed:#?}");
}

/// The darkness (sum of 255 − grey) of a rendering at [`COMPARE_DPI`] within 6 points of
/// the rectangle of the annotation `name`.
fn ink_near(picture: &common::Gray, name: &str) -> f64 {
    let rect: Vec<f32> = kinds()
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, a)| {
            a.get(b"Rect")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_float().unwrap())
                .collect()
        })
        .unwrap();
    let k = COMPARE_DPI / 72.0;
    let px = |pt: f32| ((f64::from(pt)) * k).max(0.0) as usize;
    let (x0, x1) = (px(rect[0] - 6.0), px(rect[2] + 6.0).min(picture.w));
    let (y0, y1) = (
        px(792.0 - rect[3] - 6.0),
        px(792.0 - rect[1] + 6.0).min(picture.h),
    );
    let mut sum = 0.0;
    for y in y0..y1 {
        for x in x0..x1 {
            sum += f64::from(255 - picture.px[y * picture.w + x]);
        }
    }
    sum
}
