//! The font a form field's value is drawn in, as a viewer draws a form afresh: the font
//! its default appearance names (`/DA`, for example `/F2 0 Tf`), looked up in the
//! field's or the form's font list (`/DR /Font`), with its widths (for automatic size,
//! centring and right alignment) and its encoding. A font that cannot draw any text
//! typed (a composite font, a subset that holds only the glyphs of the page, a symbol
//! font) gives way to Helvetica: an answer is never lost for want of a glyph.

use lopdf::{Dictionary, Document, Object};

#[cfg(test)]
use super::annotations::parse_da;
use super::annotations::{resolve, win_ansi_byte, FONT};

/// Helvetica's advance widths (Adobe's core font metrics, per 1000), for the printable
/// ASCII characters from the space (32) to the tilde (126).
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/// Times-Roman's advance widths, as [`HELVETICA`]'s.
const TIMES: [u16; 95] = [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
    556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
    722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
    278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];

/// The glyph names of the printable ASCII characters (32 to 126), for a font whose
/// encoding names its glyphs (`/Differences`).
const ASCII_NAMES: [&str; 95] = [
    "space",
    "exclam",
    "quotedbl",
    "numbersign",
    "dollar",
    "percent",
    "ampersand",
    "quotesingle",
    "parenleft",
    "parenright",
    "asterisk",
    "plus",
    "comma",
    "hyphen",
    "period",
    "slash",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "colon",
    "semicolon",
    "less",
    "equal",
    "greater",
    "question",
    "at",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "M",
    "N",
    "O",
    "P",
    "Q",
    "R",
    "S",
    "T",
    "U",
    "V",
    "W",
    "X",
    "Y",
    "Z",
    "bracketleft",
    "backslash",
    "bracketright",
    "asciicircum",
    "underscore",
    "grave",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
    "braceleft",
    "bar",
    "braceright",
    "asciitilde",
];

/// The width of `c` in a standard font's `table`, per 1000 (an accented letter as its
/// letter; anything else as a digit).
fn standard_width(table: &[u16; 95], c: char) -> f32 {
    use unicode_normalization::UnicodeNormalization;
    let base = std::iter::once(c).nfd().next().unwrap_or(c);
    match base {
        ' '..='~' => f32::from(table[base as usize - 32]),
        _ => f32::from(table[usize::from(b'0' - 32)]),
    }
}

/// Which standard font's metrics a font without widths is measured with.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Metrics {
    Helvetica,
    Times,
    Courier,
}

/// A field's font: the name the drawing calls it by, the font object to list in the
/// page's resources (none for the engine's own Helvetica), and how to measure and
/// encode text in it.
#[derive(Debug, Clone)]
pub(super) struct FieldFont {
    pub name: String,
    pub object: Option<Object>,
    first_char: i64,
    widths: Vec<f32>,
    missing_width: f32,
    metrics: Metrics,
    /// Characters placed at other codes by the encoding's `/Differences`.
    differences: Vec<(char, u8)>,
}

impl FieldFont {
    /// The engine's own Helvetica (WinAnsi).
    pub(super) fn helvetica() -> FieldFont {
        FieldFont {
            name: FONT.to_string(),
            object: None,
            first_char: 0,
            widths: Vec::new(),
            missing_width: 0.0,
            metrics: Metrics::Helvetica,
            differences: Vec::new(),
        }
    }

    /// The font named `name` in the font lists `lists` (the first that has it), if it
    /// can draw text typed into a form; else Helvetica.
    pub(super) fn find(doc: &Document, name: Option<&str>, lists: &[&Dictionary]) -> FieldFont {
        name.and_then(|name| {
            let (object, dict) = lists.iter().find_map(|list| {
                let object = list.get(name.as_bytes()).ok()?;
                let dict = resolve(doc, object)?.as_dict().ok()?;
                Some((object.clone(), dict))
            })?;
            FieldFont::simple(doc, object, dict)
        })
        .unwrap_or_else(FieldFont::helvetica)
    }

