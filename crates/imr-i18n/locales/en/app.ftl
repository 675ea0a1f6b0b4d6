# imr-app's own messages: errors the window shows, task and screen titles.
# Spanish is in ../es/app.ftl, with the same ids and placeholders.

## Errors
app-settings-not-saved = Your choice of language could not be saved on this computer ({ $reason }). The app will ask again next time.

## Tasks on the task list (the English must match screens.rs)
task-patient = About the patient
task-plan = Health plan
task-problem = The problem
task-grievance = Your grievance with the plan
task-grievance-helper = The patient's grievance with the plan
task-helper = Someone helping you (optional)
task-helper-helper = Someone helping the patient (optional)
task-documents = Documents
task-check = Check your answers
task-packet = Create your packet
check-section-signing = Signing

## Screen headings, for screens with more than one question (screen-<id>)
screen-grievance-decision = The plan's decision
screen-guardian = The patient's parent or guardian
screen-patient-name = What is the patient's name?
screen-patient-details = About the patient
screen-patient-address = What is the patient's address?
screen-contact = How can DMHC contact you?
screen-contact-helper = How can DMHC contact the patient?
screen-language = Language
screen-plan-details = About the health plan
screen-problem-treatment = The treatment
screen-providers = The patient's doctors
screen-helper-name = The person helping
screen-helper-address = The helper's address
screen-helper-authority = Legal authority
screen-signature = Who will sign the application?

## Saved applications
case-new-application = New application
case-cannot-open-name = An application that cannot be opened
case-status-ready = Ready to make the packet
case-status-packet-made = Packet made on { $date }
case-status-in-progress = In progress
case-status-cannot-open = Cannot be opened

## Documents the case may need
suggest-denial-letter = Add the plan's letter that said no (the denial letter), if you have it.
suggest-grievance-decision = You said the plan decided: add that decision letter.
suggest-grievance-decision-dated = You said the plan decided on { $date }: add that decision letter.
suggest-experimental-certification = For an experimental treatment, add your doctor's statement that standard treatments did not work or are not right for you, and that the treatment asked for is likely to work better.
suggest-urgency-statement = You said this is urgent: if a doctor has written so, add the letter. Call the DMHC Help Center now, and fax the packet rather than mail it.
suggest-assistant-form = Someone is helping you: the packet includes the Authorized Assistant form for you both to sign. If you already have a signed one, add it here.

## Errors the window shows (AppError)
app-disk-full = The disk is full, so your work could not be saved ({ $what }). What was saved before is safe and unchanged. Free some space on this computer (empty the trash, or delete large files you no longer need), then try again.
app-storage = Your work could not be saved on this computer ({ $what }: { $reason }). Nothing was changed. Check there is free space on the disk, then try again.
app-no-such-page = There is no page '{ $page }'.
app-case-gone = This application is no longer on this computer.
app-case-damaged = This application's file was damaged, so it cannot be opened. The damaged file was kept as { $backup }; its documents are still in { $documents }. You can delete this application from the list, or ask for help to recover it.
app-case-missing = This application cannot be opened: its file (case.json) is missing.
app-case-unreadable = This application cannot be read ({ $reason }).
app-case-cannot-open = This application cannot be opened: { $reason }
app-notes-unreadable = This application's notes (app.json) cannot be read.
app-notes-newer = This application was saved by a newer version of the app (notes version { $found }); this version reads version { $reads }. Update the app to open it. Nothing was changed.
app-file-cannot-open = { $name }: the file cannot be opened ({ $reason }). Choose it again.
app-no-such-document = There is no such document.
app-answers-need-attention = { $count ->
        [one] { $count } answer still needs attention.
       *[other] { $count } answers still need attention.
    } Go back to the task list.
app-open-only-saved = Only a saved packet can be opened.
app-viewer-failed = No program on this computer opened the PDF file. Your packet is saved: { $path }. Use "Show in folder", or open the file from that folder with a PDF viewer.
app-packet-not-deleted = { $path } could not be deleted ({ $reason }). Delete it in your file manager.
app-folder-failed = The folder could not be shown. Your packet is saved: { $path }. Copy the path and open it in your file manager.
