//! Existing PDFs: every page is checked when the file is added, so a damaged file is
//! refused then and never becomes a blank page in the packet.
//!
//! lopdf "repairs" many broken files by scanning for objects. That is welcome when the
//! repair is complete and dangerous when it is not: a file cut in half loads, but its
//! pages point at objects that no longer exist. So each page's drawing instructions must
//! decode, and everything its resources name must exist.

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::{IntakeError, Limits};

/// A PDF whose pages can be placed in a packet.
#[derive(Debug)]
pub struct PdfSource {
    pub doc: Document,
    pub pages: Vec<ImportedPage>,
}

/// One page, reduced to what a Form XObject needs.
#[derive(Debug)]
pub struct ImportedPage {
    /// The page's drawing instructions, decoded and joined, followed by the drawing of
    /// its visible annotations (filled-in form fields, stamps, comments).
    pub content: Vec<u8>,
    /// The page's resources, with inherited ones resolved and the annotations'
    /// appearances added. References point into [`PdfSource::doc`].
    pub resources: Dictionary,
    /// The visible area: the crop box, clipped to the media box, as [x0, y0, x1, y1].
    pub bbox: [f32; 4],
    /// Clockwise rotation for display: 0, 90, 180 or 270.
    pub rotate: i32,
}

impl ImportedPage {
    /// Width and height as the page is seen, after rotation.
    pub fn upright_size(&self) -> (f32, f32) {
        let (w, h) = (self.bbox[2] - self.bbox[0], self.bbox[3] - self.bbox[1]);
        if self.rotate % 180 == 0 {
            (w, h)
        } else {
            (h, w)
        }
    }
}

/// US Letter, the size readers assume when a page has no usable media box.
const DEFAULT_BOX: [f32; 4] = [0.0, 0.0, 612.0, 792.0];

pub(super) fn prepare(bytes: &[u8], limits: &Limits) -> Result<PdfSource, IntakeError> {
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(limits.max_page_content_bytes),
        ..Default::default()
    };
    let encrypted = contains(bytes, b"/Encrypt");
    let doc = match Document::load_mem_with_options(bytes, options) {
        Ok(doc) => doc,
        Err(lopdf::Error::InvalidPassword) | Err(lopdf::Error::Decryption(_)) => {
            return Err(IntakeError::PasswordProtected)
        }
        Err(_) if encrypted => return Err(IntakeError::PasswordProtected),
        Err(e) => {
            return Err(IntakeError::DamagedPdf {
                page: None,
                detail: e.to_string(),
            })
        }
    };
    // A file with only an owner password opens with the empty user password, and lopdf
    // decrypts it while loading. One that needs a user password stays encrypted.
    if doc.trailer.get(b"Encrypt").is_ok() && doc.encryption_state.is_none() {
        return Err(IntakeError::PasswordProtected);
    }
    let page_ids: Vec<ObjectId> = doc.get_pages().into_values().collect();
    if page_ids.is_empty() {
        return Err(IntakeError::NoPages);
    }
    if page_ids.len() > limits.max_pdf_pages {
        return Err(IntakeError::TooManyPages {
            pages: page_ids.len(),
            limit: limits.max_pdf_pages,
        });
    }
    let mut pages = Vec::with_capacity(page_ids.len());
    for (index, id) in page_ids.into_iter().enumerate() {
        let page = read_page(&doc, id, limits).map_err(|detail| IntakeError::DamagedPdf {
            page: Some(index + 1),
            detail,
        })?;
        pages.push(page);
    }
    Ok(PdfSource { doc, pages })
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn read_page(doc: &Document, id: ObjectId, limits: &Limits) -> Result<ImportedPage, String> {
    let page = doc
        .get_dictionary(id)
        .map_err(|_| "the page object is missing".to_string())?;
    let mut content = page_content(doc, page, limits.max_page_content_bytes)?;
    let mut resources = match inherited(doc, id, b"Resources") {
        Some(obj) => resolve(doc, obj)?
            .as_dict()
            .map_err(|_| "its resources are not a dictionary".to_string())?
            .clone(),
        None => Dictionary::new(),
    };
    check_resources(doc, &resources)?;
    let media = inherited(doc, id, b"MediaBox")
        .and_then(|o| read_box(doc, o))
        .unwrap_or(DEFAULT_BOX);
    let crop = inherited(doc, id, b"CropBox")
        .and_then(|o| read_box(doc, o))
        .and_then(|c| intersect(c, media))
        .unwrap_or(media);
    let rotate = inherited(doc, id, b"Rotate")
        .and_then(|o| resolve(doc, o).ok())
        .and_then(|o| o.as_i64().ok())
        .map(|r| (r.rem_euclid(360) / 90 * 90) as i32)
        .unwrap_or(0);
    append_annotations(doc, page, &mut content, &mut resources)?;
    Ok(ImportedPage {
        content,
        resources,
        bbox: crop,
        rotate,
    })
}

