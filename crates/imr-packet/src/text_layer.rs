//! The invisible text laid over a photo or scan page, as OCRmyPDF does, so the packet
//! can be searched and its words copied (and `pdftotext` reads them): each recognized
//! word is written in text render mode 3 (neither filled nor stroked) with a font that
//! has no glyphs to draw, sized and stretched to the word's box on the picture. The
//! picture under it is not touched (a mailed photo keeps its JPEG bytes).
//!
//! The font is a Type 0 font over a CID font with every glyph 0.5 em wide, codes being
//! UTF-16 units (Identity-H), and a ToUnicode map that says each code is that character.
//! It is not embedded: nothing in render mode 3 is ever drawn, so no viewer needs it.

use std::fmt::Write;

use imr_ocr::PageText;
use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream};

use crate::geometry::Rect;

/// The font's resource name on a page.
pub(crate) const FONT_NAME: &str = "ImrOcrText";

/// Each glyph's advance, in thousandths of the font size.
const ADVANCE: f32 = 500.0;

/// The content stream that lays `text`'s words over the picture drawn upright in `rect`
/// (points, from the bottom left). `None` when there is no placed word.
pub(crate) fn text_ops(text: &PageText, rect: Rect) -> Option<String> {
    if text.width == 0 || text.height == 0 {
        return None;
    }
    let (rx, ry, rw, rh) = rect;
    let sx = rw / text.width as f32;
    let sy = rh / text.height as f32;
    let mut ops = String::from("q BT 3 Tr\n");
    let mut any = false;
    for line in &text.lines {
        for word in &line.words {
            let Some(b) = word.bbox else { continue };
            let units: Vec<u16> = word
                .text
                .chars()
                .filter(|c| !c.is_control())
                .map(|c| u16::try_from(u32::from(c)).unwrap_or(0xFFFD))
                .collect();
            if units.is_empty() || b.width == 0 || b.height == 0 {
                continue;
            }
            let size = (b.height as f32 * sy).max(1.0);
            let width = b.width as f32 * sx;
            let natural = units.len() as f32 * ADVANCE / 1000.0 * size;
            let stretch = 100.0 * width / natural;
            let x = rx + b.left as f32 * sx;
            let y = ry + rh - b.bottom() as f32 * sy;
            let _ = write!(
                ops,
                "/{FONT_NAME} {size:.2} Tf {stretch:.2} Tz 1 0 0 1 {x:.2} {y:.2} Tm <"
            );
            for u in units {
                let _ = write!(ops, "{u:04X}");
            }
            // A space after each word, so copied text has its spaces.
            ops.push_str("0020> Tj\n");
            any = true;
        }
    }
    ops.push_str("ET Q\n");
    any.then_some(ops)
}

/// The font objects, added once per packet: the Type 0 font's id.
pub(crate) fn add_font(doc: &mut Document) -> ObjectId {
    let descriptor = doc.add_object(dictionary! {
        "Type" => "FontDescriptor",
        "FontName" => "GlyphLessFont",
        "Flags" => 5,
        "FontBBox" => vec![0.into(), 0.into(), (ADVANCE as i64).into(), 1000.into()],
        "ItalicAngle" => 0,
        "Ascent" => 1000,
        "Descent" => 0,
        "CapHeight" => 1000,
        "StemV" => 80,
    });
    let cid_font = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "CIDFontType2",
        "BaseFont" => "GlyphLessFont",
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal("Identity"),
            "Supplement" => 0,
        },
        "FontDescriptor" => descriptor,
        "DW" => ADVANCE as i64,
        "CIDToGIDMap" => "Identity",
    });
    let to_unicode = doc.add_object(Stream::new(
        Dictionary::new(),
        to_unicode_cmap().into_bytes(),
    ));
    doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => "GlyphLessFont",
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![Object::Reference(cid_font)],
        "ToUnicode" => to_unicode,
    })
}

/// Each two-byte code is the UTF-16 unit of the same value (ranges may not cross a
/// change of the first byte, so one range per first byte).
fn to_unicode_cmap() -> String {
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    // Surrogates (D800–DFFF) are left out: they are never written alone.
    let firsts: Vec<u32> = (0u32..=0xFF)
        .filter(|b| !(0xD8..=0xDF).contains(b))
        .collect();
    for chunk in firsts.chunks(100) {
        let _ = writeln!(cmap, "{} beginbfrange", chunk.len());
        for b in chunk {
            let _ = writeln!(cmap, "<{b:02X}00> <{b:02X}FF> <{b:02X}00>");
        }
        cmap.push_str("endbfrange\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    cmap
}

#[cfg(test)]
mod tests {
    use super::*;
    use imr_ocr::{BBox, Line, TextSource, Word};

    fn page() -> PageText {
        PageText {
            source: TextSource::Recognized,
            width: 1000,
            height: 2000,
            dpi: 300,
            lines: vec![Line {
                words: vec![Word {
                    text: "Décision".into(),
                    bbox: Some(BBox {
                        left: 100,
                        top: 200,
                        width: 400,
                        height: 50,
                    }),
                    confidence: 90.0,
                }],
            }],
        }
    }

    #[test]
    fn a_word_is_laid_in_its_box_invisibly() {
        let ops = text_ops(&page(), (50.0, 100.0, 500.0, 1000.0)).unwrap_or_default();
        assert!(ops.contains("3 Tr"), "{ops}");
        // x = 50 + 100/1000*500 = 100; bottom = 250 → y = 100 + 1000 - 125 = 975;
        // size = 25; width 200 over 8 glyphs of 12.5 = 100 → 200%.
        assert!(
            ops.contains("/ImrOcrText 25.00 Tf 200.00 Tz 1 0 0 1 100.00 975.00 Tm <004400E9"),
            "{ops}"
        );
        assert!(ops.contains("00E9"), "é as its UTF-16 unit: {ops}");
    }

    #[test]
    fn a_page_without_placed_words_gets_no_layer() {
        let mut text = page();
        text.lines[0].words[0].bbox = None;
        assert_eq!(text_ops(&text, (0.0, 0.0, 10.0, 10.0)), None);
    }
}
