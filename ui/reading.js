// What was read in a letter, beside the question each value answers: the crop of the
// page it was read from, and "Use this", "Change it, then use it" or "Ignore". Nothing
// goes into an answer without a click. Reading runs in Rust off the window's thread;
// the words, the questions and the readings all come from Rust.

import { el, announce, fieldId } from "./dom.js";
import { app, invoke } from "./app.js";
import { t, errorText } from "./i18n.js";

// Documents being read now (their index), so the page shows progress, not a button.
const reading = new Map();

/** Draws document `index`'s reading panel again in place (nothing else on the page
 *  changes, so nothing typed elsewhere is lost); `focusId` takes the focus after. */
async function refresh(index, focusId = null, error = null) {
  const old = document.getElementById(`reading-${index}`);
  if (!old) return;
  const hadFocus = old.contains(document.activeElement);
  let view = null;
  try {
    view = await invoke("document_reading", { id: app.caseId, index });
  } catch (e) {
    error = errorText(e);
  }
  const panel = readingPanel(view, index, error);
  if (!panel) return;
  old.replaceWith(panel);
  const target = focusId || (hadFocus ? `reading-heading-${index}` : null);
  if (target && document.getElementById(target)) document.getElementById(target).focus();
}

/** Reads document `index` in the background (Rust, off the window's thread), showing
 *  where it is; its panel is drawn again when it is done. */
export async function readDocument(index) {
  if (reading.has(index)) return;
  reading.set(index, t("reading-reading"));
  await refresh(index);
  const events = window.__TAURI__ && window.__TAURI__.event;
  let unlisten = () => {};
  if (events) {
    try {
      unlisten = await events.listen("reading-progress", (event) => {
        reading.set(index, event.payload.text);
        const status = document.getElementById(`reading-status-${index}`);
        if (status) status.textContent = event.payload.text;
      });
    } catch { /* no events: the words stay "Reading the letter…" */ }
  }
  let failure = null;
  try {
    await invoke("read_document", { id: app.caseId, index });
  } catch (e) {
    failure = errorText(e);
  } finally {
    unlisten();
    reading.delete(index);
  }
  await refresh(index, null, failure);
}

/** The reading panel of document `index` (`view` from `document_reading`), or null for
 *  a kind of document that is not read. `error` is said at its top. */
export function readingPanel(view, index, error = null) {
  if (!view || !view.readable) return null;
  const panel = el("div", { class: "reading", id: `reading-${index}` });
  const headingId = `reading-heading-${index}`;
  panel.append(el("h4", { id: headingId, tabindex: "-1", text: view.heading }));
  if (error) panel.append(el("p", { class: "error-message", role: "alert", text: error }));
  if (reading.has(index)) {
    panel.append(
      el("p", { id: `reading-status-${index}`, role: "status", "aria-live": "polite", text: reading.get(index) }),
      el("progress", { "aria-labelledby": `reading-status-${index}` }),
    );
    return panel;
  }
  if (view.note) panel.append(el("p", { class: "hint", text: view.note }));
  if (!view.read) {
    const read = el("button", { type: "button", class: "secondary", id: `read-${index}`, text: t("reading-read") });
    read.addEventListener("click", () => { readDocument(index); });
    panel.append(read);
    return panel;
  }
  for (const s of view.suggestions) panel.append(suggestionCard(s, index));
  return panel;
}

function suggestionCard(s, index) {
  const id = `suggestion-${index}-${s.finding}`;
  const card = el("section", { class: "suggestion", id, "aria-labelledby": `${id}-question`, "data-field": s.field, "data-status": s.status });
  card.append(el("h5", { id: `${id}-question`, tabindex: "-1", text: t("reading-answers", { question: s.question }) }));
  if (s.crop) card.append(el("img", { class: "suggestion-crop", src: s.crop, alt: s.crop_alt }));
  card.append(el("p", { class: "suggestion-value" }, [el("strong", { text: s.written, lang: s.quoted ? "" : undefined })]));
  if (s.check) card.append(el("p", { class: "hint suggestion-check", text: s.check }));
  if (s.current) card.append(el("p", { class: "hint", text: s.current }));
  if (s.status_text) card.append(el("p", { class: "status", id: `${id}-status`, text: s.status_text }));
  if (s.status !== "offered") return card;

  const act = async (command, args, said) => {
    try {
      await invoke(command, { id: app.caseId, index, finding: s.finding, ...args });
      announce(said);
      await refresh(index, `${id}-question`);
    } catch (e) {
      await refresh(index, `reading-heading-${index}`, errorText(e));
    }
  };
  const actions = el("div", { class: "suggestion-actions" });
  if (s.choices.length > 0) {
    card.append(el("p", { text: t("reading-which-date") }));
    s.choices.forEach((c, n) => {
      const b = el("button", { type: "button", id: `${id}-choice-${n}`, text: t("reading-use-date", { date: c.written }) });
      b.addEventListener("click", () => act("accept_suggestion", { value: c.typed }, t("reading-accepted")));
      actions.append(b);
    });
  } else {
    const use = el("button", { type: "button", id: `${id}-use`, text: t("reading-use") });
    use.addEventListener("click", () => act("accept_suggestion", { value: s.typed }, t("reading-accepted")));
    actions.append(use);
  }
  if (s.kind !== "choice") {
    const edit = el("button", { type: "button", class: "secondary", id: `${id}-edit`, "aria-expanded": "false", text: t("reading-edit") });
    const box = el("div", { class: "suggestion-edit", hidden: true });
    const input = el("input", { type: "text", id: `${id}-input`, value: s.typed });
    input.value = s.typed;
    const save = el("button", { type: "button", id: `${id}-save`, text: t("reading-use") });
    save.addEventListener("click", () => act("accept_suggestion", { value: input.value }, t("reading-accepted")));
    box.append(el("label", { for: `${id}-input`, text: t("reading-edit-label") }), input, save);
    edit.addEventListener("click", () => {
      box.hidden = false;
      edit.setAttribute("aria-expanded", "true");
      input.focus();
    });
    actions.append(edit);
    card.append(actions, box);
  } else {
    card.append(actions);
  }
  const ignore = el("button", { type: "button", class: "secondary", id: `${id}-ignore`, text: t("reading-ignore") });
  ignore.addEventListener("click", () => act("ignore_suggestion", {}, t("reading-ignored")));
  actions.append(ignore);
  return card;
}

