//! Joins the pages we drew (printpdf) with the documents (JPEG bytes, PNG pixels, pages
//! of existing PDFs) into the final file with lopdf.
//!
//! Each document page was drawn by printpdf as a page holding only the running header
//! and exhibit label; here the document's content is added beneath that header: an
//! image XObject for a photo or scan, a Form XObject for a page of a PDF (both made in
//! `xobject`, placed where `geometry` says), or for fax, the page as converted (see
//! `fax_pages`).

mod fax_pages;

use std::io::Write;

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream, StringFormat};

use crate::geometry::{
    fit, orientation_matrix, page_matrix, page_rect, picture_matrix, picture_rect, Rect,
    DOCUMENT_AREA,
};
use crate::intake::Prepared;
use crate::text_layer::{add_font, text_ops, FONT_NAME};
use crate::xobject::{form_xobject, jpeg_xobject, picture_xobject, raster_xobject, Copier};
use crate::Progress;

/// Why the drawn pages and the documents could not be joined into the packet: a fault
/// in the engine, never in the person's files (those were checked on the way in). The
/// words are technical, in English, and reach the app in [`crate::PacketError::Internal`].
#[derive(Debug, thiserror::Error)]
pub enum AssembleError {
    /// The pages printpdf drew do not load back.
    #[error("reading drawn pages: {0}")]
    Drawn(lopdf::Error),
    /// A document is placed on a page past the end of the drawn pages (`number` from 1).
    #[error("the packet has no page {number}")]
    NoPage { number: usize },
    /// A drawn page is not a dictionary.
    #[error("drawn page: {0}")]
    Page(lopdf::Error),
    /// A drawn page's resources point at an object that is not a dictionary.
    #[error("drawn page resources: {0}")]
    Resources(lopdf::Error),
    /// An imported page's drawing could not be compressed.
    #[error("compressing a page: {0}")]
    Compress(std::io::Error),
    /// A converted fax page names a document that is not there.
    #[error("a document is missing")]
    NoDocument,
    /// The finished file could not be written to the output.
    #[error("writing the packet: {0}")]
    Write(std::io::Error),
}

/// Where one document's pages go in the drawn PDF (0-based page indexes).
#[derive(Debug)]
pub(crate) struct Placement {
    pub(crate) document: Prepared,
    pub(crate) first_page: usize,
    /// The words recognized on each page, laid invisibly over it (empty: none).
    pub(crate) text: Vec<Option<imr_ocr::PageText>>,
}

/// Where each page of `document` is drawn upright, as its content is placed below.
fn upright_rects(document: &Prepared) -> Vec<Rect> {
    match document {
        Prepared::Jpeg(jpeg) => {
            let (w, h) = jpeg.upright_size();
            vec![fit(w as f32, h as f32)]
        }
        Prepared::Png(raster) => vec![fit(raster.width as f32, raster.height as f32)],
        Prepared::Pdf(source) => source.pages.iter().map(page_rect).collect(),
        Prepared::Pictures(pictures) => pictures
            .pages
            .iter()
            .map(|p| picture_rect(p, DOCUMENT_AREA))
            .collect(),
    }
}

/// Metadata written into the file; fixed by the caller so output is reproducible.
#[derive(Debug)]
pub(crate) struct Metadata<'a> {
    pub(crate) title: &'a str,
    /// PDF date string, e.g. `D:20260301000000Z`.
    pub(crate) date: &'a str,
    /// 16 bytes for the file identifier.
    pub(crate) id: [u8; 16],
}

