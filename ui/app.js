// IMR Packet: the window. Every screen is drawn from what the Rust side sends (the one
// form definition); every check is done in Rust. This file only renders and routes.

import { el, clear, focusMain, errorSummary, fieldId, mainArea } from "./dom.js";
import { t, tNodes, errorText, localError, applyMessages, setLanguage, onLanguageChange, lang, languages, locale } from "./i18n.js";
import { installQuickExit, beforeQuickExit, quickExitExplanation } from "./quickexit.js";
import * as vault from "./vault.js";
import { initHelp, showTopicLink } from "./help.js";

// The pages past the start page come with their modules, fetched when first shown: the
// first screen waits only for what it draws (bench/launch-bench.sh).
const later = {
  fields: () => import("./fields.js"),
  documents: () => import("./documents.js"),
  pages: () => import("./pages.js"),
  packet: () => import("./packet.js"),
  outcomes: () => import("./outcomes.js"),
  reading: () => import("./reading.js"),
  handoff: () => import("./handoff.js"),
};

// bench/launch-bench.sh: when each step of the start was reached.
const marks = window.imrMarks || {};
marks.modules = performance.now();

const tauri = window.__TAURI__;
export const invoke = (cmd, args) => tauri.core.invoke(cmd, args).catch((e) => { throw localError(e); });

export const app = {
  caseId: null,
  history: [],
  /** Set by a page with questions: reads what is typed there now. */
  pageDraft: null,
  /** Per case, the page to come back to after a lock or a quick exit (a route only). */
  resume: {},
  returnTo: null,
  today: null,
  /** What the start command gave at launch: the start page's cases and notices. */
  launch: null,
  /** The kinds of document and file types the documents page offers (from Rust). */
  documentChoices: null,
  // The signing chosen on the signing page in this session (null: the packet page's
  // default, from Rust).
  signing: null,
  packetSigning: null,
};

export function setTitle(text, error = false) {
  document.title = t(error ? "page-title-error" : "page-title", { title: text });
}

/** Shows a page and remembers how to come back to it. */
export async function go(route, opts = {}) {
  if (!opts.back && app.current) app.history.push(app.current);
  app.current = route;
  try {
    await render(route);
  } catch (e) {
    showFailure(e);
  }
}

function backLink() {
  const nav = document.getElementById("back");
  clear(nav);
  if (app.history.length === 0) return;
  const a = el("a", { href: "#", class: "back-link", text: t("back-link") });
  a.addEventListener("click", (ev) => {
    ev.preventDefault();
    const previous = app.history.pop();
    if (previous) go(previous, { back: true });
  });
  nav.append(a);
}

/** An error from a command: its plain message, and the page stays as it was. */
export function showFailure(e) {
  if (vault.onFailure(e)) return;
  const message = errorText(e);
  const m = mainArea();
  const old = m.querySelector(".error-summary");
  if (old) old.remove();
  const box = errorSummary([{ text: message }]);
  m.prepend(box);
  box.focus();
}

/** Saves what is typed on the page now, without moving on (before a lock or a quick
 *  exit), and remembers the page to come back to. Reads the page at once; returns a
 *  promise of the save, or null when the page has nothing to save. */
export function savePageNow() {
  const draft = app.pageDraft ? app.pageDraft() : null;
  if (!draft) return null;
  app.resume[draft.id] = { route: draft.route, flow: draft.flow };
  return invoke("save_screen", { id: draft.id, screen: draft.screen, answers: draft.answers, eligibility: draft.eligibility });
}

/** After an unlock or when a case is opened again: the page it was left on, if any. */
export async function resumeCase(id) {
  const back = app.resume[id];
  delete app.resume[id];
  app.history = [];
  app.current = null;
  if (!back) return go("tasks");
  app.current = "tasks";
  app.flow = back.flow;
  return go(back.route);
}

