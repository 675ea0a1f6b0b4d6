//! Proof by rendering, page by page: the pages of every corpus PDF the engine takes in
//! show in the packet what poppler shows of the original as it prints, in mail and in
//! fax mode.
//!
//! For each PDF of `shared/corpus/` that `prepare` accepts: the original is rendered as
//! it prints (`common::printed_copy`) at 50 dpi, its first two pages and its last
//! ([`SAMPLED`]; every page with `IMR_CORPUS_ALL_PAGES=1`); the file, those pages kept
//! by page edits (`apply_edits`, which leaves them as they are), goes into
//! a mail packet and a fax packet of its own (the example case, this file its one
//! exhibit); each packet page is rendered at the resolution that draws its placed page as
//! large as the original's rendering, the placed page is cut out and the two compared
//! tile by tile (`common::compare_rendered`).
//!
//! - Mail: the page goes in as it is, so the grey levels are compared: the worst tile
//!   may be at most [`MAIL_TOLERANCE`] darker or lighter.
//! - Fax: the page is turned into 200-dpi black and white (or grey) with the paper
//!   whitened, so the ink is compared (`common::Ink`): the worst tile may hold at most
//!   [`FAX_LOST`] less ink than the original's (a mark lost or faded) and at most
//!   [`FAX_ADDED`] more (grey made black; a tint made a bar would be far more).
//!
//! Pages that still differ more, each with its cause, are listed in [`KNOWN`]: compared
//! and printed, reported as known rather than failing (and a listed page found within
//! the tolerance fails, so that the list is taken down as causes are put right). A page
//! that fails has both
//! pictures saved under the system's temporary folder
//! (`imr-corpus-pages`). Files poppler cannot read (or renders past the time limit) are
//! counted and named, not compared: there is nothing to compare with. The test prints
//! each file's figures, the largest differences and the totals (`cargo test --test
//! corpus_pages -- --nocapture`). To look closer: `IMR_CORPUS_PACKETS` names a folder to
//! keep the packets in, and `IMR_CORPUS_ONLY` compares only the files whose path holds
//! it, or one of its comma-separated parts (the test then does not count its pages).
//!
//! The corpus test (`corpus.rs`) checks the rest of each file's fate (taken in whole or
//! refused with advice, `qpdf --check`, page counts, no blank page).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

#[allow(dead_code)]
mod common;
#[allow(dead_code)]
mod corpus_common;

use common::{
    compare_rendered, difference, ink_of, packet_dpi, picture_tile, printed_copy, read_pgm,
    Difference, Gray, SUPERSAMPLE, TILE,
};
use corpus_common::{
    corpus_dir, corpus_files, guarded, pdfinfo, setup, tool, user_units, BUILD_TIMEOUT,
    PREPARE_TIMEOUT, TOOL_TIMEOUT,
};
use imr_case::case::PageEdit;
use imr_packet::{apply_edits, build_packet, prepare, Limits, LoadedDocument, Mode};

/// The resolution the originals are rendered at; a page so small that its shorter side
/// would be under [`MIN_SIDE`] pixels is rendered finer, so that it still spans tiles.
const COMPARE_DPI: f64 = 50.0;
const MIN_SIDE: f64 = 48.0;

/// The resolution a page of upright size `size` (points) is compared at.
fn dpi_for(size: (f64, f64)) -> f64 {
    COMPARE_DPI.max(MIN_SIDE * 72.0 / size.0.min(size.1))
}

/// Mail: how much darker or lighter the worst tile may be (of 255). Measured on the
/// corpus (see the closing figures the test prints): the page's own drawing comes out
/// the same to the pixel; what remains is the engine's drawing of annotations without an
/// appearance against poppler's. A lost typed line, ink signature or stamp moves a tile
/// by 50 to 95 (the annotation test's fixtures).
const MAIL_TOLERANCE: f64 = 40.0;
/// Fax: how much less ink the worst tile may hold than the original's.
const FAX_LOST: f64 = 40.0;
/// Fax: how much more ink the worst tile may hold than the original's.
const FAX_ADDED: f64 = 60.0;