/// Loads the drawn pages, adds every document's content and writes the file.
/// With `fax`, document pages are converted for a fax machine first (see
/// `fax_pages`); a page that cannot be converted goes in as it would be mailed.
pub(crate) fn assemble(
    drawn: &[u8],
    placements: Vec<Placement>,
    fax: bool,
    fax_workers: usize,
    meta: &Metadata<'_>,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), AssembleError> {
    let mut doc = Document::load_mem(drawn).map_err(AssembleError::Drawn)?;
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let faxed = if fax {
        fax_pages::place_fax_pages(&mut doc, &pages, &placements, fax_workers, progress)?
    } else {
        Vec::new()
    };
    progress(Progress::Writing);
    let done = |p: usize, i: usize| faxed.get(p).is_some_and(|d| d.get(i) == Some(&true));
    let mut font = None;
    for (p, placement) in placements.into_iter().enumerate() {
        let rects = upright_rects(&placement.document);
        for (i, text) in placement.text.iter().enumerate() {
            let (Some(text), Some(rect)) = (text, rects.get(i)) else {
                continue;
            };
            if let Some(ops) = text_ops(text, *rect) {
                let page = page_at(&pages, placement.first_page + i)?;
                let font = *font.get_or_insert_with(|| add_font(&mut doc));
                add_text_to_page(&mut doc, page, font, ops)?;
            }
        }
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
                    let form = form_xobject(&mut doc, &mut copier, imported)
                        .map_err(AssembleError::Compress)?;
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
                    let matrix = picture_matrix(&picture, DOCUMENT_AREA);
                    let image = doc.add_object(picture_xobject(picture.image));
                    add_to_page(&mut doc, page, image, matrix)?;
                }
            }
        }
    }
    finish(&mut doc, meta);
    let mut out = out;
    doc.save_to(&mut out).map_err(AssembleError::Write)?;
    Ok(())
}

pub(crate) fn page_at(pages: &[ObjectId], index: usize) -> Result<ObjectId, AssembleError> {
    pages
        .get(index)
        .copied()
        .ok_or(AssembleError::NoPage { number: index + 1 })
}

/// Draws XObject `xobject` on `page` under everything already there (the header), with
/// the graphics state saved and restored around it.
pub(crate) fn add_to_page(
    doc: &mut Document,
    page: ObjectId,
    xobject: ObjectId,
    m: [f32; 6],
) -> Result<(), AssembleError> {
    let name = format!("ImrDoc{}", xobject.0);
    let resources = page_resources(doc, page)?;
    let xobjects = match resources.get(b"XObject") {
        Ok(Object::Dictionary(d)) => d.clone(),
        Ok(Object::Reference(id)) => doc
            .get_dictionary(*id)
            .map_err(AssembleError::Resources)?
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
        .map_err(AssembleError::Page)?;
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

/// Lays the invisible text `ops` over everything on `page`, with the OCR font.
fn add_text_to_page(
    doc: &mut Document,
    page: ObjectId,
    font: ObjectId,
    ops: String,
) -> Result<(), AssembleError> {
    let mut resources = page_resources(doc, page)?;
    let mut fonts = match resources.get(b"Font") {
        Ok(Object::Dictionary(d)) => d.clone(),
        Ok(Object::Reference(id)) => doc
            .get_dictionary(*id)
            .map_err(AssembleError::Resources)?
            .clone(),
        _ => Dictionary::new(),
    };
    fonts.set(FONT_NAME, Object::Reference(font));
    resources.set("Font", Object::Dictionary(fonts));
    let over = doc.add_object(Stream::new(Dictionary::new(), ops.into_bytes()));
    let page_dict = doc
        .get_object_mut(page)
        .and_then(Object::as_dict_mut)
        .map_err(AssembleError::Page)?;
    page_dict.set("Resources", Object::Dictionary(resources));
    let mut contents = match page_dict.get(b"Contents") {
        Ok(Object::Array(items)) => items.clone(),
        Ok(other) => vec![other.clone()],
        Err(_) => Vec::new(),
    };
    contents.push(Object::Reference(over));
    page_dict.set("Contents", Object::Array(contents));
    Ok(())
}

fn page_resources(doc: &Document, page: ObjectId) -> Result<Dictionary, AssembleError> {
    let dict = doc.get_dictionary(page).map_err(AssembleError::Page)?;
    match dict.get(b"Resources") {
        Ok(Object::Dictionary(d)) => Ok(d.clone()),
        Ok(Object::Reference(id)) => doc
            .get_dictionary(*id)
            .cloned()
            .map_err(AssembleError::Resources),
        _ => Ok(Dictionary::new()),
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
