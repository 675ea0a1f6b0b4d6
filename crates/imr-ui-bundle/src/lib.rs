//! Joins the window's first-screen ES modules into one file, at build time.
//!
//! The window (`ui/`) is written as small ES modules. The web view fetches a module, reads
//! its imports, fetches those, and so on; in the desktop app each file comes through the
//! app's own protocol, one at a time, and the first screen waited for seven of them
//! (`bench/launch-bench.sh`). This crate puts the modules the entry loads by `import`
//! statements (not the pages fetched later with `import()`) into the entry file itself,
//! the way a bundler "hoists" modules into one scope:
//!
//! - the modules follow one another in the order the browser would run them (each after
//!   the modules it imports, a circle broken where the browser breaks it);
//! - `import` lines between them are dropped and `export` before a declaration is
//!   dropped: in one scope, a name imported is the name declared (a `let` that changes is
//!   seen changed, as through an import);
//! - `import * as name` becomes an object whose getters read the module's names;
//! - the entry exports every name of every module it took in, and each module taken in is
//!   replaced by a one-line file that exports its names from the entry, so the pages
//!   fetched later get the very same values (one `app`, one set of messages).
//!
//! What it accepts is deliberately narrow, and anything else stops the build with the file,
//! the line and what to write instead: one-line `import { a, b } from "./x.js";` and
//! `import * as x from "./x.js";`, and `export` only before `function`, `async function`,
//! `const`, `let` or `class` at the start of a line. Because the modules share one scope,
//! two of them may not declare the same name at the top level (declarations start at the
//! start of a line in this code), nor a name the page has from the browser.
//! `tests/real_ui.rs` joins the real `ui/` and has Node parse the result.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Why the modules could not be joined, naming the file and line.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{file}:{line}: {problem}")]
    Source {
        file: String,
        line: usize,
        problem: String,
    },
    #[error("{file} and {other} both declare `{name}` at the top level: they share one scope once joined, rename one of them")]
    SameName {
        name: String,
        file: String,
        other: String,
    },
    #[error("{file} imports `{name}` from {from}, which does not export it")]
    NotExported {
        file: String,
        name: String,
        from: String,
    },
    #[error("the entry module {0} is not in the folder")]
    NoEntry(String),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Names a page has from the browser, which a joined module must not declare at the top
/// level: the other modules' uses of them would then mean the declared one.
const BROWSER_NAMES: &[&str] = &[
    "window",
    "document",
    "navigator",
    "location",
    "history",
    "performance",
    "console",
    "name",
    "status",
    "open",
    "close",
    "closed",
    "print",
    "stop",
    "focus",
    "blur",
    "scroll",
    "find",
    "parent",
    "top",
    "self",
    "frames",
    "length",
    "origin",
    "event",
    "screen",
    "opener",
    "alert",
    "confirm",
    "prompt",
    "fetch",
    "crypto",
    "caches",
    "localStorage",
    "sessionStorage",
    "indexedDB",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "requestAnimationFrame",
    "queueMicrotask",
    "structuredClone",
    "Intl",
    "JSON",
    "Math",
    "Date",
    "Promise",
    "Object",
    "Array",
    "Map",
    "Set",
    "Error",
    "URL",
    "Event",
    "Node",
    "Element",
    "HTMLElement",
    "CustomEvent",
    "getComputedStyle",
    "matchMedia",
];

/// One `import` line of a module.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Import {
    /// `import { a, b } from "./from";`
    Names { names: Vec<String>, from: String },
    /// `import * as name from "./from";`
    Namespace { name: String, from: String },
}

impl Import {
    fn from(&self) -> &str {
        match self {
            Import::Names { from, .. } | Import::Namespace { from, .. } => from,
        }
    }
}

/// A module as read: its imports (with their line numbers), what it declares at the top
/// level and what it exports.
#[derive(Debug)]
struct Module {
    source: String,
    imports: Vec<(usize, Import)>,
    declared: Vec<String>,
    exports: Vec<String>,
}

fn problem(file: &str, line: usize, problem: impl Into<String>) -> Error {
    Error::Source {
        file: file.to_string(),
        line,
        problem: problem.into(),
    }
}

fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// The name a top-level declaration line declares (after `export ` if any), or None if the
/// line declares nothing. Destructuring is refused: its names cannot be told apart here.
fn declared_name(file: &str, line_no: usize, rest: &str) -> Result<Option<String>, Error> {
    let after = [
        "async function* ",
        "async function ",
        "function* ",
        "function ",
        "const ",
        "let ",
        "var ",
        "class ",
    ]
    .iter()
    .find_map(|k| rest.strip_prefix(k));
    let Some(after) = after else { return Ok(None) };
    let name: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '$')
        .collect();
    if name.is_empty() || !is_name(&name) {
        return Err(problem(
            file,
            line_no,
            "a top-level declaration must name one thing (no destructuring): write one `const name = …` per name",
        ));
    }
    Ok(Some(name))
}

/// `"./x.js"` → `x.js`; anything else is refused.
fn relative_file(file: &str, line_no: usize, quoted: &str) -> Result<String, Error> {
    let inner = quoted
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| quoted.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')));
    match inner.and_then(|s| s.strip_prefix("./")) {
        Some(f) if f.ends_with(".js") && !f.contains('/') => Ok(f.to_string()),
        _ => Err(problem(
            file,
            line_no,
            format!("imports must name a file beside it, as \"./name.js\" (found {quoted})"),
        )),
    }
}

fn parse_import(file: &str, line_no: usize, line: &str) -> Result<Import, Error> {
    let bad = || {
        problem(
            file,
            line_no,
            "write imports on one line, as `import { a, b } from \"./x.js\";` or `import * as x from \"./x.js\";` (no `as` renaming, no default import)",
        )
    };
    let body = line.strip_prefix("import ").ok_or_else(bad)?.trim_end();
    let body = body.strip_suffix(';').ok_or_else(bad)?;
    let (what, from) = body.rsplit_once(" from ").ok_or_else(bad)?;
    let from = relative_file(file, line_no, from.trim())?;
    let what = what.trim();
    if let Some(ns) = what.strip_prefix("* as ") {
        let name = ns.trim().to_string();
        if !is_name(&name) {
            return Err(bad());
        }
        return Ok(Import::Namespace { name, from });
    }
    let list = what
        .strip_prefix('{')
        .and_then(|s| s.strip_suffix('}'))
        .ok_or_else(bad)?;
    let names: Vec<String> = list
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    if names.is_empty() || !names.iter().all(|n| is_name(n)) {
        return Err(bad());
    }
    Ok(Import::Names { names, from })
}

impl Module {
    fn read(file: &str, source: String) -> Result<Module, Error> {
        let mut imports = Vec::new();
        let mut declared = Vec::new();
        let mut exports = Vec::new();
        for (i, line) in source.lines().enumerate() {
            let line_no = i + 1;
            if line.contains("import.meta") {
                return Err(problem(
                    file,
                    line_no,
                    "`import.meta` would name the joined file, not this one: pass what it is needed for from the entry",
                ));
            }
            if line.starts_with("import ") || line.starts_with("import{") {
                imports.push((line_no, parse_import(file, line_no, line)?));
                continue;
            }
            if let Some(rest) = line.strip_prefix("export ") {
                let name = declared_name(file, line_no, rest)?.ok_or_else(|| {
                    problem(
                        file,
                        line_no,
                        "write `export` only before `function`, `async function`, `const`, `let` or `class` (no `export {…}`, `export default` or `export *`)",
                    )
                })?;
                exports.push(name.clone());
                declared.push(name);
                continue;
            }
            if line.starts_with("export{") {
                return Err(problem(
                    file,
                    line_no,
                    "write `export` before the declaration instead of `export {…}`",
                ));
            }
            if let Some(name) = declared_name(file, line_no, line)? {
                declared.push(name);
            }
        }
        Ok(Module {
            source,
            imports,
            declared,
            exports,
        })
    }
}

/// The joined entry and the one-line files that replace the modules it took in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    /// The files to serve in place of the sources, by file name: the entry first.
    pub files: Vec<(String, String)>,
    /// The modules taken into the entry, in the order they run (the entry last).
    pub joined: Vec<String>,
}

