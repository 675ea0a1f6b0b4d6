//! Form fields drawn from their values, for a form that asks viewers to draw its fields
//! afresh (`/NeedAppearances`, PDF 32000-1 12.7.3): the appearance stored with each
//! field may be empty or stale, and what the person typed or ticked must not be lost.
//! Text and choice fields show their value; check boxes and radio buttons their state,
//! with the field's own border, background and mark (`/MK`), as viewers draw them.

use lopdf::{Dictionary, Document, Object};

use super::annotations::{
    border_width, colour, default_appearance, ellipse, rect_path, resolve, show_line, text_of,
    wrap, Drawn, DINGBATS, FONT,
};

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
    const PASSWORD: i64 = 1 << 13;
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

/// A text or choice field's value drawn in its box, for a file that asks viewers to draw
/// its fields afresh (`/NeedAppearances`): its stored appearance may be empty or stale,
/// and a value typed into a form must not be lost. Helvetica at the field's size and
/// colour (`/DA`, inherited, else the form's `default_da`); an automatic size (0) fits
/// one line to the box.
pub(super) fn draw_field_value(
    doc: &Document,
    dict: &Dictionary,
    rect: [f32; 4],
    default_da: Option<&str>,
) -> Option<Drawn> {
    let chosen = field_value(doc, dict)?;
    // A list box shows its options, the chosen ones marked; a combo box and a text
    // field show the value.
    let options = list_options(doc, dict);
    let lines = options.clone().unwrap_or_else(|| chosen.clone());
    let da = inherited(doc, dict, b"DA")
        .and_then(|o| text_of(doc, o))
        .or_else(|| default_da.map(str::to_owned))
        .unwrap_or_default();
    let (height, width) = (rect[3] - rect[1], rect[2] - rect[0]);
    let mut probe = Dictionary::new();
    probe.set("DA", Object::string_literal(da.clone()));
    let (size, colour_op) = default_appearance(doc, &probe);
    let auto = da
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w[1] == "Tf" && w[0].parse::<f32>().is_ok_and(|s| s == 0.0));
    let size = if auto {
        (height * 0.7).clamp(4.0, 12.0)
    } else {
        size.min(height.max(4.0))
    };
    let leading = size * 1.15;
    let mut d = Drawn {
        font: true,
        ..Drawn::default()
    };
    let out = &mut d.ops;
    out.push_str(&format!(
        "q\n{}W n\nBT /{FONT} {size} Tf {colour_op}\n",
        rect_path(rect)
    ));
    // One line sits in the middle of its box; several start at the top.
    let mut y = if lines.len() == 1 && height < 2.0 * leading {
        rect[1] + (height - size * 0.7) / 2.0
    } else {
        rect[3] - 2.0 - size * 0.9
    };
    let mut marked = Vec::new();
    for line in lines
        .iter()
        .flat_map(|l| wrap(l, size, (width - 4.0).max(size)))
    {
        if options.is_some() && chosen.contains(&line) {
            marked.push((y, line.clone()));
        }
        show_line(out, rect[0] + 2.0, y, &line);
        y -= leading;
    }
    out.push_str("ET\n");
    // A chosen option stands out as viewers show it: white on a dark band.
    for (y, line) in marked {
        let band = [
            rect[0] + 1.0,
            y - size * 0.25,
            rect[2] - 1.0,
            y + size * 0.9,
        ];
        out.push_str(&format!(
            "0 g {}f\nBT /{FONT} {size} Tf 1 g\n",
            rect_path(band)
        ));
        show_line(out, rect[0] + 2.0, y, &line);
        out.push_str("ET\n");
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
