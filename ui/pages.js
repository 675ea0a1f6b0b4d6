// A document's pages (route "pages:<document>"), one page's crop and blackout tools
// (route "editor:<document>.<page>"), and the photos just added, checked one after
// another in the corner tool (route "photos:<document>,<document>…"). Rust draws the
// thumbnails and the picture, words every sentence, says which photo to check next,
// checks the corners and the boxes, and keeps the edits; this file only draws them and
// carries the person's clicks, drags and keys.

import { el, clear, focusMain, errorSummary, announce } from "./dom.js";
import { app, invoke, go, setTitle } from "./app.js";
import { t, errorText } from "./i18n.js";

/** How far one arrow key moves a corner (a fraction of the picture), and with Shift. */
const STEP = 0.01;
const BIG_STEP = 0.05;
/** What the next drawing of the pages page focuses (an element id), and says. */
let after = null;

const CORNERS = ["editor-corner-top-left", "editor-corner-top-right", "editor-corner-bottom-right", "editor-corner-bottom-left"];

const percent = (v) => Math.round(v * 100);
const clamp = (v) => Math.min(1, Math.max(0, v));

function status(m, text) {
  m.append(el("p", { role: "status", class: "hint", id: "pages-loading", text }));
}

/** Shows an error above the page without drawing it again (what was dragged stays). */
function showError(m, e) {
  m.querySelector(".error-summary")?.remove();
  const box = errorSummary([{ text: errorText(e) }]);
  m.prepend(box);
  box.focus();
}

// ------------------------------------------------------------------ the pages

export async function pagesPage(m, arg) {
  const index = Number(arg);
  status(m, t("pages-loading"));
  const view = await invoke("document_pages", { id: app.caseId, index });
  if (app.current !== `pages:${arg}`) return;
  drawPages(m, view);
}

async function redrawPages(m, index) {
  const view = await invoke("document_pages", { id: app.caseId, index });
  if (app.current !== `pages:${index}`) return;
  drawPages(m, view);
}

function drawPages(m, view) {
  clear(m);
  setTitle(t("pages-title", { title: view.title }));
  m.append(
    el("h1", { text: t("pages-heading", { title: view.title }) }),
    el("p", { text: t("pages-intro") }),
    el("p", { id: "pages-summary", tabindex: "-1", class: "hint", text: view.summary }),
  );
  const list = el("ol", { class: "page-cards", id: "page-cards" });
  for (const p of view.pages) list.append(pageCard(m, view, p));
  m.append(list);
  if (view.removed.length > 0) {
    const removed = el("ul", { class: "page-cards page-cards--removed", id: "pages-removed" });
    for (const r of view.removed) {
      const put = el("button", { type: "button", class: "secondary", id: `put-back-${r.page}`, text: t("pages-put-back"), "aria-label": t("pages-action-label", { action: t("pages-put-back"), label: r.label }) });
      put.addEventListener("click", () => act(m, view.index, () => invoke("restore_page", { id: app.caseId, index: view.index, page: r.page }), "pages-summary"));
      removed.append(el("li", { class: "page-card page-card--removed" }, [
        r.thumbnail ? el("img", { src: r.thumbnail, alt: r.label }) : null,
        el("p", { text: r.label }),
        put,
      ]));
    }
    m.append(el("h2", { text: t("pages-removed-heading") }), removed);
  }
  const back = el("button", { type: "button", id: "pages-back", text: t("pages-back") });
  back.addEventListener("click", () => go("documents"));
  m.append(back);
  if (after && document.getElementById(after.focus)) document.getElementById(after.focus).focus();
  else if (after) document.getElementById("pages-summary").focus();
  else focusMain();
  if (after && after.say) announce(after.say);
  after = null;
}

/** Runs a page tool, then draws the pages again with `focus` focused. */
async function act(m, index, fn, focus) {
  try {
    await fn();
    after = { focus, say: t("editor-saved") };
    await redrawPages(m, index);
  } catch (e) {
    showError(m, e);
  }
}

