//! The pages' words as tokens for matching: each word folded (lower case, accents and
//! edge punctuation taken off) beside its original, by line. A line that the recognizer
//! cut in two (a label far left, its value far right) is joined again.

use crate::text::{BBox, Line, PageText};

#[derive(Debug, Clone)]
pub(crate) struct Token {
    /// As read.
    pub original: String,
    /// Folded for matching: "Número:" → "numero", "ID#" → "id".
    pub norm: String,
    pub bbox: Option<BBox>,
    pub confidence: f32,
}

#[derive(Debug, Clone)]
pub(crate) struct TokenLine {
    pub page: usize,
    pub tokens: Vec<Token>,
}

impl TokenLine {
    pub fn text(&self) -> String {
        self.tokens
            .iter()
            .map(|t| t.original.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether tokens from `at` are `label`'s words (each already folded).
    pub fn has_at(&self, at: usize, label: &[&str]) -> bool {
        label
            .iter()
            .enumerate()
            .all(|(i, word)| self.tokens.get(at + i).is_some_and(|t| t.norm == *word))
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Tokens {
    pub lines: Vec<TokenLine>,
}

impl Tokens {
    pub fn of(pages: &[PageText]) -> Tokens {
        let mut lines = Vec::new();
        for (page, text) in pages.iter().enumerate() {
            for line in joined_lines(&text.lines) {
                let tokens: Vec<Token> = line
                    .words
                    .iter()
                    .map(|w| Token {
                        original: w.text.clone(),
                        norm: fold(&w.text),
                        bbox: w.bbox,
                        confidence: w.confidence,
                    })
                    .collect();
                if !tokens.is_empty() {
                    lines.push(TokenLine { page, tokens });
                }
            }
        }
        Tokens { lines }
    }
}

/// Lower case, accents off, "º"/"°" as "o", and the punctuation at either end taken off
/// (inner punctuation stays: "01/20/2026", "A-123").
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        out.push(match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'º' | '°' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            '’' | '‘' => '\'',
            '—' | '–' => '-',
            other => other,
        });
    }
    let edge = |c: char| !(c.is_alphanumeric());
    let trimmed = out.trim_matches(edge);
    // "n.o" (from "N.º") reads as "no".
    if trimmed == "n.o" {
        return "no".into();
    }
    trimmed.to_string()
}

/// The lines in reading order, a line cut in two by a wide gap joined again: a line
/// that starts right of another's end and shares most of its height is the same line.
fn joined_lines(lines: &[Line]) -> Vec<Line> {
    let span = |line: &Line| {
        line.words
            .iter()
            .filter_map(|w| w.bbox)
            .reduce(|a, b| a.union(&b))
    };
    let mut out: Vec<(Line, Option<BBox>)> = Vec::new();
    for line in lines {
        let this = span(line);
        let joined = this.and_then(|b| {
            out.iter_mut().find(|(_, other)| {
                other.is_some_and(|a| {
                    let overlap = a.bottom().min(b.bottom()) as i64 - a.top.max(b.top) as i64;
                    let shorter = a.height.min(b.height).max(1) as i64;
                    b.left + 4 >= a.right() && overlap * 2 >= shorter
                })
            })
        });
        match joined {
            Some((into, area)) => {
                into.words.extend(line.words.iter().cloned());
                *area = match (*area, this) {
                    (Some(a), Some(b)) => Some(a.union(&b)),
                    (a, b) => a.or(b),
                };
            }
            None => out.push((line.clone(), this)),
        }
    }
    // Top to bottom (lines without places keep their order).
    if out.iter().all(|(_, b)| b.is_some()) {
        out.sort_by_key(|(_, b)| b.map(|b| (b.top + b.height / 2, b.left)));
    }
    out.into_iter().map(|(l, _)| l).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Word;

    fn word(text: &str, left: u32, top: u32) -> Word {
        Word {
            text: text.into(),
            bbox: Some(BBox {
                left,
                top,
                width: 100,
                height: 40,
            }),
            confidence: 95.0,
        }
    }

    #[test]
    fn folding_takes_off_case_accents_and_edge_punctuation() {
        assert_eq!(fold("Número:"), "numero");
        assert_eq!(fold("ID#:"), "id");
        assert_eq!(fold("(01/20/2026)."), "01/20/2026");
        assert_eq!(fold("N.º"), "no");
        assert_eq!(fold("#"), "");
    }

    #[test]
    fn a_line_cut_at_a_wide_gap_is_joined_again() {
        let lines = vec![
            Line {
                words: vec![word("Member", 100, 500), word("ID:", 210, 502)],
            },
            Line {
                words: vec![word("Dear", 100, 700)],
            },
            Line {
                words: vec![word("W1234567", 1400, 505)],
            },
        ];
        let joined = joined_lines(&lines);
        assert_eq!(joined.len(), 2);
        assert_eq!(joined[0].text(), "Member ID: W1234567");
        assert_eq!(joined[1].text(), "Dear");
    }
}
