//! TIFF scans: every page of a multi-page TIFF becomes a packet page.
//!
//! All pages' headers are read first, so the page count and every page's size are
//! checked against the [`Limits`] before any pixel is decoded. Then, page by page:
//! - CCITT fax compression (Group 4, Group 3 one- and two-dimensional, and Modified
//!   Huffman), which most black-and-white scanners write: a page kept in one strip of
//!   Group 4 data goes into the PDF as it is (`/CCITTFaxDecode`), after a full decode
//!   has shown it is whole; anything else is decoded here (hayro-ccitt) and kept at one
//!   bit per pixel;
//! - LZW, Deflate, PackBits, JPEG or no compression, in black and white, grey, colour,
//!   palette or CMYK: decoded by the `tiff` crate, see [`super::picture`] for how.
//!
//! The page's orientation tag and its resolution are kept: a 300 dpi half-page receipt
//! is placed at its real size, and a fax page (204 × 98 dpi) is not squashed.

use std::io::Cursor;

use ::tiff::decoder::{Decoder, DecodingResult, Limits as TiffLimits};
use ::tiff::tags::Tag;
use ::tiff::{ColorType, TiffError};
use hayro_ccitt::{DecodeSettings, DecoderContext, EncodingMode};
use imr_i18n::Message;

use super::picture::{self, BilevelCoding, BilevelImage, PageImage, PicturePage, Pictures};
use super::{check_dimensions, Format, IntakeError, Limits};

const COMPRESSION_NONE: u16 = 1;
const COMPRESSION_CCITT_RLE: u16 = 2;
const COMPRESSION_CCITT_G3: u16 = 3;
const COMPRESSION_CCITT_G4: u16 = 4;
const COMPRESSION_JPEG: u16 = 7;

/// Counting the pages of a file with more than this many stops there (the file is
/// refused either way).
const MAX_COUNTED_PAGES: usize = 100_000;

const COMPRESSION_ADVICE: &str = "intake-advice-tiff-compression";
const COLOR_ADVICE: &str = "intake-advice-tiff-color";

/// What the headers say about one page.
#[derive(Debug, Clone)]
struct PageInfo {
    /// Position of its directory in the file's chain of directories.
    ifd: usize,
    width: u32,
    height: u32,
    compression: u16,
    orientation: u16,
    dpi: Option<(f32, f32)>,
}

pub(super) fn prepare(bytes: &[u8], limits: &Limits) -> Result<Pictures, IntakeError> {
    let mut decoder = Decoder::new(Cursor::new(bytes))
        .map_err(|e| tiff_error(e, None))?
        .with_limits(tiff_limits(limits));
    let pages = read_headers(&mut decoder, limits)?;
    let mut out = Vec::with_capacity(pages.len());
    for (n, info) in pages.iter().enumerate() {
        let page = n + 1;
        decoder
            .seek_to_image(info.ifd)
            .map_err(|e| tiff_error(e, Some(page)))?;
        let image = match info.compression {
            COMPRESSION_CCITT_RLE | COMPRESSION_CCITT_G3 | COMPRESSION_CCITT_G4 => {
                PageImage::Bilevel(fax_page(&mut decoder, bytes, info, page)?)
            }
            // The `tiff` crate does not read palettes (photometric 3).
            _ if photometric(&mut decoder) == Some(3) => {
                palette_page(&mut decoder, bytes, info, page)?
            }
            _ => decoded_page(&mut decoder, info, page)?,
        };
        out.push(PicturePage {
            image,
            orientation: info.orientation,
            dpi: info.dpi,
        });
    }
    Ok(Pictures {
        format: Format::Tiff,
        pages: out,
    })
}

/// The `tiff` crate's own limits, in line with ours: it refuses rather than allocates.
fn tiff_limits(limits: &Limits) -> TiffLimits {
    let mut l = TiffLimits::default();
    // Four bytes a pixel: RGBA at 8 bits, or grey with alpha at 16.
    l.decoding_buffer_size =
        usize::try_from(limits.max_pixels.saturating_mul(4)).unwrap_or(usize::MAX);
    l.intermediate_buffer_size = l.decoding_buffer_size;
    l
}

