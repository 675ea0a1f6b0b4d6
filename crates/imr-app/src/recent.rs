//! The desktop's recent-files list, `recently-used.xbel`: GTK's file dialogs add every
//! file chosen or saved in them, and the system's "Choose a file" shows the list to the
//! next person on a shared computer. The app turns the list off for its own dialogs (in
//! the shell, at start-up); this module removes what is already there: each bookmark for
//! a file inside the app's data folder, for one of the files given, or registered by
//! this app. Every other byte of the file stays as it was.
//!
//! The file is XBEL as GLib writes it. Bookmarks are never nested, so no XML library is
//! needed: a `<bookmark …>` element runs to the next `</bookmark>`. A file that does not
//! look like that (comments, CDATA, an unclosed bookmark, a bookmark without `href`) is
//! left untouched rather than guessed at.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::atomic::write_atomically;
use crate::error::AppError;

/// The list's file name in the user's data folder.
pub const FILE_NAME: &str = "recently-used.xbel";

/// The name GTK records for this app's dialogs when nothing else is known: its program
/// name, the binary's file name (measured: `<bookmark:application name="imr-packet-app"`).
pub const PROGRAM_NAME: &str = "imr-packet-app";

/// `$XDG_DATA_HOME/recently-used.xbel`, else `$HOME/.local/share/recently-used.xbel`
/// (as GLib finds it); `None` with neither.
pub fn xbel_path() -> Option<PathBuf> {
    xbel_path_from(std::env::var_os("XDG_DATA_HOME"), std::env::var_os("HOME"))
}

/// [`xbel_path`] from the two variables' values.
pub fn xbel_path_from(xdg_data_home: Option<OsString>, home: Option<OsString>) -> Option<PathBuf> {
    let non_empty = |v: Option<OsString>| v.filter(|v| !v.is_empty()).map(PathBuf::from);
    non_empty(xdg_data_home)
        .or_else(|| non_empty(home).map(|h| h.join(".local/share")))
        .map(|d| d.join(FILE_NAME))
}

/// What to remove from the list, and where it is.
#[derive(Debug, Clone)]
pub struct RecentFiles {
    /// The list's file; `None` when there is no home folder (nothing to do).
    pub xbel: Option<PathBuf>,
    /// The app's data folder: every bookmark inside it goes.
    pub data_dir: PathBuf,
    /// The names GTK records for this app (`<bookmark:application name="…"`).
    pub app_names: Vec<String>,
}

impl RecentFiles {
    /// The list at [`xbel_path`], for the app with `data_dir` and `app_names` (empty
    /// names are dropped; [`PROGRAM_NAME`] is always there).
    pub fn new(data_dir: &Path, app_names: impl IntoIterator<Item = String>) -> RecentFiles {
        let mut names: Vec<String> = app_names.into_iter().filter(|n| !n.is_empty()).collect();
        names.push(PROGRAM_NAME.to_string());
        names.sort();
        names.dedup();
        RecentFiles {
            xbel: xbel_path(),
            data_dir: data_dir.to_path_buf(),
            app_names: names,
        }
    }

    /// Removes this app's bookmarks, and those for `paths`, from the list; returns how
    /// many went. A missing list, or one that cannot be understood, is left as it is
    /// (0); a list that cannot be rewritten is an error.
    pub fn forget(&self, paths: &[PathBuf]) -> Result<usize, AppError> {
        let Some(xbel) = &self.xbel else {
            return Ok(0);
        };
        forget_in(xbel, &self.data_dir, paths, &self.app_names)
    }
}

/// Removes from the list at `xbel` each bookmark for a file inside `data_dir`, for one of
/// `paths`, or registered by an application named in `app_names`; rewrites the file
/// atomically if anything went. Returns how many bookmarks went.
pub fn forget_in(
    xbel: &Path,
    data_dir: &Path,
    paths: &[PathBuf],
    app_names: &[String],
) -> Result<usize, AppError> {
    let bytes = match std::fs::read(xbel) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(AppError::storage("reading the recent-files list", &e)),
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Ok(0);
    };
    let data_dirs = with_canonical(std::slice::from_ref(&data_dir.to_path_buf()));
    let paths = with_canonical(paths);
    let Some((kept, removed)) = filter(text, |b| {
        let ours = b.file.as_ref().is_some_and(|f| {
            data_dirs.iter().any(|d| f.starts_with(d)) || paths.iter().any(|p| p == f)
        });
        !(ours || b.applications.iter().any(|a| app_names.contains(a)))
    }) else {
        return Ok(0);
    };
    if removed > 0 {
        write_atomically(xbel, kept.as_bytes())?;
    }
    Ok(removed)
}

