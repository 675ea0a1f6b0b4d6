// Small DOM helpers. Text always goes in as text, never as HTML.

import { t } from "./i18n.js";

export function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") node.textContent = v;
    else if (k === "class") node.className = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of [].concat(children)) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Says `text` to screen readers without moving the focus (a status message, WCAG
 *  4.1.3): the region lives outside <main>, so it survives page changes. */
export function announce(text) {
  let region = document.getElementById("announce");
  if (!region) {
    region = el("div", { id: "announce", role: "status", "aria-live": "polite", "aria-atomic": "true", class: "visually-hidden" });
    document.body.append(region);
  }
  // Cleared first so that the same message twice is still read.
  region.textContent = "";
  setTimeout(() => { region.textContent = text; }, 50);
}

// The region exists from the start: some screen readers ignore regions added with text.
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => announce(""));
} else {
  announce("");
}

/** The page's main area (<main>), where each screen is drawn. */
export function mainArea() {
  return document.getElementById("main");
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** After a page change, focus the main area (so screen readers start there) and show
 *  the top of the page. */
export function focusMain() {
  mainArea().focus({ preventScroll: true });
  scrollPageTo(0);
}

/** What scrolls the page: the band under the header on a large window, the whole
 *  window on a small one (style.css). */
function scrolling() {
  const scroller = document.getElementById("scroller");
  return scroller && getComputedStyle(scroller).overflowY === "auto" ? scroller : null;
}

/** How far the page is scrolled. */
export function pageScroll() {
  const scroller = scrolling();
  return scroller ? scroller.scrollTop : window.scrollY;
}

/** Scrolls the page to `y`. */
export function scrollPageTo(y) {
  const scroller = scrolling();
  if (scroller) scroller.scrollTop = y;
  else window.scrollTo(0, y);
}

/** "patient.first_name" → "f-patient-first_name" */
export function fieldId(id) {
  return `f-${id.replaceAll(".", "-")}`;
}

/** The GOV.UK error summary: takes focus, links to each field. */
export function errorSummary(items) {
  const box = el("div", { class: "error-summary", role: "alert", tabindex: "-1", "aria-labelledby": "error-summary-title" });
  box.append(el("h2", { id: "error-summary-title", text: t("error-summary-title") }));
  const list = el("ul");
  for (const item of items) {
    if (item.href) {
      const a = el("a", { href: item.href, text: item.text });
      a.addEventListener("click", (ev) => {
        ev.preventDefault();
        const target = document.querySelector(item.href);
        if (target) target.focus();
      });
      list.append(el("li", {}, [a]));
    } else {
      list.append(el("li", { text: item.text }));
    }
  }
  box.append(list);
  return box;
}
