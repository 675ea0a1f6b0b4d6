//! Synthetic phone photos of a letter: a page of real text (DejaVu Sans), laid on a
//! table at known corners, under uneven light, sometimes blurred, dark or noisy, and
//! saved as a phone would (JPEG). The sheet's true corners come with each photo, so a
//! test can tell how far a suggestion is from them; the letter's words come with the
//! page, so a test can tell how many of them OCR reads.
//!
//! Everything is made up and deterministic: the same spec gives the same pixels. The
//! geometry is imageproc's projective transform; the code that finds and straightens
//! sheets (`imr-scan`) shares nothing with this.

use ab_glyph::{FontRef, PxScale};
use image::{GrayImage, Luma, Rgb, RgbImage};
use imageproc::geometric_transformations::Projection;

/// The words of the synthetic letter: a made-up plan, a made-up member, nothing real.
pub const LETTER: &[&str] = &[
    "Golden Valley Health Plan",
    "Member Services Department",
    "Post Office Box 4410, Fresno, California 93701",
    "",
    "November 18, 2026",
    "",
    "Dear Member,",
    "",
    "We reviewed the request from your doctor for physical therapy",
    "after your knee surgery. We cannot approve more visits because",
    "our reviewer found that the records do not show the treatment",
    "is medically necessary at this time. This decision was made by",
    "a licensed physician who looked at your medical records.",
    "",
    "You may file a grievance with us within one hundred eighty days",
    "of the date of this letter. Please call the number on your",
    "member card, or write to the address above. If you disagree",
    "with our decision on your grievance, you may ask the Department",
    "of Managed Health Care for an Independent Medical Review.",
    "",
    "Reference number: GV-2026-118-4471",
    "Member identification: XJ4-2291-07",
    "",
    "Sincerely,",
    "Utilization Management Committee",
];

/// The letter's words, as OCR should read them (the words of [`LETTER`], in order).
pub fn letter_words() -> Vec<String> {
    LETTER
        .iter()
        .flat_map(|line| line.split_whitespace())
        .map(str::to_string)
        .collect()
}

fn font() -> FontRef<'static> {
    FontRef::try_from_slice(include_bytes!("../../imr-packet/fonts/DejaVuSans.ttf"))
        .unwrap_or_else(|e| panic!("the bundled DejaVu Sans: {e}"))
}

/// The letter as a flat page, `width` pixels wide (a US Letter page: 8.5 × 11), black
/// text on white, the text about 12 points tall.
pub fn letter_page(width: u32) -> GrayImage {
    let height = (width as f32 * 11.0 / 8.5).round() as u32;
    let mut page = GrayImage::from_pixel(width, height, Luma([255]));
    let dpi = width as f32 / 8.5;
    let size = 12.0 / 72.0 * dpi;
    let font = font();
    let margin = (dpi * 1.0) as i32;
    let leading = (size * 1.45) as i32;
    let mut y = margin;
    for line in LETTER {
        if !line.is_empty() {
            imageproc::drawing::draw_text_mut(
                &mut page,
                Luma([0]),
                margin,
                y,
                PxScale::from(size),
                &font,
                line,
            );
        }
        y += leading;
    }
    page
}

/// What the sheet lies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// Dark walnut, with grain.
    DarkWood,
    /// Light oak, with grain: lighter than the paper only in colour.
    LightWood,
    /// A plain mid-grey desk.
    Grey,
    /// A blue tablecloth with a weave.
    BlueCloth,
    /// Light stripes (the straight sheet the earlier attempt missed).
    LightStripes,
    /// A red and white check.
    Check,
    /// Speckled dark granite.
    Granite,
    /// A white table, almost the paper's colour.
    White,
}

impl Table {
    pub const ALL: [Table; 8] = [
        Table::DarkWood,
        Table::LightWood,
        Table::Grey,
        Table::BlueCloth,
        Table::LightStripes,
        Table::Check,
        Table::Granite,
        Table::White,
    ];

