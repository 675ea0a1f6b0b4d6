# The form's questions as the wizard shows them, by field id: "patient.first_name" is
# field-patient-first-name (label), field-patient-first-name-hint, -name (as said in
# error messages), and -option-<value> for each answer to choose from.
# The packet sent to DMHC keeps the English of crates/imr-case (the source of truth);
# the English here must say the same.

## Answers shown everywhere
answer-yes = Yes
answer-no = No
answer-not-given = Not given
field-optional = { $label } (optional)
date-hint = For example, 27 3 2026.
date-day = Day
date-month = Month
date-year = Year