async function render(route) {
  app.pageDraft = null;
  backLink();
  const [name, arg] = route.split(":");
  // The start page's topic comes with its data (one command); until then, no link.
  showTopicLink(route, name === "start" ? null : undefined);
  const m = mainArea();
  clear(m);
  // The start page has no case tools: it is drawn without waiting, so that at launch
  // the whole page is built before the web view's first frame.
  const tools = vault.caseTools(name);
  if (name !== "start") await tools;
  switch (name) {
    case "start": return startPage(m);
    case "screen": return screenPage(m, arg);
    case "result": return resultPage(m);
    case "tasks": return taskListPage(m);
    case "documents": return (await later.documents()).documentsPage(m);
    case "pages": return (await later.pages()).pagesPage(m, arg);
    case "editor": return (await later.pages()).editorPage(m, arg);
    case "photos": return (await later.pages()).photosPage(m, arg);
    case "check": return checkPage(m);
    case "answered": return answeredPage(m, arg);
    case "sign": return (await later.packet()).signPage(m);
    case "packet": return (await later.packet()).packetPage(m);
    case "outcomes": return (await later.outcomes()).outcomesPage(m);
    case "followup": return (await later.outcomes()).followUpPage(m);
    case "handoff-export":
    case "handoff-import": return (await later.handoff()).route(name, m);
    default: return vault.route(name, m, arg) || startPage(m);
  }
}

// ---------------------------------------------------------------- start page

/** The start page's link to a case given by another computer (handoff.js, fetched when
 *  the link is followed). */
function importLink() {
  const a = el("a", { href: "#", id: "handoff-import", text: t("handoff-import-link") });
  a.addEventListener("click", async (ev) => {
    ev.preventDefault();
    try {
      await (await later.handoff()).chooseImport();
    } catch (e) { showFailure(e); }
  });
  return el("p", {}, [a, el("span", { class: "hint", text: " " + t("handoff-import-hint") })]);
}

/** The task list's link to the handoff's export screen. */
function exportLink() {
  const a = el("a", { href: "#", id: "handoff-export", text: t("handoff-export-link") });
  a.addEventListener("click", (ev) => { ev.preventDefault(); go("handoff-export"); });
  return el("p", {}, [a]);
}

async function startPage(m) {
  app.caseId = null;
  app.newKind = null;
  app.history = [];
  backLink();
  setTitle(t("start-title"));
  // At launch the start command brought the cases and notices; later they are asked for.
  const launch = app.launch;
  app.launch = null;
  const { cases, notices, security, overview, help_topic } = launch || await invoke("start_page");
  showTopicLink("start", help_topic);
  m.append(languageChoice(), el("h1", { text: t("start-heading") }));
  if (notices.length > 0) {
    m.append(el("div", { class: "notice", id: "startup-notices", role: "status" }, notices.map((n) => el("p", { text: n.message }))));
  }
  m.append(
    el("p", { text: t("start-intro") }),
    el("p", { text: t("start-app-helps") }),
    el("h2", { text: t("start-need-heading") }),
    el("ul", {}, [
      el("li", { text: t("start-need-letters") }),
      el("li", { text: t("start-need-card") }),
      el("li", { text: t("start-need-doctor") }),
    ]),
    el("p", { text: t("start-time") }),
  );
  const start = el("button", { id: "start-new", type: "button", text: t("start-new") });
  start.addEventListener("click", async () => {
    try {
      const made = await vault.newCase();
      if (!made) return;
      app.caseId = made.id;
      app.history = [];
      app.current = null;
      await follow(made.after);
    } catch (e) { showFailure(e); }
  });
  m.append(start, importLink());
  if (cases.length > 0 && app.hideCases) {
    // After a quick exit the names stay hidden until asked for.
    const show = el("button", { id: "show-cases", class: "secondary", type: "button", text: t("quick-exit-show-cases") });
    show.addEventListener("click", () => { app.hideCases = false; go("start"); });
    m.append(show);
  } else if (cases.length > 0) {
    m.append(el("h2", { text: t("start-saved-heading") }));
    const list = el("ul", { class: "cases" });
    for (const c of cases) {
      const open = el("button", { class: "link", type: "button", text: c.name });
      open.addEventListener("click", () => openCase(c.id));
      const changed = c.line;
      const remove = el("button", { class: "secondary", type: "button", id: `delete-${c.id}`, text: t("start-delete"), "aria-label": t("start-delete-label", { name: c.name }) });
      remove.addEventListener("click", () => confirmDelete(c));
      const about = el("div", {}, [open, el("p", { class: "hint", text: changed })]);
      if (c.protect_now) about.append(vault.protectNowFlag(c));
      list.append(el("li", {}, [about, remove]));
    }
    m.append(list);
  }
  m.append(
    vault.startSection(security, overview),
    el("h2", { text: t("free-help-heading") }),
    el("p", { text: t("free-help-dmhc") }),
    el("p", { text: t("free-help-hca") }),
    quickExitExplanation(),
  );
  focusMain();
}

