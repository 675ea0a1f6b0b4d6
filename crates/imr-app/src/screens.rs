//! The wizard: which questions go on which screen, in what order, grouped into the
//! tasks of the task list. The questions themselves (labels, hints, kinds, when they are
//! asked) come from the one form definition in `imr-case`; this only arranges them.

use chrono::{NaiveDate, NaiveDateTime};
use imr_case::case::{validate, Answers, CaseFile, Problem};
use imr_case::form::{ids::*, Field};
use imr_i18n::{text, Lang};
use serde::Serialize;

use crate::localize::{field_for, long_date, yes_no, Reader};
use crate::routes;
use crate::store::CaseStore;
use crate::AppError;

/// A task on the task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Task {
    Patient,
    Plan,
    Problem,
    Grievance,
    Helper,
    Documents,
    Check,
    Packet,
}

impl Task {
    /// The id the window uses (as serialized): `patient`, `documents`, ….
    pub fn id(self) -> &'static str {
        match self {
            Task::Patient => "patient",
            Task::Plan => "plan",
            Task::Problem => "problem",
            Task::Grievance => "grievance",
            Task::Helper => "helper",
            Task::Documents => "documents",
            Task::Check => "check",
            Task::Packet => "packet",
        }
    }

    pub const LIST: [Task; 8] = [
        Task::Patient,
        Task::Plan,
        Task::Problem,
        Task::Grievance,
        Task::Helper,
        Task::Documents,
        Task::Check,
        Task::Packet,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Task::Patient => "About the patient",
            Task::Plan => "Health plan",
            Task::Problem => "The problem",
            Task::Grievance => "Your grievance with the plan",
            Task::Helper => "Someone helping you (optional)",
            Task::Documents => "Documents",
            Task::Check => "Check your answers",
            Task::Packet => "Create your packet",
        }
    }

    /// The message id of the task's title in `app.ftl`: `task-patient`, ...
    pub fn message_id(self) -> &'static str {
        match self {
            Task::Patient => "task-patient",
            Task::Plan => "task-plan",
            Task::Problem => "task-problem",
            Task::Grievance => "task-grievance",
            Task::Helper => "task-helper",
            Task::Documents => "task-documents",
            Task::Check => "task-check",
            Task::Packet => "task-packet",
        }
    }

    /// The title in `lang`.
    pub fn title_in(self, lang: Lang) -> String {
        text(lang, self.message_id(), &[])
    }

    /// The title in `lang` as said to `reader`: to a helper, "the patient's" where the
    /// plain title says "your" (`task-…-helper`, where there is one).
    pub fn title_for(self, lang: Lang, reader: Reader) -> String {
        let helper = format!("{}-helper", self.message_id());
        if reader == Reader::Helper && imr_i18n::has(lang, &helper) {
            text(lang, &helper, &[])
        } else {
            self.title_in(lang)
        }
    }
}

/// One page of questions.
#[derive(Debug, Clone, Serialize)]
pub struct Screen {
    pub id: &'static str,
    /// The task-list section it belongs to.
    pub task: Task,
    /// Asked first, in the "can you apply?" questions before the task list.
    pub eligibility: bool,
    /// The page heading when it asks more than one question; a page with one question
    /// uses the question itself as its heading.
    pub heading: Option<&'static str>,
    pub fields: &'static [&'static str],
}

const fn screen(
    id: &'static str,
    task: Task,
    heading: Option<&'static str>,
    fields: &'static [&'static str],
) -> Screen {
    Screen {
        id,
        task,
        eligibility: false,
        heading,
        fields,
    }
}

/// A screen of the eligibility questions, which also belongs to a task.
const fn first(
    id: &'static str,
    task: Task,
    heading: Option<&'static str>,
    fields: &'static [&'static str],
) -> Screen {
    Screen {
        eligibility: true,
        ..screen(id, task, heading, fields)
    }
}

/// The screen that asks who fills in the form. Unlike the other first questions it
/// decides nothing about the case, so its task does not show it again on its "You
/// already told us" page; "Check your answers" has it, with Change.
pub const WHO: &str = "who";
/// The screen that asks how the packet is signed: the first of "Check and sign".
pub const SIGNATURE: &str = "signature";

