//! Scanner and phone formats beyond JPEG, PNG and PDF: TIFF (multi-page, CCITT fax
//! compression, LZW, Deflate, PackBits, palettes, turned pages, fax resolution), HEIC,
//! WebP and GIF. Each test makes its file, builds a packet with it as the one exhibit,
//! and reads the packet back with poppler: the page count (pdfinfo), and where the ink
//! is on each rendered page (pdftoppm). Every test picture is a sheet of "paper" with a
//! solid black block in its top-left corner ([`imr_fixtures::paper_image`]), so a
//! rendering shows whether the page is there, upright and unmirrored.
//!
//! CCITT files are made from uncompressed ones by libtiff's `tiffcp`, HEIC files by
//! libheif's `heif-enc` (`scripts/setup-debian test` installs both).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::{example_dir, page_count, render_gray, run, today};

use std::path::{Path, PathBuf};

use image::{GrayImage, Luma};
use imr_case::case::{validate, CaseFile};
use imr_fixtures::scans::{
    bilevel_page, compressed_tiff, grey_page, palette_page, tiff_file, Packing, Picture,
};
use imr_packet::intake::{BilevelCoding, PageImage};
use imr_packet::{
    build_packet, load_documents, prepare, DirSource, Format, IntakeError, Limits, Mode,
    PacketOptions, Prepared,
};

/// A packet built from the example case with one document, and where its pages are.
struct Packet {
    _dir: tempfile::TempDir,
    pdf: PathBuf,
    bytes: Vec<u8>,
    first_page: usize,
    pages: usize,
}

fn packet_with(name: &str, document: &[u8]) -> Packet {
    packet_in(Mode::Mail, name, document)
}

fn packet_in(mode: Mode, name: &str, document: &[u8]) -> Packet {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), document).unwrap();
    let text = std::fs::read_to_string(example_dir().join("case.json")).unwrap();
    let mut file = CaseFile::from_json(&text).unwrap();
    let mut entry = file.documents[0].clone();
    entry.path = name.into();
    file.documents = vec![entry];
    let case = validate(&file, today()).unwrap();
    let options = PacketOptions::new(mode, today(), b"formats");
    let documents = load_documents(&case, &DirSource::new(dir.path()), &options.limits)
        .unwrap_or_else(|e| panic!("{name} was refused: {e:?}"));
    let mut bytes = Vec::new();
    let summary = build_packet(&case, documents, &options, &mut bytes).unwrap();
    let pdf = dir.path().join("packet.pdf");
    std::fs::write(&pdf, &bytes).unwrap();
    let count = page_count(&pdf);
    assert_eq!(
        count, summary.total_pages,
        "pdfinfo and the summary disagree"
    );
    let exhibit = &summary.exhibits[0];
    assert_eq!(
        exhibit.first_page + exhibit.pages - 1,
        count,
        "the document's pages are not the packet's last"
    );
    let check = run("qpdf", &["--check", pdf.to_str().unwrap()]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
    Packet {
        _dir: dir,
        pdf,
        bytes,
        first_page: exhibit.first_page,
        pages: exhibit.pages,
    }
}

/// A rendered page in grey, at [`DPI`].
struct Render {
    w: usize,
    h: usize,
    px: Vec<u8>,
}

const DPI: usize = 36;

fn render(pdf: &Path, page: usize) -> Render {
    let (w, h, px) = render_gray(pdf, page, DPI as u32);
    Render { w, h, px }
}

impl Render {
    /// The box around the ink below the running header and exhibit label (in pixels:
    /// x0, y0, x1, y1), or `None` if that part of the page is blank.
    fn ink_box(&self) -> Option<(usize, usize, usize, usize)> {
        let top = 80 * DPI / 72;
        let mut b: Option<(usize, usize, usize, usize)> = None;
        for y in top..self.h {
            for x in 0..self.w {
                if self.px[y * self.w + x] < 160 {
                    b = Some(match b {
                        None => (x, y, x + 1, y + 1),
                        Some((x0, y0, x1, y1)) => {
                            (x0.min(x), y0.min(y), x1.max(x + 1), y1.max(y + 1))
                        }
                    });
                }
            }
        }
        b
    }

