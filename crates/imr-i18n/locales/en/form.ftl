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
date-hint = Month, day, year. For example, 3 27 2026 for March 27, 2026.
date-day = Day
date-month = Month
date-year = Year

## Application
form-application = IMR Application/Complaint Form

## Section patient
section-application-patient = Patient information
field-patient-first-name = What is the patient's first name?
field-patient-first-name-name = the patient's first name
field-patient-middle-initial = What is the patient's middle initial?
field-patient-middle-initial-name = the patient's middle initial
field-patient-last-name = What is the patient's last name?
field-patient-last-name-name = the patient's last name
field-patient-gender = What is the patient's gender?
field-patient-gender-name = the patient's gender
field-patient-gender-option-male = Male
field-patient-gender-option-female = Female
field-patient-gender-option-other = Other
field-patient-date-of-birth = What is the patient's date of birth?
field-patient-date-of-birth-hint = For example, March 27, 1984.
field-patient-date-of-birth-name = the patient's date of birth
field-patient-street = What is the patient's street address?
field-patient-street-hint = Include the apartment or unit number.
field-patient-street-name = the patient's street address
field-patient-city = What city does the patient live in?
field-patient-city-name = the patient's city
field-patient-state = What state does the patient live in?
field-patient-state-hint = Use the 2-letter code, for example CA.
field-patient-state-name = the patient's state
field-patient-zip = What is the patient's ZIP code?
field-patient-zip-name = the patient's ZIP code

## Section guardian
section-application-guardian = Parent or guardian (if the patient is under 18)
field-guardian-name = What is the name of the patient's parent or guardian?
field-guardian-name-hint = We ask because the patient is under 18.
field-guardian-name-name = the name of the patient's parent or guardian
field-guardian-street = What is the parent or guardian's street address?
field-guardian-street-hint = Leave the address blank if it is the same as the patient's.
field-guardian-street-name = the parent or guardian's street address
field-guardian-city = What city do they live in?
field-guardian-city-name = the parent or guardian's city
field-guardian-state = What state do they live in?
field-guardian-state-name = the parent or guardian's state
field-guardian-zip = What is their ZIP code?
field-guardian-zip-name = the parent or guardian's ZIP code
field-guardian-phone = What is the parent or guardian's phone number?
field-guardian-phone-name = the parent or guardian's phone number
field-guardian-email = What is the parent or guardian's email address?
field-guardian-email-name = the parent or guardian's email address

## Section contact
section-application-contact = How to contact you
field-contact-phone = What phone number can DMHC call?
field-contact-phone-hint = Include the area code, for example 916-555-0123.
field-contact-phone-name = a phone number
field-contact-phone-secondary = Is there another phone number DMHC can call?
field-contact-phone-secondary-name = the other phone number
field-contact-email = What is your email address?
field-contact-email-name = an email address
field-contact-email-helper = What is the patient's email address?
field-contact-email-helper-name = the patient's email address
field-contact-email-ok = Can DMHC contact you by email?
field-contact-email-ok-name = whether DMHC can contact you by email
field-contact-email-ok-helper = Can DMHC contact the patient by email?
field-contact-email-ok-helper-name = whether DMHC can contact the patient by email

## Section language
section-application-language = Language
field-language-primary = What language do you speak most?
field-language-primary-hint = For example, English, Spanish or Vietnamese.
field-language-primary-name = the language you speak most
field-language-primary-helper = What language does the patient speak most?
field-language-primary-helper-name = the language the patient speaks most
field-language-correspond-in-language = Do you want DMHC to write to you in that language?
field-language-correspond-in-language-name = whether DMHC should write to you in that language
field-language-correspond-in-language-helper = Does the patient want DMHC to write in that language?
field-language-correspond-in-language-helper-name = whether DMHC should write to the patient in that language
field-language-race-ethnicity = What is the patient's race or ethnicity?
field-language-race-ethnicity-hint = DMHC asks this to check that everyone is treated fairly.
field-language-race-ethnicity-name = the patient's race or ethnicity

