// Two pages for after the application: "What happened in similar cases" (past IMR
// decisions bundled with the app, counted in Rust) and "After you send your packet"
// (the sent date, what to expect and when, and a calendar file). Every date and count
// comes from Rust; this file only words and draws them.

import { el, focusMain, errorSummary, fieldId } from "./dom.js";
import { renderField, collectAnswers } from "./fields.js";
import { app, invoke, go, setTitle, showFailure, longDate } from "./app.js";

// ---------------------------------------------------------------- the words (to move to outcomes.ftl / followup.ftl)

const S = {
  outcomesTitle: "What happened in similar cases",
  outcomesIntro: (first, last) => `From ${first} to ${last}, the Department of Managed Health Care published how each Independent Medical Review ended. Choose the kind of health problem and the kind of treatment closest to yours to see how similar reviews ended.`,
  guessed: (c, t) => `We chose these from your answers ("${c}", "${t}"). Change them if they do not fit.`,
  guessedOne: (words) => `We chose from your answer "${words}". Change it if it does not fit.`,
  notGuessed: "Choose the closest kinds. We could not tell them from your answers, so we left them on \"any\".",
  dxLabel: "Kind of health problem",
  txLabel: "Kind of treatment",
  anyDx: "Any health problem",
  anyTx: "Any treatment",
  decisions: (n) => `${n} decisions`,
  show: "Show what happened",
  resultHeading: "How the reviews ended",
  none: "No review in the data matches both choices. Try \"any\" for one of them.",
  summary: (total, first, last) => `${total} similar reviews were decided between ${first} and ${last}.`,
  forPatient: (n, pct) => `In ${n} of them (${pct}%), the reviewers decided for the patient: the health plan had to give the treatment or pay for it.`,
  forPlan: (n, pct) => `In ${n} (${pct}%), the reviewers agreed with the health plan.`,
  chartCaption: "Share decided for the patient, by type of review",
  tableCaption: "Decisions by type of review",
  colType: "Type of review",
  colTotal: "Decisions",
  colForPatient: "For the patient",
  colForPlan: "For the plan",
  allTypes: "All types",
  barText: (pct) => `${pct}% for the patient`,
  types: {
    "Medical Necessity": "Medical necessity (the plan said it was not needed)",
    "Experimental/Investigational": "Experimental or investigational",
    "Urgent Care": "Urgent care",
  },
  cautionHeading: "Past results do not predict yours",
  caution: "Every review is decided on the patient's own medical records. These numbers only show how past reviews ended. They are not advice, and a low number is not a reason not to apply: the review is free.",
  sourceHeading: "Where these numbers come from",
  source: (name, portal, first, last) => `The Department of Managed Health Care's open data "${name}", report years ${first} to ${last}, kept in this app so it works without the internet. Newer decisions are published on the ${portal}: search there for "${name}".`,
  categoriesNote: "The kinds of problem and treatment are DMHC's own groups, in English.",

  followTitle: "After you send your packet",
  sentHeading: "When did you send your packet?",
  sentOnLabel: "Date you sent it",
  sentOnHint: "For example, 2 3 2026.",
  methodLabel: "How did you send it?",
  methodMail: "By mail",
  methodFax: "By fax",
  faxConfirmationLabel: "Fax confirmation number",
  faxConfirmationHint: "If the fax machine or service gave you a confirmation page, copy its number here.",
  faxPagesLabel: "Number of pages the confirmation says were sent",
  save: "Save and see what to expect",
  sentByMail: (date) => `You sent your packet by mail on ${date}.`,
  sentByFax: (date) => `You sent your packet by fax on ${date}.`,
  faxConfirmation: (c) => `Fax confirmation: ${c}.`,
  faxPages: (n) => `The confirmation says ${n} pages went through.`,
  change: "Change the date or how you sent it",
  expectHeading: "What to expect and when",
  urgent: "Your case is urgent and a doctor has written so: the shorter times apply.",
  complaint: "Your application is probably a complaint rather than a medical review. The Help Center decides how to handle it, so there is no decision date here.",
  between: (a, b) => (a === b ? longDate(a) : `between ${longDate(a)} and ${longDate(b)}`),
  milestones: {
    arrives: {
      title: "Your packet reaches the Help Center",
      fax: (m) => `Your fax reached the Help Center on ${longDate(m.latest)}.`,
      mail: (m) => `Mail usually takes a few days: ${S.between(m.earliest, m.latest)}.`,
    },
    letter: {
      title: "A letter from the Help Center",
      text: (m) => (m.earliest === m.latest
        ? `It says the Help Center has your application and gives you a case number. Expect it by ${longDate(m.latest)}.`
        : `It says the Help Center has your application and gives you a case number. It usually comes by ${longDate(m.earliest)}, and should come by ${longDate(m.latest)}.`),
    },
    decision: {
      title: "The decision",
      text: (m) => `The review's decision usually comes ${S.between(m.earliest, m.latest)}. If it is for you, your plan must approve the treatment within 5 working days.`,
    },
    status_from: {
      title: "You can ask how your case is going",
      text: (m) => `From ${longDate(m.latest)}, the Help Center can tell you where your case stands. Before that it gives no news.`,
    },
  },
  estimate: "Estimate",
  overdue: (phone) => `This date has passed. If it has not happened, call the Help Center: ${phone}.`,
  howCounted: "These dates are counted from the day you sent your packet. They are a guide, not a promise: DMHC may need longer, for example to get your medical records. Dates marked \"Estimate\" also count on the post or on when DMHC starts the review.",
  nothingHeading: "If nothing comes",
  nothing: (phone, tdd) => `Call the DMHC Help Center: ${phone} (TDD ${tdd}). The call is free. Have the patient's name and the date you sent the packet ready.`,
  calendarButton: "Save these dates to a calendar file",
  calendarHint: "A calendar file (.ics) opens in most calendar programs and adds a reminder on the last day of each window. It is saved only where you choose.",
  calendarSaved: (n, path) => `${n} reminders saved in ${path}. Open that file with your calendar program to add them.`,
  calendarDialog: "Save the reminders",
  calendarName: "IMR-reminders.ics",
  calendarFilter: "Calendar file",
  seeOutcomes: "What happened in similar cases",
  backToTasks: "Back to your application",
};

