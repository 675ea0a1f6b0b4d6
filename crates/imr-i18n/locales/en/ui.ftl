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
free-help-dmhc = DMHC Help Center: { $phone } (TDD { $tdd }). The call is free.
free-help-hca = Health Consumer Alliance, free help from legal aid: { $hca_phone }.

## Dates
date-long = { $month } { $day }, { $year }
time-am = { $hour }:{ $minute } AM
time-pm = { $hour }:{ $minute } PM
date-time = { $date } at { $time }
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

## Deleting an application
delete-title = Delete this application?
delete-heading = Delete the application for { $name }?
delete-explain = Its answers and the app's copies of its documents will be removed from this computer. Your own files are not touched. This cannot be undone.
delete-yes = Yes, delete it
delete-no = No, keep it

## Result of the first questions
result-can-apply = You can probably ask for an Independent Medical Review
result-complaint = This is probably a complaint, not a medical review
result-unknown = Where you stand
result-regulator-heading = Check who can help you
result-regulator-go-on = You can still go on and make the application if you want to.
result-apply-from = You can apply from { $date }.
result-apply-by = Apply by { $date }.
result-state-hearing-by = Medi-Cal State Hearing: ask by { $date } if you want one.
result-late-heading = Late: tell us why
result-good-to-know = Good to know

## Task list
status-not-started = Not started
status-in-progress = In progress
status-completed = Completed
status-cannot-start-yet = Cannot start yet
status-optional = Optional
status-documents-expected = Documents expected
tasks-title = Your application
tasks-heading-named = Application for { $name }
tasks-progress = You have completed { $done } of { $total } { $total ->
        [one] section
       *[other] sections
    }.
tasks-eligibility-again = Check again if you can apply

## Check your answers
check-title = Check your answers
check-heading = Check your answers before you make your packet
blocking-heading = Before you can make your packet
blocking-intro = { $count ->
        [one] One answer still needs attention. Choose it to go to its question.
       *[other] { $count } answers still need attention. Choose one to go to its question.
    }
blocking-item = { $label }: { $message }
check-change = Change
check-documents = See or change your documents
check-continue = Continue to signing and your packet

## Documents page
documents-title = Documents
documents-heading = Add copies of your letters
documents-intro = Add copies, not originals: the Help Center cannot send anything back. A PDF, a scan or a clear photo of each page is fine (PDF, JPG, PNG, HEIC, TIFF, WebP or GIF).
documents-suggestions = You may want to add
documents-expected-heading = Documents DMHC expects for your kind of case
documents-expected-added = Added
documents-expected-missing = Not added yet
documents-expected-note = You can make the packet without them. A missing document is not a reason for DMHC to turn down your case, and you can send more later with your DMHC case number.
documents-kind-question = What kind of document are you adding?
documents-drop-hint = Then choose the file, or drag it from your folder and drop it on this window.
documents-choose = Choose a file
documents-checking = Checking { $name }…
documents-dialog-title = Choose a copy of your letter
documents-dialog-filter = Letters, scans and photos (PDF, JPG, PNG, HEIC, TIFF, WebP, GIF)
documents-none = No documents yet. You can also go on without them and send them later.
documents-count = Your documents ({ $count })
documents-thumbnail-alt = First page of { $title }
documents-pages = { $count } { $count ->
        [one] page
       *[other] pages
    }
documents-dated = dated { $date }
documents-from-file = From the file { $name }
documents-not-saved = { $title }: { $reason }
documents-save = Save changes
documents-kind = Kind
documents-doc-title = Title
documents-doc-title-hint = Leave it empty to name it after the kind of document.
documents-date = Date on the document (optional), month first, for example 01/20/2026
documents-date-name = the date on the document
documents-date-placeholder = MM/DD/YYYY
documents-move-up = Move up
documents-move-down = Move down
documents-replace = Replace
documents-remove = Remove
documents-action-label = { $action } { $title }

