# A document's pages: page tools, the crop and blackout tools, photo warnings.

pages-title = Pages of { $title }
pages-heading = The pages of “{ $title }”
pages-intro = These pages will be sent, in this order. Your file is not changed: anything you do here can be undone.
pages-summary = { $sent ->
    [one] One page
   *[other] { $sent } pages
} of { $count } will be sent.
pages-label = Page { $position } of { $count }
pages-label-moved = Page { $position } of { $count } (page { $page } of the file)
pages-thumbnail-alt = { $label }, as it will be sent
pages-removed-heading = Pages left out
pages-removed-label = Page { $page } of the file
pages-put-back = Put back
pages-crop = Crop and straighten
pages-redact = Black out part of the page
pages-turn-left = Turn left
pages-turn-right = Turn right
pages-move-up = Move up
pages-move-down = Move down
pages-remove = Leave out
pages-split = Start a new document here
pages-split-hint = Splits the document in two: this page and the ones after it become a document of their own, just after this one.
pages-back = Back to your documents
pages-action-label = { $action }: { $label }
pages-split-title = { $title } (part 2)
pages-changed = { $sent ->
    [one] One page
   *[other] { $sent } pages
} of { $count } will be sent, as you changed them.

pages-change-cropped = Cropped to the sheet and straightened
pages-change-turned = { $turn ->
    [90] Turned to the right
    [180] Turned upside down
   *[other] Turned to the left
}
pages-change-redacted = { $count ->
    [one] One part blacked out
   *[other] { $count } parts blacked out
}

pages-warning-blurry = This photo looks blurry. Take it again, holding the phone still, in good light.
pages-warning-dark = This photo looks too dark or faint to read well. Take it again in good light, with the whole page in the picture.
pages-warning-on-page = Page { $page }: { $warning }

pages-no-such-page = That page is no longer in this document. Go back to its pages and try again.
pages-last-page = This is the document's only page. To leave it out, remove the document instead.
pages-cannot-split = A document can be split only before one of its pages after the first.
pages-corners-not-a-sheet = These corners do not make the shape of a sheet. Move them to the sheet's four corners, or use the whole photo.
pages-box-empty = A box to black out has no size. Draw it again.

# The crop and blackout tools.
editor-title = Page { $position } of { $title }
editor-heading = Crop and black out
editor-corners-heading = The sheet's corners
pages-corners-saved = The page is cropped at these corners. You can move them, or use the whole photo.
pages-corners-suggested = We think the sheet's corners are here. Check each one: move any corner that is off, then choose “Use these corners”.
pages-corners-whole = We could not find the edges of the sheet, so the whole photo is used. To crop it, move the corners onto the sheet's corners.
editor-keys-hint = With the keyboard: choose a corner, then move it with the arrow keys (hold Shift to move it faster).
editor-corner-top-left = Top left corner
editor-corner-top-right = Top right corner
editor-corner-bottom-right = Bottom right corner
editor-corner-bottom-left = Bottom left corner
editor-corner-position = { $corner }: { $x } percent from the left, { $y } percent from the top
editor-use-corners = Use these corners
editor-whole = Use the whole photo
editor-picture-alt = The page as it is in your file, with the sheet's corners marked
editor-boxes-heading = Black out part of the page
editor-boxes-hint = Cover what DMHC should not get, such as another person's details or an unrelated diagnosis. Drag across it on the picture, or add a box and move its corners with the keyboard. In the packet the page becomes a picture with the boxes in solid black: nothing under them can be read or copied.
editor-add-box = Add a box
editor-box = Box { $number }
editor-box-start = Box { $number }, top left corner
editor-box-end = Box { $number }, bottom right corner
editor-remove-box = Remove box { $number }
editor-save-boxes = Save the boxes
editor-no-boxes = No boxes yet.
editor-done = Back to the pages
editor-saved = Saved.

pages-open = See and change the pages
pages-check-corners = Check the corners of page { $page }
pages-loading = Drawing the pages…
pages-split-done = The document is now two documents: the new one is just after it.
editor-loading = Opening the page…
editor-boxes-alt = The page as it is in your file, with the boxes to black out

# Right after adding: the new photos, one after another in the corner tool.
photos-title = Check your photo
photos-heading = Check the corners of your photo
photos-progress = Photo { $number } of { $count }
photos-later = { $left ->
    [one] Check this photo later
   *[other] Check the rest later
}
photos-later-hint = A photo you do not check is sent whole, as you took it. You can check it later with “Check the corners” on the document's card.