    fn mean(&self, x0: usize, y0: usize, x1: usize, y1: usize) -> f64 {
        let mut sum = 0u64;
        for y in y0..y1 {
            for x in x0..x1 {
                sum += u64::from(self.px[y * self.w + x]);
            }
        }
        sum as f64 / ((x1 - x0) * (y1 - y0)).max(1) as f64
    }

    /// Checks the page shows the test paper upright: the black block in the top-left
    /// corner of the inked area, white above the text in the top-right, text (not a
    /// block) at the bottom. Returns the inked box's width and height in points.
    fn assert_upright_paper(&self, what: &str) -> (f64, f64) {
        let (x0, y0, x1, y1) = self
            .ink_box()
            .unwrap_or_else(|| panic!("{what}: the document area is blank"));
        let c = ((x1 - x0).min(y1 - y0) as f64 * 0.15).max(2.0) as usize;
        let top_left = self.mean(x0, y0, x0 + c, y0 + c);
        let top_right = self.mean(x1 - c, y0, x1, y0 + c);
        let bottom_left = self.mean(x0, y1 - c, x0 + c, y1);
        let bottom_right = self.mean(x1 - c, y1 - c, x1, y1);
        assert!(
            top_left < 80.0 && top_right > 200.0 && bottom_left > 90.0 && bottom_right > 90.0,
            "{what}: not the paper upright (corner greys: top-left {top_left:.0}, top-right \
             {top_right:.0}, bottom-left {bottom_left:.0}, bottom-right {bottom_right:.0})"
        );
        let to_pt = |px: usize| px as f64 * 72.0 / DPI as f64;
        (to_pt(x1 - x0), to_pt(y1 - y0))
    }
}

fn paper_grey(width: u32, height: u32) -> GrayImage {
    let rgb = imr_fixtures::paper_image(width, height);
    GrayImage::from_fn(width, height, |x, y| Luma([rgb.get_pixel(x, y).0[1]]))
}

/// Every page of the exhibit shows the paper upright; returns the first page's inked size.
fn assert_pages_upright(packet: &Packet, what: &str) -> (f64, f64) {
    let mut first = None;
    for n in 0..packet.pages {
        let size = render(&packet.pdf, packet.first_page + n)
            .assert_upright_paper(&format!("{what}, page {}", n + 1));
        first.get_or_insert(size);
    }
    first.unwrap()
}

fn prepared(bytes: &[u8]) -> Prepared {
    prepare(bytes.to_vec(), &Limits::default()).unwrap_or_else(|e| panic!("refused: {e}"))
}

fn refused_with(bytes: Vec<u8>, limits: &Limits) -> IntakeError {
    match prepare(bytes, limits) {
        Ok(p) => panic!("accepted: {:?}", p.inspection()),
        Err(e) => e,
    }
}

/// Runs `tiffcp` with `args` on `input`; the output file's bytes.
fn tiffcp(input: &[u8], args: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let (from, to) = (dir.path().join("in.tif"), dir.path().join("out.tif"));
    std::fs::write(&from, input).unwrap();
    let mut all: Vec<&str> = args.to_vec();
    all.push(from.to_str().unwrap());
    all.push(to.to_str().unwrap());
    run("tiffcp", &all);
    std::fs::read(&to).unwrap()
}

fn bilevel_coding(p: &Prepared, page: usize) -> BilevelCoding {
    let Prepared::Pictures(pictures) = p else {
        panic!("not pictures")
    };
    match &pictures.pages[page].image {
        PageImage::Bilevel(b) => b.coding,
        other => panic!("page {page} is not black and white: {other:?}"),
    }
}

