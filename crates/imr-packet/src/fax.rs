//! Fax-ready document pages.
//!
//! A fax machine sends black and white at about 200 dots per inch. A colour photo of a
//! letter taken in a dim kitchen, sent as it is, arrives as a dark grey or black
//! rectangle. So when the packet is for fax, every document page (photo, scan, page of
//! an imported PDF) is turned into what the fax will carry, here, where the person can
//! see it first:
//!
//! 1. decoded as grey only (the JPEG decoder skips the colour channels), upright (EXIF
//!    orientation), and resampled to 200 dpi at the size it has on the packet page
//!    (inside the fax-safe margins of [`crate::layout::SAFE_MARGIN`]);
//! 2. the paper is whitened: the paper's own brightness is measured in small tiles
//!    (a high percentile, so text does not count) and every pixel is divided by it, so
//!    shadows and dim light go and the paper becomes white;
//! 3. the contrast is stretched so that text is black;
//! 4. the page is stored as 1-bit CCITT Group 4 (what fax machines themselves use)
//!    when it is text on paper, or as 8-bit grey (JPEG) when it holds a picture with
//!    real shades of grey, where 1 bit would lose it.
//!
//! Pages of imported PDFs are drawn (with hayro) at the same 200 dpi and looked at. A
//! page that is already black text on white paper (at least 70% white, at most 5%
//! mid-tones, no colour) stays as it is: vector text is as sharp as the fax can make
//! it, and rasterising it here would only thin small grey type and lose its searchable
//! text. Any other page (a scan in a PDF, a dark colour photo saved as PDF, coloured
//! backgrounds) is converted like a photo, so it never arrives as a black rectangle. A
//! page hayro cannot draw keeps its original form, as in a mailed packet: a page is
//! never lost.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use crate::assemble::{fit, page_matrix};
use crate::intake::{ImportedPage, JpegImage, PdfSource, Prepared, RasterImage};

/// The resolution of fax pages, in dots per inch.
pub const FAX_DPI: f32 = 200.0;

/// A greyscale picture, one byte per pixel, row by row (0 black, 255 white).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gray {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl Gray {
    fn new(width: usize, height: usize) -> Gray {
        Gray {
            width,
            height,
            pixels: vec![255; width * height],
        }
    }
}

/// How a fax page is stored in the PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// 1 bit per pixel, CCITT Group 4.
    Bilevel,
    /// 8-bit grey, JPEG at quality 90 (a third of the size of Flate, and faster).
    Grey,
}

/// One document page ready for the fax: cleaned pixels and where they go on the page.
#[derive(Debug, Clone)]
pub struct FaxPage {
    pub image: Gray,
    pub encoding: Encoding,
    /// Where the picture is drawn on the packet page, in points: (x, y, width, height).
    pub rect: (f32, f32, f32, f32),
    /// A PDF page that is already black text on white paper: it goes in as it is
    /// (vector, sharp at any resolution, its text still searchable); `image` shows
    /// how the fax will draw it.
    pub keep_original: bool,
}

/// Pixels at [`FAX_DPI`] for a length in points.
fn dots(points: f32) -> usize {
    ((points * FAX_DPI / 72.0).round() as usize).max(1)
}

