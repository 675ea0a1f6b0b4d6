//! The application's questions about the problem and its history with the plan: the
//! problem itself, the grievance, urgency, the doctors and the late-filing explanation.
//! These parts are inferred from DMHC guidance (see docs/imr-process.md), so their wording
//! is easy to change here.

use super::{choice, section, yes, Condition, Field, FieldKind, Section};
use crate::answers::ids::*;
use crate::rules::ProblemType;

/// Problem types that involve a treatment and a doctor who asked for it.
const TREATMENT_PROBLEMS: &[&str] = &[
    ProblemType::MedicalNecessity.value(),
    ProblemType::Experimental.value(),
    ProblemType::EmergencyPayment.value(),
];

/// Problem types about paying for emergency or urgent care already received.
const PAYMENT_PROBLEMS: &[&str] = &[ProblemType::EmergencyPayment.value()];

/// Problem types where a doctor asked the plan for the treatment.
const DOCTOR_PROBLEMS: &[&str] = &[
    ProblemType::MedicalNecessity.value(),
    ProblemType::Experimental.value(),
];

pub(super) fn problem() -> Section {
    use FieldKind::*;
    section(
        "problem",
        "Your problem",
        vec![
            Field::new(
                PROBLEM_TYPE,
                choice(&[
                    (
                        ProblemType::MedicalNecessity.value(),
                        "The plan denied, changed or delayed a treatment because it says it is not medically necessary",
                    ),
                    (
                        ProblemType::Experimental.value(),
                        "The plan will not cover a treatment it calls experimental or investigational",
                    ),
                    (
                        ProblemType::EmergencyPayment.value(),
                        "The plan will not pay for emergency or urgent care already received",
                    ),
                    (ProblemType::OtherComplaint.value(), "Something else, such as a bill or a service problem"),
                ]),
                "What is the problem with the health plan?",
                "what the problem is",
            )
            .hint("If you are not sure, choose the one closest to your problem.")
            .hint_to_helper("If you are not sure, choose the one closest to the patient's problem."),
            Field::new(
                PROBLEM_PLAN_ACTION,
                choice(&[
                    ("denied", "Said no to it"),
                    ("changed", "Changed it"),
                    ("delayed", "Delayed it"),
                ]),
                "What did the plan do with the treatment?",
                "what the plan did",
            )
            .shown_when(Condition::Equals { field: PROBLEM_TYPE, value: ProblemType::MedicalNecessity.value() }),
            Field::new(
                PROBLEM_DENIAL_DATE,
                Date,
                "What is the date on the plan's letter that said no?",
                "the date of the plan's denial letter",
            )
            .hint("Your deadlines count from it; leave this blank if you do not have the letter.")
            .hint_to_helper("The deadlines count from it; leave this blank if you do not have the letter.")
            .optional(),
            Field::new(PROBLEM_CONDITION, Text, "What is the medical condition?", "the medical condition")
                .hint("Use the words your doctor uses, if you know them.")
            .hint_to_helper("Use the words the patient's doctor uses, if you know them.")
                .required_when(Condition::OneOf { field: PROBLEM_TYPE, values: TREATMENT_PROBLEMS })
                .max_len(200),
            Field::new(
                PROBLEM_TREATMENT,
                Text,
                "What treatment, service or medicine is this about?",
                "the treatment, service or medicine",
            )
            .required_when(Condition::OneOf { field: PROBLEM_TYPE, values: TREATMENT_PROBLEMS })
            .max_len(200),
            Field::new(
                PROBLEM_REQUEST_FOR,
                choice(&[
                    ("care", "Care the patient has not had yet: the plan should approve it"),
                    ("payment", "Care the patient already had: the plan should pay for it"),
                ]),
                "Is this about care the patient has not had yet, or paying for care already received?",
                "whether this is about future care or payment",
            )
            .shown_when(Condition::OneOf { field: PROBLEM_TYPE, values: TREATMENT_PROBLEMS }),
            Field::new(
                PROBLEM_SERVICE_DATE,
                Date,
                "On what date was the care received?",
                "the date the care was received",
            )
            .shown_when(Condition::OneOf { field: PROBLEM_TYPE, values: PAYMENT_PROBLEMS }),
            Field::new(
                PROBLEM_SERVICE_PROVIDER,
                Text,
                "Which doctor or hospital gave the care?",
                "the doctor or hospital that gave the care",
            )
            .shown_when(Condition::OneOf { field: PROBLEM_TYPE, values: PAYMENT_PROBLEMS })
            .max_len(80),
            Field::new(
                PROBLEM_AMOUNT_BILLED,
                Text,
                "How much were you billed?",
                "the amount billed",
            )
            .said_to_helper(
                "How much was the patient billed?",
                "the amount billed",
            )
            .hint("It is on the bill, for example $1,250.00.")
            .shown_when(Condition::OneOf { field: PROBLEM_TYPE, values: PAYMENT_PROBLEMS })
            .max_len(20),
            Field::new(PROBLEM_DESCRIPTION, LongText, "What happened?", "what happened")
                .hint("Use your own words and include the dates you know.")
                .example("For example: \"My doctor asked for an MRI of my knee on January 5. The plan said no on January 20. It said the MRI is not medically necessary, but a year of physical therapy has not helped my pain.\""),
            Field::new(
                PROBLEM_DESIRED_OUTCOME,
                LongText,
                "What do you want the health plan to do?",
                "what you want the health plan to do",
            )
            .said_to_helper(
                "What does the patient want the health plan to do?",
                "what the patient wants the health plan to do",
            )
            .example("For example: \"Approve the knee MRI my doctor asked for.\" Or: \"Pay the $1,250.00 emergency room bill.\"")
            .max_len(2000),
        ],
    )
}

