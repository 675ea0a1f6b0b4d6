//! The app in Spanish, in the real window: the choice on the start page, the words on
//! the screens (read from the catalog, so a translator can change them), no raw message
//! ids anywhere, and the choice remembered after a restart.

#![allow(clippy::unwrap_used)]

mod support;

use std::collections::BTreeSet;

use imr_app::localize::application_form_in;
use imr_i18n::{ids, text, untranslated_words, Lang};
use serde_json::json;
use support::{field, radio, Session};

fn es(id: &str) -> String {
    text(Lang::Es, id, &[])
}

/// English that may be on a Spanish page: names of places and bodies, and the button
/// that switches to English (in its own language).
const KEPT_IN_ENGLISH: &[&str] = &["English", "Department of Managed Health Care"];

/// The English words in `text` (words of the English messages that no Spanish message
/// uses, computed from the Fluent files), leaving out what the person typed (`typed`).
fn english_in(text: &str, typed: &[&str]) -> Vec<String> {
    let mut text = text.to_string();
    for allowed in typed.iter().chain(KEPT_IN_ENGLISH) {
        text = text.replace(allowed, " ");
    }
    untranslated_words(Lang::Es, &text)
}

/// Message ids shown instead of their message: words like `wizard-foo-bar` whose first
/// part starts a message id of the catalog.
fn raw_ids_in(text: &str) -> Vec<String> {
    let prefixes: BTreeSet<String> = ids(Lang::En)
        .into_iter()
        .chain(ids(Lang::Es))
        .filter_map(|id| id.split('-').next().map(str::to_string))
        .collect();
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| {
            let mut parts = w.split('-');
            let first = parts.next().unwrap_or("");
            w.contains('-')
                && prefixes.contains(first)
                && parts.all(|p| {
                    !p.is_empty()
                        && p.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                })
        })
        .map(str::to_string)
        .collect()
}

/// Fails if the page (its visible text and its title) shows a raw message id or an
/// English word other than what the person typed or what a letter says (words quoted
/// from a letter are marked `lang=""`, their language unknown, and left out).
async fn assert_spanish(s: &Session, page: &str, typed: &[&str]) {
    let shown = s
        .js(
            "let text = document.body.innerText;\
             for (const q of document.querySelectorAll('body [lang=\"\"]')) text = text.replace(q.innerText, '');\
             return document.title + '\\n' + text;",
            vec![],
        )
        .await
        .as_str()
        .unwrap()
        .to_string();
    let raw = raw_ids_in(&shown);
    assert!(
        raw.is_empty(),
        "{page}: raw message ids shown: {raw:?}\n{shown}"
    );
    let english = english_in(&shown, typed);
    assert!(
        english.is_empty(),
        "{page}: English on a Spanish page: {english:?}\n{shown}"
    );
}

#[tokio::test]
async fn spanish_is_chosen_on_the_start_page_and_remembered() {
    let mut s = Session::start().await;
    assert_eq!(s.text("#start-new").await, text(Lang::En, "start-new", &[]));
    s.click("#lang-es").await;
    s.wait_for_h1(&es("start-heading")).await;
    assert_eq!(s.text("#start-new").await, es("start-new"));
    let lang = s.js("return document.documentElement.lang;", vec![]).await;
    assert_eq!(lang, json!("es"));
    assert!(s.title().await.contains(&es("start-title")));
    assert_eq!(
        s.js(
            "return document.querySelector('.skip-link').textContent;",
            vec![]
        )
        .await,
        json!(es("skip-to-main"))
    );
    assert_spanish(&s, "start page", &[]).await;
    let settings = std::fs::read_to_string(s.data_dir().join("settings.json")).unwrap();
    assert!(settings.contains("\"es\""), "{settings}");
    s.screenshot("start-es").await;

    s.restart().await;
    s.wait_for_h1(&es("start-heading")).await;
    assert_eq!(
        s.js("return document.documentElement.lang;", vec![]).await,
        json!("es")
    );
    assert_eq!(
        s.find("#lang-es")
            .await
            .attr("aria-pressed")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );

    // And back to English.
    s.click("#lang-en").await;
    s.wait_for_h1(&text(Lang::En, "start-heading", &[])).await;
    assert_eq!(
        s.js("return document.documentElement.lang;", vec![]).await,
        json!("en")
    );
}

