// The Documents page: add copies of letters with the file dialog or by dropping them on
// the window; each is checked by the engine when it is added.

import { el, clear, focusMain, errorSummary, announce, mainArea } from "./dom.js";
import { app, invoke, go, setTitle, showFailure } from "./app.js";
import { t, errorText } from "./i18n.js";
import { readingPanel, readDocument, doctorRequestPanel } from "./reading.js";
import { checkNewPhotos } from "./pages.js";

// What the packet engine takes in (imr_packet::intake::EXTENSIONS).

// The card of the last file added: the page shows it (scrolled to, focused) when it is
// drawn again.
let lastAdded = null;
// A card's changes that could not be saved, shown again in its boxes.
let unsaved = null;
// Documents just added: read as soon as the page shows them, if they are letters that
// are read (Rust says which).
const toRead = new Set();

/** Adds files by path: the one way in, used by the dialog, by drop, and by tests.
 *  Gives the errors, and the indices of the documents added. */
async function addFiles(paths, kind) {
  const errors = [];
  const added = [];
  const indices = [];
  lastAdded = null;
  const status = document.getElementById("add-status");
  for (const path of paths) {
    const name = path.split(/[\\/]/).pop();
    if (status) status.textContent = t("documents-checking", { name });
    try {
      const view = await invoke("add_document", { id: app.caseId, path, kind: kind || "other", title: "", date: null });
      added.push(name);
      indices.push(view.index);
      lastAdded = view.index;
      toRead.add(view.index);
    } catch (e) {
      errors.push(errorText(e));
    }
  }
  if (status) status.textContent = "";
  // Errors take the focus in the error summary; a success is said without moving it.
  if (added.length > 0) announce(t("a11y-documents-added", { count: added.length, names: added.join(", ") }));
  return { errors, indices };
}

/** After adding: the corner tool on the new photos, one after another, when any page
 *  added is a photo (Rust says which); else, or when a file was refused (its error is
 *  shown first, and the card still offers the check), the list with the new card
 *  focused. */
async function showAdded({ errors, indices }, keepFocus = null) {
  if (errors.length === 0 && indices.length > 0) {
    // The check ends on the Documents page with the new card focused.
    lastAdded = null;
    try {
      if (await checkNewPhotos(indices)) return;
    } catch (e) {
      // The photos stay whole and each card still offers the check.
    }
    lastAdded = indices[indices.length - 1];
  }
  await showDocuments(errors, keepFocus);
}

/** Adds files as the file dialog would, and shows what comes next (the window tests'
 *  stand-in for the system dialog, offered only by a test build). */
export async function addFilesAndShow(paths, kind) {
  const added = await addFiles(paths, kind);
  await showAdded(added);
  return added.errors;
}

let dropListening = false;
async function listenForDrops() {
  if (dropListening || !window.__TAURI__.event) return;
  dropListening = true;
  await window.__TAURI__.event.listen("tauri://drag-drop", async (event) => {
    const zone = document.getElementById("dropzone");
    if (!zone) return; // only on the Documents page
    zone.classList.remove("dropzone--active");
    const kind = document.getElementById("new-kind")?.value || "other";
    await showAdded(await addFiles(event.payload.paths || [], kind));
  });
  await window.__TAURI__.event.listen("tauri://drag-enter", () => {
    document.getElementById("dropzone")?.classList.add("dropzone--active");
  });
  await window.__TAURI__.event.listen("tauri://drag-leave", () => {
    document.getElementById("dropzone")?.classList.remove("dropzone--active");
  });
}

/** The kinds of document and the file types to offer, from Rust, asked once per language. */
async function choices() {
  if (!app.documentChoices) app.documentChoices = await invoke("document_choices");
  return app.documentChoices;
}

async function chooseFiles(multiple) {
  const { extensions } = await choices();
  const picked = await invoke("plugin:dialog|open", {
    options: {
      multiple,
      directory: false,
      title: t("documents-dialog-title"),
      filters: [{ name: t("documents-dialog-filter"), extensions }],
    },
  });
  if (!picked) return [];
  return [].concat(picked).map((p) => (typeof p === "string" ? p : p.path));
}

/** The documents DMHC expects for this kind of case, each added or not yet: a warning
 *  for the missing ones, never a block. */
export function expectedPanel(expected) {
  const missing = expected.filter((e) => !e.added).length;
  return el("div", { class: missing > 0 ? "panel panel--warning" : "panel", id: "expected" }, [
    el("h2", { text: t("documents-expected-heading") }),
    el("ul", {}, expected.map((e) => el("li", { "data-kind": e.kind, class: e.added ? "added" : "missing" }, [
      el("strong", { text: e.label }),
      " ",
      el("span", { class: "status", text: e.added ? t("documents-expected-added") : t("documents-expected-missing") }),
      ...(e.added ? [] : [el("br"), el("span", { class: "hint", text: e.why })]),
    ]))),
    el("p", { class: "hint", text: t("documents-expected-note") }),
  ]);
}

