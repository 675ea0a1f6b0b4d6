//! Is this photo good enough to read? Two measures, on the photo averaged down to about
//! 1024 pixels on its longer side (so that a 12 MP and a 3 MP photo of the same page get
//! the same figures), inside the sheet when its corners are known:
//!
//! - **Sharpness**: the second derivative's energy at the edges, relative to the edges'
//!   own strength, `sqrt(Σ (∂²I/∂u²)² / Σ (∂I/∂u)²)` over the pixels where the picture
//!   changes, along four directions u (across, down, both diagonals), the least of the
//!   four: a variance of the Laplacian made independent of how dark the ink is and how
//!   much text the page holds (blurring an edge by σ pixels lowers its gradient as 1/σ
//!   and its second derivative as 1/σ², so the ratio falls as 1/σ whatever the
//!   contrast), and of the direction a shaken phone blurred it in (a Laplacian summed
//!   over both axes still sees the sharp ones). Edges are where the picture changes by 4% of the paper's
//!   level per pixel, so a dim photo is judged as a bright one. A page with print but
//!   almost no edges is blurred beyond them (sharpness 0); a blank one is not judged.
//! - **Brightness**: the paper's level (the 90th percentile of lightness).
//!
//! The thresholds were set on the synthetic photos of `imr-fixtures` (`tests/quality.rs`
//! prints the figures and the false-alarm and miss rates).

use std::f32::consts::SQRT_2;

use image::GrayImage;

use crate::{Point, Quad};

/// Below this sharpness a photo is called blurry (set on the synthetic photos, where
/// tesseract reads nearly every word above it and few below: tests/quality.rs).
pub const BLURRY_BELOW: f32 = 1.1;
/// Paper darker than this (0–255) is called dark (the same way).
pub const DARK_BELOW: f32 = 55.0;

/// The working size of the measures.
const WORK_SIDE: u32 = 1024;
/// Pixels changing by less than this share of the paper's level per pixel are not edges
/// (10 levels on white paper)…
const EDGE_SHARE: f32 = 0.04;
/// … nor by less than this, however dim the photo.
const MIN_EDGE_LEVEL: f32 = 1.5;
/// A page whose darkest 1% is this share of the paper's level darker holds print.
const PRINT_SHARE: f32 = 0.12;
/// A page whose edges cover less than this share of it is not judged for sharpness.
const MIN_EDGE_SHARE: f32 = 0.002;

/// What the measures found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quality {
    /// See the module note; `None` for a page with almost no edges.
    pub sharpness: Option<f32>,
    /// The paper's level, 0–255.
    pub paper: f32,
    /// Paper less ink (the darkest 1%), 0–255: given for the figures, not warned
    /// about (the ink of a sparse page is too few pixels to tell faint print by).
    pub contrast: f32,
}

/// What to tell the person about a photo.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Warning {
    /// Sharpness below [`BLURRY_BELOW`].
    Blurry,
    /// Paper below [`DARK_BELOW`].
    Dark,
}

impl Quality {
    /// The warnings these figures call for (none, one or both).
    pub fn warnings(&self) -> Vec<Warning> {
        let mut out = Vec::new();
        if self.sharpness.is_some_and(|s| s < BLURRY_BELOW) {
            out.push(Warning::Blurry);
        }
        if self.paper < DARK_BELOW {
            out.push(Warning::Dark);
        }
        out
    }
}

