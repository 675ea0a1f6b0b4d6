//! The app's logic without its window, driven as the window drives it (`imr_app::App`
//! on a fixed clock): storage, documents, screens, packets. What is stored is read back
//! from the files on disk.

#![allow(clippy::unwrap_used)]

use std::path::Path;

use imr_app::packet::Signing;
use imr_app::screens::{self, Status, Task};
use imr_app::{App, Code, FixedClock};
use imr_case::case::{Answers, CaseFile};
use imr_case::form::DocumentKind;
use imr_i18n::Lang;
use imr_packet::Mode;

mod common;
use common::{app_at_ten, at, case_dir, case_json, example, example_dir, today};

fn example_doc(name: &str) -> std::path::PathBuf {
    example_dir().join(name)
}

/// Adds the example's denial letter to case `id`.
fn add_denial_letter(app: &App, id: &str) {
    common::add_denial_letter(app, id, "");
}

/// An app on a data folder with one case holding the example's answers (no documents
/// yet), saved at `at(1)`.
fn app_with_example() -> (tempfile::TempDir, App, std::sync::Arc<FixedClock>, String) {
    let dir = tempfile::tempdir().unwrap();
    let (app, clock) = app_at_ten(dir.path());
    let id = common::example_case(&app, &clock);
    (dir, app, clock, id)
}

#[test]
fn case_survives_reopening_the_store() {
    let (dir, app, _clock, id) = app_with_example();
    drop(app);
    let (app, _clock) = app_at_ten(dir.path());
    let list = app.list_cases().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].name, "José Núñez");
    assert_eq!(list[0].updated, at(1));
    assert_eq!(list[0].status, "Ready to make the packet");
    let file = case_json(dir.path(), &id);
    assert_eq!(file.answers, example().answers);
    assert_eq!(file.schema_version, imr_case::case::SCHEMA_VERSION);
    assert_eq!(common::answers_shown(&app, &id), example().answers);
}

#[test]
fn the_case_list_says_when_on_a_twelve_hour_clock_in_each_language() {
    let (_dir, app, clock, id) = app_with_example();
    // From 10:01 to 18:42.
    common::minutes(&clock, 8 * 60 + 41);
    let mut answers = Answers::new();
    answers.insert("contact.email".into(), "maria@example.org".into());
    common::save_answers(&app, &id, "contact", &answers);
    let english = app.list_cases().unwrap();
    app.set_language(Lang::Es).unwrap();
    let spanish = app.list_cases().unwrap();
    let english_date = imr_app::localize::long_date(Lang::En, today());
    let spanish_date = imr_app::localize::long_date(Lang::Es, today());
    assert_eq!(
        english[0].line,
        format!("Ready to make the packet. Last changed {english_date} at 6:42 PM.")
    );
    assert_eq!(
        spanish[0].line,
        format!(
            "{}. Último cambio: {spanish_date}, 6:42 p. m.",
            spanish[0].status
        )
    );
}

#[test]
fn blank_answer_removes_the_old_one() {
    let (dir, app, _clock, id) = app_with_example();
    assert!(case_json(dir.path(), &id)
        .answers
        .contains_key("contact.email"));
    let mut answers = Answers::new();
    answers.insert("contact.email".into(), "  ".into());
    common::save_answers(&app, &id, "contact", &answers);
    assert!(!case_json(dir.path(), &id)
        .answers
        .contains_key("contact.email"));
    assert_eq!(
        common::app_json(dir.path(), &id)["last_screen"],
        serde_json::json!("contact")
    );
}

