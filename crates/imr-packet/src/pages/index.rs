//! The index of enclosed documents: which exhibit is which, and on which packet pages.

use crate::fonts::Weight;
use crate::layout::{
    leading, line, text, Composer, BODY_SIZE, LEFT, LINE_WIDTH, RIGHT, SMALL_SIZE,
};
use crate::plan::Exhibit;

const COLUMNS: [(&str, f32); 5] = [
    ("Exhibit", 0.0),
    ("Title", 56.0),
    ("Kind", 262.0),
    ("Date", 370.0),
    ("Packet pages", 440.0),
];

pub(crate) fn index(c: &mut Composer<'_>, exhibits: &[Exhibit]) {
    let fonts = c.fonts();
    if exhibits.is_empty() {
        c.paragraph(
            "No documents are enclosed. Copies of the plan's letters help the Help Center \
             decide faster; you can send them later, quoting the patient's name and member ID.",
            BODY_SIZE,
            Weight::Regular,
        );
        return;
    }
    c.paragraph(
        "Copies, not originals, of the documents below are enclosed. Each page is marked \
         with its exhibit letter.",
        BODY_SIZE,
        Weight::Regular,
    );
    c.space(8.0);
    header_row(c);
    for exhibit in exhibits {
        let title_lines = fonts.wrap(&exhibit.title, BODY_SIZE, Weight::Regular, 200.0);
        let kind_lines = fonts.wrap(exhibit.kind, SMALL_SIZE, Weight::Regular, 104.0);
        let rows = title_lines.len().max(kind_lines.len());
        let height = rows as f32 * leading(BODY_SIZE) + 6.0;
        if c.y() - height < crate::layout::BODY_BOTTOM {
            c.page_break();
            header_row(c);
        }
        let top = c.y() - BODY_SIZE;
        let x = |i: usize| LEFT + COLUMNS[i].1;
        text(
            c.ops_mut(),
            fonts,
            x(0),
            top,
            &exhibit.letter,
            BODY_SIZE,
            Weight::Bold,
        );
        for (i, l) in title_lines.iter().enumerate() {
            let y = top - i as f32 * leading(BODY_SIZE);
            text(c.ops_mut(), fonts, x(1), y, l, BODY_SIZE, Weight::Regular);
        }
        for (i, l) in kind_lines.iter().enumerate() {
            let y = top - i as f32 * leading(BODY_SIZE);
            text(c.ops_mut(), fonts, x(2), y, l, SMALL_SIZE, Weight::Regular);
        }
        let date = exhibit.date_short.as_deref().unwrap_or("—");
        text(
            c.ops_mut(),
            fonts,
            x(3),
            top,
            date,
            SMALL_SIZE,
            Weight::Regular,
        );
        text(
            c.ops_mut(),
            fonts,
            x(4),
            top,
            &exhibit.page_range(),
            BODY_SIZE,
            Weight::Regular,
        );
        let bottom = c.y() - height;
        line(
            c.ops_mut(),
            (LEFT, bottom + 2.0),
            (RIGHT, bottom + 2.0),
            LINE_WIDTH,
        );
        c.set_y(bottom);
    }
}

fn header_row(c: &mut Composer<'_>) {
    let fonts = c.fonts();
    let y = c.y() - SMALL_SIZE;
    for (label, offset) in COLUMNS {
        text(
            c.ops_mut(),
            fonts,
            LEFT + offset,
            y,
            label,
            SMALL_SIZE,
            Weight::Bold,
        );
    }
    let rule = y - 5.0;
    line(c.ops_mut(), (LEFT, rule), (RIGHT, rule), LINE_WIDTH);
    c.set_y(rule - 4.0);
}
