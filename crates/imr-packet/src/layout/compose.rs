//! A simple flowing layout: content goes down the body column; when it does not fit,
//! a new page starts with the part's title marked "(continued)".

use printpdf::Op;

use super::{
    frame, leading, line, text, BODY_BOTTOM, BODY_SIZE, BODY_TOP, HEADING_SIZE, LEFT, LINE_WIDTH,
    RIGHT, SMALL_SIZE, TITLE_SIZE,
};
use crate::fonts::{Fonts, Weight};

/// What was signed on screen for one signature line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SignedLine<'a> {
    pub(crate) typed: Option<&'a str>,
    /// Drawn strokes: each a list of points in 0..1 box coordinates (y down).
    pub(crate) drawn: Option<&'a [Vec<(f32, f32)>]>,
    pub(crate) date: &'a str,
}

/// Flows content onto as many pages as it needs.
pub(crate) struct Composer<'f> {
    fonts: &'f Fonts,
    title: String,
    /// The title on continuation pages: "<title> (continued)" unless set.
    continued_title: Option<String>,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    y: f32,
    /// Pages (0-based, within this part) that carry a signature line.
    signature_pages: Vec<usize>,
}

impl std::fmt::Debug for Composer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Composer")
            .field("title", &self.title)
            .field("pages", &(self.pages.len() + 1))
            .field("y", &self.y)
            .finish()
    }
}

const CHECK_BOX: f32 = 10.0;
/// Width of the label column on form pages; answers start after it.
const LABEL_COLUMN: f32 = 190.0;
const COLUMN_GAP: f32 = 10.0;
const ANSWER_LEFT: f32 = LEFT + LABEL_COLUMN;
/// An answer that wraps to more lines than this goes under its label, full width.
const SIDE_BY_SIDE_LINES: usize = 3;
/// Space between two rows of the form.
const ROW_GAP: f32 = 4.0;

impl<'f> Composer<'f> {
    /// Starts a part (a form, an index…) on a new page under `title`.
    pub(crate) fn new(fonts: &'f Fonts, title: &str) -> Composer<'f> {
        let mut c = Composer {
            fonts,
            title: title.to_string(),
            continued_title: None,
            pages: Vec::new(),
            ops: Vec::new(),
            y: BODY_TOP,
            signature_pages: Vec::new(),
        };
        c.title_line(title);
        c
    }

    pub(crate) fn fonts(&self) -> &'f Fonts {
        self.fonts
    }

    fn title_line(&mut self, title: &str) {
        for l in self
            .fonts
            .wrap(title, TITLE_SIZE, Weight::Bold, RIGHT - LEFT)
        {
            self.y -= TITLE_SIZE;
            text(
                &mut self.ops,
                self.fonts,
                LEFT,
                self.y,
                &l,
                TITLE_SIZE,
                Weight::Bold,
            );
            self.y -= leading(TITLE_SIZE) - TITLE_SIZE;
        }
        self.y -= 8.0;
    }

    /// The title of continuation pages, for a part in another language than English.
    pub(crate) fn set_continued_title(&mut self, title: String) {
        self.continued_title = Some(title);
    }

    /// Ends the current page and starts a continuation page.
    pub(crate) fn page_break(&mut self) {
        self.pages.push(std::mem::take(&mut self.ops));
        self.y = BODY_TOP;
        let title = self
            .continued_title
            .clone()
            .unwrap_or_else(|| format!("{} (continued)", self.title));
        self.title_line(&title);
    }

    /// Makes sure `height` points fit on this page, else starts a new one.
    pub(crate) fn ensure(&mut self, height: f32) {
        if self.y - height < BODY_BOTTOM {
            self.page_break();
        }
    }

    pub(crate) fn space(&mut self, height: f32) {
        self.y -= height;
    }

    /// A section heading with a rule under it, kept with the first lines after it.
    pub(crate) fn heading(&mut self, s: &str) {
        self.ensure(leading(HEADING_SIZE) + 6.0 + 3.0 * leading(BODY_SIZE));
        self.space(6.0);
        self.y -= HEADING_SIZE;
        text(
            &mut self.ops,
            self.fonts,
            LEFT,
            self.y,
            s,
            HEADING_SIZE,
            Weight::Bold,
        );
        self.y -= 5.0;
        line(&mut self.ops, (LEFT, self.y), (RIGHT, self.y), LINE_WIDTH);
        self.y -= 8.0;
    }

    /// Wrapped text at a left indent, flowing across pages line by line.
    pub(crate) fn paragraph_at(&mut self, indent: f32, s: &str, size: f32, weight: Weight) {
        let lines = self.fonts.wrap(s, size, weight, RIGHT - LEFT - indent);
        for l in lines {
            self.ensure(leading(size));
            self.y -= size;
            text(
                &mut self.ops,
                self.fonts,
                LEFT + indent,
                self.y,
                &l,
                size,
                weight,
            );
            self.y -= leading(size) - size;
        }
    }