#[test]
fn corrupt_case_is_listed_with_its_problem_and_others_still_open() {
    let (dir, app, _clock, id) = app_with_example();
    let other = app.create_case().unwrap().id;
    std::fs::write(case_dir(dir.path(), &other).join("case.json"), "{ half").unwrap();
    let list = app.list_cases().unwrap();
    assert_eq!(list.len(), 2);
    let broken = list.iter().find(|c| c.id == other).unwrap();
    assert!(broken
        .problem
        .as_deref()
        .unwrap()
        .contains("cannot be opened"));
    assert!(app.case_overview(&id, None).is_ok());
    assert_eq!(
        app.case_overview(&other, None).unwrap_err().code,
        Code::BadCase
    );
}

#[test]
fn a_document_path_leaving_the_case_folder_is_never_read() {
    let (dir, app, _clock, id) = app_with_example();
    add_denial_letter(&app, &id);
    // A file outside the case that a hand-edited case.json points at.
    let secret = dir.path().join("outside.pdf");
    std::fs::copy(example_doc("denial-letter.pdf"), &secret).unwrap();
    let case_file = case_dir(dir.path(), &id).join("case.json");
    let text = std::fs::read_to_string(&case_file).unwrap();
    let stored = case_json(dir.path(), &id).documents[0].path.clone();
    for bad in ["../../outside.pdf", secret.to_str().unwrap()] {
        std::fs::write(&case_file, text.replace(&stored, bad)).unwrap();
        let docs = app.documents(&id).unwrap();
        let problem = docs[0].problem.as_ref().expect("refused").render(Lang::En);
        assert!(problem.contains("not a file inside"), "{bad}: {problem}");
        assert_eq!(docs[0].pages, 0, "{bad}");
        let e = app
            .preview_packet(&id, Mode::Mail, &Signing::Wet)
            .unwrap_err();
        assert_eq!(e.code, Code::BadDocument, "{bad}: {e:?}");
        assert!(e.message.contains(bad), "{bad}: {}", e.message);
    }
}

#[test]
fn delete_removes_the_case_folder() {
    let (dir, app, _clock, id) = app_with_example();
    add_denial_letter(&app, &id);
    app.delete_case(&id, None).unwrap();
    assert!(!case_dir(dir.path(), &id).exists());
    assert!(app.list_cases().unwrap().is_empty());
}

#[test]
fn case_id_cannot_escape_the_store() {
    let (_dir, app, _clock, _id) = app_with_example();
    assert_eq!(
        app.case_overview("../etc", None).unwrap_err().code,
        Code::Invalid
    );
}

#[test]
fn document_is_copied_with_pages_and_thumbnail() {
    let (dir, app, _clock, id) = app_with_example();
    let original = example_doc("denial-letter.pdf");
    let before = std::fs::read(&original).unwrap();
    let view = app
        .add_document(&id, &original, DocumentKind::DenialLetter, "Denial", None)
        .unwrap();
    assert_eq!(view.pages, 2);
    assert!(view
        .thumbnail
        .unwrap()
        .starts_with("data:image/png;base64,"));
    // The copy lives in the case; the original is untouched.
    let copy = case_dir(dir.path(), &id).join(&case_json(dir.path(), &id).documents[0].path);
    assert_eq!(std::fs::read(copy).unwrap(), before);
    assert_eq!(std::fs::read(&original).unwrap(), before);
}

#[test]
fn bad_document_is_refused_and_case_unchanged() {
    let (dir, app, _clock, id) = app_with_example();
    add_denial_letter(&app, &id);
    let case_file = case_dir(dir.path(), &id).join("case.json");
    let before = std::fs::read(&case_file).unwrap();
    let bad = dir.path().join("broken.pdf");
    let mut bytes = imr_fixtures::letter_pdf(&["A line"; 40], 6);
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&bad, bytes).unwrap();
    let e = app
        .add_document(&id, &bad, DocumentKind::Other, "", None)
        .unwrap_err();
    assert_eq!(e.code, Code::BadDocument);
    assert!(
        e.message.starts_with("broken.pdf: The PDF is damaged"),
        "{}",
        e.message
    );
    assert_eq!(std::fs::read(&case_file).unwrap(), before);
    let copies = std::fs::read_dir(case_dir(dir.path(), &id).join("documents")).unwrap();
    assert_eq!(copies.count(), 1);
}

