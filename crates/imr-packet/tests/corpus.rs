//! The corpus test: every PDF and picture in `shared/corpus/` (py-pdf's sample files and
//! a third of qpdf's own test PDFs, many deliberately broken) is either taken in whole,
//! with every page present and showing its content, or refused with a message that says
//! what to do. Never a crash, a hang, or a silently blank or missing page.
//!
//! For each file: `prepare` runs in its own thread under a time limit and
//! `catch_unwind`. A refusal must carry advice. An accepted file goes into a packet of
//! its own (the example case, with this file as its one exhibit), which is then read
//! back with qpdf and poppler: the packet must pass `qpdf --check`, have the right
//! number of pages (the engine's count, and poppler's count of the original), and every
//! document page whose original shows ink must show ink in the document area of its
//! packet page, laid out like the original: the same way up, not shifted or cut (the
//! darkness of an 8 × 8 grid over each must correlate). Whether each page shows what
//! poppler shows of the original, in mail and fax mode, is `corpus_pages.rs`'s proof.
//!
//! The test prints a table (file, in or refused, pages, least likeness and on which
//! page, seconds, the refusal) and the totals; `cargo test --test corpus -- --nocapture`
//! shows it. Set `IMR_CORPUS_PACKETS` to a folder to keep the packets for a look.
//!
//! The corpus lives beside the repository (`../shared/corpus`), as in CI. If it is
//! missing the test fails: a test that silently skips proves nothing. The corpus has
//! no page whose boxes start away from (0, 0), so a second test makes some.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

// Only the PGM reader of the shared test code is used here.
#[allow(dead_code)]
mod common;
#[allow(dead_code)]
mod corpus_common;

use corpus_common::{
    corpus_dir, corpus_files, guarded, pdfinfo, setup, tool, BUILD_TIMEOUT, PREPARE_TIMEOUT,
    TOOL_TIMEOUT,
};
use imr_packet::{
    build_packet, load_document, prepare, DocumentSource, IntakeError, Limits, LoadedDocument,
    Mode, PacketError,
};

/// How the pages are rendered for the ink checks. Originals come in every size, from a
/// 7-point square to a poster, so each is rendered to the same number of pixels along
/// its longer side (a Letter page at about 20 dpi). Packet pages are Letter; they are
/// rendered a little finer, because a document page is scaled down (a Letter page to
/// about 86%) to fit under the header, and a faint line must stay visible at both sizes.
const ORIGINAL_PIXELS: u32 = 220;
const PACKET_DPI: u32 = 30;
/// A pixel darker than this is ink.
const INK: u8 = 200;

/// Words that say what to do, one of which every refusal must contain.
const ADVICE: &[&str] = &[
    "ask the sender for a new copy",
    "scan the paper",
    "save a copy without a password",
    "split it into smaller files",
    "choose the file again",
    "copy it again",
    "take the photo again",
    "scan it at a lower resolution",
    "then add",
];

/// One document held in memory, as the desktop app would hand it over.
struct Memory {
    name: String,
    bytes: Vec<u8>,
}

impl DocumentSource for Memory {
    fn read(&self, path: &str) -> std::io::Result<Vec<u8>> {
        assert_eq!(path, self.name);
        Ok(self.bytes.clone())
    }
}

/// What became of one file.
#[derive(Debug, Default)]
struct Outcome {
    /// "in", "refused: <reason>", or "FAILED".
    verdict: String,
    pages: Option<usize>,
    note: String,
    failures: Vec<String>,
    /// `prepare` panicked or hung (counted separately).
    crashed: bool,
    hung: bool,
    blank_pages: usize,
    missing_pages: usize,
    qpdf_exception: Option<String>,
    /// The least alike a document page was to its original (1 = alike), and which.
    likeness: Option<(f64, usize)>,
}

/// A greyscale rendering.
struct Gray {
    w: usize,
    h: usize,
    px: Vec<u8>,
}

