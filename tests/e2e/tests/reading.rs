//! Reading a photographed letter in the real window: the plan's decision letter (a
//! synthetic phone photo, imr-fixtures) is read on the computer after it is added; what
//! it says is offered on the documents page and under the question each value answers,
//! with the crop of the page; "Ignore" changes nothing; "Use this" puts the date in the
//! question's boxes without touching what else is typed, Continue saves it and the rules
//! report follows. The "Ask your doctor for a letter" page is printed from the
//! documents page.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::{Duration, Instant};

use imr_app::NaiveDate;
use imr_fixtures::letters::{letter, Capture, Layout, LetterKind, SyntheticLetter};
use imr_i18n::{text, Lang};
use serde_json::json;
use support::{radio, Session};

/// A decision letter whose date reads one way only, after the example's grievance and
/// before the window's today (the debug build's IMR_PACKET_TODAY, or the real one).
fn decision_letter() -> SyntheticLetter {
    (0..2000)
        .map(letter)
        .find(|l| {
            let f = &l.facts;
            let date =
                NaiveDate::from_ymd_opt(f.letter_date.year, f.letter_date.month, f.letter_date.day)
                    .unwrap();
            f.kind == LetterKind::GrievanceDecision
                && f.layout == Layout::Classic
                && !f.date_ambiguous
                && date > NaiveDate::from_ymd_opt(2026, 1, 20).unwrap()
                && date < NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()
                && date != NaiveDate::from_ymd_opt(2026, 2, 5).unwrap()
        })
        .unwrap()
}