/// Looks a page attribute up on the page and then on its ancestors (PDF inheritance).
fn inherited<'a>(doc: &'a Document, page: ObjectId, key: &[u8]) -> Option<&'a Object> {
    let mut dict = doc.get_dictionary(page).ok()?;
    for _ in 0..64 {
        if let Ok(value) = dict.get(key) {
            return Some(value);
        }
        let parent = dict.get(b"Parent").ok()?.as_reference().ok()?;
        dict = doc.get_dictionary(parent).ok()?;
    }
    None
}

fn resolve<'a>(doc: &'a Document, obj: &'a Object) -> Result<&'a Object, String> {
    match obj {
        Object::Reference(id) => doc
            .get_object(*id)
            .map_err(|_| format!("object {} {} is missing", id.0, id.1)),
        other => Ok(other),
    }
}

/// Decodes every content stream of the page. A stream that is missing or will not
/// decode means the page cannot be shown as it was made.
fn page_content(doc: &Document, page: &Dictionary, limit: usize) -> Result<Vec<u8>, String> {
    let Ok(contents) = page.get(b"Contents") else {
        return Ok(Vec::new()); // a page with nothing on it, as made
    };
    let streams: Vec<&Object> = match resolve(doc, contents)? {
        Object::Array(items) => items.iter().collect(),
        _ => vec![contents],
    };
    let mut out = Vec::new();
    for item in streams {
        let stream = resolve(doc, item)?
            .as_stream()
            .map_err(|_| "its content is not a stream".to_string())?;
        let decoded = decode_strictly(stream, limit.saturating_sub(out.len()))?;
        out.extend_from_slice(&decoded);
        out.push(b'\n');
    }
    Ok(out)
}

/// Decodes a content stream, failing on any corruption. lopdf logs a broken Flate
/// stream and returns what it could inflate (often nothing), which would make the page
/// silently blank; the usual case, Flate alone, is therefore decoded here with flate2.
fn decode_strictly(stream: &lopdf::Stream, limit: usize) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let filters = stream.filters().unwrap_or_default();
    let has_params = stream.dict.get(b"DecodeParms").is_ok();
    if filters.len() == 1 && filters[0] == b"FlateDecode" && !has_params {
        let mut out = Vec::new();
        let mut decoder =
            flate2::read::ZlibDecoder::new(stream.content.as_slice()).take(limit as u64 + 1);
        decoder
            .read_to_end(&mut out)
            .map_err(|e| format!("its content is corrupt ({e})"))?;
        if out.len() > limit {
            return Err("its content is too large".into());
        }
        return Ok(out);
    }
    stream
        .get_plain_content_with_limit(limit)
        .map_err(|e| format!("its content cannot be decoded ({e})"))
}

/// Every font, image and form a page names must exist; a repaired file often lacks them.
fn check_resources(doc: &Document, resources: &Dictionary) -> Result<(), String> {
    for category in [b"Font".as_slice(), b"XObject"] {
        let Ok(entries) = resources.get(category) else {
            continue;
        };
        let entries = resolve(doc, entries)?
            .as_dict()
            .map_err(|_| "its resources are damaged".to_string())?;
        for (_, value) in entries.iter() {
            resolve(doc, value)?;
        }
    }
    Ok(())
}

fn read_box(doc: &Document, obj: &Object) -> Option<[f32; 4]> {
    let items = resolve(doc, obj).ok()?.as_array().ok()?;
    if items.len() != 4 {
        return None;
    }
    let mut v = [0.0f32; 4];
    for (slot, item) in v.iter_mut().zip(items) {
        *slot = resolve(doc, item).ok()?.as_float().ok()?;
        if !slot.is_finite() {
            return None;
        }
    }
    let b = [
        v[0].min(v[2]),
        v[1].min(v[3]),
        v[0].max(v[2]),
        v[1].max(v[3]),
    ];
    (b[2] - b[0] >= 1.0 && b[3] - b[1] >= 1.0).then_some(b)
}

fn intersect(a: [f32; 4], b: [f32; 4]) -> Option<[f32; 4]> {
    let r = [
        a[0].max(b[0]),
        a[1].max(b[1]),
        a[2].min(b[2]),
        a[3].min(b[3]),
    ];
    (r[2] - r[0] >= 1.0 && r[3] - r[1] >= 1.0).then_some(r)
}

/// Annotation flags (PDF 32000-1, 12.5.3) that keep an annotation off the printed page.
const HIDDEN: i64 = 1 << 1;
const NO_VIEW: i64 = 1 << 5;
const PRINT: i64 = 1 << 2;

