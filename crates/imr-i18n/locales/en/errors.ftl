# Messages from the app's Rust side (imr-app, imr-packet, the desktop shell) that the
# window shows when something goes wrong: documents, the packet, settings, protected
# applications, moving an application between computers, the fax preview, start-up.

## A document
error-file-refused = { $name }: { $reason }
error-copy-missing = The app's copy of this file is missing ({ $reason }). Add it again.
error-source-not-found = The file cannot be found. Check that it is still in the folder next to the case file, or add it again.
error-source-denied = The file cannot be opened: this account is not allowed to read it. Copy it to your documents folder and add the copy.
error-source-folder = This is a folder, not a file. Choose a file inside it.
error-source-unreadable = The file cannot be read ({ $reason }). Copy it again and add the copy.

## The packet
error-packet-not-saved = The packet could not be saved ({ $reason }). Check there is free space on the disk, or choose another folder, then try again.
error-packet-fault = The packet could not be made ({ $reason }). This is a fault in the app; please report it.

## The fax preview
error-fax-document-gone = This document is no longer in the case. Go back to the list of documents.
error-fax-copy-unreadable = the app's copy of this file cannot be read ({ $reason }). Add it again.
error-fax-no-such-page = { $title } has { $pages } { $pages ->
        [one] page
       *[other] pages
    }, not { $page }.
error-fax-picture-failed = the fax picture of page { $page } cannot be made ({ $reason }). The page still goes into the packet as it is.

## Settings
error-settings-damaged = The settings file ({ $path }) is damaged ({ $reason }). Open Settings and save them again.
error-settings-lock-range = Lock after: enter a number of minutes from { $min } to { $max }.

## Applications protected by a passphrase
error-passphrase-too-short = The passphrase must be at least { $min } { $min ->
        [one] character
       *[other] characters
    } long. A few words you can remember, with spaces, work well.
error-case-locked = This application is locked. Type its passphrase to open it.
error-vault-unreadable = This application's { $file } cannot be read ({ $reason }).
error-vault-damaged = This application's { $file } is damaged ({ $reason }).
error-vault-damaged-salt = This application's { $file } is damaged (the salt).
error-case-newer = This application was saved by a newer version of the app. Install the newest version to open it. It was not changed.
error-clinic-needs-passphrase = This computer is in clinic mode: every new application needs a passphrase.
error-not-a-case-id = '{ $id }' is not a case id.
error-vault-wrong = The passphrase is wrong, or the file was changed. Check the passphrase (capital letters and spaces count) and try again.
error-vault-truncated = The file is cut short: it was not copied or saved completely. Copy it again from where it came from.
error-vault-not-a-vault = This is not an encrypted file made by this app.
error-vault-newer = This file was made by a newer version of the app (file format { $found }). Install the newest version of the app to open it. The file was not changed.
error-vault-bad-parameters = This file asks for encryption settings this app does not accept, so it was not opened. It may have been changed.
error-vault-random = The computer could not make the random numbers needed to encrypt ({ $reason }).

## Moving an application to another computer
error-export-cannot-open = This export file cannot be opened: { $reason } Nothing on this computer was changed.
error-not-an-export = This file is not an application exported by IMR Packet. Nothing on this computer was changed.
error-import-needs-passphrase = This computer is in clinic mode: choose a passphrase for the application you are opening.
error-import-was-protected = This application was protected by a passphrase on the computer it came from, so it stays protected here. Choose a new passphrase for it on this computer.
error-import-same-passphrase = Choose a new passphrase for this computer, not the one used for the file: other people may know that one.
error-already-protected = This application already has a passphrase.
error-delete-needs-passphrase = This application is protected. Type its passphrase (or the clinic coordinator's) to delete it.
error-delete-wrong-passphrase = That passphrase does not open this application, and it is not the clinic coordinator's. Nothing was deleted.
error-case-must-protect = On this computer every application needs a passphrase. Protect this one to open it.
error-coordinator-needed = Only the clinic coordinator can change these settings. Type the coordinator's passphrase.
error-coordinator-wrong = The coordinator's passphrase is wrong. Nothing was changed.
error-settings-remove-range = Remove applications not changed for: enter a number of days from { $min } to { $max }, or leave it blank.
error-import-unreadable = The file { $path } cannot be read ({ $reason }).
error-export-newer = This export was made by a newer version of the app (export version { $found }). Install the newest version of the app to import it. Nothing on this computer was changed.

## Start-up
error-already-open = IMR Packet is already open on this computer, using the folder { $folder }. Use the window that is already open (look for it in the taskbar). Only one window at a time can use the same applications, so that no answer is lost.
error-cannot-start = IMR Packet cannot start: { $reason }
error-recovered-case = An application's file was damaged and cannot be opened. It was not deleted: it was kept as { $backup }. Your other applications are not affected.
error-recovered-notes = An application's notes (when it was last changed) were damaged and have been started again. Its answers and documents are whole.

## The list of applications: a protected one shows no name
case-protected-name = Protected application, started { $date } at { $time }
case-protected-cannot-open-name = A protected application that cannot be opened
case-status-locked = Locked
case-status-open = Open
