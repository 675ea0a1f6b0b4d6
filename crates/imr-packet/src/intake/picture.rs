//! Pictures that are decoded on the way in (TIFF scans, HEIC photos, WebP and GIF
//! pictures): each page is held compressed, ready to be one image on one packet page.
//!
//! How a page is stored depends on where it came from:
//! - black-and-white scans stay 1 bit per pixel: CCITT Group 4 data goes in as the
//!   scanner wrote it (`/CCITTFaxDecode`), anything else is packed and deflated;
//! - pixels from a lossless source (LZW, Deflate, PackBits or uncompressed TIFF, GIF,
//!   lossless WebP) are deflated, as PNGs are ([`RasterImage`]);
//! - pixels from a lossy source (HEIC, lossy WebP, JPEG-compressed TIFF) are encoded as
//!   a JPEG at quality [`JPEG_QUALITY`]: deflating a photo's pixels makes a file six
//!   times larger for no visible gain (docs/packet.md has the figures).

use std::io::Write;

use flate2::{write::ZlibEncoder, Compression};
use image::{DynamicImage, GrayImage, ImageBuffer, RgbImage};

use super::{CcittError, Format, IntakeError, JpegImage, RasterImage};

/// Why a stored picture page could not be decoded (for a thumbnail or the fax
/// conversion), or grey or colour pixels could not be made a JPEG. The words are
/// technical, in English.
#[derive(Debug, thiserror::Error)]
pub enum PictureError {
    /// A stored JPEG the decoder cannot read.
    #[error("{0}")]
    Jpeg(image::ImageError),
    /// Deflated pixels that do not inflate.
    #[error("{0}")]
    Inflate(std::io::Error),
    /// Fewer pixels than the page's size needs.
    #[error("short image data")]
    Short,
    /// Group 4 data in which not every row can be read (its words in quotes, as ever).
    #[error("{:?}", .0.to_string())]
    Group4(CcittError),
    /// Pixels to encode that do not fill the picture.
    #[error("the picture's pixels are incomplete")]
    Incomplete,
    /// libjpeg-turbo could not encode the pixels.
    #[error("making a JPEG: {0}")]
    JpegEncode(turbojpeg::Error),
}

/// Quality of the JPEGs made from photos that were lossy already.
pub(crate) const JPEG_QUALITY: u8 = 90;

/// A document made of pictures, one per packet page.
#[derive(Debug)]
pub struct Pictures {
    pub format: Format,
    pub pages: Vec<PicturePage>,
}

/// One page: its pixels, which way up they go, and how large they are on paper if the
/// file says.
#[derive(Debug)]
pub struct PicturePage {
    pub image: PageImage,
    /// EXIF/TIFF orientation, 1–8: how the stored pixels must be turned to be upright.
    pub orientation: u16,
    /// Pixels per inch across and down, when the file gives a believable resolution.
    /// Fax scans have different ones (204 × 98), so both are kept.
    pub dpi: Option<(f32, f32)>,
}

/// The stored pixels of a page.
#[derive(Debug)]
pub enum PageImage {
    Jpeg(JpegImage),
    Raster(RasterImage),
    Bilevel(BilevelImage),
}

/// A black-and-white page, 1 bit per pixel.
#[derive(Debug)]
pub struct BilevelImage {
    pub width: u32,
    pub height: u32,
    pub data: Vec<u8>,
    pub coding: BilevelCoding,
}

/// How [`BilevelImage::data`] is coded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BilevelCoding {
    /// Rows of packed bits, each padded to a whole byte, 0 = black; zlib-compressed.
    Flate,
    /// CCITT Group 4 (T.6) data, checked on the way in. `black_is_1` as PDF means it:
    /// false when the coded white runs are white, as in nearly every scan.
    Group4 { black_is_1: bool },
}

