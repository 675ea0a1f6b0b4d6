//! Renders a form from its definition: every section under its heading, every question
//! that applies to this case with its answer, choices as ticked boxes, and the
//! signature lines the definition asks for.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use imr_case::case::Case;
use imr_case::form::{FieldKind, Form};

use crate::layout::Composer;

/// Typed signatures (`"/s/ Name"`) by signature-line id, with the date to print.
#[derive(Debug, Clone, Default)]
pub struct Signatures {
    pub typed: BTreeMap<String, String>,
    pub date: String,
}

pub fn render(
    c: &mut Composer<'_>,
    form: &Form,
    case: &Case,
    today: NaiveDate,
    signed: &Signatures,
) {
    for section in &form.sections {
        let fields: Vec<_> = section
            .fields
            .iter()
            .filter(|f| f.is_applicable(&case.answers, today))
            .collect();
        if fields.is_empty() && section.signatures.is_empty() {
            continue;
        }
        c.heading(section.title);
        for field in fields {
            let raw = case.answers.get(field.id).map(|v| v.trim()).unwrap_or("");
            match &field.kind {
                FieldKind::YesNo => {
                    let yes = raw.eq_ignore_ascii_case("yes");
                    let no = raw.eq_ignore_ascii_case("no");
                    c.check_boxes(field.label, &[("Yes", yes), ("No", no)]);
                }
                FieldKind::Choice(options) => {
                    let boxes: Vec<(&str, bool)> = options
                        .iter()
                        .map(|o| (o.label, raw.eq_ignore_ascii_case(o.value)))
                        .collect();
                    c.check_boxes(field.label, &boxes);
                }
                _ => {
                    let shown = case.display_value(field.id).unwrap_or_default();
                    c.answer(field.label, &shown);
                }
            }
        }
        for line in &section.signatures {
            let typed = signed
                .typed
                .get(line.id)
                .map(|s| (s.as_str(), signed.date.as_str()));
            c.signature_line(line.label, typed);
        }
    }
}