    /// The table's colour at a point of the photo.
    fn at(self, x: f32, y: f32, seed: u32) -> [f32; 3] {
        let n = |sx: f32, sy: f32| smooth_noise(x / sx, y / sy, seed);
        match self {
            Table::DarkWood => {
                let grain = (y / 9.0 + 3.0 * n(200.0, 40.0)).sin() * 0.5 + 0.5;
                let v = 0.75 + 0.25 * grain;
                [92.0 * v, 58.0 * v, 36.0 * v]
            }
            Table::LightWood => {
                let grain = (y / 7.0 + 4.0 * n(260.0, 50.0)).sin() * 0.5 + 0.5;
                let v = 0.9 + 0.1 * grain;
                [214.0 * v, 184.0 * v, 140.0 * v]
            }
            Table::Grey => {
                let v = 128.0 + 10.0 * n(80.0, 80.0);
                [v, v, v + 4.0]
            }
            Table::BlueCloth => {
                let weave = ((x / 3.0).sin() * (y / 3.0).sin()) * 8.0;
                [40.0 + weave, 70.0 + weave, 150.0 + weave]
            }
            Table::LightStripes => {
                if ((x + 0.3 * y) / 28.0).floor() as i64 % 2 == 0 {
                    [232.0, 226.0, 210.0]
                } else {
                    [196.0, 188.0, 170.0]
                }
            }
            Table::Check => {
                let cell = ((x / 60.0).floor() + (y / 60.0).floor()) as i64 % 2 == 0;
                if cell {
                    [190.0, 40.0, 45.0]
                } else {
                    [236.0, 230.0, 228.0]
                }
            }
            Table::Granite => {
                let speck = hash(x as u32 / 3, y as u32 / 3, seed) % 7;
                let v = match speck {
                    0 => 180.0,
                    1 => 20.0,
                    _ => 55.0 + 10.0 * n(30.0, 30.0),
                };
                [v, v, v]
            }
            Table::White => {
                let v = 244.0 + 3.0 * n(120.0, 120.0);
                [v, v, v - 2.0]
            }
        }
    }
}

/// How a synthetic phone photo is taken.
#[derive(Debug, Clone, PartialEq)]
pub struct PhotoSpec {
    pub width: u32,
    pub height: u32,
    pub table: Table,
    /// Where the page's corners land in the photo (top left, top right, bottom right,
    /// bottom left), in the photo's continuous coordinates (pixel centres at +0.5).
    pub corners: [(f32, f32); 4],
    /// Light on the paper, 1.0 a well-lit room; 0.3 a dim one.
    pub exposure: f32,
    /// Gaussian blur of the whole photo, in pixels (σ); 0 for none.
    pub blur: f32,
    /// Motion blur along the width, in pixels; 0 for none.
    pub shake: u32,
    /// Sensor noise, in levels (σ).
    pub noise: f32,
    pub seed: u32,
}

impl PhotoSpec {
    /// A photo of `width` × `height` with the page at `corners`, well lit, sharp, a
    /// little noisy.
    pub fn new(width: u32, height: u32, table: Table, corners: [(f32, f32); 4]) -> PhotoSpec {
        PhotoSpec {
            width,
            height,
            table,
            corners,
            exposure: 1.0,
            blur: 0.0,
            shake: 0,
            noise: 2.0,
            seed: 7,
        }
    }
}

/// The photo of `page` (a flat letter) that `spec` describes.
pub fn phone_photo(page: &GrayImage, spec: &PhotoSpec) -> RgbImage {
    let (pw, ph) = (page.width() as f32, page.height() as f32);
    let page_corners = [(0.0, 0.0), (pw, 0.0), (pw, ph), (0.0, ph)];
    let to_page = Projection::from_control_points(spec.corners, page_corners)
        .unwrap_or_else(|| panic!("corners three in a line: {:?}", spec.corners));
    let (w, h) = (spec.width, spec.height);
    let paper = [238.0, 235.0, 226.0];
    // Two samples across each pixel each way, so the sheet's edge is smooth as in a photo.
    const SS: u32 = 2;
    let mut photo = RgbImage::new(w, h);
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    let reach = cx.hypot(cy);
    for y in 0..h {
        for x in 0..w {
            let mut acc = [0.0f32; 3];
            for sy in 0..SS {
                for sx in 0..SS {
                    let px = x as f32 + (sx as f32 + 0.5) / SS as f32;
                    let py = y as f32 + (sy as f32 + 0.5) / SS as f32;
                    let (u, v) = to_page * (px, py);
                    let colour = if u >= 0.0 && v >= 0.0 && u < pw && v < ph {
                        let ink = bilinear(page, u - 0.5, v - 0.5) / 255.0;
                        paper.map(|c| 25.0 + (c - 25.0) * ink)
                    } else {
                        spec.table.at(px, py, spec.seed)
                    };
                    for c in 0..3 {
                        acc[c] += colour[c];
                    }
                }
            }
            // Warm light falling off towards the corners of the photo.
            let r = ((x as f32 - cx).hypot(y as f32 - cy) / reach).powi(2);
            let light = spec.exposure * (1.0 - 0.25 * r);
            let tint = [1.0, 0.96, 0.88];
            let n = (SS * SS) as f32;
            let px = [0, 1, 2].map(|c| {
                let noise = spec.noise * gaussian(x, y * 3 + c as u32, spec.seed);
                (acc[c] / n * light * tint[c] + noise).clamp(0.0, 255.0) as u8
            });
            photo.put_pixel(x, y, Rgb(px));
        }
    }
    if spec.blur > 0.0 {
        photo = imageproc::filter::gaussian_blur_f32(&photo, spec.blur);
    }
    if spec.shake > 1 {
        photo = shake(&photo, spec.shake);
    }
    photo
}

