//! Where the sheet is in a photo: a suggestion of its four corners, or nothing.
//!
//! The photo is made small (about 512 pixels across) and its colour edges found; a Hough
//! transform gives the strongest straight lines; every four of them that could be the
//! sides of a sheet (two roughly parallel pairs, roughly at right angles, corners inside
//! the photo, a fair share of it) is tried, and kept only when
//! - an edge runs along most of each side (not only along the line it lies on), and
//! - on each side the inside looks more like paper than the outside: lighter, or as
//!   light and less coloured (a white sheet on a light wooden table).
//!
//! The biggest, best-supported one wins, and its sides are then measured again on a
//! photo twice that size, to a fraction of a pixel: each side is a straight line fitted
//! to where the edge is steepest across it, and each corner where two sides cross.
//!
//! Anything doubtful gives [`Suggestion::WholePhoto`]: a corner outside the photo, the
//! sheet filling the frame, a block of text that looks like a rectangle (its inside is
//! darker than its outside), a white sheet on a white table. Tried on docs/packet.md's
//! failures: the polygon simplification of the earlier attempt put corners 16–43 px off
//! (a corner slid along a side), which line fitting cannot do; a light striped table
//! gives many lines, none with paper on one side along its whole length.

use image::RgbImage;

use crate::lines::{fitted_lines, strongest_lines, Line};
use crate::planes::{Edges, Planes};
use crate::{Point, Quad};

/// What the detector suggests for a photo.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Suggestion {
    /// The sheet's corners, in the photo's pixels.
    Sheet(Quad),
    /// No sheet found for sure: use the whole photo.
    WholePhoto,
}

impl Suggestion {
    pub fn quad(&self) -> Option<Quad> {
        match self {
            Suggestion::Sheet(q) => Some(*q),
            Suggestion::WholePhoto => None,
        }
    }
}

/// The photo is first averaged down to about this many pixels on its longer side; the
/// sides are measured there, the search is made at half of it.
const MEASURE_SIDE: usize = 1024;
/// Edges weaker than this (levels per pixel, after smoothing) are not looked at.
const EDGE_THRESHOLD: f32 = 2.0;
/// Lines tried as sides.
const MAX_LINES: usize = 36;
/// Quadrilaterals looked at closely, biggest first.
const MAX_TRIED: usize = 400;

/// Where the sheet's corners probably are in `photo` (upright, as the person sees it).
pub fn suggest_sheet(photo: &RgbImage) -> Suggestion {
    suggest_sheet_in(photo, 1.0)
}

/// [`suggest_sheet`] for a photo decoded at `1 / scale` of its size (a JPEG decoded at a
/// reduced scale is much quicker to get): the corners come back in the full photo's
/// pixels, `scale` times those of `photo`.
pub fn suggest_sheet_in(photo: &RgbImage, scale: f32) -> Suggestion {
    let (w, h) = (photo.width() as usize, photo.height() as usize);
    if w < 32 || h < 32 {
        return Suggestion::WholePhoto;
    }
    let k = w.max(h).div_ceil(MEASURE_SIDE).max(1);
    let measure = Planes::reduced(photo, k);
    let search = if measure.width.max(measure.height) > 600 {
        measure.halved()
    } else {
        measure.clone()
    };
    let search_scale = measure.width as f32 / search.width as f32;
    let Some(coarse) = find_quad(&search) else {
        return Suggestion::WholePhoto;
    };
    let fine = refine(&measure, &coarse.scaled(search_scale), search_scale)
        .unwrap_or(coarse.scaled(search_scale));
    let (mw, mh) = (measure.width as f32, measure.height as f32);
    // A corner (barely) outside the photo is the sheet's edge blurred against the frame;
    // one further out is a sheet the photo does not hold whole.
    let slack = 0.005 * mw.max(mh);
    let outside = fine
        .0
        .iter()
        .any(|p| p.x < -slack || p.y < -slack || p.x > mw + slack || p.y > mh + slack);
    if outside || !fine.is_convex() {
        return Suggestion::WholePhoto;
    }
    let clamped = Quad(
        fine.0
            .map(|p| Point::new(p.x.clamp(0.0, mw), p.y.clamp(0.0, mh))),
    );
    Suggestion::Sheet(clamped.scaled(k as f32 * scale))
}