function pageCard(m, view, p) {
  const id = `page-${p.position}`;
  const card = el("li", { class: "page-card", id });
  if (p.thumbnail) card.append(el("img", { src: p.thumbnail, alt: t("pages-thumbnail-alt", { label: p.label }) }));
  card.append(el("h2", { class: "page-label", text: p.label }));
  if (p.changes.length > 0) card.append(el("p", { class: "hint page-changes", text: p.changes.join(" · ") }));
  if (p.warnings.length > 0) {
    card.append(el("div", { class: "panel panel--warning page-warnings" }, p.warnings.map((w) => el("p", { text: w }))));
  }
  const tools = el("div", { class: "page-tools" });
  const tool = (key, action, disabled, fn, focusAfter) => {
    const b = el("button", { type: "button", class: "secondary", id: `${id}-${key}`, text: t(action), "aria-label": t("pages-action-label", { action: t(action), label: p.label }) });
    b.disabled = disabled;
    b.addEventListener("click", () => act(m, view.index, fn, focusAfter));
    tools.append(b);
  };
  const ix = view.index;
  const args = { id: app.caseId, index: ix, position: p.position };
  const edit = (key, action) => {
    const b = el("button", { type: "button", class: "secondary", id: `${id}-${key}`, text: t(action), "aria-label": t("pages-action-label", { action: t(action), label: p.label }) });
    b.addEventListener("click", () => go(`editor:${ix}.${p.position}`));
    tools.append(b);
  };
  if (p.photo) edit("crop", "pages-crop");
  edit("redact", "pages-redact");
  tool("left", "pages-turn-left", false, () => invoke("turn_page", { ...args, clockwise: false }), `${id}-left`);
  tool("right", "pages-turn-right", false, () => invoke("turn_page", { ...args, clockwise: true }), `${id}-right`);
  tool("up", "pages-move-up", !p.can_move_up, () => invoke("move_page", { id: app.caseId, index: ix, from: p.position, to: p.position - 1 }),
    p.position - 1 > 1 ? `page-${p.position - 1}-up` : `page-${p.position - 1}-down`);
  tool("down", "pages-move-down", !p.can_move_down, () => invoke("move_page", { id: app.caseId, index: ix, from: p.position, to: p.position + 1 }),
    p.position + 1 < view.pages.length ? `page-${p.position + 1}-down` : `page-${p.position + 1}-up`);
  tool("remove", "pages-remove", !p.can_remove, () => invoke("remove_page", args), "pages-summary");
  card.append(tools);
  if (p.can_split) {
    const split = el("button", { type: "button", class: "secondary", id: `${id}-split`, text: t("pages-split"), "aria-label": t("pages-action-label", { action: t("pages-split"), label: p.label }), "aria-describedby": `${id}-split-hint` });
    split.addEventListener("click", async () => {
      try {
        const created = await invoke("split_document", args);
        announce(t("pages-split-done"));
        app.focusDocument = created;
        go("documents");
      } catch (e) {
        showError(m, e);
      }
    });
    card.append(el("div", { class: "page-split" }, [split, el("p", { class: "hint", id: `${id}-split-hint`, text: t("pages-split-hint") })]));
  }
  return card;
}

// ------------------------------------------------------------------ one page's tools

export async function editorPage(m, arg) {
  const [index, position] = String(arg).split(".").map(Number);
  status(m, t("editor-loading"));
  const view = await invoke("page_editor", { id: app.caseId, index, position });
  if (app.current !== `editor:${arg}`) return;
  drawEditor(m, view, null);
}

/** Leaves the tools for the pages, with that page's tool focused. */
function backToPages(view, key, say) {
  after = { focus: `page-${view.position}-${key}`, say };
  // The tools are left, not stacked: "Back" from the pages goes where it went before.
  if (app.history[app.history.length - 1] === `pages:${view.index}`) app.history.pop();
  go(`pages:${view.index}`, { back: true });
}

function drawEditor(m, view, saved) {
  clear(m);
  setTitle(t("editor-title", { position: view.position, title: view.title }));
  m.append(
    el("h1", { text: t("editor-heading") }),
    el("p", { class: "hint", id: "editor-page", text: `${view.title} · ${view.label}` }),
  );
  if (view.warnings.length > 0) {
    m.append(el("div", { class: "panel panel--warning", id: "editor-warnings" }, view.warnings.map((w) => el("p", { text: w }))));
  }
  if (view.photo) m.append(cornersTool(m, view, (say) => backToPages(view, "crop", say)));
  const boxes = boxesTool(m, view, saved);
  m.append(boxes);
  const done = el("button", { type: "button", class: "secondary", id: "editor-done", text: t("editor-done") });
  done.addEventListener("click", async () => {
    // Boxes drawn but not yet saved are kept, never dropped on the way out.
    let said = null;
    try {
      if (await boxes.keep()) said = t("editor-saved");
    } catch (e) { showError(m, e); return; }
    backToPages(view, view.photo ? "crop" : "redact", said);
  });
  m.append(done);
  if (saved) document.getElementById(saved)?.focus();
  else focusMain();
}

