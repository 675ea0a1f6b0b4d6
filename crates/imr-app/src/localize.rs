//! The form as the person reads it: the one definition in `imr-case` (English, the
//! source of truth, and what the PDF packet prints) with its labels, hints, names and
//! options taken from `form.ftl` in another language.
//!
//! Message ids follow the field ids: `patient.first_name` is `field-patient-first-name`
//! (the question), `…-hint`, `…-name` (for error messages) and `…-option-<value>`;
//! sections are `section-<form>-<section>`, signature lines `signature-<id>`, document
//! kinds `document-kind-<kind>`. The English of `form.ftl` says the same as the
//! definition (a test checks it), so English comes straight from the definition.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use imr_case::form::{
    application_form, assistant_form, sent_form, ChoiceOption, DocumentKind, Field, FieldKind, Form,
};
use imr_i18n::{text, Lang, Message, Value};

/// `patient.first_name` → `patient-first-name`.
pub fn key(id: &str) -> String {
    id.replace(['.', '_'], "-")
}

pub fn field_message_id(field_id: &str) -> String {
    format!("field-{}", key(field_id))
}

pub fn section_message_id(form_id: &str, section_id: &str) -> String {
    format!("section-{}-{}", key(form_id), key(section_id))
}

pub fn option_message_id(field_id: &str, value: &str) -> String {
    format!("{}-option-{}", field_message_id(field_id), key(value))
}

pub fn signature_message_id(signature_id: &str) -> String {
    format!("signature-{}", key(signature_id))
}

pub fn document_kind_message_id(kind: DocumentKind) -> String {
    format!("document-kind-{}", key(kind.value()))
}

/// Text that lives as long as the program: each language's form is built once.
fn keep(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn translate_field(lang: Lang, f: &Field) -> Field {
    let id = field_message_id(f.id);
    // The question and its name as said to a helper, when this copy is worded for one.
    let said = if f.to_helper {
        format!("{id}-helper")
    } else {
        id.clone()
    };
    let kind = match &f.kind {
        FieldKind::Choice(options) => FieldKind::Choice(
            options
                .iter()
                .map(|o| ChoiceOption {
                    value: o.value,
                    label: keep(text(lang, &option_message_id(f.id, o.value), &[])),
                })
                .collect(),
        ),
        other => other.clone(),
    };
    Field {
        kind,
        label: keep(text(lang, &said, &[])),
        hint: if f.hint.is_empty() {
            ""
        } else if f.hint_to_helper {
            keep(text(lang, &format!("{id}-helper-hint"), &[]))
        } else {
            keep(text(lang, &format!("{id}-hint"), &[]))
        },
        example: if f.example.is_empty() {
            ""
        } else {
            keep(text(lang, &format!("{id}-example"), &[]))
        },
        name: keep(text(lang, &format!("{said}-name"), &[])),
        ..f.clone()
    }
}

fn translate_form(lang: Lang, form: Form) -> Form {
    let mut out = form.clone();
    out.title = keep(text(lang, &format!("form-{}", key(form.id)), &[]));
    for section in &mut out.sections {
        section.title = keep(text(lang, &section_message_id(form.id, section.id), &[]));
        for f in &mut section.fields {
            *f = translate_field(lang, f);
        }
        for s in &mut section.signatures {
            s.label = keep(text(lang, &signature_message_id(s.id), &[]));
            s.statement = keep(text(
                lang,
                &format!("{}-statement", signature_message_id(s.id)),
                &[],
            ));
        }
    }
    out
}

struct Localized {
    application: Form,
    assistant: Form,
}

/// Who the wizard speaks to: the patient, or someone filling in the form for them
/// (`applicant.role`). The form is about the patient either way; only "you" changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Patient,
    Helper,
}

impl Reader {
    /// Who fills in the form, from the answers (the patient when not said).
    pub fn of(answers: &imr_case::case::Answers) -> Reader {
        if imr_case::form::helper_fills_in(answers) {
            Reader::Helper
        } else {
            Reader::Patient
        }
    }
}

fn for_reader(form: Form, reader: Reader) -> Form {
    let mut form = form;
    for section in &mut form.sections {
        for f in &mut section.fields {
            *f = f.for_reader(reader == Reader::Helper);
        }
    }
    form
}

