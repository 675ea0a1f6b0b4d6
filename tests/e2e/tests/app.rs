//! End-to-end scenarios: the real app window, driven through tauri-driver.
//!
//! Run with `scripts/e2e` (sets up, builds the app, then
//! `cargo test -p imr-e2e -- --test-threads=1`); `scripts/test` runs them too. They need
//! a fresh `target/debug/imr-packet-app` (`cargo build -p imr-desktop`): the harness
//! refuses an app binary older than its sources. Tests take turns (a lock in `support`),
//! whatever `--test-threads` says.

#![allow(clippy::unwrap_used)]

mod support;

use support::{Session, TODAY};

#[tokio::test]
async fn start_page_offers_a_new_application() {
    let mut s = Session::start().await;
    let h1 = s.h1().await;
    assert!(!h1.trim().is_empty(), "the start page's h1 is empty");
    assert!(
        !s.title().await.starts_with("Error: "),
        "the start page shows an error"
    );
    assert_eq!(s.text("#start-new").await, "Start a new application");
    // A fresh data folder has no saved applications.
    assert!(!s.exists("ul.cases").await);
    s.screenshot("start").await;
}

#[tokio::test]
async fn app_uses_the_test_data_folder_and_date() {
    let s = Session::start().await;
    // The start command brings all the first page needs, with the test build's date.
    let start = s.invoke("start", serde_json::json!({})).await;
    assert_eq!(start["today"], TODAY);
    assert_eq!(start["messages"]["lang"], "en");
    assert_eq!(start["cases"], serde_json::json!([]));
    assert_eq!(start["test_hooks"], true);
    assert!(s.data_dir().join("cases").is_dir());
}
