//! Reading the plan's letters on this computer: the words on a page, with where each one
//! stands ([`text`]), and what they suggest for the form ([`suggest`]: pure functions,
//! no I/O, no clock). With the `tesseract` feature, [`engine`] recognizes the words on a
//! picture of a page with the system's Tesseract (loaded on first use) and its English
//! and Spanish data; without it, or where Tesseract is not installed,
//! [`engine::available`] says so and only text PDFs are read.

pub mod engine;
pub mod suggest;
#[cfg(feature = "tesseract")]
mod tesseract;
pub mod text;

pub use suggest::{suggest, Context, Evidence, Finding, Problem, Suggestion, Value};
pub use text::{BBox, Line, PageText, TextSource, Word};
