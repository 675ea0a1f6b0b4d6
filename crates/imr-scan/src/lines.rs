//! Straight lines in a picture: a Hough transform over the crest pixels of its edges,
//! each pixel voting only near the direction of its own edge, so that a long straight
//! edge piles its votes on one line and text and grain spread theirs thin.

use crate::planes::Edges;
use crate::Point;

/// A line `x cos θ + y sin θ = ρ`, θ in `0..π`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Line {
    pub(crate) theta: f32,
    pub(crate) rho: f32,
    /// Crest pixels on it.
    pub(crate) votes: u32,
}

impl Line {
    pub(crate) fn normal(&self) -> (f32, f32) {
        (self.theta.cos(), self.theta.sin())
    }

    /// Where two lines cross; `None` when they are (nearly) parallel.
    pub(crate) fn crossing(&self, other: &Line) -> Option<Point> {
        let (c1, s1) = self.normal();
        let (c2, s2) = other.normal();
        let det = c1 * s2 - s1 * c2;
        if det.abs() < 1e-3 {
            return None;
        }
        Some(Point::new(
            (self.rho * s2 - other.rho * s1) / det,
            (c1 * other.rho - c2 * self.rho) / det,
        ))
    }

    /// The line through two points.
    pub(crate) fn through(a: Point, b: Point) -> Line {
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let mut theta = (-dx).atan2(dy);
        if theta < 0.0 {
            theta += std::f32::consts::PI;
        }
        if theta >= std::f32::consts::PI {
            theta -= std::f32::consts::PI;
        }
        let rho = a.x * theta.cos() + a.y * theta.sin();
        Line {
            theta,
            rho,
            votes: 0,
        }
    }

    /// The angle between two lines, radians in `0..=π/2`.
    pub(crate) fn angle_to(&self, other: &Line) -> f32 {
        let d = (self.theta - other.theta).abs();
        d.min(std::f32::consts::PI - d)
    }
}

/// Angular resolution of the transform.
const THETA_STEPS: usize = 180;
/// A crest pixel votes for lines within this many steps of its own direction.
const SPREAD: isize = 3;
/// At most this many lines within 8° of each other.
const MAX_PARALLEL: usize = 10;

/// The strongest lines, best first: at most `max` of them, each with at least
/// `min_votes` crest pixels, none within 3° and 4 pixels of a stronger one.
pub(crate) fn strongest_lines(
    edges: &Edges,
    crest: &[bool],
    min_votes: u32,
    max: usize,
) -> Vec<Line> {
    let (w, h) = (edges.width, edges.height);
    let diag = ((w * w + h * h) as f32).sqrt().ceil() as usize + 2;
    let rhos = 2 * diag + 1;
    let mut acc = vec![0u32; THETA_STEPS * rhos];
    let table: Vec<(f32, f32)> = (0..THETA_STEPS)
        .map(|t| {
            let theta = t as f32 * std::f32::consts::PI / THETA_STEPS as f32;
            (theta.cos(), theta.sin())
        })
        .collect();
    for y in 0..h {
        for x in 0..w {
            let i = y * w + x;
            if !crest[i] {
                continue;
            }
            let (px, py) = (x as f32 + 0.5, y as f32 + 0.5);
            let own = (edges.angle[i] / std::f32::consts::PI * THETA_STEPS as f32).round() as isize;
            for d in -SPREAD..=SPREAD {
                let t = (own + d).rem_euclid(THETA_STEPS as isize) as usize;
                let (c, s) = table[t];
                let rho = px * c + py * s;
                let r = (rho.round() as isize + diag as isize) as usize;
                acc[t * rhos + r] += 1;
            }
        }
    }
    // A slightly tilted edge spreads over neighbouring ρ cells: count three together.
    let strength = |t: usize, r: usize| -> u32 {
        let row = &acc[t * rhos..(t + 1) * rhos];
        row[r.saturating_sub(1)] + row[r] + row[(r + 1).min(rhos - 1)]
    };
    let mut peaks = Vec::new();
    for t in 0..THETA_STEPS {
        for r in 1..rhos - 1 {
            let v = acc[t * rhos + r];
            if v == 0 {
                continue;
            }
            let s = strength(t, r);
            if s < min_votes || v < acc[t * rhos + r - 1] || v < acc[t * rhos + r + 1] {
                continue;
            }
            peaks.push((s, t, r));
        }
    }
    peaks.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut lines: Vec<Line> = Vec::new();
    for (s, t, r) in peaks {
        let theta = t as f32 * std::f32::consts::PI / THETA_STEPS as f32;
        let line = Line {
            theta,
            rho: r as f32 - diag as f32,
            votes: s,
        };
        let near = lines.iter().any(|l| {
            l.angle_to(&line) < 3.5f32.to_radians() && (same_rho(l, &line) - line.rho).abs() < 4.0
        });
        // Stripes, planks or a check give many parallel lines: a few of each direction
        // are enough, the rest of the list goes to other directions.
        let parallel = lines
            .iter()
            .filter(|l| l.angle_to(&line) < 8f32.to_radians())
            .count();
        if near || parallel >= MAX_PARALLEL {
            continue;
        }
        lines.push(line);
        if lines.len() >= max {
            break;
        }
    }
    lines
}

