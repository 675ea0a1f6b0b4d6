//! Accessibility (WCAG 2.2 AA) in the real window:
//! - axe-core on every screen of the app (0 serious or critical violations), with a table
//!   of screens × violations printed and each screen's full axe result saved as JSON in
//!   `screenshots/<test>/`;
//! - a case completed with the keyboard alone, checking where the focus goes;
//! - what axe cannot check: visible focus, reflow at 320 CSS px, target sizes, fieldsets
//!   and legends, `autocomplete` on personal fields, unique page titles, the page language,
//!   status messages for what happens in the background.
//!
//! Two things cannot be done with a keyboard in WebDriver, because they are native
//! dialogs outside the page: choosing a file and choosing where to save. Those steps go
//! through the same hooks the dialogs call (`window.imrAddFiles`, `window.imrSavePacketTo`),
//! as in the other window tests.

#![allow(clippy::unwrap_used)]

mod support;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use serde_json::{json, Value};
use support::{field, radio, Session, Violation};

fn example(name: &str) -> PathBuf {
    support::workspace().join("examples/nunez").join(name)
}

/// Shows a page as the app's router does (`go(route)` in ui/app.js).
async fn go(s: &Session, route: &str) {
    s.js(
        "const m = await import('./app.js'); await m.go(arguments[0]); return null;",
        vec![json!(route)],
    )
    .await;
}

/// Saves answers to one screen of the open case, as its Continue button does.
async fn answer(s: &Session, screen: &str, answers: Value) {
    let saved = s
        .js(
            "const m = await import('./app.js');\
             return await window.__TAURI__.core.invoke('save_screen',\
               { id: m.app.caseId, screen: arguments[0], answers: arguments[1], eligibility: false });",
            vec![json!(screen), answers],
        )
        .await;
    assert_eq!(saved["ok"], json!(true), "{screen}: {saved}");
}

/// A whole case (with a helper, so every signing box shows), answered screen by screen.
async fn answer_whole_case(s: &Session) {
    let case = [
        ("problem-type", json!({"problem.type": "medical_necessity"})),
        ("who", json!({"applicant.role": "patient"})),
        ("plan-action", json!({"problem.plan_action": "denied"})),
        ("regulator", json!({"plan.regulator": "dmhc"})),
        ("medi-cal", json!({"plan.medi_cal_managed_care": "no"})),
        ("medicare", json!({"plan.has_medicare": "no"})),
        ("grievance-filed", json!({"grievance.filed": "yes"})),
        (
            "grievance-filed-on",
            json!({"grievance.filed_on": "2026-01-05"}),
        ),
        ("grievance-decided", json!({"grievance.decided": "yes"})),
        (
            "grievance-decision",
            json!({"grievance.decision_date": "2026-02-05"}),
        ),
        ("urgent", json!({"urgency.urgent": "no"})),
        (
            "patient-name",
            json!({"patient.first_name": "Rosa", "patient.last_name": "Quintana"}),
        ),
        (
            "patient-details",
            json!({"patient.date_of_birth": "1961-07-14", "patient.gender": "female"}),
        ),
        (
            "patient-address",
            json!({"patient.street": "12 Synthetic Street", "patient.city": "Fresno",
                   "patient.state": "CA", "patient.zip": "93701"}),
        ),
        ("contact", json!({"contact.phone": "559-555-0142"})),
        (
            "language",
            json!({"language.primary": "English", "language.correspond_in_language": "no"}),
        ),
        (
            "plan-details",
            json!({"plan.name": "Golden Valley Health Plan", "plan.member_id": "XJ4-2291-07"}),
        ),
        (
            "problem-treatment",
            json!({"problem.condition": "Lumbar radiculopathy",
                   "problem.treatment": "MRI of the lumbar spine"}),
        ),
        (
            "problem-description",
            json!({"problem.description": "The plan said no to the MRI my doctor asked for."}),
        ),
        (
            "problem-outcome",
            json!({"problem.desired_outcome": "Approve the MRI."}),
        ),
        ("helper", json!({"helper.has_helper": "yes"})),
        (
            "helper-name",
            json!({"helper.name": "Marta Quintana", "helper.relationship": "Daughter",
                   "helper.phone": "559-555-0177"}),
        ),
        (
            "providers",
            json!({"provider.doctor_name": "Dr. Ana Torres", "provider.doctor_phone": "559-555-0190"}),
        ),
        (
            "helper-address",
            json!({"helper.street": "40 Example Road", "helper.city": "Fresno",
                   "helper.state": "CA", "helper.zip": "93702"}),
        ),
        ("helper-authority", json!({"helper.legal_authority": "no"})),
        (
            "signature",
            json!({"signature.name": "Rosa Quintana", "signature.relationship": "self"}),
        ),
    ];
    for (screen, answers) in case {
        answer(s, screen, answers).await;
    }
}

/// The answers that bring up the questions a plain case skips (`on`), or put the plain
/// case back (`!on`).
fn conditional_answers(on: bool) -> Vec<(&'static str, Value)> {
    let pick = |a: &'static str, b: &'static str| if on { a } else { b };
    vec![
        (
            "medi-cal",
            json!({"plan.medi_cal_managed_care": pick("yes", "no")}),
        ),
        (
            "state-hearing",
            json!({"plan.state_hearing_requested": pick("yes", "no")}),
        ),
        ("urgent", json!({"urgency.urgent": pick("yes", "no")})),
        (
            "patient-details",
            json!({"patient.date_of_birth": pick("2015-07-14", "1961-07-14")}),
        ),
        (
            "grievance-filed-on",
            json!({"grievance.filed_on": pick("2025-05-02", "2026-01-05")}),
        ),
        (
            "grievance-decision",
            json!({"grievance.decision_date": pick("2025-06-01", "2026-02-05")}),
        ),
    ]
}

/// axe results per screen, in the order they were checked.
#[derive(Default)]
struct Audit {
    rows: Vec<(String, Vec<Violation>)>,
    /// What the checks beside axe found (target size, fieldsets, reflow).
    other: Vec<String>,
}

