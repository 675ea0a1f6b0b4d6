//! Joins the pages we drew (printpdf) with the documents (JPEG bytes, PNG pixels, pages
//! of existing PDFs) into the final file with lopdf.
//!
//! Each document page was drawn by printpdf as a page holding only the running header
//! and exhibit label; here the document's content is added beneath that header: an
//! image XObject for a photo or scan, a Form XObject for a page of a PDF. A Form XObject
//! keeps the original page's drawing intact (its own coordinate space, crop box and
//! rotation) and lets it be scaled into the area under the header, so nothing on it is
//! covered.

use std::collections::BTreeMap;
use std::io::Write;

use flate2::{write::ZlibEncoder, Compression};
use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream, StringFormat};

use crate::intake::{ImportedPage, JpegImage, PdfSource, Prepared, RasterImage};
use crate::layout::{PAGE_WIDTH, SAFE_MARGIN};
use crate::Progress;

/// The rectangle under the header and exhibit label where a document page is placed.
#[derive(Debug, Clone, Copy)]
pub struct Area {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

pub const DOCUMENT_AREA: Area = Area {
    x: SAFE_MARGIN,
    y: SAFE_MARGIN,
    width: PAGE_WIDTH - 2.0 * SAFE_MARGIN,
    height: crate::layout::HEADER_RULE - 22.0 - SAFE_MARGIN,
};

/// Where one document's pages go in the drawn PDF (0-based page indexes).
#[derive(Debug)]
pub struct Placement {
    pub document: Prepared,
    pub first_page: usize,
}

/// Metadata written into the file; fixed by the caller so output is reproducible.
#[derive(Debug)]
pub struct Metadata<'a> {
    pub title: &'a str,
    /// PDF date string, e.g. `D:20260301000000Z`.
    pub date: &'a str,
    /// 16 bytes for the file identifier.
    pub id: [u8; 16],
}

/// Loads the drawn pages, adds every document's content and writes the file.
/// With `fax`, document pages are converted for a fax machine first (see
/// [`crate::fax`]); a page that cannot be converted goes in as it would be mailed.
pub fn assemble(
    drawn: &[u8],
    placements: Vec<Placement>,
    fax: bool,
    fax_workers: usize,
    meta: &Metadata<'_>,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), String> {
    let mut doc = Document::load_mem(drawn).map_err(|e| format!("reading drawn pages: {e}"))?;
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let faxed = if fax {
        crate::fax_assemble::place_fax_pages(&mut doc, &pages, &placements, fax_workers, progress)?
    } else {
        Vec::new()
    };
    progress(Progress::Writing);
    let done = |p: usize, i: usize| faxed.get(p).is_some_and(|d| d.get(i) == Some(&true));
    for (p, placement) in placements.into_iter().enumerate() {
        match placement.document {
            Prepared::Jpeg(_) | Prepared::Png(_) if done(p, 0) => {}
            Prepared::Jpeg(mut jpeg) => {
                let page = page_at(&pages, placement.first_page)?;
                let image = doc.add_object(jpeg_xobject(&mut jpeg));
                let (w, h) = jpeg.upright_size();
                let matrix = orientation_matrix(jpeg.orientation, fit(w as f32, h as f32));
                add_to_page(&mut doc, page, image, matrix)?;
            }
            Prepared::Png(raster) => {
                let page = page_at(&pages, placement.first_page)?;
                let matrix = orientation_matrix(1, fit(raster.width as f32, raster.height as f32));
                let image = doc.add_object(raster_xobject(raster));
                add_to_page(&mut doc, page, image, matrix)?;
            }
            Prepared::Pdf(source) => {
                let mut copier = Copier::new(&source);
                for (i, imported) in source.pages.iter().enumerate() {
                    if done(p, i) {
                        continue;
                    }
                    let page = page_at(&pages, placement.first_page + i)?;
                    let form = form_xobject(&mut doc, &mut copier, imported)?;
                    let matrix = page_matrix(imported);
                    add_to_page(&mut doc, page, form, matrix)?;
                }
            }
            Prepared::Pictures(pictures) => {
                for (i, picture) in pictures.pages.into_iter().enumerate() {
                    if done(p, i) {
                        continue;
                    }
                    let page = page_at(&pages, placement.first_page + i)?;
                    let (stream, matrix) = crate::picture_pages::placed(picture);
                    let image = doc.add_object(stream);
                    add_to_page(&mut doc, page, image, matrix)?;
                }
            }
        }
    }
    finish(&mut doc, meta);
    let mut out = out;
    doc.save_to(&mut out)
        .map_err(|e| format!("writing the packet: {e}"))?;
    Ok(())
}

