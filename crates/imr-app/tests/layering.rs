//! The layering rules of docs/architecture.md, checked: which of our crates each crate
//! may depend on, and that the libraries never read the clock.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Our crates, and the ones of ours each may depend on (normal dependencies).
const ALLOWED: &[(&str, &[&str])] = &[
    ("imr-i18n", &[]),
    ("imr-vault", &[]),
    ("imr-outcomes", &[]),
    ("imr-fixtures", &[]),
    ("imr-case", &["imr-i18n"]),
    ("imr-packet", &["imr-case", "imr-i18n"]),
    (
        "imr-app",
        &["imr-case", "imr-packet", "imr-i18n", "imr-vault"],
    ),
    ("imr-cli", &["imr-app", "imr-case", "imr-packet"]),
    (
        "imr-desktop",
        &[
            "imr-app",
            "imr-case",
            "imr-packet",
            "imr-i18n",
            "imr-outcomes",
        ],
    ),
    ("imr-e2e", &[]),
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Our crates' normal dependencies on our crates, from `cargo metadata`.
fn our_dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(workspace())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let packages = meta["packages"].as_array().unwrap();
    let ours: BTreeSet<String> = packages
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect();
    packages
        .iter()
        .map(|p| {
            let deps = p["dependencies"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["kind"].is_null())
                .map(|d| d["name"].as_str().unwrap().to_owned())
                .filter(|name| ours.contains(name))
                .collect();
            (p["name"].as_str().unwrap().to_owned(), deps)
        })
        .collect()
}

#[test]
fn each_crate_depends_only_on_what_the_architecture_allows() {
    let found = our_dependencies();
    let allowed: BTreeMap<&str, BTreeSet<&str>> = ALLOWED
        .iter()
        .map(|(name, deps)| (*name, deps.iter().copied().collect()))
        .collect();
    let mut wrong = Vec::new();
    for (name, deps) in &found {
        if name == "empty-tauri" {
            continue; // the launch benchmark's empty window, none of ours
        }
        let Some(ok) = allowed.get(name.as_str()) else {
            wrong.push(format!("{name} is not in docs/architecture.md's table"));
            continue;
        };
        for dep in deps {
            if !ok.contains(dep.as_str()) {
                wrong.push(format!("{name} depends on {dep}"));
            }
        }
    }
    assert!(found.contains_key("imr-desktop") && found.contains_key("imr-cli"));
    assert!(wrong.is_empty(), "against docs/architecture.md: {wrong:#?}");
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Today is passed in: no library reads the clock (tests may).
#[test]
fn the_libraries_never_read_the_clock() {
    let mut read = Vec::new();
    for krate in ["imr-i18n", "imr-case", "imr-packet", "imr-app"] {
        let mut files = Vec::new();
        rust_files(
            &workspace().join("crates").join(krate).join("src"),
            &mut files,
        );
        assert!(!files.is_empty(), "{krate}: no sources found");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            // Unit tests sit at the end of a file, after `#[cfg(test)]`.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for clock in ["Local::now", "Utc::now", "SystemTime::now", "Instant::now"] {
                if code.contains(clock) {
                    read.push(format!("{}: {clock}", file.display()));
                }
            }
        }
    }
    assert!(read.is_empty(), "the clock is read in a library: {read:#?}");
}
