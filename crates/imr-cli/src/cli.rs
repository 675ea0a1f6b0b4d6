//! Argument parsing and the three commands. Each command is a thin caller of the same
//! library functions the desktop app uses.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use imr_case::case::{validate, Case, CaseFile};
use imr_case::rules::{assess, EligibilityFacts};
use imr_packet::{
    build_checklist, build_packet, inspect, load_documents, DirSource, Limits, Mode, PacketOptions,
};

use crate::output::{self, write_atomically};

/// Prepare a California DMHC Independent Medical Review (IMR) application packet.
#[derive(Debug, Parser)]
#[command(name = "imr-packet", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a case file: list every problem, and say where the case stands.
    Check {
        /// The case file (JSON).
        case: PathBuf,
        /// The date to check against, YYYY-MM-DD (default: today).
        #[arg(long, value_parser = parse_date)]
        today: Option<NaiveDate>,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Build the packet PDF (and, if asked, the "Before you send" checklist).
    Build {
        /// The case file (JSON). Document paths in it are relative to this file.
        case: PathBuf,
        /// Where to save the packet PDF.
        #[arg(long)]
        out: PathBuf,
        /// How the packet will be sent.
        #[arg(long, value_enum, default_value_t = ModeArg::Mail)]
        mode: ModeArg,
        /// Where to save the checklist PDF (never part of what is sent).
        #[arg(long)]
        checklist: Option<PathBuf>,
        /// The date printed on the packet, YYYY-MM-DD (default: today).
        #[arg(long, value_parser = parse_date)]
        today: Option<NaiveDate>,
    },
    /// Say, for each file, whether it can go into a packet.
    Inspect {
        /// PDF, JPG, PNG, HEIC, TIFF, WebP or GIF files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ModeArg {
    Mail,
    Fax,
}

impl From<ModeArg> for Mode {
    fn from(m: ModeArg) -> Mode {
        match m {
            ModeArg::Mail => Mode::Mail,
            ModeArg::Fax => Mode::Fax,
        }
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a real date; write it as YYYY-MM-DD, e.g. 2026-03-01"))
}

/// Exit code when the case or a file is not acceptable.
const NOT_ACCEPTABLE: u8 = 1;

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // clap uses 2 for usage errors and 0 for --help / --version.
            return ExitCode::from(e.exit_code() as u8);
        }
    };
    let today_default = || chrono::Local::now().date_naive();
    let result = match cli.command {
        Command::Check { case, today, json } => {
            check(&case, today.unwrap_or_else(today_default), json)
        }
        Command::Build {
            case,
            out,
            mode,
            checklist,
            today,
        } => build(
            &case,
            &out,
            mode.into(),
            checklist.as_deref(),
            today.unwrap_or_else(today_default),
        ),
        Command::Inspect { files } => inspect_files(&files),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(NOT_ACCEPTABLE)
        }
    }
}

/// Reads and parses a case file, with messages that name it.
fn read_case(path: &Path) -> Result<(CaseFile, Vec<u8>), String> {
    let bytes = std::fs::read(path)
        .map_err(|e| format!("{}: the case file cannot be read ({e}).", path.display()))?;
    let text = String::from_utf8(bytes.clone()).map_err(|_| {
        format!(
            "{}: the case file is not text (UTF-8). Choose the .json case file.",
            path.display()
        )
    })?;
    let file = CaseFile::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((file, bytes))
}

fn check(path: &Path, today: NaiveDate, json: bool) -> Result<(), String> {
    let (file, _) = read_case(path)?;
    let (problems, report) = match validate(&file, today) {
        Ok(case) => (Vec::new(), case.assess(today)),
        Err(problems) => (
            problems,
            assess(&EligibilityFacts::from_answers(&file.answers), today),
        ),
    };
    let missing: Vec<_> = report
        .expected_documents
        .iter()
        .map(|e| e.kind)
        .filter(|kind| !file.documents.iter().any(|d| d.kind == *kind))
        .collect();
    if json {
        println!(
            "{}",
            output::check_json(path, today, &problems, &report, &missing)
        );
    } else {
        print!(
            "{}",
            output::check_text(path, today, &problems, &report, &missing)
        );
    }
    if problems.is_empty() {
        Ok(())
    } else if json {
        Err(String::new())
    } else {
        Err(format!(
            "{}: {} problem(s) to fix before the packet can be made.",
            path.display(),
            problems.len()
        ))
    }
}

fn validated(path: &Path, file: &CaseFile, today: NaiveDate) -> Result<Case, String> {
    validate(file, today).map_err(|problems| {
        let mut msg = format!(
            "{}: {} problem(s) to fix before the packet can be made:\n",
            path.display(),
            problems.len()
        );
        for p in problems {
            msg.push_str(&format!("  {}: {}\n", p.field, p.message));
        }
        msg.trim_end().to_string()
    })
}

fn build(
    path: &Path,
    out: &Path,
    mode: Mode,
    checklist: Option<&Path>,
    today: NaiveDate,
) -> Result<(), String> {
    let (file, bytes) = read_case(path)?;
    for target in std::iter::once(out).chain(checklist) {
        check_target(target)?;
    }
    let case = validated(path, &file, today)?;
    let report = case.assess(today);
    let options = PacketOptions::new(mode, today, &bytes);
    let documents =
        load_documents(&case, &DirSource::beside(path), &options.limits).map_err(|errors| {
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        })?;
    let summary = write_atomically(out, |w| {
        build_packet(&case, documents, &options, w).map_err(|e| e.to_string())
    })?;
    println!(
        "Saved {}: {} pages ({} mode, {} document(s)).",
        out.display(),
        summary.total_pages,
        match mode {
            Mode::Mail => "mail",
            Mode::Fax => "fax",
        },
        summary.exhibits.len()
    );
    if let Some(checklist_path) = checklist {
        let pdf = build_checklist(&case, &report, &summary, &options).map_err(|e| e.to_string())?;
        write_atomically(checklist_path, |w| {
            w.write_all(&pdf).map_err(|e| e.to_string())
        })?;
        println!("Saved the checklist: {}.", checklist_path.display());
    }
    for warning in &report.warnings {
        println!("Note: {}", warning.message);
    }
    Ok(())
}

/// Refuses an output path that cannot work before any work is done.
fn check_target(target: &Path) -> Result<(), String> {
    if target.is_dir() {
        return Err(format!(
            "{}: this is a folder. Give a file name, for example {}/packet.pdf.",
            target.display(),
            target.display()
        ));
    }
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !parent.is_dir() {
        return Err(format!(
            "{}: the folder {} does not exist. Create it first, or choose another place.",
            target.display(),
            parent.display()
        ));
    }
    Ok(())
}

fn inspect_files(files: &[PathBuf]) -> Result<(), String> {
    let limits = Limits::default();
    let mut refused = 0;
    for path in files {
        let result = std::fs::read(path)
            .map_err(|e| format!("the file cannot be read ({e})"))
            .and_then(|bytes| inspect(bytes, &limits).map_err(|e| e.to_string()));
        match result {
            Ok(found) => println!(
                "{}: {}, {} page{} — can go into a packet.",
                path.display(),
                found.format.name(),
                found.pages,
                if found.pages == 1 { "" } else { "s" }
            ),
            Err(message) => {
                refused += 1;
                println!("{}: {message}", path.display());
            }
        }
    }
    if refused == 0 {
        Ok(())
    } else {
        Err(format!(
            "{refused} of {} file(s) cannot go into a packet.",
            files.len()
        ))
    }
}
