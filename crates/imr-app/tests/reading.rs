//! Reading the plan's letters: a photographed decision letter (synthetic, imr-fixtures)
//! is read by the real Tesseract through `App`, its suggestions come with the question
//! they answer and a crop of the page, accepting one changes the answer and the rules
//! report, ignoring one changes nothing, and what was read stays sealed in a protected
//! case and travels with the clinic handoff.
#![cfg(feature = "ocr")]
#![allow(clippy::unwrap_used)]

use std::path::Path;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use imr_app::packet::Signing;
use imr_app::reading::Status;
use imr_app::{App, DocumentKind, Finding, FixedClock};
use imr_case::form::ids;
use imr_fixtures::letters::{letter, Capture, Layout, LetterKind, SyntheticLetter};

mod common;
use common::{example, fast_kdf_store};

const PASS: &str = "purple otter sings at noon";

fn open(dir: &Path) -> App {
    let pacific = FixedOffset::west_opt(8 * 3600).unwrap();
    let clock = FixedClock::at(pacific.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap());
    App::open(dir, Box::new(clock))
        .unwrap()
        .with_store(fast_kdf_store(dir))
}

/// A grievance decision in the classic layout whose date is written so that it cannot
/// be read two ways.
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
                // After the example's grievance (January 5) and denial (January 20), before
                // today, and not its decision date: the deadline moves.
                && date > NaiveDate::from_ymd_opt(2026, 1, 20).unwrap()
                && date < NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
                && date != NaiveDate::from_ymd_opt(2026, 2, 5).unwrap()
        })
        .unwrap()
}

fn photo_on_disk(dir: &Path, letter: &SyntheticLetter) -> std::path::PathBuf {
    let path = dir.join("decision photo.jpg");
    std::fs::write(&path, letter.picture(Capture::Photo, 300, 7)).unwrap();
    path
}

fn example_case(app: &App) -> String {
    let id = app.create_case().unwrap().id;
    app.save_screen(&id, "problem-type", &example().answers, true, None)
        .unwrap();
    id
}