#[test]
fn documents_reorder_replace_and_remove() {
    let (_dir, app, _clock, id) = app_with_example();
    for (name, kind) in [
        ("denial-letter.pdf", DocumentKind::DenialLetter),
        (
            "grievance-decision-photo.jpg",
            DocumentKind::GrievanceDecision,
        ),
        ("doctor-letter-scan.png", DocumentKind::DoctorLetter),
    ] {
        app.add_document(&id, &example_doc(name), kind, "", None)
            .unwrap();
    }
    app.move_document(&id, 2, 0).unwrap();
    let kinds: Vec<DocumentKind> = app.documents(&id).unwrap().iter().map(|d| d.kind).collect();
    assert_eq!(
        kinds,
        [
            DocumentKind::DoctorLetter,
            DocumentKind::DenialLetter,
            DocumentKind::GrievanceDecision
        ]
    );
    let replaced = app
        .replace_document(&id, 0, &example_doc("denial-letter.pdf"))
        .unwrap();
    assert_eq!(
        (replaced.kind, replaced.pages),
        (DocumentKind::DoctorLetter, 2)
    );
    app.remove_document(&id, 1).unwrap();
    assert_eq!(app.documents(&id).unwrap().len(), 2);
}

#[test]
fn screens_follow_the_answers() {
    let next =
        |current: &str, answers: &Answers| screens::next_eligibility(current, answers, today());
    let mut answers = Answers::new();
    answers.insert("problem.type".into(), "other_complaint".into());
    // Who fills in the form comes second, so every later question is worded for them.
    assert_eq!(next("problem-type", &answers), Some("who"));
    // The plan-action question is only for medical-necessity cases; the denial letter's
    // date is asked of every case.
    assert_eq!(next("who", &answers), Some("denial-date"));
    assert_eq!(next("denial-date", &answers), Some("regulator"));
    answers.insert("problem.type".into(), "medical_necessity".into());
    assert_eq!(next("who", &answers), Some("plan-action"));
    assert_eq!(next("plan-action", &answers), Some("denial-date"));
    // The doctor's-statement question follows only an urgent answer; then the
    // eligibility questions are done.
    answers.insert("urgency.urgent".into(), "no".into());
    assert_eq!(next("urgent", &answers), None);
    answers.insert("urgency.urgent".into(), "yes".into());
    assert_eq!(next("urgent", &answers), Some("urgent-doctor"));
    // Inside a task, the next question of the same task, wherever it sits.
    let mut file = CaseFile::new();
    file.answers = answers.clone();
    assert_eq!(
        screens::next_in_task("patient-name", &file, today()),
        Some("patient-details")
    );
    // The first questions not yet answered are asked in the task; answered ones are not.
    assert_eq!(
        screens::next_in_task("plan-action", &file, today()),
        Some("denial-date")
    );
    file.answers
        .insert("problem.denial_date".into(), "2026-02-01".into());
    assert_eq!(
        screens::next_in_task("plan-action", &file, today()),
        Some("urgent-doctor")
    );
}

