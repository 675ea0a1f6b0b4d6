//! Drawing for annotations that come without an appearance stream, as viewers draw them
//! from the annotation's own data (PDF 32000-1, 12.5.6): a signature drawn with the
//! mouse (Ink), text typed onto a page (FreeText), highlights and other text markup, shapes,
//! and the icons of notes, carets, stamps and attachments. The result is page-space
//! drawing operations appended to the page's content, so the mark reaches the packet as
//! it would reach paper.

use lopdf::{Dictionary, Document, Object};

use super::line_endings::ending;
use super::rich_text;
pub(super) use crate::objects::resolve;

/// Operations that draw one annotation, and the resources they use.
#[derive(Debug, Default)]
pub(super) struct Drawn {
    pub ops: String,
    /// Uses the `/ImrHelv` font (Helvetica, WinAnsi).
    pub font: bool,
    /// Uses the `/ImrZapf` font (ZapfDingbats: check marks).
    pub dingbats: bool,
    /// Uses the `/ImrMultiply` graphics state (multiply blending, for highlights).
    pub multiply: bool,
    /// Uses these fonts of the file (a form field's own font), by the name given them.
    pub fonts: Vec<(String, Object)>,
}

impl Drawn {
    /// Notes the resources `other` uses as used here too.
    pub fn uses(&mut self, other: &Drawn) {
        self.font |= other.font;
        self.dingbats |= other.dingbats;
        self.multiply |= other.multiply;
        for (name, font) in &other.fonts {
            if !self.fonts.iter().any(|(n, _)| n == name) {
                self.fonts.push((name.clone(), font.clone()));
            }
        }
    }
}

/// The resource names the generated drawing uses.
pub(super) const FONT: &str = "ImrHelv";
pub(super) const DINGBATS: &str = "ImrZapf";
pub(super) const MULTIPLY: &str = "ImrMultiply";

fn number(doc: &Document, obj: &Object) -> Option<f32> {
    let v = resolve(doc, obj)?.as_float().ok()?;
    v.is_finite().then_some(v)
}

pub(super) fn numbers(doc: &Document, dict: &Dictionary, key: &[u8]) -> Vec<f32> {
    dict.get(key)
        .ok()
        .and_then(|o| resolve(doc, o))
        .and_then(|o| o.as_array().ok())
        .map(|items| items.iter().filter_map(|i| number(doc, i)).collect())
        .unwrap_or_default()
}

