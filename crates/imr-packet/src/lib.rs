//! The IMR packet engine: from a validated case and its documents to one PDF that the
//! DMHC Help Center can act on, by mail or by fax, plus a "Before you send" checklist.
//!
//! The pipeline, one module per stage:
//! [`intake`] (is this file usable?) → [`edit`] (the person's page edits: pages chosen,
//! ordered, turned, cropped, blacked out) → `plan` (what goes where) → `layout` and `pages`
//! (the pages we draw) → `assemble` (documents joined in, bytes written, the pages
//! converted by [`fax`] first when the packet is for fax).
//!
//! The modules form layers; none uses one above it:
//! - leaves: `intake`, `fonts`, `plan`;
//! - `layout` (fonts); `geometry`, where a document page goes (layout, intake);
//!   `xobject`, the PDF objects a document becomes (intake);
//! - [`edit`] (intake, xobject, and imr-scan for the pixels);
//! - `pages` (fonts, layout, plan); [`fax`] (geometry, intake, xobject);
//!   [`thumbnail`] (intake, xobject); [`reading`] (intake, thumbnail, xobject);
//!   `source` (intake, edit);
//! - `text_layer`, the invisible words over a photo or scan page (geometry);
//! - `assemble` (fax, geometry, intake, text_layer, xobject);
//! - `build`, the whole packet (assemble, fonts, layout, pages, plan, source).
//!
//! Only what other crates use is `pub`; the rest is `pub(crate)`.
//!
//! No clock is read and no file is opened behind the caller's back: the date comes in
//! [`PacketOptions`], and documents come through a [`DocumentSource`].

pub mod edit;
pub mod fax;
pub mod intake;
pub mod reading;
pub mod thumbnail;

mod assemble;

pub use assemble::AssembleError;
pub use edit::{
    apply_edits, check_photo, edited_preview, edited_preview_png, is_photo_page, page_jpeg,
    page_picture, EditError, PhotoCheck,
};
/// The photo tools (corners, straightening, quality, blacking out), for the app.
pub use imr_scan as scan;
mod broken_images;
mod build;
mod fonts;
mod geometry;
mod layout;
mod objects;
mod pages;
mod plan;
mod source;
mod text_layer;
mod xobject;

pub use build::{
    build_checklist, build_doctor_request, build_packet, build_packet_reporting, plan_packet,
    PacketSummary, PartSummary,
};
pub use intake::{format_of, inspect, prepare, Format, Inspection, IntakeError, Limits, Prepared};
pub use pages::form::Signatures;
pub use plan::Exhibit;
pub use source::{load_document, load_documents, DirSource, DocumentSource, LoadedDocument};
pub use thumbnail::ThumbnailError;

use chrono::NaiveDate;
pub use imr_i18n::Lang;
use serde::{Deserialize, Serialize};

/// How the packet will be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// A mailing page for a window envelope comes first.
    Mail,
    /// A fax cover sheet with the total page count comes first.
    Fax,
}

/// Where a packet build is, for a progress bar. Reported in this order; `Converting` only
/// in fax mode, once per document page, `done` counting up to `total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Progress {
    /// Laying out and drawing the cover, the forms and the index.
    Drawing,
    /// Pages converted for the fax machine so far.
    Converting { done: usize, total: usize },
    /// Joining the documents in and writing the file.
    Writing,
}

/// Everything about a build that is not the case itself. The same case and options
/// always give the same bytes.
#[derive(Debug, Clone)]
pub struct PacketOptions {
    pub mode: Mode,
    /// The date printed on the packet and written into its metadata.
    pub date: NaiveDate,
    /// The PDF file identifier.
    pub document_id: [u8; 16],
    /// Signatures made on screen; empty means lines to sign by hand.
    pub signatures: Signatures,
    pub limits: Limits,
    /// The language of the "Before you send" checklist. The packet sent to DMHC is
    /// always in English, with the person's own words as they typed them.
    pub language: Lang,
    /// Threads converting pages for the fax; 0 means one per core, at most 8. The bytes
    /// are the same whatever the number.
    pub fax_workers: usize,
}

impl PacketOptions {
    /// Options with wet-signature lines and default limits. The document id is derived
    /// from `seed` (for example the case file's bytes), so it is stable for a case.
    pub fn new(mode: Mode, date: NaiveDate, seed: &[u8]) -> PacketOptions {
        PacketOptions {
            mode,
            date,
            document_id: document_id(seed, mode, date),
            signatures: Signatures::default(),
            limits: Limits::default(),
            language: Lang::En,
            fax_workers: 0,
        }
    }
}

/// A stable 128-bit identifier from the inputs (two FNV-1a passes; not cryptographic,
/// only reproducible across platforms and Rust versions).
pub(crate) fn document_id(seed: &[u8], mode: Mode, date: NaiveDate) -> [u8; 16] {
    let extra = format!("{mode:?}{date}");
    let mut out = [0u8; 16];
    for (half, basis) in [0xcbf2_9ce4_8422_2325u64, 0x6c62_272e_07bb_0142]
        .into_iter()
        .enumerate()
    {
        let mut hash = basis;
        for &b in seed.iter().chain(extra.as_bytes()) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        out[half * 8..half * 8 + 8].copy_from_slice(&hash.to_be_bytes());
    }
    out
}

/// Why a packet could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PacketError {
    /// A document cannot go into the packet: `message` says why and what to do (its
    /// `Display` is English; the app shows it in the person's language).
    #[error("{file}: {message}")]
    Document {
        file: String,
        message: imr_i18n::Message,
    },
    /// Writing the output failed (disk full, no permission…).
    #[error("The packet could not be saved: {0}")]
    Write(#[from] std::io::Error),
    /// A fault inside the engine, not in the person's files.
    #[error("The packet could not be made ({0}). This is a fault in the app; please report it.")]
    Internal(#[from] AssembleError),
}
