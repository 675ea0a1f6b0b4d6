//! The bundled table against the DMHC CSV in `../shared/data`: the table is exactly what
//! the generator writes, and every count the app shows is what counting the CSV's rows
//! here, independently, gives.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use imr_outcomes::{percent, Outcomes, BUNDLED};

fn csv_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/imr-determinations-2001-2016.csv")
}

/// One CSV row, read here by column name with the `csv` crate (not the crate's reader).
#[derive(Debug)]
struct Row {
    year: u16,
    diagnosis: String,
    treatment: String,
    kind: String,
    overturned: bool,
}

fn rows() -> Vec<Row> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(csv_path())
        .unwrap();
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_string())
        .collect();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (y, d, t, k, o) = (
        col("Report Year"),
        col("Diagnosis Category"),
        col("Treatment Category"),
        col("Type"),
        col("Determination"),
    );
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let determination = &r[o];
            assert!(
                determination.starts_with("Overturned") || determination.starts_with("Upheld"),
                "{determination}"
            );
            Row {
                year: r[y].parse().unwrap(),
                diagnosis: r[d].to_string(),
                treatment: r[t].to_string(),
                kind: r[k].to_string(),
                overturned: determination.starts_with("Overturned"),
            }
        })
        .collect()
}

/// What a query should answer, counted from the rows.
#[derive(Debug, Default, PartialEq)]
struct Expected {
    total: u32,
    overturned: u32,
    by_type: BTreeMap<String, (u32, u32)>,
    years: Option<(u16, u16)>,
}

fn expected(rows: &[Row], dx: Option<&str>, tx: Option<&str>) -> Expected {
    let mut e = Expected::default();
    for r in rows {
        if dx.is_some_and(|d| d != r.diagnosis) || tx.is_some_and(|t| t != r.treatment) {
            continue;
        }
        e.total += 1;
        let entry = e.by_type.entry(r.kind.clone()).or_default();
        entry.0 += 1;
        if r.overturned {
            e.overturned += 1;
            entry.1 += 1;
        }
        e.years = Some(match e.years {
            None => (r.year, r.year),
            Some((a, b)) => (a.min(r.year), b.max(r.year)),
        });
    }
    e
}

fn actual(o: &Outcomes, dx: Option<&str>, tx: Option<&str>) -> Expected {
    let s = o.query(dx, tx).unwrap();
    assert_eq!(s.total, s.overturned + s.upheld);
    assert_eq!(s.overturned_percent, percent(s.overturned, s.total));
    Expected {
        total: s.total,
        overturned: s.overturned,
        by_type: s
            .by_type
            .iter()
            .map(|t| {
                assert_eq!(t.total, t.overturned + t.upheld);
                (t.kind.clone(), (t.total, t.overturned))
            })
            .collect(),
        years: s.years,
    }
}

#[test]
fn bundled_table_is_what_the_csv_gives() {
    let csv = std::fs::File::open(csv_path()).unwrap();
    let regenerated = imr_outcomes::generate::table_from_csv(csv).unwrap();
    assert!(
        regenerated == BUNDLED,
        "data/imr-outcomes.bin is out of date: run imr-outcomes-generate (see its doc)"
    );
}

#[test]
fn whole_dataset_and_known_figures() {
    let rows = rows();
    let o = Outcomes::bundled();
    assert_eq!(rows.len(), 19_228);
    let all = o.query(None, None).unwrap();
    assert_eq!(all.total, 19_228);
    // The data README: 8,452 (44%) overturned.
    assert_eq!(all.overturned, 8_452);
    assert_eq!(all.overturned_percent, Some(44));
    assert_eq!(all.years, Some((2001, 2016)));
    assert_eq!(o.coverage(), (2001, 2016));
    assert_eq!(actual(o, None, None), expected(&rows, None, None));
}

#[test]
fn several_pairs_match_the_csv() {
    let rows = rows();
    let o = Outcomes::bundled();
    for (dx, tx) in [
        (Some("Cancer"), None),
        (None, Some("Pharmacy/Prescription Drugs")),
        (Some("Mental"), Some("Mental Health Treatment")),
        (
            Some("Orthopedic/ Musculoskeletal"),
            Some("Diagnostic Imaging, Screening and Testing"),
        ),
        (Some("Autism Spectrum"), Some("Autism Related Treatment")),
        (Some("Alcohol and Drug Addiction"), None),
    ] {
        let e = expected(&rows, dx, tx);
        assert!(e.total > 0, "{dx:?} {tx:?} has decisions in the CSV");
        assert_eq!(actual(o, dx, tx), e, "{dx:?} {tx:?}");
    }
    // A pair with no decision at all: zero, no years, no types.
    let s = o.query(Some("Dental"), Some("Cancer Treatment")).unwrap();
    assert_eq!(
        expected(&rows, Some("Dental"), Some("Cancer Treatment")).total,
        0
    );
    assert_eq!((s.total, s.years, s.by_type.len()), (0, None, 0));
}

#[test]
fn every_pair_and_every_category_list_match_the_csv() {
    let rows = rows();
    let o = Outcomes::bundled();
    // Category lists: every non-empty category in the CSV with its count.
    let mut dx_counts: BTreeMap<&str, u32> = BTreeMap::new();
    let mut tx_counts: BTreeMap<&str, u32> = BTreeMap::new();
    for r in &rows {
        if !r.diagnosis.is_empty() {
            *dx_counts.entry(&r.diagnosis).or_default() += 1;
        }
        if !r.treatment.is_empty() {
            *tx_counts.entry(&r.treatment).or_default() += 1;
        }
    }
    let listed = |cats: Vec<imr_outcomes::Category>| -> BTreeMap<String, u32> {
        cats.into_iter().map(|c| (c.name, c.count)).collect()
    };
    let own = |m: BTreeMap<&str, u32>| -> BTreeMap<String, u32> {
        m.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
    };
    assert_eq!(listed(o.diagnoses()), own(dx_counts.clone()));
    assert_eq!(listed(o.treatments()), own(tx_counts.clone()));
    assert_eq!(dx_counts.len(), 29);
    assert_eq!(tx_counts.len(), 31);

    let mut dxs: Vec<Option<&str>> = vec![None];
    dxs.extend(dx_counts.keys().map(|k| Some(*k)));
    let mut txs: Vec<Option<&str>> = vec![None];
    txs.extend(tx_counts.keys().map(|k| Some(*k)));
    let mut pairs = 0;
    for dx in &dxs {
        for tx in &txs {
            assert_eq!(
                actual(o, *dx, *tx),
                expected(&rows, *dx, *tx),
                "{dx:?} {tx:?}"
            );
            pairs += 1;
        }
    }
    assert_eq!(pairs, 30 * 32);
}
