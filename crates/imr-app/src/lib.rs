//! The desktop app without its window: where cases are kept, the wizard's screens and
//! task list, documents, and making the packet. The Tauri shell's commands are a few
//! lines each over these functions, and the tests call them directly.
//!
//! Like the engine, nothing here reads the clock: "now" and "today" come in as
//! arguments.

pub mod app;
pub mod atomic;
pub mod clinic;
pub mod documents;
pub mod error;
pub mod fax;
pub mod followup;
pub mod handoff;
pub mod help;
pub mod instance;
pub mod localize;
pub mod outcomes;
pub mod packet;
pub mod passphrase;
pub mod recent;
pub mod recovery;
pub mod routes;
pub mod screens;
pub mod settings;
pub mod store;
pub mod vault;

pub use app::{App, Clock, FixedClock, IdleNotice, NewPassphrase, Passphrase};
pub use error::{AppError, Code, Field};
// What the window sends and gets, under one roof: the desktop shell depends on this crate
// alone.
pub use chrono::NaiveDate;
pub use imr_case::{case::Answers, form::DocumentKind, rules::RulesReport};
pub use imr_i18n::Lang;
pub use imr_outcomes::Summary;
pub use imr_packet::Mode;
pub use instance::InstanceLock;
pub use settings::Settings;
pub use store::{CaseStore, CaseSummary, StoredCase};
