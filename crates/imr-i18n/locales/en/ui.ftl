# The window's own words (ui/*.js and ui/index.html). Placeholders look like { $name }.
# Spanish is in ../es/ui.ftl, with the same ids and the same placeholders.

## Every page
app-name = IMR Packet
app-tagline = Apply for an Independent Medical Review
skip-to-main = Skip to main content
back-nav-label = Back
back-link = Back
loading = Loading…
page-title = { $title } – IMR Packet
page-title-error = Error: { $title } – IMR Packet
error-summary-title = There is a problem
error-prefix = Error:{" "}
continue = Continue

## Language choice
language-choice-label = Language
language-changed = The app is now in English.

## Start page
start-title = Apply for an Independent Medical Review
start-heading = Apply for an Independent Medical Review (IMR)
start-intro = If your health plan said no to a treatment, changed it or delayed it, you can ask the Department of Managed Health Care (DMHC) for an Independent Medical Review. Doctors who do not work for your plan look at your case. It is free. If they decide for you, the plan must give you the treatment.
start-app-helps = This app helps you fill in the DMHC application form and makes one packet, with copies of your letters, to mail or fax to the DMHC Help Center.
start-need-heading = What you will need
start-need-letters = the letters from your health plan (the letter that said no, and its answer to your complaint, if you have it)
start-need-card = your health plan member card
start-need-doctor = letters from your doctor, if you have them (photos or scans are fine)
start-time = It takes about 20 to 30 minutes. Your answers are saved on this computer each time you press Continue, so you can stop and come back.
start-new = Start a new application
start-saved-heading = Your saved applications
start-case-changed = { $status }. Last changed { $when }.
start-delete = Delete
start-delete-label = Delete the application for { $name }
free-help-heading = Free help
free-help-dmhc = DMHC Help Center: 1-888-466-2219 (TDD 1-877-688-9891). The call is free.
free-help-hca = Health Consumer Alliance, free help from legal aid: 1-888-804-3536.

## Dates
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
