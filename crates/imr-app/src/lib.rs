//! The desktop app without its window: where cases are kept, the wizard's screens and
//! task list, documents, and making the packet. The Tauri shell's commands are a few
//! lines each over these functions, and the tests call them directly.
//!
//! Like the engine, nothing here reads the clock: "now" and "today" come in as
//! arguments.

pub mod clinic;
pub mod documents;
pub mod error;
pub mod fax;
pub mod followup;
pub mod handoff;
pub mod help;
pub mod instance;
pub mod localize;
pub mod packet;
pub mod recent;
pub mod recovery;
pub mod screens;
pub mod settings;
pub mod store;
pub mod vault;

pub use error::{AppError, Code};
pub use settings::Settings;
pub use store::{CaseStore, CaseSummary, StoredCase};
