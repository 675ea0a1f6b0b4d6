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

/// Time this thread has spent on a CPU (Linux: the first field of
/// /proc/thread-self/schedstat, in nanoseconds): on a machine busy with other work the
/// wall clock counts the time spent waiting for a core, this does not.
fn cpu_time() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse().ok()))
        .map_or(Duration::ZERO, Duration::from_nanos)
}

/// (wall clock, time on the CPU) medians of `runs` runs, and the last result.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> ((Duration, Duration), T) {
    let (mut walls, mut cpus) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    let mut last = None;
    for _ in 0..runs {
        let (start, cpu) = (Instant::now(), cpu_time());
        let out = f();
        walls.push(start.elapsed());
        cpus.push(cpu_time().saturating_sub(cpu));
        last = Some(out);
    }
    ((median(walls), median(cpus)), last.unwrap())
}

fn ms((wall, cpu): (Duration, Duration)) -> String {
    format!(
        "{:.0} ms on the CPU ({:.0} ms wall)",
        cpu.as_secs_f64() * 1000.0,
        wall.as_secs_f64() * 1000.0
    )
}

fn add((a, b): (Duration, Duration), (c, d): (Duration, Duration)) -> (Duration, Duration) {
    (a + c, b + d)
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
    println!(
        "12 MP photos, one thread, median of 7 runs; the load average was {}",
        std::fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .split_whitespace()
            .next()
            .unwrap_or("?")
    );
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
            "{w} × {h} on {table:?}:\n  corners from the decoded photo: {}\n  corners from a quarter-scale decode: {} (decode {}, corners {})\n  warp to {} × {} ({:.1} MP): {}\n  quality: {}",
            ms(found_in),
            ms(add(decode_in, small_in)),
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
