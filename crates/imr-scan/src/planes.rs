//! A photo made small, as three planes: lightness and two colour differences. The sheet
//! is found from where these change; colour counts because a white sheet on a light
//! wooden table differs from it more in colour than in lightness.

use image::RgbImage;

/// Three planes of `width` × `height` values, row by row.
#[derive(Debug, Clone)]
pub(crate) struct Planes {
    pub(crate) width: usize,
    pub(crate) height: usize,
    /// Lightness, 0–255 (Rec. 601 weights).
    pub(crate) l: Vec<f32>,
    /// Red against green.
    pub(crate) a: Vec<f32>,
    /// Yellow against blue.
    pub(crate) b: Vec<f32>,
}

impl Planes {
    /// The photo averaged over `k` × `k` blocks (the last, partial blocks dropped).
    pub(crate) fn reduced(image: &RgbImage, k: usize) -> Planes {
        let k = k.max(1);
        let (w, h) = (image.width() as usize, image.height() as usize);
        let (ow, oh) = ((w / k).max(1), (h / k).max(1));
        let raw = image.as_raw();
        let mut sums = vec![[0u32; 3]; ow];
        let mut out = Planes::blank(ow, oh);
        let norm = 1.0 / (k * k) as f32;
        for oy in 0..oh {
            sums.iter_mut().for_each(|s| *s = [0; 3]);
            for y in oy * k..((oy + 1) * k).min(h) {
                let row = &raw[y * w * 3..(y + 1) * w * 3];
                for (ox, sum) in sums.iter_mut().enumerate() {
                    let start = ox * k * 3;
                    let end = (start + k * 3).min(row.len());
                    for px in row[start..end].chunks_exact(3) {
                        sum[0] += u32::from(px[0]);
                        sum[1] += u32::from(px[1]);
                        sum[2] += u32::from(px[2]);
                    }
                }
            }
            for (ox, sum) in sums.iter().enumerate() {
                let [r, g, b] = sum.map(|s| s as f32 * norm);
                out.set(oy * ow + ox, r, g, b);
            }
        }
        out
    }

    fn blank(width: usize, height: usize) -> Planes {
        Planes {
            width,
            height,
            l: vec![0.0; width * height],
            a: vec![0.0; width * height],
            b: vec![0.0; width * height],
        }
    }

    fn set(&mut self, i: usize, r: f32, g: f32, b: f32) {
        self.l[i] = 0.299 * r + 0.587 * g + 0.114 * b;
        self.a[i] = r - g;
        self.b[i] = (r + g) / 2.0 - b;
    }

    /// Half the size, each value the mean of a 2 × 2 block.
    pub(crate) fn halved(&self) -> Planes {
        let (ow, oh) = ((self.width / 2).max(1), (self.height / 2).max(1));
        let mut out = Planes::blank(ow, oh);
        for (src, dst) in [
            (&self.l, &mut out.l),
            (&self.a, &mut out.a),
            (&self.b, &mut out.b),
        ] {
            for y in 0..oh {
                let (y0, y1) = (2 * y, (2 * y + 1).min(self.height - 1));
                for x in 0..ow {
                    let (x0, x1) = (2 * x, (2 * x + 1).min(self.width - 1));
                    dst[y * ow + x] = (src[y0 * self.width + x0]
                        + src[y0 * self.width + x1]
                        + src[y1 * self.width + x0]
                        + src[y1 * self.width + x1])
                        / 4.0;
                }
            }
        }
        out
    }

    /// The planes smoothed with a 1-2-1 filter twice each way (about a Gaussian of one
    /// pixel), so that paper grain, JPEG noise and the strokes of small print weigh less
    /// than the long edges of the sheet.
    pub(crate) fn smoothed(&self) -> Planes {
        let mut out = self.clone();
        for plane in [&mut out.l, &mut out.a, &mut out.b] {
            for _ in 0..2 {
                smooth_121(plane, self.width, self.height);
            }
        }
        out
    }

    /// Value of `plane` at a continuous position, bilinear; positions outside are
    /// clamped to the edge.
    pub(crate) fn sample(plane: &[f32], width: usize, height: usize, x: f32, y: f32) -> f32 {
        let fx = (x - 0.5).clamp(0.0, (width - 1) as f32);
        let fy = (y - 0.5).clamp(0.0, (height - 1) as f32);
        let (x0, y0) = (fx.floor() as usize, fy.floor() as usize);
        let (x1, y1) = ((x0 + 1).min(width - 1), (y0 + 1).min(height - 1));
        let (tx, ty) = (fx - x0 as f32, fy - y0 as f32);
        let top = plane[y0 * width + x0] * (1.0 - tx) + plane[y0 * width + x1] * tx;
        let bottom = plane[y1 * width + x0] * (1.0 - tx) + plane[y1 * width + x1] * tx;
        top * (1.0 - ty) + bottom * ty
    }
}

fn smooth_121(plane: &mut [f32], w: usize, h: usize) {
    let mut row = vec![0.0; w];
    for y in 0..h {
        let line = &mut plane[y * w..(y + 1) * w];
        for x in 0..w {
            let l = line[x.saturating_sub(1)];
            let r = line[(x + 1).min(w - 1)];
            row[x] = (l + 2.0 * line[x] + r) / 4.0;
        }
        line.copy_from_slice(&row);
    }
    let mut col = vec![0.0; h];
    for x in 0..w {
        for y in 0..h {
            let u = plane[y.saturating_sub(1) * w + x];
            let d = plane[(y + 1).min(h - 1) * w + x];
            col[y] = (u + 2.0 * plane[y * w + x] + d) / 4.0;
        }
        for y in 0..h {
            plane[y * w + x] = col[y];
        }
    }
}

