// Signing, and making the packet: choose mail or fax, see the page count, save it with
// the checklist beside it, then open either in the PDF viewer.

import { el, clear, focusMain, errorSummary, announce, mainArea } from "./dom.js";
import { app, invoke, go, setTitle, showFailure, blockingPanel, datesPanel } from "./app.js";
import { showFaxPreview } from "./fax.js";
import { t } from "./i18n.js";

// ---------------------------------------------------------------- signing

export async function signPage(m) {
  // What each signer affirms (the same words the packet prints above the signature
  // lines) and the names answered, from Rust.
  const page = await invoke("sign_page", { id: app.caseId });
  const signer = page.signer;
  const helper = page.helper;
  setTitle(t("sign-title"));
  const form = el("form", { novalidate: "" });
  const fs = el("fieldset");
  fs.append(el("legend", {}, [el("h1", { text: t("sign-title") })]));
  fs.append(el("p", { class: "hint", text: t("sign-explain") }));
  const statements = el("div", { class: "panel", id: "sign-statements" }, [
    el("h2", { text: t("sign-statements-heading") }),
    ...page.statements.map((line) => el("p", {}, [el("strong", { text: line.label }), el("br"), line.statement])),
  ]);
  const chosen = app.signing ? app.signing.mode : page.options[0].value;
  const radios = el("div", { class: "radios" });
  for (const { value, label, hint } of page.options) {
    const id = `sign-${value}`;
    const input = el("input", { type: "radio", id, name: "signing", value });
    if (chosen === value) input.checked = true;
    radios.append(el("label", { for: id }, [input, el("span", {}, [label, el("br"), el("span", { class: "hint", text: hint })])]));
  }
  fs.append(radios);
  form.append(fs);
  form.append(statements);

  const typedBox = el("div", { id: "typed-box" });
  const nameInput = el("input", { type: "text", id: "typed-name" });
  nameInput.value = (app.signing && app.signing.name) || signer;
  typedBox.append(el("label", { for: "typed-name", text: t("sign-typed-name") }), nameInput);
  let helperInput = null;
  if (helper) {
    helperInput = el("input", { type: "text", id: "typed-helper" });
    helperInput.value = (app.signing && app.signing.helper) || helper;
    typedBox.append(el("label", { for: "typed-helper", text: t("sign-typed-helper") }), helperInput);
  }
  const drawBox = el("div", { id: "draw-box" });
  const pad = signaturePad("draw-pad", t("sign-draw-pad"));
  drawBox.append(
    el("p", { text: t("sign-draw-intro") }),
    el("p", { class: "hint", id: "draw-hint", text: t("a11y-draw-alternative") }),
    pad.node,
  );
  const padHelper = helper ? signaturePad("draw-pad-helper", t("sign-draw-pad-helper")) : null;
  if (padHelper) drawBox.append(el("p", { text: t("sign-draw-helper-intro") }), padHelper.node);
  form.append(typedBox, drawBox);
  const update = () => {
    const mode = form.querySelector("input[name=signing]:checked").value;
    typedBox.hidden = mode !== "typed";
    drawBox.hidden = mode !== "drawn";
  };
  form.addEventListener("change", update);
  update();

  const cont = el("button", { id: "continue", type: "submit", text: t("continue") });
  form.append(cont);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const mode = form.querySelector("input[name=signing]:checked").value;
    // The choice as Rust takes it; Rust says what is missing and where the lines are.
    const choice = { mode };
    if (mode === "typed") Object.assign(choice, { name: nameInput.value, helper: helperInput ? helperInput.value : null });
    if (mode === "drawn") Object.assign(choice, { patient: pad.strokes(), helper: padHelper ? padHelper.strokes() : null });
    app.signing = choice;
    let problems;
    try {
      problems = await invoke("check_signing", { id: app.caseId, signing: choice });
    } catch (e) { showFailure(e); return; }
    if (problems.length > 0) {
      problems = problems.map((p) => ({ text: p.message, href: `#${p.field}` }));
      form.querySelector(".error-summary")?.remove();
      const box = errorSummary(problems);
      form.prepend(box);
      setTitle(t("sign-title"), true);
      box.focus();
      return;
    }
    go("packet");
  });
  m.append(form);
  focusMain();
}

