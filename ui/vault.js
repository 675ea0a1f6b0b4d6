// Passphrases, locking and wiping: the passphrase screens, the unlock screen, the Lock
// button, auto-lock, the settings for this computer, and "Remove all applications".
// Every check that matters is made in Rust; this file only draws and routes.

import { el, clear, focusMain, errorSummary, mainArea } from "./dom.js";
import { t, errorText } from "./i18n.js";
import { app, go, invoke, setTitle, savePageNow, resumeCase, follow } from "./app.js";

let lastActivity = Date.now();
let lastReported = 0;
/** Whether the case now open is protected (so the Lock button shows). */
let openIsProtected = false;

/** Starts reporting activity and listening for the Rust side's auto-lock (Rust keeps
 *  the time and decides when to lock). Called once. */
export function init() {
  for (const type of ["keydown", "pointerdown", "input", "wheel"]) {
    window.addEventListener(type, noteActivity, { capture: true, passive: true });
  }
  // The app's own clock is about to lock: save the page first, then lock. (Listening is
  // not awaited: no case is open before the start page is drawn.)
  window.__TAURI__.event.listen("vault-lock-soon", () => {
    if (app.caseId && openIsProtected) lockNow();
    else invoke("lock_all_cases").catch(() => {});
  });
  window.__TAURI__.event.listen("vault-locked", () => {
    if (app.caseId && openIsProtected) lockNow({ alreadyLocked: true });
  });
}

function loadSettings() {
  return invoke("security_settings");
}

function noteActivity() {
  lastActivity = Date.now();
  // Tell the Rust side at most every 20 s: typing a long answer is activity too.
  if (openIsProtected && lastActivity - lastReported > 20000) {
    lastReported = lastActivity;
    invoke("vault_activity").catch(() => {});
  }
}

/** Called by app.js on every page: shows the Lock button while a protected case is open. */
export async function caseTools(routeName) {
  const header = document.querySelector(".app-header");
  let button = document.getElementById("lock-case");
  openIsProtected = false;
  if (app.caseId && routeName !== "start" && routeName !== "unlock") {
    try {
      const s = await invoke("vault_status", { id: app.caseId });
      openIsProtected = s.protected && !s.locked;
    } catch { openIsProtected = false; }
  }
  if (!openIsProtected) {
    if (button) button.remove();
    return;
  }
  if (!button) {
    button = el("button", { id: "lock-case", type: "button", class: "secondary lock-button", text: t("vault-lock-button") });
    button.addEventListener("click", () => lockNow());
    header.append(button);
  }
}

/** Clears the case from the screen and memory, and asks for the passphrase again. */
export async function lockNow(opts = {}) {
  const id = app.caseId;
  if (!opts.alreadyLocked) {
    // What is typed on the page is saved (sealed) first: locking loses nothing.
    try { await savePageNow(); } catch { /* locked already: the screen is cleared anyway */ }
    try { await invoke("lock_all_cases"); } catch { /* the screen is cleared anyway */ }
  } else if (app.pageDraft) {
    // Locked before the page could be saved: at least come back to the same page.
    try { const d = app.pageDraft(); app.resume[d.id] = { route: d.route, flow: d.flow }; } catch { /* no page */ }
  }
  app.history = [];
  app.current = null;
  app.returnTo = null;
  openIsProtected = false;
  const button = document.getElementById("lock-case");
  if (button) button.remove();
  clear(mainArea());
  await go(id ? `unlock:${id}` : "start");
}

/** A command said the case is locked: ask for the passphrase. Returns true if handled. */
export function onFailure(e) {
  if (e && e.code === "locked" && app.caseId) {
    lockNow({ alreadyLocked: true });
    return true;
  }
  if (e && e.code === "must_protect" && app.caseId) {
    app.protectThen = "open";
    go(`vault-protect:${app.caseId}`);
    return true;
  }
  return false;
}

