//! The ends of lines (`/LE`, PDF 32000-1 12.5.6.7, Table 176): the arrowheads, squares,
//! circles and bars a viewer draws at the ends of a Line, a PolyLine and a FreeText
//! callout, sized by the line's width.

/// Operations that draw the ending `kind` at the point `at` of a line that arrives there
/// from `from`, `width` wide, with the stroking colour (and, when `filled`, the fill
/// colour: the annotation's interior colour) already set. Nothing for `None`, an unknown
/// name, or a line of no length.
pub(super) fn ending(
    kind: &[u8],
    at: (f32, f32),
    from: (f32, f32),
    width: f32,
    filled: bool,
) -> String {
    let (dx, dy) = (at.0 - from.0, at.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt();
    if length < 1e-3 {
        return String::new();
    }
    // The direction the line points at this end, and the one across it.
    let (ux, uy) = (dx / length, dy / length);
    let (nx, ny) = (-uy, ux);
    // The size of an ending: three times the line's width, never under 6 points.
    let size = (3.0 * width).max(6.0);
    let p = |along: f32, across: f32| {
        (
            at.0 + ux * along + nx * across,
            at.1 + uy * along + ny * across,
        )
    };
    let paint = if filled { "b" } else { "s" };
    let polygon = |pts: &[(f32, f32)], close: &str| {
        let mut out = String::new();
        for (i, (x, y)) in pts.iter().enumerate() {
            out.push_str(&format!("{x} {y} {}\n", if i == 0 { "m" } else { "l" }));
        }
        out.push_str(close);
        out.push('\n');
        out
    };
    // An arrowhead's sides run back from its tip at 30° to the line.
    let (back, half) = (size * 1.2, size * 1.2 * 0.577);
    let half_size = size / 2.0;
    match kind {
        b"Square" => polygon(
            &[
                p(-half_size, -half_size),
                p(half_size, -half_size),
                p(half_size, half_size),
                p(-half_size, half_size),
            ],
            paint,
        ),
        b"Diamond" => polygon(
            &[
                p(-half_size, 0.0),
                p(0.0, -half_size),
                p(half_size, 0.0),
                p(0.0, half_size),
            ],
            paint,
        ),
        b"Circle" => {
            const K: f32 = 0.552_284_8;
            let r = half_size;
            let (x, y) = at;
            format!(
                "{} {y} m {} {} {} {} {x} {} c {} {} {} {} {} {y} c {} {} {} {} {x} {} c \
                 {} {} {} {} {} {y} c {paint}\n",
                x + r,
                x + r,
                y + r * K,
                x + r * K,
                y + r,
                y + r,
                x - r * K,
                y + r,
                x - r,
                y + r * K,
                x - r,
                x - r,
                y - r * K,
                x - r * K,
                y - r,
                y - r,
                x + r * K,
                y - r,
                x + r,
                y - r * K,
                x + r
            )
        }
        b"OpenArrow" => polygon(&[p(-back, half), at, p(-back, -half)], "S"),
        b"ClosedArrow" => polygon(&[p(-back, half), at, p(-back, -half)], paint),
        // Reversed: the tip points back along the line, from behind the end.
        b"ROpenArrow" => polygon(&[p(0.0, half), p(-back, 0.0), p(0.0, -half)], "S"),
        b"RClosedArrow" => polygon(&[p(0.0, half), p(-back, 0.0), p(0.0, -half)], paint),
        b"Butt" => polygon(&[p(0.0, half_size), p(0.0, -half_size)], "S"),
        // A short bar 30° clockwise from across the line.
        b"Slash" => {
            let (s, c) = (0.5f32, 0.866f32);
            polygon(
                &[
                    p(half_size * s, half_size * c),
                    p(-half_size * s, -half_size * c),
                ],
                "S",
            )
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arrow_points_where_the_line_goes() {
        let ops = ending(b"ClosedArrow", (100.0, 0.0), (0.0, 0.0), 1.0, false);
        // Tip at the end, the two back corners behind it on either side.
        let numbers: Vec<f32> = ops
            .split_whitespace()
            .filter_map(|t| t.parse().ok())
            .collect();
        assert_eq!(numbers.len(), 6, "{ops}");
        assert!(numbers[0] < 100.0 && numbers[1] > 0.0, "{ops}");
        assert_eq!((numbers[2], numbers[3]), (100.0, 0.0));
        assert!(numbers[4] < 100.0 && numbers[5] < 0.0, "{ops}");
        assert!(ops.trim_end().ends_with('s'));
        assert!(ending(b"None", (1.0, 1.0), (0.0, 0.0), 1.0, false).is_empty());
        assert!(ending(b"Square", (1.0, 1.0), (1.0, 1.0), 1.0, false).is_empty());
    }
}