fn localized(lang: Lang, reader: Reader) -> &'static Localized {
    static FORMS: [[OnceLock<Localized>; 2]; 2] = [
        [OnceLock::new(), OnceLock::new()],
        [OnceLock::new(), OnceLock::new()],
    ];
    let build = || {
        let application = for_reader(application_form(), reader);
        let assistant = for_reader(assistant_form(), reader);
        match lang {
            Lang::En => Localized {
                application,
                assistant,
            },
            other => Localized {
                application: translate_form(other, application),
                assistant: translate_form(other, assistant),
            },
        }
    };
    let slot = match lang {
        Lang::En => 0,
        Lang::Es => 1,
    };
    FORMS[slot][reader as usize].get_or_init(build)
}

/// The DMHC application as shown in `lang`.
pub fn application_form_in(lang: Lang) -> &'static Form {
    &localized(lang, Reader::Patient).application
}

/// The Authorized Assistant form as shown in `lang`.
pub fn assistant_form_in(lang: Lang) -> &'static Form {
    &localized(lang, Reader::Patient).assistant
}

/// The follow-up page's questions ([`imr_case::form::sent_form`]) as shown in `lang`.
pub fn sent_form_in(lang: Lang) -> &'static Form {
    static FORMS: [OnceLock<Form>; 2] = [OnceLock::new(), OnceLock::new()];
    match lang {
        Lang::En => sent_form(),
        other => FORMS[1].get_or_init(|| translate_form(other, sent_form().clone())),
    }
}

/// A question as shown in `lang` (same id, kind and rules; words in `lang`).
pub fn field_in(lang: Lang, id: &str) -> Option<&'static Field> {
    field_for(lang, Reader::Patient, id)
}

/// A question as shown in `lang` to `reader`.
pub fn field_for(lang: Lang, reader: Reader, id: &str) -> Option<&'static Field> {
    type Index = HashMap<&'static str, &'static Field>;
    static INDEX: OnceLock<[[Index; 2]; 2]> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        Lang::ALL.map(|l| {
            [Reader::Patient, Reader::Helper].map(|r| {
                let forms = localized(l, r);
                forms
                    .application
                    .sections
                    .iter()
                    .chain(&forms.assistant.sections)
                    .flat_map(|s| &s.fields)
                    .map(|f| (f.id, f))
                    .collect()
            })
        })
    });
    let slot = match lang {
        Lang::En => 0,
        Lang::Es => 1,
    };
    index[slot][reader as usize].get(id).copied()
}

/// A kind of document, named in `lang`.
pub fn document_kind_label(lang: Lang, kind: DocumentKind) -> String {
    match lang {
        Lang::En => kind.label().to_string(),
        other => text(other, &document_kind_message_id(kind), &[]),
    }
}

/// Every kind of document with its name in `lang`, for the window's list.
pub fn document_kinds(lang: Lang) -> Vec<(DocumentKind, String)> {
    DocumentKind::ALL
        .iter()
        .map(|k| (*k, document_kind_label(lang, *k)))
        .collect()
}

/// A document's title as the window shows it. When the person gave none, the app names
/// the document after its kind in English, for the packet the DMHC reads; the window
/// shows that name in `lang`.
pub fn document_title_in(lang: Lang, kind: DocumentKind, title: &str) -> String {
    if title == kind.label() {
        document_kind_label(lang, kind)
    } else {
        title.to_string()
    }
}

/// A document's title as an argument of a message: the kind's name in the message's
/// language when the app gave the title (the kind's English name), the title as typed
/// otherwise ("Anexo A: Denial letter" never reaches a Spanish message).
pub fn document_title_value(kind: DocumentKind, title: &str) -> Value {
    if title == kind.label() {
        Value::from(Message::or_english(
            document_kind_message_id(kind),
            kind.label(),
        ))
    } else {
        Value::from(title)
    }
}

/// A title from the window, as it is kept: a kind's name in `lang`, left as the window
/// showed it, is kept as that kind's English name (for the packet); anything the person
/// typed is kept as typed.
pub fn document_title_from(lang: Lang, typed: &str) -> String {
    let typed = typed.trim();
    DocumentKind::ALL
        .iter()
        .find(|k| document_kind_label(lang, **k) == typed)
        .map_or_else(|| typed.to_string(), |k| k.label().to_string())
}

