// Clinic handoff: give a case to another computer as one file locked with a passphrase,
// and open such a file here. Every check that matters is made in Rust
// (crates/imr-app/src/handoff.rs); this file only draws and routes.

import { el, focusMain, mainArea } from "./dom.js";
import { t } from "./i18n.js";
import { app, go, invoke, setTitle } from "./app.js";
import { passphraseErrors, showErrors } from "./vault.js";

/** The file chosen to open, waiting for its passphrase. */
let importPath = null;

/** What the start page's "open a case from another computer" link does (app.js draws
 *  the link; this module is fetched when it is followed): choose a file, then its
 *  passphrase. */
export async function chooseImport() {
  try {
    const picked = await invoke("plugin:dialog|open", {
      options: { multiple: false, directory: false, title: t("handoff-import-dialog"), filters: [{ name: t("handoff-file-kind"), extensions: ["imrcase"] }] },
    });
    if (picked) await importFrom(typeof picked === "string" ? picked : picked.path);
  } catch (e) { showErrors(mainArea(), [{ text: e.message || String(e) }]); }
}

/** Draws one of this file's pages; returns null for a route it does not know. */
export function route(name, m) {
  switch (name) {
    case "handoff-export": return exportPage(m);
    case "handoff-import": return importPage(m);
    default: return null;
  }
}

function textInput(id, label, hint) {
  const wrap = el("div", { class: "field" });
  wrap.append(el("label", { for: id, text: label }));
  if (hint) wrap.append(el("p", { class: "hint", id: `${id}-hint`, text: hint }));
  wrap.append(el("input", { id, name: id, type: "password", autocomplete: "off", spellcheck: "false", "aria-describedby": hint ? `${id}-hint` : null }));
  return wrap;
}


// ---------------------------------------------------------------- export

/** The export screen's boxes, by the field Rust names in an error. */
const EXPORT_INPUTS = { passphrase: "#f-handoff-passphrase", passphrase_confirm: "#f-handoff-confirm" };
/** The import screen's boxes. */
const IMPORT_INPUTS = {
  passphrase: "#f-handoff-passphrase",
  new_passphrase: "#f-handoff-new",
  new_passphrase_confirm: "#f-handoff-new-confirm",
};

async function exportPage(m) {
  setTitle(t("handoff-export-title"));
  const form = el("form", { novalidate: "", id: "handoff-export-form" });
  form.append(
    el("h1", { text: t("handoff-export-title") }),
    el("p", { text: t("handoff-export-intro") }),
    textInput("f-handoff-passphrase", t("handoff-passphrase-label"), t("handoff-export-hint")),
    textInput("f-handoff-confirm", t("handoff-confirm-label"), null),
    el("div", { class: "panel panel--warning" }, [el("p", { text: t("handoff-export-warning") })]),
    el("button", { id: "continue", type: "submit", text: t("handoff-export-button") }),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const pass = form.querySelector("#f-handoff-passphrase");
    const confirm = form.querySelector("#f-handoff-confirm");
    // Rust checks the passphrase before the save dialog opens.
    try {
      await invoke("check_new_passphrase", { passphrase: pass.value, confirm: confirm.value });
    } catch (e) {
      return passphraseErrors(form, e, EXPORT_INPUTS);
    }
    try {
      const path = await invoke("plugin:dialog|save", {
        options: { title: t("handoff-export-dialog"), defaultPath: "application.imrcase", filters: [{ name: t("handoff-file-kind"), extensions: ["imrcase"] }] },
      });
      if (path) await exportTo(typeof path === "string" ? path : path.path);
    } catch (e) { showErrors(form, [{ text: e.message || String(e) }]); }
  });
  m.append(form);
  focusMain();
}

/** Writes the export with the passphrase typed on the screen: used by the save dialog
 *  and by tests. Returns the error messages shown (none when it worked). */
export async function exportTo(path) {
  const form = document.getElementById("handoff-export-form");
  if (!form) throw new Error("not on the export screen");
  const pass = form.querySelector("#f-handoff-passphrase");
  const confirm = form.querySelector("#f-handoff-confirm");
  const button = form.querySelector("#continue");
  button.disabled = true;
  try {
    await invoke("export_case", { id: app.caseId, passphrase: pass.value, confirm: confirm.value, path });
  } catch (e) {
    return passphraseErrors(form, e, EXPORT_INPUTS).map((item) => item.text);
  } finally {
    button.disabled = false;
  }
  pass.value = "";
  confirm.value = "";
  showExported(form, path);
  return [];
}

function showExported(form, path) {
  const m = form.parentElement;
  form.remove();
  setTitle(t("handoff-exported-title"));
  const back = el("a", { href: "#", id: "handoff-back-to-tasks", text: t("handoff-back-to-tasks") });
  back.addEventListener("click", (ev) => { ev.preventDefault(); app.history = []; app.current = null; go("tasks"); });
  m.append(
    el("div", { class: "panel panel--ok", id: "handoff-exported", role: "status" }, [
      el("h1", { text: t("handoff-exported-title") }),
      el("p", { text: t("handoff-exported-where", { path }) }),
    ]),
    el("p", { text: t("handoff-exported-next") }),
    el("p", {}, [back]),
  );
  focusMain();
}


// ---------------------------------------------------------------- import

/** Goes to the passphrase screen for the file at `path`: used by the open dialog and
 *  by tests. */
export async function importFrom(path) {
  importPath = path;
  await go("handoff-import");
}


async function importPage(m) {
  if (!importPath) return go("start");
  setTitle(t("handoff-import-title"));
  const form = el("form", { novalidate: "", id: "handoff-import-form" });
  form.append(
    el("h1", { text: t("handoff-import-title") }),
    el("p", { text: t("handoff-import-file", { path: importPath }) }),
    textInput("f-handoff-passphrase", t("handoff-passphrase-label"), t("handoff-import-passphrase-hint")),
  );
  // Shown when the application must be protected here: its own new passphrase, asked
  // before anything is written (Rust says when, and why).
  const fresh = el("div", { id: "handoff-new-passphrase", hidden: true }, [
    el("h2", { text: t("handoff-import-new-title") }),
    el("p", { id: "handoff-new-why" }),
    textInput("f-handoff-new", t("handoff-import-new-label"), t("handoff-import-new-hint")),
    textInput("f-handoff-new-confirm", t("handoff-import-new-confirm-label"), null),
  ]);
  form.append(fresh);
  const cont = el("button", { id: "continue", type: "submit", text: t("handoff-import-button") });
  form.append(cont);
  const clearAll = () => { for (const input of form.querySelectorAll("input")) input.value = ""; };
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const pass = form.querySelector("#f-handoff-passphrase");
    const local = form.querySelector("#f-handoff-new");
    const again = form.querySelector("#f-handoff-new-confirm");
    cont.disabled = true;
    try {
      const id = await invoke("import_case", {
        path: importPath,
        passphrase: pass.value,
        local: fresh.hidden ? null : { passphrase: local.value, confirm: again.value },
      });
      clearAll();
      importPath = null;
      app.caseId = id;
      app.history = [];
      app.current = null;
      await go("tasks");
    } catch (e) {
      if (e && e.code === "passphrase_required" && fresh.hidden) {
        // The file opened: now the new passphrase for this computer.
        fresh.hidden = false;
        form.querySelector("#handoff-new-why").textContent = e.message || String(e);
        showErrors(form, []);
        local.focus();
      } else {
        passphraseErrors(form, e, IMPORT_INPUTS);
      }
    } finally {
      cont.disabled = false;
    }
  });
  m.append(form);
  focusMain();
}
