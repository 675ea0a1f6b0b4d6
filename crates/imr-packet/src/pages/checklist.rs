//! "Before you send": a separate PDF for the person, never part of what is faxed. It
//! tells them what to sign, what to check, where to send it, their dates, and what
//! happens next. It is written in the person's language (`checklist.ftl`); the packet
//! that goes to DMHC stays in English.

use chrono::{Datelike, NaiveDate};
use imr_case::contacts;
use imr_case::form::DocumentKind;
use imr_case::rules::{DateCode, RulesReport, WarningCode};
use imr_i18n::{text, Arg, Lang, Message};

use crate::fonts::Weight;
use crate::layout::{Composer, BODY_SIZE};
use crate::pages::PacketFacts;
use crate::plan::Exhibit;
use crate::Mode;

/// What the checklist needs to know about the packet that was built.
#[derive(Debug)]
pub(crate) struct ChecklistInput<'a> {
    pub(crate) facts: &'a PacketFacts,
    pub(crate) report: &'a RulesReport,
    pub(crate) mode: Mode,
    pub(crate) exhibits: &'a [Exhibit],
    /// Packet pages with the application's signature line, for "sign on page N".
    pub(crate) application_signature_pages: Vec<usize>,
    /// Packet pages of the Authorized Assistant form with signature lines.
    pub(crate) assistant_signature_pages: Vec<usize>,
    pub(crate) signed_on_screen: bool,
    pub(crate) has_helper: bool,
    /// The language the checklist is written in.
    pub(crate) lang: Lang,
}

/// The checklist's words in one language.
struct Words(Lang);

impl Words {
    fn say(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        text(self.0, id, args)
    }

    fn date(&self, date: NaiveDate) -> String {
        imr_i18n::long_date(self.0, date.year(), date.month(), date.day())
    }

