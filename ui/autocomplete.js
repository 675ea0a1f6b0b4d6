// `autocomplete` tokens for the questions that ask for personal details (WCAG 1.3.5), so
// that browsers and assistive tools can fill them in and label them. The patient and the
// helper are different people: each has its own section.

const TOKENS = {
  "patient.first_name": "section-patient given-name",
  "patient.middle_initial": "section-patient additional-name",
  "patient.last_name": "section-patient family-name",
  "patient.street": "section-patient street-address",
  "patient.city": "section-patient address-level2",
  "patient.state": "section-patient address-level1",
  "patient.zip": "section-patient postal-code",
  "contact.phone": "section-patient tel",
  "contact.phone_secondary": "section-patient tel",
  "contact.email": "section-patient email",
  "helper.name": "section-helper name",
  "helper.street": "section-helper street-address",
  "helper.city": "section-helper address-level2",
  "helper.state": "section-helper address-level1",
  "helper.zip": "section-helper postal-code",
  "helper.phone": "section-helper tel",
  "helper.email": "section-helper email",
  "signature.name": "name",
};

/** The date of birth's parts. */
const DATE_TOKENS = {
  "patient.date_of_birth": { day: "section-patient bday-day", month: "section-patient bday-month", year: "section-patient bday-year" },
};

/** The `autocomplete` value for a question (or one part of a date), "off" for the rest. */
export function autocompleteFor(fieldId, part = null) {
  if (part) return DATE_TOKENS[fieldId]?.[part] || "off";
  return TOKENS[fieldId] || "off";
}
