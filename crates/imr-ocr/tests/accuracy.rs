//! How well letters are read: synthetic plan letters (imr-fixtures) with known facts,
//! drawn as clean scans and as phone-photo-like pictures, recognized by the real
//! Tesseract, and the suggestions compared with the facts. Precision is over the
//! suggestions offered as read ("sure"); recall over the facts. A numeric date that can
//! be read two ways counts as found when it is asked with the right date among its two
//! readings, never as sure.
#![cfg(feature = "tesseract")]
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::time::Instant;

use chrono::NaiveDate;
use imr_fixtures::letters::{letter, Capture, LetterFacts, LetterKind, Reason, Ymd};
use imr_ocr::engine::Engine;
use imr_ocr::{suggest, Context, Finding, PageText, Problem, Suggestion, Value};

const DPI: u32 = 300;

fn date(d: Ymd) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year, d.month, d.day).unwrap()
}

/// The value a reader should find for `finding`, if the letter holds it.
fn expected(facts: &LetterFacts, finding: Finding) -> Option<Value> {
    match finding {
        Finding::LetterDate => Some(Value::Date(date(facts.letter_date))),
        Finding::DecisionDate => facts.decision_date.map(|d| Value::Date(date(d))),
        Finding::MemberId => Some(Value::Text(facts.member_id.clone())),
        Finding::Reference => Some(Value::Text(facts.reference.clone())),
        Finding::PlanName => Some(Value::Text(facts.plan.to_string())),
        Finding::Service => Some(Value::Text(facts.service.to_string())),
        Finding::Problem => Some(Value::Problem(match facts.reason {
            Reason::NotMedicallyNecessary => Problem::NotMedicallyNecessary,
            Reason::Experimental => Problem::Experimental,
            Reason::EmergencyPayment => Problem::EmergencyPayment,
        })),
    }
}

fn same(found: &Value, wanted: &Value) -> bool {
    match (found, wanted) {
        (Value::Text(a), Value::Text(b)) => a.eq_ignore_ascii_case(b),
        (Value::EitherDate { .. }, Value::Date(d)) => found.could_be_date(*d),
        _ => found == wanted,
    }
}

#[derive(Default, Debug)]
struct Tally {
    facts: u32,
    sure: u32,
    sure_right: u32,
    offered_right: u32,
    asked: u32,
}

fn read(engine: &mut Engine, bytes: &[u8]) -> PageText {
    let img = image::load_from_memory(bytes).unwrap().to_luma8();
    let (w, h) = img.dimensions();
    engine.read(img.as_raw(), w, h, DPI).unwrap()
}

#[test]
fn letters_are_read_with_sure_dates_and_numbers_right() {
    // 24 letters by default (12 scans, 12 photos); IMR_OCR_LETTERS=N for more.
    let count: u64 = std::env::var("IMR_OCR_LETTERS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(24);
    let today = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let mut engine = Engine::new().unwrap();
    let mut tally: BTreeMap<Finding, Tally> = BTreeMap::new();
    let mut wrong = Vec::new();
    let mut ocr_time = 0.0;
    for n in 0..count {
        let synthetic = letter(n);
        let facts = &synthetic.facts;
        let capture = if n % 2 == 0 {
            Capture::Scan
        } else {
            Capture::Photo
        };
        let bytes = synthetic.picture(capture, DPI, n);
        let started = Instant::now();
        let page = read(&mut engine, &bytes);
        ocr_time += started.elapsed().as_secs_f64();
        let found: Vec<Suggestion> = suggest(&[page], &Context { today });
        for finding in Finding::ALL {
            let Some(wanted) = expected(facts, finding) else {
                continue;
            };
            // A grievance decision's date is its letter's date: the decision date is
            // the same fact said in words.
            let t = tally.entry(finding).or_default();
            t.facts += 1;
            let Some(s) = found.iter().find(|s| s.finding == finding) else {
                wrong.push(format!(
                    "{n} {capture:?} {finding:?}: nothing found, wanted {wanted:?}"
                ));
                continue;
            };
            let right = same(&s.value, &wanted);
            if matches!(s.value, Value::EitherDate { .. }) {
                t.asked += 1;
            }
            if s.sure {
                t.sure += 1;
                if right {
                    t.sure_right += 1;
                }
            }
            if right {
                t.offered_right += 1;
            } else {
                wrong.push(format!(
                    "{n} {capture:?} {finding:?}: read {:?} (sure: {}) from {:?}, wanted {wanted:?}",
                    s.value, s.sure, s.line
                ));
            }
        }
        assert!(facts.kind == LetterKind::Denial || facts.decision_date.is_some());
    }
    println!(
        "{count} letters ({} scans, {} photos), OCR {:.2} s a page on average",
        count.div_ceil(2),
        count / 2,
        ocr_time / count as f64
    );
    println!(
        "{:<14} {:>6} {:>6} {:>10} {:>8} {:>6}",
        "field", "facts", "sure", "precision", "recall", "asked"
    );
    for (finding, t) in &tally {
        let precision = if t.sure == 0 {
            1.0
        } else {
            f64::from(t.sure_right) / f64::from(t.sure)
        };
        let recall = f64::from(t.offered_right) / f64::from(t.facts.max(1));
        println!(
            "{:<14} {:>6} {:>6} {:>9.1}% {:>7.1}% {:>6}",
            format!("{finding:?}"),
            t.facts,
            t.sure,
            precision * 100.0,
            recall * 100.0,
            t.asked
        );
    }
    for w in &wrong {
        println!("  {w}");
    }
    for (finding, t) in &tally {
        let precision = if t.sure == 0 {
            1.0
        } else {
            f64::from(t.sure_right) / f64::from(t.sure)
        };
        let recall = f64::from(t.offered_right) / f64::from(t.facts.max(1));
        if finding.is_date_or_number() {
            assert!(
                precision >= 0.98,
                "{finding:?}: precision {precision:.3} under 98%"
            );
        }
        assert!(recall >= 0.85, "{finding:?}: recall {recall:.3} under 85%");
    }
}