/// Where each save and each task leads is decided here, not in the window.
#[test]
fn each_save_and_each_task_says_where_it_leads() {
    use screens::{after_saving, find, Flow};
    let after = |screen: &str, file: &CaseFile, flow, back: Option<&str>| {
        let a = after_saving(Lang::En, find(screen).unwrap(), file, today(), flow, back);
        (a.route, a.return_to, a.flow)
    };
    let mut file = CaseFile::new();
    file.answers
        .insert("problem.type".into(), "medical_necessity".into());
    assert_eq!(
        after("problem-type", &file, Flow::Eligibility, None),
        ("screen:who".to_string(), None, Flow::Eligibility)
    );
    // The end of the first questions is the result page, and the tasks follow.
    file.answers.insert("urgency.urgent".into(), "no".into());
    assert_eq!(
        after("urgent", &file, Flow::Eligibility, None),
        ("result".to_string(), None, Flow::Task)
    );
    // After the signature question, "Check your answers".
    assert_eq!(
        after("signature", &file, Flow::Task, None).0,
        "check".to_string()
    );
    // Changed from "Check your answers": back there…
    let full = example();
    assert_eq!(
        after("plan-action", &full, Flow::Task, Some("check")),
        ("check".to_string(), None, Flow::Task)
    );
    // …unless the answer brings up a question not answered yet: that first, then back.
    let mut urgent = full.clone();
    urgent.answers.insert("urgency.urgent".into(), "yes".into());
    urgent.answers.remove("urgency.doctor_says_urgent");
    assert_eq!(
        after("urgent", &urgent, Flow::Task, Some("check")),
        (
            "screen:urgent-doctor".to_string(),
            Some("check".to_string()),
            Flow::Task
        )
    );

    let tasks = screens::task_list_in(Lang::En, &full, today());
    let open = |task| {
        let t = tasks.iter().find(|t| t.task == task).unwrap();
        (t.open.as_deref().unwrap_or("no link"), t.then.as_str())
    };
    assert_eq!(open(Task::Documents).0, "documents");
    assert_eq!(open(Task::Check).0, "screen:signature");
    assert_eq!(open(Task::Packet).0, "sign");
    // Answered at the start: "You told us" first, then the task's own questions.
    assert_eq!(
        open(Task::Problem),
        ("answered:problem", "screen:problem-treatment")
    );
    assert_eq!(open(Task::Grievance), ("answered:grievance", "tasks"));
    assert_eq!(open(Task::Patient).0, "screen:patient-name");

    // Each answer given at the start changes on its screen, then comes back.
    let told = &tasks
        .iter()
        .find(|t| t.task == Task::Problem)
        .unwrap()
        .answered_before;
    let change = &told
        .iter()
        .find(|r| r.field == "problem.type")
        .unwrap()
        .change;
    assert_eq!(
        (
            change.route.as_str(),
            change.return_to.as_deref(),
            change.flow
        ),
        ("screen:problem-type", Some("answered:problem"), Flow::Task)
    );
    let sections = screens::check_answers_in(Lang::En, &full, today());
    let row = sections.iter().flat_map(|s| &s.rows).next().unwrap();
    assert_eq!(row.change.return_to.as_deref(), Some("check"));
    assert_eq!(row.change.route, format!("screen:{}", row.screen));
    // A task that cannot start yet has no link; every status comes worded.
    let blank = screens::task_list_in(Lang::En, &CaseFile::default(), today());
    let waiting: Vec<_> = blank
        .iter()
        .filter(|t| t.status == Status::CannotStartYet)
        .collect();
    assert!(!waiting.is_empty());
    assert!(waiting.iter().all(|t| t.open.is_none()));
    assert!(blank.iter().all(|t| !t.status_label.is_empty()));
    assert_eq!(waiting[0].status_label, "Cannot start yet");
    assert_eq!(
        screens::progress_in(Lang::Es, &tasks),
        format!(
            "Ha terminado {} de {} secciones.",
            tasks
                .iter()
                .filter(|t| t.status == Status::Completed)
                .count(),
            tasks.len()
        )
    );
    // A new case, and "check again", start at the first question.
    let first = screens::first_questions();
    assert_eq!(
        (first.route.as_str(), first.flow),
        ("screen:problem-type", Flow::Eligibility)
    );
}

