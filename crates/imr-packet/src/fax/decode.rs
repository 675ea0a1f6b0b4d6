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

/// One imported page drawn for the fax: grey pixels, whether it is already black text on
/// white paper, whether it is drawn on white paper at all (most of it pure white: a
/// page of text and drawings, not a scan), and which pixels are flat colour (see
/// [`TINT_CHROMA`]).
pub(super) struct DrawnPage {
    pub image: Gray,
    pub black_on_white: bool,
    pub white_paper: bool,
    pub tint: Option<Vec<bool>>,
}

/// A page at least this much pure white (in percent) is drawn on white paper: a scan or
/// a photo has paper a little grey, or uneven.
const WHITE_PAPER_SHARE: usize = 50;

/// A pixel whose strongest and weakest colour channels differ by more than this, once
/// the paper's own colour is balanced out, is drawn in colour (a highlight, a tinted box,
/// coloured type), not grey or black.
const TINT_CHROMA: u32 = 40;
/// Colour counts as a tint only where it is flat: at least this many of the 5 × 5 pixels
/// around it are colour of the same shade (within [`TINT_FLAT`]), as a highlight or a
/// filled box is drawn. A photo's colour (its noise, its gradients) is not a tint, and
/// must not become dots.
const TINT_COVER: u8 = 20;
const TINT_FLAT: u8 = 6;
/// The most of a page (in percent) that may be colour for its colour to be kept as
/// tints: more than that is a colour photo or a page under a colour cast, whose paper
/// the whitening must make white.
const TINT_SHARE_MAX: usize = 40;
/// Colour at least this bright is what black and white cannot show as it is: a light
/// tint thresholded is paper, a middle one a black bar over the words under it.
const SHADED_TINT: u8 = 64;
/// A page with more such colour than this (in pixels per 10,000; a highlighted word is
/// about 15) is converted, so that the fax carries the tint as the dots made here rather
/// than leave it to whatever draws the page in black and white later.
const SHADED_TINT_MAX: usize = 5;

/// One imported page, drawn by hayro on white at `width` × `height`, and whether it is
/// already black text on white paper (almost all white, few mid-tones, almost no colour
/// and next to none lighter than near-black).
pub(super) fn pdf_grey(
    source: &PdfSource,
    page: &ImportedPage,
    width: usize,
    height: usize,
) -> Result<DrawnPage, FaxError> {
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
    let (mut white, mut mid, mut colour, mut pure) = (0usize, 0usize, 0usize, 0usize);
    for y in 0..height.min(rh) {
        for x in 0..width.min(rw) {
            let i = (y * rw + x) * 4;
            let (r, g, b) = (data[i], data[i + 1], data[i + 2]);
            let v = luma(r, g, b);
            out.pixels[y * width + x] = v;
            white += usize::from(v >= 235);
            pure += usize::from(v >= 250);
            mid += usize::from((64..200).contains(&v));
            colour += usize::from(r.max(g).max(b) - r.min(g).min(b) > 48);
        }
    }
    let (tint, tinted, shaded) = tints(data, rw, rh, &out);
    let n = (width * height).max(1);
    let black_on_white = white * 100 >= n * 70
        && mid * 100 <= n * 5
        && colour * 100 <= n
        && shaded * 10_000 <= n * SHADED_TINT_MAX;
    let tint = (tinted > 0 && tinted * 100 <= n * TINT_SHARE_MAX).then_some(tint);
    Ok(DrawnPage {
        image: out,
        black_on_white,
        white_paper: pure * 100 >= n * WHITE_PAPER_SHARE,
        tint,
    })
}

