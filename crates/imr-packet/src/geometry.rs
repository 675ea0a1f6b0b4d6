//! Where a document page goes on its packet page: the area under the running header and
//! exhibit label, and the rectangles and matrices that place a photo, a scan, a picture
//! page or a page of an imported PDF in it, upright. The mailed packet and the fax
//! conversion place pages with these same numbers, so a faxed page lands where the
//! mailed one would.

use crate::intake::{ImportedPage, PicturePage};
use crate::layout::{HEADER_RULE, PAGE_WIDTH, SAFE_MARGIN};

/// A rectangle on the page, in points: (x, y, width, height), from the bottom left.
pub(crate) type Rect = (f32, f32, f32, f32);

/// The rectangle under the header and exhibit label where a document page is placed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Area {
    pub(crate) x: f32,
    pub(crate) y: f32,
    pub(crate) width: f32,
    pub(crate) height: f32,
}

pub(crate) const DOCUMENT_AREA: Area = Area {
    x: SAFE_MARGIN,
    y: SAFE_MARGIN,
    width: PAGE_WIDTH - 2.0 * SAFE_MARGIN,
    height: HEADER_RULE - 22.0 - SAFE_MARGIN,
};

/// Fits a `w` × `h` picture into the document area, centred, keeping its proportions.
/// Returns the placed rectangle (x, y, width, height).
pub(crate) fn fit(w: f32, h: f32) -> Rect {
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
pub(crate) fn orientation_matrix(orientation: u16, rect: Rect) -> [f32; 6] {
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
pub(crate) const MIN_TRUE_SIZE: f32 = 144.0;

/// The matrix that draws an imported page (in its own space) upright and scaled to fit
/// the document area. Pages smaller than the area are not enlarged, so their text keeps
/// its size, unless they are too small to read at all (see [`MIN_TRUE_SIZE`]).
pub(crate) fn page_matrix(page: &ImportedPage) -> [f32; 6] {
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

/// Where an imported PDF page is drawn, upright, from the matrix [`page_matrix`] gives.
pub(crate) fn page_rect(page: &ImportedPage) -> Rect {
    let m = page_matrix(page);
    let s = (m[0] * m[0] + m[1] * m[1]).sqrt();
    let (uw, uh) = page.upright_size();
    let (w, h) = (uw * s, uh * s);
    let a = DOCUMENT_AREA;
    (a.x + (a.width - w) / 2.0, a.y + (a.height - h) / 2.0, w, h)
}

/// Where a page of a decoded picture document (TIFF, HEIC, WebP, GIF) is drawn,
/// upright, in `area`. A page whose file gives its resolution is placed at its real
/// size when that fits (a small receipt stays small, as a small PDF page does) and
/// shrunk to fit otherwise; a page without one is scaled to fill the area, as a photo is.
pub(crate) fn picture_rect(page: &PicturePage, area: Area) -> Rect {
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

/// The matrix that draws a picture page's image (the unit square) upright, centred in
/// `area`.
pub(crate) fn picture_matrix(page: &PicturePage, area: Area) -> [f32; 6] {
    orientation_matrix(page.orientation, picture_rect(page, area))
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::Dictionary;

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
