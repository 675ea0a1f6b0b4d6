//! Straightening: the quadrilateral of the sheet in the photo becomes a flat rectangle.
//! The projective transform and its warp are imageproc's; what is decided here is the
//! size of the page (its sides as long as the longest of the photo's, so the text keeps
//! every pixel it had) and the coordinates (the crate's continuous ones, where imageproc
//! puts pixel centres on whole numbers).

use image::{GrayImage, Luma, Rgb, RgbImage};
use imageproc::geometric_transformations::{warp_into, Border, Interpolation, Projection};

use crate::{Point, Quad};

/// A projective map between two planes (continuous coordinates).
#[derive(Debug, Clone, Copy)]
pub struct Homography(Projection);

impl Homography {
    /// The map taking each corner of `from` to the same corner of `to`; `None` when
    /// either has three corners in a line.
    pub fn between(from: &Quad, to: &Quad) -> Option<Homography> {
        let pts = |q: &Quad| q.0.map(|p| (p.x, p.y));
        Projection::from_control_points(pts(from), pts(to)).map(Homography)
    }

    pub fn map(&self, p: Point) -> Point {
        let (x, y) = self.0 * (p.x, p.y);
        Point::new(x, y)
    }

    pub fn inverse(&self) -> Homography {
        Homography(self.0.invert())
    }
}

/// The size of the flat page for `quad`: each side as long as the longer of the two
/// opposite sides in the photo, at least one pixel.
pub fn straightened_size(quad: &Quad) -> (u32, u32) {
    let p = &quad.0;
    let width = p[0].distance(p[1]).max(p[3].distance(p[2]));
    let height = p[0].distance(p[3]).max(p[1].distance(p[2]));
    (
        (width.round() as u32).max(1),
        (height.round() as u32).max(1),
    )
}

/// The projection imageproc's warp needs: from the output's pixels to the photo's,
/// given as the map from the photo to the output (imageproc inverts it), in its
/// coordinates (pixel centres on whole numbers).
fn projection(quad: &Quad, width: u32, height: u32) -> Option<Projection> {
    let (w, h) = (width as f32, height as f32);
    let to_pixels = |q: Quad| q.0.map(|p| (p.x - 0.5, p.y - 0.5));
    Projection::from_control_points(to_pixels(*quad), to_pixels(Quad::whole(w, h)))
}

/// The sheet at `quad` in `photo`, made a flat `width` × `height` picture (bilinear).
/// Whatever falls outside the photo is white paper. `None` when the corners are three in
/// a line.
pub fn straighten(photo: &RgbImage, quad: &Quad, width: u32, height: u32) -> Option<RgbImage> {
    let projection = projection(quad, width, height)?;
    let mut out = RgbImage::new(width, height);
    warp_into(
        photo,
        projection,
        Interpolation::Bilinear,
        Border::Constant(Rgb([255, 255, 255])),
        &mut out,
    );
    Some(out)
}

/// [`straighten`] for a grey picture.
pub fn straighten_gray(
    photo: &GrayImage,
    quad: &Quad,
    width: u32,
    height: u32,
) -> Option<GrayImage> {
    let projection = projection(quad, width, height)?;
    let mut out = GrayImage::new(width, height);
    warp_into(
        photo,
        projection,
        Interpolation::Bilinear,
        Border::Constant(Luma([255])),
        &mut out,
    );
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn homography_maps_corners_and_back() {
        let from = Quad([
            Point::new(10.0, 20.0),
            Point::new(300.0, 5.0),
            Point::new(320.0, 400.0),
            Point::new(0.0, 380.0),
        ]);
        let to = Quad::whole(1.0, 1.0);
        let h = Homography::between(&from, &to).expect("a map");
        for (a, b) in from.0.iter().zip(to.0.iter()) {
            let m = h.map(*a);
            assert!(
                (m.x - b.x).abs() < 1e-3 && (m.y - b.y).abs() < 1e-3,
                "{m:?} {b:?}"
            );
            let back = h.inverse().map(*b);
            assert!(back.distance(*a) < 0.05, "{back:?} {a:?}");
        }
    }

    #[test]
    fn straighten_a_turned_square_gives_the_square() {
        // A black square on white, its sheet turned 90°: the corner that was the top
        // right is the top left now.
        let mut photo = GrayImage::from_pixel(100, 100, Luma([255]));
        for y in 0..50 {
            for x in 50..100 {
                photo.put_pixel(x, y, Luma([0]));
            }
        }
        let turned = Quad([
            Point::new(100.0, 0.0),
            Point::new(100.0, 100.0),
            Point::new(0.0, 100.0),
            Point::new(0.0, 0.0),
        ]);
        let out = straighten_gray(&photo, &turned, 100, 100).expect("warped");
        assert_eq!(
            out.get_pixel(10, 10).0[0],
            0,
            "top left is the black quarter"
        );
        assert_eq!(out.get_pixel(90, 90).0[0], 255);
        assert_eq!(out.get_pixel(90, 10).0[0], 255);
    }

    #[test]
    fn straightened_size_keeps_the_longer_sides() {
        let q = Quad([
            Point::new(0.0, 0.0),
            Point::new(80.0, 10.0),
            Point::new(100.0, 110.0),
            Point::new(0.0, 100.0),
        ]);
        let (w, h) = straightened_size(&q);
        assert_eq!((w, h), (100, 102));
    }
}