/// Every screen, in the order the wizard asks them.
pub const SCREENS: &[Screen] = &[
    first("problem-type", Task::Problem, None, &[PROBLEM_TYPE]),
    // Early, so that every later question is worded for whoever fills in the form.
    first(WHO, Task::Helper, None, &[APPLICANT_ROLE]),
    first("plan-action", Task::Problem, None, &[PROBLEM_PLAN_ACTION]),
    first("denial-date", Task::Problem, None, &[PROBLEM_DENIAL_DATE]),
    first("regulator", Task::Plan, None, &[PLAN_REGULATOR]),
    first("medi-cal", Task::Plan, None, &[PLAN_MEDI_CAL]),
    first(
        "state-hearing",
        Task::Plan,
        None,
        &[PLAN_STATE_HEARING_REQUESTED],
    ),
    first(
        "state-hearing-held",
        Task::Plan,
        None,
        &[PLAN_STATE_HEARING_HELD],
    ),
    first("medicare", Task::Plan, None, &[PLAN_HAS_MEDICARE]),
    first("grievance-filed", Task::Grievance, None, &[GRIEVANCE_FILED]),
    first(
        "grievance-filed-on",
        Task::Grievance,
        None,
        &[GRIEVANCE_FILED_ON],
    ),
    first(
        "grievance-decided",
        Task::Grievance,
        None,
        &[GRIEVANCE_DECIDED],
    ),
    first(
        "grievance-decision",
        Task::Grievance,
        Some("The plan's decision"),
        &[GRIEVANCE_DECISION_DATE, GRIEVANCE_REFERENCE],
    ),
    first("urgent", Task::Problem, None, &[URGENCY_URGENT]),
    first(
        "urgent-doctor",
        Task::Problem,
        None,
        &[URGENCY_DOCTOR_SAYS_URGENT],
    ),
    screen(
        "patient-name",
        Task::Patient,
        Some("What is the patient's name?"),
        &[
            PATIENT_FIRST_NAME,
            PATIENT_MIDDLE_INITIAL,
            PATIENT_LAST_NAME,
        ],
    ),
    screen(
        "patient-details",
        Task::Patient,
        Some("About the patient"),
        &[PATIENT_DATE_OF_BIRTH, PATIENT_GENDER],
    ),
    screen(
        "guardian",
        Task::Patient,
        Some("The patient's parent or guardian"),
        &[
            GUARDIAN_NAME,
            GUARDIAN_STREET,
            GUARDIAN_CITY,
            GUARDIAN_STATE,
            GUARDIAN_ZIP,
            GUARDIAN_PHONE,
            GUARDIAN_EMAIL,
        ],
    ),
    screen(
        "patient-address",
        Task::Patient,
        Some("What is the patient's address?"),
        &[PATIENT_STREET, PATIENT_CITY, PATIENT_STATE, PATIENT_ZIP],
    ),
    screen(
        "contact",
        Task::Patient,
        Some("How can DMHC contact you?"),
        &[
            CONTACT_PHONE,
            CONTACT_PHONE_SECONDARY,
            CONTACT_EMAIL,
            CONTACT_EMAIL_OK,
        ],
    ),
    screen(
        "language",
        Task::Patient,
        Some("Language"),
        &[
            LANGUAGE_PRIMARY,
            LANGUAGE_CORRESPOND,
            LANGUAGE_RACE_ETHNICITY,
        ],
    ),
    screen(
        "plan-details",
        Task::Plan,
        Some("About the health plan"),
        &[PLAN_NAME, PLAN_MEMBER_ID, PLAN_MEDICAL_GROUP, PLAN_EMPLOYER],
    ),
    screen(
        "problem-treatment",
        Task::Problem,
        Some("The treatment"),
        &[
            PROBLEM_CONDITION,
            PROBLEM_TREATMENT,
            PROBLEM_REQUEST_FOR,
            PROBLEM_SERVICE_DATE,
            PROBLEM_SERVICE_PROVIDER,
            PROBLEM_AMOUNT_BILLED,
        ],
    ),
    screen(
        "problem-description",
        Task::Problem,
        None,
        &[PROBLEM_DESCRIPTION],
    ),
    screen(
        "problem-outcome",
        Task::Problem,
        None,
        &[PROBLEM_DESIRED_OUTCOME],
    ),
    screen(
        "providers",
        Task::Problem,
        Some("The patient's doctors"),
        &[
            PROVIDER_PCP_NAME,
            PROVIDER_PCP_PHONE,
            PROVIDER_DOCTOR_NAME,
            PROVIDER_DOCTOR_PHONE,
        ],
    ),
    screen("late", Task::Grievance, None, &[LATE_EXPLANATION]),
    screen("helper", Task::Helper, None, &[HELPER_HAS_HELPER]),
    screen(
        "helper-name",
        Task::Helper,
        Some("The person helping"),
        &[HELPER_NAME, HELPER_RELATIONSHIP, HELPER_PHONE, HELPER_EMAIL],
    ),
    screen(
        "helper-address",
        Task::Helper,
        Some("The helper's address"),
        &[HELPER_STREET, HELPER_CITY, HELPER_STATE, HELPER_ZIP],
    ),
    screen(
        "helper-authority",
        Task::Helper,
        Some("Legal authority"),
        &[HELPER_LEGAL_AUTHORITY, HELPER_LEGAL_AUTHORITY_KIND],
    ),
    screen(
        "signature",
        Task::Check,
        Some("Who will sign the application?"),
        &[SIGNATURE_NAME, SIGNATURE_RELATIONSHIP],
    ),
];

