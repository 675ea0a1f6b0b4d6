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
    ("imr-ocr", &[]),
    ("imr-case", &["imr-i18n"]),
    ("imr-scan", &[]),
    // A build tool: the desktop's build script joins the window's modules with it.
    ("imr-ui-bundle", &[]),
    (
        "imr-packet",
        &["imr-case", "imr-i18n", "imr-scan", "imr-ocr"],
    ),
    (
        "imr-app",
        &[
            "imr-case",
            "imr-packet",
            "imr-i18n",
            "imr-vault",
            "imr-outcomes",
            "imr-ocr",
        ],
    ),
    ("imr-cli", &["imr-app", "imr-case", "imr-packet"]),
    // The desktop shell carries the window's commands to `imr_app::App`, nothing more.
    ("imr-desktop", &["imr-app"]),
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
    for krate in ["imr-i18n", "imr-case", "imr-scan", "imr-packet", "imr-app"] {
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

/// `unsafe` is denied in the whole workspace; one module allows it, to call the system's
/// Tesseract (opened at run time), and no other file may.
#[test]
fn only_the_tesseract_module_allows_unsafe_code() {
    let root = workspace();
    let allowed = root.join("crates/imr-ocr/src/tesseract.rs");
    let mut files = Vec::new();
    for dir in ["crates", "src-tauri/src", "tests", "bench"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.contains(&allowed), "{} not found", allowed.display());
    let mut allowing = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        // The attribute's words are put together here so that this file does not hold them.
        let lifts = ["allow", "warn", "expect"]
            .iter()
            .any(|level| text.contains(&format!("{level}({}_code)", "unsafe")));
        if lifts {
            allowing.push(file.strip_prefix(&root).unwrap().display().to_string());
        }
    }
    assert_eq!(
        allowing,
        vec!["crates/imr-ocr/src/tesseract.rs".to_string()]
    );
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("unsafe_code = \"deny\""),
        "the workspace lint is gone"
    );
}

/// The top-level module a source file belongs to (`None` for the crate root and for
/// test-only files).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?.to_owned();
    if rel
        .components()
        .any(|c| c.as_os_str() == "tests.rs" || c.as_os_str() == "tests")
    {
        return None;
    }
    let name = first.strip_suffix(".rs").unwrap_or(&first).to_owned();
    (name != "lib" && name != "main" && name != "bin").then_some(name)
}

/// The leading identifiers of what follows `crate::` (`crate::{a, b::c}` gives a and b).
fn crate_paths(code: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        if let Some(inner) = after.strip_prefix('{') {
            let mut depth = 0usize;
            let mut start = 0usize;
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        found.push(ident(&inner[start..i]));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        found.push(ident(&inner[start..i]));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            found.push(ident(after));
        }
        rest = after;
    }
    found.retain(|s| !s.is_empty());
    found
}

/// Which top-level modules of `krate` use which others (through `crate::`, and through
/// the items the crate root re-exports).
fn module_graph(krate: &str) -> BTreeMap<String, BTreeSet<String>> {
    let src = workspace().join(krate).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut modules: BTreeSet<String> = BTreeSet::new();
    for f in &files {
        if let Some(m) = module_of(&src, f) {
            modules.insert(m);
        }
    }
    // `pub use store::{CaseStore, …}` at the root: `crate::CaseStore` is `store`.
    let mut reexported: BTreeMap<String, String> = BTreeMap::new();
    for root in ["lib.rs", "main.rs"] {
        let Ok(text) = std::fs::read_to_string(src.join(root)) else {
            continue;
        };
        for stmt in text.split(';') {
            let Some(path) = stmt.trim().strip_prefix("pub use ") else {
                continue;
            };
            let Some((module, items)) = path.split_once("::") else {
                continue;
            };
            if !modules.contains(module) {
                continue;
            }
            let items = items.trim().trim_start_matches('{').trim_end_matches('}');
            for item in items.split(',') {
                let name = item.rsplit("::").next().unwrap_or("").trim();
                let name = name.rsplit(" as ").next().unwrap_or(name).trim();
                if !name.is_empty() {
                    reexported.insert(name.to_owned(), module.to_owned());
                }
            }
        }
    }
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let Some(from) = module_of(&src, f) else {
            continue;
        };
        let text = std::fs::read_to_string(f).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        // Comments name other modules without using them.
        let code: String = code
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let entry = graph.entry(from.clone()).or_default();
        for name in crate_paths(&code) {
            let to = if modules.contains(&name) {
                Some(name)
            } else {
                reexported.get(&name).cloned()
            };
            if let Some(to) = to.filter(|to| *to != from) {
                entry.insert(to);
            }
        }
    }
    graph
}