## Section plan
section-application-plan = Health plan information
field-plan-name = What is the name of the health plan?
field-plan-name-hint = It is on the member ID card.
field-plan-name-name = the name of the health plan
field-plan-member-id = What is the patient's member ID number?
field-plan-member-id-hint = It is on the member ID card.
field-plan-member-id-name = the member ID number
field-plan-medical-group = What is the name of the medical group or IPA?
field-plan-medical-group-hint = This is the group of doctors the plan sends you to.
field-plan-medical-group-helper-hint = This is the group of doctors the plan sends the patient to.
field-plan-medical-group-name = the medical group
field-plan-employer = Which employer or group does the plan come from?
field-plan-employer-name = the employer or group
field-plan-regulator = Who oversees the health plan?
field-plan-regulator-hint = The member ID card or the Evidence of Coverage booklet usually says.
field-plan-regulator-name = who oversees the health plan
field-plan-regulator-option-dmhc = The Department of Managed Health Care (DMHC)
field-plan-regulator-option-cdi = The Department of Insurance (most PPO plans)
field-plan-regulator-option-medicare = Medicare, or a Medicare Advantage plan
field-plan-regulator-option-self-funded = A self-funded plan paid for by an employer
field-plan-regulator-option-medi-cal-ffs = Medi-Cal without a health plan (fee-for-service)
field-plan-regulator-option-medi-cal-rx = Medi-Cal Rx (a pharmacy decision)
field-plan-regulator-option-not-sure = I am not sure
field-plan-medi-cal-managed-care = Is it a Medi-Cal health plan?
field-plan-medi-cal-managed-care-hint = If you are not sure, the app counts Medi-Cal's shorter deadlines, to be safe.
field-plan-medi-cal-managed-care-name = whether it is a Medi-Cal health plan
field-plan-medi-cal-managed-care-option-yes = Yes
field-plan-medi-cal-managed-care-option-no = No
field-plan-medi-cal-managed-care-option-not-sure = I am not sure
field-plan-has-medicare = Does the patient have Medicare?
field-plan-has-medicare-name = whether the patient has Medicare
field-plan-state-hearing-requested = Have you asked for a Medi-Cal State Hearing about this problem?
field-plan-state-hearing-requested-hint = A State Hearing is held by a judge from the California Department of Social Services.
field-plan-state-hearing-requested-name = whether you asked for a State Hearing
field-plan-state-hearing-requested-helper = Has the patient, or someone for them, asked for a Medi-Cal State Hearing about this problem?
field-plan-state-hearing-requested-helper-name = whether a State Hearing was asked for
field-plan-state-hearing-held = Has that State Hearing already taken place?
field-plan-state-hearing-held-name = whether the State Hearing has taken place

## Section problem
section-application-problem = Your problem
field-problem-type = What is the problem with the health plan?
field-problem-type-hint = If you are not sure, choose the one closest to your problem.
field-problem-type-helper-hint = If you are not sure, choose the one closest to the patient's problem.
field-problem-type-name = what the problem is
field-problem-type-option-medical-necessity = The plan denied, changed or delayed a treatment because it says it is not medically necessary
field-problem-type-option-experimental = The plan will not cover a treatment it calls experimental or investigational
field-problem-type-option-emergency-payment = The plan will not pay for emergency or urgent care already received
field-problem-type-option-other-complaint = Something else, such as a bill or a service problem
field-problem-plan-action = What did the plan do with the treatment?
field-problem-plan-action-name = what the plan did
field-problem-plan-action-option-denied = Said no to it
field-problem-plan-action-option-changed = Changed it
field-problem-plan-action-option-delayed = Delayed it
field-problem-denial-date = What is the date on the plan's letter that said no?
field-problem-denial-date-hint = Your deadlines count from it; leave this blank if you do not have the letter.
field-problem-denial-date-helper-hint = The deadlines count from it; leave this blank if you do not have the letter.
field-problem-denial-date-name = the date of the plan's denial letter
field-problem-condition = What is the medical condition?
field-problem-condition-hint = Use the words your doctor uses, if you know them.
field-problem-condition-helper-hint = Use the words the patient's doctor uses, if you know them.
field-problem-condition-name = the medical condition
field-problem-treatment = What treatment, service or medicine is this about?
field-problem-treatment-name = the treatment, service or medicine
field-problem-request-for = Is this about care the patient has not had yet, or paying for care already received?
field-problem-request-for-name = whether this is about future care or payment
field-problem-request-for-option-care = Care the patient has not had yet: the plan should approve it
field-problem-request-for-option-payment = Care the patient already had: the plan should pay for it
field-problem-service-date = On what date was the care received?
field-problem-service-date-name = the date the care was received
field-problem-service-provider = Which doctor or hospital gave the care?
field-problem-service-provider-name = the doctor or hospital that gave the care
field-problem-amount-billed = How much were you billed?
field-problem-amount-billed-hint = It is on the bill, for example $1,250.00.
field-problem-amount-billed-name = the amount billed
field-problem-amount-billed-helper = How much was the patient billed?
field-problem-amount-billed-helper-name = the amount billed
field-problem-description = What happened?
field-problem-description-hint = Use your own words and include the dates you know.
field-problem-description-example = For example: "My doctor asked for an MRI of my knee on January 5. The plan said no on January 20. It said the MRI is not medically necessary, but a year of physical therapy has not helped my pain."
field-problem-description-name = what happened
field-problem-desired-outcome = What do you want the health plan to do?
field-problem-desired-outcome-example = For example: "Approve the knee MRI my doctor asked for." Or: "Pay the $1,250.00 emergency room bill."
field-problem-desired-outcome-name = what you want the health plan to do
field-problem-desired-outcome-helper = What does the patient want the health plan to do?
field-problem-desired-outcome-helper-name = what the patient wants the health plan to do

