//! The window's pages as the window names them in its address (`screen:plan-name`,
//! `tasks`, …). Where an action leads is decided in Rust and sent as one of these; the
//! window only opens it.

pub const TASKS: &str = "tasks";
pub const RESULT: &str = "result";
pub const CHECK: &str = "check";
pub const DOCUMENTS: &str = "documents";
pub const SIGN: &str = "sign";
pub const PACKET: &str = "packet";

/// A question page.
pub fn screen(id: &str) -> String {
    format!("screen:{id}")
}

/// "You told us": the answers to a task (by its id) given in the first questions.
pub fn answered(task: &str) -> String {
    format!("answered:{task}")
}
