//! A test helper, not part of the app: saves one case over and over, the way the app
//! saves a screen of answers, until it is killed. `tests/crash.rs` kills it with SIGKILL
//! at random moments and checks that the case still opens, whole.
//!
//! `imr-app-save-loop <data dir> <case id>`: save number n (counting on from the number
//! found in the case) writes n into several answers and into the app's notes, so a reader
//! can tell whether everything it sees comes from the same save. Prints `saving` once it
//! has read the case and is about to save.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use imr_app::CaseStore;
use imr_case::case::Answers;

fn main() {
    let mut args = std::env::args_os().skip(1);
    let (Some(data), Some(id)) = (args.next(), args.next()) else {
        eprintln!("usage: imr-app-save-loop <data dir> <case id>");
        std::process::exit(2);
    };
    let id = id.to_string_lossy().into_owned();
    let store = CaseStore::open(&PathBuf::from(data)).expect("the store opens");
    let case = store.load(&id).expect("the case opens");
    let mut n: u64 = case
        .file
        .answers
        .get("patient.first_name")
        .and_then(|v| v.strip_prefix("Save"))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let base = NaiveDate::from_ymd_opt(2026, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .expect("a valid date");
    println!("saving");
    std::io::stdout().flush().expect("stdout is open");
    loop {
        n += 1;
        let answers: Answers = [
            ("patient.first_name", format!("Save{n}")),
            ("patient.last_name", format!("Number{n}")),
            // A few kilobytes, so a save is more than one small write.
            ("problem.description", format!("Save {n}. ").repeat(300)),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let now = base + chrono::Duration::seconds(i64::try_from(n).unwrap_or(i64::MAX));
        store
            .save_answers(&id, &answers, Some(&format!("save-{n}")), now)
            .expect("the save works");
    }
}
