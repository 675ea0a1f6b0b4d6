//! Text typed onto a page (FreeText) without an appearance stream, written as rich text
//! (`/RC`, as Acrobat writes it, sometimes with no plain `/Contents` at all) or with a
//! callout line pointing at something (`/CL`, with an arrowhead `/LE`), reaches the
//! packet as the standard describes it (PDF 32000-1, 12.5.6.6): the rich text's words in
//! its size and colour, the callout line and its ending drawn outside the text box.
//!
//! Poppler draws a FreeText without an appearance from `/Contents` and `/DA` alone, with
//! no callout, so it cannot be the reference here. The reference is poppler's rendering
//! of the same annotation with an appearance stream written by this test: the drawing
//! the standard asks for, stated independently of the engine. The engine's drawing of
//! the annotation without one must match it (mail and fax), and the page without the
//! annotation must not, or the test could not see it lost.
#![allow(clippy::unwrap_used)]

mod common;

use common::{compare_page, nums, one_page_pdf, one_page_pdf_with, packet_with, run, Appearance};
use imr_packet::Mode;
use lopdf::{dictionary, Object};

/// How near (worst 12 × 12 tile at 50 dpi, of 255; fax: lost and added ink), as in the
/// annotation test.
const TOLERANCE: f64 = 12.0;
const FAX_ADDED: f64 = 40.0;

fn base(rect: [f32; 4]) -> lopdf::Dictionary {
    dictionary! {
        "Type" => "Annot", "Subtype" => "FreeText", "F" => 4, "Rect" => nums(&rect),
    }
}

/// Text lines as the standard's plain layout: from the box's top left, 2 points in, the
/// first baseline 0.9 of the size below the top, lines 1.15 of the size apart.
fn text_ops(lines: &[&str], size: f32, colour: &str, height: f32) -> String {
    let mut ops = format!(
        "BT /Helv {size} Tf {colour} 2 {} Td",
        height - 2.0 - 0.9 * size
    );
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            ops.push_str(&format!(" 0 {} Td", -1.15 * size));
        }
        ops.push_str(&format!(" ({line}) Tj"));
    }
    ops.push_str(" ET");
    ops
}

/// The annotations, each with the appearance the standard asks for (in the annotation's
/// own space, its rectangle's lower-left corner at 0, 0).
fn cases() -> Vec<(&'static str, lopdf::Dictionary, Appearance)> {
    // Rich text only, in blue 14 points; the default appearance says otherwise (black
    // 10), and the rich text wins.
    let mut rich = base([100.0, 300.0, 400.0, 345.0]);
    rich.set(
        "RC",
        Object::string_literal(
            "<?xml version=\"1.0\"?><body xmlns=\"http://www.w3.org/1999/xhtml\" \
             style=\"font-size:14.0pt;color:#0000FF\"><p dir=\"ltr\">Maria Example</p>\
             <p dir=\"ltr\">03/01/2026</p></body>",
        ),
    );
    rich.set("DA", Object::string_literal("/Helv 10 Tf 0 g"));
    let rich_ap = format!(
        "0 0 1 RG 1 w 0.5 0.5 299 44 re S {}",
        text_ops(&["Maria Example", "03/01/2026"], 14.0, "0 0 1 rg", 45.0)
    );
    // A callout: the text box is the rectangle less /RD; the line (two points wide,
    // like the box's frame) runs from the point at (110, 410), by a knee at (180, 460),
    // to the box, with an open arrowhead at the point.
    let mut callout = base([100.0, 400.0, 420.0, 490.0]);
    callout.set("Contents", Object::string_literal("See this line"));
    callout.set("DA", Object::string_literal("/Helv 12 Tf 1 0 0 rg"));
    callout.set("RD", nums(&[150.0, 20.0, 20.0, 40.0]));
    callout.set("CL", nums(&[110.0, 410.0, 180.0, 460.0, 250.0, 460.0]));
    callout.set("LE", Object::Name(b"OpenArrow".to_vec()));
    callout.set("IT", Object::Name(b"FreeTextCallout".to_vec()));
    callout.set("BS", dictionary! { "W" => 2 });
    // The arrowhead: two strokes 7.2 points long (1.2 times the ending's size, six
    // points for a two-point line) back from the tip at 30° either side of the line.
    let (tip, from) = ((110.0f32, 410.0f32), (180.0f32, 460.0f32));
    let angle = (tip.1 - from.1).atan2(tip.0 - from.0);
    let side = |turn: f32| {
        let a = angle + std::f32::consts::PI + turn;
        let length = 7.2 / 30f32.to_radians().cos();
        (tip.0 + length * a.cos(), tip.1 + length * a.sin())
    };
    let (left, right) = (side(30f32.to_radians()), side(-30f32.to_radians()));
    // In the annotation's space: less (100, 400).
    let o = |(x, y): (f32, f32)| format!("{} {}", x - 100.0, y - 400.0);
    let callout_ap = format!(
        "1 0 0 RG 2 w 151 41 148 28 re S \
         {} m {} l {} l S {} m {} l {} l S q 1 0 0 1 150 40 cm {} Q",
        o(tip),
        o(from),
        o((250.0, 460.0)),
        o(left),
        o(tip),
        o(right),
        text_ops(&["See this line"], 12.0, "1 0 0 rg", 30.0)
    );
    vec![
        (
            "rich_text",
            rich,
            Appearance {
                ops: rich_ap,
                multiply: false,
            },
        ),
        (
            "callout",
            callout,
            Appearance {
                ops: callout_ap,
                multiply: false,
            },
        ),
    ]
}

