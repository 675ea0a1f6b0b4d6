//! Existing PDFs: every page is checked when the file is added, so a damaged file is
//! refused then and never becomes a blank page in the packet.
//!
//! lopdf "repairs" many broken files by scanning for objects. That is welcome when the
//! repair is complete and dangerous when it is not: a file cut in half loads, but its
//! pages point at objects that no longer exist. So each page's drawing instructions must
//! decode, and everything its resources name must exist.

use lopdf::xref::XrefEntry;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::{annotations, fields, optional, IntakeError, Limits};

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
    pub(crate) fn upright_size(&self) -> (f32, f32) {
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
    let doc = open(bytes, limits, false)?;
    let disagrees = xref_disagrees(&doc);
    match read_document(doc, limits) {
        Ok(source) => Ok(source),
        // lopdf trusts the file's cross-reference table. When the table says an object is
        // at a place where it is not (a file edited by hand, or saved by a faulty program),
        // that object goes missing. Readers then rebuild the table by scanning the file for
        // objects; do the same, once, and keep the result only if every page reads. A table
        // that agrees with what was loaded is not second-guessed: an object it marks as
        // deleted stays deleted, and the file is refused.
        Err(first @ (IntakeError::DamagedPdf { .. } | IntakeError::NoPages)) if disagrees => {
            open(bytes, limits, true)
                .and_then(|doc| read_document(doc, limits))
                .map_err(|_| first)
        }
        Err(e) => Err(e),
    }
}

/// Loads the file and decrypts it if it opens without a password.
fn open(bytes: &[u8], limits: &Limits, reconstruct: bool) -> Result<Document, IntakeError> {
    let doc = load(bytes, limits, reconstruct)?;
    // A file with only an owner password opens with the empty user password, and lopdf
    // decrypts it while loading. One that needs a user password stays encrypted.
    if doc.trailer.get(b"Encrypt").is_err() || doc.encryption_state.is_some() {
        return Ok(doc);
    }
    // Two kinds of file open without a password in readers, though lopdf cannot open
    // them as they are. Re-read them with a trailer appended as an incremental update
    // (the file's own bytes stay as they are), and refuse them if that fails too.
    let encrypt = doc.get_encrypted().ok();
    let amended = if encrypt.is_some_and(only_attachments_encrypted) {
        // A user password that guards only attached files (PDF 2.0, 7.6.7): pages and
        // strings are not encrypted at all, and a packet leaves attachments out.
        let mut trailer = doc.trailer.clone();
        trailer.remove(b"Encrypt");
        Some(trailer)
    } else if doc.trailer.get(b"ID").is_err() {
        // The file identifier feeds the key, and some writers leave it out; readers then
        // use an empty one, which lopdf will not do on its own.
        let mut trailer = doc.trailer.clone();
        let empty = Object::String(Vec::new(), lopdf::StringFormat::Hexadecimal);
        trailer.set("ID", Object::Array(vec![empty.clone(), empty]));
        Some(trailer)
    } else {
        None
    };
    let doc = amended
        .and_then(|trailer| with_trailer(bytes, &trailer))
        .and_then(|patched| load(&patched, limits, reconstruct).ok())
        .ok_or(IntakeError::PasswordProtected)?;
    if doc.trailer.get(b"Encrypt").is_ok() && doc.encryption_state.is_none() {
        return Err(IntakeError::PasswordProtected);
    }
    Ok(doc)
}

fn load(bytes: &[u8], limits: &Limits, reconstruct: bool) -> Result<Document, IntakeError> {
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(limits.max_page_content_bytes),
        force_reconstruct: reconstruct,
        ..Default::default()
    };
    match Document::load_mem_with_options(bytes, options) {
        Ok(doc) => Ok(doc),
        Err(lopdf::Error::InvalidPassword) | Err(lopdf::Error::Decryption(_)) => {
            Err(IntakeError::PasswordProtected)
        }
        Err(_) if contains(bytes, b"/Encrypt") => Err(IntakeError::PasswordProtected),
        Err(e) => Err(IntakeError::DamagedPdf {
            page: None,
            detail: e.to_string(),
        }),
    }
}

