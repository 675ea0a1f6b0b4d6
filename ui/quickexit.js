// Quick exit: the "Quick exit" button in the header, or Escape pressed twice within a
// second, hides the case at once and shows the start page without the list of saved
// applications. The page is emptied first, synchronously, before anything else runs;
// then what was typed on the page is saved and the Rust side is told to forget the open
// case and lock it.

import { el } from "./dom.js";
import { t } from "./i18n.js";

const DOUBLE_PRESS_MS = 1000;

let lastEscape = 0;
let onExit = null;
let saveTyped = null;

/** `save` is called first, before the page is emptied: it reads what is typed on the
 *  page and returns a promise that saves it (or null), so quick exit loses no typing. */
export function beforeQuickExit(save) {
  saveTyped = save;
}

/** Empties the page now, then calls `exit` to show the start page. */
export function quickExit() {
  // 0. What is typed on the page is read now and saved on the way out.
  let saving = null;
  try { saving = saveTyped ? saveTyped() : null; } catch { saving = null; }
  // 1. Nothing of the case stays in the document: the main area and the back link are
  // replaced by empty elements, so a page still being drawn writes into a detached node.
  for (const id of ["main", "back"]) {
    const old = document.getElementById(id);
    if (old) {
      const fresh = old.cloneNode(false);
      old.replaceWith(fresh);
    }
  }
  for (const d of document.querySelectorAll("dialog")) d.remove();
  document.title = t("app-name") || "IMR Packet";
  lastEscape = 0;
  // 2. The start page, and the Rust side forgets the case.
  if (onExit) onExit();
  const tauri = window.__TAURI__;
  if (tauri) {
    Promise.resolve(saving).catch(() => {}).finally(() => tauri.core.invoke("quick_exit").catch(() => {}));
  }
}

/** Adds the button to the header and listens for Escape twice. `exit` resets the
 *  app's state and draws the start page. */
export function installQuickExit(exit) {
  onExit = exit;
  const header = document.querySelector(".app-header");
  if (header && !document.getElementById("quick-exit")) {
    // Its words are filled in (and changed with the language) by i18n.js.
    const button = el("button", { id: "quick-exit", class: "quick-exit", type: "button", "data-i18n": "quick-exit-button", "data-i18n-aria-label": "quick-exit-button-label" });
    button.addEventListener("click", quickExit);
    header.append(button);
  }
  document.addEventListener("keydown", (ev) => {
    if (ev.key !== "Escape" || ev.repeat) return;
    const now = Date.now();
    if (now - lastEscape <= DOUBLE_PRESS_MS) {
      ev.preventDefault();
      ev.stopPropagation();
      quickExit();
    } else {
      lastEscape = now;
    }
  }, true);
}

/** The explanation on the start page. */
export function quickExitExplanation() {
  return el("section", { id: "quick-exit-help", "aria-labelledby": "quick-exit-title" }, [
    el("h2", { id: "quick-exit-title", text: t("quick-exit-heading") }),
    el("p", { text: t("quick-exit-explain") }),
    el("p", { text: t("quick-exit-limits") }),
  ]);
}
