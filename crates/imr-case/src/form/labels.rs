//! The labels DMHC's own forms print beside each answer, by field id: the packet prints
//! these (the staff who read it know the form), the wizard asks the plain questions. Where
//! the form's wording is known (patient, contact, language; DMHC 20-224 Rev 01/20) it is
//! followed; the other parts use short labels in the same style.

/// Field id → label on the printed form.
pub(super) const FORM_LABELS: &[(&str, &str)] = &[
    ("patient.first_name", "First Name"),
    ("patient.middle_initial", "MI"),
    ("patient.last_name", "Last Name"),
    ("patient.gender", "Gender"),
    ("patient.date_of_birth", "Date of Birth (mm/dd/yyyy)"),
    ("patient.street", "Street Address"),
    ("patient.city", "City"),
    ("patient.state", "State"),
    ("patient.zip", "ZIP Code"),
    (
        "guardian.name",
        "Name of Parent or Guardian (if filing for a minor child)",
    ),
    ("guardian.street", "Parent or Guardian Street Address"),
    ("guardian.city", "Parent or Guardian City"),
    ("guardian.state", "Parent or Guardian State"),
    ("guardian.zip", "Parent or Guardian ZIP Code"),
    ("guardian.phone", "Parent or Guardian Phone"),
    ("guardian.email", "Parent or Guardian Email"),
    ("applicant.role", "Form Filled In By"),
    ("contact.phone", "Primary Phone"),
    ("contact.phone_secondary", "Secondary Phone"),
    ("contact.email", "Email Address"),
    ("contact.email_ok", "May we communicate with you by email?"),
    ("language.primary", "Primary Language Spoken"),
    (
        "language.correspond_in_language",
        "Communicate/correspond in primary language?",
    ),
    ("language.race_ethnicity", "Race/Ethnicity (optional)"),
    ("plan.name", "Health Plan Name"),
    ("plan.member_id", "Member/Subscriber ID Number"),
    ("plan.medical_group", "Medical Group or IPA"),
    ("plan.employer", "Employer/Group Name"),
    ("plan.regulator", "Plan Regulated By"),
    ("plan.medi_cal_managed_care", "Medi-Cal Managed Care Plan"),
    ("plan.has_medicare", "Patient Has Medicare"),
    (
        "plan.state_hearing_requested",
        "Medi-Cal State Hearing Requested",
    ),
    ("plan.state_hearing_held", "Medi-Cal State Hearing Held"),
    ("problem.type", "Type of Problem"),
    ("problem.plan_action", "Plan Denied, Modified or Delayed"),
    ("problem.denial_date", "Date of Plan's Denial Letter"),
    ("problem.condition", "Medical Condition/Diagnosis"),
    (
        "problem.treatment",
        "Treatment, Service or Medication Requested",
    ),
    ("problem.request_for", "Request Is For"),
    ("problem.service_date", "Date of Service"),
    ("problem.service_provider", "Provider or Hospital"),
    ("problem.amount_billed", "Amount Billed"),
    ("problem.description", "Description of the Problem"),
    ("problem.desired_outcome", "Resolution Requested"),
    ("grievance.filed", "Grievance Filed with Plan"),
    ("grievance.filed_on", "Date Grievance Filed"),
    ("grievance.decided", "Plan's Written Decision Received"),
    ("grievance.decision_date", "Date of Plan's Decision"),
    ("grievance.reference", "Plan Grievance/Reference Number"),
    (
        "urgency.urgent",
        "Urgent: Serious and Immediate Threat to Health",
    ),
    (
        "urgency.doctor_says_urgent",
        "Doctor Has Certified Urgency in Writing",
    ),
    ("provider.pcp_name", "Primary Care Provider"),
    ("provider.pcp_phone", "Primary Care Provider Phone"),
    ("provider.doctor_name", "Requesting Provider"),
    ("provider.doctor_phone", "Requesting Provider Phone"),
    (
        "late.explanation",
        "Reason for Applying More Than 6 Months After the Decision",
    ),
    ("signature.name", "Name of Person Signing"),
    ("signature.relationship", "Relationship to Patient"),
    ("helper.has_helper", "Authorized Assistant Named"),
    ("helper.name", "Authorized Assistant Name"),
    ("helper.relationship", "Relationship to Member"),
    ("helper.street", "Street Address"),
    ("helper.city", "City"),
    ("helper.state", "State"),
    ("helper.zip", "ZIP Code"),
    ("helper.phone", "Phone"),
    ("helper.email", "Email Address"),
    (
        "helper.legal_authority",
        "Legal Authority (Power of Attorney, Guardian, Conservator)",
    ),
    ("helper.legal_authority_kind", "Type of Legal Authority"),
];

/// The printed form's label for `id`, when there is one.
pub(super) fn form_label(id: &str) -> Option<&'static str> {
    FORM_LABELS
        .iter()
        .find(|(field, _)| *field == id)
        .map(|(_, label)| *label)
}
