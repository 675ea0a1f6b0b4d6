//! The packet build: lay out the parts, number every page, draw, and assemble.

use std::io::Write;

use chrono::{Datelike, NaiveDate};
use imr_case::case::Case;
use imr_case::form::{application_form, assistant_form, ids};
use imr_case::rules::RulesReport;
use printpdf::{Op, PdfDocument, PdfPage, PdfSaveOptions, Pt, Rect};
use serde::Serialize;

use crate::assemble::{assemble, Metadata, Placement};
use crate::fonts::{Fonts, Weight};
use crate::layout::{
    running_header, text, Composer, HeaderPlace, BODY_SIZE, HEADER_RULE, PAGE_HEIGHT, PAGE_WIDTH,
    SAFE_MARGIN, SMALL_SIZE,
};
use crate::pages::checklist::ChecklistInput;
use crate::pages::{checklist, cover, form, index, PacketFacts};
use crate::plan::{number_exhibits, Exhibit};
use crate::{LoadedDocument, Mode, PacketError, PacketOptions, Progress};

/// One part of the packet and where it sits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartSummary {
    pub name: String,
    pub first_page: usize,
    pub pages: usize,
}

/// What was built: enough for the app to show, and for the checklist.
#[derive(Debug, Clone, Serialize)]
pub struct PacketSummary {
    pub mode: Mode,
    pub total_pages: usize,
    pub parts: Vec<PartSummary>,
    pub exhibits: Vec<Exhibit>,
    /// Packet pages with the application's signature line.
    pub application_signature_pages: Vec<usize>,
    /// Packet pages with the Authorized Assistant form's signature lines.
    pub assistant_signature_pages: Vec<usize>,
    #[serde(skip)]
    facts: Option<PacketFacts>,
}

/// The drawn parts of the packet for a given total page count.
struct Layout {
    parts: Vec<(String, Vec<Vec<Op>>)>,
    exhibits: Vec<Exhibit>,
    /// Signature pages of each form, in packet page numbers.
    signature_pages: Vec<Vec<usize>>,
}

impl Layout {
    fn drawn_pages(&self) -> usize {
        self.parts.iter().map(|(_, p)| p.len()).sum()
    }
}

/// Not DMHC's printed form: the answers to it, under the form's labels and in its order.
const APPLICATION_TITLE: &str = "DMHC 20-224 answers: IMR Application/Complaint Form";

fn has_helper(case: &Case) -> bool {
    case.answers
        .get(ids::HELPER_HAS_HELPER)
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("yes"))
}

fn lay_out(
    fonts: &Fonts,
    case: &Case,
    documents: &[LoadedDocument],
    options: &PacketOptions,
    facts: &PacketFacts,
) -> Layout {
    let mut parts = Vec::new();
    let mut signature_pages = Vec::new();

    let mut first = match options.mode {
        Mode::Fax => Composer::new(fonts, "Fax cover sheet"),
        Mode::Mail => Composer::new(fonts, ""),
    };
    match options.mode {
        Mode::Fax => cover::fax_cover(&mut first, facts, facts.total_pages),
        Mode::Mail => cover::mail_cover(&mut first, facts),
    }
    parts.push(("Cover".to_string(), first.finish()));

    let mut forms = vec![(APPLICATION_TITLE, application_form())];
    if has_helper(case) {
        forms.push(("DMHC Authorized Assistant Form answers", assistant_form()));
    }
    for (title, definition) in forms {
        let mut c = Composer::new(fonts, title);
        form::render(&mut c, &definition, case, options.date, &options.signatures);
        let before: usize = parts
            .iter()
            .map(|(_, p): &(String, Vec<Vec<Op>>)| p.len())
            .sum();
        signature_pages.push(c.signature_pages().iter().map(|p| before + p + 1).collect());
        parts.push((title.to_string(), c.finish()));
    }

    let unnumbered: Vec<Exhibit> = documents
        .iter()
        .map(|d| Exhibit {
            letter: String::new(),
            title: d.entry.title.clone(),
            kind: d.entry.kind.label(),
            date_short: d.entry.date.map(|d| d.format("%m/%d/%Y").to_string()),
            file: d.entry.path.clone(),
            first_page: 0,
            pages: d.prepared.page_count(),
        })
        .collect();
    let before: usize = parts.iter().map(|(_, p)| p.len()).sum();
    // The index's own length decides where the exhibits start; settle it.
    let mut index_pages = 1;
    let (exhibits, index_ops) = loop {
        let exhibits = number_exhibits(unnumbered.clone(), before + index_pages);
        let mut c = Composer::new(fonts, "Index of enclosed documents");
        index::index(&mut c, &exhibits);
        let pages = c.finish();
        if pages.len() == index_pages {
            break (exhibits, pages);
        }
        index_pages = pages.len();
    };
    parts.push(("Index of enclosed documents".to_string(), index_ops));
    Layout {
        parts,
        exhibits,
        signature_pages,
    }
}