pub(crate) fn page_at(pages: &[ObjectId], index: usize) -> Result<ObjectId, String> {
    pages
        .get(index)
        .copied()
        .ok_or_else(|| format!("the packet has no page {}", index + 1))
}

/// Fits a `w` × `h` picture into the document area, centred, keeping its proportions.
/// Returns the placed rectangle (x, y, width, height).
pub(crate) fn fit(w: f32, h: f32) -> (f32, f32, f32, f32) {
    let a = DOCUMENT_AREA;
    let scale = (a.width / w).min(a.height / h);
    let (pw, ph) = (w * scale, h * scale);
    (
        a.x + (a.width - pw) / 2.0,
        a.y + (a.height - ph) / 2.0,
        pw,
        ph,
    )
}

/// The matrix that draws an image (unit square) upright into `rect`, for each EXIF
/// orientation (1–8). Derived from where each stored corner must appear.
pub fn orientation_matrix(orientation: u16, rect: (f32, f32, f32, f32)) -> [f32; 6] {
    let (x, y, w, h) = rect;
    match orientation {
        2 => [-w, 0.0, 0.0, h, x + w, y],
        3 => [-w, 0.0, 0.0, -h, x + w, y + h],
        4 => [w, 0.0, 0.0, -h, x, y + h],
        5 => [0.0, -h, -w, 0.0, x + w, y + h],
        6 => [0.0, -h, w, 0.0, x, y + h],
        7 => [0.0, h, w, 0.0, x, y],
        8 => [0.0, h, -w, 0.0, x + w, y],
        _ => [w, 0.0, 0.0, h, x, y],
    }
}

/// Below this size (two inches on its longer side) a PDF "page" is in practice a
/// picture saved at the wrong resolution (ImageMagick makes 4-point pages from small
/// images); at its own size it would be a dot on the packet page.
pub const MIN_TRUE_SIZE: f32 = 144.0;

/// The matrix that draws an imported page (in its own space) upright and scaled to fit
/// the document area. Pages smaller than the area are not enlarged, so their text keeps
/// its size, unless they are too small to read at all (see [`MIN_TRUE_SIZE`]).
pub fn page_matrix(page: &ImportedPage) -> [f32; 6] {
    let [x0, y0, x1, y1] = page.bbox;
    let (bw, bh) = (x1 - x0, y1 - y0);
    let (uw, uh) = page.upright_size();
    let a = DOCUMENT_AREA;
    let fit = (a.width / uw).min(a.height / uh);
    let s = if uw.max(uh) < MIN_TRUE_SIZE {
        fit
    } else {
        fit.min(1.0)
    };
    let ox = a.x + (a.width - uw * s) / 2.0;
    let oy = a.y + (a.height - uh * s) / 2.0;
    match page.rotate {
        90 => [0.0, -s, s, 0.0, ox - s * y0, oy + s * (bw + x0)],
        180 => [-s, 0.0, 0.0, -s, ox + s * (bw + x0), oy + s * (bh + y0)],
        270 => [0.0, s, -s, 0.0, ox + s * (bh + y0), oy - s * x0],
        _ => [s, 0.0, 0.0, s, ox - s * x0, oy - s * y0],
    }
}

