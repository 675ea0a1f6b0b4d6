//! The one definition of the forms: every question, its kind, its plain-words label and
//! hint, and when it is asked. The wizard, the validator and the PDF all read it, so adding
//! a question is one edit in `application.rs` or `assistant.rs`.

use std::sync::OnceLock;

use chrono::NaiveDate;
use imr_i18n::Message;
use serde::Serialize;

use crate::answers::Answers;
use crate::dates::{is_minor, parse_iso_date};
use crate::rules::EligibilityFacts;

mod application;
mod application_problem;
mod assistant;
mod labels;
pub mod sent;

pub use crate::answers::ids;
pub use crate::documents::DocumentKind;
pub use application::APPLICANT_STATEMENT;
pub use assistant::{HELPER_STATEMENT, MEMBER_STATEMENT};

/// A whole form: the DMHC application or the Authorized Assistant form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Form {
    /// Stable id: `application` or `authorized_assistant`.
    pub id: &'static str,
    /// The form's name as printed.
    pub title: &'static str,
    /// The parts of the form, in order.
    pub sections: Vec<Section>,
}

/// One part of a form, printed under its own heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Stable id, the prefix of its field ids (`patient`, `grievance`, ...).
    pub id: &'static str,
    /// The heading as printed on the form.
    pub title: &'static str,
    /// The questions, in order.
    pub fields: Vec<Field>,
    /// Answers given in another part (by field id) that this part of the printed form
    /// shows again, such as the member's name and plan on the Authorized Assistant
    /// form's Part A: the wizard does not ask them twice.
    pub repeats: Vec<&'static str>,
    /// Lines for a signature and date, each under the statement the signer affirms.
    /// People sign the printed page by hand, or on screen (typed or drawn).
    pub signatures: Vec<SignatureLine>,
}

/// A line on the printed form for someone to sign and date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SignatureLine {
    /// Stable id, for example `application.applicant`.
    pub id: &'static str,
    /// Who signs, as printed under the line.
    pub label: &'static str,
    /// What the signer affirms and allows by signing, printed above the line and shown
    /// before someone signs on screen. Our own plain words for what DMHC's form asks
    /// the signer to affirm (docs/rules.md, "Signatures").
    pub statement: &'static str,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    /// Dotted id, also the key in a case file's `answers` (for example `patient.first_name`).
    pub id: &'static str,
    /// What kind of answer it takes.
    pub kind: FieldKind,
    /// The question in plain words (the wizard asks it).
    pub label: &'static str,
    /// The label DMHC's form prints beside the answer (the packet prints it).
    pub form_label: &'static str,
    /// One short sentence of help, or `""`.
    pub hint: &'static str,
    /// An example answer, for the questions people find hard to start ("What
    /// happened?"), or `""`. Shown under the hint.
    pub example: &'static str,
    /// What the answer is, as a noun phrase for error messages ("the patient's last name").
    pub name: &'static str,
    /// Whether and when it must be answered.
    pub requirement: Requirement,
    /// Longest answer accepted, in characters.
    pub max_len: Option<usize>,
    /// The question and its name as said to someone filling in the form for the patient
    /// (`applicant.role` is `helper`), where the plain wording says "you" for the
    /// patient; `""` when the plain wording is right for both.
    #[serde(skip)]
    pub helper_label: &'static str,
    #[serde(skip)]
    pub helper_name: &'static str,
    /// The hint as said to a helper, where the plain hint says "you" for the patient;
    /// `""` otherwise.
    #[serde(skip)]
    pub helper_hint: &'static str,
    /// Whether this copy's hint is the helper's (`field-…-helper-hint`).
    #[serde(skip)]
    pub hint_to_helper: bool,
    /// Whether this copy of the question is worded for a helper ([`Field::for_reader`]):
    /// its messages are then `field-…-helper` and `field-…-helper-name`.
    #[serde(skip)]
    pub to_helper: bool,
}

/// Whether the person filling in the form said they are helping the patient.
pub fn helper_fills_in(answers: &Answers) -> bool {
    answers.get(ids::APPLICANT_ROLE).map(|v| v.trim()) == Some("helper")
}

/// The kind of answer a question takes. In JSON: `{"type": "choice", "options": [...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "options", rename_all = "snake_case")]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Several sentences or paragraphs.
    LongText,
    /// A calendar date, stored as `YYYY-MM-DD`.
    Date,
    /// A phone number with area code.
    Phone,
    /// An email address.
    Email,
    /// A 5-digit ZIP code or ZIP+4.
    Zip,
    /// A 2-letter US state code.
    UsState,
    /// `yes` or `no`.
    YesNo,
    /// One of a fixed list, stored by its `value`.
    Choice(Vec<ChoiceOption>),
}

/// One answer to pick from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChoiceOption {
    /// Stored in the case file.
    pub value: &'static str,
    /// Shown to the person and printed on the form.
    pub label: &'static str,
}

