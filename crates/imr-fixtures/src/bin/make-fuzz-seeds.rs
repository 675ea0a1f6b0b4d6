//! Writes small valid files of every intake format, one folder per fuzz target, as the
//! fuzzers' starting points: `cargo run -p imr-fixtures --bin make-fuzz-seeds -- DIR`.
//! CCITT TIFFs, HEIC and lossy WebP need `tiffcp`, `heif-enc` and `cwebp`; without
//! them those seeds are left out (say so, and go on: seeds only help the fuzzer start).

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use image::{GrayImage, ImageFormat, Luma};
use imr_fixtures::scans::{
    bilevel_page, compressed_tiff, grey_page, palette_page, tiff_file, Packing, Picture,
};

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "fuzz/seeds".into()),
    );
    let put = |target: &str, name: &str, bytes: &[u8]| -> std::io::Result<()> {
        let d = dir.join(target);
        std::fs::create_dir_all(&d)?;
        std::fs::write(d.join(name), bytes)
    };
    let paper = imr_fixtures::paper_image(96, 128);
    let grey = GrayImage::from_fn(96, 128, |x, y| Luma([paper.get_pixel(x, y).0[1]]));

    put("jpeg", "photo-6.jpg", &imr_fixtures::photo_jpeg(96, 128, 6))?;
    put("jpeg", "photo-1.jpg", &imr_fixtures::photo_jpeg(64, 48, 1))?;
    put("png", "scan.png", &imr_fixtures::scan_png(96, 128))?;
    put("png", "colour.png", &encode(&paper, ImageFormat::Png))?;
    put(
        "pdf",
        "letter.pdf",
        &imr_fixtures::letter_pdf(&["A letter"], 2),
    )?;

    let bilevel = tiff_file(&[bilevel_page(&grey).with_dpi(204, 98)]);
    put("tiff", "bilevel.tif", &bilevel)?;
    put(
        "tiff",
        "grey-turned.tif",
        &tiff_file(&[grey_page(&grey).with_orientation(6).with_dpi(300, 300)]),
    )?;
    put("tiff", "palette.tif", &tiff_file(&[palette_page(&grey, 4)]))?;
    put(
        "tiff",
        "multi.tif",
        &compressed_tiff(&[
            (Picture::Colour(paper.clone()), Packing::Lzw),
            (Picture::Grey(grey.clone()), Packing::Deflate),
            (Picture::Grey(grey.clone()), Packing::PackBits),
        ]),
    )?;
    for (name, args) in [
        ("g4.tif", &["-c", "g4"][..]),
        ("g4-strips.tif", &["-c", "g4", "-r", "16"]),
        ("g3.tif", &["-c", "g3"]),
        ("g3-2d-fill.tif", &["-c", "g3:2d:fill"]),
    ] {
        match tool("tiffcp", args, &bilevel, "tif", &dir) {
            Some(bytes) => put("tiff", name, &bytes)?,
            None => eprintln!("tiffcp is missing: no {name} seed"),
        }
    }
    match tool(
        "heif-enc",
        &["-q", "50"],
        &imr_fixtures::photo_jpeg(64, 96, 6),
        "heic",
        &dir,
    ) {
        Some(bytes) => {
            put("heic", "photo.heic", &bytes)?;
            put(
                "heic",
                "photo-irot.heic",
                &imr_fixtures::heif::with_rotation(&bytes, 3),
            )?;
        }
        None => eprintln!("heif-enc is missing: no HEIC seeds"),
    }
    put("webp", "lossless.webp", &encode(&paper, ImageFormat::WebP))?;
    match tool(
        "cwebp",
        &["-quiet", "-q", "50"],
        &encode(&paper, ImageFormat::Png),
        "webp",
        &dir,
    ) {
        Some(bytes) => put("webp", "lossy.webp", &bytes)?,
        None => eprintln!("cwebp is missing: no lossy WebP seed"),
    }
    put("gif", "paper.gif", &encode(&paper, ImageFormat::Gif))?;
    Ok(())
}

fn encode(img: &image::RgbImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, format)
        .unwrap_or_else(|e| panic!("encoding a seed: {e}"));
    out.into_inner()
}

/// Runs a converter (`tiffcp`, `heif-enc`, `cwebp`) on `input`; `None` if it cannot.
fn tool(cmd: &str, args: &[&str], input: &[u8], ext: &str, dir: &Path) -> Option<Vec<u8>> {
    let from = dir.join(format!(
        ".in.{}",
        if cmd == "tiffcp" {
            "tif"
        } else if cmd == "cwebp" {
            "png"
        } else {
            "jpg"
        }
    ));
    let to = dir.join(format!(".out.{ext}"));
    std::fs::create_dir_all(dir).ok()?;
    std::fs::write(&from, input).ok()?;
    let mut c = Command::new(cmd);
    c.args(args);
    if cmd == "tiffcp" {
        c.arg(&from).arg(&to);
    } else {
        c.arg(&from).arg("-o").arg(&to);
    }
    let ok = c.output().ok()?.status.success();
    let out = std::fs::read(&to).ok();
    let _ = std::fs::remove_file(&from);
    let _ = std::fs::remove_file(&to);
    out.filter(|_| ok)
}
