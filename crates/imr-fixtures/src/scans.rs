//! Synthetic scanner files: TIFFs written tag by tag, so tests can make exactly the
//! variants scanners and fax software produce (one bit per pixel, palettes, turned
//! pages, fax resolution, several pages), plus multi-page TIFFs compressed by the
//! `tiff` crate's encoder. CCITT-compressed variants are made from these by the tests
//! with libtiff's `tiffcp`.

use std::io::Cursor;

use image::{GrayImage, RgbImage};

/// One page of a TIFF written by [`tiff_file`]: uncompressed pixel data in one strip,
/// and its tags besides the ones every page needs.
#[derive(Debug, Clone)]
pub struct TiffPage {
    pub width: u32,
    pub height: u32,
    pub bits_per_sample: u16,
    pub samples_per_pixel: u16,
    /// 0 WhiteIsZero, 1 BlackIsZero, 2 RGB, 3 palette.
    pub photometric: u16,
    /// Rows of samples, each row padded to a whole byte.
    pub data: Vec<u8>,
    /// Further tags: (tag, type (3 SHORT, 4 LONG, 5 RATIONAL), values). Rationals are
    /// given as numerator, denominator pairs.
    pub extra: Vec<(u16, u16, Vec<u32>)>,
}

impl TiffPage {
    /// Adds the resolution tags (pixels per inch).
    pub fn with_dpi(mut self, x: u32, y: u32) -> TiffPage {
        self.extra.push((282, 5, vec![x, 1]));
        self.extra.push((283, 5, vec![y, 1]));
        self.extra.push((296, 3, vec![2]));
        self
    }

    /// Adds the orientation tag (1–8).
    pub fn with_orientation(mut self, orientation: u16) -> TiffPage {
        self.extra.push((274, 3, vec![u32::from(orientation)]));
        self
    }
}

/// A black-and-white page (1 bit per pixel, WhiteIsZero as fax software writes it):
/// pixels of `page` darker than half grey are black.
pub fn bilevel_page(page: &GrayImage) -> TiffPage {
    let (w, h) = page.dimensions();
    let stride = w.div_ceil(8) as usize;
    let mut data = vec![0u8; stride * h as usize];
    for (x, y, p) in page.enumerate_pixels() {
        if p.0[0] < 128 {
            data[y as usize * stride + x as usize / 8] |= 0x80 >> (x % 8);
        }
    }
    TiffPage {
        width: w,
        height: h,
        bits_per_sample: 1,
        samples_per_pixel: 1,
        photometric: 0,
        data,
        extra: Vec::new(),
    }
}

/// A page of `bits` (4 or 8) bits per pixel with a colour table: the picture's greys
/// are mapped onto a warm-tinted palette of `2^bits` entries.
pub fn palette_page(page: &GrayImage, bits: u16) -> TiffPage {
    let (w, h) = page.dimensions();
    let levels = 1u32 << bits;
    let stride = (w as usize * usize::from(bits)).div_ceil(8);
    let mut data = vec![0u8; stride * h as usize];
    for (x, y, p) in page.enumerate_pixels() {
        let index = u32::from(p.0[0]) * (levels - 1) / 255;
        let bit = x as usize * usize::from(bits);
        let shift = 8 - usize::from(bits) - bit % 8;
        data[y as usize * stride + bit / 8] |= (index as u8) << shift;
    }
    let ramp = |scale: u32| -> Vec<u32> {
        (0..levels)
            .map(|i| i * 65_535 / (levels - 1) * scale / 100)
            .collect()
    };
    let mut map = ramp(100);
    map.extend(ramp(96));
    map.extend(ramp(90));
    TiffPage {
        width: w,
        height: h,
        bits_per_sample: bits,
        samples_per_pixel: 1,
        photometric: 3,
        data,
        extra: vec![(320, 3, map)],
    }
}

/// A grey page, 8 bits per pixel, BlackIsZero.
pub fn grey_page(page: &GrayImage) -> TiffPage {
    TiffPage {
        width: page.width(),
        height: page.height(),
        bits_per_sample: 8,
        samples_per_pixel: 1,
        photometric: 1,
        data: page.as_raw().clone(),
        extra: Vec::new(),
    }
}

