//! Optional content (layers) in the state a viewer prints it (PDF 32000-1, 8.11): a
//! layer can be off on screen and on when printed (a "printed copy" mark, a form's
//! printing guides), or the other way round (on-screen instructions). The packet is a
//! printout, so each layer is set as printing sets it, and what is off is taken out of
//! the page for good: the packet carries no layers, so no reader can show a different
//! state.
//!
//! What is off stops being drawn, as a viewer hides it, without changing anything else:
//! inside marked content of a hidden layer (`/OC /name BDC … EMC`) painting operators
//! become `n` (end the path unpainted), text objects are taken out (text that runs on
//! past the layer's end is shown in the invisible rendering mode, so that the text
//! position still advances), and images, shadings and forms are left out,
//! while the graphics state changes run as before. A form or an image that belongs to a
//! hidden layer draws nothing, and an annotation that does is not printed.

use std::collections::BTreeSet;

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::objects::resolve;

/// Which optional content groups are off when the document is printed.
#[derive(Debug, Default)]
pub(super) struct PrintState {
    off: BTreeSet<ObjectId>,
}

fn dict<'a>(doc: &'a Document, obj: &'a Object) -> Option<&'a Dictionary> {
    resolve(doc, obj)?.as_dict().ok()
}

fn name<'a>(doc: &'a Document, obj: &'a Object) -> Option<&'a [u8]> {
    resolve(doc, obj)?.as_name().ok()
}

fn refs(doc: &Document, obj: &Object) -> Vec<ObjectId> {
    match resolve(doc, obj) {
        Some(Object::Array(items)) => items.iter().filter_map(|i| i.as_reference().ok()).collect(),
        _ => obj.as_reference().ok().into_iter().collect(),
    }
}

impl PrintState {
    /// The print state of the document's layers (its default configuration, then the
    /// automatic changes it asks for when printing); `None` when it has none, or when
    /// every layer prints.
    pub(super) fn of(doc: &Document) -> Option<PrintState> {
        let properties = dict(doc, doc.catalog().ok()?.get(b"OCProperties").ok()?)?;
        let groups = refs(doc, properties.get(b"OCGs").ok()?);
        let config = properties.get(b"D").ok().and_then(|d| dict(doc, d));
        let mut off = BTreeSet::new();
        if let Some(config) = config {
            if config.get(b"BaseState").ok().and_then(|b| name(doc, b)) == Some(b"OFF") {
                off.extend(groups.iter().copied());
            }
            if let Ok(on) = config.get(b"ON") {
                for id in refs(doc, on) {
                    off.remove(&id);
                }
            }
            if let Ok(list) = config.get(b"OFF") {
                off.extend(refs(doc, list));
            }
            // Usage application for printing: a group whose /Usage says how it prints
            // is set so (12.7… 8.11.4.4).
            let usages = config
                .get(b"AS")
                .ok()
                .and_then(|a| resolve(doc, a))
                .and_then(|a| a.as_array().ok())
                .map(Vec::as_slice)
                .unwrap_or_default();
            for usage in usages.iter().filter_map(|u| dict(doc, u)) {
                if usage.get(b"Event").ok().and_then(|e| name(doc, e)) != Some(b"Print") {
                    continue;
                }
                let print_category = usage
                    .get(b"Category")
                    .ok()
                    .and_then(|c| resolve(doc, c))
                    .and_then(|c| c.as_array().ok())
                    .is_some_and(|c| c.iter().any(|n| name(doc, n) == Some(b"Print")));
                if !print_category {
                    continue;
                }
                let Ok(listed) = usage.get(b"OCGs") else {
                    continue;
                };
                for id in refs(doc, listed) {
                    let state = doc
                        .get_dictionary(id)
                        .ok()
                        .and_then(|g| g.get(b"Usage").ok())
                        .and_then(|u| dict(doc, u))
                        .and_then(|u| u.get(b"Print").ok())
                        .and_then(|p| dict(doc, p))
                        .and_then(|p| p.get(b"PrintState").ok())
                        .and_then(|s| name(doc, s));
                    match state {
                        Some(b"ON") => {
                            off.remove(&id);
                        }
                        Some(b"OFF") => {
                            off.insert(id);
                        }
                        _ => {}
                    }
                }
            }
        }
        (!off.is_empty()).then_some(PrintState { off })
    }