pub fn find(id: &str) -> Option<&'static Screen> {
    SCREENS.iter().find(|s| s.id == id)
}

impl Screen {
    /// The message id of the screen's own heading, `screen-<id>` in `app.ftl`.
    pub fn heading_message_id(&self) -> String {
        format!("screen-{}", self.id)
    }

    /// The screen's own heading in `lang`, if it has one.
    pub fn heading_in(&self, lang: Lang) -> Option<String> {
        self.heading_for(lang, Reader::Patient)
    }

    /// The same, as said to `reader` (`screen-…-helper`, where there is one).
    pub fn heading_for(&self, lang: Lang, reader: Reader) -> Option<String> {
        let helper = format!("{}-helper", self.heading_message_id());
        self.heading.map(|_| {
            if reader == Reader::Helper && imr_i18n::has(lang, &helper) {
                text(lang, &helper, &[])
            } else {
                text(lang, &self.heading_message_id(), &[])
            }
        })
    }
}

/// A question as the wizard shows it: its definition, the answer so far, and the
/// problem to show beside it, if any.
#[derive(Debug, Clone, Serialize)]
pub struct FieldView {
    #[serde(flatten)]
    pub field: &'static Field,
    pub optional: bool,
    pub value: String,
    pub error: Option<String>,
    /// For a date: its three boxes, month first (Californian order), and the hint
    /// that says so. Empty for other questions.
    pub parts: Vec<DatePart>,
    pub date_hint: Option<String>,
    /// The `autocomplete` token (WCAG 1.3.5), "off" for questions that are not
    /// personal details.
    pub autocomplete: &'static str,
    /// What the person's letters say the answer may be, shown under the question;
    /// empty for most questions.
    pub suggestions: Vec<FieldSuggestion>,
}

/// One box of a date question. The window sends each back under `key`; saving joins
/// the three into one answer ([`join_date_parts`]).
#[derive(Debug, Clone, Serialize)]
pub struct DatePart {
    pub part: &'static str,
    pub key: String,
    pub label: String,
    /// As typed before, without leading zeros ("3", not "03").
    pub value: String,
    pub autocomplete: &'static str,
}

/// A suggestion read in one of the person's letters (made by [`crate::reading`]), shown
/// under the question it answers. Its buttons put the value in the question's boxes on
/// the page (nothing is saved until the person presses Continue), or leave it out.
#[derive(Debug, Clone, Serialize)]
pub struct FieldSuggestion {
    /// The value as kept: what "Ignore" names it by ([`crate::App::ignore_field_suggestion`]).
    pub key: String,
    /// "We read this in your letter “Denial letter”:"
    pub from: String,
    /// What was read, written out.
    pub written: String,
    /// `written` is the letter's own words, in the letter's language (the window marks
    /// it `lang=""`).
    pub quoted: bool,
    /// "Compare it with the picture…", when it was not read clearly.
    pub check: Option<String>,
    /// `data:image/png;base64,…`: the part of the page it was read from.
    pub crop: Option<String>,
    pub crop_alt: String,
    /// For a date that reads two ways: the question to choose one.
    pub choose: Option<String>,
    /// The buttons that put it in: "Use this", or one per reading of a two-way date.
    pub uses: Vec<Use>,
    /// The words of the button that leaves it out.
    pub ignore: String,
    /// Said once it is in the boxes.
    pub filled: String,
    /// Said once it is left out.
    pub ignored: String,
}

/// A button that puts a value in the question's boxes.
#[derive(Debug, Clone, Serialize)]
pub struct Use {
    pub label: String,
    /// Each box to fill (by its `name` on the page) and what goes in it; a choice is
    /// the option to pick.
    pub fill: Vec<Fill>,
}

/// One box and its value.
#[derive(Debug, Clone, Serialize)]
pub struct Fill {
    pub name: String,
    pub value: String,
}

