//! Drawing for annotations that come without an appearance stream, as viewers draw them
//! from the annotation's own data (PDF 32000-1, 12.5.6): a signature drawn with the
//! mouse (Ink), text typed onto a page (FreeText), highlights and other text markup, shapes,
//! and the icons of notes, carets, stamps and attachments. The result is page-space
//! drawing operations appended to the page's content, so the mark reaches the packet as
//! it would reach paper.

use lopdf::{Dictionary, Document, Object};

/// Operations that draw one annotation, and the resources they use.
#[derive(Debug, Default)]
pub(super) struct Drawn {
    pub ops: String,
    /// Uses the `/ImrHelv` font (Helvetica, WinAnsi).
    pub font: bool,
    /// Uses the `/ImrMultiply` graphics state (multiply blending, for highlights).
    pub multiply: bool,
}

/// The resource names the generated drawing uses.
pub(super) const FONT: &str = "ImrHelv";
pub(super) const MULTIPLY: &str = "ImrMultiply";

fn resolve<'a>(doc: &'a Document, obj: &'a Object) -> Option<&'a Object> {
    match obj {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

fn number(doc: &Document, obj: &Object) -> Option<f32> {
    let v = resolve(doc, obj)?.as_float().ok()?;
    v.is_finite().then_some(v)
}

fn numbers(doc: &Document, dict: &Dictionary, key: &[u8]) -> Vec<f32> {
    dict.get(key)
        .ok()
        .and_then(|o| resolve(doc, o))
        .and_then(|o| o.as_array().ok())
        .map(|items| items.iter().filter_map(|i| number(doc, i)).collect())
        .unwrap_or_default()
}

/// A colour from `/C` or `/IC` (0, 1, 3 or 4 components) as a PDF colour operator;
/// `None` for an empty array (no colour: that part is not drawn).
fn colour(doc: &Document, dict: &Dictionary, key: &[u8], stroke: bool) -> Option<String> {
    let c = numbers(doc, dict, key);
    let clamp = |v: f32| v.clamp(0.0, 1.0);
    let (g, rgb, k) = if stroke {
        ("G", "RG", "K")
    } else {
        ("g", "rg", "k")
    };
    match c.as_slice() {
        [] if dict.get(key).is_ok() => None,
        [] => Some(format!("0 {g}")),
        [v] => Some(format!("{} {g}", clamp(*v))),
        [r, gr, b] => Some(format!("{} {} {} {rgb}", clamp(*r), clamp(*gr), clamp(*b))),
        [c, m, y, kk] => Some(format!(
            "{} {} {} {} {k}",
            clamp(*c),
            clamp(*m),
            clamp(*y),
            clamp(*kk)
        )),
        _ => Some(format!("0 {g}")),
    }
}

/// The border width: `/BS /W`, else the third number of `/Border`, else 1.
fn border_width(doc: &Document, dict: &Dictionary) -> f32 {
    let from_bs = dict
        .get(b"BS")
        .ok()
        .and_then(|o| resolve(doc, o))
        .and_then(|o| o.as_dict().ok())
        .and_then(|bs| bs.get(b"W").ok())
        .and_then(|w| number(doc, w));
    let from_border = numbers(doc, dict, b"Border").get(2).copied();
    from_bs.or(from_border).unwrap_or(1.0).clamp(0.0, 50.0)
}

fn points(values: &[f32]) -> Vec<(f32, f32)> {
    values.chunks_exact(2).map(|p| (p[0], p[1])).collect()
}

fn path(out: &mut String, pts: &[(f32, f32)], close: bool) {
    for (i, (x, y)) in pts.iter().enumerate() {
        out.push_str(&format!("{x} {y} {}\n", if i == 0 { "m" } else { "l" }));
    }
    if close && pts.len() > 2 {
        out.push_str("h\n");
    }
}

/// The path of a rectangle given by its corners `[x0, y0, x1, y1]`.
fn rect_path(r: [f32; 4]) -> String {
    format!("{} {} {} {} re\n", r[0], r[1], r[2] - r[0], r[3] - r[1])
}

/// An ellipse inside `[x0, y0, x1, y1]`, as four Bézier curves.
fn ellipse(out: &mut String, r: [f32; 4]) {
    const K: f32 = 0.552_284_8;
    let (cx, cy) = ((r[0] + r[2]) / 2.0, (r[1] + r[3]) / 2.0);
    let (rx, ry) = ((r[2] - r[0]) / 2.0, (r[3] - r[1]) / 2.0);
    let (kx, ky) = (rx * K, ry * K);
    out.push_str(&format!("{} {cy} m\n", cx + rx));
    out.push_str(&format!(
        "{} {} {} {} {cx} {} c\n",
        cx + rx,
        cy + ky,
        cx + kx,
        cy + ry,
        cy + ry
    ));
    out.push_str(&format!(
        "{} {} {} {} {} {cy} c\n",
        cx - kx,
        cy + ry,
        cx - rx,
        cy + ky,
        cx - rx
    ));
    out.push_str(&format!(
        "{} {} {} {} {cx} {} c\n",
        cx - rx,
        cy - ky,
        cx - kx,
        cy - ry,
        cy - ry
    ));
    out.push_str(&format!(
        "{} {} {} {} {} {cy} c\n",
        cx + kx,
        cy - ry,
        cx + rx,
        cy - ky,
        cx + rx
    ));
}

/// Stroke (and fill) settings shared by the shapes.
fn shape_state(doc: &Document, dict: &Dictionary, out: &mut String) -> (bool, bool, f32) {
    let width = border_width(doc, dict);
    let stroke = colour(doc, dict, b"C", true);
    let fill = colour(doc, dict, b"IC", false).filter(|_| dict.get(b"IC").is_ok());
    out.push_str(&format!("{width} w 1 J 1 j\n"));
    if let Some(s) = &stroke {
        out.push_str(s);
        out.push('\n');
    }
    if let Some(f) = &fill {
        out.push_str(f);
        out.push('\n');
    }
    (stroke.is_some() && width > 0.0, fill.is_some(), width)
}

fn paint(out: &mut String, stroke: bool, fill: bool) {
    out.push_str(match (stroke, fill) {
        (true, true) => "B\n",
        (true, false) => "S\n",
        (false, true) => "f\n",
        (false, false) => "n\n",
    });
}

/// The drawing for an annotation of `subtype` without an appearance stream; `None` when
/// there is nothing a viewer would print.
pub(super) fn draw(
    doc: &Document,
    dict: &Dictionary,
    subtype: &[u8],
    rect: Option<[f32; 4]>,
) -> Option<Drawn> {
    let mut d = Drawn::default();
    let out = &mut d.ops;
    out.push_str("q\n");
    match subtype {
        b"Ink" => {
            let list = dict.get(b"InkList").ok().and_then(|o| resolve(doc, o))?;
            let strokes = list.as_array().ok()?;
            let (stroke, _, _) = shape_state(doc, dict, out);
            if !stroke {
                return None;
            }
            let mut any = false;
            for s in strokes {
                let values: Vec<f32> = resolve(doc, s)
                    .and_then(|o| o.as_array().ok())
                    .map(|a| a.iter().filter_map(|v| number(doc, v)).collect())
                    .unwrap_or_default();
                let pts = points(&values);
                match pts.as_slice() {
                    [] => {}
                    // A dot: a zero-length line with round caps.
                    [(x, y)] => {
                        out.push_str(&format!("{x} {y} m {x} {y} l\n"));
                        any = true;
                    }
                    _ => {
                        path(out, &pts, false);
                        any = true;
                    }
                }
            }
            if !any {
                return None;
            }
            out.push_str("S\n");
        }
        b"Line" => {
            let l = numbers(doc, dict, b"L");
            let [x1, y1, x2, y2] = <[f32; 4]>::try_from(l.get(..4)?).ok()?;
            let (stroke, _, _) = shape_state(doc, dict, out);
            if !stroke {
                return None;
            }
            out.push_str(&format!("{x1} {y1} m {x2} {y2} l S\n"));
        }
        b"Polygon" | b"PolyLine" => {
            let pts = points(&numbers(doc, dict, b"Vertices"));
            if pts.len() < 2 {
                return None;
            }
            let closed = subtype == b"Polygon";
            let (stroke, fill, _) = shape_state(doc, dict, out);
            path(out, &pts, closed);
            paint(out, stroke, fill && closed);
        }
        b"Square" | b"Circle" => {
            let r = rect?;
            let (stroke, fill, width) = shape_state(doc, dict, out);
            // The border is drawn inside the rectangle.
            let inset = width / 2.0;
            let r = [r[0] + inset, r[1] + inset, r[2] - inset, r[3] - inset];
            if r[2] <= r[0] || r[3] <= r[1] {
                return None;
            }
            if subtype == b"Square" {
                out.push_str(&rect_path(r));
            } else {
                ellipse(out, r);
            }
            paint(out, stroke, fill);
        }
        b"Highlight" | b"Underline" | b"StrikeOut" | b"Squiggly" => {
            let quads = numbers(doc, dict, b"QuadPoints");
            if quads.len() < 8 {
                return None;
            }
            let stroke = colour(doc, dict, b"C", true)?;
            let fill = colour(doc, dict, b"C", false)?;
            for q in quads.chunks_exact(8) {
                // Corners: upper left, upper right, lower left, lower right (as Acrobat
                // writes them); the box is taken from their extent whatever their order.
                let xs = [q[0], q[2], q[4], q[6]];
                let ys = [q[1], q[3], q[5], q[7]];
                let x0 = xs.iter().copied().fold(f32::INFINITY, f32::min);
                let x1 = xs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                let y0 = ys.iter().copied().fold(f32::INFINITY, f32::min);
                let y1 = ys.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                let h = y1 - y0;
                if x1 - x0 < 0.1 || h < 0.1 {
                    continue;
                }
                match subtype {
                    b"Highlight" => {
                        // Multiply, as viewers do: the text under it stays readable.
                        d.multiply = true;
                        out.push_str(&format!(
                            "/{MULTIPLY} gs {fill}\n{x0} {y0} {} {h} re f\n",
                            x1 - x0
                        ));
                    }
                    b"Underline" => {
                        let w = (h / 14.0).max(0.75);
                        let y = y0 + h / 14.0 + w / 2.0;
                        out.push_str(&format!("{stroke} {w} w {x0} {y} m {x1} {y} l S\n"));
                    }
                    b"StrikeOut" => {
                        let w = (h / 14.0).max(0.75);
                        let y = y0 + h / 2.0;
                        out.push_str(&format!("{stroke} {w} w {x0} {y} m {x1} {y} l S\n"));
                    }
                    _ => {
                        let w = (h / 16.0).max(0.75);
                        let amp = (h / 12.0).max(1.0);
                        let step = amp * 2.0;
                        let base = y0 + amp;
                        out.push_str(&format!("{stroke} {w} w {x0} {base} m\n"));
                        let mut x = x0;
                        let mut up = true;
                        while x < x1 {
                            x = (x + step).min(x1);
                            let y = if up { base + amp } else { base - amp };
                            out.push_str(&format!("{x} {y} l\n"));
                            up = !up;
                        }
                        out.push_str("S\n");
                    }
                }
            }
        }
        b"FreeText" => {
            let r = rect?;
            let contents = text_of(doc, dict.get(b"Contents").ok()?)?;
            if contents.trim().is_empty() {
                return None;
            }
            let (size, colour_op) = default_appearance(doc, dict);
            // The box: filled with /C when it has one; framed in the text's colour, one
            // point wide unless the border says otherwise (the default border, PDF
            // 32000-1 12.5.2, as poppler prints it).
            if let Some(fill) = colour(doc, dict, b"C", false).filter(|_| dict.get(b"C").is_ok()) {
                out.push_str(&format!("{fill} {}f\n", rect_path(r)));
            }
            let width = border_width(doc, dict);
            if width > 0.0 {
                let half = width / 2.0;
                let inner = [r[0] + half, r[1] + half, r[2] - half, r[3] - half];
                out.push_str(&format!(
                    "{} {width} w {}S\n",
                    stroking(&colour_op),
                    rect_path(inner)
                ));
            }
            d.font = true;
            let lines = wrap(&contents, size, (r[2] - r[0] - 4.0).max(size));
            out.push_str(&format!(
                "{}W n\nBT /{FONT} {size} Tf {colour_op}\n",
                rect_path(r)
            ));
            let leading = size * 1.15;
            let mut y = r[3] - 2.0 - size * 0.9;
            for line in lines {
                show_line(out, r[0] + 2.0, y, &line);
                y -= leading;
            }
            out.push_str("ET\n");
        }
        b"Text" | b"FileAttachment" | b"Caret" | b"Stamp" => {
            let r = rect?;
            icon(doc, dict, subtype, r, &mut d);
        }
        _ => return None,
    }
    d.ops.push_str("Q\n");
    Some(d)
}

/// The small picture a viewer prints for a note, an attachment, a caret or a stamp
/// without its own appearance.
fn icon(doc: &Document, dict: &Dictionary, subtype: &[u8], r: [f32; 4], d: &mut Drawn) {
    let out = &mut d.ops;
    // Without a colour of its own, a note is the usual yellow.
    let c = if dict.get(b"C").is_ok() {
        colour(doc, dict, b"C", false).unwrap_or_else(|| "1 0.82 0 rg".into())
    } else {
        "1 0.82 0 rg".into()
    };
    match subtype {
        b"Caret" => {
            let (x0, x1, y0, y1) = (r[0], r[2], r[1], r[3]);
            let mid = (x0 + x1) / 2.0;
            out.push_str(&format!("{c}\n{x0} {y0} m {mid} {y1} l {x1} {y0} l h f\n"));
        }
        b"Stamp" => {
            let name = dict
                .get(b"Name")
                .ok()
                .and_then(|n| n.as_name().ok())
                .map(|n| String::from_utf8_lossy(n).into_owned())
                .unwrap_or_else(|| "Draft".into());
            let words = name.trim_start_matches('#').replace(['_', '-'], " ");
            let (w, h) = (r[2] - r[0], r[3] - r[1]);
            let size = (h * 0.5)
                .clamp(6.0, 36.0)
                .min(w / (words.len().max(1) as f32 * 0.6));
            d.font = true;
            out.push_str(&format!(
                "0.75 0 0 RG 0.75 0 0 rg 2 w {} {} {} {} re S\nBT /{FONT} {size} Tf 1 0 0 1 {} {} Tm ({}) Tj ET\n",
                r[0] + 1.0,
                r[1] + 1.0,
                w - 2.0,
                h - 2.0,
                r[0] + 4.0,
                r[1] + (h - size) / 2.0 + size * 0.2,
                win_ansi_literal(&words.to_uppercase())
            ));
        }
        _ => {
            // A note or a paper clip: a small filled square at the top left, as viewers
            // print the icon (about 18 points).
            let size = 18.0f32.min(r[2] - r[0]).min(r[3] - r[1]).max(6.0);
            let (x, y) = (r[0], r[3] - size);
            out.push_str(&format!(
                "{c} 0 G 0.75 w {x} {y} {size} {size} re B\n{} {} m {} {} l {} {} m {} {} l S\n",
                x + size * 0.2,
                y + size * 0.65,
                x + size * 0.8,
                y + size * 0.65,
                x + size * 0.2,
                y + size * 0.4,
                x + size * 0.8,
                y + size * 0.4
            ));
        }
    }
}

/// The stroking form of a non-stroking colour operator (`0 0 1 rg` → `0 0 1 RG`).
fn stroking(colour_op: &str) -> String {
    match colour_op.rsplit_once(' ') {
        Some((values, op)) => format!("{values} {}", op.to_uppercase()),
        None => colour_op.to_uppercase(),
    }
}

/// One line of text at (`x`, `y`), inside a `BT … ET` that has set the font.
fn show_line(out: &mut String, x: f32, y: f32, line: &str) {
    out.push_str(&format!(
        "1 0 0 1 {x} {y} Tm ({}) Tj\n",
        win_ansi_literal(line)
    ));
}

/// The size and colour of a FreeText's default appearance (`/DA`, for example
/// `/Helv 12 Tf 0 0 1 rg`); 12 pt black when it has none.
fn default_appearance(doc: &Document, dict: &Dictionary) -> (f32, String) {
    let da = dict
        .get(b"DA")
        .ok()
        .and_then(|o| text_of(doc, o))
        .unwrap_or_default();
    let tokens: Vec<&str> = da.split_whitespace().collect();
    let mut size = 12.0f32;
    let mut colour_op = "0 g".to_string();
    for (i, t) in tokens.iter().enumerate() {
        match *t {
            "Tf" if i >= 1 => {
                if let Ok(s) = tokens[i - 1].parse::<f32>() {
                    if s.is_finite() && s > 0.0 {
                        size = s;
                    }
                }
            }
            "g" | "rg" | "k" => {
                let n = match *t {
                    "g" => 1,
                    "rg" => 3,
                    _ => 4,
                };
                if i >= n {
                    let values: Vec<f32> = tokens[i - n..i]
                        .iter()
                        .filter_map(|v| v.parse::<f32>().ok())
                        .collect();
                    if values.len() == n {
                        let list: Vec<String> = values
                            .iter()
                            .map(|v| v.clamp(0.0, 1.0).to_string())
                            .collect();
                        colour_op = format!("{} {t}", list.join(" "));
                    }
                }
            }
            _ => {}
        }
    }
    // Auto size (0) or a size too large to be meant: 12 pt.
    if !(2.0..=144.0).contains(&size) {
        size = 12.0;
    }
    (size, colour_op)
}

/// A PDF text string (PDFDocEncoding or UTF-16 with a byte order mark) as text.
fn text_of(doc: &Document, obj: &Object) -> Option<String> {
    let bytes = match resolve(doc, obj)? {
        Object::String(bytes, _) => bytes,
        _ => return None,
    };
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        Some(String::from_utf16_lossy(&units))
    } else if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        Some(String::from_utf8_lossy(&bytes[3..]).into_owned())
    } else {
        // PDFDocEncoding matches Latin-1 for the letters people type.
        Some(bytes.iter().map(|&b| b as char).collect())
    }
}

