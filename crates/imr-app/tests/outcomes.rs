//! "What happened in similar cases" comes worded from Rust: the guess, the choices with
//! their counts, the sentences with numbers, the percents and the types of review, in
//! the person's language.

#![allow(clippy::unwrap_used)]

use imr_app::localize::outcome_type_message_id;
use imr_app::outcomes::{outcomes_start, outcomes_view, percent, written};
use imr_i18n::Lang;
use imr_outcomes::{Outcomes, Summary, TypeCounts};

/// 1,500 decisions, 75% for the patient, over two types of review.
fn summary() -> Summary {
    let kind = |kind: &str, overturned, upheld| TypeCounts {
        kind: kind.into(),
        total: overturned + upheld,
        overturned,
        upheld,
        overturned_percent: imr_outcomes::percent(overturned, overturned + upheld),
    };
    Summary {
        total: 1500,
        overturned: 1125,
        upheld: 375,
        overturned_percent: Some(75),
        by_type: vec![
            kind("Medical Necessity", 1001, 299),
            kind("Experimental/Investigational", 124, 76),
        ],
        years: Some((2001, 2016)),
    }
}

#[test]
fn every_type_of_review_in_the_data_has_words_in_every_language() {
    for kind in Outcomes::bundled().types() {
        for lang in Lang::ALL {
            let id = outcome_type_message_id(kind);
            assert!(imr_i18n::has(lang, &id), "{lang}: no {id} for {kind:?}");
        }
    }
}

#[test]
fn the_result_is_written_out_in_english() {
    let view = outcomes_view(Lang::En, summary());
    assert_eq!(view.summary.total, 1500);
    assert_eq!(
        view.headline,
        "1,500 similar reviews were decided between 2001 and 2016."
    );
    assert!(
        view.lines[0].starts_with("In 1,125 of them (75%), "),
        "{:?}",
        view.lines
    );
    assert!(
        view.lines[1].starts_with("In 375 (25%), "),
        "{:?}",
        view.lines
    );
    let labels: Vec<&str> = view.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "All types",
            "Medical necessity (the plan said it was not needed)",
            "Experimental or investigational"
        ]
    );
    let all = &view.rows[0];
    assert_eq!(
        (
            all.total.as_str(),
            all.for_patient.as_str(),
            all.for_plan.as_str()
        ),
        ("1,500", "1,125 (75%)", "375 (25%)")
    );
    assert_eq!((all.percent, all.bar.as_str()), (75, "75% for the patient"));
    // 1,001 of 1,300 is 77%: the plan's share is what is left, so the two make 100.
    let medical = &view.rows[1];
    assert_eq!(medical.for_patient, "1,001 (77%)");
    assert_eq!(medical.for_plan, "299 (23%)");
}

#[test]
fn the_result_is_written_out_in_spanish() {
    let view = outcomes_view(Lang::Es, summary());
    assert_eq!(
        view.headline,
        "Se decidieron 1,500 revisiones parecidas entre 2001 y 2016."
    );
    assert!(
        view.lines[0].starts_with("En 1,125 de ellas (75 %), "),
        "{:?}",
        view.lines
    );
    let labels: Vec<&str> = view.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Todos los tipos",
            "Necesidad médica (el plan dijo que no era necesario)",
            "Experimental o en investigación"
        ]
    );
    assert_eq!(view.rows[2].for_patient, "124 (62 %)");
    assert_eq!(view.rows[2].for_plan, "76 (38 %)");
    assert_eq!(view.rows[2].bar, "62 % a favor del paciente");
    assert_eq!(percent(Lang::Es, 100), "100 %");
    assert_eq!(percent(Lang::En, 0), "0%");
}

#[test]
fn one_review_and_no_review_are_said_so() {
    let one = Summary {
        total: 1,
        overturned: 1,
        upheld: 0,
        overturned_percent: Some(100),
        by_type: Vec::new(),
        years: Some((2010, 2010)),
    };
    assert!(outcomes_view(Lang::En, one.clone())
        .headline
        .starts_with("1 similar review was decided"));
    assert!(outcomes_view(Lang::Es, one)
        .headline
        .starts_with("Se decidió 1 revisión parecida"));
    let none = Summary {
        total: 0,
        overturned: 0,
        upheld: 0,
        overturned_percent: None,
        by_type: Vec::new(),
        years: None,
    };
    let view = outcomes_view(Lang::Es, none);
    assert!(view.rows.is_empty() && view.lines.is_empty());
    assert!(
        view.headline.starts_with("Ninguna revisión"),
        "{}",
        view.headline
    );
}

#[test]
fn the_guess_is_worded_from_what_was_guessed() {
    let both = outcomes_start(Lang::En, "breast cancer".into(), "chemo".into());
    assert_eq!(
        both.guess,
        "We chose these from your answers (\"breast cancer\", \"chemo\"). Change them if they do not fit."
    );
    let one = outcomes_start(Lang::Es, "cáncer de mama".into(), "algo raro".into());
    assert_eq!(
        one.guess,
        "Elegimos según su respuesta \"cáncer de mama\". Cámbielo si no corresponde."
    );
    let treatment = outcomes_start(Lang::En, "xyz".into(), "quimioterapia".into());
    assert!(
        treatment.guess.contains("\"quimioterapia\""),
        "{}",
        treatment.guess
    );
    let nothing = outcomes_start(Lang::Es, String::new(), String::new());
    assert!(
        nothing.guess.starts_with("Elija los tipos"),
        "{}",
        nothing.guess
    );
    assert!(
        nothing.intro.starts_with("De 2001 a 2016,"),
        "{}",
        nothing.intro
    );
    assert!(nothing.source.contains("CHHS"), "{}", nothing.source);
}

#[test]
fn each_choice_says_its_category_and_count_in_the_language() {
    let en = outcomes_start(Lang::En, String::new(), String::new());
    let es = outcomes_start(Lang::Es, String::new(), String::new());
    let cancer = |start: &imr_app::outcomes::OutcomesStart| {
        start
            .diagnoses
            .iter()
            .find(|c| c.category.name == "Cancer")
            .unwrap()
            .clone()
    };
    let (c_en, c_es) = (cancer(&en), cancer(&es));
    let n = written(c_en.category.count);
    assert!(c_en.category.count > 1, "{}", c_en.category.count);
    assert_eq!(c_en.option, format!("Cancer ({n} decisions)"));
    assert_eq!(c_es.option, format!("{} ({n} decisiones)", c_es.label));
    assert_ne!(
        c_es.label, "Cancer",
        "the Spanish label names it in Spanish"
    );
}