/** Start-page button: a plain case, or (in clinic mode) the passphrase screen first.
 *  Returns the new case's id, or null when it went to the passphrase screen. */
export async function newCase() {
  try {
    return await invoke("create_case");
  } catch (e) {
    // In clinic mode Rust refuses a case without a passphrase: ask for one.
    if (e && e.code === "passphrase_required") {
      await go("vault-new");
      return null;
    }
    throw e;
  }
}

/** Before opening a case from the list: a locked one goes to the unlock screen. */
export async function mustUnlock(id) {
  const s = await invoke("vault_status", { id });
  if (s.protected && s.locked) {
    app.caseId = id;
    app.history = [];
    app.current = null;
    await go(`unlock:${id}`);
    return true;
  }
  return false;
}

/** The start page's part: start with a passphrase, settings, remove everything — from the
 *  start page's data: the security settings and, in clinic mode, the coordinator's
 *  overview of what is on this computer. */
export function startSection(s, lines) {
  const box = el("div", { class: "vault-start" });
  if (!s.clinic_mode) {
    const protect = el("button", { id: "start-protected", type: "button", class: "secondary", text: t("vault-start-protected") });
    protect.addEventListener("click", () => go("vault-new"));
    box.append(el("p", { class: "hint", text: t("vault-start-protected-hint") }), protect);
  } else {
    box.append(el("p", { class: "hint", id: "clinic-mode-on", text: t("vault-clinic-mode-on") }));
    // The coordinator's view: what is on this computer, and what the app cannot remove.
    box.append(
      el("h2", { text: t("vault-overview-heading") }),
      el("div", { id: "computer-overview" }, lines.map((line) => el("p", { text: line }))),
      el("div", { class: "panel panel--warning", id: "end-of-day" }, [el("p", { text: t("vault-end-of-day") })]),
    );
  }
  box.append(el("h2", { text: t("vault-this-computer") }));
  const settings = el("a", { href: "#", id: "vault-settings", text: t("vault-settings-link") });
  settings.addEventListener("click", (ev) => { ev.preventDefault(); go("vault-settings"); });
  const wipe = el("a", { href: "#", id: "remove-all", text: t("vault-remove-all-link") });
  wipe.addEventListener("click", (ev) => { ev.preventDefault(); go("remove-all"); });
  box.append(el("ul", {}, [el("li", {}, [settings]), el("li", {}, [wipe])]));
  return box;
}

/** Draws one of this file's pages; returns null for a route it does not know. */
export function route(name, m, arg) {
  switch (name) {
    case "vault-new": return newPassphrasePage(m);
    case "unlock": return unlockPage(m, arg);
    case "vault-protect": return protectPage(m, arg);
    case "vault-settings": return settingsPage(m);
    case "remove-all": return removeAllPage(m);
    case "removed": return removedPage(m);
    default: return null;
  }
}

// ---------------------------------------------------------------- helpers

function textInput(id, label, hint, attrs = {}) {
  const wrap = el("div", { class: "field" });
  wrap.append(el("label", { for: id, text: label }));
  if (hint) wrap.append(el("p", { class: "hint", id: `${id}-hint`, text: hint }));
  wrap.append(el("input", { id, name: id, "aria-describedby": hint ? `${id}-hint` : null, ...attrs }));
  return wrap;
}

/** Puts an error summary at the top of `root` (focused) and marks the boxes it links
 *  to; no items clears it. Returns the items. */
export function showErrors(root, items) {
  const old = root.querySelector(".error-summary");
  if (old) old.remove();
  for (const field of root.querySelectorAll(".field--error")) field.classList.remove("field--error");
  if (items.length === 0) return items;
  for (const item of items) {
    const input = item.href && root.querySelector(item.href);
    if (input) input.closest(".field").classList.add("field--error");
  }
  const box = errorSummary(items);
  root.prepend(box);
  box.focus();
  const h1 = document.querySelector("h1");
  setTitle(h1 ? h1.textContent : "", true);
  return items;
}