/// A cycle among the modules of `graph`, if there is one (as the list of its modules).
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(c) = visit(node, graph, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

#[test]
fn the_cycle_finder_finds_a_cycle_and_only_a_cycle() {
    let g = |edges: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in edges {
            g.entry((*a).into()).or_default().insert((*b).into());
        }
        g
    };
    assert!(find_cycle(&g(&[("a", "b"), ("b", "c"), ("a", "c")])).is_none());
    let c = find_cycle(&g(&[("a", "b"), ("b", "c"), ("c", "a")])).unwrap();
    assert_eq!(c.len(), 4, "{c:?}");
    assert_eq!(
        crate_paths("use crate::{form::ids, rules::{A, B}, case};\nlet x = crate::dates::f();"),
        ["form", "rules", "case", "dates"]
    );
}

fn assert_no_module_cycle(krate: &str) {
    let graph = module_graph(krate);
    assert!(graph.len() > 2, "{krate}: no modules found");
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "{krate}: its modules use each other in a circle: {}\n(the whole graph: {graph:#?})",
            cycle.join(" → ")
        );
    }
}

/// No module circles: each crate's modules form layers (docs/architecture.md).
#[test]
fn imr_case_modules_have_no_circle() {
    assert_no_module_cycle("crates/imr-case");
}

#[test]
fn imr_scan_modules_have_no_circle() {
    assert_no_module_cycle("crates/imr-scan");
}

#[test]
fn imr_packet_modules_have_no_circle() {
    assert_no_module_cycle("crates/imr-packet");
}

#[test]
fn imr_app_modules_have_no_circle() {
    assert_no_module_cycle("crates/imr-app");
}

