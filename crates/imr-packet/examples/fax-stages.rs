//! Times the stages of the fax conversion of JPEG photo pages, one page after another on
//! one core: decoding (grey, at a reduced DCT scale), resampling to 200 dpi, turning
//! upright, whitening (with the 1-bit or grey choice), and compressing. Then, on the
//! first photos, how two ways of storing decoded pixels compare in size and time: JPEG
//! at quality 90 and Flate, for a colour photo at full size (what intake does with a
//! decoded HEIC or lossy WebP photo) and for a grey page at 200 dpi (a fax page kept in
//! grey). Run by `bench/packet-bench.sh`; it prints figures and checks nothing.
//!
//! `cargo run --release -p imr-packet --example fax-stages -- PHOTO.jpg...`

use std::time::{Duration, Instant};

use imr_packet::fax;
use imr_packet::{prepare, Limits, Prepared};

const STAGES: [&str; 5] = ["decode", "resample", "upright", "whiten", "compress"];

fn main() -> Result<(), String> {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        return Err("usage: fax-stages PHOTO.jpg...".into());
    }
    let mut rows: Vec<[Duration; 5]> = Vec::new();
    let mut total_bytes = 0usize;
    let mut shapes = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
        let Prepared::Jpeg(jpeg) =
            prepare(bytes, &Limits::default()).map_err(|e| format!("{file}: {e}"))?
        else {
            return Err(format!("{file}: not a JPEG"));
        };
        let (rect, (width, height)) = fax::photo_place(&jpeg);
        let (sw, sh) = if (5..=8).contains(&jpeg.orientation) {
            (height, width)
        } else {
            (width, height)
        };
        let mut times = [Duration::ZERO; 5];
        let t = Instant::now();
        let stored = fax::decode_jpeg_grey(&jpeg, sw, sh).map_err(|e| e.to_string())?;
        times[0] = t.elapsed();
        let t = Instant::now();
        let small = fax::resample(&stored, sw, sh);
        times[1] = t.elapsed();
        let t = Instant::now();
        let upright = fax::orient(&small, jpeg.orientation);
        times[2] = t.elapsed();
        let t = Instant::now();
        let page = fax::clean(upright, rect);
        times[3] = t.elapsed();
        let t = Instant::now();
        let encoded = fax::encode(page).map_err(|e| e.to_string())?;
        times[4] = t.elapsed();
        total_bytes += encoded.data.len();
        shapes.push(format!(
            "{}x{} -> {}x{} -> {}x{} {:?}",
            jpeg.width,
            jpeg.height,
            stored.width,
            stored.height,
            encoded.width,
            encoded.height,
            encoded.encoding
        ));
        rows.push(times);
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let totals: Vec<f64> = rows
        .iter()
        .map(|r| r.iter().copied().map(ms).sum())
        .collect();
    let whole = median(totals.clone());
    println!(
        "   fax stages, {} photo page(s), one core, median ms per page (share of the median page):",
        rows.len()
    );
    for (i, name) in STAGES.iter().enumerate() {
        let m = median(rows.iter().map(|r| ms(r[i])).collect());
        println!("   {name:>10} {m:7.1} ms  {:3.0}%", m * 100.0 / whole);
    }
    println!(
        "   {:>10} {whole:7.1} ms  (min {:.1}, max {:.1}); {:.1} KiB per page compressed",
        "total",
        totals.iter().copied().fold(f64::INFINITY, f64::min),
        totals.iter().copied().fold(0.0, f64::max),
        total_bytes as f64 / 1024.0 / rows.len() as f64
    );
    if let Some(first) = shapes.first() {
        println!("   first page: {first} (stored, decoded, converted)");
    }
    compare_storage(&files[..files.len().min(3)])
}

