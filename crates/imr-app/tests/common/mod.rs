//! What the imr-app integration tests share: the example case, its documents, an app on
//! a fixed clock (driven as the window drives it), and reading back the files an app
//! left on disk.

// Each test file uses some of these, never all.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone};
use imr_app::{Answers, App, CaseStore, FixedClock};
use imr_case::case::CaseFile;
use imr_case::form::DocumentKind;
use imr_vault::KdfParams;

/// The day the tests pretend it is (the example case is dated for it).
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

/// A moment on `today()`, `minute` minutes after 10:00.
pub fn at(minute: u32) -> NaiveDateTime {
    today().and_hms_opt(10, minute, 0).unwrap()
}

/// California's offset from UTC in winter (UTC−8).
pub fn pacific() -> FixedOffset {
    FixedOffset::west_opt(8 * 3600).unwrap()
}

/// A clock showing `when` in California.
pub fn clock_at(when: NaiveDateTime) -> Arc<FixedClock> {
    Arc::new(FixedClock::at(
        pacific().from_local_datetime(&when).unwrap(),
    ))
}

/// A clock showing `when`, wherever the person is.
pub fn clock_on(when: DateTime<FixedOffset>) -> Arc<FixedClock> {
    Arc::new(FixedClock::at(when))
}

/// The synthetic example case folder (`examples/nunez`).
pub fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/nunez")
}

/// The example case's answers and document list.
pub fn example() -> CaseFile {
    CaseFile::from_json(&std::fs::read_to_string(example_dir().join("case.json")).unwrap()).unwrap()
}

/// A store in `dir` whose passphrase keys are derived with the fast test parameters.
pub fn fast_kdf_store(dir: &Path) -> CaseStore {
    CaseStore::open(dir)
        .unwrap()
        .with_kdf(KdfParams::INSECURE_FOR_TESTS)
}

/// The app on data folder `dir`, started as the desktop starts it (the start-up check
/// runs), on `clock`, with fast key derivation.
pub fn open_app(dir: &Path, clock: &Arc<FixedClock>) -> App {
    App::open(dir, Box::new(Arc::clone(clock)))
        .unwrap()
        .with_store(fast_kdf_store(dir))
}

/// The app on `dir` at 10:00 on `today()`, and its clock.
pub fn app_at_ten(dir: &Path) -> (App, Arc<FixedClock>) {
    let clock = clock_at(at(0));
    (open_app(dir, &clock), clock)
}

/// Moves `clock` on by `minutes`.
pub fn minutes(clock: &FixedClock, minutes: u64) {
    clock.advance(std::time::Duration::from_secs(minutes * 60));
}

/// Saves `answers` as the window saves a page of questions.
pub fn save_answers(app: &App, id: &str, screen: &str, answers: &Answers) {
    app.save_screen(id, screen, answers, false, None).unwrap();
}

/// A new case (no passphrase) holding the example's answers, saved a minute after it
/// was made.
pub fn example_case(app: &App, clock: &FixedClock) -> String {
    let id = app.create_case().unwrap().id;
    minutes(clock, 1);
    save_answers(app, &id, "problem-type", &example().answers);
    id
}

/// Adds the example's denial letter to case `id`, with `title`.
pub fn add_denial_letter(app: &App, id: &str, title: &str) {
    app.add_document(
        id,
        &example_dir().join("denial-letter.pdf"),
        DocumentKind::DenialLetter,
        title,
        None,
    )
    .unwrap();
}

/// The folder of case `id` in data folder `data`.
pub fn case_dir(data: &Path, id: &str) -> PathBuf {
    data.join("cases").join(id)
}

/// The case file of a case without a passphrase, as it is on disk.
pub fn case_json(data: &Path, id: &str) -> CaseFile {
    let text = std::fs::read_to_string(case_dir(data, id).join("case.json")).unwrap();
    CaseFile::from_json(&text).unwrap()
}

/// The app's notes on a case without a passphrase, as they are on disk.
pub fn app_json(data: &Path, id: &str) -> serde_json::Value {
    let text = std::fs::read(case_dir(data, id).join("app.json")).unwrap();
    serde_json::from_slice(&text).unwrap()
}

/// Every answer of case `id` as the app's pages show it (each page's questions with
/// what was answered), for a case whose files cannot be read on disk (a protected one).
pub fn answers_shown(app: &App, id: &str) -> Answers {
    let mut answers = Answers::new();
    for screen in imr_app::screens::SCREENS {
        for field in app.screen(id, screen.id).unwrap().fields {
            if !field.value.is_empty() {
                answers.insert(field.field.id.to_string(), field.value);
            }
        }
    }
    answers
}

/// The names of the files in a case's `documents` folder, sorted.
pub fn document_files(data: &Path, id: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(case_dir(data, id).join("documents"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// Each test file uses some of these.
#[allow(unused_imports)]
pub use imr_fixtures::disk::{contains, files_under};

/// Every file under `root` with its bytes, sorted by path.
pub fn snapshot(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    files_under(root)
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap();
            (path, bytes)
        })
        .collect()
}

/// The grey picture inside a `data:image/png;base64,…` address the app gives the window
/// (thumbnails, page cards, the fax preview, crops of what was read).
pub fn png_of(data_url: &str) -> image::GrayImage {
    use base64::Engine as _;
    let b64 = data_url
        .strip_prefix("data:image/png;base64,")
        .expect("a PNG data address");
    let png = base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap();
    image::load_from_memory(&png).unwrap().to_luma8()
}