// ---------------------------------------------------------------- what happened in similar cases

export async function outcomesPage(m) {
  const start = await invoke("outcomes_start", { id: app.caseId });
  const [first, last] = start.coverage;
  setTitle(S.outcomesTitle);
  m.append(el("h1", { text: S.outcomesTitle }), el("p", { text: S.outcomesIntro(first, last) }));
  const sg = start.suggestion;
  let guess;
  if (sg.diagnosis && sg.treatment) guess = S.guessed(start.condition, start.treatment);
  else if (sg.diagnosis) guess = S.guessedOne(start.condition);
  else if (sg.treatment) guess = S.guessedOne(start.treatment);
  else guess = S.notGuessed;
  m.append(el("p", { id: "outcomes-guess", text: guess }));

  const form = el("form", { novalidate: "", id: "outcomes-form" });
  const select = (id, label, any, categories, chosen) => {
    const s = el("select", { id, name: id });
    s.append(el("option", { value: "", text: any }));
    for (const c of categories) {
      const o = el("option", { value: c.name, text: `${c.name} (${S.decisions(c.count)})` });
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
      const summary = await invoke("outcomes_query", { diagnosis, treatment });
      drawResult(result, summary);
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
    el("p", { id: "outcomes-source", text: S.source(start.source_name, start.source_portal, first, last) }),
  );
  await show();
  focusMain();
}

function drawResult(box, s) {
  box.replaceChildren(el("h2", { id: "outcomes-result-title", text: S.resultHeading }));
  if (s.total === 0) {
    box.append(el("p", { id: "outcomes-summary", text: S.none }));
    return;
  }
  const pct = s.overturned_percent;
  box.append(el("div", { id: "outcomes-summary" }, [
    el("p", { class: "big-number", text: S.summary(s.total.toLocaleString("en-US"), s.years[0], s.years[1]) }),
    el("p", { text: S.forPatient(s.overturned.toLocaleString("en-US"), pct) }),
    el("p", { text: S.forPlan(s.upheld.toLocaleString("en-US"), 100 - pct) }),
  ]));
  const rows = [{ kind: S.allTypes, total: s.total, overturned: s.overturned, upheld: s.upheld, pct }]
    .concat(s.by_type.map((t) => ({ kind: S.types[t.kind] || t.kind, total: t.total, overturned: t.overturned, upheld: t.upheld, pct: t.overturned_percent })));
  // The chart repeats the table's numbers as bars (hidden from screen readers, which get
  // the table); each bar is labelled in words, and the two parts differ in pattern too.
  const chart = el("figure", { class: "bars", "aria-hidden": "true" }, [el("figcaption", { text: S.chartCaption })]);
  for (const r of rows) {
    const over = el("span", { class: "bar-over" });
    over.style.width = `${r.pct}%`;
    chart.append(el("div", { class: "bar-row" }, [
      el("span", { class: "bar-label", text: r.kind }),
      el("span", { class: "bar" }, [over]),
      el("span", { class: "bar-value", text: S.barText(r.pct) }),
    ]));
  }
  const table = el("table", { class: "numbers", id: "outcomes-table" }, [
    el("caption", { text: S.tableCaption }),
    el("thead", {}, [el("tr", {}, [S.colType, S.colTotal, S.colForPatient, S.colForPlan].map((h) => el("th", { scope: "col", text: h })))]),
  ]);
  const body = el("tbody");
  for (const r of rows) {
    body.append(el("tr", {}, [
      el("th", { scope: "row", text: r.kind }),
      el("td", { text: r.total.toLocaleString("en-US") }),
      el("td", { text: `${r.overturned.toLocaleString("en-US")} (${r.pct}%)` }),
      el("td", { text: `${r.upheld.toLocaleString("en-US")} (${100 - r.pct}%)` }),
    ]));
  }
  table.append(body);
  box.append(chart, table);
}

// ---------------------------------------------------------------- after you send your packet

function sentFields(view, typed, errors) {
  const sent = view.sent;
  const value = (id, fromRecord) => (typed ? typed[id] : fromRecord) || "";
  return [
    { id: "sent.on", kind: { type: "date" }, label: S.sentOnLabel, hint: S.sentOnHint, value: value("sent.on", sent && sent.sent_on) },
    { id: "sent.method", kind: { type: "choice", options: [{ value: "mail", label: S.methodMail }, { value: "fax", label: S.methodFax }] }, label: S.methodLabel, value: value("sent.method", sent && sent.method) },
    { id: "sent.fax_confirmation", kind: { type: "text" }, label: S.faxConfirmationLabel, hint: S.faxConfirmationHint, optional: true, value: value("sent.fax_confirmation", sent && sent.fax_confirmation) },
    { id: "sent.fax_pages", kind: { type: "text" }, label: S.faxPagesLabel, optional: true, value: value("sent.fax_pages", sent && sent.fax_pages && String(sent.fax_pages)) },
  ].map((f) => ({ ...f, error: errors[f.id] || null }));
}

export async function followUpPage(m, opts = {}) {
  const view = opts.view || await invoke("follow_up", { id: app.caseId });
  if (!view.sent || opts.edit) return sentForm(m, view, opts.typed || null, opts.errors || {});
  return expectations(m, view);
}

function sentForm(m, view, typed, errors) {
  const hasErrors = Object.keys(errors).length > 0;
  setTitle(S.sentHeading, hasErrors);
  const fields = sentFields(view, typed, errors);
  const form = el("form", { novalidate: "", id: "sent-form" });
  if (hasErrors) {
    const first = (f) => (f.kind.type === "date" ? "-day" : f.kind.type === "choice" ? `-${f.kind.options[0].value}` : "");
    form.append(errorSummary(fields.filter((f) => f.error).map((f) => ({ text: f.error, href: `#${fieldId(f.id)}${first(f)}` }))));
  }
  form.append(el("span", { class: "hint", text: S.followTitle }), el("h1", { text: S.sentHeading }));
  const [date, method, confirmation, pages] = fields.map((f) => renderField(f, false));
  const faxBox = el("div", { id: "fax-details" }, [confirmation, pages]);
  form.append(date, method, faxBox);
  const update = () => { faxBox.hidden = form.querySelector("input[name='sent.method']:checked")?.value !== "fax"; };
  form.addEventListener("change", update);
  update();
  const cont = el("button", { id: "continue", type: "submit", text: S.save });
  form.append(cont);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    cont.disabled = true;
    try {
      const a = collectAnswers(form, fields);
      const answers = { sent_on: a["sent.on"], method: a["sent.method"], fax_confirmation: a["sent.fax_confirmation"], fax_pages: a["sent.fax_pages"] };
      const saved = await invoke("record_sent", { id: app.caseId, answers });
      m.replaceChildren();
      if (!saved.ok) await followUpPage(m, { view: saved.view, edit: true, typed: a, errors: saved.errors });
      else await followUpPage(m, { view: saved.view });
    } catch (e) {
      showFailure(e);
    } finally {
      cont.disabled = false;
    }
  });
  m.append(form);
  if (hasErrors) form.querySelector(".error-summary").focus();
  else focusMain();
}

