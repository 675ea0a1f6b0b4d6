//! Writes the synthetic documents of `examples/nunez/`:
//! `cargo run -p imr-fixtures --bin make-example-documents -- examples/nunez`

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "examples/nunez".into()),
    );
    std::fs::create_dir_all(&dir)?;
    let denial = imr_fixtures::letter_pdf(
        &[
            "Golden Valley Health Plan (a made-up plan for this example)",
            "Utilization Management, PO Box 0000, Fresno, CA 93700",
            "",
            "January 20, 2026",
            "",
            "Member: Jose Nunez   Member ID: XJ4-2291-07",
            "",
            "Re: Request for MRI of the lumbar spine",
            "",
            "We reviewed the request from Dr. Ana Torres for an MRI of the lumbar",
            "spine. We have denied this request because it is not medically",
            "necessary under our guidelines at this time.",
            "",
            "You may file a grievance with us within 180 days.",
        ],
        2,
    );
    std::fs::write(dir.join("denial-letter.pdf"), denial)?;
    // A phone photo of the plan's grievance decision, taken holding the phone upright:
    // the camera stores it sideways with EXIF orientation 6.
    std::fs::write(
        dir.join("grievance-decision-photo.jpg"),
        imr_fixtures::photo_jpeg(1200, 1600, 6),
    )?;
    std::fs::write(
        dir.join("doctor-letter-scan.png"),
        imr_fixtures::scan_png(850, 1100),
    )?;
    println!("Wrote the example documents to {}", dir.display());
    Ok(())
}
