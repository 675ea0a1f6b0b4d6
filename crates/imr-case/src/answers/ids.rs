//! The field ids, one constant each, so the form, the rules and the typed case cannot
//! drift apart. A field id is `section.name`; it is also the key in a case file's
//! `answers`.

/// Patient's first name.
pub const PATIENT_FIRST_NAME: &str = "patient.first_name";
/// Patient's middle initial.
pub const PATIENT_MIDDLE_INITIAL: &str = "patient.middle_initial";
/// Patient's last name.
pub const PATIENT_LAST_NAME: &str = "patient.last_name";
/// Patient's gender (choice).
pub const PATIENT_GENDER: &str = "patient.gender";
/// Patient's date of birth.
pub const PATIENT_DATE_OF_BIRTH: &str = "patient.date_of_birth";
/// Patient's street address.
pub const PATIENT_STREET: &str = "patient.street";
/// Patient's city.
pub const PATIENT_CITY: &str = "patient.city";
/// Patient's state (2-letter code).
pub const PATIENT_STATE: &str = "patient.state";
/// Patient's ZIP code.
pub const PATIENT_ZIP: &str = "patient.zip";

/// Parent or guardian's name, for a patient under 18.
pub const GUARDIAN_NAME: &str = "guardian.name";
/// Parent or guardian's street address.
pub const GUARDIAN_STREET: &str = "guardian.street";
/// Parent or guardian's city.
pub const GUARDIAN_CITY: &str = "guardian.city";
/// Parent or guardian's state.
pub const GUARDIAN_STATE: &str = "guardian.state";
/// Parent or guardian's ZIP code.
pub const GUARDIAN_ZIP: &str = "guardian.zip";
/// Parent or guardian's phone.
pub const GUARDIAN_PHONE: &str = "guardian.phone";
/// Parent or guardian's email.
pub const GUARDIAN_EMAIL: &str = "guardian.email";

/// Main phone number.
pub const CONTACT_PHONE: &str = "contact.phone";
/// Other phone number.
pub const CONTACT_PHONE_SECONDARY: &str = "contact.phone_secondary";
/// Email address.
pub const CONTACT_EMAIL: &str = "contact.email";
/// Whether DMHC may contact by email.
pub const CONTACT_EMAIL_OK: &str = "contact.email_ok";

/// Main language spoken.
pub const LANGUAGE_PRIMARY: &str = "language.primary";
/// Whether letters should come in that language.
pub const LANGUAGE_CORRESPOND: &str = "language.correspond_in_language";
/// Race or ethnicity (optional demographic question).
pub const LANGUAGE_RACE_ETHNICITY: &str = "language.race_ethnicity";

/// Health plan name.
pub const PLAN_NAME: &str = "plan.name";
/// Member or subscriber ID.
pub const PLAN_MEMBER_ID: &str = "plan.member_id";
/// Medical group or IPA.
pub const PLAN_MEDICAL_GROUP: &str = "plan.medical_group";
/// Employer or group name.
pub const PLAN_EMPLOYER: &str = "plan.employer";
/// Who regulates the plan (choice).
pub const PLAN_REGULATOR: &str = "plan.regulator";
/// Whether the plan is a Medi-Cal managed care plan.
pub const PLAN_MEDI_CAL: &str = "plan.medi_cal_managed_care";
/// Whether the patient has Medicare.
pub const PLAN_HAS_MEDICARE: &str = "plan.has_medicare";
/// Whether a Medi-Cal State Hearing was asked for.
pub const PLAN_STATE_HEARING_REQUESTED: &str = "plan.state_hearing_requested";
/// Whether that Medi-Cal State Hearing was already held.
pub const PLAN_STATE_HEARING_HELD: &str = "plan.state_hearing_held";