/// Ask once: a task does not ask again the first questions already answered; it lists
/// them, each with the screen to change it. One with something to put right is asked.
#[test]
fn a_task_does_not_ask_the_first_questions_again() {
    let file = example();
    let first = |task| screens::first_of(task, &file, today());
    assert_eq!(first(Task::Problem), Some("problem-treatment"));
    assert_eq!(first(Task::Plan), Some("plan-details"));
    // Every grievance question was answered at the start: nothing is left to ask.
    assert_eq!(first(Task::Grievance), None);
    let before = screens::answered_before_in(Lang::En, Task::Problem, &file, today());
    let fields: Vec<&str> = before.iter().map(|r| r.field).collect();
    assert!(fields.contains(&"problem.type"), "{fields:?}");
    assert!(fields.contains(&"problem.denial_date"), "{fields:?}");
    assert!(before.iter().all(|r| r.given && !r.value.is_empty()));
    let tasks = screens::task_list_in(Lang::En, &file, today());
    let grievance = tasks.iter().find(|t| t.task == Task::Grievance).unwrap();
    assert_eq!(grievance.status, Status::Completed);
    assert_eq!(grievance.first_screen, None);
    assert!(!grievance.answered_before.is_empty());

    // A date that cannot be right is asked again, not listed as done.
    let mut wrong = file.clone();
    wrong
        .answers
        .insert("problem.denial_date".into(), "2031-02-01".into());
    assert!(
        screens::problems_on(screens::find("denial-date").unwrap(), &wrong, today())
            .iter()
            .any(|p| p.field == "problem.denial_date")
    );
    assert_eq!(
        screens::first_of(Task::Problem, &wrong, today()),
        Some("denial-date")
    );
    let before = screens::answered_before_in(Lang::En, Task::Problem, &wrong, today());
    assert!(before.iter().all(|r| r.field != "problem.denial_date"));
}

#[test]
fn screen_problems_show_only_that_screens_questions() {
    let mut file = CaseFile::new();
    file.answers.insert("grievance.filed".into(), "yes".into());
    file.answers
        .insert("grievance.filed_on".into(), "2026-02-31".into());
    let screen = screens::find("grievance-filed-on").unwrap();
    let problems = screens::problems_on(screen, &file, today());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "grievance.filed_on");
}

#[test]
fn every_question_is_on_exactly_one_screen() {
    let mut seen = std::collections::BTreeMap::new();
    for s in screens::SCREENS {
        for f in s.fields {
            *seen.entry(*f).or_insert(0) += 1;
        }
    }
    for f in imr_case::form::all_fields() {
        assert_eq!(
            seen.get(f.id),
            Some(&1),
            "{} is on {:?} screens",
            f.id,
            seen.get(f.id)
        );
    }
}

#[test]
fn task_list_shows_progress() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _clock) = app_at_ten(dir.path());
    let id = app.create_case().unwrap().id;
    let tasks = app.case_overview(&id, None).unwrap().tasks;
    let new_case = |task: Task| tasks.iter().find(|t| t.task == task).unwrap().status;
    assert_eq!(new_case(Task::Patient), Status::NotStarted);
    assert_eq!(new_case(Task::Packet), Status::CannotStartYet);
    let status = |file: &CaseFile, task: Task| {
        screens::task_list_in(Lang::En, file, today())
            .into_iter()
            .find(|t| t.task == task)
            .unwrap()
            .status
    };
    let mut partial = case_json(dir.path(), &id);
    partial
        .answers
        .insert("patient.first_name".into(), "José".into());
    assert_eq!(status(&partial, Task::Patient), Status::InProgress);
    let full = example();
    assert_eq!(status(&full, Task::Patient), Status::Completed);
    assert_eq!(status(&full, Task::Packet), Status::NotStarted);
}

