//! "What happened in similar cases": the DMHC's past decisions (counted in
//! [`imr_outcomes`]) as the page shows them, every sentence and number written in the
//! person's language. The window only draws these views.

use imr_i18n::{t, Arg, Lang};
use imr_outcomes::{Category, Outcomes, Suggestion, Summary};
use serde::Serialize;

use crate::localize::{outcome_category_label, outcome_type_label};

/// A category of past decisions (its English `name`, what queries use) and how it is
/// shown: `label` alone, and `option`, the choice in the list with its number of
/// decisions.
#[derive(Debug, Clone, Serialize)]
pub struct CategoryView {
    #[serde(flatten)]
    pub category: Category,
    pub label: String,
    /// "Cancer (1,234 decisions)".
    pub option: String,
}

/// The page of past decisions: the categories, the years covered, and a first guess from
/// the case.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomesStart {
    pub diagnoses: Vec<CategoryView>,
    pub treatments: Vec<CategoryView>,
    pub coverage: (u16, u16),
    /// Categories guessed from the case's own words (empty without a case).
    pub suggestion: Suggestion,
    /// What the person typed, to show why the guess was made.
    pub condition: String,
    pub treatment: String,
    pub source_name: &'static str,
    pub source_portal: &'static str,
    /// The page's first paragraph, with the years covered.
    pub intro: String,
    /// What was guessed from the person's words and why, or that nothing was.
    pub guess: String,
    /// Where the numbers come from.
    pub source: String,
}

/// The page of past decisions for what the person typed (empty without a case).
pub fn outcomes_start(lang: Lang, condition: String, treatment: String) -> OutcomesStart {
    let outcomes = Outcomes::bundled();
    let shown = |categories: Vec<Category>| -> Vec<CategoryView> {
        categories
            .into_iter()
            .map(|category| {
                let label = outcome_category_label(lang, &category.name);
                CategoryView {
                    option: t!(
                        lang,
                        "outcomes-option",
                        category = label.as_str(),
                        count = count(category.count)
                    ),
                    label,
                    category,
                }
            })
            .collect()
    };
    let suggestion = imr_outcomes::suggest(&condition, &treatment);
    let guess = match (suggestion.diagnosis, suggestion.treatment) {
        (Some(_), Some(_)) => t!(
            lang,
            "outcomes-guessed",
            condition = condition.as_str(),
            treatment = treatment.as_str()
        ),
        (Some(_), None) => t!(lang, "outcomes-guessed-one", words = condition.as_str()),
        (None, Some(_)) => t!(lang, "outcomes-guessed-one", words = treatment.as_str()),
        (None, None) => t!(lang, "outcomes-not-guessed"),
    };
    let coverage = outcomes.coverage();
    let (first, last) = (u32::from(coverage.0), u32::from(coverage.1));
    OutcomesStart {
        diagnoses: shown(outcomes.diagnoses()),
        treatments: shown(outcomes.treatments()),
        coverage,
        suggestion,
        intro: t!(lang, "outcomes-intro", first = first, last = last),
        source: t!(
            lang,
            "outcomes-source",
            name = imr_outcomes::SOURCE_NAME,
            portal = imr_outcomes::SOURCE_PORTAL,
            first = first,
            last = last
        ),
        guess,
        condition,
        treatment,
        source_name: imr_outcomes::SOURCE_NAME,
        source_portal: imr_outcomes::SOURCE_PORTAL,
    }
}

/// How past decisions ended for one choice of categories, written out. The counts stay
/// beside the words (`total` is 0 when nothing matches).
#[derive(Debug, Clone, Serialize)]
pub struct OutcomesView {
    #[serde(flatten)]
    pub summary: Summary,
    /// How many reviews were decided and when, or that none matches.
    pub headline: String,
    /// How many were decided for the patient and for the plan (empty when none matches).
    pub lines: Vec<String>,
    /// The table and the chart: all types, then each type of review (empty when none
    /// matches).
    pub rows: Vec<OutcomeRow>,
}

/// One row of the table (and one bar of the chart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutcomeRow {
    /// The type of review, in words ("All types" for the first row).
    pub label: String,
    /// The number of decisions, written out.
    pub total: String,
    /// Decided for the patient: the number and its share, "120 (75%)".
    pub for_patient: String,
    /// Decided for the plan, the same way.
    pub for_plan: String,
    /// The share decided for the patient in whole percent (the bar's length).
    pub percent: u32,
    /// The bar's words: "75% for the patient".
    pub bar: String,
}

/// A query's answer written out in `lang`. The share for the plan is what the share for
/// the patient leaves of 100, so the two always add up.
pub fn outcomes_view(lang: Lang, summary: Summary) -> OutcomesView {
    let Some((first, last)) = summary.years.filter(|_| summary.total > 0) else {
        return OutcomesView {
            summary,
            headline: t!(lang, "outcomes-none"),
            lines: Vec::new(),
            rows: Vec::new(),
        };
    };
    let pct = summary.overturned_percent.unwrap_or_default();
    let row = |label: String, total: u32, overturned: u32, upheld: u32, pct: u32| OutcomeRow {
        label,
        total: written(total),
        for_patient: t!(
            lang,
            "outcomes-count-percent",
            count = count(overturned),
            percent = percent(lang, pct)
        ),
        for_plan: t!(
            lang,
            "outcomes-count-percent",
            count = count(upheld),
            percent = percent(lang, 100 - pct)
        ),
        percent: pct,
        bar: t!(lang, "outcomes-bar-text", percent = percent(lang, pct)),
    };
    let mut rows = vec![row(
        t!(lang, "outcomes-all-types"),
        summary.total,
        summary.overturned,
        summary.upheld,
        pct,
    )];
    rows.extend(summary.by_type.iter().map(|k| {
        row(
            outcome_type_label(lang, &k.kind),
            k.total,
            k.overturned,
            k.upheld,
            k.overturned_percent.unwrap_or_default(),
        )
    }));
    OutcomesView {
        headline: t!(
            lang,
            "outcomes-summary",
            total = count(summary.total),
            first = u32::from(first),
            last = u32::from(last)
        ),
        lines: vec![
            t!(
                lang,
                "outcomes-for-patient",
                count = count(summary.overturned),
                percent = percent(lang, pct)
            ),
            t!(
                lang,
                "outcomes-for-plan",
                count = count(summary.upheld),
                percent = percent(lang, 100 - pct)
            ),
        ],
        rows,
        summary,
    }
}

/// A share in whole percent with its sign, as `lang` writes it ("75%", "75 %").
pub fn percent(lang: Lang, pct: u32) -> String {
    t!(lang, "outcomes-percent", percent = pct)
}

/// A number of decisions as the window's locales (en-US, es-US) write it: "1,234".
pub fn written(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A number of decisions for a message: a number (so the message can choose "1
/// decision" or "2 decisions") under 1,000, the written number from 1,000 on, where
/// both languages always take the "other" form.
fn count(n: u32) -> Arg<'static> {
    if n < 1000 {
        Arg::from(n)
    } else {
        Arg::from(written(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(written(0), "0");
        assert_eq!(written(999), "999");
        assert_eq!(written(1000), "1,000");
        assert_eq!(written(1234567), "1,234,567");
    }
}
