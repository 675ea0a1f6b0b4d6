//! Lists every `.ftl` file under `locales/<lang>/` so the catalog includes it: adding a
//! file needs no code change. Writes `$OUT_DIR/locales.rs`, a table of
//! `(language folder, file name, include_str!(file))`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = root.join("locales");
    // A folder given here is scanned by cargo for any change, new files included.
    println!("cargo:rerun-if-changed=locales");
    // Several checkouts (git worktrees) may share one target folder, where cargo sees
    // this crate as one package: list the files again when built from another folder,
    // or the list would be the other checkout's.
    println!("cargo:rerun-if-env-changed=PWD");
    let mut files: Vec<(String, String)> = Vec::new();
    for lang in sorted_entries(&locales) {
        if !lang.is_dir() {
            continue;
        }
        let lang_name = file_name(&lang);
        for file in sorted_entries(&lang) {
            if file.extension().is_some_and(|e| e == "ftl") {
                files.push((lang_name.clone(), file_name(&file)));
            }
        }
    }
    let mut out = String::from("/// Every Fluent file: (language folder, file name, text).\n");
    out.push_str("pub(crate) const FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, name) in &files {
        // Relative to this crate, so the text is always this checkout's.
        writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/locales/{lang}/{name}\"))),"
        )
        .expect("writing to a String cannot fail");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