/// Whether and when a question must be answered.
///
/// A conditional question is not asked at all when its condition does not hold, and its
/// answer is then left out of the validated case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "when", rename_all = "snake_case")]
pub enum Requirement {
    /// Always asked and must be answered.
    Required,
    /// Always asked; may be left blank.
    Optional,
    /// Asked and must be answered only when the condition holds.
    RequiredWhen(Condition),
    /// Asked only when the condition holds, and may then be left blank.
    ShownWhen(Condition),
}

/// A fact about the answers (and today's date) that decides whether a question is asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Condition {
    /// The patient is under 18 today.
    PatientIsMinor,
    /// The earliest 6-month deadline to apply has passed (see [`crate::rules::assess`]).
    LateFiling,
    /// The person said someone is helping them.
    HelperNamed,
    /// Another question is asked and answered with this value.
    Equals {
        /// The other question's id.
        field: &'static str,
        /// The value it must have.
        value: &'static str,
    },
    /// Another question is asked and answered with one of these values.
    OneOf {
        /// The other question's id.
        field: &'static str,
        /// The values that count.
        values: &'static [&'static str],
    },
    /// Another question is asked and has any answer.
    Answered {
        /// The other question's id.
        field: &'static str,
    },
}

impl Condition {
    /// Whether the condition holds for these answers on `today`. Lenient: invalid answers
    /// count as not given.
    pub(crate) fn holds(&self, answers: &Answers, today: NaiveDate) -> bool {
        let given = |id: &str| {
            answers
                .get(id)
                .map(|value| value.trim())
                .filter(|value| !value.is_empty())
        };
        let asked = |id: &str| field(id).is_none_or(|f| is_applicable(f, answers, today));
        match self {
            Condition::PatientIsMinor => given(ids::PATIENT_DATE_OF_BIRTH)
                .and_then(parse_iso_date)
                .is_some_and(|birth| is_minor(birth, today)),
            Condition::LateFiling => {
                crate::rules::assess(&EligibilityFacts::from_answers(answers), today).late
            }
            Condition::HelperNamed => {
                given(ids::HELPER_HAS_HELPER).is_some_and(|v| v.eq_ignore_ascii_case("yes"))
            }
            Condition::Equals { field, value } => {
                asked(field) && given(field).is_some_and(|v| v.eq_ignore_ascii_case(value))
            }
            Condition::OneOf { field, values } => {
                asked(field)
                    && given(field)
                        .is_some_and(|v| values.iter().any(|want| v.eq_ignore_ascii_case(want)))
            }
            Condition::Answered { field } => asked(field) && given(field).is_some(),
        }
    }
}

impl Field {
    /// Whether the question is asked for these answers on `today`.
    pub fn is_applicable(&self, answers: &Answers, today: NaiveDate) -> bool {
        is_applicable(self, answers, today)
    }

    /// Whether the question must be answered for these answers on `today`.
    pub(crate) fn is_required(&self, answers: &Answers, today: NaiveDate) -> bool {
        match &self.requirement {
            Requirement::Required => true,
            Requirement::RequiredWhen(condition) => condition.holds(answers, today),
            Requirement::Optional | Requirement::ShownWhen(_) => false,
        }
    }

    /// Whether the wizard should mark the question "(optional)" when it is asked.
    pub fn is_optional(&self) -> bool {
        matches!(
            self.requirement,
            Requirement::Optional | Requirement::ShownWhen(_)
        )
    }

    /// The options of a choice question; empty for other kinds.
    pub fn choices(&self) -> &[ChoiceOption] {
        match &self.kind {
            FieldKind::Choice(options) => options,
            _ => &[],
        }
    }

    /// The question's Fluent message id: `patient.first_name` → `field-patient-first-name`
    /// (in `form.ftl`). The English there says the same as [`Field::label`].
    pub(crate) fn message_id(&self) -> String {
        let id = format!("field-{}", self.id.replace(['.', '_'], "-"));
        if self.to_helper {
            format!("{id}-helper")
        } else {
            id
        }
    }

    /// The question as said to whoever fills in the form: to a helper, "the patient"
    /// where the plain wording says "you". The rules and the id stay the same.
    pub fn for_reader(&self, helper: bool) -> Field {
        let mut field = self.clone();
        if helper && !self.helper_label.is_empty() {
            field.label = self.helper_label;
            field.name = self.helper_name;
            field.to_helper = true;
        }
        if helper && !self.helper_hint.is_empty() {
            field.hint = self.helper_hint;
            field.hint_to_helper = true;
        }
        field
    }

    /// The question, as a message to show in the person's language.
    pub fn label_message(&self) -> Message {
        Message::or_english(self.message_id(), self.label)
    }

    /// What the answer is, as a message for error messages ([`Field::name`]):
    /// `field-patient-first-name-name`.
    pub fn name_message(&self) -> Message {
        Message::or_english(format!("{}-name", self.message_id()), self.name)
    }

