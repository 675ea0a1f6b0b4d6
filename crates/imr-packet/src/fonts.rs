//! The fonts shipped with the packet engine, text measurement and per-character fallback.
//!
//! printpdf draws text with whatever font it is told to use and has no fallback, so
//! text is split here into runs, each run set in the first font that has every glyph:
//! DejaVu Sans covers Latin (Spanish, Vietnamese, …), Greek and Cyrillic; Droid Sans
//! Fallback covers Chinese, Japanese and Korean. The fonts are compiled into the binary,
//! so a packet looks the same on a machine that has none of them installed.

use printpdf::{FontId, ParsedFont, PdfDocument, PdfFontHandle};
use unicode_normalization::UnicodeNormalization;

const DEJAVU_SANS: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
const DROID_SANS_FALLBACK: &[u8] = include_bytes!("../fonts/DroidSansFallbackFull.ttf");

/// Shown instead of a character that no shipped font can draw.
const REPLACEMENT: char = '?';

/// Regular or bold weight of the main face.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// One font face: its parsed tables and the resource id it has in the PDF.
struct Face {
    parsed: ParsedFont,
    units_per_em: f32,
    /// Fixed ids (not printpdf's random ones) keep the output byte-for-byte reproducible.
    /// The first six letters become the subset tag, which must be upper-case letters.
    id: FontId,
}

impl Face {
    fn load(bytes: &[u8], id: &str) -> Face {
        // The fonts are part of the binary and are known to parse; a failure here is a
        // build defect, not a user error.
        #[allow(clippy::expect_used)]
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .expect("a font shipped with imr-packet failed to parse");
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        Face {
            parsed,
            units_per_em,
            id: FontId(id.to_string()),
        }
    }

    fn glyph(&self, c: char) -> Option<u16> {
        self.parsed
            .lookup_glyph_index(c as u32)
            .filter(|&gid| gid != 0)
    }

    fn advance(&self, gid: u16, size: f32) -> f32 {
        f32::from(self.parsed.get_horizontal_advance(gid)) / self.units_per_em * size
    }
}

/// A run of text that one face can draw.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    pub(crate) font: FontId,
    pub(crate) text: String,
}

/// The shipped fonts, loaded once per packet.
pub(crate) struct Fonts {
    regular: Face,
    bold: Face,
    fallback: Face,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Fonts { DejaVu Sans, DejaVu Sans Bold, Droid Sans Fallback }")
    }
}

impl Fonts {
    pub(crate) fn load() -> Fonts {
        Fonts {
            regular: Face::load(DEJAVU_SANS, "DJVSAN"),
            bold: Face::load(DEJAVU_SANS_BOLD, "DJVBLD"),
            fallback: Face::load(DROID_SANS_FALLBACK, "DROIDF"),
        }
    }

    /// Registers every face with the document under its fixed id. printpdf only embeds
    /// (and subsets) the faces that a page actually uses.
    pub(crate) fn register(&self, doc: &mut PdfDocument) {
        for face in [&self.regular, &self.bold, &self.fallback] {
            doc.resources
                .fonts
                .map
                .insert(face.id.clone(), printpdf::PdfFont::new(face.parsed.clone()));
        }
    }

    fn main_face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// The face that draws `c`, or `None` when no shipped face has it.
    fn face_for(&self, c: char, weight: Weight) -> Option<(&Face, u16)> {
        let main = self.main_face(weight);
        if let Some(gid) = main.glyph(c) {
            return Some((main, gid));
        }
        if weight == Weight::Bold {
            if let Some(gid) = self.regular.glyph(c) {
                return Some((&self.regular, gid));
            }
        }
        self.fallback.glyph(c).map(|gid| (&self.fallback, gid))
    }