/// Waits for `css`, longer than the usual wait: reading a photo takes seconds.
async fn wait_long(s: &Session, css: &str) {
    let deadline = Instant::now() + Duration::from_secs(90);
    while !s.exists(css).await {
        assert!(Instant::now() < deadline, "{css} did not appear");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

#[tokio::test]
async fn a_photographed_decision_date_is_offered_with_its_crop_and_used_with_a_click() {
    let mut s = Session::start_named("reading").await;
    s.wait_for("#start-new").await;
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    let id = s
        .fill_example_and_type_name("Synthetic knee condition", "Marisol", "Ashgrove")
        .await;
    s.js(
        "const m = await import('./app.js'); await m.go('documents'); return null;",
        vec![],
    )
    .await;
    s.wait_for("#dropzone").await;

    let synthetic = decision_letter();
    let facts = synthetic.facts.clone();
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("decision-photo.jpg");
    std::fs::write(&photo, synthetic.picture(Capture::Photo, 300, 7)).unwrap();
    let before = s.invoke("eligibility", json!({"id": id})).await;

    let errors = s.add_files(&[&photo], "grievance_decision").await;
    assert!(errors.is_empty(), "{errors:?}");
    // Its corners are checked first; the whole photo is kept (read as it was taken).
    s.wait_for("#use-whole").await;
    s.click("#use-whole").await;
    s.wait_for("#dropzone").await;
    // Read in the background: the date comes beside its question, with the crop.
    let card = "[data-field='grievance.decision_date']";
    wait_long(&s, &format!("{card} img.suggestion-crop")).await;
    let question = s.text(&format!("{card} h5")).await;
    assert!(
        question.contains("What is the date on the plan's decision letter?"),
        "{question}"
    );
    let alt = s
        .js(
            "return document.querySelector(arguments[0]).alt;",
            vec![json!(format!("{card} img.suggestion-crop"))],
        )
        .await;
    assert!(alt.as_str().unwrap().contains("page 1"), "{alt}");
    s.screenshot("reading-offered").await;
    let violations = s.axe("documents-reading").await;
    assert!(violations.is_empty(), "{violations:#?}");
    // Nothing was filled in by reading.
    assert_eq!(s.invoke("eligibility", json!({"id": id})).await, before);

    // Ignoring the member ID changes nothing.
    let member = "[data-field='plan.member_id']";
    s.wait_for(member).await;
    s.click(&format!("{member} button[id$='-ignore']")).await;
    wait_long(&s, &format!("{member}[data-status='ignored']")).await;
    assert_eq!(s.invoke("eligibility", json!({"id": id})).await, before);

    // Under the question itself, in the wizard: the date with its crop, and the
    // reference the letter gives.
    s.js(
        "const m = await import('./app.js'); await m.go('screen:grievance-decision'); return null;",
        vec![],
    )
    .await;
    let date_card = "#f-grievance-decision_date-suggestions .field-suggestion";
    let ref_card = "#f-grievance-reference-suggestions .field-suggestion";
    wait_long(&s, &format!("{date_card} img.suggestion-crop")).await;
    s.wait_for(ref_card).await;
    let from = s.text(&format!("{date_card} .suggestion-from")).await;
    assert!(
        from.contains("The plan's decision on your complaint"),
        "{from}"
    );
    let written = imr_i18n::long_date(
        Lang::En,
        facts.letter_date.year,
        facts.letter_date.month,
        facts.letter_date.day,
    );
    assert_eq!(
        s.text(&format!("{date_card} .suggestion-value")).await,
        written
    );
    s.screenshot("question-suggestion").await;
    let violations = s.axe("question-suggestion").await;
    assert!(violations.is_empty(), "{violations:#?}");

    // In Spanish, the same suggestion in Spanish words, from Rust.
    s.js(
        "const m = await import('./i18n.js'); await m.setLanguage('es'); return null;",
        vec![],
    )
    .await;
    s.wait_for_text(
        &format!("{date_card} .suggestion-from"),
        &text(
            Lang::Es,
            "reading-field-from",
            &[(
                "title",
                text(Lang::Es, "document-kind-grievance-decision", &[])
                    .as_str()
                    .into(),
            )],
        ),
    )
    .await;
    assert_eq!(
        s.text(&format!("{date_card} button[id$='-use-0']")).await,
        text(Lang::Es, "reading-use", &[])
    );
    s.screenshot("question-suggestion-es").await;
    let violations = s.axe("question-suggestion-es").await;
    assert!(violations.is_empty(), "{violations:#?}");
    s.js(
        "const m = await import('./i18n.js'); await m.setLanguage('en'); return null;",
        vec![],
    )
    .await;
    s.wait_for_text(
        &format!("{date_card} button[id$='-use-0']"),
        &text(Lang::En, "reading-use", &[]),
    )
    .await;

    // Something typed on the page first; then "Use this" puts the letter's date in the
    // three boxes, and nothing else changes, and nothing is saved.
    let reference = support::field("grievance.reference");
    s.fill(&reference, "TYPED-REF-1").await;
    s.click(&format!("{date_card} button[id$='-use-0']")).await;
    let boxes = support::field("grievance.decision_date");
    let date_boxes = || async {
        (
            s.value(&format!("{boxes}-month")).await,
            s.value(&format!("{boxes}-day")).await,
            s.value(&format!("{boxes}-year")).await,
        )
    };
    let letter_boxes = (
        facts.letter_date.month.to_string(),
        facts.letter_date.day.to_string(),
        facts.letter_date.year.to_string(),
    );
    assert_eq!(date_boxes().await, letter_boxes);
    assert_eq!(s.value(&reference).await, "TYPED-REF-1");
    assert!(s.active_element_matches(&format!("{boxes}-month")).await);
    assert_eq!(
        s.text(&format!("{date_card} .status")).await,
        text(Lang::En, "reading-filled", &[])
    );
    assert_eq!(s.invoke("eligibility", json!({"id": id})).await, before);

    // "Ignore" under the reference: it goes, and what is typed stays.
    s.click(&format!("{ref_card} button[id$='-ignore']")).await;
    s.wait_until_gone(ref_card).await;
    assert_eq!(s.value(&reference).await, "TYPED-REF-1");
    assert_eq!(date_boxes().await, letter_boxes);
    assert_eq!(s.invoke("eligibility", json!({"id": id})).await, before);

    // Continue: the answer is the letter's date, and the rules report follows.
    s.click("#continue").await;
    s.wait_until_gone(&format!("{boxes}-month")).await;
    let after = s.invoke("eligibility", json!({"id": id})).await;
    assert_ne!(after, before, "the rules report did not change");
    let answers = s.invoke("check_answers", json!({"id": id})).await;
    assert!(
        answers.to_string().contains(&written),
        "{written} not in {answers}"
    );
    assert!(
        answers.to_string().contains("TYPED-REF-1"),
        "the typed reference was lost: {answers}"
    );
    // Back on the page, nothing more is offered: the date is the answer, the
    // reference was ignored.
    s.js(
        "const m = await import('./app.js'); await m.go('screen:grievance-decision'); return null;",
        vec![],
    )
    .await;
    s.wait_for(&format!("{boxes}-month")).await;
    assert!(!s.exists(".field-suggestion").await);

    // The documents page says the date was added to the answers.
    s.js(
        "const m = await import('./app.js'); await m.go('documents'); return null;",
        vec![],
    )
    .await;
    wait_long(&s, &format!("{card}[data-status='accepted']")).await;
    s.screenshot("reading-accepted").await;

    // In Spanish, the same panel in Spanish words, from Rust.
    s.js(
        "const m = await import('./i18n.js'); await m.setLanguage('es'); return null;",
        vec![],
    )
    .await;
    s.wait_for_text(".reading h4", &text(Lang::Es, "reading-heading", &[]))
        .await;
    assert_eq!(
        s.text(&format!("{card} .status")).await,
        text(Lang::Es, "reading-accepted", &[])
    );
    let question = s.text(&format!("{card} h5")).await;
    assert!(question.starts_with("Responde a:"), "{question}");
    s.screenshot("reading-es").await;
    s.js(
        "const m = await import('./i18n.js'); await m.setLanguage('en'); return null;",
        vec![],
    )
    .await;
    s.wait_for_text(".reading h4", &text(Lang::En, "reading-heading", &[]))
        .await;

    // The doctor's request is printed from the same page.
    let request = dir.path().join("request.pdf");
    s.js(
        "return await window.imrDoctorRequestTo(arguments[0]);",
        vec![json!(request.display().to_string())],
    )
    .await;
    let text = support::pdftotext(&request)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("Request for a letter from your doctor"),
        "{text}"
    );
    // Filled in from the case as it stands (the name typed on the open page is not
    // saved yet).
    assert!(text.contains("XJ4-2291-07"), "{text}");
    assert!(text.contains("Synthetic knee condition"), "{text}");
    s.close().await;
}