#[test]
fn packet_is_saved_with_its_checklist() {
    let (dir, app, _clock, id) = app_with_example();
    add_denial_letter(&app, &id);
    let preview = app.preview_packet(&id, Mode::Fax, &Signing::Wet).unwrap();
    assert_eq!(preview.default_name, "IMR-packet-NUNEZ-2026-03-01.pdf");
    let target = dir.path().join(&preview.default_name);
    let made = app
        .create_packet(&id, Mode::Fax, &Signing::Wet, &target, &mut |_| {})
        .unwrap();
    assert_eq!(made.pages, preview.pages);
    assert!(target.is_file());
    // Decided long ago: nothing to wait for; not a shared computer: nothing to offer.
    assert!(preview.early.is_none());
    assert!(!made.offer_delete);
    assert_eq!(made.bytes, std::fs::metadata(&target).unwrap().len());
    // The size in words: kilobytes below a megabyte, else megabytes with one decimal.
    const MB: u64 = 1024 * 1024;
    let size = if made.bytes < MB {
        format!(
            "{} KB",
            ((made.bytes as f64 / 1024.0).round() as u64).max(1)
        )
    } else {
        format!("{:.1} MB", made.bytes as f64 / MB as f64)
    };
    assert_eq!(made.size, size);
    assert!(dir
        .path()
        .join("IMR-packet-NUNEZ-2026-03-01-checklist.pdf")
        .is_file());
}

#[test]
fn in_clinic_mode_the_suggested_packet_name_names_no_one() {
    let (_dir, app, _clock, id) = app_with_example();
    add_denial_letter(&app, &id);
    let clinic = |on: bool| imr_app::clinic::SecurityChange {
        clinic_mode: on,
        auto_lock_minutes: 10,
        refuse_unprotected: false,
        remove_after_days: None,
        new_coordinator: None,
        new_coordinator_confirm: None,
        remove_coordinator: false,
    };
    app.save_security_settings(&clinic(true), None).unwrap();
    let preview = app.preview_packet(&id, Mode::Fax, &Signing::Wet).unwrap();
    assert_eq!(preview.default_name, "IMR-packet-2026-03-01.pdf");
    app.save_security_settings(&clinic(false), None).unwrap();
    let preview = app.preview_packet(&id, Mode::Fax, &Signing::Wet).unwrap();
    assert_eq!(preview.default_name, "IMR-packet-NUNEZ-2026-03-01.pdf");
}