## Section grievance
section-application-grievance = Your complaint to the health plan
field-grievance-filed = Have you already complained to the health plan about this?
field-grievance-filed-hint = This is also called a grievance or an appeal.
field-grievance-filed-name = whether you complained to the health plan
field-grievance-filed-helper = Has the patient, or someone for them, already complained to the health plan about this?
field-grievance-filed-helper-name = whether a complaint was made to the health plan
field-grievance-filed-on = When did you complain to the plan?
field-grievance-filed-on-name = the date you complained to the plan
field-grievance-filed-on-helper = When was the complaint made to the plan?
field-grievance-filed-on-helper-name = the date the complaint was made to the plan
field-grievance-decided = Has the plan sent you its decision in writing?
field-grievance-decided-name = whether the plan has decided
field-grievance-decided-helper = Has the plan sent its decision in writing?
field-grievance-decided-helper-name = whether the plan has decided
field-grievance-decision-date = What is the date on the plan's decision letter?
field-grievance-decision-date-name = the date of the plan's decision
field-grievance-reference = What reference number did the plan give your complaint?
field-grievance-reference-hint = It is often on the plan's letters.
field-grievance-reference-name = the plan's reference number
field-grievance-reference-helper = What reference number did the plan give the complaint?
field-grievance-reference-helper-name = the plan's reference number

## Section urgency
section-application-urgency = Is it urgent?
field-urgency-urgent = Is there a serious and immediate threat to the patient's health?
field-urgency-urgent-hint = For example, waiting could cause death, loss of a limb or severe pain.
field-urgency-urgent-name = whether it is urgent
field-urgency-doctor-says-urgent = Has a doctor written that it is urgent?
field-urgency-doctor-says-urgent-hint = Add the letter if you have one; DMHC can also decide on its own that a case is urgent.
field-urgency-doctor-says-urgent-name = whether a doctor has written that it is urgent

## Section provider
section-application-provider = Doctors
field-provider-pcp-name = Who is the patient's main doctor?
field-provider-pcp-name-hint = This is the primary care doctor.
field-provider-pcp-name-name = the name of the main doctor
field-provider-pcp-phone = What is the main doctor's phone number?
field-provider-pcp-phone-name = the main doctor's phone number
field-provider-doctor-name = Which doctor asked the plan for the treatment?
field-provider-doctor-name-hint = You can apply without a doctor's request; leave this blank if no doctor asked.
field-provider-doctor-name-name = the name of the doctor who asked for the treatment
field-provider-doctor-phone = What is that doctor's phone number?
field-provider-doctor-phone-name = the phone number of the doctor who asked for the treatment

## Section late
section-application-late = Why you are applying late
field-late-explanation = Why could you not apply within 6 months of the plan's decision?
field-late-explanation-hint = For example, you were in the hospital or did not get the letter.
field-late-explanation-helper-hint = For example, the patient was in the hospital or did not get the letter.
field-late-explanation-name = why you are applying late
field-late-explanation-helper = Why could the patient not apply within 6 months of the plan's decision?
field-late-explanation-helper-name = why the application is late

## Section signature
section-application-signature = Signature
field-signature-name = What is the name of the person who will sign this form?
field-signature-name-name = the name of the person signing
field-signature-relationship = Who will sign this form?
field-signature-relationship-hint = Someone helping the patient also needs the Authorized Assistant form.
field-signature-relationship-name = who will sign the form
field-signature-relationship-option-self = The patient
field-signature-relationship-option-parent = The patient's parent
field-signature-relationship-option-guardian = The patient's guardian or conservator
field-signature-relationship-option-authorized-assistant = Someone the patient chose to help them
signature-application-applicant = Signature of patient or person applying for the patient
signature-application-applicant-statement = By signing, I ask the Department of Managed Health Care to review my health plan's decision, as an Independent Medical Review or as a complaint. What I wrote in this application is true as far as I know. I allow my health plan, my medical group, and the doctors, hospitals and others who treated me to give the Department and the independent reviewers the medical records and information they need for this review. I am the patient, or I have the right to act for the patient.

