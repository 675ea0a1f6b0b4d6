//! What the corpus tests share: where the corpus is, its files, the example case with one
//! of them as its document, and running code and tools under a time limit.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use imr_case::case::{validate, Case, CaseFile};
use imr_packet::{Mode, PacketOptions};

/// The longest `prepare` may take on one file; longer is a hang.
pub const PREPARE_TIMEOUT: Duration = Duration::from_secs(20);
/// The longest building one single-document packet may take.
pub const BUILD_TIMEOUT: Duration = Duration::from_secs(60);
/// The longest a checking tool (qpdf, pdftoppm) may take, and pdfinfo, which only
/// counts. Poppler itself hangs on a few of qpdf's test files: those are reported as
/// unreadable by poppler, and are not compared.
pub const TOOL_TIMEOUT: Duration = Duration::from_secs(60);
pub const PDFINFO_TIMEOUT: Duration = Duration::from_secs(10);

pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

/// Every file under `dir` whose extension is one the app offers to open, sorted.
pub fn corpus_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let ext = path
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or("")
                .to_ascii_lowercase();
            if imr_packet::intake::EXTENSIONS.contains(&ext.as_str()) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The example case with `name` as its one document.
pub struct Setup {
    pub case: Case,
    pub options: PacketOptions,
}

pub fn setup(name: &str, mode: Mode) -> Setup {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/nunez/case.json");
    let mut file = CaseFile::from_json(&std::fs::read_to_string(example).unwrap()).unwrap();
    let mut entry = file.documents[0].clone();
    entry.path = name.to_string();
    entry.title = "Corpus file".into();
    file.documents = vec![entry];
    let case = validate(&file, today()).unwrap_or_else(|p| panic!("invalid case: {p:?}"));
    let options = PacketOptions::new(mode, today(), b"corpus");
    Setup { case, options }
}

/// Runs `f` on a thread of its own; `None` if it did not finish in time, `Err` with the
/// panic message if it panicked.
pub fn guarded<T: Send + 'static>(
    timeout: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Option<Result<T, String>> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(16 * 1024 * 1024)
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(f)).map_err(|e| {
                e.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "panic".into())
            });
            let _ = tx.send(result);
        })
        .unwrap();
    // A hung thread is left behind; the test fails, and the process ends it.
    rx.recv_timeout(timeout).ok()
}

/// Runs a checking tool with a time limit: (exit code, stdout, stderr), or `None` if it
/// could not run or ran too long.
pub fn tool(cmd: &str, args: &[&str], timeout: Duration) -> Option<(i32, String, String)> {
    let mut child = Command::new(cmd)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{cmd} could not run ({e}); install poppler-utils and qpdf"));
    let start = Instant::now();
    // Read the pipes on threads so a chatty tool cannot fill them and stall.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut s).ok();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut s).ok();
        s
    });
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let out = String::from_utf8_lossy(&out.join().unwrap()).into_owned();
            let err = String::from_utf8_lossy(&err.join().unwrap()).into_owned();
            return Some((status.code().unwrap_or(-1), out, err));
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// What pdfinfo says about a PDF: its page count and each page's size as shown
/// (crop box, turned by /Rotate), in points.
pub struct Info {
    pub pages: usize,
    pub upright: Vec<(f64, f64)>,
}

/// Each page's `/UserUnit` (1 when it has none, or one the engine does not honour:
/// outside 0.01 to 1000), read with lopdf; all 1 when lopdf cannot read the file.
/// Poppler ignores the unit, so a page's size as pdfinfo gives it and its rendering
/// must be made that many times larger to be the page as the packet places it.
#[allow(dead_code)]
pub fn user_units(pdf: &Path, pages: usize) -> Vec<f64> {
    let mut units = vec![1.0; pages];
    let Ok(doc) = lopdf::Document::load(pdf) else {
        return units;
    };
    for (n, id) in doc.get_pages() {
        let unit = doc
            .get_dictionary(id)
            .ok()
            .and_then(|d| d.get(b"UserUnit").ok())
            .and_then(|o| match o {
                lopdf::Object::Reference(r) => doc.get_object(*r).ok(),
                other => Some(other),
            })
            .and_then(|o| o.as_float().ok())
            .filter(|u| u.is_finite() && (0.01..=1000.0).contains(u));
        if let (Some(slot), Some(u)) = (units.get_mut(n as usize - 1), unit) {
            *slot = f64::from(u);
        }
    }
    units
}

pub fn pdfinfo(pdf: &Path) -> Option<Info> {
    let (code, out, _) = tool(
        "pdfinfo",
        &["-f", "1", "-l", "100000", "-box", pdf.to_str().unwrap()],
        PDFINFO_TIMEOUT,
    )?;
    if code != 0 {
        return None;
    }
    let pages = out
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())?;
    let mut crop = vec![None; pages];
    let mut rot = vec![0; pages];
    for line in out.lines() {
        let Some(rest) = line.strip_prefix("Page ") else {
            continue;
        };
        let mut words = rest.split_whitespace();
        let Some(n) = words.next().and_then(|n| n.parse::<usize>().ok()) else {
            continue;
        };
        if n == 0 || n > pages {
            continue;
        }
        match words.next() {
            Some("rot:") => rot[n - 1] = words.next().and_then(|r| r.parse().ok()).unwrap_or(0),
            Some("CropBox:") => {
                let v: Vec<f64> = words.filter_map(|w| w.parse().ok()).collect();
                if v.len() == 4 {
                    crop[n - 1] = Some(((v[2] - v[0]).abs(), (v[3] - v[1]).abs()));
                }
            }
            _ => {}
        }
    }
    let upright = crop
        .iter()
        .zip(&rot)
        .map(|(c, r)| {
            let (w, h) = c.unwrap_or((0.0, 0.0));
            if (r / 90) % 2 == 1 {
                (h, w)
            } else {
                (w, h)
            }
        })
        .collect();
    Some(Info { pages, upright })
}
