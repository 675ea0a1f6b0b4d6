//! The validated case: normalized answers plus typed accessors for the PDF and the UI.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Answers, DocumentEntry};
use crate::answers::ids;
use crate::dates::{form_date, is_minor, parse_iso_date};
use crate::form::{field, FieldKind};
use crate::rules::{assess, EligibilityFacts, RulesReport};

/// A case that passed [`validate`](super::validate). Only `validate` makes one, so the
/// required answers are always there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Case {
    /// The answers to the questions that are asked, trimmed and in normal form (dates
    /// `YYYY-MM-DD`, yes/no lower case, state codes upper case, choices by value).
    pub answers: Answers,
    /// The supporting documents, titles and paths trimmed.
    pub documents: Vec<DocumentEntry>,
    date_of_birth: NaiveDate,
    helper: Option<Helper>,
}

/// The person helping (the authorized assistant), when there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Helper {
    /// Full name.
    pub name: String,
    /// How they know the patient, in their words.
    pub relationship: String,
    /// Street address.
    pub street: String,
    /// City.
    pub city: String,
    /// 2-letter state code.
    pub state: String,
    /// ZIP code.
    pub zip: String,
    /// Phone number as typed.
    pub phone: String,
    /// Email address, if given.
    pub email: Option<String>,
    /// Whether they have legal power to make health decisions for the patient.
    pub has_legal_authority: bool,
    /// What gives them that power, as a label ("Health care power of attorney").
    pub legal_authority: Option<String>,
}

impl Case {
    /// Builds the typed view from clean answers; returns the ids of required answers that
    /// are missing (which `validate` has already ruled out).
    pub(super) fn from_clean(
        answers: Answers,
        documents: Vec<DocumentEntry>,
    ) -> Result<Case, Vec<&'static str>> {
        let Some(date_of_birth) = answers
            .get(ids::PATIENT_DATE_OF_BIRTH)
            .and_then(|value| parse_iso_date(value))
        else {
            return Err(vec![ids::PATIENT_DATE_OF_BIRTH]);
        };
        let text = |id: &str| answers.get(id).cloned().unwrap_or_default();
        let helper =
            (answers.get(ids::HELPER_HAS_HELPER).map(String::as_str) == Some("yes")).then(|| {
                Helper {
                    name: text(ids::HELPER_NAME),
                    relationship: text(ids::HELPER_RELATIONSHIP),
                    street: text(ids::HELPER_STREET),
                    city: text(ids::HELPER_CITY),
                    state: text(ids::HELPER_STATE),
                    zip: text(ids::HELPER_ZIP),
                    phone: text(ids::HELPER_PHONE),
                    email: answers.get(ids::HELPER_EMAIL).cloned(),
                    has_legal_authority: answers
                        .get(ids::HELPER_LEGAL_AUTHORITY)
                        .map(String::as_str)
                        == Some("yes"),
                    legal_authority: display(&answers, ids::HELPER_LEGAL_AUTHORITY_KIND),
                }
            });
        Ok(Case {
            answers,
            documents,
            date_of_birth,
            helper,
        })
    }

    /// The normalized answer to a question, if it was asked and answered.
    pub fn answer(&self, field_id: &str) -> Option<&str> {
        self.answers.get(field_id).map(String::as_str)
    }

    fn text(&self, field_id: &str) -> &str {
        self.answer(field_id).unwrap_or_default()
    }

    /// The patient's first name.
    pub(crate) fn patient_first_name(&self) -> &str {
        self.text(ids::PATIENT_FIRST_NAME)
    }

    /// The patient's last name.
    pub(crate) fn patient_last_name(&self) -> &str {
        self.text(ids::PATIENT_LAST_NAME)
    }

    /// The patient's name as written on letters: "José A. Núñez", or "José Núñez" without a
    /// middle initial.
    pub fn patient_full_name(&self) -> String {
        match self.answer(ids::PATIENT_MIDDLE_INITIAL) {
            Some(initial) => format!(
                "{} {}. {}",
                self.patient_first_name(),
                initial,
                self.patient_last_name()
            ),
            None => format!("{} {}", self.patient_first_name(), self.patient_last_name()),
        }
    }

    /// The patient's date of birth.
    pub fn date_of_birth(&self) -> NaiveDate {
        self.date_of_birth
    }

    /// Whether the patient is under 18 on `today`.
    pub fn is_minor(&self, today: NaiveDate) -> bool {
        is_minor(self.date_of_birth, today)
    }

    /// The health plan's name.
    pub fn plan_name(&self) -> &str {
        self.text(ids::PLAN_NAME)
    }

    /// The member ID number.
    pub fn member_id(&self) -> &str {
        self.text(ids::PLAN_MEMBER_ID)
    }

    /// The person helping, when the patient named one.
    pub fn helper(&self) -> Option<&Helper> {
        self.helper.as_ref()
    }

    /// An answer as people read it: dates as `03/27/1984`, choices by their label, yes/no
    /// as `Yes`/`No`, text as written. `None` when not answered or not a question.
    pub fn display_value(&self, field_id: &str) -> Option<String> {
        display(&self.answers, field_id)
    }

    /// The facts the rules need.
    pub(crate) fn facts(&self) -> EligibilityFacts {
        EligibilityFacts::from_answers(&self.answers)
    }

    /// The rules applied to this case on `today`.
    pub fn assess(&self, today: NaiveDate) -> RulesReport {
        assess(&self.facts(), today)
    }
}

