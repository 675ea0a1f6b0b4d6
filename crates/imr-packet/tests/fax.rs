//! Fax-mode packets, read back with poppler: every document page is letter size, its
//! picture is grey or 1-bit at about 200 dpi inside the fax margins, photos are upright,
//! and a dark colour photo of a letter arrives with white paper, not as a dark block.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::{example_dir, page_count, render_gray, run, today};

use std::path::{Path, PathBuf};

use image::{Rgb, RgbImage};
use imr_case::case::{validate, CaseFile, DocumentEntry};
use imr_packet::{build_packet, load_documents, DirSource, Mode, PacketOptions, PacketSummary};

/// A dim, warm-lit phone photo of a letter: the synthetic paper of the fixtures under
/// a brown cast at a third of its brightness, darker still in the corners.
fn dark_photo(width: u32, height: u32) -> Vec<u8> {
    let paper = imr_fixtures::paper_image(width, height);
    let (cx, cy) = (width as f32 / 2.0, height as f32 / 2.0);
    let img = RgbImage::from_fn(width, height, |x, y| {
        let p = paper.get_pixel(x, y).0;
        let d = ((x as f32 - cx).powi(2) + (y as f32 - cy).powi(2)) / (cx * cx + cy * cy);
        let light = 0.36 - 0.14 * d;
        let tint = [1.0, 0.85, 0.6];
        Rgb([0, 1, 2].map(|c| (f32::from(p[c]) * light * tint[c]) as u8))
    });
    let mut out = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88);
    img.write_with_encoder(encoder).unwrap();
    out
}

/// A PDF holding one page with `jpeg` drawn over the whole page: a photo "scanned" to
/// PDF by a phone app.
fn photo_pdf(jpeg: &[u8], width: u32, height: u32) -> Vec<u8> {
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let image = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image",
            "Width" => i64::from(width), "Height" => i64::from(height),
            "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8, "Filter" => "DCTDecode",
        },
        jpeg.to_vec(),
    ));
    let content = doc.add_object(Stream::new(
        dictionary! {},
        b"q 612 0 0 792 0 0 cm /Im0 Do Q".to_vec(),
    ));
    let pages = doc.new_object_id();
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages,
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image } },
        "Contents" => content,
    });
    doc.objects.insert(
        pages,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

struct Built {
    dir: tempfile::TempDir,
    pdf: PathBuf,
    summary: PacketSummary,
}

/// The example case with the example's documents and these extra files.
fn build(extra: &[(&str, Vec<u8>)], mode: Mode) -> Built {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(example_dir().join("case.json")).unwrap();
    let mut file = CaseFile::from_json(&text).unwrap();
    for entry in &file.documents {
        std::fs::copy(
            example_dir().join(&entry.path),
            dir.path().join(&entry.path),
        )
        .unwrap();
    }
    for (name, bytes) in extra {
        std::fs::write(dir.path().join(name), bytes).unwrap();
        let mut entry: DocumentEntry = file.documents[1].clone();
        entry.path = (*name).to_string();
        entry.title = format!("Test file {name}");
        file.documents.push(entry);
    }
    let case = validate(&file, today()).unwrap_or_else(|p| panic!("invalid case: {p:?}"));
    let options = PacketOptions::new(mode, today(), b"test");
    let documents = load_documents(&case, &DirSource::new(dir.path()), &options.limits).unwrap();
    let mut bytes = Vec::new();
    let summary = build_packet(&case, documents, &options, &mut bytes).unwrap();
    let pdf = dir.path().join("packet.pdf");
    std::fs::write(&pdf, &bytes).unwrap();
    Built { dir, pdf, summary }
}

/// `pdfimages -list`: (page, width, height, colour, bits, x-ppi, y-ppi) per image.
fn images(pdf: &Path) -> Vec<(usize, u32, u32, String, u32, f64, f64)> {
    run("pdfimages", &["-list", pdf.to_str().unwrap()])
        .lines()
        .skip(2)
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (
                f[0].parse().unwrap(),
                f[3].parse().unwrap(),
                f[4].parse().unwrap(),
                f[5].to_string(),
                f[7].parse().unwrap(),
                f[12].parse().unwrap(),
                f[13].parse().unwrap(),
            )
        })
        .collect()
}

