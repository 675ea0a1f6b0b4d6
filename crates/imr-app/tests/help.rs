#![allow(clippy::unwrap_used)]
//! The offline help: every topic has a title and a body in English and in Spanish, the
//! numbers come from the one contacts table, and nothing shows a raw message id.

use imr_app::help::{body_id, help, title_id, Block, HelpTopic, TOPICS};
use imr_case::contacts;
use imr_i18n::{has, ids, Lang};

fn all_text(topic: &HelpTopic) -> String {
    let mut out = topic.title.clone();
    for block in &topic.blocks {
        match block {
            Block::Paragraph { text } => out.push_str(text),
            Block::List { items } => out.push_str(&items.join(" ")),
        }
    }
    out
}

#[test]
fn every_topic_has_a_title_and_a_body_in_both_languages() {
    for topic in TOPICS {
        for lang in Lang::ALL {
            assert!(has(lang, &title_id(topic)), "{lang}: no title for {topic}");
            assert!(has(lang, &body_id(topic)), "{lang}: no body for {topic}");
        }
    }
    for lang in Lang::ALL {
        let topics = help(lang);
        assert_eq!(topics.len(), TOPICS.len());
        for topic in &topics {
            assert!(
                !topic.title.trim().is_empty(),
                "{lang}: {} has no title",
                topic.id
            );
            assert!(!topic.blocks.is_empty(), "{lang}: {} has no body", topic.id);
            let text = all_text(topic);
            assert!(!text.contains("help-"), "{lang}: raw id in {}", topic.id);
            assert!(!text.contains('{') && !text.contains('$'), "{lang}: {text}");
        }
    }
}

#[test]
fn spanish_topics_are_translated() {
    let english = help(Lang::En);
    let spanish = help(Lang::Es);
    for (en, es) in english.iter().zip(&spanish) {
        assert_eq!(en.id, es.id);
        assert_ne!(en.title, es.title, "{} title not translated", en.id);
        assert_eq!(
            en.blocks.len(),
            es.blocks.len(),
            "{}: the Spanish has other paragraphs than the English",
            en.id
        );
    }
    let what = &spanish[0];
    assert_eq!(what.id, "what-is-imr");
    assert!(all_text(what).contains("Revisión Médica Independiente"));
}

#[test]
fn no_topic_in_the_files_is_left_out_of_the_help() {
    for lang in Lang::ALL {
        for id in ids(lang).iter().filter(|id| id.ends_with("-title")) {
            if let Some(topic) = id
                .strip_prefix("help-")
                .and_then(|t| t.strip_suffix("-title"))
            {
                assert!(TOPICS.contains(&topic), "{lang}: {id} is not shown");
            }
        }
    }
}

#[test]
fn help_gives_the_numbers_from_the_contacts_table() {
    for lang in Lang::ALL {
        let topics = help(lang);
        let text = |id: &str| all_text(topics.iter().find(|t| t.id == id).unwrap());
        let free = text("free-help");
        for number in [
            contacts::PHONE,
            contacts::TDD,
            contacts::HEALTH_CONSUMER_ALLIANCE_PHONE,
            contacts::WEBSITE,
        ] {
            assert!(
                free.contains(number),
                "{lang}: free help lacks {number}: {free}"
            );
        }
        let send = text("send");
        assert!(send.contains(contacts::FAX), "{lang}: {send}");
        assert!(
            send.contains(&contacts::ADDRESS_LINES.join(", ")),
            "{lang}: {send}"
        );
        assert!(text("not-dmhc").contains(contacts::CDI_PHONE));
        assert!(text("what-is-imr").contains(contacts::FORM_NUMBER));
    }
}

#[test]
fn help_states_the_deadlines_of_the_rules() {
    // The numbers in the words match the rules' own constants.
    let topics = help(Lang::En);
    let text = |id: &str| all_text(topics.iter().find(|t| t.id == id).unwrap());
    let deadlines = text("deadlines");
    assert!(deadlines.contains(&format!(
        "within {} months",
        imr_case::rules::APPLY_WITHIN_MONTHS
    )));
    assert!(deadlines.contains(&format!("{} days", imr_case::rules::STATE_HEARING_DAYS)));
    let grievance = text("grievance-first");
    assert!(grievance.contains(&format!(
        "within {} days",
        imr_case::rules::GRIEVANCE_WAIT_DAYS
    )));
    assert!(grievance.contains(&format!(
        "within {} days",
        imr_case::rules::URGENT_GRIEVANCE_WAIT_DAYS
    )));
    assert!(grievance.contains("experimental or investigational"));
    let spanish = help(Lang::Es);
    let deadlines_es = all_text(spanish.iter().find(|t| t.id == "deadlines").unwrap());
    assert!(deadlines_es.contains("6 meses") && deadlines_es.contains("120 días"));
}

/// Messages name DMHC's numbers (`{ $phone }`, `{ $fax }`, …) and never write them, so a
/// change of number is one edit in `imr_case::contacts` (rules-review §4).
#[test]
fn no_message_writes_a_contact_number_itself() {
    let numbers: Vec<String> = imr_case::contacts::placeholders()
        .into_iter()
        .filter(|(name, _)| name.ends_with("phone") || *name == "tdd" || *name == "fax")
        .map(|(_, value)| value)
        .collect();
    assert_eq!(numbers.len(), 5, "{numbers:?}");
    let mut written = Vec::new();
    for lang in imr_i18n::Lang::ALL {
        for (id, message) in imr_i18n::catalog(lang) {
            for number in &numbers {
                if message.contains(number.as_str()) {
                    written.push(format!("{lang} {id}: {number}"));
                }
            }
        }
    }
    assert!(
        written.is_empty(),
        "numbers written into messages: {written:#?}"
    );
}
