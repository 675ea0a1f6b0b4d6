// "How your pages will look on the fax": each document's page converted exactly as the
// fax packet converts it (grey or black and white, 200 dpi, paper whitened), so the
// person sees before sending that a dark photo will be readable.

import { el, clear } from "./dom.js";
import { app, invoke } from "./app.js";
import { t } from "./i18n.js";

const TEXT = {
  heading: () => t("fax-preview-heading"),
  hint: () => t("fax-preview-hint"),
  loading: () => t("fax-preview-loading"),
  progress: (done, total) => t("fax-preview-progress", { done, total }),
  none: () => t("fax-preview-none"),
  page: (page, pages) => t("fax-preview-page", { page, pages }),
  previous: () => t("fax-preview-previous"),
  next: () => t("fax-preview-next"),
  alt: (title, page) => t("fax-preview-alt", { title, page }),
};

/** Shows the fax preview in `box` when `shown`, otherwise empties it. */
export async function showFaxPreview(box, shown) {
  clear(box);
  box.hidden = !shown;
  if (!shown) return;
  box.append(el("h2", { text: TEXT.heading() }), el("p", { class: "hint", text: TEXT.hint() }));
  const status = el("p", { role: "status", text: TEXT.loading() });
  box.append(status);
  let documents = [];
  try {
    documents = await invoke("documents", { id: app.caseId });
  } catch (e) {
    status.textContent = e.message || String(e);
    return;
  }
  const drawn = documents.filter((d) => d.fax_preview);
  status.textContent = documents.length ? "" : TEXT.none();
  // Each picture takes a moment: document k of n, on a bar.
  const bar = el("progress", { id: "fax-preview-progress", max: String(drawn.length), value: "0" });
  if (drawn.length) status.after(bar);
  const list = el("div", { class: "fax-previews" });
  box.append(list);
  for (const [k, d] of drawn.entries()) {
    status.textContent = TEXT.progress(k + 1, drawn.length);
    const figure = el("figure", { class: "fax-preview", id: `fax-preview-${d.index}` });
    list.append(figure);
    await showPage(figure, d, 1);
    bar.value = k + 1;
  }
  if (drawn.length) status.textContent = "";
  bar.remove();
}

async function showPage(figure, d, page) {
  let preview;
  try {
    preview = await invoke("fax_preview", { id: app.caseId, index: d.index, page });
  } catch (e) {
    clear(figure);
    figure.append(el("figcaption", { text: `${d.title}: ${e.message || e}` }));
    return;
  }
  clear(figure);
  const caption = el("figcaption", {}, [
    el("strong", { text: d.title }),
    " ",
    el("span", { text: TEXT.page(preview.page, preview.pages) }),
  ]);
  const img = el("img", { src: preview.image, alt: TEXT.alt(preview.title, preview.page), class: "fax-page" });
  figure.append(caption, img);
  if (preview.pages > 1) {
    const nav = el("div", { class: "fax-nav" });
    const prev = el("button", { type: "button", class: "secondary", text: TEXT.previous() });
    const next = el("button", { type: "button", class: "secondary", text: TEXT.next() });
    prev.disabled = preview.page <= 1;
    next.disabled = preview.page >= preview.pages;
    prev.addEventListener("click", () => showPage(figure, d, preview.page - 1));
    next.addEventListener("click", () => showPage(figure, d, preview.page + 1));
    nav.append(prev, next);
    figure.append(nav);
  }
}