/// JPEG q90 against Flate for pixels decoded from a lossy source, in size and time.
fn compare_storage(files: &[String]) -> Result<(), String> {
    // (name, pixels, bytes, ms) summed over the files, per kind of picture.
    let mut sums: Vec<(String, usize, usize, f64)> = Vec::new();
    let mut add = |name: &str, pixels: usize, bytes: usize, start: Instant| {
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        match sums.iter_mut().find(|s| s.0 == name) {
            Some(s) => {
                s.1 += pixels;
                s.2 += bytes;
                s.3 += ms;
            }
            None => sums.push((name.to_string(), pixels, bytes, ms)),
        }
    };
    for file in files {
        let bytes = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
        let rgb = turbojpeg::decompress(&bytes, turbojpeg::PixelFormat::RGB)
            .map_err(|e| format!("{file}: {e}"))?;
        let (w, h) = (rgb.width, rgb.height);
        let n = w * h;
        let t = Instant::now();
        let jpeg = jpeg_q90(&rgb.pixels, w, h, image::ExtendedColorType::Rgb8)?;
        add("colour photo, JPEG q90 (image)", n, jpeg, t);
        let t = Instant::now();
        let jpeg = turbo_q90(&rgb.pixels, w, h, turbojpeg::PixelFormat::RGB)?;
        add("colour photo, JPEG q90 (turbo)", n, jpeg, t);
        let t = Instant::now();
        add("colour photo, Flate (fast)", n, flate(&rgb.pixels)?, t);
        // A fax page at 200 dpi kept in grey: the photo resampled and whitened, not
        // turned into 1 bit.
        let Prepared::Jpeg(photo) =
            prepare(bytes, &Limits::default()).map_err(|e| e.to_string())?
        else {
            return Err(format!("{file}: not a JPEG"));
        };
        let (_, (pw, ph)) = fax::photo_place(&photo);
        let stored = fax::decode_jpeg_grey(&photo, pw, ph).map_err(|e| e.to_string())?;
        let mut grey = fax::resample(&stored, pw, ph);
        fax::whiten(&mut grey);
        let (gw, gh, px) = (grey.width, grey.height, &grey.pixels);
        let n = gw * gh;
        let t = Instant::now();
        let jpeg = jpeg_q90(px, gw, gh, image::ExtendedColorType::L8)?;
        add("grey page 200 dpi, JPEG q90 (image)", n, jpeg, t);
        let t = Instant::now();
        let jpeg = turbo_q90(px, gw, gh, turbojpeg::PixelFormat::GRAY)?;
        add("grey page 200 dpi, JPEG q90 (turbo)", n, jpeg, t);
        let t = Instant::now();
        add("grey page 200 dpi, Flate (fast)", n, flate(px)?, t);
    }
    println!(
        "   storing decoded pixels, {} photo(s), one core:",
        files.len()
    );
    for (name, pixels, bytes, ms) in &sums {
        let k = files.len() as f64;
        println!(
            "   {name:>38}: {:7.2} MiB per picture, {:5.2} bits per pixel, {:6.1} ms",
            *bytes as f64 / k / 1048576.0,
            *bytes as f64 * 8.0 / *pixels as f64,
            ms / k
        );
    }
    Ok(())
}

fn jpeg_q90(
    pixels: &[u8],
    w: usize,
    h: usize,
    colour: image::ExtendedColorType,
) -> Result<usize, String> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode(pixels, w as u32, h as u32, colour)
        .map_err(|e| e.to_string())?;
    Ok(out.len())
}

fn turbo_q90(
    pixels: &[u8],
    w: usize,
    h: usize,
    format: turbojpeg::PixelFormat,
) -> Result<usize, String> {
    let mut compressor = turbojpeg::Compressor::new().map_err(|e| e.to_string())?;
    compressor.set_quality(90).map_err(|e| e.to_string())?;
    if format == turbojpeg::PixelFormat::GRAY {
        compressor
            .set_subsamp(turbojpeg::Subsamp::Gray)
            .map_err(|e| e.to_string())?;
    }
    let image = turbojpeg::Image {
        pixels,
        width: w,
        pitch: w * format.size(),
        height: h,
        format,
    };
    let bytes = compressor
        .compress_to_vec(image)
        .map_err(|e| e.to_string())?;
    Ok(bytes.len())
}

fn flate(pixels: &[u8]) -> Result<usize, String> {
    use std::io::Write;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(pixels).map_err(|e| e.to_string())?;
    Ok(encoder.finish().map_err(|e| e.to_string())?.len())
}
