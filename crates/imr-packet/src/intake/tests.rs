#![allow(clippy::unwrap_used)]

use super::*;

fn limits() -> Limits {
    Limits::default()
}

fn refused(bytes: Vec<u8>) -> IntakeError {
    match prepare(bytes, &limits()) {
        Ok(p) => panic!("accepted: {:?}", p.inspection()),
        Err(e) => e,
    }
}

#[test]
fn jpeg_is_kept_byte_for_byte_with_its_orientation() {
    let bytes = imr_fixtures::photo_jpeg(300, 400, 6);
    let Prepared::Jpeg(jpeg) = prepare(bytes.clone(), &limits()).unwrap() else {
        panic!("not a JPEG")
    };
    assert_eq!(jpeg.bytes, bytes);
    assert_eq!(jpeg.orientation, 6);
    // Stored sideways, upright it is portrait.
    assert_eq!((jpeg.width, jpeg.height), (400, 300));
    assert_eq!(jpeg.upright_size(), (300, 400));
    assert_eq!(jpeg.components, 3);
}

#[test]
fn truncated_jpeg_is_refused() {
    let mut bytes = imr_fixtures::photo_jpeg(300, 400, 1);
    bytes.truncate(bytes.len() / 2);
    assert!(matches!(refused(bytes), IntakeError::DamagedImage { .. }));
}

#[test]
fn png_is_decoded_and_counted_as_one_page() {
    let p = prepare(imr_fixtures::scan_png(200, 260), &limits()).unwrap();
    assert_eq!(
        p.inspection(),
        Inspection {
            format: Format::Png,
            pages: 1
        }
    );
    let Prepared::Png(raster) = p else { panic!() };
    assert!(raster.grey);
    assert_eq!((raster.width, raster.height), (200, 260));
}

#[test]
fn giant_png_is_refused_from_its_header() {
    let e = refused(imr_fixtures::giant_png_header(40_000, 40_000));
    assert_eq!(
        e,
        IntakeError::ImageTooLarge {
            width: 40_000,
            height: 40_000
        }
    );
}

#[test]
fn truncated_png_is_refused() {
    let mut bytes = imr_fixtures::scan_png(200, 260);
    bytes.truncate(bytes.len() - 40);
    assert!(matches!(refused(bytes), IntakeError::DamagedImage { .. }));
}

#[test]
fn pdf_pages_are_counted() {
    let p = prepare(imr_fixtures::letter_pdf(&["Hello"], 3), &limits()).unwrap();
    assert_eq!(
        p.inspection(),
        Inspection {
            format: Format::Pdf,
            pages: 3
        }
    );
}

#[test]
fn pdf_cut_in_half_is_refused_as_damaged() {
    let mut bytes = imr_fixtures::letter_pdf(&["A line of text"; 40], 6);
    bytes.truncate(bytes.len() / 2);
    let e = refused(bytes);
    assert!(
        matches!(e, IntakeError::DamagedPdf { .. }),
        "expected damaged, got {e:?}"
    );
}

#[test]
fn empty_file_is_refused() {
    assert_eq!(refused(Vec::new()), IntakeError::Empty);
}

#[test]
fn web_page_renamed_pdf_is_refused_with_advice() {
    let e = refused(b"<!DOCTYPE html><html><body>Your letter</body></html>".to_vec());
    assert!(e.to_string().contains("print it to PDF"), "{e}");
}

/// A HEIC file that ends after its first box.
fn heic_header_only() -> Vec<u8> {
    let mut bytes = vec![0, 0, 0, 24];
    bytes.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    bytes
}

#[cfg(feature = "heic")]
#[test]
fn heic_cut_after_its_header_is_damaged() {
    let e = refused(heic_header_only());
    assert!(matches!(e, IntakeError::DamagedImage { .. }), "{e:?}");
}

#[cfg(not(feature = "heic"))]
#[test]
fn heic_gets_conversion_advice_without_libheif() {
    let e = refused(heic_header_only());
    assert!(e.to_string().contains("HEIC"), "{e}");
}

#[test]
fn avif_gets_conversion_advice() {
    let mut bytes = vec![0, 0, 0, 24];
    bytes.extend_from_slice(b"ftypavif\0\0\0\0mif1avif");
    let e = refused(bytes);
    assert!(
        e.to_string().contains("AVIF") && e.to_string().contains("then add"),
        "{e}"
    );
}

#[test]
fn oversized_file_is_refused_before_reading_it() {
    let small = Limits {
        max_file_bytes: 10,
        ..Limits::default()
    };
    let e = prepare(vec![0; 11], &small).unwrap_err();
    assert!(matches!(e, IntakeError::TooLarge { .. }));
}

#[test]
fn damaged_pdf_message_names_the_page() {
    let e = IntakeError::DamagedPdf {
        page: Some(3),
        detail: String::new(),
    };
    assert_eq!(
        e.to_string(),
        "The PDF is damaged: page 3 cannot be read. Ask the sender for a new copy, or scan the paper."
    );
}