function expectations(m, view) {
  setTitle(S.followTitle);
  const sent = view.sent;
  const phone = `${view.phone} (TDD ${view.tdd})`;
  m.append(el("h1", { text: S.followTitle }));
  const record = el("div", { class: "panel panel--ok", id: "sent-record" }, [
    el("p", { text: sent.method === "fax" ? S.sentByFax(longDate(sent.sent_on)) : S.sentByMail(longDate(sent.sent_on)) }),
  ]);
  if (sent.fax_confirmation) record.append(el("p", { text: S.faxConfirmation(sent.fax_confirmation) }));
  if (sent.fax_pages) record.append(el("p", { text: S.faxPages(sent.fax_pages) }));
  const change = el("a", { href: "#", id: "change-sent", text: S.change });
  change.addEventListener("click", (ev) => { ev.preventDefault(); m.replaceChildren(); followUpPage(m, { view, edit: true }); });
  record.append(el("p", {}, [change]));
  m.append(record, el("h2", { text: S.expectHeading }));
  if (view.urgent) m.append(el("p", { text: S.urgent }));
  if (view.review === "complaint") m.append(el("p", { text: S.complaint }));
  const list = el("ol", { class: "milestones", id: "milestones" });
  for (const ms of view.milestones) {
    const words = S.milestones[ms.code];
    const text = ms.code === "arrives" ? words[sent.method](ms) : words.text(ms);
    const item = el("li", { id: `milestone-${ms.code}` }, [
      el("h3", {}, [words.title, ms.inferred ? el("span", { class: "tag", text: ` ${S.estimate}` }) : null]),
      el("p", { text }),
    ]);
    if (ms.state === "overdue" && ms.code !== "arrives" && ms.code !== "status_from") {
      item.append(el("p", { class: "panel panel--warning", text: S.overdue(phone) }));
    }
    list.append(item);
  }
  m.append(list, el("p", { class: "hint", text: S.howCounted }));
  m.append(el("h2", { text: S.nothingHeading }), el("p", { id: "if-nothing", text: S.nothing(view.phone, view.tdd) }));

  const status = el("p", { id: "calendar-status", role: "status", "aria-live": "polite" });
  const save = el("button", { id: "save-calendar", type: "button", text: S.calendarButton });
  save.addEventListener("click", async () => {
    try {
      const path = await invoke("plugin:dialog|save", {
        options: { title: S.calendarDialog, defaultPath: S.calendarName, filters: [{ name: S.calendarFilter, extensions: ["ics"] }] },
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

/** Writes the calendar file: used by the save dialog and by tests. */
async function saveCalendarTo(path) {
  const n = await invoke("save_calendar", { id: app.caseId, path });
  const status = document.getElementById("calendar-status");
  if (status) status.textContent = S.calendarSaved(n, path);
  return n;
}

window.imrSaveCalendarTo = saveCalendarTo;
