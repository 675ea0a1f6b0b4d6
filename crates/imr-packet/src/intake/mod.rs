//! Document intake: decide from a file's bytes whether it can go into a packet, and
//! prepare it for the packet if it can.
//!
//! Every refusal is an [`IntakeError`] whose message says what is wrong in plain words
//! and what the person can do. Nothing here reads a file or the clock: callers pass the
//! bytes, so the desktop app, the CLI and the tests share exactly this code.

use std::fmt;

use imr_i18n::Message;

mod annotations;
mod decoded;
mod field_font;
mod fields;
#[cfg(feature = "heic")]
mod heic;
mod jpeg;
mod line_endings;
mod optional;
mod pdf;
mod picture;
mod png;
mod rich_text;
mod tiff;

pub use self::jpeg::JpegImage;
pub use self::pdf::{ImportedPage, PdfSource};
pub(crate) use self::picture::encode_jpeg;
pub use self::picture::{
    BilevelCoding, BilevelImage, PageImage, PictureError, PicturePage, Pictures,
};
pub use self::png::RasterImage;
pub use self::tiff::CcittError;

/// Limits checked from a file's headers before anything large is allocated. They are
/// generous: a 50-megapixel photo, a 500-page records PDF and a 500-page scanner TIFF go
/// in. docs/packet.md lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file accepted, in bytes.
    pub max_file_bytes: u64,
    /// Largest picture accepted, in pixels (width × height).
    pub max_pixels: u64,
    /// Longest side of a picture accepted, in pixels.
    pub max_side: u32,
    /// Most pages accepted in one PDF or TIFF.
    pub max_pages: usize,
    /// Most bytes one PDF page's drawing instructions may expand to.
    pub max_page_content_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 300 * 1024 * 1024,
            max_pixels: 120_000_000,
            max_side: 30_000,
            max_pages: 2_000,
            max_page_content_bytes: 64 * 1024 * 1024,
        }
    }
}

/// The formats a packet can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Jpeg,
    Png,
    Pdf,
    Tiff,
    Heic,
    Webp,
    Gif,
}

impl Format {
    /// The name people know the format by.
    pub fn name(self) -> &'static str {
        match self {
            Format::Jpeg => "JPG photo",
            Format::Png => "PNG picture",
            Format::Pdf => "PDF",
            Format::Tiff => "TIFF scan",
            Format::Heic => "HEIC photo",
            Format::Webp => "WebP picture",
            Format::Gif => "GIF picture",
        }
    }

    /// The usual file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
            Format::Pdf => "pdf",
            Format::Tiff => "tif",
            Format::Heic => "heic",
            Format::Webp => "webp",
            Format::Gif => "gif",
        }
    }
}

/// File name extensions of the formats a packet can hold, for file dialogs (lower case,
/// without the dot). Intake itself goes by a file's bytes, never by its name.
pub const EXTENSIONS: &[&str] = &[
    "pdf", "jpg", "jpeg", "png", "tif", "tiff", "heic", "heif", "webp", "gif",
];

/// What inspecting a file found: it can go into a packet.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Inspection {
    pub format: Format,
    /// How many packet pages the file becomes.
    pub pages: usize,
}

/// A document ready to be placed in a packet.
#[derive(Debug)]
pub enum Prepared {
    Jpeg(JpegImage),
    Png(RasterImage),
    Pdf(Box<PdfSource>),
    /// TIFF scans (one page per TIFF page), HEIC photos, WebP and GIF pictures.
    Pictures(Pictures),
}

impl Prepared {
    pub fn format(&self) -> Format {
        match self {
            Prepared::Jpeg(_) => Format::Jpeg,
            Prepared::Png(_) => Format::Png,
            Prepared::Pdf(_) => Format::Pdf,
            Prepared::Pictures(p) => p.format,
        }
    }

    pub fn page_count(&self) -> usize {
        match self {
            Prepared::Jpeg(_) | Prepared::Png(_) => 1,
            Prepared::Pdf(pdf) => pdf.pages.len(),
            Prepared::Pictures(p) => p.pages.len(),
        }
    }

    pub fn inspection(&self) -> Inspection {
        Inspection {
            format: self.format(),
            pages: self.page_count(),
        }
    }
}