#[test]
fn a_photographed_decision_is_read_and_only_a_click_changes_an_answer() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = open(dir.path());
    let id = example_case(&app);
    let synthetic = decision_letter();
    let facts = &synthetic.facts;
    let photo = photo_on_disk(files.path(), &synthetic);
    app.add_document(&id, &photo, DocumentKind::GrievanceDecision, "", None)
        .unwrap();
    let index = app.documents(&id).unwrap().len() - 1;
    let before = serde_json::to_string(&app.eligibility(&id).unwrap()).unwrap();
    let answers_before = common::case_json(dir.path(), &id).answers;

    // Not read until asked; reading reports each page.
    assert!(!app.document_reading(&id, index).unwrap().read);
    let mut heard = Vec::new();
    let view = app
        .read_document(&id, index, &mut |p| heard.push((p.done, p.total)))
        .unwrap();
    assert_eq!(heard.first(), Some(&(0, 1)));
    assert_eq!(heard.last(), Some(&(1, 1)));
    // Reading alone changes no answer.
    assert_eq!(common::case_json(dir.path(), &id).answers, answers_before);

    let date = view
        .suggestions
        .iter()
        .find(|s| s.field == ids::GRIEVANCE_DECISION_DATE)
        .unwrap_or_else(|| panic!("no decision date in {view:#?}"));
    let wanted = format!(
        "{:02}/{:02}/{}",
        facts.letter_date.month, facts.letter_date.day, facts.letter_date.year
    );
    assert_eq!(date.typed, wanted);
    assert_eq!(
        date.question,
        "What is the date on the plan's decision letter?"
    );
    assert!(date
        .crop
        .as_deref()
        .is_some_and(|c| c.starts_with("data:image/png;base64,")));
    assert!(date.crop_alt.contains("page 1"), "{}", date.crop_alt);
    assert_eq!(date.status, Status::Offered);
    let member = view
        .suggestions
        .iter()
        .find(|s| s.finding == Finding::MemberId)
        .unwrap();
    assert_eq!(member.typed, facts.member_id);

    // Ignoring leaves every answer and the report as they were.
    let view = app
        .ignore_suggestion(&id, index, Finding::MemberId)
        .unwrap();
    assert_eq!(common::case_json(dir.path(), &id).answers, answers_before);
    assert_eq!(
        serde_json::to_string(&app.eligibility(&id).unwrap()).unwrap(),
        before
    );
    let member = view
        .suggestions
        .iter()
        .find(|s| s.finding == Finding::MemberId)
        .unwrap();
    assert_eq!(member.status, Status::Ignored);

    // Accepting puts the date in, and the deadlines follow it.
    let view = app
        .accept_suggestion(&id, index, Finding::LetterDate, &wanted)
        .unwrap();
    let answers = common::case_json(dir.path(), &id).answers;
    let iso = format!(
        "{}-{:02}-{:02}",
        facts.letter_date.year, facts.letter_date.month, facts.letter_date.day
    );
    assert_eq!(answers.get(ids::GRIEVANCE_DECISION_DATE), Some(&iso));
    assert_ne!(
        serde_json::to_string(&app.eligibility(&id).unwrap()).unwrap(),
        before
    );
    let date = view
        .suggestions
        .iter()
        .find(|s| s.finding == Finding::LetterDate)
        .unwrap();
    assert_eq!(date.status, Status::Accepted);
    // An edit is checked like a typed date, and names the box.
    let wrong = app
        .accept_suggestion(&id, index, Finding::LetterDate, "13/45/2026")
        .unwrap_err();
    assert_eq!(wrong.field, Some(imr_app::Field::Suggestion));

    // The mailed packet can be searched: pdftotext finds the letter's words on the
    // photo's page, and the photo's JPEG bytes are in the file untouched.
    let packet = files.path().join("packet.pdf");
    app.create_packet(
        &id,
        imr_app::Mode::Mail,
        &Signing::Wet,
        &packet,
        &mut |_| {},
    )
    .unwrap();
    let out = std::process::Command::new("pdftotext")
        .args([packet.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&facts.member_id),
        "member ID not in the packet's text"
    );
    assert!(
        text.contains("upheld"),
        "the letter's words are not in the packet's text"
    );
    let pdf = std::fs::read(&packet).unwrap();
    let jpeg = std::fs::read(&photo).unwrap();
    assert!(
        pdf.windows(jpeg.len()).any(|w| w == jpeg.as_slice()),
        "the photo's bytes were changed"
    );
    let check = std::process::Command::new("qpdf")
        .args(["--check", packet.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn what_was_read_in_a_protected_case_is_sealed_and_travels_with_the_handoff() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = open(dir.path());
    let id = app.create_protected_case(PASS, PASS).unwrap().id;
    let synthetic = decision_letter();
    let photo = photo_on_disk(files.path(), &synthetic);
    app.add_document(&id, &photo, DocumentKind::GrievanceDecision, "", None)
        .unwrap();
    let view = app.read_document(&id, 0, &mut |_| {}).unwrap();
    assert!(view
        .suggestions
        .iter()
        .any(|s| s.finding == Finding::MemberId));
    app.ignore_suggestion(&id, 0, Finding::PlanName).unwrap();

    // Nothing read is on disk in the clear: not the member ID, not a word of the letter.
    let member_id = synthetic.facts.member_id.as_bytes();
    for path in common::files_under(dir.path()) {
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !common::contains(&bytes, member_id),
            "{} holds the member ID",
            path.display()
        );
        assert!(
            !common::contains(&bytes, b"upheld"),
            "{} holds the letter's words",
            path.display()
        );
    }

    // The handoff carries it: the imported case offers the same, as it stood.
    let export = files.path().join("case.imrcase");
    app.export_case(
        &id,
        "handoff passphrase 42",
        "handoff passphrase 42",
        &export,
    )
    .unwrap();
    let other_dir = tempfile::tempdir().unwrap();
    let other = open(other_dir.path());
    let imported = other
        .import_case(&export, "handoff passphrase 42", Some((PASS, PASS)))
        .unwrap();
    let again = other.document_reading(&imported, 0).unwrap();
    assert!(again.read);
    assert_eq!(again.suggestions.len(), view.suggestions.len());
    let plan = again
        .suggestions
        .iter()
        .find(|s| s.finding == Finding::PlanName)
        .unwrap();
    assert_eq!(plan.status, Status::Ignored);
}

/// Writes page edits into document `index` of case `id`, as the page tools of issue 16
/// save them in the case file.
fn set_pages(data: &Path, id: &str, index: usize, pages: Option<Vec<imr_case::case::PageEdit>>) {
    let mut file = common::case_json(data, id);
    file.documents[index].pages = pages;
    std::fs::write(
        common::case_dir(data, id).join("case.json"),
        file.to_json_pretty(),
    )
    .unwrap();
}

