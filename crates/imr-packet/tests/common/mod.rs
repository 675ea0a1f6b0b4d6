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

/// The example case with one document, `letter.pdf` holding `pdf`; the packet built in
/// mail or fax mode and saved in `dir`, and the packet page that holds the document's
/// first page.
#[allow(dead_code)]
pub fn packet_with(dir: &Path, pdf: &[u8], mode: imr_packet::Mode) -> (PathBuf, usize) {
    use imr_case::case::{validate, CaseFile};
    use imr_packet::{build_packet, load_documents, DirSource, PacketOptions};
    std::fs::write(dir.join("letter.pdf"), pdf).unwrap();
    let text = std::fs::read_to_string(example_dir().join("case.json")).unwrap();
    let mut file = CaseFile::from_json(&text).unwrap();
    file.documents.truncate(1);
    file.documents[0].path = "letter.pdf".into();
    let case = validate(&file, today()).unwrap();
    let options = PacketOptions::new(mode, today(), b"annotations");
    let documents = load_documents(&case, &DirSource::new(dir), &options.limits).unwrap();
    let mut bytes = Vec::new();
    let summary = build_packet(&case, documents, &options, &mut bytes).unwrap();
    let out = dir.join(format!("packet-{mode:?}.pdf"));
    std::fs::write(&out, &bytes).unwrap();
    (out, summary.exhibits[0].first_page)
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
#[allow(dead_code)]
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
///
/// A tile of the original that is a photograph rather than marks on paper
/// ([`is_picture`]), or next to one (where its edge meets the paper), is not compared:
/// whitening and one bit per dot change a photograph's greys by design, and there is no
/// paper there for a mark to stand on. How many tiles were left out is counted.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, Default)]
pub struct Ink {
    pub lighter: f64,
    pub lighter_tile: (usize, usize),
    pub darker: f64,
    pub darker_tile: (usize, usize),
    /// Tiles of the original that are photograph, left out.
    pub pictures: usize,
    /// Tiles compared.
    pub tiles: usize,
}

/// Whether a tile of an original is photograph: at least 40% of its pixels middle grey
/// (40 to 215) and under a fifth paper white (above 230). Marks on paper always leave
/// paper between them: a tile of small type at 50 dpi is a third to a half paper white.
fn is_picture(a: &Gray, (x0, x1): (usize, usize), (y0, y1): (usize, usize)) -> bool {
    let (mut mid, mut white, mut n) = (0, 0, 0);
    for y in y0..y1 {
        for x in x0..x1 {
            let v = a.at(x, y);
            mid += usize::from((40..=215).contains(&v));
            white += usize::from(v > 230);
            n += 1;
        }
    }
    mid * 5 >= n * 2 && white * 5 < n
}

/// The reach of the paper around a pixel for [`Ink`], in pixels at the comparison's 50
/// dpi either side: an eighth of an inch, more than a stroke is wide and less than the
/// space between lines.
const PAPER_REACH: usize = 6;

/// Compares two renderings of the same size (see the comment above).
#[allow(dead_code)]
pub fn difference(a: &Gray, b: &Gray) -> Difference {
    let (ab, bb) = (a.blurred(), b.blurred());
    let mut d = tile_difference(&ab, &bb);
    d.ink = ink_difference(a, &ab, &bb);
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

/// The ink comparison of two renderings already blurred (see [`Ink`]); `original` is
/// the first before its blur, which tells photograph from marks on paper.
fn ink_difference(original: &Gray, a: &Gray, b: &Gray) -> Ink {
    let (ia, ib) = (a.ink(), b.ink());
    let mut out = Ink::default();
    let (cols, rows) = ((a.w / TILE).max(1), (a.h / TILE).max(1));
    let span = |i: usize, count: usize, len: usize| {
        (i * TILE, if i + 1 == count { len } else { (i + 1) * TILE })
    };
    // Photograph, and the tiles around it (where its edge meets the paper).
    let picture: Vec<bool> = (0..rows * cols)
        .map(|i| {
            is_picture(
                original,
                span(i % cols, cols, a.w),
                span(i / cols, rows, a.h),
            )
        })
        .collect();
    let near_picture = |(tx, ty): (usize, usize)| {
        (ty.saturating_sub(1)..(ty + 2).min(rows))
            .any(|y| (tx.saturating_sub(1)..(tx + 2).min(cols)).any(|x| picture[y * cols + x]))
    };
    for_tiles(&ia, &ib, |tile, sa, sb, n| {
        if near_picture(tile) {
            out.pictures += 1;
            return;
        }
        out.tiles += 1;
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

/// The ink of a rendering (see [`Ink`]): blurred, then each pixel's darkness against
/// the brightest pixel within an eighth of an inch.
#[allow(dead_code)]
pub fn ink_of(picture: &Gray) -> Gray {
    picture.blurred().ink()
}

/// Whether the tile (column, row) of `original` is photograph (see [`Ink`]).
#[allow(dead_code)]
pub fn picture_tile(original: &Gray, (tx, ty): (usize, usize)) -> bool {
    let (cols, rows) = ((original.w / TILE).max(1), (original.h / TILE).max(1));
    let span = |i: usize, count: usize, len: usize| {
        (i * TILE, if i + 1 == count { len } else { (i + 1) * TILE })
    };
    is_picture(
        original,
        span(tx, cols, original.w),
        span(ty, rows, original.h),
    )
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

/// Pages are rendered this many times finer than compared, and each block of this many
/// pixels a side averaged: poppler draws a line thinner than a pixel a whole pixel wide,
/// so a dense drawing at 50 dpi comes out far darker than it prints (a Hilbert curve's
/// tile: 37 against 193), while a fax page's picture is averaged as it is scaled down.
/// Averaged from 200 dpi, both show the ink there is.
#[allow(dead_code)]
pub const SUPERSAMPLE: usize = 4;

#[allow(dead_code)]
impl Gray {
    /// The picture `k` times smaller, each pixel the mean of a `k` × `k` block (the last
    /// row and column of blocks take what is left).
    pub fn reduced(&self, k: usize) -> Gray {
        let (w, h) = ((self.w / k).max(1), (self.h / k).max(1));
        let mut sums = vec![0u32; w * h];
        let mut counts = vec![0u32; w * h];
        for y in 0..self.h {
            let row = (y / k).min(h - 1) * w;
            for x in 0..self.w {
                let i = row + (x / k).min(w - 1);
                sums[i] += u32::from(self.px[y * self.w + x]);
                counts[i] += 1;
            }
        }
        let px = sums
            .iter()
            .zip(&counts)
            .map(|(s, c)| ((s + c / 2) / (*c).max(1)) as u8)
            .collect();
        Gray { w, h, px }
    }
}

/// Renders page `page` of `pdf` at `dpi` (fractions allowed) as a viewer shows it (its
/// crop box), averaged down from [`SUPERSAMPLE`] times finer, or `None` when poppler
/// cannot.
#[allow(dead_code)]
pub fn render_at(pdf: &Path, page: usize, dpi: f64) -> Option<Gray> {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    let fine = dpi * SUPERSAMPLE as f64;
    let (p, r) = (page.to_string(), format!("{fine:.4}"));
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
    read_pgm(&dir.path().join("page.pgm")).map(|g| g.reduced(SUPERSAMPLE))
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
    let dir = tempfile::tempdir().unwrap();
    let printed = dir.path().join("printed.pdf");
    let want = match printed_copy(original, &printed) {
        Some(()) => render_at(&printed, page, dpi).or_else(|| render_at(original, page, dpi))?,
        None => render_at(original, page, dpi)?,
    };
    let whole = render_at(packet, packet_page, packet_dpi(size, dpi))?;
    let (d, got) = compare_rendered(&want, &whole, size, dpi)?;
    Some((d, want, got))
}

/// The resolution that draws a packet page's placed page (upright size `size` in
/// points) as large as the original drawn at `dpi`.
#[allow(dead_code)]
pub fn packet_dpi(size: (f64, f64), dpi: f64) -> f64 {
    dpi / placement(size.0, size.1).0
}

/// Compares `want`, an original page (upright size `size` in points) rendered at `dpi`,
/// with the place the engine put it on `whole`, its packet page rendered at
/// [`packet_dpi`]; the difference, and the part of `whole` compared.
#[allow(dead_code)]
pub fn compare_rendered(
    want: &Gray,
    whole: &Gray,
    size: (f64, f64),
    dpi: f64,
) -> Option<(Difference, Gray)> {
    let (_, (x, y, _, _)) = placement(size.0, size.1);
    let k = packet_dpi(size, dpi) / 72.0;
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
    d.ink = ink_difference(
        want,
        &want_blurred,
        &whole_blurred.cut(x, y, want.w, want.h),
    );
    Some((d, whole.cut(x, y, want.w, want.h)))
}

/// The PDF at `pdf` as it prints. Poppler's renderer draws a page as a screen shows it:
/// with the annotations that do not print (no Print flag, Hidden), the frames of links,
/// without those that print but are not shown on screen (NoView), and with the layers
/// (optional content) in their state on screen. A print differs in each (PDF 32000-1,
/// 12.5.3 and 8.11.4.4), and so does the packet. This copy changes only that: the
/// annotations that do not print are taken off the pages' annotation lists, the NoView
/// flag is cleared on those that print, and the layers' default configuration is set
/// to the state printing gives them (the /Print usage its automatic states ask for),
/// so that poppler renders the original as printed. Form fields print, but for push
/// buttons not flagged to print (a form's "Print" or "Submit" button). `None` when
/// there is nothing to change or lopdf cannot read the file (it is then rendered as it
/// is).
#[allow(dead_code)]
pub fn printed_copy(pdf: &Path, out: &Path) -> Option<()> {
    use lopdf::Object;
    let mut doc = lopdf::Document::load(pdf).ok()?;
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    let dict_of = |doc: &lopdf::Document, o: &Object| -> Option<lopdf::Dictionary> {
        match o {
            Object::Reference(id) => doc.get_dictionary(*id).ok().cloned(),
            Object::Dictionary(d) => Some(d.clone()),
            _ => None,
        }
    };
    let prints = |doc: &lopdf::Document, annot: &Object| -> bool {
        let Some(dict) = dict_of(doc, annot) else {
            return true;
        };
        let flags = dict
            .get(b"F")
            .ok()
            .and_then(|f| f.as_i64().ok())
            .unwrap_or(0);
        let subtype = dict.get(b"Subtype").ok().and_then(|s| s.as_name().ok());
        if flags & 2 != 0 || matches!(subtype, Some(b"Link") | Some(b"Popup")) {
            return false;
        }
        if flags & 4 != 0 {
            return true;
        }
        if subtype != Some(b"Widget") {
            return false;
        }
        // A push button (field flag bit 17, inherited) follows its Print flag.
        let mut d = dict.clone();
        for _ in 0..16 {
            if let Ok(ff) = d.get(b"Ff").and_then(|f| f.as_i64()) {
                return ff & (1 << 16) == 0;
            }
            match d.get(b"Parent").ok().and_then(|p| dict_of(doc, p)) {
                Some(parent) => d = parent,
                None => break,
            }
        }
        true
    };
    let mut changed = false;
    for page in pages {
        let annots = match doc.get_dictionary(page).ok()?.get(b"Annots") {
            Ok(Object::Array(a)) => a.clone(),
            Ok(Object::Reference(id)) => doc.get_object(*id).ok()?.as_array().ok()?.clone(),
            _ => continue,
        };
        let count = annots.len();
        let kept: Vec<Object> = annots.into_iter().filter(|a| prints(&doc, a)).collect();
        for annot in &kept {
            let Object::Reference(id) = annot else {
                continue;
            };
            if let Ok(d) = doc.get_dictionary_mut(*id) {
                let flags = d.get(b"F").ok().and_then(|f| f.as_i64().ok()).unwrap_or(0);
                if flags & 32 != 0 {
                    d.set("F", flags & !32);
                    changed = true;
                }
            }
        }
        if kept.len() == count {
            continue;
        }
        changed = true;
        doc.get_dictionary_mut(page)
            .ok()?
            .set("Annots", Object::Array(kept));
    }
    changed |= layers_as_printed(&mut doc).is_some();
    // Nothing to change: the file as it is (lopdf's reading of a damaged file is not
    // poppler's, so a copy is made only when it is needed).
    if !changed {
        return None;
    }
    doc.save(out).ok()?;
    Some(())
}

/// Sets the default configuration of the document's layers to their print state: each
/// group is on or off as the configuration says, then as its /Usage /Print /PrintState
/// says when an automatic state (/AS) for the Print event names it in the Print
/// category. `None` when the document has no layers.
fn layers_as_printed(doc: &mut lopdf::Document) -> Option<()> {
    use lopdf::Object;
    let get = |doc: &lopdf::Document, o: &Object| -> Option<Object> {
        match o {
            Object::Reference(id) => doc.get_object(*id).ok().cloned(),
            other => Some(other.clone()),
        }
    };
    let ids = |o: Option<Object>| -> Vec<lopdf::ObjectId> {
        match o {
            Some(Object::Array(a)) => a.iter().filter_map(|i| i.as_reference().ok()).collect(),
            Some(Object::Reference(id)) => vec![id],
            _ => Vec::new(),
        }
    };
    let catalog = doc.catalog().ok()?.clone();
    let properties = get(doc, catalog.get(b"OCProperties").ok()?)?;
    let properties = properties.as_dict().ok()?.clone();
    let groups = ids(properties.get(b"OCGs").ok().and_then(|o| get(doc, o)));
    let config = properties
        .get(b"D")
        .ok()
        .and_then(|o| get(doc, o))
        .and_then(|o| o.as_dict().ok().cloned())
        .unwrap_or_default();
    let name = |o: Option<&Object>| o.and_then(|n| n.as_name().ok()).map(<[u8]>::to_vec);
    let base_off = name(config.get(b"BaseState").ok()) == Some(b"OFF".to_vec());
    let mut on: std::collections::BTreeMap<lopdf::ObjectId, bool> =
        groups.iter().map(|&g| (g, !base_off)).collect();
    for g in ids(config.get(b"ON").ok().and_then(|o| get(doc, o))) {
        on.insert(g, true);
    }
    for g in ids(config.get(b"OFF").ok().and_then(|o| get(doc, o))) {
        on.insert(g, false);
    }
    let automatic = config
        .get(b"AS")
        .ok()
        .and_then(|o| get(doc, o))
        .and_then(|o| o.as_array().ok().cloned())
        .unwrap_or_default();
    for usage in automatic.iter().filter_map(|u| get(doc, u)) {
        let Ok(usage) = usage.as_dict() else { continue };
        let event = name(usage.get(b"Event").ok());
        let category = usage
            .get(b"Category")
            .ok()
            .and_then(|o| get(doc, o))
            .and_then(|o| o.as_array().ok().cloned())
            .unwrap_or_default();
        let print = category.iter().any(|c| c.as_name().ok() == Some(b"Print"));
        if event != Some(b"Print".to_vec()) || !print {
            continue;
        }
        for g in ids(usage.get(b"OCGs").ok().and_then(|o| get(doc, o))) {
            let state = doc
                .get_dictionary(g)
                .ok()
                .and_then(|d| d.get(b"Usage").ok())
                .and_then(|u| get(doc, u))
                .and_then(|u| u.as_dict().ok()?.get(b"Print").ok().cloned())
                .and_then(|p| get(doc, &p))
                .and_then(|p| name(p.as_dict().ok()?.get(b"PrintState").ok()));
            match state.as_deref() {
                Some(b"ON") => {
                    on.insert(g, true);
                }
                Some(b"OFF") => {
                    on.insert(g, false);
                }
                _ => {}
            }
        }
    }
    let list = |want: bool| -> Object {
        Object::Array(
            on.iter()
                .filter(|(_, v)| **v == want)
                .map(|(g, _)| Object::Reference(*g))
                .collect(),
        )
    };
    let mut printed = config.clone();
    printed.remove(b"AS");
    printed.set("BaseState", Object::Name(b"ON".to_vec()));
    printed.set("ON", list(true));
    printed.set("OFF", list(false));
    let mut properties = properties;
    properties.set("D", Object::Dictionary(printed));
    let root = doc.trailer.get(b"Root").ok()?.as_reference().ok()?;
    doc.get_dictionary_mut(root)
        .ok()?
        .set("OCProperties", Object::Dictionary(properties));
    Some(())
}

// ------------------------------------------------------------------ synthetic pages

#[allow(unused_imports)]
use lopdf::{dictionary, Document, Object, Stream};

/// A Letter page with a line of printed text, and `annot` (if any) on it.
#[allow(dead_code)]
pub fn one_page_pdf(annot: Option<lopdf::Dictionary>) -> Vec<u8> {
    one_page_pdf_with(annot.map(|a| (a, None)))
}

/// The same, the annotation with its appearance stream (drawing instructions in the
/// annotation's own space, from 0, 0 to its rectangle's size) when one is given.
#[allow(dead_code)]
pub fn one_page_pdf_with(annot: Option<(lopdf::Dictionary, Option<Appearance>)>) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let content = doc.add_object(Stream::new(
        dictionary! {},
        b"BT /F1 12 Tf 72 720 Td (Authorized Assistant form, page 1) Tj ET".to_vec(),
    ));
    let mut page = dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Contents" => content,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
    };
    if let Some((mut a, appearance)) = annot {
        if let Some(ap) = appearance {
            let rect: Vec<f32> = a
                .get(b"Rect")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_float().unwrap())
                .collect();
            let mut dict = dictionary! {
                "Type" => "XObject",
                "Subtype" => "Form",
                "BBox" => nums(&[0.0, 0.0, rect[2] - rect[0], rect[3] - rect[1]]),
            };
            let mut resources = dictionary! {
                "Font" => dictionary! { "Helv" => dictionary! {
                    "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
                }},
            };
            if ap.multiply {
                resources.set(
                    "ExtGState",
                    dictionary! {
                        "M" => dictionary! { "Type" => "ExtGState", "BM" => "Multiply" },
                    },
                );
            }
            dict.set("Resources", resources);
            let stream = doc.add_object(Stream::new(dict, ap.ops.into_bytes()));
            a.set("AP", dictionary! { "N" => stream });
        }
        let id = doc.add_object(a);
        page.set("Annots", vec![Object::Reference(id)]);
    }
    let page_id = doc.add_object(page);
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// An appearance stream for a synthetic annotation.
#[allow(dead_code)]
pub struct Appearance {
    pub ops: String,
    /// Drawn with the Multiply blend mode (as viewers make highlights), named `/M`.
    pub multiply: bool,
}

#[allow(dead_code)]
pub fn nums(v: &[f32]) -> Vec<Object> {
    v.iter().map(|&x| Object::Real(x)).collect()
}