/// Joins `entry` and the modules it imports (statically, at any depth) from `sources`
/// (file name → text; every `.js` file of the folder). Modules only reached through
/// `import()` stay as they are.
pub fn bundle(sources: &BTreeMap<String, String>, entry: &str) -> Result<Bundle, Error> {
    if !sources.contains_key(entry) {
        return Err(Error::NoEntry(entry.to_string()));
    }
    // Read every module the entry reaches, then put them in the order they run: depth
    // first, a module after its imports, in the order of its import lines; a module
    // already being visited (a circle) is not visited again, as in the browser.
    let mut modules: BTreeMap<String, Module> = BTreeMap::new();
    let mut order = Vec::new();
    let mut visiting = BTreeSet::new();
    visit(entry, sources, &mut modules, &mut visiting, &mut order)?;

    // One scope: no name twice, none of the browser's.
    let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
    let mut namespaces: BTreeMap<&str, &str> = BTreeMap::new();
    for file in &order {
        let m = &modules[file];
        for name in &m.declared {
            if BROWSER_NAMES.contains(&name.as_str()) {
                return Err(problem(
                    file,
                    line_of(&m.source, name),
                    format!("`{name}` is a name the page has from the browser; once joined, other modules would see this one: rename it"),
                ));
            }
            if let Some(other) = owner.insert(name, file) {
                return Err(Error::SameName {
                    name: name.clone(),
                    file: other.to_string(),
                    other: file.clone(),
                });
            }
        }
        for (_, import) in &m.imports {
            match import {
                Import::Names { names, from } => {
                    let target = &modules[from];
                    if let Some(missing) = names.iter().find(|n| !target.exports.contains(n)) {
                        return Err(Error::NotExported {
                            file: file.clone(),
                            name: missing.clone(),
                            from: from.clone(),
                        });
                    }
                }
                Import::Namespace { name, from } => {
                    if let Some(previous) = namespaces.insert(name, from) {
                        if previous != from {
                            return Err(Error::SameName {
                                name: name.clone(),
                                file: previous.to_string(),
                                other: from.clone(),
                            });
                        }
                    }
                }
            }
        }
    }
    for (name, from) in &namespaces {
        if let Some(other) = owner.get(name) {
            return Err(Error::SameName {
                name: name.to_string(),
                file: other.to_string(),
                other: format!("the `* as {name}` import of {from}"),
            });
        }
    }

    let mut joined = format!(
        "// Built from {} by imr-ui-bundle (crates/imr-ui-bundle) when the app is built: the\n\
         // first screen's modules in one file. Edit the files in ui/, not this one.\n",
        order.join(", ")
    );
    for file in &order {
        let m = &modules[file];
        let _ = writeln!(joined, "\n// ---- ui/{file}");
        for line in m.source.lines() {
            if line.starts_with("import ") || line.starts_with("import{") {
                continue;
            }
            joined.push_str(line.strip_prefix("export ").unwrap_or(line));
            joined.push('\n');
        }
        for (name, from) in &namespaces {
            if *from == file.as_str() {
                let getters: Vec<String> = m
                    .exports
                    .iter()
                    .map(|e| format!("get {e}() {{ return {e}; }}"))
                    .collect();
                let _ = writeln!(
                    joined,
                    "const {name} = Object.freeze({{ __proto__: null, {} }});",
                    getters.join(", ")
                );
            }
        }
    }
    let every: Vec<&str> = order
        .iter()
        .flat_map(|f| modules[f].exports.iter().map(String::as_str))
        .collect();
    let _ = writeln!(joined, "\nexport {{ {} }};", every.join(", "));

    let mut files = vec![(entry.to_string(), joined)];
    for file in order.iter().filter(|f| f.as_str() != entry) {
        let names = modules[file].exports.join(", ");
        files.push((
            file.clone(),
            format!("// ui/{file} is joined into {entry} (imr-ui-bundle): its names, from there.\nexport {{ {names} }} from \"./{entry}\";\n"),
        ));
    }
    Ok(Bundle {
        files,
        joined: order,
    })
}

