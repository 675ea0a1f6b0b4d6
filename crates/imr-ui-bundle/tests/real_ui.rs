//! The window's own modules (ui/) joined as the app's build joins them, and read by Node:
//! the joined file and each one-line file must parse as ES modules (a name declared twice
//! in the one scope is an error there), and the first screen must need no other module.
#![allow(clippy::unwrap_used)]

use std::path::Path;

mod common;

#[test]
fn the_window_s_modules_join_and_parse() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui");
    let dir = tempfile::tempdir().unwrap();
    let bundle = imr_ui_bundle::write_folder(&ui, dir.path(), "app.js").unwrap();
    // What the start page draws with: the app, its helpers, the messages and Fluent, the
    // quick exit, the vault's tools and help, in the order the web view ran them.
    assert_eq!(
        bundle.joined,
        [
            "fluent.js",
            "i18n.js",
            "dom.js",
            "quickexit.js",
            "vault.js",
            "help.js",
            "app.js"
        ]
    );
    let joined = std::fs::read_to_string(dir.path().join("app.js")).unwrap();
    assert!(
        joined.lines().all(|l| !l.starts_with("import ")),
        "the first screen loads no other module"
    );
    // Pages come later, through import() (documents.js and the rest stay files of their own).
    assert!(joined.contains("import(\"./documents.js\")"));
    for (name, _) in &bundle.files {
        common::node(dir.path(), &["--check", name]);
    }
    // The page loads the joined file and the start page's data (made by the app), no other script.
    let html = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    let scripts: Vec<&str> = html
        .lines()
        .filter(|l| l.contains("<script"))
        .map(str::trim)
        .collect();
    assert_eq!(
        scripts,
        [
            "<script src=\"imr-start://localhost/start.js\"></script>",
            "<script type=\"module\" src=\"app.js\"></script>"
        ]
    );
}
