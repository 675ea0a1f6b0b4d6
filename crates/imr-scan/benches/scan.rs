//! Figures, not a timed test: `cargo bench -p imr-scan --bench scan` prints how long the
//! corner suggestion, the warp and the quality measures take on 12-megapixel phone
//! photos (4000 × 3000, landscape and portrait) on one thread, the median of 7 runs.
//! Targets (issue 16): corners ≤ 150 ms, warp ≤ 250 ms.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use image::RgbImage;
use imr_fixtures::photos::{letter_page, phone_photo, photo_as_jpeg, place, PhotoSpec, Table};
use imr_scan::{measure, straighten, straightened_size, suggest_sheet, suggest_sheet_in};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let out = f();
        times.push(start.elapsed());
        last = Some(out);
    }
    (median(times), last.unwrap())
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

/// The photo decoded by libjpeg-turbo at a quarter of its size (its DCT scaling), as
/// the app reads a JPEG to find the sheet.
fn quarter(jpeg: &[u8]) -> RgbImage {
    let mut d = turbojpeg::Decompressor::new().unwrap();
    let header = d.read_header(jpeg).unwrap();
    let scale = turbojpeg::ScalingFactor::ONE_QUARTER;
    d.set_scaling_factor(scale).unwrap();
    let size = header.scaled(scale);
    let mut pixels = vec![0u8; size.width * size.height * 3];
    d.decompress(
        jpeg,
        turbojpeg::Image {
            pixels: &mut pixels[..],
            width: size.width,
            pitch: size.width * 3,
            height: size.height,
            format: turbojpeg::PixelFormat::RGB,
        },
    )
    .unwrap();
    RgbImage::from_raw(size.width as u32, size.height as u32, pixels).unwrap()
}

fn main() {
    let page = letter_page(2550);
    println!("12 MP photos, one thread, median of 7 runs");
    for (w, h, table, turn, tilt) in [
        (4000, 3000, Table::DarkWood, 5.0, 0.15),
        (3000, 4000, Table::LightWood, -4.0, 0.2),
        (3000, 4000, Table::Granite, 8.0, 0.1),
    ] {
        let corners = place(
            w,
            h,
            page.width(),
            page.height(),
            0.8,
            turn,
            tilt,
            (0.0, 0.0),
        );
        let photo = phone_photo(&page, &PhotoSpec::new(w, h, table, corners));
        let jpeg = photo_as_jpeg(&photo);
        let (found_in, found) = time(7, || suggest_sheet(&photo));
        let quad = found.quad().expect("the bench photo's sheet is found");
        let (decode_in, small) = time(7, || quarter(&jpeg));
        let (small_in, _) = time(7, || suggest_sheet_in(&small, 4.0));
        let (pw, ph) = straightened_size(&quad);
        let (warp_in, flat) = time(7, || straighten(&photo, &quad, pw, ph).unwrap());
        let grey = image::DynamicImage::ImageRgb8(photo.clone()).to_luma8();
        let (measure_in, _) = time(7, || measure(&grey, Some(&quad)));
        println!(
            "{w} × {h} on {table:?}: corners {} (from the decoded photo) / {} (quarter-scale decode {} + corners {}); warp to {} × {} ({:.1} MP) {}; quality {}",
            ms(found_in),
            ms(decode_in + small_in),
            ms(decode_in),
            ms(small_in),
            flat.width(),
            flat.height(),
            f64::from(flat.width() * flat.height()) / 1e6,
            ms(warp_in),
            ms(measure_in),
        );
    }
}
