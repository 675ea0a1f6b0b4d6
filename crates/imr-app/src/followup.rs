//! After the packet is sent: the person records when and how (kept in `app.json`), the
//! case shows what to expect and when (the dates come from
//! [`imr_case::rules::followup`]), and a calendar file (.ics, RFC 5545) with those
//! reminders can be saved where the person chooses.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Days, NaiveDate, NaiveDateTime};
use imr_case::case::Answers;
use imr_case::contacts;
use imr_case::dates::parse_iso_date;
use imr_case::form::{ids, Condition, Requirement};
use imr_case::rules::followup::{
    follow_up, Milestone, MilestoneCode, MilestoneState, Review, SendMethod,
};
use imr_case::rules::{assess, EligibilityFacts, Track};
use imr_i18n::{t, Lang};
use serde::Serialize;

use crate::atomic::write_atomically;
use crate::localize::{long_date as date_in, sent_form_in};
use crate::screens::FieldView;
use crate::{AppError, CaseStore, Code};

pub use crate::store::SentRecord;

/// The ids of the "When did you send it?" page's questions, defined with the page in
/// [`imr_case::form::sent`].
pub use imr_case::form::sent::ids as fields;
pub(crate) use imr_case::form::sent::FAX_CONFIRMATION_MAX;

/// The most pages a fax confirmation may say.
pub(crate) const FAX_PAGES_MAX: u32 = 2000;

/// The file name extensions the calendar file's save dialog offers.
pub(crate) const CALENDAR_EXTENSIONS: &[&str] = &["ics"];

/// The Help Center's phone and TDD numbers in words: "1-888-466-2219 (TDD 1-877-688-9891)".
pub(crate) fn phone_line(lang: Lang) -> String {
    t!(
        lang,
        "followup-phone-line",
        phone = contacts::PHONE,
        tdd = contacts::TDD
    )
}

/// Checks what was typed. Errors are keyed by field id, each saying what to do.
pub(crate) fn check_sent(
    answers: &Answers,
    today: NaiveDate,
    lang: Lang,
) -> Result<SentRecord, BTreeMap<&'static str, String>> {
    let mut errors = BTreeMap::new();
    let typed_of = |id: &str| answers.get(id).map(|v| v.trim()).unwrap_or_default();
    let typed = typed_of(fields::SENT_ON);
    let sent_on = if typed.is_empty() {
        errors.insert(fields::SENT_ON, t!(lang, "followup-error-date-missing"));
        None
    } else {
        match parse_iso_date(typed) {
            None => {
                errors.insert(fields::SENT_ON, t!(lang, "followup-error-date-invalid"));
                None
            }
            Some(d) if d > today => {
                errors.insert(
                    fields::SENT_ON,
                    t!(
                        lang,
                        "followup-error-date-future",
                        today = date_in(lang, today)
                    ),
                );
                None
            }
            Some(d) if d < today - Days::new(366 * 3) => {
                errors.insert(fields::SENT_ON, t!(lang, "followup-error-date-old"));
                None
            }
            Some(d) => Some(d),
        }
    };
    let method = match typed_of(fields::METHOD) {
        "mail" => Some(SendMethod::Mail),
        "fax" => Some(SendMethod::Fax),
        _ => {
            errors.insert(fields::METHOD, t!(lang, "followup-error-method"));
            None
        }
    };
    let fax = method == Some(SendMethod::Fax);
    let confirmation = typed_of(fields::FAX_CONFIRMATION);
    if fax && confirmation.chars().count() > FAX_CONFIRMATION_MAX {
        errors.insert(
            fields::FAX_CONFIRMATION,
            t!(
                lang,
                "followup-error-confirmation-long",
                max = FAX_CONFIRMATION_MAX
            ),
        );
    }
    let pages_typed = typed_of(fields::FAX_PAGES);
    let fax_pages = if !fax || pages_typed.is_empty() {
        None
    } else {
        match pages_typed.parse::<u32>() {
            Ok(n) if (1..=FAX_PAGES_MAX).contains(&n) => Some(n),
            _ => {
                errors.insert(fields::FAX_PAGES, t!(lang, "followup-error-pages"));
                None
            }
        }
    };
    match (sent_on, method) {
        (Some(sent_on), Some(method)) if errors.is_empty() => Ok(SentRecord {
            sent_on,
            method,
            fax_confirmation: (fax && !confirmation.is_empty()).then(|| confirmation.to_string()),
            fax_pages,
        }),
        _ => Err(errors),
    }
}