/// Whether an encryption dictionary (security handler version 4 or 5) leaves streams and
/// strings in the clear: their crypt filters are absent or /Identity, the default.
fn only_attachments_encrypted(encrypt: &Dictionary) -> bool {
    let version = encrypt.get(b"V").and_then(Object::as_i64).unwrap_or(0);
    let identity = |key: &[u8]| match encrypt.get(key) {
        Err(_) => true,
        Ok(value) => value.as_name().is_ok_and(|n| n == b"Identity"),
    };
    version >= 4 && identity(b"StmF") && identity(b"StrF")
}

/// The file with an incremental update appended that changes only its trailer: an
/// empty cross-reference section whose trailer is `trailer`, pointing back at the
/// file's last one. `None` if the file does not say where its last section is.
fn with_trailer(bytes: &[u8], trailer: &Dictionary) -> Option<Vec<u8>> {
    let tail_start = bytes.len().saturating_sub(2048);
    let tail = &bytes[tail_start..];
    let at = tail.windows(9).rposition(|w| w == b"startxref")?;
    let digits: Vec<u8> = tail[at + 9..]
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take_while(|b| b.is_ascii_digit())
        .copied()
        .collect();
    let prev: i64 = std::str::from_utf8(&digits).ok()?.parse().ok()?;
    // What a reader needs from a trailer; the rest (an xref stream's /W, /Index…)
    // belongs to the section it ended and would be wrong here.
    let mut entries = String::new();
    for key in ["Root", "Info", "Encrypt", "Size", "ID"] {
        let value = match trailer.get(key.as_bytes()) {
            Err(_) => continue,
            Ok(Object::Reference((n, g))) => format!("{n} {g} R"),
            Ok(Object::Integer(i)) => i.to_string(),
            Ok(Object::Array(ids)) => {
                let mut out = String::from("[");
                for id in ids {
                    let hex: String = id
                        .as_str()
                        .ok()?
                        .iter()
                        .map(|b| format!("{b:02x}"))
                        .collect();
                    out.push_str(&format!("<{hex}>"));
                }
                out.push(']');
                out
            }
            // A direct /Encrypt dictionary, say: beyond this repair.
            Ok(_) => return None,
        };
        entries.push_str(&format!("/{key} {value} "));
    }
    let mut out = bytes.to_vec();
    // Offsets count from the header, which junk may precede.
    let header = bytes.windows(5).position(|w| w == b"%PDF-").unwrap_or(0);
    let start = out.len() + 1 - header;
    out.extend_from_slice(
        format!(
            "\nxref\n0 1\n0000000000 65535 f\r\ntrailer\n<< {entries}/Prev {prev} >>\nstartxref\n{start}\n%%EOF\n"
        )
        .as_bytes(),
    );
    Some(out)
}

/// Whether the cross-reference table names an object in use that did not load.
fn xref_disagrees(doc: &Document) -> bool {
    doc.reference_table
        .entries
        .iter()
        .any(|(&number, entry)| match entry {
            XrefEntry::Normal { generation, .. } => {
                !doc.objects.contains_key(&(number, *generation))
            }
            XrefEntry::Compressed { .. } => !doc.objects.contains_key(&(number, 0)),
            XrefEntry::Free | XrefEntry::UnusableFree => false,
        })
}

/// Reads every page of a loaded, decrypted document.
fn read_document(mut doc: Document, limits: &Limits) -> Result<PdfSource, IntakeError> {
    let page_ids = page_list(&doc, limits)?;
    // Layers as printing sets them: what does not print is taken out here.
    let print = optional::PrintState::of(&doc);
    if let Some(state) = &print {
        optional::apply(&mut doc, state, limits.max_page_content_bytes);
    }
    appearances_as_forms(&mut doc, &page_ids);
    let mut pages = Vec::with_capacity(page_ids.len());
    for (index, id) in page_ids.into_iter().enumerate() {
        let page = read_page(&doc, id, limits, print.as_ref()).map_err(|damage| {
            IntakeError::DamagedPdf {
                page: Some(index + 1),
                detail: damage.to_string(),
            }
        })?;
        pages.push(page);
    }
    Ok(PdfSource { doc, pages })
}