fn display(answers: &Answers, field_id: &str) -> Option<String> {
    let question = field(field_id)?;
    let value = answers.get(field_id)?;
    Some(match &question.kind {
        FieldKind::Date => parse_iso_date(value).map_or_else(|| value.clone(), form_date),
        FieldKind::YesNo => match value.as_str() {
            "yes" => "Yes".to_owned(),
            "no" => "No".to_owned(),
            other => other.to_owned(),
        },
        FieldKind::Choice(_) => question
            .choice_label(value)
            .map_or_else(|| value.clone(), str::to_owned),
        _ => value.clone(),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use crate::case::test_support::{complete, d, set, TODAY};
    use crate::case::validate;

    #[test]
    fn case_displays_values_for_people() {
        let case = validate(&complete(), d(TODAY)).unwrap();
        assert_eq!(
            case.display_value("patient.date_of_birth").as_deref(),
            Some("03/27/1984")
        );
        assert_eq!(
            case.display_value("patient.gender").as_deref(),
            Some("Male")
        );
        assert_eq!(
            case.display_value("grievance.filed").as_deref(),
            Some("Yes")
        );
        assert_eq!(case.display_value("urgency.urgent").as_deref(), Some("No"));
        assert_eq!(
            case.display_value("plan.regulator").as_deref(),
            Some("The Department of Managed Health Care (DMHC)")
        );
        assert_eq!(
            case.display_value("plan.member_id").as_deref(),
            Some("XJ4-2291-07")
        );
        assert_eq!(case.display_value("contact.email"), None);
        assert_eq!(case.display_value("no.such"), None);
    }

    #[test]
    fn case_exposes_typed_values() {
        let case = validate(&complete(), d(TODAY)).unwrap();
        assert_eq!(case.patient_last_name(), "Núñez");
        assert_eq!(case.date_of_birth(), d("1984-03-27"));
        assert!(!case.is_minor(d(TODAY)));
        assert_eq!(case.plan_name(), "Golden Valley Health Plan");
        let helper = case.helper().unwrap();
        assert_eq!(helper.name, "Marta Núñez");
        assert_eq!(helper.zip, "93702-1234");
        assert!(!helper.has_legal_authority);
        assert_eq!(helper.legal_authority, None);
        let facts = case.facts();
        assert_eq!(facts.decision_date, Some(d("2026-02-02")));
        assert!(facts.helper_named);
        assert_eq!(case.assess(d(TODAY)).apply_by, Some(d("2026-08-02")));
    }

    #[test]
    fn full_name_without_middle_initial() {
        let mut file = complete();
        file.answers.remove("patient.middle_initial");
        set(&mut file, "helper.has_helper", "no");
        let case = validate(&file, d(TODAY)).unwrap();
        assert_eq!(case.patient_full_name(), "José Núñez");
        assert!(case.helper().is_none());
    }
}
