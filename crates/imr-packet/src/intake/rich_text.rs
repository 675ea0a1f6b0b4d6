//! The rich text of a FreeText annotation (`/RC`, an XHTML fragment, PDF 32000-1
//! 12.7.3.4) and its default style (`/DS`, CSS declarations): what it says, line by line,
//! and the size and colour it is written in. Acrobat writes both `/Contents` and `/RC`;
//! some writers only `/RC`, and the text must not be lost then. One style is taken for
//! the whole annotation (the first one the rich text sets), since it is drawn in one
//! font.

/// What rich text says, as paragraphs (a `<p>`, `<div>` or `<br/>` ends one), with the
/// markup taken out and character references decoded.
pub(super) fn plain_text(rich: &str) -> String {
    let mut out = String::new();
    let mut rest = rich;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..lt]));
        let Some(gt) = rest[lt..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[lt + 1..lt + gt].trim().to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let closing = tag.starts_with('/');
        let breaks =
            matches!(name.as_str(), "br") || (closing && matches!(name.as_str(), "p" | "div"));
        if breaks {
            out.push('\n');
        }
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(&decode_entities(rest));
    out.trim_end_matches(['\n', '\r', ' ']).to_string()
}

/// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric references.
fn decode_entities(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let Some(semi) = after.find(';').filter(|&i| i <= 10) else {
            out.push('&');
            rest = after;
            continue;
        };
        let entity = &after[..semi];
        let ch = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A text style: size in points and colour (red, green, blue from 0 to 1), each if set.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(super) struct Style {
    pub size: Option<f32>,
    pub colour: Option<[f32; 3]>,
}

impl Style {
    /// Each of `self`'s settings, else `other`'s.
    pub fn or(self, other: Style) -> Style {
        Style {
            size: self.size.or(other.size),
            colour: self.colour.or(other.colour),
        }
    }
}

/// The style of CSS declarations (`font-size: 12pt; color: #FF0000`, or the `font`
/// shorthand as `/DS` writes it: `font: Helvetica,sans-serif 12.0pt`).
pub(super) fn css_style(css: &str) -> Style {
    let mut style = Style::default();
    for declaration in css.split(';') {
        let Some((property, value)) = declaration.split_once(':') else {
            continue;
        };
        let (property, value) = (property.trim().to_ascii_lowercase(), value.trim());
        match property.as_str() {
            "font-size" => style.size = style.size.or_else(|| points(value)),
            "font" => {
                style.size = style
                    .size
                    .or_else(|| value.split_whitespace().find_map(points));
            }
            "color" => style.colour = style.colour.or_else(|| css_colour(value)),
            _ => {}
        }
    }
    style
}

/// The first style set in rich text: the `style` attributes of its elements, from the
/// outermost in, each setting what the earlier ones did not.
pub(super) fn rich_style(rich: &str) -> Style {
    let mut style = Style::default();
    let mut rest = rich;
    while let Some(at) = rest.find("style=") {
        let after = &rest[at + 6..];
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            rest = after;
            continue;
        };
        let body = &after[1..];
        let end = body.find(quote).unwrap_or(body.len());
        style = style.or(css_style(&decode_entities(&body[..end])));
        rest = &body[end..];
    }
    style
}

/// A length in points (`12pt`, `12.5pt`, `12px` taken as points, or a bare number).
fn points(value: &str) -> Option<f32> {
    let v = value.trim().trim_end_matches(',');
    let number = v
        .strip_suffix("pt")
        .or_else(|| v.strip_suffix("px"))
        .unwrap_or(v);
    number
        .parse::<f32>()
        .ok()
        .filter(|s| s.is_finite() && (2.0..=144.0).contains(s))
}

/// `#RRGGBB`, `#RGB` or `rgb(r, g, b)`.
fn css_colour(value: &str) -> Option<[f32; 3]> {
    let v = value.trim();
    if let Some(hex) = v.strip_prefix('#') {
        let digits: Vec<u32> = hex.chars().map(|c| c.to_digit(16)).collect::<Option<_>>()?;
        return match digits.as_slice() {
            [r, g, b] => Some([r, g, b].map(|d| (d * 17) as f32 / 255.0)),
            [r1, r2, g1, g2, b1, b2] => {
                Some([(r1, r2), (g1, g2), (b1, b2)].map(|(a, b)| (a * 16 + b) as f32 / 255.0))
            }
            _ => None,
        };
    }
    let inner = v.strip_prefix("rgb(")?.strip_suffix(')')?;
    let parts: Vec<f32> = inner
        .split(',')
        .map(|p| p.trim().parse::<f32>().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [r, g, b] => Some([r, g, b].map(|c| (c / 255.0).clamp(0.0, 1.0))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACROBAT: &str = "<?xml version=\"1.0\"?><body xmlns=\"http://www.w3.org/1999/xhtml\" \
        xmlns:xfa=\"http://www.xfa.org/schema/xfa-data/1.0/\" xfa:APIVersion=\"Acrobat:21.1.0\" \
        xfa:spec=\"2.0.2\" style=\"font-size:14.0pt;text-align:left;color:#1F3FBF;\
        font-weight:normal;font-style:normal;font-family:Helvetica,sans-serif;\
        font-stretch:normal\"><p dir=\"ltr\"><span style=\"font-family:Helvetica\">Maria \
        Example &amp; son</span></p><p dir=\"ltr\">03/01/2026<br/>page&#160;2</p></body>";

    #[test]
    fn rich_text_reads_as_its_paragraphs() {
        assert_eq!(
            plain_text(ACROBAT),
            "Maria Example & son\n03/01/2026\npage\u{a0}2"
        );
        assert_eq!(
            plain_text("plain &lt;b&gt; &bogus; & end"),
            "plain <b> &bogus; & end"
        );
    }

    #[test]
    fn styles_come_from_the_rich_text_then_the_default_style() {
        let rich = rich_style(ACROBAT);
        assert_eq!(rich.size, Some(14.0));
        let [r, g, b] = rich.colour.expect("the colour is read");
        assert!((r - 0x1F as f32 / 255.0).abs() < 1e-6 && (g - 0x3F as f32 / 255.0).abs() < 1e-6);
        assert!((b - 0xBF as f32 / 255.0).abs() < 1e-6);
        let ds = css_style("font: Helvetica,sans-serif 9.0pt; text-align:left; color:#F00");
        assert_eq!(
            ds,
            Style {
                size: Some(9.0),
                colour: Some([1.0, 0.0, 0.0])
            }
        );
        let none = rich_style("<body><p>x</p></body>");
        assert_eq!(none.or(ds), ds);
    }
}
