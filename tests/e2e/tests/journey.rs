//! The journey never strands: a required question left unanswered is not called
//! "optional" on the task list, and the packet page and "Check your answers" name it,
//! with a link to its question, from which Continue comes back.

#![allow(clippy::unwrap_used)]

mod support;

use serde_json::json;
use support::{radio, Session};

async fn go(s: &Session, route: &str) {
    s.js(
        "const m = await import('./app.js'); await m.go(arguments[0]); return null;",
        vec![json!(route)],
    )
    .await;
}

#[tokio::test]
async fn a_missing_answer_is_named_with_a_link_to_its_question() {
    let mut s = Session::start_named("journey-blocking").await;
    s.wait_for("#start-new").await;
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    let id = s
        .fill_example_and_type_name("Synthetic knee condition", "Marisol", "Ashgrove")
        .await;
    s.continue_until("#task-helper").await;
    // "Someone helping you" left unanswered.
    s.invoke(
        "save_screen",
        json!({"id": id, "screen": "helper", "answers": {"helper.has_helper": ""}, "eligibility": false}),
    )
    .await;
    go(&s, "tasks").await;
    s.wait_for("#status-helper").await;
    assert_eq!(s.text("#status-helper").await.to_lowercase(), "not started");
    s.screenshot("tasks").await;

    // The packet page names it, with a link.
    go(&s, "packet").await;
    s.wait_for("#blocking").await;
    assert!(
        !s.exists("#save-packet").await,
        "a save button with answers missing"
    );
    let list = s.text("#blocking").await;
    assert!(
        list.contains("1 answer") || list.contains("One answer"),
        "{list}"
    );
    let link = ".blocking-link[data-field='helper.has_helper']";
    s.wait_for(link).await;
    s.screenshot("packet-blocked").await;
    s.click(link).await;
    s.wait_for(&radio("helper.has_helper", "no")).await;
    s.choose(&radio("helper.has_helper", "no")).await;
    s.click("#continue").await;
    // Back on the packet page, which can now be made.
    s.wait_for("#save-packet").await;
    assert!(!s.exists("#blocking").await);

    // "Check your answers" lists it too.
    s.invoke(
        "save_screen",
        json!({"id": id, "screen": "helper", "answers": {"helper.has_helper": ""}, "eligibility": false}),
    )
    .await;
    go(&s, "check").await;
    s.wait_for("#blocking").await;
    s.click(link).await;
    s.wait_for(&radio("helper.has_helper", "no")).await;
    s.choose(&radio("helper.has_helper", "no")).await;
    s.click("#continue").await;
    s.wait_for("#continue").await;
    s.wait_for_h1("Check your answers").await;
    assert!(!s.exists("#blocking").await);
    s.close().await;
}