/// Page sizes in points from `pdfinfo -f 1 -l N`.
fn page_sizes(pdf: &Path, pages: usize) -> Vec<String> {
    let last = pages.to_string();
    run("pdfinfo", &["-f", "1", "-l", &last, pdf.to_str().unwrap()])
        .lines()
        .filter(|l| l.starts_with("Page") && l.contains(" size:"))
        .map(|l| l.split("size:").nth(1).unwrap().trim().to_string())
        .collect()
}

/// Renders one page to greyscale pixels at 72 dpi (a pixel per point).
fn render(pdf: &Path, page: usize) -> (usize, usize, Vec<u8>) {
    render_gray(pdf, page, 72)
}

/// Mean of a rectangle given in points from the page's top-left corner.
fn mean(px: &[u8], w: usize, (x0, y0, x1, y1): (f64, f64, f64, f64)) -> f64 {
    let (x0, y0, x1, y1) = (x0 as usize, y0 as usize, x1 as usize, y1 as usize);
    let mut sum = 0u64;
    for y in y0..y1 {
        for x in x0..x1 {
            sum += u64::from(px[y * w + x]);
        }
    }
    sum as f64 / ((x1 - x0) * (y1 - y0)) as f64
}

/// Where a 1200 × 1600 upright photo lands: scaled to 510 × 680 pt, 51 pt from the
/// left and 76 pt from the top. The synthetic paper has a 100-pixel (42.5 pt) margin
/// with nothing on it, and a black block in its top-left corner.
const PHOTO_LEFT: f64 = 51.0;
const PHOTO_TOP: f64 = 76.0;
const PHOTO_SCALE: f64 = 0.425;

fn photo_rect(x0: f64, y0: f64, x1: f64, y1: f64) -> (f64, f64, f64, f64) {
    (
        PHOTO_LEFT + x0 * PHOTO_SCALE,
        PHOTO_TOP + y0 * PHOTO_SCALE,
        PHOTO_LEFT + x1 * PHOTO_SCALE,
        PHOTO_TOP + y1 * PHOTO_SCALE,
    )
}

fn document_pages(summary: &PacketSummary) -> Vec<usize> {
    summary
        .exhibits
        .iter()
        .flat_map(|e| e.first_page..e.first_page + e.pages)
        .collect()
}

