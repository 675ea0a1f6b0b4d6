//! After sending: the sent date is kept with the case, the dates to expect follow from it,
//! and the calendar file written to disk reads back (with the `icalendar` crate's parser)
//! as the same events on the same dates.

#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, NaiveDateTime};
use icalendar::{CalendarComponent, Component, DatePerhapsTime};
use imr_app::followup::{calendar_events, fields, SentRecord};
use imr_app::Answers;
use imr_app::{CaseStore, Code};
use imr_case::rules::followup::{MilestoneCode, MilestoneState, Review, SendMethod};
use imr_i18n::Lang;

mod common;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn at(date: &str) -> NaiveDateTime {
    d(date).and_hms_opt(10, 0, 0).unwrap()
}

fn store_with_example() -> (tempfile::TempDir, CaseStore, String) {
    let dir = tempfile::tempdir().unwrap();
    let store = CaseStore::open(dir.path()).unwrap();
    let case = store.create(at("2026-03-01")).unwrap();
    store
        .save_answers(&case.id, &common::example().answers, None, at("2026-03-01"))
        .unwrap();
    (dir, store, case.id)
}

fn sent(on: &str, method: &str, confirmation: &str, pages: &str) -> Answers {
    [
        (fields::SENT_ON, on),
        (fields::METHOD, method),
        (fields::FAX_CONFIRMATION, confirmation),
        (fields::FAX_PAGES, pages),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// Records the sending as the page does on March 5, 2026.
fn record_on_march_5(
    store: &CaseStore,
    id: &str,
    answers: &Answers,
    lang: Lang,
) -> imr_app::followup::SentSaved {
    store
        .record_sent(id, answers, d("2026-03-05"), at("2026-03-05"), lang)
        .unwrap()
}

#[test]
fn sent_date_is_kept_with_the_case_and_gives_the_dates() {
    let (dir, store, id) = store_with_example();
    let before = store.follow_up(&id, d("2026-03-05"), Lang::En).unwrap();
    assert!(before.sent.is_none() && before.milestones.is_empty());

    let saved = record_on_march_5(
        &store,
        &id,
        &sent("2026-03-02", "fax", "TX 0042", "14"),
        Lang::En,
    );
    assert!(saved.ok, "{:?}", saved.errors);

    // A fresh store reads it back from app.json.
    let again = CaseStore::open(dir.path()).unwrap();
    let view = again.follow_up(&id, d("2026-03-08"), Lang::En).unwrap();
    assert_eq!(
        view.sent,
        Some(SentRecord {
            sent_on: d("2026-03-02"),
            method: SendMethod::Fax,
            fax_confirmation: Some("TX 0042".into()),
            fax_pages: Some(14),
        })
    );
    let app_json =
        std::fs::read_to_string(dir.path().join("cases").join(&id).join("app.json")).unwrap();
    assert!(
        app_json.contains("\"sent_on\": \"2026-03-02\""),
        "{app_json}"
    );
    // The example is a standard (not urgent) medical-necessity IMR.
    assert_eq!(view.review, Review::Imr);
    assert!(!view.urgent);
    let get = |code| {
        let m = view
            .milestones
            .iter()
            .find(|m| m.milestone.code == code)
            .unwrap();
        (m.milestone.earliest, m.milestone.latest, m.state)
    };
    assert_eq!(
        get(MilestoneCode::Letter),
        (d("2026-03-07"), d("2026-03-09"), MilestoneState::Expected)
    );
    assert_eq!(
        get(MilestoneCode::Decision),
        (d("2026-04-01"), d("2026-04-16"), MilestoneState::Upcoming)
    );
    // Months later, the page says to call about the letter and the decision only.
    let late = again.follow_up(&id, d("2026-06-01"), Lang::En).unwrap();
    let calls: Vec<MilestoneCode> = late
        .milestones
        .iter()
        .filter(|m| m.call_now)
        .map(|m| m.milestone.code)
        .collect();
    assert_eq!(calls, [MilestoneCode::Letter, MilestoneCode::Decision]);
    assert!(view.milestones.iter().all(|m| !m.call_now));
}

#[test]
fn wrong_answers_are_named_and_nothing_is_saved() {
    let (_dir, store, id) = store_with_example();
    let saved = record_on_march_5(&store, &id, &sent("2026-03-09", "", "", ""), Lang::En);
    assert!(!saved.ok);
    assert!(saved.errors[fields::SENT_ON].contains("today (March 5, 2026) or before"));
    assert!(saved.errors.contains_key(fields::METHOD));
    assert!(store
        .follow_up(&id, d("2026-03-05"), Lang::En)
        .unwrap()
        .sent
        .is_none());
    // No calendar without a date.
    let out = tempfile::tempdir().unwrap();
    let e = store
        .save_calendar(
            &id,
            &out.path().join("x.ics"),
            d("2026-03-05"),
            at("2026-03-05"),
            Lang::En,
        )
        .unwrap_err();
    assert_eq!(e.code, Code::Invalid);
    assert!(!out.path().join("x.ics").exists());
}

/// The page is drawn from its definition: the words in the person's language, what was
/// typed kept beside each problem, and the record's values when it is changed later;
/// milestones and the record come worded too.
#[test]
fn the_sent_page_comes_worded_with_what_was_typed_and_what_to_fix() {
    let (_dir, store, id) = store_with_example();
    let blank = store.follow_up(&id, d("2026-03-05"), Lang::Es).unwrap();
    assert_eq!(blank.form.heading, "¿Cuándo envió su paquete?");
    let ids: Vec<_> = blank.form.fields.iter().map(|f| f.field.id).collect();
    assert_eq!(
        ids,
        [
            fields::SENT_ON,
            fields::METHOD,
            fields::FAX_CONFIRMATION,
            fields::FAX_PAGES
        ]
    );
    assert_eq!(blank.form.fields[1].field.choices()[1].label, "Por fax");
    assert!(blank.form.fields[2].optional && !blank.form.fields[0].optional);

    let saved = record_on_march_5(
        &store,
        &id,
        &sent("2026-03-09", "fax", "OK 77", "zero"),
        Lang::En,
    );
    assert!(!saved.ok);
    let f = |id: &str| {
        saved
            .view
            .form
            .fields
            .iter()
            .find(|f| f.field.id == id)
            .unwrap()
            .clone()
    };
    assert_eq!(f(fields::SENT_ON).value, "2026-03-09");
    assert!(f(fields::SENT_ON).error.unwrap().contains("or before"));
    assert_eq!(f(fields::FAX_CONFIRMATION).value, "OK 77");
    assert!(f(fields::FAX_CONFIRMATION).error.is_none());
    assert!(f(fields::FAX_PAGES).error.unwrap().contains("whole number"));

    let saved = record_on_march_5(
        &store,
        &id,
        &sent("2026-03-02", "fax", "OK 77", "9"),
        Lang::En,
    );
    assert!(saved.ok);
    let view = store.follow_up(&id, d("2026-03-05"), Lang::Es).unwrap();
    let values: Vec<_> = view.form.fields.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(values, ["2026-03-02", "fax", "OK 77", "9"]);
    assert_eq!(
        view.sent_lines[0],
        "Usted envió su paquete por fax el 2 de marzo de 2026."
    );
    let arrives = &view.milestones[0];
    assert_eq!(arrives.milestone.code, MilestoneCode::Arrives);
    assert!(
        arrives.text.contains("2 de marzo de 2026"),
        "{}",
        arrives.text
    );
}

#[test]
fn calendar_file_reads_back_as_the_same_events() {
    let (_dir, store, id) = store_with_example();
    record_on_march_5(&store, &id, &sent("2026-03-02", "mail", "", ""), Lang::En);
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("IMR follow-up.ics");
    let stamp = at("2026-03-05");
    let written = store
        .save_calendar(&id, &path, d("2026-03-05"), stamp, Lang::En)
        .unwrap();
    let view = store.follow_up(&id, d("2026-03-05"), Lang::En).unwrap();
    let expected = calendar_events(&id, &view, Lang::En);
    assert_eq!(written, expected.len());
    assert_eq!(expected.len(), 3, "letter, decision, status");

    let bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    // Strict shape: CRLF only, no line over 75 octets, folded lines start with a space.
    assert!(!text.replace("\r\n", "").contains('\n'));
    assert!(!text.replace("\r\n", "").contains('\r'));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(text.contains("\r\n "), "long descriptions are folded");
    assert!(text.contains("DTSTAMP:20260305T100000Z"));

    // Read back with a real parser.
    let calendar: icalendar::Calendar = text.parse().unwrap();
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), expected.len());
    for (event, want) in events.iter().zip(&expected) {
        assert_eq!(event.get_uid(), Some(want.uid.as_str()));
        assert_eq!(event.get_start(), Some(DatePerhapsTime::Date(want.date)));
        assert_eq!(
            event.get_end(),
            Some(DatePerhapsTime::Date(want.date.succ_opt().unwrap()))
        );
        assert_eq!(unescape(event.get_summary().unwrap()), want.summary);
        assert_eq!(unescape(event.get_description().unwrap()), want.description);
    }
    // The dates are the last day of each window (mail: 1 to 5 days in the post).
    let dates: Vec<NaiveDate> = expected.iter().map(|e| e.date).collect();
    assert_eq!(dates, [d("2026-03-14"), d("2026-04-21"), d("2026-04-21")]);
    assert!(expected[0].description.contains("1-888-466-2219"));
    // The UID depends on the case only: saving again gives the same file.
    store
        .save_calendar(&id, &path, d("2026-03-05"), stamp, Lang::En)
        .unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

/// RFC 5545 TEXT unescaping, in case the parser leaves escapes in place.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn store_with(changes: &[(&str, &str)]) -> (tempfile::TempDir, CaseStore, String) {
    let dir = tempfile::tempdir().unwrap();
    let store = CaseStore::open(dir.path()).unwrap();
    let case = store.create(at("2026-03-01")).unwrap();
    let mut answers = common::example().answers;
    for (k, v) in changes {
        answers.insert(k.to_string(), v.to_string());
    }
    store
        .save_answers(&case.id, &answers, None, at("2026-03-01"))
        .unwrap();
    (dir, store, case.id)
}