/// The `autocomplete` token of a question, or of one box of a date, so that browsers
/// and assistive tools can fill in and label personal details (WCAG 1.3.5). The
/// patient and the helper are different people: each has its own section.
fn autocomplete(id: &str, part: Option<&str>) -> &'static str {
    const TOKENS: &[(&str, Option<&str>, &str)] = &[
        (
            PATIENT_DATE_OF_BIRTH,
            Some("day"),
            "section-patient bday-day",
        ),
        (
            PATIENT_DATE_OF_BIRTH,
            Some("month"),
            "section-patient bday-month",
        ),
        (
            PATIENT_DATE_OF_BIRTH,
            Some("year"),
            "section-patient bday-year",
        ),
        (PATIENT_FIRST_NAME, None, "section-patient given-name"),
        (
            PATIENT_MIDDLE_INITIAL,
            None,
            "section-patient additional-name",
        ),
        (PATIENT_LAST_NAME, None, "section-patient family-name"),
        (PATIENT_STREET, None, "section-patient street-address"),
        (PATIENT_CITY, None, "section-patient address-level2"),
        (PATIENT_STATE, None, "section-patient address-level1"),
        (PATIENT_ZIP, None, "section-patient postal-code"),
        (CONTACT_PHONE, None, "section-patient tel"),
        (CONTACT_PHONE_SECONDARY, None, "section-patient tel"),
        (CONTACT_EMAIL, None, "section-patient email"),
        (HELPER_NAME, None, "section-helper name"),
        (HELPER_STREET, None, "section-helper street-address"),
        (HELPER_CITY, None, "section-helper address-level2"),
        (HELPER_STATE, None, "section-helper address-level1"),
        (HELPER_ZIP, None, "section-helper postal-code"),
        (HELPER_PHONE, None, "section-helper tel"),
        (HELPER_EMAIL, None, "section-helper email"),
        (SIGNATURE_NAME, None, "name"),
    ];
    TOKENS
        .iter()
        .find(|(i, p, _)| *i == id && *p == part)
        .map_or("off", |(_, _, token)| token)
}

/// The boxes of a date question, month, day, year.
const DATE_PARTS: [&str; 3] = ["month", "day", "year"];

/// The name under which the window sends box `part` (month, day, year) of date
/// question `field`: `<field>.<part>`.
pub(crate) fn date_part_key(field: &str, part: &str) -> String {
    format!("{field}.{part}")
}

impl FieldView {
    pub fn new(lang: Lang, field: &'static Field, value: String, error: Option<String>) -> Self {
        let is_date = matches!(field.kind, imr_case::form::FieldKind::Date);
        let (parts, date_hint) = if is_date {
            let mut ymd = value.splitn(3, '-');
            let (y, m, d) = (ymd.next(), ymd.next(), ymd.next());
            let shown = |v: Option<&str>| {
                let v = v.unwrap_or("").trim();
                match v.parse::<u32>() {
                    Ok(n) => n.to_string(),
                    Err(_) => v.to_string(),
                }
            };
            let parts = DATE_PARTS
                .iter()
                .map(|&part| DatePart {
                    part,
                    key: date_part_key(field.id, part),
                    label: text(lang, &format!("date-{part}"), &[]),
                    value: shown(match part {
                        "month" => m,
                        "day" => d,
                        _ => y,
                    }),
                    autocomplete: autocomplete(field.id, Some(part)),
                })
                .collect();
            let hint = if field.hint.is_empty() {
                text(lang, "date-hint", &[])
            } else {
                field.hint.to_string()
            };
            (parts, Some(hint))
        } else {
            (Vec::new(), None)
        };
        FieldView {
            field,
            optional: field.is_optional(),
            value,
            error,
            parts,
            date_hint,
            autocomplete: autocomplete(field.id, None),
            suggestions: Vec::new(),
        }
    }
}

/// Merges the answers typed on `screen` into case `id` and saves it: the use case of
/// saving a page. Answers left blank are removed, so "" never hides a question's state.
/// Returns the case file as saved.
pub(crate) fn save_answers(
    store: &CaseStore,
    id: &str,
    answers: &Answers,
    screen: &str,
    now: NaiveDateTime,
) -> Result<CaseFile, AppError> {
    let mut case = store.load(id)?;
    for (key, value) in answers {
        if value.trim().is_empty() {
            case.file.answers.remove(key);
        } else {
            case.file.answers.insert(key.clone(), value.clone());
        }
    }
    case.state.updated = now;
    case.state.last_screen = Some(screen.to_string());
    store.save(&case)?;
    Ok(case.file)
}

/// The answers as the window sends them, with each date's three boxes
/// (`<id>.month`, `<id>.day`, `<id>.year`) joined into one answer: `YYYY-MM-DD` when
/// the three look like a date, the boxes as typed otherwise (so that the check can say
/// what is wrong, and nothing typed is lost), nothing when all three are empty.
pub fn join_date_parts(sent: &Answers) -> Answers {
    let mut out = Answers::new();
    let mut dates: std::collections::BTreeMap<&str, [&str; 3]> = Default::default();
    for (key, value) in sent {
        let split = DATE_PARTS.iter().enumerate().find_map(|(i, part)| {
            key.strip_suffix(part)
                .and_then(|k| k.strip_suffix('.'))
                .map(|id| (i, id))
        });
        match split {
            Some((i, id)) => dates.entry(id).or_insert(["", "", ""])[i] = value.trim(),
            None => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    for (id, [m, d, y]) in dates {
        let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
        };
        let joined = if m.is_empty() && d.is_empty() && y.is_empty() {
            String::new()
        } else if digits(m, 1..=2) && digits(d, 1..=2) && digits(y, 4..=4) {
            format!("{y}-{m:0>2}-{d:0>2}")
        } else {
            format!("{y}-{m}-{d}")
        };
        out.insert(id.to_string(), joined);
    }
    out
}

/// A screen ready to render.
#[derive(Debug, Clone, Serialize)]
pub struct ScreenView {
    pub id: &'static str,
    pub task: Task,
    pub task_title: String,
    pub heading: String,
    pub fields: Vec<FieldView>,
}

fn answers_of(file: &CaseFile) -> &Answers {
    &file.answers
}

/// The questions of `screen` that are asked for these answers.
fn asked(screen: &Screen, answers: &Answers, today: NaiveDate) -> Vec<&'static Field> {
    asked_in(Lang::En, screen, answers, today)
}