/// Helvetica's average advance, as a share of the size, for wrapping lines: generous,
/// so that a line never runs past the box.
const AVERAGE_ADVANCE: f32 = 0.56;

/// The text in lines that fit `width` at `size` (paragraphs kept, long words cut).
fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let per_line = ((width / (size * AVERAGE_ADVANCE)).floor() as usize).max(1);
    let mut lines = Vec::new();
    for paragraph in text.split(['\r', '\n']) {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let mut word = word.to_string();
            while word.chars().count() > per_line {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let head: String = word.chars().take(per_line).collect();
                word = word.chars().skip(per_line).collect();
                lines.push(head);
            }
            let needed =
                line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
            if needed > per_line && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        lines.push(line);
    }
    lines
}

/// The text as a PDF literal string in WinAnsiEncoding: Latin letters with their accents
/// as they are, `(`, `)` and `\` escaped, anything else as `?`.
fn win_ansi_literal(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars() {
        let byte = match ch {
            '(' | ')' | '\\' => {
                out.push('\\');
                out.push(ch);
                continue;
            }
            ' '..='~' => ch as u32,
            '\u{a0}'..='\u{ff}' => ch as u32,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '–' => 0x96,
            '—' => 0x97,
            '€' => 0x80,
            _ => '?' as u32,
        };
        out.push_str(&format!("\\{byte:03o}"));
    }
    out
}

