//! How well letters are read: synthetic plan letters (imr-fixtures) with known facts,
//! drawn as clean scans and as phone-photo-like pictures, recognized by the real
//! Tesseract, and the suggestions compared with the facts.
//!
//! Two sets: the standard one (`letter`: scans and photos tilted up to 2.5°) and a hard
//! one (`hard_letter`: member IDs mixing O and 0, I and 1, S and 5…, the ID under its
//! label or beside it, more labels; pictured as scans and as photos tilted up to 6° in
//! low light, with a deeper shadow, more blur and lower JPEG quality).
//!
//! - **Precision** is over the suggestions offered as read ("sure"): the ones a person
//!   is most likely to accept without looking. A numeric date that can be read two ways
//!   is never offered as read: it is *asked* (both readings offered, the person picks),
//!   and is counted apart, whatever its words' confidence.
//! - **Recall** is over the facts: a fact counts as found when it is offered with the
//!   right value, as read, to check against the picture, or asked with the right date
//!   among its two readings (one click gives the right answer in each case).
//!   "As read" is the part found and offered as read.
#![cfg(feature = "tesseract")]
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::time::Instant;

use chrono::NaiveDate;
use imr_fixtures::letters::{
    hard_letter, letter, Capture, LetterFacts, LetterKind, Reason, SyntheticLetter, Ymd,
};
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
    /// Offered as read.
    sure: u32,
    sure_right: u32,
    /// Offered with the right value (as read, to check, or asked).
    offered_right: u32,
    /// Asked: a date that reads two ways.
    asked: u32,
    asked_right: u32,
}

impl Tally {
    fn precision(&self) -> f64 {
        if self.sure == 0 {
            1.0
        } else {
            f64::from(self.sure_right) / f64::from(self.sure)
        }
    }
    fn recall(&self) -> f64 {
        f64::from(self.offered_right) / f64::from(self.facts.max(1))
    }
    fn read_as_is(&self) -> f64 {
        f64::from(self.sure_right) / f64::from(self.facts.max(1))
    }
}

fn read(engine: &mut Engine, bytes: &[u8]) -> PageText {
    let img = image::load_from_memory(bytes).unwrap().to_luma8();
    let (w, h) = img.dimensions();
    engine.read(img.as_raw(), w, h, DPI).unwrap()
}

/// How many letters of a set: `var` (IMR_OCR_LETTERS, IMR_OCR_HARD_LETTERS), or `default`.
fn how_many(var: &str, default: u64) -> u64 {
    std::env::var(var)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// Reads `letters` (each with how it is pictured), counts what was found per finding,
/// and prints the table: the tallies.
fn measure(
    name: &str,
    letters: Vec<(u64, SyntheticLetter, Capture)>,
    engine: &mut Engine,
) -> BTreeMap<Finding, Tally> {
    let today = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let mut tally: BTreeMap<Finding, Tally> = BTreeMap::new();
    let mut wrong = Vec::new();
    let mut ocr_time = 0.0;
    let mut captures: BTreeMap<String, u32> = BTreeMap::new();
    let count = letters.len();
    for (n, synthetic, capture) in letters {
        let facts = &synthetic.facts;
        *captures.entry(format!("{capture:?}")).or_default() += 1;
        let bytes = synthetic.picture(capture, DPI, n);
        let started = Instant::now();
        let page = read(engine, &bytes);
        ocr_time += started.elapsed().as_secs_f64();
        let found: Vec<Suggestion> = suggest(&[page], &Context { today });
        for finding in Finding::ALL {
            let Some(wanted) = expected(facts, finding) else {
                continue;
            };
            let t = tally.entry(finding).or_default();
            t.facts += 1;
            let Some(s) = found.iter().find(|s| s.finding == finding) else {
                wrong.push(format!(
                    "{n} {capture:?} {finding:?}: nothing found, wanted {wanted:?}"
                ));
                continue;
            };
            let right = same(&s.value, &wanted);
            // A date that reads two ways is asked, never offered as read.
            if matches!(s.value, Value::EitherDate { .. }) {
                t.asked += 1;
                t.asked_right += u32::from(right);
            } else if s.sure {
                t.sure += 1;
                t.sure_right += u32::from(right);
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
        "\n{name}: {count} letters ({captures:?}), OCR {:.2} s a page on average",
        ocr_time / count.max(1) as f64
    );
    println!(
        "{:<14} {:>6} {:>6} {:>10} {:>8} {:>8} {:>9}",
        "field", "facts", "sure", "precision", "recall", "as read", "asked"
    );
    for (finding, t) in &tally {
        println!(
            "{:<14} {:>6} {:>6} {:>9.1}% {:>7.1}% {:>7.1}% {:>5}/{:<3}",
            format!("{finding:?}"),
            t.facts,
            t.sure,
            t.precision() * 100.0,
            t.recall() * 100.0,
            t.read_as_is() * 100.0,
            t.asked_right,
            t.asked
        );
    }
    for w in &wrong {
        println!("  {w}");
    }
    tally
}

/// The bar: sure dates and numbers right 98% of the time, every field found 85%.
fn check(name: &str, tally: &BTreeMap<Finding, Tally>) {
    for (finding, t) in tally {
        let precision = t.precision();
        let recall = t.recall();
        if finding.is_date_or_number() {
            assert!(
                precision >= 0.98,
                "{name}, {finding:?}: precision {precision:.3} under 98%"
            );
        }
        assert!(
            recall >= 0.85,
            "{name}, {finding:?}: recall {recall:.3} under 85%"
        );
    }
}

#[test]
fn letters_are_read_with_sure_dates_and_numbers_right() {
    // 24 letters by default (12 scans, 12 photos); IMR_OCR_LETTERS=N for more.
    let count = how_many("IMR_OCR_LETTERS", 24);
    let letters = (0..count)
        .map(|n| {
            let capture = if n % 2 == 0 {
                Capture::Scan
            } else {
                Capture::Photo
            };
            (n, letter(n), capture)
        })
        .collect();
    let mut engine = Engine::new().unwrap();
    let tally = measure("standard set", letters, &mut engine);
    check("standard set", &tally);
}

#[test]
fn hard_letters_are_read_with_sure_dates_and_numbers_right() {
    // 24 letters by default (8 scans, 16 hard photos); IMR_OCR_HARD_LETTERS=N for more.
    let count = how_many("IMR_OCR_HARD_LETTERS", 24);
    let letters = (0..count)
        .map(|n| {
            let capture = if n % 3 == 0 {
                Capture::Scan
            } else {
                Capture::HardPhoto
            };
            (n, hard_letter(n), capture)
        })
        .collect();
    let mut engine = Engine::new().unwrap();
    let tally = measure("hard set", letters, &mut engine);
    check("hard set", &tally);
}