#[test]
fn fax_document_pages_are_letter_grey_or_one_bit_at_200_dpi() {
    let extra = [
        ("dark.jpg", dark_photo(1200, 1600)),
        ("rotated.jpg", imr_fixtures::photo_jpeg(1200, 1600, 8)),
        ("scanned.pdf", photo_pdf(&dark_photo(850, 1100), 850, 1100)),
    ];
    let b = build(&extra, Mode::Fax);
    let total = b.summary.total_pages;
    let sizes = page_sizes(&b.pdf, total);
    assert_eq!(sizes.len(), total);
    for (n, size) in sizes.iter().enumerate() {
        assert!(size.starts_with("612 x 792"), "page {}: {size}", n + 1);
    }
    let images = images(&b.pdf);
    let exhibits = &b.summary.exhibits;
    // The vector letter (exhibit A) is black text on white: it stays vector.
    let letter: Vec<usize> = (exhibits[0].first_page..exhibits[0].first_page + 2).collect();
    // Every other document page holds exactly one image, grey or 1-bit, ~200 dpi.
    for page in document_pages(&b.summary) {
        let on_page: Vec<_> = images.iter().filter(|i| i.0 == page).collect();
        if letter.contains(&page) {
            assert!(on_page.is_empty(), "page {page}: {on_page:?}");
            continue;
        }
        assert_eq!(on_page.len(), 1, "page {page}: {on_page:?}");
        let (_, w, h, colour, bits, xppi, yppi) = on_page[0].clone();
        assert_eq!(colour, "gray", "page {page}");
        assert!(bits == 1 || bits == 8, "page {page}: {bits} bits");
        assert!(
            (190.0..=210.0).contains(&xppi) && (190.0..=210.0).contains(&yppi),
            "page {page}: {w}x{h} at {xppi}x{yppi} ppi"
        );
    }
    // Text on paper is stored as 1 bit (CCITT), the compact form fax machines use.
    let dark_page = exhibits[3].first_page;
    let dark = images.iter().find(|i| i.0 == dark_page).unwrap();
    assert_eq!(dark.4, 1, "the dark photo of a letter: {dark:?}");
    // Every document page keeps half an inch clear at each edge, and is not blank.
    for page in document_pages(&b.summary) {
        let (w, h, px) = render(&b.pdf, page);
        let (wf, hf) = (w as f64, h as f64);
        for strip in [
            (0.0, 0.0, wf, 35.0),
            (0.0, hf - 35.0, wf, hf),
            (0.0, 0.0, 35.0, hf),
            (wf - 35.0, 0.0, wf, hf),
        ] {
            let m = mean(&px, w, strip);
            assert!(
                m > 252.0,
                "page {page}: marks in the fax margin {strip:?}: {m}"
            );
        }
        let body = mean(&px, w, (36.0, 100.0, wf - 36.0, hf - 36.0));
        assert!(body < 254.0, "page {page} is blank ({body})");
    }
    drop(b.dir);
}

#[test]
fn dark_colour_photo_arrives_with_white_paper() {
    let extra = [("dark.jpg", dark_photo(1200, 1600))];
    let paper = photo_rect(1110.0, 60.0, 1190.0, 1540.0);
    let block = photo_rect(110.0, 110.0, 330.0, 330.0);
    let mut measured = Vec::new();
    for mode in [Mode::Mail, Mode::Fax] {
        let b = build(&extra, mode);
        let page = b.summary.exhibits[3].first_page;
        let (w, _, px) = render(&b.pdf, page);
        measured.push((mean(&px, w, paper), mean(&px, w, block)));
    }
    let ((mail_paper, _), (fax_paper, fax_block)) = (measured[0], measured[1]);
    // As mailed, the photo is what it is: dark.
    assert!(
        mail_paper < 110.0,
        "the test photo is not dark: {mail_paper}"
    );
    // As faxed, the paper is white and the black block is still black.
    assert!(fax_paper > 235.0, "paper after fax conversion: {fax_paper}");
    assert!(
        fax_block < 40.0,
        "black block after fax conversion: {fax_block}"
    );
}

#[test]
fn a_dark_photo_inside_a_pdf_is_converted_too() {
    let jpeg = dark_photo(850, 1100);
    let extra = [("scanned.pdf", photo_pdf(&jpeg, 850, 1100))];
    let b = build(&extra, Mode::Fax);
    let page = b.summary.exhibits[3].first_page;
    let (w, _, px) = render(&b.pdf, page);
    // The page fills the document area (540 × 680 pt → 525.8 × 680, from x 43 and
    // y 76); the synthetic paper's right margin is its last twelfth.
    let scale = 680.0 / 1100.0;
    let left = 36.0 + (540.0 - 850.0 * scale) / 2.0;
    let strip = (
        left + 790.0 * scale,
        76.0 + 60.0 * scale,
        left + 845.0 * scale,
        76.0 + 1040.0 * scale,
    );
    let m = mean(&px, w, strip);
    assert!(m > 235.0, "paper of a photo inside a PDF: {m}");
}