/// The message id of a category of the DMHC's past decisions (`outcome-categories.ftl`):
/// `Cardiac/Circulatory` → `outcome-category-cardiac-circulatory`.
pub fn outcome_category_message_id(name: &str) -> String {
    format!("outcome-category-{}", slug(name))
}

/// A name of DMHC's data as part of a message id: `Cardiac/Circulatory` →
/// `cardiac-circulatory`.
fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// The message id of a type of review in the DMHC's past decisions (`outcomes.ftl`):
/// `Experimental/Investigational` → `outcomes-type-experimental-investigational`.
pub fn outcome_type_message_id(kind: &str) -> String {
    format!("outcomes-type-{}", slug(kind))
}

/// A type of review of the DMHC's past decisions ("Medical Necessity", ...) in plain
/// words in `lang`; the data's own English name if no message has it (a test checks
/// that every type in the bundled data has one).
pub fn outcome_type_label(lang: Lang, kind: &str) -> String {
    let id = outcome_type_message_id(kind);
    if imr_i18n::has(lang, &id) {
        text(lang, &id, &[])
    } else {
        kind.to_string()
    }
}

/// A category of the DMHC's past decisions as shown in `lang`. The data's categories
/// are English: in another language the name comes first in that language, then the
/// original in brackets, to match what the DMHC's own site shows.
pub fn outcome_category_label(lang: Lang, name: &str) -> String {
    let id = outcome_category_message_id(name);
    if lang == Lang::En || !imr_i18n::has(lang, &id) {
        return name.to_string();
    }
    format!("{} [{name}]", text(lang, &id, &[]))
}

/// "March 1, 2026", "1 de marzo de 2026": [`imr_i18n::long_date`] for a calendar date.
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    imr_i18n::long_date(lang, date.year(), date.month(), date.day())
}