/// The layout settled for its own total page count (it appears on the cover, which could
/// change the layout).
fn settle(
    fonts: &Fonts,
    case: &Case,
    documents: &[LoadedDocument],
    options: &PacketOptions,
) -> (Layout, PacketFacts) {
    let mut facts = PacketFacts::from_case(case, options.date);
    let document_pages: usize = documents.iter().map(|d| d.prepared.page_count()).sum();
    let mut layout = lay_out(fonts, case, documents, options, &facts);
    for _ in 0..4 {
        let total = layout.drawn_pages() + document_pages;
        if total == facts.total_pages {
            break;
        }
        facts.total_pages = total;
        layout = lay_out(fonts, case, documents, options, &facts);
    }
    (layout, facts)
}

fn summary_of(layout: Layout, facts: PacketFacts, mode: Mode) -> PacketSummary {
    let mut parts = Vec::new();
    let mut first_page = 1;
    for (name, pages) in &layout.parts {
        parts.push(PartSummary {
            name: name.clone(),
            first_page,
            pages: pages.len(),
        });
        first_page += pages.len();
    }
    PacketSummary {
        mode,
        total_pages: facts.total_pages,
        parts,
        application_signature_pages: layout.signature_pages.first().cloned().unwrap_or_default(),
        assistant_signature_pages: layout.signature_pages.get(1).cloned().unwrap_or_default(),
        exhibits: layout.exhibits,
        facts: Some(facts),
    }
}

/// What the packet will hold, page by page, without drawing it or converting a page: the
/// same layout [`build_packet`] draws, so the counts are the ones it makes.
pub fn plan_packet(
    case: &Case,
    documents: &[LoadedDocument],
    options: &PacketOptions,
) -> PacketSummary {
    let fonts = Fonts::load();
    let (layout, facts) = settle(&fonts, case, documents, options);
    summary_of(layout, facts, options.mode)
}

/// Builds the packet and writes the PDF to `out`.
pub fn build_packet(
    case: &Case,
    documents: Vec<LoadedDocument>,
    options: &PacketOptions,
    out: &mut dyn Write,
) -> Result<PacketSummary, PacketError> {
    build_packet_reporting(case, documents, options, out, &mut |_| {})
}

/// [`build_packet`], telling `progress` where it is (on the calling thread).
pub fn build_packet_reporting(
    case: &Case,
    documents: Vec<LoadedDocument>,
    options: &PacketOptions,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(Progress),
) -> Result<PacketSummary, PacketError> {
    progress(Progress::Drawing);
    let fonts = Fonts::load();
    let (layout, facts) = settle(&fonts, case, &documents, options);
    let total = facts.total_pages;

    let header_left = facts.header_left();
    let mut pages = Vec::with_capacity(total);
    for (i, (_, part_pages)) in layout.parts.iter().enumerate() {
        let place = if i == 0 && options.mode == Mode::Mail {
            HeaderPlace::Bottom
        } else {
            HeaderPlace::Top
        };
        for body in part_pages {
            pages.push(page(
                &fonts,
                &header_left,
                &page_of(pages.len() + 1, total),
                place,
                body,
            ));
        }
    }
    for exhibit in &layout.exhibits {
        for n in 1..=exhibit.pages {
            let mut ops = Vec::new();
            exhibit_label(&mut ops, &fonts, exhibit, n);
            pages.push(page(
                &fonts,
                &header_left,
                &page_of(pages.len() + 1, total),
                HeaderPlace::Top,
                &ops,
            ));
        }
    }
    let drawn = draw(&fonts, pages);

    let mut placements = Vec::with_capacity(documents.len());
    for (document, exhibit) in documents.into_iter().zip(&layout.exhibits) {
        placements.push(Placement {
            document: document.prepared,
            first_page: exhibit.first_page - 1,
            text: document.text,
        });
    }
    let title = format!("IMR application packet for {}", facts.patient_name);
    finish(&drawn, placements, &title, options, out, progress)?;
    Ok(summary_of(layout, facts, options.mode))
}

/// Builds the "Before you send" checklist for a packet that was built.
pub fn build_checklist(
    case: &Case,
    report: &RulesReport,
    summary: &PacketSummary,
    options: &PacketOptions,
) -> Result<Vec<u8>, PacketError> {
    let fonts = Fonts::load();
    let facts = summary
        .facts
        .clone()
        .unwrap_or_else(|| PacketFacts::from_case(case, options.date));
    let input = ChecklistInput {
        facts: &facts,
        report,
        mode: summary.mode,
        exhibits: &summary.exhibits,
        application_signature_pages: summary.application_signature_pages.clone(),
        assistant_signature_pages: summary.assistant_signature_pages.clone(),
        signed_on_screen: !options.signatures.is_empty(),
        has_helper: has_helper(case),
        lang: options.language,
    };
    let (heading, left, title) = checklist::titles(options.language, &facts.patient_name);
    let mut c = Composer::new(&fonts, &heading);
    c.set_continued_title(checklist::continued(options.language, &heading));
    checklist::render(&mut c, &input);
    let bodies = c.finish();
    let count = bodies.len();
    let pages = bodies
        .iter()
        .enumerate()
        .map(|(i, body)| {
            let number = checklist::page_of(options.language, i + 1, count);
            page(&fonts, &left, &number, HeaderPlace::Top, body)
        })
        .collect();
    let drawn = draw(&fonts, pages);
    let mut out = Vec::new();
    finish(&drawn, Vec::new(), &title, options, &mut out, &mut |_| {})?;
    Ok(out)
}