/// Reads every page's directory, checking the limits as it goes.
fn read_headers(
    decoder: &mut Decoder<Cursor<&[u8]>>,
    limits: &Limits,
) -> Result<Vec<PageInfo>, IntakeError> {
    let mut pages = Vec::new();
    let mut thumbnails = Vec::new();
    let mut ifd = 0;
    loop {
        let page = pages.len() + 1;
        let info = page_info(decoder, ifd).map_err(|e| tiff_error(e, Some(page)))?;
        // NewSubfileType bit 0: a reduced-resolution copy of another page.
        let reduced = decoder
            .find_tag_unsigned::<u32>(Tag::NewSubfileType)
            .ok()
            .flatten()
            .is_some_and(|t| t & 1 == 1);
        if reduced {
            thumbnails.push(info);
        } else {
            check_dimensions(u64::from(info.width), u64::from(info.height), limits)?;
            pages.push(info);
        }
        if !decoder.more_images() {
            break;
        }
        if pages.len() >= MAX_COUNTED_PAGES {
            break;
        }
        decoder
            .next_image()
            .map_err(|e| tiff_error(e, Some(pages.len() + 1)))?;
        ifd += 1;
    }
    if pages.len() > limits.max_pages {
        return Err(IntakeError::TooManyPages {
            pages: pages.len(),
            limit: limits.max_pages,
        });
    }
    if pages.is_empty() {
        // Only reduced copies: better those than nothing.
        for info in &thumbnails {
            check_dimensions(u64::from(info.width), u64::from(info.height), limits)?;
        }
        pages = thumbnails;
    }
    Ok(pages)
}

fn page_info(decoder: &mut Decoder<Cursor<&[u8]>>, ifd: usize) -> Result<PageInfo, TiffError> {
    let (width, height) = decoder.dimensions()?;
    let compression = decoder
        .find_tag_unsigned::<u16>(Tag::Compression)?
        .unwrap_or(COMPRESSION_NONE);
    let orientation = decoder
        .find_tag_unsigned::<u16>(Tag::Orientation)
        .ok()
        .flatten()
        .filter(|o| (1..=8).contains(o))
        .unwrap_or(1);
    Ok(PageInfo {
        ifd,
        width,
        height,
        compression,
        orientation,
        dpi: resolution(decoder),
    })
}

/// The page's resolution in pixels per inch, if it has a believable one.
fn resolution(decoder: &mut Decoder<Cursor<&[u8]>>) -> Option<(f32, f32)> {
    let mut read = |tag| match decoder.find_tag(tag).ok()?? {
        ::tiff::decoder::ifd::Value::Rational(n, d) if d != 0 => Some(n as f32 / d as f32),
        other => other.into_f32().ok(),
    };
    let x = read(Tag::XResolution)?;
    let y = read(Tag::YResolution).unwrap_or(x);
    let per_inch = match decoder
        .find_tag_unsigned::<u16>(Tag::ResolutionUnit)
        .ok()
        .flatten()
        .unwrap_or(2)
    {
        2 => 1.0,
        3 => 2.54,
        // No unit: only a ratio, and no size on paper.
        _ => return None,
    };
    let (x, y) = (x * per_inch, y * per_inch);
    let believable = |v: f32| v.is_finite() && (10.0..=10_000.0).contains(&v);
    (believable(x) && believable(y) && x / y <= 4.0 && y / x <= 4.0).then_some((x, y))
}

fn photometric(decoder: &mut Decoder<Cursor<&[u8]>>) -> Option<u16> {
    decoder
        .find_tag_unsigned::<u16>(Tag::PhotometricInterpretation)
        .ok()
        .flatten()
}

