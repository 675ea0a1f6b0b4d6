# Accessibility messages: said to screen readers (status messages) or shown as hints.

# After documents are added (a status message, not shown on screen).
a11y-documents-added = { $count ->
        [one] Document added: { $names }.
       *[other] Documents added: { $names }.
    }
# After the packet is saved (a status message, not shown on screen).
a11y-packet-saved = Your packet is saved: { $pages } { $pages ->
        [one] page
       *[other] pages
    }.
# Under the signature drawing box: the keyboard way to sign.
a11y-draw-alternative = If you cannot draw with a mouse, pen or finger, choose "Type my name as my signature" above instead.
