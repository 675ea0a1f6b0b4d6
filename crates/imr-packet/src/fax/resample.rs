//! Resampling, the second stage: to 200 dpi at the page's size on paper, with an
//! area-averaging filter, and turning the pixels upright for the photo's EXIF
//! orientation.

use super::Gray;

/// Resamples to `width` × `height` with an area-averaging (box) filter, which is right
/// for shrinking a photo, and bilinear-like when enlarging a small scan. Separable,
/// integer arithmetic: every source row is first shrunk to the output width, then each
/// output row is a weighted sum of a few of those rows (whole rows at a time, so the
/// loops run over contiguous memory).
pub fn resample(src: &Gray, width: usize, height: usize) -> Gray {
    if src.width == width && src.height == height {
        return src.clone();
    }
    let xs = Weights::new(src.width, width);
    let ys = Weights::new(src.height, height);
    let mut rows = vec![0u8; width * src.height];
    for (row, out) in src
        .pixels
        .chunks_exact(src.width)
        .zip(rows.chunks_exact_mut(width))
    {
        xs.apply_row(row, out);
    }
    let mut pixels = vec![0u8; width * height];
    let mut acc = vec![0u32; width];
    for (y, out) in pixels.chunks_exact_mut(width).enumerate() {
        acc.fill(0);
        let (start, weights) = ys.taps(y);
        for (k, &w) in weights.iter().enumerate() {
            if w == 0 {
                continue;
            }
            let row = &rows[(start + k) * width..(start + k + 1) * width];
            for (a, &v) in acc.iter_mut().zip(row) {
                *a += u32::from(w) * u32::from(v);
            }
        }
        for (o, &a) in out.iter_mut().zip(&acc) {
            *o = unweight(a);
        }
    }
    Gray {
        width,
        height,
        pixels,
    }
}

const WEIGHT_BITS: u32 = 14;

/// A sum of weighted samples back to a sample.
fn unweight(acc: u32) -> u8 {
    ((acc + (1 << (WEIGHT_BITS - 1))) >> WEIGHT_BITS).min(255) as u8
}

/// For each output index, the first source index and the weights of the source samples
/// it averages (summing to 1 << WEIGHT_BITS). Every output has the same number of taps
/// (zero weights pad the shorter ones), so the inner loop has a fixed length.
struct Weights {
    taps: usize,
    starts: Vec<usize>,
    weights: Vec<u16>,
}

impl Weights {
    fn new(from: usize, to: usize) -> Weights {
        let ratio = from as f64 / to as f64;
        // Shrinking: each output averages the source interval it covers. Enlarging: a
        // one-source-pixel-wide window, which interpolates between neighbours.
        let half = ratio.max(1.0) / 2.0;
        let windows: Vec<(usize, Vec<u16>)> = (0..to)
            .map(|i| {
                let centre = (i as f64 + 0.5) * ratio;
                let (lo, hi) = (centre - half, centre + half);
                let first = (lo.floor().max(0.0) as usize).min(from - 1);
                let last = (hi.ceil() as usize).min(from).max(first + 1);
                let mut w: Vec<f64> = (first..last)
                    .map(|s| {
                        let (a, b) = (s as f64, s as f64 + 1.0);
                        (b.min(hi) - a.max(lo)).max(0.0)
                    })
                    .collect();
                if w.iter().sum::<f64>() <= 0.0 {
                    w = vec![1.0];
                }
                let scale = f64::from(1u32 << WEIGHT_BITS) / w.iter().sum::<f64>();
                let mut fixed: Vec<u16> = w.iter().map(|v| (v * scale).round() as u16).collect();
                // Make the weights sum exactly to one, so white stays 255.
                let sum: i64 = fixed.iter().map(|&v| i64::from(v)).sum();
                let fix = i64::from(1u32 << WEIGHT_BITS) - sum;
                if let Some(biggest) = fixed.iter_mut().max() {
                    *biggest = (i64::from(*biggest) + fix) as u16;
                }
                (first, fixed)
            })
            .collect();
        let taps = windows.iter().map(|(_, w)| w.len()).max().unwrap_or(1);
        let mut starts = Vec::with_capacity(to);
        let mut weights = vec![0u16; to * taps];
        for ((first, fixed), out) in windows.iter().zip(weights.chunks_exact_mut(taps)) {
            // Near the far edge the window starts earlier, with leading zero weights.
            let start = (*first).min(from - taps);
            out[first - start..first - start + fixed.len()].copy_from_slice(fixed);
            starts.push(start);
        }
        Weights {
            taps,
            starts,
            weights,
        }
    }

