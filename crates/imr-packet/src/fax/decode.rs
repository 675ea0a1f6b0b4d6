//! Decoding, the first stage: a document page as grey pixels, at (or just above) the
//! size it will have on the fax page. Photos are decoded grey only and at a reduced DCT
//! scale; imported PDF pages are drawn by hayro, and told apart when they are already
//! black text on white paper.

use super::{resample, FaxError, Gray};
use crate::intake::{ImportedPage, JpegImage, PdfSource, RasterImage};
use crate::xobject::single_page_pdf;

/// A JPEG as grey pixels, upright, `width` × `height`.
pub(super) fn jpeg_grey(jpeg: &JpegImage, width: usize, height: usize) -> Result<Gray, FaxError> {
    let (sw, sh) = if (5..=8).contains(&jpeg.orientation) {
        (height, width)
    } else {
        (width, height)
    };
    let stored = decode_jpeg_grey(jpeg, sw, sh)?;
    let small = resample(&stored, sw, sh);
    drop(stored);
    Ok(super::orient(&small, jpeg.orientation))
}

/// A JPEG's luminance as stored (before EXIF orientation), at the smallest of the
/// decoder's DCT scale factors (1/8, 1/4, 3/8, 1/2 … 1) that still gives at least
/// `width` × `height` pixels: a 12 MP photo for a letter page at 200 dpi is decoded at
/// 3/8 or 1/2 of its size, and only its luminance goes through the inverse DCT.
///
/// libjpeg-turbo (SIMD) does it. What it refuses to turn into grey (CMYK photos, a file
/// it warns about) goes through the general decoder at full size, as before.
pub fn decode_jpeg_grey(jpeg: &JpegImage, width: usize, height: usize) -> Result<Gray, FaxError> {
    if let Ok(grey) = turbo_grey(&jpeg.bytes, width, height) {
        return Ok(grey);
    }
    let img = image::load_from_memory_with_format(&jpeg.bytes, image::ImageFormat::Jpeg)
        .map_err(FaxError::Photo)?;
    let luma = img.to_luma8();
    Ok(Gray {
        width: luma.width() as usize,
        height: luma.height() as usize,
        pixels: luma.into_raw(),
    })
}

fn turbo_grey(bytes: &[u8], width: usize, height: usize) -> Result<Gray, turbojpeg::Error> {
    use turbojpeg::{Decompressor, Image, PixelFormat, ScalingFactor};

    let mut decompressor = Decompressor::new()?;
    let header = decompressor.read_header(bytes)?;
    let scale = Decompressor::supported_scaling_factors()
        .into_iter()
        .filter(|f| f.num() <= f.denom())
        .filter(|f| f.scale(header.width) >= width && f.scale(header.height) >= height)
        .min_by(|a, b| (a.num() * b.denom()).cmp(&(b.num() * a.denom())))
        .unwrap_or(ScalingFactor::ONE);
    decompressor.set_scaling_factor(scale)?;
    let size = header.scaled(scale);
    let mut pixels = vec![0u8; size.width * size.height];
    decompressor.decompress(
        bytes,
        Image {
            pixels: &mut pixels[..],
            width: size.width,
            pitch: size.width,
            height: size.height,
            format: PixelFormat::GRAY,
        },
    )?;
    Ok(Gray {
        width: size.width,
        height: size.height,
        pixels,
    })
}

/// A PNG (stored deflated) as grey pixels, `width` × `height`.
pub(super) fn raster_grey(
    raster: &RasterImage,
    width: usize,
    height: usize,
) -> Result<Gray, FaxError> {
    use std::io::Read;
    let (w, h) = (raster.width as usize, raster.height as usize);
    let channels = if raster.grey { 1 } else { 3 };
    let mut samples = Vec::with_capacity(w * h * channels);
    flate2::read::ZlibDecoder::new(&raster.deflated[..])
        .take((w * h * channels) as u64)
        .read_to_end(&mut samples)
        .map_err(FaxError::Pixels)?;
    if samples.len() != w * h * channels {
        return Err(FaxError::Incomplete);
    }
    let pixels = if raster.grey {
        samples
    } else {
        samples
            .chunks_exact(3)
            .map(|p| luma(p[0], p[1], p[2]))
            .collect()
    };
    let full = Gray {
        width: w,
        height: h,
        pixels,
    };
    Ok(resample(&full, width, height))
}

fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((77 * u32::from(r) + 150 * u32::from(g) + 29 * u32::from(b) + 128) >> 8) as u8
}