/// Page `index` (from 0) of a document, converted for the fax.
pub fn fax_page(document: &Prepared, index: usize) -> Result<FaxPage, String> {
    let mut keep_original = false;
    let (image, rect) = match document {
        Prepared::Jpeg(jpeg) => {
            let (rect, (width, height)) = photo_place(jpeg);
            (jpeg_grey(jpeg, width, height)?, rect)
        }
        Prepared::Png(raster) => {
            let rect = fit(raster.width as f32, raster.height as f32);
            (raster_grey(raster, dots(rect.2), dots(rect.3))?, rect)
        }
        Prepared::Pdf(source) => {
            let page = source
                .pages
                .get(index)
                .ok_or_else(|| format!("the document has no page {}", index + 1))?;
            let rect = placed_rect(page);
            let (image, black_on_white) = pdf_grey(source, page, dots(rect.2), dots(rect.3))?;
            keep_original = black_on_white;
            (image, rect)
        }
        Prepared::Pictures(pictures) => {
            let page = pictures
                .pages
                .get(index)
                .ok_or_else(|| format!("the document has no page {}", index + 1))?;
            let rect = crate::picture_pages::rect(page, crate::assemble::DOCUMENT_AREA);
            let luma = page.decode_upright()?.into_luma8();
            let full = Gray {
                width: luma.width() as usize,
                height: luma.height() as usize,
                pixels: luma.into_raw(),
            };
            (resample(&full, dots(rect.2), dots(rect.3)), rect)
        }
    };
    let mut page = clean(image, rect);
    page.keep_original = keep_original;
    Ok(page)
}

/// Where a photo goes on its packet page, in points (x, y, width, height), and its
/// upright size there in pixels at [`FAX_DPI`].
pub fn photo_place(jpeg: &JpegImage) -> ((f32, f32, f32, f32), (usize, usize)) {
    let (w, h) = jpeg.upright_size();
    let rect = fit(w as f32, h as f32);
    (rect, (dots(rect.2), dots(rect.3)))
}

/// Whitening, contrast and the choice of encoding, for pixels already at 200 dpi.
pub fn clean(mut image: Gray, rect: (f32, f32, f32, f32)) -> FaxPage {
    whiten(&mut image);
    let encoding = choose_encoding(&image);
    if encoding == Encoding::Bilevel {
        for p in &mut image.pixels {
            *p = if *p < BILEVEL_THRESHOLD { 0 } else { 255 };
        }
    }
    FaxPage {
        image,
        encoding,
        rect,
        keep_original: false,
    }
}

/// Where an imported PDF page is drawn, from the matrix the mailed packet uses.
fn placed_rect(page: &ImportedPage) -> (f32, f32, f32, f32) {
    let m = page_matrix(page);
    let s = (m[0] * m[0] + m[1] * m[1]).sqrt();
    let (uw, uh) = page.upright_size();
    let (w, h) = (uw * s, uh * s);
    let a = crate::assemble::DOCUMENT_AREA;
    (a.x + (a.width - w) / 2.0, a.y + (a.height - h) / 2.0, w, h)
}

// --- decoding -------------------------------------------------------------------------

/// A JPEG as grey pixels, upright, `width` × `height`.
fn jpeg_grey(jpeg: &JpegImage, width: usize, height: usize) -> Result<Gray, String> {
    let (sw, sh) = if (5..=8).contains(&jpeg.orientation) {
        (height, width)
    } else {
        (width, height)
    };
    let stored = decode_jpeg_grey(jpeg, sw, sh)?;
    let small = resample(&stored, sw, sh);
    drop(stored);
    Ok(orient(&small, jpeg.orientation))
}