impl PicturePage {
    /// The stored size in pixels.
    pub fn pixel_size(&self) -> (u32, u32) {
        match &self.image {
            PageImage::Jpeg(j) => (j.width, j.height),
            PageImage::Raster(r) => (r.width, r.height),
            PageImage::Bilevel(b) => (b.width, b.height),
        }
    }

    /// The size as seen upright: in points when the resolution is known (`true`), else
    /// in pixels (`false`).
    pub(crate) fn upright_size(&self) -> (f32, f32, bool) {
        let (w, h) = self.pixel_size();
        let (mut w, mut h) = (w as f32, h as f32);
        let known = if let Some((x, y)) = self.dpi {
            w *= 72.0 / x;
            h *= 72.0 / y;
            true
        } else {
            false
        };
        if (5..=8).contains(&self.orientation) {
            (h, w, known)
        } else {
            (w, h, known)
        }
    }

    /// Decodes the page's pixels, turned upright and, for scans whose pixels are not
    /// square (fax resolution), stretched to their true proportions. For thumbnails and
    /// previews; the packet itself keeps the stored form.
    pub(crate) fn decode_upright(&self) -> Result<DynamicImage, PictureError> {
        let img = match &self.image {
            PageImage::Jpeg(j) => {
                image::load_from_memory_with_format(&j.bytes, image::ImageFormat::Jpeg)
                    .map_err(PictureError::Jpeg)?
            }
            PageImage::Raster(r) => {
                let px = inflate(&r.deflated)?;
                if r.grey {
                    DynamicImage::ImageLuma8(
                        GrayImage::from_raw(r.width, r.height, px).ok_or(PictureError::Short)?,
                    )
                } else {
                    DynamicImage::ImageRgb8(
                        RgbImage::from_raw(r.width, r.height, px).ok_or(PictureError::Short)?,
                    )
                }
            }
            PageImage::Bilevel(b) => DynamicImage::ImageLuma8(bilevel_to_grey(b)?),
        };
        let mut img = img;
        if let Some(o) = image::metadata::Orientation::from_exif(self.orientation as u8) {
            img.apply_orientation(o);
        }
        if let Some((x, y)) = self.dpi {
            if (x - y).abs() > 0.01 * x.max(y) {
                let (w, h, _) = self.upright_size();
                let scale = (img.width() as f32 / w).max(img.height() as f32 / h);
                let (nw, nh) = ((w * scale).round() as u32, (h * scale).round() as u32);
                img = img.resize_exact(nw.max(1), nh.max(1), image::imageops::FilterType::Triangle);
            }
        }
        Ok(img)
    }
}

fn inflate(data: &[u8]) -> Result<Vec<u8>, PictureError> {
    let mut out = Vec::new();
    let mut decoder = flate2::write::ZlibDecoder::new(&mut out);
    decoder.write_all(data).map_err(PictureError::Inflate)?;
    decoder.finish().map_err(PictureError::Inflate)?;
    Ok(out)
}

/// A black-and-white page as grey pixels (0 or 255).
fn bilevel_to_grey(b: &BilevelImage) -> Result<GrayImage, PictureError> {
    let (w, h) = (b.width as usize, b.height as usize);
    let (packed, black_is_1) = match b.coding {
        BilevelCoding::Flate => (inflate(&b.data)?, false),
        BilevelCoding::Group4 { black_is_1 } => {
            // The decoder writes coded black runs as 0 bits.
            let rows = super::tiff::decode_ccitt(
                &b.data,
                b.width,
                b.height,
                hayro_ccitt::EncodingMode::Group4,
                false,
                false,
            )
            .map_err(PictureError::Group4)?;
            (rows, black_is_1)
        }
    };
    let stride = w.div_ceil(8);
    if packed.len() < stride * h {
        return Err(PictureError::Short);
    }
    let mut px = Vec::with_capacity(w * h);
    for row in packed.chunks_exact(stride).take(h) {
        for x in 0..w {
            let bit = (row[x / 8] >> (7 - x % 8)) & 1;
            let white = (bit == 1) != black_is_1;
            px.push(if white { 255 } else { 0 });
        }
    }
    ImageBuffer::from_raw(b.width, b.height, px).ok_or(PictureError::Short)
}