/// Why a file cannot go into a packet. Each message says what to do next.
///
/// The words are in `intake.ftl` (`intake-…`), in every language: [`IntakeError::message`]
/// gives the message for the person's language, and `Display` is its English. To add a
/// refusal: a variant here, its message in each `intake.ftl`, and one arm in `message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntakeError {
    /// The file has no bytes at all.
    Empty,
    /// The file is larger than [`Limits::max_file_bytes`].
    TooLarge { size_mb: u64, limit_mb: u64 },
    /// The file is in a format (or a variant of one) the packet cannot hold; `advice`
    /// says what it is and how to convert it.
    Unsupported { advice: Message },
    /// A picture whose header declares more pixels than [`Limits`] allow.
    ImageTooLarge { width: u64, height: u64 },
    /// A picture that is cut short or cannot be decoded. `detail` is technical, in English.
    DamagedImage { detail: String },
    /// A scan (TIFF) that is cut short or cannot be decoded, as a whole or on one page.
    /// `detail` is technical, in English.
    DamagedScan { page: Option<usize>, detail: String },
    /// A PDF that needs a password to open.
    PasswordProtected,
    /// A PDF with no pages.
    NoPages,
    /// A PDF or TIFF with more pages than [`Limits::max_pages`].
    TooManyPages { pages: usize, limit: usize },
    /// A PDF that cannot be read, as a whole or on one page. `detail` is technical.
    DamagedPdf { page: Option<usize>, detail: String },
}

impl IntakeError {
    /// What to tell the person, to render in their language.
    pub fn message(&self) -> Message {
        match self {
            IntakeError::Empty => Message::new("intake-empty"),
            IntakeError::TooLarge { size_mb, limit_mb } => Message::new("intake-too-large")
                .with("size_mb", *size_mb)
                .with("limit_mb", *limit_mb),
            IntakeError::Unsupported { advice } => {
                Message::new("intake-unsupported").with("advice", advice.clone())
            }
            IntakeError::ImageTooLarge { width, height } => Message::new("intake-image-too-large")
                .with("width", *width)
                .with("height", *height),
            IntakeError::DamagedImage { detail } => {
                Message::new("intake-damaged-image").with("detail", detail.as_str())
            }
            IntakeError::DamagedScan { page: None, detail } => {
                Message::new("intake-damaged-scan").with("detail", detail.as_str())
            }
            IntakeError::DamagedScan {
                page: Some(page),
                detail,
            } => Message::new("intake-damaged-scan-page")
                .with("page", *page)
                .with("detail", detail.as_str()),
            IntakeError::PasswordProtected => Message::new("intake-password-protected"),
            IntakeError::NoPages => Message::new("intake-no-pages"),
            IntakeError::TooManyPages { pages, limit } => Message::new("intake-too-many-pages")
                .with("pages", *pages)
                .with("limit", *limit),
            IntakeError::DamagedPdf { page: None, .. } => Message::new("intake-damaged-pdf"),
            IntakeError::DamagedPdf {
                page: Some(page), ..
            } => Message::new("intake-damaged-pdf-page").with("page", *page),
        }
    }
}

impl fmt::Display for IntakeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for IntakeError {}

/// Advice for a file in a format the packet cannot hold (`intake-advice-…`).
fn advice(id: &str) -> Message {
    Message::new(id)
}

/// Checks a file and prepares it for a packet.
pub fn prepare(bytes: Vec<u8>, limits: &Limits) -> Result<Prepared, IntakeError> {
    if bytes.is_empty() {
        return Err(IntakeError::Empty);
    }
    let size = bytes.len() as u64;
    if size > limits.max_file_bytes {
        return Err(IntakeError::TooLarge {
            size_mb: size.div_ceil(1024 * 1024),
            limit_mb: limits.max_file_bytes / (1024 * 1024),
        });
    }
    match sniff(&bytes) {
        Sniffed::Jpeg => jpeg::prepare(bytes, limits).map(Prepared::Jpeg),
        Sniffed::Png => png::prepare(&bytes, limits).map(Prepared::Png),
        Sniffed::Pdf => pdf::prepare(&bytes, limits).map(|p| Prepared::Pdf(Box::new(p))),
        Sniffed::Tiff => tiff::prepare(&bytes, limits).map(Prepared::Pictures),
        #[cfg(feature = "heic")]
        Sniffed::Heic => heic::prepare(&bytes, limits).map(Prepared::Pictures),
        #[cfg(not(feature = "heic"))]
        Sniffed::Heic => Err(IntakeError::Unsupported {
            advice: advice("intake-advice-heic"),
        }),
        Sniffed::Webp => decoded::prepare(&bytes, Format::Webp, limits).map(Prepared::Pictures),
        Sniffed::Gif => decoded::prepare(&bytes, Format::Gif, limits).map(Prepared::Pictures),
        Sniffed::DamagedPdf => Err(IntakeError::DamagedPdf {
            page: None,
            detail: "it does not start as a PDF does".into(),
        }),
        Sniffed::Other(id) => Err(IntakeError::Unsupported { advice: advice(id) }),
    }
}

