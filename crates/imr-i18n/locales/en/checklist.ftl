# The "Before you send" checklist (imr-packet): a PDF for the person, in their language.
# The packet that goes to DMHC stays in English.
# $pages is a list of page numbers already joined ("3 and 4") and $count how many there
# are (0 when the page is not known); $total is the number of pages in the packet; dates
# are already written out.

checklist-title = Before you send your IMR application
checklist-header = Checklist for { $name } (keep this; do not send it)
checklist-document-title = Before you send: checklist for { $name }
checklist-intro = For { $name }'s application, made on { $date }. This page is for you: do not send it.

checklist-check-heading = Check before you send
checklist-signed-on-screen = You signed on screen. Your on-screen signature is printed { $count ->
        [0] on the application. Read it
        [one] on page { $pages }. Read that page
       *[other] on pages { $pages }. Read those pages
    } once more: this is the version DMHC receives.
checklist-sign-by-hand = Sign and date the application by hand{ $count ->
        [0] {""}
        [one] {" "}on page { $pages }
       *[other] {" "}on pages { $pages }
    }.
checklist-helper-signs = Both the patient (Part A) and the person helping (Part B) must sign the Authorized Assistant form{ $count ->
        [0] {""}
        [one] , on page { $pages }
       *[other] , on pages { $pages }
    }. Without it DMHC will not talk to the helper about the case. If the helper has a power of attorney or guardianship, add a copy.
checklist-ask-doctor = There is no letter from your doctor in the packet. It is the strongest evidence: on the Documents page, "Print a request for your doctor" makes a page to give your doctor, and you can send the letter later.
checklist-copies = Send copies, not originals. The Help Center cannot return any documents. Keep a copy of everything you send.
checklist-expected-missing = Not in this packet: { $kind }, which DMHC expects for this kind of case. If you have it, add it in the app and make the packet again, or send it to DMHC later with your DMHC case number. You can send the packet without it.
checklist-all-pages = { $total ->
        [one] Check that the page is there.
       *[other] Check that all { $total } pages are there, in order.
    } Every page is numbered "Page N of { $total }".

checklist-send-heading = How to send it
checklist-fax-all = Fax all { $total } { $total ->
        [one] page
       *[other] pages
    }, starting with the cover sheet, to { $fax }.
checklist-fax-confirmation = Keep the fax confirmation page. It shows the date and how many pages went through.
checklist-mail-all = Mail all { $total } { $total ->
        [one] page
       *[other] pages
    } to: { $address }.
checklist-mail-envelope = The first page is laid out for a #10 window envelope. For a thick packet, use a large envelope and copy the address onto it.
checklist-fax-also = You can also fax it to { $fax } at any time.
checklist-fax-also-from = You can also fax it to { $fax }, on { $date } or later.
checklist-send-from = Do not send it before { $date }: the Help Center may turn down an application that arrives earlier. Send it on { $date } or later.

checklist-dates-heading = Your dates

checklist-next-heading = What happens next
checklist-next-letter = The Help Center reviews your application and sends you a letter, usually within about 5 to 7 days. It tells you whether your case goes to an IMR.
checklist-next-decision = An IMR decision usually comes within about 30 to 45 days, or about 3 to 7 days if the problem is urgent.
checklist-next-favor = If the decision is in your favor, your plan must give you the service or treatment. An IMR costs you nothing.

checklist-help-heading = Free help
checklist-help-dmhc = DMHC Help Center: { $phone } (TDD { $tdd }). The call is free.
checklist-help-hca = Health Consumer Alliance: { $hca_phone }, free help from legal aid.

checklist-documents-heading = Documents in your packet
checklist-exhibit = Exhibit { $letter }: { $title } ({ $kind }), { $count ->
        [one] page
       *[other] pages
    } { $range }
# A document the person gave no title: the packet names it after its kind.
checklist-exhibit-untitled = Exhibit { $letter }: { $kind }, { $count ->
        [one] page
       *[other] pages
    } { $range }

# Joining page numbers: "3", "3 and 4", "3, 4 and 5"; with no pages, "the application".
checklist-pages-none = the application
checklist-pages-and = { $first } and { $last }

# At the top of each checklist page, and the title of a continuation page.
checklist-page-of = Page { $number } of { $total }
checklist-continued = { $title } (continued)
