# Passphrases, locking and removing everything (ui/vault.js). Spanish in ../es/vault.ftl.

vault-lock-button = Lock
vault-start-protected = Start a new application with a passphrase
vault-start-protected-hint = On a computer other people use, protect the application with a passphrase: without it, nobody can read the answers or the letters.
vault-clinic-mode-on = This computer is in clinic mode: every new application is protected by a passphrase.
vault-this-computer = This computer
vault-settings-link = Settings for this computer
vault-remove-all-link = Remove all applications from this computer

vault-passphrase-label = Passphrase
vault-confirm-label = Type the passphrase again
vault-new-title = Protect this application with a passphrase
vault-new-why = The answers and the copies of the letters are kept locked on this computer. Only someone who knows the passphrase can open them.
vault-new-hint = At least 8 characters. A few words you can remember, with spaces, work well. Capital letters count.
vault-new-warning = Write the passphrase down and keep it away from this computer. If it is forgotten, nobody can open this application again: not the clinic, and not the makers of this app.
vault-new-continue = Start the application

vault-strength-short = Too short: use at least { $min } characters.
vault-strength-weak = Easy to guess. Add another word or two.
vault-strength-fair = Fair. One more word would make it much harder to guess.
vault-strength-strong = Strong.

vault-error-empty = Enter the passphrase.
vault-error-mismatch = The two passphrases are not the same. Type the passphrase again in the second box.

vault-unlock-title = This application is locked
vault-unlock-intro = To keep it private, it was locked. Type its passphrase to open it again. Nothing was lost.
vault-unlock-hint = Capital letters and spaces count.
vault-unlock-button = Unlock
vault-back-to-start = Back to the start page

vault-settings-title = Settings for this computer
vault-clinic-mode-label = Clinic mode: every new application needs a passphrase
vault-clinic-mode-hint = Turn this on for a computer that several people use, like at a legal aid clinic.
vault-auto-lock-label = Lock an open application after this many minutes without use
vault-auto-lock-hint = Applications with a passphrase lock themselves. From 1 to 240 minutes.
vault-settings-save = Save the settings

vault-remove-all-title = Remove all applications from this computer?
vault-remove-all-what = Every application on this computer will be removed: the answers and the app's copies of the letters. This cannot be undone. The app's settings stay: clinic mode, the auto-lock time and the language.
vault-remove-all-yours = Your own files are not touched: the letters in your folders, and the packets you saved.
vault-remove-all-disk = On some disks, removed files can sometimes be brought back with special tools. Applications protected by a passphrase stay unreadable even then.
vault-remove-all-yes = Yes, remove everything
vault-remove-all-no = No, keep them
vault-removed-title = Everything was removed
vault-removed-body = No application is left on this computer.

# An application without a passphrase on a computer in clinic mode.
vault-unprotected-flag = No passphrase: anyone at this computer can open it.
vault-protect-now = Protect it now
vault-protect-now-label = Protect { $name } now
vault-protect-title = Protect this application with a passphrase
vault-protect-intro = The answers and the app's copies of the letters will be locked on this computer. Only someone who knows the passphrase can open them.
vault-protect-button = Protect the application
vault-protected-done = The application is protected now. To open it, choose it below and type its passphrase.

# Settings a clinic coordinator uses.
vault-refuse-label = Only allow applications with a passphrase
vault-refuse-hint = An application without one must be protected before it opens. Only in clinic mode.
vault-remove-after-label = When the app starts, remove applications not changed for this many days
vault-remove-after-hint = Leave it blank to keep them. From 1 to 365 days. Protected applications are removed too. Only in clinic mode.
vault-coordinator-heading = Clinic coordinator
vault-coordinator-set = A coordinator's passphrase is set: these settings change only with it.
vault-coordinator-label = Coordinator's passphrase
vault-coordinator-hint = Needed to change any of these settings.
vault-coordinator-new-label = New coordinator's passphrase (optional)
vault-coordinator-new-hint = When it is set, nobody can change these settings or turn clinic mode off without it. It can also delete any protected application. At least 8 characters.
vault-coordinator-confirm-label = Type the new coordinator's passphrase again
vault-coordinator-remove-label = Remove the coordinator's passphrase

# The coordinator's view on the start page, in clinic mode.
vault-overview-heading = On this computer now
vault-overview-count = { $count ->
        [one] 1 application
       *[other] { $count } applications
    }, { $unprotected } without a passphrase.
vault-overview-oldest = The oldest was last changed on { $when }.
vault-overview-removed = { $count ->
        [one] 1 application not changed for { $days } days was removed when the app started.
       *[other] { $count } applications not changed for { $days } days were removed when the app started.
    }
vault-end-of-day = At the end of the day: this app cannot delete packets or application files saved in other places, like the Downloads folder, the desktop or a USB stick. Check those places and delete what is left there.

# Deleting a protected application.
delete-heading-protected = Delete this protected application?
delete-protected-which = { $name }.
delete-passphrase-label = Its passphrase, or the clinic coordinator's

# Opening a protected application from another computer.
handoff-import-new-title = Choose a passphrase for this computer
handoff-import-new-label = New passphrase for this application on this computer
handoff-import-new-hint = At least 8 characters. Not the one used for the file. Write it down and keep it away from this computer.
handoff-import-new-confirm-label = Type the new passphrase again
