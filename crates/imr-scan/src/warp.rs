//! Straightening: the quadrilateral of the sheet in the photo becomes a flat rectangle.
//! The projective transform is imageproc's (from the four corners); the sampling loop is
//! ours, for speed (see [`sample_into`]). What is decided here is also the size of the page (its sides as long as the longest of the photo's, so the text keeps
//! every pixel it had) and the coordinates (the crate's continuous ones, where imageproc
//! puts pixel centres on whole numbers).

use image::{GrayImage, RgbImage};
use imageproc::geometric_transformations::Projection;

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

/// The sheet at `quad` in `photo`, made a flat `width` × `height` picture (bilinear).
/// Whatever falls outside the photo is white paper. `None` when the corners are three in
/// a line.
pub fn straighten(photo: &RgbImage, quad: &Quad, width: u32, height: u32) -> Option<RgbImage> {
    let map = OutputToPhoto::new(quad, width, height)?;
    let mut out = RgbImage::new(width, height);
    sample_into::<3>(
        photo.as_raw(),
        photo.width(),
        photo.height(),
        &map,
        out.as_mut(),
        width,
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
    let map = OutputToPhoto::new(quad, width, height)?;
    let mut out = GrayImage::new(width, height);
    sample_into::<1>(
        photo.as_raw(),
        photo.width(),
        photo.height(),
        &map,
        out.as_mut(),
        width,
    );
    Some(out)
}

/// Where each output pixel comes from in the photo, as a 3 × 3 matrix (pixel centres on
/// whole numbers, as imageproc has them), so a row can be walked by adding its first
/// column.
struct OutputToPhoto([f64; 9]);

impl OutputToPhoto {
    fn new(quad: &Quad, width: u32, height: u32) -> Option<OutputToPhoto> {
        let (w, h) = (f64::from(width), f64::from(height));
        let corners = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)].map(|(x, y)| (x - 0.5, y - 0.5));
        let sheet = quad.0.map(|p| (f64::from(p.x) - 0.5, f64::from(p.y) - 0.5));
        solve_homography(corners, sheet).map(OutputToPhoto)
    }
}

/// The matrix `h` (h[8] = 1) taking each `from` point to the `to` point of the same
/// index: eight equations, Gaussian elimination with partial pivoting.
fn solve_homography(from: [(f64, f64); 4], to: [(f64, f64); 4]) -> Option<[f64; 9]> {
    let mut a = [[0.0f64; 9]; 8];
    for i in 0..4 {
        let ((x, y), (u, v)) = (from[i], to[i]);
        a[2 * i] = [x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y, u];
        a[2 * i + 1] = [0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y, v];
    }
    for col in 0..8 {
        let pivot = (col..8).max_by(|&r, &s| a[r][col].abs().total_cmp(&a[s][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        let pivot_row = a[col];
        for (r, row) in a.iter_mut().enumerate() {
            if r != col {
                let f = row[col] / pivot_row[col];
                for (value, p) in row.iter_mut().zip(pivot_row.iter()).skip(col) {
                    *value -= f * p;
                }
            }
        }
    }
    let mut h = [0.0; 9];
    for (i, row) in a.iter().enumerate() {
        h[i] = row[8] / row[i];
    }
    h[8] = 1.0;
    Some(h)
}

/// Fills `out` (`out_width` pixels a row, `C` channels) with `src` sampled where `map`
/// takes each output pixel, bilinear in fixed point. imageproc's own warp does the same
/// generically (a pixel type, a border rule and a blend per channel through closures,
/// a division and a matrix product per pixel) and took 460–840 ms for a 12 MP photo's
/// sheet on this machine; this loop walks each row by adding the matrix's first column
/// and is typed for 8-bit pixels (the figures are in the bench).
fn sample_into<const C: usize>(
    src: &[u8],
    width: u32,
    height: u32,
    map: &OutputToPhoto,
    out: &mut [u8],
    out_width: u32,
) {
    let m = &map.0;
    let (w, h) = (width as usize, height as usize);
    let stride = w * C;
    let (max_x, max_y) = (w as f32 - 1.0, h as f32 - 1.0);
    for (y, row) in out.chunks_exact_mut(out_width as usize * C).enumerate() {
        let y = y as f64;
        let (mut nx, mut ny, mut d) = (m[1] * y + m[2], m[4] * y + m[5], m[7] * y + m[8]);
        for px in row.chunks_exact_mut(C) {
            let inv = 1.0 / d;
            let (u, v) = ((nx * inv) as f32, (ny * inv) as f32);
            nx += m[0];
            ny += m[3];
            d += m[6];
            // Within half a pixel of the photo's edge the edge pixel is used; beyond it
            // there is no photo, and the page is white there.
            if !(u >= -0.5 && v >= -0.5 && u < max_x + 0.5 && v < max_y + 0.5) {
                px.fill(255);
                continue;
            }
            let (u, v) = (u.clamp(0.0, max_x), v.clamp(0.0, max_y));
            let (x0, y0) = (u as usize, v as usize);
            let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
            let fx = ((u - x0 as f32) * 256.0) as u32;
            let fy = ((v - y0 as f32) * 256.0) as u32;
            let (a, b) = (y0 * stride + x0 * C, y0 * stride + x1 * C);
            let (c, e) = (y1 * stride + x0 * C, y1 * stride + x1 * C);
            for k in 0..C {
                let top = u32::from(src[a + k]) * (256 - fx) + u32::from(src[b + k]) * fx;
                let bottom = u32::from(src[c + k]) * (256 - fx) + u32::from(src[e + k]) * fx;
                px[k] = ((top * (256 - fy) + bottom * fy + 32768) >> 16) as u8;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The projection imageproc's warp needs: from the photo to the output (it inverts
    /// it), pixel centres on whole numbers.
    fn projection(quad: &Quad, width: u32, height: u32) -> Option<Projection> {
        let (w, h) = (width as f32, height as f32);
        let to_pixels = |q: Quad| q.0.map(|p| (p.x - 0.5, p.y - 0.5));
        Projection::from_control_points(to_pixels(*quad), to_pixels(Quad::whole(w, h)))
    }

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
        use image::Luma;
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
    fn the_warp_samples_as_imageproc_does() {
        // A busy picture and a quadrilateral inside it: our loop and imageproc's warp
        // agree within the rounding of weights in 1/256 steps (a few levels where
        // neighbouring pixels differ by hundreds).
        use imageproc::geometric_transformations::{warp_into, Border, Interpolation};
        let photo = RgbImage::from_fn(300, 200, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x * y) % 251) as u8])
        });
        let quad = Quad([
            Point::new(20.5, 10.2),
            Point::new(250.3, 30.7),
            Point::new(280.1, 190.0),
            Point::new(5.9, 170.4),
        ]);
        let ours = straighten(&photo, &quad, 160, 120).expect("warped");
        let mut theirs = RgbImage::new(160, 120);
        let p = projection(&quad, 160, 120).expect("a map");
        assert!(solve_homography([(0.0, 0.0); 4], [(1.0, 1.0); 4]).is_none());
        warp_into(
            &photo,
            p,
            Interpolation::Bilinear,
            Border::Constant(image::Rgb([255, 255, 255])),
            &mut theirs,
        );
        let worst = ours
            .as_raw()
            .iter()
            .zip(theirs.as_raw())
            .map(|(a, b)| a.abs_diff(*b))
            .max()
            .unwrap_or(0);
        assert!(worst <= 3, "differ by {worst}");
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
