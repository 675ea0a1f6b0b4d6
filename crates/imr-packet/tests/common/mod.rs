//! What the packet tests share: the example case's date and folder, running poppler and
//! qpdf, and rendering a page to grey pixels.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;

/// The date the example case is built on.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

/// The synthetic example case (`examples/nunez`).
pub fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/nunez")
}

/// Runs a checking tool and returns what it printed; a failure stops the test.
pub fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap_or_else(|e| {
        panic!("{cmd} could not run ({e}); run scripts/setup-debian test to install it")
    });
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The page count pdfinfo reads from the PDF at `pdf`.
#[allow(dead_code)] // Not every test file counts pages.
pub fn page_count(pdf: &Path) -> usize {
    let info = run("pdfinfo", &[pdf.to_str().unwrap()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// Renders one page to greyscale pixels (PGM from pdftoppm) at `dpi`: width, height,
/// one byte per pixel.
pub fn render_gray(pdf: &Path, page: usize, dpi: u32) -> (usize, usize, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    let p = page.to_string();
    let r = dpi.to_string();
    let args = ["-f", &p, "-l", &p, "-r", &r, "-gray", "-singlefile"];
    let mut all: Vec<&str> = args.to_vec();
    all.extend([pdf.to_str().unwrap(), prefix.to_str().unwrap()]);
    run("pdftoppm", &all);
    let data = std::fs::read(dir.path().join("page.pgm")).unwrap();
    // P5\n<w> <h>\n255\n<pixels>
    let mut fields = Vec::new();
    let mut pos = 0;
    while fields.len() < 4 {
        while data[pos].is_ascii_whitespace() {
            pos += 1;
        }
        let start = pos;
        while !data[pos].is_ascii_whitespace() {
            pos += 1;
        }
        fields.push(String::from_utf8_lossy(&data[start..pos]).into_owned());
    }
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = data[pos + 1..].to_vec();
    assert_eq!(pixels.len(), w * h);
    (w, h, pixels)
}

// ------------------------------------------------------------------ page comparison
//
// Proof by rendering: poppler renders the original page (as a viewer shows it: its crop
// box, rotation and annotations), and the packet page that carries it; the part of the
// packet page where the engine placed the original is cut out at the same scale and the
// two are compared. Both are blurred over 3 × 3 pixels first, so that the half-pixel
// offset and the anti-aliasing of two renderings do not count, then compared tile by
// tile: what a person would miss (a signature, a typed line, a stamp) darkens or lightens
// a whole tile, while rendering noise does not.

/// The packet page's document area (x, y from the top-left, width, height) in points on
/// a Letter page: the engine centres every document page in it
/// (`geometry::DOCUMENT_AREA`: from the half-inch margin up to 22 points under the
/// header's rule, which is 54 points below the top).
#[allow(dead_code)]
pub const AREA: (f64, f64, f64, f64) = (36.0, 76.0, 540.0, 680.0);

/// Tiles of this many pixels a side are compared.
#[allow(dead_code)]
pub const TILE: usize = 12;

/// A greyscale rendering, one byte per pixel.
#[allow(dead_code)]
#[derive(Clone)]
pub struct Gray {
    pub w: usize,
    pub h: usize,
    pub px: Vec<u8>,
}

#[allow(dead_code)]
impl Gray {
    fn at(&self, x: usize, y: usize) -> u8 {
        self.px[y * self.w + x]
    }

    /// The picture as a PNG file.
    pub fn save(&self, path: &Path) {
        image::GrayImage::from_raw(self.w as u32, self.h as u32, self.px.clone())
            .unwrap()
            .save(path)
            .unwrap();
    }

    /// The `w` × `h` part whose top-left pixel is (`x`, `y`); outside the picture is
    /// paper (white).
    pub fn cut(&self, x: i64, y: i64, w: usize, h: usize) -> Gray {
        let mut px = vec![255u8; w * h];
        for row in 0..h {
            let sy = y + row as i64;
            if sy < 0 || sy >= self.h as i64 {
                continue;
            }
            for col in 0..w {
                let sx = x + col as i64;
                if sx >= 0 && sx < self.w as i64 {
                    px[row * w + col] = self.at(sx as usize, sy as usize);
                }
            }
        }
        Gray { w, h, px }
    }

    /// Each pixel the mean of the 3 × 3 pixels around it.
    fn blurred(&self) -> Gray {
        let mut px = vec![0u8; self.px.len()];
        for y in 0..self.h {
            for x in 0..self.w {
                let (mut sum, mut n) = (0u32, 0u32);
                for sy in y.saturating_sub(1)..(y + 2).min(self.h) {
                    for sx in x.saturating_sub(1)..(x + 2).min(self.w) {
                        sum += u32::from(self.at(sx, sy));
                        n += 1;
                    }
                }
                px[y * self.w + x] = (sum / n) as u8;
            }
        }
        Gray {
            w: self.w,
            h: self.h,
            px,
        }
    }
}

/// How two renderings of the same page differ: how much darker or lighter the worst tile
/// is as a whole (difference of mean grey, 0 to 255), where it is (tile column and row),
/// and the mean pixel difference over the whole page. For a page made fax-ready, also
/// the same of the ink alone (see [`Ink`]): how much less ink the worst tile of the
/// second holds than the first's (`lighter`, a mark lost or faded) and how much more
/// (`darker`, grey made black, a tint made a bar), each with its tile.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy)]
pub struct Difference {
    pub worst: f64,
    pub tile: (usize, usize),
    pub mean: f64,
    pub ink: Ink,
}

/// The ink comparison of a fax page (`Difference::ink`). Ink is how much darker a pixel
/// is than the brightest pixel within an eighth of an inch around it (the paper it lies
/// on), after the 3 × 3 blur: a fax page whitens the paper under a shaded box, a dim
/// photo or a tinted background, and draws grey as black dots or black, so its grey
/// levels cannot be compared with the original's, but the marks on the paper can.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, Default)]
pub struct Ink {
    pub lighter: f64,
    pub lighter_tile: (usize, usize),
    pub darker: f64,
    pub darker_tile: (usize, usize),
}

/// The reach of the paper around a pixel for [`Ink`], in pixels at the comparison's 50
/// dpi either side: an eighth of an inch, more than a stroke is wide and less than the
/// space between lines.
const PAPER_REACH: usize = 6;

/// Compares two renderings of the same size (see the comment above).
#[allow(dead_code)]
pub fn difference(a: &Gray, b: &Gray) -> Difference {
    let (a, b) = (a.blurred(), b.blurred());
    let mut d = tile_difference(&a, &b);
    d.ink = ink_difference(&a, &b);
    d
}

#[allow(dead_code)]
impl Gray {
    /// Each pixel's ink: how much darker it is than the brightest pixel within
    /// [`PAPER_REACH`] of it (a square), 0 to 255.
    fn ink(&self) -> Gray {
        let (w, h) = (self.w, self.h);
        let mut rows = vec![0u8; w * h];
        for y in 0..h {
            let line = &self.px[y * w..(y + 1) * w];
            for x in 0..w {
                rows[y * w + x] = *line
                    [x.saturating_sub(PAPER_REACH)..(x + PAPER_REACH + 1).min(w)]
                    .iter()
                    .max()
                    .unwrap_or(&255);
            }
        }
        let mut px = vec![0u8; w * h];
        for y in 0..h {
            for x in 0..w {
                let paper = (y.saturating_sub(PAPER_REACH)..(y + PAPER_REACH + 1).min(h))
                    .map(|yy| rows[yy * w + x])
                    .max()
                    .unwrap_or(255);
                px[y * w + x] = paper - self.px[y * w + x];
            }
        }
        Gray { w, h, px }
    }
}

/// The ink comparison of two renderings already blurred (see [`Ink`]).
fn ink_difference(a: &Gray, b: &Gray) -> Ink {
    let (ia, ib) = (a.ink(), b.ink());
    let mut out = Ink::default();
    for_tiles(&ia, &ib, |tile, sa, sb, n| {
        // Ink is darkness, so more ink in the second is a darker tile.
        let more = (sb - sa) as f64 / n as f64;
        if more > out.darker {
            (out.darker, out.darker_tile) = (more, tile);
        }
        if -more > out.lighter {
            (out.lighter, out.lighter_tile) = (-more, tile);
        }
    });
    out
}

/// Calls `f` with each tile (column, row), the sums of its pixels in `a` and in `b`, and
/// its pixel count. The last tile of a row or column takes the pixels left over, so that
/// no sliver one pixel wide (where a one-pixel offset at the page's edge is all there
/// is) is judged on its own.
fn for_tiles(a: &Gray, b: &Gray, mut f: impl FnMut((usize, usize), i64, i64, u64)) {
    let (cols, rows) = ((a.w / TILE).max(1), (a.h / TILE).max(1));
    let span = |i: usize, count: usize, len: usize| {
        (i * TILE, if i + 1 == count { len } else { (i + 1) * TILE })
    };
    for ty in 0..rows {
        for tx in 0..cols {
            let (mut sa, mut sb, mut n) = (0i64, 0i64, 0u64);
            let ((x0, x1), (y0, y1)) = (span(tx, cols, a.w), span(ty, rows, a.h));
            for y in y0..y1 {
                for x in x0..x1 {
                    sa += i64::from(a.at(x, y));
                    sb += i64::from(b.at(x, y));
                    n += 1;
                }
            }
            f((tx, ty), sa, sb, n);
        }
    }
}

/// The comparison of two renderings already blurred (the grey levels; the ink is
/// compared by [`ink_difference`] once the best cut is known).
fn tile_difference(a: &Gray, b: &Gray) -> Difference {
    assert_eq!((a.w, a.h), (b.w, b.h), "renderings of different sizes");
    let mut worst = (0.0, (0, 0));
    let total: u64 =
        a.px.iter()
            .zip(&b.px)
            .map(|(x, y)| u64::from(x.abs_diff(*y)))
            .sum();
    for_tiles(a, b, |tile, sa, sb, n| {
        // How much darker or lighter the tile is as a whole: a mark moved by a
        // fraction of a pixel keeps its ink in the tile, a lost one does not.
        let mean = (sa - sb).unsigned_abs() as f64 / n.max(1) as f64;
        if mean > worst.0 {
            worst = (mean, tile);
        }
    });
    Difference {
        worst: worst.0,
        tile: worst.1,
        mean: total as f64 / a.px.len().max(1) as f64,
        ink: Ink::default(),
    }
}

/// Renders page `page` of `pdf` at `dpi` (fractions allowed) as a viewer shows it (its
/// crop box), or `None` when poppler cannot.
#[allow(dead_code)]
pub fn render_at(pdf: &Path, page: usize, dpi: f64) -> Option<Gray> {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    let (p, r) = (page.to_string(), format!("{dpi:.4}"));
    let args = [
        "-f",
        &p,
        "-l",
        &p,
        "-r",
        &r,
        "-gray",
        "-cropbox",
        "-singlefile",
    ];
    let mut all: Vec<&str> = args.to_vec();
    all.extend([pdf.to_str().unwrap(), prefix.to_str().unwrap()]);
    // Poppler renders what it can of a damaged file: its exit code says nothing of the
    // page it drew, the file it wrote does.
    Command::new("pdftoppm").args(&all).output().ok()?;
    read_pgm(&dir.path().join("page.pgm"))
}

/// Reads a binary PGM (P5) file.
#[allow(dead_code)]
pub fn read_pgm(path: &Path) -> Option<Gray> {
    let data = std::fs::read(path).ok()?;
    let mut fields = Vec::new();
    let mut pos = 0;
    while fields.len() < 4 {
        while data.get(pos)?.is_ascii_whitespace() {
            pos += 1;
        }
        let start = pos;
        while !data.get(pos)?.is_ascii_whitespace() {
            pos += 1;
        }
        fields.push(String::from_utf8_lossy(&data[start..pos]).into_owned());
    }
    let (w, h): (usize, usize) = (fields[1].parse().ok()?, fields[2].parse().ok()?);
    let px = data.get(pos + 1..)?.to_vec();
    (px.len() == w * h).then_some(Gray { w, h, px })
}

/// The scale the engine draws a PDF page of upright size `w` × `h` points at, and the
/// placed rectangle (x, y from the top-left, width, height) in points: fitted into the
/// area and centred, never enlarged unless under two inches on its longer side.
#[allow(dead_code)]
pub fn placement(w: f64, h: f64) -> (f64, (f64, f64, f64, f64)) {
    let (ax, ay, aw, ah) = AREA;
    let fit = (aw / w).min(ah / h);
    let s = if w.max(h) < 144.0 { fit } else { fit.min(1.0) };
    let (pw, ph) = (w * s, h * s);
    (s, (ax + (aw - pw) / 2.0, ay + (ah - ph) / 2.0, pw, ph))
}

/// Renders page `page` of the original `original` as it prints ([`printed_copy`];
/// upright size `size` in points) and
/// the packet page `packet_page` of `packet` that carries it, at `dpi` for the original
/// and the matching resolution for the packet page, and compares the two. Both pictures
/// come back too, for saving when they differ.
#[allow(dead_code)]
pub fn compare_page(
    original: &Path,
    page: usize,
    size: (f64, f64),
    packet: &Path,
    packet_page: usize,
    dpi: f64,
) -> Option<(Difference, Gray, Gray)> {
    let (s, (x, y, _, _)) = placement(size.0, size.1);
    let dir = tempfile::tempdir().unwrap();
    let printed = dir.path().join("printed.pdf");
    let want = match printed_copy(original, &printed) {
        Some(()) => render_at(&printed, page, dpi).or_else(|| render_at(original, page, dpi))?,
        None => render_at(original, page, dpi)?,
    };
    // The packet page at the resolution that draws the placed page as large as the
    // original's rendering.
    let packet_dpi = dpi / s;
    let whole = render_at(packet, packet_page, packet_dpi)?;
    let k = packet_dpi / 72.0;
    // Where the placed page starts, to the nearest pixel; the two renderings may still
    // be a pixel apart (each rounds its own size), so the best of the nine cuts around
    // it is taken.
    let (x0, y0) = ((x * k).round() as i64, (y * k).round() as i64);
    // Blurred once: a cut of the blurred page is the blurred cut, but at its edges.
    let (want_blurred, whole_blurred) = (want.blurred(), whole.blurred());
    let mut best: Option<(Difference, (i64, i64))> = None;
    for dy in -1..=1 {
        for dx in -1..=1 {
            let got = whole_blurred.cut(x0 + dx, y0 + dy, want.w, want.h);
            let d = tile_difference(&want_blurred, &got);
            if best.as_ref().is_none_or(|(b, _)| d.mean < b.mean) {
                best = Some((d, (x0 + dx, y0 + dy)));
            }
        }
    }
    let (mut d, (x, y)) = best?;
    d.ink = ink_difference(&want_blurred, &whole_blurred.cut(x, y, want.w, want.h));
    Some((d, want.clone(), whole.cut(x, y, want.w, want.h)))
}

/// The PDF at `pdf` as it prints: poppler's renderer draws a page as a screen shows it,
/// with the annotations that do not print (no Print flag, Hidden, NoView) and the frames
/// of links; a print leaves those off (PDF 32000-1, 12.5.3), and so does the packet. This
/// copy has them taken off the pages' annotation lists and nothing else changed, so that
/// poppler can render the original as printed. Form fields stay (they print). `None`
/// when there is nothing to take off or lopdf cannot read the file (it is then rendered
/// as it is).
#[allow(dead_code)]
pub fn printed_copy(pdf: &Path, out: &Path) -> Option<()> {
    use lopdf::Object;
    let mut doc = lopdf::Document::load(pdf).ok()?;
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    let prints = |doc: &lopdf::Document, annot: &Object| -> bool {
        let dict = match annot {
            Object::Reference(id) => doc.get_dictionary(*id).ok(),
            Object::Dictionary(d) => Some(d),
            _ => None,
        };
        let Some(dict) = dict else { return true };
        let flags = dict
            .get(b"F")
            .ok()
            .and_then(|f| f.as_i64().ok())
            .unwrap_or(0);
        let subtype = dict.get(b"Subtype").ok().and_then(|s| s.as_name().ok());
        if flags & (2 | 32) != 0 || matches!(subtype, Some(b"Link") | Some(b"Popup")) {
            return false;
        }
        flags & 4 != 0 || subtype == Some(b"Widget")
    };
    let mut removed = 0;
    for page in pages {
        let annots = match doc.get_dictionary(page).ok()?.get(b"Annots") {
            Ok(Object::Array(a)) => a.clone(),
            Ok(Object::Reference(id)) => doc.get_object(*id).ok()?.as_array().ok()?.clone(),
            _ => continue,
        };
        let count = annots.len();
        let kept: Vec<Object> = annots.into_iter().filter(|a| prints(&doc, a)).collect();
        if kept.len() == count {
            continue;
        }
        removed += count - kept.len();
        doc.get_dictionary_mut(page)
            .ok()?
            .set("Annots", Object::Array(kept));
    }
    // Nothing to take off: the file as it is (lopdf's reading of a damaged file is
    // not poppler's, so a copy is made only when it is needed).
    if removed == 0 {
        return None;
    }
    doc.save(out).ok()?;
    Some(())
}