#[test]
fn multi_page_tiff_gives_every_page_with_each_compression() {
    let bytes = compressed_tiff(&[
        (
            Picture::Colour(imr_fixtures::paper_image(240, 310)),
            Packing::Lzw,
        ),
        (Picture::Grey(paper_grey(240, 310)), Packing::Deflate),
        (Picture::Grey(paper_grey(310, 240)), Packing::PackBits),
        (
            Picture::Colour(imr_fixtures::paper_image(200, 260)),
            Packing::None,
        ),
    ]);
    let p = prepared(&bytes);
    assert_eq!((p.format(), p.page_count()), (Format::Tiff, 4));
    let packet = packet_with("scan.tif", &bytes);
    assert_eq!(packet.pages, 4);
    assert_pages_upright(&packet, "multi-page TIFF");
}

#[test]
fn group4_scan_in_one_strip_goes_in_as_it_is() {
    let page = bilevel_page(&paper_grey(850, 1100)).with_dpi(100, 100);
    let g4 = tiffcp(&tiff_file(&[page]), &["-c", "g4", "-r", "100000"]);
    let p = prepared(&g4);
    assert_eq!(
        bilevel_coding(&p, 0),
        BilevelCoding::Group4 { black_is_1: false }
    );
    let Prepared::Pictures(pictures) = &p else {
        panic!()
    };
    let PageImage::Bilevel(strip) = &pictures.pages[0].image else {
        panic!()
    };
    let strip = strip.data.clone();
    let packet = packet_with("fax.tif", &g4);
    // The scanner's bytes are in the packet untouched.
    let contains = |hay: &[u8]| hay.windows(strip.len()).any(|w| w == strip.as_slice());
    assert!(contains(&g4) && contains(&packet.bytes));
    assert!(packet.bytes.windows(14).any(|w| w == b"CCITTFaxDecode"));
    let (w, h) = assert_pages_upright(&packet, "Group 4 scan");
    // 8.5 × 11 inches at 100 dpi: shrunk to fit the area below the header.
    assert!((h / w - 11.0 / 8.5).abs() < 0.08, "{w} × {h}");
}

#[test]
fn every_ccitt_variant_decodes_upright() {
    let pages = vec![
        bilevel_page(&paper_grey(400, 520)),
        bilevel_page(&paper_grey(520, 400)),
    ];
    let plain = tiff_file(&pages);
    for args in [
        &["-c", "g4", "-r", "64"][..],
        &["-c", "g3"],
        &["-c", "g3:2d"],
        &["-c", "g3:2d:fill"],
        &["-c", "g3:fill", "-r", "50"],
        &["-c", "g4", "-f", "lsb2msb"],
        &["-c", "g3:2d", "-f", "lsb2msb"],
    ] {
        let what = args.join(" ");
        let bytes = tiffcp(&plain, args);
        let p = prepared(&bytes);
        assert_eq!(p.page_count(), 2, "{what}");
        let packet = packet_with("fax.tif", &bytes);
        assert_pages_upright(&packet, &what);
    }
}

#[test]
fn black_is_zero_group4_scan_is_not_inverted() {
    let mut page = bilevel_page(&paper_grey(400, 520));
    // BlackIsZero: the same picture with every bit flipped.
    page.photometric = 1;
    for b in &mut page.data {
        *b = !*b;
    }
    let g4 = tiffcp(&tiff_file(&[page]), &["-c", "g4", "-r", "100000"]);
    assert_eq!(
        bilevel_coding(&prepared(&g4), 0),
        BilevelCoding::Group4 { black_is_1: true }
    );
    assert_pages_upright(&packet_with("fax.tif", &g4), "BlackIsZero Group 4");
}

#[test]
fn fax_resolution_pages_keep_their_proportions() {
    // Standard fax resolution: 204 dpi across, 98 dpi down. A Letter-shaped page is
    // then stored about twice as wide as it is tall in pixels.
    let upright = paper_grey(816, 1056);
    let stored = image::imageops::resize(&upright, 816, 508, image::imageops::FilterType::Triangle);
    let page = bilevel_page(&stored).with_dpi(204, 98);
    let bytes = tiffcp(&tiff_file(&[page]), &["-c", "g3"]);
    let (w, h) = assert_pages_upright(&packet_with("fax.tif", &bytes), "fax resolution");
    assert!((h / w - 1056.0 / 816.0).abs() < 0.1, "squashed: {w} × {h}");
}

