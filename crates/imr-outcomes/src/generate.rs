//! Reads the DMHC CSV ("Independent Medical Review (IMR) Determinations, Trend":
//! semicolon-separated, UTF-8 with a byte-order mark) into [`Decision`]s. Used by the
//! `imr-outcomes-generate` program that writes `data/imr-outcomes.bin`, and by the test
//! that checks the committed table is what the CSV gives. The app never reads the CSV.

use std::io::Read;

use crate::table::{encode, TableError};
use crate::Decision;

/// The determination that means the reviewers decided for the patient.
pub const OVERTURNED: &str = "Overturned Decision of Health Plan";
/// The determination that means the reviewers agreed with the plan.
pub const UPHELD: &str = "Upheld Decision of Health Plan";

/// Why the CSV could not be turned into a table. Line numbers count the header as 1.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    #[error("the CSV cannot be read: {0}")]
    Csv(#[from] csv::Error),
    #[error("the CSV has no column {0:?}")]
    MissingColumn(&'static str),
    #[error("line {line}: the report year {value:?} is not a year")]
    BadYear { line: u64, value: String },
    #[error("line {line}: the determination {value:?} is neither overturned nor upheld")]
    BadDetermination { line: u64, value: String },
    #[error(transparent)]
    Table(#[from] TableError),
}

/// Every decision in the CSV.
pub fn decisions_from_csv(reader: impl Read) -> Result<Vec<Decision>, GenerateError> {
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(reader);
    let headers = csv.headers()?.clone();
    let column = |name: &'static str| {
        headers
            .iter()
            // The first header may carry the byte-order mark.
            .position(|h| h.trim_start_matches('\u{feff}') == name)
            .ok_or(GenerateError::MissingColumn(name))
    };
    let year = column("Report Year")?;
    let diagnosis = column("Diagnosis Category")?;
    let treatment = column("Treatment Category")?;
    let determination = column("Determination")?;
    let kind = column("Type")?;
    let mut out = Vec::new();
    for (n, record) in csv.records().enumerate() {
        let record = record?;
        // The header is line 1 (no field in this data spans lines).
        let line = n as u64 + 2;
        let get = |i: usize| record.get(i).unwrap_or("").trim().to_string();
        let year_text = get(year);
        let year = year_text
            .parse::<u16>()
            .map_err(|_| GenerateError::BadYear {
                line,
                value: year_text.clone(),
            })?;
        let overturned = match get(determination).as_str() {
            OVERTURNED => true,
            UPHELD => false,
            other => {
                return Err(GenerateError::BadDetermination {
                    line,
                    value: other.to_string(),
                })
            }
        };
        out.push(Decision {
            year,
            diagnosis: get(diagnosis),
            treatment: get(treatment),
            kind: get(kind),
            overturned,
        });
    }
    Ok(out)
}

/// The CSV as the compact table.
pub fn table_from_csv(reader: impl Read) -> Result<Vec<u8>, GenerateError> {
    Ok(encode(&decisions_from_csv(reader)?)?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const HEAD: &str = "\u{feff}Reference ID;Report Year;Diagnosis Category;Diagnosis Sub Category;Treatment Category;Treatment Sub Category;Determination;Type;Age Range;Patient Gender\r\n";

    #[test]
    fn reads_rows_with_bom_crlf_and_empty_fields() {
        let text = format!(
            "{HEAD}A1;2016;Infectious;Hepatitis;Pharmacy/Prescription Drugs;Anti-virals;{OVERTURNED};Medical Necessity;41-50;Male\r\n\
             A2;2001;;;;;{UPHELD};Urgent Care;;\r\n"
        );
        let rows = decisions_from_csv(text.as_bytes()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].year, 2016);
        assert_eq!(rows[0].diagnosis, "Infectious");
        assert!(rows[0].overturned);
        assert_eq!(rows[1].diagnosis, "");
        assert_eq!(rows[1].kind, "Urgent Care");
        assert!(!rows[1].overturned);
    }

    #[test]
    fn bad_rows_name_the_line_and_value() {
        let text = format!("{HEAD}A1;20x6;X;;Y;;{OVERTURNED};Medical Necessity;;\r\n");
        let e = decisions_from_csv(text.as_bytes()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 2: the report year \"20x6\" is not a year"
        );
        let text = format!("{HEAD}A1;2016;X;;Y;;Withdrawn;Medical Necessity;;\r\n");
        let e = decisions_from_csv(text.as_bytes()).unwrap_err();
        assert!(e.to_string().contains("\"Withdrawn\""), "{e}");
        let e = decisions_from_csv("Year;Type\n2016;x\n".as_bytes()).unwrap_err();
        assert_eq!(e.to_string(), "the CSV has no column \"Report Year\"");
    }
}