/// The words Tesseract reads on a crop shown beside a suggestion (a PNG data URL).
fn words_on_crop(engine: &mut imr_ocr::engine::Engine, crop: &str) -> String {
    let grey = common::png_of(crop);
    let (w, h) = grey.dimensions();
    engine.read(grey.as_raw(), w, h, 300).unwrap().text()
}

fn pdftotext(path: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(args)
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_blacked_out_member_id_is_read_nowhere_and_the_rest_of_the_letter_is() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = open(dir.path());
    let id = example_case(&app);
    let synthetic = decision_letter();
    let facts = &synthetic.facts;
    let photo = photo_on_disk(files.path(), &synthetic);
    app.add_document(&id, &photo, DocumentKind::GrievanceDecision, "", None)
        .unwrap();
    let index = app.documents(&id).unwrap().len() - 1;
    let first = app.read_document(&id, index, &mut |_| {}).unwrap();
    assert!(
        first
            .suggestions
            .iter()
            .any(|s| s.finding == Finding::MemberId && s.typed == facts.member_id),
        "the member ID is read before it is blacked out: {first:#?}"
    );

    // The person blacks out the member ID's line on the photo.
    let line = synthetic.line_with(&facts.member_id).unwrap();
    let band = synthetic.line_corners(line, Capture::Photo, 300, 7);
    let edits = vec![imr_case::case::PageEdit {
        page: 1,
        turn: 0,
        crop: None,
        redact: vec![band],
    }];
    set_pages(dir.path(), &id, index, Some(edits));

    // What was read before no longer counts: nothing is offered from it, not on the
    // documents page, not under the questions, and the packet gets no words from it.
    let stale = app.document_reading(&id, index).unwrap();
    assert!(stale.stale && !stale.read, "{stale:#?}");
    assert!(stale.suggestions.is_empty());
    let plan = app.screen(&id, "plan-details").unwrap();
    assert!(plan.fields.iter().all(|f| f.suggestions.is_empty()));

    // Read again, as the packet carries the page.
    let view = app.read_document(&id, index, &mut |_| {}).unwrap();
    assert!(view.read && !view.stale, "{view:#?}");
    assert!(
        view.suggestions
            .iter()
            .all(|s| s.finding != Finding::MemberId && !s.typed.contains(&facts.member_id)),
        "a member ID from under the box: {view:#?}"
    );
    let wanted_date = format!(
        "{:02}/{:02}/{}",
        facts.letter_date.month, facts.letter_date.day, facts.letter_date.year
    );
    let date = view
        .suggestions
        .iter()
        .find(|s| s.field == ids::GRIEVANCE_DECISION_DATE)
        .unwrap_or_else(|| panic!("the date is not found: {view:#?}"));
    assert_eq!(date.typed, wanted_date);
    let reference = view
        .suggestions
        .iter()
        .find(|s| s.finding == Finding::Reference)
        .unwrap_or_else(|| panic!("the reference is not found: {view:#?}"));
    assert_eq!(reference.typed, facts.reference);

    // No crop shows it: each one read back finds no member ID.
    let mut engine = imr_ocr::engine::Engine::new().unwrap();
    let mut crops = 0;
    for s in &view.suggestions {
        if let Some(crop) = &s.crop {
            crops += 1;
            let words = words_on_crop(&mut engine, crop);
            assert!(
                !words.contains(&facts.member_id),
                "the crop of {:?} shows the member ID: {words}",
                s.finding
            );
        }
    }
    assert!(crops >= 2, "crops: {crops}");
    // Nothing kept of the reading holds it.
    for path in common::files_under(&common::case_dir(dir.path(), &id).join("reading")) {
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !common::contains(&bytes, facts.member_id.as_bytes()),
            "{} holds the member ID",
            path.display()
        );
    }

    // The packet's text has the letter's words, and not the member ID.
    let packet = files.path().join("packet.pdf");
    app.create_packet(
        &id,
        imr_app::Mode::Mail,
        &Signing::Wet,
        &packet,
        &mut |_| {},
    )
    .unwrap();
    let text = pdftotext(&packet, &[]);
    assert!(
        !text.contains(&facts.member_id),
        "the member ID is in the packet's text"
    );
    assert!(text.contains("upheld"), "the letter's words are not there");
    assert!(
        text.contains(&facts.reference),
        "the reference is not in the packet's text"
    );
}