/// The text of a PDF, read back with poppler's pdftotext.
fn pdf_text(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn checklist_is_in_the_language_the_person_chose() {
    let (dir, app, _clock, id) = app_with_example();
    add_denial_letter(&app, &id);
    let english = dir.path().join("english.pdf");
    app.create_packet(&id, Mode::Fax, &Signing::Wet, &english, &mut |_| {})
        .unwrap();
    let text = pdf_text(&dir.path().join("english-checklist.pdf"));
    assert!(text.contains("Check before you send"), "{text}");

    app.set_language(Lang::Es).unwrap();
    let spanish = dir.path().join("spanish.pdf");
    app.create_packet(&id, Mode::Fax, &Signing::Wet, &spanish, &mut |_| {})
        .unwrap();
    let text = pdf_text(&dir.path().join("spanish-checklist.pdf"));
    assert!(text.contains("Revise antes de enviar"), "{text}");
    assert!(!text.contains("Check before you send"), "{text}");
    // The packet for the DMHC stays in English whatever the person's language.
    assert!(pdf_text(&spanish).contains("please call"));
}

#[test]
fn problems_on_a_screen_are_in_the_persons_language() {
    let file = CaseFile::new();
    let mut shown = 0;
    let mut differ = 0;
    for screen in screens::SCREENS {
        let es = screens::view_in(imr_i18n::Lang::Es, screen, &file, today(), true);
        let en = screens::view_in(imr_i18n::Lang::En, screen, &file, today(), true);
        let problems = screens::problems_on(screen, &file, today());
        for (f_es, f_en) in es.fields.iter().zip(&en.fields) {
            let Some(error) = &f_es.error else { continue };
            let problem = problems
                .iter()
                .find(|p| p.field == f_es.field.id)
                .expect("an error shown comes from a problem");
            assert_eq!(error, &problem.message.render(imr_i18n::Lang::Es));
            shown += 1;
            if f_en.error.as_ref() != Some(error) {
                differ += 1;
            }
        }
    }
    assert!(shown > 0, "an empty case shows problems");
    assert_eq!(
        shown, differ,
        "every Spanish problem differs from its English"
    );
}

/// The Documents task is never "optional" while a document the track expects is
/// missing; it is complete once they are there, and optional when none is expected.
#[test]
fn documents_task_says_expected_documents_are_missing() {
    let status = |file: &CaseFile| {
        screens::task_list_in(Lang::En, file, today())
            .into_iter()
            .find(|t| t.task == Task::Documents)
            .unwrap()
            .status
    };
    let full = example();
    assert_eq!(status(&full), Status::Completed);
    let mut none = full.clone();
    none.documents.clear();
    assert_eq!(status(&none), Status::DocumentsExpected);
    let mut some = full.clone();
    some.documents
        .retain(|d| d.kind == DocumentKind::DenialLetter);
    assert_eq!(status(&some), Status::DocumentsExpected);
    // A complaint (no denial to attach) whose grievance is not filed expects nothing.
    let mut complaint = none.clone();
    complaint
        .answers
        .insert("problem.type".into(), "other_complaint".into());
    complaint
        .answers
        .insert("grievance.filed".into(), "no".into());
    assert_eq!(status(&complaint), Status::Optional);
}

/// A required question left unanswered: the task list does not call its section
/// "optional" or "completed", and the packet page's list names it with its page.
#[test]
fn an_unanswered_required_question_is_named_with_its_page() {
    let mut file = example();
    assert!(screens::blocking_in(Lang::En, &file, today(), "check").is_empty());
    file.answers.remove("helper.has_helper");
    let blocking = screens::blocking_in(Lang::En, &file, today(), "check");
    assert_eq!(blocking.len(), 1, "{blocking:?}");
    assert_eq!(blocking[0].field, "helper.has_helper");
    assert_eq!(blocking[0].screen, Some("helper"));
    assert_eq!(blocking[0].open.route, "screen:helper");
    assert_eq!(blocking[0].open.return_to.as_deref(), Some("check"));
    assert_eq!(blocking[0].task, Task::Helper);
    assert!(!blocking[0].label.is_empty() && !blocking[0].message.is_empty());
    // The question is named once, not twice.
    assert_eq!(
        blocking[0].text.matches(&blocking[0].label).count(),
        1,
        "{}",
        blocking[0].text
    );
    let es = screens::blocking_in(Lang::Es, &file, today(), "check");
    assert_ne!(es[0].label, blocking[0].label, "not in Spanish");

    let tasks = screens::task_list_in(Lang::En, &file, today());
    let status = |task: Task| tasks.iter().find(|t| t.task == task).unwrap().status;
    assert_eq!(status(Task::Helper), Status::NotStarted);
    assert_eq!(status(Task::Packet), Status::CannotStartYet);
}

/// A document's date is typed month first on its card; a wrong part is named, in both
/// languages, and the date kept is unchanged.
#[test]
fn a_document_date_is_read_month_first() {
    let (_dir, app, _clock, id) = app_with_example();
    add_denial_letter(&app, &id);
    let kind = DocumentKind::DenialLetter;
    let set_date = |typed: &str| app.update_document(&id, 0, kind, "", typed);
    let date = || app.documents(&id).unwrap()[0].date;
    let d = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
    set_date("1/20/2026").unwrap();
    assert_eq!(date(), d(2026, 1, 20));
    set_date(" 01/21/2026").unwrap();
    assert_eq!(date(), d(2026, 1, 21));
    set_date("").unwrap();
    assert_eq!(date(), None);
    set_date("1/20/2026").unwrap();
    let british = set_date("20/1/2026").unwrap_err();
    assert_eq!(date(), d(2026, 1, 20), "a refused date changes nothing");
    assert_eq!(
        british.message_in(Lang::En),
        "The month of the date on the document must be a number from 1 to 12"
    );
    assert_eq!(
        british.message_in(Lang::Es),
        "El mes de la fecha del documento tiene que ser un número del 1 al 12"
    );
    assert_eq!(
        set_date("2/30/2026").unwrap_err().message_in(Lang::En),
        "The day of the date on the document must be a number from 1 to 28"
    );
}

/// Someone filling in the form for the patient is never asked about "you" when the
/// question is about the patient: the questions, the headings, the task list and the
/// messages of what is missing say "the patient", in both languages; the patient
/// filling it in is still asked "you".
#[test]
fn a_helper_is_asked_about_the_patient_not_about_you() {
    let mut file = example();
    let contact = screens::find("contact").unwrap();
    let language = screens::find("language").unwrap();
    let patient = screens::view_in(Lang::En, language, &file, today(), false);
    assert_eq!(
        patient.fields[0].field.label,
        "What language do you speak most?"
    );
    assert_eq!(
        screens::view_in(Lang::En, contact, &file, today(), false).heading,
        "How can DMHC contact you?"
    );

    file.answers
        .insert("applicant.role".into(), "helper".into());
    for lang in Lang::ALL {
        let mut said = Vec::new();
        // Hints rightly say "you" to the helper ("if you are not sure"); never for the
        // patient.
        let mut hints = Vec::new();
        // Said to the person filling in the form, rightly: who they are, whether
        // someone helps, checking their answers and making their packet.
        let to_them = |task: Task| matches!(task, Task::Helper | Task::Check | Task::Packet);
        for screen in screens::SCREENS {
            if screen.id == "who" || to_them(screen.task) {
                continue;
            }
            let view = screens::view_in(lang, screen, &file, today(), false);
            said.push(view.heading.clone());
            said.push(view.task_title.clone());
            for f in &view.fields {
                said.push(f.field.label.to_string());
                hints.push(f.field.hint.to_string());
            }
        }
        for task in screens::task_list_in(lang, &file, today()) {
            if !to_them(task.task) {
                said.push(task.title);
            }
        }
        let you: &[&str] = match lang {
            Lang::En => &[" you ", " you?", " your ", "Your "],
            Lang::Es => &[" usted", " su queja", "Su queja"],
        };
        let wrong: Vec<&String> = said
            .iter()
            .filter(|s| you.iter().any(|y| format!(" {s} ").contains(y)))
            .collect();
        assert!(wrong.is_empty(), "{lang}: said to a helper: {wrong:#?}");
        let of_the_patient: &[&str] = match lang {
            Lang::En => &[
                "sends you",
                "you were",
                "your case",
                "your problem",
                "your deadlines",
                "your doctor",
            ],
            Lang::Es => &[
                "lo manda",
                "su problema",
                "sus plazos",
                "su médico",
                "su caso",
            ],
        };
        let wrong: Vec<&String> = hints
            .iter()
            .filter(|h| of_the_patient.iter().any(|y| h.to_lowercase().contains(y)))
            .collect();
        assert!(wrong.is_empty(), "{lang}: hints to a helper: {wrong:#?}");
    }
    let language = screens::view_in(Lang::En, language, &file, today(), false);
    assert_eq!(
        language.fields[0].field.label,
        "What language does the patient speak most?"
    );
    let spanish = screens::find("language").unwrap();
    let spanish = screens::view_in(Lang::Es, spanish, &file, today(), false);
    assert_eq!(
        spanish.fields[0].field.label,
        "¿Qué idioma habla más el paciente?"
    );
    // What is missing is named the same way.
    file.answers.remove("language.primary");
    let missing = screens::blocking_in(Lang::En, &file, today(), "check");
    let missing = missing
        .iter()
        .find(|b| b.field == "language.primary")
        .expect("the language is missing");
    assert!(
        missing.text.contains("the patient speaks most"),
        "{}",
        missing.text
    );
}
