//! The compact table: every decision reduced to the columns the app uses, grouped and
//! counted, with each text value written once in a dictionary.
//!
//! ```text
//! magic        8 bytes   "IMROUT01"
//! first_year   u16 LE    the earliest report year; rows store year - first_year
//! diagnoses    u8 n, then n × (u8 length, UTF-8 bytes)   sorted, "" = not recorded
//! treatments   the same
//! types        the same
//! groups       u32 LE n, then n × 8 bytes, sorted:
//!              year offset u8, diagnosis u8, treatment u8, type u8,
//!              overturned u16 LE, upheld u16 LE
//! ```
//!
//! The same decisions always give the same bytes, so a test can regenerate the table
//! from the CSV and compare.

use std::collections::{BTreeMap, BTreeSet};

use crate::Decision;

const MAGIC: &[u8; 8] = b"IMROUT01";

/// What went wrong reading or writing a table.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TableError {
    #[error("the table does not start with {MAGIC:?}")]
    BadMagic,
    #[error("the table ends too early")]
    Truncated,
    #[error("the table has bytes after its last group")]
    TrailingBytes,
    #[error("a name in the table is not UTF-8")]
    BadText,
    #[error("a group points past the end of a dictionary")]
    BadIndex,
    #[error("too many different {0} for one byte (at most 256)")]
    TooMany(&'static str),
    #[error("the value {0:?} is longer than 255 bytes")]
    TooLong(String),
    #[error("a year or a count does not fit the table: {0}")]
    OutOfRange(String),
    #[error("there are no decisions")]
    Empty,
}

/// One line of the table: how many decisions of a year, diagnosis, treatment and type
/// overturned or upheld the plan. Indexes point into the dictionaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    pub year: u16,
    pub diagnosis: u8,
    pub treatment: u8,
    pub kind: u8,
    pub overturned: u16,
    pub upheld: u16,
}

/// The decoded table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub diagnoses: Vec<String>,
    pub treatments: Vec<String>,
    pub types: Vec<String>,
    pub groups: Vec<Group>,
}

fn dictionary<'a>(
    values: impl Iterator<Item = &'a str>,
    what: &'static str,
) -> Result<Vec<String>, TableError> {
    let set: BTreeSet<&str> = values.collect();
    if set.len() > 256 {
        return Err(TableError::TooMany(what));
    }
    Ok(set.into_iter().map(str::to_string).collect())
}

fn index(dict: &[String], value: &str) -> u8 {
    // Every value was put in the dictionary, which has at most 256 entries.
    dict.binary_search_by(|d| d.as_str().cmp(value))
        .map_or(0, |i| i as u8)
}