    /// A paragraph with a mark (a box, a bullet) hanging in the margin before it.
    pub(crate) fn marked_paragraph(&mut self, mark: &str, s: &str, size: f32) {
        self.ensure(leading(size));
        let baseline = self.y - size;
        text(
            &mut self.ops,
            self.fonts,
            LEFT,
            baseline,
            mark,
            size,
            Weight::Regular,
        );
        self.paragraph_at(16.0, s, size, Weight::Regular);
    }

    pub(crate) fn paragraph(&mut self, s: &str, size: f32, weight: Weight) {
        self.paragraph_at(0.0, s, size, weight);
    }

    /// Lines of one column of a form row, from the row's `top`, at body line spacing (so
    /// a label and its answer line up however their sizes differ).
    fn column_lines(&mut self, x: f32, top: f32, lines: &[String], size: f32, weight: Weight) {
        for (i, l) in lines.iter().enumerate() {
            let baseline = top - BODY_SIZE - i as f32 * leading(BODY_SIZE);
            text(&mut self.ops, self.fonts, x, baseline, l, size, weight);
        }
    }

    /// A label and its answer side by side, as on the paper form: the label in the left
    /// column, the answer on a line in the right one. An answer longer than a few lines
    /// goes under its label across the whole width and flows onto continuation pages.
    pub(crate) fn answer(&mut self, label: &str, value: &str) {
        let shown = if value.trim().is_empty() {
            "(no answer)"
        } else {
            value
        };
        let label_lines =
            self.fonts
                .wrap(label, SMALL_SIZE, Weight::Bold, LABEL_COLUMN - COLUMN_GAP);
        let value_lines = self
            .fonts
            .wrap(shown, BODY_SIZE, Weight::Regular, RIGHT - ANSWER_LEFT);
        if value_lines.len() > SIDE_BY_SIDE_LINES || label_lines.len() > SIDE_BY_SIDE_LINES {
            self.ensure(leading(SMALL_SIZE) + 2.0 * leading(BODY_SIZE));
            self.paragraph(label, SMALL_SIZE, Weight::Bold);
            self.space(2.0);
            self.paragraph_at(12.0, shown, BODY_SIZE, Weight::Regular);
            self.space(ROW_GAP);
            return;
        }
        let lines = label_lines.len().max(value_lines.len());
        let height = lines as f32 * leading(BODY_SIZE);
        self.ensure(height + ROW_GAP);
        let top = self.y;
        self.column_lines(LEFT, top, &label_lines, SMALL_SIZE, Weight::Bold);
        self.column_lines(ANSWER_LEFT, top, &value_lines, BODY_SIZE, Weight::Regular);
        self.y = top - height - 1.0;
        // The answer's line, as on the paper form, clear of the letters' descenders.
        line(
            &mut self.ops,
            (ANSWER_LEFT, self.y),
            (RIGHT, self.y),
            LINE_WIDTH,
        );
        self.space(ROW_GAP);
    }

    /// A question answered by ticking boxes, like the paper form: the label in the left
    /// column, every option in the right one, the chosen one with an X in its box. Short
    /// options share a row; long ones get a row each. The question and its boxes stay on
    /// one page.
    pub(crate) fn check_boxes(&mut self, label: &str, options: &[(&str, bool)]) {
        let column = RIGHT - ANSWER_LEFT;
        let label_lines =
            self.fonts
                .wrap(label, SMALL_SIZE, Weight::Bold, LABEL_COLUMN - COLUMN_GAP);
        let text_width = |o: &str| self.fonts.width(o, BODY_SIZE, Weight::Regular);
        let stacked = options
            .iter()
            .any(|(o, _)| CHECK_BOX + 5.0 + text_width(o) > column / 2.0);
        // Each row: the options on it, with their x positions and wrapped lines.
        let mut rows: Vec<Vec<(f32, Vec<String>, bool)>> = Vec::new();
        let mut x = ANSWER_LEFT;
        for (option, chosen) in options {
            let lines =
                self.fonts
                    .wrap(option, BODY_SIZE, Weight::Regular, column - CHECK_BOX - 5.0);
            let width = CHECK_BOX + 5.0 + text_width(option);
            if stacked || rows.is_empty() || x + width > RIGHT {
                rows.push(Vec::new());
                x = ANSWER_LEFT;
            }
            if let Some(row) = rows.last_mut() {
                row.push((x, lines, *chosen));
            }
            x += width + 16.0;
        }
        let row_height = |row: &Vec<(f32, Vec<String>, bool)>| {
            let lines = row.iter().map(|(_, l, _)| l.len()).max().unwrap_or(1);
            lines as f32 * leading(BODY_SIZE) + 2.0
        };
        let boxes_height: f32 = rows.iter().map(row_height).sum();
        let label_height = label_lines.len() as f32 * leading(BODY_SIZE);
        self.ensure((boxes_height.max(label_height) + ROW_GAP).min(BODY_TOP - BODY_BOTTOM));
        let top = self.y;
        self.column_lines(LEFT, top, &label_lines, SMALL_SIZE, Weight::Bold);
        for row in &rows {
            let height = row_height(row);
            self.ensure(height);
            let baseline = self.y - BODY_SIZE;
            for (x, lines, chosen) in row {
                frame(&mut self.ops, *x, baseline - 1.0, CHECK_BOX, CHECK_BOX);
                if *chosen {
                    text(
                        &mut self.ops,
                        self.fonts,
                        x + 1.6,
                        baseline + 0.5,
                        "X",
                        SMALL_SIZE,
                        Weight::Bold,
                    );
                }
                for (i, l) in lines.iter().enumerate() {
                    text(
                        &mut self.ops,
                        self.fonts,
                        x + CHECK_BOX + 5.0,
                        baseline - i as f32 * leading(BODY_SIZE),
                        l,
                        BODY_SIZE,
                        Weight::Regular,
                    );
                }
            }
            self.y -= height;
        }
        self.y = self.y.min(top - label_height);
        self.space(ROW_GAP);
    }

