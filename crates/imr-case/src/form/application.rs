//! The questions of the DMHC IMR Application/Complaint Form (DMHC 20-224).
//!
//! The patient, language and signature parts are confirmed from the printed form; the
//! health plan, problem, grievance, urgency, provider and late-filing parts are inferred
//! from DMHC guidance (see docs/imr-process.md), so their wording is easy to change here.

use super::{choice, section, yes, Condition, Field, FieldKind, Form, Section, SignatureLine};
use crate::answers::ids::*;
use crate::contacts::FORM_TITLE;
use crate::rules::Regulator;

use super::application_problem as problem;

pub(super) fn build() -> Form {
    Form {
        id: "application",
        title: FORM_TITLE,
        sections: vec![
            patient(),
            guardian(),
            contact(),
            language(),
            plan(),
            problem::problem(),
            problem::grievance(),
            problem::urgency(),
            problem::providers(),
            problem::late(),
            applicant(),
            signature(),
            helper(),
        ],
    }
}

fn patient() -> Section {
    use FieldKind::*;
    section(
        "patient",
        "Patient information",
        vec![
            Field::new(
                PATIENT_FIRST_NAME,
                Text,
                "What is the patient's first name?",
                "the patient's first name",
            )
            .max_len(40),
            Field::new(
                PATIENT_MIDDLE_INITIAL,
                Text,
                "What is the patient's middle initial?",
                "the patient's middle initial",
            )
            .optional()
            .max_len(1),
            Field::new(
                PATIENT_LAST_NAME,
                Text,
                "What is the patient's last name?",
                "the patient's last name",
            )
            .max_len(40),
            Field::new(
                PATIENT_GENDER,
                choice(&[("male", "Male"), ("female", "Female"), ("other", "Other")]),
                "What is the patient's gender?",
                "the patient's gender",
            ),
            Field::new(
                PATIENT_DATE_OF_BIRTH,
                Date,
                "What is the patient's date of birth?",
                "the patient's date of birth",
            )
            .hint("For example, March 27, 1984."),
            Field::new(
                PATIENT_STREET,
                Text,
                "What is the patient's street address?",
                "the patient's street address",
            )
            .hint("Include the apartment or unit number.")
            .max_len(80),
            Field::new(
                PATIENT_CITY,
                Text,
                "What city does the patient live in?",
                "the patient's city",
            )
            .max_len(40),
            Field::new(
                PATIENT_STATE,
                UsState,
                "What state does the patient live in?",
                "the patient's state",
            )
            .hint("Use the 2-letter code, for example CA."),
            Field::new(
                PATIENT_ZIP,
                Zip,
                "What is the patient's ZIP code?",
                "the patient's ZIP code",
            ),
        ],
    )
}

fn guardian() -> Section {
    use FieldKind::*;
    let minor = || Condition::PatientIsMinor;
    section(
        "guardian",
        "Parent or guardian (if the patient is under 18)",
        vec![
            Field::new(
                GUARDIAN_NAME,
                Text,
                "What is the name of the patient's parent or guardian?",
                "the name of the patient's parent or guardian",
            )
            .hint("We ask because the patient is under 18.")
            .required_when(minor())
            .max_len(80),
            Field::new(
                GUARDIAN_STREET,
                Text,
                "What is the parent or guardian's street address?",
                "the parent or guardian's street address",
            )
            .hint("Leave the address blank if it is the same as the patient's.")
            .shown_when(minor())
            .max_len(80),
            Field::new(
                GUARDIAN_CITY,
                Text,
                "What city do they live in?",
                "the parent or guardian's city",
            )
            .shown_when(minor())
            .max_len(40),
            Field::new(
                GUARDIAN_STATE,
                UsState,
                "What state do they live in?",
                "the parent or guardian's state",
            )
            .shown_when(minor()),
            Field::new(
                GUARDIAN_ZIP,
                Zip,
                "What is their ZIP code?",
                "the parent or guardian's ZIP code",
            )
            .shown_when(minor()),
            Field::new(
                GUARDIAN_PHONE,
                Phone,
                "What is the parent or guardian's phone number?",
                "the parent or guardian's phone number",
            )
            .shown_when(minor()),
            Field::new(
                GUARDIAN_EMAIL,
                Email,
                "What is the parent or guardian's email address?",
                "the parent or guardian's email address",
            )
            .shown_when(minor()),
        ],
    )
}