/** Shows Rust's strength hint for the passphrase in `input` under it, as it is typed.
 *  Only a hint: Rust enforces the minimum. */
export function watchStrength(input, hint) {
  let asked = 0;
  input.addEventListener("input", async () => {
    const mine = ++asked;
    const text = await invoke("passphrase_hint", { passphrase: input.value }).catch(() => "");
    if (mine === asked) hint.textContent = text;
  });
}

/** Shows Rust's error about a screen's passphrase boxes: `inputs` maps the `field` Rust
 *  names to the box's id, and the summary links to it. The box named and every "type it
 *  again" box are emptied. */
export function passphraseErrors(form, e, inputs) {
  const href = inputs[e && e.field] || inputs.passphrase;
  for (const [field, id] of Object.entries(inputs)) {
    const input = form.querySelector(id);
    if (input && (id === href || field.endsWith("confirm"))) input.value = "";
  }
  return showErrors(form, [{ text: errorText(e), href }]);
}

const NEW_PASSPHRASE = { passphrase: "#f-passphrase", passphrase_confirm: "#f-passphrase-confirm" };

// ---------------------------------------------------------------- pages

async function newPassphrasePage(m) {
  setTitle(t("vault-new-title"));
  const form = el("form", { novalidate: "" });
  form.append(
    el("h1", { text: t("vault-new-title") }),
    el("p", { text: t("vault-new-why") }),
    textInput("f-passphrase", t("vault-passphrase-label"), t("vault-new-hint"), { type: "password", autocomplete: "new-password", spellcheck: "false" }),
    el("p", { id: "passphrase-strength", class: "hint", "aria-live": "polite" }),
    textInput("f-passphrase-confirm", t("vault-confirm-label"), null, { type: "password", autocomplete: "new-password", spellcheck: "false" }),
    el("div", { class: "panel panel--warning" }, [el("p", { text: t("vault-new-warning") })]),
  );
  const pass = form.querySelector("#f-passphrase");
  const confirm = form.querySelector("#f-passphrase-confirm");
  const strength = form.querySelector("#passphrase-strength");
  watchStrength(pass, strength);
  const cont = el("button", { id: "continue", type: "submit", text: t("vault-new-continue") });
  form.append(cont);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    cont.disabled = true;
    try {
      const made = await invoke("create_protected_case", { passphrase: pass.value, confirm: confirm.value });
      pass.value = "";
      confirm.value = "";
      app.caseId = made.id;
      app.history = [];
      app.current = null;
      await follow(made.after);
    } catch (e) {
      passphraseErrors(form, e, NEW_PASSPHRASE);
    } finally {
      cont.disabled = false;
    }
  });
  m.append(form);
  focusMain();
}

async function unlockPage(m, id) {
  app.caseId = id;
  app.history = [];
  setTitle(t("vault-unlock-title"));
  const form = el("form", { novalidate: "" });
  form.append(
    el("h1", { text: t("vault-unlock-title") }),
    el("p", { text: t("vault-unlock-intro") }),
    textInput("f-passphrase", t("vault-passphrase-label"), t("vault-unlock-hint"), { type: "password", autocomplete: "current-password", spellcheck: "false" }),
  );
  const pass = form.querySelector("#f-passphrase");
  const cont = el("button", { id: "continue", type: "submit", text: t("vault-unlock-button") });
  const start = el("a", { href: "#", id: "vault-back-to-start", text: t("vault-back-to-start") });
  start.addEventListener("click", (ev) => { ev.preventDefault(); app.caseId = null; go("start"); });
  form.append(cont, el("p", {}, [start]));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    cont.disabled = true;
    try {
      await invoke("unlock_case", { id, passphrase: pass.value });
      pass.value = "";
      lastActivity = Date.now();
      await resumeCase(id);
    } catch (e) {
      passphraseErrors(form, e, { passphrase: "#f-passphrase" });
    } finally {
      cont.disabled = false;
    }
  });
  m.append(form);
  pass.focus();
}