/// Which pixels of a page drawn in colour (`data`, RGBA rows `rw` wide, `rh` high; the
/// grey page `grey` is its size or smaller) are tints (see [`TINT_CHROMA`],
/// [`TINT_COVER`]); how many, and how many of them are lighter than [`SHADED_TINT`].
/// The paper's own colour (each channel's 90th percentile: a photo under warm light) is
/// balanced out first.
fn tints(data: &[u8], rw: usize, rh: usize, grey: &Gray) -> (Vec<bool>, usize, usize) {
    let (w, h) = (grey.width.min(rw), grey.height.min(rh));
    let mut hist = [[0usize; 256]; 3];
    for y in 0..h {
        for px in data[y * rw * 4..(y * rw + w) * 4].chunks_exact(4) {
            for c in 0..3 {
                hist[c][usize::from(px[c])] += 1;
            }
        }
    }
    let paper = hist.map(|counts| {
        let mut seen = 0;
        let target = w * h * 9 / 10;
        let level = counts
            .iter()
            .position(|&n| {
                seen += n;
                seen > target
            })
            .unwrap_or(255);
        (level as u32).max(64)
    });
    // Colour, balanced against the paper, and how much of each pixel's 5 × 5
    // neighbourhood is colour too (two passes of a running count of five).
    let mut colour = vec![0u8; grey.width * grey.height];
    for y in 0..h {
        for x in 0..w {
            let i = (y * rw + x) * 4;
            let balanced: [u32; 3] =
                [0, 1, 2].map(|c| (u32::from(data[i + c]) * 255 / paper[c]).min(255));
            let chroma = balanced.iter().max().unwrap_or(&0) - balanced.iter().min().unwrap_or(&0);
            colour[y * grey.width + x] = u8::from(chroma > TINT_CHROMA);
        }
    }
    let (gw, gh) = (grey.width, grey.height);
    let mut tint = vec![false; gw * gh];
    let (mut tinted, mut shaded) = (0, 0);
    for y in 0..gh {
        for x in 0..gw {
            if colour[y * gw + x] == 0 {
                continue;
            }
            let v = grey.pixels[y * gw + x];
            let mut cover = 0u8;
            for yy in y.saturating_sub(2)..(y + 3).min(gh) {
                for xx in x.saturating_sub(2)..(x + 3).min(gw) {
                    let i = yy * gw + xx;
                    cover += u8::from(colour[i] == 1 && grey.pixels[i].abs_diff(v) <= TINT_FLAT);
                }
            }
            if cover >= TINT_COVER {
                tint[y * gw + x] = true;
                tinted += 1;
                shaded += usize::from(v >= SHADED_TINT);
            }
        }
    }
    (tint, tinted, shaded)
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

    /// Where the highlighter stroke photographed on the sheet of [`paper_photo_pdf`] is,
    /// as a share of the height.
    const STROKE: (f32, f32) = (0.40, 0.44);
    /// Where the highlight laid over the photo in the PDF (flat yellow) is, in points.
    const HIGHLIGHT: [f32; 4] = [100.0, 200.0, 400.0, 224.0];

    /// A phone photo of a blank sheet, `width` × `height`, with one yellow highlighter
    /// stroke across it ([`STROKE`]), under light of colour `cast` (per channel, 0 to 1),
    /// darker towards the corners, with sensor noise of up to `noise` per channel, as a
    /// JPEG filling a one-page Letter PDF; over it, a highlight as a viewer draws one
    /// (flat yellow, multiplied with what is under it, [`HIGHLIGHT`]).
    fn paper_photo_pdf(width: u32, height: u32, cast: [f32; 3], noise: u32) -> Vec<u8> {
        use lopdf::{dictionary, Document, Object, Stream};
        let mut seed = 12_345u32;
        let mut jitter = || {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            ((seed >> 16) % (2 * noise + 1)) as f32 - noise as f32
        };
        let (cx, cy) = (width as f32 / 2.0, height as f32 / 2.0);
        let img =
            image::RgbImage::from_fn(width, height, |x, y| {
                let d = ((x as f32 - cx).powi(2) + (y as f32 - cy).powi(2)) / (cx * cx + cy * cy);
                let light = 0.95 - 0.25 * d;
                let share = y as f32 / height as f32;
                let marker = if share > STROKE.0 && share < STROKE.1 && x > width / 8 {
                    [1.0, 0.95, 0.35]
                } else {
                    [1.0; 3]
                };
                image::Rgb([0, 1, 2].map(|c| {
                    (245.0 * light * cast[c] * marker[c] + jitter()).clamp(0.0, 255.0) as u8
                }))
            });
        let mut jpeg = Vec::new();
        img.write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut jpeg, 85,
        ))
        .expect("a JPEG");
        let mut doc = Document::with_version("1.5");
        let image = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image",
                "Width" => i64::from(width), "Height" => i64::from(height),
                "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8, "Filter" => "DCTDecode",
            },
            jpeg,
        ));
        let content = doc.add_object(Stream::new(
            dictionary! {},
            format!(
                "q 612 0 0 792 0 0 cm /Im0 Do Q /Multiply gs 1 0.9 0 rg {} {} {} {} re f",
                HIGHLIGHT[0],
                HIGHLIGHT[1],
                HIGHLIGHT[2] - HIGHLIGHT[0],
                HIGHLIGHT[3] - HIGHLIGHT[1]
            )
            .into_bytes(),
        ));
        let pages = doc.new_object_id();
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            "Resources" => dictionary! {
                "XObject" => dictionary! { "Im0" => image },
                "ExtGState" => dictionary! {
                    "Multiply" => dictionary! { "Type" => "ExtGState", "BM" => "Multiply" },
                },
            },
            "Contents" => content,
        });
        doc.objects.insert(
            pages,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
            ),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).expect("a PDF");
        out
    }

    /// Black pixels of a 1-bit Letter page with no black pixel among their eight
    /// neighbours (speckle), away from the photographed stroke and the highlight; and the
    /// share of the highlight that is black.
    fn speckle_and_highlight(page: &super::super::FaxPage) -> (usize, f64) {
        let g = &page.image;
        let black = |x: usize, y: usize| g.pixels[y * g.width + x] < 128;
        let (w, h) = (g.width as f32, g.height as f32);
        let (top, bottom) = ((STROKE.0 * h) as usize, (STROKE.1 * h) as usize);
        let px = |x: f32| (x / 612.0 * w) as usize;
        let py = |y: f32| ((792.0 - y) / 792.0 * h) as usize;
        let (hx0, hx1, hy0, hy1) = (
            px(HIGHLIGHT[0]),
            px(HIGHLIGHT[2]),
            py(HIGHLIGHT[3]),
            py(HIGHLIGHT[1]),
        );
        let (mut marked, mut marked_black) = (0usize, 0usize);
        for y in hy0 + 3..hy1 - 3 {
            for x in hx0 + 3..hx1 - 3 {
                marked += 1;
                marked_black += usize::from(black(x, y));
            }
        }
        let clear = |x: usize, y: usize| {
            (y + 8 < top || y > bottom + 8)
                && !(hy0 < y + 8 && y < hy1 + 8 && hx0 < x + 8 && x < hx1 + 8)
        };
        let mut n = 0;
        for y in 1..g.height - 1 {
            for x in (1..g.width - 1).filter(|&x| clear(x, y)) {
                if black(x, y)
                    && !(y - 1..=y + 1)
                        .any(|yy| (x - 1..=x + 1).any(|xx| (xx, yy) != (x, y) && black(xx, yy)))
                {
                    n += 1;
                }
            }
        }
        (n, marked_black as f64 / marked.max(1) as f64)
    }

    /// Keeping colour as dots adds no speckle to photos of paper saved as PDFs: sheets
    /// with a highlighter stroke, photographed under warm, neutral and cool light with
    /// sensor noise, are converted with and without the tints, and the isolated black
    /// pixels away from the stroke and the highlight counted. The photo's colour is not
    /// flat, so it is not a tint; the highlight laid over it in the PDF is, and becomes
    /// dots of its shade.
    #[test]
    fn tints_add_no_speckle_to_photos_of_paper() {
        use crate::fax::whiten::clean_tinted;
        let casts = [
            ("warm", [1.0, 0.88, 0.7]),
            ("neutral", [1.0, 1.0, 1.0]),
            ("cool", [0.85, 0.92, 1.0]),
        ];
        for (name, cast) in casts {
            for noise in [6, 16] {
                let pdf = paper_photo_pdf(612, 792, cast, noise);
                let Ok(Prepared::Pdf(source)) = crate::prepare(pdf, &crate::Limits::default())
                else {
                    panic!("not taken as a PDF");
                };
                let page = &source.pages[0];
                let rect = crate::geometry::page_rect(page);
                let (w, h) = (super::super::dots(rect.2), super::super::dots(rect.3));
                let drawn = pdf_grey(&source, page, w, h).expect("drawn");
                let tinted = drawn
                    .tint
                    .as_ref()
                    .map_or(0, |t| t.iter().filter(|&&t| t).count());
                let without =
                    clean_tinted(drawn.image.clone(), rect, None, drawn.white_paper, true);
                let with = clean_tinted(
                    drawn.image.clone(),
                    rect,
                    drawn.tint.as_deref(),
                    drawn.white_paper,
                    true,
                );
                let (before, _) = speckle_and_highlight(&without);
                let (after, highlight) = speckle_and_highlight(&with);
                println!(
                    "{name} light, noise {noise}: {tinted} tinted pixels; isolated black \
                     pixels {before} without tints, {after} with; the highlight \
                     {highlight:.2} black ({:?})",
                    with.encoding
                );
                assert!(
                    after <= before + 10,
                    "{name}, noise {noise}: {before} → {after}"
                );
                assert!(
                    (0.08..0.3).contains(&highlight),
                    "{name}, noise {noise}: the highlight is {highlight:.2} black"
                );
            }
        }
    }
}
