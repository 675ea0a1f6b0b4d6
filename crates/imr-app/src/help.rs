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

/// Which topic answers the question on each question screen (by screen id).
const SCREEN_TOPICS: &[(&str, &str)] = &[
    ("problem-type", "who-can-apply"),
    ("who", "helper"),
    ("plan-action", "who-can-apply"),
    ("regulator", "not-dmhc"),
    ("medicare", "not-dmhc"),
    ("medi-cal", "medi-cal"),
    ("state-hearing", "medi-cal"),
    ("grievance-filed", "grievance-first"),
    ("grievance-filed-on", "grievance-first"),
    ("grievance-decided", "grievance-first"),
    ("grievance-decision", "deadlines"),
    ("urgent", "grievance-first"),
    ("urgent-doctor", "grievance-first"),
    ("late", "deadlines"),
    ("helper", "helper"),
    ("helper-name", "helper"),
];

/// Which topic answers the question on the window's other pages (by route).
const PAGE_TOPICS: &[(&str, &str)] = &[
    ("result", "grievance-first"),
    ("documents", "what-to-attach"),
    ("packet", "send"),
];

/// The topic that answers the question on a page of the window, if one does: `page` is
/// the window's route, `screen:<id>` for a question screen (`screen:grievance-filed`) or
/// a page's name (`documents`, or `packet:…` with more after a colon).
pub fn topic_for(page: &str) -> Option<&'static str> {
    let find = |table: &[(&str, &'static str)], key: &str| {
        table
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, topic)| *topic)
    };
    match page.split_once(':') {
        Some(("screen", id)) => find(SCREEN_TOPICS, id),
        Some((name, _)) => find(PAGE_TOPICS, name),
        None => find(PAGE_TOPICS, page),
    }
}

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
mod topic_tests {
    use super::*;

    /// Every screen named has a page in the wizard, every topic is written, and the
    /// window's routes find them.
    #[test]
    fn each_page_links_to_a_topic_that_exists() {
        for (screen, topic) in SCREEN_TOPICS {
            assert!(crate::screens::find(screen).is_some(), "no screen {screen}");
            assert!(TOPICS.contains(topic), "no topic {topic}");
        }
        for (_, topic) in PAGE_TOPICS {
            assert!(TOPICS.contains(topic), "no topic {topic}");
        }
        assert_eq!(topic_for("screen:grievance-filed"), Some("grievance-first"));
        assert_eq!(topic_for("screen:who"), Some("helper"));
        assert_eq!(topic_for("documents"), Some("what-to-attach"));
        assert_eq!(topic_for("packet"), Some("send"));
        assert_eq!(topic_for("screen:patient-name"), None);
        assert_eq!(topic_for("tasks"), None);
        assert_eq!(topic_for("screen:documents"), None);
    }
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