// ---------------------------------------------------------------- in the wizard

/** What the person's letters say question `f`'s answer may be, drawn under it on a page
 *  of `form`: "Use this" puts the value in the question's boxes on the page (nothing is
 *  saved until Continue, and nothing else typed changes); "Ignore" leaves it out (Rust)
 *  and takes it off the page. The words, the boxes and what goes in them come from Rust
 *  (`FieldView::suggestions`). Null when there is none. */
export function fieldSuggestions(f, form) {
  if (!f.suggestions || f.suggestions.length === 0) return null;
  const box = el("div", { class: "field-suggestions", id: `${fieldId(f.id)}-suggestions` });
  f.suggestions.forEach((s, n) => box.append(fieldSuggestion(f, s, n, form, box)));
  return box;
}

function fieldSuggestion(f, s, n, form, box) {
  const id = `${fieldId(f.id)}-suggestion-${n}`;
  const card = el("div", { class: "suggestion field-suggestion", id, role: "group", "aria-labelledby": `${id}-from`, "data-key": s.key });
  card.append(el("p", { id: `${id}-from`, class: "suggestion-from", text: s.from }));
  if (s.crop) card.append(el("img", { class: "suggestion-crop", src: s.crop, alt: s.crop_alt }));
  card.append(el("p", { class: "suggestion-value" }, [el("strong", { text: s.written, lang: s.quoted ? "" : undefined })]));
  if (s.check) card.append(el("p", { class: "hint suggestion-check", text: s.check }));
  if (s.choose) card.append(el("p", { text: s.choose }));
  const status = el("p", { class: "status", id: `${id}-status`, role: "status", "aria-live": "polite" });
  const actions = el("div", { class: "suggestion-actions" });
  s.uses.forEach((use, k) => {
    const button = el("button", { type: "button", id: `${id}-use-${k}`, text: use.label });
    button.addEventListener("click", () => {
      const first = fillBoxes(form, use.fill);
      status.textContent = s.filled;
      if (first) first.focus();
    });
    actions.append(button);
  });
  const ignore = el("button", { type: "button", class: "secondary", id: `${id}-ignore`, text: s.ignore });
  ignore.addEventListener("click", async () => {
    try {
      await invoke("ignore_field_suggestion", { id: app.caseId, field: f.id, key: s.key });
    } catch (e) {
      status.textContent = errorText(e);
      return;
    }
    card.remove();
    if (!box.querySelector(".field-suggestion")) box.remove();
    announce(s.ignored);
    const first = form.querySelector(`[name="${CSS.escape(f.id)}"], [name^="${CSS.escape(f.id)}."]`);
    if (first) first.focus();
  });
  actions.append(ignore);
  card.append(actions, status);
  return card;
}

/** Puts each value in the box of that name on the page (a radio: the one of that value
 *  is picked); returns the first box, for the focus. */
function fillBoxes(form, fills) {
  let first = null;
  for (const { name, value } of fills) {
    for (const input of form.querySelectorAll(`[name="${CSS.escape(name)}"]`)) {
      if (input.type === "radio") {
        input.checked = input.value === value;
        if (input.checked && !first) first = input;
      } else {
        input.value = value;
        if (!first) first = input;
      }
    }
  }
  return first;
}

/** Saves "Ask your doctor for a letter" at `path`: used by the save dialog and by tests. */
export async function saveDoctorRequestTo(path) {
  const saved = await invoke("doctor_request", { id: app.caseId, path });
  const status = document.getElementById("doctor-request-status");
  if (status) status.textContent = t("doctor-request-saved", { path: saved });
  return saved;
}

/** The "Ask your doctor for a letter" panel, offered on the documents page. */
export function doctorRequestPanel() {
  const button = el("button", { type: "button", class: "secondary", id: "doctor-request", text: t("doctor-request-button") });
  button.addEventListener("click", async () => {
    try {
      const path = await invoke("plugin:dialog|save", {
        options: { title: t("doctor-request-button"), defaultPath: t("doctor-request-file"), filters: [{ name: "PDF", extensions: ["pdf"] }] },
      });
      if (path) await saveDoctorRequestTo(typeof path === "string" ? path : path.path);
    } catch (e) {
      const status = document.getElementById("doctor-request-status");
      if (status) status.textContent = errorText(e);
    }
  });
  return el("div", { class: "panel", id: "doctor-request-panel" }, [
    el("h2", { text: t("doctor-request-heading") }),
    el("p", { text: t("doctor-request-intro") }),
    button,
    el("p", { id: "doctor-request-status", role: "status", "aria-live": "polite" }),
  ]);
}
