//! Pages whose geometry is not the plain Letter page reach the packet as a viewer shows
//! them: a crop box inside a larger media box (what lies outside it, printed or
//! annotated, does not appear), `/Rotate` 90, 180 and 270 (on the page or inherited
//! from the page tree), and `/UserUnit` (a page whose unit is two points is twice the
//! size its box says). Each page carries printed text and the marks viewers add (a drawn
//! signature, typed-on text, a highlight, a rectangle, a stamp), with and without
//! appearance streams, and is compared page by page with poppler's rendering of the
//! original in mail and fax mode (the harness of `annotations.rs`, `common`).
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};

use common::{
    compare_rendered, packet_dpi, packet_with, placement, printed_copy, render_at, Difference,
    Gray, AREA,
};
use imr_fixtures::marked::{marked_pdf, Mark, MarkKind, MarkedPage, RotateOn};
use imr_packet::Mode;

/// The comparison's resolution for the originals (the packet page is rendered to match).
const COMPARE_DPI: f64 = 50.0;
/// As in `annotations.rs`: a page passes when its worst tile differs by at most this
/// (of 255), or by less than [`NEARER_THAN_LOST`] of what the page without its marks
/// differs by (a generated mark drawn a pixel finer or coarser than poppler draws it).
const TOLERANCE: f64 = 12.0;
const NEARER_THAN_LOST: f64 = 0.6;
/// In fax mode, ink added: grey and coloured ink drawn black (see `annotations.rs`).
const FAX_DARKER: f64 = 40.0;

const LETTER: [f32; 4] = [0.0, 0.0, 612.0, 792.0];

/// One page to compare: its name, the page, and the page without its marks (the
/// reference a lost mark would give).
struct Case {
    name: String,
    page: MarkedPage,
    /// The most ink the fax page may add to a tile ([`FAX_DARKER`] unless said).
    fax_darker: f64,
}

impl Case {
    fn new(name: impl Into<String>, page: MarkedPage) -> Case {
        Case {
            name: name.into(),
            page,
            fax_darker: FAX_DARKER,
        }
    }
}

/// A crop box offset inside a larger media box with an odd origin: the frame, the dark
/// block and the ends of the printed lines lie outside it, and so do parts of the marks
/// (placed over an area that straddles the crop box's edges).
fn cropped(appearance: bool) -> MarkedPage {
    let mut page = MarkedPage::new([-50.0, -30.0, 700.0, 900.0]);
    page.crop = Some([60.0, 100.0, 560.0, 760.0]);
    page.with_every_mark([20.0, 60.0, 620.0, 800.0], appearance)
}

fn turned(rotate: i32, on: RotateOn, appearance: bool) -> MarkedPage {
    let mut page = MarkedPage::new(LETTER);
    page.rotate = rotate;
    page.rotate_on = on;
    page.with_every_mark(LETTER, appearance)
}

/// The crop box and rotation cases: every turn on the page with and without
/// appearances, inherited turns, a turned page with a crop box, and a plain page.
fn crop_and_rotation_cases() -> Vec<Case> {
    let mut cases = vec![
        Case::new(
            "plain",
            MarkedPage::new(LETTER).with_every_mark(LETTER, false),
        ),
        Case::new("crop", cropped(false)),
        Case::new("crop_ap", cropped(true)),
    ];
    for rotate in [90, 180, 270] {
        cases.push(Case::new(
            format!("rotate{rotate}"),
            turned(rotate, RotateOn::Page, false),
        ));
        cases.push(Case::new(
            format!("rotate{rotate}_ap"),
            turned(rotate, RotateOn::Page, true),
        ));
    }
    for rotate in [90, 270] {
        cases.push(Case::new(
            format!("rotate{rotate}_inherited"),
            turned(rotate, RotateOn::Parent, false),
        ));
    }
    let mut both = cropped(false);
    both.rotate = 90;
    cases.push(Case::new("crop_rotate90", both));
    // Marks flagged NoRotate on turned pages: a stamp with an appearance and typed-on
    // text without one. Poppler keeps them upright, turned about their rectangle's
    // upper left corner; so does the packet.
    for rotate in [90, 180, 270] {
        let mut page = MarkedPage::new(LETTER);
        page.rotate = rotate;
        for (kind, rect, appearance) in [
            (MarkKind::Stamp, [300.0, 300.0, 500.0, 360.0], true),
            (MarkKind::FreeText, [100.0, 150.0, 400.0, 170.0], false),
        ] {
            let mut mark = Mark::new(kind, rect, appearance);
            mark.no_rotate = true;
            page.marks.push(mark);
        }
        cases.push(Case::new(format!("no_rotate{rotate}"), page));
    }
    cases
}