pub(crate) fn jpeg_xobject(jpeg: &mut JpegImage) -> Stream {
    let colour_space = match jpeg.components {
        1 => "DeviceGray",
        4 => "DeviceCMYK",
        _ => "DeviceRGB",
    };
    let mut dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Image",
        "Width" => i64::from(jpeg.width),
        "Height" => i64::from(jpeg.height),
        "ColorSpace" => colour_space,
        "BitsPerComponent" => 8,
        "Filter" => "DCTDecode",
    };
    if jpeg.inverted_cmyk {
        dict.set(
            "Decode",
            Object::Array([1, 0, 1, 0, 1, 0, 1, 0].map(Object::Integer).to_vec()),
        );
    }
    // The photo's bytes go in untouched: no decoding, no quality lost, no time spent.
    Stream::new(dict, std::mem::take(&mut jpeg.bytes)).with_compression(false)
}

pub(crate) fn raster_xobject(raster: RasterImage) -> Stream {
    let dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Image",
        "Width" => i64::from(raster.width),
        "Height" => i64::from(raster.height),
        "ColorSpace" => if raster.grey { "DeviceGray" } else { "DeviceRGB" },
        "BitsPerComponent" => 8,
        "Filter" => "FlateDecode",
    };
    Stream::new(dict, raster.deflated).with_compression(false)
}

fn form_xobject(
    doc: &mut Document,
    copier: &mut Copier<'_>,
    page: &ImportedPage,
) -> Result<ObjectId, String> {
    let resources = copier.copy(doc, &Object::Dictionary(page.resources.clone()));
    let [x0, y0, x1, y1] = page.bbox;
    let dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Form",
        "BBox" => vec![x0.into(), y0.into(), x1.into(), y1.into()],
        "Resources" => resources,
        "Filter" => "FlateDecode",
    };
    let content = deflate(&page.content).map_err(|e| format!("compressing a page: {e}"))?;
    Ok(doc.add_object(Stream::new(dict, content).with_compression(false)))
}

fn deflate(data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(data.len() / 3), Compression::fast());
    encoder.write_all(data)?;
    encoder.finish()
}

/// Draws XObject `xobject` on `page` under everything already there (the header), with
/// the graphics state saved and restored around it.
pub(crate) fn add_to_page(
    doc: &mut Document,
    page: ObjectId,
    xobject: ObjectId,
    m: [f32; 6],
) -> Result<(), String> {
    let name = format!("ImrDoc{}", xobject.0);
    let resources = page_resources(doc, page)?;
    let xobjects = match resources.get(b"XObject") {
        Ok(Object::Dictionary(d)) => d.clone(),
        Ok(Object::Reference(id)) => doc
            .get_dictionary(*id)
            .map_err(|e| format!("drawn page resources: {e}"))?
            .clone(),
        _ => Dictionary::new(),
    };
    let mut xobjects = xobjects;
    xobjects.set(name.as_bytes().to_vec(), Object::Reference(xobject));
    let mut resources = resources;
    resources.set("XObject", Object::Dictionary(xobjects));
    let ops = format!(
        "q {} {} {} {} {} {} cm /{name} Do Q\n",
        m[0], m[1], m[2], m[3], m[4], m[5]
    );
    let under = doc.add_object(Stream::new(Dictionary::new(), ops.into_bytes()));
    let page_dict = doc
        .get_object_mut(page)
        .and_then(Object::as_dict_mut)
        .map_err(|e| format!("drawn page: {e}"))?;
    page_dict.set("Resources", Object::Dictionary(resources));
    let mut contents = vec![Object::Reference(under)];
    match page_dict.get(b"Contents") {
        Ok(Object::Array(items)) => contents.extend(items.iter().cloned()),
        Ok(other) => contents.push(other.clone()),
        Err(_) => {}
    }
    page_dict.set("Contents", Object::Array(contents));
    Ok(())
}