    /// Whether content marked with `oc` (a group or a membership dictionary, 8.11.2)
    /// prints. Anything that is neither prints.
    pub(super) fn prints(&self, doc: &Document, oc: &Object) -> bool {
        self.visible(doc, oc, 0)
    }

    fn visible(&self, doc: &Document, oc: &Object, depth: usize) -> bool {
        if depth > 32 {
            return true;
        }
        let id = oc.as_reference().ok();
        let Some(d) = dict(doc, oc) else {
            return true;
        };
        match d.get(b"Type").ok().and_then(|t| name(doc, t)) {
            Some(b"OCMD") => {}
            // A group (its /Type is required, but some writers leave it out).
            _ if d.get(b"OCGs").is_err() => {
                return id.is_none_or(|id| !self.off.contains(&id));
            }
            _ => {}
        }
        if let Some(expression) = d.get(b"VE").ok().and_then(|v| resolve(doc, v)) {
            return self.expression(doc, expression, depth + 1);
        }
        let Ok(listed) = d.get(b"OCGs") else {
            return true;
        };
        let on: Vec<bool> = refs(doc, listed)
            .into_iter()
            .map(|g| !self.off.contains(&g))
            .collect();
        if on.is_empty() {
            return true;
        }
        match d.get(b"P").ok().and_then(|p| name(doc, p)) {
            Some(b"AllOn") => on.iter().all(|&v| v),
            Some(b"AnyOff") => on.iter().any(|&v| !v),
            Some(b"AllOff") => on.iter().all(|&v| !v),
            _ => on.iter().any(|&v| v),
        }
    }

    /// A visibility expression: a group, or `[/And …]`, `[/Or …]`, `[/Not x]`.
    fn expression(&self, doc: &Document, e: &Object, depth: usize) -> bool {
        if depth > 32 {
            return true;
        }
        let Some(items) = resolve(doc, e).and_then(|e| e.as_array().ok()) else {
            return self.visible(doc, e, depth + 1);
        };
        let Some((op, args)) = items.split_first() else {
            return true;
        };
        let mut values = args.iter().map(|a| self.expression(doc, a, depth + 1));
        match name(doc, op) {
            Some(b"And") => values.all(|v| v),
            Some(b"Or") => values.any(|v| v),
            Some(b"Not") => !values.next().unwrap_or(false),
            _ => true,
        }
    }
}

