//! "Before you send": a separate PDF for the person, never part of what is faxed. It
//! tells them what to sign, what to check, where to send it, their dates, and what
//! happens next.

use imr_case::contacts;
use imr_case::rules::{long_date, RulesReport, WarningCode};

use crate::fonts::Weight;
use crate::layout::{Composer, BODY_SIZE};
use crate::pages::PacketFacts;
use crate::plan::Exhibit;
use crate::Mode;

/// What the checklist needs to know about the packet that was built.
#[derive(Debug)]
pub struct ChecklistInput<'a> {
    pub facts: &'a PacketFacts,
    pub report: &'a RulesReport,
    pub mode: Mode,
    pub exhibits: &'a [Exhibit],
    /// Packet pages with the application's signature line, for "sign on page N".
    pub application_signature_pages: Vec<usize>,
    /// Packet pages of the Authorized Assistant form with signature lines.
    pub assistant_signature_pages: Vec<usize>,
    pub signed_on_screen: bool,
    pub has_helper: bool,
}

pub fn render(c: &mut Composer<'_>, input: &ChecklistInput<'_>) {
    let facts = input.facts;
    c.paragraph(
        &format!(
            "For {}'s application, made on {}. This page is for you: do not send it.",
            facts.patient_name, facts.date_long
        ),
        BODY_SIZE,
        Weight::Regular,
    );

    c.heading("Check before you send");
    let pages = join_pages(&input.application_signature_pages);
    if input.signed_on_screen {
        item(
            c,
            &format!(
                "You signed on screen. Your typed signature is printed on page {pages}. Read \
                 those pages once more: this is the version DMHC receives."
            ),
        );
    } else {
        item(
            c,
            &format!(
                "Sign and date the application by hand on page {pages}. An application \
                 without a signature is the most common reason for a delay."
            ),
        );
    }
    if input.has_helper {
        item(
            c,
            &format!(
                "Both the patient (Part A) and the person helping (Part B) must sign the \
                 Authorized Assistant form, on page {}. Without it DMHC will not talk to the \
                 helper about the case. If the helper has a power of attorney or \
                 guardianship, add a copy.",
                join_pages(&input.assistant_signature_pages)
            ),
        );
    }
    item(
        c,
        "Send copies, not originals. The Help Center cannot return any documents. Keep a \
         copy of everything you send.",
    );
    item(
        c,
        &format!(
            "Check that all {} pages are there, in order. Every page is numbered \
             \"Page N of {}\".",
            facts.total_pages, facts.total_pages
        ),
    );
    let report = input.report;
    for warning in report.warnings.iter().chain(&report.reminders) {
        // The helper's signatures are covered above, with their page numbers.
        if warning.code != WarningCode::AssistantFormSignatures {
            item(c, &warning.message);
        }
    }

    c.heading("How to send it");
    match input.mode {
        Mode::Fax => {
            item(
                c,
                &format!(
                    "Fax all {} pages, starting with the cover sheet, to {}.",
                    facts.total_pages,
                    contacts::FAX
                ),
            );
            item(
                c,
                "Keep the fax confirmation page. It shows the date and how many pages went \
                 through.",
            );
        }
        Mode::Mail => {
            item(
                c,
                &format!(
                    "Mail all {} pages to: {}.",
                    facts.total_pages,
                    contacts::ADDRESS_LINES.join(", ")
                ),
            );
            item(
                c,
                "The first page is laid out for a #10 window envelope. For a thick packet, use \
                 a large envelope and copy the address onto it.",
            );
        }
    }
    item(
        c,
        &format!("You can also fax it to {} at any time.", contacts::FAX),
    );

    c.heading("Your dates");
    match report.can_apply_from {
        Some(date) => note(c, &format!("You can apply from {}.", long_date(date))),
        None => note(c, &report.grievance_reason),
    }
    if let Some(date) = report.apply_by {
        let late = if report.late {
            " That date has passed: DMHC may still accept your application if you explain \
             why it is late, as your application does."
        } else {
            ""
        };
        note(c, &format!("Apply by {}.{late}", long_date(date)));
    }
    if let Some(date) = report.state_hearing_by {
        note(
            c,
            &format!(
                "Medi-Cal State Hearing: ask by {} if you want one. You can still ask for a \
                 State Hearing after the IMR.",
                long_date(date)
            ),
        );
    }

    c.heading("What happens next");
    note(
        c,
        "The Help Center reviews your application and sends you a letter, usually within \
         about 5 to 7 days. It tells you whether your case goes to an IMR.",
    );
    note(
        c,
        "An IMR decision usually comes within about 30 to 45 days, or about 3 to 7 days if \
         the problem is urgent.",
    );
    note(
        c,
        "If the decision is in your favour, your plan must give you the service or treatment. \
         An IMR costs you nothing.",
    );

    c.heading("Free help");
    note(
        c,
        &format!(
            "DMHC Help Center: {} (TDD {}). The call is free.",
            contacts::PHONE,
            contacts::TDD
        ),
    );
    note(
        c,
        &format!(
            "Health Consumer Alliance: {}, free help from legal aid.",
            contacts::HEALTH_CONSUMER_ALLIANCE_PHONE
        ),
    );
    if !input.exhibits.is_empty() {
        c.heading("Documents in your packet");
        for e in input.exhibits {
            note(
                c,
                &format!(
                    "Exhibit {}: {} ({}), {} {}",
                    e.letter,
                    e.title,
                    e.kind,
                    if e.pages == 1 { "page" } else { "pages" },
                    e.page_range()
                ),
            );
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

fn join_pages(pages: &[usize]) -> String {
    match pages {
        [] => "the application".into(),
        [one] => one.to_string(),
        [rest @ .., last] => format!(
            "{} and {last}",
            rest.iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
