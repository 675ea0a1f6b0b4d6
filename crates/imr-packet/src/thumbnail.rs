//! Small pictures of a document's first page, for the app's document list.

use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat};

use crate::intake::{PictureError, Prepared};

/// Why a thumbnail could not be drawn. The words are technical, in English.
#[derive(Debug, thiserror::Error)]
pub enum ThumbnailError {
    /// The photo or picture cannot be decoded, or the thumbnail not written as a PNG.
    #[error("{0}")]
    Image(image::ImageError),
    /// A picture page (TIFF, HEIC, WebP, GIF) that cannot be decoded.
    #[error(transparent)]
    Picture(#[from] PictureError),
    /// A document with no page to draw.
    #[error("no pages")]
    NoPages,
    /// A PDF hayro cannot open.
    #[error("{0:?}")]
    Pdf(hayro::hayro_syntax::LoadPdfError),
    /// The drawn PDF page could not be written as a PNG.
    #[error("{0:?}")]
    Png(png::EncodingError),
}

/// A PNG no larger than `max` × `max` pixels showing the first page as it will appear
/// in the packet (photos turned upright), or why it could not be drawn.
pub fn thumbnail(
    document: &Prepared,
    original: &[u8],
    max: u32,
) -> Result<Vec<u8>, ThumbnailError> {
    let picture = match document {
        Prepared::Jpeg(jpeg) => {
            let mut img = image::load_from_memory_with_format(original, ImageFormat::Jpeg)
                .map_err(ThumbnailError::Image)?;
            if let Some(o) = image::metadata::Orientation::from_exif(jpeg.orientation as u8) {
                img.apply_orientation(o);
            }
            img.resize(max, max, FilterType::Triangle)
        }
        Prepared::Png(_) => image::load_from_memory_with_format(original, ImageFormat::Png)
            .map_err(ThumbnailError::Image)?
            .resize(max, max, FilterType::Triangle),
        // Drawn from the page as the packet will hold it (annotations flattened in), so
        // what the person sees is what will be sent; the original file if that fails.
        Prepared::Pdf(source) => {
            let flattened = source
                .pages
                .first()
                .and_then(|page| crate::xobject::single_page_pdf(source, page).ok());
            return match flattened {
                Some(bytes) => pdf_thumbnail(&bytes, max).or_else(|_| pdf_thumbnail(original, max)),
                None => pdf_thumbnail(original, max),
            };
        }
        Prepared::Pictures(pictures) => pictures
            .pages
            .first()
            .ok_or(ThumbnailError::NoPages)?
            .decode_upright()?
            .resize(max, max, FilterType::Triangle),
    };
    encode(&picture)
}

fn encode(img: &DynamicImage) -> Result<Vec<u8>, ThumbnailError> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png)
        .map_err(ThumbnailError::Image)?;
    Ok(out.into_inner())
}

fn pdf_thumbnail(bytes: &[u8], max: u32) -> Result<Vec<u8>, ThumbnailError> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    use hayro::vello_cpu::color::palette::css::WHITE;
    use hayro::{render, PixmapSettings, RenderCache, RenderSettings};

    let pdf = Pdf::new(bytes.to_vec()).map_err(ThumbnailError::Pdf)?;
    let pages = pdf.pages();
    let page = pages.first().ok_or(ThumbnailError::NoPages)?;
    let (w, h) = page.render_dimensions();
    let scale = (max as f32 / w.max(h)).min(1.0);
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
    pixmap.into_png().map_err(ThumbnailError::Png)
}