/// Marks every annotation's appearance stream as the form it is (PDF 32000-1 12.5.5:
/// an appearance stream is a form XObject) where its writer left out `/Subtype /Form`:
/// a viewer draws it anyway, as an appearance, but the page drawing that places it on
/// the packet's page (`Do`) is refused by readers without it, and the filled-in value
/// would be lost.
fn appearances_as_forms(doc: &mut Document, page_ids: &[ObjectId]) {
    let mut streams = Vec::new();
    for &id in page_ids {
        let Some(annots) = doc
            .get_dictionary(id)
            .ok()
            .and_then(|p| p.get(b"Annots").ok())
            .and_then(|a| resolve(doc, a).ok())
            .and_then(|a| a.as_array().ok())
        else {
            continue;
        };
        for annot in annots {
            let Some(normal) = resolve(doc, annot)
                .ok()
                .and_then(|a| a.as_dict().ok())
                .and_then(|a| a.get(b"AP").ok())
                .and_then(|ap| resolve(doc, ap).ok())
                .and_then(|ap| ap.as_dict().ok())
                .and_then(|ap| ap.get(b"N").ok())
            else {
                continue;
            };
            match normal {
                Object::Reference(r) => match doc.get_object(*r) {
                    Ok(Object::Stream(_)) => streams.push(*r),
                    Ok(Object::Dictionary(states)) => {
                        streams.extend(states.iter().filter_map(|(_, s)| s.as_reference().ok()))
                    }
                    _ => {}
                },
                Object::Dictionary(states) => {
                    streams.extend(states.iter().filter_map(|(_, s)| s.as_reference().ok()))
                }
                _ => {}
            }
        }
    }
    for id in streams {
        if let Ok(Object::Stream(stream)) = doc.get_object_mut(id) {
            if stream.dict.get(b"Subtype").is_err() {
                stream.dict.set("Type", Object::Name(b"XObject".to_vec()));
                stream.dict.set("Subtype", Object::Name(b"Form".to_vec()));
            }
        }
    }
}

/// The pages in order, walking the page tree as readers do. lopdf's own walk visits a
/// page again when the tree loops back on itself, skips a node whose /Type is missing,
/// and finds nothing when the catalog points straight at a page; each of these would
/// add or lose pages without a word.
fn page_list(doc: &Document, limits: &Limits) -> Result<Vec<ObjectId>, IntakeError> {
    let damaged = |detail: &str| IntakeError::DamagedPdf {
        page: None,
        detail: detail.to_string(),
    };
    let root = doc
        .catalog()
        .map_err(|_| damaged("its catalog is missing"))?
        .get(b"Pages")
        .and_then(Object::as_reference)
        .map_err(|_| damaged("its list of pages is missing"))?;
    let root_dict = doc
        .get_dictionary(root)
        .map_err(|_| damaged("its list of pages is missing"))?;
    if !is_page_tree_node(root_dict) {
        // The catalog names a single page instead of a list: that page is the document.
        return Ok(vec![root]);
    }
    let mut walk = Walk {
        doc,
        pages: Vec::new(),
        ancestors: vec![root],
        visits: 0,
        anomaly: None,
        limit: limits.max_pages,
    };
    walk.kids(root_dict)?;
    if walk.pages.len() > limits.max_pages {
        let declared = root_dict
            .get(b"Count")
            .and_then(Object::as_i64)
            .ok()
            .and_then(|c| usize::try_from(c).ok())
            .unwrap_or(0);
        return Err(IntakeError::TooManyPages {
            pages: declared.max(walk.pages.len()),
            limit: limits.max_pages,
        });
    }
    match (walk.pages.is_empty(), walk.anomaly) {
        (true, Some(anomaly)) => Err(damaged(anomaly)),
        (true, None) => Err(IntakeError::NoPages),
        (false, _) => Ok(walk.pages),
    }
}

/// An intermediate node of the page tree (/Type /Pages, or untyped with /Kids).
fn is_page_tree_node(dict: &Dictionary) -> bool {
    match dict.get(b"Type").and_then(Object::as_name) {
        Ok(b"Pages") => true,
        Ok(b"Page") => false,
        _ => dict.get(b"Kids").is_ok(),
    }
}

struct Walk<'a> {
    doc: &'a Document,
    pages: Vec<ObjectId>,
    /// The nodes from the root down to the one being walked, to notice loops.
    ancestors: Vec<ObjectId>,
    /// Nodes visited, bounded so that a tree sharing its branches cannot explode.
    visits: usize,
    /// What was wrong with the tree, if anything was skipped.
    anomaly: Option<&'static str>,
    limit: usize,
}