fn page_resources(doc: &Document, page: ObjectId) -> Result<Dictionary, String> {
    let dict = doc
        .get_dictionary(page)
        .map_err(|e| format!("drawn page: {e}"))?;
    match dict.get(b"Resources") {
        Ok(Object::Dictionary(d)) => Ok(d.clone()),
        Ok(Object::Reference(id)) => doc
            .get_dictionary(*id)
            .cloned()
            .map_err(|e| format!("drawn page resources: {e}")),
        _ => Ok(Dictionary::new()),
    }
}

/// Copies objects from a source PDF into the packet, each once, following references.
pub(crate) struct Copier<'s> {
    source: &'s Document,
    copied: BTreeMap<ObjectId, ObjectId>,
}

impl<'s> Copier<'s> {
    pub(crate) fn new(source: &'s PdfSource) -> Copier<'s> {
        Copier {
            source: &source.doc,
            copied: BTreeMap::new(),
        }
    }

    pub(crate) fn copy(&mut self, target: &mut Document, object: &Object) -> Object {
        match object {
            Object::Reference(id) => Object::Reference(self.copy_reference(target, *id)),
            Object::Array(items) => {
                Object::Array(items.iter().map(|o| self.copy(target, o)).collect())
            }
            Object::Dictionary(dict) => Object::Dictionary(self.copy_dict(target, dict)),
            Object::Stream(stream) => {
                let mut copy = Stream::new(self.copy_dict(target, &stream.dict), Vec::new());
                copy.set_content(stream.content.clone());
                Object::Stream(copy.with_compression(false))
            }
            other => other.clone(),
        }
    }

    fn copy_dict(&mut self, target: &mut Document, dict: &Dictionary) -> Dictionary {
        let mut out = Dictionary::new();
        for (key, value) in dict.iter() {
            // A page's /Parent would drag the whole source page tree along.
            if key == b"Parent" {
                continue;
            }
            out.set(key.clone(), self.copy(target, value));
        }
        out
    }

    fn copy_reference(&mut self, target: &mut Document, id: ObjectId) -> ObjectId {
        if let Some(&done) = self.copied.get(&id) {
            return done;
        }
        let new_id = target.new_object_id();
        self.copied.insert(id, new_id);
        let copy = match self.source.get_object(id) {
            Ok(object) => self.copy(target, object),
            Err(_) => Object::Null,
        };
        target.objects.insert(new_id, copy);
        new_id
    }
}

/// Fixed metadata and identifier, and no leftovers from the drawing stage.
fn finish(doc: &mut Document, meta: &Metadata<'_>) {
    let info = doc.add_object(dictionary! {
        "Title" => Object::String(utf16(meta.title), StringFormat::Hexadecimal),
        "Producer" => Object::string_literal("imr-packet"),
        "Creator" => Object::string_literal("imr-packet"),
        "CreationDate" => Object::string_literal(meta.date),
        "ModDate" => Object::string_literal(meta.date),
    });
    doc.trailer.set("Info", Object::Reference(info));
    let id = Object::String(meta.id.to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    if let Ok(root) = doc.trailer.get(b"Root").and_then(Object::as_reference) {
        if let Ok(catalog) = doc.get_object_mut(root).and_then(Object::as_dict_mut) {
            // printpdf's XMP packet carries a random instance id.
            catalog.remove(b"Metadata");
        }
    }
    doc.prune_objects();
    doc.renumber_objects();
}

/// A text string in UTF-16BE with a byte-order mark, as PDF wants for non-ASCII.
fn utf16(s: &str) -> Vec<u8> {
    let mut out = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        out.extend_from_slice(&unit.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(m: [f32; 6], (u, v): (f32, f32)) -> (f32, f32) {
        (m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5])
    }

    #[test]
    fn orientation_matrix_maps_stored_top_left_corner() {
        // Stored top-left is (0, 1) in image space. Where must it appear?
        let rect = (10.0, 20.0, 100.0, 200.0);
        let (l, b, r, t) = (10.0, 20.0, 110.0, 220.0);
        let expected = [
            (1, (l, t)),
            (2, (r, t)),
            (3, (r, b)),
            (4, (l, b)),
            (5, (l, t)),
            (6, (r, t)),
            (7, (r, b)),
            (8, (l, b)),
        ];
        for (o, corner) in expected {
            assert_eq!(
                apply(orientation_matrix(o, rect), (0.0, 1.0)),
                corner,
                "{o}"
            );
        }
    }

    #[test]
    fn orientation_matrix_covers_the_rectangle() {
        let rect = (10.0, 20.0, 100.0, 200.0);
        for o in 1..=8 {
            let m = orientation_matrix(o, rect);
            let pts = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)].map(|p| apply(m, p));
            let xs: Vec<f32> = pts.iter().map(|p| p.0).collect();
            let ys: Vec<f32> = pts.iter().map(|p| p.1).collect();
            assert_eq!(xs.iter().cloned().fold(f32::MAX, f32::min), 10.0, "{o}");
            assert_eq!(xs.iter().cloned().fold(f32::MIN, f32::max), 110.0, "{o}");
            assert_eq!(ys.iter().cloned().fold(f32::MAX, f32::min), 20.0, "{o}");
            assert_eq!(ys.iter().cloned().fold(f32::MIN, f32::max), 220.0, "{o}");
        }
    }