/// Each line fitted again through the crest pixels along it (within two pixels, running
/// its way), by least squares across it weighted by their strength, twice; lines that then coincide are kept once.
/// A Hough cell is a degree and a pixel wide, and a sheet's side can fall between cells:
/// fitted, it lies on its edge, and a line beside it does not win for covering a little
/// more of the photo.
pub(crate) fn fitted_lines(edges: &Edges, crest: &[bool], lines: Vec<Line>) -> Vec<Line> {
    let points: Vec<(f32, f32, f32, f32)> = crest
        .iter()
        .enumerate()
        .filter(|(_, c)| **c)
        .map(|(i, _)| {
            let (x, y) = edges.crest_point(i);
            (x, y, edges.angle[i], edges.magnitude[i])
        })
        .collect();
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        let mut fitted = line;
        for reach in [2.0f32, 1.0] {
            let (c, s) = fitted.normal();
            // Weighted by strength: the sheet's edge, not the grain of the wood beside it.
            let near: Vec<(f32, f32, f32)> = points
                .iter()
                .filter(|(x, y, a, _)| {
                    let d = (a - fitted.theta).abs();
                    (x * c + y * s - fitted.rho).abs() <= reach
                        && d.min(std::f32::consts::PI - d) <= 10f32.to_radians()
                })
                .map(|(x, y, _, m)| (*x, *y, m * m))
                .collect();
            if near.len() < 8 {
                break;
            }
            let total: f32 = near.iter().map(|p| p.2).sum();
            let mx = near.iter().map(|p| p.0 * p.2).sum::<f32>() / total;
            let my = near.iter().map(|p| p.1 * p.2).sum::<f32>() / total;
            let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
            for (x, y, weight) in &near {
                let (dx, dy) = (x - mx, y - my);
                sxx += weight * dx * dx;
                syy += weight * dy * dy;
                sxy += weight * dx * dy;
            }
            let along = 0.5 * (2.0 * sxy).atan2(sxx - syy);
            let mut next = Line::through(
                Point::new(mx, my),
                Point::new(mx + along.cos(), my + along.sin()),
            );
            // Refitting must not turn a line much: that would be another edge.
            if next.angle_to(&line) > 2f32.to_radians() {
                break;
            }
            next.votes = line.votes;
            fitted = next;
        }
        let duplicate = out.iter().any(|l| {
            l.angle_to(&fitted) < 0.5f32.to_radians()
                && (same_rho(l, &fitted) - fitted.rho).abs() < 1.0
        });
        if !duplicate {
            out.push(fitted);
        }
    }
    out
}

/// `l`'s ρ expressed for `other`'s direction (θ and θ ± π describe the same line with ρ
/// of opposite sign).
fn same_rho(l: &Line, other: &Line) -> f32 {
    if (l.theta - other.theta).abs() > std::f32::consts::FRAC_PI_2 {
        -l.rho
    } else {
        l.rho
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossing_of_two_lines() {
        let vertical = Line::through(Point::new(10.0, 0.0), Point::new(10.0, 50.0));
        let horizontal = Line::through(Point::new(0.0, 20.0), Point::new(50.0, 20.0));
        let p = vertical.crossing(&horizontal).expect("they cross");
        assert!(
            (p.x - 10.0).abs() < 1e-4 && (p.y - 20.0).abs() < 1e-4,
            "{p:?}"
        );
        assert!(vertical.crossing(&vertical).is_none());
        assert!((vertical.angle_to(&horizontal) - std::f32::consts::FRAC_PI_2).abs() < 1e-5);
    }

    #[test]
    fn through_gives_the_same_line_whichever_way() {
        let a = Line::through(Point::new(3.0, 4.0), Point::new(30.0, 40.0));
        let b = Line::through(Point::new(30.0, 40.0), Point::new(3.0, 4.0));
        assert!(a.angle_to(&b) < 1e-5);
        assert!((a.rho - b.rho).abs() < 1e-3, "{a:?} {b:?}");
    }
}