    /// A simple font (Type 1 or TrueType) that draws Latin text: not a subset of the
    /// glyphs a page uses, not a symbol font.
    fn simple(doc: &Document, object: Object, dict: &Dictionary) -> Option<FieldFont> {
        let subtype = dict.get(b"Subtype").ok()?.as_name().ok()?;
        if !matches!(subtype, b"Type1" | b"TrueType" | b"MMType1") {
            return None;
        }
        let base = dict.get(b"BaseFont").ok()?.as_name().ok()?;
        let base = String::from_utf8_lossy(base).into_owned();
        // A subset (ABCDEF+Name) holds only the glyphs the file used so far.
        if base.len() > 7
            && base.as_bytes()[6] == b'+'
            && base[..6].bytes().all(|b| b.is_ascii_uppercase())
        {
            return None;
        }
        let lower = base.to_ascii_lowercase();
        if lower.contains("dingbats") || lower.contains("symbol") || lower.contains("wingdings") {
            return None;
        }
        let descriptor = dict
            .get(b"FontDescriptor")
            .ok()
            .and_then(|d| resolve(doc, d))
            .and_then(|d| d.as_dict().ok());
        // The Symbolic flag (bit 3) without Nonsymbolic (bit 6): a font of pictures.
        let flags = descriptor
            .and_then(|d| d.get(b"Flags").ok())
            .and_then(|f| resolve(doc, f))
            .and_then(|f| f.as_i64().ok())
            .unwrap_or(32);
        if flags & 4 != 0 && flags & 32 == 0 {
            return None;
        }
        let number = |o: &Object| match resolve(doc, o)? {
            Object::Integer(i) => Some(*i as f32),
            Object::Real(r) => Some(*r),
            _ => None,
        };
        let widths: Vec<f32> = dict
            .get(b"Widths")
            .ok()
            .and_then(|w| resolve(doc, w))
            .and_then(|w| w.as_array().ok())
            .map(|w| w.iter().map(|v| number(v).unwrap_or(0.0)).collect())
            .unwrap_or_default();
        let first_char = dict
            .get(b"FirstChar")
            .ok()
            .and_then(|f| resolve(doc, f))
            .and_then(|f| f.as_i64().ok())
            .unwrap_or(0);
        let missing_width = descriptor
            .and_then(|d| d.get(b"MissingWidth").ok())
            .and_then(number)
            .unwrap_or(0.0);
        let mut differences = Vec::new();
        if let Some(encoding) = dict
            .get(b"Encoding")
            .ok()
            .and_then(|e| resolve(doc, e))
            .and_then(|e| e.as_dict().ok())
        {
            let list = encoding
                .get(b"Differences")
                .ok()
                .and_then(|d| resolve(doc, d))
                .and_then(|d| d.as_array().ok());
            let mut code = 0i64;
            for item in list.into_iter().flatten() {
                match item {
                    Object::Integer(i) => code = *i,
                    Object::Name(glyph) => {
                        let glyph = String::from_utf8_lossy(glyph);
                        let c = ASCII_NAMES
                            .iter()
                            .position(|n| *n == glyph)
                            .map(|i| char::from(32 + i as u8));
                        if let (Some(c), Ok(code)) = (c, u8::try_from(code)) {
                            differences.push((c, code));
                        }
                        code += 1;
                    }
                    _ => {}
                }
            }
        }
        Some(FieldFont {
            name: field_font_name(&object, &base),
            object: Some(object),
            first_char,
            widths,
            missing_width,
            // Fixed pitch (bit 1), serif (bit 2), else sans serif.
            metrics: if lower.contains("courier") || flags & 1 != 0 {
                Metrics::Courier
            } else if lower.contains("times")
                || lower.contains("serif") && !lower.contains("sans")
                || flags & 2 != 0
            {
                Metrics::Times
            } else {
                Metrics::Helvetica
            },
            differences,
        })
    }

    /// The code `c` is drawn with.
    fn code(&self, c: char) -> u8 {
        self.differences
            .iter()
            .find(|(d, _)| *d == c)
            .map(|(_, code)| *code)
            .unwrap_or_else(|| win_ansi_byte(c))
    }

    /// The advance of `c` at size 1.
    pub(super) fn char_width(&self, c: char) -> f32 {
        let code = i64::from(self.code(c));
        let listed = usize::try_from(code - self.first_char)
            .ok()
            .and_then(|i| self.widths.get(i))
            .copied()
            .filter(|&w| w > 0.0);
        let per_mille = match listed {
            Some(w) => w,
            None if self.object.is_some()
                && self.missing_width > 0.0
                && !self.widths.is_empty() =>
            {
                self.missing_width
            }
            None => match self.metrics {
                Metrics::Courier => 600.0,
                Metrics::Times => standard_width(&TIMES, c),
                Metrics::Helvetica => standard_width(&HELVETICA, c),
            },
        };
        per_mille / 1000.0
    }

    /// The advance of `text` at size 1.
    pub(super) fn width(&self, text: &str) -> f32 {
        text.chars().map(|c| self.char_width(c)).sum()
    }

    /// `text` as a PDF string in this font's encoding.
    pub(super) fn string(&self, text: &str) -> String {
        let mut out = String::from("<");
        for c in text.chars() {
            out.push_str(&format!("{:02x}", self.code(c)));
        }
        out.push('>');
        out
    }
}

/// The resource name a font of the form is listed under on the page: from its object
/// number when it is held apart, else from its name, so that two fields in one font
/// share it and two fonts never share a name.
fn field_font_name(object: &Object, base: &str) -> String {
    match object {
        Object::Reference((number, generation)) => format!("ImrField{number}_{generation}"),
        _ => {
            let clean: String = base.chars().filter(char::is_ascii_alphanumeric).collect();
            format!("ImrFieldD{clean}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_default_appearance_gives_its_font_size_and_colour() {
        assert_eq!(
            parse_da("0 0 1 rg /F2 0 Tf"),
            (Some("F2".into()), Some(0.0), "0 0 1 rg".into())
        );
        assert_eq!(parse_da("0 Tf 0 g"), (None, Some(0.0), "0 g".into()));
        assert_eq!(parse_da(""), (None, None, "0 g".into()));
    }

    #[test]
    fn helvetica_measures_as_adobe_lists_it() {
        let h = FieldFont::helvetica();
        assert!((h.width("abc") - (0.556 + 0.556 + 0.5)).abs() < 1e-4);
        assert!((h.width("é") - 0.556).abs() < 1e-4);
        assert_eq!(h.string("A("), "<4128>");
    }
}
