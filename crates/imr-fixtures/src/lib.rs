//! Synthetic documents for tests and examples. Everything here is made up: no real
//! person, plan or letter. Pictures are deterministic; PDFs differ only in the ids
//! printpdf generates.

use std::io::Cursor;

pub mod disk;
pub mod heif;
pub mod letters;
pub mod marked;
pub mod photos;
pub mod scans;

use image::{GrayImage, ImageFormat, Luma, Rgb, RgbImage};
use printpdf::{
    BuiltinFont, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, TextItem,
};

/// A letter as a PDF: `pages` pages of Helvetica text; every page carries `lines` and
/// "Page N of M", so a test can find each page's text with `pdftotext`.
pub fn letter_pdf(lines: &[&str], pages: usize) -> Vec<u8> {
    let mut doc = PdfDocument::new("Synthetic letter");
    let mut out = Vec::new();
    for n in 1..=pages {
        let mut ops = vec![
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::Builtin(BuiltinFont::Helvetica),
                size: Pt(12.0),
            },
            Op::SetLineHeight { lh: Pt(16.0) },
            Op::SetTextCursor {
                pos: Point {
                    x: Pt(72.0),
                    y: Pt(700.0),
                },
            },
        ];
        for line in lines {
            ops.push(Op::ShowText {
                items: vec![TextItem::Text((*line).to_string())],
            });
            ops.push(Op::AddLineBreak);
        }
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(format!("Letter page {n} of {pages}"))],
        });
        ops.push(Op::EndTextSection);
        out.push(PdfPage::new(Mm(215.9), Mm(279.4), ops));
    }
    doc.pages = out;
    doc.save(&PdfSaveOptions::default(), &mut Vec::new())
}

/// An upright picture of a sheet of paper: white, grey "text" bars, and a solid black
/// block in the top-left corner, so a test can tell which way up it was placed.
pub fn paper_image(width: u32, height: u32) -> RgbImage {
    let mut img = RgbImage::from_pixel(width, height, Rgb([250, 250, 245]));
    let block = (width.min(height) / 5).max(4);
    let margin = (width / 12).max(2);
    for y in margin..margin + block {
        for x in margin..margin + block {
            img.put_pixel(x, y, Rgb([0, 0, 0]));
        }
    }
    let line_height = (height / 30).max(3);
    let mut y = margin + block + line_height;
    while y + line_height / 2 < height - margin {
        for yy in y..y + line_height / 2 {
            for x in margin..width - margin {
                img.put_pixel(x, yy, Rgb([60, 60, 60]));
            }
        }
        y += line_height;
    }
    img
}

/// A phone photo of a letter as a JPEG whose pixels are stored turned, with the EXIF
/// orientation that turns them upright again (1, 3, 6 or 8). `width` × `height` is the
/// upright size.
pub fn photo_jpeg(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let upright = paper_image(width, height);
    let stored = match orientation {
        3 => image::imageops::rotate180(&upright),
        // 6: viewers turn the stored pixels 90° clockwise, so store them turned back.
        6 => image::imageops::rotate270(&upright),
        8 => image::imageops::rotate90(&upright),
        _ => upright,
    };
    let mut jpeg = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85);
    stored
        .write_with_encoder(encoder)
        .unwrap_or_else(|e| panic!("encoding a synthetic JPEG: {e}"));
    if orientation == 1 {
        jpeg
    } else {
        with_exif_orientation(&jpeg, orientation)
    }
}

/// Inserts an EXIF block holding only the orientation tag right after the JPEG's SOI.
pub fn with_exif_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    // TIFF header (little-endian), one IFD with one entry: 0x0112 SHORT 1 = orientation.
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"II*\0");
    tiff.extend_from_slice(&8u32.to_le_bytes());
    tiff.extend_from_slice(&1u16.to_le_bytes());
    tiff.extend_from_slice(&0x0112u16.to_le_bytes());
    tiff.extend_from_slice(&3u16.to_le_bytes());
    tiff.extend_from_slice(&1u32.to_le_bytes());
    tiff.extend_from_slice(&orientation.to_le_bytes());
    tiff.extend_from_slice(&[0, 0]);
    tiff.extend_from_slice(&0u32.to_le_bytes());
    let mut segment = b"Exif\0\0".to_vec();
    segment.extend_from_slice(&tiff);
    let len = u16::try_from(segment.len() + 2).unwrap_or(u16::MAX);
    let mut out = Vec::with_capacity(jpeg.len() + segment.len() + 4);
    out.extend_from_slice(&jpeg[..2]);
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&segment);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// A greyscale scan of a sheet of paper as a PNG.
pub fn scan_png(width: u32, height: u32) -> Vec<u8> {
    let rgb = paper_image(width, height);
    let grey = GrayImage::from_fn(width, height, |x, y| Luma([rgb.get_pixel(x, y).0[1]]));
    let mut out = Cursor::new(Vec::new());
    grey.write_to(&mut out, ImageFormat::Png)
        .unwrap_or_else(|e| panic!("encoding a synthetic PNG: {e}"));
    out.into_inner()
}

/// A PNG header that declares a huge picture, followed by almost nothing: the kind of
/// file that would make a naive decoder allocate gigabytes.
pub fn giant_png_header(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend_from_slice(&13u32.to_be_bytes());
    let mut chunk = b"IHDR".to_vec();
    chunk.extend_from_slice(&ihdr);
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&crc32(&chunk).to_be_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}
