// Renders one question from its definition (sent by Rust), and reads answers back.

import { el, fieldId } from "./dom.js";
import { t } from "./i18n.js";

const INPUT_TYPES = { phone: "tel", email: "email" };
const WIDTHS = { zip: "input--medium", us_state: "input--short", phone: "input--medium" };

/** A question: label (or legend) + hint + error + control. On a page with one question,
 *  the question itself is the page heading. */
export function renderField(f, asHeading) {
  const id = fieldId(f.id);
  const wrap = el("div", { class: `field${f.error ? " field--error" : ""}` });
  const labelText = f.optional ? t("field-optional", { label: f.label }) : f.label;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const exampleId = `${id}-example`;
  const describedBy = [f.hint ? hintId : null, f.example ? exampleId : null, f.error ? errorId : null].filter(Boolean).join(" ") || null;
  const hint = f.hint || f.example
    ? el("div", {}, [
      f.hint ? el("p", { class: "hint", id: hintId, text: f.hint }) : null,
      f.example ? el("p", { class: "hint hint--example", id: exampleId, text: f.example }) : null,
    ])
    : null;
  const error = f.error ? el("p", { class: "error-message", id: errorId }, [el("span", { class: "visually-hidden", text: t("error-prefix") }), f.error]) : null;
  const heading = (text) => (asHeading ? el("h1", { text }) : text);

  if (f.kind.type === "yes_no" || f.kind.type === "choice") {
    const options = f.kind.type === "yes_no"
      ? [{ value: "yes", label: t("answer-yes") }, { value: "no", label: t("answer-no") }]
      : f.kind.options;
    const fs = el("fieldset", { "aria-describedby": describedBy });
    fs.append(el("legend", {}, [heading(labelText)]));
    if (hint) fs.append(hint);
    if (error) fs.append(error);
    const radios = el("div", { class: "radios" });
    for (const o of options) {
      const rid = `${id}-${o.value}`;
      const input = el("input", { type: "radio", id: rid, name: f.id, value: o.value });
      if (f.value === o.value) input.checked = true;
      radios.append(el("label", { for: rid }, [input, el("span", { text: o.label })]));
    }
    fs.append(radios);
    wrap.append(fs);
    return wrap;
  }

  if (f.kind.type === "date") {
    const fs = el("fieldset", { role: "group", "aria-describedby": describedBy });
    fs.append(el("legend", {}, [heading(labelText)]));
    fs.append(el("p", { class: "hint", id: hintId, text: f.date_hint }));
    if (error) fs.append(error);
    const parts = el("div", { class: "date-input" });
    for (const p of f.parts) {
      const pid = `${id}-${p.part}`;
      const input = el("input", { type: "text", id: pid, name: p.key, inputmode: "numeric", class: "input--short", autocomplete: p.autocomplete });
      input.value = p.value;
      parts.append(el("div", {}, [el("label", { for: pid, text: p.label }), input]));
    }
    fs.append(parts);
    wrap.append(fs);
    return wrap;
  }

  const label = el("label", { for: id }, [heading(labelText)]);
  wrap.append(label);
  if (hint) wrap.append(hint);
  if (error) wrap.append(error);
  let control;
  if (f.kind.type === "long_text") {
    control = el("textarea", { id, name: f.id, rows: "8", "aria-describedby": describedBy });
  } else {
    control = el("input", {
      type: INPUT_TYPES[f.kind.type] || "text",
      id,
      name: f.id,
      class: WIDTHS[f.kind.type] || null,
      "aria-describedby": describedBy,
      autocomplete: f.autocomplete,
      spellcheck: f.kind.type === "text" || f.kind.type === "long_text" ? "true" : "false",
    });
  }
  control.value = f.value || "";
  wrap.append(control);
  return wrap;
}

/** Reads the answers on the page, one string per box, under the name Rust gave it
 *  (a date's three boxes separately: Rust joins them). */
export function collectAnswers(form, fields) {
  const answers = {};
  for (const f of fields) {
    if (f.kind.type === "yes_no" || f.kind.type === "choice") {
      const chosen = form.querySelector(`input[name="${CSS.escape(f.id)}"]:checked`);
      answers[f.id] = chosen ? chosen.value : "";
    } else if (f.kind.type === "date") {
      for (const p of f.parts) answers[p.key] = form.querySelector(`[name="${CSS.escape(p.key)}"]`).value;
    } else {
      answers[f.id] = form.querySelector(`#${CSS.escape(fieldId(f.id))}`).value;
    }
  }
  return answers;
}
