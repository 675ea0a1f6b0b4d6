# The fax preview on the packet screen (ui/fax.js).
fax-preview-heading = How your documents will look on the fax
fax-preview-hint = A fax is black and white. Each document page is shown here as the fax machine will print it. If a page is hard to read, take the photo again in good light, or scan the paper.
fax-preview-loading = Making the fax pictures…
fax-preview-progress = Making the fax pictures: document { $done } of { $total }…
fax-preview-none = You have not added any documents.
fax-preview-page = Page { $page } of { $pages }
fax-preview-previous = Previous page
fax-preview-next = Next page
fax-preview-alt = { $title }, page { $page }, as it will look on the fax
