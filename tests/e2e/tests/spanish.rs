//! The app in Spanish, in the real window: the choice on the start page, the words on
//! the screens (read from the catalog, so a translator can change them), no raw message
//! ids anywhere, and the choice remembered after a restart.

#![allow(clippy::unwrap_used)]

mod support;

use imr_i18n::{catalog, text, Lang};
use serde_json::json;
use support::{field, radio, Session};

fn es(id: &str) -> String {
    text(Lang::Es, id, &[])
}

/// Fails if the page shows a message id instead of a message, or English where Spanish
/// is expected for a message of the catalog.
async fn assert_no_raw_ids(s: &Session, page: &str) {
    let body = s
        .js("return document.body.innerText;", vec![])
        .await
        .as_str()
        .unwrap()
        .to_string();
    let raw: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| {
            let mut parts = l.split('-');
            let first = parts.next().unwrap_or("");
            l.contains('-')
                && !first.is_empty()
                && first.chars().all(|c| c.is_ascii_lowercase())
                && parts.all(|p| {
                    !p.is_empty()
                        && p.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                })
        })
        .collect();
    assert!(
        raw.is_empty(),
        "{page}: raw message ids shown: {raw:?}\n{body}"
    );
    // Every line that is exactly an English message (longer than a word or two) must have
    // been translated.
    let en = catalog(Lang::En);
    let es_catalog = catalog(Lang::Es);
    let english: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| l.split_whitespace().count() >= 3)
        .filter(|l| en.values().any(|v| v == l) && !es_catalog.values().any(|v| v == l))
        .collect();
    assert!(
        english.is_empty(),
        "{page}: English left on a Spanish page: {english:?}"
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
    assert_no_raw_ids(&s, "start page").await;
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

/// The first questions in Spanish: the question is the Spanish h1, a missing answer
/// brings the Spanish error summary and "Error:" title, the result page and the task
/// list are in Spanish with dates written the Spanish way, and no page shows a raw id.
#[tokio::test]
async fn spanish_wizard_first_screens_validation_and_task_list() {
    let mut s = Session::start().await;
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
    assert_no_raw_ids(&s, "problem-type").await;

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
    assert_eq!(s.h1().await, es("field-problem-type"));
    assert_no_raw_ids(&s, "problem-type with an error").await;
    s.screenshot("problem-type-error-es").await;

    s.choose(&radio("problem.type", "medical_necessity")).await;
    s.click("#continue").await;
    s.wait_for(&radio("problem.plan_action", "denied")).await;
    assert!(s.h1().await.starts_with(&es("field-problem-plan-action")));
    assert_eq!(s.text("a.back-link").await, es("back-link"));
    s.choose(&radio("problem.plan_action", "denied")).await;
    s.click("#continue").await;
    s.wait_for(&radio("plan.regulator", "dmhc")).await;
    s.choose(&radio("plan.regulator", "dmhc")).await;
    s.click("#continue").await;
    s.wait_for(&radio("plan.medi_cal_managed_care", "no")).await;
    s.choose(&radio("plan.medi_cal_managed_care", "no")).await;
    s.click("#continue").await;
    s.wait_for(&radio("plan.has_medicare", "no")).await;
    s.choose(&radio("plan.has_medicare", "no")).await;
    s.click("#continue").await;
    s.wait_for(&radio("grievance.filed", "yes")).await;
    s.choose(&radio("grievance.filed", "yes")).await;
    s.click("#continue").await;
    let day = format!("{}-day", field("grievance.filed_on"));
    s.wait_for(&day).await;
    assert_eq!(
        s.text(&format!("label[for={}]", &day[1..])).await,
        es("date-day")
    );
    s.fill_date("grievance.filed_on", "5", "1", "2026").await;
    s.click("#continue").await;
    s.wait_for(&radio("grievance.decided", "yes")).await;
    s.choose(&radio("grievance.decided", "yes")).await;
    s.click("#continue").await;
    s.wait_for(&format!("{}-day", field("grievance.decision_date")))
        .await;
    assert_eq!(s.h1().await, es("screen-grievance-decision"));
    assert_no_raw_ids(&s, "grievance-decision").await;
    s.fill_date("grievance.decision_date", "5", "2", "2026")
        .await;
    s.click("#continue").await;
    s.wait_for(&radio("urgency.urgent", "no")).await;
    s.choose(&radio("urgency.urgent", "no")).await;
    s.click("#continue").await;
    s.wait_for("#dates").await;
    assert_eq!(s.h1().await, es("result-can-apply"));
    let dates = s.text("#dates").await;
    // "Preséntela a más tardar el 5 de agosto de 2026."
    let months = (1..=12).map(|m| format!(" de {} de 2026", es(&format!("month-{m}"))));
    assert!(months.into_iter().any(|m| dates.contains(&m)), "{dates}");
    assert_no_raw_ids(&s, "result").await;
    s.screenshot("result-es").await;

    s.click("#continue").await;
    s.wait_for(".task-list").await;
    assert_eq!(s.h1().await, es("tasks-title"));
    assert_eq!(s.text("#task-patient").await, es("task-patient"));
    // The tag is shown in capitals by the style sheet.
    assert_eq!(
        s.text("#status-patient").await.to_lowercase(),
        es("status-not-started").to_lowercase()
    );
    assert_no_raw_ids(&s, "task list").await;
    s.screenshot("tasks-es").await;

    // The first question of a task, with its Spanish hint.
    s.click("#task-patient").await;
    s.wait_for(&field("patient.first_name")).await;
    assert_eq!(s.h1().await, es("screen-patient-name"));
    let label = s
        .text(&format!("label[for={}]", &field("patient.first_name")[1..]))
        .await;
    assert_eq!(label, es("field-patient-first-name"));
    assert_no_raw_ids(&s, "patient-name").await;
}
