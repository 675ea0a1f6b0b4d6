//! PNG scans and screenshots are decoded and stored losslessly (Flate). Transparency is
//! flattened onto white paper, which is how the page prints and faxes.

use std::io::{Cursor, Write};

use flate2::{write::ZlibEncoder, Compression};

use super::{check_dimensions, IntakeError, Limits};

/// Decoded pixels, compressed for the PDF.
#[derive(Debug, Clone)]
pub struct RasterImage {
    pub width: u32,
    pub height: u32,
    /// One channel (grey) or three (RGB), 8 bits each.
    pub grey: bool,
    /// Zlib-compressed samples, row by row (`/FlateDecode`).
    pub deflated: Vec<u8>,
}

pub(super) fn prepare(bytes: &[u8], limits: &Limits) -> Result<RasterImage, IntakeError> {
    // The size is in the first chunk (IHDR); refuse giants before the decoder even
    // looks further.
    if bytes.len() >= 24 && &bytes[12..16] == b"IHDR" {
        let width = u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
        let height = u32::from_be_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]);
        check_dimensions(u64::from(width), u64::from(height), limits)?;
    }
    let mut decoder = png::Decoder::new(Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    // The header alone gives the size; refuse giants before the pixel buffer exists.
    let mut reader = decoder.read_info().map_err(|e| damaged(&e))?;
    let (width, height) = {
        let info = reader.info();
        (info.width, info.height)
    };
    check_dimensions(u64::from(width), u64::from(height), limits)?;
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| IntakeError::ImageTooLarge {
            width: u64::from(width),
            height: u64::from(height),
        })?;
    let mut pixels = vec![0; size];
    let frame = reader.next_frame(&mut pixels).map_err(|e| damaged(&e))?;
    let channels = frame.color_type.samples();
    let grey = matches!(
        frame.color_type,
        png::ColorType::Grayscale | png::ColorType::GrayscaleAlpha
    );
    let out_channels = if grey { 1 } else { 3 };
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::fast());
    let mut row_out = Vec::with_capacity(width as usize * out_channels);
    for row in pixels[..frame.buffer_size()].chunks_exact(frame.line_size) {
        row_out.clear();
        for px in row.chunks_exact(channels).take(width as usize) {
            match channels {
                1 | 3 => row_out.extend_from_slice(px),
                2 => row_out.push(on_white(px[0], px[1])),
                _ => row_out.extend(px[..3].iter().map(|&c| on_white(c, px[3]))),
            }
        }
        encoder.write_all(&row_out).map_err(|e| damaged(&e))?;
    }
    let deflated = encoder.finish().map_err(|e| damaged(&e))?;
    Ok(RasterImage {
        width,
        height,
        grey,
        deflated,
    })
}

/// Composites one channel with alpha over white.
fn on_white(value: u8, alpha: u8) -> u8 {
    let (v, a) = (u32::from(value), u32::from(alpha));
    ((v * a + 255 * (255 - a) + 127) / 255) as u8
}

fn damaged(error: &dyn std::fmt::Display) -> IntakeError {
    IntakeError::DamagedImage {
        detail: error.to_string(),
    }
}
