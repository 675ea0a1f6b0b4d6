//! Whitening, the third stage: the paper's own brightness is measured in small tiles and
//! divided out, so shadows and dim light go; the contrast is stretched so that text is
//! black; and the page is judged text on paper (1 bit) or a picture (grey). Colour laid
//! over a page drawn from a PDF (a yellow highlight, a tinted box) is kept as a dot
//! pattern of its shade of grey, as a black-and-white printer prints it, instead of
//! being whitened away with the paper or thresholded into a black bar; so are the smooth
//! greys (a shaded box, a photo) of a PDF page drawn on white paper, whose paper has no
//! noise to turn into speckle.

use super::{Encoding, FaxPage, Gray};

/// Whitening, contrast and the choice of encoding, for pixels already at 200 dpi.
pub fn clean(image: Gray, rect: (f32, f32, f32, f32)) -> FaxPage {
    clean_tinted(image, rect, None, false, false)
}

/// [`clean`], for a page drawn from a PDF: `tint` marks the pixels drawn in flat colour
/// (one flag per pixel), which keep their shade (see [`keep_tints`]); `white_paper`
/// says the page is drawn on white paper (see [`whiten_measuring`]), and its smooth
/// greys keep their shade too; `from_pdf` says it is a page drawn from a PDF, which may
/// be a photograph placed on white (see [`whiten_measuring`]).
pub(super) fn clean_tinted(
    mut image: Gray,
    rect: (f32, f32, f32, f32),
    tint: Option<&[bool]>,
    white_paper: bool,
    from_pdf: bool,
) -> FaxPage {
    let tint = tint.filter(|t| t.len() == image.pixels.len());
    // The shades as drawn, before the paper is divided out: a large tinted box is its own
    // "paper" to the whitening, so its shade is measured against the page's paper.
    let drawn = (tint.is_some() || white_paper).then(|| image.pixels.clone());
    let (paper, pictures) = whiten_measuring(&mut image, white_paper, from_pdf);
    let encoding = choose_encoding(&image);
    if encoding == Encoding::Bilevel {
        // Text is thresholded; a picture on the page is dithered, as a black-and-white
        // printer prints it, so it keeps its shades instead of turning into blotches.
        let w = image.width;
        for (i, p) in image.pixels.iter_mut().enumerate() {
            let (x, y) = (i % w, i / w);
            *p = if pictures.at(x, y) {
                let rank = u32::from(BAYER[y % 8][x % 8]);
                if 255 - u32::from(*p) > rank * 4 + 2 {
                    0
                } else {
                    255
                }
            } else if *p < BILEVEL_THRESHOLD {
                0
            } else {
                255
            };
        }
    }
    if let Some(drawn) = drawn {
        keep_tints(&mut image, encoding, tint, &drawn, paper, white_paper);
    }
    FaxPage {
        image,
        encoding,
        rect,
        keep_original: false,
    }
}

/// A colour pixel darker than this share of the paper (of 255) is ink (coloured text, a
/// dark rule) and is left as the whitening made it.
const TINT_INK: u32 = 96;
/// Lighter than this much below the paper (of 255, about 5%), a colour is paper.
const TINT_LEAST: u32 = 14;
/// The densest dot pattern a tint gets (of 255): a little over half black, so that black
/// text laid on a highlight of any colour stays readable rather than becoming a black
/// bar.
const TINT_MOST: u32 = 140;
/// A grey pixel is part of a smooth shade (a shaded box, a photo) when the 3 × 3 pixels
/// around it differ by at most this much; the edges of type and lines change faster.
const SMOOTH: u8 = 40;

/// An 8 × 8 ordered-dither matrix (Bayer): each cell's rank, 0 to 63.
const BAYER: [[u8; 8]; 8] = [
    [0, 32, 8, 40, 2, 34, 10, 42],
    [48, 16, 56, 24, 50, 18, 58, 26],
    [12, 44, 4, 36, 14, 46, 6, 38],
    [60, 28, 52, 20, 62, 30, 54, 22],
    [3, 35, 11, 43, 1, 33, 9, 41],
    [51, 19, 59, 27, 49, 17, 57, 25],
    [15, 47, 7, 39, 13, 45, 5, 37],
    [63, 31, 55, 23, 61, 29, 53, 21],
];