#[test]
fn rich_text_and_callouts_are_drawn_as_the_standard_says() {
    let dir = tempfile::tempdir().unwrap();
    let reference = dir.path().join("reference.pdf");
    let plain = one_page_pdf(None);
    for (name, annot, ap) in cases() {
        std::fs::write(
            &reference,
            one_page_pdf_with(Some((annot.clone(), Some(ap)))),
        )
        .unwrap();
        let pdf = one_page_pdf(Some(annot));
        for mode in [Mode::Mail, Mode::Fax] {
            let (packet, page) = packet_with(dir.path(), &pdf, mode);
            let (d, want, got) =
                compare_page(&reference, 1, (612.0, 792.0), &packet, page, 50.0).unwrap();
            let elsewhere = tempfile::tempdir().unwrap();
            let (without, without_page) = packet_with(elsewhere.path(), &plain, mode);
            let (lost, _, _) =
                compare_page(&reference, 1, (612.0, 792.0), &without, without_page, 50.0).unwrap();
            let (score, lost_score, wrong) = match mode {
                Mode::Mail => (d.worst, lost.worst, d.worst > TOLERANCE),
                Mode::Fax => (
                    d.ink.lighter,
                    lost.ink.lighter,
                    d.ink.lighter > TOLERANCE || d.ink.darker > FAX_ADDED,
                ),
            };
            println!(
                "{name}, {mode:?}: {score:.1} at {:?} (lost: {lost_score:.1})",
                d.tile
            );
            if wrong {
                let keep = std::env::temp_dir().join("imr-free-text");
                std::fs::create_dir_all(&keep).unwrap();
                want.save(&keep.join(format!("{name}-{mode:?}-reference.png")));
                got.save(&keep.join(format!("{name}-{mode:?}-packet.png")));
                panic!(
                    "{name}, {mode:?}: differs by {score:.1} at {:?}; pictures in {}",
                    d.tile,
                    keep.display()
                );
            }
            assert!(lost_score > TOLERANCE, "{name}, {mode:?}: lost passes");
            if mode == Mode::Mail {
                let p = page.to_string();
                let text = run(
                    "pdftotext",
                    &["-f", &p, "-l", &p, packet.to_str().unwrap(), "-"],
                );
                let words = if name == "rich_text" {
                    ["Maria Example", "03/01/2026"].as_slice()
                } else {
                    ["See this line"].as_slice()
                };
                for w in words {
                    assert!(text.contains(w), "{name}: {w:?} not in {text:?}");
                }
            }
        }
    }
}
