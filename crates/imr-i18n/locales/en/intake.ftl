# Why a file cannot go into the packet (imr-packet intake). Each message says what to
# do next. $detail is a technical detail in English, shown in brackets.
# To add a refusal: add a variant to IntakeError, a message here and in every other
# language, and one line in IntakeError::message().

intake-empty = The file is empty. Choose the file again, or scan or photograph the paper again.
intake-too-large = The file is too large ({ $size_mb } MB; the limit is { $limit_mb } MB). Scan it at a lower resolution, or split it into smaller files.
intake-unsupported = { $advice }
intake-image-too-large = The picture is too large ({ $width } × { $height } pixels). Take the photo again with normal camera settings, or scan the paper at 300 dpi.
intake-damaged-image = The picture is damaged or was not copied completely ({ $detail }). Copy it again from your phone or camera, or take the photo again.
intake-password-protected = The PDF is password protected. Open it with its password, save a copy without a password, and add that copy.
intake-no-pages = The PDF has no pages. Ask the sender for a new copy, or scan the paper.
intake-too-many-pages = The file has { $pages } { $pages ->
        [one] page
       *[other] pages
    }; the limit is { $limit }. Split it into smaller files.
intake-damaged-pdf = The PDF is damaged. Ask the sender for a new copy, or scan the paper.
intake-damaged-scan = The scan is damaged or was not copied completely ({ $detail }). Copy it again, or scan the paper again.
intake-damaged-scan-page = The scan is damaged or was not copied completely: page { $page } cannot be read ({ $detail }). Copy it again, or scan the paper again.
intake-damaged-pdf-page = The PDF is damaged: page { $page } cannot be read. Ask the sender for a new copy, or scan the paper.

# Advice for a file in another format ($advice above).
intake-advice-heic = This photo is in HEIC format (from an iPhone), which this copy of the app cannot read. On the phone, share or export it as JPG (or set Camera > Formats to "Most Compatible"), then add the JPG.
intake-advice-avif = This picture is in AVIF format, which this app cannot read. Open it and save it as JPG or PNG, then add that.
intake-advice-tiff-compression = This scan uses a kind of compression this app cannot read. Scan the paper again as PDF, or open the scan and save it as PDF or PNG, then add that.
intake-advice-tiff-color = This scan stores its colors in a way this app cannot read. Scan the paper again as PDF, or open the scan and save it as PDF or PNG, then add that.
intake-advice-picture = This picture format cannot go in a packet. Open it and save it as JPG or PNG, then add that.
intake-advice-picture-feature = This picture uses a feature this app cannot read. Open it and save it as JPG or PNG, then add that.
intake-advice-office = This looks like a Word or other office document. Open it and save or export it as PDF, then add the PDF.
intake-advice-web-page = This is a web page saved as a file, not a PDF. Open the page in a web browser and print it to PDF, then add the PDF.
intake-advice-other = This file is not a kind this app can read (PDF, JPG, PNG, HEIC, TIFF, WebP or GIF). Open it and save or print it as PDF, then add the PDF.
intake-advice-jpeg-precision = This JPG uses { $bits }-bit color, which a PDF cannot hold. Open it and save it as an ordinary JPG or PNG, then add that.
intake-advice-jpeg-lossless = This JPG uses lossless compression, which most PDF readers cannot show. Open it and save it as PNG, then add that.

# The person's page edits (which pages, turned, cropped, blacked out) that cannot be applied.
edit-page-not-in-file = Page { $page } is set to go into the packet, but the file has { $pages ->
    [one] only one page
   *[other] { $pages } pages
}. Open the document's pages and choose them again.
edit-page-twice = Page { $page } is set to go into the packet twice. Open the document's pages and choose them again.
edit-no-pages = No page of this document is set to go into the packet. Remove the document, or open its pages and choose them again.
edit-page-failed = Page { $page } could not be cropped or blacked out ({ $detail }). Open the document's pages, use the whole page, and draw the boxes again.