/// Writes decisions as a table.
pub fn encode(decisions: &[Decision]) -> Result<Vec<u8>, TableError> {
    let first_year = decisions
        .iter()
        .map(|d| d.year)
        .min()
        .ok_or(TableError::Empty)?;
    let diagnoses = dictionary(decisions.iter().map(|d| d.diagnosis.as_str()), "diagnoses")?;
    let treatments = dictionary(decisions.iter().map(|d| d.treatment.as_str()), "treatments")?;
    let types = dictionary(decisions.iter().map(|d| d.kind.as_str()), "types")?;

    let mut counts: BTreeMap<(u8, u8, u8, u8), (u32, u32)> = BTreeMap::new();
    for d in decisions {
        let offset = u8::try_from(d.year - first_year)
            .map_err(|_| TableError::OutOfRange(format!("year {}", d.year)))?;
        let key = (
            offset,
            index(&diagnoses, &d.diagnosis),
            index(&treatments, &d.treatment),
            index(&types, &d.kind),
        );
        let entry = counts.entry(key).or_default();
        if d.overturned {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
    }

    let mut out = Vec::with_capacity(64 + counts.len() * 8);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&first_year.to_le_bytes());
    for dict in [&diagnoses, &treatments, &types] {
        // At most 256 entries: 256 is written as 0, which no real table has (it would be
        // empty); refuse it rather than write something ambiguous.
        let n = u8::try_from(dict.len()).map_err(|_| TableError::TooMany("dictionary entries"))?;
        out.push(n);
        for value in dict {
            let len = u8::try_from(value.len()).map_err(|_| TableError::TooLong(value.clone()))?;
            out.push(len);
            out.extend_from_slice(value.as_bytes());
        }
    }
    let n = u32::try_from(counts.len())
        .map_err(|_| TableError::OutOfRange(format!("{} groups", counts.len())))?;
    out.extend_from_slice(&n.to_le_bytes());
    for ((year, dx, tx, kind), (over, up)) in counts {
        let over = u16::try_from(over)
            .map_err(|_| TableError::OutOfRange(format!("{over} decisions in one group")))?;
        let up = u16::try_from(up)
            .map_err(|_| TableError::OutOfRange(format!("{up} decisions in one group")))?;
        out.extend_from_slice(&[year, dx, tx, kind]);
        out.extend_from_slice(&over.to_le_bytes());
        out.extend_from_slice(&up.to_le_bytes());
    }
    Ok(out)
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], TableError> {
        if self.bytes.len() < n {
            return Err(TableError::Truncated);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    fn u8(&mut self) -> Result<u8, TableError> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, TableError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, TableError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn dictionary(&mut self) -> Result<Vec<String>, TableError> {
        let n = self.u8()?;
        (0..n)
            .map(|_| {
                let len = self.u8()? as usize;
                let text = std::str::from_utf8(self.take(len)?).map_err(|_| TableError::BadText)?;
                Ok(text.to_string())
            })
            .collect()
    }
}

/// Reads a table written by [`encode`].
pub fn decode(bytes: &[u8]) -> Result<Table, TableError> {
    let mut r = Reader { bytes };
    if r.take(MAGIC.len())? != MAGIC {
        return Err(TableError::BadMagic);
    }
    let first_year = r.u16()?;
    let diagnoses = r.dictionary()?;
    let treatments = r.dictionary()?;
    let types = r.dictionary()?;
    let n = r.u32()? as usize;
    if r.bytes.len() < n.saturating_mul(8) {
        return Err(TableError::Truncated);
    }
    let mut groups = Vec::with_capacity(n);
    for _ in 0..n {
        let head = r.take(4)?;
        let (year, dx, tx, kind) = (head[0], head[1], head[2], head[3]);
        if dx as usize >= diagnoses.len()
            || tx as usize >= treatments.len()
            || kind as usize >= types.len()
        {
            return Err(TableError::BadIndex);
        }
        groups.push(Group {
            year: first_year + u16::from(year),
            diagnosis: dx,
            treatment: tx,
            kind,
            overturned: r.u16()?,
            upheld: r.u16()?,
        });
    }
    if !r.bytes.is_empty() {
        return Err(TableError::TrailingBytes);
    }
    Ok(Table {
        diagnoses,
        treatments,
        types,
        groups,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn d(year: u16, dx: &str, tx: &str, kind: &str, overturned: bool) -> Decision {
        Decision {
            year,
            diagnosis: dx.into(),
            treatment: tx.into(),
            kind: kind.into(),
            overturned,
        }
    }

    #[test]
    fn round_trip_groups_and_counts() {
        let decisions = vec![
            d(2003, "Cancer", "Chemo", "Medical Necessity", true),
            d(2003, "Cancer", "Chemo", "Medical Necessity", false),
            d(2003, "Cancer", "Chemo", "Medical Necessity", true),
            d(2001, "", "MRI", "Urgent Care", false),
            d(2016, "Mental", "", "Experimental/Investigational", true),
        ];
        let bytes = encode(&decisions).unwrap();
        let table = decode(&bytes).unwrap();
        assert_eq!(table.diagnoses, ["", "Cancer", "Mental"]);
        assert_eq!(table.treatments, ["", "Chemo", "MRI"]);
        assert_eq!(table.groups.len(), 3);
        assert_eq!(table.groups[0].year, 2001);
        let chemo = table.groups.iter().find(|g| g.year == 2003).unwrap();
        assert_eq!((chemo.overturned, chemo.upheld), (2, 1));
        assert_eq!(table.groups[2].year, 2016);
        // The same decisions in another order give the same bytes.
        let mut reversed = decisions.clone();
        reversed.reverse();
        assert_eq!(encode(&reversed).unwrap(), bytes);
    }

    #[test]
    fn damaged_tables_are_refused() {
        let bytes = encode(&[d(2001, "A", "B", "C", true)]).unwrap();
        assert_eq!(
            decode(&bytes[..bytes.len() - 1]),
            Err(TableError::Truncated)
        );
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), Err(TableError::TrailingBytes));
        let mut magic = bytes.clone();
        magic[0] = b'X';
        assert_eq!(decode(&magic), Err(TableError::BadMagic));
        let mut index = bytes.clone();
        let group = index.len() - 8;
        index[group + 1] = 9;
        assert_eq!(decode(&index), Err(TableError::BadIndex));
        assert_eq!(encode(&[]), Err(TableError::Empty));
    }
}