export async function documentsPage(m) {
  await listenForDrops();
  await showDocuments([]);
}

/** Draws the page; `keepFocus` (an element id) gets the focus back after a change made
 *  on the page itself, instead of the top of the page. */
async function showDocuments(errors, keepFocus = null) {
  const m = mainArea();
  if (!app.current || app.current !== "documents") return;
  const [docs, overview] = await Promise.all([
    invoke("documents", { id: app.caseId }),
    invoke("case_overview", { id: app.caseId }),
  ]);
  const readings = await Promise.all(docs.map((d) => invoke("document_reading", { id: app.caseId, index: d.index }).catch(() => null)));
  clear(m);
  setTitle(t("documents-title"), errors.length > 0);
  if (errors.length > 0) m.append(errorSummary(errors.map((text) => ({ text }))));
  m.append(el("h1", { text: t("documents-heading") }));
  m.append(el("p", { text: t("documents-intro") }));
  if (overview.expected.length > 0) m.append(expectedPanel(overview.expected));
  if (overview.suggestions.length > 0) {
    m.append(el("div", { class: "panel", id: "suggestions" }, [
      el("h2", { text: t("documents-suggestions") }),
      el("ul", {}, overview.suggestions.map((s) => el("li", { text: s }))),
    ]));
  }
  const { kinds } = await choices();
  const kindSelect = (id, value) => {
    const s = el("select", { id });
    for (const [k, label] of kinds) {
      const o = el("option", { value: k, text: label });
      if (k === value) o.selected = true;
      s.append(o);
    }
    return s;
  };
  const zone = el("div", { class: "dropzone", id: "dropzone" }, [
    el("label", { for: "new-kind", text: t("documents-kind-question") }),
    kindSelect("new-kind", app.newKind || "denial_letter"),
    el("p", { class: "hint", text: t("documents-drop-hint") }),
  ]);
  // The kind chosen stays chosen for the next file (several pages of one letter, or
  // several records, come one after another).
  zone.querySelector("#new-kind").addEventListener("change", (ev) => { app.newKind = ev.target.value; });
  const choose = el("button", { id: "choose-files", type: "button", class: "secondary", text: t("documents-choose") });
  choose.addEventListener("click", async () => {
    try {
      const paths = await chooseFiles(true);
      if (paths.length === 0) return;
      await showAdded(await addFiles(paths, document.getElementById("new-kind").value), "choose-files");
    } catch (e) { showFailure(e); }
  });
  zone.append(choose, el("p", { id: "add-status", role: "status", "aria-live": "polite" }));
  m.append(zone);

  if (docs.length === 0) {
    m.append(el("p", { text: t("documents-none") }));
  } else {
    m.append(el("h2", { text: t("documents-count", { count: docs.length }) }));
    const list = el("ol", { class: "documents" });
    docs.forEach((d, i) => list.append(documentItem(d, i, docs.length, kindSelect, readingPanel(readings[i], i))));
    m.append(list);
  }
  m.append(doctorRequestPanel());
  const cont = el("button", { id: "continue", type: "button", text: t("continue") });
  cont.addEventListener("click", () => go("tasks"));
  m.append(cont);
  // A new card (added, or the second half of a split document) gets the focus.
  const shown = lastAdded ?? app.focusDocument ?? null;
  const fresh = shown === null ? null : document.getElementById(`document-title-${shown}`);
  lastAdded = null;
  app.focusDocument = null;
  if (errors.length > 0) m.querySelector(".error-summary").focus();
  else if (fresh) {
    // The new card, not the top of the page: seen, and read out by its title.
    fresh.focus({ preventScroll: true });
    // Centered when the card fits the window; a card taller than that (pages, warnings,
    // what was read) is shown from its title down.
    const card = fresh.closest("li");
    const room = document.getElementById("scroller")?.clientHeight || window.innerHeight;
    card.scrollIntoView({ block: card.getBoundingClientRect().height < room ? "center" : "start" });
  } else if (keepFocus && document.getElementById(keepFocus)) document.getElementById(keepFocus).focus();
  else focusMain();
  // Letters just added are read now, in the background (only their panel changes), and
  // so are letters whose pages were changed since they were read.
  readings.forEach((view, index) => {
    if (view && view.readable && (view.stale || (!view.read && toRead.has(index)))) {
      readDocument(index).catch(() => {});
    }
  });
  toRead.clear();
}