/// A colour from `/C` or `/IC` (0, 1, 3 or 4 components) as a PDF colour operator;
/// `None` for an empty array (no colour: that part is not drawn).
pub(super) fn colour(
    doc: &Document,
    dict: &Dictionary,
    key: &[u8],
    stroke: bool,
) -> Option<String> {
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
pub(super) fn border_width(doc: &Document, dict: &Dictionary) -> f32 {
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
pub(super) fn rect_path(r: [f32; 4]) -> String {
    format!("{} {} {} {} re\n", r[0], r[1], r[2] - r[0], r[3] - r[1])
}

/// An ellipse inside `[x0, y0, x1, y1]`, as four Bézier curves.
pub(super) fn ellipse(out: &mut String, r: [f32; 4]) {
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
            let (stroke, fill, width) = shape_state(doc, dict, out);
            if !stroke {
                return None;
            }
            out.push_str(&format!("{x1} {y1} m {x2} {y2} l S\n"));
            let (start, end) = line_ending_names(doc, dict);
            out.push_str(&ending(&start, (x1, y1), (x2, y2), width, fill));
            out.push_str(&ending(&end, (x2, y2), (x1, y1), width, fill));
        }
        b"Polygon" | b"PolyLine" => {
            let pts = points(&numbers(doc, dict, b"Vertices"));
            if pts.len() < 2 {
                return None;
            }
            let closed = subtype == b"Polygon";
            let (stroke, fill, width) = shape_state(doc, dict, out);
            path(out, &pts, closed);
            paint(out, stroke, fill && closed);
            if !closed && stroke {
                let (start, end) = line_ending_names(doc, dict);
                let n = pts.len();
                out.push_str(&ending(&start, pts[0], pts[1], width, fill));
                out.push_str(&ending(&end, pts[n - 1], pts[n - 2], width, fill));
            }
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
            free_text(doc, dict, r, &mut d)?;
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

/// The line ending names of a Line or PolyLine (`/LE [start end]`), `None` if unset.
fn line_ending_names(doc: &Document, dict: &Dictionary) -> (Vec<u8>, Vec<u8>) {
    let names: Vec<Vec<u8>> = dict
        .get(b"LE")
        .ok()
        .and_then(|o| resolve(doc, o))
        .and_then(|o| o.as_array().ok())
        .map(|a| {
            a.iter()
                .map(|n| n.as_name().map(<[u8]>::to_vec).unwrap_or_default())
                .collect()
        })
        .unwrap_or_default();
    let get = |i: usize| names.get(i).cloned().unwrap_or_else(|| b"None".to_vec());
    (get(0), get(1))
}

/// Typed-on text (12.5.6.6) in its rectangle `r`: the box filled with `/C` and framed,
/// its text from the rich text (`/RC`, in the style it sets, else the default style
/// `/DS`, else the default appearance `/DA`) or else `/Contents`, and a callout line
/// (`/CL`, with its ending `/LE`) when it has one, the box then being the rectangle less
/// `/RD`. `None` when there is no text.
fn free_text(doc: &Document, dict: &Dictionary, r: [f32; 4], d: &mut Drawn) -> Option<()> {
    let rich = dict
        .get(b"RC")
        .ok()
        .and_then(|o| text_of(doc, o))
        .filter(|t| !t.trim().is_empty());
    let contents = match &rich {
        Some(rich) => rich_text::plain_text(rich),
        None => text_of(doc, dict.get(b"Contents").ok()?)?,
    };
    if contents.trim().is_empty() {
        return None;
    }
    let (da_size, da_colour) = default_appearance(doc, dict);
    let default_style = dict
        .get(b"DS")
        .ok()
        .and_then(|o| text_of(doc, o))
        .map(|ds| rich_text::css_style(&ds))
        .unwrap_or_default();
    let style = rich
        .as_deref()
        .map(rich_text::rich_style)
        .unwrap_or_default()
        .or(default_style);
    let size = style.size.unwrap_or(da_size);
    let colour_op = style
        .colour
        .map(|[red, green, blue]| format!("{red} {green} {blue} rg"))
        .unwrap_or(da_colour);
    let out = &mut d.ops;
    // A callout's line lies outside its text box: the box is the rectangle less /RD
    // (left, top, right, bottom).
    let rd = numbers(doc, dict, b"RD");
    let inset = match rd.as_slice() {
        [left, top, right, bottom] => [r[0] + left, r[1] + bottom, r[2] - right, r[3] - top],
        _ => r,
    };
    let b = if inset[2] - inset[0] >= 1.0 && inset[3] - inset[1] >= 1.0 {
        inset
    } else {
        r
    };
    // The box: filled with /C when it has one; framed in the text's colour, one point
    // wide unless the border says otherwise (the default border, PDF 32000-1 12.5.2, as
    // poppler prints it).
    if let Some(fill) = colour(doc, dict, b"C", false).filter(|_| dict.get(b"C").is_ok()) {
        out.push_str(&format!("{fill} {}f\n", rect_path(b)));
    }
    let width = border_width(doc, dict);
    if width > 0.0 {
        let half = width / 2.0;
        let inner = [b[0] + half, b[1] + half, b[2] - half, b[3] - half];
        out.push_str(&format!(
            "{} {width} w {}S\n",
            stroking(&colour_op),
            rect_path(inner)
        ));
    }
    let callout = points(&numbers(doc, dict, b"CL"));
    if callout.len() == 2 || callout.len() == 3 {
        let line = width.max(1.0);
        let filled = colour(doc, dict, b"IC", false).filter(|_| dict.get(b"IC").is_ok());
        out.push_str(&format!("{} {line} w 0 J 0 j\n", stroking(&colour_op)));
        if let Some(fill) = &filled {
            out.push_str(&format!("{fill}\n"));
        }
        path(out, &callout, false);
        out.push_str("S\n");
        let kind = dict
            .get(b"LE")
            .ok()
            .and_then(|n| n.as_name().ok())
            .unwrap_or(b"None");
        out.push_str(&ending(
            kind,
            callout[0],
            callout[1],
            line,
            filled.is_some(),
        ));
    }
    d.font = true;
    let lines = wrap(&contents, size, (b[2] - b[0] - 4.0).max(size));
    out.push_str(&format!(
        "{}W n\nBT /{FONT} {size} Tf {colour_op}\n",
        rect_path(b)
    ));
    let leading = size * 1.15;
    let mut y = b[3] - 2.0 - size * 0.9;
    for line in lines {
        show_line(out, b[0] + 2.0, y, &line);
        y -= leading;
    }
    out.push_str("ET\n");
    Some(())
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
pub(super) fn stroking(colour_op: &str) -> String {
    match colour_op.rsplit_once(' ') {
        Some((values, op)) => format!("{values} {}", op.to_uppercase()),
        None => colour_op.to_uppercase(),
    }
}

/// One line of text at (`x`, `y`), inside a `BT … ET` that has set the font.
pub(super) fn show_line(out: &mut String, x: f32, y: f32, line: &str) {
    out.push_str(&format!(
        "1 0 0 1 {x} {y} Tm ({}) Tj\n",
        win_ansi_literal(line)
    ));
}

/// The size and colour of a FreeText's default appearance (`/DA`, for example
/// `/Helv 12 Tf 0 0 1 rg`); 12 pt black when it has none.
pub(super) fn default_appearance(doc: &Document, dict: &Dictionary) -> (f32, String) {
    let da = dict
        .get(b"DA")
        .ok()
        .and_then(|o| text_of(doc, o))
        .unwrap_or_default();
    let (_, size, colour_op) = parse_da(&da);
    // None, auto size (0) or a size too large to be meant: 12 pt.
    let size = size.filter(|s| (2.0..=144.0).contains(s)).unwrap_or(12.0);
    (size, colour_op)
}

/// The font name, size (0 for automatic) and colour operator of a default appearance
/// string (`/F2 0 Tf 0 0 1 rg`); black when it sets none.
pub(super) fn parse_da(da: &str) -> (Option<String>, Option<f32>, String) {
    let tokens: Vec<&str> = da.split_whitespace().collect();
    let mut name = None;
    let mut size = None;
    let mut colour_op = "0 g".to_string();
    for (i, t) in tokens.iter().enumerate() {
        match *t {
            "Tf" if i >= 1 => {
                size = tokens[i - 1]
                    .parse::<f32>()
                    .ok()
                    .filter(|s| s.is_finite() && *s >= 0.0);
                name = i
                    .checked_sub(2)
                    .and_then(|j| tokens[j].strip_prefix('/'))
                    .map(str::to_owned);
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
    (name, size, colour_op)
}

/// A PDF text string (PDFDocEncoding or UTF-16 with a byte order mark) as text.
pub(super) fn text_of(doc: &Document, obj: &Object) -> Option<String> {
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
pub(super) fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
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

/// The WinAnsiEncoding code of a character: Latin letters with their accents as they
/// are, a few typographic marks, anything else `?`.
pub(super) fn win_ansi_byte(ch: char) -> u8 {
    match ch {
        ' '..='~' | '\u{a0}'..='\u{ff}' => ch as u8,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '–' => 0x96,
        '—' => 0x97,
        '€' => 0x80,
        _ => b'?',
    }
}

/// The text as a PDF literal string in WinAnsiEncoding (`win_ansi_byte`), `(`, `)` and
/// `\` escaped.
fn win_ansi_literal(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars() {
        if matches!(ch, '(' | ')' | '\\') {
            out.push('\\');
            out.push(ch);
            continue;
        }
        out.push_str(&format!("\\{:03o}", win_ansi_byte(ch)));
    }
    out
}

/// The resources the generated drawing needs, added to the page's.
pub(super) fn add_resources(doc: &Document, resources: &mut Dictionary, uses: &Drawn) {
    let mut sub = |key: &[u8], name: &str, value: Object| {
        // The page's own fonts (or states) stay: its dictionary is often held apart
        // (a reference), and is copied with the new entry added.
        let mut dict = match resources.get(key).ok().and_then(|o| resolve(doc, o)) {
            Some(Object::Dictionary(d)) => d.clone(),
            _ => Dictionary::new(),
        };
        dict.set(name.as_bytes().to_vec(), value);
        resources.set(key.to_vec(), Object::Dictionary(dict));
    };
    if uses.font {
        let mut f = Dictionary::new();
        f.set("Type", Object::Name(b"Font".to_vec()));
        f.set("Subtype", Object::Name(b"Type1".to_vec()));
        f.set("BaseFont", Object::Name(b"Helvetica".to_vec()));
        f.set("Encoding", Object::Name(b"WinAnsiEncoding".to_vec()));
        sub(b"Font", FONT, Object::Dictionary(f));
    }
    if uses.dingbats {
        let mut f = Dictionary::new();
        f.set("Type", Object::Name(b"Font".to_vec()));
        f.set("Subtype", Object::Name(b"Type1".to_vec()));
        f.set("BaseFont", Object::Name(b"ZapfDingbats".to_vec()));
        sub(b"Font", DINGBATS, Object::Dictionary(f));
    }
    if uses.multiply {
        let mut g = Dictionary::new();
        g.set("Type", Object::Name(b"ExtGState".to_vec()));
        g.set("BM", Object::Name(b"Multiply".to_vec()));
        sub(b"ExtGState", MULTIPLY, Object::Dictionary(g));
    }
    for (name, font) in &uses.fonts {
        sub(b"Font", name, font.clone());
    }
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