impl Gray {
    /// Pixels darker than [`INK`] inside the rectangle given in points from the top-left.
    fn ink_in(&self, dpi: u32, (x0, y0, x1, y1): (f32, f32, f32, f32)) -> usize {
        let to_px = |pt: f32, max: usize| ((pt * dpi as f32 / 72.0) as usize).min(max);
        let (x0, x1) = (to_px(x0, self.w), to_px(x1, self.w));
        let (y0, y1) = (to_px(y0, self.h), to_px(y1, self.h));
        let mut n = 0;
        for y in y0..y1 {
            n += self.px[y * self.w + x0..y * self.w + x1]
                .iter()
                .filter(|&&p| p < INK)
                .count();
        }
        n
    }

    /// Mean darkness (255 − grey) of each cell of a [`GRID`] × [`GRID`] grid over the
    /// rectangle given in pixels; `None` if the cells would be under two pixels across.
    fn grid(&self, (x0, y0, x1, y1): (f64, f64, f64, f64)) -> Option<Vec<f64>> {
        if (x1 - x0) < 2.0 * GRID as f64 || (y1 - y0) < 2.0 * GRID as f64 {
            return None;
        }
        let mut out = Vec::with_capacity(GRID * GRID);
        let px = |v: f64, max: usize| (v.round().max(0.0) as usize).min(max);
        for row in 0..GRID {
            for col in 0..GRID {
                let a = px(x0 + (x1 - x0) * col as f64 / GRID as f64, self.w);
                let b = px(x0 + (x1 - x0) * (col + 1) as f64 / GRID as f64, self.w);
                let c = px(y0 + (y1 - y0) * row as f64 / GRID as f64, self.h);
                let d = px(y0 + (y1 - y0) * (row + 1) as f64 / GRID as f64, self.h);
                if a >= b || c >= d {
                    return None;
                }
                let mut sum = 0u64;
                for y in c..d {
                    sum += self.px[y * self.w + a..y * self.w + b]
                        .iter()
                        .map(|&p| u64::from(255 - p))
                        .sum::<u64>();
                }
                out.push(sum as f64 / ((b - a) * (d - c)) as f64);
            }
        }
        Some(out)
    }

    fn ink(&self) -> usize {
        self.px.iter().filter(|&&p| p < INK).count()
    }
}

fn read_pgm(path: &Path) -> Option<Gray> {
    common::read_pgm(path).map(|g| Gray {
        w: g.w,
        h: g.h,
        px: g.px,
    })
}