/// The data of a page's strips, each within the file (`None` if they are not).
fn strips<'a>(
    decoder: &mut Decoder<Cursor<&[u8]>>,
    bytes: &'a [u8],
    info: &PageInfo,
    page: usize,
) -> Result<(Vec<&'a [u8]>, u32), IntakeError> {
    if decoder.find_tag(Tag::TileWidth).ok().flatten().is_some() {
        return Err(IntakeError::Unsupported {
            advice: Message::new(COMPRESSION_ADVICE),
        });
    }
    let offsets: Vec<u64> = required_list(
        decoder,
        Tag::StripOffsets,
        page,
        "the page's data cannot be found",
    )?;
    let counts: Vec<u64> = required_list(
        decoder,
        Tag::StripByteCounts,
        page,
        "the page's data cannot be found",
    )?;
    let rows_per_strip = decoder
        .find_tag_unsigned::<u32>(Tag::RowsPerStrip)
        .ok()
        .flatten()
        .unwrap_or(info.height)
        .clamp(1, info.height);
    let count = info.height.div_ceil(rows_per_strip) as usize;
    if offsets.len() < count || counts.len() < count {
        return Err(damaged_scan(
            Some(page),
            "part of the page's data is missing",
        ));
    }
    let mut out = Vec::with_capacity(count);
    for (&offset, &length) in offsets.iter().zip(&counts).take(count) {
        let strip = usize::try_from(offset)
            .ok()
            .zip(usize::try_from(length).ok())
            .and_then(|(o, c)| bytes.get(o..o.checked_add(c)?))
            .ok_or_else(|| damaged_scan(Some(page), "it was not copied completely"))?;
        out.push(strip);
    }
    Ok((out, rows_per_strip))
}

/// A list-valued tag the page cannot be read without; `missing` says what is wrong when
/// it is absent or unreadable.
fn required_list<T: TryFrom<u64>>(
    decoder: &mut Decoder<Cursor<&[u8]>>,
    tag: Tag,
    page: usize,
    missing: &str,
) -> Result<Vec<T>, IntakeError> {
    decoder
        .find_tag_unsigned_vec::<T>(tag)
        .ok()
        .flatten()
        .ok_or_else(|| damaged_scan(Some(page), missing))
}

/// Bits per sample and samples per pixel of the current page (TIFF's defaults, 1 and 1,
/// when the tags are absent).
fn sample_layout(decoder: &mut Decoder<Cursor<&[u8]>>) -> (u32, u32) {
    (
        tag(decoder, Tag::BitsPerSample).unwrap_or(1),
        tag(decoder, Tag::SamplesPerPixel).unwrap_or(1),
    )
}

/// A number tag of the current page, if present and readable.
fn tag(decoder: &mut Decoder<Cursor<&[u8]>>, t: Tag) -> Option<u32> {
    decoder.find_tag_unsigned::<u32>(t).ok().flatten()
}

/// A page of colour-table indices (1, 2, 4 or 8 bits), uncompressed or compressed with
/// LZW, Deflate or PackBits, as image editors write them.
fn palette_page(
    decoder: &mut Decoder<Cursor<&[u8]>>,
    bytes: &[u8],
    info: &PageInfo,
    page: usize,
) -> Result<PageImage, IntakeError> {
    let (bits, samples) = sample_layout(decoder);
    let predictor = tag(decoder, Tag::Predictor).unwrap_or(1);
    let bits = match bits {
        1 | 2 | 4 | 8 if samples == 1 && predictor == 1 => bits as u8,
        _ => {
            return Err(IntakeError::Unsupported {
                advice: Message::new(COLOR_ADVICE),
            })
        }
    };
    let map: Vec<u16> = required_list(decoder, Tag::ColorMap, page, "its colour table is missing")?;
    let size = 1usize << bits;
    if map.len() < 3 * size {
        return Err(damaged_scan(Some(page), "its colour table is too short"));
    }
    let (w, h) = (info.width as usize, info.height as usize);
    let stride = (w * usize::from(bits)).div_ceil(8);
    let (data, rows_per_strip) = strips(decoder, bytes, info, page)?;
    let mut packed = Vec::with_capacity(stride * h);
    for (i, strip) in data.iter().enumerate() {
        let rows = (h - i * rows_per_strip as usize).min(rows_per_strip as usize);
        let want = rows * stride;
        let got = decompress(strip, info.compression, want)
            .map_err(|e| damaged_scan(Some(page), &e.to_string()))?;
        if got.len() < want {
            return Err(damaged_scan(Some(page), "it was not copied completely"));
        }
        packed.extend_from_slice(&got[..want]);
    }
    let idx = if bits == 8 {
        packed
    } else {
        unpack(&packed, w, h, bits).ok_or_else(|| damaged_scan(Some(page), "it is too short"))?
    };
    let rgb: Vec<u8> = idx
        .iter()
        .flat_map(|&i| {
            let i = usize::from(i);
            [map[i], map[size + i], map[2 * size + i]].map(|c| (c >> 8) as u8)
        })
        .collect();
    let (grey, pixels) = if picture::all_grey(&rgb) {
        (true, picture::to_grey(&rgb))
    } else {
        (false, rgb)
    };
    Ok(PageImage::Raster(picture::raster(
        info.width,
        info.height,
        grey,
        &pixels,
    )?))
}