async function settingsPage(m) {
  const s = await loadSettings();
  setTitle(t("vault-settings-title"));
  const form = el("form", { novalidate: "" });
  const checkbox = (id, label, hint, checked) => {
    const box = el("input", { type: "checkbox", id, name: id, "aria-describedby": `${id}-hint` });
    box.checked = checked;
    return el("div", { class: "field checkbox" }, [box, el("label", { for: id, text: label }), el("p", { class: "hint", id: `${id}-hint`, text: hint })]);
  };
  const password = { type: "password", autocomplete: "off", spellcheck: "false" };
  form.append(el("h1", { text: t("vault-settings-title") }));
  if (s.coordinator_set) {
    form.append(
      el("div", { class: "panel", id: "coordinator-set" }, [el("p", { text: t("vault-coordinator-set") })]),
      textInput("f-coordinator", t("vault-coordinator-label"), t("vault-coordinator-hint"), password),
    );
  }
  form.append(
    checkbox("f-clinic-mode", t("vault-clinic-mode-label"), t("vault-clinic-mode-hint"), s.clinic_mode),
    checkbox("f-refuse-unprotected", t("vault-refuse-label"), t("vault-refuse-hint"), s.refuse_unprotected),
    textInput("f-auto-lock", t("vault-auto-lock-label"), t("vault-auto-lock-hint"), { type: "text", inputmode: "numeric", class: "input--short", value: String(s.auto_lock_minutes) }),
    textInput("f-remove-after", t("vault-remove-after-label"), t("vault-remove-after-hint"), { type: "text", inputmode: "numeric", class: "input--short", value: s.remove_after_days ? String(s.remove_after_days) : "" }),
    el("h2", { text: t("vault-coordinator-heading") }),
    textInput("f-coordinator-new", t("vault-coordinator-new-label"), t("vault-coordinator-new-hint"), password),
    textInput("f-coordinator-confirm", t("vault-coordinator-confirm-label"), null, password),
  );
  if (s.coordinator_set) form.append(checkbox("f-coordinator-remove", t("vault-coordinator-remove-label"), t("vault-coordinator-hint"), false));
  const save = el("button", { id: "continue", type: "submit", text: t("vault-settings-save") });
  form.append(save);
  const value = (id) => form.querySelector(id).value;
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const change = {
      clinic_mode: form.querySelector("#f-clinic-mode").checked,
      refuse_unprotected: form.querySelector("#f-refuse-unprotected").checked,
      auto_lock_minutes: value("#f-auto-lock"),
      remove_after_days: value("#f-remove-after"),
      new_coordinator: value("#f-coordinator-new"),
      new_coordinator_confirm: value("#f-coordinator-confirm"),
      remove_coordinator: Boolean(form.querySelector("#f-coordinator-remove") && form.querySelector("#f-coordinator-remove").checked),
    };
    const coordinator = s.coordinator_set ? value("#f-coordinator") : null;
    save.disabled = true;
    try {
      await invoke("save_security_settings", { change, coordinator });
      await loadSettings();
      await go("start");
    } catch (e) {
      for (const id of ["#f-coordinator", "#f-coordinator-new", "#f-coordinator-confirm"]) {
        const input = form.querySelector(id);
        if (input) input.value = "";
      }
      // Rust names the setting the error is about.
      const href = SETTING_INPUTS[e && e.field];
      showErrors(form, [href ? { text: errorText(e), href } : { text: errorText(e) }]);
    } finally {
      save.disabled = false;
    }
  });
  m.append(form);
  focusMain();
}

/** The input of each setting, by the name Rust gives it in an error. */
const SETTING_INPUTS = {
  coordinator: "#f-coordinator",
  new_coordinator: "#f-coordinator-new",
  new_coordinator_confirm: "#f-coordinator-confirm",
  auto_lock_minutes: "#f-auto-lock",
  remove_after_days: "#f-remove-after",
};