/// One thing a person does on a screen.
enum Act {
    /// Picks the radio `(field, value)`.
    Choose(&'static str, &'static str),
    /// Picks the radio or checkbox matching a selector.
    Pick(&'static str),
    /// Types into a field.
    Fill(&'static str, &'static str),
    /// Types a date into a field's day, month and year.
    Date(&'static str, [&'static str; 3]),
}

/// A screen of the walk: checked for English and raw ids as it comes up, answered, then
/// left by clicking `leave`; `then` matches something on the next screen.
struct Screen {
    name: &'static str,
    acts: &'static [Act],
    leave: &'static str,
    then: &'static str,
}

const fn screen(
    name: &'static str,
    acts: &'static [Act],
    leave: &'static str,
    then: &'static str,
) -> Screen {
    Screen {
        name,
        acts,
        leave,
        then,
    }
}

const CONTINUE: &str = "#continue";

/// From the first question to the result page (the first question answered after its
/// error was seen).
const ELIGIBILITY: &[Screen] = &[
    screen(
        "problem-type",
        &[Act::Choose("problem.type", "medical_necessity")],
        CONTINUE,
        "#f-applicant-role-patient",
    ),
    screen(
        "who",
        &[Act::Choose("applicant.role", "patient")],
        CONTINUE,
        "#f-problem-plan_action-denied",
    ),
    screen(
        "plan-action",
        &[Act::Choose("problem.plan_action", "denied")],
        CONTINUE,
        "#f-problem-denial_date-day",
    ),
    screen(
        "denial-date",
        &[Act::Date("problem.denial_date", ["20", "1", "2026"])],
        CONTINUE,
        "#f-plan-regulator-dmhc",
    ),
    screen(
        "regulator",
        &[Act::Choose("plan.regulator", "dmhc")],
        CONTINUE,
        "#f-plan-medi_cal_managed_care-no",
    ),
    screen(
        "medi-cal",
        &[Act::Choose("plan.medi_cal_managed_care", "no")],
        CONTINUE,
        "#f-plan-has_medicare-no",
    ),
    screen(
        "medicare",
        &[Act::Choose("plan.has_medicare", "no")],
        CONTINUE,
        "#f-grievance-filed-yes",
    ),
    screen(
        "grievance-filed",
        &[Act::Choose("grievance.filed", "yes")],
        CONTINUE,
        "#f-grievance-filed_on-day",
    ),
    screen(
        "grievance-filed-on",
        &[Act::Date("grievance.filed_on", ["5", "1", "2026"])],
        CONTINUE,
        "#f-grievance-decided-yes",
    ),
    screen(
        "grievance-decided",
        &[Act::Choose("grievance.decided", "yes")],
        CONTINUE,
        "#f-grievance-decision_date-day",
    ),
    screen(
        "grievance-decision",
        &[Act::Date("grievance.decision_date", ["5", "2", "2026"])],
        CONTINUE,
        "#f-urgency-urgent-no",
    ),
    screen(
        "urgent",
        &[Act::Choose("urgency.urgent", "no")],
        CONTINUE,
        "#dates",
    ),
];