/// Deflates 8-bit grey (1 channel) or RGB (3 channels) pixels, as PNGs are stored.
pub(super) fn raster(
    width: u32,
    height: u32,
    grey: bool,
    pixels: &[u8],
) -> Result<RasterImage, IntakeError> {
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(pixels.len() / 4), Compression::fast());
    encoder.write_all(pixels).map_err(damaged)?;
    let deflated = encoder.finish().map_err(damaged)?;
    Ok(RasterImage {
        width,
        height,
        grey,
        deflated,
    })
}

/// Encodes 8-bit grey or RGB pixels as a JPEG at [`JPEG_QUALITY`].
pub(super) fn jpeg(
    width: u32,
    height: u32,
    grey: bool,
    pixels: &[u8],
) -> Result<JpegImage, IntakeError> {
    let bytes = encode_jpeg(width as usize, height as usize, grey, pixels).map_err(damaged)?;
    Ok(JpegImage {
        bytes,
        width,
        height,
        components: if grey { 1 } else { 3 },
        inverted_cmyk: false,
        orientation: 1,
    })
}

/// 8-bit grey (one channel) or RGB pixels, row by row, as JPEG bytes at
/// [`JPEG_QUALITY`], by libjpeg-turbo: six times faster than the `image` crate's encoder
/// for the same size (docs/packet.md).
pub(crate) fn encode_jpeg(
    width: usize,
    height: usize,
    grey: bool,
    pixels: &[u8],
) -> Result<Vec<u8>, PictureError> {
    use turbojpeg::{Compressor, Image, PixelFormat, Subsamp};
    let format = if grey {
        PixelFormat::GRAY
    } else {
        PixelFormat::RGB
    };
    if pixels.len() != width * height * format.size() {
        return Err(PictureError::Incomplete);
    }
    let encode = || -> Result<Vec<u8>, turbojpeg::Error> {
        let mut compressor = Compressor::new()?;
        compressor.set_quality(i32::from(JPEG_QUALITY))?;
        if grey {
            compressor.set_subsamp(Subsamp::Gray)?;
        }
        compressor.compress_to_vec(Image {
            pixels,
            width,
            pitch: width * format.size(),
            height,
            format,
        })
    };
    encode().map_err(PictureError::JpegEncode)
}

/// Packs rows of 1-bit pixels (already packed, each row `stride` bytes, 0 = black) and
/// deflates them.
pub(super) fn bilevel(width: u32, height: u32, packed: &[u8]) -> Result<BilevelImage, IntakeError> {
    let mut encoder =
        ZlibEncoder::new(Vec::with_capacity(packed.len() / 8), Compression::default());
    encoder.write_all(packed).map_err(damaged)?;
    Ok(BilevelImage {
        width,
        height,
        data: encoder.finish().map_err(damaged)?,
        coding: BilevelCoding::Flate,
    })
}

/// Composites one channel with alpha over white paper.
pub(super) fn on_white(value: u8, alpha: u8) -> u8 {
    let (v, a) = (u32::from(value), u32::from(alpha));
    ((v * a + 255 * (255 - a) + 127) / 255) as u8
}

/// Whether every pixel of RGB data is grey (R = G = B): such pages are stored as grey.
pub(super) fn all_grey(rgb: &[u8]) -> bool {
    rgb.chunks_exact(3).all(|p| p[0] == p[1] && p[1] == p[2])
}

/// Keeps one channel of RGB data known to be grey.
pub(super) fn to_grey(rgb: &[u8]) -> Vec<u8> {
    rgb.chunks_exact(3).map(|p| p[0]).collect()
}

fn damaged(error: impl std::fmt::Display) -> IntakeError {
    IntakeError::DamagedImage {
        detail: error.to_string(),
    }
}