impl Walk<'_> {
    const MAX_DEPTH: usize = 256;
    const MAX_VISITS: usize = 200_000;

    fn kids(&mut self, node: &Dictionary) -> Result<(), IntakeError> {
        let damaged = |detail: &str| IntakeError::DamagedPdf {
            page: None,
            detail: detail.to_string(),
        };
        let kids = match node.get(b"Kids") {
            Ok(Object::Reference(id)) => self.doc.get_object(*id).and_then(Object::as_array),
            Ok(other) => other.as_array(),
            Err(e) => Err(e),
        }
        .map_err(|_| damaged("its list of pages is damaged"))?;
        for kid in kids {
            if self.pages.len() > self.limit {
                return Ok(());
            }
            self.visits += 1;
            if self.visits > Self::MAX_VISITS {
                return Err(damaged("its list of pages is too large to follow"));
            }
            let Ok(id) = kid.as_reference() else {
                return Err(damaged("its list of pages is damaged"));
            };
            if self.ancestors.contains(&id) {
                // A branch that leads back up the tree: readers skip it, and so do we.
                self.anomaly = Some("its list of pages loops back on itself");
                continue;
            }
            match self.doc.get_dictionary(id) {
                Ok(dict) if is_page_tree_node(dict) => {
                    if self.ancestors.len() >= Self::MAX_DEPTH {
                        return Err(damaged("its list of pages is nested too deeply"));
                    }
                    self.ancestors.push(id);
                    self.kids(dict)?;
                    self.ancestors.pop();
                }
                // A page, or a missing one: reading it will tell, and a missing page
                // refuses the file rather than vanishing from it.
                _ => self.pages.push(id),
            }
        }
        Ok(())
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// What is wrong with one page of a PDF, in technical English: the `detail` of
/// [`IntakeError::DamagedPdf`].
#[derive(Debug, thiserror::Error)]
enum PageDamage {
    #[error("the page object is missing")]
    PageMissing,
    #[error("its resources are not a dictionary")]
    ResourcesNotDictionary,
    #[error("object {number} {generation} is missing")]
    ObjectMissing { number: u32, generation: u16 },
    #[error("its content is not a stream")]
    ContentNotStream,
    #[error("its content is missing from the file")]
    ContentMissing,
    /// Flate data that does not inflate.
    #[error("its content is corrupt ({0})")]
    ContentCorrupt(std::io::Error),
    #[error("its content is too large")]
    ContentTooLarge,
    #[error("its content cannot be decoded ({0})")]
    ContentUndecodable(lopdf::Error),
    /// Encoded data that lopdf decodes to nothing.
    #[error("its content is corrupt")]
    ContentLost,
    #[error("its resources are damaged")]
    ResourcesDamaged,
    #[error("a picture or drawing on it is damaged")]
    XObjectNotStream,
    #[error("a picture or drawing on it is missing from the file")]
    XObjectMissing,
    #[error("a picture on it is damaged")]
    ImageDamaged,
    /// A form (a drawing the page uses) whose own content does not decode.
    #[error("a drawing on it cannot be read ({0})")]
    Drawing(Box<PageDamage>),
}

fn read_page(
    doc: &Document,
    id: ObjectId,
    limits: &Limits,
    print: Option<&optional::PrintState>,
) -> Result<ImportedPage, PageDamage> {
    let page = doc
        .get_dictionary(id)
        .map_err(|_| PageDamage::PageMissing)?;
    let mut content = page_content(doc, page, limits.max_page_content_bytes)?;
    let mut resources = match inherited(doc, id, b"Resources") {
        Some(obj) => resolve(doc, obj)?
            .as_dict()
            .map_err(|_| PageDamage::ResourcesNotDictionary)?
            .clone(),
        None => Dictionary::new(),
    };
    check_resources(doc, &resources, limits.max_page_content_bytes)?;
    if let Some(state) = print {
        let properties = resources
            .get(b"Properties")
            .ok()
            .and_then(|p| resolve(doc, p).ok())
            .and_then(|p| p.as_dict().ok());
        if let Some(stripped) = properties.and_then(|p| optional::strip(doc, &content, p, state)) {
            content = stripped;
        }
    }
    let media = inherited(doc, id, b"MediaBox")
        .and_then(|o| read_box(doc, o))
        .unwrap_or(DEFAULT_BOX);
    let crop = inherited(doc, id, b"CropBox")
        .and_then(|o| read_box(doc, o))
        .and_then(|c| intersect(c, media))
        .unwrap_or(media);
    let rotate = inherited(doc, id, b"Rotate")
        .and_then(|o| resolve(doc, o).ok())
        .and_then(|o| {
            o.as_i64()
                .ok()
                .or_else(|| o.as_float().ok().map(|f| f as i64))
        })
        .map(|r| (r.rem_euclid(360) / 90 * 90) as i32)
        .unwrap_or(0);
    append_annotations(doc, page, rotate, &mut content, &mut resources)?;
    // A page whose unit is not a point (PDF 1.6, `/UserUnit`) is made a page of points:
    // everything on it (annotations too) drawn `unit` times larger, its box as large as
    // a viewer that honours the unit shows it. From here on it is placed, scaled, faxed
    // and drawn small as any page of that size. Set before any drawing, outside every
    // `q`, so that no `Q` of the page's own can undo it.
    let unit = user_unit(doc, page);
    let crop = if unit == 1.0 {
        crop
    } else {
        let mut scaled = format!("{unit} 0 0 {unit} 0 0 cm\n").into_bytes();
        scaled.append(&mut content);
        content = scaled;
        crop.map(|v| v * unit)
    };
    Ok(ImportedPage {
        content,
        resources,
        bbox: crop,
        rotate,
    })
}

/// The page's `/UserUnit`: how many 1/72 inch one unit of its space is (PDF 32000-1,
/// 14.11.2; on the page only, not inherited). One when it is absent or not a usable
/// number; kept within what a page can be (a page 14,400 units a side at 75,000 would
/// be a mile and a half across).
fn user_unit(doc: &Document, page: &Dictionary) -> f32 {
    page.get(b"UserUnit")
        .ok()
        .and_then(|o| resolve(doc, o).ok())
        .and_then(|o| o.as_float().ok())
        .filter(|u| u.is_finite() && (USER_UNIT_MIN..=USER_UNIT_MAX).contains(u))
        .unwrap_or(1.0)
}

/// The least and the most `/UserUnit` honoured: a unit outside is taken as a mistake of
/// the writer and the page read in points, as readers that ignore the unit show it.
const USER_UNIT_MIN: f32 = 0.01;
const USER_UNIT_MAX: f32 = 1000.0;

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

fn resolve<'a>(doc: &'a Document, obj: &'a Object) -> Result<&'a Object, PageDamage> {
    match obj {
        Object::Reference(id) => doc.get_object(*id).map_err(|_| PageDamage::ObjectMissing {
            number: id.0,
            generation: id.1,
        }),
        other => Ok(other),
    }
}

/// Decodes every content stream of the page. A stream that is missing or will not
/// decode means the page cannot be shown as it was made.
fn page_content(doc: &Document, page: &Dictionary, limit: usize) -> Result<Vec<u8>, PageDamage> {
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
            .map_err(|_| PageDamage::ContentNotStream)?;
        let decoded = decode_strictly(stream, limit.saturating_sub(out.len()))?;
        out.extend_from_slice(&decoded);
        out.push(b'\n');
    }
    Ok(out)
}

