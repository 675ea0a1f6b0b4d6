//! Every message exists in English and Spanish with the same placeholders, none is
//! empty, and every id the code uses is in the catalog: `t("...")` in ui/*.js,
//! `data-i18n="..."` in ui/index.html, and `text(lang, "...")` / `t!(lang, "...")` in Rust.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use imr_i18n::{catalog, has, ids, load_problems, placeholders, text, Lang};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name != "target" && !name.starts_with('.') {
                files_under(&p, ext, out);
            }
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

/// The string literal that starts right after `start` in `src` (the text between the
/// quotes), if the next thing is a quote.
fn literal_after(src: &str, start: usize) -> Option<String> {
    let rest = src[start..].trim_start();
    let quote = rest.chars().next()?;
    if !matches!(quote, '"' | '\'' | '`') {
        return None;
    }
    let body = &rest[1..];
    let end = body.find(quote)?;
    let id = &body[..end];
    (!id.contains("${")).then(|| id.to_string())
}

/// The file without its comment lines (`//`, `///`, `/** ... */` continuation lines),
/// where examples of calls are written.
fn code_lines(src: &str) -> String {
    src.lines()
        .filter(|l| {
            let l = l.trim_start();
            !(l.starts_with("//") || l.starts_with("/*") || l.starts_with('*'))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Ids in `t("id"` calls of a JavaScript file.
fn js_ids(src: &str) -> Vec<String> {
    let src = &code_lines(src);
    let mut out = Vec::new();
    for (i, _) in src.match_indices("t(") {
        let before = src[..i].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == '$') {
            continue;
        }
        if let Some(id) = literal_after(src, i + 2) {
            out.push(id);
        }
    }
    out
}

/// Ids in `text(lang, "id"` and `t!(lang, "id"` calls of a Rust file.
fn rust_ids(src: &str) -> Vec<String> {
    let src = &code_lines(src);
    let mut out = Vec::new();
    for pattern in ["text(", "t!("] {
        for (i, _) in src.match_indices(pattern) {
            let before = src[..i].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let args = &src[i + pattern.len()..];
            // The first argument is the language: skip to the first comma at depth 0.
            let mut depth = 0;
            let mut comma = None;
            for (j, c) in args.char_indices() {
                match c {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' if depth == 0 => break,
                    ')' | ']' | '}' => depth -= 1,
                    ',' if depth == 0 => {
                        comma = Some(j);
                        break;
                    }
                    '"' => break,
                    _ => {}
                }
            }
            if let Some(j) = comma {
                let start = i + pattern.len() + j + 1;
                if let Some(id) = literal_after(src, start).filter(|id| looks_like_id(id)) {
                    out.push(id);
                }
            }
        }
    }
    out
}

fn looks_like_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[test]
fn files_load_without_problems() {
    let problems = load_problems();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let files = imr_i18n::files();
    for required in ["ui.ftl", "form.ftl", "app.ftl"] {
        for lang in Lang::ALL {
            assert!(
                files.contains(&(lang.code(), required)),
                "locales/{lang}/{required} is missing"
            );
        }
    }
}

#[test]
fn every_message_is_in_both_languages_with_the_same_placeholders() {
    let en = ids(Lang::En);
    let es = ids(Lang::Es);
    assert!(en.len() > 50, "only {} English messages", en.len());
    let only_en: Vec<_> = en.difference(&es).collect();
    let only_es: Vec<_> = es.difference(&en).collect();
    assert!(only_en.is_empty(), "missing in Spanish: {only_en:?}");
    assert!(only_es.is_empty(), "missing in English: {only_es:?}");
    let mut wrong = Vec::new();
    for id in &en {
        let (a, b) = (placeholders(Lang::En, id), placeholders(Lang::Es, id));
        if a != b {
            wrong.push(format!("{id}: en {a:?}, es {b:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "placeholders differ:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_message_is_empty_or_has_invisible_marks() {
    for lang in Lang::ALL {
        for (id, s) in catalog(lang) {
            assert!(!s.trim().is_empty(), "{lang}: '{id}' is empty");
            assert!(
                !s.chars()
                    .any(|c| matches!(c, '\u{2068}' | '\u{2069}' | '\u{200e}' | '\u{200f}')),
                "{lang}: '{id}' has bidi marks"
            );
        }
    }
}

#[test]
fn spanish_is_not_a_copy_of_english() {
    // Names, numbers and symbols may be the same in both; most sentences may not.
    let en = catalog(Lang::En);
    let es = catalog(Lang::Es);
    let same: Vec<&String> = en
        .iter()
        .filter(|(id, s)| {
            let words = s
                .split_whitespace()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
                .filter(|w| !w.starts_with('$'))
                .count();
            words >= 4 && es.get(*id) == Some(*s)
        })
        .map(|(id, _)| id)
        .collect();
    assert!(same.is_empty(), "not translated: {same:?}");
}

#[test]
fn text_fills_placeholders_and_falls_back() {
    let s = text(
        Lang::Es,
        "start-delete-label",
        &[("name", "Ana Pérez".into())],
    );
    assert_eq!(s, "Borrar la solicitud de Ana Pérez");
    let d = imr_i18n::t!(Lang::Es, "date-long", day = 1, month = "marzo", year = 2026);
    assert_eq!(d, "1 de marzo de 2026");
    assert_eq!(
        text(Lang::En, "no-such-message-id", &[]),
        "no-such-message-id"
    );
    // The window's export keeps placeholders for ui/i18n.js.
    assert_eq!(
        catalog(Lang::Es)
            .get("start-delete-label")
            .map(String::as_str),
        Some("Borrar la solicitud de { $name }")
    );
}

#[test]
fn every_id_the_window_uses_exists() {
    let ui = root().join("ui");
    let mut js = Vec::new();
    files_under(&ui, "js", &mut js);
    assert!(js.len() >= 5, "ui/*.js not found at {}", ui.display());
    let mut used: BTreeSet<(String, String)> = BTreeSet::new();
    for path in &js {
        let src = fs::read_to_string(path).expect("read a ui file");
        for id in js_ids(&src) {
            used.insert((path.display().to_string(), id));
        }
    }
    let html = fs::read_to_string(ui.join("index.html")).expect("read ui/index.html");
    for attr in ["data-i18n=\"", "data-i18n-aria-label=\""] {
        for (i, _) in html.match_indices(attr) {
            let rest = &html[i + attr.len()..];
            let id = &rest[..rest.find('"').unwrap_or(0)];
            used.insert(("ui/index.html".into(), id.to_string()));
        }
    }
    assert!(used.len() > 20, "only {} ids found in ui/", used.len());
    let missing: Vec<_> = used.iter().filter(|(_, id)| !has(Lang::En, id)).collect();
    assert!(
        missing.is_empty(),
        "used in the window but not in locales/en: {missing:?}"
    );
}

#[test]
fn every_id_the_rust_code_uses_exists() {
    let mut rs = Vec::new();
    files_under(&root().join("crates"), "rs", &mut rs);
    files_under(&root().join("src-tauri/src"), "rs", &mut rs);
    let mut missing = Vec::new();
    let mut count = 0;
    // This file's own examples (in raw strings) are not uses.
    rs.retain(|p| !p.ends_with("imr-i18n/tests/completeness.rs"));
    for path in &rs {
        let src = fs::read_to_string(path).expect("read a Rust file");
        for id in rust_ids(&src) {
            count += 1;
            if !has(Lang::En, &id) && id != "no-such-message-id" {
                missing.push(format!("{}: {id}", path.display()));
            }
        }
    }
    assert!(count > 0, "no text(lang, \"id\") calls found");
    assert!(
        missing.is_empty(),
        "used in Rust but not in locales/en:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_scanners_find_ids() {
    assert_eq!(
        js_ids(
            r#"el("h1", { text: t("start-heading") }); x.t("no"); t(`a-${b}`); t('back-link', { a })"#
        ),
        vec!["start-heading".to_string(), "back-link".to_string()]
    );
    assert_eq!(
        rust_ids(
            r#"text(lang, "app-not-found", &[]); t!(self.lang(), "task-patient", n = 1); context(a, "x")"#
        ),
        vec!["app-not-found".to_string(), "task-patient".to_string()]
    );
}
