//! The joining on small modules of our own, run by Node as the web view would run them:
//! the order, shared state through the one-line files, circles, namespaces, and every
//! refusal with its file and line.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::Path;

use imr_ui_bundle::{bundle, write_folder, Error};

mod common;

fn sources(files: &[(&str, &str)]) -> BTreeMap<String, String> {
    files
        .iter()
        .map(|(n, s)| (n.to_string(), s.to_string()))
        .collect()
}

/// Writes the joined files into a folder and runs `script` (an ES module beside them) in
/// Node; returns what it printed.
fn run_in_node(files: &[(&str, &str)], entry: &str, script: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    let out = dir.path().join("out");
    std::fs::create_dir(&src).unwrap();
    for (name, text) in files {
        std::fs::write(src.join(name), text).unwrap();
    }
    write_folder(&src, &out, entry).unwrap();
    std::fs::write(out.join("run.mjs"), script).unwrap();
    common::node(&out, &["run.mjs"])
}

const COUNTER: &str = "export let count = 0;\nexport function bump() { count += 1; }\n";
const LABEL: &str = "import { count } from \"./counter.js\";\nexport function label() { return `count ${count}`; }\nlog(\"label ran\");\nfunction log(m) { globalThis.ran = (globalThis.ran || []).concat(m); }\n";
const ENTRY: &str = "import { bump } from \"./counter.js\";\nimport { label } from \"./label.js\";\nimport * as c from \"./counter.js\";\nexport const later = () => import(\"./page.js\");\nexport function show() { return label() + \" / \" + c.count; }\nbump();\nglobalThis.ran = globalThis.ran.concat(\"entry ran\");\n";
const PAGE: &str = "import { bump, count } from \"./counter.js\";\nimport { show } from \"./entry.js\";\nexport function again() { bump(); return show() + \" seen by page \" + count; }\n";

#[test]
fn joined_modules_share_one_state_with_pages_loaded_later() {
    let files = [
        ("counter.js", COUNTER),
        ("label.js", LABEL),
        ("entry.js", ENTRY),
        ("page.js", PAGE),
    ];
    let b = bundle(&sources(&files), "entry.js").unwrap();
    // The order the browser runs them in; the page fetched with import() is left apart.
    assert_eq!(b.joined, ["counter.js", "label.js", "entry.js"]);
    let names: Vec<&str> = b.files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["entry.js", "counter.js", "label.js"]);
    assert!(
        !b.files[0].1.contains("import {"),
        "no import between joined modules is left"
    );
    let out = run_in_node(
        &files,
        "entry.js",
        "import { show, later } from \"./entry.js\";\n\
         console.log(globalThis.ran.join(\", \"));\n\
         console.log(show());\n\
         const page = await later();\n\
         console.log(page.again());\n",
    );
    // Each ran once, in order; the `let` changed by bump() is seen changed everywhere,
    // through the namespace too; the page loaded later shares the entry's counter.
    assert_eq!(
        out,
        "label ran, entry ran\ncount 1 / 1\ncount 2 / 2 seen by page 2\n"
    );
}

#[test]
fn a_circle_runs_as_in_the_browser() {
    // a imports b, b imports a back: b runs first, its use of a's name is at call time.
    let a = "import { fromB } from \"./b.js\";\nexport const name_a = \"a\";\nexport function both() { return name_a + fromB(); }\n";
    let b =
        "import { name_a } from \"./a.js\";\nexport function fromB() { return \"b\" + name_a; }\n";
    let files = [("a.js", a), ("b.js", b)];
    assert_eq!(
        bundle(&sources(&files), "a.js").unwrap().joined,
        ["b.js", "a.js"]
    );
    let out = run_in_node(&files, "a.js", "import { fromB } from \"./b.js\";\nimport * as a from \"./a.js\";\nconsole.log(a.both(), fromB());\n");
    assert_eq!(out, "aba ba\n");
}