/// The page with each `<link rel="stylesheet" href="x.css">` line (a file of the folder)
/// replaced by a `<style>` element holding that file: one request fewer before the first
/// screen. (Tauri adds the hash of each `<style>` element to the page's content policy.)
fn inline_styles(html: &str, files: &BTreeMap<String, Vec<u8>>) -> Result<String, Error> {
    let mut out = String::with_capacity(html.len());
    for (i, line) in html.lines().enumerate() {
        let trimmed = line.trim();
        let sheet = trimmed
            .strip_prefix("<link rel=\"stylesheet\" href=\"")
            .and_then(|rest| rest.strip_suffix("\">"));
        match sheet {
            Some(name) => {
                let css = files.get(name).ok_or_else(|| {
                    problem("index.html", i + 1, format!("{name} is not in the folder"))
                })?;
                let css = String::from_utf8_lossy(css);
                if css.contains("</style") {
                    return Err(problem(
                        name,
                        0,
                        "holds `</style`, which would end the page's <style> element",
                    ));
                }
                let indent = &line[..line.len() - line.trim_start().len()];
                out.push_str(&format!("{indent}<style>\n{}{indent}</style>\n", css));
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    Ok(out)
}

fn line_of(source: &str, name: &str) -> usize {
    source
        .lines()
        .position(|l| {
            l.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
                .any(|w| w == name)
        })
        .map_or(0, |i| i + 1)
}

fn visit(
    file: &str,
    sources: &BTreeMap<String, String>,
    modules: &mut BTreeMap<String, Module>,
    visiting: &mut BTreeSet<String>,
    order: &mut Vec<String>,
) -> Result<(), Error> {
    if modules.contains_key(file) || visiting.contains(file) {
        return Ok(());
    }
    visiting.insert(file.to_string());
    let module = Module::read(file, sources[file].clone())?;
    let imports = module.imports.clone();
    modules.insert(file.to_string(), module);
    for (line_no, import) in &imports {
        let from = import.from();
        if !sources.contains_key(from) {
            return Err(problem(
                file,
                *line_no,
                format!("imports {from}, which is not in the folder"),
            ));
        }
        visit(from, sources, modules, visiting, order)?;
    }
    visiting.remove(file);
    order.push(file.to_string());
    Ok(())
}

/// Copies the folder `src` (its files; no sub-folders are expected) into `out` with `entry`
/// joined ([`bundle`]). A file is written only when its text changed, so that the build
/// does not see the copy as new each time; files in `out` that are no longer in `src`
/// are removed. Returns the bundle.
pub fn write_folder(src: &Path, out: &Path, entry: &str) -> Result<Bundle, Error> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for item in std::fs::read_dir(src).map_err(io(src))? {
        let item = item.map_err(io(src))?;
        let path = item.path();
        if !item.file_type().map_err(io(&path))?.is_file() {
            continue;
        }
        let name = item.file_name().to_string_lossy().into_owned();
        files.insert(name, std::fs::read(&path).map_err(io(&path))?);
    }
    let mut sources = BTreeMap::new();
    for (name, bytes) in &files {
        if name.ends_with(".js") {
            let text = String::from_utf8(bytes.clone())
                .map_err(|_| problem(name, 0, "is not UTF-8 text"))?;
            sources.insert(name.clone(), text);
        }
    }
    let bundle = bundle(&sources, entry)?;
    for (name, text) in &bundle.files {
        files.insert(name.clone(), text.clone().into_bytes());
    }
    if let Some(html) = files.get("index.html") {
        let html = String::from_utf8_lossy(html).into_owned();
        let inlined = inline_styles(&html, &files)?;
        files.insert("index.html".to_string(), inlined.into_bytes());
    }
    std::fs::create_dir_all(out).map_err(io(out))?;
    for item in std::fs::read_dir(out).map_err(io(out))? {
        let item = item.map_err(io(out))?;
        let name = item.file_name().to_string_lossy().into_owned();
        if !files.contains_key(&name) {
            let path = item.path();
            std::fs::remove_file(&path).map_err(io(&path))?;
        }
    }
    for (name, bytes) in &files {
        let path = out.join(name);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            std::fs::write(&path, bytes).map_err(io(&path))?;
        }
    }
    Ok(bundle)
}
