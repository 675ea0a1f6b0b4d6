//! Clinic handoff in the real window: a case is given to another computer as one file
//! locked with a passphrase (export on the task list, the passphrase screen, the save
//! dialog's hook `window.imrExportTo`), then opened by a second app with its own empty
//! data folder (the start page's link, the open dialog's hook `window.imrImportFrom`):
//! first with a wrong passphrase (refused, nothing added), then with the right one.

#![allow(clippy::unwrap_used)]

mod support;

use serde_json::json;
use support::{field, radio, Session};

const PASS: &str = "copper meadow lantern 58";
const FIRST: &str = "Xanthoria";
const LAST: &str = "Brindlewick";
const CONDITION: &str = "Quorvellan tendon syndrome";

/// Presses Continue until `css` shows (the screens between depend on the answers).
fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn case_moves_to_another_computer_with_its_passphrase() {
    let outside = tempfile::tempdir().unwrap();
    let file = outside.path().join("application.imrcase");

    // First computer: a case with distinctive answers.
    let mut s = Session::start_named("handoff-export").await;
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    s.fill_example_and_type_name(CONDITION, FIRST, LAST).await;
    s.continue_until("#handoff-export").await;

    // The export screen: mismatched passphrases are refused, then the file is written.
    s.click("#handoff-export").await;
    s.wait_for("#f-handoff-passphrase").await;
    s.screenshot("export-screen").await;
    s.fill("#f-handoff-passphrase", PASS).await;
    s.fill("#f-handoff-confirm", "copper meadow").await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    assert!(
        s.text(".error-summary").await.contains("not the same"),
        "{}",
        s.text(".error-summary").await
    );
    assert!(s.wait_for_title("Error: ").await.starts_with("Error: "));
    assert!(s.active_element_matches(".error-summary").await);
    s.screenshot("export-mismatch").await;
    s.fill("#f-handoff-confirm", PASS).await;
    let errors = s
        .js(
            "return await window.imrExportTo(arguments[0]);",
            vec![json!(file.display().to_string())],
        )
        .await;
    assert_eq!(errors, json!([]));
    s.wait_for("#handoff-exported").await;
    s.screenshot("exported").await;
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.len() > 100, "{} bytes", bytes.len());
    for needle in [FIRST, LAST, CONDITION, PASS] {
        assert!(!contains(&bytes, needle), "the file holds {needle:?}");
    }
    s.close().await;

    // Second computer: an empty data folder.
    let mut s = Session::start_named("handoff-import").await;
    s.wait_for("#handoff-import").await;
    s.js(
        "await window.imrImportFrom(arguments[0]);",
        vec![json!(file.display().to_string())],
    )
    .await;
    s.wait_for("#f-handoff-passphrase").await;
    s.fill("#f-handoff-passphrase", "copper meadow lantern 59")
        .await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    let message = s.text(".error-summary").await;
    assert!(message.contains("passphrase"), "{message}");
    s.screenshot("import-wrong-passphrase").await;
    assert_eq!(s.invoke("list_cases", json!({})).await, json!([]));

    s.fill("#f-handoff-passphrase", PASS).await;
    s.click("#continue").await;
    s.wait_for("#task-patient").await;
    let heading = s.h1().await;
    assert!(
        heading.contains(FIRST) && heading.contains(LAST),
        "{heading}"
    );
    s.screenshot("imported").await;
    let cases = s.invoke("list_cases", json!({})).await;
    assert_eq!(cases.as_array().unwrap().len(), 1, "{cases}");
    s.click("#task-patient").await;
    s.wait_for(&field("patient.first_name")).await;
    assert_eq!(s.value(&field("patient.first_name")).await, FIRST);
    s.close().await;
}
