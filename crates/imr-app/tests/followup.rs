//! After sending: the sent date is kept with the case, the dates to expect follow from it,
//! and the calendar file written to disk reads back (with the `icalendar` crate's parser)
//! as the same events on the same dates. Driven as the window drives the app, on a clock
//! the test moves from day to day.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime, TimeZone, Utc};
use icalendar::{CalendarComponent, Component, DatePerhapsTime};
use imr_app::followup::{fields, FollowUpView, SentRecord, SentSaved};
use imr_app::{Answers, App, Clock, Code, FixedClock};
use imr_case::rules::followup::{MilestoneCode, MilestoneState, Review, SendMethod};
use imr_i18n::Lang;

mod common;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn at(date: &str) -> NaiveDateTime {
    d(date).and_hms_opt(10, 0, 0).unwrap()
}

/// A case in an app whose clock the test moves on, day by day.
struct Case {
    dir: tempfile::TempDir,
    app: App,
    clock: Arc<FixedClock>,
    id: String,
}

impl Case {
    /// Moves the clock on to 10:00 (UTC) on `date`.
    fn on(&self, date: &str) {
        let now = self.clock.now().naive_utc();
        let to = at(date);
        assert!(to >= now, "the clock goes forward only: {now} to {to}");
        self.clock.advance((to - now).to_std().unwrap());
    }

    /// The follow-up page on `date`, in `lang`.
    fn follow_up(&self, date: &str, lang: Lang) -> FollowUpView {
        self.on(date);
        self.app.set_language(lang).unwrap();
        self.app.follow_up(&self.id).unwrap()
    }
}

/// A case with the example's answers, changed by `changes`, made on March 1, 2026.
fn case_with(changes: &[(&str, &str)]) -> Case {
    let dir = tempfile::tempdir().unwrap();
    let clock = common::clock_on(Utc.from_utc_datetime(&at("2026-03-01")).fixed_offset());
    let app = common::open_app(dir.path(), &clock);
    let id = app.create_case().unwrap().id;
    let mut answers = common::example().answers;
    for (k, v) in changes {
        answers.insert(k.to_string(), v.to_string());
    }
    common::save_answers(&app, &id, "problem-type", &answers);
    Case {
        dir,
        app,
        clock,
        id,
    }
}

