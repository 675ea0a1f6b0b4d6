//! The person's page edits in the packet, read back with poppler and tesseract: pages
//! removed, moved and turned (the index's ranges and "Page N of M" follow), a crooked
//! photo cropped and straightened, and redaction that removes: a distinctive word under a
//! box, on a text PDF and on a photo, is gone from the text (pdftotext), the images
//! (pdfimages), the raw and the decompressed bytes, and the pixels under the box are
//! black, in mail and in fax mode, while the rest of the page still reads.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};

use common::{example_dir, render_gray, run, today};
use imr_case::case::{validate, CaseFile, Corners, DocumentEntry, PageEdit};
use imr_fixtures::photos::{letter_page, phone_photo, photo_as_jpeg, place, PhotoSpec, Table};
use imr_packet::scan::{Homography, Point, Quad};
use imr_packet::{build_packet, load_documents, DirSource, Mode, PacketOptions, PacketSummary};

/// The word blacked out in the tests: in nothing else of the packet.
const SECRET: &str = "Zanzibarite";

struct Built {
    _dir: tempfile::TempDir,
    pdf: PathBuf,
    summary: PacketSummary,
    bytes: Vec<u8>,
}

/// A document of a test case: its file name, its bytes, its page edits.
type TestDocument<'a> = (&'a str, &'a [u8], Option<Vec<PageEdit>>);