/// The bodies of the `#[tauri::command]` functions in `code`, by name.
fn command_bodies(code: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for part in code.split("#[tauri::command]").skip(1) {
        let name = part
            .split("fn ")
            .nth(1)
            .and_then(|s| s.split(['(', '<']).next())
            .unwrap()
            .trim()
            .to_owned();
        // The body: from the signature's opening brace to its matching close.
        let signature_end = part.find(") -> ").unwrap_or(0);
        let start = signature_end + part[signature_end..].find('{').unwrap();
        let mut depth = 0;
        let mut end = start;
        for (i, c) in part[start..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = start + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.push((name, part[start + 1..end].to_owned()));
    }
    out
}

/// The desktop shell holds no logic: each command is one call over `imr_app::App`
/// (making the packet also passes its progress on to the window as events; opening a
/// saved file hands the path the app checked to the desktop's viewer).
#[test]
fn every_desktop_command_is_one_call_over_the_app() {
    let code = std::fs::read_to_string(workspace().join("src-tauri/src/commands.rs")).unwrap();
    let commands = command_bodies(&code);
    assert!(
        commands.len() > 30,
        "found only {} commands",
        commands.len()
    );
    let mut logic = Vec::new();
    for (name, body) in &commands {
        let body = body.replace("let _ = handle.emit(", "handle.emit(");
        let body = body.trim_start();
        let calls_app = body.starts_with("app.")
            || (body.starts_with("desktop::") && body.contains("app.saved_file("));
        let decides = [
            "let ",
            "if ",
            "match ",
            "for ",
            "while ",
            "loop ",
            "unwrap_or",
        ]
        .iter()
        .any(|k| body.contains(k));
        if !calls_app || decides {
            logic.push(format!("{name}: {}", body.trim()));
        }
    }
    assert!(
        logic.is_empty(),
        "commands that do more than call the app: {logic:#?}"
    );
}

/// The window draws and routes: the rules moved to Rust do not come back in `ui/`.
/// Each marker is the tell-tale of one rule, with where it lives now.
#[test]
fn the_window_holds_none_of_the_rules_moved_to_rust() {
    const MARKERS: &[(&str, &str)] = &[
        (
            "padStart",
            "date boxes are joined by screens::join_date_parts",
        ),
        ("Español", "the languages come with Messages::languages"),
        ("bday-", "autocomplete tokens come with each FieldView"),
        ("\"wet\"", "the ways of signing come with SignPage::options"),
        ("\"/s/", "typed signatures are made by Rust"),
        (
            "|| \"fax\"",
            "the ways of sending come with App::packet_page",
        ),
        ("\"jpg\"", "the file types come with App::document_choices"),
        (
            "lock_all_cases\"); } catch { /* nothing",
            "App::start_page locks every case",
        ),
        (
            "setTimeout(lock",
            "the idle watch is Rust's (App::watch_idle)",
        ),
        ("es-US", "the locale comes with Messages::locale"),
    ];
    let mut found = Vec::new();
    for entry in std::fs::read_dir(workspace().join("ui")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "js") {
            continue;
        }
        let code = std::fs::read_to_string(&path).unwrap();
        for (marker, now) in MARKERS {
            if code.contains(marker) {
                found.push(format!("{}: {marker:?} ({now})", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "rules back in the window: {found:#?}");
}

/// The methods of every `impl CaseStore` block in the sources of imr-app, by file:
/// (file relative to src, method name, whether it is `pub` outside the crate).
fn case_store_methods() -> Vec<(String, String, bool)> {
    let src = workspace().join("crates/imr-app/src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let rel = file.strip_prefix(&src).unwrap().display().to_string();
        let mut rest = code;
        while let Some(at) = rest.find("impl CaseStore {") {
            // The block: to the brace that closes it.
            let body = &rest[at + "impl CaseStore {".len()..];
            let mut depth = 1;
            let mut end = body.len();
            for (i, c) in body.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            // Its methods start one indent in.
            for line in body[..end].lines() {
                let Some(item) = line.strip_prefix("    ") else {
                    continue;
                };
                let (public, signature) = if let Some(s) = item.strip_prefix("pub fn ") {
                    (true, s)
                } else if let Some(s) = item.strip_prefix("pub(crate) fn ") {
                    (false, s)
                } else if let Some(s) = item.strip_prefix("fn ") {
                    (false, s)
                } else {
                    assert!(
                        !item.starts_with("pub"),
                        "{rel}: an item of CaseStore not read by this test: {item}"
                    );
                    continue;
                };
                let name: String = signature
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                found.push((rel.clone(), name, public));
            }
            rest = &body[end..];
        }
    }
    found
}

/// `CaseStore` is load, save and seal only (docs/architecture.md): each use case is a
/// module of functions over it, not more methods. Only opening it is public (the
/// window, the tests and the programs go through `App`); its crate-wide methods are
/// these, in `store/`; no other module adds an `impl CaseStore` block.
#[test]
fn the_case_store_is_load_save_and_seal_only() {
    const PUBLIC: &[&str] = &["open", "with_kdf"];
    const LOAD_SAVE_SEAL: &[&str] = &[
        // Opening and paths.
        "open",
        "with_kdf",
        "keys",
        "kdf",
        "data_dir",
        "settings",
        "root",
        "case_dir",
        // Create, load, save, list, delete.
        "create",
        "new_case_dir",
        "load",
        "load_plain",
        "save",
        "list",
        "delete",
        "remove_case_folder",
        "remove_everything",
        // Sealing: keys, locking, protecting, sealed bytes.
        "is_protected",
        "is_locked",
        "vault_info",
        "create_protected",
        "unlock",
        "passphrase_opens",
        "checked_key",
        "protect",
        "load_protected",
        "lock",
        "lock_all",
        "any_unlocked",
        "key_uses",
        "key_for",
        "read_case_bytes",
        "write_case_bytes",
        "protected_summary",
    ];
    let methods = case_store_methods();
    assert!(methods.len() > 20, "found only {methods:?}");
    let mut wrong = Vec::new();
    for (file, name, public) in &methods {
        if !file.starts_with("store/") {
            wrong.push(format!(
                "{file}: impl CaseStore (fn {name}): make it a function of the module over \
                 the store"
            ));
        } else if *public && !PUBLIC.contains(&name.as_str()) {
            wrong.push(format!(
                "{file}: pub fn {name}: pub(crate), and an App method for the window"
            ));
        } else if !LOAD_SAVE_SEAL.contains(&name.as_str()) {
            wrong.push(format!(
                "{file}: fn {name} is not load, save or seal: a use case's module, or this \
                 list if it is"
            ));
        }
    }
    assert!(wrong.is_empty(), "CaseStore grew: {wrong:#?}");
}
