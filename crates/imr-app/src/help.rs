//! The offline help, "Questions and answers about IMR": topics written in the Fluent
//! files (`help.ftl` in every language), filled with the DMHC contacts from the one
//! table in `imr_case::contacts`, and split into paragraphs and lists for the window.
//!
//! In a topic's body a blank line starts a new paragraph, and a paragraph whose lines
//! all start with "- " is a list.

use imr_case::contacts;
use imr_i18n::{text, Arg, Lang};
use serde::Serialize;

/// The topics, in the order the help shows them. Each has `help-<id>-title` and
/// `help-<id>-body` in every language.
pub const TOPICS: [&str; 11] = [
    "what-is-imr",
    "who-can-apply",
    "not-dmhc",
    "grievance-first",
    "deadlines",
    "medi-cal",
    "what-to-attach",
    "helper",
    "send",
    "what-happens-next",
    "free-help",
];

/// One help topic, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelpTopic {
    /// Stable id, for links from the screens (`grievance-first`).
    pub id: &'static str,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A paragraph or a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    Paragraph { text: String },
    List { items: Vec<String> },
}

/// The message id of a topic's title.
pub fn title_id(topic: &str) -> String {
    format!("help-{topic}-title")
}

/// The message id of a topic's body.
pub fn body_id(topic: &str) -> String {
    format!("help-{topic}-body")
}

/// The numbers and the address the help text mentions, from the one contacts table.
fn contact_args() -> Vec<(&'static str, Arg<'static>)> {
    contacts::placeholders()
        .into_iter()
        .map(|(name, value)| (name, Arg::from(value)))
        .collect()
}

/// Every help topic in `lang`.
pub fn help(lang: Lang) -> Vec<HelpTopic> {
    let args = contact_args();
    TOPICS
        .iter()
        .map(|&id| HelpTopic {
            id,
            title: text(lang, &title_id(id), &args),
            blocks: blocks(&text(lang, &body_id(id), &args)),
        })
        .collect()
}

/// Splits a body into paragraphs and lists.
pub fn blocks(body: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in body.lines().map(str::trim).chain(std::iter::once("")) {
        if !line.is_empty() {
            lines.push(line);
            continue;
        }
        if lines.is_empty() {
            continue;
        }
        if lines.iter().all(|l| l.starts_with("- ")) {
            out.push(Block::List {
                items: lines.iter().map(|l| l[2..].trim().to_owned()).collect(),
            });
        } else {
            out.push(Block::Paragraph {
                text: lines.join(" "),
            });
        }
        lines.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_split_into_paragraphs_and_lists() {
        let found = blocks("First line\nsame paragraph.\n\n- one\n- two\n\nLast.");
        assert_eq!(
            found,
            vec![
                Block::Paragraph {
                    text: "First line same paragraph.".into()
                },
                Block::List {
                    items: vec!["one".into(), "two".into()]
                },
                Block::Paragraph {
                    text: "Last.".into()
                },
            ]
        );
    }
}