/// Whether DMHC will treat the case as urgent: the person says so and a doctor has
/// written it (without the doctor's statement it is handled at normal speed).
pub(crate) fn is_urgent(answers: &Answers) -> bool {
    let yes = |id: &str| answers.get(id).is_some_and(|v| v == "yes");
    yes(ids::URGENCY_URGENT) && yes(ids::URGENCY_DOCTOR_SAYS_URGENT)
}

/// An IMR, or a Consumer Complaint (from the rules' track).
pub(crate) fn review_of(answers: &Answers, today: NaiveDate) -> Review {
    match assess(&EligibilityFacts::from_answers(answers), today).track {
        Track::ConsumerComplaint => Review::Complaint,
        _ => Review::Imr,
    }
}

/// A milestone with where today stands against it, in words.
#[derive(Debug, Clone, Serialize)]
pub struct MilestoneView {
    #[serde(flatten)]
    pub milestone: Milestone,
    pub state: MilestoneState,
    /// It is late and the person should call the Help Center about it.
    pub call_now: bool,
    /// What to do about it, in words, when [`MilestoneView::call_now`].
    pub call: Option<String>,
    pub title: String,
    /// What to expect, with its dates.
    pub text: String,
}

/// `range` with both dates ("between March 3 and March 9, 2026"), or `one` with the one
/// date when both are the same.
fn one_or_range(lang: Lang, first: NaiveDate, last: NaiveDate, one: &str, range: &str) -> String {
    if first == last {
        t!(lang, one, date = date_in(lang, last))
    } else {
        t!(
            lang,
            range,
            first = date_in(lang, first),
            last = date_in(lang, last)
        )
    }
}

/// "between March 3 and March 9, 2026", or the one date when both are the same.
fn between(lang: Lang, first: NaiveDate, last: NaiveDate) -> String {
    if first == last {
        date_in(lang, last)
    } else {
        one_or_range(lang, first, last, "", "followup-between")
    }
}

/// A milestone's title and text in `lang`, for a packet sent by `method`.
fn milestone_words(lang: Lang, m: &Milestone, method: SendMethod) -> (String, String) {
    let (first, last) = (m.earliest, m.latest);
    match m.code {
        MilestoneCode::Arrives => (
            t!(lang, "followup-arrives-title"),
            match method {
                SendMethod::Fax => t!(lang, "followup-arrives-fax", date = date_in(lang, last)),
                SendMethod::Mail => {
                    t!(
                        lang,
                        "followup-arrives-mail",
                        when = between(lang, first, last)
                    )
                }
            },
        ),
        MilestoneCode::Letter => (
            t!(lang, "followup-letter-title"),
            one_or_range(
                lang,
                first,
                last,
                "followup-letter-on",
                "followup-letter-range",
            ),
        ),
        MilestoneCode::Decision => (
            t!(lang, "followup-decision-title"),
            t!(lang, "followup-decision", when = between(lang, first, last)),
        ),
        MilestoneCode::StatusFrom => (
            t!(lang, "followup-status-title"),
            t!(lang, "followup-status", date = date_in(lang, last)),
        ),
    }
}