/// Renders pages `first..=last` (all if `None`) of `pdf`; the renderings in page order,
/// or `None` if poppler cannot render the file.
/// Renders an original at [`ORIGINAL_PIXELS`] along its longer side, as a reader shows
/// it (its crop box), or packet pages at [`PACKET_DPI`].
fn render(pdf: &Path, original: bool, range: Option<(usize, usize)>) -> Option<Vec<Gray>> {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("p");
    let mut args = vec!["-gray".to_string()];
    if original {
        args.extend(["-scale-to".into(), ORIGINAL_PIXELS.to_string()]);
        args.push("-cropbox".into());
    } else {
        args.extend(["-r".into(), PACKET_DPI.to_string()]);
    }
    if let Some((first, last)) = range {
        args.extend([
            "-f".into(),
            first.to_string(),
            "-l".into(),
            last.to_string(),
        ]);
    }
    args.push(pdf.to_str().unwrap().into());
    args.push(prefix.to_str().unwrap().into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    // Poppler renders what it can of a damaged file and reports the rest; its exit code
    // says nothing about the pages it did render.
    tool("pdftoppm", &args, TOOL_TIMEOUT)?;
    let mut files: Vec<(usize, PathBuf)> = std::fs::read_dir(dir.path())
        .ok()?
        .filter_map(|e| {
            let path = e.ok()?.path();
            let stem = path.file_stem()?.to_str()?.to_string();
            let n: usize = stem.rsplit('-').next()?.parse().ok()?;
            Some((n, path))
        })
        .collect();
    files.sort();
    files.iter().map(|(_, p)| read_pgm(p)).collect()
}

/// Where a document page's content may appear on its packet page, in points from the
/// top-left: below the running header and exhibit label (whose text reaches about 75 pt
/// down), inside the half-inch margins.
const DOCUMENT_AREA: (f32, f32, f32, f32) = (36.0, 80.0, 576.0, 756.0);

/// A picture file as it would be seen upright, in grey, [`ORIGINAL_PIXELS`] along its
/// longer side (what matters is its shape and where its ink is).
fn picture(bytes: &[u8]) -> Option<Gray> {
    let img = image::load_from_memory(bytes).ok()?;
    // The engine turns photos upright by their EXIF orientation; do the same here.
    let orientation = exif_orientation(bytes).unwrap_or(1);
    let img = match orientation {
        2 => img.fliph(),
        3 => img.rotate180(),
        4 => img.flipv(),
        5 => img.rotate90().fliph(),
        6 => img.rotate90(),
        7 => img.rotate270().fliph(),
        8 => img.rotate270(),
        _ => img,
    };
    let img = img
        .resize(
            ORIGINAL_PIXELS,
            ORIGINAL_PIXELS,
            image::imageops::FilterType::Triangle,
        )
        .to_rgba8();
    let (w, h) = (img.width() as usize, img.height() as usize);
    // Transparent parts show the paper, as the engine composites them over white.
    let px = img
        .pixels()
        .map(|p| {
            let [r, g, b, a] = p.0.map(u32::from);
            let grey = (299 * r + 587 * g + 114 * b) / 1000;
            ((grey * a + 255 * (255 - a)) / 255) as u8
        })
        .collect();
    Some(Gray { w, h, px })
}

/// The EXIF orientation of a JPEG, if it has one.
fn exif_orientation(bytes: &[u8]) -> Option<u16> {
    let exif = exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(bytes))
        .ok()?;
    let field = exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)?;
    field.value.get_uint(0).and_then(|v| u16::try_from(v).ok())
}