/// The example case with only `documents`.
fn build(documents: &[TestDocument<'_>], mode: Mode) -> Built {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(example_dir().join("case.json")).unwrap();
    let mut file = CaseFile::from_json(&text).unwrap();
    let template = file.documents[0].clone();
    file.documents.clear();
    for (name, bytes, pages) in documents {
        std::fs::write(dir.path().join(name), bytes).unwrap();
        file.documents.push(DocumentEntry {
            path: (*name).to_string(),
            title: format!("Test file {name}"),
            pages: pages.clone(),
            ..template.clone()
        });
    }
    let case = validate(&file, today()).unwrap_or_else(|p| panic!("invalid case: {p:?}"));
    let options = PacketOptions::new(mode, today(), b"test");
    let loaded = load_documents(&case, &DirSource::new(dir.path()), &options.limits).unwrap();
    let mut bytes = Vec::new();
    let summary = build_packet(&case, loaded, &options, &mut bytes).unwrap();
    let pdf = dir.path().join("packet.pdf");
    std::fs::write(&pdf, &bytes).unwrap();
    Built {
        _dir: dir,
        pdf,
        summary,
        bytes,
    }
}

fn text_of(pdf: &Path, page: usize) -> String {
    let p = page.to_string();
    run(
        "pdftotext",
        &["-f", &p, "-l", &p, "-layout", pdf.to_str().unwrap(), "-"],
    )
}

/// A page edit for page `page` with nothing done to it.
fn page(page: usize) -> PageEdit {
    PageEdit::plain(page)
}

fn corners((x0, y0, x1, y1): (f64, f64, f64, f64)) -> Corners {
    [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]
}

#[test]
fn removed_moved_and_turned_pages_are_what_the_packet_holds() {
    let letter = imr_fixtures::letter_pdf(&["A letter of three pages."], 3);
    let other = imr_fixtures::letter_pdf(&["Another letter."], 2);
    let mut turned = page(1);
    turned.turn = 90;
    let built = build(
        &[
            ("letter.pdf", &letter, Some(vec![page(3), turned])),
            ("other.pdf", &other, None),
        ],
        Mode::Mail,
    );
    let exhibits = &built.summary.exhibits;
    assert_eq!(exhibits[0].pages, 2, "page 2 removed");
    assert_eq!(exhibits[1].first_page, exhibits[0].first_page + 2);
    assert_eq!(
        common::page_count(&built.pdf),
        built.summary.total_pages,
        "the pages counted are the pages made"
    );
    // Page 3 of the letter comes first, then page 1; page 2 is not there.
    let first = text_of(&built.pdf, exhibits[0].first_page);
    let second = text_of(&built.pdf, exhibits[0].first_page + 1);
    assert!(first.contains("Letter page 3 of 3"), "{first}");
    assert!(second.contains("Letter page 1 of 3"), "{second}");
    let all = run("pdftotext", &[built.pdf.to_str().unwrap(), "-"]);
    assert!(
        !all.contains("Letter page 2 of 3"),
        "a removed page is in the packet"
    );
    // "Page N of M" counts what is there, and the index gives the new ranges.
    let total = built.summary.total_pages;
    assert!(second.contains(&format!("Page {} of {total}", exhibits[0].first_page + 1)));
    let index_page = built
        .summary
        .parts
        .iter()
        .find(|p| p.name.starts_with("Index"))
        .unwrap();
    let index = text_of(&built.pdf, index_page.first_page);
    assert!(index.contains(&exhibits[0].page_range()), "{index}");
    assert!(index.contains(&exhibits[1].page_range()), "{index}");
    // The turned page's lines run down the page: pdftotext reads its words from boxes
    // taller than wide.
    let bbox = run(
        "pdftotext",
        &[
            "-bbox",
            "-f",
            &(exhibits[0].first_page + 1).to_string(),
            "-l",
            &(exhibits[0].first_page + 1).to_string(),
            built.pdf.to_str().unwrap(),
            "-",
        ],
    );
    let word = bbox.lines().find(|l| l.contains(">letter<")).unwrap();
    let num = |key: &str| -> f64 {
        let start = word.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
        word[start..].split('"').next().unwrap().parse().unwrap()
    };
    let (w, h) = (num("xMax") - num("xMin"), num("yMax") - num("yMin"));
    assert!(
        h > 2.0 * w,
        "the turned page's words are not upright: {word}"
    );
}

/// Where a word is on page 1 of `pdf`, as fractions of the page: (x0, y0, x1, y1).
fn word_box(pdf: &Path, word: &str) -> (f64, f64, f64, f64) {
    let bbox = run(
        "pdftotext",
        &["-bbox", "-f", "1", "-l", "1", pdf.to_str().unwrap(), "-"],
    );
    let page = bbox
        .lines()
        .find(|l| l.contains("<page "))
        .unwrap()
        .to_string();
    let line = bbox
        .lines()
        .find(|l| l.contains(&format!(">{word}<")))
        .unwrap();
    let num = |l: &str, key: &str| -> f64 {
        let start = l.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
        l[start..].split('"').next().unwrap().parse().unwrap()
    };
    let (pw, ph) = (num(&page, "width"), num(&page, "height"));
    (
        num(line, "xMin") / pw,
        num(line, "yMin") / ph,
        num(line, "xMax") / pw,
        num(line, "yMax") / ph,
    )
}

/// Every stream of the packet decompressed (qpdf), to search for the word in any form.
fn decompressed(pdf: &Path) -> Vec<u8> {
    let out = pdf.with_extension("qdf.pdf");
    run(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            "--decode-level=all",
            pdf.to_str().unwrap(),
            out.to_str().unwrap(),
        ],
    );
    std::fs::read(out).unwrap()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_word_under_a_box_on_a_text_pdf_is_gone_from_the_packet() {
    let lines = [
        "Dear Member, we reviewed your request for therapy.",
        &format!("The diagnosis on file is {SECRET} syndrome of the knee."),
        "Please call us if you have questions about this letter.",
    ];
    let letter = imr_fixtures::letter_pdf(&lines, 1);
    let untouched = imr_fixtures::letter_pdf(&["Please keep this page as it is."], 1);
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("letter.pdf");
    std::fs::write(&original, &letter).unwrap();
    assert!(run("pdftotext", &[original.to_str().unwrap(), "-"]).contains(SECRET));
    let (x0, y0, x1, y1) = word_box(&original, SECRET);
    // A little larger than the word, as a person draws it.
    let area = (x0 - 0.005, y0 - 0.004, x1 + 0.005, y1 + 0.004);
    let mut redacted = page(1);
    redacted.redact = vec![corners(area)];
    for mode in [Mode::Mail, Mode::Fax] {
        let built = build(
            &[
                ("letter.pdf", &letter, Some(vec![redacted.clone()])),
                ("other.pdf", &untouched, None),
            ],
            mode,
        );
        let first = built.summary.exhibits[0].first_page;
        let text = run("pdftotext", &[built.pdf.to_str().unwrap(), "-"]);
        // pdftotext reads no word of the redacted page (it is a picture now)…
        assert!(!text.contains(SECRET), "{mode:?}: the word is still text");
        assert!(
            !contains(&built.bytes, SECRET.as_bytes()),
            "{mode:?}: raw bytes"
        );
        assert!(
            !contains(&decompressed(&built.pdf), SECRET.as_bytes()),
            "{mode:?}: in a decompressed stream"
        );
        // … and the other letter, untouched, still reads as text.
        assert!(
            text_of(&built.pdf, first + 1).contains("Please keep this page"),
            "{mode:?}"
        );
        // The redacted page is one picture.
        let images = run(
            "pdfimages",
            &[
                "-f",
                &first.to_string(),
                "-l",
                &first.to_string(),
                "-list",
                built.pdf.to_str().unwrap(),
            ],
        );
        assert_eq!(images.lines().count() - 2, 1, "{mode:?}: {images}");
        // Where the word was on the packet page, it is black; the packet page shows
        // the letter page scaled into the document area, so find where by rendering.
        let ocr = ocr_page(&built.pdf, first);
        assert!(
            ocr.contains("Please") && ocr.contains("questions"),
            "{mode:?}: the rest of the page should read: {ocr}"
        );
        assert!(
            !ocr.to_lowercase().contains(&SECRET.to_lowercase()),
            "{mode:?}: OCR still reads it: {ocr}"
        );
        assert!(
            black_box_on_page(&built.pdf, first),
            "{mode:?}: no black box on the page"
        );
    }
}

/// Whether the rendered page has a solid black rectangle at least 40 × 6 pixels (at 100
/// dpi) somewhere in its body.
fn black_box_on_page(pdf: &Path, page: usize) -> bool {
    let (w, h, px) = render_gray(pdf, page, 100);
    for y in 100..h.saturating_sub(6) {
        let mut run_len = 0;
        for x in 0..w {
            let column_black = (0..6).all(|dy| px[(y + dy) * w + x] < 40);
            run_len = if column_black { run_len + 1 } else { 0 };
            if run_len >= 40 {
                return true;
            }
        }
    }
    false
}

/// What tesseract reads on a packet page rendered at 300 dpi.
fn ocr_page(pdf: &Path, page: usize) -> String {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("p");
    let p = page.to_string();
    run(
        "pdftoppm",
        &[
            "-f",
            &p,
            "-l",
            &p,
            "-r",
            "300",
            "-gray",
            "-png",
            "-singlefile",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    run(
        "tesseract",
        &[dir.path().join("p.png").to_str().unwrap(), "-"],
    )
}

#[test]
fn a_word_under_a_box_on_a_photo_is_gone_and_the_photo_is_cropped() {
    // A photo of the synthetic letter on a table; the box covers its reference number.
    let page_img = letter_page(1275);
    let (w, h) = (1800, 2400);
    let sheet = place(
        w,
        h,
        page_img.width(),
        page_img.height(),
        0.82,
        3.0,
        0.08,
        (0.0, 0.0),
    );
    let photo = phone_photo(&page_img, &PhotoSpec::new(w, h, Table::DarkWood, sheet));
    let jpeg = photo_as_jpeg(&photo);
    let fraction = |(x, y): (f32, f32)| [f64::from(x) / f64::from(w), f64::from(y) / f64::from(h)];
    let crop: Corners = sheet.map(fraction);
    // Where the reference number line is on the flat letter (the 21st line, one inch
    // down, lines 1.45 × 12 pt apart), mapped through the sheet's corners to the photo.
    let flat_to_photo = Homography::between(
        &Quad::whole(1.0, 1.0),
        &Quad(crop.map(|[x, y]| Point::new(x as f32, y as f32))),
    )
    .unwrap();
    let flat = |fx: f64, fy: f64| -> [f64; 2] {
        let p = flat_to_photo.map(Point::new(fx as f32, fy as f32));
        [f64::from(p.x), f64::from(p.y)]
    };
    let line_top = (1.0 + 20.0 * 12.0 / 72.0 * 1.45) / 11.0;
    let line_bottom = line_top + 12.0 / 72.0 * 1.3 / 11.0;
    let boxed: Corners = [
        flat(0.10, line_top - 0.004),
        flat(0.75, line_top - 0.004),
        flat(0.75, line_bottom),
        flat(0.10, line_bottom),
    ];
    let mut edit = page(1);
    edit.crop = Some(crop);
    edit.redact = vec![boxed];
    for mode in [Mode::Mail, Mode::Fax] {
        let built = build(&[("photo.jpg", &jpeg, Some(vec![edit.clone()]))], mode);
        let first = built.summary.exhibits[0].first_page;
        // The photo's own bytes are not in the packet (a piece from its middle).
        let middle = &jpeg[jpeg.len() / 2..jpeg.len() / 2 + 64];
        assert!(
            !contains(&built.bytes, middle),
            "{mode:?}: the original photo is in the packet"
        );
        let ocr = ocr_page(&built.pdf, first);
        assert!(
            !ocr.contains("GV-2026") && !ocr.contains("4471"),
            "{mode:?}: the blacked-out number still reads: {ocr}"
        );
        assert!(
            ocr.contains("Member identification"),
            "{mode:?}: the line below is blacked out too: {ocr}"
        );
        assert!(
            ocr.contains("Utilization Management Committee")
                && ocr.contains("Independent Medical Review"),
            "{mode:?}: the rest of the letter should read: {ocr}"
        );
        assert!(
            black_box_on_page(&built.pdf, first),
            "{mode:?}: no black box"
        );
        // Cropped: no wood at the page's sides; the page is the sheet, upright.
        let (pw, ph, px) = render_gray(&built.pdf, first, 50);
        let column = |fx: f64| {
            let x = (fx * pw as f64) as usize;
            (ph / 4..3 * ph / 4)
                .map(|y| u64::from(px[y * pw + x]))
                .sum::<u64>()
                / (ph / 2) as u64
        };
        // Inside the placed page, near its left and right edges, it is paper.
        let (left, right) = (column(0.2), column(0.8));
        assert!(
            left > 150 && right > 150,
            "{mode:?}: {left} {right}: wood at the sides?"
        );
    }
}

#[test]
fn a_crop_on_a_multi_page_picture_keeps_the_other_pages() {
    // A PNG turned a quarter, then a TIFF-like multi-page document is covered by the
    // format tests; here the PNG's single page and the edits' errors.
    let png = imr_fixtures::scan_png(400, 500);
    let mut turned = page(1);
    turned.turn = 270;
    let built = build(&[("scan.png", &png, Some(vec![turned]))], Mode::Mail);
    let first = built.summary.exhibits[0].first_page;
    let images = run(
        "pdfimages",
        &[
            "-f",
            &first.to_string(),
            "-l",
            &first.to_string(),
            "-list",
            built.pdf.to_str().unwrap(),
        ],
    );
    assert_eq!(images.lines().count() - 2, 1, "{images}");
    // A page the file does not have is refused, naming it.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("scan.png"), &png).unwrap();
    let text = std::fs::read_to_string(example_dir().join("case.json")).unwrap();
    let mut file = CaseFile::from_json(&text).unwrap();
    let mut entry = file.documents[0].clone();
    entry.path = "scan.png".into();
    entry.pages = Some(vec![page(2)]);
    file.documents = vec![entry];
    let case = validate(&file, today()).unwrap();
    let errors =
        load_documents(&case, &DirSource::new(dir.path()), &Default::default()).unwrap_err();
    let message = errors[0].to_string();
    assert!(
        message.contains("scan.png") && message.contains("Page 2"),
        "{message}"
    );
}