/// A PDF written by hand from its objects (numbered from 1), with a correct
/// cross-reference table unless `xref` says where each object is.
fn hand_pdf(objects: &[&str], xref: Option<&[usize]>) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let offsets = xref.map(<[usize]>::to_vec).unwrap_or(offsets);
    let start = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f\r\n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n\r\n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{start}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

const POTATO: &str = "<< /Length 44 >>\nstream\nBT /F1 24 Tf 72 720 Td (Potato) Tj ET\n\nendstream";
const FONT: &str = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

fn page(contents: &str) -> String {
    format!(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {contents} \
         /Resources << /Font << /F1 5 0 R >> >> >>"
    )
}

#[test]
fn page_tree_that_loops_back_gives_each_page_once() {
    let bytes = hand_pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 >>",
            &page("4 0 R"),
            POTATO,
            FONT,
        ],
        None,
    );
    assert_eq!(prepare(bytes, &limits()).unwrap().page_count(), 1);
}

#[test]
fn catalog_naming_a_page_instead_of_a_list_is_that_page() {
    let bytes = hand_pdf(
        &[
            "<< /Type /Catalog /Pages 3 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            &page("4 0 R"),
            POTATO,
            FONT,
        ],
        None,
    );
    assert_eq!(prepare(bytes, &limits()).unwrap().page_count(), 1);
}

#[test]
fn page_tree_with_no_way_down_is_damaged_not_empty() {
    let bytes = hand_pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
        ],
        None,
    );
    assert!(matches!(refused(bytes), IntakeError::DamagedPdf { .. }));
    let empty = hand_pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
        ],
        None,
    );
    assert_eq!(refused(empty), IntakeError::NoPages);
}

#[test]
fn content_whose_length_is_lost_is_refused_not_blank() {
    // The length lives in object 9, which the file does not have: lopdf keeps the
    // stream with no data, which would be a blank page.
    let stream = "<< /Length 9 0 R >>\nstream\nBT /F1 24 Tf 72 720 Td (Potato) Tj ET\n\nendstream";
    let bytes = hand_pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            &page("4 0 R"),
            stream,
            FONT,
        ],
        None,
    );
    assert!(matches!(
        refused(bytes),
        IntakeError::DamagedPdf { page: Some(1), .. }
    ));
}

#[test]
fn wrong_cross_reference_offsets_are_rebuilt() {
    // The content's length is kept in object 6, and the table points into the middle of
    // another object for it: read as written, the page would be blank.
    let stream = "<< /Length 6 0 R >>\nstream\nBT /F1 24 Tf 72 720 Td (Potato) Tj ET\n\nendstream";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        &page("4 0 R"),
        stream,
        FONT,
        "44",
    ];
    let good = hand_pdf(&objects, None);
    let find = |n: usize| {
        let needle = format!("\n{n} 0 obj");
        good.windows(needle.len())
            .position(|w| w == needle.as_bytes())
            .unwrap()
            + 1
    };
    let offsets = [9, find(2), find(3), find(4), find(5), find(5) + 20];
    let bytes = hand_pdf(&objects, Some(&offsets));
    let Prepared::Pdf(pdf) = prepare(bytes, &limits()).unwrap() else {
        panic!("not a PDF")
    };
    assert!(String::from_utf8_lossy(&pdf.pages[0].content).contains("Potato"));
}

#[test]
fn broken_picture_on_a_page_is_refused() {
    let image = "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray \
                 /BitsPerComponent 8 /Filter /DCTDecode /Length 4 >>\nstream\nwww\n\nendstream";
    let bytes = hand_pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
             /Resources << /XObject << /Im1 5 0 R >> >> >>",
            "<< /Length 28 >>\nstream\nq 100 0 0 100 0 0 cm /Im1 Do Q\nendstream",
            image,
        ],
        None,
    );
    assert!(matches!(
        refused(bytes),
        IntakeError::DamagedPdf { page: Some(1), .. }
    ));
}

#[test]
fn pdf_with_a_damaged_header_is_called_a_damaged_pdf() {
    let mut bytes = hand_pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
        ],
        None,
    );
    bytes[..5].copy_from_slice(b"UPDF-");
    assert!(matches!(
        refused(bytes),
        IntakeError::DamagedPdf { page: None, .. }
    ));
}

#[test]
fn picture_whose_data_holds_pdf_header_is_still_a_picture() {
    // Found by fuzzing (crates/imr-app/tests/fuzz-regressions/gif/): the bytes "%PDF-" in
    // a GIF's first kilobyte made it a "damaged PDF". Here they are in a GIF comment.
    let mut gif = Vec::new();
    image::DynamicImage::ImageRgb8(imr_fixtures::paper_image(8, 8))
        .write_to(&mut std::io::Cursor::new(&mut gif), image::ImageFormat::Gif)
        .unwrap();
    assert_eq!(gif.pop(), Some(0x3B), "a GIF ends with its trailer");
    gif.extend_from_slice(b"\x21\xFE\x0Bmade %PDF-1\x00\x3B");
    assert!(gif.len() < 1024);
    assert_eq!(format_of(&gif), Some(Format::Gif));
    let prepared = prepare(gif, &limits()).unwrap();
    assert_eq!(prepared.inspection().format, Format::Gif);
    assert_eq!(prepared.page_count(), 1);
}
