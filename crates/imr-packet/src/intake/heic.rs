//! HEIC/HEIF photos (iPhones save these), decoded by the system's libheif.
//!
//! Which way up: a HEIF file turns its picture with `irot` (rotation) and `imir`
//! (mirror) properties, which libheif applies while decoding. The HEIF standard says a
//! reader must then ignore the EXIF orientation, which iPhones also write (the same
//! turn: applying both would turn the photo twice). So the EXIF orientation is used
//! only when the file has no `irot`/`imir` at all, as some converters write.
//!
//! The primary picture is the photo; other pictures in the file (burst frames, depth
//! maps, thumbnails) are not part of the page.

use libheif_rs::{ColorSpace, HeifContext, ItemId, LibHeif, RgbChroma};

use super::picture::{self, PageImage, PicturePage, Pictures};
use super::{check_dimensions, Format, IntakeError, Limits};

pub(super) fn prepare(bytes: &[u8], limits: &Limits) -> Result<Pictures, IntakeError> {
    // The sizes the file declares (`ispe`), checked before libheif reads anything.
    for (w, h) in declared_sizes(bytes) {
        check_dimensions(u64::from(w), u64::from(h), limits)?;
    }
    let lib = LibHeif::new();
    let ctx = HeifContext::read_from_bytes(bytes).map_err(|e| heif_error(&e, bytes))?;
    let handle = ctx
        .primary_image_handle()
        .map_err(|e| heif_error(&e, bytes))?;
    check_dimensions(
        u64::from(handle.width()),
        u64::from(handle.height()),
        limits,
    )?;
    let alpha = handle.has_alpha_channel();
    let chroma = if alpha {
        RgbChroma::Rgba
    } else {
        RgbChroma::Rgb
    };
    let image = lib
        .decode(&handle, ColorSpace::Rgb(chroma), None)
        .map_err(|e| heif_error(&e, bytes))?;
    let (w, h) = (image.width(), image.height());
    check_dimensions(u64::from(w), u64::from(h), limits)?;
    let planes = image.planes();
    let plane = planes
        .interleaved
        .ok_or_else(|| damaged(&"no picture came out of it"))?;
    let channels = if alpha { 4 } else { 3 };
    let row_bytes = w as usize * channels;
    let mut rgb = Vec::with_capacity(w as usize * h as usize * 3);
    for y in 0..h as usize {
        let row = plane
            .data
            .get(y * plane.stride..y * plane.stride + row_bytes)
            .ok_or_else(|| damaged(&"the picture is shorter than its size says"))?;
        if alpha {
            rgb.extend(
                row.chunks_exact(4)
                    .flat_map(|p| [p[0], p[1], p[2]].map(|c| picture::on_white(c, p[3]))),
            );
        } else {
            rgb.extend_from_slice(row);
        }
    }
    drop(image);
    let orientation = if has_transform_properties(bytes) {
        1
    } else {
        exif_orientation(&handle).unwrap_or(1)
    };
    let (grey, pixels) = if picture::all_grey(&rgb) {
        (true, picture::to_grey(&rgb))
    } else {
        (false, rgb)
    };
    let jpeg = picture::jpeg(w, h, grey, &pixels)?;
    Ok(Pictures {
        format: Format::Heic,
        pages: vec![PicturePage {
            image: PageImage::Jpeg(jpeg),
            orientation,
            dpi: None,
        }],
    })
}

/// The EXIF orientation (1–8) stored with the picture, if any.
fn exif_orientation(handle: &libheif_rs::ImageHandle) -> Option<u16> {
    let mut ids: Vec<ItemId> = vec![0; 4];
    let count = handle.metadata_block_ids(&mut ids, b"Exif");
    let block = handle.metadata(*ids.get(..count)?.first()?).ok()?;
    // The block starts with the offset of the TIFF header that follows.
    let skip = u32::from_be_bytes(block.get(..4)?.try_into().ok()?) as usize;
    let tiff = block.get(4usize.checked_add(skip)?..)?.to_vec();
    let exif = exif::Reader::new().read_raw(tiff).ok()?;
    let value = exif
        .get_field(exif::Tag::Orientation, exif::In::PRIMARY)?
        .value
        .get_uint(0)?;
    u16::try_from(value).ok().filter(|v| (1..=8).contains(v))
}

/// The item properties of the file (`meta` → `iprp` → `ipco`), if it has them.
fn properties(bytes: &[u8]) -> Option<&[u8]> {
    let meta = child(bytes, b"meta")?;
    // `meta` is a full box: version and flags come first.
    let iprp = child(meta.get(4..)?, b"iprp")?;
    child(iprp, b"ipco")
}

/// Whether the file's item properties include a rotation or mirroring (`irot`,
/// `imir`).
fn has_transform_properties(bytes: &[u8]) -> bool {
    properties(bytes)
        .is_some_and(|ipco| boxes(ipco).any(|(kind, _)| &kind == b"irot" || &kind == b"imir"))
}

/// Every picture size the file declares (`ispe` properties: a full box, then width
/// and height).
fn declared_sizes(bytes: &[u8]) -> Vec<(u32, u32)> {
    let Some(ipco) = properties(bytes) else {
        return Vec::new();
    };
    boxes(ipco)
        .filter(|(kind, _)| kind == b"ispe")
        .filter_map(|(_, body)| {
            let w = u32::from_be_bytes(body.get(4..8)?.try_into().ok()?);
            let h = u32::from_be_bytes(body.get(8..12)?.try_into().ok()?);
            Some((w, h))
        })
        .collect()
}

/// The contents of the first box of type `kind` among `data`'s boxes.
fn child<'a>(data: &'a [u8], kind: &[u8; 4]) -> Option<&'a [u8]> {
    boxes(data).find(|(k, _)| k == kind).map(|(_, body)| body)
}

/// The boxes laid end to end in `data`: (type, contents).
fn boxes(data: &[u8]) -> impl Iterator<Item = ([u8; 4], &[u8])> {
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        let header = data.get(pos..pos.checked_add(8)?)?;
        let size = u32::from_be_bytes([header[0], header[1], header[2], header[3]]) as u64;
        let kind: [u8; 4] = [header[4], header[5], header[6], header[7]];
        let (start, end) = match size {
            0 => (pos + 8, data.len() as u64),
            1 => {
                let large = data.get(pos + 8..pos.checked_add(16)?)?;
                let large = u64::from_be_bytes(large.try_into().ok()?);
                (pos + 16, (pos as u64).checked_add(large)?)
            }
            n => (pos + 8, (pos as u64).checked_add(n)?),
        };
        let end = usize::try_from(end).ok()?;
        if end < start || end > data.len() {
            return None;
        }
        pos = end;
        Some((kind, &data[start..end]))
    })
}

fn heif_error(error: &libheif_rs::HeifError, bytes: &[u8]) -> IntakeError {
    if matches!(
        error.sub_code,
        libheif_rs::HeifErrorSubCode::SecurityLimitExceeded
    ) {
        // libheif's own limits (32768 pixels a side, among others).
        let (width, height) = declared_sizes(bytes)
            .into_iter()
            .max_by_key(|&(w, h)| u64::from(w) * u64::from(h))
            .unwrap_or((0, 0));
        return IntakeError::ImageTooLarge {
            width: u64::from(width),
            height: u64::from(height),
        };
    }
    damaged(error)
}

fn damaged(error: &dyn std::fmt::Display) -> IntakeError {
    IntakeError::DamagedImage {
        detail: error.to_string(),
    }
}