/** A box to draw in with a mouse, pen or finger; strokes in 0..1 coordinates. */
function signaturePad(id, label) {
  const canvas = el("canvas", { id, class: "signature-pad", width: "600", height: "160", role: "img", "aria-label": label, "aria-describedby": "draw-hint", tabindex: "0" });
  const ctx = canvas.getContext("2d");
  ctx.lineWidth = 3;
  ctx.lineCap = "round";
  const strokes = [];
  let current = null;
  const point = (ev) => {
    const r = canvas.getBoundingClientRect();
    return [Math.min(Math.max((ev.clientX - r.left) / r.width, 0), 1), Math.min(Math.max((ev.clientY - r.top) / r.height, 0), 1)];
  };
  canvas.addEventListener("pointerdown", (ev) => { current = [point(ev)]; strokes.push(current); canvas.setPointerCapture(ev.pointerId); });
  canvas.addEventListener("pointermove", (ev) => {
    if (!current) return;
    const p = point(ev);
    const last = current[current.length - 1];
    current.push(p);
    ctx.beginPath();
    ctx.moveTo(last[0] * canvas.width, last[1] * canvas.height);
    ctx.lineTo(p[0] * canvas.width, p[1] * canvas.height);
    ctx.stroke();
  });
  const end = () => { current = null; };
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);
  const clearButton = el("button", { type: "button", class: "secondary", text: t("sign-clear") });
  clearButton.addEventListener("click", () => { strokes.length = 0; ctx.clearRect(0, 0, canvas.width, canvas.height); });
  const node = el("div", {}, [canvas, el("div", {}, [clearButton])]);
  return { node, strokes: () => strokes.filter((s) => s.length > 1) };
}

// ---------------------------------------------------------------- the packet

/** The signing chosen in this session, or the packet page's default from Rust. */
function signingChoice() {
  return app.signing || app.packetSigning;
}

export async function packetPage(m) {
  setTitle(t("packet-title"));
  m.append(el("h1", { text: t("packet-heading") }));
  const { overview, modes, signing } = await invoke("packet_page", { id: app.caseId });
  app.packetSigning = signing;
  // Nothing to make yet: say what, by name, with a link to each question.
  const blocked = blockingPanel(overview.blocking);
  if (blocked) {
    m.append(blocked);
    focusMain();
    return;
  }
  const missing = overview.expected.filter((e) => !e.added);
  if (missing.length > 0) {
    m.append(el("div", { class: "panel panel--warning", id: "expected-missing" }, [
      el("p", { text: t("packet-expected-missing", { count: missing.length, kinds: missing.map((e) => e.label).join(", ") }) }),
    ]));
  }
  const fs = el("fieldset");
  fs.append(el("legend", { text: t("packet-how-send") }));
  const radios = el("div", { class: "radios" });
  for (const { value, label } of modes) {
    const input = el("input", { type: "radio", id: `mode-${value}`, name: "mode", value });
    if ((app.mode || modes[0].value) === value) input.checked = true;
    radios.append(el("label", { for: `mode-${value}` }, [input, el("span", { text: label })]));
  }
  fs.append(radios);
  m.append(fs);
  const info = el("p", { id: "packet-info", role: "status", "aria-live": "polite", text: t("packet-counting") });
  m.append(info);
  const save = el("button", { id: "save-packet", type: "button", text: t("packet-save") });
  m.append(save);
  const faxBox = el("section", { id: "fax-preview", hidden: true });
  m.append(faxBox);
  const mode = () => m.querySelector("input[name=mode]:checked").value;
  let preview = null;
  const refresh = async () => {
    app.mode = mode();
    showFaxPreview(faxBox, app.mode === "fax");
    info.textContent = t("packet-counting");
    try {
      preview = await invoke("preview_packet", { id: app.caseId, mode: app.mode, signing: signingChoice() });
      info.textContent = t("packet-will-have", { pages: preview.pages });
    } catch (e) {
      info.textContent = "";
      showFailure(e);
    }
  };
  fs.addEventListener("change", refresh);
  const dates = datesPanel(overview.report);
  if (dates) fs.before(dates);
  // Before the first day DMHC takes it, Rust sends a question to ask first.
  let confirmed = false;
  const confirmEarly = (early) => {
    if (document.getElementById("early-confirm")) return;
    const yes = el("button", { id: "confirm-early", type: "button", text: early.yes });
    const no = el("button", { id: "cancel-early", type: "button", class: "secondary", text: early.no });
    const box = el("div", { class: "panel panel--warning", id: "early-confirm", role: "alertdialog", "aria-labelledby": "early-heading", "aria-describedby": "early-why" }, [
      el("h2", { id: "early-heading", text: early.heading }),
      el("p", { id: "early-why", text: early.why }),
      el("p", { text: early.explain }),
      yes, no,
    ]);
    yes.addEventListener("click", () => { confirmed = true; box.remove(); save.click(); });
    no.addEventListener("click", () => { box.remove(); save.focus(); });
    save.after(box);
    box.scrollIntoView({ block: "center" });
    yes.focus();
  };
  save.addEventListener("click", async () => {
    if (!preview) await refresh();
    if (!preview) return;
    if (preview.early && !confirmed) return confirmEarly(preview.early);
    try {
      const path = await invoke("plugin:dialog|save", {
        options: { title: t("packet-save-dialog-title"), defaultPath: preview.default_name, filters: [{ name: t("packet-file-kind"), extensions: ["pdf"] }] },
      });
      if (path) await savePacketTo(typeof path === "string" ? path : path.path);
    } catch (e) { showFailure(e); }
  });
  focusMain();
  await refresh();
}