#[test]
fn exif_rotated_photos_come_out_upright() {
    for orientation in [3u16, 6, 8] {
        let extra = [(
            "rotated.jpg",
            imr_fixtures::photo_jpeg(1200, 1600, orientation),
        )];
        let b = build(&extra, Mode::Fax);
        let page = b.summary.exhibits[3].first_page;
        let (w, _, px) = render(&b.pdf, page);
        let top_left = mean(&px, w, photo_rect(120.0, 120.0, 320.0, 320.0));
        let top_right = mean(&px, w, photo_rect(880.0, 120.0, 1080.0, 320.0));
        let bottom_left = mean(&px, w, photo_rect(120.0, 1280.0, 320.0, 1480.0));
        assert!(
            top_left < 40.0 && top_right > 100.0 && bottom_left > 100.0,
            "orientation {orientation}: the black block is not top-left \
             ({top_left} {top_right} {bottom_left})"
        );
    }
}

#[test]
fn fax_preview_is_the_converted_page() {
    let photo = dark_photo(1200, 1600);
    let prepared = imr_packet::prepare(photo, &imr_packet::Limits::default()).unwrap();
    let png = imr_packet::fax::fax_preview(&prepared, 0).unwrap();
    let img = image::load_from_memory(&png).unwrap().to_luma8();
    // 510 × 680 pt at 200 dpi.
    assert_eq!((img.width(), img.height()), (1417, 1889));
    // Paper white, block black (the photo itself is dark everywhere).
    let at = |x: u32, y: u32| img.get_pixel(x * 1417 / 1200, y * 1889 / 1600).0[0];
    assert_eq!(at(1150, 800), 255);
    assert!(at(200, 200) < 40);
}

/// A photograph (patches of many greys, no paper) is kept in 8-bit grey, stored as a
/// JPEG, and arrives with its shades.
#[test]
fn a_photograph_stays_grey_as_a_jpeg() {
    let mut seed = 7u32;
    let mut shade = || {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        (40 + (seed >> 24) % 170) as u8
    };
    let patches: Vec<u8> = (0..50 * 38).map(|_| shade()).collect();
    let img = image::GrayImage::from_fn(1200, 1600, |x, y| {
        image::Luma([patches[(y / 32) as usize * 38 + (x / 32) as usize]])
    });
    let mut jpeg = Vec::new();
    img.write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
        &mut jpeg, 90,
    ))
    .unwrap();
    let b = build(&[("picture.jpg", jpeg)], Mode::Fax);
    let page = b.summary.exhibits[3].first_page;
    let listing = run("pdfimages", &["-list", b.pdf.to_str().unwrap()]);
    let line: Vec<&str> = listing
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .find(|f| f[0] == page.to_string())
        .unwrap_or_else(|| panic!("no image on page {page}:\n{listing}"));
    assert_eq!(
        (line[5], line[7], line[8]),
        ("gray", "8", "jpeg"),
        "{line:?}"
    );
    let (w, _, px) = render(&b.pdf, page);
    // Patches of different greys: some dark, some light, most neither.
    let cells: Vec<f64> = (0..8)
        .map(|i| {
            let x = 200.0 + f64::from(i) * 100.0;
            mean(&px, w, photo_rect(x, 700.0, x + 30.0, 730.0))
        })
        .collect();
    let (lo, hi) = cells
        .iter()
        .fold((255.0f64, 0.0f64), |(lo, hi), &c| (lo.min(c), hi.max(c)));
    assert!(hi - lo > 60.0, "the shades are gone: {cells:?}");
}