/// The size `page` is drawn at by poppler (which ignores `/UserUnit`), upright, in
/// points, and the unit: poppler's rendering drawn `unit` times larger is the page as a
/// viewer that honours the unit shows it.
fn poppler_size(page: &MarkedPage) -> ((f64, f64), f64) {
    let u = f64::from(page.user_unit.unwrap_or(1.0));
    let (w, h) = page.physical_size();
    ((f64::from(w) / u, f64::from(h) / u), u)
}

/// What comparing one page found.
struct Found {
    d: Difference,
    lost: Difference,
    want: Gray,
    got: Gray,
    /// Dark pixels of the packet page inside the document area but outside the placed
    /// page (something drawn beyond the crop box, or placed at the wrong size).
    spilled: usize,
}

/// Compares page `n` (from 1) of `original` with packet page `packet_page` of `packet`,
/// and the same with the packet made without the marks (`bare`, `bare_page`).
fn compare(
    original: &Path,
    spec: &MarkedPage,
    n: usize,
    packet: (&Path, usize),
    bare: (&Path, usize),
) -> Found {
    let dir = tempfile::tempdir().unwrap();
    let printed = dir.path().join("printed.pdf");
    let (_, unit) = poppler_size(spec);
    let (w, h) = spec.physical_size();
    let size = (f64::from(w), f64::from(h));
    // Poppler ignores /UserUnit: its rendering at `unit` times the resolution is the
    // page at its real size.
    let source = match printed_copy(original, &printed) {
        Some(()) => printed,
        None => original.to_path_buf(),
    };
    let want = render_at(&source, n, COMPARE_DPI * unit).expect("poppler renders the original");
    let dpi = packet_dpi(size, COMPARE_DPI);
    let whole = render_at(packet.0, packet.1, dpi).expect("poppler renders the packet");
    let (d, got) = compare_rendered(&want, &whole, size, COMPARE_DPI).unwrap();
    let bare_whole = render_at(bare.0, bare.1, dpi).unwrap();
    let (lost, _) = compare_rendered(&want, &bare_whole, size, COMPARE_DPI).unwrap();
    Found {
        d,
        lost,
        want,
        got,
        spilled: spilled(&whole, size, dpi),
    }
}

/// Dark pixels (under 160) of the packet page `whole` (rendered at `dpi`) inside the
/// document area and more than two pixels outside where a page of `size` is placed.
fn spilled(whole: &Gray, size: (f64, f64), dpi: f64) -> usize {
    let k = dpi / 72.0;
    let (_, (px, py, pw, ph)) = placement(size.0, size.1);
    let (ax, ay, aw, ah) = AREA;
    let to = |v: f64| (v * k).round() as i64;
    let (x0, y0, x1, y1) = (to(px) - 2, to(py) - 2, to(px + pw) + 2, to(py + ph) + 2);
    let mut n = 0;
    for y in to(ay).max(0)..to(ay + ah).min(whole.h as i64) {
        for x in to(ax).max(0)..to(ax + aw).min(whole.w as i64) {
            let inside = x >= x0 && x < x1 && y >= y0 && y < y1;
            if !inside && whole.px[y as usize * whole.w + x as usize] < 160 {
                n += 1;
            }
        }
    }
    n
}