/**
 * A progress bar under `info` that follows the "packet-progress" events the packet's
 * making sends (worded in Rust: the stage, and page k of n while pages are prepared for
 * the fax). `stop()` removes it.
 */
async function showProgress(info) {
  const bar = el("progress", { id: "packet-progress", max: "1", "aria-labelledby": "packet-info" });
  if (info) info.after(bar);
  let unlisten = () => {};
  const events = window.__TAURI__ && window.__TAURI__.event;
  // Listening before the making starts, so its first events are not missed.
  if (events) {
    try {
      unlisten = await events.listen("packet-progress", (event) => {
        const p = event.payload;
        if (info) info.textContent = p.text;
        // No fraction: a moving bar with no value, not a made-up one.
        if (p.fraction === null || p.fraction === undefined) bar.removeAttribute("value");
        else bar.value = p.fraction;
      });
    } catch { /* no events: the words stay "Making your packet…" */ }
  }
  return {
    stop() {
      unlisten();
      bar.remove();
    },
  };
}

/** Saves the packet being created: used by the save dialog and by tests. */
export async function savePacketTo(path) {
  const m = mainArea();
  const info = document.getElementById("packet-info");
  const button = document.getElementById("save-packet");
  if (button) button.disabled = true;
  if (info) info.textContent = t("packet-making");
  const progress = await showProgress(info);
  try {
    const made = await invoke("create_packet", { id: app.caseId, mode: app.mode, signing: signingChoice(), path })
      .finally(progress.stop);
    const overview = await invoke("case_overview", { id: app.caseId }).catch(() => null);
    clear(m);
    setTitle(t("packet-ready"));
    const early = overview && overview.report.send_from;
    m.append(
      el("div", { class: "panel panel--ok" }, [
        el("h1", { text: t("packet-ready") }),
        el("p", { text: t("packet-saved-as", { pages: made.pages, size: made.size, path: made.packet }) }),
      ]),
      // What to do today: wait, while the plan's time to answer runs.
      early ? el("div", { class: "panel panel--warning", id: "ready-wait" }, [el("p", { text: t("packet-ready-wait", { date: early.written }) })]) : null,
      el("p", { text: t("packet-checklist-beside", { path: made.checklist }) }),
    );
    const dates = overview && datesPanel(overview.report);
    const openPacket = el("button", { id: "open-packet", type: "button", text: t("packet-open") });
    openPacket.addEventListener("click", () => invoke("open_saved", { path: made.packet }).catch(showFailure));
    const openChecklist = el("button", { id: "open-checklist", type: "button", class: "secondary", text: t("packet-open-checklist") });
    openChecklist.addEventListener("click", () => invoke("open_saved", { path: made.checklist }).catch(showFailure));
    const folder = el("button", { id: "show-in-folder", type: "button", class: "secondary", text: t("packet-show-in-folder") });
    folder.addEventListener("click", () => invoke("show_in_folder", { path: made.packet }).catch(showFailure));
    // The path, to copy: selectable text, and a button that copies it.
    const pathBox = el("input", { id: "packet-path", type: "text", readonly: true, value: made.packet, spellcheck: "false" });
    const copied = el("span", { id: "path-copied", role: "status", class: "hint" });
    const copy = el("button", { id: "copy-path", type: "button", class: "secondary", text: t("packet-copy-path") });
    copy.addEventListener("click", async () => {
      pathBox.select();
      let done = false;
      try { await navigator.clipboard.writeText(made.packet); done = true; } catch { done = document.execCommand && document.execCommand("copy"); }
      copied.textContent = done ? t("packet-path-copied") : "";
    });
    const pathField = el("div", { class: "field" }, [el("label", { for: "packet-path", text: t("packet-path-label") }), pathBox, copy, copied]);
    // Print through the system's PDF viewer, which has the printer's own settings.
    const printed = el("p", { id: "print-hint", role: "status", class: "hint" });
    const print = el("button", { id: "print-packet", type: "button", class: "secondary", text: t("packet-print") });
    print.addEventListener("click", async () => {
      try {
        await invoke("open_saved", { path: made.packet });
        printed.textContent = t("packet-print-hint");
      } catch (e) { showFailure(e); }
    });
    const sent = el("button", { id: "record-sent", type: "button", class: "secondary", text: t("followup-record-button") });
    sent.addEventListener("click", () => go("followup"));
    const home = el("button", { type: "button", class: "secondary", text: t("packet-back-home") });
    home.addEventListener("click", () => go("tasks"));
    m.append(pathField, openPacket, print, folder, openChecklist, printed, sent, home);
    if (made.offer_delete) m.append(deleteSavedPanel(made));
    if (dates) m.append(dates);
    focusMain();
    announce(t("a11y-packet-saved", { pages: made.pages }));
    return made;
  } catch (e) {
    if (button) button.disabled = false;
    if (info) info.textContent = "";
    showFailure(e);
    throw e;
  }
}