/** The languages, each named in its own language (from Rust); the choice is remembered. */
function languageChoice() {
  const nav = el("nav", { class: "language-choice", "aria-label": t("language-choice-label") });
  const list = el("ul", {});
  for (const { code, name } of languages) {
    const b = el("button", { type: "button", class: "link", id: `lang-${code}`, lang: code, "aria-pressed": code === lang ? "true" : "false", text: name });
    b.addEventListener("click", async () => {
      if (code === lang) return;
      try { await setLanguage(code); } catch (e) { showFailure(e); }
    });
    list.append(el("li", {}, [b]));
  }
  nav.append(list);
  return nav;
}

async function openCase(id) {
  if (await vault.mustUnlock(id)) return;
  app.caseId = id;
  await resumeCase(id);
}

function confirmDelete(c) {
  const m = mainArea();
  clear(m);
  setTitle(t("delete-title"));
  // A protected application is named by when it was started, and needs its passphrase.
  m.append(
    el("h1", { text: c.protected ? t("delete-heading-protected") : t("delete-heading", { name: c.name }) }),
    c.protected ? el("p", { text: t("delete-protected-which", { name: c.name }) }) : null,
    el("p", { text: t("delete-explain") }),
  );
  let pass = null;
  if (c.protected) {
    pass = el("input", { id: "f-delete-passphrase", type: "password", autocomplete: "off", spellcheck: "false" });
    m.append(el("div", { class: "field" }, [el("label", { for: "f-delete-passphrase", text: t("delete-passphrase-label") }), pass]));
  }
  const yes = el("button", { class: "warning", type: "button", id: "confirm-delete", text: t("delete-yes") });
  yes.addEventListener("click", async () => {
    yes.disabled = true;
    try {
      await invoke("delete_case", { id: c.id, passphrase: pass ? pass.value : null });
      await go("start");
    } catch (e) {
      if (pass) { pass.value = ""; pass.closest(".field").classList.add("field--error"); }
      showFailure(e);
    } finally { yes.disabled = false; }
  });
  const no = el("button", { class: "secondary", type: "button", text: t("delete-no") });
  no.addEventListener("click", () => go("start"));
  m.append(yes, no);
  focusMain();
}

// ---------------------------------------------------------------- question pages

async function screenPage(m, screenId, saved = null) {
  const [{ renderField, collectAnswers }, { fieldSuggestions }, view] = await Promise.all([
    later.fields(),
    later.reading(),
    saved ? saved.view : invoke("get_screen", { id: app.caseId, screen: screenId }),
  ]);
  const errors = view.fields.filter((f) => f.error);
  setTitle(view.heading, errors.length > 0);
  const form = el("form", { novalidate: "" });
  if (errors.length > 0) {
    form.append(errorSummary(errors.map((f) => ({ text: f.error, href: `#${fieldId(f.id)}${firstPart(f)}` }))));
  }
  const single = view.fields.length === 1;
  if (!single) {
    form.append(el("span", { class: "hint", text: view.task_title }), el("h1", { text: view.heading }));
  }
  for (const f of view.fields) {
    const question = renderField(f, single);
    // What the person's letters say, under the question (nothing is filled in without a click).
    const read = fieldSuggestions(f, form);
    if (read) question.append(read);
    form.append(question);
  }
  const cont = el("button", { id: "continue", type: "submit", text: t("continue") });
  form.append(cont);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    cont.disabled = true;
    try {
      const answers = collectAnswers(form, view.fields);
      const result = await invoke("save_screen", { id: app.caseId, screen: screenId, answers, eligibility: app.flow === "eligibility", returnTo: app.returnTo });
      if (!result.ok) {
        clear(m);
        await screenPage(m, screenId, result);
        return;
      }
      // Where to go next is decided in Rust.
      app.returnTo = result.after.return_to;
      app.flow = result.after.flow;
      go(result.after.route);
    } catch (e) {
      showFailure(e);
    } finally {
      cont.disabled = false;
    }
  });
  m.append(form);
  const route = app.current;
  app.pageDraft = () => ({ id: app.caseId, screen: screenId, answers: collectAnswers(form, view.fields), eligibility: app.flow === "eligibility", route, flow: app.flow });
  if (errors.length > 0) {
    form.querySelector(".error-summary").focus();
  } else {
    focusMain();
  }
}