/// The best quadrilateral of the sheet at the search size, if any passes.
fn find_quad(planes: &Planes) -> Option<Quad> {
    let smooth = planes.smoothed();
    let edges = Edges::of(&smooth);
    let crest = edges.crest(EDGE_THRESHOLD);
    let (w, h) = (planes.width as f32, planes.height as f32);
    let short = w.min(h);
    let lines = strongest_lines(&edges, &crest, (0.08 * short) as u32, MAX_LINES);
    let lines = fitted_lines(&edges, &crest, lines);
    let mut pairs = Vec::new();
    for i in 0..lines.len() {
        for j in i + 1..lines.len() {
            let (a, b) = (&lines[i], &lines[j]);
            if a.angle_to(b) > 30f32.to_radians() {
                continue;
            }
            // Far enough apart, where they cross the middle of the photo.
            let centre = Point::new(w / 2.0, h / 2.0);
            if gap(a, b, centre) < 0.12 * short {
                continue;
            }
            pairs.push((i, j));
        }
    }
    let context = Context {
        smooth: &smooth,
        edges: &edges,
    };
    // Every quadrilateral the lines make that could be a sheet, biggest first: the
    // sheet is nearly always the biggest that passes, and a score never exceeds the
    // area, so the search stops as soon as the rest are smaller than the best score.
    let mut candidates = Vec::new();
    for (n, &(i, j)) in pairs.iter().enumerate() {
        for &(k, l) in &pairs[n + 1..] {
            if [k, l].contains(&i) || [k, l].contains(&j) {
                continue;
            }
            let across = [(i, k), (i, l), (j, k), (j, l)]
                .iter()
                .map(|&(p, q)| lines[p].angle_to(&lines[q]))
                .fold(f32::MAX, f32::min);
            if across < 45f32.to_radians() {
                continue;
            }
            let Some(quad) = corners_of([&lines[i], &lines[j]], [&lines[k], &lines[l]]) else {
                continue;
            };
            if !plausible(&quad, w, h) {
                continue;
            }
            let sides = sides_of(&quad, &[&lines[i], &lines[j], &lines[k], &lines[l]]);
            // A line cannot run along more of a side than it has crest pixels.
            if sides
                .iter()
                .any(|(len, line)| (line.votes as f32) < 0.15 * len)
            {
                continue;
            }
            candidates.push((quad.area() / (w * h), quad));
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut best: Option<(f32, Quad)> = None;
    let mut tried = 0;
    for (area, quad) in candidates {
        if best.as_ref().is_some_and(|(s, _)| area < *s) {
            break;
        }
        // A table of squares or stripes makes thousands of rectangles: past this many,
        // the photo is too busy to be sure of anything not found by then.
        tried += 1;
        if tried > MAX_TRIED {
            break;
        }
        let Some(support) = context.support(&quad) else {
            continue;
        };
        let score = area * support;
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, quad));
        }
    }
    best.map(|(_, q)| q)
}

/// Distance from a point to a line.
fn distance_to(line: &Line, p: Point) -> f32 {
    let (c, s) = line.normal();
    (p.x * c + p.y * s - line.rho).abs()
}

/// The gap between two nearly parallel lines near `p`: from the point of `a` nearest
/// `p` to `b`.
fn gap(a: &Line, b: &Line, p: Point) -> f32 {
    let (c, s) = a.normal();
    let d = p.x * c + p.y * s - a.rho;
    distance_to(b, Point::new(p.x - d * c, p.y - d * s))
}

/// The four corners where each line of one pair crosses each of the other, in the
/// crate's order (clockwise from the top left).
fn corners_of(pair: [&Line; 2], other: [&Line; 2]) -> Option<Quad> {
    let mut points = Vec::with_capacity(4);
    for a in pair {
        for b in other {
            points.push(a.crossing(b)?);
        }
    }
    Some(order_clockwise(&points))
}

/// Four points as top left, top right, bottom right, bottom left.
fn order_clockwise(points: &[Point]) -> Quad {
    let cx = points.iter().map(|p| p.x).sum::<f32>() / points.len() as f32;
    let cy = points.iter().map(|p| p.y).sum::<f32>() / points.len() as f32;
    let mut sorted: Vec<Point> = points.to_vec();
    // Clockwise on screen (y down) is increasing atan2.
    sorted.sort_by(|a, b| {
        let ta = (a.y - cy).atan2(a.x - cx);
        let tb = (b.y - cy).atan2(b.x - cx);
        ta.total_cmp(&tb)
    });
    // Start from the corner nearest the top left.
    let start = (0..4)
        .min_by(|&i, &j| (sorted[i].x + sorted[i].y).total_cmp(&(sorted[j].x + sorted[j].y)))
        .unwrap_or(0);
    Quad([0, 1, 2, 3].map(|n| sorted[(start + n) % 4]))
}

