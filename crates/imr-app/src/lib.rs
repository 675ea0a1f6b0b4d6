//! The desktop app without its window: where cases are kept, the wizard's screens and
//! task list, documents, and making the packet. [`App`] is the one way in: one method
//! per window action, each returning a view worded in the person's language. The Tauri
//! shell's commands are one line each over it, and the tests, the benchmark and the fuzz
//! harness drive it the same way.
//!
//! Underneath, [`CaseStore`] loads, saves and seals cases (`store`), and each use case
//! is a module of functions over it: `documents`, `pages` (a document's pages), `packet`, `fax`, `followup`,
//! `handoff`, `vault` (deleting as the window asks), `recovery`, `clinic`, and `screens`
//! (saving a page). What those modules make public is the views `App` returns.
//!
//! Like the engine, nothing here reads the clock: "now" and "today" come from the
//! [`Clock`] the app is given.

pub mod app;
pub mod atomic;
pub mod clinic;
pub mod documents;
pub mod error;
pub mod fax;
pub mod followup;
mod handoff;
pub mod help;
pub mod instance;
pub mod localize;
pub mod outcomes;
pub mod packet;
pub mod pages;
pub mod passphrase;
pub mod reading;
pub mod recent;
pub mod recovery;
pub mod routes;
pub mod screens;
pub mod settings;
mod store;
mod vault;

pub use app::{App, Clock, FixedClock, IdleNotice, NewPassphrase, Passphrase};
pub use error::{AppError, Code, Field};
// What the window sends and gets, under one roof: the desktop shell depends on this crate
// alone.
pub use chrono::NaiveDate;
pub use imr_case::{
    case::{Answers, Corners},
    form::DocumentKind,
    rules::RulesReport,
};
pub use imr_i18n::Lang;
pub use imr_ocr::Finding;
pub use imr_outcomes::Summary;
pub use imr_packet::Mode;
pub use instance::InstanceLock;
pub use settings::Settings;
pub use store::{CaseStore, CaseSummary};