fn case_with_example() -> Case {
    case_with(&[])
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

/// Records the sending as the page does on March 5, 2026, in `lang`.
fn record_on_march_5(case: &Case, answers: &Answers, lang: Lang) -> SentSaved {
    case.on("2026-03-05");
    case.app.set_language(lang).unwrap();
    case.app.record_sent(&case.id, answers).unwrap()
}

/// The events of a calendar file, read with a real parser.
fn events_of(text: &str) -> Vec<icalendar::Event> {
    let calendar: icalendar::Calendar = text.parse().unwrap();
    calendar
        .components
        .into_iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

#[test]
fn sent_date_is_kept_with_the_case_and_gives_the_dates() {
    let case = case_with_example();
    let before = case.follow_up("2026-03-05", Lang::En);
    assert!(before.sent.is_none() && before.milestones.is_empty());

    let saved = record_on_march_5(&case, &sent("2026-03-02", "fax", "TX 0042", "14"), Lang::En);
    assert!(saved.ok, "{:?}", saved.errors);

    // The app started again reads it back from app.json.
    let again = Case {
        app: common::open_app(case.dir.path(), &case.clock),
        ..case
    };
    let view = again.follow_up("2026-03-08", Lang::En);
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
        std::fs::read_to_string(common::case_dir(again.dir.path(), &again.id).join("app.json"))
            .unwrap();
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
    let late = again.follow_up("2026-06-01", Lang::En);
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
    let case = case_with_example();
    let saved = record_on_march_5(&case, &sent("2026-03-09", "", "", ""), Lang::En);
    assert!(!saved.ok);
    assert!(saved.errors[fields::SENT_ON].contains("today (March 5, 2026) or before"));
    assert!(saved.errors.contains_key(fields::METHOD));
    assert!(case.follow_up("2026-03-05", Lang::En).sent.is_none());
    assert!(common::app_json(case.dir.path(), &case.id)
        .get("sent")
        .is_none());
    // No calendar without a date.
    let out = tempfile::tempdir().unwrap();
    let e = case
        .app
        .save_calendar(&case.id, &out.path().join("x.ics"))
        .unwrap_err();
    assert_eq!(e.code, Code::Invalid);
    assert!(!out.path().join("x.ics").exists());
}

/// The page is drawn from its definition: the words in the person's language, what was
/// typed kept beside each problem, and the record's values when it is changed later;
/// milestones and the record come worded too.
#[test]
fn the_sent_page_comes_worded_with_what_was_typed_and_what_to_fix() {
    let case = case_with_example();
    let blank = case.follow_up("2026-03-05", Lang::Es);
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

    let saved = record_on_march_5(&case, &sent("2026-03-09", "fax", "OK 77", "zero"), Lang::En);
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

    let saved = record_on_march_5(&case, &sent("2026-03-02", "fax", "OK 77", "9"), Lang::En);
    assert!(saved.ok);
    let view = case.follow_up("2026-03-05", Lang::Es);
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

/// Saves the calendar file of `case` at `path` (in the app's language); gives what the
/// app said and the file's text.
fn save_calendar(case: &Case, path: &Path) -> (imr_app::followup::CalendarSaved, String) {
    let saved = case.app.save_calendar(&case.id, path).unwrap();
    (saved, std::fs::read_to_string(path).unwrap())
}

/// The file's shape is checked here, from the app; that its events are the reminders'
/// words exactly, escaped and folded and read back, is checked beside the code
/// (followup.rs's own tests).
#[test]
fn calendar_file_reads_back_as_the_same_events() {
    let case = case_with_example();
    record_on_march_5(&case, &sent("2026-03-02", "mail", "", ""), Lang::En);
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("IMR follow-up.ics");
    let (saved, text) = save_calendar(&case, &path);
    let view = case.app.follow_up(&case.id).unwrap();
    // One reminder for each milestone but the packet's arrival.
    let expected: Vec<_> = view
        .milestones
        .iter()
        .filter(|m| m.milestone.code != MilestoneCode::Arrives)
        .collect();
    assert_eq!(saved.count, expected.len());
    assert_eq!(expected.len(), 3, "letter, decision, status");

    // Strict shape: CRLF only, no line over 75 octets, folded lines start with a space.
    assert!(!text.replace("\r\n", "").contains('\n'));
    assert!(!text.replace("\r\n", "").contains('\r'));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(text.contains("\r\n "), "long descriptions are folded");
    // The time it was made, from the app's clock, in UTC.
    assert!(text.contains("DTSTAMP:20260305T100000Z"));

    // Read back with a real parser.
    let events = events_of(&text);
    assert_eq!(events.len(), expected.len());
    for (event, want) in events.iter().zip(&expected) {
        let code = match want.milestone.code {
            MilestoneCode::Letter => "letter",
            MilestoneCode::Decision => "decision",
            MilestoneCode::StatusFrom => "status",
            MilestoneCode::Arrives => unreachable!(),
        };
        let uid = format!("{}-{code}@imr-packet", case.id);
        assert_eq!(event.get_uid(), Some(uid.as_str()));
        let date = want.milestone.latest;
        assert_eq!(event.get_start(), Some(DatePerhapsTime::Date(date)));
        assert_eq!(
            event.get_end(),
            Some(DatePerhapsTime::Date(date.succ_opt().unwrap()))
        );
        assert!(!unescape(event.get_summary().unwrap()).is_empty());
        assert!(!unescape(event.get_description().unwrap()).is_empty());
    }
    // The dates are the last day of each window (mail: 1 to 5 days in the post).
    let dates: Vec<NaiveDate> = expected.iter().map(|m| m.milestone.latest).collect();
    assert_eq!(dates, [d("2026-03-14"), d("2026-04-21"), d("2026-04-21")]);
    let first = unescape(events[0].get_description().unwrap());
    assert!(first.contains("1-888-466-2219"), "{first}");
    // The UID depends on the case only: saving again gives the same file.
    let (_, again) = save_calendar(&case, &path);
    assert_eq!(again, text);
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

/// The numbers come from `imr_case::contacts`, worded in the person's language, and the
/// sentences that give them come whole.
#[test]
fn the_help_center_numbers_come_worded_in_the_language() {
    use imr_case::contacts::{PHONE, TDD};
    let case = case_with_example();
    record_on_march_5(&case, &sent("2026-03-02", "mail", "", ""), Lang::Es);
    let en = case.follow_up("2026-03-05", Lang::En);
    assert_eq!(en.phone_line, format!("{PHONE} (TDD {TDD})"));
    assert!(
        en.if_nothing
            .starts_with(&format!("Call the DMHC Help Center: {PHONE} (TDD {TDD}).")),
        "{}",
        en.if_nothing
    );
    let es = case.follow_up("2026-03-05", Lang::Es);
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
    let late = case.follow_up("2026-06-01", Lang::Es);
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
    // The calendar's reminders give both numbers too, in Spanish.
    let out = tempfile::tempdir().unwrap();
    let (_, text) = save_calendar(&case, &out.path().join("recordatorios.ics"));
    let events = events_of(&text);
    assert_eq!(events.len(), 3);
    for e in &events {
        let description = unescape(e.get_description().unwrap());
        assert!(
            description.contains(&format!("{PHONE} (TDD {TDD})")),
            "{description}"
        );
    }
}

#[test]
fn what_to_expect_comes_chosen_and_worded() {
    use imr_case::form::ids;
    let case = case_with_example();
    let plain = case.follow_up("2026-03-05", Lang::En);
    assert!(plain.expect_lines.is_empty(), "{:?}", plain.expect_lines);

    let case = case_with(&[
        (ids::URGENCY_URGENT, "yes"),
        (ids::URGENCY_DOCTOR_SAYS_URGENT, "yes"),
    ]);
    let urgent = case.follow_up("2026-03-05", Lang::Es);
    assert!(urgent.urgent);
    assert_eq!(
        urgent.expect_lines,
        ["Su caso es urgente y un médico lo ha escrito: se aplican los plazos más cortos."]
    );

    let case = case_with(&[(ids::PROBLEM_TYPE, "other_complaint")]);
    let complaint = case.follow_up("2026-03-05", Lang::En);
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
    let case = case_with_example();
    let view = case.follow_up("2026-03-05", Lang::Es);
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
    let case = case_with_example();
    let en = case.follow_up("2026-03-05", Lang::En);
    assert_eq!(en.calendar_file_name, "IMR-reminders.ics");
    assert_eq!(en.calendar_extensions, ["ics"]);
    let es = case.follow_up("2026-03-05", Lang::Es);
    assert_eq!(es.calendar_file_name, "IMR-recordatorios.ics");
    record_on_march_5(&case, &sent("2026-03-02", "mail", "", ""), Lang::Es);
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join(&es.calendar_file_name);
    let (saved, _) = save_calendar(&case, &path);
    assert_eq!(saved.count, 3);
    let said = format!("Se guardaron 3 recordatorios en {}.", path.display());
    assert!(saved.message.starts_with(&said), "{}", saved.message);
}
