//! Encoding, the last stage: a cleaned page compressed as it goes into the packet (CCITT
//! Group 4 for 1 bit, JPEG for grey), or as a PNG for the person to see first.

use super::whiten::BILEVEL_THRESHOLD;
use super::{fax_page, Encoding, FaxError, FaxPage, Gray};
use crate::intake::Prepared;

/// The bytes of an image XObject for a fax page: its dictionary entries' values
/// (filter and decode parameters) are set where the page is assembled.
#[derive(Debug)]
pub struct Encoded {
    pub width: usize,
    pub height: usize,
    pub encoding: Encoding,
    pub data: Vec<u8>,
    pub rect: (f32, f32, f32, f32),
}

/// Compresses a fax page: CCITT Group 4 for 1 bit, JPEG (quality 90) for grey.
pub fn encode(page: FaxPage) -> Result<Encoded, FaxError> {
    let FaxPage {
        image,
        encoding,
        rect,
        ..
    } = page;
    let data = match encoding {
        Encoding::Bilevel => g4(&image)?,
        Encoding::Grey => {
            crate::intake::encode_jpeg(image.width, image.height, true, &image.pixels)?
        }
    };
    Ok(Encoded {
        width: image.width,
        height: image.height,
        encoding,
        data,
        rect,
    })
}

fn g4(image: &Gray) -> Result<Vec<u8>, FaxError> {
    use fax::{encoder::Encoder, Color, VecWriter};
    let width = u16::try_from(image.width).map_err(|_| FaxError::TooWide)?;
    let mut encoder = Encoder::new(VecWriter::new());
    for row in image.pixels.chunks_exact(image.width) {
        let line = row.iter().map(|&v| {
            if v < BILEVEL_THRESHOLD {
                Color::Black
            } else {
                Color::White
            }
        });
        encoder
            .encode_line(line, width)
            .map_err(|_| FaxError::Group4)?;
    }
    Ok(encoder.finish().map_err(|_| FaxError::Group4)?.finish())
}

/// A PNG of a document page as it will be faxed (1-bit or grey, 200 dpi).
pub fn fax_preview(document: &Prepared, index: usize) -> Result<Vec<u8>, FaxError> {
    let page = fax_page(document, index)?;
    let mut out = Vec::new();
    let mut encoder =
        png::Encoder::new(&mut out, page.image.width as u32, page.image.height as u32);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_compression(png::Compression::Fast);
    let (depth, data) = match page.encoding {
        Encoding::Grey => (png::BitDepth::Eight, page.image.pixels),
        Encoding::Bilevel => (png::BitDepth::One, pack_bits(&page.image)),
    };
    encoder.set_depth(depth);
    let mut writer = encoder.write_header().map_err(FaxError::Preview)?;
    writer.write_image_data(&data).map_err(FaxError::Preview)?;
    writer.finish().map_err(FaxError::Preview)?;
    Ok(out)
}

/// 1-bit rows, most significant bit first, 1 = white (PNG grey).
fn pack_bits(image: &Gray) -> Vec<u8> {
    let stride = image.width.div_ceil(8);
    let mut out = vec![0u8; stride * image.height];
    for (row, line) in image
        .pixels
        .chunks_exact(image.width)
        .zip(out.chunks_exact_mut(stride))
    {
        for (x, &v) in row.iter().enumerate() {
            if v >= BILEVEL_THRESHOLD {
                line[x / 8] |= 0x80 >> (x % 8);
            }
        }
    }
    out
}