/// Whether lopdf read the stream's data. A stream whose /Length is stored in another
/// object is read only once that object is found; when it is not (a damaged
/// cross-reference table), lopdf keeps the stream with no data at all. After a
/// successful read lopdf always writes the length in directly.
fn data_was_read(stream: &lopdf::Stream) -> bool {
    stream.start_position.is_none() || matches!(stream.dict.get(b"Length"), Ok(Object::Integer(_)))
}

/// Decodes a content stream, failing on any corruption. lopdf logs a broken Flate
/// stream and returns what it could inflate (often nothing), which would make the page
/// silently blank; the usual case, Flate alone, is therefore decoded here with flate2.
fn decode_strictly(stream: &lopdf::Stream, limit: usize) -> Result<Vec<u8>, PageDamage> {
    use std::io::Read;
    if !data_was_read(stream) {
        return Err(PageDamage::ContentMissing);
    }
    if stream.content.is_empty() {
        // Nothing to decode, whatever the filters say: readers draw nothing, as made.
        return Ok(Vec::new());
    }
    let filters = stream.filters().unwrap_or_default();
    let has_params = stream.dict.get(b"DecodeParms").is_ok();
    if filters.len() == 1 && filters[0] == b"FlateDecode" && !has_params {
        let mut out = Vec::new();
        let mut decoder =
            flate2::read::ZlibDecoder::new(stream.content.as_slice()).take(limit as u64 + 1);
        decoder
            .read_to_end(&mut out)
            .map_err(PageDamage::ContentCorrupt)?;
        if out.len() > limit {
            return Err(PageDamage::ContentTooLarge);
        }
        return Ok(out);
    }
    let decoded = stream
        .get_plain_content_with_limit(limit)
        .map_err(PageDamage::ContentUndecodable)?;
    // lopdf's other decoders (LZW, and Flate with a predictor) also log corruption and
    // return what they could, which for a damaged stream is typically nothing. No
    // filter encodes nothing in more than a handful of bytes, so nothing from more than
    // that is damage, not an empty page.
    if decoded.is_empty() && stream.content.len() > EMPTY_ENCODED_MAX {
        return Err(PageDamage::ContentLost);
    }
    Ok(decoded)
}

