//! What a text reader gets from a document page: the text a PDF page carries itself,
//! or the page as a grey picture, upright, at about 300 dpi, for text recognition. The
//! page is the one the packet carries: give it the document with the person's page
//! edits applied ([`crate::apply_edits`]), and a page left out is not there, a turned
//! page comes upright, a cropped photo comes flat, and a blacked-out part is black
//! before anything reads it (such a page is a picture, its own text gone).

use image::imageops::FilterType;
use image::{DynamicImage, GrayImage, ImageFormat};

use crate::intake::{PageImage, PicturePage, Prepared};
use crate::thumbnail::ThumbnailError;

/// The resolution pages are recognized at.
pub const READING_DPI: u32 = 300;

/// A PDF page with at least this many letters and digits of its own text is read as
/// text; one with fewer is a scan, and its picture is recognized.
const TEXT_PAGE_CHARS: usize = 20;

/// One page for the reader.
#[derive(Debug)]
pub enum PageForReading {
    /// A PDF page's own text.
    Text(String),
    /// A photo or scan page, grey, upright.
    Picture {
        grey: GrayImage,
        /// The picture's resolution on paper (estimated for a photo: a letter is 8.5
        /// inches across).
        dpi: u32,
    },
}

/// Page `index` (from 0) of `document` as the packet carries it, for reading.
pub fn page_for_reading(
    document: &Prepared,
    index: usize,
) -> Result<PageForReading, ThumbnailError> {
    if index >= document.page_count() {
        return Err(ThumbnailError::NoPages);
    }
    let picture = match document {
        Prepared::Jpeg(jpeg) => {
            let mut img = image::load_from_memory_with_format(&jpeg.bytes, ImageFormat::Jpeg)
                .map_err(ThumbnailError::Image)?;
            if let Some(o) = image::metadata::Orientation::from_exif(jpeg.orientation as u8) {
                img.apply_orientation(o);
            }
            img
        }
        Prepared::Png(raster) => PicturePage {
            image: PageImage::Raster(raster.clone()),
            orientation: 1,
            dpi: None,
        }
        .decode_upright()?,
        Prepared::Pictures(pictures) => pictures
            .pages
            .get(index)
            .ok_or(ThumbnailError::NoPages)?
            .decode_upright()?,
        Prepared::Pdf(source) => {
            let page = source.pages.get(index).ok_or(ThumbnailError::NoPages)?;
            // The page alone, as the packet draws it: its own content and resources,
            // so a page cut or blacked out (now a picture) has no text left, and the
            // pages' order is the edited one.
            let bytes = crate::xobject::single_page_pdf(source, page)
                .map_err(|_| ThumbnailError::NoPages)?;
            let text = lopdf::Document::load_mem(&bytes)
                .ok()
                .and_then(|doc| doc.extract_text(&[1]).ok())
                .unwrap_or_default();
            if text.chars().filter(|c| c.is_alphanumeric()).count() >= TEXT_PAGE_CHARS {
                return Ok(PageForReading::Text(text));
            }
            let grey = render_pdf_page(&bytes, READING_DPI)?;
            return Ok(PageForReading::Picture {
                grey,
                dpi: READING_DPI,
            });
        }
    };
    Ok(scaled(picture))
}

/// A picture brought to about 300 dpi for a letter-sized sheet: a 12-megapixel photo is
/// made smaller (faster to read, no worse), a small one left as it is.
fn scaled(picture: DynamicImage) -> PageForReading {
    let (w, h) = (picture.width(), picture.height());
    let short = w.min(h) as f32;
    // The sheet's short side is 8.5 inches.
    let target = 8.5 * READING_DPI as f32;
    let picture = if short > target * 1.15 {
        let s = target / short;
        picture.resize(
            (w as f32 * s).round() as u32,
            (h as f32 * s).round() as u32,
            FilterType::Triangle,
        )
    } else {
        picture
    };
    let dpi = ((picture.width().min(picture.height()) as f32 / 8.5).round() as u32).clamp(70, 600);
    PageForReading::Picture {
        grey: picture.to_luma8(),
        dpi,
    }
}

fn render_pdf_page(bytes: &[u8], dpi: u32) -> Result<GrayImage, ThumbnailError> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    use hayro::vello_cpu::color::palette::css::WHITE;
    use hayro::{render, PixmapSettings, RenderCache, RenderSettings};

    let pdf = Pdf::new(bytes.to_vec()).map_err(ThumbnailError::Pdf)?;
    let pages = pdf.pages();
    let page = pages.first().ok_or(ThumbnailError::NoPages)?;
    let (w, h) = page.render_dimensions();
    // Within what a picture may be (hayro's pixmaps are at most 65535 across).
    let scale = (dpi as f32 / 72.0).min(16_000.0 / w.max(h));
    let settings = PixmapSettings {
        x_scale: scale,
        y_scale: scale,
        bg_color: WHITE,
    };
    let pixmap = render(
        page,
        &RenderCache::new(),
        &InterpreterSettings::default(),
        &RenderSettings::default(),
        &settings,
    );
    let (pw, ph) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
    let rgba = pixmap.data_as_u8_slice();
    Ok(GrayImage::from_fn(pw, ph, |x, y| {
        let i = ((y * pw + x) * 4) as usize;
        let p = &rgba[i..i + 3];
        image::Luma([((u32::from(p[0]) * 3 + u32::from(p[1]) * 6 + u32::from(p[2])) / 10) as u8])
    }))
}

/// A part of a page's picture as a PNG no wider than `max_width`, for the crop shown
/// beside a suggestion.
pub fn crop_png(
    grey: &GrayImage,
    left: u32,
    top: u32,
    width: u32,
    height: u32,
    max_width: u32,
) -> Result<Vec<u8>, ThumbnailError> {
    let left = left.min(grey.width().saturating_sub(1));
    let top = top.min(grey.height().saturating_sub(1));
    let width = width.min(grey.width() - left).max(1);
    let height = height.min(grey.height() - top).max(1);
    let part = image::imageops::crop_imm(grey, left, top, width, height).to_image();
    let part = DynamicImage::ImageLuma8(part);
    let part = if width > max_width {
        part.resize(max_width, u32::MAX, FilterType::Triangle)
    } else {
        part
    };
    let mut out = std::io::Cursor::new(Vec::new());
    part.write_to(&mut out, ImageFormat::Png)
        .map_err(ThumbnailError::Image)?;
    Ok(out.into_inner())
}

/// A whole picture, smaller, as a PNG (the crop of a text PDF's page, whose words have
/// no places).
pub fn page_png(grey: &GrayImage, max: u32) -> Result<Vec<u8>, ThumbnailError> {
    crop_png(grey, 0, 0, grey.width(), grey.height(), max)
}