/** A picture of the page with handles over it, each a button moved by dragging
 *  (mouse, pen or finger: pointer events) or by the arrow keys. */
function picture(view, alt, cls) {
  const frame = el("div", { class: `editor-frame ${cls}` });
  const img = el("img", { src: view.image, alt, draggable: "false" });
  frame.append(img);
  return frame;
}

/** Where a pointer is on the picture, as fractions of it. */
function spot(frame, ev) {
  const r = frame.getBoundingClientRect();
  return [clamp((ev.clientX - r.left) / r.width), clamp((ev.clientY - r.top) / r.height)];
}

/** Makes `handle` follow the pointer over `frame` and the arrow keys; `moved(x, y)`
 *  is told each new place, `done()` when a drag ends or a key has moved it. */
function movable(handle, frame, get, moved, done) {
  handle.addEventListener("pointerdown", (ev) => {
    ev.preventDefault();
    ev.stopPropagation();
    handle.focus();
    // The window follows the pointer, so a quick drag that leaves the handle still moves it.
    const move = (e) => moved(...spot(frame, e));
    const end = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", end);
      window.removeEventListener("pointercancel", end);
      done();
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", end);
    window.addEventListener("pointercancel", end);
  });
  handle.addEventListener("keydown", (ev) => {
    const step = ev.shiftKey ? BIG_STEP : STEP;
    const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[ev.key];
    if (!d) return;
    ev.preventDefault();
    const [x, y] = get();
    moved(clamp(x + d[0]), clamp(y + d[1]));
    done();
  });
}

function place(node, [x, y]) {
  node.style.left = `${x * 100}%`;
  node.style.top = `${y * 100}%`;
}

/** The corner tool; `chosen(say)` is called once the corners or the whole photo are
 *  saved. */
function cornersTool(m, view, chosen) {
  const section = el("section", { class: "editor-section", "aria-labelledby": "corners-heading" });
  const corners = view.corners.map((c) => [...c]);
  section.append(
    el("h2", { id: "corners-heading", text: t("editor-corners-heading") }),
    el("p", { id: "corners-status", text: view.status }),
    el("p", { class: "hint", id: "corners-keys", text: t("editor-keys-hint") }),
  );
  const frame = picture(view, t("editor-picture-alt"), "editor-frame--corners");
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 1 1");
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "editor-outline");
  const polygon = document.createElementNS("http://www.w3.org/2000/svg", "polygon");
  polygon.setAttribute("vector-effect", "non-scaling-stroke");
  svg.append(polygon);
  frame.append(svg);
  const live = el("p", { id: "corner-position", class: "hint", "aria-live": "polite" });
  const said = (i) => t("editor-corner-position", { corner: t(CORNERS[i]), x: percent(corners[i][0]), y: percent(corners[i][1]) });
  corners.forEach((c, i) => {
    const h = el("button", { type: "button", class: "corner-handle", id: `corner-${i}`, "aria-label": said(i), "aria-describedby": "corners-keys" });
    place(h, c);
    movable(h, frame, () => corners[i], (x, y) => {
      corners[i] = [x, y];
      place(h, corners[i]);
      outline();
    }, () => {
      h.setAttribute("aria-label", said(i));
      live.textContent = said(i);
    });
    frame.append(h);
  });
  function outline() {
    polygon.setAttribute("points", corners.map(([x, y]) => `${x},${y}`).join(" "));
  }
  outline();
  section.append(frame, live);
  const actions = el("div", { class: "editor-actions" });
  const use = el("button", { type: "button", id: "use-corners", text: t("editor-use-corners") });
  use.addEventListener("click", async () => {
    try {
      await invoke("crop_page", { id: app.caseId, index: view.index, position: view.position, corners });
      chosen(t("editor-saved"));
    } catch (e) { showError(m, e); }
  });
  const whole = el("button", { type: "button", class: "secondary", id: "use-whole", text: t("editor-whole") });
  whole.addEventListener("click", async () => {
    try {
      await invoke("crop_page", { id: app.caseId, index: view.index, position: view.position, corners: null });
      chosen(t("editor-saved"));
    } catch (e) { showError(m, e); }
  });
  actions.append(use, whole);
  section.append(actions);
  return section;
}