fn contact() -> Section {
    use FieldKind::*;
    section(
        "contact",
        "How to contact you",
        vec![
            Field::new(
                CONTACT_PHONE,
                Phone,
                "What phone number can DMHC call?",
                "a phone number",
            )
            .hint("Include the area code, for example 916-555-0123."),
            Field::new(
                CONTACT_PHONE_SECONDARY,
                Phone,
                "Is there another phone number DMHC can call?",
                "the other phone number",
            )
            .optional(),
            Field::new(
                CONTACT_EMAIL,
                Email,
                "What is your email address?",
                "an email address",
            )
            .said_to_helper(
                "What is the patient's email address?",
                "the patient's email address",
            )
            .optional(),
            Field::new(
                CONTACT_EMAIL_OK,
                YesNo,
                "Can DMHC contact you by email?",
                "whether DMHC can contact you by email",
            )
            .said_to_helper(
                "Can DMHC contact the patient by email?",
                "whether DMHC can contact the patient by email",
            )
            .required_when(Condition::Answered {
                field: CONTACT_EMAIL,
            }),
        ],
    )
}

fn language() -> Section {
    use FieldKind::*;
    section(
        "language",
        "Language",
        vec![
            Field::new(
                LANGUAGE_PRIMARY,
                Text,
                "What language do you speak most?",
                "the language you speak most",
            )
            .said_to_helper(
                "What language does the patient speak most?",
                "the language the patient speaks most",
            )
            .hint("For example, English, Spanish or Vietnamese.")
            .max_len(40),
            Field::new(
                LANGUAGE_CORRESPOND,
                YesNo,
                "Do you want DMHC to write to you in that language?",
                "whether DMHC should write to you in that language",
            )
            .said_to_helper(
                "Does the patient want DMHC to write in that language?",
                "whether DMHC should write to the patient in that language",
            ),
            Field::new(
                LANGUAGE_RACE_ETHNICITY,
                Text,
                "What is the patient's race or ethnicity?",
                "the patient's race or ethnicity",
            )
            .hint("DMHC asks this to check that everyone is treated fairly.")
            .optional()
            .max_len(60),
        ],
    )
}

fn plan() -> Section {
    use FieldKind::*;
    section(
        "plan",
        "Health plan information",
        vec![
            Field::new(PLAN_NAME, Text, "What is the name of the health plan?", "the name of the health plan")
                .hint("It is on the member ID card.")
                .max_len(80),
            Field::new(PLAN_MEMBER_ID, Text, "What is the patient's member ID number?", "the member ID number")
                .hint("It is on the member ID card.")
                .max_len(40),
            Field::new(PLAN_MEDICAL_GROUP, Text, "What is the name of the medical group or IPA?", "the medical group")
                .hint("This is the group of doctors the plan sends you to.")
            .hint_to_helper("This is the group of doctors the plan sends the patient to.")
                .optional()
                .max_len(80),
            Field::new(PLAN_EMPLOYER, Text, "Which employer or group does the plan come from?", "the employer or group")
                .optional()
                .max_len(80),
            Field::new(
                PLAN_REGULATOR,
                choice(&[
                    (Regulator::Dmhc.value(), "The Department of Managed Health Care (DMHC)"),
                    (Regulator::Cdi.value(), "The Department of Insurance (most PPO plans)"),
                    (Regulator::Medicare.value(), "Medicare, or a Medicare Advantage plan"),
                    (Regulator::SelfFunded.value(), "A self-funded plan paid for by an employer"),
                    (Regulator::MediCalFfs.value(), "Medi-Cal without a health plan (fee-for-service)"),
                    (Regulator::MediCalRx.value(), "Medi-Cal Rx (a pharmacy decision)"),
                    (Regulator::NotSure.value(), "I am not sure"),
                ]),
                "Who oversees the health plan?",
                "who oversees the health plan",
            )
            .hint("The member ID card or the Evidence of Coverage booklet usually says."),
            // "Not sure" is a real answer: the rules then count Medi-Cal's shorter
            // grievance deadline, to be safe (rules::assess).
            Field::new(
                PLAN_MEDI_CAL,
                choice(&[("yes", "Yes"), ("no", "No"), ("not_sure", "I am not sure")]),
                "Is it a Medi-Cal health plan?",
                "whether it is a Medi-Cal health plan",
            )
            .hint("If you are not sure, the app counts Medi-Cal's shorter deadlines, to be safe."),
            Field::new(PLAN_HAS_MEDICARE, YesNo, "Does the patient have Medicare?", "whether the patient has Medicare"),
            Field::new(
                PLAN_STATE_HEARING_REQUESTED,
                YesNo,
                "Have you asked for a Medi-Cal State Hearing about this problem?",
                "whether you asked for a State Hearing",
            )
            .said_to_helper(
                "Has the patient, or someone for them, asked for a Medi-Cal State Hearing about this problem?",
                "whether a State Hearing was asked for",
            )
            .hint("A State Hearing is held by a judge from the California Department of Social Services.")
            .required_when(yes(PLAN_MEDI_CAL)),
            Field::new(
                PLAN_STATE_HEARING_HELD,
                YesNo,
                "Has that State Hearing already taken place?",
                "whether the State Hearing has taken place",
            )
            .required_when(yes(PLAN_STATE_HEARING_REQUESTED)),
        ],
    )
}