/// Draws the page's printable annotations into its content, as a print would: filled
/// form fields live in annotations, and leaving them out would lose what someone wrote.
fn append_annotations(
    doc: &Document,
    page: &Dictionary,
    content: &mut Vec<u8>,
    resources: &mut Dictionary,
) -> Result<(), String> {
    let Ok(annots) = page.get(b"Annots") else {
        return Ok(());
    };
    let Ok(Object::Array(annots)) = resolve(doc, annots) else {
        return Ok(());
    };
    let mut xobjects = match resources.get(b"XObject") {
        Ok(obj) => resolve(doc, obj)?
            .as_dict()
            .map_err(|_| "its resources are damaged".to_string())?
            .clone(),
        Err(_) => Dictionary::new(),
    };
    let mut added = 0;
    for annot in annots {
        let Some((stream_id, placement)) = appearance(doc, annot) else {
            continue;
        };
        let name = format!("ImrAnnot{added}");
        added += 1;
        xobjects.set(name.as_bytes().to_vec(), Object::Reference(stream_id));
        let [a, b, c, d, e, f] = placement;
        content
            .extend_from_slice(format!("q {a} {b} {c} {d} {e} {f} cm /{name} Do Q\n").as_bytes());
    }
    if added > 0 {
        resources.set("XObject", Object::Dictionary(xobjects));
    }
    Ok(())
}

/// The normal appearance stream of a printable annotation and the matrix that maps it
/// onto the annotation's rectangle (PDF 32000-1, 12.5.5).
fn appearance(doc: &Document, annot: &Object) -> Option<(ObjectId, [f32; 6])> {
    let dict = resolve(doc, annot).ok()?.as_dict().ok()?;
    let flags = dict
        .get(b"F")
        .ok()
        .and_then(|f| f.as_i64().ok())
        .unwrap_or(0);
    if flags & (HIDDEN | NO_VIEW) != 0 {
        return None;
    }
    let subtype = dict.get(b"Subtype").ok()?.as_name().ok()?;
    // Widgets (form fields) print whatever their flag says; a comment pop-up never prints.
    if subtype == b"Popup" || (flags & PRINT == 0 && subtype != b"Widget") {
        return None;
    }
    let normal = resolve(doc, dict.get(b"AP").ok()?)
        .ok()?
        .as_dict()
        .ok()?
        .get(b"N")
        .ok()?;
    let stream_id = match normal {
        Object::Reference(id) => match doc.get_object(*id).ok()? {
            Object::Stream(_) => *id,
            // Several states (a checkbox: on / off): /AS names the one shown.
            Object::Dictionary(states) => {
                let state = dict.get(b"AS").ok()?.as_name().ok()?;
                states.get(state).ok()?.as_reference().ok()?
            }
            _ => return None,
        },
        Object::Dictionary(states) => {
            let state = dict.get(b"AS").ok()?.as_name().ok()?;
            states.get(state).ok()?.as_reference().ok()?
        }
        _ => return None,
    };
    let stream = doc.get_object(stream_id).ok()?.as_stream().ok()?;
    let rect = read_box(doc, dict.get(b"Rect").ok()?)?;
    let bbox = read_box(doc, stream.dict.get(b"BBox").ok()?)?;
    let matrix = stream
        .dict
        .get(b"Matrix")
        .ok()
        .and_then(|m| m.as_array().ok())
        .and_then(|m| {
            let v: Vec<f32> = m.iter().filter_map(|x| x.as_float().ok()).collect();
            <[f32; 6]>::try_from(v).ok()
        })
        .unwrap_or([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);
    // The box the appearance covers once its own matrix is applied.
    let corners = [
        (bbox[0], bbox[1]),
        (bbox[2], bbox[1]),
        (bbox[0], bbox[3]),
        (bbox[2], bbox[3]),
    ]
    .map(|(x, y)| {
        (
            matrix[0] * x + matrix[2] * y + matrix[4],
            matrix[1] * x + matrix[3] * y + matrix[5],
        )
    });
    let min_x = corners.iter().map(|c| c.0).fold(f32::INFINITY, f32::min);
    let max_x = corners
        .iter()
        .map(|c| c.0)
        .fold(f32::NEG_INFINITY, f32::max);
    let min_y = corners.iter().map(|c| c.1).fold(f32::INFINITY, f32::min);
    let max_y = corners
        .iter()
        .map(|c| c.1)
        .fold(f32::NEG_INFINITY, f32::max);
    if max_x - min_x < 0.01 || max_y - min_y < 0.01 {
        return None;
    }
    let sx = (rect[2] - rect[0]) / (max_x - min_x);
    let sy = (rect[3] - rect[1]) / (max_y - min_y);
    Some((
        stream_id,
        [sx, 0.0, 0.0, sy, rect[0] - sx * min_x, rect[1] - sy * min_y],
    ))
}