/// The same, with the questions' words in `lang`.
fn asked_in(
    lang: Lang,
    screen: &Screen,
    answers: &Answers,
    today: NaiveDate,
) -> Vec<&'static Field> {
    screen
        .fields
        .iter()
        .filter_map(|id| field_for(lang, Reader::of(answers), id))
        .filter(|f| f.is_applicable(answers, today))
        .collect()
}

/// Whether a screen has any question to ask now.
pub fn is_shown(screen: &Screen, answers: &Answers, today: NaiveDate) -> bool {
    !asked(screen, answers, today).is_empty()
}

/// The problems on one screen's questions (validation of the whole case, filtered).
pub fn problems_on(screen: &Screen, file: &CaseFile, today: NaiveDate) -> Vec<Problem> {
    let answers = answers_of(file);
    let ids: Vec<&str> = asked(screen, answers, today).iter().map(|f| f.id).collect();
    match validate(file, today) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .into_iter()
            .filter(|p| ids.contains(&p.field.as_str()))
            .collect(),
    }
}

/// A screen ready to render, in `lang`.
pub fn view_in(
    lang: Lang,
    screen: &Screen,
    file: &CaseFile,
    today: NaiveDate,
    with_errors: bool,
) -> ScreenView {
    let answers = answers_of(file);
    let problems = if with_errors {
        problems_on(screen, file, today)
    } else {
        Vec::new()
    };
    let fields: Vec<FieldView> = asked_in(lang, screen, answers, today)
        .into_iter()
        .map(|f| {
            let error = problems
                .iter()
                .find(|p| p.field == f.id)
                .map(|p| p.message.render(lang));
            FieldView::new(
                lang,
                f,
                answers.get(f.id).cloned().unwrap_or_default(),
                error,
            )
        })
        .collect();
    let reader = Reader::of(answers);
    let heading = match (screen.heading_for(lang, reader), fields.as_slice()) {
        (None, [only]) => only.field.label.to_string(),
        (Some(h), _) => h,
        (None, _) => screen.task.title_for(lang, reader),
    };
    ScreenView {
        id: screen.id,
        task: screen.task,
        task_title: screen.task.title_for(lang, reader),
        heading,
        fields,
    }
}

/// The next screen of the same task that has questions to ask now, or `None` at the
/// task's end. The first questions already answered are not asked again (the task's
/// "You told us" page shows them, each with Change).
pub fn next_in_task(current: &str, file: &CaseFile, today: NaiveDate) -> Option<&'static str> {
    let position = SCREENS.iter().position(|s| s.id == current)?;
    let task = SCREENS[position].task;
    SCREENS[position + 1..]
        .iter()
        .filter(|s| s.task == task)
        .find(|s| is_shown(s, &file.answers, today) && !settled(s, file, today))
        .map(|s| s.id)
}

/// A screen of the first questions whose every question has an answer with nothing to
/// put right: a task does not ask it again.
pub fn settled(screen: &Screen, file: &CaseFile, today: NaiveDate) -> bool {
    if !screen.eligibility {
        return false;
    }
    let fields = asked(screen, &file.answers, today);
    let answered = |f: &&Field| file.answers.get(f.id).is_some_and(|v| !v.trim().is_empty());
    fields.iter().any(answered)
        && fields.iter().all(|f| f.is_optional() || answered(f))
        && problems_on(screen, file, today).is_empty()
}

/// The next eligibility question after `current`, or `None` when they are all asked
/// (then the result page comes).
pub fn next_eligibility(
    current: &str,
    answers: &Answers,
    today: NaiveDate,
) -> Option<&'static str> {
    let position = SCREENS.iter().position(|s| s.id == current)?;
    SCREENS[position + 1..]
        .iter()
        .filter(|s| s.eligibility)
        .find(|s| is_shown(s, answers, today))
        .map(|s| s.id)
}