/// The photo as a phone saves it: a JPEG at quality 88 (libjpeg-turbo).
pub fn photo_as_jpeg(photo: &RgbImage) -> Vec<u8> {
    turbojpeg::compress_image(photo, 88, turbojpeg::Subsamp::Sub2x2)
        .unwrap_or_else(|e| panic!("encoding a synthetic photo: {e}"))
        .to_vec()
}

/// A JPEG read back as the app's reader would see it, in RGB.
pub fn jpeg_pixels(jpeg: &[u8]) -> RgbImage {
    turbojpeg::decompress_image(jpeg).unwrap_or_else(|e| panic!("decoding a synthetic photo: {e}"))
}

/// Motion blur: each pixel the mean of `length` pixels along its row.
fn shake(photo: &RgbImage, length: u32) -> RgbImage {
    let (w, h) = photo.dimensions();
    RgbImage::from_fn(w, h, |x, y| {
        let lo = x.saturating_sub(length / 2);
        let hi = (lo + length).min(w);
        let mut acc = [0u32; 3];
        for xx in lo..hi {
            let p = photo.get_pixel(xx, y).0;
            for c in 0..3 {
                acc[c] += u32::from(p[c]);
            }
        }
        let n = (hi - lo).max(1);
        Rgb(acc.map(|a| (a / n) as u8))
    })
}

fn bilinear(page: &GrayImage, x: f32, y: f32) -> f32 {
    let (w, h) = (page.width() as i64, page.height() as i64);
    let (x0, y0) = (x.floor() as i64, y.floor() as i64);
    let (tx, ty) = (x - x0 as f32, y - y0 as f32);
    let at = |xx: i64, yy: i64| {
        f32::from(
            page.get_pixel(xx.clamp(0, w - 1) as u32, yy.clamp(0, h - 1) as u32)
                .0[0],
        )
    };
    let top = at(x0, y0) * (1.0 - tx) + at(x0 + 1, y0) * tx;
    let bottom = at(x0, y0 + 1) * (1.0 - tx) + at(x0 + 1, y0 + 1) * tx;
    top * (1.0 - ty) + bottom * ty
}

/// A well-mixed 32-bit hash of a cell and a seed.
fn hash(x: u32, y: u32, seed: u32) -> u32 {
    let mut h = x
        .wrapping_mul(0x8da6_b343)
        .wrapping_add(y.wrapping_mul(0xd816_3841))
        .wrapping_add(seed.wrapping_mul(0xcb1a_b31f));
    h ^= h >> 13;
    h = h.wrapping_mul(0x5bd1_e995);
    h ^ (h >> 15)
}

/// Noise between −1 and 1 that varies smoothly (value noise on a unit grid).
fn smooth_noise(x: f32, y: f32, seed: u32) -> f32 {
    let (x0, y0) = (x.floor(), y.floor());
    let (tx, ty) = (x - x0, y - y0);
    let (sx, sy) = (tx * tx * (3.0 - 2.0 * tx), ty * ty * (3.0 - 2.0 * ty));
    let v = |dx: f32, dy: f32| {
        let h = hash((x0 + dx) as i32 as u32, (y0 + dy) as i32 as u32, seed);
        (h % 2001) as f32 / 1000.0 - 1.0
    };
    let top = v(0.0, 0.0) * (1.0 - sx) + v(1.0, 0.0) * sx;
    let bottom = v(0.0, 1.0) * (1.0 - sx) + v(1.0, 1.0) * sx;
    top * (1.0 - sy) + bottom * sy
}