/// The pages of each file compared by default: the first two and the last, which in
/// this corpus hold its forms, annotations and odd boxes (the qpdf files are mostly
/// thirty copies of one page of text), in about three minutes on two cores.
/// `IMR_CORPUS_ALL_PAGES=1` compares every page (1,269 a mode: 6 minutes on two quiet
/// cores, 20 on two busy ones).
const SAMPLED: [usize; 2] = [0, 1];

/// The indexes (from 0) of the pages of a file of `pages` pages that are compared.
fn sampled_pages(pages: usize) -> Vec<usize> {
    if std::env::var_os("IMR_CORPUS_ALL_PAGES").is_some() {
        return (0..pages).collect();
    }
    let mut out: Vec<usize> = SAMPLED.iter().copied().filter(|&i| i < pages).collect();
    if pages > 0 && !out.contains(&(pages - 1)) {
        out.push(pages - 1);
    }
    out
}

/// The pages known to differ by more than the tolerance, each with its cause: they are
/// compared and their figures printed with the rest, and reported as known rather than
/// failing. Measured over every page (`IMR_CORPUS_ALL_PAGES=1`): one page is left, a
/// difference kept on purpose (the engine draws answers poppler drops).
const KNOWN: &[(&str, Mode, usize, &str)] = &[
    (
        "qpdf-test-pdfs/need-appearances-more3.pdf",
        Mode::Mail,
        1,
        "a form drawn afresh (NeedAppearances) with two fields whose /DA names no font \
         ('0 Tf', no Tf at all): poppler draws no value ('Missing 'Tf' operator in \
         field's DA string'), nor does qpdf's own appearance maker (--generate-appearances); \
         the engine draws the typed answers ('salad', 'elephant') in Helvetica rather than \
         lose them (62.7)",
    ),
    (
        "qpdf-test-pdfs/need-appearances-more3.pdf",
        Mode::Fax,
        1,
        "as in mail mode: two answers poppler does not draw, for want of a font in their \
         /DA (62.7 more ink)",
    ),
];

/// What the comparison of one page found.
#[derive(Debug, Clone)]
struct Page {
    file: String,
    mode: Mode,
    page: usize,
    d: Difference,
    /// Whether a signature-sized mark erased from the packet page, where the original has
    /// the most ink on paper, is seen as lost: `None` when the original has no tile with
    /// ink twice the tolerance.
    loss_seen: Option<bool>,
}

/// A mark as large as a short signature: 1.5 × 0.5 inch, in pixels at 50 dpi.
const MARK: (usize, usize) = (75, 25);

/// The tolerance a page is held to in `mode` (mail: grey; fax: lost ink).
fn tolerance(mode: Mode) -> f64 {
    match mode {
        Mode::Mail => MAIL_TOLERANCE,
        Mode::Fax => FAX_LOST,
    }
}