fn examine(path: &Path, root: &Path) -> Outcome {
    let name = path
        .strip_prefix(root)
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let bytes = std::fs::read(path).unwrap();
    let mut o = Outcome::default();

    let input = bytes.clone();
    let prepared = match guarded(PREPARE_TIMEOUT, move || prepare(input, &Limits::default())) {
        None => {
            o.hung = true;
            o.verdict = "FAILED".into();
            o.failures.push(format!(
                "prepare did not finish in {}s",
                PREPARE_TIMEOUT.as_secs()
            ));
            return o;
        }
        Some(Err(panic)) => {
            o.crashed = true;
            o.verdict = "FAILED".into();
            o.failures.push(format!("prepare panicked: {panic}"));
            return o;
        }
        Some(Ok(result)) => result,
    };
    let prepared = match prepared {
        Err(e) => {
            refused(&name, bytes, &e, &mut o);
            return o;
        }
        Ok(p) => p,
    };
    let document_pages = prepared.page_count();
    o.pages = Some(document_pages);
    o.verdict = "in".into();

    // The packet: the example case with this file as its one exhibit.
    let setup = setup(&name, Mode::Mail);
    let entry = setup.case.documents[0].clone();
    let built = guarded(BUILD_TIMEOUT, move || {
        let document = LoadedDocument {
            entry,
            prepared,
            text: Vec::new(),
        };
        let mut out = Vec::new();
        build_packet(&setup.case, vec![document], &setup.options, &mut out)
            .map(|summary| (summary, out))
    });
    let (summary, packet) = match built {
        None => {
            o.hung = true;
            o.failures.push("building the packet hung".into());
            return o;
        }
        Some(Err(panic)) => {
            o.crashed = true;
            o.failures
                .push(format!("building the packet panicked: {panic}"));
            return o;
        }
        Some(Ok(Err(e))) => {
            o.failures.push(format!("building the packet failed: {e}"));
            return o;
        }
        Some(Ok(Ok(built))) => built,
    };
    let dir = tempfile::tempdir().unwrap();
    let packet_path = dir.path().join("packet.pdf");
    std::fs::write(&packet_path, &packet).unwrap();
    // To look at the packets: IMR_CORPUS_PACKETS=/some/folder cargo test --test corpus
    if let Some(keep) = std::env::var_os("IMR_CORPUS_PACKETS") {
        let name = name.replace(['/', '\\'], "__");
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::write(Path::new(&keep).join(name), &packet).unwrap();
    }

    // (a) The packet is a sound PDF.
    match tool(
        "qpdf",
        &["--check", packet_path.to_str().unwrap()],
        TOOL_TIMEOUT,
    ) {
        None => o.failures.push("qpdf --check did not finish".into()),
        Some((0, out, _)) if out.contains("No syntax or stream encoding errors") => {}
        Some((code, out, err)) => {
            let text = format!("{out}{err}");
            let first = text
                .lines()
                .find(|l| l.contains("WARNING") || l.contains("ERROR") || l.contains("error"))
                .unwrap_or_else(|| text.lines().last().unwrap_or(""))
                .to_string();
            o.qpdf_exception = Some(format!("exit {code}: {first}"));
            o.failures
                .push(format!("qpdf --check on the packet: exit {code}: {first}"));
        }
    }

    // (b) Every page is there.
    let exhibit = &summary.exhibits[0];
    let packet_pages = pdfinfo(&packet_path).map(|i| i.pages);
    if packet_pages != Some(summary.total_pages) {
        o.failures.push(format!(
            "the packet has {packet_pages:?} pages, the summary says {}",
            summary.total_pages
        ));
    }
    // The drawn pages come first, then the document's, and nothing after them.
    if exhibit.first_page + exhibit.pages - 1 != summary.total_pages {
        o.failures.push(format!(
            "the document's pages run from {} for {}, but the packet has {}",
            exhibit.first_page, exhibit.pages, summary.total_pages
        ));
    }
    if exhibit.pages != document_pages {
        o.failures.push(format!(
            "the exhibit has {} pages, the document {document_pages}",
            exhibit.pages
        ));
    }
    let is_pdf = matches!(
        path.extension().and_then(|e| e.to_str()),
        Some(e) if e.eq_ignore_ascii_case("pdf")
    ) || bytes.windows(5).take(1024).any(|w| w == b"%PDF-");
    let info = if is_pdf { pdfinfo(path) } else { None };
    let original_pages = if is_pdf {
        info.as_ref().map(|i| i.pages)
    } else {
        Some(1)
    };
    match original_pages {
        Some(n) if n != document_pages => {
            o.missing_pages += n.abs_diff(document_pages);
            o.failures.push(format!(
                "pdfinfo counts {n} pages in the original, the packet holds {document_pages}"
            ));
        }
        Some(_) => {}
        None => o.note = "pdfinfo cannot read the original".into(),
    }

    // (c) No page that shows something comes out blank, and each shows what the
    // original shows, the same way up.
    let first = exhibit.first_page;
    let last = first + exhibit.pages - 1;
    let Some(placed) = render(&packet_path, false, Some((first, last))) else {
        o.failures.push("pdftoppm cannot render the packet".into());
        return o;
    };
    if placed.len() != exhibit.pages {
        o.failures.push(format!(
            "pdftoppm rendered {} of the packet's {} document pages",
            placed.len(),
            exhibit.pages
        ));
    }
    let originals: Vec<Gray> = if !is_pdf {
        picture(&bytes).into_iter().collect()
    } else if original_pages.is_none() {
        // Poppler cannot read the original (or takes too long): nothing to compare with.
        Vec::new()
    } else {
        render(path, true, None).unwrap_or_else(|| {
            o.note = "poppler cannot render the original".into();
            Vec::new()
        })
    };
    let mut blank = Vec::new();
    let mut unlike = Vec::new();
    let mut worst = (f64::INFINITY, 0);
    for (i, (page, original)) in placed.iter().zip(&originals).enumerate() {
        if original.ink() == 0 {
            continue;
        }
        if page.ink_in(PACKET_DPI, DOCUMENT_AREA) == 0 {
            blank.push(i + 1);
            continue;
        }
        // Where the engine puts the page: a PDF page at its own size, or smaller to
        // fit; a picture scaled to fill the area.
        let placement = match &info {
            Some(info) => info.upright.get(i).map(|&size| (size, false)),
            None => Some(((original.w as f64, original.h as f64), true)),
        };
        let Some((size, enlarge)) = placement else {
            continue;
        };
        if let Some(r) = likeness(original, page, size, enlarge) {
            if r < worst.0 {
                worst = (r, i + 1);
            }
            if r < MIN_LIKENESS {
                unlike.push(format!("{} (r = {r:.2})", i + 1));
            }
        }
    }
    if worst.0.is_finite() {
        o.likeness = Some(worst);
    }
    if !blank.is_empty() {
        o.blank_pages = blank.len();
        o.failures.push(format!(
            "pages {blank:?} show ink in the original but are blank in the packet"
        ));
    }
    if !unlike.is_empty() {
        o.failures.push(format!(
            "pages {} do not look like the original (turned, shifted or cut)",
            unlike.join(", ")
        ));
    }
    o
}

