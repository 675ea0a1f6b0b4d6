// Two pages for after the application: "What happened in similar cases" (past IMR
// decisions bundled with the app, counted in Rust) and "After you send your packet"
// (the sent date, what to expect and when, and a calendar file). Every sentence with a
// date, a count or a phone number comes worded from Rust (crates/imr-app/src/outcomes.rs
// and followup.rs); this file draws them, with the page's fixed words.

import { el, focusMain, errorSummary, fieldId } from "./dom.js";
import { renderField, collectAnswers } from "./fields.js";
import { app, invoke, go, setTitle, showFailure } from "./app.js";
import { t } from "./i18n.js";

// ---------------------------------------------------------------- the words
// The fixed words are in crates/imr-i18n/locales/<lang>/outcomes.ftl and followup.ftl.

let S;
/** The words in the language in use (read again on each page). */
function words() {
  S = {
  outcomesTitle: t("outcomes-title"),
  dxLabel: t("outcomes-dx-label"),
  txLabel: t("outcomes-tx-label"),
  anyDx: t("outcomes-any-dx"),
  anyTx: t("outcomes-any-tx"),
  show: t("outcomes-show"),
  resultHeading: t("outcomes-result-heading"),
  chartCaption: t("outcomes-chart-caption"),
  tableCaption: t("outcomes-table-caption"),
  colType: t("outcomes-col-type"),
  colTotal: t("outcomes-col-total"),
  colForPatient: t("outcomes-col-for-patient"),
  colForPlan: t("outcomes-col-for-plan"),
  cautionHeading: t("outcomes-caution-heading"),
  caution: t("outcomes-caution"),
  sourceHeading: t("outcomes-source-heading"),
  categoriesNote: t("outcomes-categories-note"),

  followTitle: t("followup-title"),
  save: t("followup-save"),
  change: t("followup-change"),
  expectHeading: t("followup-expect-heading"),
  estimate: t("followup-estimate"),
  howCounted: t("followup-how-counted"),
  nothingHeading: t("followup-nothing-heading"),
  calendarButton: t("followup-calendar-button"),
  calendarHint: t("followup-calendar-hint"),
  calendarDialog: t("followup-calendar-dialog"),
  calendarFilter: t("followup-calendar-filter"),
  seeOutcomes: t("outcomes-link"),
  backToTasks: t("followup-back-to-tasks"),
};
}

// ---------------------------------------------------------------- what happened in similar cases

export async function outcomesPage(m) {
  words();
  const start = await invoke("outcomes_start", { id: app.caseId });
  setTitle(S.outcomesTitle);
  m.append(el("h1", { text: S.outcomesTitle }), el("p", { text: start.intro }));
  const sg = start.suggestion;
  m.append(el("p", { id: "outcomes-guess", text: start.guess }));

  const form = el("form", { novalidate: "", id: "outcomes-form" });
  const select = (id, label, any, categories, chosen) => {
    const s = el("select", { id, name: id });
    s.append(el("option", { value: "", text: any }));
    for (const c of categories) {
      const o = el("option", { value: c.name, text: c.option });
      if (c.name === chosen) o.selected = true;
      s.append(o);
    }
    return el("div", { class: "field" }, [el("label", { for: id, text: label }), s]);
  };
  form.append(
    select("outcomes-diagnosis", S.dxLabel, S.anyDx, start.diagnoses, sg.diagnosis),
    select("outcomes-treatment", S.txLabel, S.anyTx, start.treatments, sg.treatment),
    el("p", { class: "hint", text: S.categoriesNote }),
    el("button", { id: "outcomes-show", type: "submit", text: S.show }),
  );
  const result = el("section", { id: "outcomes-result", "aria-live": "polite", "aria-labelledby": "outcomes-result-title" });
  const show = async () => {
    const diagnosis = form.querySelector("#outcomes-diagnosis").value || null;
    const treatment = form.querySelector("#outcomes-treatment").value || null;
    try {
      const view = await invoke("outcomes_query", { diagnosis, treatment });
      drawResult(result, view);
    } catch (e) { showFailure(e); }
  };
  form.addEventListener("submit", (ev) => { ev.preventDefault(); show(); });
  form.addEventListener("change", show);
  m.append(form, result);
  m.append(
    el("div", { class: "panel panel--warning", id: "outcomes-caution" }, [
      el("h2", { text: S.cautionHeading }),
      el("p", { text: S.caution }),
    ]),
    el("h2", { text: S.sourceHeading }),
    el("p", { id: "outcomes-source", text: start.source }),
  );
  await show();
  focusMain();
}

/** How the reviews ended, as Rust wrote it: a headline, its lines, and the rows of the
 *  chart and the table (none when nothing matches). */
function drawResult(box, view) {
  box.replaceChildren(el("h2", { id: "outcomes-result-title", text: S.resultHeading }));
  const rows = view.rows;
  if (rows.length === 0) {
    box.append(el("p", { id: "outcomes-summary", text: view.headline }));
    return;
  }
  box.append(el("div", { id: "outcomes-summary" }, [
    el("p", { class: "big-number", text: view.headline }),
    ...view.lines.map((text) => el("p", { text })),
  ]));
  // The chart repeats the table's numbers as bars (hidden from screen readers, which get
  // the table); each bar is labelled in words, and the two parts differ in pattern too.
  const chart = el("figure", { class: "bars", "aria-hidden": "true" }, [el("figcaption", { text: S.chartCaption })]);
  for (const r of rows) {
    const over = el("span", { class: "bar-over" });
    over.style.width = `${r.percent}%`;
    chart.append(el("div", { class: "bar-row" }, [
      el("span", { class: "bar-label", text: r.label }),
      el("span", { class: "bar" }, [over]),
      el("span", { class: "bar-value", text: r.bar }),
    ]));
  }
  const table = el("table", { class: "numbers", id: "outcomes-table" }, [
    el("caption", { text: S.tableCaption }),
    el("thead", {}, [el("tr", {}, [S.colType, S.colTotal, S.colForPatient, S.colForPlan].map((h) => el("th", { scope: "col", text: h })))]),
  ]);
  const body = el("tbody");
  for (const r of rows) {
    body.append(el("tr", {}, [
      el("th", { scope: "row", text: r.label }),
      el("td", { text: r.total }),
      el("td", { text: r.for_patient }),
      el("td", { text: r.for_plan }),
    ]));
  }
  table.append(body);
  box.append(chart, table);
}