/// Colour pixels (`tint`), and with `greys` the pixels of smooth shades, lighter than
/// ink and darker than paper get their shade back, measured against the page's `paper`
/// level in `drawn`: as that grey on a grey page, and on a 1-bit page as an ordered dot
/// pattern of the same density (at most [`TINT_MOST`]). Other pixels are untouched, so
/// the speckle of a scan or a photo is not turned into dots: only a page drawn from a
/// PDF carries a tint, and only one drawn on white paper has its greys kept.
pub(super) fn keep_tints(
    image: &mut Gray,
    encoding: Encoding,
    tint: Option<&[bool]>,
    drawn: &[u8],
    paper: u32,
    greys: bool,
) {
    let paper = paper.max(1);
    let (w, h) = (image.width, image.height);
    let smooth = |i: usize| {
        let (x, y) = (i % w, i / w);
        if x == 0 || y == 0 || x + 1 >= w || y + 1 >= h {
            return false;
        }
        let (mut lo, mut hi) = (255u8, 0u8);
        for row in [i - w, i, i + w] {
            for &v in &drawn[row - 1..=row + 1] {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
        hi - lo <= SMOOTH
    };
    for (i, p) in image.pixels.iter_mut().enumerate() {
        let raw = drawn[i];
        let level = (u32::from(raw) * 255 / paper).min(255);
        let density = 255 - level;
        if level < TINT_INK || density < TINT_LEAST {
            continue;
        }
        let tinted = tint.is_some_and(|t| t[i]);
        if !(tinted || (greys && smooth(i))) {
            continue;
        }
        let density = density.min(TINT_MOST);
        *p = match encoding {
            Encoding::Grey => (255 - density) as u8,
            Encoding::Bilevel => {
                let (x, y) = (i % w, i / w);
                let rank = u32::from(BAYER[y % 8][x % 8]);
                if density > rank * 4 + 2 {
                    0
                } else {
                    255
                }
            }
        };
    }
}

/// Tile side for measuring the paper, in pixels (about 1/6 inch at 200 dpi).
const TILE: usize = 32;
/// Which percentile of a tile is taken as its paper: text covers well under 25% of
/// any tile of a letter, so the 75th percentile is paper, not ink.
const PAPER_PERCENTILE: usize = 75;
/// The paper estimate never drops below this fraction of the page's brightest paper:
/// a black box or a dark picture stays dark instead of being "whitened" to grey.
const PAPER_FLOOR: u32 = 20; // percent
/// After whitening, anything this bright is paper and becomes pure white.
const WHITE_POINT: u32 = 215;
/// The darkest ink is stretched to black, unless it is lighter than this.
const BLACK_POINT_MAX: u32 = 110;
/// Below this after whitening, a pixel is ink on a 1-bit page.
pub(super) const BILEVEL_THRESHOLD: u8 = 150;

/// Divides every pixel by the local brightness of the paper, then stretches the
/// contrast so that ink is black and paper is white.
pub fn whiten(image: &mut Gray) {
    whiten_measuring(image, false, false);
}

/// Which tiles of a page (of [`TILE`] pixels) are picture: a photograph's texture, not
/// paper with marks on it (see [`textured`]).
pub(super) struct Pictures {
    tiles: Vec<bool>,
    columns: usize,
    rows: usize,
}

impl Pictures {
    /// Whether the pixel (`x`, `y`) lies in a picture.
    pub(super) fn at(&self, x: usize, y: usize) -> bool {
        let (tx, ty) = (
            (x / TILE).min(self.columns - 1),
            (y / TILE).min(self.rows - 1),
        );
        self.tiles[ty * self.columns + tx]
    }
}

/// A tile whose lightest and darkest pixels (5th and 95th percentiles) are at least this
/// far apart (of 255) may be picture; nearer, it is paper, or a flat shade.
const PICTURE_RANGE: u32 = 48;
/// A tile is picture when at least this share of its pixels (in percent) lies in the
/// middle half of its range: text on paper is two levels, paper and ink, with only the
/// edges of strokes between; a photograph's texture is every level between.
const PICTURE_MIDDLE: u32 = 40;

/// The level below which `pct` percent of a tile's pixels lie, from its histogram (64
/// bins of four levels).
fn level_at(bins: &[u32; 64], pct: u32) -> u32 {
    let total: u32 = bins.iter().sum();
    let target = total * pct / 100;
    let mut seen = 0;
    for (i, &n) in bins.iter().enumerate() {
        seen += n;
        if seen > target {
            return i as u32 * 4 + 2;
        }
    }
    255
}

/// How far (of 255) a tile's level may lie from its neighbours' on paper under uneven
/// light, and the share of rougher tiles (percent of the tiles with anything on them)
/// that makes a page drawn from a PDF a photograph. Measured: a photograph filling a
/// page (`cmyk-image` in the corpus) 35%; a dim, vignetted phone photo of a letter far
/// less (`tests/fax.rs`).
const ROUGH_STEP: u32 = 12;
const ROUGH: usize = 25;

/// A tile whose darkest pixels (5th percentile) are at least this bright is blank paper.
const BLANK: u32 = 230;

/// Whether a tile's histogram (64 bins of four levels) is a photograph's texture.
fn textured(bins: &[u32; 64]) -> bool {
    let total: u32 = bins.iter().sum();
    if total == 0 {
        return false;
    }
    let (lo, hi) = (level_at(bins, 5), level_at(bins, 95));
    if hi < lo + PICTURE_RANGE {
        return false;
    }
    let quarter = (hi - lo) / 4;
    let middle: u32 = bins
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            let v = *i as u32 * 4 + 2;
            v > lo + quarter && v < hi - quarter
        })
        .map(|(_, &n)| n)
        .sum();
    middle * 100 >= total * PICTURE_MIDDLE
}