/// The page count without drawing or converting is the one the built packet has (read
/// back with pdfinfo), and a build reports drawing, every converted page in order of
/// arrival (1 to n), then writing; a mailed packet converts nothing.
#[test]
fn the_plan_counts_the_built_pages_and_the_build_reports_each_converted_page() {
    use imr_packet::{build_packet_reporting, plan_packet, Progress};
    let photos: Vec<(String, Vec<u8>)> = (0..5)
        .map(|i| {
            (
                format!("photo-{i}.jpg"),
                imr_fixtures::photo_jpeg(900, 1200, 1),
            )
        })
        .collect();
    let extra: Vec<(&str, Vec<u8>)> = photos
        .iter()
        .map(|(n, b)| (n.as_str(), b.clone()))
        .collect();
    for mode in [Mode::Mail, Mode::Fax] {
        let built = build(&extra, mode);
        // The plan from the same inputs.
        let file_text = std::fs::read_to_string(example_dir().join("case.json")).unwrap();
        let mut file = CaseFile::from_json(&file_text).unwrap();
        for (name, _) in &extra {
            let mut entry = file.documents[1].clone();
            entry.path = (*name).to_string();
            entry.title = format!("Test file {name}");
            file.documents.push(entry);
        }
        let case = validate(&file, today()).unwrap();
        let options = PacketOptions::new(mode, today(), b"test");
        let documents =
            load_documents(&case, &DirSource::new(built.dir.path()), &options.limits).unwrap();
        let plan = plan_packet(&case, &documents, &options);
        let pages = page_count(&built.pdf);
        assert_eq!(plan.total_pages, pages, "{mode:?}");
        assert_eq!(plan.total_pages, built.summary.total_pages);
        assert_eq!(plan.exhibits, built.summary.exhibits);
        assert_eq!(plan.parts, built.summary.parts);

        let document_pages: usize = documents.iter().map(|d| d.prepared.page_count()).sum();
        let mut seen = Vec::new();
        let mut out = Vec::new();
        build_packet_reporting(&case, documents, &options, &mut out, &mut |p| seen.push(p))
            .unwrap();
        assert_eq!(seen.first(), Some(&Progress::Drawing), "{seen:?}");
        assert_eq!(seen.last(), Some(&Progress::Writing), "{seen:?}");
        let converted: Vec<(usize, usize)> = seen
            .iter()
            .filter_map(|p| match p {
                Progress::Converting { done, total } => Some((*done, *total)),
                _ => None,
            })
            .collect();
        match mode {
            Mode::Mail => assert!(converted.is_empty(), "{seen:?}"),
            Mode::Fax => {
                let expected: Vec<(usize, usize)> =
                    (0..=document_pages).map(|k| (k, document_pages)).collect();
                assert_eq!(converted, expected);
            }
        }
    }
}

/// Deterministic noise (a linear congruential generator), 0 to 255.
fn noise(seed: &mut u64) -> u8 {
    *seed = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    (*seed >> 56) as u8
}

/// A grey photograph's pixels, `w` × `h`: a texture of 3 × 3-pixel cells around `mean`
/// (± `spread`), with bright round clouds (`clouds`: centre and radius, in pixels).
fn texture(w: usize, h: usize, mean: i32, spread: i32, clouds: &[(f32, f32, f32)]) -> Vec<u8> {
    let mut seed = 7u64;
    let cells: Vec<u8> = (0..w.div_ceil(3) * h.div_ceil(3))
        .map(|_| noise(&mut seed))
        .collect();
    let mut px = vec![0u8; w * h];
    for y in 0..h {
        for x in 0..w {
            let n = i32::from(cells[(y / 3) * w.div_ceil(3) + x / 3]);
            let mut v = mean + (n - 128) * spread / 128;
            for &(cx, cy, r) in clouds {
                if (x as f32 - cx).hypot(y as f32 - cy) < r {
                    v = 235 + (n - 128) / 16;
                }
            }
            px[y * w + x] = v.clamp(0, 255) as u8;
        }
    }
    px
}