/// From the result page through every task up to the documents page. The person's own
/// words are Spanish, as a Spanish speaker would type them.
const TASKS: &[Screen] = &[
    screen("result", &[], CONTINUE, ".task-list"),
    screen("tasks", &[], "#task-patient", "#f-patient-first_name"),
    screen(
        "patient-name",
        &[
            Act::Fill("patient.first_name", "Rosa"),
            Act::Fill("patient.last_name", "Quintana Núñez"),
        ],
        CONTINUE,
        "#f-patient-date_of_birth-day",
    ),
    screen(
        "patient-details",
        &[
            Act::Date("patient.date_of_birth", ["14", "7", "1961"]),
            Act::Choose("patient.gender", "female"),
        ],
        CONTINUE,
        "#f-patient-street",
    ),
    screen(
        "patient-address",
        &[
            Act::Fill("patient.street", "12 Calle Sintética"),
            Act::Fill("patient.city", "Fresno"),
            Act::Fill("patient.state", "CA"),
            Act::Fill("patient.zip", "93701"),
        ],
        CONTINUE,
        "#f-contact-phone",
    ),
    screen(
        "contact",
        &[Act::Fill("contact.phone", "559-555-0142")],
        CONTINUE,
        "#f-language-primary",
    ),
    screen(
        "language",
        &[
            Act::Fill("language.primary", "español"),
            Act::Choose("language.correspond_in_language", "yes"),
        ],
        CONTINUE,
        "#task-plan",
    ),
    screen("tasks-plan", &[], "#task-plan", "#answered-before"),
    screen("plan-answered-before", &[], CONTINUE, "#f-plan-name"),
    screen(
        "plan-details",
        &[
            Act::Fill("plan.name", "Plan de Salud Valle Dorado"),
            Act::Fill("plan.member_id", "XJ4-2291-07"),
        ],
        CONTINUE,
        "#task-problem",
    ),
    screen("tasks-problem", &[], "#task-problem", "#answered-before"),
    screen(
        "problem-answered-before",
        &[],
        CONTINUE,
        "#f-problem-condition",
    ),
    screen(
        "treatment",
        &[
            Act::Fill("problem.condition", "Radiculopatía lumbar"),
            Act::Fill("problem.treatment", "Resonancia magnética de la columna"),
        ],
        CONTINUE,
        "#f-problem-description",
    ),
    screen(
        "description",
        &[Act::Fill(
            "problem.description",
            "La terapia física no me ayudó. Mi médica pidió una resonancia y el plan dijo que no.",
        )],
        CONTINUE,
        "#f-problem-desired_outcome",
    ),
    screen(
        "outcome",
        &[Act::Fill(
            "problem.desired_outcome",
            "Que aprueben la resonancia.",
        )],
        CONTINUE,
        "#f-provider-doctor_name",
    ),
    screen(
        "providers",
        &[
            Act::Fill("provider.doctor_name", "Dra. Ana Torres"),
            Act::Fill("provider.doctor_phone", "559-555-0190"),
        ],
        CONTINUE,
        "#task-helper",
    ),
    screen(
        "tasks-helper",
        &[],
        "#task-helper",
        "#f-helper-has_helper-no",
    ),
    screen(
        "helper",
        &[Act::Choose("helper.has_helper", "no")],
        CONTINUE,
        "#task-documents",
    ),
    screen("tasks-documents", &[], "#task-documents", "#dropzone"),
];

/// From the documents page (a letter added) to the packet page, fax chosen.
const CHECK: &[Screen] = &[
    screen("documents", &[], CONTINUE, "#task-check"),
    screen("tasks-check", &[], "#task-check", "#f-signature-name"),
    screen(
        "signature",
        &[
            Act::Fill("signature.name", "Rosa Quintana Núñez"),
            Act::Choose("signature.relationship", "self"),
        ],
        CONTINUE,
        ".summary",
    ),
    screen("check-answers", &[], CONTINUE, "#sign-wet"),
    screen("signing", &[Act::Pick("#sign-wet")], CONTINUE, "#mode-fax"),
];

/// The letter the person adds, from the example case.
const LETTER: &str = "denial-letter.pdf";

/// The person's own words in the walk: all they type, and the name of the file they add.
fn typed() -> Vec<&'static str> {
    [ELIGIBILITY, TASKS, CHECK]
        .iter()
        .flat_map(|screens| screens.iter())
        .flat_map(|screen| screen.acts.iter())
        .filter_map(|act| match act {
            Act::Fill(_, text) => Some(*text),
            _ => None,
        })
        .chain([LETTER])
        .collect()
}

/// Walks `screens`; returns how many were passed.
async fn walk(s: &mut Session, screens: &[Screen]) -> usize {
    let typed = typed();
    for screen in screens {
        assert_spanish(s, screen.name, &typed).await;
        for act in screen.acts {
            match act {
                Act::Choose(id, value) => s.choose(&radio(id, value)).await,
                Act::Pick(css) => s.choose(css).await,
                Act::Fill(id, text) => s.fill(&field(id), text).await,
                Act::Date(id, [d, m, y]) => s.fill_date(id, d, m, y).await,
            }
        }
        s.screenshot(screen.name).await;
        s.click(screen.leave).await;
        s.wait_for(screen.then).await;
    }
    screens.len()
}