/// Builds the packet of `cases` (and of the same pages without marks) in both modes
/// and compares every page; returns the report lines and the failures.
fn compare_all(label: &str, cases: &[Case]) -> (Vec<String>, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let look = std::env::var_os("IMR_COMPARE_DIR").map(PathBuf::from);
    let keep = look
        .clone()
        .unwrap_or_else(|| std::env::temp_dir().join("imr-geometry-compare"));
    let pages: Vec<MarkedPage> = cases.iter().map(|c| c.page.clone()).collect();
    let bare_pages: Vec<MarkedPage> = pages
        .iter()
        .map(|p| MarkedPage {
            marks: Vec::new(),
            ..p.clone()
        })
        .collect();
    let original = dir.path().join("original.pdf");
    std::fs::write(&original, marked_pdf(&pages)).unwrap();
    let mut report = Vec::new();
    let mut failed = Vec::new();
    for mode in [Mode::Mail, Mode::Fax] {
        let (bare, bare_first) = packet_with(dir.path(), &marked_pdf(&bare_pages), mode);
        let bare_copy = dir.path().join(format!("bare-{mode:?}.pdf"));
        std::fs::copy(&bare, &bare_copy).unwrap();
        let (packet, first) = packet_with(dir.path(), &std::fs::read(&original).unwrap(), mode);
        for (i, case) in cases.iter().enumerate() {
            let f = compare(
                &original,
                &case.page,
                i + 1,
                (&packet, first + i),
                (&bare_copy, bare_first + i),
            );
            let (d, lost) = (f.d, f.lost);
            let (score, lost_score) = match mode {
                Mode::Mail => (d.worst, lost.worst),
                Mode::Fax if lost.ink.lighter <= TOLERANCE => (d.worst, lost.worst),
                Mode::Fax => (d.ink.lighter, lost.ink.lighter),
            };
            let name = &case.name;
            report.push(format!(
                "{label} {mode:?} {name}: worst tile {:.1} at {:?} (marks lost: {:.1}), \
                 mean {:.2}; ink {:.1} lighter, {:.1} darker; {} dark pixels outside the page",
                d.worst, d.tile, lost.worst, d.mean, d.ink.lighter, d.ink.darker, f.spilled
            ));
            let near = score <= TOLERANCE || score <= lost_score * NEARER_THAN_LOST;
            let too_dark = mode == Mode::Fax && d.ink.darker > case.fax_darker;
            let wrong = !near || too_dark || f.spilled > 0;
            if wrong || look.is_some() {
                std::fs::create_dir_all(&keep).unwrap();
                let stem = format!("{label}-{mode:?}-{name}");
                f.want.save(&keep.join(format!("{stem}-original.png")));
                f.got.save(&keep.join(format!("{stem}-packet.png")));
                std::fs::copy(&packet, keep.join(format!("{stem}.pdf"))).unwrap();
                std::fs::copy(&original, keep.join(format!("{label}-original.pdf"))).unwrap();
            }
            if wrong {
                failed.push(format!(
                    "{mode:?} {name}: worst tile {score:.1} (marks lost: {lost_score:.1}), ink \
                     {:.1} darker, {} dark pixels outside the placed page; pictures in {}",
                    d.ink.darker,
                    f.spilled,
                    keep.display()
                ));
            }
            if lost_score <= TOLERANCE {
                failed.push(format!(
                    "{mode:?} {name}: the comparison cannot see the marks lost ({lost_score:.1})"
                ));
            }
        }
    }
    (report, failed)
}