/// The numbers come from `imr_case::contacts`, worded in the person's language, and the
/// sentences that give them come whole.
#[test]
fn the_help_center_numbers_come_worded_in_the_language() {
    use imr_case::contacts::{PHONE, TDD};
    let (_dir, store, id) = store_with_example();
    record_on_march_5(&store, &id, &sent("2026-03-02", "mail", "", ""), Lang::Es);
    let en = store.follow_up(&id, d("2026-03-05"), Lang::En).unwrap();
    assert_eq!(en.phone_line, format!("{PHONE} (TDD {TDD})"));
    assert!(
        en.if_nothing
            .starts_with(&format!("Call the DMHC Help Center: {PHONE} (TDD {TDD}).")),
        "{}",
        en.if_nothing
    );
    let es = store.follow_up(&id, d("2026-03-05"), Lang::Es).unwrap();
    assert_eq!(es.phone_line, format!("{PHONE} (TDD {TDD})"));
    assert!(
        es.if_nothing.starts_with(&format!(
            "Llame al Centro de Ayuda del DMHC: {PHONE} (TDD {TDD})."
        )),
        "{}",
        es.if_nothing
    );
    // Nothing is late yet; months later the late milestones say whom to call, in Spanish.
    assert!(es.milestones.iter().all(|m| m.call.is_none()));
    let late = store.follow_up(&id, d("2026-06-01"), Lang::Es).unwrap();
    for m in &late.milestones {
        assert_eq!(m.call.is_some(), m.call_now, "{:?}", m.milestone.code);
    }
    let call = late.milestones.iter().find_map(|m| m.call.clone()).unwrap();
    assert_eq!(
        call,
        format!(
            "Esta fecha ya pasó. Si no ha ocurrido, llame al Centro de Ayuda: {PHONE} (TDD {TDD})."
        )
    );
    // The calendar's reminders give both numbers too.
    let events = calendar_events(&id, &late, Lang::Es);
    assert!(events
        .iter()
        .all(|e| e.description.contains(&format!("{PHONE} (TDD {TDD})"))));
}