/// How alike a page of the packet must be to its original: the correlation of their
/// ink over a grid laid over the page.
const MIN_LIKENESS: f64 = 0.5;
const GRID: usize = 8;
/// Below this variance of cell darkness the original is too even to compare.
const MIN_VARIANCE: f64 = 0.05;

/// Compares the original page (rendered upright) with where the packet placed it:
/// scaled to fit the document area and centred; PDF pages (`enlarge` false) are not
/// made larger than they are unless they are tiny. The correlation of mean darkness in a grid of cells;
/// `None` if either is too small or too even for a comparison to mean anything.
fn likeness(original: &Gray, placed: &Gray, (uw, uh): (f64, f64), enlarge: bool) -> Option<f64> {
    let (ax, atop, aw, ah) = (
        f64::from(DOCUMENT_AREA.0),
        f64::from(DOCUMENT_AREA.1),
        f64::from(DOCUMENT_AREA.2 - DOCUMENT_AREA.0),
        f64::from(DOCUMENT_AREA.3 - DOCUMENT_AREA.1),
    );
    if uw < 1.0 || uh < 1.0 {
        return None;
    }
    let mut s = (aw / uw).min(ah / uh);
    // A PDF page keeps its size if it fits, unless it is too small to read (under two
    // inches on its longer side).
    if !enlarge && uw.max(uh) >= 144.0 {
        s = s.min(1.0);
    }
    let (pw, ph) = (uw * s, uh * s);
    let (px, py) = (ax + (aw - pw) / 2.0, atop + (ah - ph) / 2.0);
    let k = f64::from(PACKET_DPI) / 72.0;
    let a = original.grid((0.0, 0.0, original.w as f64, original.h as f64))?;
    let b = placed.grid((px * k, py * k, (px + pw) * k, (py + ph) * k))?;
    correlation(&a, &b)
}

fn correlation(a: &[f64], b: &[f64]) -> Option<f64> {
    let n = a.len() as f64;
    let (ma, mb) = (a.iter().sum::<f64>() / n, b.iter().sum::<f64>() / n);
    let (mut sab, mut saa, mut sbb) = (0.0, 0.0, 0.0);
    for (x, y) in a.iter().zip(b) {
        sab += (x - ma) * (y - mb);
        saa += (x - ma) * (x - ma);
        sbb += (y - mb) * (y - mb);
    }
    // An original with (almost) the same darkness everywhere says nothing about
    // placement.
    if saa / n < MIN_VARIANCE {
        return None;
    }
    if sbb == 0.0 {
        return Some(0.0);
    }
    Some(sab / (saa * sbb).sqrt())
}