/// The picture tiles of a page from its textured ones: grown by two tiles and shrunk by
/// one, so that the smooth parts of a photograph (a sky, a shadow) between and around its
/// textured parts are picture too, and its edge is covered. A page whose marks are
/// mostly texture (`photograph`) is a photograph all over: its smooth parts too.
fn picture_tiles(textured: &[bool], photograph: bool, columns: usize, rows: usize) -> Vec<bool> {
    if photograph {
        return vec![true; textured.len()];
    }
    let grow = |mask: &[bool], reach: usize, any: bool| -> Vec<bool> {
        let mut out = vec![false; mask.len()];
        for y in 0..rows {
            for x in 0..columns {
                let ys = y.saturating_sub(reach)..(y + reach + 1).min(rows);
                let mut hood = ys.flat_map(|ny| {
                    (x.saturating_sub(reach)..(x + reach + 1).min(columns))
                        .map(move |nx| mask[ny * columns + nx])
                });
                out[y * columns + x] = if any {
                    hood.any(|t| t)
                } else {
                    hood.all(|t| t)
                };
            }
        }
        out
    };
    let grown = grow(textured, 2, true);
    grow(&grown, 1, false)
}

/// [`whiten`], returning the page's paper level as found (its brightest tiles'). With
/// `white_paper`, the paper is known to be white (a PDF page drawn on white): nothing is
/// divided out, since a dense drawing or a shaded box would pass for dim paper and be
/// whitened away; only the contrast is stretched. A photograph's tiles (see [`Pictures`])
/// are measured against the page's paper, not their own light parts, and keep their
/// tones. With `from_pdf`, a page drawn from a PDF whose tiles' levels jump from tile to
/// tile over at least a quarter of what is on it ([`ROUGH`]) is a photograph placed on
/// the page, not paper under uneven light (which changes smoothly): it is all picture.
fn whiten_measuring(image: &mut Gray, white_paper: bool, from_pdf: bool) -> (u32, Pictures) {
    let (w, h) = (image.width, image.height);
    if w == 0 || h == 0 {
        let none = Pictures {
            tiles: vec![false],
            columns: 1,
            rows: 1,
        };
        return (255, none);
    }
    // Whole tiles only: the last row and column of tiles take the leftover pixels, so no
    // sliver of a tile (one bright row at the photo's edge) speaks for the paper.
    let (tx, ty) = ((w / TILE).max(1), (h / TILE).max(1));
    // The paper level of each tile: a high percentile of its pixels.
    // Two partial histograms per tile (even and odd pixels): paper is mostly one value,
    // and a run of increments of one counter would wait on each other.
    let mut hist = vec![[[0u32; 64]; 2]; tx * ty];
    for (y, row) in image.pixels.chunks_exact(w).enumerate() {
        let tiles = &mut hist[(y / TILE).min(ty - 1) * tx..][..tx];
        // The last tile of the row also takes the pixels left over.
        let (whole, rest) = row.split_at((tx - 1) * TILE);
        for ([even, odd], chunk) in tiles.iter_mut().zip(whole.chunks_exact(TILE)) {
            for pair in chunk.chunks_exact(2) {
                even[usize::from(pair[0] >> 2)] += 1;
                odd[usize::from(pair[1] >> 2)] += 1;
            }
        }
        let last = &mut tiles[tx - 1][0];
        for &v in rest {
            last[usize::from(v >> 2)] += 1;
        }
    }
    let merged: Vec<[u32; 64]> = hist
        .iter()
        .map(|[even, odd]| {
            let mut bins = *even;
            for (b, &o) in bins.iter_mut().zip(odd) {
                *b += o;
            }
            bins
        })
        .collect();
    let textures: Vec<bool> = merged.iter().map(textured).collect();
    let photograph = from_pdf && {
        // How many tiles with anything on them differ from their neighbours' level (the
        // 95th percentile: paper on a letter, even under dense type) by more than paper
        // under uneven light does.
        let levels: Vec<u32> = merged.iter().map(|b| level_at(b, 95)).collect();
        let (mut marked, mut rough) = (0usize, 0usize);
        for y in 0..ty {
            for x in 0..tx {
                if level_at(&merged[y * tx + x], 5) >= BLANK {
                    continue;
                }
                marked += 1;
                let (mut sum, mut n) = (0u32, 0u32);
                for ny in y.saturating_sub(1)..(y + 2).min(ty) {
                    for nx in x.saturating_sub(1)..(x + 2).min(tx) {
                        if (nx, ny) != (x, y) {
                            sum += levels[ny * tx + nx];
                            n += 1;
                        }
                    }
                }
                let around = sum / n.max(1);
                rough += usize::from(levels[y * tx + x].abs_diff(around) > ROUGH_STEP);
            }
        }
        marked >= 16 && rough * 100 >= marked * ROUGH
    };
    let pictures = Pictures {
        tiles: picture_tiles(&textures, photograph, tx, ty),
        columns: tx,
        rows: ty,
    };
    let mut paper: Vec<u32> = merged
        .iter()
        .map(|bins| {
            let total: u32 = bins.iter().sum();
            let target = total * PAPER_PERCENTILE as u32 / 100;
            let mut seen = 0;
            for (i, &n) in bins.iter().enumerate() {
                seen += n;
                if seen > target {
                    return (i as u32) * 4 + 2;
                }
            }
            255
        })
        .collect();
    // A tile full of text or of a dark picture has little paper in it: take the
    // brightest of its neighbours (paper is smooth), then never less than the floor.
    let spread = paper.clone();
    for y in 0..ty {
        for x in 0..tx {
            // A picture's light parts are not paper: they do not speak for a neighbour.
            let mut best = spread[y * tx + x];
            for ny in y.saturating_sub(1)..(y + 2).min(ty) {
                for nx in x.saturating_sub(1)..(x + 2).min(tx) {
                    if !pictures.tiles[ny * tx + nx] {
                        best = best.max(spread[ny * tx + nx]);
                    }
                }
            }
            paper[y * tx + x] = best;
        }
    }
    if white_paper {
        paper.fill(255);
    }
    // The page's paper, from the tiles that are not picture (a photograph's light parts
    // are not paper), else from all.
    let paper_tiles: Vec<u32> = paper
        .iter()
        .zip(&pictures.tiles)
        .filter(|(_, &picture)| !picture)
        .map(|(&p, _)| p)
        .collect();
    let brightest = if paper_tiles.is_empty() {
        percentile_of(&paper, 95)
    } else {
        percentile_of(&paper_tiles, 95)
    }
    .max(32);
    let floor = brightest * PAPER_FLOOR / 100;
    for (p, &picture) in paper.iter_mut().zip(&pictures.tiles) {
        // A photograph is not divided by its own light parts, which would leave it white
        // with dark halos around them: it is measured against the page's paper.
        *p = if picture { brightest } else { (*p).max(floor) };
    }
    // Each pixel is divided by the paper level interpolated between tile centres.
    let centre = |i: usize, n: usize| -> (usize, usize, u32) {
        // Position i between tile centres: (left tile, right tile, weight of right /256).
        let pos = (i as f32 + 0.5) / TILE as f32 - 0.5;
        if pos <= 0.0 {
            return (0, 0, 0);
        }
        let left = (pos.floor() as usize).min(n - 1);
        let right = (left + 1).min(n - 1);
        (left, right, ((pos - pos.floor()) * 256.0) as u32)
    };
    let columns: Vec<(usize, usize, u32)> = (0..w).map(|x| centre(x, tx)).collect();
    // Dividing by the paper level is multiplying by its reciprocal, looked up.
    let reciprocal: Vec<u32> = (0..256u32)
        .map(|level| (255 << 16) / level.max(1) + 1)
        .collect();
    let mut row_paper = vec![0u32; tx];
    let mut factors = vec![0u32; w];
    let mut counts = [[0u32; 256]; 4];
    for (y, row) in image.pixels.chunks_exact_mut(w).enumerate() {
        let (top, bottom, fy) = centre(y, ty);
        for (x, rp) in row_paper.iter_mut().enumerate() {
            let a = paper[top * tx + x];
            let b = paper[bottom * tx + x];
            *rp = (a * (256 - fy) + b * fy) >> 8;
        }
        for (factor, &(l, r, fx)) in factors.iter_mut().zip(&columns) {
            let level = (row_paper[l] * (256 - fx) + row_paper[r] * fx) >> 8;
            *factor = reciprocal[(level as usize).min(255)];
        }
        for (p, &factor) in row.iter_mut().zip(&factors) {
            *p = ((u32::from(*p) * factor) >> 16).min(255) as u8;
        }
        // Four partial counts, for the same reason as the tiles' two.
        let quads = row.chunks_exact(4);
        for &v in quads.remainder() {
            counts[0][usize::from(v)] += 1;
        }
        for quad in quads {
            for (part, &v) in counts.iter_mut().zip(quad) {
                part[usize::from(v)] += 1;
            }
        }
    }
    let histogram: Vec<usize> = (0..256)
        .map(|v| counts.iter().map(|part| part[v] as usize).sum())
        .collect();
    // Ink is the darkest percent of the page (never lighter than mid-grey: a page with
    // no ink keeps its few grey marks grey).
    let target = w * h / 100;
    let mut seen = 0;
    let mut black = 0;
    for (v, &n) in histogram.iter().enumerate() {
        seen += n;
        if seen > target {
            black = v as u32;
            break;
        }
    }
    let stretch = contrast_lut(black.min(BLACK_POINT_MAX), WHITE_POINT);
    // A photograph keeps its tones: the stretch that makes grey print black would make
    // it dark.
    for (y, row) in image.pixels.chunks_exact_mut(w).enumerate() {
        for (x, p) in row.iter_mut().enumerate() {
            if !pictures.at(x, y) {
                *p = stretch[usize::from(*p)];
            }
        }
    }
    (brightest, pictures)
}