function firstPart(f) {
  if (f.kind.type === "date") return "-day";
  if (f.kind.type === "yes_no") return "-yes";
  if (f.kind.type === "choice") return `-${f.kind.options[0].value}`;
  return "";
}

// ---------------------------------------------------------------- result page


async function resultPage(m) {
  const r = await invoke("eligibility", { id: app.caseId });
  const heading = r.track_heading;
  setTitle(heading);
  m.append(el("h1", { text: heading }), el("p", { text: r.track_explanation }));
  // Where each warning goes is decided in Rust (its concern).
  const urgent = r.warnings.filter((w) => w.concern === "urgent");
  if (urgent.length > 0) {
    m.append(el("div", { class: "panel panel--warning", id: "urgent-call-now" }, urgent.map((w) => el("p", { text: w.message }))));
  }
  const regulator = r.warnings.filter((w) => w.concern === "regulator");
  if (regulator.length > 0) {
    const panel = el("div", { class: "panel panel--warning", id: "regulator-warning" }, [el("h2", { text: t("result-regulator-heading") })]);
    for (const w of regulator) panel.append(el("p", { text: w.message }));
    panel.append(el("p", { text: t("result-regulator-go-on") }));
    m.append(panel);
  }
  // Every date of the rules report, each with the sentence that explains it.
  const dates = el("div", { class: "panel panel--ok", id: "dates" });
  if (!r.can_apply_from) dates.append(el("p", { text: r.grievance_reason }));
  for (const d of r.dates) {
    const big = el("span", { class: "big-date", text: d.written });
    dates.append(el("p", { class: d.missed ? "date date--passed" : "date", "data-date": d.code }, [big, el("br"), document.createTextNode(d.explanation)]));
  }
  m.append(dates);
  // Past the 6 months: Rust's warning names the deadline, what it was counted from and
  // whether a reason is already on the form.
  const late = r.warnings.filter((w) => w.concern === "late");
  if (late.length > 0) {
    m.append(el("div", { class: "panel panel--warning", id: "late" }, [
      el("h2", { text: t("result-late-heading") }),
      ...late.map((w) => el("p", { text: w.message })),
    ]));
  }
  const others = r.warnings.filter((w) => w.concern === "other").concat(r.reminders);
  if (others.length > 0) {
    m.append(el("h2", { text: t("result-good-to-know") }), el("ul", {}, others.map((w) => el("li", { text: w.message }))));
  }
  const cont = el("button", { id: "continue", type: "button", text: t("continue") });
  cont.addEventListener("click", () => go("tasks"));
  m.append(cont);
  focusMain();
}

// ---------------------------------------------------------------- task list

/** Goes where Rust says a link or a save leads: the page, the page to come back to,
 *  and the flow from then on. */
export function follow(after) {
  app.returnTo = after.return_to;
  app.flow = after.flow;
  return go(after.route);
}

