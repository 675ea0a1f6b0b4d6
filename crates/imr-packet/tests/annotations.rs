//! Marks people put on a PDF with a viewer — a signature drawn with the mouse (Ink), text
//! typed onto a form that is not fillable (FreeText), highlights, shapes, stamps, notes —
//! reach the packet even when the file carries no appearance stream for them, as every
//! common viewer prints them. Each synthetic file here is one page with one annotation;
//! the same page without it is the reference. The packet page must gain ink where the
//! annotation is, and the typed text must read back.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use common::{example_dir, render_gray, run, today};
use imr_case::case::{validate, CaseFile};
use imr_packet::{build_packet, load_documents, DirSource, Mode, PacketOptions};
use lopdf::{dictionary, Document, Object, Stream};

/// A Letter page with a line of printed text, and `annot` (if any) on it.
fn one_page_pdf(annot: Option<lopdf::Dictionary>) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let content = doc.add_object(Stream::new(
        dictionary! {},
        b"BT /F1 12 Tf 72 720 Td (Authorized Assistant form, page 1) Tj ET".to_vec(),
    ));
    let mut page = dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Contents" => content,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
    };
    if let Some(a) = annot {
        let id = doc.add_object(a);
        page.set("Annots", vec![Object::Reference(id)]);
    }
    let page_id = doc.add_object(page);
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn nums(v: &[f32]) -> Vec<Object> {
    v.iter().map(|&x| Object::Real(x)).collect()
}

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
    ]
}

/// The example case with one document, `letter.pdf` holding `pdf`; the packet built in
/// mail or fax mode, saved in `dir`.
fn packet_with(dir: &Path, pdf: &[u8], mode: Mode) -> (std::path::PathBuf, usize) {
    std::fs::write(dir.join("letter.pdf"), pdf).unwrap();
    let text = std::fs::read_to_string(example_dir().join("case.json")).unwrap();
    let mut file = CaseFile::from_json(&text).unwrap();
    file.documents.truncate(1);
    file.documents[0].path = "letter.pdf".into();
    let case = validate(&file, today()).unwrap();
    let options = PacketOptions::new(mode, today(), b"annotations");
    let documents = load_documents(&case, &DirSource::new(dir), &options.limits).unwrap();
    let mut bytes = Vec::new();
    let summary = build_packet(&case, documents, &options, &mut bytes).unwrap();
    let out = dir.join(format!("packet-{mode:?}.pdf"));
    std::fs::write(&out, &bytes).unwrap();
    (out, summary.exhibits[0].first_page)
}

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

/// Hidden annotations, ones not flagged to print, pop-ups and links stay off the page.
#[test]
fn hidden_and_unprinted_annotations_stay_off() {
    let dir = tempfile::tempdir().unwrap();
    let (plain, page) = packet_with(dir.path(), &one_page_pdf(None), Mode::Mail);
    let (_, _, reference) = render_gray(&plain, page, 50);
    let (_, ink) = kinds().into_iter().next().unwrap();
    for (why, flags) in [("hidden", 4 | 2), ("not printed", 0), ("no view", 4 | 32)] {
        let mut annot = ink.clone();
        annot.set("F", flags);
        let (marked, page) = packet_with(dir.path(), &one_page_pdf(Some(annot)), Mode::Mail);
        let (_, _, pixels) = render_gray(&marked, page, 50);
        let changed = changed_pixels(&reference, &pixels);
        assert!(changed < 5, "{why}: {changed} pixels changed");
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
