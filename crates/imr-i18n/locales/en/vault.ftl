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

vault-strength-short = Too short: use at least 8 characters.
vault-strength-weak = Easy to guess. Add another word or two.
vault-strength-fair = Fair. One more word would make it much harder to guess.
vault-strength-strong = Strong.

vault-error-empty = Enter the passphrase.
vault-error-short = The passphrase must be at least 8 characters long.
vault-error-mismatch = The two passphrases are not the same. Type the passphrase again in the second box.
vault-error-wrong = The passphrase is wrong, or the file was changed. Check the passphrase (capital letters and spaces count) and try again.
vault-error-minutes = Lock after: enter a number of minutes from 1 to 240.

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
