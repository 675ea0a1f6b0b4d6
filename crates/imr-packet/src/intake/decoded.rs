//! WebP and GIF pictures, decoded by the `image` crate. A GIF that moves goes in as its
//! first frame, which is what a printer would show; a WebP is one picture.

use std::io::Cursor;

use image::codecs::gif::GifDecoder;
use image::codecs::webp::WebPDecoder;
use image::{DynamicImage, ImageDecoder};

use super::picture::{self, PageImage, PicturePage, Pictures};
use super::{check_dimensions, Format, IntakeError, Limits};

pub(super) fn prepare(
    bytes: &[u8],
    format: Format,
    limits: &Limits,
) -> Result<Pictures, IntakeError> {
    let (image, lossy) = match format {
        Format::Webp => {
            let mut decoder = WebPDecoder::new(Cursor::new(bytes)).map_err(damaged)?;
            checked(&mut decoder, limits)?;
            (
                DynamicImage::from_decoder(decoder).map_err(damaged)?,
                webp_is_lossy(bytes),
            )
        }
        _ => {
            let mut decoder = GifDecoder::new(Cursor::new(bytes)).map_err(damaged)?;
            checked(&mut decoder, limits)?;
            (DynamicImage::from_decoder(decoder).map_err(damaged)?, false)
        }
    };
    let page = page_from(image, lossy)?;
    Ok(Pictures {
        format,
        pages: vec![page],
    })
}

/// Checks the size the header declares, then tells the decoder to allocate no more
/// than that picture needs.
fn checked(decoder: &mut impl ImageDecoder, limits: &Limits) -> Result<(), IntakeError> {
    let (w, h) = decoder.dimensions();
    check_dimensions(u64::from(w), u64::from(h), limits)?;
    let mut l = image::Limits::default();
    l.max_image_width = Some(w);
    l.max_image_height = Some(h);
    // RGBA, plus room for the decoder's own frame buffer.
    l.max_alloc = Some(u64::from(w) * u64::from(h) * 4 * 3 + (16 << 20));
    decoder.set_limits(l).map_err(damaged)
}

/// Lossy WebP has a `VP8 ` chunk (lossless has `VP8L`).
fn webp_is_lossy(bytes: &[u8]) -> bool {
    let mut pos = 12;
    while let Some(header) = bytes.get(pos..pos + 8) {
        if &header[..4] == b"VP8 " {
            return true;
        }
        let len = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as usize;
        pos = match pos.checked_add(8 + len + (len & 1)) {
            Some(p) => p,
            None => break,
        };
    }
    false
}

/// One decoded picture as a packet page: grey or colour, transparency on white paper,
/// deflated if it was lossless and a JPEG if it was a lossy photo already.
pub(super) fn page_from(image: DynamicImage, lossy: bool) -> Result<PicturePage, IntakeError> {
    let (w, h) = (image.width(), image.height());
    let grey_source = matches!(
        image.color(),
        image::ColorType::L8
            | image::ColorType::La8
            | image::ColorType::L16
            | image::ColorType::La16
    );
    let (grey, pixels) = if image.color().has_alpha() {
        let rgba = image.into_rgba8().into_raw();
        let rgb: Vec<u8> = rgba
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]].map(|c| picture::on_white(c, p[3])))
            .collect();
        (false, rgb)
    } else if grey_source {
        (true, image.into_luma8().into_raw())
    } else {
        (false, image.into_rgb8().into_raw())
    };
    let (grey, pixels) = if !grey && picture::all_grey(&pixels) {
        (true, picture::to_grey(&pixels))
    } else {
        (grey, pixels)
    };
    let image = if lossy {
        PageImage::Jpeg(picture::jpeg(w, h, grey, &pixels)?)
    } else {
        PageImage::Raster(picture::raster(w, h, grey, &pixels)?)
    };
    Ok(PicturePage {
        image,
        orientation: 1,
        dpi: None,
    })
}

fn damaged(error: image::ImageError) -> IntakeError {
    match error {
        image::ImageError::Limits(_) => IntakeError::DamagedImage {
            detail: "it needs far more memory than its size says".into(),
        },
        image::ImageError::Unsupported(_) => IntakeError::Unsupported {
            advice: imr_i18n::Message::new("intake-advice-picture-feature"),
        },
        other => IntakeError::DamagedImage {
            detail: other.to_string(),
        },
    }
}