/// Could this be a sheet in a `w` × `h` photo: convex, its corners in the photo, big
/// enough, no side too short, no corner too sharp.
fn plausible(quad: &Quad, w: f32, h: f32) -> bool {
    let slack = 0.01 * w.max(h);
    let inside = quad
        .0
        .iter()
        .all(|p| p.x >= -slack && p.y >= -slack && p.x <= w + slack && p.y <= h + slack);
    if !inside || !quad.is_convex() || quad.area() < 0.08 * w * h {
        return false;
    }
    let p = &quad.0;
    (0..4).all(|i| {
        let (a, b, c) = (p[(i + 3) % 4], p[i], p[(i + 1) % 4]);
        let side = b.distance(c);
        let (ux, uy) = (a.x - b.x, a.y - b.y);
        let (vx, vy) = (c.x - b.x, c.y - b.y);
        let cos = (ux * vx + uy * vy) / ((ux.hypot(uy) * vx.hypot(vy)).max(1e-6));
        side >= 0.12 * w.min(h) && cos.abs() < 45f32.to_radians().cos()
    })
}

/// Each side's length and the line (of the four) it lies on.
fn sides_of<'a>(quad: &Quad, lines: &[&'a Line; 4]) -> [(f32, &'a Line); 4] {
    let p = &quad.0;
    [0, 1, 2, 3].map(|i| {
        let (a, b) = (p[i], p[(i + 1) % 4]);
        let mid = Point::new((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        let along = Line::through(a, b);
        let line = lines
            .iter()
            .min_by(|x, y| {
                let score = |l: &Line| distance_to(l, mid) + 50.0 * l.angle_to(&along);
                score(x).total_cmp(&score(y))
            })
            .copied()
            .unwrap_or(lines[0]);
        (a.distance(b), line)
    })
}

/// What was found along one side.
struct Side {
    /// The share of it that runs along an edge.
    support: f32,
    /// Where it does, how steadily the edge keeps its distance from the side: one less
    /// the median deviation of that distance, in pixels (1: squarely along it; 0: met
    /// at every distance, as a line crossing an edge at a slant is).
    fit: f32,
    /// Sample by sample along it, whether an edge runs there.
    edges: Vec<bool>,
}

struct Context<'a> {
    smooth: &'a Planes,
    edges: &'a Edges,
}

/// A side counts as edged where a pixel this close to it (pixels)…
const SUPPORT_REACH: f32 = 1.5;
/// … changing across it by at least this many levels per pixel.
const SUPPORT_LEVEL: f32 = 1.5;
/// Every side must be edged along at least this share, and the four on average this.
const MIN_SIDE_SUPPORT: f32 = 0.4;
const MIN_MEAN_SUPPORT: f32 = 0.55;
/// Every side must lie squarely on its edge at least this well (see [`Side::fit`]): a
/// line crossing the sheet's edge at a slant is edged only near the crossing.
const MIN_FIT: f32 = 0.6;

impl Context<'_> {
    /// How well the quadrilateral's outline runs along edges with paper inside (the
    /// share of it along edges, times how squarely the edges lie on it), or `None`
    /// when a side fails.
    fn support(&self, quad: &Quad) -> Option<f32> {
        // Edges first (a look-up per pixel), the colours only for what passes.
        let mut sides = Vec::with_capacity(4);
        for i in 0..4 {
            let (a, b) = (quad.0[i], quad.0[(i + 1) % 4]);
            let side = self.edged(a, b);
            if side.support < MIN_SIDE_SUPPORT || side.fit < MIN_FIT {
                return None;
            }
            sides.push(side);
        }
        let mean = sides.iter().map(|s| s.support).sum::<f32>() / 4.0;
        let fit = sides.iter().map(|s| s.fit).sum::<f32>() / 4.0;
        if mean < MIN_MEAN_SUPPORT {
            return None;
        }
        let mut looks = Vec::with_capacity(4);
        for (i, side) in sides.iter().enumerate() {
            let (a, b) = (quad.0[i], quad.0[(i + 1) % 4]);
            let seen = self.looks(a, b, &side.edges);
            if !seen.paper_on_one_side() {
                return None;
            }
            looks.push(seen);
        }
        // The sheet's paper, from just inside all four sides: every side must have it
        // along most of its length (a side laid along a streak of wood grain below the
        // sheet has wood inside).
        let mut lightness: Vec<f32> = looks
            .iter()
            .flat_map(|s| s.inside.iter().map(|c| c[0]))
            .collect();
        let mut colour: Vec<f32> = looks
            .iter()
            .flat_map(|s| s.inside.iter().map(chroma))
            .collect();
        let paper = (median(&mut lightness), median(&mut colour));
        if looks.iter().any(|s| !s.paper_inside(paper)) {
            return None;
        }
        Some(mean * mean * fit)
    }

    /// The samples taken along one side from `a` to `b`: where, and which way is out.
    /// Clockwise on screen, the outside is on the left of a → b.
    fn along(a: Point, b: Point) -> impl Iterator<Item = (Point, (f32, f32))> {
        let length = a.distance(b).max(1e-3);
        let (dx, dy) = ((b.x - a.x) / length, (b.y - a.y) / length);
        let out = (dy, -dx);
        let steps = (length * 0.88).max(4.0) as usize;
        (0..steps).map(move |s| {
            let t = 0.06 + 0.88 * (s as f32 + 0.5) / steps as f32;
            (
                Point::new(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t),
                out,
            )
        })
    }

    /// How much of the side from `a` to `b` runs along an edge, and how squarely.
    fn edged(&self, a: Point, b: Point) -> Side {
        let (w, h) = (self.edges.width, self.edges.height);
        let mut edges = Vec::new();
        let mut offsets = Vec::new();
        let mut normal_angle = None;
        for (p, (ox, oy)) in Self::along(a, b) {
            let normal = *normal_angle.get_or_insert_with(|| {
                let t = oy.atan2(ox);
                if t < 0.0 {
                    t + std::f32::consts::PI
                } else {
                    t
                }
            });
            // The change across the side (an edge running along it, not one crossing
            // it), at the side and on either side of it.
            let across = |u: f32| {
                let (x, y) = (p.x + ox * u * SUPPORT_REACH, p.y + oy * u * SUPPORT_REACH);
                if x < 0.0 || y < 0.0 || x as usize >= w || y as usize >= h {
                    return 0.0;
                }
                let i = y as usize * w + x as usize;
                self.edges.magnitude[i] * (self.edges.angle[i] - normal).cos().abs()
            };
            let strongest = [-1.0f32, -0.5, 0.0, 0.5, 1.0]
                .into_iter()
                .map(across)
                .fold(0.0, f32::max);
            let hit = strongest >= SUPPORT_LEVEL;
            if hit {
                offsets.push(self.crest_offset(p, (ox, oy), normal));
            }
            edges.push(hit);
        }
        let supported = edges.iter().filter(|e| **e).count();
        // An edge the side lies along is at the same distance from it all along (a
        // pixel or so off when the line is); one the side crosses at a slant is met at
        // every distance in turn. The median distance from the median, so that where a
        // stripe of the table meets the sheet does not count.
        let centre = median(&mut offsets.clone());
        let mut deviations: Vec<f32> = offsets.iter().map(|o| (o - centre).abs()).collect();
        let spread = median(&mut deviations);
        Side {
            support: supported as f32 / edges.len().max(1) as f32,
            fit: (1.0 - spread).clamp(0.0, 1.0),
            edges,
        }
    }

    /// Where across the side, near `p`, the edge is strongest: between −2 and 2 pixels
    /// along `out`, to a fraction of a pixel (a parabola through the three steps
    /// around the strongest).
    fn crest_offset(&self, p: Point, (ox, oy): (f32, f32), normal: f32) -> f32 {
        const STEPS: [f32; 9] = [-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0];
        let (w, h) = (self.edges.width, self.edges.height);
        let at = |u: f32| {
            let (x, y) = (p.x + ox * u - 0.5, p.y + oy * u - 0.5);
            if x < 0.0 || y < 0.0 || x + 1.0 >= w as f32 || y + 1.0 >= h as f32 {
                return 0.0;
            }
            let (x0, y0) = (x as usize, y as usize);
            let (tx, ty) = (x - x0 as f32, y - y0 as f32);
            let v = |i: usize| self.edges.magnitude[i] * (self.edges.angle[i] - normal).cos().abs();
            let i = y0 * w + x0;
            (v(i) * (1.0 - tx) + v(i + 1) * tx) * (1.0 - ty)
                + (v(i + w) * (1.0 - tx) + v(i + w + 1) * tx) * ty
        };
        let values = STEPS.map(at);
        let (k, _) =
            values
                .iter()
                .enumerate()
                .fold((0, f32::MIN), |a, (i, &v)| if v > a.1 { (i, v) } else { a });
        if k == 0 || k == STEPS.len() - 1 {
            return STEPS[k];
        }
        let (l, c, r) = (values[k - 1], values[k], values[k + 1]);
        let denom = l - 2.0 * c + r;
        let shift = if denom.abs() > 1e-6 {
            (0.5 * (l - r) / denom).clamp(-0.5, 0.5)
        } else {
            0.0
        };
        STEPS[k] + shift * 0.5
    }

    /// The colours just inside and just outside the side from `a` to `b` (past the blur
    /// of its edge), with where it is edged.
    fn looks(&self, a: Point, b: Point, edges: &[bool]) -> SideLooks {
        let (pl, pw, ph) = (self.smooth, self.smooth.width, self.smooth.height);
        let mut looks = SideLooks::default();
        for ((p, (ox, oy)), &edge) in Self::along(a, b).zip(edges) {
            let look = |d: f32| {
                let mut sum = [0.0f32; 3];
                for dd in [d, d * 5.0 / 3.0] {
                    let (x, y) = (p.x + ox * dd, p.y + oy * dd);
                    sum[0] += Planes::sample(&pl.l, pw, ph, x, y) / 2.0;
                    sum[1] += Planes::sample(&pl.a, pw, ph, x, y) / 2.0;
                    sum[2] += Planes::sample(&pl.b, pw, ph, x, y) / 2.0;
                }
                sum
            };
            let beyond = [8.0f32, 12.0].map(|d| {
                let (x, y) = (p.x + ox * d, p.y + oy * d);
                [&pl.l, &pl.a, &pl.b].map(|plane| Planes::sample(plane, pw, ph, x, y))
            });
            looks.push(look(-3.0), look(3.0), beyond, edge);
        }
        looks
    }
}

/// The colours just inside and just outside one side, sample by sample along it.
#[derive(Debug, Default)]
struct SideLooks {
    inside: Vec<[f32; 3]>,
    outside: Vec<[f32; 3]>,
    /// Further out, at two distances.
    beyond: Vec<[[f32; 3]; 2]>,
    /// Whether an edge runs along the side there.
    edge: Vec<bool>,
}

/// Inside, paper is lighter than the table by this many levels, or less coloured by
/// this much (and not much darker)…
const LIGHTER_LEVELS: f32 = 8.0;
const LESS_COLOURED: f32 = 6.0;
/// … along at least this share of the side.
const MIN_LIGHTER: f32 = 0.85;
/// Inside within this many lightness levels of the inside a little further along
/// (the median of the neighbouring samples) counts as the same paper…
const SAME_PAPER_LEVELS: f32 = 20.0;
/// … and at least this share of the side must be.
const MIN_SAME_PAPER: f32 = 0.8;
/// Outside (at any of four distances) this close to the inside (lightness, colour),
/// with no edge between, is paper too…
const LIKE_PAPER_LEVELS: f32 = 9.0;
const LIKE_PAPER_CHROMA: f32 = 7.0;
/// … and at most this share of a side may be.
const MAX_PAPER_OUTSIDE: f32 = 0.35;

/// Inside a side, the sheet's paper: within this many levels of its lightness (light
/// falls off across a sheet)…
const PAPER_LEVELS: f32 = 35.0;
/// … and no more coloured than it by this much…
const PAPER_CHROMA: f32 = 10.0;
/// … along at least this share of the side.
const MIN_PAPER_INSIDE: f32 = 0.85;

fn chroma(c: &[f32; 3]) -> f32 {
    c[1].hypot(c[2])
}

fn median(values: &mut [f32]) -> f32 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f32::total_cmp);
    values[values.len() / 2]
}