/// Applies the print state to the document's forms, images and annotations (pages'
/// own content is done by [`strip`] as each page is read): a form or image of a hidden
/// layer becomes an empty form, a form's content has its hidden marked content
/// stripped (decoded up to `limit` bytes), and an annotation of a hidden layer is
/// flagged hidden.
pub(super) fn apply(doc: &mut Document, state: &PrintState, limit: usize) {
    enum Change {
        Empty,
        Content(Vec<u8>),
        Flags(i64),
    }
    let ids: Vec<ObjectId> = doc.objects.keys().copied().collect();
    for id in ids {
        let change = match doc.objects.get(&id) {
            Some(Object::Stream(stream)) => {
                let subtype = stream
                    .dict
                    .get(b"Subtype")
                    .ok()
                    .and_then(|s| s.as_name().ok());
                let hidden = || {
                    stream
                        .dict
                        .get(b"OC")
                        .is_ok_and(|oc| !state.prints(doc, oc))
                };
                match subtype {
                    Some(b"Form") | Some(b"Image") if hidden() => Some(Change::Empty),
                    Some(b"Form") => stream
                        .get_plain_content_with_limit(limit)
                        .ok()
                        .filter(|c| c.windows(3).any(|w| w == b"BDC"))
                        .and_then(|content| {
                            let properties = stream
                                .dict
                                .get(b"Resources")
                                .ok()
                                .and_then(|r| dict(doc, r))
                                .and_then(|r| r.get(b"Properties").ok())
                                .and_then(|p| dict(doc, p))?;
                            strip(doc, &content, properties, state)
                        })
                        .map(Change::Content),
                    _ => None,
                }
            }
            Some(Object::Dictionary(d)) => {
                let is_annotation = d.get(b"Subtype").is_ok() && d.get(b"Rect").is_ok();
                let hidden = d.get(b"OC").is_ok_and(|oc| !state.prints(doc, oc));
                (is_annotation && hidden).then(|| {
                    let flags = d.get(b"F").ok().and_then(|f| f.as_i64().ok()).unwrap_or(0);
                    // Hidden (12.5.3): neither shown nor printed.
                    Change::Flags(flags | 2)
                })
            }
            _ => None,
        };
        match (change, doc.objects.get_mut(&id)) {
            (Some(Change::Empty), Some(object)) => {
                let mut empty = Dictionary::new();
                empty.set("Type", Object::Name(b"XObject".to_vec()));
                empty.set("Subtype", Object::Name(b"Form".to_vec()));
                empty.set(
                    "BBox",
                    Object::Array(vec![0.into(), 0.into(), 0.into(), 0.into()]),
                );
                *object = Object::Stream(lopdf::Stream::new(empty, Vec::new()));
            }
            (Some(Change::Content(content)), Some(Object::Stream(stream))) => {
                stream.set_plain_content(content);
            }
            (Some(Change::Flags(flags)), Some(Object::Dictionary(d))) => d.set("F", flags),
            _ => {}
        }
    }
}

/// `content` with what is marked as belonging to a hidden layer no longer drawn (see the
/// module's comment); `properties` is the `/Properties` resource dictionary that names
/// the layers. `None` when nothing in it is hidden.
pub(super) fn strip(
    doc: &Document,
    content: &[u8],
    properties: &Dictionary,
    state: &PrintState,
) -> Option<Vec<u8>> {
    let tokens = tokens(content);
    let mut out = Vec::with_capacity(content.len());
    // Marked content open: whether each is hidden (by itself or an enclosing one).
    let mut marks: Vec<bool> = Vec::new();
    // The text rendering mode as the content sets it, saved by q and restored by Q.
    let mut render = vec![0i64];
    let mut changed = false;
    // Whether the text object open began inside a hidden layer.
    let mut text_hidden = false;
    let mut copied = 0;
    let mut operands_start: Option<usize> = None;
    let mut operands: Vec<&Token> = Vec::new();
    for token in &tokens {
        let Token::Operator(op, start, end) = token else {
            operands_start.get_or_insert(token.start());
            operands.push(token);
            continue;
        };
        let (start, end) = (*start, *end);
        let from = operands_start.take().unwrap_or(start);
        let hidden = marks.last().copied().unwrap_or(false);
        let op = op.as_slice();
        let mut replacement: Option<Vec<u8>> = None;
        match op {
            b"BDC" => {
                let layer_hidden = match operands.as_slice() {
                    [Token::Name(tag, _), Token::Name(prop, _)] if tag == b"OC" => {
                        properties.get(prop).is_ok_and(|oc| !state.prints(doc, oc))
                    }
                    _ => false,
                };
                marks.push(hidden || layer_hidden);
                if layer_hidden && !hidden {
                    // Text from here on is invisible until the section ends.
                    replacement = Some([&content[from..end], b" 3 Tr".as_slice()].concat());
                }
            }
            b"BMC" => marks.push(hidden),
            b"EMC" => {
                let was = marks.pop().unwrap_or(false);
                let now = marks.last().copied().unwrap_or(false);
                if was && !now {
                    let mode = render.last().copied().unwrap_or(0);
                    replacement = Some(format!("EMC {mode} Tr").into_bytes());
                }
            }
            b"q" => {
                let top = render.last().copied().unwrap_or(0);
                render.push(top);
            }
            b"Q" => {
                if render.len() > 1 {
                    render.pop();
                }
                if hidden {
                    replacement = Some(b"Q 3 Tr".to_vec());
                }
            }
            b"Tr" => {
                if let [.., Token::Number(v, _)] = operands.as_slice() {
                    if let Some(top) = render.last_mut() {
                        *top = *v as i64;
                    }
                }
                if hidden {
                    replacement = Some(b"3 Tr".to_vec());
                }
            }
            b"BT" => text_hidden = hidden,
            b"ET" => text_hidden = false,
            // Text in a text object wholly inside a hidden layer is taken out (so that
            // it cannot be read from the packet either); text whose object goes on
            // after the layer ends stays, invisible, so that what follows it keeps its
            // place.
            b"Tj" | b"TJ" | b"'" | b"\"" if hidden && text_hidden => {
                replacement = Some(Vec::new());
            }
            b"S" | b"s" | b"f" | b"F" | b"f*" | b"B" | b"B*" | b"b" | b"b*" if hidden => {
                replacement = Some(b"n".to_vec());
            }
            b"sh" | b"Do" | b"BI" if hidden => replacement = Some(Vec::new()),
            _ => {}
        }
        if let Some(r) = replacement {
            out.extend_from_slice(&content[copied..from]);
            out.extend_from_slice(&r);
            copied = end;
            changed = true;
        }
        operands.clear();
    }
    out.extend_from_slice(&content[copied..]);
    changed.then_some(out)
}