/// Roughly normal noise (σ 1) from a pixel and a seed: the sum of four uniforms.
fn gaussian(x: u32, y: u32, seed: u32) -> f32 {
    let h1 = hash(x, y, seed);
    let h2 = hash(y, x, seed ^ 0x9e37_79b9);
    let parts = [h1 & 0xffff, h1 >> 16, h2 & 0xffff, h2 >> 16];
    let sum: f32 = parts.iter().map(|&p| p as f32 / 65535.0).sum();
    (sum - 2.0) * 1.732
}

/// Corners of a page `page_w` × `page_h` (its own proportions) placed in a photo
/// `w` × `h`: filling `fill` of the photo's height, turned by `turn` degrees about the
/// photo's centre, shifted by (`dx`, `dy`) (shares of the photo), and seen from below
/// so that its top edge is `tilt` narrower than its bottom (0 for none).
#[allow(clippy::too_many_arguments)]
pub fn place(
    w: u32,
    h: u32,
    page_w: u32,
    page_h: u32,
    fill: f32,
    turn: f32,
    tilt: f32,
    (dx, dy): (f32, f32),
) -> [(f32, f32); 4] {
    let ph = fill * h as f32;
    let pw = ph * page_w as f32 / page_h as f32;
    let top_half = pw / 2.0 * (1.0 - tilt);
    let bottom_half = pw / 2.0;
    let local = [
        (-top_half, -ph / 2.0),
        (top_half, -ph / 2.0),
        (bottom_half, ph / 2.0),
        (-bottom_half, ph / 2.0),
    ];
    let (s, c) = turn.to_radians().sin_cos();
    let (cx, cy) = (
        w as f32 / 2.0 + dx * w as f32,
        h as f32 / 2.0 + dy * h as f32,
    );
    local.map(|(x, y)| (cx + x * c - y * s, cy + x * s + y * c))
}

/// What a photo of the set shows of the sheet, which decides what a finder should say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shows {
    /// All of the sheet, on a table that differs from it: its corners should be found.
    WholeSheet,
    /// A corner of the sheet lies outside the photo: only the whole photo is safe.
    CutOff,
    /// The sheet fills the frame, no table: only the whole photo is right.
    FillsFrame,
    /// Paper on a table as white as the paper along much of the sheet's edge (a white
    /// table, the white squares of a check): found exactly, or the whole photo.
    PaperWhite,
}

/// One photo of the synthetic set.
#[derive(Debug, Clone)]
pub struct SetPhoto {
    pub name: String,
    pub spec: PhotoSpec,
    pub shows: Shows,
}