// ---------------------------------------------------------------- after you send your packet

export async function followUpPage(m, opts = {}) {
  words();
  const view = opts.view || await invoke("follow_up", { id: app.caseId });
  if (!view.sent || opts.edit) return sentForm(m, view);
  return expectations(m, view);
}

/** The "When did you send it?" page, drawn from its definition in Rust. A question
 *  asked only when another has a given answer (the fax details) shows as soon as that
 *  answer is chosen: Rust names the question and the answer (`form.shown_when`). */
function sentForm(m, view) {
  const fields = view.form.fields;
  const errors = fields.filter((f) => f.error);
  setTitle(view.form.heading, errors.length > 0);
  const form = el("form", { novalidate: "", id: "sent-form" });
  if (errors.length) {
    const first = (f) => (f.kind.type === "date" ? "-day" : f.kind.type === "choice" ? `-${f.kind.options[0].value}` : "");
    form.append(errorSummary(errors.map((f) => ({ text: f.error, href: `#${fieldId(f.id)}${first(f)}` }))));
  }
  form.append(el("span", { class: "hint", text: S.followTitle }), el("h1", { text: view.form.heading }));
  const shownWhen = [];
  for (const f of fields) {
    const node = renderField(f, false);
    const when = view.form.shown_when[f.id];
    if (when) shownWhen.push([node, when]);
    form.append(node);
  }
  const update = () => {
    for (const [node, when] of shownWhen) {
      node.hidden = form.querySelector(`input[name="${CSS.escape(when.field)}"]:checked`)?.value !== when.value;
    }
  };
  form.addEventListener("change", update);
  update();
  const cont = el("button", { id: "continue", type: "submit", text: S.save });
  form.append(cont);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    cont.disabled = true;
    try {
      const saved = await invoke("record_sent", { id: app.caseId, answers: collectAnswers(form, fields) });
      m.replaceChildren();
      await followUpPage(m, { view: saved.view, edit: !saved.ok });
    } catch (e) {
      showFailure(e);
    } finally {
      cont.disabled = false;
    }
  });
  m.append(form);
  if (errors.length) form.querySelector(".error-summary").focus();
  else focusMain();
}

function expectations(m, view) {
  setTitle(S.followTitle);
  m.append(el("h1", { text: S.followTitle }));
  const record = el("div", { class: "panel panel--ok", id: "sent-record" }, view.sent_lines.map((text) => el("p", { text })));
  const change = el("a", { href: "#", id: "change-sent", text: S.change });
  change.addEventListener("click", (ev) => { ev.preventDefault(); m.replaceChildren(); followUpPage(m, { view, edit: true }); });
  record.append(el("p", {}, [change]));
  m.append(record, el("h2", { text: S.expectHeading }));
  for (const text of view.expect_lines) m.append(el("p", { text }));
  const list = el("ol", { class: "milestones", id: "milestones" });
  for (const ms of view.milestones) {
    const item = el("li", { id: `milestone-${ms.code}` }, [
      el("h3", {}, [ms.title, ms.inferred ? el("span", { class: "tag", text: ` ${S.estimate}` }) : null]),
      el("p", { text: ms.text }),
    ]);
    if (ms.call) item.append(el("p", { class: "panel panel--warning", text: ms.call }));
    list.append(item);
  }
  m.append(list, el("p", { class: "hint", text: S.howCounted }));
  m.append(el("h2", { text: S.nothingHeading }), el("p", { id: "if-nothing", text: view.if_nothing }));

  const status = el("p", { id: "calendar-status", role: "status", "aria-live": "polite" });
  const save = el("button", { id: "save-calendar", type: "button", text: S.calendarButton });
  save.addEventListener("click", async () => {
    try {
      const path = await invoke("plugin:dialog|save", {
        options: { title: S.calendarDialog, defaultPath: view.calendar_file_name, filters: [{ name: S.calendarFilter, extensions: view.calendar_extensions }] },
      });
      if (path) await saveCalendarTo(typeof path === "string" ? path : path.path);
    } catch (e) { showFailure(e); }
  });
  m.append(el("p", { class: "hint", text: S.calendarHint }), save, status);
  const outcomes = el("a", { href: "#", id: "open-outcomes", text: S.seeOutcomes });
  outcomes.addEventListener("click", (ev) => { ev.preventDefault(); go("outcomes"); });
  const tasks = el("a", { href: "#", text: S.backToTasks });
  tasks.addEventListener("click", (ev) => { ev.preventDefault(); go("tasks"); });
  m.append(el("p", {}, [outcomes]), el("p", {}, [tasks]));
  focusMain();
}

/** Writes the calendar file: used by the save dialog and by tests. Returns how many
 *  reminders it holds. */
export async function saveCalendarTo(path) {
  const saved = await invoke("save_calendar", { id: app.caseId, path });
  const status = document.getElementById("calendar-status");
  if (status) status.textContent = saved.message;
  return saved.count;
}

