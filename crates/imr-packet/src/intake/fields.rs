//! Form fields drawn from their values, for a form that asks viewers to draw its fields
//! afresh (`/NeedAppearances`, PDF 32000-1 12.7.3): the appearance stored with each
//! field may be empty or stale, and what the person typed or ticked must not be lost.
//! Text and choice fields show their value; check boxes and radio buttons their state,
//! with the field's own border, background and mark (`/MK`), as viewers draw them.

use lopdf::{Dictionary, Document, Object};

use super::annotations::parse_da;
use super::annotations::{
    border_width, colour, default_appearance, ellipse, rect_path, resolve, text_of, Drawn, DINGBATS,
};
use super::field_font::FieldFont;

/// A key of a form field's widget, looked up through its `/Parent` chain (a field's
/// type, value and default appearance are often set on the field and inherited by its
/// widgets).
fn inherited<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut d = dict;
    for _ in 0..32 {
        if let Ok(v) = d.get(key) {
            return resolve(doc, v);
        }
        d = resolve(doc, d.get(b"Parent").ok()?)?.as_dict().ok()?;
    }
    None
}

/// Whether a widget is a push button (a button field with flag bit 17, PDF 32000-1
/// 12.7.4.2): it does something when clicked and holds no value.
pub(super) fn is_push_button(doc: &Document, dict: &Dictionary) -> bool {
    const PUSH_BUTTON: i64 = 1 << 16;
    inherited(doc, dict, b"FT").and_then(|t| t.as_name().ok()) == Some(b"Btn")
        && inherited(doc, dict, b"Ff")
            .and_then(|f| f.as_i64().ok())
            .is_some_and(|f| f & PUSH_BUTTON != 0)
}

/// Whether a widget belongs to a text or choice field that holds a value to show; the
/// value as lines of text. Password fields are never drawn.
fn field_value(doc: &Document, dict: &Dictionary) -> Option<Vec<String>> {
    let kind = inherited(doc, dict, b"FT")?.as_name().ok()?;
    if kind != b"Tx" && kind != b"Ch" {
        return None;
    }
    let flags = inherited(doc, dict, b"Ff")
        .and_then(|f| f.as_i64().ok())
        .unwrap_or(0);
    if kind == b"Tx" && flags & PASSWORD != 0 {
        return None;
    }
    let lines: Vec<String> = match inherited(doc, dict, b"V")? {
        Object::Array(items) => items.iter().filter_map(|i| text_of(doc, i)).collect(),
        other => vec![text_of(doc, other)?],
    };
    let lines: Vec<String> = lines
        .iter()
        .flat_map(|l| l.split(['\r', '\n']).map(str::to_owned).collect::<Vec<_>>())
        .collect();
    lines.iter().any(|l| !l.trim().is_empty()).then_some(lines)
}

/// A list box's options from its top index (`/TI`), each as shown (the display text of
/// an `[export, display]` pair); `None` for a text field or a combo box.
fn list_options(doc: &Document, dict: &Dictionary) -> Option<Vec<String>> {
    if inherited(doc, dict, b"FT")?.as_name().ok()? != b"Ch" {
        return None;
    }
    const COMBO: i64 = 1 << 17;
    let flags = inherited(doc, dict, b"Ff")
        .and_then(|f| f.as_i64().ok())
        .unwrap_or(0);
    if flags & COMBO != 0 {
        return None;
    }
    let top = inherited(doc, dict, b"TI")
        .and_then(|t| t.as_i64().ok())
        .unwrap_or(0)
        .max(0) as usize;
    let options: Vec<String> = inherited(doc, dict, b"Opt")?
        .as_array()
        .ok()?
        .iter()
        .filter_map(|o| match resolve(doc, o)? {
            Object::Array(pair) => pair.get(1).and_then(|d| text_of(doc, d)),
            other => text_of(doc, other),
        })
        .skip(top)
        .collect();
    (!options.is_empty()).then_some(options)
}

/// What the interactive form sets for every field: its default appearance (`/DA`),
/// alignment (`/Q`) and font list (`/DR /Font`).
#[derive(Debug, Clone, Default)]
pub(super) struct Form {
    pub da: Option<String>,
    pub quadding: i64,
    pub fonts: Option<Dictionary>,
}

/// Text field flags (PDF 32000-1 12.7.4.3).
const MULTILINE: i64 = 1 << 12;
const PASSWORD: i64 = 1 << 13;
const FILE_SELECT: i64 = 1 << 20;
const COMB: i64 = 1 << 24;

