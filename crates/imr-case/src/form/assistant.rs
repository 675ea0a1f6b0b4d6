//! The questions of the DMHC Authorized Assistant form. DMHC talks to a helper only when
//! the member signs Part A and the helper signs Part B. All questions are asked only when
//! the person said someone is helping them (`helper.has_helper` = `yes`).

use super::{choice, section, yes, Condition, Field, FieldKind, Form, Section, SignatureLine};
use crate::answers::ids::*;

pub(super) fn build() -> Form {
    Form {
        id: "authorized_assistant",
        title: "Authorized Assistant Form",
        sections: vec![part_a(), part_b()],
    }
}

/// What the member affirms by signing Part A.
pub const MEMBER_STATEMENT: &str = "By signing, I allow the Department of Managed Health Care to talk about my IMR or complaint with the person named in this form, and to share information about my case with them, including medical information.";

/// What the helper affirms by signing Part B.
pub const HELPER_STATEMENT: &str = "By signing, I agree to help the member with this IMR or complaint. What I wrote in Part B is true.";

/// The member, as Part A identifies them: answers of the application, printed again.
const MEMBER: &[&str] = &[
    PATIENT_FIRST_NAME,
    PATIENT_MIDDLE_INITIAL,
    PATIENT_LAST_NAME,
    PATIENT_DATE_OF_BIRTH,
    PLAN_NAME,
    PLAN_MEMBER_ID,
];

fn part_a() -> Section {
    let mut section = section(
        "helper_part_a",
        "Part A: to be completed by the member",
        vec![Field::new(
            HELPER_NAME,
            FieldKind::Text,
            "What is the name of the person helping you?",
            "the name of the person helping you",
        )
        .said_to_helper(
            "What is the name of the person helping the patient?",
            "the name of the person helping the patient",
        )
        .hint("DMHC will be able to talk to this person about your case.")
        .hint_to_helper("DMHC will be able to talk to this person about the patient's case.")
        .required_when(Condition::HelperNamed)
        .max_len(80)],
    );
    section.repeats = MEMBER.to_vec();
    section.signatures.push(SignatureLine {
        id: "assistant.member",
        label: "Signature of member (or parent or guardian)",
        statement: MEMBER_STATEMENT,
    });
    section
}

fn part_b() -> Section {
    use FieldKind::*;
    let named = || Condition::HelperNamed;
    let mut section = section(
        "helper_part_b",
        "Part B: to be completed by the person helping",
        vec![
            Field::new(
                HELPER_RELATIONSHIP,
                Text,
                "How does the helper know the patient?",
                "how the helper knows the patient",
            )
            .hint("For example, daughter, friend or advocate.")
            .required_when(named())
            .max_len(40),
            Field::new(
                HELPER_STREET,
                Text,
                "What is the helper's street address?",
                "the helper's street address",
            )
            .required_when(named())
            .max_len(80),
            Field::new(
                HELPER_CITY,
                Text,
                "What city does the helper live in?",
                "the helper's city",
            )
            .required_when(named())
            .max_len(40),
            Field::new(
                HELPER_STATE,
                UsState,
                "What state does the helper live in?",
                "the helper's state",
            )
            .hint("Use the 2-letter code, for example CA.")
            .required_when(named()),
            Field::new(
                HELPER_ZIP,
                Zip,
                "What is the helper's ZIP code?",
                "the helper's ZIP code",
            )
            .required_when(named()),
            Field::new(
                HELPER_PHONE,
                Phone,
                "What is the helper's phone number?",
                "the helper's phone number",
            )
            .hint("Include the area code.")
            .required_when(named()),
            Field::new(
                HELPER_EMAIL,
                Email,
                "What is the helper's email address?",
                "the helper's email address",
            )
            .shown_when(named()),
            Field::new(
                HELPER_LEGAL_AUTHORITY,
                YesNo,
                "Does the helper have legal power to make health decisions for the patient?",
                "whether the helper has legal power",
            )
            .hint("For example, a health care power of attorney or a guardianship.")
            .required_when(named()),
            Field::new(
                HELPER_LEGAL_AUTHORITY_KIND,
                choice(&[
                    ("power_of_attorney", "Health care power of attorney"),
                    ("guardian", "Guardian"),
                    ("conservator", "Conservator"),
                    ("other", "Other legal document"),
                ]),
                "What gives the helper that power?",
                "what gives the helper legal power",
            )
            .hint("Send a copy of the document with the packet.")
            .required_when(yes(HELPER_LEGAL_AUTHORITY)),
        ],
    );
    section.signatures.push(SignatureLine {
        id: "assistant.helper",
        label: "Signature of the person helping",
        statement: HELPER_STATEMENT,
    });
    section
}