pub(super) fn grievance() -> Section {
    use FieldKind::*;
    section(
        "grievance",
        "Your complaint to the health plan",
        vec![
            Field::new(
                GRIEVANCE_FILED,
                YesNo,
                "Have you already complained to the health plan about this?",
                "whether you complained to the health plan",
            )
            .said_to_helper(
                "Has the patient, or someone for them, already complained to the health plan about this?",
                "whether a complaint was made to the health plan",
            )
            .hint("This is also called a grievance or an appeal."),
            Field::new(
                GRIEVANCE_FILED_ON,
                Date,
                "When did you complain to the plan?",
                "the date you complained to the plan",
            )
            .said_to_helper(
                "When was the complaint made to the plan?",
                "the date the complaint was made to the plan",
            )
            .required_when(yes(GRIEVANCE_FILED)),
            Field::new(
                GRIEVANCE_DECIDED,
                YesNo,
                "Has the plan sent you its decision in writing?",
                "whether the plan has decided",
            )
            .said_to_helper(
                "Has the plan sent its decision in writing?",
                "whether the plan has decided",
            )
            .required_when(yes(GRIEVANCE_FILED)),
            Field::new(
                GRIEVANCE_DECISION_DATE,
                Date,
                "What is the date on the plan's decision letter?",
                "the date of the plan's decision",
            )
            .required_when(yes(GRIEVANCE_DECIDED)),
            Field::new(
                GRIEVANCE_REFERENCE,
                Text,
                "What reference number did the plan give your complaint?",
                "the plan's reference number",
            )
            .said_to_helper(
                "What reference number did the plan give the complaint?",
                "the plan's reference number",
            )
            .hint("It is often on the plan's letters.")
            .shown_when(yes(GRIEVANCE_FILED))
            .max_len(40),
        ],
    )
}

pub(super) fn urgency() -> Section {
    use FieldKind::*;
    section(
        "urgency",
        "Is it urgent?",
        vec![
            Field::new(
                URGENCY_URGENT,
                YesNo,
                "Is there a serious and immediate threat to the patient's health?",
                "whether it is urgent",
            )
            .hint("For example, waiting could cause death, loss of a limb or severe pain."),
            Field::new(
                URGENCY_DOCTOR_SAYS_URGENT,
                YesNo,
                "Has a doctor written that it is urgent?",
                "whether a doctor has written that it is urgent",
            )
            .hint("Add the letter if you have one; DMHC can also decide on its own that a case is urgent.")
            .shown_when(yes(URGENCY_URGENT)),
        ],
    )
}

pub(super) fn providers() -> Section {
    use FieldKind::*;
    let asked_doctor = || Condition::OneOf {
        field: PROBLEM_TYPE,
        values: DOCTOR_PROBLEMS,
    };
    section(
        "provider",
        "Doctors",
        vec![
            Field::new(
                PROVIDER_PCP_NAME,
                Text,
                "Who is the patient's main doctor?",
                "the name of the main doctor",
            )
            .hint("This is the primary care doctor.")
            .optional()
            .max_len(80),
            Field::new(
                PROVIDER_PCP_PHONE,
                Phone,
                "What is the main doctor's phone number?",
                "the main doctor's phone number",
            )
            .optional(),
            Field::new(
                PROVIDER_DOCTOR_NAME,
                Text,
                "Which doctor asked the plan for the treatment?",
                "the name of the doctor who asked for the treatment",
            )
            .hint("You can apply without a doctor's request; leave this blank if no doctor asked.")
            .shown_when(asked_doctor())
            .max_len(80),
            Field::new(
                PROVIDER_DOCTOR_PHONE,
                Phone,
                "What is that doctor's phone number?",
                "the phone number of the doctor who asked for the treatment",
            )
            .shown_when(asked_doctor()),
        ],
    )
}

pub(super) fn late() -> Section {
    section(
        "late",
        "Why you are applying late",
        vec![Field::new(
            LATE_EXPLANATION,
            FieldKind::LongText,
            "Why could you not apply within 6 months of the plan's decision?",
            "why you are applying late",
        )
        .said_to_helper(
            "Why could the patient not apply within 6 months of the plan's decision?",
            "why the application is late",
        )
        .hint("For example, you were in the hospital or did not get the letter.")
        .hint_to_helper("For example, the patient was in the hospital or did not get the letter.")
        .required_when(Condition::LateFiling)
        .max_len(2000)],
    )
}