/// Lines of `text` that fit `width` (at size 1) in `font`: paragraphs kept, broken at
/// spaces, a word longer than the line cut.
fn layout(text: &str, font: &FieldFont, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split(['\r', '\n']) {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if font.width(&candidate) <= width || line.is_empty() && word.is_empty() {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // The word alone, cut where it does not fit.
            for c in word.chars() {
                if !line.is_empty() && font.width(&line) + font.char_width(c) > width {
                    lines.push(std::mem::take(&mut line));
                }
                line.push(c);
            }
        }
        lines.push(line);
    }
    lines
}

/// Where a line of width `w` starts in a box `dx` wide with a border `bw` wide, for
/// quadding `q` (0 left, 1 centred, 2 right), as viewers place it.
fn line_start(q: i64, dx: f32, bw: f32, w: f32) -> f32 {
    match q {
        1 => (dx - w) / 2.0,
        2 => dx - bw - 2.0 - w,
        _ => bw + 2.0,
    }
}

/// A text or choice field's value drawn in its box, for a file that asks viewers to draw
/// its fields afresh (`/NeedAppearances`): its stored appearance may be empty or stale,
/// and a value typed into a form must not be lost. Drawn as viewers draw it (poppler's
/// layout): in the font, size and colour of its default appearance (`/DA`, inherited,
/// else the form's), the font looked up in the field's or the form's font list (else
/// Helvetica); an automatic size (0) fits the text to the box; aligned by `/Q`; a comb
/// field one character a cell; a multiline field wrapped from the top; a list box its
/// options, the chosen ones white on black.
pub(super) fn draw_field_value(
    doc: &Document,
    dict: &Dictionary,
    rect: [f32; 4],
    form: &Form,
) -> Option<Drawn> {
    // A list box shows its options, chosen or not; any other field its value.
    let options = list_options(doc, dict);
    let chosen = match (field_value(doc, dict), &options) {
        (Some(chosen), _) => chosen,
        (None, Some(_)) => Vec::new(),
        (None, None) => return None,
    };
    let da = inherited(doc, dict, b"DA")
        .and_then(|o| text_of(doc, o))
        .or_else(|| form.da.clone())
        .unwrap_or_default();
    let (font_name, size, colour_op) = parse_da(&da);
    let own_fonts = inherited(doc, dict, b"DR")
        .and_then(|r| r.as_dict().ok())
        .and_then(|r| r.get(b"Font").ok())
        .and_then(|f| resolve(doc, f))
        .and_then(|f| f.as_dict().ok());
    let lists: Vec<&Dictionary> = own_fonts.into_iter().chain(form.fonts.as_ref()).collect();
    let font = FieldFont::find(doc, font_name.as_deref(), &lists);
    let quadding = inherited(doc, dict, b"Q")
        .and_then(|q| q.as_i64().ok())
        .unwrap_or(form.quadding);
    let flags = inherited(doc, dict, b"Ff")
        .and_then(|f| f.as_i64().ok())
        .unwrap_or(0);
    let text_field = inherited(doc, dict, b"FT").and_then(|t| t.as_name().ok()) == Some(b"Tx");
    let max_len = inherited(doc, dict, b"MaxLen")
        .and_then(|m| m.as_i64().ok())
        .unwrap_or(0);
    let (dx, dy) = (rect[2] - rect[0], rect[3] - rect[1]);
    // The border's width, which the text keeps clear of: none unless the widget sets
    // one (`/BS`, `/Border`), as viewers lay out a field.
    let bw = if dict.get(b"BS").is_ok() || dict.get(b"Border").is_ok() {
        border_width(doc, dict)
    } else {
        0.0
    };
    let size = size.unwrap_or(12.0);
    let mut d = Drawn::default();
    if font.object.is_none() {
        d.font = true;
    } else if let Some(object) = &font.object {
        d.fonts.push((font.name.clone(), object.clone()));
    }
    let name = &font.name;
    let out = &mut d.ops;
    // The box's own space, clipped to it (an appearance stream is clipped to its box).
    out.push_str(&format!(
        "q 1 0 0 1 {} {} cm 0 0 {dx} {dy} re W n\n",
        rect[0], rect[1]
    ));
    if let Some(options) = options {
        // A list box: its options from the top, the chosen ones white on a black band.
        let widest = options.iter().map(|o| font.width(o)).fold(0.0, f32::max);
        let size = one_line_size(size, dx, dy, bw, widest);
        let mut y = dy - 1.1 * size;
        for option in &options {
            let selected = chosen.contains(option);
            if selected {
                out.push_str(&format!(
                    "0 g {bw} {} {} {} re f\n",
                    y - 0.2 * size,
                    dx - 2.0 * bw,
                    1.1 * size
                ));
            }
            let x = line_start(quadding, dx, bw, font.width(option) * size);
            let colour = if selected { "1 g" } else { colour_op.as_str() };
            out.push_str(&format!(
                "BT /{name} {size} Tf {colour} 1 0 0 1 {x} {y} Tm {} Tj ET\n",
                font.string(option)
            ));
            y -= 1.1 * size;
        }
    } else if text_field && flags & MULTILINE != 0 {
        let text = chosen.join("\n");
        let room = dx - 2.0 * bw - 4.0;
        let size = if size == 0.0 {
            // The largest size, from 20 points down, whose lines all fit the box.
            let mut s = 20.0f32;
            while s > 1.0 {
                let lines = layout(&text, &font, room / s).len() as f32;
                if dy - 3.0 - lines * s >= 0.33 * s {
                    break;
                }
                s -= 1.0;
            }
            s
        } else {
            size
        };
        let mut y = dy - 3.0;
        out.push_str(&format!("BT /{name} {size} Tf {colour_op}\n"));
        for line in layout(&text, &font, room / size) {
            y -= size;
            let x = line_start(quadding, dx, bw, font.width(&line) * size);
            out.push_str(&format!("1 0 0 1 {x} {y} Tm {} Tj\n", font.string(&line)));
        }
        out.push_str("ET\n");
    } else if text_field
        && flags & COMB != 0
        && flags & (MULTILINE | PASSWORD | FILE_SELECT) == 0
        && max_len > 0
    {
        // A comb field: one character in the middle of each of `max_len` cells.
        let text: Vec<char> = chosen.join(" ").chars().take(max_len as usize).collect();
        let cell = (dx - 2.0 * bw) / max_len as f32;
        let size = if size == 0.0 {
            (dy - 2.0 * bw).min(cell).floor().max(1.0)
        } else {
            size
        };
        let free = (max_len as usize - text.len()) as f32;
        let x0 = match quadding {
            1 => bw + free / 2.0 * cell,
            2 => bw + free * cell,
            _ => bw,
        };
        let y = 0.5 * dy - 0.4 * size;
        out.push_str(&format!("BT /{name} {size} Tf {colour_op}\n"));
        for (i, c) in text.iter().enumerate() {
            let x = x0 + i as f32 * cell + 0.5 * (cell - font.char_width(*c) * size);
            let s = c.to_string();
            out.push_str(&format!("1 0 0 1 {x} {y} Tm {} Tj\n", font.string(&s)));
        }
        out.push_str("ET\n");
    } else {
        // One line (a text field, a combo box's choice) in the middle of the box.
        let text = chosen.join(" ");
        let w = font.width(&text);
        let size = one_line_size(size, dx, dy, bw, w);
        let x = line_start(quadding, dx, bw, w * size);
        let y = 0.5 * dy - 0.4 * size;
        out.push_str(&format!(
            "BT /{name} {size} Tf {colour_op} 1 0 0 1 {x} {y} Tm {} Tj ET\n",
            font.string(&text)
        ));
    }
    out.push_str("Q\n");
    Some(d)
}