async function taskListPage(m) {
  const o = await invoke("case_overview", { id: app.caseId });
  setTitle(t("tasks-title"));
  m.append(el("h1", { text: o.named ? t("tasks-heading-named", { name: o.name }) : t("tasks-title") }));
  m.append(el("p", { text: o.progress }));
  const dates = datesPanel(o.report);
  const list = el("ul", { class: "task-list" });
  for (const task of o.tasks) {
    const tag = el("strong", { class: `tag tag--${task.status}`, id: `status-${task.task}`, text: task.status_label });
    let name;
    if (!task.open) {
      name = el("span", { text: task.title });
    } else {
      name = el("a", { href: "#", id: `task-${task.task}`, text: task.title, "aria-describedby": `status-${task.task}` });
      name.addEventListener("click", (ev) => { ev.preventDefault(); openTask(task); });
    }
    list.append(el("li", {}, [name, tag]));
  }
  m.append(list);
  if (dates) m.append(dates);
  const change = el("a", { href: "#", id: "eligibility-again", text: t("tasks-eligibility-again") });
  change.addEventListener("click", (ev) => { ev.preventDefault(); follow(o.eligibility_again); });
  m.append(el("p", {}, [change]));
  m.append(el("h2", { text: t("followup-tasks-heading") }), el("ul", {}, [
    el("li", {}, [routeLink("open-followup", t("followup-link"), "followup")]),
    el("li", {}, [routeLink("open-outcomes", t("outcomes-link"), "outcomes")]),
  ]), exportLink());
  focusMain();
}

function routeLink(id, text, route) {
  const a = el("a", { href: "#", id, text });
  a.addEventListener("click", (ev) => { ev.preventDefault(); go(route); });
  return a;
}

function openTask(task) {
  app.flow = "task";
  return go(task.open);
}

/** "You told us": a task's answers from the first questions, each with Change, then
 *  Continue to the task's own questions (or back to the task list when none are left). */
async function answeredPage(m, taskId) {
  const o = await invoke("case_overview", { id: app.caseId });
  const task = o.tasks.find((x) => x.task === taskId);
  if (!task) return go("tasks");
  setTitle(task.title);
  m.append(
    el("span", { class: "hint", text: task.title }),
    el("h1", { text: t("answered-heading") }),
    el("p", { text: t("answered-intro") }),
  );
  const dl = el("dl", { class: "summary", id: "answered-before" });
  for (const row of task.answered_before) {
    const change = el("a", { href: "#", class: "change", "data-screen": row.screen, text: t("check-change") }, [el("span", { class: "visually-hidden", text: ` ${row.label}` })]);
    change.addEventListener("click", (ev) => { ev.preventDefault(); follow(row.change); });
    dl.append(el("div", { "data-field": row.field }, [el("dt", { text: row.label }), el("dd", { text: row.value }), el("dd", { class: "change" }, [change])]));
  }
  m.append(dl);
  const next = el("button", { id: "continue", type: "button", text: t("continue") });
  next.addEventListener("click", () => { app.flow = "task"; go(task.then); });
  m.append(next);
  focusMain();
}

// ---------------------------------------------------------------- check your answers

/** "Your dates": every date of the rules report with the sentence that explains it,
 *  kept in view on the task list, check answers, packet and ready pages. */
export function datesPanel(r) {
  if (!r || r.dates.length === 0) return null;
  const panel = el("section", { class: "panel dates-panel", id: "your-dates", "aria-labelledby": "your-dates-heading" }, [
    el("h2", { id: "your-dates-heading", text: t("dates-panel-heading") }),
  ]);
  for (const d of r.dates) {
    panel.append(el("p", { class: d.missed ? "date date--passed" : "date", "data-date": d.code }, [
      el("strong", { text: d.written }), el("br"), d.explanation,
    ]));
  }
  return panel;
}

/** What keeps the packet from being made, each by name with a link to its question;
 *  null when nothing does. */
export function blockingPanel(blocking) {
  if (!blocking || blocking.length === 0) return null;
  const list = el("ul", {});
  for (const b of blocking) {
    const a = el("a", { href: "#", class: "blocking-link", "data-field": b.field, text: b.text });
    a.addEventListener("click", (ev) => { ev.preventDefault(); follow(b.open); });
    list.append(el("li", {}, [a]));
  }
  return el("div", { class: "panel panel--warning", id: "blocking", role: "region", "aria-labelledby": "blocking-heading" }, [
    el("h2", { id: "blocking-heading", text: t("blocking-heading") }),
    el("p", { text: t("blocking-intro", { count: blocking.length }) }),
    list,
  ]);
}