/// Each path as given and, if it differs, as the file system resolves it.
fn with_canonical(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        out.push(p.clone());
        if let Ok(c) = p.canonicalize() {
            if &c != p {
                out.push(c);
            }
        }
    }
    out
}

/// One bookmark as [`filter`] shows it to its test.
#[derive(Debug, Clone, PartialEq)]
pub struct Bookmark {
    /// The `href` as written (entities decoded, still percent-encoded).
    pub href: String,
    /// The local file it names, for `file://` URLs.
    pub file: Option<PathBuf>,
    /// The names of the applications that registered it.
    pub applications: Vec<String>,
}

/// The text with every bookmark for which `keep` is false removed (with the whitespace
/// before it on its line and the line break after it), and how many went; `None` if the
/// text is not an XBEL file this can read with certainty.
pub fn filter(text: &str, mut keep: impl FnMut(&Bookmark) -> bool) -> Option<(String, usize)> {
    if !text.contains("<xbel") || !text.contains("</xbel>") {
        return None;
    }
    if text.contains("<!--") || text.contains("<![CDATA[") {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    let mut pos = 0;
    while let Some(start) = next_bookmark(text, pos) {
        let tag_end = start + text[start..].find('>')?;
        let tag = &text[start..=tag_end];
        let end = if tag.ends_with("/>") {
            tag_end + 1
        } else {
            let close = text[tag_end..].find("</bookmark>")? + tag_end;
            // A second bookmark before this one closes: not the file this expects.
            if next_bookmark(&text[..close], tag_end).is_some() {
                return None;
            }
            close + "</bookmark>".len()
        };
        let href = attribute(tag, "href")?;
        let body = &text[tag_end..end];
        let bookmark = Bookmark {
            file: file_path(&href),
            applications: applications(body)?,
            href,
        };
        if keep(&bookmark) {
            out.push_str(&text[pos..end]);
        } else {
            removed += 1;
            // The indentation before it, if it starts its line, and the line break after.
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let from = if line_start >= pos && text[line_start..start].trim().is_empty() {
                line_start
            } else {
                start
            };
            out.push_str(&text[pos..from]);
            let rest = &text[end..];
            let trailing = rest.len() - rest.trim_start_matches([' ', '\t']).len();
            let after = end + trailing;
            let end_line = if text[after..].starts_with("\r\n") {
                after + 2
            } else if text[after..].starts_with('\n') {
                after + 1
            } else {
                end
            };
            pos = end_line;
            continue;
        }
        pos = end;
    }
    out.push_str(&text[pos..]);
    Some((out, removed))
}

/// Where the next `<bookmark` element (not `<bookmark:…>`) starts, at or after `from`.
fn next_bookmark(text: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(i) = text[at..].find("<bookmark") {
        let start = at + i;
        let next = text[start + "<bookmark".len()..].chars().next();
        if matches!(next, Some(c) if c.is_ascii_whitespace() || c == '>' || c == '/') {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

/// The names of every `<bookmark:application name="…">` in a bookmark's body; `None` if
/// one has no readable name.
fn applications(body: &str) -> Option<Vec<String>> {
    let mut names = Vec::new();
    let mut at = 0;
    while let Some(i) = body[at..].find("<bookmark:application") {
        let start = at + i;
        let after = &body[start + "<bookmark:application".len()..];
        at = start + 1;
        // `<bookmark:applications>` is the list around them.
        if !after.starts_with(|c: char| c.is_ascii_whitespace()) {
            continue;
        }
        let end = start + body[start..].find('>')?;
        names.push(attribute(&body[start..=end], "name")?);
    }
    Some(names)
}

/// The value of attribute `name` in a start tag, entities decoded.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut at = 0;
    while let Some(i) = tag[at..].find(name) {
        let start = at + i;
        at = start + 1;
        let before = tag[..start].chars().next_back();
        if !before.is_some_and(|c| c.is_ascii_whitespace()) {
            continue;
        }
        let rest = tag[start + name.len()..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let value = &rest[1..];
        let close = value.find(quote)?;
        return unescape(&value[..close]);
    }
    None
}

/// XML's five entities and character references; `None` for anything else.
fn unescape(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let semi = rest[i..].find(';')? + i;
        let entity = &rest[i + 1..semi];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = if let Some(hex) = entity.strip_prefix("#x") {
                    u32::from_str_radix(hex, 16).ok()?
                } else {
                    entity.strip_prefix('#')?.parse().ok()?
                };
                char::from_u32(code)?
            }
        };
        out.push(c);
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// The local path of a `file://` URL (`file:///a%20b` → `/a b`; `file://localhost/…`
/// too); `None` for other URLs, other hosts, or a broken escape.
pub fn file_path(href: &str) -> Option<PathBuf> {
    let rest = href.strip_prefix("file://")?;
    let path = if rest.starts_with('/') {
        rest
    } else {
        rest.strip_prefix("localhost")?
    };
    if !path.starts_with('/') {
        return None;
    }
    let bytes = percent_decode(path)?;
    Some(bytes_to_path(bytes))
}

fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

#[cfg(unix)]
fn bytes_to_path(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(OsString::from_vec(bytes))
}

#[cfg(not(unix))]
fn bytes_to_path(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbel version=\"1.0\"\n      \
        xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\"\n      \
        xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\"\n>\n";

    /// A bookmark as GLib writes it.
    fn bookmark(href: &str, app: &str) -> String {
        format!(
            "  <bookmark href=\"{href}\" added=\"2026-03-01T10:00:00.000001Z\" \
             modified=\"2026-03-01T10:00:00.000002Z\" visited=\"2026-03-01T10:00:00.000001Z\">\n    \
             <info>\n      <metadata owner=\"http://freedesktop.org\">\n        \
             <mime:mime-type type=\"application/pdf\"/>\n        <bookmark:applications>\n          \
             <bookmark:application name=\"{app}\" exec=\"&apos;{app} %u&apos;\" \
             modified=\"2026-03-01T10:00:00.000002Z\" count=\"1\"/>\n        \
             </bookmark:applications>\n      </metadata>\n    </info>\n  </bookmark>\n"
        )
    }

    fn xbel(bookmarks: &[String]) -> String {
        format!("{HEAD}{}</xbel>", bookmarks.concat())
    }

    fn names() -> Vec<String> {
        vec![PROGRAM_NAME.to_string()]
    }

    #[test]
    fn removes_this_apps_entries_and_keeps_the_rest_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let path = dir.path().join(FILE_NAME);
        let other = bookmark(
            "file:///home/clinic/Documents/budget%202026.ods",
            "libreoffice",
        );
        let other2 = bookmark("https://example.org/page", "firefox");
        let ours = bookmark(
            "file:///home/clinic/Desktop/IMR-packet-TESTCASE-2026-03-01.pdf",
            PROGRAM_NAME,
        );
        let text = xbel(&[other.clone(), ours, other2.clone()]);
        std::fs::write(&path, &text).unwrap();
        let removed = forget_in(&path, &data, &[], &names()).unwrap();
        assert_eq!(removed, 1);
        let after = std::fs::read_to_string(&path).unwrap();
        assert_eq!(after, xbel(&[other, other2]));
        // Nothing left to do: the file is not rewritten.
        assert_eq!(forget_in(&path, &data, &[], &names()).unwrap(), 0);
    }

    #[test]
    fn removes_files_in_the_data_folder_and_files_given_whoever_registered_them() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("imr data");
        let path = dir.path().join(FILE_NAME);
        let in_data = format!(
            "file://{}/cases/c1/docs/scan%C3%B1.pdf",
            data.display().to_string().replace(' ', "%20")
        );
        let keep = bookmark("file:///srv/shared/letter.pdf", "evince");
        let text = xbel(&[
            bookmark(&in_data, "evince"),
            keep.clone(),
            bookmark("file:///tmp/out/handoff%20file.imrcase", "nautilus"),
        ]);
        std::fs::write(&path, &text).unwrap();
        let given = vec![PathBuf::from("/tmp/out/handoff file.imrcase")];
        let removed = forget_in(&path, &data, &given, &names()).unwrap();
        assert_eq!(removed, 2);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), xbel(&[keep]));
    }

    #[test]
    fn a_folder_that_only_starts_like_the_data_folder_is_not_inside_it() {
        let text = xbel(&[bookmark("file:///data/imr-packet-old/x.pdf", "evince")]);
        let (kept, removed) = filter(&text, |b| {
            !b.file
                .as_ref()
                .is_some_and(|f| f.starts_with("/data/imr-packet"))
        })
        .unwrap();
        assert_eq!((kept, removed), (text, 0));
    }

    #[test]
    fn a_missing_file_is_fine_and_an_unreadable_one_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        assert_eq!(forget_in(&path, dir.path(), &[], &names()).unwrap(), 0);
        assert!(!path.exists());
        let ours = bookmark("file:///x/IMR-packet.pdf", PROGRAM_NAME);
        for broken in [
            // Cut off in the middle of a bookmark.
            format!("{HEAD}{}", &ours[..ours.len() / 2]),
            // A bookmark that never closes before the next one.
            format!("{HEAD}  <bookmark href=\"file:///a\">\n{ours}</xbel>"),
            // A comment could hide anything.
            format!("{HEAD}<!-- {ours} -->{ours}</xbel>"),
            // No href.
            format!("{HEAD}  <bookmark added=\"x\"></bookmark>\n{ours}</xbel>"),
            "not xml at all".to_string(),
        ] {
            std::fs::write(&path, &broken).unwrap();
            assert_eq!(forget_in(&path, dir.path(), &[], &names()).unwrap(), 0);
            assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
        }
    }

    #[test]
    fn reads_hrefs_and_names_as_glib_writes_them() {
        let text = xbel(&[
            bookmark("file:///a/b%20c/%C3%B1&amp;d.pdf", "x&amp;y"),
            "  <bookmark href='file://localhost/e.pdf'/>\n".to_string(),
        ]);
        let mut seen = Vec::new();
        let (kept, removed) = filter(&text, |b| {
            seen.push(b.clone());
            true
        })
        .unwrap();
        assert_eq!((kept.as_str(), removed), (text.as_str(), 0));
        assert_eq!(seen.len(), 2);
        assert_eq!(seen[0].file, Some(PathBuf::from("/a/b c/ñ&d.pdf")));
        assert_eq!(seen[0].applications, vec!["x&y".to_string()]);
        assert_eq!(seen[1].file, Some(PathBuf::from("/e.pdf")));
        assert!(seen[1].applications.is_empty());
        assert_eq!(file_path("https://example.org/a"), None);
        assert_eq!(file_path("file://otherhost/a"), None);
        assert_eq!(file_path("file:///a%zz"), None);
    }

    #[test]
    fn removing_every_entry_leaves_an_empty_list() {
        let text = xbel(&[
            bookmark("file:///a.pdf", PROGRAM_NAME),
            bookmark("file:///b.pdf", PROGRAM_NAME),
        ]);
        let (kept, removed) = filter(&text, |_| false).unwrap();
        assert_eq!(removed, 2);
        assert_eq!(kept, format!("{HEAD}</xbel>"));
    }

    #[test]
    fn the_list_is_in_xdg_data_home_else_in_home() {
        let p = |x: Option<&str>, h: Option<&str>| {
            xbel_path_from(x.map(OsString::from), h.map(OsString::from))
        };
        assert_eq!(
            p(Some("/x/data"), Some("/home/a")),
            Some(PathBuf::from("/x/data/recently-used.xbel"))
        );
        assert_eq!(
            p(Some(""), Some("/home/a")),
            Some(PathBuf::from("/home/a/.local/share/recently-used.xbel"))
        );
        assert_eq!(p(None, None), None);
    }

    #[test]
    fn the_program_name_is_always_among_the_names() {
        let r = RecentFiles::new(Path::new("/d"), ["IMR Packet".to_string(), String::new()]);
        assert_eq!(
            r.app_names,
            vec!["IMR Packet".to_string(), PROGRAM_NAME.to_string()]
        );
    }
}