/// What the person recorded, in words: how and when it was sent, and the fax's
/// confirmation.
fn sent_lines(lang: Lang, sent: &SentRecord) -> Vec<String> {
    let date = date_in(lang, sent.sent_on);
    let mut lines = vec![match sent.method {
        SendMethod::Fax => t!(lang, "followup-sent-by-fax", date = date),
        SendMethod::Mail => t!(lang, "followup-sent-by-mail", date = date),
    }];
    if let Some(c) = &sent.fax_confirmation {
        lines.push(t!(
            lang,
            "followup-fax-confirmation",
            confirmation = c.as_str()
        ));
    }
    if let Some(pages) = sent.fax_pages {
        lines.push(t!(lang, "followup-fax-pages", pages = pages));
    }
    lines
}

/// The "When did you send it?" page, ready to draw: its questions in the person's
/// language with what was typed or recorded, and what to fix.
#[derive(Debug, Clone, Serialize)]
pub struct SentFormView {
    pub heading: String,
    pub fields: Vec<FieldView>,
    /// The questions shown only for one answer of another, by question id: the window
    /// shows each while that answer is chosen (the fax details, while "By fax" is).
    pub shown_when: BTreeMap<&'static str, ShownWhen>,
}

/// A question is shown while the choice question `field` has the answer `value`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShownWhen {
    pub field: &'static str,
    pub value: &'static str,
}

impl ShownWhen {
    /// When a question of the page is shown, if it depends on another's answer. Only
    /// "another question has this answer" can be shown and hidden without asking Rust
    /// again; a test checks that the page uses no other condition.
    pub(crate) fn of(requirement: &Requirement) -> Option<ShownWhen> {
        match requirement {
            Requirement::ShownWhen(Condition::Equals { field, value })
            | Requirement::RequiredWhen(Condition::Equals { field, value }) => {
                Some(ShownWhen { field, value })
            }
            _ => None,
        }
    }
}

/// The answers a record gives the page's questions, to change it.
fn answers_of_record(sent: Option<&SentRecord>) -> Answers {
    let mut answers = Answers::new();
    if let Some(sent) = sent {
        answers.insert(fields::SENT_ON.into(), sent.sent_on.to_string());
        let method = match sent.method {
            SendMethod::Mail => "mail",
            SendMethod::Fax => "fax",
        };
        answers.insert(fields::METHOD.into(), method.into());
        if let Some(c) = &sent.fax_confirmation {
            answers.insert(fields::FAX_CONFIRMATION.into(), c.clone());
        }
        if let Some(pages) = sent.fax_pages {
            answers.insert(fields::FAX_PAGES.into(), pages.to_string());
        }
    }
    answers
}

fn sent_form_view(
    lang: Lang,
    values: &Answers,
    errors: &BTreeMap<&'static str, String>,
) -> SentFormView {
    let form = sent_form_in(lang);
    SentFormView {
        heading: form.sections[0].title.to_string(),
        shown_when: form
            .fields()
            .filter_map(|f| ShownWhen::of(&f.requirement).map(|when| (f.id, when)))
            .collect(),
        fields: form
            .fields()
            .map(|f| {
                let value = values.get(f.id).cloned().unwrap_or_default();
                FieldView::new(lang, f, value, errors.get(f.id).cloned())
            })
            .collect(),
    }
}

/// The follow-up page: what was recorded and what to expect.
#[derive(Debug, Clone, Serialize)]
pub struct FollowUpView {
    pub sent: Option<SentRecord>,
    /// The page that records it (or changes the record).
    pub form: SentFormView,
    /// What was recorded, in words (empty before anything is).
    pub sent_lines: Vec<String>,
    pub urgent: bool,
    pub review: Review,
    /// What to expect in general, in words: the shorter times of an urgent case, and
    /// that a complaint has no decision date.
    pub expect_lines: Vec<String>,
    pub milestones: Vec<MilestoneView>,
    /// The Help Center's phone and TDD numbers in words.
    pub phone_line: String,
    /// Who to call if nothing comes, with the numbers.
    pub if_nothing: String,
    /// The name the save dialog suggests for the calendar file, and its extensions.
    pub calendar_file_name: String,
    pub calendar_extensions: &'static [&'static str],
}

