//! The person's page edits (`imr_case::PageEdit`), applied to a document read from its
//! file: pages chosen and put in order, turned, cropped to the sheet and straightened,
//! and parts blacked out. The result is a document like any other, so the plan, the
//! exhibit index, "Page N of M", the fax conversion and the thumbnails all follow.
//!
//! - A page only chosen, moved or turned keeps its stored form: a photo's JPEG bytes
//!   go in untouched (the turn is a matrix), a PDF page stays vector (its `/Rotate`).
//! - A page cropped or blacked out becomes a picture: its pixels are read (a PDF page
//!   drawn by hayro at [`RASTER_DPI`]), the boxes painted black on them, the sheet
//!   straightened (imr-scan), and the result stored as a new picture. Nothing of the
//!   page as it was goes into the packet: no text, no image, no drawing under a box.
//!   A cropped photo is stored as a JPEG (it is resampled anyway); a page only blacked
//!   out keeps its pixels losslessly (deflated), so print stays crisp.

use image::{DynamicImage, RgbImage};
use imr_case::case::{Corners, PageEdit};
use imr_i18n::Message;
use imr_scan::{black_out, straighten, straightened_size, Point, Quad};
use lopdf::{dictionary, Object, Stream};

use crate::intake::{
    encode_jpeg, ImportedPage, JpegImage, PageImage, PdfSource, PictureError, PicturePage,
    Pictures, Prepared, RasterImage,
};
use crate::xobject::single_page_pdf;

/// A PDF page that is cropped or blacked out is drawn at this resolution.
pub const RASTER_DPI: f32 = 300.0;
/// … and never larger than this on its longer side (a poster-sized page).
const RASTER_MAX_SIDE: f32 = 5000.0;

/// Why the edits could not be applied to a document.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    /// An edit names page `page` (from 1) of a file that has `pages` pages.
    #[error("page {page} is listed, but the file has {pages} pages")]
    NoSuchPage { page: usize, pages: usize },
    /// Page `page` (from 1) is listed twice.
    #[error("page {page} is listed twice")]
    Twice { page: usize },
    /// No page is listed.
    #[error("no page is listed")]
    NoPages,
    /// Page `page`'s pixels could not be read or stored again.
    #[error("page {page}: {detail}")]
    Pixels { page: usize, detail: String },
}

impl EditError {
    /// What to tell the person (the `Display` above is technical English).
    pub fn message(&self) -> Message {
        match self {
            EditError::NoSuchPage { page, pages } => Message::new("edit-page-not-in-file")
                .with("page", *page)
                .with("pages", *pages),
            EditError::Twice { page } => Message::new("edit-page-twice").with("page", *page),
            EditError::NoPages => Message::new("edit-no-pages"),
            EditError::Pixels { page, detail } => Message::new("edit-page-failed")
                .with("page", *page)
                .with("detail", detail.as_str()),
        }
    }
}

/// `document` with `edits` applied (see the module note). An empty list of edits is
/// refused: a document without pages is removed instead.
pub fn apply_edits(document: Prepared, edits: &[PageEdit]) -> Result<Prepared, EditError> {
    if edits.is_empty() {
        return Err(EditError::NoPages);
    }
    let count = document.page_count();
    let mut seen = vec![false; count];
    for edit in edits {
        if edit.page == 0 || edit.page > count {
            return Err(EditError::NoSuchPage {
                page: edit.page,
                pages: count,
            });
        }
        if std::mem::replace(&mut seen[edit.page - 1], true) {
            return Err(EditError::Twice { page: edit.page });
        }
    }
    let unchanged = edits.len() == count
        && edits
            .iter()
            .enumerate()
            .all(|(i, e)| e.page == i + 1 && e.is_plain());
    if unchanged {
        return Ok(document);
    }
    match document {
        Prepared::Jpeg(jpeg) => single_picture(&edits[0], Stored::Jpeg(jpeg)),
        Prepared::Png(raster) => single_picture(&edits[0], Stored::Raster(raster)),
        Prepared::Pictures(pictures) => {
            let format = pictures.format;
            let mut pages: Vec<Option<PicturePage>> =
                pictures.pages.into_iter().map(Some).collect();
            let mut out = Vec::with_capacity(edits.len());
            for edit in edits {
                let page = pages[edit.page - 1]
                    .take()
                    .ok_or(EditError::Twice { page: edit.page })?;
                out.push(edit_picture(page, edit)?);
            }
            Ok(Prepared::Pictures(Pictures { format, pages: out }))
        }
        Prepared::Pdf(mut source) => {
            let originals = std::mem::take(&mut source.pages);
            let mut pages: Vec<Option<ImportedPage>> = originals.into_iter().map(Some).collect();
            let mut out = Vec::with_capacity(edits.len());
            for edit in edits {
                let mut page = pages[edit.page - 1]
                    .take()
                    .ok_or(EditError::Twice { page: edit.page })?;
                if edit.crop.is_some() || !edit.redact.is_empty() {
                    page = drawn_pdf_page(&mut source, page, edit)?;
                }
                page.rotate = (page.rotate + i32::from(edit.turn)).rem_euclid(360);
                out.push(page);
            }
            source.pages = out;
            Ok(Prepared::Pdf(source))
        }
    }
}