/// A pose of the sheet: name, share of the photo's height it fills, turn (degrees),
/// tilt, shift (see [`place`]).
type Pose = (&'static str, f32, f32, f32, (f32, f32));

/// The letter page the set's photos are taken of (100 dpi).
pub fn set_page() -> GrayImage {
    letter_page(850)
}

/// The synthetic set: every table under four poses (straight, turned a little, in
/// perspective, in strong perspective and turned), portrait and landscape by turns;
/// then blurred, shaken, dim and noisy photos; then photos where the sheet is cut off by
/// the frame or fills it. Photos are 1600 × 1200 or 1200 × 1600.
pub fn photo_set() -> Vec<SetPhoto> {
    let (page_w, page_h) = (850, 1100);
    let mut out = Vec::new();
    let poses: [Pose; 4] = [
        ("straight", 0.8, 0.0, 0.0, (0.0, 0.0)),
        ("turned", 0.74, 4.0, 0.0, (0.02, -0.01)),
        ("perspective", 0.78, -6.0, 0.15, (-0.03, 0.02)),
        ("steep", 0.8, 11.0, 0.3, (0.02, 0.0)),
    ];
    let mut n = 0u32;
    for table in Table::ALL {
        for (pose, fill, turn, tilt, shift) in poses {
            let (w, h) = if n.is_multiple_of(2) {
                (1200, 1600)
            } else {
                (1600, 1200)
            };
            n += 1;
            let corners = place(w, h, page_w, page_h, fill, turn, tilt, shift);
            let mut spec = PhotoSpec::new(w, h, table, corners);
            spec.seed = n;
            let shows = if matches!(table, Table::White | Table::Check) {
                Shows::PaperWhite
            } else {
                Shows::WholeSheet
            };
            out.push(SetPhoto {
                name: format!("{table:?} {pose}"),
                spec,
                shows,
            });
        }
    }
    let tables = [
        Table::DarkWood,
        Table::LightWood,
        Table::BlueCloth,
        Table::Grey,
    ];
    for (i, table) in tables.into_iter().enumerate() {
        let (w, h) = (1200, 1600);
        let corners = place(
            w,
            h,
            page_w,
            page_h,
            0.78,
            3.0 - 2.0 * i as f32,
            0.1,
            (0.0, 0.0),
        );
        let mut blurred = PhotoSpec::new(w, h, table, corners);
        blurred.blur = 3.0;
        blurred.seed = 100 + i as u32;
        out.push(SetPhoto {
            name: format!("{table:?} blurred"),
            spec: blurred,
            shows: Shows::WholeSheet,
        });
        let mut dim = PhotoSpec::new(w, h, table, corners);
        dim.exposure = 0.3;
        dim.noise = 6.0;
        dim.seed = 200 + i as u32;
        out.push(SetPhoto {
            name: format!("{table:?} dim"),
            spec: dim,
            shows: Shows::WholeSheet,
        });
    }
    for (i, table) in [Table::Granite, Table::LightWood].into_iter().enumerate() {
        let (w, h) = (1600, 1200);
        let corners = place(w, h, page_w, page_h, 0.75, -2.0, 0.05, (0.0, 0.0));
        let mut shaken = PhotoSpec::new(w, h, table, corners);
        shaken.shake = 9;
        shaken.seed = 300 + i as u32;
        out.push(SetPhoto {
            name: format!("{table:?} shaken"),
            spec: shaken,
            shows: Shows::WholeSheet,
        });
    }
    for (i, table) in [Table::DarkWood, Table::Grey, Table::BlueCloth]
        .into_iter()
        .enumerate()
    {
        let (w, h) = (1200, 1600);
        // A corner past the frame: the sheet shifted down and to the right.
        let corners = place(w, h, page_w, page_h, 0.85, 5.0, 0.1, (0.12, 0.1));
        let mut spec = PhotoSpec::new(w, h, table, corners);
        spec.seed = 400 + i as u32;
        out.push(SetPhoto {
            name: format!("{table:?} cut off"),
            spec,
            shows: Shows::CutOff,
        });
        // Close up: the sheet larger than the frame.
        let corners = place(w, h, page_w, page_h, 1.25, 2.0, 0.05, (0.0, 0.0));
        let mut spec = PhotoSpec::new(w, h, table, corners);
        spec.seed = 500 + i as u32;
        out.push(SetPhoto {
            name: format!("{table:?} fills the frame"),
            spec,
            shows: Shows::FillsFrame,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photo_shows_the_page_where_its_corners_say() {
        let page = letter_page(425);
        let corners = place(
            400,
            500,
            page.width(),
            page.height(),
            0.8,
            0.0,
            0.0,
            (0.0, 0.0),
        );
        let photo = phone_photo(&page, &PhotoSpec::new(400, 500, Table::DarkWood, corners));
        // Inside the sheet near its top-left corner: paper; outside: wood.
        let (x, y) = corners[0];
        let inside = photo.get_pixel(x as u32 + 4, y as u32 + 4).0;
        let outside = photo
            .get_pixel((x as u32).saturating_sub(6), y as u32 + 4)
            .0;
        assert!(inside[0] > 180, "{inside:?}");
        assert!(outside[0] < 120, "{outside:?}");
    }

    #[test]
    fn the_letter_has_its_words_and_ink() {
        assert!(letter_words().len() > 120, "{}", letter_words().len());
        let page = letter_page(850);
        let dark = page.pixels().filter(|p| p.0[0] < 128).count();
        assert!(dark > 5_000, "{dark}");
    }
}