impl Audit {
    async fn check(&mut self, s: &mut Session, screen: &str) {
        let violations = s.axe(screen).await;
        s.screenshot(screen).await;
        for problem in structure_problems(s).await {
            self.other.push(format!("{screen}: {problem}"));
        }
        if let Some(problem) = reflow_problem(s).await {
            self.other.push(format!("{screen}: {problem}"));
        }
        self.rows.push((screen.to_string(), violations));
    }

    fn count(violations: &[Violation], impact: &str) -> usize {
        violations.iter().filter(|v| v.impact == impact).count()
    }

    /// Prints the table of screens × violations by impact, then every violation.
    fn print(&self) {
        eprintln!(
            "\n{:<34} {:>8} {:>8} {:>8} {:>8}  rules",
            "screen", "critical", "serious", "moderate", "minor"
        );
        for (screen, v) in &self.rows {
            let mut rules: Vec<&str> = v.iter().map(|x| x.id.as_str()).collect();
            rules.dedup();
            eprintln!(
                "{:<34} {:>8} {:>8} {:>8} {:>8}  {}",
                screen,
                Self::count(v, "critical"),
                Self::count(v, "serious"),
                Self::count(v, "moderate"),
                Self::count(v, "minor"),
                rules.join(" ")
            );
        }
        let all: Vec<&Violation> = self.rows.iter().flat_map(|(_, v)| v).collect();
        eprintln!(
            "{:<34} {:>8} {:>8} {:>8} {:>8}  ({} screens)",
            "total",
            all.iter().filter(|v| v.impact == "critical").count(),
            all.iter().filter(|v| v.impact == "serious").count(),
            all.iter().filter(|v| v.impact == "moderate").count(),
            all.iter().filter(|v| v.impact == "minor").count(),
            self.rows.len()
        );
        for (screen, v) in &self.rows {
            for x in v {
                eprintln!("  {screen}: {x}");
            }
        }
    }

    /// Prints the table, then fails on any problem beside axe's and on any serious or
    /// critical violation.
    fn finish(&self) {
        self.print();
        assert!(
            self.other.is_empty(),
            "{} problems beside axe's:\n{}",
            self.other.len(),
            self.other.join("\n")
        );
        let serious = self.serious();
        assert!(
            serious.is_empty(),
            "{} serious or critical violations:\n{}",
            serious.len(),
            serious.join("\n")
        );
    }

    fn serious(&self) -> Vec<String> {
        self.rows
            .iter()
            .flat_map(|(screen, v)| {
                v.iter()
                    .filter(|x| x.is_serious())
                    .map(move |x| format!("{screen}: {x}"))
            })
            .collect()
    }
}

