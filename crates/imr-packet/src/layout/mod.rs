//! Laying out the pages we draw ourselves: page geometry, and a [`Composer`] that flows
//! headings, answers, check boxes and signature lines down the page and onto
//! continuation pages, so that long answers are never cut off.
//!
//! Everything is black on white, body text is at least 10 pt and lines are at least
//! 1 pt wide, so the pages survive a fax machine; nothing is drawn within half an inch
//! of the paper's edge.

mod compose;

pub(crate) use compose::{Composer, SignedLine};

use printpdf::{Color, Greyscale, Line, LinePoint, Op, Point, Pt, TextItem};

use crate::fonts::{handle, Fonts, Weight};

/// US Letter, in points.
pub(crate) const PAGE_WIDTH: f32 = 612.0;
pub(crate) const PAGE_HEIGHT: f32 = 792.0;
/// Half an inch: what a fax machine may cut off or smear at each edge.
pub(crate) const SAFE_MARGIN: f32 = 36.0;
/// Body text column.
pub(crate) const LEFT: f32 = 54.0;
pub(crate) const RIGHT: f32 = PAGE_WIDTH - 54.0;
/// The running header (patient, member ID, page N of M) sits between the safe margin
/// and this line.
pub(crate) const HEADER_BASELINE: f32 = PAGE_HEIGHT - SAFE_MARGIN - 10.0;
pub(crate) const HEADER_RULE: f32 = HEADER_BASELINE - 8.0;
/// Where body content starts and must end.
pub(crate) const BODY_TOP: f32 = HEADER_RULE - 22.0;
pub(crate) const BODY_BOTTOM: f32 = SAFE_MARGIN + 18.0;

/// Sizes in points. The smallest is 10: fax machines lose finer text.
pub(crate) const TITLE_SIZE: f32 = 17.0;
pub(crate) const HEADING_SIZE: f32 = 13.0;
pub(crate) const BODY_SIZE: f32 = 11.0;
pub(crate) const SMALL_SIZE: f32 = 10.0;
/// Thinnest line drawn: hairlines vanish in a fax.
pub(crate) const LINE_WIDTH: f32 = 1.0;

/// Line height for a font size.
pub(crate) fn leading(size: f32) -> f32 {
    (size * 1.3).round()
}

/// Draws one line of text with its baseline at `(x, y)`.
pub(crate) fn text(
    ops: &mut Vec<Op>,
    fonts: &Fonts,
    x: f32,
    y: f32,
    s: &str,
    size: f32,
    w: Weight,
) {
    if s.is_empty() {
        return;
    }
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFillColor { col: black() });
    ops.push(Op::SetTextCursor {
        pos: Point { x: Pt(x), y: Pt(y) },
    });
    for run in fonts.runs(s, w) {
        ops.push(Op::SetFont {
            font: handle(&run),
            size: Pt(size),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(run.text)],
        });
    }
    ops.push(Op::EndTextSection);
}

/// Draws text right-aligned so that it ends at `right`.
pub(crate) fn text_right(
    ops: &mut Vec<Op>,
    fonts: &Fonts,
    right: f32,
    y: f32,
    s: &str,
    size: f32,
    w: Weight,
) {
    let x = right - fonts.width(s, size, w);
    text(ops, fonts, x, y, s, size, w);
}

pub(crate) fn black() -> Color {
    Color::Greyscale(Greyscale {
        percent: 0.0,
        icc_profile: None,
    })
}

/// A straight line `width` points thick.
pub(crate) fn line(ops: &mut Vec<Op>, from: (f32, f32), to: (f32, f32), width: f32) {
    polyline(ops, &[from, to], false, width);
}

/// An empty rectangle outline (a check box, a frame).
pub(crate) fn frame(ops: &mut Vec<Op>, x: f32, y: f32, w: f32, h: f32) {
    polyline(
        ops,
        &[(x, y), (x + w, y), (x + w, y + h), (x, y + h)],
        true,
        LINE_WIDTH,
    );
}

fn polyline(ops: &mut Vec<Op>, points: &[(f32, f32)], closed: bool, width: f32) {
    ops.push(Op::SetOutlineColor { col: black() });
    ops.push(Op::SetOutlineThickness { pt: Pt(width) });
    ops.push(Op::DrawLine {
        line: Line {
            points: points
                .iter()
                .map(|&(x, y)| LinePoint {
                    p: Point { x: Pt(x), y: Pt(y) },
                    bezier: false,
                })
                .collect(),
            is_closed: closed,
        },
    });
}

/// Where the running header goes on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeaderPlace {
    Top,
    /// At the foot of the mailing page, so nothing about the patient shows through an
    /// envelope window.
    Bottom,
}

/// The running header every packet page carries, imported pages included, so a
/// page that comes loose or goes missing in a fax can be identified.
pub(crate) fn running_header(
    ops: &mut Vec<Op>,
    fonts: &Fonts,
    left: &str,
    right: &str,
    place: HeaderPlace,
) {
    let (baseline, rule) = match place {
        HeaderPlace::Top => (HEADER_BASELINE, HEADER_RULE),
        HeaderPlace::Bottom => (SAFE_MARGIN + 2.0, SAFE_MARGIN + 2.0 + SMALL_SIZE + 4.0),
    };
    text(
        ops,
        fonts,
        SAFE_MARGIN,
        baseline,
        left,
        SMALL_SIZE,
        Weight::Regular,
    );
    text_right(
        ops,
        fonts,
        PAGE_WIDTH - SAFE_MARGIN,
        baseline,
        right,
        SMALL_SIZE,
        Weight::Bold,
    );
    line(
        ops,
        (SAFE_MARGIN, rule),
        (PAGE_WIDTH - SAFE_MARGIN, rule),
        LINE_WIDTH,
    );
}