fn percentile_of(values: &[u32], pct: usize) -> u32 {
    if values.is_empty() {
        return 255;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    sorted[(sorted.len() - 1) * pct / 100]
}

/// Maps `0..=black` to 0, `white..=255` to 255, and stretches between them with a
/// slight darkening curve, so that faint pencil and grey print come out darker.
fn contrast_lut(black: u32, white: u32) -> [u8; 256] {
    let mut lut = [255u8; 256];
    for (v, out) in lut.iter_mut().enumerate().take(white as usize) {
        let t = (v as f32 - black as f32).max(0.0) / (white - black) as f32;
        *out = (255.0 * t * t.sqrt()).round() as u8;
    }
    lut
}

/// Share of mid-grey pixels above which a page is a picture rather than text on paper.
const PICTURE_SHARE: usize = 12; // percent

/// 1 bit for text on paper (crisper and far smaller); 8-bit grey when much of the page
/// is neither paper nor ink, which is a photograph or a shaded drawing.
fn choose_encoding(image: &Gray) -> Encoding {
    let mid = image
        .pixels
        .iter()
        .filter(|&&v| (48..208).contains(&v))
        .count();
    if mid * 100 > image.pixels.len() * PICTURE_SHARE {
        Encoding::Grey
    } else {
        Encoding::Bilevel
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_of(paper: u8, ink: u8) -> Gray {
        // Paper with bars of ink, and a solid ink block at the top left.
        let (w, h) = (400, 500);
        let mut g = Gray::new(w, h);
        for y in 0..h {
            for x in 0..w {
                let block = (40..140).contains(&x) && (40..140).contains(&y);
                let bar = y > 160 && y % 24 < 8 && (30..370).contains(&x);
                g.pixels[y * w + x] = if block || bar { ink } else { paper };
            }
        }
        g
    }

    #[test]
    fn whitening_makes_dim_paper_white_and_keeps_ink_and_blocks_black() {
        let mut g = page_of(70, 20);
        whiten(&mut g);
        let at = |x: usize, y: usize| g.pixels[y * g.width + x];
        assert_eq!(at(300, 60), 255, "paper");
        assert!(at(90, 90) < 40, "block: {}", at(90, 90));
        assert!(at(200, 170) < 100, "bar: {}", at(200, 170));
    }

    #[test]
    fn text_pages_are_one_bit_and_pictures_grey() {
        let mut text = page_of(200, 30);
        whiten(&mut text);
        assert_eq!(choose_encoding(&text), Encoding::Bilevel);
        let mut picture = Gray::new(300, 300);
        for (i, p) in picture.pixels.iter_mut().enumerate() {
            *p = ((i % 300) * 255 / 300) as u8;
        }
        assert_eq!(choose_encoding(&picture), Encoding::Grey);
    }
}