#[test]
fn a_sideways_photo_cropped_and_turned_is_read_upright_with_its_text_layer() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = open(dir.path());
    let id = example_case(&app);
    let synthetic = decision_letter();
    let facts = &synthetic.facts;
    // The photo stored sideways (the phone did not say how it was held): the letter's
    // top is on its left.
    let upright = image::load_from_memory(&synthetic.picture(Capture::Photo, 300, 7))
        .unwrap()
        .to_rgb8();
    let sideways = image::imageops::rotate270(&upright);
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode_image(&sideways)
        .unwrap();
    let path = files.path().join("sideways decision.jpg");
    std::fs::write(&path, &jpeg).unwrap();
    app.add_document(&id, &path, DocumentKind::GrievanceDecision, "", None)
        .unwrap();
    let index = app.documents(&id).unwrap().len() - 1;

    // Cropped to the sheet (its corners as the file shows it, from the file's top
    // left) and turned a quarter to the right: upright and flat in the packet.
    let [tl, tr, br, bl] = synthetic
        .sheet_corners(Capture::Photo, 300, 7)
        .map(|[x, y]| [y, 1.0 - x]);
    let edits = vec![imr_case::case::PageEdit {
        page: 1,
        turn: 90,
        crop: Some([tr, br, bl, tl]),
        redact: Vec::new(),
    }];
    set_pages(dir.path(), &id, index, Some(edits));

    let view = app.read_document(&id, index, &mut |_| {}).unwrap();
    let found = |finding: Finding| {
        view.suggestions
            .iter()
            .find(|s| s.finding == finding)
            .unwrap_or_else(|| panic!("{finding:?} not found: {view:#?}"))
    };
    assert_eq!(found(Finding::MemberId).typed, facts.member_id);
    assert_eq!(found(Finding::Reference).typed, facts.reference);
    assert!(found(Finding::MemberId).crop.is_some());

    // The packet can be searched, its words laid on the page as it is printed: upright,
    // top to bottom in the letter's order, on the left half where the lines start.
    let packet = files.path().join("packet.pdf");
    app.create_packet(
        &id,
        imr_app::Mode::Mail,
        &Signing::Wet,
        &packet,
        &mut |_| {},
    )
    .unwrap();
    let text = pdftotext(&packet, &[]);
    assert!(
        text.contains(&facts.member_id),
        "no member ID in the packet"
    );
    assert!(text.contains("upheld"), "no letter words in the packet");
    let boxes = pdftotext(&packet, &["-bbox"]);
    let place = |word: &str| -> (f64, f64) {
        let line = boxes
            .lines()
            .find(|l| l.contains(&format!(">{word}<")))
            .unwrap_or_else(|| panic!("{word} has no box"));
        let number = |name: &str| -> f64 {
            let at = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            line[at..].split('"').next().unwrap().parse().unwrap()
        };
        (number("xMin"), number("yMin"))
    };
    let (id_x, id_y) = place(&facts.member_id);
    let (_, upheld_y) = place("upheld");
    let (_, sincerely_y) = place("Sincerely,");
    assert!(
        id_y < upheld_y && upheld_y < sincerely_y,
        "the words are not in the letter's order down the page: {id_y} {upheld_y} {sincerely_y}"
    );
    assert!(
        id_x < 612.0 / 2.0,
        "the member ID is not on the left: {id_x}"
    );
}