/// "Ask your doctor for a letter": the request in `options.language`, then (when that
/// is not English) the same in English for the doctor. Filled in from the answers as
/// they stand, so it can be printed before the application is finished.
pub fn build_doctor_request(
    answers: &imr_case::case::Answers,
    options: &PacketOptions,
) -> Result<Vec<u8>, PacketError> {
    use crate::pages::doctor;
    let fonts = Fonts::load();
    let facts = doctor::RequestFacts::from_answers(answers);
    let mut langs = vec![options.language];
    if options.language != imr_i18n::Lang::En {
        langs.push(imr_i18n::Lang::En);
    }
    let mut pages = Vec::new();
    let mut document_title = String::new();
    for lang in langs {
        let (title, left) = doctor::titles(lang, &facts);
        if document_title.is_empty() {
            document_title = format!("{title} ({})", facts.patient);
        }
        // One page a language: a request that does not fit (an urgent and experimental
        // case, in a longer language) is set a little smaller, down to 9.5 points.
        let mut bodies = Vec::new();
        for size in [BODY_SIZE, BODY_SIZE - 0.5, BODY_SIZE - 1.0, BODY_SIZE - 1.5] {
            let mut c = Composer::new(&fonts, &title);
            doctor::render(&mut c, &facts, lang, size);
            bodies = c.finish();
            if bodies.len() <= 1 {
                break;
            }
        }
        let right = if lang == options.language {
            String::new()
        } else {
            imr_i18n::text(options.language, "doctor-english-copy", &[])
        };
        for body in bodies {
            pages.push(page(&fonts, &left, &right, HeaderPlace::Top, &body));
        }
    }
    let drawn = draw(&fonts, pages);
    let mut out = Vec::new();
    finish(
        &drawn,
        Vec::new(),
        &document_title,
        options,
        &mut out,
        &mut |_| {},
    )?;
    Ok(out)
}

/// Adds the documents to the drawn pages and writes the file with fixed metadata.
fn finish(
    drawn: &[u8],
    placements: Vec<Placement>,
    title: &str,
    options: &PacketOptions,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), PacketError> {
    let date = pdf_date(options.date);
    let meta = Metadata {
        title,
        date: &date,
        id: options.document_id,
    };
    assemble(
        drawn,
        placements,
        options.mode == Mode::Fax,
        options.fax_workers,
        &meta,
        out,
        progress,
    )
    .map_err(PacketError::Internal)
}

/// "Page 3 of 11", on every page of the packet (always in English).
fn page_of(number: usize, total: usize) -> String {
    format!("Page {number} of {total}")
}

/// One page: the running header (`left`, and the page number on the right), then the
/// body.
fn page(fonts: &Fonts, left: &str, number: &str, place: HeaderPlace, body: &[Op]) -> PdfPage {
    let mut ops = Vec::with_capacity(body.len() + 16);
    running_header(&mut ops, fonts, left, number, place);
    ops.extend_from_slice(body);
    let size = Rect::from_wh(Pt(PAGE_WIDTH), Pt(PAGE_HEIGHT));
    PdfPage {
        media_box: size.clone(),
        trim_box: size.clone(),
        crop_box: size,
        ops,
    }
}

/// The exhibit label under the header of every document page.
fn exhibit_label(ops: &mut Vec<Op>, fonts: &Fonts, exhibit: &Exhibit, n: usize) {
    let y = HEADER_RULE - 15.0;
    let of = format!("page {n} of {}", exhibit.pages);
    if n == 1 {
        let full = format!(
            "EXHIBIT {}: {}, {} ({of})",
            exhibit.letter, exhibit.kind, exhibit.title
        );
        let max = PAGE_WIDTH - 2.0 * SAFE_MARGIN;
        let label = if fonts.width(&full, BODY_SIZE, Weight::Bold) <= max {
            full
        } else {
            format!("EXHIBIT {}: {} ({of})", exhibit.letter, exhibit.kind)
        };
        text(ops, fonts, SAFE_MARGIN, y, &label, BODY_SIZE, Weight::Bold);
    } else {
        let label = format!("Exhibit {}, {of}", exhibit.letter);
        text(
            ops,
            fonts,
            SAFE_MARGIN,
            y,
            &label,
            SMALL_SIZE,
            Weight::Regular,
        );
    }
}

fn draw(fonts: &Fonts, pages: Vec<PdfPage>) -> Vec<u8> {
    let mut doc = PdfDocument::new("IMR packet");
    fonts.register(&mut doc);
    doc.pages = pages;
    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    doc.save(&options, &mut Vec::new())
}

fn pdf_date(date: NaiveDate) -> String {
    format!(
        "D:{:04}{:02}{:02}000000Z",
        date.year(),
        date.month(),
        date.day()
    )
}
