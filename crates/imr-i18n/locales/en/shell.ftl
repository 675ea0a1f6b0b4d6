# Quick exit, clinic handoff (export/import) and the start-up check (ui/quickexit.js,
# ui/handoff.js). Spanish is in ../es/shell.ftl, with the same ids and placeholders.

## Quick exit
quick-exit-button = Quick exit
quick-exit-button-label = Quick exit: hide this application now
quick-exit-heading = Quick exit
quick-exit-explain = If someone comes near, press the Quick exit button at the top of the page, or press the Esc key twice. Your application disappears from the screen at once and this page is shown, without the list of saved applications. Nothing is deleted.
quick-exit-limits = What it cannot do: it cannot hide what someone already saw. It does not close the app. Anyone who uses this computer can still press "Show saved applications" and open an application unless it is locked with a passphrase. It does not touch a packet you saved somewhere else. For a moment, the computer may still show a small picture of this window, for example in the taskbar or when switching between windows.
quick-exit-show-cases = Show saved applications