impl SideLooks {
    /// Whether the inside of this side is the sheet's `paper` (lightness, colour) along
    /// most of it.
    fn paper_inside(&self, (lightness, colour): (f32, f32)) -> bool {
        let like = self
            .inside
            .iter()
            .filter(|c| {
                (c[0] - lightness).abs() <= PAPER_LEVELS && chroma(c) <= colour + PAPER_CHROMA
            })
            .count();
        like as f32 >= MIN_PAPER_INSIDE * self.inside.len().max(1) as f32
    }

    fn push(&mut self, inside: [f32; 3], outside: [f32; 3], beyond: [[f32; 3]; 2], edge: bool) {
        self.inside.push(inside);
        self.outside.push(outside);
        self.beyond.push(beyond);
        self.edge.push(edge);
    }

    /// Whether this side looks like the edge of a sheet, paper inside and not outside:
    /// - inside, paper all along: the same lightness as a little further along the side
    ///   (a line of a check tablecloth has red and white squares in turn on both sides);
    /// - inside lighter than outside, or as light and less coloured (a white sheet on
    ///   light wood), along most of the side;
    /// - outside, not paper for a good share of the side: a side that cuts through the
    ///   sheet has paper on both sides of it, and no edge there (a sheet's side along
    ///   a light table still has its edge).
    fn paper_on_one_side(&self) -> bool {
        let n = self.inside.len();
        if n < 4 {
            return false;
        }
        // Sample by sample, not on average: a side laid along a line of print has
        // paper and print on both sides in turn.
        let lighter = self
            .inside
            .iter()
            .zip(&self.outside)
            .filter(|(i, o)| {
                let (dl, dc) = (i[0] - o[0], chroma(o) - chroma(i));
                dl >= LIGHTER_LEVELS || (dc >= LESS_COLOURED && dl >= -10.0)
            })
            .count();
        if (lighter as f32) < MIN_LIGHTER * n as f32 {
            return false;
        }
        let reach = (n / 10).max(3);
        let mut same = 0usize;
        let mut window = Vec::with_capacity(2 * reach + 1);
        for i in 0..n {
            window.clear();
            window.extend(
                self.inside[i.saturating_sub(reach)..(i + reach + 1).min(n)]
                    .iter()
                    .map(|c| c[0]),
            );
            window.sort_by(f32::total_cmp);
            let median = window[window.len() / 2];
            same += usize::from((self.inside[i][0] - median).abs() <= SAME_PAPER_LEVELS);
        }
        if (same as f32) < MIN_SAME_PAPER * n as f32 {
            return false;
        }
        let like = |i: &[f32; 3], o: &[f32; 3]| {
            (i[0] - o[0]).abs() < LIKE_PAPER_LEVELS
                && (chroma(i) - chroma(o)).abs() < LIKE_PAPER_CHROMA
        };
        let paper_outside = (0..n)
            .filter(|&k| !self.edge[k])
            .filter(|&k| {
                let i = &self.inside[k];
                like(i, &self.outside[k]) || self.beyond[k].iter().any(|o| like(i, o))
            })
            .count();
        (paper_outside as f32) <= MAX_PAPER_OUTSIDE * n as f32
    }
}