#[test]
fn a_suggestion_waits_under_its_question_until_it_is_used_and_saved_or_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = open(dir.path());
    let id = example_case(&app);
    let synthetic = decision_letter();
    let facts = &synthetic.facts;
    let photo = photo_on_disk(files.path(), &synthetic);
    app.add_document(&id, &photo, DocumentKind::GrievanceDecision, "", None)
        .unwrap();
    let index = app.documents(&id).unwrap().len() - 1;
    // Nothing is offered in the wizard before the letter is read.
    let page = app.screen(&id, "grievance-decision").unwrap();
    assert!(page.fields.iter().all(|f| f.suggestions.is_empty()));
    app.read_document(&id, index, &mut |_| {}).unwrap();
    let answers_before = common::case_json(dir.path(), &id).answers;

    // The decision page: the date under its question, with its crop and the three boxes
    // "Use this" fills; the reference under its own.
    let page = app.screen(&id, "grievance-decision").unwrap();
    let on = |field: &str| {
        page.fields
            .iter()
            .find(|f| f.field.id == field)
            .unwrap()
            .suggestions
            .clone()
    };
    let date = on(ids::GRIEVANCE_DECISION_DATE);
    assert_eq!(date.len(), 1, "{date:#?}");
    let date = &date[0];
    assert!(
        date.from.contains("The plan's decision on your complaint"),
        "{}",
        date.from
    );
    assert!(date
        .crop
        .as_deref()
        .is_some_and(|c| c.starts_with("data:image/png;base64,")));
    assert!(date.choose.is_none());
    assert_eq!(date.uses.len(), 1);
    let boxes: Vec<(String, String)> = date.uses[0]
        .fill
        .iter()
        .map(|f| (f.name.clone(), f.value.clone()))
        .collect();
    let decision = ids::GRIEVANCE_DECISION_DATE;
    assert_eq!(
        boxes,
        vec![
            (
                format!("{decision}.month"),
                facts.letter_date.month.to_string()
            ),
            (format!("{decision}.day"), facts.letter_date.day.to_string()),
            (
                format!("{decision}.year"),
                facts.letter_date.year.to_string()
            ),
        ]
    );
    let reference = on(ids::GRIEVANCE_REFERENCE);
    assert_eq!(reference.len(), 1);
    assert_eq!(reference[0].uses[0].fill[0].value, facts.reference);
    // Showing it changed nothing.
    assert_eq!(common::case_json(dir.path(), &id).answers, answers_before);

    // The person uses the date (the window puts it in the boxes), types another
    // reference, and continues: the date is accepted, the reference still waits.
    let mut sent = imr_case::case::Answers::new();
    for (name, value) in &boxes {
        sent.insert(name.clone(), value.clone());
    }
    sent.insert(ids::GRIEVANCE_REFERENCE.into(), "MY-OWN-123".into());
    let saved = app
        .save_screen(&id, "grievance-decision", &sent, false, None)
        .unwrap();
    let iso = format!(
        "{}-{:02}-{:02}",
        facts.letter_date.year, facts.letter_date.month, facts.letter_date.day
    );
    assert_eq!(
        common::case_json(dir.path(), &id)
            .answers
            .get(decision)
            .map(String::as_str),
        Some(iso.as_str())
    );
    let after = |view: &imr_app::screens::ScreenView, field: &str| {
        view.fields
            .iter()
            .find(|f| f.field.id == field)
            .unwrap()
            .suggestions
            .len()
    };
    assert_eq!(after(&saved.view, decision), 0);
    assert_eq!(after(&saved.view, ids::GRIEVANCE_REFERENCE), 1);
    let reading = app.document_reading(&id, index).unwrap();
    let status = |finding: Finding| {
        reading
            .suggestions
            .iter()
            .find(|s| s.finding == finding)
            .unwrap()
            .status
    };
    assert_eq!(status(Finding::LetterDate), Status::Accepted);
    assert_eq!(status(Finding::Reference), Status::Offered);

    // "Ignore" under the member ID: gone from the page and the documents page says
    // so; no answer changes.
    let plan = app.screen(&id, "plan-details").unwrap();
    let member = plan
        .fields
        .iter()
        .find(|f| f.field.id == ids::PLAN_MEMBER_ID)
        .unwrap();
    assert_eq!(member.suggestions.len(), 1, "{member:#?}");
    assert_eq!(member.suggestions[0].written, facts.member_id);
    let answers = common::case_json(dir.path(), &id).answers;
    app.ignore_field_suggestion(&id, ids::PLAN_MEMBER_ID, &member.suggestions[0].key)
        .unwrap();
    assert_eq!(common::case_json(dir.path(), &id).answers, answers);
    let plan = app.screen(&id, "plan-details").unwrap();
    assert_eq!(after(&plan, ids::PLAN_MEMBER_ID), 0);
    let reading = app.document_reading(&id, index).unwrap();
    assert_eq!(
        reading
            .suggestions
            .iter()
            .find(|s| s.finding == Finding::MemberId)
            .unwrap()
            .status,
        Status::Ignored
    );
    // A second "Ignore" of the same finds nothing to leave out, and says so.
    assert!(app
        .ignore_field_suggestion(&id, ids::PLAN_MEMBER_ID, &member.suggestions[0].key)
        .is_err());

    // In Spanish, the same suggestion in Spanish words.
    app.set_language(imr_app::Lang::Es).unwrap();
    let page = app.screen(&id, "grievance-decision").unwrap();
    let reference = &page
        .fields
        .iter()
        .find(|f| f.field.id == ids::GRIEVANCE_REFERENCE)
        .unwrap()
        .suggestions[0];
    assert!(
        reference.from.starts_with("Leímos esto"),
        "{}",
        reference.from
    );
    assert_eq!(reference.uses[0].label, "Usar esto");
    assert_eq!(reference.ignore, "Ignorar");
}