/// A one-picture document (a JPEG or a PNG).
enum Stored {
    Jpeg(JpegImage),
    Raster(RasterImage),
}

fn single_picture(edit: &PageEdit, stored: Stored) -> Result<Prepared, EditError> {
    match stored {
        Stored::Jpeg(mut jpeg) if edit.crop.is_none() && edit.redact.is_empty() => {
            jpeg.orientation = turned(jpeg.orientation, edit.turn);
            Ok(Prepared::Jpeg(jpeg))
        }
        Stored::Jpeg(jpeg) => {
            let orientation = jpeg.orientation;
            let page = PicturePage {
                image: PageImage::Jpeg(jpeg),
                orientation,
                dpi: None,
            };
            picture_document(crate::Format::Jpeg, edit_picture(page, edit)?)
        }
        Stored::Raster(raster) => {
            let page = PicturePage {
                image: PageImage::Raster(raster),
                orientation: 1,
                dpi: None,
            };
            picture_document(crate::Format::Png, edit_picture(page, edit)?)
        }
    }
}

fn picture_document(format: crate::Format, page: PicturePage) -> Result<Prepared, EditError> {
    Ok(Prepared::Pictures(Pictures {
        format,
        pages: vec![page],
    }))
}

/// One picture page with its edit applied.
fn edit_picture(mut page: PicturePage, edit: &PageEdit) -> Result<PicturePage, EditError> {
    if edit.crop.is_none() && edit.redact.is_empty() {
        page.orientation = turned(page.orientation, edit.turn);
        return Ok(page);
    }
    let failed = |detail: String| EditError::Pixels {
        page: edit.page,
        detail,
    };
    let upright = page
        .decode_upright()
        .map_err(|e: PictureError| failed(e.to_string()))?
        .into_rgb8();
    // A scan whose resolution is known keeps it when it is only blacked out, so it
    // keeps its size on paper.
    let dpi = if edit.crop.is_none() { page.dpi } else { None };
    let (image, cropped) = edited_pixels(upright, edit).map_err(failed)?;
    Ok(PicturePage {
        image: store(&image, cropped).map_err(|e| failed(e.to_string()))?,
        orientation: turned(1, edit.turn),
        dpi: dpi.filter(|(x, y)| (x - y).abs() < 0.01 * x.max(*y)),
    })
}

/// The page's upright pixels with the boxes blacked out and the sheet straightened;
/// whether it was cropped.
fn edited_pixels(mut image: RgbImage, edit: &PageEdit) -> Result<(RgbImage, bool), String> {
    let (w, h) = (image.width() as f32, image.height() as f32);
    let boxes: Vec<Quad> = edit.redact.iter().map(|c| quad(c, w, h)).collect();
    black_out(&mut image, &boxes);
    let Some(crop) = &edit.crop else {
        return Ok((image, false));
    };
    let sheet = quad(crop, w, h);
    let (sw, sh) = straightened_size(&sheet);
    // Never more pixels than the photo had.
    let limit = (w * h) / (sw as f32 * sh as f32);
    let scale = limit.sqrt().min(1.0);
    let (sw, sh) = (
        ((sw as f32 * scale).round() as u32).max(1),
        ((sh as f32 * scale).round() as u32).max(1),
    );
    let flat = straighten(&image, &sheet, sw, sh)
        .ok_or_else(|| "its corners are three in a line".to_string())?;
    Ok((flat, true))
}

