//! Quick exit in the real window: Escape twice, or the header button, empties the page at
//! once and shows the start page with no trace of the case; one Escape does nothing.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::Duration;

use serde_json::json;
use support::{field, radio, Session};

/// WebDriver's code for the Escape key.
const ESCAPE: &str = "\u{e00c}";
const SECRETS: [&str; 3] = ["Rosalind", "Quickexitson", "Typedonly"];

/// Presses keys in whatever has the focus.
async fn press(s: &Session, keys: &str) {
    let active = s.client().active_element().await.unwrap();
    active.send_keys(keys).await.unwrap();
}

/// Fails if any of `SECRETS` is anywhere in the page: its text, its markup, or the value
/// of any input.
async fn assert_no_trace(s: &Session, when: &str) {
    let found = s
        .js(
            "const words = arguments[0];\
             const inputs = Array.from(document.querySelectorAll('input, textarea'))\
               .map((i) => i.value).join(' ');\
             const all = [document.body.innerText, document.documentElement.outerHTML,\
               inputs, document.title].join(' ');\
             return words.filter((w) => all.includes(w));",
            vec![json!(SECRETS)],
        )
        .await;
    assert_eq!(found, json!([]), "{when}: the page still shows {found}");
}

#[tokio::test]
async fn escape_twice_and_the_button_hide_the_case() {
    let mut s = Session::start().await;
    s.wait_for("#quick-exit").await;
    let help = s.text("#quick-exit-help").await;
    assert!(help.contains("Esc key twice"), "{help}");
    assert!(
        help.contains("cannot hide what someone already saw"),
        "{help}"
    );

    // A case with a saved name, and a name being typed.
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    s.js(
        "const m = await import('./app.js'); await m.go('screen:patient-name');",
        vec![],
    )
    .await;
    s.fill(&field("patient.first_name"), "Rosalind").await;
    s.fill(&field("patient.last_name"), "Quickexitson").await;
    s.click("#continue").await;
    // Saved: the next page comes.
    s.wait_until_gone(&field("patient.first_name")).await;
    s.js(
        "const m = await import('./app.js'); await m.go('screen:patient-name');",
        vec![],
    )
    .await;
    s.wait_for(&field("patient.first_name")).await;
    s.fill(&field("patient.first_name"), "Typedonly").await;
    assert!(
        s.exists("#quick-exit").await,
        "no Quick exit button on a question page"
    );
    s.screenshot("typing").await;

    // One Escape, or two more than a second apart: nothing happens.
    press(&s, ESCAPE).await;
    tokio::time::sleep(Duration::from_millis(1300)).await;
    press(&s, ESCAPE).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(s.value(&field("patient.first_name")).await, "Typedonly");

    // Escape twice: the start page, and nothing of the case.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    press(&s, &format!("{ESCAPE}{ESCAPE}")).await;
    s.wait_for_h1("Apply for an Independent Medical Review")
        .await;
    assert_no_trace(&s, "after Escape twice").await;
    assert!(
        !s.exists("ul.cases").await,
        "the saved applications are listed"
    );
    assert!(s.exists("#show-cases").await);
    assert!(
        !s.exists("a.back-link").await,
        "Back would lead into the case"
    );
    s.screenshot("after-escape").await;

    // Nothing was lost: the list comes back when asked for, with what was typed but not
    // continued saved on the way out, and the case opens on the page it was left on.
    s.click("#show-cases").await;
    s.wait_for("ul.cases").await;
    let list = s.text("ul.cases").await;
    assert!(list.contains("Typedonly Quickexitson"), "{list}");
    s.click("ul.cases button.link").await;
    s.wait_for(&field("patient.first_name")).await;
    assert_eq!(s.value(&field("patient.first_name")).await, "Typedonly");

    // The button does the same.
    s.click("#quick-exit").await;
    s.wait_for_h1("Apply for an Independent Medical Review")
        .await;
    assert_no_trace(&s, "after the button").await;
    assert!(!s.exists("ul.cases").await);
    s.screenshot("after-button").await;
}