#[test]
fn what_to_expect_comes_chosen_and_worded() {
    use imr_case::form::ids;
    let (_dir, store, id) = store_with_example();
    let plain = store.follow_up(&id, d("2026-03-05"), Lang::En).unwrap();
    assert!(plain.expect_lines.is_empty(), "{:?}", plain.expect_lines);

    let (_dir, store, id) = store_with(&[
        (ids::URGENCY_URGENT, "yes"),
        (ids::URGENCY_DOCTOR_SAYS_URGENT, "yes"),
    ]);
    let urgent = store.follow_up(&id, d("2026-03-05"), Lang::Es).unwrap();
    assert!(urgent.urgent);
    assert_eq!(
        urgent.expect_lines,
        ["Su caso es urgente y un médico lo ha escrito: se aplican los plazos más cortos."]
    );

    let (_dir, store, id) = store_with(&[(ids::PROBLEM_TYPE, "other_complaint")]);
    let complaint = store.follow_up(&id, d("2026-03-05"), Lang::En).unwrap();
    assert_eq!(complaint.review, Review::Complaint);
    assert_eq!(complaint.expect_lines.len(), 1);
    assert!(
        complaint.expect_lines[0].starts_with("Your application is probably a complaint"),
        "{:?}",
        complaint.expect_lines
    );
}