/// Corners as fractions of a `w` × `h` page, in its pixels.
pub(crate) fn quad(corners: &Corners, w: f32, h: f32) -> Quad {
    Quad(corners.map(|[x, y]| Point::new(x as f32 * w, y as f32 * h)))
}

/// Edited pixels as a stored page: a JPEG when straightened (resampled already, as a
/// photo is), else deflated; grey when every pixel is.
fn store(image: &RgbImage, cropped: bool) -> Result<PageImage, PictureError> {
    let (w, h) = image.dimensions();
    let raw = image.as_raw();
    let grey = raw.chunks_exact(3).all(|p| p[0] == p[1] && p[1] == p[2]);
    let pixels: Vec<u8> = if grey {
        raw.chunks_exact(3).map(|p| p[0]).collect()
    } else {
        raw.clone()
    };
    if cropped {
        let bytes = encode_jpeg(w as usize, h as usize, grey, &pixels)?;
        Ok(PageImage::Jpeg(JpegImage {
            bytes,
            width: w,
            height: h,
            components: if grey { 1 } else { 3 },
            inverted_cmyk: false,
            orientation: 1,
        }))
    } else {
        use std::io::Write;
        let mut encoder = flate2::write::ZlibEncoder::new(
            Vec::with_capacity(pixels.len() / 4),
            flate2::Compression::fast(),
        );
        encoder.write_all(&pixels).map_err(PictureError::Inflate)?;
        Ok(PageImage::Raster(RasterImage {
            width: w,
            height: h,
            grey,
            deflated: encoder.finish().map_err(PictureError::Inflate)?,
        }))
    }
}

/// A PDF page cropped or blacked out: drawn, edited, and put back as a page that only
/// shows the edited picture. Its own drawing, fonts and images are no longer named by
/// the page, so they never reach the packet.
fn drawn_pdf_page(
    source: &mut PdfSource,
    page: ImportedPage,
    edit: &PageEdit,
) -> Result<ImportedPage, EditError> {
    let failed = |detail: String| EditError::Pixels {
        page: edit.page,
        detail,
    };
    let (pw, ph) = page.upright_size();
    let scale = (RASTER_DPI / 72.0).min(RASTER_MAX_SIDE / pw.max(ph).max(1.0));
    let upright = render_pdf_page(source, &page, scale).map_err(failed)?;
    let (image, _) = edited_pixels(upright, edit).map_err(failed)?;
    // Lossless: a page of print stays crisp, and deflates well.
    let stored = store(&image, false).map_err(|e| failed(e.to_string()))?;
    let PageImage::Raster(raster) = stored else {
        return Err(failed("the picture could not be stored".into()));
    };
    let (w, h) = (raster.width, raster.height);
    let xobject = source.doc.add_object(
        Stream::new(
            dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => i64::from(w),
                "Height" => i64::from(h),
                "ColorSpace" => if raster.grey { "DeviceGray" } else { "DeviceRGB" },
                "BitsPerComponent" => 8,
                "Filter" => "FlateDecode",
            },
            raster.deflated,
        )
        .with_compression(false),
    );
    // The same size on paper as the page had (a cropped one: as large as the sheet was).
    let (bw, bh) = (w as f32 / scale, h as f32 / scale);
    Ok(ImportedPage {
        content: format!("q {bw} 0 0 {bh} 0 0 cm /Page Do Q\n").into_bytes(),
        resources: dictionary! { "XObject" => dictionary! { "Page" => Object::Reference(xobject) } },
        bbox: [0.0, 0.0, bw, bh],
        rotate: 0,
    })
}