/// What to expect in general for an urgent case and for a complaint, in words.
fn expect_lines(lang: Lang, urgent: bool, review: Review) -> Vec<String> {
    let mut lines = Vec::new();
    if urgent {
        lines.push(t!(lang, "followup-urgent"));
    }
    if review == Review::Complaint {
        lines.push(t!(lang, "followup-complaint"));
    }
    lines
}

fn view_of(
    sent: Option<SentRecord>,
    answers: &Answers,
    today: NaiveDate,
    lang: Lang,
) -> FollowUpView {
    let urgent = is_urgent(answers);
    let review = review_of(answers, today);
    let phone = phone_line(lang);
    let milestones = sent
        .as_ref()
        .map(|s| {
            follow_up(s.sent_on, s.method, urgent, review)
                .into_iter()
                .map(|m| {
                    let (title, text) = milestone_words(lang, &m, s.method);
                    let call_now = m.call_now(today);
                    MilestoneView {
                        state: m.state(today),
                        call_now,
                        call: call_now.then(|| t!(lang, "followup-overdue", phone = &phone)),
                        milestone: m,
                        title,
                        text,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    FollowUpView {
        sent_lines: sent
            .as_ref()
            .map(|s| sent_lines(lang, s))
            .unwrap_or_default(),
        form: sent_form_view(lang, &answers_of_record(sent.as_ref()), &BTreeMap::new()),
        sent,
        urgent,
        review,
        expect_lines: expect_lines(lang, urgent, review),
        milestones,
        if_nothing: t!(lang, "followup-nothing", phone = &phone),
        phone_line: phone,
        calendar_file_name: format!(
            "{}.{}",
            t!(lang, "followup-calendar-file-name"),
            CALENDAR_EXTENSIONS[0]
        ),
        calendar_extensions: CALENDAR_EXTENSIONS,
    }
}

/// The result of saving the "sent" page: the view, or the errors by field id.
#[derive(Debug, Clone, Serialize)]
pub struct SentSaved {
    pub ok: bool,
    pub errors: BTreeMap<&'static str, String>,
    pub view: FollowUpView,
}

/// The follow-up page of a case.
pub(crate) fn view(
    store: &CaseStore,
    id: &str,
    today: NaiveDate,
    lang: Lang,
) -> Result<FollowUpView, AppError> {
    let case = store.load(id)?;
    Ok(view_of(case.state.sent, &case.file.answers, today, lang))
}

/// Records when and how the packet was sent. Nothing is saved when an answer needs
/// fixing; the page keeps what was typed.
pub(crate) fn record_sent(
    store: &CaseStore,
    id: &str,
    answers: &Answers,
    today: NaiveDate,
    now: NaiveDateTime,
    lang: Lang,
) -> Result<SentSaved, AppError> {
    let mut case = store.load(id)?;
    match check_sent(answers, today, lang) {
        Ok(record) => {
            case.state.sent = Some(record);
            case.state.updated = now;
            store.save(&case)?;
            Ok(SentSaved {
                ok: true,
                errors: BTreeMap::new(),
                view: view_of(case.state.sent, &case.file.answers, today, lang),
            })
        }
        Err(errors) => {
            // The page again with what was typed and what to fix.
            let mut view = view_of(case.state.sent, &case.file.answers, today, lang);
            view.form = sent_form_view(lang, answers, &errors);
            Ok(SentSaved {
                ok: false,
                errors,
                view,
            })
        }
    }
}

/// Writes the calendar file of a case's follow-up dates to `path` (atomically).
/// `stamp` is the current time in UTC (the file's DTSTAMP).
pub(crate) fn save_calendar(
    store: &CaseStore,
    id: &str,
    path: &Path,
    today: NaiveDate,
    stamp: NaiveDateTime,
    lang: Lang,
) -> Result<usize, AppError> {
    let case = store.load(id)?;
    let view = view_of(case.state.sent, &case.file.answers, today, lang);
    if view.sent.is_none() {
        return Err(AppError::text(Code::Invalid, "followup-error-no-date", &[]));
    }
    let events = calendar_events(id, &view, lang);
    write_atomically(path, ics(&events, stamp).as_bytes())?;
    Ok(events.len())
}

/// The calendar file was written: how many reminders it holds, and that in words.
#[derive(Debug, Clone, Serialize)]
pub struct CalendarSaved {
    pub count: usize,
    pub message: String,
}

impl CalendarSaved {
    pub(crate) fn new(lang: Lang, count: usize, path: &Path) -> CalendarSaved {
        CalendarSaved {
            count,
            message: t!(
                lang,
                "followup-calendar-saved",
                count = count,
                path = path.display().to_string()
            ),
        }
    }
}

/// One all-day reminder in the calendar file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CalendarEvent {
    pub(crate) uid: String,
    pub(crate) date: NaiveDate,
    pub(crate) summary: String,
    pub(crate) description: String,
}

/// The reminders of a follow-up view, one on the last day of each window (the day to
/// call if nothing has come), worded in `lang`. The packet's arrival is not a reminder.
pub(crate) fn calendar_events(
    case_id: &str,
    view: &FollowUpView,
    lang: Lang,
) -> Vec<CalendarEvent> {
    let when = |m: &Milestone| {
        if m.earliest == m.latest {
            t!(lang, "followup-ics-by", date = date_in(lang, m.latest))
        } else {
            t!(
                lang,
                "followup-between",
                first = date_in(lang, m.earliest),
                last = date_in(lang, m.latest)
            )
        }
    };
    let phone = phone_line(lang);
    let call = t!(lang, "followup-ics-call", phone = &phone);
    view.milestones
        .iter()
        .filter_map(|v| {
            let m = &v.milestone;
            let (code, summary, description) = match m.code {
                MilestoneCode::Arrives => return None,
                MilestoneCode::Letter => (
                    "letter",
                    t!(lang, "followup-ics-letter-summary"),
                    t!(lang, "followup-ics-letter", when = when(m), call = &call),
                ),
                MilestoneCode::StatusFrom => (
                    "status",
                    t!(lang, "followup-ics-status-summary"),
                    t!(
                        lang,
                        "followup-ics-status",
                        date = date_in(lang, m.latest),
                        phone = &phone
                    ),
                ),
                MilestoneCode::Decision => (
                    "decision",
                    t!(lang, "followup-ics-decision-summary"),
                    t!(lang, "followup-ics-decision", when = when(m), call = &call),
                ),
            };
            Some(CalendarEvent {
                uid: format!("{case_id}-{code}@imr-packet"),
                date: m.latest,
                summary,
                description,
            })
        })
        .collect()
}

/// TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets (never inside a UTF-8 character), ending CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        // Continuation lines start with a space, which counts toward their 75.
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// A calendar file (RFC 5545) of all-day events with a reminder at 9 in the morning.
pub(crate) fn ics(events: &[CalendarEvent], stamp: NaiveDateTime) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//IMR Packet//Follow-up reminders//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for e in events {
        let next_day = e.date.checked_add_days(Days::new(1)).unwrap_or(e.date);
        let summary = escape_text(&e.summary);
        for line in [
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", escape_text(&e.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", e.date.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", next_day.format("%Y%m%d")),
            format!("SUMMARY:{summary}"),
            format!("DESCRIPTION:{}", escape_text(&e.description)),
            "TRANSP:TRANSPARENT".to_string(),
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".to_string(),
            "TRIGGER;RELATED=START:PT9H".to_string(),
            format!("DESCRIPTION:{summary}"),
            "END:VALARM".to_string(),
            "END:VEVENT".to_string(),
        ] {
            push_line(&mut out, &line);
        }
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn answers(sent_on: &str, method: &str, conf: &str, pages: &str) -> Answers {
        [
            (fields::SENT_ON, sent_on),
            (fields::METHOD, method),
            (fields::FAX_CONFIRMATION, conf),
            (fields::FAX_PAGES, pages),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    #[test]
    fn check_sent_accepts_a_fax_with_its_confirmation() {
        let r = check_sent(
            &answers("2026-03-02", "fax", " 4471-A ", "14"),
            d("2026-03-02"),
            Lang::En,
        );
        assert_eq!(
            r.unwrap(),
            SentRecord {
                sent_on: d("2026-03-02"),
                method: SendMethod::Fax,
                fax_confirmation: Some("4471-A".into()),
                fax_pages: Some(14),
            }
        );
        // Fax details are dropped for mail.
        let r = check_sent(
            &answers("2026-03-01", "mail", "x", "3"),
            d("2026-03-02"),
            Lang::En,
        );
        assert_eq!(r.unwrap().fax_pages, None);
    }

    #[test]
    fn check_sent_names_each_problem() {
        let e = check_sent(&answers("", "", "", ""), d("2026-03-02"), Lang::En).unwrap_err();
        assert_eq!(e[fields::SENT_ON], "Enter the date you sent your packet");
        assert_eq!(
            e[fields::METHOD],
            "Choose whether you sent it by mail or by fax"
        );
        let e = check_sent(
            &answers("2026-03-03", "fax", "", "0"),
            d("2026-03-02"),
            Lang::En,
        )
        .unwrap_err();
        assert_eq!(
            e[fields::SENT_ON],
            "The date you sent your packet must be today (March 2, 2026) or before"
        );
        assert!(e[fields::FAX_PAGES].contains("whole number"));
        let e = check_sent(
            &answers("2026-02-30", "mail", "", ""),
            d("2026-03-02"),
            Lang::En,
        )
        .unwrap_err();
        assert!(e[fields::SENT_ON].contains("real date"));
        let e = check_sent(
            &answers("2016-03-01", "mail", "", ""),
            d("2026-03-02"),
            Lang::En,
        )
        .unwrap_err();
        assert!(e[fields::SENT_ON].contains("last 3 years"));
        let long = "9".repeat(61);
        let e = check_sent(
            &answers("2026-03-01", "fax", &long, ""),
            d("2026-03-02"),
            Lang::En,
        )
        .unwrap_err();
        assert!(e[fields::FAX_CONFIRMATION].contains("60 characters"));
    }

    /// Moved here from the integration tests when `calendar_events` became the crate's
    /// own: the events of a follow-up view, written as a calendar file and read back with
    /// a real parser (the `icalendar` crate), are the same events, word for word.
    #[test]
    fn calendar_file_reads_back_as_the_same_events() {
        use icalendar::{CalendarComponent, Component, DatePerhapsTime};
        let text = include_str!("../../../examples/nunez/case.json");
        let answers = imr_case::case::CaseFile::from_json(text).unwrap().answers;
        let sent = SentRecord {
            sent_on: d("2026-03-02"),
            method: SendMethod::Mail,
            fax_confirmation: None,
            fax_pages: None,
        };
        let view = view_of(Some(sent), &answers, d("2026-03-05"), Lang::En);
        let expected = calendar_events("case-20260301-100000", &view, Lang::En);
        assert_eq!(expected.len(), 3, "letter, decision, status");
        let stamp = d("2026-03-05").and_hms_opt(10, 0, 0).unwrap();
        let text = ics(&expected, stamp);
        assert!(text.contains("DTSTAMP:20260305T100000Z"));
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
        // RFC 5545 TEXT unescaping, in case the parser leaves escapes in place.
        let unescape = |text: &str| {
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
        };
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
        let dates: Vec<NaiveDate> = expected.iter().map(|e| e.date).collect();
        assert_eq!(dates, [d("2026-03-14"), d("2026-04-21"), d("2026-04-21")]);
        assert!(expected[0].description.contains("1-888-466-2219"));
    }

    /// Moved here with [`CalendarSaved::new`]: the message names the count and the file.
    #[test]
    fn the_calendar_saved_message_is_in_the_language() {
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

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("DESCRIPTION:{}", "ñ".repeat(80));
        push_line(&mut out, &line);
        for part in out.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
