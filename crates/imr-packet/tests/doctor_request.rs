//! "Ask your doctor for a letter", read back with poppler: every case fact it should
//! hold, the urgent statement only for an urgent case, the points of H&S 1370.4 only
//! for an experimental treatment, and an English copy after a Spanish page.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use imr_case::case::{Answers, CaseFile};
use imr_packet::{build_doctor_request, Lang, Mode, PacketOptions};

fn example_answers() -> Answers {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/nunez/case.json");
    CaseFile::from_json(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .answers
}

/// The request's text and page count, as pdftotext and pdfinfo read it.
fn read_back(answers: &Answers, lang: Lang) -> (String, usize) {
    let date = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let mut options = PacketOptions::new(Mode::Mail, date, b"doctor");
    options.language = lang;
    let pdf = build_doctor_request(answers, &options).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("request.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let text = Command::new("pdftotext")
        .args(["-layout", path.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    let info = Command::new("pdfinfo").arg(&path).output().unwrap();
    let pages = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().unwrap()))
        .unwrap();
    // Lines joined, so a wrapped sentence reads whole.
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (text, pages)
}

#[test]
fn the_request_holds_every_case_fact_in_english_on_one_page() {
    let answers = example_answers();
    let (text, pages) = read_back(&answers, Lang::En);
    assert_eq!(pages, 1, "{text}");
    for fact in [
        "Dr. Ana Torres",
        "José A Núñez",
        "July 14, 1961",
        "Golden Valley Health Plan",
        "XJ4-2291-07",
        "GV-2026-00417",
        "MRI of the lumbar spine",
        "Lumbar radiculopathy",
        "February 5, 2026",
        "916-255-5241",
        "559-555-0142",
        "my diagnosis",
        "the treatments I have already tried",
        "why this treatment is medically necessary",
        "what is likely to happen to my health without it",
    ] {
        assert!(text.contains(fact), "missing {fact:?} in {text}");
    }
    assert!(!text.contains("imminent"), "not an urgent case: {text}");
    assert!(!text.contains("1370.4"), "not an experimental case: {text}");
}

#[test]
fn an_urgent_experimental_case_asks_for_the_threat_statement_and_the_certification() {
    let mut answers = example_answers();
    answers.insert("urgency.urgent".into(), "yes".into());
    answers.insert("problem.type".into(), "experimental".into());
    let (text, pages) = read_back(&answers, Lang::En);
    // Still one page, with every point H&S 1370.4 asks for.
    assert_eq!(pages, 1, "{text}");
    for point in [
        "serious and imminent threat to my health",
        "Health and Safety Code section 1370.4",
        "life-threatening or seriously debilitating",
        "standard treatments have not worked for me or are not medically appropriate",
        "more beneficial for me than any available standard treatment",
        // (a)(3)(B): a doctor outside the plan, and two documents of evidence.
        "board-certified or board-eligible",
        "at least two documents",
        // (c)(2): the seven-day review.
        "significantly less effective if not started promptly",
        "within 7 days",
    ] {
        assert!(text.contains(point), "missing {point:?} in {text}");
    }
    // In Spanish too: one page in Spanish and its English copy, with the same points.
    let (text, pages) = read_back(&answers, Lang::Es);
    assert_eq!(pages, 2, "{text}");
    for point in [
        "amenaza grave e inminente",
        "sección 1370.4",
        "al menos dos documentos",
        "en 7 días",
        "board-certified or board-eligible",
    ] {
        assert!(text.contains(point), "missing {point:?} in {text}");
    }
}

#[test]
fn a_spanish_request_comes_with_an_english_copy() {
    let answers = example_answers();
    let (text, pages) = read_back(&answers, Lang::Es);
    assert_eq!(pages, 2, "{text}");
    assert!(
        text.contains("Solicitud de una carta de su médico"),
        "{text}"
    );
    assert!(text.contains("14 de julio de 1961"), "{text}");
    assert!(text.contains("Copia en inglés"), "{text}");
    assert!(
        text.contains("Request for a letter from your doctor"),
        "{text}"
    );
    assert!(text.contains("XJ4-2291-07"), "{text}");
}

#[test]
fn a_request_printed_early_leaves_blanks_to_fill_by_hand() {
    let (text, pages) = read_back(&Answers::new(), Lang::En);
    assert_eq!(pages, 1);
    assert!(text.contains("______"), "{text}");
}