/// How strongly, and across which direction, the planes change at each pixel: the
/// colour gradient of Di Zenzo (the largest eigenvector of the three planes' summed
/// structure tensors, from Sobel derivatives scaled to levels per pixel).
#[derive(Debug, Clone)]
pub(crate) struct Edges {
    pub(crate) width: usize,
    pub(crate) height: usize,
    /// Strength, in levels per pixel.
    pub(crate) magnitude: Vec<f32>,
    /// Direction of the change (the edge's normal), radians in `0..π`.
    pub(crate) angle: Vec<f32>,
}

/// Colour differences count this much against lightness.
const CHROMA_WEIGHT: f32 = 1.0;

impl Edges {
    pub(crate) fn of(planes: &Planes) -> Edges {
        let (w, h) = (planes.width, planes.height);
        let mut magnitude = vec![0.0; w * h];
        let mut angle = vec![0.0; w * h];
        if w < 3 || h < 3 {
            return Edges {
                width: w,
                height: h,
                magnitude,
                angle,
            };
        }
        for y in 1..h - 1 {
            for x in 1..w - 1 {
                let (mut gxx, mut gyy, mut gxy) = (0.0f32, 0.0f32, 0.0f32);
                for (plane, weight) in [
                    (&planes.l, 1.0),
                    (&planes.a, CHROMA_WEIGHT),
                    (&planes.b, CHROMA_WEIGHT),
                ] {
                    let p = |dx: isize, dy: isize| {
                        plane[((y as isize + dy) as usize) * w + (x as isize + dx) as usize]
                    };
                    let gx = (p(1, -1) + 2.0 * p(1, 0) + p(1, 1)
                        - p(-1, -1)
                        - 2.0 * p(-1, 0)
                        - p(-1, 1))
                        / 8.0
                        * weight;
                    let gy = (p(-1, 1) + 2.0 * p(0, 1) + p(1, 1)
                        - p(-1, -1)
                        - 2.0 * p(0, -1)
                        - p(1, -1))
                        / 8.0
                        * weight;
                    gxx += gx * gx;
                    gyy += gy * gy;
                    gxy += gx * gy;
                }
                let i = y * w + x;
                // Largest eigenvalue of [[gxx, gxy], [gxy, gyy]] and its direction.
                let half_trace = (gxx + gyy) / 2.0;
                let det_root = (((gxx - gyy) / 2.0).powi(2) + gxy * gxy).sqrt();
                magnitude[i] = (half_trace + det_root).max(0.0).sqrt() * 2.0;
                let mut theta = 0.5 * (2.0 * gxy).atan2(gxx - gyy);
                if theta < 0.0 {
                    theta += std::f32::consts::PI;
                }
                angle[i] = theta;
            }
        }
        Edges {
            width: w,
            height: h,
            magnitude,
            angle,
        }
    }

    /// Where exactly the crest is at crest pixel `i`: its centre moved across the edge to
    /// the top of a parabola through its strength and its two neighbours' (a pixel grid
    /// would otherwise put a straight edge a half pixel to one side here and to the
    /// other there, as the light changes along it).
    pub(crate) fn crest_point(&self, i: usize) -> (f32, f32) {
        let (w, h) = (self.width, self.height);
        let (x, y) = (i % w, i / w);
        let centre = (x as f32 + 0.5, y as f32 + 0.5);
        if x == 0 || y == 0 || x + 1 >= w || y + 1 >= h {
            return centre;
        }
        let (c, s) = (self.angle[i].cos(), self.angle[i].sin());
        let (dx, dy) = (c.round() as isize, s.round() as isize);
        let at = |dx: isize, dy: isize| {
            self.magnitude[((y as isize + dy) as usize) * w + (x as isize + dx) as usize]
        };
        let (before, here, after) = (at(-dx, -dy), self.magnitude[i], at(dx, dy));
        let denom = before - 2.0 * here + after;
        if denom.abs() < 1e-6 {
            return centre;
        }
        let shift = (0.5 * (before - after) / denom).clamp(-0.5, 0.5);
        (centre.0 + shift * dx as f32, centre.1 + shift * dy as f32)
    }

    /// Pixels on the crest of an edge (thinned across it) at least `threshold` strong.
    pub(crate) fn crest(&self, threshold: f32) -> Vec<bool> {
        let (w, h) = (self.width, self.height);
        let mut out = vec![false; w * h];
        for y in 1..h.saturating_sub(1) {
            for x in 1..w.saturating_sub(1) {
                let i = y * w + x;
                let m = self.magnitude[i];
                if m < threshold {
                    continue;
                }
                let (c, s) = (self.angle[i].cos(), self.angle[i].sin());
                let (dx, dy) = (c.round() as isize, s.round() as isize);
                let at = |dx: isize, dy: isize| {
                    self.magnitude[((y as isize + dy) as usize) * w + (x as isize + dx) as usize]
                };
                if m >= at(dx, dy) && m >= at(-dx, -dy) {
                    out[i] = true;
                }
            }
        }
        out
    }
}