/// A JPEG's luminance as stored (before EXIF orientation), at the smallest of the
/// decoder's DCT scale factors (1/8, 1/4, 3/8, 1/2 … 1) that still gives at least
/// `width` × `height` pixels: a 12 MP photo for a letter page at 200 dpi is decoded at
/// 3/8 or 1/2 of its size, and only its luminance goes through the inverse DCT.
///
/// libjpeg-turbo (SIMD) does it. What it refuses to turn into grey (CMYK photos, a file
/// it warns about) goes through the general decoder at full size, as before.
pub fn decode_jpeg_grey(jpeg: &JpegImage, width: usize, height: usize) -> Result<Gray, String> {
    if let Ok(grey) = turbo_grey(&jpeg.bytes, width, height) {
        return Ok(grey);
    }
    let img = image::load_from_memory_with_format(&jpeg.bytes, image::ImageFormat::Jpeg)
        .map_err(|e| format!("decoding the photo: {e}"))?;
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
fn raster_grey(raster: &RasterImage, width: usize, height: usize) -> Result<Gray, String> {
    use std::io::Read;
    let (w, h) = (raster.width as usize, raster.height as usize);
    let channels = if raster.grey { 1 } else { 3 };
    let mut samples = Vec::with_capacity(w * h * channels);
    flate2::read::ZlibDecoder::new(&raster.deflated[..])
        .take((w * h * channels) as u64)
        .read_to_end(&mut samples)
        .map_err(|e| format!("reading the picture: {e}"))?;
    if samples.len() != w * h * channels {
        return Err("the picture's pixels are incomplete".into());
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
fn pdf_grey(
    source: &PdfSource,
    page: &ImportedPage,
    width: usize,
    height: usize,
) -> Result<(Gray, bool), String> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    use hayro::vello_cpu::color::palette::css::WHITE;
    use hayro::{render, PixmapSettings, RenderCache, RenderSettings};

    let bytes = single_page_pdf(source, page)?;
    let pdf = Pdf::new(bytes).map_err(|e| format!("reading the page: {e:?}"))?;
    let pages = pdf.pages();
    let first = pages.first().ok_or("the page is missing")?;
    let (pw, ph) = first.render_dimensions();
    if pw <= 0.0 || ph <= 0.0 {
        return Err("the page has no size".into());
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

/// A PDF holding only `page`, as the packet would draw it: its content (with the
/// annotations the intake flattened into it), resources, visible box and rotation.
pub(crate) fn single_page_pdf(source: &PdfSource, page: &ImportedPage) -> Result<Vec<u8>, String> {
    use lopdf::{dictionary, Document, Object, Stream};

    let mut doc = Document::with_version("1.7");
    let mut copier = crate::assemble::Copier::new(source);
    let resources = copier.copy(&mut doc, &Object::Dictionary(page.resources.clone()));
    let content = doc.add_object(Stream::new(dictionary! {}, page.content.clone()));
    let pages_id = doc.new_object_id();
    let [x0, y0, x1, y1] = page.bbox;
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![x0.into(), y0.into(), x1.into(), y1.into()],
        "Rotate" => i64::from(page.rotate),
        "Resources" => resources,
        "Contents" => content,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .map_err(|e| format!("copying the page: {e}"))?;
    Ok(out)
}

// --- geometry -------------------------------------------------------------------------

/// Resamples to `width` × `height` with an area-averaging (box) filter, which is right
/// for shrinking a photo, and bilinear-like when enlarging a small scan. Separable,
/// integer arithmetic: every source row is first shrunk to the output width, then each
/// output row is a weighted sum of a few of those rows (whole rows at a time, so the
/// loops run over contiguous memory).
pub fn resample(src: &Gray, width: usize, height: usize) -> Gray {
    if src.width == width && src.height == height {
        return src.clone();
    }
    let xs = Weights::new(src.width, width);
    let ys = Weights::new(src.height, height);
    let mut rows = vec![0u8; width * src.height];
    for (row, out) in src
        .pixels
        .chunks_exact(src.width)
        .zip(rows.chunks_exact_mut(width))
    {
        xs.apply_row(row, out);
    }
    let mut pixels = vec![0u8; width * height];
    let mut acc = vec![0u32; width];
    for (y, out) in pixels.chunks_exact_mut(width).enumerate() {
        acc.fill(0);
        let (start, weights) = ys.taps(y);
        for (k, &w) in weights.iter().enumerate() {
            if w == 0 {
                continue;
            }
            let row = &rows[(start + k) * width..(start + k + 1) * width];
            for (a, &v) in acc.iter_mut().zip(row) {
                *a += u32::from(w) * u32::from(v);
            }
        }
        for (o, &a) in out.iter_mut().zip(&acc) {
            *o = unweight(a);
        }
    }
    Gray {
        width,
        height,
        pixels,
    }
}

const WEIGHT_BITS: u32 = 14;

/// A sum of weighted samples back to a sample.
fn unweight(acc: u32) -> u8 {
    ((acc + (1 << (WEIGHT_BITS - 1))) >> WEIGHT_BITS).min(255) as u8
}

/// For each output index, the first source index and the weights of the source samples
/// it averages (summing to 1 << WEIGHT_BITS). Every output has the same number of taps
/// (zero weights pad the shorter ones), so the inner loop has a fixed length.
struct Weights {
    taps: usize,
    starts: Vec<usize>,
    weights: Vec<u16>,
}

impl Weights {
    fn new(from: usize, to: usize) -> Weights {
        let ratio = from as f64 / to as f64;
        // Shrinking: each output averages the source interval it covers. Enlarging: a
        // one-source-pixel-wide window, which interpolates between neighbours.
        let half = ratio.max(1.0) / 2.0;
        let windows: Vec<(usize, Vec<u16>)> = (0..to)
            .map(|i| {
                let centre = (i as f64 + 0.5) * ratio;
                let (lo, hi) = (centre - half, centre + half);
                let first = (lo.floor().max(0.0) as usize).min(from - 1);
                let last = (hi.ceil() as usize).min(from).max(first + 1);
                let mut w: Vec<f64> = (first..last)
                    .map(|s| {
                        let (a, b) = (s as f64, s as f64 + 1.0);
                        (b.min(hi) - a.max(lo)).max(0.0)
                    })
                    .collect();
                if w.iter().sum::<f64>() <= 0.0 {
                    w = vec![1.0];
                }
                let scale = f64::from(1u32 << WEIGHT_BITS) / w.iter().sum::<f64>();
                let mut fixed: Vec<u16> = w.iter().map(|v| (v * scale).round() as u16).collect();
                // Make the weights sum exactly to one, so white stays 255.
                let sum: i64 = fixed.iter().map(|&v| i64::from(v)).sum();
                let fix = i64::from(1u32 << WEIGHT_BITS) - sum;
                if let Some(biggest) = fixed.iter_mut().max() {
                    *biggest = (i64::from(*biggest) + fix) as u16;
                }
                (first, fixed)
            })
            .collect();
        let taps = windows.iter().map(|(_, w)| w.len()).max().unwrap_or(1);
        let mut starts = Vec::with_capacity(to);
        let mut weights = vec![0u16; to * taps];
        for ((first, fixed), out) in windows.iter().zip(weights.chunks_exact_mut(taps)) {
            // Near the far edge the window starts earlier, with leading zero weights.
            let start = (*first).min(from - taps);
            out[first - start..first - start + fixed.len()].copy_from_slice(fixed);
            starts.push(start);
        }
        Weights {
            taps,
            starts,
            weights,
        }
    }

    fn taps(&self, i: usize) -> (usize, &[u16]) {
        (
            self.starts[i],
            &self.weights[i * self.taps..(i + 1) * self.taps],
        )
    }

    /// One row: `out[i]` is the weighted sum of `row` for output index `i`.
    fn apply_row(&self, row: &[u8], out: &mut [u8]) {
        // The usual tap counts get a loop of constant length, which the compiler unrolls.
        match self.taps {
            1 => self.apply_taps(1, row, out),
            2 => self.apply_taps(2, row, out),
            3 => self.apply_taps(3, row, out),
            4 => self.apply_taps(4, row, out),
            5 => self.apply_taps(5, row, out),
            n => self.apply_taps(n, row, out),
        }
    }

    #[inline(always)]
    fn apply_taps(&self, taps: usize, row: &[u8], out: &mut [u8]) {
        for ((o, &start), weights) in out
            .iter_mut()
            .zip(&self.starts)
            .zip(self.weights.chunks_exact(taps))
        {
            let samples = &row[start..start + taps];
            let mut acc = 0u32;
            for (&w, &v) in weights.iter().zip(samples) {
                acc += u32::from(w) * u32::from(v);
            }
            *o = unweight(acc);
        }
    }
}

/// Turns stored pixels upright for an EXIF orientation (1–8).
pub fn orient(src: &Gray, orientation: u16) -> Gray {
    if !(2..=8).contains(&orientation) {
        return src.clone();
    }
    let (w, h) = (src.width, src.height);
    let (ow, oh) = if orientation >= 5 { (h, w) } else { (w, h) };
    let mut out = Gray::new(ow, oh);
    if w == 0 || h == 0 {
        return out;
    }
    // Upright pixel (x, y) is stored at index origin + x * dx + y * dy.
    let (iw, ih) = (w as isize, h as isize);
    let (origin, dx, dy) = match orientation {
        2 => (iw - 1, -1, iw),
        3 => (ih * iw - 1, -1, -iw),
        4 => ((ih - 1) * iw, 1, -iw),
        5 => (0, iw, 1),
        6 => ((ih - 1) * iw, -iw, 1),
        7 => (ih * iw - 1, -iw, -1),
        _ => (iw - 1, iw, -1),
    };
    // In square blocks, so that a quarter turn reads and writes memory that is close.
    const BLOCK: usize = 64;
    for by in (0..oh).step_by(BLOCK) {
        for bx in (0..ow).step_by(BLOCK) {
            for y in by..(by + BLOCK).min(oh) {
                let line = &mut out.pixels[y * ow..(y + 1) * ow];
                let row_origin = origin + y as isize * dy;
                for (x, o) in line
                    .iter_mut()
                    .enumerate()
                    .take((bx + BLOCK).min(ow))
                    .skip(bx)
                {
                    *o = src.pixels[(row_origin + x as isize * dx) as usize];
                }
            }
        }
    }
    out
}

// --- cleaning -------------------------------------------------------------------------

/// Tile side for measuring the paper, in pixels (about 1/6 inch at 200 dpi).
const TILE: usize = 32;
/// Which percentile of a tile is taken as its paper: text covers well under 25% of
/// any tile of a letter, so the 75th percentile is paper, not ink.
const PAPER_PERCENTILE: usize = 75;
/// The paper estimate never drops below this fraction of the page's brightest paper:
/// a black box or a dark picture stays dark instead of being "whitened" to grey.
const PAPER_FLOOR: u32 = 20; // percent
/// After whitening, anything this bright is paper and becomes pure white.
const WHITE_POINT: u32 = 215;
/// The darkest ink is stretched to black, unless it is lighter than this.
const BLACK_POINT_MAX: u32 = 110;
/// Below this after whitening, a pixel is ink on a 1-bit page.
const BILEVEL_THRESHOLD: u8 = 150;

/// Divides every pixel by the local brightness of the paper, then stretches the
/// contrast so that ink is black and paper is white.
pub fn whiten(image: &mut Gray) {
    let (w, h) = (image.width, image.height);
    if w == 0 || h == 0 {
        return;
    }
    // Whole tiles only: the last row and column of tiles take the leftover pixels, so no
    // sliver of a tile (one bright row at the photo's edge) speaks for the paper.
    let (tx, ty) = ((w / TILE).max(1), (h / TILE).max(1));
    // The paper level of each tile: a high percentile of its pixels.
    // Two partial histograms per tile (even and odd pixels): paper is mostly one value,
    // and a run of increments of one counter would wait on each other.
    let mut hist = vec![[[0u32; 64]; 2]; tx * ty];
    for (y, row) in image.pixels.chunks_exact(w).enumerate() {
        let tiles = &mut hist[(y / TILE).min(ty - 1) * tx..][..tx];
        // The last tile of the row also takes the pixels left over.
        let (whole, rest) = row.split_at((tx - 1) * TILE);
        for ([even, odd], chunk) in tiles.iter_mut().zip(whole.chunks_exact(TILE)) {
            for pair in chunk.chunks_exact(2) {
                even[usize::from(pair[0] >> 2)] += 1;
                odd[usize::from(pair[1] >> 2)] += 1;
            }
        }
        let last = &mut tiles[tx - 1][0];
        for &v in rest {
            last[usize::from(v >> 2)] += 1;
        }
    }
    let mut paper: Vec<u32> = hist
        .iter()
        .map(|[even, odd]| {
            let mut bins = *even;
            for (b, &o) in bins.iter_mut().zip(odd) {
                *b += o;
            }
            let total: u32 = bins.iter().sum();
            let target = total * PAPER_PERCENTILE as u32 / 100;
            let mut seen = 0;
            for (i, &n) in bins.iter().enumerate() {
                seen += n;
                if seen > target {
                    return (i as u32) * 4 + 2;
                }
            }
            255
        })
        .collect();
    // A tile full of text or of a dark picture has little paper in it: take the
    // brightest of its neighbours (paper is smooth), then never less than the floor.
    let spread = paper.clone();
    for y in 0..ty {
        for x in 0..tx {
            let mut best = 0;
            for ny in y.saturating_sub(1)..(y + 2).min(ty) {
                for nx in x.saturating_sub(1)..(x + 2).min(tx) {
                    best = best.max(spread[ny * tx + nx]);
                }
            }
            paper[y * tx + x] = best;
        }
    }
    let brightest = percentile_of(&paper, 95).max(32);
    let floor = brightest * PAPER_FLOOR / 100;
    for p in &mut paper {
        *p = (*p).max(floor);
    }
    // Each pixel is divided by the paper level interpolated between tile centres.
    let centre = |i: usize, n: usize| -> (usize, usize, u32) {
        // Position i between tile centres: (left tile, right tile, weight of right /256).
        let pos = (i as f32 + 0.5) / TILE as f32 - 0.5;
        if pos <= 0.0 {
            return (0, 0, 0);
        }
        let left = (pos.floor() as usize).min(n - 1);
        let right = (left + 1).min(n - 1);
        (left, right, ((pos - pos.floor()) * 256.0) as u32)
    };
    let columns: Vec<(usize, usize, u32)> = (0..w).map(|x| centre(x, tx)).collect();
    // Dividing by the paper level is multiplying by its reciprocal, looked up.
    let reciprocal: Vec<u32> = (0..256u32)
        .map(|level| (255 << 16) / level.max(1) + 1)
        .collect();
    let mut row_paper = vec![0u32; tx];
    let mut factors = vec![0u32; w];
    let mut counts = [[0u32; 256]; 4];
    for (y, row) in image.pixels.chunks_exact_mut(w).enumerate() {
        let (top, bottom, fy) = centre(y, ty);
        for (x, rp) in row_paper.iter_mut().enumerate() {
            let a = paper[top * tx + x];
            let b = paper[bottom * tx + x];
            *rp = (a * (256 - fy) + b * fy) >> 8;
        }
        for (factor, &(l, r, fx)) in factors.iter_mut().zip(&columns) {
            let level = (row_paper[l] * (256 - fx) + row_paper[r] * fx) >> 8;
            *factor = reciprocal[(level as usize).min(255)];
        }
        for (p, &factor) in row.iter_mut().zip(&factors) {
            *p = ((u32::from(*p) * factor) >> 16).min(255) as u8;
        }
        // Four partial counts, for the same reason as the tiles' two.
        let quads = row.chunks_exact(4);
        for &v in quads.remainder() {
            counts[0][usize::from(v)] += 1;
        }
        for quad in quads {
            for (part, &v) in counts.iter_mut().zip(quad) {
                part[usize::from(v)] += 1;
            }
        }
    }
    let histogram: Vec<usize> = (0..256)
        .map(|v| counts.iter().map(|part| part[v] as usize).sum())
        .collect();
    // Ink is the darkest percent of the page (never lighter than mid-grey: a page with
    // no ink keeps its few grey marks grey).
    let target = w * h / 100;
    let mut seen = 0;
    let mut black = 0;
    for (v, &n) in histogram.iter().enumerate() {
        seen += n;
        if seen > target {
            black = v as u32;
            break;
        }
    }
    let stretch = contrast_lut(black.min(BLACK_POINT_MAX), WHITE_POINT);
    for p in &mut image.pixels {
        *p = stretch[usize::from(*p)];
    }
}

fn percentile_of(values: &[u32], pct: usize) -> u32 {
    if values.is_empty() {
        return 255;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    sorted[(sorted.len() - 1) * pct / 100]
}

/// Maps `0..=black` to 0, `white..=255` to 255, and stretches between them with a
/// slight darkening curve, so that faint pencil and grey print come out darker.
fn contrast_lut(black: u32, white: u32) -> [u8; 256] {
    let mut lut = [255u8; 256];
    for (v, out) in lut.iter_mut().enumerate().take(white as usize) {
        let t = (v as f32 - black as f32).max(0.0) / (white - black) as f32;
        *out = (255.0 * t * t.sqrt()).round() as u8;
    }
    lut
}

/// Share of mid-grey pixels above which a page is a picture rather than text on paper.
const PICTURE_SHARE: usize = 12; // percent

/// 1 bit for text on paper (crisper and far smaller); 8-bit grey when much of the page
/// is neither paper nor ink, which is a photograph or a shaded drawing.
fn choose_encoding(image: &Gray) -> Encoding {
    let mid = image
        .pixels
        .iter()
        .filter(|&&v| (48..208).contains(&v))
        .count();
    if mid * 100 > image.pixels.len() * PICTURE_SHARE {
        Encoding::Grey
    } else {
        Encoding::Bilevel
    }
}

// --- encoding -------------------------------------------------------------------------

/// The bytes of an image XObject for a fax page: its dictionary entries' values
/// (filter and decode parameters) are set by [`crate::assemble`].
#[derive(Debug)]
pub struct Encoded {
    pub width: usize,
    pub height: usize,
    pub encoding: Encoding,
    pub data: Vec<u8>,
    pub rect: (f32, f32, f32, f32),
}

/// Compresses a fax page: CCITT Group 4 for 1 bit, JPEG (quality 90) for grey.
pub fn encode(page: FaxPage) -> Result<Encoded, String> {
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

fn g4(image: &Gray) -> Result<Vec<u8>, String> {
    use fax::{encoder::Encoder, Color, VecWriter};
    let width = u16::try_from(image.width).map_err(|_| "the page is too wide for a fax")?;
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
            .map_err(|_| "encoding a fax page")?;
    }
    Ok(encoder
        .finish()
        .map_err(|_| "encoding a fax page")?
        .finish())
}

/// A PNG of a document page as it will be faxed (1-bit or grey, 200 dpi).
pub fn fax_preview(document: &Prepared, index: usize) -> Result<Vec<u8>, String> {
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
    let mut writer = encoder
        .write_header()
        .map_err(|e| format!("making the preview: {e}"))?;
    writer
        .write_image_data(&data)
        .map_err(|e| format!("making the preview: {e}"))?;
    writer
        .finish()
        .map_err(|e| format!("making the preview: {e}"))?;
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

// --- the whole packet -----------------------------------------------------------------

/// One page to convert: which document, which of its pages, where it goes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Job {
    pub placement: usize,
    pub page: usize,
}

/// Converts the jobs on `workers` threads (0: one per core, at most 8) and hands each
/// result to `sink` on this thread as it is ready. At most two results per worker wait at once, so memory stays bounded
/// however many pages there are: a page is decoded, cleaned, compressed, and only its
/// compressed form is kept.
pub(crate) fn convert_all(
    documents: &[&Prepared],
    jobs: &[Job],
    workers: usize,
    mut sink: impl FnMut(Job, Result<Option<Encoded>, String>) -> Result<(), String>,
) -> Result<(), String> {
    let workers = if workers == 0 {
        std::thread::available_parallelism()
            .map_or(2, |n| n.get())
            .clamp(1, 8)
            .min(jobs.len().max(1))
    } else {
        workers
    };
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::sync_channel::<(Job, Result<Option<Encoded>, String>)>(workers * 2);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&job) = jobs.get(i) else { return };
                // A fault in a decoder or the PDF renderer on a strange file must not
                // take the packet down: the page then goes in as it would be mailed.
                let convert = || {
                    documents
                        .get(job.placement)
                        .ok_or_else(|| "a document is missing".to_string())
                        .and_then(|d| fax_page(d, job.page))
                        .and_then(|page| {
                            if page.keep_original {
                                Ok(None)
                            } else {
                                encode(page).map(Some)
                            }
                        })
                };
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(convert))
                    .unwrap_or_else(|_| Err("the page could not be converted".into()));
                if tx.send((job, result)).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        let mut outcome = Ok(());
        for (job, result) in rx {
            if outcome.is_ok() {
                outcome = sink(job, result);
            }
            if outcome.is_err() {
                // Let the workers stop: no more jobs to take.
                next.store(jobs.len(), Ordering::Relaxed);
            }
        }
        outcome
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resample_keeps_white_white_and_averages_areas() {
        let src = Gray {
            width: 8,
            height: 2,
            pixels: vec![
                255, 255, 0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 255, 255, 0, 0,
            ],
        };
        let out = resample(&src, 4, 1);
        assert_eq!(out.pixels, vec![255, 0, 255, 0]);
        let out = resample(&src, 2, 1);
        assert_eq!(out.pixels, vec![128, 128]);
        let white = Gray::new(37, 23);
        assert!(resample(&white, 100, 61).pixels.iter().all(|&v| v == 255));
        assert!(resample(&white, 5, 3).pixels.iter().all(|&v| v == 255));
    }

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

    #[test]
    fn orient_puts_the_stored_corner_where_exif_says() {
        // Stored 3 × 2 with a mark at stored (0, 0).
        let mut src = Gray::new(3, 2);
        src.pixels[0] = 0;
        // Where the mark must be in the upright picture (x, y), and the upright width.
        let expected = [
            (1, (0, 0), 3),
            (2, (2, 0), 3),
            (3, (2, 1), 3),
            (4, (0, 1), 3),
            (5, (0, 0), 2),
            (6, (1, 0), 2),
            (7, (1, 2), 2),
            (8, (0, 2), 2),
        ];
        for (o, (x, y), w) in expected {
            let out = orient(&src, o);
            assert_eq!(out.width, w, "{o}");
            let at = out.pixels.iter().position(|&v| v == 0);
            assert_eq!(at, Some(y * w + x), "orientation {o}");
        }
    }

    fn page_of(paper: u8, ink: u8) -> Gray {
        // Paper with bars of ink, and a solid ink block at the top left.
        let (w, h) = (400, 500);
        let mut g = Gray::new(w, h);
        for y in 0..h {
            for x in 0..w {
                let block = (40..140).contains(&x) && (40..140).contains(&y);
                let bar = y > 160 && y % 24 < 8 && (30..370).contains(&x);
                g.pixels[y * w + x] = if block || bar { ink } else { paper };
            }
        }
        g
    }

    #[test]
    fn whitening_makes_dim_paper_white_and_keeps_ink_and_blocks_black() {
        let mut g = page_of(70, 20);
        whiten(&mut g);
        let at = |x: usize, y: usize| g.pixels[y * g.width + x];
        assert_eq!(at(300, 60), 255, "paper");
        assert!(at(90, 90) < 40, "block: {}", at(90, 90));
        assert!(at(200, 170) < 100, "bar: {}", at(200, 170));
    }

    #[test]
    fn text_pages_are_one_bit_and_pictures_grey() {
        let mut text = page_of(200, 30);
        whiten(&mut text);
        assert_eq!(choose_encoding(&text), Encoding::Bilevel);
        let mut picture = Gray::new(300, 300);
        for (i, p) in picture.pixels.iter_mut().enumerate() {
            *p = ((i % 300) * 255 / 300) as u8;
        }
        assert_eq!(choose_encoding(&picture), Encoding::Grey);
    }
}