/// Writes `pages` as one little-endian TIFF, uncompressed, one strip a page.
pub fn tiff_file(pages: &[TiffPage]) -> Vec<u8> {
    let mut out = b"II*\0".to_vec();
    out.extend_from_slice(&0u32.to_le_bytes());
    let mut link = 4; // where the offset of the next directory goes
    for page in pages {
        let data_at = out.len() as u32;
        out.extend_from_slice(&page.data);
        if out.len() % 2 == 1 {
            out.push(0);
        }
        let bits = vec![u32::from(page.bits_per_sample); usize::from(page.samples_per_pixel)];
        let mut tags: Vec<(u16, u16, Vec<u32>)> = vec![
            (256, 4, vec![page.width]),
            (257, 4, vec![page.height]),
            (258, 3, bits),
            (259, 3, vec![1]),
            (262, 3, vec![u32::from(page.photometric)]),
            (273, 4, vec![data_at]),
            (277, 3, vec![u32::from(page.samples_per_pixel)]),
            (278, 4, vec![page.height]),
            (279, 4, vec![page.data.len() as u32]),
        ];
        tags.extend(page.extra.iter().cloned());
        tags.sort_by_key(|t| t.0);
        // Values too long for the entry go before the directory.
        let mut entries = Vec::new();
        for (tag, kind, values) in &tags {
            let bytes: Vec<u8> = match kind {
                3 => values
                    .iter()
                    .flat_map(|v| (*v as u16).to_le_bytes())
                    .collect(),
                _ => values.iter().flat_map(|v| v.to_le_bytes()).collect(),
            };
            let count = if *kind == 5 {
                values.len() / 2
            } else {
                values.len()
            } as u32;
            let field = if bytes.len() <= 4 {
                let mut f = bytes.clone();
                f.resize(4, 0);
                f
            } else {
                let at = out.len() as u32;
                out.extend_from_slice(&bytes);
                if out.len() % 2 == 1 {
                    out.push(0);
                }
                at.to_le_bytes().to_vec()
            };
            entries.push((*tag, *kind, count, field));
        }
        let ifd_at = out.len() as u32;
        out[link..link + 4].copy_from_slice(&ifd_at.to_le_bytes());
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        for (tag, kind, count, field) in entries {
            out.extend_from_slice(&tag.to_le_bytes());
            out.extend_from_slice(&kind.to_le_bytes());
            out.extend_from_slice(&count.to_le_bytes());
            out.extend_from_slice(&field);
        }
        link = out.len();
        out.extend_from_slice(&0u32.to_le_bytes());
    }
    out
}

/// How [`compressed_tiff`] compresses a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Packing {
    None,
    Lzw,
    Deflate,
    PackBits,
}

/// A page for [`compressed_tiff`].
#[derive(Debug, Clone)]
pub enum Picture {
    Grey(GrayImage),
    Colour(RgbImage),
}

/// A multi-page TIFF written by the `tiff` crate: each page with its own compression.
pub fn compressed_tiff(pages: &[(Picture, Packing)]) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    write_pages(&mut out, pages);
    out.into_inner()
}

fn write_pages(out: &mut Cursor<Vec<u8>>, pages: &[(Picture, Packing)]) {
    use tiff::encoder::{colortype, Compression, DeflateLevel, TiffEncoder};
    let mut encoder =
        TiffEncoder::new(out).unwrap_or_else(|e| panic!("starting a synthetic TIFF: {e}"));
    for (picture, packing) in pages {
        encoder = encoder.with_compression(match packing {
            Packing::None => Compression::Uncompressed,
            Packing::Lzw => Compression::Lzw,
            Packing::Deflate => Compression::Deflate(DeflateLevel::default()),
            Packing::PackBits => Compression::Packbits,
        });
        let result = match picture {
            Picture::Grey(g) => {
                encoder.write_image::<colortype::Gray8>(g.width(), g.height(), g.as_raw())
            }
            Picture::Colour(c) => {
                encoder.write_image::<colortype::RGB8>(c.width(), c.height(), c.as_raw())
            }
        };
        result.unwrap_or_else(|e| panic!("writing a synthetic TIFF page: {e}"));
    }
}
