//! The window formats messages itself (`ui/fluent.js`): every message with a selector
//! is written in the subset it reads, and, where Node is installed, the window's
//! formatter gives the same text as Fluent for the same values.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use imr_i18n::{catalog, ids, text, window_text, Arg, Lang};

#[test]
fn every_selector_is_one_the_window_reads() {
    let mut wrong = Vec::new();
    let mut selectors = 0;
    for lang in Lang::ALL {
        for id in ids(lang) {
            match window_text(lang, &id) {
                Some(Ok(_)) => selectors += 1,
                Some(Err(e)) => wrong.push(format!("{lang}: {id}: {e}")),
                None => {}
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "messages the window cannot read (see imr_i18n::window_text):\n{}",
        wrong.join("\n")
    );
    assert!(selectors > 20, "only {selectors} messages with a selector");
}

#[test]
fn the_window_gets_selectors_and_plain_text_otherwise() {
    let es = catalog(Lang::Es);
    assert_eq!(
        es.get("documents-pages").map(String::as_str),
        Some("{ $count } { $count -> [one] página *[other] páginas }")
    );
    for lang in Lang::ALL {
        for (id, s) in catalog(lang) {
            if window_text(lang, id).is_none() {
                assert!(
                    !s.contains("->"),
                    "{lang}: '{id}' looks like a selector: {s}"
                );
            }
        }
    }
}

/// The names after `{ $` and the keys in `[…]` of a window text.
fn selectors_and_keys(s: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut names = BTreeSet::new();
    let mut keys = BTreeSet::new();
    for (i, _) in s.match_indices("{ $") {
        let rest = &s[i + 3..];
        let end = rest.find(' ').unwrap_or(rest.len());
        if rest[end..].starts_with(" ->") {
            names.insert(rest[..end].to_string());
        }
    }
    for (i, _) in s.match_indices(" [").chain(s.match_indices(" *[")) {
        let rest = &s[i..];
        let start = rest.find('[').unwrap_or(0) + 1;
        if let Some(end) = rest.find(']') {
            keys.insert(rest[start..end].to_string());
        }
    }
    (names, keys)
}

#[derive(Clone)]
enum Val {
    Num(i64),
    Str(String),
    /// A number the window gets as text ("1"): it chooses as Fluent does for the number.
    NumText(i64),
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

#[test]
fn the_window_chooses_the_same_variant_as_fluent() {
    let node_ok = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        node_ok,
        "node is needed to run the window's formatter (ui/fluent.js): run \
         scripts/setup-debian test, which installs it"
    );
    let fluent_js = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/fluent.js");
    let mut cases = Vec::new();
    let mut expected = Vec::new();
    for lang in Lang::ALL {
        let locale = if lang == Lang::Es { "es-US" } else { "en-US" };
        for id in ids(lang) {
            let Some(Ok(window)) = window_text(lang, &id) else {
                continue;
            };
            let vars = imr_i18n::placeholders(lang, &id).unwrap_or_default();
            let (names, keys) = selectors_and_keys(&window);
            let mut values: Vec<Val> = [0, 1, 2, 5, 21].into_iter().map(Val::Num).collect();
            // A number key ([0]) as text: the window reads "0" as the number.
            values.extend(keys.iter().map(|k| match k.parse() {
                Ok(n) => Val::NumText(n),
                Err(_) => Val::Str(k.clone()),
            }));
            values.push(Val::NumText(1));
            for n in 0..values.len() {
                let mut args: Vec<(String, Val)> = Vec::new();
                for (j, v) in vars.iter().enumerate() {
                    let val = if names.contains(v) {
                        // Each selector in turn gets the value; the others get the
                        // next ones, so that combinations are tried too.
                        values[(n + j) % values.len()].clone()
                    } else {
                        Val::Str(format!("X-{v}"))
                    };
                    args.push((v.clone(), val));
                }
                let fluent_args: Vec<(&str, Arg<'_>)> = args
                    .iter()
                    .map(|(k, v)| {
                        let arg = match v {
                            Val::Num(n) | Val::NumText(n) => Arg::from(*n),
                            Val::Str(s) => Arg::from(s.as_str()),
                        };
                        (k.as_str(), arg)
                    })
                    .collect();
                expected.push((format!("{lang}: {id}"), text(lang, &id, &fluent_args)));
                let js_args: Vec<String> = args
                    .iter()
                    .map(|(k, v)| {
                        let v = match v {
                            Val::Num(n) => n.to_string(),
                            Val::NumText(n) => json_string(&n.to_string()),
                            Val::Str(s) => json_string(s),
                        };
                        format!("{}:{v}", json_string(k))
                    })
                    .collect();
                cases.push(format!(
                    "[{},{{{}}},{}]",
                    json_string(&window),
                    js_args.join(","),
                    json_string(locale)
                ));
            }
        }
    }
    let dir = std::env::temp_dir().join(format!("imr-i18n-window-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let input = dir.join("cases.json");
    std::fs::write(&input, format!("[{}]", cases.join(",\n"))).expect("write the cases");
    let script = format!(
        "import {{ format }} from {};\n\
         import {{ readFileSync }} from 'node:fs';\n\
         const cases = JSON.parse(readFileSync({}, 'utf8'));\n\
         console.log(JSON.stringify(cases.map(([text, args, locale]) => format(text, args, locale))));",
        json_string(&format!("file://{}", fluent_js.display())),
        json_string(&input.display().to_string()),
    );
    let out = Command::new("node")
        .args(["--input-type=module", "-e", &script])
        .output()
        .expect("run node");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "node failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Vec<String> = serde_json::from_slice(&out.stdout).expect("node's answer");
    assert_eq!(got.len(), expected.len());
    let differ: Vec<String> = expected
        .iter()
        .zip(&got)
        .filter(|((_, want), got)| want != *got)
        .map(|((id, want), got)| format!("{id}\n  Fluent: {want}\n  window: {got}"))
        .collect();
    assert!(
        differ.is_empty(),
        "the window formats differently:\n{}",
        differ.join("\n")
    );
    assert!(expected.len() > 100, "only {} cases", expected.len());
}