#[test]
fn small_scan_is_placed_at_its_real_size() {
    // A 3 × 4 inch receipt at 200 dpi: its paper (inked box about 2.5 × 3.5 inches,
    // the margins of the test picture being blank) stays that size.
    let page = grey_page(&paper_grey(600, 800)).with_dpi(200, 200);
    let (w, h) = assert_pages_upright(&packet_with("receipt.tif", &tiff_file(&[page])), "receipt");
    assert!(w < 3.0 * 72.0 && h < 4.0 * 72.0, "enlarged: {w} × {h}");
    assert!(w > 2.0 * 72.0 && h > 3.0 * 72.0, "shrunk: {w} × {h}");
}

#[test]
fn turned_tiff_pages_are_placed_upright() {
    let upright = paper_grey(300, 400);
    for (orientation, stored) in [
        (3, image::imageops::rotate180(&upright)),
        (6, image::imageops::rotate270(&upright)),
        (8, image::imageops::rotate90(&upright)),
        (2, image::imageops::flip_horizontal(&upright)),
    ] {
        let page = grey_page(&stored).with_orientation(orientation);
        let packet = packet_with("turned.tif", &tiff_file(&[page]));
        assert_pages_upright(&packet, &format!("orientation {orientation}"));
    }
}

#[test]
fn palette_and_one_bit_tiffs_go_in() {
    let grey = paper_grey(300, 390);
    let bytes = tiff_file(&[
        palette_page(&grey, 8),
        palette_page(&grey, 4),
        bilevel_page(&grey),
    ]);
    let packet = packet_with("palette.tif", &bytes);
    assert_eq!(packet.pages, 3);
    assert_pages_upright(&packet, "palette TIFF");
}

#[test]
fn tiff_limits_are_checked_from_the_headers() {
    // A page header claiming 60000 × 60000 pixels, with almost no data behind it.
    let mut page = grey_page(&paper_grey(8, 8));
    page.width = 60_000;
    page.height = 60_000;
    let e = refused_with(tiff_file(&[page]), &Limits::default());
    assert_eq!(
        e,
        IntakeError::ImageTooLarge {
            width: 60_000,
            height: 60_000
        }
    );
    // Too many pages, counted before any is decoded.
    let pages = vec![grey_page(&paper_grey(20, 20)); 5];
    let few = Limits {
        max_pages: 4,
        ..Limits::default()
    };
    let e = refused_with(tiff_file(&pages), &few);
    assert_eq!(e, IntakeError::TooManyPages { pages: 5, limit: 4 });
    assert!(e.to_string().contains("Split it into smaller files"), "{e}");
}

#[test]
fn damaged_tiffs_are_refused_with_advice() {
    let grey = paper_grey(200, 260);
    let plain = tiff_file(&[grey_page(&grey), grey_page(&grey)]);
    let g4 = tiffcp(
        &tiff_file(&[bilevel_page(&grey)]),
        &["-c", "g4", "-r", "100000"],
    );
    let lzw = compressed_tiff(&[(Picture::Grey(grey.clone()), Packing::Lzw)]);
    for (what, bytes) in [("plain", plain), ("Group 4", g4), ("LZW", lzw)] {
        for cut in [bytes.len() / 2, bytes.len() - 100, 30] {
            let e = refused_with(bytes[..cut].to_vec(), &Limits::default());
            let message = e.to_string();
            assert!(
                matches!(e, IntakeError::DamagedScan { .. }),
                "{what} cut at {cut}: {e:?}"
            );
            assert!(message.contains("scan the paper again"), "{message}");
        }
    }
    // A compression this app does not read (JPEG 2000, 34712).
    let mut bytes = tiff_file(&[grey_page(&grey)]);
    // The compression entry: tag 259, SHORT, one value, 1 (none); make it say 34712.
    let at = bytes
        .windows(8)
        .position(|w| w == [3, 1, 3, 0, 1, 0, 0, 0])
        .unwrap();
    bytes[at + 8..at + 10].copy_from_slice(&34712u16.to_le_bytes());
    let e = refused_with(bytes, &Limits::default());
    assert!(
        e.to_string().contains("compression this app cannot read"),
        "{e}"
    );
}