/// A Spanish speaker goes from the start page to a saved packet and its checklist: every
/// screen passed is in Spanish (no English word from the English messages, no raw
/// message id), as are the error summary and the refusal of a file. The checklist PDF
/// is in Spanish; the packet for the DMHC keeps its English headings and the person's
/// words as typed.
#[tokio::test]
async fn spanish_from_start_to_packet_and_checklist() {
    let mut s = Session::start().await;
    let typed = typed();
    s.click("#lang-es").await;
    s.wait_for_h1(&es("start-heading")).await;
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    assert_eq!(s.h1().await, es("field-problem-type"));
    let option = s
        .text(&format!(
            "label[for={}-medical_necessity]",
            &field("problem.type")[1..]
        ))
        .await;
    assert_eq!(option, es("field-problem-type-option-medical-necessity"));

    // Continue without an answer: the error summary, in Spanish.
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    assert_eq!(
        s.text("#error-summary-title").await,
        es("error-summary-title")
    );
    let title = s.title().await;
    assert!(title.starts_with("Error: "), "{title}");
    assert!(title.contains(&es("field-problem-type")), "{title}");
    assert_spanish(&s, "problem-type with an error", &typed).await;
    s.screenshot("problem-type-error").await;

    let mut screens = 1 + walk(&mut s, ELIGIBILITY).await;
    assert_eq!(s.h1().await, es("result-can-apply"));
    let dates = s.text("#dates").await;
    // "Presente su solicitud a más tardar el 5 de agosto de 2026."
    let months = (1..=12).map(|m| format!(" de {} de 2026", es(&format!("month-{m}"))));
    assert!(months.into_iter().any(|m| dates.contains(&m)), "{dates}");

    screens += walk(&mut s, &TASKS[..2]).await;
    assert_eq!(s.h1().await, es("screen-patient-name"));
    assert_eq!(
        s.text(&format!("label[for={}]", &field("patient.first_name")[1..]))
            .await,
        es("field-patient-first-name")
    );
    screens += walk(&mut s, &TASKS[2..]).await;

    // A text file named .pdf is refused, in Spanish, naming the file; a letter is added.
    let files = tempfile::tempdir().unwrap();
    let fake = files.path().join("carta.pdf");
    std::fs::write(&fake, "Esto no es un PDF.\n").unwrap();
    let errors = s.add_files(&[&fake], "denial_letter").await;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("carta.pdf: "), "{errors:?}");
    let english = english_in(&errors[0], &typed);
    assert!(english.is_empty(), "English in {errors:?}: {english:?}");
    s.wait_for(".error-summary").await;
    assert_eq!(
        s.text("#error-summary-title").await,
        es("error-summary-title")
    );
    assert_spanish(&s, "documents with a refused file", &typed).await;
    s.screenshot("documents-refused").await;
    let letter = support::workspace().join("examples/nunez").join(LETTER);
    let errors = s.add_files(&[&letter], "denial_letter").await;
    assert!(errors.is_empty(), "{errors:?}");
    s.wait_for("#document-0").await;
    // Plurals are chosen in the window with Fluent's rules: the two-page letter says
    // "2 páginas", a one-page photo "1 página" (never "1 páginas").
    // The photo under a Spanish name, as a Spanish speaker's phone would save it (its
    // name is shown as its title).
    let photo = files.path().join("respuesta-del-plan.jpg");
    std::fs::copy(
        support::workspace()
            .join("examples/nunez")
            .join("grievance-decision-photo.jpg"),
        &photo,
    )
    .unwrap();
    let errors = s.add_files(&[&photo], "grievance_decision").await;
    assert!(errors.is_empty(), "{errors:?}");
    // Its corners are checked right away, in Spanish; left for later (the photo whole).
    s.wait_for("#photos-later").await;
    assert_eq!(s.h1().await, es("photos-heading"));
    assert_spanish(&s, "photo check", &typed).await;
    s.click("#photos-later").await;
    s.wait_for("#document-1").await;
    let letter_row = s.text("#document-0").await;
    let photo_row = s.text("#document-1").await;
    assert!(letter_row.contains("2 páginas"), "{letter_row}");
    assert!(
        photo_row.contains("1 página") && !photo_row.contains("1 páginas"),
        "{photo_row}"
    );
    screens += walk(&mut s, CHECK).await;

    // The packet page, fax chosen: the page count comes once the packet is built.
    s.choose("#mode-fax").await;
    s.wait_for_h1(&es("packet-heading")).await;
    let counted = es("packet-will-have");
    // "Su paquete va a tener ", up to the number of pages.
    let counted = counted.split('{').next().unwrap();
    let mut info = String::new();
    for _ in 0..600 {
        info = s.text("#packet-info").await;
        if info.starts_with(counted) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(info.starts_with(counted), "{info}");
    s.wait_for("#fax-preview-0 img.fax-page").await;
    assert_spanish(&s, "packet", &typed).await;
    s.screenshot("packet").await;
    screens += 1;

    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("IMR-packet-QUINTANA-NUNEZ-2026-03-01.pdf");
    s.save_packet_to(&target).await;
    s.wait_for("#open-packet").await;
    s.wait_for_h1(&es("packet-ready")).await;
    // The saved paths are shown: file names (the app's suggestion, plain ASCII) are not
    // words of the page.
    let checklist_pdf = out
        .path()
        .join("IMR-packet-QUINTANA-NUNEZ-2026-03-01-checklist.pdf");
    let shown_paths = [
        checklist_pdf.display().to_string(),
        target.display().to_string(),
    ];
    let mut allowed: Vec<&str> = shown_paths.iter().map(String::as_str).collect();
    allowed.extend(&typed);
    assert_spanish(&s, "packet ready", &allowed).await;
    s.screenshot("packet-ready").await;
    screens += 1;
    eprintln!("[e2e] spanish: {screens} screens passed in Spanish");

    // The checklist is in Spanish.
    let checklist = support::pdftotext(&checklist_pdf);
    assert!(checklist.contains(&es("checklist-title")), "{checklist}");
    assert!(
        checklist.contains(&es("checklist-check-heading")),
        "{checklist}"
    );
    // Each exhibit has its letter as the packet says it ("Exhibit A", in brackets) and,
    // with no title of the person's, its kind in Spanish: not the English default title.
    let exhibit = format!("Anexo A (Exhibit A): {}", es("document-kind-denial-letter"));
    assert!(!checklist.contains("Denial letter"), "{checklist}");
    assert!(checklist.contains(&exhibit), "{checklist}");
    let checklist = checklist.replace(&exhibit, " ");
    let english = english_in(&checklist, &typed);
    assert!(
        english.is_empty(),
        "English in the checklist: {english:?}\n{checklist}"
    );
    assert!(raw_ids_in(&checklist).is_empty(), "{checklist}");

    // The packet for the DMHC: English headings, the person's words as typed.
    let packet = support::pdftotext(&target);
    // The form's English title, and the English heading of each section the person
    // filled in.
    let filled: Vec<&str> = [TASKS, CHECK]
        .iter()
        .flat_map(|screens| screens.iter())
        .flat_map(|screen| screen.acts.iter())
        .filter_map(|act| match act {
            Act::Fill(id, _) => Some(*id),
            _ => None,
        })
        .collect();
    let form = application_form_in(Lang::En);
    let mut headings = vec![form.title];
    for section in &form.sections {
        if section.fields.iter().any(|f| filled.contains(&f.id)) {
            headings.push(section.title);
        }
    }
    assert!(headings.len() >= 5, "{headings:?}");
    for heading in headings {
        assert!(packet.contains(heading), "the packet lacks {heading:?}");
    }
    for words in [
        "Page 1 of",
        "EXHIBIT A",
        "Radiculopatía lumbar",
        "Quintana Núñez",
    ] {
        assert!(packet.contains(words), "the packet lacks {words:?}");
    }
    assert!(!packet.contains(&es("checklist-title")));
}