/// Why a strip of a scan does not decompress, in technical English: the `detail` of
/// [`IntakeError::DamagedScan`].
#[derive(Debug, thiserror::Error)]
enum StripError {
    #[error("{0}")]
    Lzw(weezl::LzwError),
    #[error("{0}")]
    Deflate(std::io::Error),
    #[error("its compression cannot be read")]
    Compression,
}

/// Decompresses one strip, producing at most `want` bytes.
fn decompress(data: &[u8], compression: u16, want: usize) -> Result<Vec<u8>, StripError> {
    match compression {
        COMPRESSION_NONE => Ok(data[..data.len().min(want)].to_vec()),
        5 => {
            let mut out = vec![0; want];
            let mut lzw = weezl::decode::Decoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
            let (mut read, mut written) = (0, 0);
            while written < want {
                let r = lzw.decode_bytes(&data[read..], &mut out[written..]);
                read += r.consumed_in;
                written += r.consumed_out;
                match r.status {
                    Ok(weezl::LzwStatus::Ok) if r.consumed_in + r.consumed_out > 0 => {}
                    Ok(_) => break,
                    Err(e) => return Err(StripError::Lzw(e)),
                }
            }
            out.truncate(written);
            Ok(out)
        }
        8 | 32946 => {
            use std::io::Read;
            let mut out = Vec::with_capacity(want);
            flate2::read::ZlibDecoder::new(data)
                .take(want as u64)
                .read_to_end(&mut out)
                .map_err(StripError::Deflate)?;
            Ok(out)
        }
        32773 => {
            let mut out = Vec::with_capacity(want);
            let mut pos = 0;
            while out.len() < want && pos < data.len() {
                let n = data[pos] as i8;
                pos += 1;
                if n >= 0 {
                    let end = (pos + n as usize + 1).min(data.len());
                    out.extend_from_slice(&data[pos..end]);
                    pos = end;
                } else if n != -128 {
                    let Some(&b) = data.get(pos) else { break };
                    out.extend(std::iter::repeat_n(b, 1 - n as isize as usize));
                    pos += 1;
                }
            }
            out.truncate(want);
            Ok(out)
        }
        _ => Err(StripError::Compression),
    }
}