/// `got` with a signature-sized mark erased (made paper white) around the tile of `want`
/// with the most ink on paper (`common::ink_of`, photographs left out), at the
/// resolution `dpi`; `None` when no tile has at least `least` ink: a mark lighter than
/// that need not be seen.
fn erase_a_mark(want: &Gray, got: &Gray, dpi: f64, least: f64) -> Option<Gray> {
    let k = dpi / 50.0;
    let (mw, mh) = (
        ((MARK.0 as f64 * k) as usize).min(want.w),
        ((MARK.1 as f64 * k) as usize).min(want.h),
    );
    let ink = ink_of(want);
    let (cols, rows) = ((want.w / TILE).max(1), (want.h / TILE).max(1));
    // The ink comparison leaves out photographs and the tiles around them: so must this.
    let near_picture = |tx: usize, ty: usize| {
        (ty.saturating_sub(1)..(ty + 2).min(rows))
            .any(|y| (tx.saturating_sub(1)..(tx + 2).min(cols)).any(|x| picture_tile(want, (x, y))))
    };
    let mut best: Option<(f64, usize, usize)> = None;
    for ty in 0..rows {
        for tx in 0..cols {
            if near_picture(tx, ty) {
                continue;
            }
            let mut sum = 0u64;
            for y in ty * TILE..((ty + 1) * TILE).min(want.h) {
                for x in tx * TILE..((tx + 1) * TILE).min(want.w) {
                    sum += u64::from(ink.px[y * want.w + x]);
                }
            }
            let mean = sum as f64 / (TILE * TILE) as f64;
            if best.is_none_or(|(b, _, _)| mean > b) {
                best = Some((mean, tx, ty));
            }
        }
    }
    let (mean, tx, ty) = best?;
    if mean < least {
        return None;
    }
    let x0 = (tx * TILE + TILE / 2)
        .saturating_sub(mw / 2)
        .min(want.w - mw);
    let y0 = (ty * TILE + TILE / 2)
        .saturating_sub(mh / 2)
        .min(want.h - mh);
    let mut erased = got.clone();
    for y in y0..y0 + mh {
        for x in x0..x0 + mw {
            erased.px[y * erased.w + x] = 255;
        }
    }
    Some(erased)
}

/// One file's comparison: its pages compared in each mode, and what went wrong.
#[derive(Debug, Default)]
struct FileResult {
    pages: Vec<Page>,
    failures: Vec<String>,
    /// Pages over the tolerance that [`KNOWN`] names, with its cause.
    known: Vec<String>,
    /// Why it was not compared (refused, unreadable by poppler), if it was not.
    skipped: Option<String>,
    seconds: f64,
}

/// Renders pages `first..=last` of `pdf` at `dpi` to grey (the crop box, as a viewer
/// shows it; averaged down from `common::SUPERSAMPLE` times finer), by page number; the
/// pages poppler could not draw in time are missing.
fn render_pages(pdf: &Path, dpi: f64, range: Option<(usize, usize)>) -> BTreeMap<usize, Gray> {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("p");
    let mut args = vec![
        "-gray".to_string(),
        "-cropbox".into(),
        "-r".into(),
        format!("{:.4}", dpi * SUPERSAMPLE as f64),
    ];
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
    // Poppler renders what it can of a damaged file; its exit code says nothing of the
    // pages it drew, the files it wrote do.
    let _ = tool("pdftoppm", &args, TOOL_TIMEOUT);
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let Some(n) = path
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(|s| s.rsplit('-').next())
            .and_then(|n| n.parse::<usize>().ok())
        else {
            continue;
        };
        if let Some(gray) = read_pgm(&path) {
            out.insert(n, gray.reduced(SUPERSAMPLE));
        }
    }
    out
}