/// A token of a content stream, with where it starts and ends in the bytes.
#[derive(Debug)]
enum Token {
    Name(Vec<u8>, usize),
    Number(f64, usize),
    /// Strings, arrays, dictionaries and the rest: kept as they are.
    Other(usize),
    /// An operator; an inline image (`BI … ID … EI`) is one operator `BI`.
    Operator(Vec<u8>, usize, usize),
}

impl Token {
    fn start(&self) -> usize {
        match self {
            Token::Name(_, s)
            | Token::Number(_, s)
            | Token::Other(s)
            | Token::Operator(_, s, _) => *s,
        }
    }
}

fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

/// Splits content into tokens. Arrays and dictionaries are single tokens (operands
/// are only looked into for `BDC` and `Tr`).
fn tokens(c: &[u8]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = c.len();
    let regular_end = |mut j: usize| {
        while j < n && !is_white(c[j]) && !is_delimiter(c[j]) {
            j += 1;
        }
        j
    };
    while i < n {
        let b = c[i];
        if is_white(b) {
            i += 1;
            continue;
        }
        let start = i;
        match b {
            b'%' => {
                while i < n && c[i] != b'\n' && c[i] != b'\r' {
                    i += 1;
                }
            }
            b'/' => {
                let end = regular_end(i + 1);
                out.push(Token::Name(decode_name(&c[i + 1..end]), start));
                i = end;
            }
            b'(' => {
                i = string_end(c, i);
                out.push(Token::Other(start));
            }
            b'[' | b'<' => {
                i = nested_end(c, i);
                out.push(Token::Other(start));
            }
            b']' | b'>' | b')' | b'{' | b'}' => {
                // Stray closers: kept as they are.
                i += 1;
                out.push(Token::Other(start));
            }
            _ => {
                let end = regular_end(i).max(i + 1);
                let word = &c[i..end];
                if let Some(v) = std::str::from_utf8(word)
                    .ok()
                    .and_then(|w| w.parse::<f64>().ok())
                {
                    out.push(Token::Number(v, start));
                    i = end;
                } else if word == b"BI" {
                    i = inline_image_end(c, end);
                    out.push(Token::Operator(b"BI".to_vec(), start, i));
                } else {
                    out.push(Token::Operator(word.to_vec(), start, end));
                    i = end;
                }
            }
        }
    }
    out
}