async function checkPage(m) {
  const [sections, overview] = await Promise.all([
    invoke("check_answers", { id: app.caseId }),
    invoke("case_overview", { id: app.caseId, shownOn: "check" }),
  ]);
  setTitle(t("check-title"));
  m.append(el("h1", { text: t("check-heading") }));
  const blocked = blockingPanel(overview.blocking);
  if (blocked) m.append(blocked);
  const dates = datesPanel(overview.report);
  if (dates) m.append(dates);
  for (const s of sections) {
    m.append(el("h2", { text: s.title }));
    const dl = el("dl", { class: "summary" });
    for (const row of s.rows) {
      const change = el("a", { href: "#", class: "change", text: t("check-change") }, [el("span", { class: "visually-hidden", text: ` ${row.label}` })]);
      change.addEventListener("click", (ev) => { ev.preventDefault(); follow(row.change); });
      dl.append(el("div", {}, [el("dt", { text: row.label }), el("dd", { text: row.value }), el("dd", { class: "change" }, [change])]));
    }
    m.append(dl);
  }
  const docs = el("a", { href: "#", text: t("check-documents") });
  docs.addEventListener("click", (ev) => { ev.preventDefault(); go("documents"); });
  m.append(el("p", {}, [docs]));
  const next = el("button", { id: "continue", type: "button", text: t("check-continue") });
  next.addEventListener("click", () => go("sign"));
  m.append(next);
  focusMain();
}

// ---------------------------------------------------------------- start

async function boot() {
  beforeQuickExit(savePageNow);
  installQuickExit(() => {
    Object.assign(app, { caseId: null, history: [], current: null, returnTo: null, flow: null, hideCases: true });
    app.signing = null;
    go("start");
  });
  try {
    // All the first page needs came with the page's first script (made by the app,
    // src-tauri/src/launch.rs), before this file's modules; if it did not, one command.
    const early = window.imrStart;
    delete window.imrStart;
    if (early && early.error) throw localError(early.error);
    const start = early && early.view ? early.view : await invoke("start");
    marks.start = performance.now();
    applyMessages(start.messages);
    initHelp();
    onLanguageChange(async () => {
      app.documentChoices = null;
      const route = app.current || "start";
      app.current = null;
      await go(route, { back: true });
    });
    vault.init();
    app.today = start.today;
    app.launch = start;
    if (start.test_hooks) {
      // A test build only: stand-ins for the system's file dialogs, which WebDriver
      // cannot drive.
      Object.assign(window, {
        imrAddFiles: async (...a) => (await later.documents()).addFilesAndShow(...a),
        imrExportTo: async (...a) => (await later.handoff()).exportTo(...a),
        imrImportFrom: async (...a) => (await later.handoff()).importFrom(...a),
        imrSaveCalendarTo: async (...a) => (await later.outcomes()).saveCalendarTo(...a),
        imrSavePacketTo: async (...a) => (await later.packet()).savePacketTo(...a),
        imrDoctorRequestTo: async (...a) => (await later.reading()).saveDoctorRequestTo(...a),
      });
    }
    await go("start");
    // bench/launch-bench.sh: the first screen is built, and once the frame after it has
    // been painted, reported (a no-op unless BENCH_EXIT_WHEN_READY=1).
    marks.drawn = performance.now();
    requestAnimationFrame(() => setTimeout(() => {
      marks.painted = performance.now();
      for (const r of performance.getEntriesByType("resource")) {
        const n = r.name.split("/").pop().replace(".", "_");
        marks["s_" + n] = r.startTime; marks["e_" + n] = r.responseEnd;
      }
      tauri.core.invoke("bench_ready", { origin: performance.timeOrigin, marks }).catch(() => {});
    }, 0));
  } catch (e) {
    showFailure(e);
  }
}

boot();
