//! Writes the compact table of past IMR decisions from the DMHC CSV:
//!
//! ```text
//! imr-outcomes-generate ../shared/data/imr-determinations-2001-2016.csv crates/imr-outcomes/data/imr-outcomes.bin
//! ```
//!
//! The crate's tests check that the committed table is exactly what this writes.

use std::fs::File;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [csv, out] = args.as_slice() else {
        eprintln!("usage: imr-outcomes-generate <determinations.csv> <table.bin>");
        return ExitCode::from(2);
    };
    let table = File::open(csv)
        .map_err(|e| format!("{csv}: {e}"))
        .and_then(|f| imr_outcomes::generate::table_from_csv(f).map_err(|e| format!("{csv}: {e}")));
    let table = match table {
        Ok(table) => table,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(out, &table) {
        eprintln!("{out}: {e}");
        return ExitCode::FAILURE;
    }
    let csv_bytes = std::fs::metadata(csv).map(|m| m.len()).unwrap_or(0);
    println!("{out}: {} bytes from {csv_bytes} bytes of CSV", table.len());
    ExitCode::SUCCESS
}