    /// The label of a choice value, if this is a choice question and the value is one of
    /// its options.
    pub fn choice_label(&self, value: &str) -> Option<&'static str> {
        self.choices()
            .iter()
            .find(|option| option.value == value)
            .map(|option| option.label)
    }
}

/// Whether `field` is asked for these answers on `today` (guardian questions only for a
/// minor, the late-filing explanation only when late, and so on).
pub(crate) fn is_applicable(field: &Field, answers: &Answers, today: NaiveDate) -> bool {
    match &field.requirement {
        Requirement::Required | Requirement::Optional => true,
        Requirement::RequiredWhen(condition) | Requirement::ShownWhen(condition) => {
            condition.holds(answers, today)
        }
    }
}

impl Form {
    /// Every question, in form order.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.sections
            .iter()
            .flat_map(|section| section.fields.iter())
    }

    /// The questions asked for these answers on `today`, in form order.
    pub fn applicable_fields(&self, answers: &Answers, today: NaiveDate) -> Vec<&Field> {
        self.fields()
            .filter(|field| is_applicable(field, answers, today))
            .collect()
    }
}

fn forms() -> &'static [Form; 2] {
    static FORMS: OnceLock<[Form; 2]> = OnceLock::new();
    FORMS.get_or_init(|| [application::build(), assistant::build()])
}

/// The DMHC IMR Application/Complaint Form (DMHC 20-224).
pub fn application_form() -> Form {
    forms()[0].clone()
}

/// The DMHC Authorized Assistant form: Part A for the member, Part B for the helper.
pub fn assistant_form() -> Form {
    forms()[1].clone()
}

/// The follow-up page's questions (when and how the packet was sent): not a DMHC form,
/// so neither [`field`] nor [`all_fields`] include them and a case file never holds
/// their answers.
pub fn sent_form() -> &'static Form {
    static FORM: OnceLock<Form> = OnceLock::new();
    FORM.get_or_init(sent::build)
}

/// Finds a question on either form by its id.
pub fn field(id: &str) -> Option<&'static Field> {
    all_fields().find(|field| field.id == id)
}

/// Every question on both forms: the application first, then the Authorized Assistant
/// form.
pub fn all_fields() -> impl Iterator<Item = &'static Field> {
    forms().iter().flat_map(|form| form.fields())
}

// Builders used by `application.rs` and `assistant.rs` to keep the definitions short.
impl Field {
    fn new(id: &'static str, kind: FieldKind, label: &'static str, name: &'static str) -> Self {
        let max_len = match kind {
            FieldKind::Text => Some(100),
            FieldKind::LongText => Some(4000),
            FieldKind::Phone => Some(30),
            FieldKind::Email => Some(254),
            FieldKind::Zip => Some(10),
            FieldKind::UsState => Some(2),
            FieldKind::Date | FieldKind::YesNo | FieldKind::Choice(_) => None,
        };
        Field {
            id,
            kind,
            label,
            form_label: labels::form_label(id).unwrap_or(label),
            hint: "",
            example: "",
            name,
            requirement: Requirement::Required,
            max_len,
            helper_label: "",
            helper_name: "",
            to_helper: false,
            helper_hint: "",
            hint_to_helper: false,
        }
    }

    /// How the hint is said to someone filling in the form for the patient.
    fn hint_to_helper(mut self, hint: &'static str) -> Self {
        self.helper_hint = hint;
        self
    }

    /// How the question is said to someone filling in the form for the patient.
    fn said_to_helper(mut self, label: &'static str, name: &'static str) -> Self {
        self.helper_label = label;
        self.helper_name = name;
        self
    }

    fn hint(mut self, hint: &'static str) -> Self {
        self.hint = hint;
        self
    }

    fn example(mut self, example: &'static str) -> Self {
        self.example = example;
        self
    }

    fn optional(mut self) -> Self {
        self.requirement = Requirement::Optional;
        self
    }

    fn required_when(mut self, condition: Condition) -> Self {
        self.requirement = Requirement::RequiredWhen(condition);
        self
    }

    fn shown_when(mut self, condition: Condition) -> Self {
        self.requirement = Requirement::ShownWhen(condition);
        self
    }

    fn max_len(mut self, max_len: usize) -> Self {
        self.max_len = Some(max_len);
        self
    }
}

fn choice(options: &[(&'static str, &'static str)]) -> FieldKind {
    FieldKind::Choice(
        options
            .iter()
            .map(|&(value, label)| ChoiceOption { value, label })
            .collect(),
    )
}

fn yes(field: &'static str) -> Condition {
    Condition::Equals {
        field,
        value: "yes",
    }
}

fn section(id: &'static str, title: &'static str, fields: Vec<Field>) -> Section {
    Section {
        id,
        title,
        fields,
        repeats: Vec::new(),
        signatures: Vec::new(),
    }
}

#[cfg(test)]
mod tests;