/// The resources the generated drawing needs, added to the page's.
pub(super) fn add_resources(
    doc: &Document,
    resources: &mut Dictionary,
    font: bool,
    multiply: bool,
) {
    let mut sub = |key: &[u8], name: &str, value: Dictionary| {
        // The page's own fonts (or states) stay: its dictionary is often held apart
        // (a reference), and is copied with the new entry added.
        let mut dict = match resources.get(key).ok().and_then(|o| resolve(doc, o)) {
            Some(Object::Dictionary(d)) => d.clone(),
            _ => Dictionary::new(),
        };
        dict.set(name.as_bytes().to_vec(), Object::Dictionary(value));
        resources.set(key.to_vec(), Object::Dictionary(dict));
    };
    if font {
        let mut f = Dictionary::new();
        f.set("Type", Object::Name(b"Font".to_vec()));
        f.set("Subtype", Object::Name(b"Type1".to_vec()));
        f.set("BaseFont", Object::Name(b"Helvetica".to_vec()));
        f.set("Encoding", Object::Name(b"WinAnsiEncoding".to_vec()));
        sub(b"Font", FONT, f);
    }
    if multiply {
        let mut g = Dictionary::new();
        g.set("Type", Object::Name(b"ExtGState".to_vec()));
        g.set("BM", Object::Name(b"Multiply".to_vec()));
        sub(b"ExtGState", MULTIPLY, g);
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_and_cuts_long_ones() {
        assert_eq!(wrap("one two three", 10.0, 5.6 * 8.0), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 10.0, 5.6 * 4.0), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\nb", 10.0, 100.0), ["a", "b"]);
    }

    #[test]
    fn win_ansi_keeps_accents_and_escapes() {
        assert_eq!(win_ansi_literal("é"), "\\351");
        assert_eq!(win_ansi_literal("("), "\\(");
        assert_eq!(win_ansi_literal("😀"), "\\077");
    }
}