/// A PDF page drawn by hayro, upright, at `scale` pixels per point.
fn render_pdf_page(
    source: &PdfSource,
    page: &ImportedPage,
    scale: f32,
) -> Result<RgbImage, String> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    use hayro::vello_cpu::color::palette::css::WHITE;
    use hayro::{render, PixmapSettings, RenderCache, RenderSettings};

    let bytes = single_page_pdf(source, page).map_err(|e| e.to_string())?;
    let pdf = Pdf::new(bytes).map_err(|e| format!("{e:?}"))?;
    let pages = pdf.pages();
    let first = pages.first().ok_or("the page is missing")?;
    let settings = PixmapSettings {
        x_scale: scale,
        y_scale: scale,
        bg_color: WHITE,
    };
    let pixmap = render(
        first,
        &RenderCache::new(),
        &InterpreterSettings::default(),
        &RenderSettings::default(),
        &settings,
    );
    let (w, h) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
    let rgb: Vec<u8> = pixmap
        .data_as_u8_slice()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    RgbImage::from_raw(w, h, rgb).ok_or_else(|| "the drawn page is incomplete".to_string())
}

/// Page `index` (from 0) as the person sees it in the file, upright, at most `max_side`
/// pixels on its longer side: what the crop and blackout tools draw on.
pub fn page_picture(
    document: &Prepared,
    index: usize,
    max_side: u32,
) -> Result<RgbImage, EditError> {
    let failed = |detail: String| EditError::Pixels {
        page: index + 1,
        detail,
    };
    let pages = document.page_count();
    if index >= pages {
        return Err(EditError::NoSuchPage {
            page: index + 1,
            pages,
        });
    }
    let image = match document {
        Prepared::Jpeg(jpeg) => {
            let (w, h) = jpeg.upright_size();
            let (uw, uh) = fit_within(w, h, max_side);
            let stored = if (5..=8).contains(&jpeg.orientation) {
                (uh, uw)
            } else {
                (uw, uh)
            };
            let mut img = DynamicImage::ImageRgb8(jpeg_rgb(jpeg, stored).map_err(failed)?);
            if let Some(o) = image::metadata::Orientation::from_exif(jpeg.orientation as u8) {
                img.apply_orientation(o);
            }
            img.into_rgb8()
        }
        Prepared::Png(raster) => {
            let page = PicturePage {
                image: PageImage::Raster(raster.clone()),
                orientation: 1,
                dpi: None,
            };
            page.decode_upright()
                .map_err(|e| failed(e.to_string()))?
                .into_rgb8()
        }
        Prepared::Pictures(pictures) => pictures.pages[index]
            .decode_upright()
            .map_err(|e| failed(e.to_string()))?
            .into_rgb8(),
        Prepared::Pdf(source) => {
            let page = &source.pages[index];
            let (w, h) = page.upright_size();
            let scale = max_side as f32 / w.max(h).max(1.0);
            render_pdf_page(source, page, scale).map_err(failed)?
        }
    };
    let (w, h) = image.dimensions();
    if w.max(h) <= max_side {
        return Ok(image);
    }
    let (nw, nh) = fit_within(w, h, max_side);
    Ok(image::imageops::resize(
        &image,
        nw,
        nh,
        image::imageops::FilterType::Triangle,
    ))
}

/// Page `edit.page` of `document` as it will be in the packet (cropped, blacked out and
/// turned), at most `max_side` pixels on its longer side: for thumbnails. It is made from
/// a small picture of the page, so it is quick.
pub fn edited_preview(
    document: &Prepared,
    edit: &PageEdit,
    max_side: u32,
) -> Result<RgbImage, EditError> {
    let failed = |detail: String| EditError::Pixels {
        page: edit.page,
        detail,
    };
    let index = edit.page.checked_sub(1).ok_or(EditError::NoSuchPage {
        page: 0,
        pages: document.page_count(),
    })?;
    // Twice the size wanted, so a crop of part of the page still has pixels enough.
    let picture = page_picture(document, index, max_side.saturating_mul(2))?;
    let (image, _) = edited_pixels(picture, edit).map_err(failed)?;
    let image = match edit.turn % 360 {
        90 => image::imageops::rotate90(&image),
        180 => image::imageops::rotate180(&image),
        270 => image::imageops::rotate270(&image),
        _ => image,
    };
    let (w, h) = image.dimensions();
    let (nw, nh) = fit_within(w, h, max_side);
    Ok(image::imageops::resize(
        &image,
        nw,
        nh,
        image::imageops::FilterType::Triangle,
    ))
}