/// The window shows the fax details while "By fax" is chosen, from what Rust says: which
/// question, which answer. Every question the page asks only sometimes is in that list.
#[test]
fn the_sent_page_says_which_questions_show_for_which_answer() {
    use imr_app::followup::ShownWhen;
    use imr_case::form::Requirement;
    let (_dir, store, id) = store_with_example();
    let view = store.follow_up(&id, d("2026-03-05"), Lang::Es).unwrap();
    let by_fax = ShownWhen {
        field: fields::METHOD,
        value: "fax",
    };
    assert_eq!(view.form.shown_when.len(), 2);
    assert_eq!(view.form.shown_when[fields::FAX_CONFIRMATION], by_fax);
    assert_eq!(view.form.shown_when[fields::FAX_PAGES], by_fax);
    for f in &view.form.fields {
        let conditional = !matches!(
            f.field.requirement,
            Requirement::Required | Requirement::Optional
        );
        assert_eq!(
            conditional,
            view.form.shown_when.contains_key(f.field.id),
            "{}: a condition the window cannot apply",
            f.field.id
        );
    }
    let json = serde_json::to_value(&view.form).unwrap();
    assert_eq!(
        json["shown_when"]["sent.fax_pages"],
        serde_json::json!({"field": "sent.method", "value": "fax"})
    );
}

#[test]
fn the_calendar_file_is_named_and_reported_in_the_language() {
    use imr_app::followup::CalendarSaved;
    let (_dir, store, id) = store_with_example();
    let en = store.follow_up(&id, d("2026-03-05"), Lang::En).unwrap();
    assert_eq!(en.calendar_file_name, "IMR-reminders.ics");
    assert_eq!(en.calendar_extensions, ["ics"]);
    let es = store.follow_up(&id, d("2026-03-05"), Lang::Es).unwrap();
    assert_eq!(es.calendar_file_name, "IMR-recordatorios.ics");
    let path = std::path::Path::new("/tmp/IMR-recordatorios.ics");
    let saved = CalendarSaved::new(Lang::Es, 3, path);
    assert_eq!(saved.count, 3);
    assert!(
        saved
            .message
            .starts_with("Se guardaron 3 recordatorios en /tmp/IMR-recordatorios.ics."),
        "{}",
        saved.message
    );
}