    fn page(bbox: [f32; 4], rotate: i32) -> ImportedPage {
        ImportedPage {
            content: Vec::new(),
            resources: Dictionary::new(),
            bbox,
            rotate,
        }
    }

    #[test]
    fn page_matrix_keeps_rotated_pages_inside_the_area() {
        let a = DOCUMENT_AREA;
        for rotate in [0, 90, 180, 270] {
            // An odd origin, as some scanners write.
            let p = page([100.0, -50.0, 712.0, 742.0], rotate);
            let m = page_matrix(&p);
            let corners = [
                (100.0, -50.0),
                (712.0, -50.0),
                (100.0, 742.0),
                (712.0, 742.0),
            ]
            .map(|c| apply(m, c));
            for (x, y) in corners {
                assert!(
                    x >= a.x - 0.01 && x <= a.x + a.width + 0.01,
                    "{rotate}: x {x}"
                );
                assert!(
                    y >= a.y - 0.01 && y <= a.y + a.height + 0.01,
                    "{rotate}: y {y}"
                );
            }
        }
    }

    #[test]
    fn page_matrix_keeps_small_pages_at_their_size_but_enlarges_tiny_ones() {
        // A half-Letter page keeps its size; a 4-point "page" fills the area.
        let m = page_matrix(&page([0.0, 0.0, 396.0, 306.0], 0));
        assert_eq!(m[0], 1.0);
        let m = page_matrix(&page([0.0, 0.0, 3.84, 3.84], 0));
        let placed = 3.84 * m[0];
        assert!(
            (placed - DOCUMENT_AREA.width.min(DOCUMENT_AREA.height)).abs() < 0.01,
            "{placed}"
        );
    }

    #[test]
    fn page_matrix_turns_the_top_edge_as_rotate_says() {
        // /Rotate 90 turns the page clockwise: its top-left corner ends up top-right.
        let p = page([0.0, 0.0, 612.0, 792.0], 90);
        let m = page_matrix(&p);
        let (x, y) = apply(m, (0.0, 792.0));
        let centre = DOCUMENT_AREA.x + DOCUMENT_AREA.width / 2.0;
        let middle = DOCUMENT_AREA.y + DOCUMENT_AREA.height / 2.0;
        assert!(x > centre && y > middle, "({x}, {y})");
    }
}