function documentItem(d, i, count, kindSelect, reading) {
  const item = el("li", { class: "document", id: `document-${i}` });
  if (d.thumbnail) {
    item.append(el("img", { src: d.thumbnail, alt: t("documents-thumbnail-alt", { title: d.title }) }));
  }
  const details = el("div", { class: "details" });
  const pages = t("documents-pages", { count: d.pages });
  // The kind is said once: as the title when the person gave none, else beside it.
  const facts = [d.titled ? d.kind_label : null, pages, d.date ? t("documents-dated", { date: d.date_written }) : null].filter(Boolean);
  details.append(
    el("h3", { id: `document-title-${i}`, tabindex: "-1", text: d.title }),
    el("p", { class: "hint", text: facts.join(" · ") }),
    d.file_name ? el("p", { class: "hint document-file", text: t("documents-from-file", { name: d.file_name }) }) : null,
  );
  if (d.problem) details.append(el("p", { class: "error-message", text: d.problem }));
  const titleId = `doc-title-${i}`;
  const dateId = `doc-date-${i}`;
  // Left empty while the document is named after its kind, so that a new kind renames
  // it and no kind's name in another language reaches the packet as a typed title.
  const title = el("input", { type: "text", id: titleId, placeholder: d.titled ? "" : d.kind_label, "aria-describedby": d.titled ? null : `${titleId}-hint` });
  title.value = d.titled ? d.title : "";
  const date = el("input", { type: "text", id: dateId, class: "input--medium", placeholder: t("documents-date-placeholder") });
  date.value = d.date_typed || "";
  const kind = kindSelect(`doc-kind-${i}`, d.kind);
  if (unsaved && unsaved.index === i) {
    title.value = unsaved.title;
    date.value = unsaved.date;
    kind.value = unsaved.kind;
    unsaved = null;
  }
  const save = el("button", { type: "button", class: "secondary", text: t("documents-save") });
  save.addEventListener("click", async () => {
    try {
      const value = date.value.trim();
      await invoke("update_document", { id: app.caseId, index: i, kind: kind.value, title: title.value, date: value });
      await showDocuments([]);
    } catch (e) {
      // What was typed stays in the boxes, to be put right.
      unsaved = { index: i, kind: kind.value, title: title.value, date: date.value };
      await showDocuments([t("documents-not-saved", { title: d.title, reason: errorText(e) }).trim()]);
    }
  });
  details.append(
    el("label", { for: `doc-kind-${i}`, text: t("documents-kind") }), kind,
    el("label", { for: titleId, text: t("documents-doc-title") }),
    d.titled ? null : el("p", { class: "hint", id: `${titleId}-hint`, text: t("documents-doc-title-hint") }),
    title,
    el("label", { for: dateId, text: t("documents-date") }), date,
    el("div", {}, [save]),
  );
  const actions = el("div", {});
  const button = (text, label, fn, disabled = false) => {
    const b = el("button", { type: "button", class: "secondary", text, "aria-label": t("documents-action-label", { action: label, title: d.title }) });
    b.disabled = disabled;
    b.addEventListener("click", async () => {
      try { await fn(); await showDocuments([]); } catch (e) { await showDocuments([errorText(e)]); }
    });
    actions.append(b);
  };
  button(t("documents-move-up"), t("documents-move-up"), () => invoke("move_document", { id: app.caseId, from: i, to: i - 1 }), i === 0);
  button(t("documents-move-down"), t("documents-move-down"), () => invoke("move_document", { id: app.caseId, from: i, to: i + 1 }), i === count - 1);
  button(t("documents-replace"), t("documents-replace"), async () => {
    const paths = await chooseFiles(false);
    if (paths.length > 0) await invoke("replace_document", { id: app.caseId, index: i, path: paths[0] });
  });
  button(t("documents-remove"), t("documents-remove"), () => invoke("remove_document", { id: app.caseId, index: i }));
  details.append(actions);
  details.append(pagesPanel(d, i));
  if (reading) details.append(reading);
  item.append(details);
  return item;
}

/** A document's pages: what was changed, the photo warnings (with what to do), and the
 *  way to the page tools (ui/pages.js). */
function pagesPanel(d, i) {
  const box = el("div", { class: "document-pages", id: `document-pages-${i}` });
  if (d.pages_changed) box.append(el("p", { class: "hint", text: d.pages_changed }));
  if (d.warnings && d.warnings.length > 0) {
    box.append(el("div", { class: "panel panel--warning document-warnings" }, d.warnings.map((w) => el("p", { text: w }))));
  }
  if (d.problem || d.pages === 0) return box;
  const open = el("button", { type: "button", class: "secondary", id: `open-pages-${i}`, text: t("pages-open"), "aria-label": t("documents-action-label", { action: t("pages-open"), title: d.title }) });
  open.addEventListener("click", () => go(`pages:${i}`));
  box.append(open);
  if (d.crop_first) {
    const label = t("pages-check-corners", { page: d.crop_first });
    const crop = el("button", { type: "button", class: "secondary", id: `check-corners-${i}`, text: label, "aria-label": t("documents-action-label", { action: label, title: d.title }) });
    crop.addEventListener("click", () => go(`editor:${i}.${d.crop_first}`));
    box.append(crop);
  }
  return box;
}
