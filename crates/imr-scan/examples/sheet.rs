//! Looks at one photo of the synthetic set: `cargo run -p imr-scan --example sheet --
//! "<name>" [out.png]` prints what the finder suggests against the truth, how long each
//! step took, and writes the photo with the true corners (green) and the suggested ones
//! (red) drawn on it.
#![allow(clippy::unwrap_used)]

use std::time::Instant;

use image::Rgb;
use imr_fixtures::photos::{jpeg_pixels, phone_photo, photo_as_jpeg, photo_set, set_page};
use imr_scan::{suggest_sheet, Point, Quad};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let name = args
        .first()
        .map(String::as_str)
        .unwrap_or("DarkWood straight");
    let photo = photo_set()
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no photo {name:?}"));
    let page = set_page();
    let t = Instant::now();
    let pixels = phone_photo(&page, &photo.spec);
    let drawn = t.elapsed();
    let t = Instant::now();
    let jpeg = photo_as_jpeg(&pixels);
    let decoded = jpeg_pixels(&jpeg);
    let coded = t.elapsed();
    let t = Instant::now();
    let found = suggest_sheet(&decoded);
    let found_in = t.elapsed();
    let truth = Quad(photo.spec.corners.map(|(x, y)| Point::new(x, y)));
    println!("drawn {drawn:?}, jpeg {coded:?}, found in {found_in:?}");
    println!("truth {truth:?}\nfound {found:?}");
    if let Some(q) = found.quad() {
        println!("error {:.2} px", q.max_distance(&truth));
    }
    let mut out = decoded.clone();
    let mut mark = |q: &Quad, colour: Rgb<u8>| {
        for i in 0..4 {
            let (a, b) = (q.0[i], q.0[(i + 1) % 4]);
            imageproc::drawing::draw_line_segment_mut(&mut out, (a.x, a.y), (b.x, b.y), colour);
        }
    };
    mark(&truth, Rgb([0, 255, 0]));
    if let Some(q) = found.quad() {
        mark(&q, Rgb([255, 0, 0]));
    }
    let path = args.get(1).cloned().unwrap_or("/tmp/sheet.png".into());
    out.save(&path).unwrap();
    println!("wrote {path}");
}