/** Under an application without a passphrase, on a computer in clinic mode. */
export function protectNowFlag(c) {
  const go_ = el("button", { type: "button", class: "secondary", id: `protect-${c.id}`, text: t("vault-protect-now"), "aria-label": t("vault-protect-now-label", { name: c.name }) });
  go_.addEventListener("click", () => { app.protectThen = "start"; go(`vault-protect:${c.id}`); });
  return el("div", { class: "protect-now" }, [el("p", { class: "hint warning-text", text: t("vault-unprotected-flag") }), go_]);
}

/** Gives an application without a passphrase one. */
async function protectPage(m, id) {
  setTitle(t("vault-protect-title"));
  const form = el("form", { novalidate: "", id: "protect-form" });
  const password = { type: "password", autocomplete: "new-password", spellcheck: "false" };
  form.append(
    el("h1", { text: t("vault-protect-title") }),
    el("p", { text: t("vault-protect-intro") }),
    textInput("f-passphrase", t("vault-passphrase-label"), t("vault-new-hint"), password),
    el("p", { id: "passphrase-strength", class: "hint", "aria-live": "polite" }),
    textInput("f-passphrase-confirm", t("vault-confirm-label"), null, password),
    el("div", { class: "panel panel--warning" }, [el("p", { text: t("vault-new-warning") })]),
  );
  const pass = form.querySelector("#f-passphrase");
  const confirm = form.querySelector("#f-passphrase-confirm");
  watchStrength(pass, form.querySelector("#passphrase-strength"));
  const cont = el("button", { id: "continue", type: "submit", text: t("vault-protect-button") });
  const start = el("a", { href: "#", id: "vault-back-to-start", text: t("vault-back-to-start") });
  start.addEventListener("click", (ev) => { ev.preventDefault(); app.caseId = null; go("start"); });
  form.append(cont, el("p", {}, [start]));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    cont.disabled = true;
    try {
      await invoke("protect_case", { id, passphrase: pass.value, confirm: confirm.value });
      if (app.protectThen === "open") {
        await invoke("unlock_case", { id, passphrase: pass.value });
        pass.value = "";
        confirm.value = "";
        app.caseId = id;
        await resumeCase(id);
      } else {
        pass.value = "";
        confirm.value = "";
        app.caseId = null;
        await go("start");
      }
    } catch (e) {
      passphraseErrors(form, e, NEW_PASSPHRASE);
    } finally {
      cont.disabled = false;
    }
  });
  m.append(form);
  focusMain();
}

async function removeAllPage(m) {
  setTitle(t("vault-remove-all-title"));
  m.append(
    el("h1", { text: t("vault-remove-all-title") }),
    el("p", { text: t("vault-remove-all-what") }),
    el("p", { text: t("vault-remove-all-yours") }),
    el("p", { text: t("vault-remove-all-disk") }),
  );
  const yes = el("button", { class: "warning", type: "button", id: "confirm-remove-all", text: t("vault-remove-all-yes") });
  yes.addEventListener("click", async () => {
    yes.disabled = true;
    try {
      await invoke("remove_everything");
      app.caseId = null;
      openIsProtected = false;
      await go("removed");
    } catch (e) {
      yes.disabled = false;
      const old = m.querySelector(".error-summary");
      if (old) old.remove();
      const box = errorSummary([{ text: e.message || String(e) }]);
      m.prepend(box);
      box.focus();
    }
  });
  const no = el("button", { class: "secondary", type: "button", id: "cancel-remove-all", text: t("vault-remove-all-no") });
  no.addEventListener("click", () => go("start"));
  m.append(yes, no);
  focusMain();
}

async function removedPage(m) {
  app.history = [];
  setTitle(t("vault-removed-title"));
  const back = el("button", { id: "continue", type: "button", text: t("vault-back-to-start") });
  back.addEventListener("click", () => go("start"));
  m.append(el("h1", { text: t("vault-removed-title") }), el("p", { text: t("vault-removed-body") }), back);
  focusMain();
}