/// A black-and-white page in one of the CCITT fax codings.
fn fax_page(
    decoder: &mut Decoder<Cursor<&[u8]>>,
    bytes: &[u8],
    info: &PageInfo,
    page: usize,
) -> Result<BilevelImage, IntakeError> {
    let (bits, samples) = sample_layout(decoder);
    if bits != 1 || samples != 1 {
        return Err(damaged_scan(
            Some(page),
            "its fax compression is on a page that is not black and white",
        ));
    }
    // 0 (WhiteIsZero) is what fax coding means; 1 (BlackIsZero) shows it inverted.
    let inverted = tag(decoder, Tag::PhotometricInterpretation) == Some(1);
    let lsb_first = tag(decoder, Tag::FillOrder) == Some(2);
    let (mode, byte_aligned, eol) = match info.compression {
        COMPRESSION_CCITT_RLE => (EncodingMode::Group3_1D, true, false),
        COMPRESSION_CCITT_G3 => {
            let options = tag(decoder, Tag::Unknown(292)).unwrap_or(0);
            if options & 2 != 0 {
                // Uncompressed mode, which hardly any software writes.
                return Err(IntakeError::Unsupported {
                    advice: Message::new(COMPRESSION_ADVICE),
                });
            }
            let mode = if options & 1 != 0 {
                EncodingMode::Group3_2D
            } else {
                EncodingMode::Group3_1D
            };
            (mode, options & 4 != 0, true)
        }
        _ => {
            let options = tag(decoder, Tag::Unknown(293)).unwrap_or(0);
            if options & 2 != 0 {
                return Err(IntakeError::Unsupported {
                    advice: Message::new(COMPRESSION_ADVICE),
                });
            }
            (EncodingMode::Group4, false, false)
        }
    };
    let (raw, rows_per_strip) = strips(decoder, bytes, info, page)?;
    let strips = raw.len();
    let mut data: Vec<Vec<u8>> = raw
        .iter()
        .map(|strip| {
            if lsb_first {
                strip.iter().map(|b| b.reverse_bits()).collect()
            } else {
                strip.to_vec()
            }
        })
        .collect();
    let (width, height) = (info.width, info.height);
    if strips == 1 && mode == EncodingMode::Group4 {
        // The common scanner case: check it decodes whole, then keep it as it is.
        decode_ccitt(&data[0], width, height, mode, false, false)
            .map_err(|e| damaged_scan(Some(page), &e.to_string()))?;
        return Ok(BilevelImage {
            width,
            height,
            data: data.swap_remove(0),
            coding: BilevelCoding::Group4 {
                black_is_1: inverted,
            },
        });
    }
    let stride = width.div_ceil(8) as usize;
    let mut packed = Vec::with_capacity(stride * height as usize);
    for (i, strip) in data.iter().enumerate() {
        let rows = (height - i as u32 * rows_per_strip).min(rows_per_strip);
        let decoded = decode_ccitt(strip, width, rows, mode, byte_aligned, eol)
            .map_err(|e| damaged_scan(Some(page), &e.to_string()))?;
        packed.extend_from_slice(&decoded);
    }
    if inverted {
        for b in &mut packed {
            *b = !*b;
        }
    }
    picture::bilevel(width, height, &packed)
}

/// Collects decoded rows as packed bits: coded white runs as 1, black runs as 0, which
/// is how a PDF draws one-bit grey.
struct Rows {
    width: u32,
    wanted: u32,
    stride: usize,
    out: Vec<u8>,
    rows: u32,
}

impl hayro_ccitt::Decoder for Rows {
    fn push_row(&mut self, changes: &[u32]) {
        if self.rows >= self.wanted {
            return;
        }
        self.rows += 1;
        let start = self.out.len();
        self.out.resize(start + self.stride, 0xFF);
        let row = &mut self.out[start..];
        for run in changes.chunks(2) {
            let from = run[0].min(self.width) as usize;
            let to = run.get(1).copied().unwrap_or(self.width).min(self.width) as usize;
            clear_bits(row, from, to);
        }
    }
}

/// Sets bits `from..to` of a packed row to 0 (black).
fn clear_bits(row: &mut [u8], from: usize, to: usize) {
    let mut x = from;
    while x < to {
        if x.is_multiple_of(8) && to - x >= 8 {
            let whole = (to - x) / 8;
            row[x / 8..x / 8 + whole].fill(0);
            x += whole * 8;
        } else {
            row[x / 8] &= !(0x80 >> (x % 8));
            x += 1;
        }
    }
}

/// CCITT data in which not every row can be read: how many could, and the decoder's
/// error if it gave one (else the data ended early).
#[derive(Debug, thiserror::Error)]
#[error("only {read} of its {rows} rows can be read: {}", why(*.error))]
pub struct CcittError {
    read: u32,
    rows: u32,
    error: Option<hayro_ccitt::DecodeError>,
}

