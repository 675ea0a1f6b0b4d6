//! "Ask your doctor for a letter": one page the person hands or sends to the treating
//! doctor, filled in from the case, in the person's language, with an English copy for a
//! doctor who reads English. It lists what the independent reviewers need from the
//! doctor; for an urgent case, the statement of a serious and imminent threat to health;
//! for an experimental treatment, what Health and Safety Code section 1370.4 asks a
//! doctor to certify; and how the doctor can send the letter. The words are in
//! `doctor.ftl`.

use chrono::{Datelike, NaiveDate};
use imr_case::case::Answers;
use imr_case::contacts;
use imr_case::dates::parse_iso_date;
use imr_case::form::ids;
use imr_i18n::{text, Arg, Lang};

use crate::fonts::Weight;
use crate::layout::Composer;

/// The case's facts the request prints, read from the answers as they stand (the
/// request can be printed before every question is answered).
#[derive(Debug, Clone, Default)]
pub(crate) struct RequestFacts {
    pub(crate) patient: String,
    pub(crate) birth: Option<NaiveDate>,
    pub(crate) phone: String,
    pub(crate) plan: String,
    pub(crate) member_id: String,
    pub(crate) doctor: String,
    pub(crate) treatment: String,
    pub(crate) condition: String,
    /// The plan's latest decision: the grievance decision, or else the denial.
    pub(crate) decided_on: Option<NaiveDate>,
    pub(crate) reference: String,
    pub(crate) urgent: bool,
    pub(crate) experimental: bool,
    pub(crate) signer: String,
}

impl RequestFacts {
    pub(crate) fn from_answers(answers: &Answers) -> RequestFacts {
        let get = |id: &str| super::answer(answers, id);
        let patient = super::patient_name(answers);
        let doctor = Some(get(ids::PROVIDER_DOCTOR_NAME))
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| get(ids::PROVIDER_PCP_NAME));
        let date = |id: &str| parse_iso_date(&get(id));
        let signer = Some(get(ids::SIGNATURE_NAME))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| patient.clone());
        RequestFacts {
            birth: date(ids::PATIENT_DATE_OF_BIRTH),
            phone: get(ids::CONTACT_PHONE),
            plan: get(ids::PLAN_NAME),
            member_id: get(ids::PLAN_MEMBER_ID),
            doctor,
            treatment: get(ids::PROBLEM_TREATMENT),
            condition: get(ids::PROBLEM_CONDITION),
            decided_on: date(ids::GRIEVANCE_DECISION_DATE).or(date(ids::PROBLEM_DENIAL_DATE)),
            reference: get(ids::GRIEVANCE_REFERENCE),
            urgent: get(ids::URGENCY_URGENT) == "yes",
            experimental: get(ids::PROBLEM_TYPE) == "experimental",
            signer,
            patient,
        }
    }
}

fn say(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    text(lang, id, args)
}

fn date(lang: Lang, d: NaiveDate) -> String {
    imr_i18n::long_date(lang, d.year(), d.month(), d.day())
}

/// The page's title and the running header, in `lang`.
pub(crate) fn titles(lang: Lang, facts: &RequestFacts) -> (String, String) {
    (
        say(lang, "doctor-title", &[]),
        say(
            lang,
            "doctor-header",
            &[("name", Arg::from(facts.patient.as_str()))],
        ),
    )
}

/// Lays out the request in `lang`, its text at `size` points.
pub(crate) fn render(c: &mut Composer<'_>, facts: &RequestFacts, lang: Lang, size: f32) {
    let blank = "______________________";
    let or_blank = |s: &str| {
        if s.is_empty() {
            blank.to_string()
        } else {
            s.to_string()
        }
    };
    let doctor = or_blank(&facts.doctor);
    c.answer(&say(lang, "doctor-to", &[]), &doctor);
    c.answer(&say(lang, "doctor-patient", &[]), &or_blank(&facts.patient));
    c.answer(
        &say(lang, "doctor-birth", &[]),
        &facts
            .birth
            .map(|d| date(lang, d))
            .unwrap_or_else(|| blank.to_string()),
    );
    c.answer(&say(lang, "doctor-plan", &[]), &or_blank(&facts.plan));
    c.answer(
        &say(lang, "doctor-member-id", &[]),
        &or_blank(&facts.member_id),
    );
    if !facts.reference.is_empty() {
        c.answer(&say(lang, "doctor-reference", &[]), &facts.reference);
    }
    c.space(6.0);
    let treatment = or_blank(&facts.treatment);
    let condition = or_blank(&facts.condition);
    let decided = facts
        .decided_on
        .map(|d| date(lang, d))
        .unwrap_or_else(|| blank.to_string());
    c.paragraph(
        &say(
            lang,
            "doctor-intro",
            &[
                ("treatment", Arg::from(treatment.as_str())),
                ("condition", Arg::from(condition.as_str())),
                ("date", Arg::from(decided.as_str())),
            ],
        ),
        size,
        Weight::Regular,
    );
    c.space(4.0);
    c.paragraph(&say(lang, "doctor-please", &[]), size, Weight::Bold);
    for id in [
        "doctor-need-diagnosis",
        "doctor-need-history",
        "doctor-need-tried",
        "doctor-need-why",
        "doctor-need-without",
        "doctor-need-records",
    ] {
        c.marked_paragraph("•", &say(lang, id, &[]), size);
    }
    if facts.urgent {
        c.space(4.0);
        c.paragraph(&say(lang, "doctor-urgent-heading", &[]), size, Weight::Bold);
        c.paragraph(&say(lang, "doctor-urgent", &[]), size, Weight::Regular);
    }
    if facts.experimental {
        c.space(4.0);
        c.paragraph(
            &say(lang, "doctor-experimental-heading", &[]),
            size,
            Weight::Bold,
        );
        for id in [
            "doctor-experimental-condition",
            "doctor-experimental-standard",
            "doctor-experimental-better",
            "doctor-experimental-evidence",
            "doctor-experimental-fast",
        ] {
            c.marked_paragraph("•", &say(lang, id, &[]), size);
        }
    }
    c.space(4.0);
    c.paragraph(&say(lang, "doctor-send-heading", &[]), size, Weight::Bold);
    c.marked_paragraph("•", &say(lang, "doctor-send-me", &[]), size);
    c.marked_paragraph(
        "•",
        &say(
            lang,
            "doctor-send-fax",
            &[
                ("fax", Arg::from(contacts::FAX)),
                ("patient", Arg::from(or_blank(&facts.patient))),
            ],
        ),
        size,
    );
    c.space(6.0);
    c.paragraph(
        &say(
            lang,
            "doctor-thanks",
            &[
                ("name", Arg::from(or_blank(&facts.signer))),
                ("phone", Arg::from(or_blank(&facts.phone))),
            ],
        ),
        size,
        Weight::Regular,
    );
}