/// What the applicant affirms and allows by signing the application.
pub const APPLICANT_STATEMENT: &str = "By signing, I ask the Department of Managed Health Care to review my health plan's decision, as an Independent Medical Review or as a complaint. What I wrote in this application is true as far as I know. I allow my health plan, my medical group, and the doctors, hospitals and others who treated me to give the Department and the independent reviewers the medical records and information they need for this review. I am the patient, or I have the right to act for the patient.";

fn signature() -> Section {
    let mut section = section(
        "signature",
        "Signature",
        vec![
            Field::new(
                SIGNATURE_NAME,
                FieldKind::Text,
                "What is the name of the person who will sign this form?",
                "the name of the person signing",
            )
            .max_len(80),
            Field::new(
                SIGNATURE_RELATIONSHIP,
                choice(&[
                    ("self", "The patient"),
                    ("parent", "The patient's parent"),
                    ("guardian", "The patient's guardian or conservator"),
                    (
                        "authorized_assistant",
                        "Someone the patient chose to help them",
                    ),
                ]),
                "Who will sign this form?",
                "who will sign the form",
            )
            .hint("Someone helping the patient also needs the Authorized Assistant form."),
        ],
    );
    section.signatures.push(SignatureLine {
        id: "application.applicant",
        label: "Signature of patient or person applying for the patient",
        statement: APPLICANT_STATEMENT,
    });
    section
}

fn applicant() -> Section {
    section(
        "applicant",
        "Who is filling in this form",
        vec![
            // Asked first, so that every other question is worded for whoever fills in
            // the form. Not required: with no answer the questions say "you".
            Field::new(
                APPLICANT_ROLE,
                choice(&[
                    ("patient", "I am the patient"),
                    ("helper", "I am helping the patient (for example a family member, friend, caregiver or advocate)"),
                ]),
                "Are you the patient, or are you helping the patient?",
                "who is filling in this form",
            )
            .hint("We word the questions for you, and the packet says who filled in the form.")
            .optional(),
        ],
    )
}

fn helper() -> Section {
    section(
        "helper",
        "Someone helping you",
        vec![
            Field::new(
            HELPER_HAS_HELPER,
            FieldKind::YesNo,
            "Do you want DMHC to talk to someone else about your case?",
            "whether someone is helping you",
        )
            .said_to_helper(
                "Do you want DMHC to be able to talk to you, or to someone else, about the patient's case?",
                "whether someone is helping the patient",
            )
        .hint("For example, a family member, friend or advocate."),
        ],
    )
}
