# "After you send your packet" (ui/outcomes.js, worded in crates/imr-app/src/followup.rs)
# and its calendar file. Placeholders look like { $name }. Dates arrive already written
# out ("March 1, 2026").

followup-link = After you send it: what to expect and when
followup-record-button = When you have sent it: record the date
followup-tasks-heading = After you make your packet
followup-title = After you send your packet
followup-save = Save and see what to expect
followup-sent-by-mail = You sent your packet by mail on { $date }.
followup-sent-by-fax = You sent your packet by fax on { $date }.
followup-fax-confirmation = Fax confirmation: { $confirmation }.
followup-fax-pages = The confirmation says { $pages } { $pages ->
        [one] page
       *[other] pages
    } went through.
followup-change = Change the date or how you sent it
followup-expect-heading = What to expect and when
followup-urgent = Your case is urgent and a doctor has written so: the shorter times apply.
followup-complaint = Your application is probably a complaint rather than a medical review. The Help Center decides how to handle it, so there is no decision date here.
followup-between = between { $first } and { $last }
followup-arrives-title = Your packet reaches the Help Center
followup-arrives-fax = Your fax reached the Help Center on { $date }.
followup-arrives-mail = Mail usually takes a few days: { $when }.
followup-letter-title = A letter from the Help Center
followup-letter-on = It says the Help Center has your application and gives you a case number. Expect it by { $date }.
followup-letter-range = It says the Help Center has your application and gives you a case number. It usually comes by { $first }, and should come by { $last }.
followup-decision-title = The decision
followup-decision = The review's decision usually comes { $when }. If it is for you, your plan must approve the treatment within 5 working days.
followup-status-title = You can ask how your case is going
followup-status = From { $date }, the Help Center can tell you where your case stands. Before that it gives no news.
followup-estimate = Estimate
# The Help Center's numbers, as the page and the reminders give them.
followup-phone-line = { $phone } (TDD { $tdd })
# In this file, { $phone } arrives as followup-phone-line: both numbers.
followup-overdue = This date has passed. If it has not happened, call the Help Center: { $phone }.
followup-how-counted = These dates are counted from the day you sent your packet. They are a guide, not a promise: DMHC may need longer, for example to get your medical records. Dates marked "Estimate" also count on the post or on when DMHC starts the review.
followup-nothing-heading = If nothing comes
followup-nothing = Call the DMHC Help Center: { $phone }. The call is free. Have the patient's name and the date you sent the packet ready.
followup-calendar-button = Save these dates to a calendar file
followup-calendar-hint = A calendar file (.ics) opens in most calendar programs and adds a reminder on the last day of each window. It is saved only where you choose.
followup-calendar-saved = { $count ->
        [one] { $count } reminder saved in { $path }. Open that file with your calendar program to add it.
       *[other] { $count } reminders saved in { $path }. Open that file with your calendar program to add them.
    }
followup-calendar-dialog = Save the reminders
# The name the save dialog suggests for the calendar file (".ics" is added).
followup-calendar-file-name = IMR-reminders
followup-calendar-filter = Calendar file
followup-back-to-tasks = Back to your application

## Messages from Rust (crates/imr-app/src/followup.rs)
followup-error-date-missing = Enter the date you sent your packet
followup-error-date-invalid = The date you sent your packet must be a real date, month first, for example 3 2 2026 for March 2, 2026
followup-error-date-future = The date you sent your packet must be today ({ $today }) or before
followup-error-date-old = The date you sent your packet must be in the last 3 years: check the year
followup-error-method = Choose whether you sent it by mail or by fax
followup-error-confirmation-long = The fax confirmation must be { $max } { $max ->
        [one] character
       *[other] characters
    } or fewer
followup-error-pages = The number of pages must be a whole number, like 12
followup-error-no-date = First say when you sent your packet; the calendar needs that date.
followup-ics-by = by { $date }
followup-ics-call = If it has not come, call the DMHC Help Center: { $phone }. The call is free.
followup-ics-letter-summary = IMR: the Help Center's letter should have come
followup-ics-letter = The DMHC Help Center sends a letter saying it has your application, with a case number. Expect it { $when }. { $call }
followup-ics-status-summary = IMR: you can ask the Help Center how your case is going
followup-ics-status = From { $date }, the DMHC Help Center can tell you where your case stands. Before that it gives no news. Phone { $phone }.
followup-ics-decision-summary = IMR: the decision is expected by now
followup-ics-decision = The Independent Medical Review decision usually comes { $when }. These dates are an estimate: DMHC may take longer. { $call } If the decision is for you, your plan must approve the treatment within 5 working days.