/// The first screen of a task with questions to ask now (the first questions already
/// answered are skipped, as in [`next_in_task`]).
pub fn first_of(task: Task, file: &CaseFile, today: NaiveDate) -> Option<&'static str> {
    SCREENS
        .iter()
        .filter(|s| s.task == task)
        .find(|s| is_shown(s, &file.answers, today) && !settled(s, file, today))
        .map(|s| s.id)
}

/// The answers to the first questions that a task does not ask again, in `lang`, each
/// with the screen to change it.
pub fn answered_before_in(
    lang: Lang,
    task: Task,
    file: &CaseFile,
    today: NaiveDate,
) -> Vec<AnswerRow> {
    SCREENS
        .iter()
        .filter(|s| s.task == task && s.id != WHO && settled(s, file, today))
        .flat_map(|s| rows_in(lang, s, &file.answers, today, &routes::answered(task.id())))
        .collect()
}

/// An answer that keeps the packet from being made, and where to put it right: the
/// packet page and "Check your answers" list each one by name, with a link.
#[derive(Debug, Clone, Serialize)]
pub struct Blocking {
    /// The question's id, or the document's path.
    pub field: String,
    /// The question, in the reader's language (empty for a document).
    pub label: String,
    /// What to do, in the reader's language.
    pub message: String,
    /// The words of the link: the message, with the question first when the message
    /// does not name it.
    pub text: String,
    /// The page that asks the question now, if one does.
    pub screen: Option<&'static str>,
    /// The task-list section to go to otherwise.
    pub task: Task,
    /// Where the link leads: the question's page (and, once it is answered, back to
    /// the page that listed it), the documents page, or the task list.
    pub open: After,
}

/// Every problem that keeps the packet from being made, in `lang`.
pub fn blocking_in(lang: Lang, file: &CaseFile, today: NaiveDate, shown_on: &str) -> Vec<Blocking> {
    let Err(problems) = validate(file, today) else {
        return Vec::new();
    };
    let answers = answers_of(file);
    problems
        .into_iter()
        .map(|p| {
            let asking = SCREENS
                .iter()
                .filter(|s| s.fields.contains(&p.field.as_str()))
                .find(|s| asked(s, answers, today).iter().any(|f| f.id == p.field));
            let task = match asking {
                Some(s) => s.task,
                None if p.field.starts_with("documents/") => Task::Documents,
                None => SCREENS
                    .iter()
                    .find(|s| s.fields.contains(&p.field.as_str()))
                    .map_or(Task::Check, |s| s.task),
            };
            let label = field_for(lang, Reader::of(answers), &p.field)
                .map(|f| f.label.to_string())
                .unwrap_or_default();
            let message = p.message.render(lang);
            let text = if label.is_empty() || message.contains(&label) {
                message.clone()
            } else {
                imr_i18n::Message::new("blocking-item")
                    .with("label", label.as_str())
                    .with("message", message.as_str())
                    .render(lang)
            };
            let route = match (asking, task) {
                (Some(s), _) => routes::screen(s.id),
                (None, Task::Documents) => routes::DOCUMENTS.to_string(),
                (None, _) => routes::TASKS.to_string(),
            };
            let open = After {
                route,
                return_to: asking.map(|_| shown_on.to_string()),
                flow: Flow::Task,
            };
            Blocking {
                label,
                message,
                text,
                open,
                screen: asking.map(|s| s.id),
                task,
                field: p.field,
            }
        })
        .collect()
}

/// A task's state on the task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotStarted,
    InProgress,
    Completed,
    CannotStartYet,
    Optional,
    /// Documents the track expects are not added yet: a warning, never a block.
    DocumentsExpected,
}

impl Status {
    /// The tag beside the task, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            Status::NotStarted => "status-not-started",
            Status::InProgress => "status-in-progress",
            Status::Completed => "status-completed",
            Status::CannotStartYet => "status-cannot-start-yet",
            Status::Optional => "status-optional",
            Status::DocumentsExpected => "status-documents-expected",
        };
        text(lang, id, &[])
    }
}

/// "You have completed 2 of 6 sections", in `lang`.
pub fn progress_in(lang: Lang, tasks: &[TaskView]) -> String {
    let done = tasks
        .iter()
        .filter(|t| t.status == Status::Completed)
        .count();
    imr_i18n::Message::new("tasks-progress")
        .with("done", done)
        .with("total", tasks.len())
        .render(lang)
}

