//! Places a page of a decoded picture document (TIFF, HEIC, WebP, GIF) on its packet
//! page: the image XObject and the matrix that draws it.
//!
//! A page whose file gives its resolution is placed at its real size when that fits
//! (a small receipt stays small, as a small PDF page does) and shrunk to fit otherwise;
//! a page without one is scaled to fill the document area, as a photo is.

use lopdf::{dictionary, Object, Stream};

use crate::assemble::{
    jpeg_xobject, orientation_matrix, raster_xobject, Area, DOCUMENT_AREA, MIN_TRUE_SIZE,
};
use crate::intake::{BilevelCoding, BilevelImage, PageImage, PicturePage};

/// The page's image XObject and the matrix that draws it upright in the document area.
pub(crate) fn placed(page: PicturePage) -> (Stream, [f32; 6]) {
    let matrix = matrix(&page, DOCUMENT_AREA);
    let stream = match page.image {
        PageImage::Jpeg(mut jpeg) => jpeg_xobject(&mut jpeg),
        PageImage::Raster(raster) => raster_xobject(raster),
        PageImage::Bilevel(bilevel) => bilevel_xobject(bilevel),
    };
    (stream, matrix)
}

/// The matrix that draws the page's image (the unit square) upright, centred in `area`.
pub fn matrix(page: &PicturePage, area: Area) -> [f32; 6] {
    orientation_matrix(page.orientation, rect(page, area))
}

/// Where the page is drawn, upright: (x, y, width, height) in points.
pub fn rect(page: &PicturePage, area: Area) -> (f32, f32, f32, f32) {
    let (w, h, true_size) = page.upright_size();
    let fit = (area.width / w).min(area.height / h);
    let scale = if true_size && w.max(h) >= MIN_TRUE_SIZE {
        fit.min(1.0)
    } else {
        fit
    };
    let (pw, ph) = (w * scale, h * scale);
    (
        area.x + (area.width - pw) / 2.0,
        area.y + (area.height - ph) / 2.0,
        pw,
        ph,
    )
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