/// Runs `heif-enc` on a JPEG; the HEIC file's bytes.
fn heif_enc(jpeg: &[u8]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let (from, to) = (dir.path().join("in.jpg"), dir.path().join("out.heic"));
    std::fs::write(&from, jpeg).unwrap();
    run(
        "heif-enc",
        &[
            "-q",
            "90",
            from.to_str().unwrap(),
            "-o",
            to.to_str().unwrap(),
        ],
    );
    std::fs::read(&to).unwrap()
}

fn heic_page(p: &Prepared) -> &imr_packet::intake::PicturePage {
    let Prepared::Pictures(pictures) = p else {
        panic!("not pictures")
    };
    assert_eq!(pictures.format, Format::Heic);
    assert_eq!(pictures.pages.len(), 1);
    &pictures.pages[0]
}

#[test]
fn heic_photo_goes_in_upright() {
    let heic = heif_enc(&imr_fixtures::photo_jpeg(600, 800, 1));
    let p = prepared(&heic);
    let page = heic_page(&p);
    assert!(matches!(page.image, PageImage::Jpeg(_)));
    assert_eq!(page.pixel_size(), (600, 800));
    let packet = packet_with("IMG_0001.HEIC", &heic);
    assert_eq!(packet.pages, 1);
    assert_pages_upright(&packet, "HEIC");
}

#[test]
fn heic_with_only_an_exif_orientation_is_turned_by_it() {
    // Stored sideways with EXIF orientation 6 and no rotation property, as Debian's
    // heif-enc writes a turned JPEG.
    let heic = heif_enc(&imr_fixtures::photo_jpeg(600, 800, 6));
    let p = prepared(&heic);
    assert_eq!(heic_page(&p).orientation, 6);
    assert_pages_upright(&packet_with("turned.heic", &heic), "HEIC with EXIF 6");
}

#[test]
fn iphone_heic_is_turned_once_not_twice() {
    // As an iPhone writes it: stored sideways, with an `irot` property (a quarter turn
    // clockwise, that is three anticlockwise) and the EXIF orientation 6 saying the
    // same. libheif applies the `irot`; the EXIF orientation must then be ignored.
    let heic =
        imr_fixtures::heif::with_rotation(&heif_enc(&imr_fixtures::photo_jpeg(600, 800, 6)), 3);
    let p = prepared(&heic);
    let page = heic_page(&p);
    assert_eq!(page.orientation, 1);
    assert_eq!(page.pixel_size(), (600, 800), "libheif did not turn it");
    assert_pages_upright(&packet_with("IMG_0002.HEIC", &heic), "iPhone-style HEIC");
}

#[test]
fn damaged_heic_is_refused_with_advice() {
    let heic = heif_enc(&imr_fixtures::photo_jpeg(600, 800, 1));
    for cut in [heic.len() / 2, heic.len() - 50, 40] {
        let e = refused_with(heic[..cut].to_vec(), &Limits::default());
        assert!(
            matches!(e, IntakeError::DamagedImage { .. }),
            "cut at {cut}: {e:?}"
        );
        assert!(e.to_string().contains("take the photo again"), "{e}");
    }
    // A header claiming 60000 × 60000 pixels (the `ispe` property) is refused before
    // anything is decoded.
    let mut giant = heic.clone();
    let at = giant.windows(4).position(|w| w == b"ispe").unwrap();
    giant[at + 8..at + 12].copy_from_slice(&60_000u32.to_be_bytes());
    giant[at + 12..at + 16].copy_from_slice(&60_000u32.to_be_bytes());
    let e = refused_with(giant, &Limits::default());
    assert_eq!(
        e,
        IntakeError::ImageTooLarge {
            width: 60_000,
            height: 60_000
        }
    );
}