/// Checks a file without keeping the prepared form.
pub fn inspect(bytes: Vec<u8>, limits: &Limits) -> Result<Inspection, IntakeError> {
    prepare(bytes, limits).map(|p| p.inspection())
}

/// The format a file's first bytes say it is, when it is one the packet can hold:
/// [`prepare`] hands the file to that format's reader. `None` for anything else.
pub fn format_of(bytes: &[u8]) -> Option<Format> {
    match sniff(bytes) {
        Sniffed::Jpeg => Some(Format::Jpeg),
        Sniffed::Png => Some(Format::Png),
        Sniffed::Pdf => Some(Format::Pdf),
        Sniffed::Tiff => Some(Format::Tiff),
        Sniffed::Heic => Some(Format::Heic),
        Sniffed::Webp => Some(Format::Webp),
        Sniffed::Gif => Some(Format::Gif),
        Sniffed::DamagedPdf | Sniffed::Other(_) => None,
    }
}

/// What to do with a HEIC photo when this build cannot read them.
#[cfg_attr(feature = "heic", allow(dead_code))]
enum Sniffed {
    Jpeg,
    Png,
    Pdf,
    Tiff,
    Heic,
    Webp,
    Gif,
    /// PDF's structure without its header: a PDF damaged at the start.
    DamagedPdf,
    /// Another format; the id of the advice on converting it.
    Other(&'static str),
}

/// Recognises a file by its first bytes, never by its name: a web page renamed `.pdf`
/// is still a web page.
fn sniff(bytes: &[u8]) -> Sniffed {
    let head = &bytes[..bytes.len().min(1024)];
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Sniffed::Jpeg;
    }
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Sniffed::Png;
    }
    if head.len() >= 12 && &head[4..8] == b"ftyp" {
        let brand = &head[8..12];
        if [
            b"heic", b"heix", b"mif1", b"msf1", b"hevc", b"heim", b"heis",
        ]
        .iter()
        .any(|b| brand == *b)
        {
            return Sniffed::Heic;
        }
        if [b"avif", b"avis"].iter().any(|b| brand == *b) {
            return Sniffed::Other("intake-advice-avif");
        }
    }
    // Classic TIFF (42) and BigTIFF (43), in either byte order.
    if [b"II*\0", b"MM\0*", b"II+\0", b"MM\0+"]
        .iter()
        .any(|m| head.starts_with(*m))
    {
        return Sniffed::Tiff;
    }
    if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        return Sniffed::Gif;
    }
    if head.len() >= 12 && head.starts_with(b"RIFF") && &head[8..12] == b"WEBP" {
        return Sniffed::Webp;
    }
    // PDF readers accept up to 1 KB of junk before the header. This comes after the
    // pictures, whose first bytes are exact: a picture's data can hold "%PDF-" by chance
    // (fuzzing found a GIF that was taken for a PDF and refused).
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Sniffed::Pdf;
    }
    if head.starts_with(b"GIF8") || head.starts_with(b"BM") || head.starts_with(b"RIFF") {
        return Sniffed::Other("intake-advice-picture");
    }
    if head.starts_with(b"PK\x03\x04") || head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Sniffed::Other("intake-advice-office");
    }
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    if lower.windows(5).any(|w| w == b"<html") || lower.windows(9).any(|w| w == b"<!doctype") {
        return Sniffed::Other("intake-advice-web-page");
    }
    // A PDF whose first bytes were damaged still reads like one; telling the person it is
    // some other kind of file would send them looking for a program to convert it.
    if [
        b"%PDF".as_slice(),
        b"endobj",
        b"startxref",
        b"trailer",
        b" 0 obj",
    ]
    .iter()
    .any(|k| head.windows(k.len()).any(|w| w == *k))
    {
        return Sniffed::DamagedPdf;
    }
    Sniffed::Other("intake-advice-other")
}

/// Checks picture dimensions taken from a header against the limits.
fn check_dimensions(width: u64, height: u64, limits: &Limits) -> Result<(), IntakeError> {
    if width == 0 || height == 0 {
        return Err(IntakeError::DamagedImage {
            detail: "its size is zero".into(),
        });
    }
    if width > u64::from(limits.max_side)
        || height > u64::from(limits.max_side)
        || width * height > limits.max_pixels
    {
        return Err(IntakeError::ImageTooLarge { width, height });
    }
    Ok(())
}

#[cfg(test)]
mod tests;