/// The most bytes any filter (or chain of them) needs to encode nothing, with room for
/// the line breaks some writers add.
const EMPTY_ENCODED_MAX: usize = 32;

/// Every font, image and form a page names must exist; a repaired file often lacks them.
/// Images and forms must also hold data that can be shown: a scan is one image per
/// page, and a damaged one would leave the page silently blank.
fn check_resources(doc: &Document, resources: &Dictionary, limit: usize) -> Result<(), PageDamage> {
    let mut seen = std::collections::BTreeSet::new();
    check_resources_within(doc, resources, &mut seen, 0, limit)
}

/// How deep forms may nest inside forms before the check stops looking.
const MAX_FORM_DEPTH: usize = 16;

fn check_resources_within(
    doc: &Document,
    resources: &Dictionary,
    seen: &mut std::collections::BTreeSet<ObjectId>,
    depth: usize,
    limit: usize,
) -> Result<(), PageDamage> {
    for category in [b"Font".as_slice(), b"XObject"] {
        let Ok(entries) = resources.get(category) else {
            continue;
        };
        let entries = resolve(doc, entries)?
            .as_dict()
            .map_err(|_| PageDamage::ResourcesDamaged)?;
        for (_, value) in entries.iter() {
            let object = resolve(doc, value)?;
            if category != b"XObject" {
                continue;
            }
            if let Object::Reference(id) = value {
                if !seen.insert(*id) {
                    continue; // checked already (forms may share, or name each other)
                }
            }
            let stream = object
                .as_stream()
                .map_err(|_| PageDamage::XObjectNotStream)?;
            check_xobject(doc, stream, seen, depth, limit)?;
        }
    }
    Ok(())
}