/// Two pages with photographs, as PDFs carry them: a letter with a small photo on it
/// (a page of text, made one bit), and a photo filling most of a page, dark textured
/// ground under bright clouds (a grey page, on paper only at its margins).
fn photographs_pdf() -> Vec<u8> {
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let pages = doc.new_object_id();
    let helv = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let mut kids = Vec::new();
    let pictures = [
        // (image size, its pixels, where it goes: x, y, width, height in points)
        (
            (240, 180),
            texture(240, 180, 120, 70, &[]),
            (162.0, 300.0, 288.0, 216.0),
        ),
        (
            (234, 324),
            texture(
                234,
                324,
                90,
                60,
                &[(60.0, 60.0, 28.0), (150.0, 90.0, 22.0), (190.0, 40.0, 18.0)],
            ),
            (72.0, 72.0, 468.0, 648.0),
        ),
    ];
    for (i, ((w, h), px, (x, y, pw, ph))) in pictures.into_iter().enumerate() {
        let image = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image",
                "Width" => w as i64, "Height" => h as i64,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
            },
            px,
        ));
        let mut ops = format!("q {pw} 0 0 {ph} {x} {y} cm /Im0 Do Q");
        if i == 0 {
            ops.push_str(" BT /F1 12 Tf 72 720 Td");
            for line in 0..12 {
                ops.push_str(&format!(
                    " (Line {line} of the letter, with the photograph below it.) Tj 0 -16 Td"
                ));
            }
            ops.push_str(" ET");
        }
        let content = doc.add_object(Stream::new(dictionary! {}, ops.into_bytes()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            "Resources" => dictionary! {
                "XObject" => dictionary! { "Im0" => image },
                "Font" => dictionary! { "F1" => helv },
            },
            "Contents" => content,
        });
        kids.push(Object::Reference(page));
    }
    doc.objects.insert(
        pages,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => 2 }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// The mean grey of a box of a rendering, given as shares of its width and height.
fn box_mean(g: &common::Gray, (x0, y0, x1, y1): (f64, f64, f64, f64)) -> f64 {
    let (x0, x1) = ((x0 * g.w as f64) as usize, (x1 * g.w as f64) as usize);
    let (y0, y1) = ((y0 * g.h as f64) as usize, (y1 * g.h as f64) as usize);
    let mut sum = 0u64;
    for y in y0..y1 {
        for x in x0..x1 {
            sum += u64::from(g.px[y * g.w + x]);
        }
    }
    sum as f64 / ((x1 - x0) * (y1 - y0)) as f64
}

/// A photograph in a PDF keeps its shades on the fax: on a page of text (made one bit)
/// it is dithered, not thresholded into black blotches; filling most of a page, its dark
/// parts are not whitened as if they were dim paper (which left it white with dark halos
/// around its light parts). Measured against poppler's rendering of the original, as the
/// mean grey of parts of each photograph at 50 dpi.
#[test]
fn a_photograph_in_a_pdf_keeps_its_shades_on_the_fax() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = photographs_pdf();
    let original = dir.path().join("original.pdf");
    std::fs::write(&original, &pdf).unwrap();
    let (packet, first) = common::packet_with(dir.path(), &pdf, Mode::Fax);
    // Parts of each photograph (shares of the page from its top-left corner): the small
    // photo's middle; the large one's ground, away from its clouds, in three bands.
    type Part<'a> = (usize, &'a str, (f64, f64, f64, f64));
    let parts: [Part; 4] = [
        (1, "the small photo", (0.30, 0.40, 0.70, 0.60)),
        (2, "the ground, upper", (0.15, 0.45, 0.85, 0.60)),
        (2, "the ground, middle", (0.15, 0.60, 0.85, 0.75)),
        (2, "the ground, lower", (0.15, 0.75, 0.85, 0.88)),
    ];
    let mut wrong = Vec::new();
    for (page, name, part) in parts {
        let (_, want, got) = common::compare_page(
            &original,
            page,
            (612.0, 792.0),
            &packet,
            first + page - 1,
            50.0,
        )
        .unwrap();
        let (a, b) = (box_mean(&want, part), box_mean(&got, part));
        println!("{name}: {a:.0} in the original, {b:.0} on the fax");
        if (a - b).abs() > 20.0 {
            wrong.push(format!("{name}: {a:.0} in the original, {b:.0} on the fax"));
        }
    }
    assert!(
        wrong.is_empty(),
        "photographs changed: {}",
        wrong.join("; ")
    );
}