/// Measures `photo` (grey), inside `sheet` when given (in the photo's pixels), else in
/// the middle of the photo (the middle 60% each way).
pub fn measure(photo: &GrayImage, sheet: Option<&Quad>) -> Quality {
    let k = photo.width().max(photo.height()).div_ceil(WORK_SIDE).max(1);
    let (w, h) = ((photo.width() / k).max(1), (photo.height() / k).max(1));
    let work = reduce(photo, k, w, h);
    let (w, h) = (w as usize, h as usize);
    // Without the sheet's corners, the middle of the photo, where the sheet nearly
    // always is: a table's own pattern (big squares, wood grain) would be judged too.
    let (fw, fh) = (w as f32, h as f32);
    let middle = Quad([
        Point::new(0.2 * fw, 0.2 * fh),
        Point::new(0.8 * fw, 0.2 * fh),
        Point::new(0.8 * fw, 0.8 * fh),
        Point::new(0.2 * fw, 0.8 * fh),
    ]);
    let region = Some(sheet.map_or(middle, |q| shrunk(&q.scaled(1.0 / k as f32), 0.04)));
    let inside: Vec<bool> = (0..w * h)
        .map(|i| {
            region
                .as_ref()
                .is_none_or(|q| contains(q, Point::new((i % w) as f32 + 0.5, (i / w) as f32 + 0.5)))
        })
        .collect();
    let mut histogram = [0u32; 256];
    let mut counted = 0usize;
    for (v, _) in work.iter().zip(&inside).filter(|(_, inside)| **inside) {
        histogram[v.round().clamp(0.0, 255.0) as usize] += 1;
        counted += 1;
    }
    let percentile = |p: f32| {
        let target = (p * counted as f32).ceil() as u32;
        let mut seen = 0;
        for (level, &n) in histogram.iter().enumerate() {
            seen += n;
            if seen >= target.max(1) {
                return level as f32;
            }
        }
        255.0
    };
    let paper = percentile(0.90);
    let ink = percentile(0.01);
    // Edges are changes of a share of the paper's level: a dim photo's edges are as
    // dim as its paper, and the measure is the same whatever the light.
    let level = (EDGE_SHARE * paper).max(MIN_EDGE_LEVEL);
    // Along four directions (across, down, and the two diagonals), the second
    // difference against the first: a shaken photo is blurred along one of them only.
    let steps: [(isize, f32); 4] = [
        (1, 1.0),
        (w as isize, 1.0),
        (w as isize + 1, SQRT_2),
        (w as isize - 1, SQRT_2),
    ];
    let (mut second, mut first, mut edges) = ([0.0f64; 4], [0.0f64; 4], 0usize);
    for y in 1..h.saturating_sub(1) {
        for x in 1..w - 1 {
            let i = y * w + x;
            if !inside[i] {
                continue;
            }
            let (gx, gy) = (
                (work[i + 1] - work[i - 1]) / 2.0,
                (work[i + w] - work[i - w]) / 2.0,
            );
            if gx * gx + gy * gy < level * level {
                continue;
            }
            edges += 1;
            for (k, &(step, _)) in steps.iter().enumerate() {
                let (before, after) = (
                    work[(i as isize - step) as usize],
                    work[(i as isize + step) as usize],
                );
                let d1 = (after - before) / 2.0;
                // Only edges that cross this direction (their change along it is
                // an edge's): a line of print running along it says nothing of it.
                if d1.abs() < level {
                    continue;
                }
                let d2 = after + before - 2.0 * work[i];
                first[k] += f64::from(d1 * d1);
                second[k] += f64::from(d2 * d2);
            }
        }
    }
    // Each direction's ratio, per pixel of distance (a diagonal step is √2 long).
    let least = steps
        .iter()
        .enumerate()
        .filter(|(k, _)| first[*k] > 0.0)
        .map(|(k, &(_, length))| (second[k] / first[k]).sqrt() as f32 / length)
        .fold(f32::INFINITY, f32::min);
    let grad2 = first.iter().sum::<f64>();
    let judged = counted > 0 && edges as f32 >= MIN_EDGE_SHARE * counted as f32 && grad2 > 0.0;
    // Print on the page (the lightness spreads) but no edges at all: blurred beyond
    // any edge, the least sharp there is. A blank page has neither, and is not judged.
    let smooth_print = paper - ink >= PRINT_SHARE * paper;
    let sharpness = if judged {
        Some(least)
    } else if counted > 0 && smooth_print {
        Some(0.0)
    } else {
        None
    };
    Quality {
        sharpness,
        paper,
        contrast: paper - ink,
    }
}