/** On a shared computer the saved packet is the one plain copy of the person's story:
 *  once it is printed or faxed, offer to delete it (and its checklist). */
function deleteSavedPanel(made) {
  const panel = el("section", { class: "panel", id: "delete-saved", "aria-labelledby": "delete-saved-heading" }, [
    el("h2", { id: "delete-saved-heading", text: t("packet-delete-heading") }),
    el("p", { text: t("packet-delete-explain") }),
  ]);
  const ask = el("button", { id: "delete-saved-ask", type: "button", class: "secondary", text: t("packet-delete-button") });
  ask.addEventListener("click", () => {
    ask.hidden = true;
    const yes = el("button", { id: "delete-saved-confirm", type: "button", class: "warning", text: t("packet-delete-confirm") });
    const no = el("button", { id: "delete-saved-cancel", type: "button", class: "secondary", text: t("packet-delete-cancel") });
    const box = el("div", { id: "delete-saved-check", role: "group", "aria-labelledby": "delete-saved-question" }, [
      el("p", { id: "delete-saved-question", text: t("packet-delete-question", { path: made.packet }) }), yes, no,
    ]);
    no.addEventListener("click", () => { box.remove(); ask.hidden = false; ask.focus(); });
    yes.addEventListener("click", async () => {
      try {
        await invoke("delete_saved", { path: made.packet });
        clear(panel);
        panel.append(el("h2", { id: "delete-saved-heading", text: t("packet-delete-heading") }), el("p", { id: "delete-saved-done", role: "status", text: t("packet-deleted") }));
        for (const id of ["open-packet", "print-packet", "show-in-folder", "open-checklist", "copy-path"]) {
          const b = document.getElementById(id);
          if (b) b.disabled = true;
        }
        announce(t("packet-deleted"));
      } catch (e) { showFailure(e); }
    });
    panel.append(box);
    yes.focus();
  });
  panel.append(ask);
  return panel;
}

