// The window's words. Every message comes from the Fluent files of crates/imr-i18n
// (locales/en/*.ftl, locales/es/*.ftl), loaded once at start with the `messages` command.
// t("id", { name: value }) gives one message with its placeholders filled in and, for a
// message that chooses by a value ({ $count -> [one] … *[other] … }, plurals), the
// variant for that value (ui/fluent.js; pass counts as numbers).
// A message missing in Spanish comes in English (Rust fills those gaps); an id missing
// everywhere shows nothing and is logged: the completeness test in crates/imr-i18n checks
// that every t("...") in ui/*.js exists, so this never reaches a person.

import { format } from "./fluent.js";

let messages = {};
// DMHC's numbers and address by placeholder name ({ $phone }, { $fax }, …), from the one
// contacts table in Rust: messages name them, never write them.
let contacts = {};
export let lang = "en";
let localeTag = "en-US";
/** The languages to choose from, [{code, name}], from Rust. */
export let languages = [];
const listeners = [];

function applyLanguage(reply) {
  messages = reply.messages || {};
  contacts = reply.contacts || {};
  lang = reply.lang || "en";
  localeTag = reply.locale || "en-US";
  languages = reply.languages || [];
  document.documentElement.lang = lang;
  translateStatic(document);
}

/** Takes the messages of the language in use (from the start command), once, before the
 *  first page. */
export function applyMessages(reply) {
  applyLanguage(reply);
}

/** Changes the language, remembers it (settings file), and tells the listeners. */
export async function setLanguage(code) {
  applyLanguage(await window.__TAURI__.core.invoke("set_language", { lang: code }));
  for (const fn of listeners) await fn(lang);
}

/** Runs `fn(lang)` after each change of language (to draw the page again). */
export function onLanguageChange(fn) {
  listeners.push(fn);
}

const PLACEHOLDER = /\{\s*\$([A-Za-z][\w-]*)\s*\}/g;
const SELECTOR = /\{\s*\$[A-Za-z][\w-]*\s*->/;

/** One message, its `{ $name }` placeholders filled from `args` and its selectors
 *  chosen by them. */
export function t(id, given = {}) {
  const args = { ...contacts, ...given };
  const text = messages[id];
  if (text === undefined) {
    console.error(`i18n: no message '${id}'`);
    return "";
  }
  if (SELECTOR.test(text)) {
    try {
      return format(text, args, locale());
    } catch (e) {
      console.error(`i18n: cannot read '${id}': ${e.message}`);
    }
  }
  return text.replace(PLACEHOLDER, (whole, name) =>
    Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : whole);
}

/** Whether there is a message `id` (for ids built from data, like a status code). */
export function has(id) {
  return Object.prototype.hasOwnProperty.call(messages, id);
}

/** The BCP 47 locale for dates and numbers shown in the window. */
export function locale() {
  return localeTag;
}

/** Fills the static parts of index.html: data-i18n="id" sets the text,
 *  data-i18n-aria-label="id" the aria-label. */
export function translateStatic(root) {
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll("[data-i18n-aria-label]")) {
    node.setAttribute("aria-label", t(node.dataset.i18nAriaLabel));
  }
}

/** One message as a list of text and elements: each `{ $name }` whose value in `nodes`
 *  is an element is replaced by that element (for a date in bold inside a sentence). */
export function tNodes(id, nodes) {
  const text = t(id, {});
  const out = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    out.push(text.slice(last, m.index));
    const node = nodes[m[1]];
    out.push(node === undefined ? m[0] : node);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((part) => part !== "");
}

/** An error from a command in the person's language: its text in that language when
 *  Rust sent one (AppError::text, AppError::localized), its English message otherwise. */
export function errorText(e) {
  if (e && e.texts && e.texts[lang]) return e.texts[lang];
  if (e && e.id && has(e.id) && !e.texts) return t(e.id, e.args || {});
  return (e && e.message) || String(e);
}

/** The same error with `message` in the person's language, for code that shows
 *  `e.message`. */
export function localError(e) {
  if (e && typeof e === "object" && e.texts) e.message = errorText(e);
  return e;
}
