// The offline help, "Questions and answers about IMR". It opens over the page the person
// is on: the page is only hidden, never redrawn, so typed answers that were not saved yet
// are still there when they come back, and focus returns to where it was.
// The topics come from Rust (`help_topics`), in the language in use.

import { el, clear, pageScroll, scrollPageTo, mainArea } from "./dom.js";
import { t } from "./i18n.js";

const command = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);

const state = { open: false, returnFocus: null, scrollY: 0, title: "", linkFor: null };

const page = () => document.querySelector("div.page");
const panel = () => document.getElementById("help");

/** Wires the Help link in the header (called once at start). */
export function initHelp() {
  const link = document.getElementById("help-link");
  link.addEventListener("click", (ev) => {
    ev.preventDefault();
    openHelp();
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && state.open) {
      ev.preventDefault();
      closeHelp();
    }
  });
}

/** Called for every new page: closes the help if it is open (the quick exit, a change
 *  of language) and shows the link to the topic that answers the question on `route`. */
export async function showTopicLink(route, known) {
  if (state.open) closeHelp({ restoreFocus: false });
  const box = document.getElementById("help-topic");
  if (!box) return;
  clear(box);
  // Which topic answers the page's question is decided in Rust (imr_app::help).
  const asked = (state.linkFor = route);
  const topic = known !== undefined ? known : await command("help_topic_for", { page: route || "" }).catch(() => null);
  // A newer page may have been drawn meanwhile: its own call fills the box.
  if (!topic || state.linkFor !== asked) return;
  const a = el("a", {
    href: `#help-${topic}`,
    class: "help-topic-link",
    "data-topic": topic,
    text: t("help-more", { title: t(`help-${topic}-title`) }),
  });
  a.addEventListener("click", (ev) => {
    ev.preventDefault();
    openHelp(topic);
  });
  box.append(a);
}

/** Opens the help, at `topic` if given. The page underneath stays as it is. */
export async function openHelp(topic) {
  if (!state.open) {
    state.returnFocus = document.activeElement;
    state.scrollY = pageScroll();
    state.title = document.title;
    page().hidden = true;
    panel().hidden = false;
    skipTo("#help-title");
    state.open = true;
  }
  const topics = await command("help_topics");
  drawHelp(topics);
  document.title = t("page-title", { title: t("help-heading") });
  // From the header the help opens at its very top, its Close button in view; from a
  // page's own help link, at that page's topic.
  const target = topic ? document.getElementById(`help-${topic}`) : document.getElementById("help-title");
  if (target) target.focus({ preventScroll: true });
  if (topic && target) target.scrollIntoView({ block: "start" });
  else scrollPageTo(0);
}

/** Closes the help and puts the person back where they were. */
export function closeHelp({ restoreFocus = true } = {}) {
  if (!state.open) return;
  state.open = false;
  panel().hidden = true;
  clear(panel());
  page().hidden = false;
  skipTo("#main");
  if (!restoreFocus) return;
  document.title = state.title;
  scrollPageTo(state.scrollY);
  const back = state.returnFocus;
  if (back && back !== document.body && document.contains(back)) {
    back.focus({ preventScroll: true });
  } else {
    mainArea().focus({ preventScroll: true });
  }
}

/** Points the "Skip to main content" link at what is shown: the page or the help. */
function skipTo(target) {
  const skip = document.querySelector(".skip-link");
  if (skip) skip.setAttribute("href", target);
}

/** Whether the help is showing. */
export function helpIsOpen() {
  return state.open;
}

function closeButton(id) {
  const b = el("button", { type: "button", class: "secondary help-close", id, text: t("help-close") });
  b.addEventListener("click", () => closeHelp());
  return b;
}

function drawHelp(topics) {
  const p = panel();
  clear(p);
  p.append(
    closeButton("help-close-top"),
    el("h1", { id: "help-title", tabindex: "-1", text: t("help-heading") }),
    el("p", { text: t("help-intro") }),
  );
  const nav = el("nav", { "aria-labelledby": "help-topics-title", class: "help-contents" });
  nav.append(el("h2", { id: "help-topics-title", text: t("help-topics") }));
  const list = el("ul");
  for (const topic of topics) {
    const a = el("a", { href: `#help-${topic.id}`, text: topic.title });
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      const h = document.getElementById(`help-${topic.id}`);
      h.focus();
      h.scrollIntoView({ block: "start" });
    });
    list.append(el("li", {}, [a]));
  }
  nav.append(list);
  p.append(nav);
  for (const topic of topics) {
    const section = el("section", { class: "help-section", "aria-labelledby": `help-${topic.id}` });
    section.append(el("h2", { id: `help-${topic.id}`, tabindex: "-1", text: topic.title }));
    for (const block of topic.blocks) {
      if (block.kind === "list") {
        section.append(el("ul", {}, block.items.map((item) => el("li", { text: item }))));
      } else {
        section.append(el("p", { text: block.text }));
      }
    }
    p.append(section);
  }
  p.append(closeButton("help-close-bottom"));
}
