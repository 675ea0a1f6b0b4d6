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
//!    (inside the half-inch fax-safe margins);
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
//! mid-tones, no colour lighter than near-black beyond a highlighted word's worth)
//! stays as it is: vector text is as sharp as the fax can make it, and rasterising it
//! here would only thin small grey type and lose its searchable text. Any other page (a
//! scan in a PDF, a dark colour photo saved as PDF, coloured backgrounds, a highlight)
//! is converted like a photo, so it never arrives as a black rectangle. Colour that
//! covers its surroundings on such a page (a highlight, a tinted box) keeps its shade
//! of grey, on a 1-bit page as a dot pattern, so that a yellow highlight neither
//! vanishes with the paper nor turns the words under it into a black bar. A page hayro
//! cannot draw keeps its original form, as in a mailed packet: a page is never lost.
//!
//! One module per stage: `decode` (grey pixels at the size the page needs), `resample`
//! (resampling and turning upright), `whiten` (paper, contrast, 1 bit or grey), `encode`
//! (Group 4 or JPEG, and the preview PNG) and `jobs` (every page of a packet on worker
//! threads, in bounded memory).

mod decode;
mod encode;
mod jobs;
mod resample;
mod whiten;

pub use decode::decode_jpeg_grey;
pub use encode::{encode, fax_preview, Encoded};
pub(crate) use jobs::{convert_all, Job};
pub use resample::{orient, resample};
pub use whiten::{clean, whiten};

use crate::geometry::{fit, page_rect, picture_rect, DOCUMENT_AREA};
use crate::intake::{JpegImage, PictureError, Prepared};
use decode::{jpeg_grey, pdf_grey, raster_grey};

/// Why a document page could not be converted for the fax, or shown as it will be
/// faxed. The words are technical, in English: in the packet such a page goes in as it
/// would be mailed, and the app gives them as the reason a preview could not be made.
#[derive(Debug, thiserror::Error)]
pub enum FaxError {
    /// The document has no page `number` (counted from 1).
    #[error("the document has no page {number}")]
    NoPage { number: usize },
    /// A conversion job names a document that is not there.
    #[error("a document is missing")]
    NoDocument,
    /// A photo neither libjpeg-turbo nor the general decoder can read.
    #[error("decoding the photo: {0}")]
    Photo(image::ImageError),
    /// A PNG's stored pixels do not inflate.
    #[error("reading the picture: {0}")]
    Pixels(std::io::Error),
    /// A PNG's stored pixels are fewer than its size needs.
    #[error("the picture's pixels are incomplete")]
    Incomplete,
    /// A picture page (TIFF, HEIC, WebP, GIF) that cannot be decoded, or a grey page that
    /// cannot be made a JPEG.
    #[error(transparent)]
    Picture(#[from] PictureError),
    /// An imported page that cannot be written out as a PDF of its own, to draw.
    #[error("copying the page: {0}")]
    CopyPage(std::io::Error),
    /// An imported page hayro cannot open.
    #[error("reading the page: {0:?}")]
    ReadPage(hayro::hayro_syntax::LoadPdfError),
    /// An imported page hayro opens but finds no page in.
    #[error("the page is missing")]
    PageMissing,
    /// An imported page with no area.
    #[error("the page has no size")]
    NoSize,
    /// A page wider than CCITT Group 4 can code.
    #[error("the page is too wide for a fax")]
    TooWide,
    /// The Group 4 encoder failed.
    #[error("encoding a fax page")]
    Group4,
    /// The preview PNG could not be written.
    #[error("making the preview: {0}")]
    Preview(png::EncodingError),
    /// A decoder or the PDF renderer panicked on the page.
    #[error("the page could not be converted")]
    Panicked,
}

/// The resolution of fax pages, in dots per inch.
pub(crate) const FAX_DPI: f32 = 200.0;

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
pub(crate) fn fax_page(document: &Prepared, index: usize) -> Result<FaxPage, FaxError> {
    let mut keep_original = false;
    let (mut tint, mut white_paper) = (None, false);
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
                .ok_or(FaxError::NoPage { number: index + 1 })?;
            let rect = page_rect(page);
            let drawn = pdf_grey(source, page, dots(rect.2), dots(rect.3))?;
            keep_original = drawn.black_on_white;
            tint = drawn.tint;
            white_paper = drawn.white_paper;
            (drawn.image, rect)
        }
        Prepared::Pictures(pictures) => {
            let page = pictures
                .pages
                .get(index)
                .ok_or(FaxError::NoPage { number: index + 1 })?;
            let rect = picture_rect(page, DOCUMENT_AREA);
            let luma = page.decode_upright()?.into_luma8();
            let full = Gray {
                width: luma.width() as usize,
                height: luma.height() as usize,
                pixels: luma.into_raw(),
            };
            (resample(&full, dots(rect.2), dots(rect.3)), rect)
        }
    };
    let from_pdf = matches!(document, Prepared::Pdf(_));
    let mut page = whiten::clean_tinted(image, rect, tint.as_deref(), white_paper, from_pdf);
    page.keep_original = keep_original;
    Ok(page)
}

/// Where a photo goes on its packet page, in points (x, y, width, height), and its
/// upright size there in pixels at the fax resolution (200 dpi).
pub fn photo_place(jpeg: &JpegImage) -> ((f32, f32, f32, f32), (usize, usize)) {
    let (w, h) = jpeg.upright_size();
    let rect = fit(w as f32, h as f32);
    (rect, (dots(rect.2), dots(rect.3)))
}