## Signing
sign-title = How do you want to sign?
sign-explain = DMHC needs a signed application. Whichever you choose, the signature goes on the application itself, and DMHC receives the packet exactly as you save it.
sign-statements-heading = What you agree to when you sign
sign-wet = I will print the packet, sign it by hand, then mail or fax it
sign-wet-hint = This is the usual way. The packet has empty lines to sign and date.
sign-typed = Type my name as my signature
sign-typed-hint = For faxing from a computer without printing. Your name is printed as "/s/ Your Name" with today's date.
sign-drawn = Draw my signature with the mouse or a touch screen
sign-drawn-hint = For faxing from a computer without printing. Your drawing is printed on the signature line with today's date.
sign-typed-name = Your name as your signature
sign-typed-helper = The helper's name as their signature (they must agree to this)
sign-draw-pad = Draw your signature here
sign-draw-pad-helper = The helper draws their signature here
sign-draw-intro = Draw your signature in the box.
sign-draw-helper-intro = The person helping draws their signature here.
sign-clear = Clear and draw again
sign-error-typed-name = Enter your name as your signature
sign-error-typed-helper = Enter the helper's name as their signature
sign-error-drawn = Draw your signature in the box
sign-error-drawn-helper = The helper must draw their signature

## Making the packet
packet-title = Create your packet
packet-heading = Create your application packet
packet-expected-missing = { $count ->
    [one] DMHC expects a document you have not added: { $kinds }. You can still make the packet, and send it later with your DMHC case number.
   *[other] DMHC expects documents you have not added: { $kinds }. You can still make the packet, and send them later with your DMHC case number.
}
packet-how-send = How will you send it?
packet-mode-fax = By fax to { $fax } (the packet starts with a fax cover sheet)
packet-mode-mail = By mail to the Help Center in Sacramento (the first page fits a window envelope)
packet-counting = Counting the pages…
packet-save = Create and save your application packet
packet-will-have = Your packet will have { $pages } { $pages ->
        [one] page
       *[other] pages
    }.
packet-save-dialog-title = Save your packet
packet-file-kind = PDF document
packet-making = Making your packet…
packet-progress-drawing = Filling in the forms and the cover page…
packet-progress-converting = Preparing page { $done } of { $total } for the fax…
packet-progress-writing = Putting your packet together and saving it…
packet-ready = Your packet is ready
packet-ready-wait = Today: keep the packet, and do not send it yet. Send it on { $date } or later.
packet-early-heading = You can send it from { $date }
packet-early-explain = You can make the packet now and keep it. Send it on { $date } or later: the Help Center may turn down an application that arrives earlier.
packet-early-yes = Make it now, and send it on { $date } or later
packet-early-no = Not now
dates-panel-heading = Your dates
packet-saved-as = { $pages } { $pages ->
        [one] page
       *[other] pages
    } ({ $size }), saved as { $path }
packet-checklist-beside = The checklist "Before you send" is saved beside it: { $path }. Read it before you send the packet.
packet-open = Open the packet
packet-open-checklist = Open the checklist
packet-show-in-folder = Show in folder
packet-path-label = Where the packet is saved
packet-copy-path = Copy the path
packet-path-copied = The path is copied.
packet-back-home = Back to your application
size-kb = { $n } KB
size-mb = { $n } MB

# The answers a task does not ask again (app.js answeredPage).
answered-heading = You already told us
answered-intro = You answered these questions at the start, so they are not asked again. If one is wrong, change it.

# After saving: print, and on a shared computer delete the saved copy (packet.js).
packet-print = Print
packet-print-hint = The packet is open in your PDF viewer. Choose Print there (Ctrl+P) and print every page, on one side of the paper.
packet-delete-heading = When it is printed or faxed
packet-delete-explain = On a shared computer, the saved packet is the one copy of this story that anyone can read. Once you have printed or faxed it, delete it from this computer. The application stays in this app.
packet-delete-button = Delete the saved packet
packet-delete-question = Have you printed or faxed it? This deletes { $path } and its checklist from this computer. It cannot be undone.
packet-delete-confirm = Yes, delete them
packet-delete-cancel = No, keep them
packet-deleted = The saved packet and its checklist are deleted from this computer. You can make the packet again from the application at any time.