## Section helper
section-application-helper = Someone helping you
section-application-applicant = Who is filling in this form
field-applicant-role = Are you the patient, or are you helping the patient?
field-applicant-role-hint = We word the questions for you, and the packet says who filled in the form.
field-applicant-role-name = who is filling in this form
field-applicant-role-option-patient = I am the patient
field-applicant-role-option-helper = I am helping the patient (for example a family member, friend, caregiver or advocate)
field-helper-has-helper = Do you want DMHC to talk to someone else about your case?
field-helper-has-helper-hint = For example, a family member, friend or advocate.
field-helper-has-helper-name = whether someone is helping you
field-helper-has-helper-helper = Do you want DMHC to be able to talk to you, or to someone else, about the patient's case?
field-helper-has-helper-helper-name = whether someone is helping the patient

## Authorized_assistant
form-authorized-assistant = Authorized Assistant Form

## Section helper_part_a
section-authorized-assistant-helper-part-a = Part A: to be completed by the member
field-helper-name = What is the name of the person helping you?
field-helper-name-hint = DMHC will be able to talk to this person about your case.
field-helper-name-helper-hint = DMHC will be able to talk to this person about the patient's case.
field-helper-name-name = the name of the person helping you
field-helper-name-helper = What is the name of the person helping the patient?
field-helper-name-helper-name = the name of the person helping the patient
signature-assistant-member = Signature of member (or parent or guardian)
signature-assistant-member-statement = By signing, I allow the Department of Managed Health Care to talk about my IMR or complaint with the person named in this form, and to share information about my case with them, including medical information.

## Section helper_part_b
section-authorized-assistant-helper-part-b = Part B: to be completed by the person helping
field-helper-relationship = How does the helper know the patient?
field-helper-relationship-hint = For example, daughter, friend or advocate.
field-helper-relationship-name = how the helper knows the patient
field-helper-street = What is the helper's street address?
field-helper-street-name = the helper's street address
field-helper-city = What city does the helper live in?
field-helper-city-name = the helper's city
field-helper-state = What state does the helper live in?
field-helper-state-hint = Use the 2-letter code, for example CA.
field-helper-state-name = the helper's state
field-helper-zip = What is the helper's ZIP code?
field-helper-zip-name = the helper's ZIP code
field-helper-phone = What is the helper's phone number?
field-helper-phone-hint = Include the area code.
field-helper-phone-name = the helper's phone number
field-helper-email = What is the helper's email address?
field-helper-email-name = the helper's email address
field-helper-legal-authority = Does the helper have legal power to make health decisions for the patient?
field-helper-legal-authority-hint = For example, a health care power of attorney or a guardianship.
field-helper-legal-authority-name = whether the helper has legal power
field-helper-legal-authority-kind = What gives the helper that power?
field-helper-legal-authority-kind-hint = Send a copy of the document with the packet.
field-helper-legal-authority-kind-name = what gives the helper legal power
field-helper-legal-authority-kind-option-power-of-attorney = Health care power of attorney
field-helper-legal-authority-kind-option-guardian = Guardian
field-helper-legal-authority-kind-option-conservator = Conservator
field-helper-legal-authority-kind-option-other = Other legal document
signature-assistant-helper = Signature of the person helping
signature-assistant-helper-statement = By signing, I agree to help the member with this IMR or complaint. What I wrote in Part B is true.

## Document kinds
document-kind-denial-letter = Denial letter
document-kind-grievance-decision = The plan's decision on your complaint
document-kind-experimental-certification = Doctor's certification for an experimental treatment
document-kind-doctor-letter = Letter from a doctor
document-kind-urgency-statement = Doctor's statement that it is urgent
document-kind-medical-records = Medical records
document-kind-assistant-form = Authorized Assistant form
document-kind-other = Other document

## The follow-up page "When did you send your packet?" (not a DMHC form)

form-sent = After you send your packet
section-sent-sent = When did you send your packet?
field-sent-on = Date you sent it
field-sent-on-hint = Month, day, year. For example, 3 2 2026 for March 2, 2026.
field-sent-on-name = the date you sent your packet
field-sent-method = How did you send it?
field-sent-method-name = how you sent your packet
field-sent-method-option-mail = By mail
field-sent-method-option-fax = By fax
field-sent-fax-confirmation = Fax confirmation number
field-sent-fax-confirmation-hint = If the fax machine or service gave you a confirmation page, copy its number here.
field-sent-fax-confirmation-name = the fax confirmation number
field-sent-fax-pages = Number of pages the confirmation says were sent
field-sent-fax-pages-name = the number of pages sent