fn refusal(files: &[(&str, &str)]) -> String {
    match bundle(&sources(files), "entry.js") {
        Ok(_) => panic!("joined what it should refuse: {files:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn two_modules_declaring_one_name_are_refused() {
    let e = refusal(&[
        (
            "entry.js",
            "import { a } from \"./other.js\";\nconst invoke = 1;\nexport const b = a + invoke;\n",
        ),
        ("other.js", "function invoke() {}\nexport const a = 2;\n"),
    ]);
    assert_eq!(e, "other.js and entry.js both declare `invoke` at the top level: they share one scope once joined, rename one of them");
    // Also a namespace named like a declaration.
    let e = refusal(&[
        (
            "entry.js",
            "import * as a from \"./other.js\";\nfunction a() {}\n",
        ),
        ("other.js", "export const x = 1;\n"),
    ]);
    assert!(e.contains("`a`") && e.contains("* as a"), "{e}");
}

#[test]
fn what_cannot_be_joined_safely_is_refused_with_file_and_line() {
    let cases: [(&str, &str); 9] = [
        (
            "import {\n  a,\n} from \"./other.js\";\n",
            "entry.js:1: write imports on one line",
        ),
        (
            "import { a as b } from \"./other.js\";\n",
            "entry.js:1: write imports on one line",
        ),
        (
            "import a from \"./other.js\";\n",
            "entry.js:1: write imports on one line",
        ),
        (
            "\nimport { a } from \"../other.js\";\n",
            "entry.js:2: imports must name a file beside it",
        ),
        (
            "import { a } from \"./missing.js\";\n",
            "entry.js:1: imports missing.js, which is not in the folder",
        ),
        (
            "const x = 1;\nexport { x };\n",
            "entry.js:2: write `export` only before",
        ),
        (
            "export default function () {}\n",
            "entry.js:1: write `export` only before",
        ),
        (
            "const { a, b } = globalThis;\n",
            "entry.js:1: a top-level declaration must name one thing",
        ),
        (
            "const here = import.meta.url;\n",
            "entry.js:1: `import.meta` would name the joined file",
        ),
    ];
    for (entry, expected) in cases {
        let e = refusal(&[("entry.js", entry), ("other.js", "export const a = 1;\n")]);
        assert!(e.starts_with(expected), "for {entry:?}: {e}");
    }
    let e = refusal(&[
        ("entry.js", "import { b } from \"./other.js\";\n"),
        ("other.js", "export const a = 1;\n"),
    ]);
    assert_eq!(
        e,
        "entry.js imports `b` from other.js, which does not export it"
    );
    let e = refusal(&[("entry.js", "let status = 0;\n")]);
    assert!(
        e.starts_with("entry.js:1: `status` is a name the page has from the browser"),
        "{e}"
    );
    assert!(matches!(
        bundle(&sources(&[]), "entry.js"),
        Err(Error::NoEntry(_))
    ));
}

fn mtime(p: &Path) -> std::time::SystemTime {
    std::fs::metadata(p).unwrap().modified().unwrap()
}

#[test]
fn the_folder_copy_is_rewritten_only_where_it_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (src, out) = (dir.path().join("src"), dir.path().join("out"));
    std::fs::create_dir(&src).unwrap();
    std::fs::write(
        src.join("entry.js"),
        "import { a } from \"./other.js\";\nexport const b = a;\n",
    )
    .unwrap();
    std::fs::write(src.join("other.js"), "export const a = 1;\n").unwrap();
    std::fs::write(src.join("style.css"), "body {}\n").unwrap();
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("gone.js"), "old").unwrap();
    write_folder(&src, &out, "entry.js").unwrap();
    let mut listed: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    listed.sort();
    assert_eq!(
        listed,
        ["entry.js", "other.js", "style.css"],
        "a file no longer in the source is removed"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("style.css")).unwrap(),
        "body {}\n"
    );
    let before = mtime(&out.join("entry.js"));
    std::thread::sleep(std::time::Duration::from_millis(20));
    write_folder(&src, &out, "entry.js").unwrap();
    assert_eq!(
        mtime(&out.join("entry.js")),
        before,
        "the same text is not written again"
    );
    std::fs::write(src.join("other.js"), "export const a = 2;\n").unwrap();
    write_folder(&src, &out, "entry.js").unwrap();
    assert!(std::fs::read_to_string(out.join("entry.js"))
        .unwrap()
        .contains("const a = 2;"));
}
