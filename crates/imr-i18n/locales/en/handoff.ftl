# Clinic handoff: give an application to another computer, open one here (ui/handoff.js).
# Spanish in ../es/handoff.ftl.

handoff-export-link = Give this application to another computer
handoff-import-link = Open an application from another computer
handoff-import-hint = (a file someone saved for you, with its passphrase)
handoff-file-kind = Application file
handoff-passphrase-label = Passphrase for the file
handoff-confirm-label = Type the passphrase again

handoff-export-title = Give this application to another computer
handoff-export-intro = The app saves this application (the answers and the copies of the letters) as one file, locked with a passphrase. You can carry the file on a USB stick or send it. On the other computer, open it with this app.
handoff-export-hint = At least 8 characters. A few words, with spaces, work well. The person who opens the file needs this passphrase.
handoff-export-warning = Tell the passphrase to the other person yourself, in person or by phone. Do not write it on the USB stick or send it with the file: anyone who has both can read the application.
handoff-export-button = Choose where to save the file
handoff-export-dialog = Save the application file

handoff-exported-title = The application file is saved
handoff-exported-where = It is saved here: { $path }
handoff-exported-next = The application also stays on this computer. On the other computer, choose "Open an application from another computer" on the start page, then type the passphrase.
handoff-back-to-tasks = Back to the application

handoff-import-title = Open an application from another computer
handoff-import-dialog = Choose the application file
handoff-import-file = File: { $path }
handoff-import-passphrase-hint = Type the passphrase the other person told you. Capital letters and spaces count.
handoff-import-button = Open the application