/// Checks a refusal: the message says what to do, and names the file when shown.
fn refused(name: &str, bytes: Vec<u8>, e: &IntakeError, o: &mut Outcome) {
    let debug = format!("{e:?}");
    let variant = debug
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_string();
    o.verdict = format!("refused: {variant}");
    let message = e.to_string();
    o.note = message.clone();
    if let IntakeError::DamagedPdf { detail, .. } = e {
        o.note = format!("{message} [{detail}]");
    }
    let lower = message.to_lowercase();
    if message.trim().is_empty() || !ADVICE.iter().any(|a| lower.contains(a)) {
        o.failures
            .push(format!("the refusal does not say what to do: {message:?}"));
    }
    // As the app and CLI show it: through load_document, with the file's name.
    let setup = setup(name, Mode::Mail);
    let source = Memory {
        name: name.to_string(),
        bytes,
    };
    match load_document(&setup.case.documents[0], &source, &Limits::default()) {
        Err(PacketError::Document { file, message: m }) => {
            let shown = PacketError::Document {
                file: file.clone(),
                message: m.clone(),
            }
            .to_string();
            if file != name || !shown.contains(name) || m.to_string() != message {
                o.failures.push(format!(
                    "the refusal as shown is not about the file: {shown}"
                ));
            }
        }
        other => o.failures.push(format!(
            "load_document disagrees with prepare: {:?}",
            other.map(|d| d.prepared.inspection())
        )),
    }
}

