//! The words read on a page, with where each one stands: what the suggestions are made
//! from, what the packet's invisible text layer is laid from, and what is kept (sealed
//! with the case) so a page is read once.

use serde::{Deserialize, Serialize};

/// A rectangle on the page's picture, in its pixels, from the top-left corner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BBox {
    pub left: u32,
    pub top: u32,
    pub width: u32,
    pub height: u32,
}

impl BBox {
    /// The right edge (exclusive).
    pub fn right(&self) -> u32 {
        self.left + self.width
    }

    /// The bottom edge (exclusive).
    pub fn bottom(&self) -> u32 {
        self.top + self.height
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &BBox) -> BBox {
        let left = self.left.min(other.left);
        let top = self.top.min(other.top);
        BBox {
            left,
            top,
            width: self.right().max(other.right()) - left,
            height: self.bottom().max(other.bottom()) - top,
        }
    }

    /// Grown by `margin` on every side, kept inside a `width` × `height` page.
    pub fn padded(&self, margin: u32, width: u32, height: u32) -> BBox {
        let left = self.left.saturating_sub(margin);
        let top = self.top.saturating_sub(margin);
        let right = (self.right() + margin).min(width);
        let bottom = (self.bottom() + margin).min(height);
        BBox {
            left,
            top,
            width: right.saturating_sub(left),
            height: bottom.saturating_sub(top),
        }
    }
}

/// One word as read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Word {
    pub text: String,
    /// Where it stands on the page's picture; `None` for words taken from a text PDF,
    /// whose places are not kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bbox: Option<BBox>,
    /// How sure the recognizer is, 0 to 100 (100 for a text PDF's own words).
    pub confidence: f32,
}

/// A line of words, left to right.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Line {
    pub words: Vec<Word>,
}

impl Line {
    /// The words joined by single spaces.
    pub fn text(&self) -> String {
        self.words
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Where a page's words came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextSource {
    /// Recognized on a picture of the page (a photo or a scan).
    Recognized,
    /// The text a PDF page carries itself.
    Embedded,
}

/// A page's words, top to bottom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageText {
    pub source: TextSource,
    /// The size of the picture the boxes refer to, in pixels (0 × 0 when there are no
    /// boxes).
    pub width: u32,
    pub height: u32,
    /// The picture's resolution, dots per inch (what the boxes' pixels are worth).
    pub dpi: u32,
    pub lines: Vec<Line>,
}

impl PageText {
    /// The page's text, one line of words a line.
    pub fn text(&self) -> String {
        self.lines
            .iter()
            .map(Line::text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Words taken from a text PDF page's own text (no places).
    pub fn embedded(text: &str) -> PageText {
        let lines = text
            .lines()
            .map(|line| Line {
                words: line
                    .split_whitespace()
                    .map(|w| Word {
                        text: w.to_string(),
                        bbox: None,
                        confidence: 100.0,
                    })
                    .collect(),
            })
            .filter(|line| !line.words.is_empty())
            .collect();
        PageText {
            source: TextSource::Embedded,
            width: 0,
            height: 0,
            dpi: 0,
            lines,
        }
    }

    /// Reads Tesseract's TSV output (level, page, block, paragraph, line, word, left,
    /// top, width, height, confidence, text) for a `width` × `height` picture at `dpi`.
    /// Rows that are not words, and words that are only spaces, are left out.
    pub fn from_tsv(tsv: &str, width: u32, height: u32, dpi: u32) -> PageText {
        let mut lines: Vec<Line> = Vec::new();
        let mut current: Option<(u32, u32, u32)> = None;
        for row in tsv.lines() {
            let cols: Vec<&str> = row.splitn(12, '\t').collect();
            if cols.len() < 12 || cols[0] != "5" {
                continue;
            }
            let number = |i: usize| cols[i].trim().parse::<u32>().ok();
            let (Some(block), Some(par), Some(line)) = (number(2), number(3), number(4)) else {
                continue;
            };
            let (Some(left), Some(top), Some(w), Some(h)) =
                (number(6), number(7), number(8), number(9))
            else {
                continue;
            };
            let text = cols[11].trim();
            if text.is_empty() {
                continue;
            }
            let confidence = cols[10].trim().parse::<f32>().unwrap_or(0.0).max(0.0);
            let key = (block, par, line);
            if current != Some(key) {
                lines.push(Line::default());
                current = Some(key);
            }
            if let Some(last) = lines.last_mut() {
                last.words.push(Word {
                    text: text.to_string(),
                    bbox: Some(BBox {
                        left,
                        top,
                        width: w,
                        height: h,
                    }),
                    confidence,
                });
            }
        }
        PageText {
            source: TextSource::Recognized,
            width,
            height,
            dpi,
            lines,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_rows_become_lines_of_words() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t\n\
4\t1\t1\t1\t1\t0\t300\t300\t900\t40\t-1\t\n\
5\t1\t1\t1\t1\t1\t300\t300\t200\t40\t96.5\tMember\n\
5\t1\t1\t1\t1\t2\t520\t300\t60\t40\t95.1\tID:\n\
5\t1\t1\t1\t1\t3\t600\t300\t300\t40\t91.0\tW123456789\n\
5\t1\t1\t1\t2\t1\t300\t360\t200\t40\t90.0\tDear\n\
5\t1\t1\t1\t2\t2\t300\t360\t200\t40\t-1\t \n";
        let page = PageText::from_tsv(tsv, 2550, 3300, 300);
        assert_eq!(page.lines.len(), 2);
        assert_eq!(page.text(), "Member ID: W123456789\nDear");
        let id = &page.lines[0].words[2];
        assert_eq!(id.bbox.map(|b| b.right()), Some(900));
        assert!((id.confidence - 91.0).abs() < 0.01);
    }

    #[test]
    fn embedded_text_keeps_lines_and_drops_blank_ones() {
        let page = PageText::embedded("Blue Shield\n\n  Member ID:  X12  \n");
        assert_eq!(page.text(), "Blue Shield\nMember ID: X12");
        assert_eq!(page.source, TextSource::Embedded);
    }

    #[test]
    fn bbox_union_and_padding_stay_on_the_page() {
        let a = BBox {
            left: 10,
            top: 10,
            width: 10,
            height: 10,
        };
        let b = BBox {
            left: 30,
            top: 5,
            width: 5,
            height: 5,
        };
        assert_eq!(
            a.union(&b),
            BBox {
                left: 10,
                top: 5,
                width: 25,
                height: 15
            }
        );
        assert_eq!(
            a.padded(15, 40, 24),
            BBox {
                left: 0,
                top: 0,
                width: 35,
                height: 24
            }
        );
    }
}