/// The sides measured again on `planes` (where the quadrilateral is `quad`, found at
/// `1 / factor` of this size): where the colour changes most steeply across each side,
/// at 40 places along it, a line fitted through those points, the corners where the
/// lines cross. `None` when a side cannot be measured.
fn refine(planes: &Planes, quad: &Quad, factor: f32) -> Option<Quad> {
    let reach = 2.0 * factor + 1.0;
    let mut lines = Vec::with_capacity(4);
    for i in 0..4 {
        let (a, b) = (quad.0[i], quad.0[(i + 1) % 4]);
        lines.push(refine_side(planes, a, b, reach)?);
    }
    let mut corners = [Point::new(0.0, 0.0); 4];
    for i in 0..4 {
        // Corner i lies between side i-1 (ending there) and side i (starting there).
        corners[i] = lines[(i + 3) % 4].crossing(&lines[i])?;
    }
    let fine = Quad(corners);
    (fine.max_distance(quad) <= 2.5 * factor).then_some(fine)
}

fn refine_side(planes: &Planes, a: Point, b: Point, reach: f32) -> Option<Line> {
    let (w, h) = (planes.width, planes.height);
    let length = a.distance(b);
    let (dx, dy) = ((b.x - a.x) / length, (b.y - a.y) / length);
    let (nx, ny) = (dy, -dx);
    const PLACES: usize = 40;
    const STEP: f32 = 0.5;
    let count = (2.0 * reach / STEP) as isize;
    let mut points = Vec::with_capacity(PLACES);
    for s in 0..PLACES {
        let t = 0.1 + 0.8 * (s as f32 + 0.5) / PLACES as f32;
        let p = Point::new(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
        let value = |u: f32| {
            let (x, y) = (p.x + nx * u, p.y + ny * u);
            [&planes.l, &planes.a, &planes.b].map(|plane| Planes::sample(plane, w, h, x, y))
        };
        // Steepness at each step across the side.
        let mut steep = Vec::with_capacity(count as usize + 1);
        for c in 0..=count {
            let u = -reach + c as f32 * STEP;
            let (before, after) = (value(u - 0.5), value(u + 0.5));
            let m: f32 = (0..3).map(|k| (after[k] - before[k]).powi(2)).sum();
            steep.push(m.sqrt());
        }
        let (best, &top) = steep.iter().enumerate().max_by(|x, y| x.1.total_cmp(y.1))?;
        if top < EDGE_THRESHOLD || best == 0 || best == steep.len() - 1 {
            continue;
        }
        // The crest between steps, from a parabola through the three around it.
        let (l, r) = (steep[best - 1], steep[best + 1]);
        let denom = l - 2.0 * top + r;
        let shift = if denom.abs() > 1e-6 {
            (0.5 * (l - r) / denom).clamp(-0.5, 0.5)
        } else {
            0.0
        };
        let u = -reach + (best as f32 + shift) * STEP;
        points.push(Point::new(p.x + nx * u, p.y + ny * u));
    }
    fit_line(&points)
}

/// A straight line through the points, least squares across it; points more than a
/// pixel off are dropped and the line fitted again (twice).
fn fit_line(points: &[Point]) -> Option<Line> {
    let mut kept: Vec<Point> = points.to_vec();
    let mut line = None;
    for _ in 0..3 {
        if kept.len() < 8 {
            return None;
        }
        let n = kept.len() as f32;
        let mx = kept.iter().map(|p| p.x).sum::<f32>() / n;
        let my = kept.iter().map(|p| p.y).sum::<f32>() / n;
        let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
        for p in &kept {
            let (x, y) = (p.x - mx, p.y - my);
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }
        // The direction of least spread is the normal.
        let theta_dir = 0.5 * (2.0 * sxy).atan2(sxx - syy);
        let (ux, uy) = (theta_dir.cos(), theta_dir.sin());
        let fitted = Line::through(Point::new(mx, my), Point::new(mx + ux, my + uy));
        let residual = |p: &Point| distance_to(&fitted, *p);
        line = Some(fitted);
        let before = kept.len();
        kept.retain(|p| residual(p) <= 1.0);
        if kept.len() == before {
            break;
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_clockwise_starts_top_left() {
        let q = order_clockwise(&[
            Point::new(90.0, 95.0),
            Point::new(10.0, 5.0),
            Point::new(5.0, 90.0),
            Point::new(95.0, 10.0),
        ]);
        assert_eq!(
            q.0,
            [
                Point::new(10.0, 5.0),
                Point::new(95.0, 10.0),
                Point::new(90.0, 95.0),
                Point::new(5.0, 90.0),
            ]
        );
        assert!(q.is_convex());
    }

    #[test]
    fn fit_line_ignores_a_stray_point() {
        let mut points: Vec<Point> = (0..20)
            .map(|i| Point::new(i as f32, 2.0 * i as f32 + 1.0))
            .collect();
        points.push(Point::new(5.0, 40.0));
        let line = fit_line(&points).expect("a line");
        for p in &points[..20] {
            assert!(distance_to(&line, *p) < 0.01);
        }
    }

    #[test]
    fn a_plain_picture_gives_the_whole_photo() {
        let grey = RgbImage::from_pixel(400, 300, image::Rgb([128, 128, 128]));
        assert_eq!(suggest_sheet(&grey), Suggestion::WholePhoto);
    }

    #[test]
    fn a_white_rectangle_on_dark_is_found() {
        let mut img = RgbImage::from_pixel(800, 600, image::Rgb([60, 50, 40]));
        for y in 100..500 {
            for x in 200..600 {
                img.put_pixel(x, y, image::Rgb([240, 240, 235]));
            }
        }
        let found = suggest_sheet(&img).quad().expect("found");
        let truth = Quad([
            Point::new(200.0, 100.0),
            Point::new(600.0, 100.0),
            Point::new(600.0, 500.0),
            Point::new(200.0, 500.0),
        ]);
        assert!(found.max_distance(&truth) < 2.0, "{found:?}");
    }
}