/// One imported page, drawn by hayro on white at `width` × `height`, and whether it is
/// already black text on white paper (almost all white, few mid-tones, no colour).
pub(super) fn pdf_grey(
    source: &PdfSource,
    page: &ImportedPage,
    width: usize,
    height: usize,
) -> Result<(Gray, bool), FaxError> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    use hayro::vello_cpu::color::palette::css::WHITE;
    use hayro::{render, PixmapSettings, RenderCache, RenderSettings};

    let bytes = single_page_pdf(source, page).map_err(FaxError::CopyPage)?;
    let pdf = Pdf::new(bytes).map_err(FaxError::ReadPage)?;
    let pages = pdf.pages();
    let first = pages.first().ok_or(FaxError::PageMissing)?;
    let (pw, ph) = first.render_dimensions();
    if pw <= 0.0 || ph <= 0.0 {
        return Err(FaxError::NoSize);
    }
    let settings = PixmapSettings {
        x_scale: width as f32 / pw,
        y_scale: height as f32 / ph,
        bg_color: WHITE,
    };
    let pixmap = render(
        first,
        &RenderCache::new(),
        &InterpreterSettings::default(),
        &RenderSettings::default(),
        &settings,
    );
    let (rw, rh) = (usize::from(pixmap.width()), usize::from(pixmap.height()));
    let mut out = Gray::new(width, height);
    // Premultiplied RGBA over the white background already: alpha is 255.
    let data = pixmap.data_as_u8_slice();
    let (mut white, mut mid, mut colour) = (0usize, 0usize, 0usize);
    for y in 0..height.min(rh) {
        for x in 0..width.min(rw) {
            let i = (y * rw + x) * 4;
            let (r, g, b) = (data[i], data[i + 1], data[i + 2]);
            let v = luma(r, g, b);
            out.pixels[y * width + x] = v;
            white += usize::from(v >= 235);
            mid += usize::from((64..200).contains(&v));
            colour += usize::from(r.max(g).max(b) - r.min(g).min(b) > 48);
        }
    }
    let n = (width * height).max(1);
    let black_on_white = white * 100 >= n * 70 && mid * 100 <= n * 5 && colour * 100 <= n;
    Ok((out, black_on_white))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fax::{fax_page, Encoding};
    use crate::intake::Prepared;

    /// Paper (light grey) with a black block in its top-left quarter, as JPEG bytes in the
    /// given pixel format (RGB or CMYK, which libjpeg-turbo writes as YCCK).
    fn block_jpeg(width: usize, height: usize, format: turbojpeg::PixelFormat) -> Vec<u8> {
        let size = format.size();
        let mut pixels = vec![0u8; width * height * size];
        for (i, px) in pixels.chunks_exact_mut(size).enumerate() {
            let (x, y) = (i % width, i / width);
            let ink = x < width / 2 && y < height / 2;
            if format == turbojpeg::PixelFormat::CMYK {
                // No ink on paper, full black in the block; stored inverted, as Adobe
                // software writes CMYK JPEGs (255 is no ink).
                px.copy_from_slice(&[255, 255, 255, if ink { 0 } else { 235 }]);
            } else {
                px.fill(if ink { 0 } else { 235 });
            }
        }
        let image = turbojpeg::Image {
            pixels: &pixels[..],
            width,
            pitch: width * size,
            height,
            format,
        };
        let mut compressor = turbojpeg::Compressor::new().expect("a compressor");
        compressor.set_quality(90).expect("quality");
        compressor.compress_to_vec(image).expect("compressing")
    }

    fn jpeg_of(bytes: Vec<u8>) -> JpegImage {
        match crate::prepare(bytes, &crate::Limits::default()) {
            Ok(Prepared::Jpeg(jpeg)) => jpeg,
            other => panic!("not taken as a JPEG: {other:?}"),
        }
    }

    #[test]
    fn big_photos_are_decoded_at_the_smallest_dct_scale_that_still_covers_the_page() {
        let jpeg = jpeg_of(block_jpeg(1600, 1200, turbojpeg::PixelFormat::RGB));
        // 1/4 gives 400 × 300: enough for 390 × 290, and 1/8 (200 × 150) is not.
        let grey = decode_jpeg_grey(&jpeg, 390, 290).expect("decoding");
        assert_eq!((grey.width, grey.height), (400, 300));
        // 3/8 (600 × 450) is the smallest that covers 560 × 420.
        let grey = decode_jpeg_grey(&jpeg, 560, 420).expect("decoding");
        assert_eq!((grey.width, grey.height), (600, 450));
        // Never enlarged by the decoder: a page bigger than the photo gets it whole.
        let grey = decode_jpeg_grey(&jpeg, 2000, 1500).expect("decoding");
        assert_eq!((grey.width, grey.height), (1600, 1200));
        let at = |x: usize, y: usize| grey.pixels[y * grey.width + x];
        assert!(at(200, 200) < 20, "block: {}", at(200, 200));
        assert!(at(1200, 900) > 215, "paper: {}", at(1200, 900));
    }

    #[test]
    fn cmyk_photos_which_the_fast_decoder_cannot_make_grey_still_convert() {
        let bytes = block_jpeg(320, 240, turbojpeg::PixelFormat::CMYK);
        assert!(
            turbo_grey(&bytes, 320, 240).is_err(),
            "libjpeg-turbo made CMYK grey"
        );
        let jpeg = jpeg_of(bytes);
        assert_eq!(jpeg.components, 4);
        let page = fax_page(&Prepared::Jpeg(jpeg), 0).expect("converting");
        let g = &page.image;
        let at = |fx: f32, fy: f32| {
            g.pixels[(fy * g.height as f32) as usize * g.width + (fx * g.width as f32) as usize]
        };
        assert_eq!(page.encoding, Encoding::Bilevel);
        assert_eq!(at(0.25, 0.25), 0, "the black block");
        assert_eq!(at(0.75, 0.75), 255, "the paper");
    }
}