fn why(error: Option<hayro_ccitt::DecodeError>) -> String {
    match error {
        Some(e) => format!("{e:?}"),
        None => "the data ends early".into(),
    }
}

/// Decodes CCITT data of `rows` rows into packed rows (white 1, black 0). Fails unless
/// every row is there.
pub(super) fn decode_ccitt(
    data: &[u8],
    width: u32,
    rows: u32,
    mode: EncodingMode,
    byte_aligned: bool,
    eol: bool,
) -> Result<Vec<u8>, CcittError> {
    let stride = width.div_ceil(8) as usize;
    let mut sink = Rows {
        width,
        wanted: rows,
        stride,
        out: Vec::with_capacity(stride.saturating_mul(rows as usize).min(64 << 20)),
        rows: 0,
    };
    let settings = DecodeSettings {
        columns: width,
        rows,
        end_of_block: true,
        end_of_line: eol,
        rows_are_byte_aligned: byte_aligned,
        encoding: mode,
        strict: false,
    };
    let result = hayro_ccitt::decode(data, &mut sink, &mut DecoderContext::new(settings));
    if sink.rows < rows {
        return Err(CcittError {
            read: sink.rows,
            rows,
            error: result.err(),
        });
    }
    Ok(sink.out)
}

/// A page compressed with anything but CCITT, decoded by the `tiff` crate.
fn decoded_page(
    decoder: &mut Decoder<Cursor<&[u8]>>,
    info: &PageInfo,
    page: usize,
) -> Result<PageImage, IntakeError> {
    let colour = decoder.colortype().map_err(|e| tiff_error(e, Some(page)))?;
    let result = decoder
        .read_image()
        .map_err(|e| tiff_error(e, Some(page)))?;
    let (w, h) = (info.width as usize, info.height as usize);
    let n = w * h;
    let unsupported = || IntakeError::Unsupported {
        advice: Message::new(COLOR_ADVICE),
    };
    let short = || damaged_scan(Some(page), "it was not copied completely");
    // (grey?, 8-bit samples)
    let (grey, pixels): (bool, Vec<u8>) = match (colour, result) {
        (ColorType::Gray(1), DecodingResult::U8(v)) => {
            let stride = w.div_ceil(8);
            if v.len() < stride * h {
                return Err(short());
            }
            let image = picture::bilevel(info.width, info.height, &v[..stride * h])?;
            return Ok(PageImage::Bilevel(image));
        }
        (ColorType::Gray(b @ (2 | 4)), DecodingResult::U8(v)) => {
            let max = (1u32 << b) - 1;
            let idx = unpack(&v, w, h, b).ok_or_else(short)?;
            (
                true,
                idx.iter()
                    .map(|&i| (u32::from(i) * 255 / max) as u8)
                    .collect(),
            )
        }
        (ColorType::Gray(8), DecodingResult::U8(v)) => (true, take(v, n)?),
        (ColorType::Gray(16), DecodingResult::U16(v)) => (true, high_bytes(&v, n)?),
        (ColorType::GrayA(8), DecodingResult::U8(v)) => (true, flatten(&v, n, 2)?),
        (ColorType::GrayA(16), DecodingResult::U16(v)) => {
            (true, flatten(&high_bytes(&v, 2 * n)?, n, 2)?)
        }
        (ColorType::RGB(8), DecodingResult::U8(v)) => (false, take(v, 3 * n)?),
        (ColorType::RGB(16), DecodingResult::U16(v)) => (false, high_bytes(&v, 3 * n)?),
        (ColorType::RGBA(8), DecodingResult::U8(v)) => (false, flatten(&v, n, 4)?),
        (ColorType::RGBA(16), DecodingResult::U16(v)) => {
            (false, flatten(&high_bytes(&v, 4 * n)?, n, 4)?)
        }
        (ColorType::CMYK(8), DecodingResult::U8(v)) => {
            if v.len() < 4 * n {
                return Err(short());
            }
            let rgb = v[..4 * n]
                .chunks_exact(4)
                .flat_map(|p| {
                    let k = 255 - u32::from(p[3]);
                    [p[0], p[1], p[2]].map(|c| ((255 - u32::from(c)) * k / 255) as u8)
                })
                .collect();
            (false, rgb)
        }
        (ColorType::YCbCr(8), DecodingResult::U8(v)) if info.compression == COMPRESSION_JPEG => {
            if v.len() < 3 * n {
                return Err(short());
            }
            (
                false,
                v[..3 * n].chunks_exact(3).flat_map(ycbcr_to_rgb).collect(),
            )
        }
        _ => return Err(unsupported()),
    };
    let (grey, pixels) = if !grey && picture::all_grey(&pixels) {
        (true, picture::to_grey(&pixels))
    } else {
        (grey, pixels)
    };
    if info.compression == COMPRESSION_JPEG {
        Ok(PageImage::Jpeg(picture::jpeg(
            info.width,
            info.height,
            grey,
            &pixels,
        )?))
    } else {
        Ok(PageImage::Raster(picture::raster(
            info.width,
            info.height,
            grey,
            &pixels,
        )?))
    }
}