    /// A signature line and a date line. When the person signed on screen, their typed
    /// signature ("/s/ Name") or the strokes they drew, and the date, are printed on the
    /// lines.
    /// The statement the signer affirms is printed above the line, on the same page.
    pub(crate) fn signature_line(
        &mut self,
        statement: &str,
        who: &str,
        signed: Option<SignedLine<'_>>,
    ) {
        let height = 44.0 + leading(SMALL_SIZE);
        let statement_lines = self
            .fonts
            .wrap(statement, SMALL_SIZE, Weight::Regular, RIGHT - LEFT);
        let statement_height = statement_lines.len() as f32 * leading(SMALL_SIZE) + 4.0;
        self.ensure(statement_height + height + 6.0);
        if !statement.is_empty() {
            self.space(4.0);
            self.paragraph(statement, SMALL_SIZE, Weight::Regular);
        }
        let page = self.pages.len();
        if self.signature_pages.last() != Some(&page) {
            self.signature_pages.push(page);
        }
        self.space(40.0);
        let sign_end = LEFT + 320.0;
        let date_start = sign_end + 24.0;
        if let Some(signed) = signed {
            if let Some(signature) = signed.typed {
                text(
                    &mut self.ops,
                    self.fonts,
                    LEFT + 4.0,
                    self.y + 5.0,
                    signature,
                    BODY_SIZE + 1.0,
                    Weight::Regular,
                );
            }
            if let Some(strokes) = signed.drawn {
                // Strokes come in 0..1 box coordinates, y down; they are drawn as
                // 1.5 pt lines in a 300 × 34 pt box sitting on the line.
                let (bx, by, bw, bh) = (LEFT + 4.0, self.y + 2.0, 300.0, 34.0);
                for stroke in strokes {
                    for pair in stroke.windows(2) {
                        let p = |(x, y): (f32, f32)| {
                            (
                                bx + x.clamp(0.0, 1.0) * bw,
                                by + (1.0 - y.clamp(0.0, 1.0)) * bh,
                            )
                        };
                        line(&mut self.ops, p(pair[0]), p(pair[1]), 1.5);
                    }
                }
            }
            text(
                &mut self.ops,
                self.fonts,
                date_start + 4.0,
                self.y + 5.0,
                signed.date,
                BODY_SIZE,
                Weight::Regular,
            );
        }
        line(
            &mut self.ops,
            (LEFT, self.y),
            (sign_end, self.y),
            LINE_WIDTH,
        );
        line(
            &mut self.ops,
            (date_start, self.y),
            (RIGHT, self.y),
            LINE_WIDTH,
        );
        self.y -= SMALL_SIZE + 3.0;
        text(
            &mut self.ops,
            self.fonts,
            LEFT,
            self.y,
            who,
            SMALL_SIZE,
            Weight::Regular,
        );
        text(
            &mut self.ops,
            self.fonts,
            date_start,
            self.y,
            "Date (mm/dd/yyyy)",
            SMALL_SIZE,
            Weight::Regular,
        );
        self.y -= leading(SMALL_SIZE) - SMALL_SIZE + 6.0;
    }

    /// Direct access for parts with a fixed layout; `y` is the current baseline.
    pub(crate) fn ops_mut(&mut self) -> &mut Vec<Op> {
        &mut self.ops
    }

    pub(crate) fn y(&self) -> f32 {
        self.y
    }

    pub(crate) fn set_y(&mut self, y: f32) {
        self.y = y;
    }

    /// Pages (0-based, within this part) that carry a signature line.
    pub(crate) fn signature_pages(&self) -> &[usize] {
        &self.signature_pages
    }

    /// The finished pages' drawing operations.
    pub(crate) fn finish(mut self) -> Vec<Vec<Op>> {
        self.pages.push(self.ops);
        self.pages
    }
}