/// `photo` averaged over `k` × `k` blocks into `w` × `h` values.
fn reduce(photo: &GrayImage, k: u32, w: u32, h: u32) -> Vec<f32> {
    let (pw, k, w, h) = (photo.width() as usize, k as usize, w as usize, h as usize);
    let raw = photo.as_raw();
    let mut out = vec![0.0f32; w * h];
    let mut sums = vec![0u32; w];
    let norm = 1.0 / (k * k) as f32;
    for oy in 0..h {
        sums.iter_mut().for_each(|s| *s = 0);
        for y in oy * k..(oy + 1) * k {
            let row = &raw[y * pw..y * pw + w * k];
            for (ox, sum) in sums.iter_mut().enumerate() {
                *sum += row[ox * k..(ox + 1) * k]
                    .iter()
                    .map(|&v| u32::from(v))
                    .sum::<u32>();
            }
        }
        for (ox, &s) in sums.iter().enumerate() {
            out[oy * w + ox] = s as f32 * norm;
        }
    }
    out
}

/// The quadrilateral pulled towards its centre by `share` of the way.
fn shrunk(q: &Quad, share: f32) -> Quad {
    let cx = q.0.iter().map(|p| p.x).sum::<f32>() / 4.0;
    let cy = q.0.iter().map(|p| p.y).sum::<f32>() / 4.0;
    Quad(q.0.map(|p| Point::new(p.x + (cx - p.x) * share, p.y + (cy - p.y) * share)))
}

/// Whether `p` is inside the convex quadrilateral `q` (clockwise on screen).
fn contains(q: &Quad, p: Point) -> bool {
    (0..4).all(|i| {
        let (a, b) = (q.0[i], q.0[(i + 1) % 4]);
        (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) >= 0.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    fn stripes(blur_box: u32) -> GrayImage {
        // Black and white stripes 8 px wide, box-blurred `blur_box` px across.
        let sharp = GrayImage::from_fn(400, 300, |x, _| {
            Luma([if (x / 8) % 2 == 0 { 20 } else { 230 }])
        });
        if blur_box <= 1 {
            return sharp;
        }
        GrayImage::from_fn(400, 300, |x, y| {
            let r = blur_box / 2;
            let (lo, hi) = (x.saturating_sub(r), (x + r).min(399));
            let s: u32 = (lo..=hi)
                .map(|xx| u32::from(sharp.get_pixel(xx, y).0[0]))
                .sum();
            Luma([(s / (hi - lo + 1)) as u8])
        })
    }

    #[test]
    fn blurring_lowers_sharpness_whatever_the_contrast() {
        let sharp = measure(&stripes(1), None).sharpness.expect("judged");
        let soft = measure(&stripes(7), None).sharpness.expect("judged");
        assert!(soft < sharp / 2.0, "{sharp} {soft}");
        // Half the contrast, same sharpness.
        let full = stripes(1);
        let faint =
            GrayImage::from_fn(400, 300, |x, y| Luma([125 + full.get_pixel(x, y).0[0] / 2]));
        let same = measure(&faint, None).sharpness.expect("judged");
        assert!((same - sharp).abs() < 0.05 * sharp, "{sharp} {same}");
    }

    #[test]
    fn a_blank_page_is_not_judged_for_sharpness() {
        let blank = GrayImage::from_pixel(300, 300, Luma([240]));
        let q = measure(&blank, None);
        assert_eq!(q.sharpness, None);
        assert_eq!(q.paper, 240.0);
        assert!(q.warnings().is_empty(), "{:?}", q.warnings());
        let dim = measure(&GrayImage::from_pixel(300, 300, Luma([40])), None);
        assert_eq!(dim.warnings(), [Warning::Dark]);
    }

    #[test]
    fn only_the_sheet_is_measured() {
        // Dark table, bright sheet in the middle.
        let img = GrayImage::from_fn(400, 400, |x, y| {
            let on_sheet = (100..300).contains(&x) && (100..300).contains(&y);
            Luma([if !on_sheet {
                30
            } else if (x / 6) % 2 == 0 {
                40
            } else {
                235
            }])
        });
        let whole = measure(&img, None);
        let sheet = Quad([
            Point::new(100.0, 100.0),
            Point::new(300.0, 100.0),
            Point::new(300.0, 300.0),
            Point::new(100.0, 300.0),
        ]);
        let inside = measure(&img, Some(&sheet));
        assert_eq!((inside.paper, inside.contrast), (235.0, 195.0));
        // The table's black counts as ink when the whole photo is measured.
        assert_eq!(whole.contrast, 205.0);
    }
}