/// A name's bytes with `#xx` escapes decoded.
fn decode_name(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'#' && i + 2 < raw.len() {
            if let Ok(v) = u8::from_str_radix(&String::from_utf8_lossy(&raw[i + 1..i + 3]), 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(raw[i]);
        i += 1;
    }
    out
}

/// The end of a literal string starting at `i` (`(`), past its closing parenthesis.
fn string_end(c: &[u8], mut i: usize) -> usize {
    let mut depth = 0;
    while i < c.len() {
        match c[i] {
            b'\\' => i += 1,
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    c.len()
}

/// The end of an array, dictionary or hex string starting at `i`, with what it holds.
fn nested_end(c: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < c.len() {
        match c[i] {
            b'(' => {
                i = string_end(c, i);
                continue;
            }
            b'%' => {
                while i < c.len() && c[i] != b'\n' && c[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            b'[' | b'<' => depth += 1,
            b']' | b'>' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    c.len()
}

/// The end of an inline image whose `BI` ends at `i`: past its `EI` (an `EI` with white
/// space before it and white space or the end after it, following the `ID`).
fn inline_image_end(c: &[u8], i: usize) -> usize {
    let Some(id) = c[i..]
        .windows(3)
        .position(|w| w[0..2] == *b"ID" && is_white(w[2]))
        .map(|p| i + p + 3)
    else {
        return c.len();
    };
    let mut j = id;
    while j + 2 <= c.len() {
        if &c[j..j + 2] == b"EI"
            && j > 0
            && is_white(c[j - 1])
            && (j + 2 == c.len() || is_white(c[j + 2]))
        {
            return j + 2;
        }
        j += 1;
    }
    c.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    fn state_with_off(doc: &mut Document) -> (PrintState, ObjectId, ObjectId) {
        let off = doc
            .add_object(dictionary! { "Type" => "OCG", "Name" => Object::string_literal("Off") });
        let on =
            doc.add_object(dictionary! { "Type" => "OCG", "Name" => Object::string_literal("On") });
        let mut state = PrintState::default();
        state.off.insert(off);
        (state, off, on)
    }

    #[test]
    fn hidden_marked_content_stops_painting_and_keeps_the_state() {
        let mut doc = Document::with_version("1.7");
        let (state, off, on) = state_with_off(&mut doc);
        let properties = dictionary! { "Hid" => off, "Shown" => on };
        let content = b"q 1 0 0 1 5 5 cm /OC /Hid BDC 0 0 10 10 re f BT /F1 9 Tf (x) Tj ET \
/Im1 Do 2 0 0 2 0 0 cm EMC /OC /Shown BDC 0 0 5 5 re S EMC Q";
        let out = strip(&doc, content, &properties, &state).expect("changed");
        let words = String::from_utf8(out).expect("the stripped content is ASCII");
        let words: Vec<&str> = words.split_whitespace().collect();
        assert_eq!(
            words.join(" "),
            "q 1 0 0 1 5 5 cm /OC /Hid BDC 3 Tr 0 0 10 10 re n BT /F1 9 Tf ET \
             2 0 0 2 0 0 cm EMC 0 Tr /OC /Shown BDC 0 0 5 5 re S EMC Q"
        );
        let untouched = b"/OC /Shown BDC 0 0 5 5 re f EMC (a \\) EMC) Tj";
        assert!(strip(&doc, untouched, &properties, &state).is_none());
    }

    #[test]
    fn membership_dictionaries_and_expressions_follow_their_groups() {
        let mut doc = Document::with_version("1.7");
        let (state, off, on) = state_with_off(&mut doc);
        let md = |p: &str| {
            Object::Dictionary(dictionary! {
                "Type" => "OCMD", "OCGs" => vec![off.into(), on.into()], "P" => Object::Name(p.as_bytes().to_vec()),
            })
        };
        assert!(state.prints(&doc, &md("AnyOn")));
        assert!(!state.prints(&doc, &md("AllOn")));
        assert!(state.prints(&doc, &md("AnyOff")));
        assert!(!state.prints(&doc, &md("AllOff")));
        let ve = Object::Dictionary(dictionary! {
            "Type" => "OCMD",
            "VE" => vec![Object::Name(b"Not".to_vec()), off.into()],
        });
        assert!(state.prints(&doc, &ve));
        assert!(!state.prints(&doc, &Object::Reference(off)));
        assert!(state.prints(&doc, &Object::Reference(on)));
    }
}