/// The first questions, from the top (a new case, or "Check again if you can apply").
pub fn first_questions() -> After {
    let first = SCREENS.iter().find(|s| s.eligibility).map_or("", |s| s.id);
    After {
        route: routes::screen(first),
        return_to: None,
        flow: Flow::Eligibility,
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct TaskView {
    pub task: Task,
    pub title: String,
    pub status: Status,
    /// The status in words.
    pub status_label: String,
    /// Where the task's questions start (`None`: nothing left to ask).
    pub first_screen: Option<&'static str>,
    /// The first questions' answers that the task does not ask again: the window shows
    /// them first, each with Change.
    pub answered_before: Vec<AnswerRow>,
    /// The page the task's link opens: the documents page, the signature question, the
    /// signing page, "You told us" when some answers came first, else its first screen
    /// (the task list when nothing is left to ask). `None` while it cannot start yet: the
    /// task is shown without a link.
    pub open: Option<String>,
    /// Where Continue on "You told us" leads: the first screen, or the task list.
    pub then: String,
}

/// Which questions a screen is saved in: the first questions that decide the kind of
/// review (ending on the result page), or a task's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    Eligibility,
    Task,
}

/// Where the window goes once a screen is saved without problems.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct After {
    /// The page to open.
    pub route: String,
    /// The page to come back to after that one, when a new question comes first.
    pub return_to: Option<String>,
    /// The flow from then on.
    pub flow: Flow,
}

/// After saving `screen` in `flow`: the next screen of the flow; or, when the person came
/// from another page to change an answer (`return_to`, such as "Check your answers"),
/// back there, unless the answer brings up a question not yet answered (that comes
/// first, and Continue on it comes back). At the end of the first questions, the result
/// page; after the signature question, "Check your answers"; else the task list.
pub fn after_saving(
    lang: Lang,
    screen: &Screen,
    file: &CaseFile,
    today: NaiveDate,
    flow: Flow,
    return_to: Option<&str>,
) -> After {
    let next = match flow {
        Flow::Eligibility => next_eligibility(screen.id, &file.answers, today),
        Flow::Task => next_in_task(screen.id, file, today),
    };
    let go = |route: String, return_to: Option<&str>, flow| After {
        route,
        return_to: return_to.map(str::to_string),
        flow,
    };
    if let Some(back) = return_to {
        let unanswered = next.and_then(find).is_some_and(|following| {
            view_in(lang, following, file, today, false)
                .fields
                .iter()
                .any(|f| f.value.trim().is_empty())
        });
        return match next {
            Some(n) if unanswered => go(routes::screen(n), Some(back), flow),
            _ => go(back.to_string(), None, flow),
        };
    }
    match (next, flow) {
        (Some(n), _) => go(routes::screen(n), None, flow),
        (None, Flow::Eligibility) => go(routes::RESULT.to_string(), None, Flow::Task),
        (None, Flow::Task) if screen.id == SIGNATURE => go(routes::CHECK.to_string(), None, flow),
        (None, Flow::Task) => go(routes::TASKS.to_string(), None, flow),
    }
}

/// Statuses for the task list, titles in `lang`.
pub fn task_list_in(lang: Lang, file: &CaseFile, today: NaiveDate) -> Vec<TaskView> {
    let answers = answers_of(file);
    let problems = match validate(file, today) {
        Ok(_) => Vec::new(),
        Err(p) => p,
    };
    let open_in = |task: Task| -> bool {
        SCREENS
            .iter()
            .filter(|s| s.task == task)
            .flat_map(|s| asked(s, answers, today))
            .any(|f| problems.iter().any(|p| p.field == f.id))
    };
    let status_of = |task: Task| -> Status {
        // Who fills in the form, answered at the start, does not start a section.
        let fields: Vec<&Field> = SCREENS
            .iter()
            .filter(|s| s.task == task && s.id != WHO)
            .flat_map(|s| asked(s, answers, today))
            .collect();
        let answered = fields.iter().any(|f| answers.contains_key(f.id));
        let open = fields
            .iter()
            .any(|f| problems.iter().any(|p| p.field == f.id));
        // A section with a question still to answer is never "completed".
        match (answered, open) {
            (true, true) => Status::InProgress,
            (false, true) => Status::NotStarted,
            (false, false) if fields.iter().all(|f| f.is_optional()) => Status::Completed,
            (false, false) => Status::NotStarted,
            (true, false) => Status::Completed,
        }
    };
    let mut list: Vec<TaskView> = Vec::new();
    for task in Task::LIST {
        let status = match task {
            Task::Documents => {
                // Never "optional" while a document the track expects is missing.
                let facts = imr_case::rules::EligibilityFacts::from_answers(answers);
                let missing = imr_case::rules::expected_documents(&facts)
                    .iter()
                    .any(|e| !file.documents.iter().any(|d| d.kind == e.kind));
                match (file.documents.is_empty(), missing) {
                    (_, true) => Status::DocumentsExpected,
                    (true, false) => Status::Optional,
                    (false, false) => Status::Completed,
                }
            }
            Task::Check => {
                if list
                    .iter()
                    .all(|t| t.status != Status::NotStarted && t.status != Status::InProgress)
                {
                    status_of(Task::Check).max_with(Status::NotStarted)
                } else {
                    Status::CannotStartYet
                }
            }
            Task::Packet => {
                if problems.is_empty() {
                    Status::NotStarted
                } else {
                    Status::CannotStartYet
                }
            }
            // "Optional" only while nothing in it is needed for the packet.
            Task::Helper => match (answers.get(HELPER_HAS_HELPER), open_in(task)) {
                (None, false) => Status::Optional,
                _ => status_of(task),
            },
            other => status_of(other),
        };
        let first_screen = first_of(task, file, today);
        let answered_before = answered_before_in(lang, task, file, today);
        let then = first_screen.map_or(routes::TASKS.to_string(), routes::screen);
        let open = match task {
            Task::Documents => routes::DOCUMENTS.to_string(),
            Task::Check => routes::screen(SIGNATURE),
            Task::Packet => routes::SIGN.to_string(),
            _ if !answered_before.is_empty() => routes::answered(task.id()),
            _ => then.clone(),
        };
        list.push(TaskView {
            task,
            title: task.title_for(lang, Reader::of(answers)),
            status,
            status_label: status.label(lang),
            first_screen,
            answered_before,
            open: (status != Status::CannotStartYet).then_some(open),
            then,
        });
    }
    list
}