/// What the app tells the person about a photo page: where its sheet seems to be (as
/// fractions of the page, clockwise from the top left), and whether it looks blurry or
/// dark.
#[derive(Debug, Clone, PartialEq)]
pub struct PhotoCheck {
    pub suggestion: Option<Corners>,
    pub warnings: Vec<imr_scan::Warning>,
}

/// Photos are looked at this large to find the sheet and judge them.
const LOOK_SIDE: u32 = 1024;

/// The corners suggested for page `index` (from 0) and its quality warnings, or `None`
/// for a page that is not a photo ([`is_photo_page`]).
pub fn check_photo(document: &Prepared, index: usize) -> Option<PhotoCheck> {
    if !is_photo_page(document, index) {
        return None;
    }
    let Ok(picture) = page_picture(document, index, LOOK_SIDE) else {
        return Some(PhotoCheck {
            suggestion: None,
            warnings: Vec::new(),
        });
    };
    let (w, h) = (picture.width() as f32, picture.height() as f32);
    let sheet = imr_scan::suggest_sheet(&picture).quad();
    let grey = DynamicImage::ImageRgb8(picture).into_luma8();
    let warnings = imr_scan::measure(&grey, sheet.as_ref()).warnings();
    let round = |v: f32| (f64::from(v) * 10_000.0).round() / 10_000.0;
    Some(PhotoCheck {
        suggestion: sheet.map(|q| {
            q.0.map(|p| {
                [
                    round(p.x / w).clamp(0.0, 1.0),
                    round(p.y / h).clamp(0.0, 1.0),
                ]
            })
        }),
        warnings,
    })
}

/// Page `index` (from 0) as the file shows it, upright, at most `max_side` pixels on its
/// longer side, as JPEG bytes, with its width and height: for the crop tool.
pub fn page_jpeg(
    document: &Prepared,
    index: usize,
    max_side: u32,
) -> Result<(Vec<u8>, u32, u32), EditError> {
    let picture = page_picture(document, index, max_side)?;
    let (w, h) = picture.dimensions();
    let jpeg = encode_jpeg(w as usize, h as usize, false, picture.as_raw()).map_err(|e| {
        EditError::Pixels {
            page: index + 1,
            detail: e.to_string(),
        }
    })?;
    Ok((jpeg, w, h))
}

/// [`edited_preview`] as PNG bytes.
pub fn edited_preview_png(
    document: &Prepared,
    edit: &PageEdit,
    max_side: u32,
) -> Result<Vec<u8>, EditError> {
    let picture = edited_preview(document, edit, max_side)?;
    let mut png = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| EditError::Pixels {
            page: edit.page,
            detail: e.to_string(),
        })?;
    Ok(png.into_inner())
}

/// Whether page `index` (from 0) of `document` is a photo of paper, which can be cropped
/// to the sheet: a JPEG, PNG, HEIC, WebP or GIF picture, or a PDF page that only shows one
/// picture (a phone's or a scanner's "save as PDF"). TIFF scans come from a flatbed.
pub fn is_photo_page(document: &Prepared, index: usize) -> bool {
    match document {
        Prepared::Jpeg(_) | Prepared::Png(_) => index == 0,
        Prepared::Pictures(p) => p.format != crate::Format::Tiff && index < p.pages.len(),
        Prepared::Pdf(source) => source.pages.get(index).is_some_and(|page| {
            let fonts = page.resources.get(b"Font").is_ok();
            let images = match page.resources.get(b"XObject") {
                Ok(Object::Dictionary(d)) => d.len(),
                Ok(Object::Reference(id)) => source.doc.get_dictionary(*id).map_or(0, |d| d.len()),
                _ => 0,
            };
            !fonts && images == 1 && page.content.len() < 512
        }),
    }
}

