//! What the CLI prints, and how it saves files.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use imr_case::case::Problem;
use imr_case::form::DocumentKind;
use imr_case::rules::{long_date, DateCode, RulesReport};
use serde::Serialize;

/// The documented JSON shape of `imr-packet check --json` (see README).
#[derive(Serialize)]
struct CheckJson<'a> {
    case: String,
    today: NaiveDate,
    valid: bool,
    problems: &'a [Problem],
    /// Expected documents (`expected_documents` of the report) the case does not have.
    documents_missing: &'a [DocumentKind],
    #[serde(flatten)]
    report: &'a RulesReport,
}

pub fn check_json(
    path: &Path,
    today: NaiveDate,
    problems: &[Problem],
    report: &RulesReport,
    documents_missing: &[DocumentKind],
) -> String {
    let out = CheckJson {
        case: path.display().to_string(),
        today,
        valid: problems.is_empty(),
        problems,
        documents_missing,
        report,
    };
    serde_json::to_string_pretty(&out).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

pub fn check_text(
    path: &Path,
    today: NaiveDate,
    problems: &[Problem],
    report: &RulesReport,
    documents_missing: &[DocumentKind],
) -> String {
    let mut s = format!(
        "Case: {} (checked on {})\n\n",
        path.display(),
        long_date(today)
    );
    s.push_str(&format!("{}\n", report.track_explanation));
    s.push_str(&format!("{}\n", report.grievance_reason));
    if report.can_apply_from.is_none() {
        s.push_str("You can apply from: not known yet\n");
    }
    if !report.dates.is_empty() {
        s.push_str("\nYour dates:\n");
        for date in &report.dates {
            let passed = if date.passed && date.code != DateCode::ApplyFrom {
                " (passed)"
            } else {
                ""
            };
            s.push_str(&format!(
                "  [{}] {}{passed}: {}\n",
                code(&date.code),
                long_date(date.date),
                date.explanation
            ));
        }
    }
    for (title, list) in [
        ("Warnings", &report.warnings),
        ("Reminders", &report.reminders),
    ] {
        if !list.is_empty() {
            s.push_str(&format!("\n{title}:\n"));
            for w in list {
                s.push_str(&format!("  [{}] {}\n", code(&w.code), w.message));
            }
        }
    }
    if !report.expected_documents.is_empty() {
        s.push_str("\nDocuments DMHC expects (none is required):\n");
        for e in &report.expected_documents {
            if documents_missing.contains(&e.kind) {
                s.push_str(&format!("  [missing] {}: {}\n", e.kind.label(), e.why));
            } else {
                s.push_str(&format!("  [added] {}\n", e.kind.label()));
            }
        }
    }
    if problems.is_empty() {
        s.push_str("\nNo problems: the case is ready for a packet.\n");
    } else {
        s.push_str(&format!("\nProblems to fix ({}):\n", problems.len()));
        for p in problems {
            s.push_str(&format!("  {}: {}\n", p.field, p.message));
        }
    }
    s
}

fn code(c: &impl Serialize) -> String {
    serde_json::to_value(c)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Writes a file so that it is either complete or absent
/// ([`imr_app::atomic::write_atomically_with`], the app's own way), with the CLI's messages.
pub fn write_atomically<T>(
    target: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T, String>,
) -> Result<T, String> {
    use imr_app::atomic::{write_atomically_with, AtomicWriteError};
    write_atomically_with(target, write).map_err(|e| match e {
        AtomicWriteError::Write(message) => message,
        AtomicWriteError::Io(e) => format!("{}: cannot be saved here ({e}).", target.display()),
    })
}
