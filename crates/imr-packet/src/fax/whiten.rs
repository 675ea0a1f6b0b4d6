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
    clean_tinted(image, rect, None, false)
}

/// [`clean`], for a page drawn from a PDF: `tint` marks the pixels drawn in flat colour
/// (one flag per pixel), which keep their shade (see [`keep_tints`]); `white_paper`
/// says the page is drawn on white paper (see [`whiten_measuring`]), and its smooth
/// greys keep their shade too.
pub(super) fn clean_tinted(
    mut image: Gray,
    rect: (f32, f32, f32, f32),
    tint: Option<&[bool]>,
    white_paper: bool,
) -> FaxPage {
    let tint = tint.filter(|t| t.len() == image.pixels.len());
    // The shades as drawn, before the paper is divided out: a large tinted box is its own
    // "paper" to the whitening, so its shade is measured against the page's paper.
    let drawn = (tint.is_some() || white_paper).then(|| image.pixels.clone());
    let paper = whiten_measuring(&mut image, white_paper);
    let encoding = choose_encoding(&image);
    if encoding == Encoding::Bilevel {
        for p in &mut image.pixels {
            *p = if *p < BILEVEL_THRESHOLD { 0 } else { 255 };
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
    whiten_measuring(image, false);
}

/// [`whiten`], returning the page's paper level as found (its brightest tiles'). With
/// `white_paper`, the paper is known to be white (a PDF page drawn on white): nothing is
/// divided out, since a dense drawing or a shaded box would pass for dim paper and be
/// whitened away; only the contrast is stretched.
fn whiten_measuring(image: &mut Gray, white_paper: bool) -> u32 {
    let (w, h) = (image.width, image.height);
    if w == 0 || h == 0 {
        return 255;
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
    let mut paper: Vec<u32> = hist
        .iter()
        .map(|[even, odd]| {
            let mut bins = *even;
            for (b, &o) in bins.iter_mut().zip(odd) {
                *b += o;
            }
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
            let mut best = 0;
            for ny in y.saturating_sub(1)..(y + 2).min(ty) {
                for nx in x.saturating_sub(1)..(x + 2).min(tx) {
                    best = best.max(spread[ny * tx + nx]);
                }
            }
            paper[y * tx + x] = best;
        }
    }
    if white_paper {
        paper.fill(255);
    }
    let brightest = percentile_of(&paper, 95).max(32);
    let floor = brightest * PAPER_FLOOR / 100;
    for p in &mut paper {
        *p = (*p).max(floor);
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
    for p in &mut image.pixels {
        *p = stretch[usize::from(*p)];
    }
    brightest
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