/// Checks an image's data as far as can be done cheaply, and a form's drawing fully.
fn check_xobject(
    doc: &Document,
    stream: &lopdf::Stream,
    seen: &mut std::collections::BTreeSet<ObjectId>,
    depth: usize,
    limit: usize,
) -> Result<(), PageDamage> {
    if !data_was_read(stream) {
        return Err(PageDamage::XObjectMissing);
    }
    let subtype = stream.dict.get(b"Subtype").and_then(Object::as_name).ok();
    match subtype {
        Some(b"Image") => {
            let filters = stream.filters().unwrap_or_default();
            let data = stream.content.as_slice();
            let sound = match filters.first().copied() {
                // A JPEG starts with its start-of-image marker.
                Some(b"DCTDecode") if filters.len() == 1 => data.starts_with(&[0xFF, 0xD8]),
                // A zlib stream starts with a two-byte header whose value is a multiple
                // of 31 and names the deflate method.
                Some(b"FlateDecode") => {
                    data.len() >= 2
                        && data[0] & 0x0F == 8
                        && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0
                }
                _ => true,
            };
            if !sound {
                return Err(PageDamage::ImageDamaged);
            }
        }
        Some(b"Form") => {
            decode_strictly(stream, limit).map_err(|e| PageDamage::Drawing(Box::new(e)))?;
            if depth < MAX_FORM_DEPTH {
                if let Ok(resources) = stream.dict.get(b"Resources") {
                    if let Ok(resources) = resolve(doc, resources)?.as_dict() {
                        check_resources_within(doc, resources, seen, depth + 1, limit)?;
                    }
                }
            }
        }
        _ => {}
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

/// Annotation flags (PDF 32000-1, 12.5.3): Hidden keeps an annotation off the printed
/// page, Print puts it there. (NoView only keeps it off the screen: it prints.)
const HIDDEN: i64 = 1 << 1;
const PRINT: i64 = 1 << 2;

/// Draws the page's printable annotations into its content, as a print would: filled
/// form fields live in annotations, and leaving them out would lose what someone wrote.
fn append_annotations(
    doc: &Document,
    page: &Dictionary,
    rotate: i32,
    content: &mut Vec<u8>,
    resources: &mut Dictionary,
) -> Result<(), PageDamage> {
    let Ok(annots) = page.get(b"Annots") else {
        return Ok(());
    };
    let Ok(Object::Array(annots)) = resolve(doc, annots) else {
        return Ok(());
    };
    let mut xobjects = match resources.get(b"XObject") {
        Ok(obj) => resolve(doc, obj)?
            .as_dict()
            .map_err(|_| PageDamage::ResourcesDamaged)?
            .clone(),
        Err(_) => Dictionary::new(),
    };
    let mut added = 0;
    let mut marks = Vec::new();
    let mut uses = annotations::Drawn::default();
    let (need_appearances, form) = acro_form(doc);
    for annot in annots {
        let mut one = Vec::new();
        // A file that asks viewers to draw its fields afresh: a field is drawn from its
        // value (text, a choice, a box ticked or not), not from an appearance that may
        // be empty or stale.
        let field = need_appearances
            .then(|| resolve(doc, annot).ok())
            .flatten()
            .and_then(|o| o.as_dict().ok())
            .filter(|d| printable(doc, d) == Some(b"Widget".as_slice()))
            .and_then(|d| {
                let rect = read_box(doc, d.get(b"Rect").ok()?)?;
                fields::draw_field_value(doc, d, rect, &form)
                    .or_else(|| fields::draw_button(doc, d, rect, form.da.as_deref()))
            });
        if let Some(drawn) = field {
            uses.uses(&drawn);
            one.extend_from_slice(drawn.ops.as_bytes());
        } else if let Some((stream_id, placement)) = appearance(doc, annot) {
            let name = format!("ImrAnnot{added}");
            added += 1;
            xobjects.set(name.as_bytes().to_vec(), Object::Reference(stream_id));
            let [a, b, c, d, e, f] = placement;
            one.extend_from_slice(
                format!("q {a} {b} {c} {d} {e} {f} cm /{name} Do Q\n").as_bytes(),
            );
        } else if let Some(drawn) = generated(doc, annot) {
            // No appearance stream: drawn from the annotation's own data, as viewers do.
            uses.uses(&drawn);
            one.extend_from_slice(drawn.ops.as_bytes());
        }
        if one.is_empty() {
            continue;
        }
        // One kept upright on a turned page (NoRotate) is drawn turned back.
        match no_rotate(doc, annot, rotate) {
            Some([a, b, c, d, e, f]) => {
                marks.extend_from_slice(format!("q {a} {b} {c} {d} {e} {f} cm\n").as_bytes());
                marks.append(&mut one);
                marks.extend_from_slice(b"Q\n");
            }
            None => marks.append(&mut one),
        }
    }
    if marks.is_empty() {
        return Ok(());
    }
    // The page's own drawing is closed off first, so a graphics state it leaves changed
    // does not move or recolour the marks drawn over it.
    let mut wrapped = Vec::with_capacity(content.len() + marks.len() + 8);
    wrapped.extend_from_slice(b"q\n");
    wrapped.append(content);
    wrapped.extend_from_slice(b"\nQ\n");
    wrapped.append(&mut marks);
    *content = wrapped;
    if added > 0 {
        resources.set("XObject", Object::Dictionary(xobjects));
    }
    annotations::add_resources(doc, resources, &uses);
    Ok(())
}

/// The NoRotate flag (PDF 32000-1, 12.5.3): the annotation stays upright when the page
/// is turned for display.
const NO_ROTATE: i64 = 1 << 4;

/// For an annotation flagged NoRotate on a page turned by `rotate` degrees clockwise,
/// the matrix that turns its drawing back (anticlockwise by as much) about the upper
/// left corner of its rectangle, so that it is seen upright with that corner where it
/// was. This is what poppler does (its `Annot::getRotation`), pinning the rectangle's
/// corner in the page's own space, (x0, y1). `None` when it is drawn as it is.
fn no_rotate(doc: &Document, annot: &Object, rotate: i32) -> Option<[f32; 6]> {
    let (cos, sin) = match rotate {
        90 => (0.0, 1.0),
        180 => (-1.0, 0.0),
        270 => (0.0, -1.0),
        _ => return None,
    };
    let dict = resolve(doc, annot).ok()?.as_dict().ok()?;
    let flags = dict.get(b"F").ok().and_then(|f| f.as_i64().ok())?;
    if flags & NO_ROTATE == 0 {
        return None;
    }
    let rect = read_box(doc, dict.get(b"Rect").ok()?)?;
    let (cx, cy) = (rect[0], rect[3]);
    Some([
        cos,
        sin,
        -sin,
        cos,
        cx - (cos * cx - sin * cy),
        cy - (sin * cx + cos * cy),
    ])
}

/// The interactive form's `/NeedAppearances` flag and what it sets for every field: its
/// default appearance (`/DA`), alignment (`/Q`) and font list (`/DR /Font`).
fn acro_form(doc: &Document) -> (bool, fields::Form) {
    let form = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"AcroForm").ok())
        .and_then(|f| resolve(doc, f).ok())
        .and_then(|f| f.as_dict().ok());
    let Some(form) = form else {
        return (false, fields::Form::default());
    };
    let get = |key: &[u8]| form.get(key).ok().and_then(|v| resolve(doc, v).ok());
    let need = get(b"NeedAppearances")
        .and_then(|v| v.as_bool().ok())
        .unwrap_or(false);
    let da = get(b"DA")
        .and_then(|v| v.as_str().ok())
        .map(|b| String::from_utf8_lossy(b).into_owned());
    let quadding = get(b"Q").and_then(|q| q.as_i64().ok()).unwrap_or(0);
    let fonts = get(b"DR")
        .and_then(|r| r.as_dict().ok())
        .and_then(|r| r.get(b"Font").ok())
        .and_then(|f| resolve(doc, f).ok())
        .and_then(|f| f.as_dict().ok())
        .cloned();
    (
        need,
        fields::Form {
            da,
            quadding,
            fonts,
        },
    )
}