// ------------------------------------------------------------------ the photos just added

/** The first step of a check, asked for by the Documents page, for the route it opens. */
let pendingCheck = null;

/** Right after adding `documents` (their indices, in the order added): opens the corner
 *  tool on the first of their photos to check (Rust says which, and in which order);
 *  false when there is none. */
export async function checkNewPhotos(documents) {
  const check = await invoke("photo_check", { id: app.caseId, documents });
  if (!check.editor) return false;
  const route = `photos:${documents.join(",")}`;
  pendingCheck = { route, check };
  await go(route);
  return true;
}

export async function photosPage(m, arg) {
  const route = `photos:${arg}`;
  const documents = String(arg).split(",").map(Number);
  let check = pendingCheck && pendingCheck.route === route ? pendingCheck.check : null;
  pendingCheck = null;
  if (!check) {
    status(m, t("editor-loading"));
    check = await invoke("photo_check", { id: app.caseId, documents });
    if (app.current !== route) return;
  }
  if (!check.editor) return endCheck(check.focus);
  drawCheck(m, route, check);
}

/** Leaves the check for the Documents page, with the card of the last document added
 *  focused (as after adding). */
async function endCheck(focus, say = null) {
  app.focusDocument = focus;
  // The steps are left, not stacked: "Back" from the Documents page goes where it went before.
  if (app.history[app.history.length - 1] === "documents") app.history.pop();
  await go("documents", { back: true });
  if (say) announce(say);
}

/** One photo of the check: the corner tool, where the person is, and the way to stop. */
function drawCheck(m, route, check) {
  const view = check.editor;
  clear(m);
  setTitle(t("photos-title"));
  const heading = el("h1", { id: "photos-heading", tabindex: "-1", text: t("photos-heading") });
  m.append(
    heading,
    el("p", { id: "photos-progress", text: check.progress }),
    el("p", { class: "hint", id: "editor-page", text: `${view.title} · ${view.label}` }),
  );
  if (view.warnings.length > 0) {
    m.append(el("div", { class: "panel panel--warning", id: "editor-warnings" }, view.warnings.map((w) => el("p", { text: w }))));
  }
  // Once chosen, the next photo (Rust finds it), or the Documents page after the last.
  m.append(cornersTool(m, view, async (say) => {
    announce(say);
    await go(route, { back: true });
  }));
  const later = el("button", { type: "button", class: "secondary", id: "photos-later", text: check.later, "aria-describedby": "photos-later-hint" });
  later.addEventListener("click", () => endCheck(check.focus));
  m.append(el("div", { class: "photos-later" }, [later, el("p", { class: "hint", id: "photos-later-hint", text: t("photos-later-hint") })]));
  heading.focus({ preventScroll: true });
  document.getElementById("scroller")?.scrollTo?.(0, 0);
}

/** A box kept as its two opposite corners, drawn and sent as four. */
function boxOf(corners) {
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return { a: [Math.min(...xs), Math.min(...ys)], b: [Math.max(...xs), Math.max(...ys)] };
}

function fourCorners(box) {
  const [x0, x1] = [Math.min(box.a[0], box.b[0]), Math.max(box.a[0], box.b[0])];
  const [y0, y1] = [Math.min(box.a[1], box.b[1]), Math.max(box.a[1], box.b[1])];
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
}