#[test]
fn every_corpus_file_is_taken_in_whole_or_refused_with_advice() {
    let root = corpus_dir();
    assert!(
        root.is_dir(),
        "The corpus is missing: expected it at {} (the repository is cloned beside \
         `shared/`, which holds `shared/corpus/`). Fetch the corpus there; this test \
         does not skip without it.",
        root.display()
    );
    let root = root.canonicalize().unwrap();
    let files = corpus_files(&root);
    assert!(
        files.len() > 100,
        "only {} files in the corpus at {}",
        files.len(),
        root.display()
    );
    let started = Instant::now();

    // A few files at a time, one per core.
    let queue = Arc::new(Mutex::new(files.clone()));
    let results = Arc::new(Mutex::new(BTreeMap::new()));
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(2, 8);
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let queue = Arc::clone(&queue);
            let results = Arc::clone(&results);
            let root = root.clone();
            std::thread::spawn(move || loop {
                let Some(path) = queue.lock().unwrap().pop() else {
                    break;
                };
                let t = Instant::now();
                let outcome = examine(&path, &root);
                let rel = path.strip_prefix(&root).unwrap().to_path_buf();
                results.lock().unwrap().insert(rel, (outcome, t.elapsed()));
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let results = std::mem::take(&mut *results.lock().unwrap());

    // The report.
    let mut accepted = 0;
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    let (mut crashes, mut hangs, mut blanks, mut missing) = (0, 0, 0, 0);
    let mut qpdf = Vec::new();
    println!(
        "{:<62} {:<28} {:>5} {:>8} {:>6}  note",
        "file", "verdict", "pages", "like", "secs"
    );
    for (rel, (o, took)) in &results {
        let pages = o.pages.map(|p| p.to_string()).unwrap_or_default();
        let like = o
            .likeness
            .map(|(r, page)| format!("{r:.2}@{page}"))
            .unwrap_or_default();
        println!(
            "{:<62} {:<28} {:>5} {:>8} {:>6.1}  {}",
            rel.display(),
            o.verdict,
            pages,
            like,
            took.as_secs_f32(),
            o.note
        );
        if o.verdict == "in" {
            accepted += 1;
        } else if let Some(reason) = o.verdict.strip_prefix("refused: ") {
            *reasons.entry(reason.to_string()).or_default() += 1;
        }
        crashes += usize::from(o.crashed);
        hangs += usize::from(o.hung);
        blanks += o.blank_pages;
        missing += o.missing_pages;
        if let Some(q) = &o.qpdf_exception {
            qpdf.push(format!("{}: {q}", rel.display()));
        }
        for f in &o.failures {
            failures.push(format!("{}: {f}", rel.display()));
        }
    }
    println!();
    println!(
        "{} files in {:.1}s: {accepted} in, {} refused",
        results.len(),
        started.elapsed().as_secs_f32(),
        reasons.values().sum::<usize>()
    );
    for (reason, n) in &reasons {
        println!("  refused, {reason}: {n}");
    }
    println!(
        "crashes {crashes}, hangs {hangs}, silently blank pages {blanks}, missing pages \
         {missing}, qpdf exceptions {}",
        qpdf.len()
    );
    for q in &qpdf {
        println!("  qpdf: {q}");
    }
    assert_eq!(results.len(), files.len());
    assert!(
        failures.is_empty(),
        "{} problems (crashes {crashes}, hangs {hangs}, blank pages {blanks}, missing \
         pages {missing}):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The corpus has no page whose boxes start away from (0, 0), so make some: odd
/// origins, a crop box inside the media box, /Rotate on the page and inherited from the
/// tree, and resources inherited from the root. Each goes through the same checks.
#[test]
fn made_up_pages_with_odd_boxes_come_out_right() {
    use lopdf::{dictionary, Document, Object, Stream};

    let mut doc = Document::with_version("1.4");
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let root = doc.new_object_id();
    let branch = doc.new_object_id();
    /// A page's media box, crop box, /Rotate and parent node.
    type Spec = ([f32; 4], Option<[f32; 4]>, Option<i64>, lopdf::ObjectId);
    let specs: [Spec; 5] = [
        ([100.0, -50.0, 712.0, 742.0], None, None, root),
        ([100.0, -50.0, 712.0, 742.0], None, None, branch), // /Rotate 90 from the branch
        (
            [-300.0, -400.0, 312.0, 392.0],
            Some([-250.0, -300.0, 250.0, 300.0]),
            Some(270),
            root,
        ),
        ([20.0, 30.0, 812.0, 642.0], None, Some(180), root),
        ([0.0, 0.0, 1224.0, 1584.0], None, Some(-90), root), // tabloid, turned
    ];
    let mut root_kids = Vec::new();
    let mut branch_kids = Vec::new();
    for (media, crop, rotate, parent) in specs {
        let [x0, y0, x1, y1] = crop.unwrap_or(media);
        // Something in each corner but one, and a word near the top: any turn, flip or
        // shift changes the picture.
        let content = format!(
            "0 g {} {} 150 180 re f\n0.4 g {} {} 90 60 re f\n0.7 g {} {} 60 60 re f\n\
             BT /F1 40 Tf 0 g {} {} Td (Top) Tj ET\n",
            x0 + 20.0,
            y1 - 200.0,
            x1 - 110.0,
            y0 + 20.0,
            x1 - 80.0,
            y1 - 80.0,
            x0 + 200.0,
            y1 - 60.0,
        );
        let contents = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
        let mut page = dictionary! {
            "Type" => "Page",
            "Parent" => parent,
            "MediaBox" => media.iter().map(|&v| Object::Real(v)).collect::<Vec<_>>(),
            "Contents" => contents,
        };
        if let Some(crop) = crop {
            page.set(
                "CropBox",
                crop.iter().map(|&v| Object::Real(v)).collect::<Vec<_>>(),
            );
        }
        if let Some(rotate) = rotate {
            page.set("Rotate", rotate);
        }
        let id = doc.add_object(page);
        if parent == root {
            root_kids.push(Object::Reference(id));
        } else {
            if branch_kids.is_empty() {
                root_kids.push(Object::Reference(branch));
            }
            branch_kids.push(Object::Reference(id));
        }
    }
    let count = specs.len() as i64;
    doc.objects.insert(
        branch,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Parent" => root, "Rotate" => 90,
            "Count" => branch_kids.len() as i64, "Kids" => branch_kids,
        }),
    );
    doc.objects.insert(
        root,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Count" => count, "Kids" => root_kids,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => root });
    doc.trailer.set("Root", catalog);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("odd-boxes.pdf");
    doc.save(&path).unwrap();
    let o = examine(&path, dir.path());
    assert_eq!(o.verdict, "in", "{o:?}");
    assert_eq!(o.pages, Some(specs.len()), "{o:?}");
    assert!(o.failures.is_empty(), "{:#?}", o.failures);
    let (worst, _) = o.likeness.expect("no page was compared");
    assert!(worst > 0.8, "{o:?}");
}
