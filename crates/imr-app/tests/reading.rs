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