/// The width of a ZapfDingbats mark, as a share of its size (the marks forms use).
fn dingbat_width(c: u8) -> f32 {
    match c {
        b'4' => 0.846,
        b'5' => 0.762,
        b'8' => 0.788,
        b'l' => 0.791,
        b'n' => 0.761,
        b'u' => 0.776,
        b'H' => 0.816,
        _ => 0.8,
    }
}

/// A check box's or radio button's widget in the state its field's value gives it
/// (12.7.4.2.3), as a viewer draws it afresh: its background and border (`/MK /BG`,
/// `/MK /BC`, the border's width), round for a radio button, and when it is on, its mark
/// (`/MK /CA` in ZapfDingbats: a check by default, a dot for a radio button) in the
/// colour and size of its default appearance (`/DA`, inherited, else the form's
/// `default_da`; size 0 fits the box). `None` for any other widget.
pub(super) fn draw_button(
    doc: &Document,
    dict: &Dictionary,
    rect: [f32; 4],
    default_da: Option<&str>,
) -> Option<Drawn> {
    if inherited(doc, dict, b"FT")?.as_name().ok()? != b"Btn" || is_push_button(doc, dict) {
        return None;
    }
    const RADIO: i64 = 1 << 15;
    let radio = inherited(doc, dict, b"Ff")
        .and_then(|f| f.as_i64().ok())
        .is_some_and(|f| f & RADIO != 0);
    // The widget's "on" state is the name of its appearance other than Off.
    let on_name: Option<Vec<u8>> = dict
        .get(b"AP")
        .ok()
        .and_then(|ap| resolve(doc, ap))
        .and_then(|ap| ap.as_dict().ok())
        .and_then(|ap| ap.get(b"N").ok())
        .and_then(|n| resolve(doc, n))
        .and_then(|n| n.as_dict().ok())
        .and_then(|n| {
            n.iter()
                .map(|(k, _)| k.clone())
                .find(|k| k.as_slice() != b"Off")
        });
    let value = inherited(doc, dict, b"V").and_then(|v| v.as_name().ok());
    let shown = dict.get(b"AS").ok().and_then(|a| a.as_name().ok());
    let on = match (value, &on_name) {
        (Some(v), Some(name)) => v == name.as_slice(),
        (Some(v), None) => v != b"Off" && shown.is_none_or(|s| s != b"Off"),
        (None, _) => shown.is_some_and(|s| s != b"Off"),
    };
    let mk = dict
        .get(b"MK")
        .ok()
        .and_then(|m| resolve(doc, m))
        .and_then(|m| m.as_dict().ok());
    let mk_colour = |key: &[u8], stroke: bool| {
        mk.filter(|m| m.get(key).is_ok())
            .and_then(|m| colour(doc, m, key, stroke))
    };
    let (background, border) = (mk_colour(b"BG", false), mk_colour(b"BC", true));
    let width = if border.is_some() {
        border_width(doc, dict)
    } else {
        0.0
    };
    let mut d = Drawn::default();
    let out = &mut d.ops;
    out.push_str("q\n");
    let shape = |out: &mut String, r: [f32; 4]| {
        if radio {
            ellipse(out, r);
        } else {
            out.push_str(&rect_path(r));
        }
    };
    if let Some(bg) = &background {
        out.push_str(&format!("{bg}\n"));
        shape(out, rect);
        out.push_str("f\n");
    }
    if let (Some(bc), true) = (&border, width > 0.0) {
        let half = width / 2.0;
        out.push_str(&format!("{bc} {width} w\n"));
        shape(
            out,
            [
                rect[0] + half,
                rect[1] + half,
                rect[2] - half,
                rect[3] - half,
            ],
        );
        out.push_str("S\n");
    }
    if on {
        let mark = mk
            .and_then(|m| m.get(b"CA").ok())
            .and_then(|c| text_of(doc, c))
            .and_then(|c| c.bytes().next())
            .unwrap_or(if radio { b'l' } else { b'4' });
        let da = inherited(doc, dict, b"DA")
            .and_then(|o| text_of(doc, o))
            .or_else(|| default_da.map(str::to_owned))
            .unwrap_or_default();
        let mut probe = Dictionary::new();
        probe.set("DA", Object::string_literal(da.clone()));
        let (size, colour_op) = default_appearance(doc, &probe);
        let auto = da
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[1] == "Tf" && w[0].parse::<f32>().is_ok_and(|s| s == 0.0));
        let (w, h) = (rect[2] - rect[0], rect[3] - rect[1]);
        let room = (w.min(h) - 4.0 * width).max(1.0);
        let glyph = dingbat_width(mark);
        let size = if auto { room } else { size }.min(room / glyph);
        let x = rect[0] + (w - size * glyph) / 2.0;
        let y = rect[1] + (h - size * 0.7) / 2.0;
        d.dingbats = true;
        out.push_str(&format!(
            "BT /{DINGBATS} {size} Tf {colour_op} 1 0 0 1 {x} {y} Tm <{mark:02x}> Tj ET\n"
        ));
    }
    out.push_str("Q\n");
    Some(d)
}

/// The size of one line of text `width` wide at size 1 in a box `dx` × `dy` with a
/// border `bw` wide: `size` itself, or for an automatic size (0) as tall as the box
/// allows and narrow enough to fit, in whole points.
fn one_line_size(size: f32, dx: f32, dy: f32, bw: f32, width: f32) -> f32 {
    if size != 0.0 {
        return size;
    }
    let mut s = dy - 2.0 * bw;
    if width > 0.0 {
        s = s.min((dx - 4.0 - 2.0 * bw) / width);
    }
    s.floor().max(1.0)
}