/// "Yes" / "Sí", "No".
pub fn yes_no(lang: Lang, yes: bool) -> String {
    text(lang, if yes { "answer-yes" } else { "answer-no" }, &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use imr_i18n::has;

    #[test]
    fn a_title_the_app_gave_is_shown_in_the_language_and_kept_in_english() {
        let kind = DocumentKind::DenialLetter;
        let shown = document_title_in(Lang::Es, kind, kind.label());
        assert_eq!(shown, text(Lang::Es, "document-kind-denial-letter", &[]));
        assert_ne!(shown, kind.label());
        assert_eq!(document_title_from(Lang::Es, &shown), kind.label());
        assert_eq!(
            document_title_in(Lang::Es, kind, "Carta del plan, enero"),
            "Carta del plan, enero"
        );
        assert_eq!(
            document_title_from(Lang::Es, " Carta del plan, enero "),
            "Carta del plan, enero"
        );
    }

    #[test]
    fn a_title_the_app_gave_is_named_in_the_language_of_the_message() {
        let kind = DocumentKind::DenialLetter;
        let message = Message::new("error-fax-no-such-page")
            .with("title", document_title_value(kind, kind.label()))
            .with("pages", 1)
            .with("page", 3);
        assert_eq!(
            message.render(Lang::Es),
            "Carta de denegación tiene 1 página, no 3."
        );
        assert_eq!(message.render(Lang::En), "Denial letter has 1 page, not 3.");
        let typed = Message::new("error-fax-no-such-page")
            .with("title", document_title_value(kind, "Carta del plan"))
            .with("pages", 2)
            .with("page", 3);
        assert_eq!(
            typed.render(Lang::Es),
            "Carta del plan tiene 2 páginas, no 3."
        );
    }

    fn all_forms() -> [Form; 3] {
        [application_form(), assistant_form(), sent_form().clone()]
    }

    /// Every question, option, section and signature line of the definition has its
    /// message in every language, and the English says exactly what the definition says
    /// (the definition stays the source of truth).
    #[test]
    fn every_part_of_the_form_has_its_words_in_every_language() {
        let mut missing = Vec::new();
        let mut differ = Vec::new();
        let mut checked = 0;
        let mut check = |id: String, english: &str| {
            checked += 1;
            for lang in Lang::ALL {
                if !has(lang, &id) {
                    missing.push(format!("{lang}: {id}"));
                }
            }
            let en = text(Lang::En, &id, &[]);
            if has(Lang::En, &id) && en != english {
                differ.push(format!(
                    "{id}: form.ftl says {en:?}, the definition {english:?}"
                ));
            }
        };
        for form in all_forms() {
            check(format!("form-{}", key(form.id)), form.title);
            for s in &form.sections {
                check(section_message_id(form.id, s.id), s.title);
                for f in &s.fields {
                    let id = field_message_id(f.id);
                    check(id.clone(), f.label);
                    check(format!("{id}-name"), f.name);
                    if !f.helper_label.is_empty() {
                        check(format!("{id}-helper"), f.helper_label);
                        check(format!("{id}-helper-name"), f.helper_name);
                    }
                    if !f.helper_hint.is_empty() {
                        check(format!("{id}-helper-hint"), f.helper_hint);
                    }
                    if !f.hint.is_empty() {
                        check(format!("{id}-hint"), f.hint);
                    }
                    if !f.example.is_empty() {
                        check(format!("{id}-example"), f.example);
                    }
                    for o in f.choices() {
                        check(option_message_id(f.id, o.value), o.label);
                    }
                }
                for sig in &s.signatures {
                    check(signature_message_id(sig.id), sig.label);
                    check(
                        format!("{}-statement", signature_message_id(sig.id)),
                        sig.statement,
                    );
                }
            }
        }
        for kind in DocumentKind::ALL {
            check(document_kind_message_id(kind), kind.label());
        }
        assert!(checked > 150, "only {checked} messages checked");
        assert!(missing.is_empty(), "missing:\n{}", missing.join("\n"));
        assert!(differ.is_empty(), "English differs:\n{}", differ.join("\n"));
    }

    #[test]
    fn spanish_form_keeps_ids_kinds_and_rules_and_changes_the_words() {
        let en = application_form();
        let es = application_form_in(Lang::Es);
        assert_eq!(en.sections.len(), es.sections.len());
        for (a, b) in en.fields().zip(es.fields()) {
            assert_eq!(a.id, b.id);
            assert_eq!(a.requirement, b.requirement);
            assert_eq!(a.max_len, b.max_len);
            assert_ne!(a.label, b.label, "{} is not translated", a.id);
            let values = |f: &Field| f.choices().iter().map(|o| o.value).collect::<Vec<_>>();
            assert_eq!(values(a), values(b));
        }
        let gender = field_in(Lang::Es, "patient.gender").expect("a field");
        assert_eq!(gender.choice_label("female"), Some("Femenino"));
        assert_eq!(
            field_in(Lang::En, "patient.gender"),
            imr_case::form::field("patient.gender")
        );
        assert_eq!(
            document_kind_label(Lang::Es, DocumentKind::DenialLetter),
            "Carta de denegación"
        );
    }

    #[test]
    fn dates_are_written_out_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 1).expect("a date");
        assert_eq!(long_date(Lang::Es, d), "1 de marzo de 2026");
        assert_eq!(long_date(Lang::En, d), "March 1, 2026");
    }
}

#[cfg(test)]
mod screen_tests {
    use crate::screens::{Task, SCREENS};
    use imr_i18n::{has, text, Lang};

    /// Task titles and screen headings: every language has them, and the English is
    /// what screens.rs says.
    #[test]
    fn task_titles_and_screen_headings_are_in_every_language() {
        let mut pairs: Vec<(String, &str)> = Task::LIST
            .iter()
            .map(|t| (t.message_id().to_string(), t.title()))
            .collect();
        for s in SCREENS {
            if let Some(h) = s.heading {
                pairs.push((s.heading_message_id(), h));
            }
        }
        assert!(pairs.len() > 15);
        for (id, english) in pairs {
            for lang in Lang::ALL {
                assert!(has(lang, &id), "{lang}: {id} is missing");
            }
            assert_eq!(text(Lang::En, &id, &[]), english, "{id}");
        }
    }
}