/// Runs `cwebp` on a PNG; the lossy WebP file's bytes.
fn cwebp(png: &[u8]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let (from, to) = (dir.path().join("in.png"), dir.path().join("out.webp"));
    std::fs::write(&from, png).unwrap();
    run(
        "cwebp",
        &[
            "-quiet",
            "-q",
            "85",
            from.to_str().unwrap(),
            "-o",
            to.to_str().unwrap(),
        ],
    );
    std::fs::read(&to).unwrap()
}

fn encoded(img: &image::RgbImage, format: image::ImageFormat) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, format).unwrap();
    out.into_inner()
}

#[test]
fn webp_lossy_and_lossless_go_in() {
    let paper = imr_fixtures::paper_image(400, 520);
    let lossless = encoded(&paper, image::ImageFormat::WebP);
    let lossy = cwebp(&encoded(&paper, image::ImageFormat::Png));
    for (what, bytes, jpeg) in [("lossless", lossless, false), ("lossy", lossy, true)] {
        let p = prepared(&bytes);
        assert_eq!(p.format(), Format::Webp);
        let Prepared::Pictures(pictures) = &p else {
            panic!()
        };
        // A lossy photo becomes a JPEG; lossless pixels stay lossless.
        assert_eq!(
            matches!(pictures.pages[0].image, PageImage::Jpeg(_)),
            jpeg,
            "{what}"
        );
        assert_pages_upright(&packet_with("picture.webp", &bytes), what);
    }
}

#[test]
fn gif_goes_in_as_its_first_frame() {
    use image::codecs::gif::GifEncoder;
    use image::{Delay, Frame, RgbaImage};
    let first = image::DynamicImage::ImageRgb8(imr_fixtures::paper_image(300, 390)).to_rgba8();
    // The second frame is the paper upside down: it must not be the one shown.
    let second = image::imageops::rotate180(&first);
    let mut bytes = Vec::new();
    {
        let mut encoder = GifEncoder::new(&mut bytes);
        for frame in [first, second] {
            let frame: RgbaImage = frame;
            encoder
                .encode_frame(Frame::from_parts(
                    frame,
                    0,
                    0,
                    Delay::from_numer_denom_ms(500, 1),
                ))
                .unwrap();
        }
    }
    assert_eq!(prepared(&bytes).format(), Format::Gif);
    assert_pages_upright(&packet_with("animated.gif", &bytes), "GIF");
}

#[test]
fn damaged_webp_and_gif_are_refused_with_advice() {
    let paper = imr_fixtures::paper_image(300, 390);
    let webp = cwebp(&encoded(&paper, image::ImageFormat::Png));
    let gif = encoded(&paper, image::ImageFormat::Gif);
    for (what, bytes) in [("WebP", webp), ("GIF", gif)] {
        for cut in [bytes.len() / 2, 20] {
            let e = refused_with(bytes[..cut].to_vec(), &Limits::default());
            assert!(
                matches!(e, IntakeError::DamagedImage { .. }),
                "{what} cut at {cut}: {e:?}"
            );
        }
    }
    // A GIF whose screen is 65535 × 65535 pixels, refused from its header.
    let mut giant = encoded(&paper, image::ImageFormat::Gif);
    giant[6..10].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
    assert!(matches!(
        refused_with(giant, &Limits::default()),
        IntakeError::ImageTooLarge { .. }
    ));
}

#[test]
fn scans_and_phone_photos_are_converted_for_fax_upright() {
    let grey = paper_grey(400, 520);
    let g4 = tiffcp(
        &tiff_file(&[bilevel_page(&grey).with_dpi(100, 100), bilevel_page(&grey)]),
        &["-c", "g4"],
    );
    let turned = tiff_file(&[grey_page(&image::imageops::rotate90(&grey)).with_orientation(8)]);
    let heic = heif_enc(&imr_fixtures::photo_jpeg(600, 800, 6));
    for (name, bytes) in [
        ("fax.tif", g4),
        ("turned.tif", turned),
        ("photo.heic", heic),
    ] {
        let packet = packet_in(Mode::Fax, name, &bytes);
        assert_pages_upright(&packet, &format!("{name} for fax"));
    }
}
