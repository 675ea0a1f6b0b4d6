//! The PDF objects a document's content becomes: an image XObject for a photo, a scan or
//! a picture page, a Form XObject for a page of an imported PDF (with the objects it
//! needs copied over from its own file), and a one-page PDF of an imported page as the
//! packet draws it, for the fax conversion and thumbnails to render.
//!
//! A Form XObject keeps the original page's drawing intact (its own coordinate space,
//! crop box and rotation) and lets it be scaled into the area under the header, so
//! nothing on it is covered.

use std::collections::BTreeMap;
use std::io::Write;

use flate2::{write::ZlibEncoder, Compression};
use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream};

use crate::intake::{
    BilevelCoding, BilevelImage, ImportedPage, JpegImage, PageImage, PdfSource, RasterImage,
};

/// A photo as an image XObject: its JPEG bytes go in untouched (taken out of `jpeg`).
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

/// Deflated pixels (a PNG's, or a decoded lossless picture's) as an image XObject.
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

/// The stored pixels of a picture page (TIFF, HEIC, WebP, GIF) as an image XObject.
pub(crate) fn picture_xobject(image: PageImage) -> Stream {
    match image {
        PageImage::Jpeg(mut jpeg) => jpeg_xobject(&mut jpeg),
        PageImage::Raster(raster) => raster_xobject(raster),
        PageImage::Bilevel(bilevel) => bilevel_xobject(bilevel),
    }
}

fn bilevel_xobject(image: BilevelImage) -> Stream {
    let mut dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Image",
        "Width" => i64::from(image.width),
        "Height" => i64::from(image.height),
        "ColorSpace" => "DeviceGray",
        "BitsPerComponent" => 1,
    };
    match image.coding {
        BilevelCoding::Flate => dict.set("Filter", "FlateDecode"),
        BilevelCoding::Group4 { black_is_1 } => {
            dict.set("Filter", "CCITTFaxDecode");
            dict.set(
                "DecodeParms",
                dictionary! {
                    "K" => -1,
                    "Columns" => i64::from(image.width),
                    "Rows" => i64::from(image.height),
                    "BlackIs1" => Object::Boolean(black_is_1),
                },
            );
        }
    }
    // Scanner data goes in untouched, as JPEG photos do.
    Stream::new(dict, image.data).with_compression(false)
}

/// An imported page as a Form XObject added to `doc`, with its resources copied over.
/// Fails only if its drawing cannot be compressed.
pub(crate) fn form_xobject(
    doc: &mut Document,
    copier: &mut Copier<'_>,
    page: &ImportedPage,
) -> std::io::Result<ObjectId> {
    let resources = copier.copy(doc, &Object::Dictionary(page.resources.clone()));
    let [x0, y0, x1, y1] = page.bbox;
    let dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Form",
        "BBox" => vec![x0.into(), y0.into(), x1.into(), y1.into()],
        "Resources" => resources,
        "Filter" => "FlateDecode",
    };
    let content = deflate(&page.content)?;
    Ok(doc.add_object(Stream::new(dict, content).with_compression(false)))
}

fn deflate(data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(data.len() / 3), Compression::fast());
    encoder.write_all(data)?;
    encoder.finish()
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

/// A PDF holding only `page`, as the packet would draw it: its content (with the
/// annotations the intake flattened into it), resources, visible box and rotation, its
/// pictures short of rows finished in white (`broken_images`). Fails only if the file
/// cannot be written out.
pub(crate) fn single_page_pdf(source: &PdfSource, page: &ImportedPage) -> std::io::Result<Vec<u8>> {
    let mut doc = Document::with_version("1.7");
    let mut copier = Copier::new(source);
    let resources = copier.copy(&mut doc, &Object::Dictionary(page.resources.clone()));
    let content = doc.add_object(Stream::new(dictionary! {}, page.content.clone()));
    let pages_id = doc.new_object_id();
    let [x0, y0, x1, y1] = page.bbox;
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![x0.into(), y0.into(), x1.into(), y1.into()],
        "Rotate" => i64::from(page.rotate),
        "Resources" => resources,
        "Contents" => content,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    // Drawn by hayro, which would end a picture short of rows in black.
    crate::broken_images::mend(&mut doc);
    let mut out = Vec::new();
    doc.save_to(&mut out)?;
    Ok(out)
}
