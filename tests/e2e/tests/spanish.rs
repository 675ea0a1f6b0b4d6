//! The app in Spanish, in the real window: the choice on the start page, the words on
//! the screens (read from the catalog, so a translator can change them), no raw message
//! ids anywhere, and the choice remembered after a restart.

#![allow(clippy::unwrap_used)]

mod support;

use imr_i18n::{catalog, text, Lang};
use serde_json::json;
use support::Session;

fn es(id: &str) -> String {
    text(Lang::Es, id, &[])
}

/// Fails if the page shows a message id instead of a message, or English where Spanish
/// is expected for a message of the catalog.
async fn assert_no_raw_ids(s: &Session, page: &str) {
    let body = s
        .js("return document.body.innerText;", vec![])
        .await
        .as_str()
        .unwrap()
        .to_string();
    let raw: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| {
            let mut parts = l.split('-');
            let first = parts.next().unwrap_or("");
            l.contains('-')
                && !first.is_empty()
                && first.chars().all(|c| c.is_ascii_lowercase())
                && parts.all(|p| {
                    !p.is_empty()
                        && p.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                })
        })
        .collect();
    assert!(
        raw.is_empty(),
        "{page}: raw message ids shown: {raw:?}\n{body}"
    );
    // Every line that is exactly an English message (longer than a word or two) must have
    // been translated.
    let en = catalog(Lang::En);
    let es_catalog = catalog(Lang::Es);
    let english: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| l.split_whitespace().count() >= 3)
        .filter(|l| en.values().any(|v| v == l) && !es_catalog.values().any(|v| v == l))
        .collect();
    assert!(
        english.is_empty(),
        "{page}: English left on a Spanish page: {english:?}"
    );
}

#[tokio::test]
async fn spanish_is_chosen_on_the_start_page_and_remembered() {
    let mut s = Session::start().await;
    assert_eq!(s.text("#start-new").await, text(Lang::En, "start-new", &[]));
    s.click("#lang-es").await;
    s.wait_for_h1(&es("start-heading")).await;
    assert_eq!(s.text("#start-new").await, es("start-new"));
    let lang = s.js("return document.documentElement.lang;", vec![]).await;
    assert_eq!(lang, json!("es"));
    assert!(s.title().await.contains(&es("start-title")));
    assert_eq!(
        s.js(
            "return document.querySelector('.skip-link').textContent;",
            vec![]
        )
        .await,
        json!(es("skip-to-main"))
    );
    assert_no_raw_ids(&s, "start page").await;
    let settings = std::fs::read_to_string(s.data_dir().join("settings.json")).unwrap();
    assert!(settings.contains("\"es\""), "{settings}");
    s.screenshot("start-es").await;

    s.restart().await;
    s.wait_for_h1(&es("start-heading")).await;
    assert_eq!(
        s.js("return document.documentElement.lang;", vec![]).await,
        json!("es")
    );
    assert_eq!(
        s.find("#lang-es")
            .await
            .attr("aria-pressed")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );

    // And back to English.
    s.click("#lang-en").await;
    s.wait_for_h1(&text(Lang::En, "start-heading", &[])).await;
    assert_eq!(
        s.js("return document.documentElement.lang;", vec![]).await,
        json!("en")
    );
}
