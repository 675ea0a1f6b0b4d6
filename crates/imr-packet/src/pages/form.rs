//! Renders a form from its definition in the printed form's labels: every section under
//! its heading, the answers it repeats from another part (the member on the Authorized
//! Assistant form), every question that applies to this case with its answer beside its
//! label, choices as ticked boxes, and each signature line under its statement.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use imr_case::case::Case;
use imr_case::form::{FieldKind, Form};

use crate::layout::{Composer, SignedLine};

/// Signatures made on screen, by signature-line id (`application.applicant`,
/// `assistant.member`, `assistant.helper`), with the date to print beside them.
/// Lines with neither are left blank to sign by hand.
#[derive(Debug, Clone, Default)]
pub struct Signatures {
    /// Typed signatures, such as `"/s/ José Núñez"`.
    pub typed: BTreeMap<String, String>,
    /// Drawn signatures: strokes of points in 0..1 box coordinates, y down.
    pub drawn: BTreeMap<String, Vec<Vec<(f32, f32)>>>,
    pub date: String,
}

impl Signatures {
    pub(crate) fn is_empty(&self) -> bool {
        self.typed.is_empty() && self.drawn.is_empty()
    }

    fn line(&self, id: &str) -> Option<SignedLine<'_>> {
        let typed = self.typed.get(id).map(String::as_str);
        let drawn = self.drawn.get(id).map(Vec::as_slice);
        (typed.is_some() || drawn.is_some()).then_some(SignedLine {
            typed,
            drawn,
            date: &self.date,
        })
    }
}

pub(crate) fn render(
    c: &mut Composer<'_>,
    form: &Form,
    case: &Case,
    today: NaiveDate,
    signed: &Signatures,
) {
    // As on the paper form, the signature closes it: parts without a signature line
    // first, in the definition's order, then the ones that are signed.
    let (unsigned, signed_parts): (Vec<_>, Vec<_>) =
        form.sections.iter().partition(|s| s.signatures.is_empty());
    for section in unsigned.into_iter().chain(signed_parts) {
        let fields: Vec<_> = section
            .fields
            .iter()
            .filter(|f| f.is_applicable(&case.answers, today))
            .collect();
        if fields.is_empty() && section.signatures.is_empty() {
            continue;
        }
        c.heading(section.title);
        for id in &section.repeats {
            if let Some(field) = imr_case::form::field(id) {
                let shown = case.display_value(id).unwrap_or_default();
                c.answer(field.form_label, &shown);
            }
        }
        for field in fields {
            let raw = case.answers.get(field.id).map(|v| v.trim()).unwrap_or("");
            match &field.kind {
                FieldKind::YesNo => {
                    let yes = raw.eq_ignore_ascii_case("yes");
                    let no = raw.eq_ignore_ascii_case("no");
                    c.check_boxes(field.form_label, &[("Yes", yes), ("No", no)]);
                }
                FieldKind::Choice(options) => {
                    let boxes: Vec<(&str, bool)> = options
                        .iter()
                        .map(|o| (o.label, raw.eq_ignore_ascii_case(o.value)))
                        .collect();
                    c.check_boxes(field.form_label, &boxes);
                }
                _ => {
                    let shown = case.display_value(field.id).unwrap_or_default();
                    c.answer(field.form_label, &shown);
                }
            }
        }
        for line in &section.signatures {
            c.signature_line(line.statement, line.label, signed.line(line.id));
        }
    }
}