/// Compares every page of the PDF at `path` (named `name`) with its mail and fax packet
/// pages.
fn compare_file(path: &Path, name: &str) -> FileResult {
    let started = Instant::now();
    let mut result = FileResult::default();
    let bytes = std::fs::read(path).unwrap();
    let input = bytes.clone();
    if !matches!(
        guarded(PREPARE_TIMEOUT, move || prepare(input, &Limits::default())
            .is_ok()),
        Some(Ok(true))
    ) {
        // Refused, hung or crashed: the corpus test reports that; nothing to compare.
        result.skipped = Some("not taken in".into());
        return result;
    }
    let Some(info) = pdfinfo(path) else {
        result.skipped = Some("poppler cannot read the original".into());
        return result;
    };
    let dir = tempfile::tempdir().unwrap();
    let printed = dir.path().join("printed.pdf");
    let reference = match printed_copy(path, &printed) {
        Some(()) => printed.as_path(),
        None => path,
    };
    let sample = sampled_pages(info.pages);
    // A page with a /UserUnit is placed at its real size, which poppler ignores: its
    // size is the unit times what pdfinfo says, its rendering the unit times finer.
    let units = user_units(path, info.pages);
    let physical = |i: usize| {
        let ((w, h), u) = (info.upright[i], units[i]);
        ((w * u, h * u), u)
    };
    // Each sampled page of the original, rendered once for both modes.
    let mut originals = BTreeMap::new();
    for &i in &sample {
        let (size, unit) = physical(i);
        if size.0 < 1.0 || size.1 < 1.0 {
            continue;
        }
        if let Some(want) =
            render_pages(reference, dpi_for(size) * unit, Some((i + 1, i + 1))).remove(&(i + 1))
        {
            originals.insert(i, want);
        }
    }
    if originals.is_empty() {
        result.skipped = Some("poppler cannot render the original".into());
        return result;
    }
    for mode in [Mode::Mail, Mode::Fax] {
        let setup = setup(name, mode);
        let entry = setup.case.documents[0].clone();
        let input = bytes.clone();
        // Converting for the fax takes a moment a page, on one thread.
        let timeout = BUILD_TIMEOUT + std::time::Duration::from_secs(2 * info.pages as u64);
        let keep = sample.clone();
        let built = guarded(timeout, move || {
            let mut prepared = prepare(input, &Limits::default()).unwrap();
            // Only the sampled pages go into the packet (the person's page edits that
            // keep them, untouched), so that the fax conversion is of those alone.
            let count = prepared.page_count();
            if keep.len() < count {
                let edits: Vec<PageEdit> = keep
                    .iter()
                    .filter(|&&i| i < count)
                    .map(|&i| PageEdit {
                        page: i + 1,
                        turn: 0,
                        crop: None,
                        redact: Vec::new(),
                    })
                    .collect();
                prepared = apply_edits(prepared, &edits).unwrap();
            }
            let document = LoadedDocument {
                entry,
                prepared,
                text: Vec::new(),
            };
            let mut out = Vec::new();
            let mut options = setup.options;
            // One thread per file: the files themselves are spread over the cores.
            options.fax_workers = 1;
            build_packet(&setup.case, vec![document], &options, &mut out)
                .map(|summary| (summary, out))
        });
        let Some(Ok(Ok((summary, packet)))) = built else {
            result
                .failures
                .push(format!("{mode:?}: the packet could not be built"));
            continue;
        };
        let packet_path = dir.path().join(format!("packet-{mode:?}.pdf"));
        std::fs::write(&packet_path, &packet).unwrap();
        if let Some(keep) = std::env::var_os("IMR_CORPUS_PACKETS") {
            let stem = name.replace(['/', '\\'], "__");
            std::fs::create_dir_all(&keep).unwrap();
            std::fs::write(
                Path::new(&keep).join(format!("{stem}-{mode:?}.pdf")),
                &packet,
            )
            .unwrap();
        }
        let exhibit = &summary.exhibits[0];
        for (&page, want) in &originals {
            // The sampled pages are the packet's, in order.
            let Some(k) = sample.iter().position(|&i| i == page) else {
                continue;
            };
            if k >= exhibit.pages {
                continue;
            }
            let (size, _) = physical(page);
            let dpi = dpi_for(size);
            let at = exhibit.first_page + k;
            let Some(whole) =
                render_pages(&packet_path, packet_dpi(size, dpi), Some((at, at))).remove(&at)
            else {
                continue;
            };
            let Some((d, got)) = compare_rendered(want, &whole, size, dpi) else {
                continue;
            };
            let loss_seen = erase_a_mark(want, &got, dpi, 2.0 * tolerance(mode))
                .map(|erased| judge(mode, &difference(want, &erased)).is_some());
            let known = KNOWN
                .iter()
                .find(|k| k.0 == name && k.1 == mode && k.2 == page + 1);
            if let Some(failure) = judge(mode, &d) {
                let keep = std::env::temp_dir().join("imr-corpus-pages");
                std::fs::create_dir_all(&keep).unwrap();
                let stem = format!("{}-{mode:?}-p{}", name.replace(['/', '\\'], "_"), page + 1);
                want.save(&keep.join(format!("{stem}-original.png")));
                got.save(&keep.join(format!("{stem}-packet.png")));
                let line = format!(
                    "{mode:?} page {}: {failure}; pictures in {}",
                    page + 1,
                    keep.display()
                );
                match known {
                    Some(k) => result.known.push(format!("{line} (known: {})", k.3)),
                    None => result.failures.push(line),
                }
            } else if let Some(k) = known {
                // The list stays honest: a page put right leaves it.
                result.failures.push(format!(
                    "{mode:?} page {}: listed in KNOWN ({}) but within the tolerance now: \
                     take it off the list",
                    page + 1,
                    k.3
                ));
            }
            result.pages.push(Page {
                file: name.to_string(),
                mode,
                page: page + 1,
                d,
                loss_seen,
            });
        }
    }
    result.seconds = started.elapsed().as_secs_f64();
    result
}

