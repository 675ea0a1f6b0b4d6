//! The answers as a case file holds them, and the ids of the questions they answer. A
//! leaf: the form, the rules and the case file all read answers by these ids, so none of
//! them needs another for it.

use std::collections::BTreeMap;

pub mod ids;

/// Raw answers: field id → text. Dates are `YYYY-MM-DD`, yes/no questions `yes` or `no`,
/// choices are stored by their value.
pub type Answers = BTreeMap<String, String>;
