# Problems with the answers, from the case checks (imr-case). They follow the GOV.UK
# pattern: "Enter …", "… must be …", naming the thing.
#
# $name is what the answer is, as a noun phrase ("the patient's last name"); $Name is
# the same with a capital first letter, for the start of a sentence. $label is the
# question itself. Field names are the field-…-name messages below.

case-missing = Enter { $name }
case-missing-choice = Select { $name }
case-missing-yes-no = Select yes or no: { $label }
case-bad-state = Enter { $name } as a 2-letter code, like CA
case-bad-yes-no = The answer to "{ $label }" must be yes or no
case-bad-choice = { $Name } must be one of: { $allowed }
case-too-long = { $Name } must be { $max } { $max ->
        [one] character
       *[other] characters
    } or fewer
case-bad-date = Enter { $name } as a real date: month, day and year
case-date-month = The month of { $name } must be a number from 1 to 12
case-date-day = The day of { $name } must be a number from 1 to { $last }
case-date-year = The year of { $name } must have 4 digits, for example 1984
case-future-date = { $Name } must be today or in the past
case-phone-short = Enter { $name } with the area code, like 916-555-0123
case-phone-long = { $Name } must be a phone number, like 916-555-0123
case-bad-email = Enter { $name } in the right format, like name@example.com
case-bad-zip = { $Name } must be 5 digits, like 95814, or ZIP+4, like 95814-2725
case-unknown-question = '{ $key }' is not a question on this form — check the spelling
case-decision-before-filing = The date of the plan's decision must be the same as or after the date you complained to the plan
case-helper-must-be-named = Select yes if someone is helping you: you said a helper will sign the form
case-document-path = Enter the file name of document { $number }
case-document-title = Enter a title for document { $number }, for example "Denial letter"
case-document-date = The date of document { $number } must be today or in the past