/// A JPEG's pixels as stored, in RGB, at the smallest of libjpeg-turbo's DCT scales that
/// still gives `at_least` (width, height) pixels (much quicker than the full size); the
/// general decoder for what libjpeg-turbo will not read (CMYK).
fn jpeg_rgb(jpeg: &JpegImage, at_least: (u32, u32)) -> Result<RgbImage, String> {
    use turbojpeg::{Decompressor, Image, PixelFormat, ScalingFactor};
    let turbo = || -> Result<RgbImage, turbojpeg::Error> {
        let mut decompressor = Decompressor::new()?;
        let header = decompressor.read_header(&jpeg.bytes)?;
        let (aw, ah) = (at_least.0 as usize, at_least.1 as usize);
        let scale = Decompressor::supported_scaling_factors()
            .into_iter()
            .filter(|f| f.num() <= f.denom())
            .filter(|f| f.scale(header.width) >= aw && f.scale(header.height) >= ah)
            .min_by(|a, b| (a.num() * b.denom()).cmp(&(b.num() * a.denom())))
            .unwrap_or(ScalingFactor::ONE);
        decompressor.set_scaling_factor(scale)?;
        let size = header.scaled(scale);
        let mut pixels = vec![0u8; size.width * size.height * 3];
        decompressor.decompress(
            &jpeg.bytes,
            Image {
                pixels: &mut pixels[..],
                width: size.width,
                pitch: size.width * 3,
                height: size.height,
                format: PixelFormat::RGB,
            },
        )?;
        Ok(RgbImage::from_raw(size.width as u32, size.height as u32, pixels).unwrap_or_default())
    };
    if jpeg.components != 4 {
        if let Ok(img) = turbo() {
            if img.width() > 0 {
                return Ok(img);
            }
        }
    }
    image::load_from_memory_with_format(&jpeg.bytes, image::ImageFormat::Jpeg)
        .map(|i| i.into_rgb8())
        .map_err(|e| e.to_string())
}

fn fit_within(w: u32, h: u32, max_side: u32) -> (u32, u32) {
    let scale = (max_side as f32 / w.max(h) as f32).min(1.0);
    (
        ((w as f32 * scale).round() as u32).max(1),
        ((h as f32 * scale).round() as u32).max(1),
    )
}

/// The EXIF orientation of pixels stored as `orientation` and then turned clockwise by
/// `turn` degrees. Orientations are the eight turns and flips of a square: 1, 6, 3, 8 turn
/// by 90° each; 2, 7, 4, 5 are their mirror images, in the same order.
pub(crate) fn turned(orientation: u16, turn: u16) -> u16 {
    const TURNS: [u16; 4] = [1, 6, 3, 8];
    const MIRRORED: [u16; 4] = [2, 7, 4, 5];
    let steps = usize::from(turn / 90 % 4);
    for cycle in [TURNS, MIRRORED] {
        if let Some(i) = cycle.iter().position(|&o| o == orientation) {
            return cycle[(i + steps) % 4];
        }
    }
    TURNS[steps]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turning_an_orientation_four_times_comes_back() {
        for o in 1..=8 {
            assert_eq!(turned(turned(turned(turned(o, 90), 90), 90), 90), o);
            assert_eq!(turned(o, 0), o);
        }
        assert_eq!(turned(1, 90), 6);
        assert_eq!(turned(6, 90), 3);
        assert_eq!(turned(8, 90), 1);
        assert_eq!(turned(2, 90), 7);
        assert_eq!(turned(1, 270), 8);
    }

    /// The orientation's effect on the corner that is stored top left, as `image`
    /// applies it, must be the effect of the first orientation and then a turn.
    #[test]
    fn turned_agrees_with_turning_the_pixels() {
        let mut stored = RgbImage::from_pixel(4, 2, image::Rgb([255, 255, 255]));
        stored.put_pixel(0, 0, image::Rgb([0, 0, 0]));
        stored.put_pixel(3, 0, image::Rgb([255, 0, 0]));
        for o in 1..=8u16 {
            for turn in [90u16, 180, 270] {
                let mut upright = DynamicImage::ImageRgb8(stored.clone());
                upright.apply_orientation(
                    image::metadata::Orientation::from_exif(o as u8)
                        .unwrap_or(image::metadata::Orientation::NoTransforms),
                );
                let mut by_hand = upright.into_rgb8();
                for _ in 0..turn / 90 {
                    by_hand = image::imageops::rotate90(&by_hand);
                }
                let mut by_code = DynamicImage::ImageRgb8(stored.clone());
                by_code.apply_orientation(
                    image::metadata::Orientation::from_exif(turned(o, turn) as u8)
                        .unwrap_or(image::metadata::Orientation::NoTransforms),
                );
                assert_eq!(by_code.into_rgb8(), by_hand, "orientation {o}, turn {turn}");
            }
        }
    }
}