    /// "3", "3 and 4", "3, 4 and 5"; with no pages, "the application".
    fn pages(&self, pages: &[usize]) -> String {
        match pages {
            [] => self.say("checklist-pages-none", &[]),
            [one] => one.to_string(),
            [rest @ .., last] => self.say(
                "checklist-pages-and",
                &[
                    (
                        "first",
                        Arg::from(
                            rest.iter()
                                .map(usize::to_string)
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    ),
                    ("last", Arg::from(last.to_string())),
                ],
            ),
        }
    }

    /// A document kind's name, in this language.
    fn kind(&self, english_label: &str) -> String {
        DocumentKind::ALL
            .into_iter()
            .find(|kind| kind.label() == english_label)
            .map(|kind| Message::or_english(kind.message_id(), kind.label()).render(self.0))
            .unwrap_or_else(|| english_label.to_owned())
    }
}

/// "Page 1 of 2" at the top of each checklist page, in `lang`.
pub(crate) fn page_of(lang: Lang, number: usize, total: usize) -> String {
    Words(lang).say(
        "checklist-page-of",
        &[("number", Arg::from(number)), ("total", Arg::from(total))],
    )
}

/// The title of the checklist's continuation pages, in `lang`.
pub(crate) fn continued(lang: Lang, title: &str) -> String {
    Words(lang).say("checklist-continued", &[("title", Arg::from(title))])
}

/// The page title, the running header and the PDF's title, in `lang`.
pub(crate) fn titles(lang: Lang, patient_name: &str) -> (String, String, String) {
    let w = Words(lang);
    let name = || Arg::from(patient_name.to_owned());
    (
        w.say("checklist-title", &[]),
        w.say("checklist-header", &[("name", name())]),
        w.say("checklist-document-title", &[("name", name())]),
    )
}

pub(crate) fn render(c: &mut Composer<'_>, input: &ChecklistInput<'_>) {
    let facts = input.facts;
    let w = Words(input.lang);
    let total = || Arg::from(facts.total_pages);
    c.paragraph(
        &w.say(
            "checklist-intro",
            &[
                ("name", Arg::from(&facts.patient_name)),
                ("date", Arg::from(w.date(facts.date))),
            ],
        ),
        BODY_SIZE,
        Weight::Regular,
    );

    c.heading(&w.say("checklist-check-heading", &[]));
    // "on page 3", "on pages 3 and 4": the list, and how many it names for the plural.
    let on_pages = |id: &str, pages: &[usize]| {
        w.say(
            id,
            &[
                ("pages", Arg::from(w.pages(pages))),
                ("count", Arg::from(pages.len())),
            ],
        )
    };
    let sign = &input.application_signature_pages;
    if input.signed_on_screen {
        item(c, &on_pages("checklist-signed-on-screen", sign));
    } else {
        item(c, &on_pages("checklist-sign-by-hand", sign));
    }
    if input.has_helper {
        let pages = &input.assistant_signature_pages;
        item(c, &on_pages("checklist-helper-signs", pages));
    }
    // Documents the track expects that are not in the packet: a warning, never a block.
    for expected in &input.report.expected_documents {
        let label = expected.kind.label();
        if !input.exhibits.iter().any(|e| e.kind == label) {
            item(
                c,
                &w.say(
                    "checklist-expected-missing",
                    &[("kind", Arg::from(w.kind(label)))],
                ),
            );
        }
    }
    // No doctor's letter yet: the strongest evidence, and the app prints the request.
    let doctor_letter = [
        DocumentKind::DoctorLetter.label(),
        DocumentKind::UrgencyStatement.label(),
        DocumentKind::ExperimentalCertification.label(),
    ];
    if !input
        .exhibits
        .iter()
        .any(|e| doctor_letter.contains(&e.kind))
    {
        item(c, &w.say("checklist-ask-doctor", &[]));
    }
    item(c, &w.say("checklist-copies", &[]));
    item(c, &w.say("checklist-all-pages", &[("total", total())]));
    let report = input.report;
    for warning in report.warnings.iter().chain(&report.reminders) {
        // The helper's signatures are covered above, with their page numbers.
        if warning.code != WarningCode::AssistantFormSignatures {
            item(c, &warning.message.render(input.lang));
        }
    }

    c.heading(&w.say("checklist-send-heading", &[]));
    let fax = || Arg::from(contacts::FAX);
    // While the plan's time to answer still runs, the first thing to know is when.
    let send_from = report
        .dates
        .iter()
        .find(|d| d.code == DateCode::ApplyFrom && !d.passed)
        .map(|d| imr_i18n::long_date(input.lang, d.date.year(), d.date.month(), d.date.day()));
    if let Some(date) = &send_from {
        item(
            c,
            &w.say("checklist-send-from", &[("date", Arg::from(date.as_str()))]),
        );
    }
    match input.mode {
        Mode::Fax => {
            item(
                c,
                &w.say("checklist-fax-all", &[("total", total()), ("fax", fax())]),
            );
            item(c, &w.say("checklist-fax-confirmation", &[]));
        }
        Mode::Mail => {
            let address = Arg::from(contacts::ADDRESS_LINES.join(", "));
            item(
                c,
                &w.say(
                    "checklist-mail-all",
                    &[("total", total()), ("address", address)],
                ),
            );
            item(c, &w.say("checklist-mail-envelope", &[]));
        }
    }
    if input.mode == Mode::Mail {
        match &send_from {
            Some(date) => item(
                c,
                &w.say(
                    "checklist-fax-also-from",
                    &[("fax", fax()), ("date", Arg::from(date.as_str()))],
                ),
            ),
            None => item(c, &w.say("checklist-fax-also", &[("fax", fax())])),
        }
    }

    c.heading(&w.say("checklist-dates-heading", &[]));
    if report.can_apply_from.is_none() {
        note(c, &report.grievance_reason.render(input.lang));
    }
    // Every date of the rules report, each with the sentence that explains it.
    for date in &report.dates {
        note(c, &date.explanation.render(input.lang));
    }

    c.heading(&w.say("checklist-next-heading", &[]));
    note(c, &w.say("checklist-next-letter", &[]));
    note(c, &w.say("checklist-next-decision", &[]));
    note(c, &w.say("checklist-next-favor", &[]));

    c.heading(&w.say("checklist-help-heading", &[]));
    note(
        c,
        &w.say(
            "checklist-help-dmhc",
            &[
                ("phone", Arg::from(contacts::PHONE)),
                ("tdd", Arg::from(contacts::TDD)),
            ],
        ),
    );
    note(
        c,
        &w.say(
            "checklist-help-hca",
            &[(
                "hca_phone",
                Arg::from(contacts::HEALTH_CONSUMER_ALLIANCE_PHONE),
            )],
        ),
    );
    if !input.exhibits.is_empty() {
        c.heading(&w.say("checklist-documents-heading", &[]));
        for e in input.exhibits {
            let mut args = vec![
                ("letter", Arg::from(&e.letter)),
                ("kind", Arg::from(w.kind(e.kind))),
                ("count", Arg::from(e.pages)),
                ("range", Arg::from(e.page_range())),
            ];
            // A title the app gave is the kind's English name: say the kind, in the
            // checklist's language, once.
            let id = if e.title == e.kind {
                "checklist-exhibit-untitled"
            } else {
                args.push(("title", Arg::from(&e.title)));
                "checklist-exhibit"
            };
            note(c, &w.say(id, &args));
        }
    }
}

/// Something to do, with a box to tick.
fn item(c: &mut Composer<'_>, text: &str) {
    c.marked_paragraph("☐", text, BODY_SIZE);
    c.space(4.0);
}

/// Something to know.
fn note(c: &mut Composer<'_>, text: &str) {
    c.marked_paragraph("•", text, BODY_SIZE);
    c.space(4.0);
}