/// Whether an annotation prints (PDF 32000-1, 12.5.3): not hidden, not a pop-up or a
/// link, and flagged Print. Its subtype when it does. A form field prints whatever its
/// flag says, since what it holds is what the person typed or ticked (some writers leave
/// the flag off every field), but for a push button (a form's own "Print" or "Submit"
/// button), which follows its flag.
fn printable<'a>(doc: &Document, dict: &'a Dictionary) -> Option<&'a [u8]> {
    let flags = dict
        .get(b"F")
        .ok()
        .and_then(|f| f.as_i64().ok())
        .unwrap_or(0);
    if flags & HIDDEN != 0 {
        return None;
    }
    let subtype = dict.get(b"Subtype").ok()?.as_name().ok()?;
    if subtype == b"Popup" || subtype == b"Link" {
        return None;
    }
    let field = subtype == b"Widget" && !fields::is_push_button(doc, dict);
    (flags & PRINT != 0 || field).then_some(subtype)
}

/// The drawing for a printable annotation that has no appearance stream.
fn generated(doc: &Document, annot: &Object) -> Option<annotations::Drawn> {
    let dict = resolve(doc, annot).ok()?.as_dict().ok()?;
    if dict.get(b"AP").is_ok() {
        // It has an appearance, which chose not to draw (an "Off" state): nothing to add.
        return None;
    }
    let subtype = printable(doc, dict)?;
    let rect = dict.get(b"Rect").ok().and_then(|r| read_box(doc, r));
    annotations::draw(doc, dict, subtype, rect)
}

/// The normal appearance stream of a printable annotation and the matrix that maps it
/// onto the annotation's rectangle (PDF 32000-1, 12.5.5).
fn appearance(doc: &Document, annot: &Object) -> Option<(ObjectId, [f32; 6])> {
    let dict = resolve(doc, annot).ok()?.as_dict().ok()?;
    printable(doc, dict)?;
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