/// What is wrong with a page that differs too much, if it does.
fn judge(mode: Mode, d: &Difference) -> Option<String> {
    match mode {
        Mode::Mail if d.worst > MAIL_TOLERANCE => Some(format!(
            "the worst tile differs by {:.1} (tolerance {MAIL_TOLERANCE}) at {:?}",
            d.worst, d.tile
        )),
        Mode::Fax if d.ink.lighter > FAX_LOST => Some(format!(
            "a tile holds {:.1} less ink (tolerance {FAX_LOST}) at {:?}",
            d.ink.lighter, d.ink.lighter_tile
        )),
        Mode::Fax if d.ink.darker > FAX_ADDED => Some(format!(
            "a tile holds {:.1} more ink (tolerance {FAX_ADDED}) at {:?}",
            d.ink.darker, d.ink.darker_tile
        )),
        _ => None,
    }
}

#[test]
fn every_corpus_page_shows_in_the_packet_as_poppler_shows_it() {
    let root = corpus_dir();
    assert!(
        root.is_dir(),
        "The corpus is missing: expected it at {} (the repository is cloned beside \
         `shared/`, which holds `shared/corpus/`). This test does not skip without it.",
        root.display()
    );
    let root = root.canonicalize().unwrap();
    let only = std::env::var("IMR_CORPUS_ONLY").ok();
    let files: Vec<PathBuf> = corpus_files(&root)
        .into_iter()
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
        })
        .filter(|p| {
            only.as_ref().is_none_or(|o| {
                o.split(',')
                    .any(|part| p.to_string_lossy().contains(part.trim()))
            })
        })
        .collect();
    assert!(
        files.len() > 100 || only.is_some(),
        "only {} PDFs in the corpus",
        files.len()
    );
    let started = Instant::now();
    // The largest files first, so that no core is left with a long one at the end.
    let mut queue = files.clone();
    queue.sort_by_key(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0));
    let queue = Arc::new(Mutex::new(queue));
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
                let name = path
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                let result = compare_file(&path, &name);
                results.lock().unwrap().insert(name, result);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let results = std::mem::take(&mut *results.lock().unwrap());

    let mut failures = Vec::new();
    let mut known = Vec::new();
    let mut skipped = BTreeMap::<&str, Vec<&str>>::new();
    let mut pages: Vec<&Page> = Vec::new();
    println!(
        "{:<62} {:>5} {:>8} {:>8} {:>8} {:>6}",
        "file", "pages", "mail", "fax lost", "fax add", "secs"
    );
    for (name, r) in &results {
        if let Some(why) = &r.skipped {
            skipped.entry(why).or_default().push(name);
            continue;
        }
        let worst = |mode: Mode, f: fn(&Difference) -> f64| {
            r.pages
                .iter()
                .filter(|p| p.mode == mode)
                .map(|p| f(&p.d))
                .fold(0.0, f64::max)
        };
        println!(
            "{:<62} {:>5} {:>8.1} {:>8.1} {:>8.1} {:>6.1}",
            name,
            r.pages.iter().filter(|p| p.mode == Mode::Mail).count(),
            worst(Mode::Mail, |d| d.worst),
            worst(Mode::Fax, |d| d.ink.lighter),
            worst(Mode::Fax, |d| d.ink.darker),
            r.seconds
        );
        pages.extend(&r.pages);
        failures.extend(r.failures.iter().map(|f| format!("{name}: {f}")));
        known.extend(r.known.iter().map(|f| format!("{name}: {f}")));
    }
    println!();
    let count = |mode: Mode| pages.iter().filter(|p| p.mode == mode).count();
    println!(
        "{} PDFs, {} pages compared in mail mode and {} in fax mode, in {:.0} s",
        results.len() - skipped.values().map(Vec::len).sum::<usize>(),
        count(Mode::Mail),
        count(Mode::Fax),
        started.elapsed().as_secs_f64()
    );
    for (why, names) in &skipped {
        println!(
            "not compared, {why}: {} ({})",
            names.len(),
            names.join(", ")
        );
    }
    let largest = |title: &str, mode: Mode, f: fn(&Difference) -> f64, limit: f64| {
        let mut sorted: Vec<&&Page> = pages.iter().filter(|p| p.mode == mode).collect();
        sorted.sort_by(|a, b| f(&b.d).total_cmp(&f(&a.d)));
        let over_half = sorted.iter().filter(|p| f(&p.d) > limit / 2.0).count();
        println!("the largest {title} (tolerance {limit}; {over_half} pages over half of it):");
        for p in sorted.iter().take(8) {
            println!("  {:>5.1}  {} page {}", f(&p.d), p.file, p.page);
        }
    };
    let (pictures, tiles) = pages
        .iter()
        .filter(|p| p.mode == Mode::Fax)
        .fold((0, 0), |(p, t), page| {
            (p + page.d.ink.pictures, t + page.d.ink.tiles)
        });
    println!(
        "fax mode: {tiles} tiles compared on their ink, {pictures} tiles of photographs left \
         out ({:.1}%)",
        100.0 * pictures as f64 / (pictures + tiles).max(1) as f64
    );
    largest(
        "differences in mail mode",
        Mode::Mail,
        |d| d.worst,
        MAIL_TOLERANCE,
    );
    largest(
        "ink lost in fax mode",
        Mode::Fax,
        |d| d.ink.lighter,
        FAX_LOST,
    );
    largest(
        "ink added in fax mode",
        Mode::Fax,
        |d| d.ink.darker,
        FAX_ADDED,
    );
    println!(
        "known differences over the tolerance ({} pages):\n{}",
        known.len(),
        known.join("\n")
    );
    assert!(
        count(Mode::Mail) > 300 || only.is_some(),
        "only {} pages compared",
        count(Mode::Mail)
    );
    // The comparison can see a lost mark: on every page with ink enough, a
    // signature-sized mark erased from the packet page fails it.
    for mode in [Mode::Mail, Mode::Fax] {
        let tried: Vec<&&Page> = pages
            .iter()
            .filter(|p| p.mode == mode && p.loss_seen.is_some())
            .collect();
        let unseen: Vec<String> = tried
            .iter()
            .filter(|p| p.loss_seen == Some(false))
            .map(|p| format!("{} page {}", p.file, p.page))
            .collect();
        println!(
            "{mode:?}: a signature-sized mark erased is seen as lost on {} of {} pages",
            tried.len() - unseen.len(),
            tried.len()
        );
        if !unseen.is_empty() {
            failures.push(format!(
                "{mode:?}: a mark erased from these pages is not seen as lost: {}",
                unseen.join(", ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} pages differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