/// The task list of a stored case: "Create your packet" is completed once a packet was
/// saved (and nothing since keeps one from being made).
pub(crate) fn task_list_of(
    lang: Lang,
    case: &crate::store::StoredCase,
    today: NaiveDate,
) -> Vec<TaskView> {
    let mut list = task_list_in(lang, &case.file, today);
    if case.state.packet_made.is_some() {
        for t in list.iter_mut().filter(|t| t.task == Task::Packet) {
            if t.status == Status::NotStarted {
                t.status = Status::Completed;
                t.status_label = Status::Completed.label(lang);
            }
        }
    }
    list
}

impl Status {
    /// The signature screen counts as "not started" until answered.
    fn max_with(self, other: Status) -> Status {
        if self == Status::Completed {
            self
        } else {
            other
        }
    }
}

/// One row of "Check your answers".
#[derive(Debug, Clone, Serialize)]
pub struct AnswerRow {
    /// The question's id (`signature.name`).
    pub field: &'static str,
    pub label: &'static str,
    /// Whether it has an answer (`value` says "Not given" otherwise).
    pub given: bool,
    pub value: String,
    /// The screen that asks it.
    pub screen: &'static str,
    /// Where its "Change" link leads: that screen, then back to the page the row is on.
    pub change: After,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnswerSection {
    pub title: String,
    pub rows: Vec<AnswerRow>,
}

/// Every answer, grouped by task, in `lang`.
pub fn check_answers_in(lang: Lang, file: &CaseFile, today: NaiveDate) -> Vec<AnswerSection> {
    let answers = answers_of(file);
    let mut sections: Vec<AnswerSection> = Vec::new();
    for screen in SCREENS {
        let title = match screen.task {
            Task::Check => text(lang, "check-section-signing", &[]),
            t => t.title_for(lang, Reader::of(answers)),
        };
        for row in rows_in(lang, screen, answers, today, routes::CHECK) {
            match sections.iter_mut().find(|s| s.title == title) {
                Some(s) => s.rows.push(row),
                None => sections.push(AnswerSection {
                    title: title.clone(),
                    rows: vec![row],
                }),
            }
        }
    }
    sections
}

/// The rows of one screen's questions asked now, answered or not, in `lang`.
fn rows_in(
    lang: Lang,
    screen: &Screen,
    answers: &Answers,
    today: NaiveDate,
    back: &str,
) -> Vec<AnswerRow> {
    asked_in(lang, screen, answers, today)
        .into_iter()
        .map(|f| {
            let raw = answers.get(f.id).map(|s| s.trim()).unwrap_or("");
            let value = if raw.is_empty() {
                text(lang, "answer-not-given", &[])
            } else {
                display(lang, f, raw)
            };
            AnswerRow {
                field: f.id,
                label: f.label,
                given: !raw.is_empty(),
                value,
                screen: screen.id,
                change: After {
                    route: routes::screen(screen.id),
                    return_to: Some(back.to_string()),
                    flow: Flow::Task,
                },
            }
        })
        .collect()
}

fn display(lang: Lang, f: &Field, raw: &str) -> String {
    use imr_case::form::FieldKind;
    match &f.kind {
        FieldKind::YesNo => match raw {
            "yes" => yes_no(lang, true),
            "no" => yes_no(lang, false),
            other => other.into(),
        },
        FieldKind::Choice(_) => f.choice_label(raw).unwrap_or(raw).to_string(),
        FieldKind::Date => NaiveDate::parse_from_str(raw, "%Y-%m-%d")
            .map(|d| long_date(lang, d))
            .unwrap_or_else(|_| raw.to_string()),
        _ => raw.to_string(),
    }
}
