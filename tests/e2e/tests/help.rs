//! The offline help in the real window: it opens from every page (mouse and keyboard),
//! from the topic link beside a question, and closing it puts the person back on the
//! same screen with what they typed, saved or not, still there. In English and Spanish.

#![allow(clippy::unwrap_used)]

mod support;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use imr_i18n::{text, Lang};
use serde_json::json;
use support::{field, radio, Session};

fn es(id: &str) -> String {
    text(Lang::Es, id, &[])
}

/// Presses and releases one key on whatever has the focus, as a keyboard would.
async fn press(s: &Session, key: char) {
    let keys = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    s.client().perform_actions(keys).await.unwrap();
}

const ENTER: char = '\u{E007}';
const ESCAPE: char = '\u{E00C}';
const TAB: char = '\u{E004}';

/// Answers the eligibility questions up to "When did you complain to the plan?".
async fn to_grievance_date(s: &Session) {
    s.click("#start-new").await;
    for (question, answer) in [
        ("problem.type", "medical_necessity"),
        ("applicant.role", "patient"),
        ("problem.plan_action", "denied"),
        ("plan.regulator", "dmhc"),
        ("plan.medi_cal_managed_care", "no"),
        ("plan.has_medicare", "no"),
        ("grievance.filed", "yes"),
    ] {
        s.choose(&radio(question, answer)).await;
        s.click("#continue").await;
        if question == "problem.plan_action" {
            // The denial letter's date may be left blank.
            s.wait_for(&format!("{}-day", field("problem.denial_date")))
                .await;
            s.click("#continue").await;
        }
    }
    s.wait_for(&format!("{}-day", field("grievance.filed_on")))
        .await;
}

/// Whether the element matching `css` is shown (not hidden, not inside something hidden).
async fn shown(s: &Session, css: &str) -> bool {
    s.js(
        "const e = document.querySelector(arguments[0]); \
         return !!e && e.getClientRects().length > 0;",
        vec![json!(css)],
    )
    .await
    .as_bool()
    .unwrap()
}

async fn typed_date(s: &Session) -> (String, String, String) {
    let base = field("grievance.filed_on");
    (
        s.value(&format!("{base}-day")).await,
        s.value(&format!("{base}-month")).await,
        s.value(&format!("{base}-year")).await,
    )
}

#[tokio::test]
async fn help_keeps_typed_answers_and_returns_to_the_same_screen() {
    let mut s = Session::start().await;
    // The Help link is there on the start page too.
    assert!(shown(&s, "#help-link").await);
    to_grievance_date(&s).await;
    let h1 = s.h1().await;
    let title = s.title().await;
    // Typed, not saved: Continue is not pressed.
    s.fill_date("grievance.filed_on", "20", "1", "2026").await;
    s.fill(&format!("{}-year", field("grievance.filed_on")), "2026")
        .await;

    // The question links to the topic that answers it.
    let link = s.text(".help-topic-link").await;
    assert!(
        link.contains("Complain to your health plan first"),
        "{link}"
    );
    s.click(".help-topic-link").await;
    s.wait_for("#help-grievance-first").await;
    assert!(s.active_element_matches("#help-grievance-first").await);
    assert!(
        !shown(&s, "#main").await,
        "the page stays hidden under the help"
    );
    let help = s.text("#help").await;
    for needle in [
        "within 30 days",
        "within 3 days",
        "experimental or investigational",
        "1-888-466-2219",
        "1-888-804-3536",
    ] {
        assert!(help.contains(needle), "help lacks {needle:?}");
    }
    s.screenshot("help-open").await;

    s.click("#help-close-top").await;
    s.wait_until_gone("#help-title").await;
    assert_eq!(s.h1().await, h1);
    assert_eq!(s.title().await, title);
    assert_eq!(
        typed_date(&s).await,
        ("20".into(), "1".into(), "2026".into())
    );
    assert!(
        s.active_element_matches(".help-topic-link").await,
        "focus goes back to the link that opened the help"
    );

    // Keyboard only: the header link, then Escape.
    s.js("document.getElementById('help-link').focus();", vec![])
        .await;
    press(&s, ENTER).await;
    s.wait_for("#help-title").await;
    assert!(s.active_element_matches("#help-title").await);
    press(&s, TAB).await;
    assert!(
        s.active_element_matches("#help a, #help button").await,
        "Tab moves inside the help"
    );
    press(&s, ESCAPE).await;
    s.wait_until_gone("#help-title").await;
    assert!(s.active_element_matches("#help-link").await);
    assert_eq!(
        typed_date(&s).await,
        ("20".into(), "1".into(), "2026".into())
    );

    // Nothing was saved by opening the help: Continue saves the typed date now.
    s.click("#continue").await;
    s.wait_for(&radio("grievance.decided", "yes")).await;
    s.screenshot("after-help").await;
    s.close().await;
}

#[tokio::test]
async fn help_works_in_spanish_and_keeps_the_chosen_answer() {
    let mut s = Session::start().await;
    s.click("#lang-es").await;
    s.wait_for_title("Presente su solicitud").await;
    assert_eq!(s.text("#help-link").await, es("help-link"));

    // From the start page: the help in Spanish, then back to the start page.
    s.click("#help-link").await;
    s.wait_for("#help-title").await;
    assert_eq!(s.text("#help-title").await, es("help-heading"));
    let help = s.text("#help").await;
    for needle in [
        "¿Qué es una Revisión Médica Independiente (IMR)?",
        "Primero, presente una queja ante su plan de salud",
        "dentro de los 6 meses",
        "1-888-466-2219",
        "TDD 1-877-688-9891",
        "Health Consumer Alliance: 1-888-804-3536",
    ] {
        assert!(
            help.contains(needle),
            "Spanish help lacks {needle:?}: {help}"
        );
    }
    for english in ["What is an Independent", "Free help", "Deadlines"] {
        assert!(
            !help.contains(english),
            "English {english:?} in the Spanish help"
        );
    }
    s.screenshot("ayuda").await;
    s.click("#help-close-bottom").await;
    s.wait_until_gone("#help-title").await;
    assert!(shown(&s, "#start-new").await);

    // On the first question: choose an answer, do not continue, read the topic, return.
    s.click("#start-new").await;
    let answer = radio("problem.type", "experimental");
    s.choose(&answer).await;
    let h1 = s.h1().await;
    let link = s.text(".help-topic-link").await;
    assert!(link.contains("¿Quién puede pedir una IMR?"), "{link}");
    s.click(".help-topic-link").await;
    s.wait_for("#help-who-can-apply").await;
    assert!(s.active_element_matches("#help-who-can-apply").await);
    assert!(s
        .text("#help")
        .await
        .contains("no quiere cubrir un tratamiento experimental"));
    s.click("#help-close-top").await;
    s.wait_until_gone("#help-title").await;
    assert_eq!(s.h1().await, h1);
    assert!(s.find(&answer).await.is_selected().await.unwrap());
    s.screenshot("pregunta-despues-de-la-ayuda").await;
    s.close().await;
}