/// What axe does not check, on the page as it is: targets of at least 24×24 CSS px
/// (WCAG 2.5.8) for buttons, radios, checkboxes, selects and links that are not inside a
/// sentence; every radio and every date in a fieldset with a legend (1.3.1); an error
/// said in words, not only in red (1.4.1); the page's language (3.1.1).
async fn structure_problems(s: &Session) -> Vec<String> {
    let found = s
        .js(
            "const out = [];\
             const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };\
             const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.innerText || e.value || '').trim().slice(0, 30);\
             for (const e of document.querySelectorAll('main button, main input[type=radio], main input[type=checkbox], main select, a[href]')) {\
               if (!visible(e) || e.classList.contains('skip-link')) continue;\
               if (e.tagName === 'A' && e.closest('p') && e.closest('p').innerText.trim() !== e.innerText.trim()) continue;\
               const r = e.getBoundingClientRect();\
               if (r.width < 24 || r.height < 24) out.push(`target ${name(e)} is ${r.width.toFixed(1)}x${r.height.toFixed(1)} px`);\
             }\
             for (const e of document.querySelectorAll('input[type=radio], .date-input input')) {\
               const fs = e.closest('fieldset'); const lg = fs && fs.querySelector('legend');\
               if (!lg || !lg.innerText.trim()) out.push(`${name(e)} is not in a fieldset with a legend`);\
             }\
             for (const e of document.querySelectorAll('.error-message')) {\
               if (!e.textContent.includes('Error:')) out.push(`error message without 'Error:': ${e.textContent}`);\
               const f = e.closest('.field');\
               if (f && parseFloat(getComputedStyle(f).borderLeftWidth) < 3) out.push('an error is shown by colour alone');\
             }\
             if (!/^(en|es)\\b/.test(document.documentElement.lang)) out.push(`page language is ${document.documentElement.lang}`);\
             return out;",
            vec![],
        )
        .await;
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// Reflow (WCAG 1.4.10): with the window made 640 px wide and the page zoomed to 200% (so
/// 320 CSS px across), no box may stick out past the right edge (or the left), so nothing
/// needs scrolling sideways. Puts the window back afterwards.
async fn reflow_problem(s: &Session) -> Option<String> {
    let (x, y, w, h) = s.client().get_window_rect().await.unwrap();
    s.client()
        .set_window_rect(x as u32, y as u32, 640, h as u32)
        .await
        .unwrap();
    let measured = s
        .js(
            "const html = document.documentElement; html.style.zoom = '2';\
             await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));\
             const out = { scroll: html.scrollWidth, client: html.clientWidth, wide: [] };\
             const edge = html.getBoundingClientRect().right;\
             for (const e of document.querySelectorAll('body *')) {\
               const r = e.getBoundingClientRect();\
               if (r.width > 0 && (r.right > edge + 1 || r.left < -1) && !e.closest('.visually-hidden') && !e.classList.contains('skip-link'))\
                 out.wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(r.right));\
             }\
             html.style.zoom = '';\
             return out;",
            vec![],
        )
        .await;
    s.client()
        .set_window_rect(x as u32, y as u32, w as u32, h as u32)
        .await
        .unwrap();
    let scroll = measured["scroll"].as_f64().unwrap();
    let client = measured["client"].as_f64().unwrap();
    let wide = measured["wide"].as_array().unwrap();
    // Only boxes that stick out count: under CSS zoom WebKit also counts, in scrollWidth,
    // the text that scrolls inside a text box or a select, which the page does not.
    if !wide.is_empty() {
        Some(format!(
            "does not reflow at 320 CSS px: scrollWidth {scroll} > clientWidth {client}; too wide: {}",
            wide.iter()
                .take(5)
                .map(|v| v.as_str().unwrap())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    } else {
        None
    }
}

/// Waits until the packet page has counted the pages.
async fn wait_for_page_count(s: &Session) {
    for _ in 0..600 {
        if s.text("#packet-info")
            .await
            .contains("Your packet will have")
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("the packet page never showed its page count");
}

#[tokio::test]
async fn axe_finds_nothing_serious_on_any_screen() {
    let mut s = Session::start().await;
    let mut audit = Audit::default();
    s.wait_for("#start-new").await;
    audit.check(&mut s, "start").await;

    // The axe run can fail: an image without a text alternative is caught.
    s.js(
        "const i = document.createElement('img'); i.id = 'planted'; i.src = 'data:,';\
         document.getElementById('main').append(i); return null;",
        vec![],
    )
    .await;
    let planted = s.axe("planted-fault").await;
    assert!(
        planted
            .iter()
            .any(|v| v.id == "image-alt" && v.is_serious() && !v.help.is_empty()),
        "axe did not catch an image without alt text: {planted:?}"
    );
    // So can the reflow and target checks: a fixed-width box and a tiny button.
    s.js(
        "const d = document.createElement('div'); d.style.width = '400px'; d.style.height = '5px';\
         const b = document.createElement('button'); b.style.padding = '0'; b.style.fontSize = '8px'; b.textContent = 'x';\
         document.getElementById('main').append(d, b); return null;",
        vec![],
    )
    .await;
    assert!(
        reflow_problem(&s).await.is_some(),
        "a 400px box at 320 px went unnoticed"
    );
    let tiny = structure_problems(&s).await;
    assert!(
        tiny.iter().any(|p| p.starts_with("target button")),
        "{tiny:?}"
    );
    go(&s, "start").await;

    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    // The error summary state of a one-question page and of a page with a date.
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    audit.check(&mut s, "error:problem-type").await;
    go(&s, "screen:patient-details").await;
    s.fill(&format!("{}-day", field("patient.date_of_birth")), "31")
        .await;
    s.fill(&format!("{}-month", field("patient.date_of_birth")), "2")
        .await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    audit.check(&mut s, "error:patient-details").await;

    // Every wizard screen, with a whole case answered and the answers that bring up the
    // conditional questions (Medi-Cal, urgent, a child patient, a late application).
    answer_whole_case(&s).await;
    for (screen, answers) in conditional_answers(true) {
        answer(&s, screen, answers).await;
    }
    let mut titles: BTreeMap<String, String> = BTreeMap::new();
    for screen in imr_app::screens::SCREENS {
        go(&s, &format!("screen:{}", screen.id)).await;
        s.wait_for("#continue").await;
        assert!(
            s.exists("main .field").await,
            "screen {} shows no question for this case",
            screen.id
        );
        let title = s.title().await;
        if let Some(other) = titles.insert(title.clone(), screen.id.to_string()) {
            panic!(
                "screens {other} and {} have the same title {title:?}",
                screen.id
            );
        }
        audit.check(&mut s, &format!("screen:{}", screen.id)).await;
    }
    for (screen, answers) in conditional_answers(false) {
        answer(&s, screen, answers).await;
    }

    // The pages around them.
    for (route, ready, name) in [
        ("result", "#dates", "result"),
        ("tasks", "#task-patient", "task-list"),
        ("answered:plan", "#answered-before", "answered-before"),
        ("documents", "#dropzone", "documents-empty"),
    ] {
        go(&s, route).await;
        s.wait_for(ready).await;
        audit.check(&mut s, name).await;
    }
    s.add_example_letters().await;
    audit.check(&mut s, "documents-two").await;
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("cut-in-half.pdf");
    let mut bytes = std::fs::read(example("denial-letter.pdf")).unwrap();
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&broken, bytes).unwrap();
    let errors = s.add_files(&[&broken], "other").await;
    assert_eq!(errors.len(), 1, "{errors:?}");
    s.wait_for(".error-summary").await;
    audit.check(&mut s, "error:documents").await;

    go(&s, "check").await;
    s.wait_for(".summary").await;
    audit.check(&mut s, "check-answers").await;

    go(&s, "sign").await;
    s.wait_for("#sign-wet").await;
    for mode in ["wet", "typed", "drawn"] {
        s.choose(&format!("#sign-{mode}")).await;
        audit.check(&mut s, &format!("sign:{mode}")).await;
    }
    s.choose("#sign-typed").await;
    s.fill("#typed-name", "").await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    audit.check(&mut s, "error:sign").await;
    s.fill("#typed-name", "Rosa Quintana").await;
    s.click("#continue").await;

    s.wait_for("#mode-fax").await;
    wait_for_page_count(&s).await;
    audit.check(&mut s, "packet").await;
    let out = tempfile::tempdir().unwrap();
    s.save_packet_to(&out.path().join("packet.pdf")).await;
    s.wait_for("#open-packet").await;
    audit.check(&mut s, "packet-ready").await;

    go(&s, "start").await;
    s.wait_for("ul.cases").await;
    audit.check(&mut s, "start-with-cases").await;
    s.click("ul.cases button.secondary").await;
    s.wait_for("#confirm-delete").await;
    audit.check(&mut s, "delete-confirm").await;

    audit.finish();
}

/// Where the focus is after a screen change, when it is not on something `allowed` (the
/// page's main area or heading, the error summary, the help's heading).
async fn focus_problem(s: &Session, allowed: &str) -> Option<String> {
    if s.active_element_matches(allowed).await {
        None
    } else {
        Some(format!(
            "the focus is on {}, not on {allowed}",
            s.focused().await
        ))
    }
}

impl Audit {
    /// [`Audit::check`], after checking that the focus went somewhere sensible.
    async fn check_focused(&mut self, s: &mut Session, screen: &str, allowed: &str) {
        if let Some(problem) = focus_problem(s, allowed).await {
            self.other.push(format!("{screen}: {problem}"));
        }
        self.check(s, screen).await;
    }
}

/// Where the focus may be on a new page, and after a page shows its errors.
const ON_PAGE: &str = "main, main h1";
const ON_ERRORS: &str = ".error-summary";
const ON_HELP: &str = "#help h1, #help h2";

/// Puts the focus on the element matching `css`, as Tab would.
async fn focus_on(s: &Session, css: &str) {
    s.js(
        "document.querySelector(arguments[0]).focus(); return null;",
        vec![json!(css)],
    )
    .await;
}

/// Writes a file with the app's calendar or export hook and waits for what it shows.
async fn call_hook(s: &Session, hook: &str, path: &std::path::Path) -> Value {
    s.js(
        &format!("return await window.{hook}(arguments[0]);"),
        vec![json!(path.display().to_string())],
    )
    .await
}

#[tokio::test]
async fn axe_finds_nothing_serious_on_help_outcomes_followup_and_safety_screens() {
    let mut s = Session::start().await;
    let mut audit = Audit::default();
    s.wait_for("#start-new").await;

    // In Spanish: the start page, a question with its errors, and the help.
    s.click("#lang-es").await;
    s.wait_for_title("Presente su solicitud").await;
    s.wait_for("#start-new").await;
    audit.check_focused(&mut s, "es:start", ON_PAGE).await;
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    audit
        .check_focused(&mut s, "es:error:problem-type", ON_ERRORS)
        .await;
    s.click(".help-topic-link").await;
    s.wait_for("#help-who-can-apply").await;
    audit
        .check_focused(&mut s, "es:help:who-can-apply", ON_HELP)
        .await;
    s.click("#help-close-top").await;
    s.wait_until_gone("#help-title").await;
    // The longer Spanish words on the pages with the most text (reflow, targets).
    answer_whole_case(&s).await;
    for (route, ready) in [
        ("result", "#dates"),
        ("tasks", "#task-patient"),
        ("documents", "#dropzone"),
        ("check", ".summary"),
        ("sign", "#sign-wet"),
        ("outcomes", "#outcomes-table"),
        ("followup", "#sent-form"),
    ] {
        go(&s, route).await;
        s.wait_for(ready).await;
        audit
            .check_focused(&mut s, &format!("es:{route}"), ON_PAGE)
            .await;
    }
    go(&s, "start").await;
    s.click("#lang-en").await;
    s.wait_for_title("Apply for").await;
    s.wait_for("#start-new").await;

    // The help, from the header link and from a question's topic link.
    s.click("#help-link").await;
    s.wait_for("#help-title").await;
    audit.check_focused(&mut s, "help", ON_HELP).await;
    s.click("#help-close-bottom").await;
    s.wait_until_gone("#help-title").await;
    let cases = s.invoke("list_cases", json!({})).await;
    let case_id = cases[0]["id"].as_str().unwrap().to_string();
    s.js(
        "const m = await import('./app.js'); m.app.caseId = arguments[0]; return null;",
        vec![json!(case_id)],
    )
    .await;
    answer_whole_case(&s).await;
    go(&s, "screen:grievance-filed-on").await;
    s.click(".help-topic-link").await;
    s.wait_for("#help-grievance-first").await;
    audit
        .check_focused(&mut s, "help:grievance-first", ON_HELP)
        .await;
    s.click("#help-close-top").await;
    s.wait_until_gone("#help-title").await;

    // What happened in similar cases: pre-filled with a result, then a choice with none.
    go(&s, "outcomes").await;
    s.wait_for("#outcomes-table").await;
    audit.check_focused(&mut s, "outcomes", ON_PAGE).await;
    let empty = s
        .js(
            "const inv = window.__TAURI__.core.invoke;\
             const start = await inv('outcomes_start', { id: null });\
             for (const d of start.diagnoses) for (const t of start.treatments) {\
               const r = await inv('outcomes_query', { diagnosis: d.name, treatment: t.name });\
               if (r.total === 0) {\
                 document.getElementById('outcomes-diagnosis').value = d.name;\
                 const tx = document.getElementById('outcomes-treatment'); tx.value = t.name;\
                 tx.dispatchEvent(new Event('change', { bubbles: true }));\
                 return [d.name, t.name];\
               }\
             }\
             return null;",
            vec![],
        )
        .await;
    assert!(empty.is_array(), "no choice of the two gives no decisions");
    s.wait_until_gone("#outcomes-table").await;
    audit.check(&mut s, "outcomes:none").await;

    // After you send your packet: the empty form, its errors, by fax, what to expect,
    // and the calendar file saved.
    go(&s, "followup").await;
    s.wait_for("#sent-form").await;
    audit.check_focused(&mut s, "followup", ON_PAGE).await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    audit
        .check_focused(&mut s, "error:followup", ON_ERRORS)
        .await;
    s.fill_date("sent.on", "20", "2", "2026").await;
    s.choose(&radio("sent.method", "fax")).await;
    s.wait_for(&format!(
        ".field:not([hidden]) {}",
        field("sent.fax_confirmation")
    ))
    .await;
    s.fill(&field("sent.fax_confirmation"), "OK 0220-1142")
        .await;
    audit.check(&mut s, "followup:fax").await;
    s.click("#continue").await;
    s.wait_for("#milestones").await;
    audit
        .check_focused(&mut s, "followup:expectations", ON_PAGE)
        .await;
    let out = tempfile::tempdir().unwrap();
    let saved = call_hook(&s, "imrSaveCalendarTo", &out.path().join("IMR.ics")).await;
    assert!(saved.as_u64().unwrap() > 0, "{saved}");
    assert!(!s.text("#calendar-status").await.is_empty());
    audit.check(&mut s, "followup:calendar-saved").await;

    // The fax preview on the packet page, with a letter and a photo.
    go(&s, "documents").await;
    s.wait_for("#dropzone").await;
    for (file, kind) in [
        ("denial-letter.pdf", "denial_letter"),
        ("grievance-decision-photo.jpg", "grievance_decision"),
    ] {
        let errors = s.add_files(&[&example(file)], kind).await;
        assert!(errors.is_empty(), "{errors:?}");
    }
    go(&s, "packet").await;
    s.choose("#mode-fax").await;
    s.wait_for("#fax-preview-1 img.fax-page").await;
    wait_for_page_count(&s).await;
    audit
        .check_focused(&mut s, "packet:fax-preview", ON_PAGE)
        .await;

    // Handoff: export (errors, then written), then import (wrong passphrase, then right).
    let file = out.path().join("application.imrcase");
    go(&s, "handoff-export").await;
    s.wait_for("#f-handoff-passphrase").await;
    audit.check_focused(&mut s, "handoff-export", ON_PAGE).await;
    s.fill("#f-handoff-passphrase", "copper meadow lantern 58")
        .await;
    s.fill("#f-handoff-confirm", "copper meadow").await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    audit
        .check_focused(&mut s, "error:handoff-export", ON_ERRORS)
        .await;
    s.fill("#f-handoff-confirm", "copper meadow lantern 58")
        .await;
    assert_eq!(call_hook(&s, "imrExportTo", &file).await, json!([]));
    s.wait_for("#handoff-exported").await;
    audit
        .check_focused(&mut s, "handoff-exported", ON_PAGE)
        .await;
    go(&s, "start").await;
    s.wait_for("#start-new").await;
    call_hook(&s, "imrImportFrom", &file).await;
    s.wait_for("#f-handoff-passphrase").await;
    audit.check_focused(&mut s, "handoff-import", ON_PAGE).await;
    s.fill("#f-handoff-passphrase", "copper meadow lantern 59")
        .await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    audit
        .check_focused(&mut s, "error:handoff-import", ON_ERRORS)
        .await;

    // A case with a passphrase: its screen, errors, the Lock button, the lock screen.
    go(&s, "start").await;
    s.click("#start-protected").await;
    s.wait_for("#f-passphrase-confirm").await;
    audit.check_focused(&mut s, "vault-new", ON_PAGE).await;
    s.fill("#f-passphrase", "short").await;
    // Rust words the hint as it is typed, with its own minimum.
    s.wait_for_text(
        "#passphrase-strength",
        "Too short: use at least 8 characters.",
    )
    .await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    let summary = s.text(".error-summary").await;
    assert!(
        summary.contains("The passphrase must be at least 8 characters long."),
        "{summary}"
    );
    audit
        .check_focused(&mut s, "error:vault-new", ON_ERRORS)
        .await;
    s.fill("#f-passphrase", "lantern harbor quietly 42").await;
    s.fill("#f-passphrase-confirm", "lantern harbor quietly 42")
        .await;
    s.click("#continue").await;
    s.wait_for("#lock-case").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    audit
        .check_focused(&mut s, "screen:problem-type:lock-button", ON_PAGE)
        .await;
    for css in ["#lock-case", "#quick-exit", "#help-link"] {
        focus_on(&s, css).await;
        assert_focus_visible(&s).await;
    }
    s.click("#lock-case").await;
    s.wait_for("#vault-back-to-start").await;
    // The lock screen puts the focus in the passphrase box, whose label says what to do.
    audit
        .check_focused(&mut s, "unlock", "main, main h1, #f-passphrase")
        .await;
    assert_focus_visible(&s).await;
    s.fill("#f-passphrase", "lantern harbor quietly 41").await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    audit.check_focused(&mut s, "error:unlock", ON_ERRORS).await;
    s.fill("#f-passphrase", "lantern harbor quietly 42").await;
    s.click("#continue").await;
    // Back on the page it was locked on.
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;

    // Quick exit: the start page without the list of cases.
    s.click("#quick-exit").await;
    s.wait_for("#show-cases").await;
    audit
        .check_focused(&mut s, "start:after-quick-exit", ON_PAGE)
        .await;

    // Settings for this computer (an error, then clinic mode on), remove all.
    s.click("#vault-settings").await;
    s.wait_for("#f-clinic-mode").await;
    audit.check_focused(&mut s, "vault-settings", ON_PAGE).await;
    s.fill("#f-auto-lock", "0").await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    audit
        .check_focused(&mut s, "error:vault-settings", ON_ERRORS)
        .await;
    s.fill("#f-auto-lock", "15").await;
    s.click("#f-clinic-mode").await;
    s.click("#continue").await;
    s.wait_for("#clinic-mode-on").await;
    audit
        .check_focused(&mut s, "start:clinic-mode", ON_PAGE)
        .await;
    s.click("#remove-all").await;
    s.wait_for("#confirm-remove-all").await;
    audit.check_focused(&mut s, "remove-all", ON_PAGE).await;
    s.click("#confirm-remove-all").await;
    s.wait_for("#continue").await;
    audit.check_focused(&mut s, "removed", ON_PAGE).await;
    s.close().await;

    // A case file found damaged at start-up: the start page says it was kept aside.
    let data = tempfile::tempdir().unwrap();
    let damaged = data.path().join("cases/20260301-damaged");
    std::fs::create_dir_all(&damaged).unwrap();
    std::fs::write(damaged.join("case.json"), b"{ cut short").unwrap();
    let mut s =
        Session::start_with_env("axe-damaged-case", &[("IMR_PACKET_DATA_DIR", data.path())]).await;
    s.wait_for("#startup-notices").await;
    audit
        .check_focused(&mut s, "start:damaged-notice", ON_PAGE)
        .await;
    s.close().await;

    audit.finish();
}

// ---------------------------------------------------------------- keyboard only

/// How many Tabs a page may take to reach something before the test gives up.
const TAB_LIMIT: usize = 80;

fn key(k: fantoccini::key::Key) -> char {
    k.into()
}

/// Presses Tab (Shift+Tab if `back`) until the focus is on `css`; fails if it never gets
/// there. Checks that the focus shows on the element reached.
async fn tab_to(s: &Session, css: &str, back: bool) {
    let mut path = Vec::new();
    for _ in 0..TAB_LIMIT {
        s.tab(back).await;
        if s.active_element_matches(css).await {
            assert_focus_visible(s).await;
            return;
        }
        path.push(s.focused().await);
    }
    panic!(
        "{} never reached `{css}` on {:?}; the focus went: {}",
        if back { "Shift+Tab" } else { "Tab" },
        s.title().await,
        path.join(" → ")
    );
}

/// The focused element shows an outline of at least 2 px with a contrast of at least 3:1
/// against what is around it (WCAG 2.4.7, 1.4.11).
async fn assert_focus_visible(s: &Session) {
    let style = s
        .js(
            &format!(
                "{}\nreturn Object.assign(focusVisible(document.activeElement),\
                 {{ what: document.activeElement.outerHTML.slice(0, 80) }});",
                support::FOCUS_STYLE_JS
            ),
            vec![],
        )
        .await;
    let width = style["width"].as_f64().unwrap();
    let contrast = style["contrast"].as_f64().unwrap();
    assert!(
        width >= 2.0 && contrast >= 3.0,
        "the focus does not show well enough on {}: outline {} {width}px, contrast {contrast:.2}",
        style["what"],
        style["style"]
    );
}

/// After a page change the focus is on the page's main area or its heading.
async fn assert_focus_on_page(s: &Session) {
    assert!(
        s.active_element_matches("main, h1").await,
        "after the page changed to {:?}, the focus is on {}",
        s.title().await,
        s.focused().await
    );
}

/// Types into the field `css`, reached with Tab.
async fn type_into(s: &Session, css: &str, text: &str) {
    tab_to(s, css, false).await;
    s.type_keys(text).await;
    assert_eq!(s.value(css).await, text, "typing into {css}");
}

/// Types a date into a date field's three boxes, month first as Californians write it,
/// moving between them with Tab.
async fn type_date(s: &Session, field_id: &str, day: &str, month: &str, year: &str) {
    let base = field(field_id);
    type_into(s, &format!("{base}-month"), month).await;
    for (part, text) in [("day", day), ("year", year)] {
        s.tab(false).await;
        let css = format!("{base}-{part}");
        assert!(
            s.active_element_matches(&css).await,
            "Tab did not go to {css}"
        );
        s.type_keys(text).await;
    }
}

async fn is_checked(s: &Session, css: &str) -> bool {
    s.js(
        "const e = document.querySelector(arguments[0]); return !!e && e.checked;",
        vec![json!(css)],
    )
    .await
    .as_bool()
    .unwrap()
}

/// Chooses a radio: Tab (or Shift+Tab) into its group, then the arrow keys, or Space on
/// a radio that has the focus but is not chosen yet.
async fn choose_by_keys(s: &Session, name: &str, value: &str, back: bool) {
    tab_to(s, &format!("input[type=radio][name=\"{name}\"]"), back).await;
    let target = format!("input[type=radio][name=\"{name}\"][value=\"{value}\"]");
    // Down, or Up once Down stops moving (the arrows need not wrap round).
    let mut arrow = fantoccini::key::Key::Down;
    for _ in 0..12 {
        if is_checked(s, &target).await && s.active_element_matches(&target).await {
            return;
        }
        if s.active_element_matches(&target).await {
            s.key(' ', false).await;
        } else {
            let before = s.focused().await;
            s.key(key(arrow), false).await;
            if s.focused().await == before {
                arrow = fantoccini::key::Key::Up;
            }
        }
    }
    panic!("the arrow keys never chose {target}");
}

/// Tab to Continue, press Enter, wait for `next`, and check the focus moved to the page.
async fn continue_to(s: &Session, next: &str) {
    tab_to(s, "#continue", false).await;
    s.key(key(fantoccini::key::Key::Enter), false).await;
    s.wait_for(next).await;
    if next != ".error-summary" {
        assert_focus_on_page(s).await;
    }
}

/// Opens a task from the task list with Tab and Enter.
async fn open_task(s: &Session, task: &str, first: &str) {
    tab_to(s, &format!("#task-{task}"), false).await;
    s.key(key(fantoccini::key::Key::Enter), false).await;
    s.wait_for(first).await;
    assert_focus_on_page(s).await;
}

/// Tabs right round the page: every element that can take the focus gets it, and the
/// focus comes back to where it started, so nothing traps it (WCAG 2.1.1, 2.1.2).
async fn assert_no_trap(s: &Session) {
    let tabbable = s
        .js(
            "return [...document.querySelectorAll('a[href], button:not([disabled]), input, select, textarea, [tabindex=\"0\"]')]\
               .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0\
                 && !e.closest('[hidden]') && !(e.type === 'radio' && !e.checked && document.querySelector(`input[name=\"${e.name}\"]:checked`)); })\
               .map((e) => { e.dataset.kb = e.dataset.kb || String(Math.random()).slice(2); return e.dataset.kb; });",
            vec![],
        )
        .await;
    let tabbable: Vec<String> = tabbable
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    // Round once: every element gets the focus, then the first one gets it again.
    let mut seen = std::collections::BTreeSet::new();
    let mut first: Option<String> = None;
    let mut back_to_start = false;
    for _ in 0..(tabbable.len() * 2 + 6) {
        s.tab(false).await;
        let now = s
            .js("return document.activeElement.dataset.kb || null;", vec![])
            .await;
        let Some(id) = now.as_str().map(str::to_string) else {
            continue; // the page itself, between the last element and the first
        };
        if first.is_none() {
            first = Some(id.clone());
        } else if seen.len() >= tabbable.len() && first.as_deref() == Some(id.as_str()) {
            back_to_start = true;
            break;
        }
        seen.insert(id);
    }
    let missed: Vec<&String> = tabbable.iter().filter(|t| !seen.contains(*t)).collect();
    assert!(
        missed.is_empty(),
        "Tab never reached {} of the {} elements on {:?}",
        missed.len(),
        tabbable.len(),
        s.title().await
    );
    assert!(
        back_to_start,
        "the focus did not come back round on {:?}",
        s.title().await
    );
}

/// Opens the help by keyboard alone from `link` (reached with Tab, or Shift+Tab if
/// `back`), checks that the focus is on `opened_at`, then closes it with Escape
/// (`escape`) or with Enter on the help's last button (reached with Tab). Afterwards the same page shows,
/// with the same title, and the focus is back on `link`.
async fn help_by_keys(s: &Session, link: &str, back: bool, opened_at: &str, escape: bool) {
    use fantoccini::key::Key;
    let (h1, title) = (s.h1().await, s.title().await);
    tab_to(s, link, back).await;
    s.key(key(Key::Enter), false).await;
    s.wait_for("#help-title").await;
    assert!(
        s.active_element_matches(opened_at).await,
        "the help opened with the focus on {}",
        s.focused().await
    );
    // The skip link, first on the page, goes to the help while the help is open.
    tab_to(s, "a.skip-link", true).await;
    s.key(key(Key::Enter), false).await;
    assert!(
        s.active_element_matches("#help-title").await,
        "the skip link took the focus to {}",
        s.focused().await
    );
    if escape {
        s.key(key(Key::Escape), false).await;
    } else {
        tab_to(s, "#help-close-bottom", false).await;
        s.key(key(Key::Enter), false).await;
    }
    s.wait_until_gone("#help-title").await;
    assert_eq!(
        s.h1().await,
        h1,
        "the help did not go back to the same page"
    );
    assert_eq!(s.title().await, title);
    assert!(
        s.active_element_matches(link).await,
        "after the help the focus is on {}, not {link}",
        s.focused().await
    );
}

/// What the status region (`#announce`, read by screen readers, not seen) says, once it
/// says something.
async fn announced(s: &Session) -> String {
    for _ in 0..50 {
        let said = s
            .js(
                "const a = document.getElementById('announce'); return a ? a.textContent : '';",
                vec![],
            )
            .await;
        let said = said.as_str().unwrap_or_default();
        if !said.is_empty() {
            return said.to_string();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    String::new()
}

#[tokio::test]
async fn keyboard_alone_completes_a_case_to_a_saved_packet() {
    use fantoccini::key::Key;
    let mut s = Session::start().await;
    s.wait_for("#start-new").await;
    assert_focus_on_page(&s).await;

    // The skip link is the first thing before the page, shows when focused, and works.
    tab_to(&s, "a.skip-link", true).await;
    let left = s
        .js(
            "return document.activeElement.getBoundingClientRect().left;",
            vec![],
        )
        .await;
    assert!(
        left.as_f64().unwrap() >= 0.0,
        "the skip link stays off screen"
    );
    s.key(key(Key::Enter), false).await;
    assert!(
        s.active_element_matches("main").await,
        "the skip link left the focus on {}",
        s.focused().await
    );
    tab_to(&s, "#start-new", false).await;
    s.key(key(Key::Enter), false).await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    assert_focus_on_page(&s).await;

    // Continue with nothing chosen: the focus goes to the error summary, whose link takes
    // it to the question.
    continue_to(&s, ".error-summary").await;
    assert!(
        s.active_element_matches(".error-summary").await,
        "the error summary did not take the focus: {}",
        s.focused().await
    );
    assert!(s.title().await.starts_with("Error: "));
    s.screenshot("error-summary").await;
    tab_to(&s, ".error-summary a", false).await;
    s.key(key(Key::Enter), false).await;
    let first = radio("problem.type", "medical_necessity");
    assert!(
        s.active_element_matches(&first).await,
        "the error link took the focus to {}",
        s.focused().await
    );
    s.key(' ', false).await;
    assert!(
        is_checked(&s, &first).await,
        "Space did not choose the radio"
    );
    continue_to(&s, &radio("applicant.role", "patient")).await;

    // The first questions.
    choose_by_keys(&s, "applicant.role", "patient", false).await;
    continue_to(&s, &radio("problem.plan_action", "denied")).await;
    choose_by_keys(&s, "problem.plan_action", "denied", false).await;
    continue_to(&s, &format!("{}-day", field("problem.denial_date"))).await;
    type_date(&s, "problem.denial_date", "20", "1", "2026").await;
    continue_to(&s, &radio("plan.regulator", "dmhc")).await;
    for (name, value, next) in [
        (
            "plan.regulator",
            "dmhc",
            radio("plan.medi_cal_managed_care", "no"),
        ),
        (
            "plan.medi_cal_managed_care",
            "no",
            radio("plan.has_medicare", "no"),
        ),
        ("plan.has_medicare", "no", radio("grievance.filed", "yes")),
        (
            "grievance.filed",
            "yes",
            format!("{}-day", field("grievance.filed_on")),
        ),
    ] {
        choose_by_keys(&s, name, value, false).await;
        continue_to(&s, &next).await;
    }
    type_date(&s, "grievance.filed_on", "5", "1", "2026").await;
    // The help topic under the question, by keyboard: Tab on past Continue to its link,
    // Enter, read, Escape: back on the link, the typed date still there.
    help_by_keys(&s, ".help-topic-link", false, "#help-grievance-first", true).await;
    assert_eq!(
        s.value(&format!("{}-year", field("grievance.filed_on")))
            .await,
        "2026"
    );
    continue_to(&s, &radio("grievance.decided", "yes")).await;
    choose_by_keys(&s, "grievance.decided", "yes", false).await;
    continue_to(&s, &format!("{}-day", field("grievance.decision_date"))).await;
    type_date(&s, "grievance.decision_date", "5", "2", "2026").await;
    continue_to(&s, &radio("urgency.urgent", "no")).await;
    choose_by_keys(&s, "urgency.urgent", "no", false).await;
    continue_to(&s, "#dates").await;
    s.screenshot("result").await;
    continue_to(&s, "#task-patient").await;

    // About the patient.
    open_task(&s, "patient", &field("patient.first_name")).await;
    type_into(&s, &field("patient.first_name"), "Rosa").await;
    // The whole help from the header, by keyboard, with a name typed and not saved:
    // Shift+Tab up to the Help link, Enter; Tab down to "Close help", Enter.
    help_by_keys(&s, "#help-link", true, "#help-title", false).await;
    assert_eq!(s.value(&field("patient.first_name")).await, "Rosa");
    type_into(&s, &field("patient.last_name"), "Quintana").await;
    continue_to(&s, &format!("{}-day", field("patient.date_of_birth"))).await;
    type_date(&s, "patient.date_of_birth", "14", "7", "1961").await;
    choose_by_keys(&s, "patient.gender", "female", false).await;
    continue_to(&s, &field("patient.street")).await;
    type_into(&s, &field("patient.street"), "12 Synthetic Street").await;
    type_into(&s, &field("patient.city"), "Fresno").await;
    type_into(&s, &field("patient.state"), "CA").await;
    type_into(&s, &field("patient.zip"), "93701").await;
    continue_to(&s, &field("contact.phone")).await;
    type_into(&s, &field("contact.phone"), "559-555-0142").await;
    continue_to(&s, &field("language.primary")).await;
    type_into(&s, &field("language.primary"), "Spanish").await;
    choose_by_keys(&s, "language.correspond_in_language", "yes", false).await;
    continue_to(&s, "#task-plan").await;

    // The health plan: the first questions are shown with Change, not asked again.
    open_task(&s, "plan", "#answered-before").await;
    continue_to(&s, &field("plan.name")).await;
    type_into(&s, &field("plan.name"), "Golden Valley Health Plan").await;
    type_into(&s, &field("plan.member_id"), "XJ4-2291-07").await;
    continue_to(&s, "#task-problem").await;

    // The problem.
    open_task(&s, "problem", "#answered-before").await;
    continue_to(&s, &field("problem.condition")).await;
    type_into(&s, &field("problem.condition"), "Lumbar radiculopathy").await;
    type_into(&s, &field("problem.treatment"), "MRI of the lumbar spine").await;
    continue_to(&s, &field("problem.description")).await;
    type_into(
        &s,
        &field("problem.description"),
        "Physical therapy did not help. My doctor asked for an MRI and the plan said no.",
    )
    .await;
    continue_to(&s, &field("problem.desired_outcome")).await;
    type_into(&s, &field("problem.desired_outcome"), "Approve the MRI.").await;
    continue_to(&s, &field("provider.doctor_name")).await;
    type_into(&s, &field("provider.doctor_name"), "Dr. Ana Torres").await;
    type_into(&s, &field("provider.doctor_phone"), "559-555-0190").await;
    continue_to(&s, "#task-helper").await;

    open_task(&s, "helper", &radio("helper.has_helper", "no")).await;
    choose_by_keys(&s, "helper.has_helper", "no", false).await;
    continue_to(&s, "#task-documents").await;

    // Documents: the native file dialog is outside the page, so the file goes in through
    // the hook the dialog calls; the rest is keyboard. The page says it was added.
    open_task(&s, "documents", "#dropzone").await;
    tab_to(&s, "#choose-files", false).await;
    let errors = s
        .add_files(&[&example("denial-letter.pdf")], "denial_letter")
        .await;
    assert!(errors.is_empty(), "{errors:?}");
    s.wait_for("#document-0").await;
    let said = announced(&s).await;
    assert!(
        said.contains("Document added: denial-letter.pdf"),
        "status: {said:?}"
    );
    assert_no_trap(&s).await;
    s.screenshot("documents").await;
    continue_to(&s, "#task-check").await;

    // Who signs, then check the answers.
    open_task(&s, "check", &field("signature.name")).await;
    type_into(&s, &field("signature.name"), "Rosa Quintana").await;
    choose_by_keys(&s, "signature.relationship", "self", false).await;
    continue_to(&s, ".summary").await;
    tab_to(&s, "dd.change a", false).await;
    continue_to(&s, "#sign-wet").await;

    // Signing: the drawing box takes the focus and lets it go; typing the name is the
    // keyboard way to sign.
    choose_by_keys(&s, "signing", "drawn", false).await;
    tab_to(&s, "#draw-pad", false).await;
    s.tab(false).await;
    assert!(
        !s.active_element_matches("#draw-pad").await,
        "the focus is stuck in the drawing box"
    );
    assert_no_trap(&s).await;
    s.screenshot("sign-drawn").await;
    choose_by_keys(&s, "signing", "typed", true).await;
    assert_eq!(s.value("#typed-name").await, "Rosa Quintana");
    continue_to(&s, "#mode-fax").await;

    // The packet, by mail.
    choose_by_keys(&s, "mode", "mail", false).await;
    wait_for_page_count(&s).await;
    tab_to(&s, "#save-packet", false).await;
    s.screenshot("packet").await;
    // The native save dialog is outside the page: the path goes in through its hook.
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("IMR-packet-keyboard.pdf");
    s.save_packet_to(&target).await;
    s.wait_for("#open-packet").await;
    assert_focus_on_page(&s).await;
    let said = announced(&s).await;
    assert!(said.starts_with("Your packet is saved"), "status: {said:?}");
    assert!(target.is_file());
    let text = std::process::Command::new("pdftotext")
        .arg(&target)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    for typed in [
        "Quintana",
        "Golden Valley Health Plan",
        "MRI of the lumbar spine",
    ] {
        assert!(text.contains(typed), "the packet lacks {typed:?}");
    }
    tab_to(&s, "#open-checklist", false).await;
    s.screenshot("packet-ready").await;
}
