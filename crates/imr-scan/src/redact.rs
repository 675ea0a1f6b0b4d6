//! Blacking out: every pixel a box touches, even in part, becomes black. Boxes are
//! quadrilaterals (a box drawn on a straightened page is one on the photo).

use image::{Rgb, RgbImage};

use crate::{Point, Quad};

/// Paints each quadrilateral black on `image`, taking every pixel it touches at all.
pub fn black_out(image: &mut RgbImage, boxes: &[Quad]) {
    let (w, h) = (image.width() as i64, image.height() as i64);
    for quad in boxes {
        let ys = quad.0.iter().map(|p| p.y);
        let top = ys.clone().fold(f32::MAX, f32::min).floor().max(0.0) as i64;
        let bottom = ys.fold(f32::MIN, f32::max).ceil().min(h as f32) as i64;
        for y in top..bottom {
            // The part of the box within this row of pixels, and how far across it goes.
            let band = clip_band(&quad.0, y as f32, y as f32 + 1.0);
            if band.is_empty() {
                continue;
            }
            let left = band
                .iter()
                .map(|p| p.x)
                .fold(f32::MAX, f32::min)
                .floor()
                .max(0.0) as i64;
            let right = band
                .iter()
                .map(|p| p.x)
                .fold(f32::MIN, f32::max)
                .ceil()
                .min(w as f32) as i64;
            for x in left..right {
                image.put_pixel(x as u32, y as u32, Rgb([0, 0, 0]));
            }
        }
    }
}

/// The polygon clipped to `top ≤ y ≤ bottom` (Sutherland–Hodgman, two edges).
fn clip_band(polygon: &[Point], top: f32, bottom: f32) -> Vec<Point> {
    let keep_below = |p: &Point| p.y >= top;
    let keep_above = |p: &Point| p.y <= bottom;
    let once = clip(polygon, &keep_below, top);
    clip(&once, &keep_above, bottom)
}

fn clip(polygon: &[Point], inside: &dyn Fn(&Point) -> bool, at: f32) -> Vec<Point> {
    let mut out = Vec::with_capacity(polygon.len() + 2);
    for i in 0..polygon.len() {
        let (a, b) = (polygon[i], polygon[(i + 1) % polygon.len()]);
        let crossing = || {
            let t = (at - a.y) / (b.y - a.y);
            Point::new(a.x + (b.x - a.x) * t, at)
        };
        match (inside(&a), inside(&b)) {
            (true, true) => out.push(b),
            (true, false) => out.push(crossing()),
            (false, true) => {
                out.push(crossing());
                out.push(b);
            }
            (false, false) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn black_out_takes_every_pixel_the_box_touches() {
        let mut img = RgbImage::from_pixel(20, 20, Rgb([255, 255, 255]));
        let b = Quad([
            Point::new(2.5, 3.2),
            Point::new(8.1, 3.2),
            Point::new(8.1, 6.9),
            Point::new(2.5, 6.9),
        ]);
        black_out(&mut img, &[b]);
        for y in 0..20 {
            for x in 0..20 {
                let black = img.get_pixel(x, y).0 == [0, 0, 0];
                let touched = (2..=8).contains(&x) && (3..=6).contains(&y);
                assert_eq!(black, touched, "({x}, {y})");
            }
        }
    }

    #[test]
    fn a_slanted_box_and_one_past_the_edge() {
        let mut img = RgbImage::from_pixel(30, 30, Rgb([255, 255, 255]));
        let slanted = Quad([
            Point::new(10.0, 2.0),
            Point::new(20.0, 12.0),
            Point::new(10.0, 22.0),
            Point::new(0.0, 12.0),
        ]);
        let past = Quad([
            Point::new(25.0, -5.0),
            Point::new(40.0, -5.0),
            Point::new(40.0, 5.0),
            Point::new(25.0, 5.0),
        ]);
        black_out(&mut img, &[slanted, past]);
        assert_eq!(img.get_pixel(10, 12).0, [0, 0, 0], "the middle");
        assert_eq!(
            img.get_pixel(1, 3).0,
            [255, 255, 255],
            "outside the diamond"
        );
        assert_eq!(
            img.get_pixel(29, 0).0,
            [0, 0, 0],
            "the part inside the picture"
        );
        assert_eq!(img.get_pixel(24, 0).0, [255, 255, 255]);
    }
}
