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

#[test]
fn heic_gets_conversion_advice() {
    let mut bytes = vec![0, 0, 0, 24];
    bytes.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    let e = refused(bytes);
    assert!(e.to_string().contains("HEIC"), "{e}");
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