fn take(mut v: Vec<u8>, n: usize) -> Result<Vec<u8>, IntakeError> {
    if v.len() < n {
        return Err(damaged_scan(None, "it was not copied completely"));
    }
    v.truncate(n);
    Ok(v)
}

fn high_bytes(v: &[u16], n: usize) -> Result<Vec<u8>, IntakeError> {
    if v.len() < n {
        return Err(damaged_scan(None, "it was not copied completely"));
    }
    Ok(v[..n].iter().map(|s| (s >> 8) as u8).collect())
}

/// Drops the alpha channel (the last of `channels`), compositing over white.
fn flatten(v: &[u8], n: usize, channels: usize) -> Result<Vec<u8>, IntakeError> {
    if v.len() < n * channels {
        return Err(damaged_scan(None, "it was not copied completely"));
    }
    Ok(v[..n * channels]
        .chunks_exact(channels)
        .flat_map(|p| {
            let a = p[channels - 1];
            p[..channels - 1]
                .iter()
                .map(move |&c| picture::on_white(c, a))
        })
        .collect())
}

/// Unpacks samples of `bits` (1, 2 or 4) bits, rows padded to whole bytes.
fn unpack(v: &[u8], w: usize, h: usize, bits: u8) -> Option<Vec<u8>> {
    let bits = usize::from(bits);
    let stride = (w * bits).div_ceil(8);
    if v.len() < stride * h {
        return None;
    }
    let per_byte = 8 / bits;
    let mask = ((1u16 << bits) - 1) as u8;
    let mut out = Vec::with_capacity(w * h);
    for row in v.chunks_exact(stride).take(h) {
        for x in 0..w {
            let shift = 8 - bits * (x % per_byte + 1);
            out.push((row[x / per_byte] >> shift) & mask);
        }
    }
    Some(out)
}

fn ycbcr_to_rgb(p: &[u8]) -> [u8; 3] {
    let (y, cb, cr) = (
        f32::from(p[0]),
        f32::from(p[1]) - 128.0,
        f32::from(p[2]) - 128.0,
    );
    let c = |v: f32| v.round().clamp(0.0, 255.0) as u8;
    [
        c(y + 1.402 * cr),
        c(y - 0.344_136 * cb - 0.714_136 * cr),
        c(y + 1.772 * cb),
    ]
}

fn damaged_scan(page: Option<usize>, detail: &str) -> IntakeError {
    IntakeError::DamagedScan {
        page,
        detail: detail.to_string(),
    }
}

fn tiff_error(e: TiffError, page: Option<usize>) -> IntakeError {
    match e {
        TiffError::UnsupportedError(u) => {
            let advice = if u.to_string().contains("compression") {
                COMPRESSION_ADVICE
            } else {
                COLOR_ADVICE
            };
            IntakeError::Unsupported {
                advice: Message::new(advice),
            }
        }
        TiffError::LimitsExceeded => damaged_scan(
            page,
            "it says it holds more data than any page could; it may not be a real scan",
        ),
        other => damaged_scan(page, &other.to_string()),
    }
}