/// Kind of problem (choice).
pub const PROBLEM_TYPE: &str = "problem.type";
/// What the plan did: denied, changed or delayed (choice).
pub const PROBLEM_PLAN_ACTION: &str = "problem.plan_action";
/// The date on the plan's letter that denied, changed or delayed the treatment.
pub const PROBLEM_DENIAL_DATE: &str = "problem.denial_date";
/// Medical condition or diagnosis.
pub const PROBLEM_CONDITION: &str = "problem.condition";
/// Treatment, service or medication asked for.
pub const PROBLEM_TREATMENT: &str = "problem.treatment";
/// Whether the request is for care not received yet or payment for care received (choice).
pub const PROBLEM_REQUEST_FOR: &str = "problem.request_for";
/// Date the emergency or urgent care was received.
pub const PROBLEM_SERVICE_DATE: &str = "problem.service_date";
/// Provider or hospital that gave the emergency or urgent care.
pub const PROBLEM_SERVICE_PROVIDER: &str = "problem.service_provider";
/// Amount billed for the emergency or urgent care.
pub const PROBLEM_AMOUNT_BILLED: &str = "problem.amount_billed";
/// The problem in the member's own words.
pub const PROBLEM_DESCRIPTION: &str = "problem.description";
/// What the member wants the plan to do.
pub const PROBLEM_DESIRED_OUTCOME: &str = "problem.desired_outcome";

/// Whether a grievance was filed with the plan.
pub const GRIEVANCE_FILED: &str = "grievance.filed";
/// Date the grievance was filed.
pub const GRIEVANCE_FILED_ON: &str = "grievance.filed_on";
/// Whether the plan has decided the grievance.
pub const GRIEVANCE_DECIDED: &str = "grievance.decided";
/// Date of the plan's written decision.
pub const GRIEVANCE_DECISION_DATE: &str = "grievance.decision_date";
/// The plan's reference or case number.
pub const GRIEVANCE_REFERENCE: &str = "grievance.reference";

/// Whether the problem is urgent.
pub const URGENCY_URGENT: &str = "urgency.urgent";
/// Whether the doctor's letter says it is urgent.
pub const URGENCY_DOCTOR_SAYS_URGENT: &str = "urgency.doctor_says_urgent";

/// Primary care provider's name.
pub const PROVIDER_PCP_NAME: &str = "provider.pcp_name";
/// Primary care provider's phone.
pub const PROVIDER_PCP_PHONE: &str = "provider.pcp_phone";
/// Name of the doctor who asked for the treatment.
pub const PROVIDER_DOCTOR_NAME: &str = "provider.doctor_name";
/// Phone of the doctor who asked for the treatment.
pub const PROVIDER_DOCTOR_PHONE: &str = "provider.doctor_phone";

/// Why the application is late.
pub const LATE_EXPLANATION: &str = "late.explanation";

/// Name of the person signing the application.
pub const SIGNATURE_NAME: &str = "signature.name";
/// Who is signing, relative to the patient (choice).
pub const SIGNATURE_RELATIONSHIP: &str = "signature.relationship";

/// Who is filling in the form: `patient`, or `helper` (someone doing it for the
/// patient); the wizard's words follow it.
pub const APPLICANT_ROLE: &str = "applicant.role";
/// Whether someone is helping (an authorized assistant).
pub const HELPER_HAS_HELPER: &str = "helper.has_helper";
/// Helper's name (Authorized Assistant form, Part A).
pub const HELPER_NAME: &str = "helper.name";
/// Helper's relationship to the patient.
pub const HELPER_RELATIONSHIP: &str = "helper.relationship";
/// Helper's street address.
pub const HELPER_STREET: &str = "helper.street";
/// Helper's city.
pub const HELPER_CITY: &str = "helper.city";
/// Helper's state.
pub const HELPER_STATE: &str = "helper.state";
/// Helper's ZIP code.
pub const HELPER_ZIP: &str = "helper.zip";
/// Helper's phone.
pub const HELPER_PHONE: &str = "helper.phone";
/// Helper's email.
pub const HELPER_EMAIL: &str = "helper.email";
/// Whether the helper has legal authority (power of attorney, guardianship).
pub const HELPER_LEGAL_AUTHORITY: &str = "helper.legal_authority";
/// Which legal authority the helper has (choice).
pub const HELPER_LEGAL_AUTHORITY_KIND: &str = "helper.legal_authority_kind";