    /// Width of `text` in points at `size`.
    pub(crate) fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        normalize(text)
            .chars()
            .map(|c| self.char_width(c, size, weight))
            .sum()
    }

    fn char_width(&self, c: char, size: f32, weight: Weight) -> f32 {
        match self.face_for(c, weight) {
            Some((face, gid)) => face.advance(gid, size),
            None => self.char_width(REPLACEMENT, size, weight),
        }
    }

    /// Splits `text` into runs that each use one face.
    pub(crate) fn runs(&self, text: &str, weight: Weight) -> Vec<Run> {
        let mut runs: Vec<Run> = Vec::new();
        for c in normalize(text).chars() {
            let (face, c) = match self.face_for(c, weight) {
                Some((face, _)) => (face, c),
                None => (self.main_face(weight), REPLACEMENT),
            };
            match runs.last_mut() {
                Some(run) if run.font == face.id => run.text.push(c),
                _ => runs.push(Run {
                    font: face.id.clone(),
                    text: c.to_string(),
                }),
            }
        }
        runs
    }

    /// Breaks `text` into lines no wider than `max_width` points. Explicit line breaks
    /// are kept; words longer than a line (and text without spaces, such as Chinese)
    /// are broken between characters. Nothing is ever dropped.
    pub(crate) fn wrap(
        &self,
        text: &str,
        size: f32,
        weight: Weight,
        max_width: f32,
    ) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in normalize(text).split('\n') {
            let paragraph = paragraph.trim_end_matches('\r');
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split(' ') {
                let word_width = self.width(word, size, weight);
                let space = if line.is_empty() {
                    0.0
                } else {
                    self.char_width(' ', size, weight)
                };
                if line_width + space + word_width <= max_width {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_width += space + word_width;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                }
                // The word alone may still be too wide: break it between characters.
                for c in word.chars() {
                    let w = self.char_width(c, size, weight);
                    if line_width + w > max_width && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line_width = 0.0;
                    }
                    line.push(c);
                    line_width += w;
                }
            }
            lines.push(line);
        }
        lines
    }
}

/// Text as typed may use combining accents (decomposed form); the fonts have the
/// precomposed letters, so compose first.
fn normalize(text: &str) -> String {
    text.nfc().collect()
}

/// The printpdf handle of a run's face.
pub(crate) fn handle(run: &Run) -> PdfFontHandle {
    PdfFontHandle::External(run.font.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_fall_back_to_cjk_face() {
        let fonts = Fonts::load();
        let runs = fonts.runs("Lý 李小龙 ok", Weight::Regular);
        let ids: Vec<&str> = runs.iter().map(|r| r.font.0.as_str()).collect();
        assert_eq!(ids, ["DJVSAN", "DROIDF", "DJVSAN"]);
        assert_eq!(runs[1].text, "李小龙");
    }

    #[test]
    fn runs_compose_decomposed_accents() {
        let fonts = Fonts::load();
        let runs = fonts.runs("Nu\u{303}n\u{303}ez", Weight::Regular);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].text, "N\u{169}\u{f1}ez");
    }

    #[test]
    fn wrap_keeps_every_character() {
        let fonts = Fonts::load();
        let text = "A very long sentence that must wrap several times on a narrow column \
                    and a supercalifragilisticexpialidociousword that is longer than a line.";
        let lines = fonts.wrap(text, 11.0, Weight::Regular, 120.0);
        assert!(lines.len() > 4, "{lines:?}");
        for line in &lines {
            assert!(
                fonts.width(line, 11.0, Weight::Regular) <= 120.0 + 0.01,
                "{line}"
            );
        }
        let rejoined: String = lines.concat().split_whitespace().collect();
        let original: String = text.split_whitespace().collect();
        assert_eq!(rejoined, original);
    }

    #[test]
    fn wrap_breaks_chinese_without_spaces() {
        let fonts = Fonts::load();
        let text = "李小龙".repeat(30);
        let lines = fonts.wrap(&text, 11.0, Weight::Regular, 100.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), text);
    }

    #[test]
    fn unknown_character_is_replaced_not_dropped() {
        let fonts = Fonts::load();
        let runs = fonts.runs("a\u{10FFFD}b", Weight::Regular);
        let text: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(text, "a?b");
    }
}
