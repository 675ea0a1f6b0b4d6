//! A test helper, not part of the app: saves one case over and over, the way the window
//! saves a page of answers through the app, until it is killed. `tests/crash.rs` kills it
//! with SIGKILL at random moments and checks that the case still opens, whole.
//!
//! `imr-app-save-loop <data dir> <case id>`: save number n (counting on from the number
//! found in the case) writes n into several answers, and is made at 2026-01-01 00:00 plus
//! n seconds by the app's clock, which the app's notes record; so a reader can tell
//! whether everything it sees comes from the same save. Prints `saving` once it has read
//! the case and is about to save.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDate, TimeZone, Utc};
use imr_app::{Answers, App, FixedClock};

fn main() {
    let mut args = std::env::args_os().skip(1);
    let (Some(data), Some(id)) = (args.next(), args.next()) else {
        eprintln!("usage: imr-app-save-loop <data dir> <case id>");
        std::process::exit(2);
    };
    let id = id.to_string_lossy().into_owned();
    let data = PathBuf::from(data);
    let base = NaiveDate::from_ymd_opt(2026, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .expect("a valid date");
    let clock = Arc::new(FixedClock::at(Utc.from_utc_datetime(&base).fixed_offset()));
    let app = App::open(&data, Box::new(Arc::clone(&clock))).expect("the app opens");
    // The case's first name as its page shows it: "Save<n>" after save n.
    let first_name = app
        .screen(&id, "patient-name")
        .expect("the case opens")
        .fields
        .into_iter()
        .find(|f| f.field.id == "patient.first_name")
        .map(|f| f.value)
        .unwrap_or_default();
    let mut n: u64 = first_name
        .strip_prefix("Save")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    clock.advance(Duration::from_secs(n));
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
        clock.advance(Duration::from_secs(1));
        app.save_screen(&id, "patient-name", &answers, false, None)
            .expect("the save works");
    }
}