    fn taps(&self, i: usize) -> (usize, &[u16]) {
        (
            self.starts[i],
            &self.weights[i * self.taps..(i + 1) * self.taps],
        )
    }

    /// One row: `out[i]` is the weighted sum of `row` for output index `i`.
    fn apply_row(&self, row: &[u8], out: &mut [u8]) {
        // The usual tap counts get a loop of constant length, which the compiler unrolls.
        match self.taps {
            1 => self.apply_taps(1, row, out),
            2 => self.apply_taps(2, row, out),
            3 => self.apply_taps(3, row, out),
            4 => self.apply_taps(4, row, out),
            5 => self.apply_taps(5, row, out),
            n => self.apply_taps(n, row, out),
        }
    }

    #[inline(always)]
    fn apply_taps(&self, taps: usize, row: &[u8], out: &mut [u8]) {
        for ((o, &start), weights) in out
            .iter_mut()
            .zip(&self.starts)
            .zip(self.weights.chunks_exact(taps))
        {
            let samples = &row[start..start + taps];
            let mut acc = 0u32;
            for (&w, &v) in weights.iter().zip(samples) {
                acc += u32::from(w) * u32::from(v);
            }
            *o = unweight(acc);
        }
    }
}

/// Turns stored pixels upright for an EXIF orientation (1–8).
pub fn orient(src: &Gray, orientation: u16) -> Gray {
    if !(2..=8).contains(&orientation) {
        return src.clone();
    }
    let (w, h) = (src.width, src.height);
    let (ow, oh) = if orientation >= 5 { (h, w) } else { (w, h) };
    let mut out = Gray::new(ow, oh);
    if w == 0 || h == 0 {
        return out;
    }
    // Upright pixel (x, y) is stored at index origin + x * dx + y * dy.
    let (iw, ih) = (w as isize, h as isize);
    let (origin, dx, dy) = match orientation {
        2 => (iw - 1, -1, iw),
        3 => (ih * iw - 1, -1, -iw),
        4 => ((ih - 1) * iw, 1, -iw),
        5 => (0, iw, 1),
        6 => ((ih - 1) * iw, -iw, 1),
        7 => (ih * iw - 1, -iw, -1),
        _ => (iw - 1, iw, -1),
    };
    // In square blocks, so that a quarter turn reads and writes memory that is close.
    const BLOCK: usize = 64;
    for by in (0..oh).step_by(BLOCK) {
        for bx in (0..ow).step_by(BLOCK) {
            for y in by..(by + BLOCK).min(oh) {
                let line = &mut out.pixels[y * ow..(y + 1) * ow];
                let row_origin = origin + y as isize * dy;
                for (x, o) in line
                    .iter_mut()
                    .enumerate()
                    .take((bx + BLOCK).min(ow))
                    .skip(bx)
                {
                    *o = src.pixels[(row_origin + x as isize * dx) as usize];
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resample_keeps_white_white_and_averages_areas() {
        let src = Gray {
            width: 8,
            height: 2,
            pixels: vec![
                255, 255, 0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 255, 255, 0, 0,
            ],
        };
        let out = resample(&src, 4, 1);
        assert_eq!(out.pixels, vec![255, 0, 255, 0]);
        let out = resample(&src, 2, 1);
        assert_eq!(out.pixels, vec![128, 128]);
        let white = Gray::new(37, 23);
        assert!(resample(&white, 100, 61).pixels.iter().all(|&v| v == 255));
        assert!(resample(&white, 5, 3).pixels.iter().all(|&v| v == 255));
    }

    #[test]
    fn orient_puts_the_stored_corner_where_exif_says() {
        // Stored 3 × 2 with a mark at stored (0, 0).
        let mut src = Gray::new(3, 2);
        src.pixels[0] = 0;
        // Where the mark must be in the upright picture (x, y), and the upright width.
        let expected = [
            (1, (0, 0), 3),
            (2, (2, 0), 3),
            (3, (2, 1), 3),
            (4, (0, 1), 3),
            (5, (0, 0), 2),
            (6, (1, 0), 2),
            (7, (1, 2), 2),
            (8, (0, 2), 2),
        ];
        for (o, (x, y), w) in expected {
            let out = orient(&src, o);
            assert_eq!(out.width, w, "{o}");
            let at = out.pixels.iter().position(|&v| v == 0);
            assert_eq!(at, Some(y * w + x), "orientation {o}");
        }
    }
}