/// Crop boxes and turns, with every kind of mark, with and without appearances: each
/// page shows in the packet as poppler shows the original, and nothing outside the crop
/// box appears.
#[test]
fn cropped_and_turned_pages_show_as_poppler_shows_them() {
    let (report, failed) = compare_all("crop-rotate", &crop_and_rotation_cases());
    println!("{}", report.join("\n"));
    assert!(failed.is_empty(), "{failed:#?}");
}

/// `/UserUnit` 2 on a 306 × 396 box is a Letter page; `/UserUnit` 10 on a 244.8 × 316.8
/// box (how a page larger than the 14,400-unit limit is written) is 34 × 44 inches,
/// scaled to fit as any large page is. Compared with poppler's rendering at `unit` times
/// the resolution (poppler ignores the unit), and measured: the frame printed 3% inside
/// the box spans 94% of the physical width on the packet page.
#[test]
fn pages_with_a_user_unit_are_placed_at_their_real_size() {
    let mut letter = MarkedPage::new([0.0, 0.0, 306.0, 396.0]);
    letter.user_unit = Some(2.0);
    letter.marks.push(Mark::new(
        MarkKind::FreeText,
        [40.0, 60.0, 260.0, 76.0],
        false,
    ));
    letter
        .marks
        .push(Mark::new(MarkKind::Ink, [40.0, 20.0, 180.0, 55.0], false));
    let mut large = MarkedPage::new([0.0, 0.0, 244.8, 316.8]);
    large.user_unit = Some(10.0);
    // With appearance streams: drawn from their own data, marks differ from poppler's by
    // a point or so (a FreeText's padding), which ten times larger is a whole tile.
    let large = large.with_every_mark([0.0, 0.0, 244.8, 316.8], true);
    let mut turned = MarkedPage::new([0.0, 0.0, 306.0, 396.0]);
    turned.user_unit = Some(2.0);
    turned.rotate = 90;
    let turned = turned.with_every_mark([0.0, 0.0, 306.0, 396.0], true);
    let mut large = Case::new("unit10_large", large);
    // Its red frame and stamp are strokes 20 and 30 points wide, which cover whole tiles:
    // the fax draws coloured ink black by design, adding about 95 there. A yellow
    // highlight made a black bar would add over 200, so it is still caught.
    large.fax_darker = 120.0;
    let cases = vec![
        Case::new("unit2_letter", letter),
        large,
        Case::new("unit2_rotate90", turned),
    ];
    let (report, mut failed) = compare_all("user-unit", &cases);
    println!("{}", report.join("\n"));

    // The placed size, measured on the mail packet: the frame's left and right edges.
    let dir = tempfile::tempdir().unwrap();
    let pages: Vec<MarkedPage> = cases.iter().map(|c| c.page.clone()).collect();
    let (packet, first) = packet_with(dir.path(), &marked_pdf(&pages), Mode::Mail);
    for (i, case) in cases.iter().enumerate() {
        let whole = render_at(&packet, first + i, 72.0).unwrap();
        let (w, h) = case.page.physical_size();
        let (s, (px, py, pw, ph)) = placement(f64::from(w), f64::from(h));
        // The dark columns along the placed page's middle row.
        let row = (py + ph / 2.0).round() as usize;
        let dark: Vec<usize> = (px.floor() as usize..(px + pw).ceil() as usize)
            .filter(|&x| whole.px[row * whole.w + x] < 128)
            .collect();
        let measured = (dark.last().unwrap() - dark.first().unwrap()) as f64;
        // The frame is drawn 3% inside the box on every side.
        let expected = 0.94 * f64::from(w) * s;
        let ignored = expected / f64::from(case.page.user_unit.unwrap());
        println!(
            "{}: frame {measured:.0} pt wide on the packet page, {expected:.0} expected \
             ({ignored:.0} if the unit were ignored)",
            case.name
        );
        if (measured - expected).abs() > 3.0 {
            failed.push(format!(
                "{}: placed {measured:.0} pt wide, {expected:.0} expected",
                case.name
            ));
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}
