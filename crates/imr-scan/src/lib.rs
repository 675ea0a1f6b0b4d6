//! From a phone photo of a sheet of paper to a flat page, and whether the photo is good
//! enough to read. Pure image code: pixels in, numbers and pixels out; no file, no clock,
//! no PDF.
//!
//! - [`suggest_sheet`]: where the sheet's four corners probably are, or nothing when it
//!   cannot be told for sure. It is a *suggestion* the person confirms or moves: when in
//!   doubt it says nothing, and the whole photo is used, because a wrong crop cuts text
//!   off the page.
//! - [`straighten`]: the perspective undone, the quadrilateral the person confirmed made a
//!   flat rectangle (imageproc's projective warp).
//! - [`measure`]: sharpness and brightness of a photo, with [`Quality::warnings`] saying
//!   when it looks blurry or too dark (a warning, never a refusal).
//! - [`black_out`]: boxes painted black over every pixel they touch.
//!
//! Coordinates are continuous: a picture `w` × `h` pixels spans `0..w` × `0..h`, and the
//! centre of pixel `(i, j)` is at `(i + 0.5, j + 0.5)`. Corners go clockwise from the top
//! left.

mod corners;
mod lines;
mod planes;
mod quality;
mod redact;
mod warp;

pub use corners::{suggest_sheet, suggest_sheet_in, Suggestion};
pub use quality::{measure, Quality, Warning, BLURRY_BELOW, DARK_BELOW};
pub use redact::black_out;
pub use warp::{straighten, straighten_gray, straightened_size, Homography};

/// A point in a picture, in pixels (see the crate's note on coordinates).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

impl Point {
    pub const fn new(x: f32, y: f32) -> Point {
        Point { x, y }
    }

    fn distance(self, other: Point) -> f32 {
        ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
    }
}

/// Four corners of a sheet: top left, top right, bottom right, bottom left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quad(pub [Point; 4]);

impl Quad {
    /// The whole `width` × `height` picture.
    pub fn whole(width: f32, height: f32) -> Quad {
        Quad([
            Point::new(0.0, 0.0),
            Point::new(width, 0.0),
            Point::new(width, height),
            Point::new(0.0, height),
        ])
    }

    /// The same corners in a picture `factor` times larger.
    pub fn scaled(&self, factor: f32) -> Quad {
        Quad(self.0.map(|p| Point::new(p.x * factor, p.y * factor)))
    }

    /// The largest distance between a corner and the matching corner of `other`.
    pub fn max_distance(&self, other: &Quad) -> f32 {
        self.0
            .iter()
            .zip(other.0.iter())
            .map(|(a, b)| a.distance(*b))
            .fold(0.0, f32::max)
    }

    /// The area enclosed (shoelace formula), positive for any simple quadrilateral.
    pub fn area(&self) -> f32 {
        let p = &self.0;
        let mut twice = 0.0;
        for i in 0..4 {
            let (a, b) = (p[i], p[(i + 1) % 4]);
            twice += a.x * b.y - b.x * a.y;
        }
        (twice / 2.0).abs()
    }

    /// Whether the corners make a convex quadrilateral going clockwise on screen (y
    /// down), as the top-left, top-right, bottom-right, bottom-left order does.
    pub fn is_convex(&self) -> bool {
        let p = &self.0;
        (0..4).all(|i| {
            let (a, b, c) = (p[i], p[(i + 1) % 4], p[(i + 2) % 4]);
            let cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
            cross > 0.0
        })
    }

    /// Whether every corner lies inside `width` × `height`.
    pub fn inside(&self, width: f32, height: f32) -> bool {
        self.0
            .iter()
            .all(|p| p.x >= 0.0 && p.y >= 0.0 && p.x <= width && p.y <= height)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quad_area_and_convexity() {
        let q = Quad::whole(10.0, 20.0);
        assert_eq!(q.area(), 200.0);
        assert!(q.is_convex());
        // Two corners swapped: a bow tie, not a sheet.
        let mut bow = q;
        bow.0.swap(2, 3);
        assert!(!bow.is_convex());
        // Counter-clockwise is not the order the crate uses.
        let mut ccw = q;
        ccw.0.reverse();
        assert!(!ccw.is_convex());
    }
}