function boxesTool(m, view, saved) {
  const section = el("section", { class: "editor-section", "aria-labelledby": "boxes-heading" });
  section.append(
    el("h2", { id: "boxes-heading", text: t("editor-boxes-heading") }),
    el("p", { class: "hint", id: "boxes-hint", text: t("editor-boxes-hint") }),
  );
  const boxes = view.boxes.map(boxOf);
  const asSaved = JSON.stringify(view.boxes);
  const frame = picture(view, t("editor-boxes-alt"), "editor-frame--boxes");
  const layer = el("div", { class: "editor-boxes-layer" });
  frame.append(layer);
  const live = el("p", { id: "box-position", class: "hint", "aria-live": "polite" });
  const list = el("ul", { id: "box-list", class: "box-list" });
  const says = (n, which, [x, y]) => t("editor-corner-position", { corner: t(which, { number: n }), x: percent(x), y: percent(y) });

  function draw(focus = null) {
    clear(layer);
    clear(list);
    boxes.forEach((box, i) => {
      const n = i + 1;
      const [tl, , br] = fourCorners(box);
      const shape = el("div", { class: "redact-box", id: `box-${n}`, "aria-hidden": "true" });
      const fit = () => {
        const [p, , q] = fourCorners(box);
        shape.style.left = `${p[0] * 100}%`;
        shape.style.top = `${p[1] * 100}%`;
        shape.style.width = `${(q[0] - p[0]) * 100}%`;
        shape.style.height = `${(q[1] - p[1]) * 100}%`;
      };
      fit();
      layer.append(shape);
      box.a = tl;
      box.b = br;
      for (const [key, which] of [["a", "editor-box-start"], ["b", "editor-box-end"]]) {
        const h = el("button", { type: "button", class: "corner-handle corner-handle--box", id: `box-${n}-${key}`, "aria-label": says(n, which, box[key]), "aria-describedby": "boxes-hint" });
        place(h, box[key]);
        movable(h, frame, () => box[key], (x, y) => {
          box[key] = [x, y];
          place(h, box[key]);
          fit();
        }, () => {
          h.setAttribute("aria-label", says(n, which, box[key]));
          live.textContent = says(n, which, box[key]);
        });
        layer.append(h);
      }
      const remove = el("button", { type: "button", class: "secondary", id: `remove-box-${n}`, text: t("editor-remove-box", { number: n }) });
      remove.addEventListener("click", () => {
        boxes.splice(i, 1);
        draw(boxes.length > 0 ? `remove-box-${Math.min(n, boxes.length)}` : "add-box");
      });
      list.append(el("li", {}, [el("span", { text: t("editor-box", { number: n }) }), " ", remove]));
    });
    if (boxes.length === 0) list.append(el("li", { class: "hint", text: t("editor-no-boxes") }));
    if (focus) document.getElementById(focus)?.focus();
  }

  // Dragging across the picture (not on a handle) draws a new box.
  frame.addEventListener("pointerdown", (ev) => {
    if (ev.target.closest(".corner-handle")) return;
    ev.preventDefault();
    const at = spot(frame, ev);
    const drawing = { a: at, b: at };
    boxes.push(drawing);
    draw();
    const shape = layer.querySelector(`#box-${boxes.length}`);
    const move = (e) => {
      drawing.b = spot(frame, e);
      const [p, , q] = fourCorners(drawing);
      shape.style.left = `${p[0] * 100}%`;
      shape.style.top = `${p[1] * 100}%`;
      shape.style.width = `${(q[0] - p[0]) * 100}%`;
      shape.style.height = `${(q[1] - p[1]) * 100}%`;
    };
    const end = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", end);
      window.removeEventListener("pointercancel", end);
      const [p, , q] = fourCorners(drawing);
      // A click without a drag is no box.
      if (q[0] - p[0] < 0.005 || q[1] - p[1] < 0.005) boxes.splice(boxes.indexOf(drawing), 1);
      draw();
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", end);
    window.addEventListener("pointercancel", end);
  });

  draw();
  section.append(frame, live);
  const add = el("button", { type: "button", class: "secondary", id: "add-box", text: t("editor-add-box") });
  add.addEventListener("click", () => {
    boxes.push({ a: [0.3, 0.4], b: [0.7, 0.45] });
    draw(`box-${boxes.length}-a`);
    live.textContent = says(boxes.length, "editor-box-start", boxes[boxes.length - 1].a);
  });
  const save = el("button", { type: "button", id: "save-boxes", text: t("editor-save-boxes") });
  const savedNote = el("p", { id: "boxes-saved", role: "status", class: "hint", text: saved === "save-boxes" ? t("editor-saved") : "" });
  save.addEventListener("click", async () => {
    try {
      await invoke("redact_page", { id: app.caseId, index: view.index, position: view.position, boxes: boxes.map(fourCorners) });
      const fresh = await invoke("page_editor", { id: app.caseId, index: view.index, position: view.position });
      drawEditor(m, fresh, "save-boxes");
    } catch (e) { showError(m, e); }
  });
  section.append(list, el("div", { class: "editor-actions" }, [add, save]), savedNote);
  /** Saves the boxes if they differ from the saved ones; whether it saved. */
  section.keep = async () => {
    const now = boxes.map(fourCorners);
    if (JSON.stringify(now) === asSaved) return false;
    await invoke("redact_page", { id: app.caseId, index: view.index, position: view.position, boxes: now });
    return true;
  };
  return section;
}
