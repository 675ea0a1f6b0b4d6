//! End-to-end tests of the `imr-packet` command: exit codes (0 done, 1 the case or a file
//! is not acceptable, 2 usage error), the messages people read, and the files left on
//! disk. Every bad input is made inside the test, in a copy of `examples/nunez`.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Map, Value};
use tempfile::TempDir;

/// The date the example is checked and built on: after the plan's decision (2026-02-05),
/// before the 6-month deadline (2026-08-04: the grievance was filed 2026-01-05, its 30
/// days ended 2026-02-04 before the plan decided, and the 6 months run from the earliest).
const TODAY: &str = "2026-03-01";
/// A date after the example's deadline.
const LATE_TODAY: &str = "2026-09-01";

const DENIAL: &str = "denial-letter.pdf";
const PHOTO: &str = "grievance-decision-photo.jpg";
const SCAN: &str = "doctor-letter-scan.png";

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// What one run of `imr-packet` returned and printed.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "unexpected exit code; the run was {self:#?}"
        );
        self
    }

    fn assert_stderr_has(&self, fragments: &[&str]) -> &Self {
        for fragment in fragments {
            assert!(
                self.stderr.contains(fragment),
                "stderr lacks {fragment:?}; the run was {self:#?}"
            );
        }
        self
    }

    fn assert_stdout_has(&self, fragments: &[&str]) -> &Self {
        for fragment in fragments {
            assert!(
                self.stdout.contains(fragment),
                "stdout lacks {fragment:?}; the run was {self:#?}"
            );
        }
        self
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}); the run was {self:#?}"))
    }
}

fn run(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_imr-packet"))
        .args(args)
        .output()
        .unwrap();
    Run {
        // No code means a signal: a crash, never an acceptable outcome.
        code: out
            .status
            .code()
            .unwrap_or_else(|| panic!("imr-packet {args:?} was killed: {:?}", out.status)),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// The password-protected PDF from the shared sample corpus (checked out beside the repo).
fn password_pdf() -> Vec<u8> {
    let path = repo_path(
        "../../../shared/corpus/py-pdf-sample-files/005-libreoffice-writer-password/\
         libreoffice-writer-password.pdf",
    );
    fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A 6-page letter with 40 lines a page, as a PDF.
fn six_page_letter() -> Vec<u8> {
    let lines: Vec<String> = (1..=40)
        .map(|n| format!("Line {n} of a synthetic letter about a denied MRI."))
        .collect();
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    imr_fixtures::letter_pdf(&lines, 6)
}

fn first_half(bytes: &[u8]) -> Vec<u8> {
    bytes[..bytes.len() / 2].to_vec()
}

/// The 6-page letter with the compressed drawing instructions of page 3 garbled, as a
/// bad disk or a broken download would. Every object and the cross-reference table are
/// intact, so a lenient reader opens it and shows page 3 blank.
fn letter_with_garbled_page_3() -> Vec<u8> {
    let mut pdf = six_page_letter();
    let starts: Vec<usize> = pdf
        .windows(8)
        .enumerate()
        .filter(|(_, w)| *w == b">>stream")
        .map(|(i, _)| i + 8)
        .collect();
    assert_eq!(starts.len(), 6, "one content stream per page expected");
    let mut start = starts[2];
    while matches!(pdf[start], b'\r' | b'\n') {
        start += 1;
    }
    let length = pdf[start..]
        .windows(9)
        .position(|w| w == b"endstream")
        .unwrap();
    assert!(length > 60, "page 3's stream is only {length} bytes");
    for byte in &mut pdf[start + 5..start + 40] {
        *byte = b'A';
    }
    pdf
}

/// A copy of `examples/nunez` in a temporary folder, with an empty `out/` folder for the
/// packet so a test can see everything a build leaves behind.
struct CaseDir {
    dir: TempDir,
}

impl CaseDir {
    fn example() -> CaseDir {
        let dir = tempfile::tempdir().unwrap();
        for entry in fs::read_dir(repo_path("../../examples/nunez")).unwrap() {
            let entry = entry.unwrap();
            fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
        }
        fs::create_dir(dir.path().join("out")).unwrap();
        CaseDir { dir }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn path(&self, name: &str) -> PathBuf {
        self.root().join(name)
    }

    fn case(&self) -> PathBuf {
        self.path("case.json")
    }

    fn out_dir(&self) -> PathBuf {
        self.path("out")
    }

    fn packet(&self) -> PathBuf {
        self.out_dir().join("packet.pdf")
    }

    fn checklist(&self) -> PathBuf {
        self.out_dir().join("checklist.pdf")
    }

    fn read(&self, name: &str) -> Vec<u8> {
        fs::read(self.path(name)).unwrap()
    }

    /// Replaces (or creates) a document with these bytes.
    fn put(&self, name: &str, bytes: &[u8]) {
        let path = self.path(name);
        if path.is_dir() {
            fs::remove_dir_all(&path).unwrap();
        }
        fs::write(path, bytes).unwrap();
    }

    fn remove(&self, name: &str) {
        fs::remove_file(self.path(name)).unwrap();
    }

    /// Replaces a document with a folder of the same name.
    fn make_folder(&self, name: &str) {
        self.remove(name);
        fs::create_dir(self.path(name)).unwrap();
        fs::write(self.path(name).join("page1.jpg"), b"not used").unwrap();
    }

    fn edit_case(&self, edit: impl FnOnce(&mut Map<String, Value>)) {
        let mut case: Value = serde_json::from_slice(&fs::read(self.case()).unwrap()).unwrap();
        edit(case.as_object_mut().unwrap());
        fs::write(self.case(), serde_json::to_vec_pretty(&case).unwrap()).unwrap();
    }

    fn edit_answers(&self, edit: impl FnOnce(&mut Map<String, Value>)) {
        self.edit_case(|case| edit(case["answers"].as_object_mut().unwrap()));
    }

    fn set_answer(&self, key: &str, value: &str) {
        self.edit_answers(|answers| {
            answers.insert(key.into(), value.into());
        });
    }

    fn check(&self, today: &str, json: bool) -> Run {
        let case = self.case();
        let mut args = vec!["check", s(&case), "--today", today];
        if json {
            args.push("--json");
        }
        run(&args)
    }

    /// Builds the packet and the checklist into `out/`.
    fn build(&self, mode: &str, today: &str) -> Run {
        let (case, packet, checklist) = (self.case(), self.packet(), self.checklist());
        run(&[
            "build",
            s(&case),
            "--out",
            s(&packet),
            "--checklist",
            s(&checklist),
            "--mode",
            mode,
            "--today",
            today,
        ])
    }

    /// Asserts that no temporary file (`.tmp`, or the older `.partial`) is left anywhere in
    /// the case folder.
    fn assert_no_partial_files(&self) {
        for dir in [self.root().to_path_buf(), self.out_dir()] {
            for entry in fs::read_dir(&dir).unwrap() {
                let name = entry.unwrap().file_name().to_string_lossy().into_owned();
                assert!(
                    !name.contains(".partial") && !name.ends_with(".tmp"),
                    "temporary file {name} left in {}",
                    dir.display()
                );
            }
        }
    }

    /// Asserts that a failed build saved nothing: no packet, no checklist, no temporary
    /// file.
    fn assert_nothing_saved(&self) {
        assert!(!self.packet().exists(), "a packet was saved");
        assert!(!self.checklist().exists(), "a checklist was saved");
        let left: Vec<_> = fs::read_dir(self.out_dir())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(left.is_empty(), "the output folder holds {left:?}");
        self.assert_no_partial_files();
    }

    /// Builds, and asserts the build was refused with a message that names `file` and
    /// gives `advice`, and that nothing was saved.
    fn assert_build_refused(&self, file: &str, advice: &[&str]) -> Run {
        let result = self.build("fax", TODAY);
        result.assert_code(1).assert_stderr_has(&[file]);
        result.assert_stderr_has(advice);
        assert!(
            result
                .stderr
                .lines()
                .any(|line| line.contains(file) && advice.iter().all(|a| line.contains(a))),
            "no single line names {file} and says what to do: {result:#?}"
        );
        assert!(
            !result.stdout.contains("Saved"),
            "stdout claims a save: {result:#?}"
        );
        self.assert_nothing_saved();
        result
    }
}

/// The page count `pdfinfo` reads from a PDF.
fn pdfinfo_pages(path: &Path) -> usize {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("pdfinfo (poppler-utils) is needed for this test: {e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "pdfinfo failed on {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    text.lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .unwrap_or_else(|| panic!("pdfinfo printed no page count: {text}"))
        .trim()
        .parse()
        .unwrap()
}

fn assert_qpdf_check(path: &Path) {
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("qpdf is needed for this test: {e}"));
    assert!(
        out.status.success(),
        "qpdf --check {} failed: {}{}",
        path.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The page count in "Saved <out>: N pages (...)".
fn printed_pages(result: &Run, out: &Path) -> usize {
    let prefix = format!("Saved {}: ", out.display());
    let line = result
        .stdout
        .lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no \"{prefix}\" line: {result:#?}"));
    line.split(' ').next().unwrap().parse().unwrap()
}

// ---------------------------------------------------------------------------------------
// build: the example
// ---------------------------------------------------------------------------------------

fn assert_example_builds(mode: &str) {
    let case = CaseDir::example();
    let result = case.build(mode, TODAY);
    result.assert_code(0).assert_stdout_has(&[
        &format!("({mode} mode, 3 document(s))"),
        &format!("Saved the checklist: {}.", case.checklist().display()),
    ]);
    let packet = case.packet();
    assert!(packet.is_file());
    let pages = printed_pages(&result, &packet);
    assert_eq!(pdfinfo_pages(&packet), pages, "{result:#?}");
    // The cover/form pages plus every document page: 2 + 1 + 1 from the documents alone.
    assert!(pages > 4, "only {pages} pages");
    assert_qpdf_check(&packet);
    assert!(case.checklist().is_file());
    assert!(pdfinfo_pages(&case.checklist()) >= 1);
    assert_qpdf_check(&case.checklist());
    case.assert_no_partial_files();
}

#[test]
fn example_builds_for_fax() {
    assert_example_builds("fax");
}

#[test]
fn example_builds_for_mail() {
    assert_example_builds("mail");
}

#[test]
fn packet_builds_without_checklist() {
    let case = CaseDir::example();
    let (case_file, packet) = (case.case(), case.packet());
    let result = run(&[
        "build",
        s(&case_file),
        "--out",
        s(&packet),
        "--today",
        TODAY,
    ]);
    result.assert_code(0);
    assert!(!result.stdout.contains("checklist"), "{result:#?}");
    assert_eq!(pdfinfo_pages(&packet), printed_pages(&result, &packet));
    assert!(!case.checklist().exists());
    case.assert_no_partial_files();
}

#[test]
fn packet_pages_include_every_document_page() {
    // A 6-page letter in place of the 2-page denial letter adds exactly 4 pages.
    let case = CaseDir::example();
    let before = case.build("mail", TODAY);
    before.assert_code(0);
    let before_pages = printed_pages(&before, &case.packet());
    fs::remove_file(case.packet()).unwrap();
    fs::remove_file(case.checklist()).unwrap();
    assert_eq!(pdfinfo_pages(&case.path(DENIAL)), 2);
    case.put(DENIAL, &six_page_letter());
    let after = case.build("mail", TODAY);
    after.assert_code(0);
    let after_pages = printed_pages(&after, &case.packet());
    assert_eq!(after_pages, before_pages + 4, "{before:#?}\n{after:#?}");
    assert_eq!(pdfinfo_pages(&case.packet()), after_pages);
}

#[test]
fn output_folder_missing_stops_build() {
    let case = CaseDir::example();
    let case_file = case.case();
    let out = case.path("no-such-folder/packet.pdf");
    let result = run(&["build", s(&case_file), "--out", s(&out), "--today", TODAY]);
    result
        .assert_code(1)
        .assert_stderr_has(&[s(&out), "does not exist", "Create it first"]);
    assert!(!out.exists());
    case.assert_no_partial_files();
}

#[test]
fn folder_as_output_stops_build() {
    let case = CaseDir::example();
    let case_file = case.case();
    let out = case.out_dir();
    let result = run(&["build", s(&case_file), "--out", s(&out), "--today", TODAY]);
    result
        .assert_code(1)
        .assert_stderr_has(&[s(&out), "this is a folder", "Give a file name"]);
    assert!(out.is_dir());
    case.assert_nothing_saved();
}

#[test]
fn checklist_folder_missing_stops_build() {
    let case = CaseDir::example();
    let (case_file, packet) = (case.case(), case.packet());
    let checklist = case.path("no-such-folder/checklist.pdf");
    let result = run(&[
        "build",
        s(&case_file),
        "--out",
        s(&packet),
        "--checklist",
        s(&checklist),
        "--today",
        TODAY,
    ]);
    result
        .assert_code(1)
        .assert_stderr_has(&[s(&checklist), "does not exist", "Create it first"]);
    assert!(!checklist.exists());
    // Refused before anything was made: no packet without its checklist.
    assert!(!packet.exists());
    case.assert_no_partial_files();
}

// ---------------------------------------------------------------------------------------
// build: bad documents
// ---------------------------------------------------------------------------------------

#[test]
fn missing_document_stops_build() {
    let case = CaseDir::example();
    case.remove(DENIAL);
    case.assert_build_refused(DENIAL, &["cannot be found", "add it again"]);
}

#[test]
fn missing_document_in_subfolder_is_named_as_written() {
    let case = CaseDir::example();
    case.edit_case(|c| {
        c["documents"][1]["path"] = "records/grievance photo.jpg".into();
    });
    case.assert_build_refused("records/grievance photo.jpg", &["cannot be found"]);
}

#[cfg(unix)]
#[test]
fn unreadable_document_stops_build() {
    use std::os::unix::fs::PermissionsExt;
    let case = CaseDir::example();
    let path = case.path(PHOTO);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_ok() {
        // Running as root: permissions do not stop reading, so there is nothing to test.
        eprintln!("skipped: this account can read a file with mode 000");
        return;
    }
    case.assert_build_refused(PHOTO, &["not allowed to read it", "add the copy"]);
}

#[test]
fn empty_document_stops_build() {
    let case = CaseDir::example();
    case.put(DENIAL, b"");
    case.assert_build_refused(DENIAL, &["The file is empty", "Choose the file again"]);
}

#[test]
fn web_page_named_pdf_stops_build() {
    let case = CaseDir::example();
    case.put(
        DENIAL,
        b"<!DOCTYPE html>\n<html><head><title>Your denial</title></head>\
          <body><p>We denied the MRI.</p></body></html>\n",
    );
    case.assert_build_refused(
        DENIAL,
        &[
            "This is a web page saved as a file",
            "print it to PDF, then add the PDF",
        ],
    );
}

#[test]
fn text_file_named_pdf_stops_build() {
    let case = CaseDir::example();
    case.put(DENIAL, b"Dear member,\nWe denied the MRI.\n");
    case.assert_build_refused(
        DENIAL,
        &["not a kind this app can read", "save or print it as PDF"],
    );
}

#[test]
fn office_document_stops_build() {
    let case = CaseDir::example();
    let mut docx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00".to_vec();
    docx.extend_from_slice(b"[Content_Types].xml word/document.xml");
    docx.resize(4096, 0);
    case.put(DENIAL, &docx);
    case.assert_build_refused(DENIAL, &["office document", "export it as PDF"]);
}

#[test]
fn truncated_pdf_stops_build() {
    // A library could "repair" the first half into a PDF whose later pages are blank or
    // gone: that must count as damaged, never as a shorter document.
    let case = CaseDir::example();
    case.put(DENIAL, &first_half(&six_page_letter()));
    case.assert_build_refused(
        DENIAL,
        &["The PDF is damaged", "Ask the sender for a new copy"],
    );
}

#[test]
fn truncated_jpeg_stops_build() {
    let case = CaseDir::example();
    let half = first_half(&case.read(PHOTO));
    case.put(PHOTO, &half);
    case.assert_build_refused(
        PHOTO,
        &["damaged or was not copied completely", "Copy it again"],
    );
}

#[test]
fn truncated_png_stops_build() {
    let case = CaseDir::example();
    let half = first_half(&case.read(SCAN));
    case.put(SCAN, &half);
    case.assert_build_refused(
        SCAN,
        &["damaged or was not copied completely", "Copy it again"],
    );
}

#[test]
fn garbled_pdf_page_stops_build() {
    // Never drop a page silently: a page whose content cannot be decoded must stop the
    // build, not become a blank page in the packet.
    let case = CaseDir::example();
    case.put(DENIAL, &letter_with_garbled_page_3());
    case.assert_build_refused(
        DENIAL,
        &[
            "The PDF is damaged: page 3 cannot be read",
            "Ask the sender for a new copy",
        ],
    );
}

#[test]
fn password_protected_pdf_stops_build() {
    let case = CaseDir::example();
    case.put(DENIAL, &password_pdf());
    case.assert_build_refused(
        DENIAL,
        &["password protected", "save a copy without a password"],
    );
}

#[test]
fn folder_instead_of_document_stops_build() {
    let case = CaseDir::example();
    case.make_folder(PHOTO);
    case.assert_build_refused(PHOTO, &["This is a folder", "Choose a file inside it"]);
}

#[cfg(unix)]
#[test]
fn looping_link_document_stops_build() {
    // A file that cannot be read even by an administrator: a link to itself.
    let case = CaseDir::example();
    case.remove(DENIAL);
    std::os::unix::fs::symlink(DENIAL, case.path(DENIAL)).unwrap();
    case.assert_build_refused(DENIAL, &["The file cannot be read", "add the copy"]);
}

#[test]
fn every_bad_document_is_reported_at_once() {
    let case = CaseDir::example();
    case.put(DENIAL, b"");
    case.remove(SCAN);
    let result = case.assert_build_refused(DENIAL, &["The file is empty"]);
    result.assert_stderr_has(&[&format!("{SCAN}: The file cannot be found")]);
}

// ---------------------------------------------------------------------------------------
// The case file
// ---------------------------------------------------------------------------------------

#[test]
fn invalid_answer_date_is_refused() {
    let case = CaseDir::example();
    case.set_answer("grievance.decision_date", "2026-02-31");

    let checked = case.check(TODAY, false);
    checked
        .assert_code(1)
        .assert_stdout_has(&["grievance.decision_date: ", "must be a number from 1 to 28"]);
    checked.assert_stderr_has(&[s(&case.case()), "1 problem(s)"]);

    let built = case.build("mail", TODAY);
    built.assert_code(1).assert_stderr_has(&[
        s(&case.case()),
        "grievance.decision_date: ",
        "The day of the date of the plan's decision",
    ]);
    case.assert_nothing_saved();
}

#[test]
fn invalid_answer_date_is_listed_in_json() {
    let case = CaseDir::example();
    case.set_answer("patient.date_of_birth", "1961-13-14");
    let result = case.check(TODAY, true);
    result.assert_code(1);
    let json = result.json();
    assert_eq!(json["valid"], false);
    let problems = json["problems"].as_array().unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p["field"] == "patient.date_of_birth"
                && p["message"].as_str().unwrap().contains("The month of")),
        "{json:#}"
    );
}

#[test]
fn unknown_answer_key_is_refused() {
    let case = CaseDir::example();
    case.set_answer("patient.favorite_color", "blue");
    case.check(TODAY, false).assert_code(1).assert_stdout_has(&[
        "patient.favorite_color: ",
        "is not a question on this form",
        "check the spelling",
    ]);
    case.build("fax", TODAY)
        .assert_code(1)
        .assert_stderr_has(&["patient.favorite_color: ", "check the spelling"]);
    case.assert_nothing_saved();
}

#[test]
fn unknown_top_level_key_is_refused() {
    let case = CaseDir::example();
    case.edit_case(|c| {
        c.insert("anwsers".into(), Value::Object(Map::new()));
    });
    for result in [case.check(TODAY, false), case.build("mail", TODAY)] {
        result.assert_code(1).assert_stderr_has(&[
            s(&case.case()),
            "\"anwsers\" that this app does not know",
            "Check the spelling or remove it",
        ]);
    }
    case.assert_nothing_saved();
}

#[test]
fn unknown_document_key_is_refused() {
    let case = CaseDir::example();
    case.edit_case(|c| {
        c["documents"][2]["pagez"] = 1.into();
    });
    case.build("mail", TODAY)
        .assert_code(1)
        .assert_stderr_has(&[
            s(&case.case()),
            "Document 3 has a key \"pagez\"",
            "Check the spelling or remove it",
        ]);
    case.assert_nothing_saved();
}

#[test]
fn malformed_page_edits_are_refused_and_named() {
    let case = CaseDir::example();
    case.edit_case(|c| {
        c["documents"][2]["pages"] = 1.into();
    });
    case.build("mail", TODAY)
        .assert_code(1)
        .assert_stderr_has(&[
            s(&case.case()),
            "The pages of document 3 cannot be read",
            "remove \"pages\" to send every page as it is",
        ]);
    case.assert_nothing_saved();
}

#[test]
fn invalid_document_date_is_refused() {
    let case = CaseDir::example();
    case.edit_case(|c| {
        c["documents"][0]["date"] = "2026-02-30".into();
    });
    case.check(TODAY, false).assert_code(1).assert_stderr_has(&[
        s(&case.case()),
        "Document 1 has the date",
        "real date",
    ]);
}

#[test]
fn newer_schema_version_is_refused() {
    let case = CaseDir::example();
    case.edit_case(|c| {
        c.insert("schema_version".into(), 99.into());
    });
    for result in [
        case.check(TODAY, false),
        case.check(TODAY, true),
        case.build("fax", TODAY),
    ] {
        result.assert_code(1).assert_stderr_has(&[
            s(&case.case()),
            "newer version",
            "schema 99",
            "Update the app",
        ]);
    }
    case.assert_nothing_saved();
}

#[test]
fn missing_schema_version_is_refused() {
    let case = CaseDir::example();
    case.edit_case(|c| {
        c.remove("schema_version");
    });
    case.check(TODAY, false).assert_code(1).assert_stderr_has(&[
        s(&case.case()),
        "no \"schema_version\"",
        "Add",
    ]);
}

#[test]
fn malformed_json_is_refused() {
    let case = CaseDir::example();
    let text = String::from_utf8(case.read("case.json")).unwrap();
    // Drop the closing brace and leave a trailing comma.
    let cut = text.trim_end().trim_end_matches('}').to_string() + ",\n";
    fs::write(case.case(), cut).unwrap();
    for result in [case.check(TODAY, true), case.build("mail", TODAY)] {
        result.assert_code(1).assert_stderr_has(&[
            s(&case.case()),
            "not valid JSON (line",
            "Fix the text at that place",
        ]);
        assert!(result.stdout.is_empty(), "{result:#?}");
    }
    case.assert_nothing_saved();
}

#[test]
fn case_file_that_is_not_text_is_refused() {
    let case = CaseDir::example();
    fs::write(case.case(), [0xFF, 0xFE, 0x00, 0x7B, 0xC3]).unwrap();
    case.check(TODAY, false).assert_code(1).assert_stderr_has(&[
        s(&case.case()),
        "not text",
        "Choose the .json case file",
    ]);
}

#[test]
fn missing_case_file_is_refused() {
    let case = CaseDir::example();
    let missing = case.path("no-such-case.json");
    let packet = case.packet();
    for result in [
        run(&["check", s(&missing), "--today", TODAY]),
        run(&["build", s(&missing), "--out", s(&packet), "--today", TODAY]),
    ] {
        result
            .assert_code(1)
            .assert_stderr_has(&[s(&missing), "the case file cannot be read"]);
    }
    case.assert_nothing_saved();
}

// ---------------------------------------------------------------------------------------
// check
// ---------------------------------------------------------------------------------------

#[test]
fn example_check_prints_deadlines() {
    let case = CaseDir::example();
    case.check(TODAY, false).assert_code(0).assert_stdout_has(&[
        "checked on March 1, 2026",
        "[apply_from] February 5, 2026: You can apply now",
        "[apply_by] August 4, 2026: Apply by August 4, 2026: 6 months after",
        "No problems: the case is ready for a packet.",
    ]);
}

#[test]
fn example_check_json_has_documented_keys() {
    let case = CaseDir::example();
    // The grievance was filed on 2026-01-05 and decided on 2026-02-05, after its 30 days
    // (which ended on 2026-02-04): the earliest 6-month deadline is 2026-08-04.
    let answers: Value = serde_json::from_slice(&case.read("case.json")).unwrap();
    assert_eq!(answers["answers"]["grievance.decision_date"], "2026-02-05");

    let result = case.check(TODAY, true);
    result.assert_code(0);
    assert!(result.stderr.trim().is_empty(), "{result:#?}");
    let json = result.json();
    assert_eq!(json["today"], TODAY);
    assert_eq!(json["valid"], true);
    assert_eq!(json["track"], "imr_medical_necessity");
    assert_eq!(json["can_apply_from"], "2026-02-05");
    assert_eq!(json["apply_by"], "2026-08-04");
    assert_eq!(json["apply_by_basis"], "waiting_period");
    assert_eq!(json["late"], false);
    let dates = json["dates"].as_array().unwrap();
    assert_eq!(dates[0]["code"], "apply_from");
    assert_eq!(dates[0]["passed"], true);
    assert_eq!(dates[1]["code"], "apply_by");
    assert_eq!(dates[1]["date"], "2026-08-04");
    assert_eq!(dates[1]["days_from_today"], 156);
    assert!(dates[1]["explanation"]
        .as_str()
        .unwrap()
        .contains("6 months"));
    assert_eq!(json["problems"], Value::Array(Vec::new()));
    assert_eq!(json["warnings"], Value::Array(Vec::new()));
    assert!(json["reminders"].is_array(), "{json:#}");
    // The track expects the denial letter and the plan's decision; the example has both.
    let expected: Vec<&str> = json["expected_documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(expected, ["denial_letter", "grievance_decision"]);
    assert_eq!(json["documents_missing"], Value::Array(Vec::new()));
}

#[test]
fn late_case_check_json_warns_and_asks_why() {
    let case = CaseDir::example();
    let result = case.check(LATE_TODAY, true);
    result.assert_code(1);
    let json = result.json();
    assert_eq!(json["late"], true);
    assert_eq!(json["apply_by"], "2026-08-04");
    assert_eq!(json["valid"], false);

    let warnings = json["warnings"].as_array().unwrap();
    for w in warnings {
        assert!(w["code"].is_string() && w["message"].is_string(), "{w:#}");
    }
    let late = warnings
        .iter()
        .find(|w| w["code"] == "late_filing")
        .unwrap_or_else(|| panic!("no late_filing warning: {json:#}"));
    assert!(
        late["message"].as_str().unwrap().contains("August 4, 2026"),
        "{late:#}"
    );

    let problems = json["problems"].as_array().unwrap();
    for p in problems {
        assert!(p["field"].is_string() && p["message"].is_string(), "{p:#}");
    }
    assert!(
        problems.iter().any(|p| p["field"] == "late.explanation"),
        "{json:#}"
    );
}

#[test]
fn late_case_check_text_says_deadline_passed() {
    let case = CaseDir::example();
    let result = case.check(LATE_TODAY, false);
    result.assert_code(1).assert_stdout_has(&[
        "[apply_by] August 4, 2026 (passed): The last day to apply on time was August 4, 2026",
        "[late_filing]",
        "late.explanation: ",
    ]);
    result.assert_stderr_has(&[s(&case.case()), "1 problem(s) to fix"]);
}

#[test]
fn late_case_builds_once_explained() {
    let case = CaseDir::example();
    case.build("mail", LATE_TODAY)
        .assert_code(1)
        .assert_stderr_has(&["late.explanation: "]);
    case.assert_nothing_saved();

    case.set_answer(
        "late.explanation",
        "I was in hospital from March to August and could not apply.",
    );
    let checked = case.check(LATE_TODAY, true);
    checked.assert_code(0);
    let json = checked.json();
    assert_eq!(json["late"], true);
    assert_eq!(json["problems"], Value::Array(Vec::new()));
    assert!(
        json["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["code"] == "late_filing"),
        "{json:#}"
    );

    let built = case.build("mail", LATE_TODAY);
    built.assert_code(0).assert_stdout_has(&["Note: "]);
    assert_eq!(
        pdfinfo_pages(&case.packet()),
        printed_pages(&built, &case.packet())
    );
}

// ---------------------------------------------------------------------------------------
// inspect
// ---------------------------------------------------------------------------------------

#[test]
fn example_documents_inspect_with_kind_and_pages() {
    let case = CaseDir::example();
    let (pdf, jpg, png) = (case.path(DENIAL), case.path(PHOTO), case.path(SCAN));
    let result = run(&["inspect", s(&pdf), s(&jpg), s(&png)]);
    let pdf_pages = pdfinfo_pages(&pdf);
    result.assert_code(0).assert_stdout_has(&[
        &format!(
            "{}: PDF, {pdf_pages} pages — can go into a packet.",
            pdf.display()
        ),
        &format!(
            "{}: JPG photo, 1 page — can go into a packet.",
            jpg.display()
        ),
        &format!(
            "{}: PNG picture, 1 page — can go into a packet.",
            png.display()
        ),
    ]);
    assert!(result.stderr.is_empty(), "{result:#?}");
}

#[test]
fn letter_inspects_with_page_count() {
    let case = CaseDir::example();
    case.put("letter.pdf", &six_page_letter());
    let letter = case.path("letter.pdf");
    run(&["inspect", s(&letter)])
        .assert_code(0)
        .assert_stdout_has(&[&format!("{}: PDF, 6 pages", letter.display())]);
}

#[test]
fn bad_files_inspect_with_refusals() {
    let case = CaseDir::example();
    case.put("half.pdf", &first_half(&six_page_letter()));
    case.put("locked.pdf", &password_pdf());
    case.put("empty.jpg", b"");
    case.put("page.pdf", b"<html><body>letter</body></html>");
    let half_photo = first_half(&case.read(PHOTO));
    case.put("half.jpg", &half_photo);
    let paths: Vec<PathBuf> = [
        DENIAL,
        "half.pdf",
        "locked.pdf",
        "empty.jpg",
        "page.pdf",
        "half.jpg",
        "missing.png",
    ]
    .iter()
    .map(|n| case.path(n))
    .collect();
    let mut args = vec!["inspect"];
    args.extend(paths.iter().map(|p| s(p)));
    let result = run(&args);
    let line = |name: &str| format!("{}: ", case.path(name).display());
    result.assert_code(1).assert_stdout_has(&[
        &format!("{}PDF, 2 pages", line(DENIAL)),
        &format!("{}The PDF is damaged", line("half.pdf")),
        &format!("{}The PDF is password protected", line("locked.pdf")),
        &format!("{}The file is empty", line("empty.jpg")),
        &format!("{}This is a web page saved as a file", line("page.pdf")),
        &format!("{}The picture is damaged", line("half.jpg")),
        &format!("{}the file cannot be read", line("missing.png")),
    ]);
    result.assert_stderr_has(&["6 of 7 file(s) cannot go into a packet."]);
}

#[test]
fn garbled_pdf_page_inspects_as_damaged() {
    let case = CaseDir::example();
    case.put("garbled.pdf", &letter_with_garbled_page_3());
    let garbled = case.path("garbled.pdf");
    run(&["inspect", s(&garbled)])
        .assert_code(1)
        .assert_stdout_has(&[&format!(
            "{}: The PDF is damaged: page 3 cannot be read",
            garbled.display()
        )])
        .assert_stderr_has(&["1 of 1 file(s) cannot go into a packet."]);
}

#[test]
fn folder_inspects_as_refused() {
    let case = CaseDir::example();
    let out_dir = case.out_dir();
    run(&["inspect", s(&out_dir)])
        .assert_code(1)
        .assert_stdout_has(&[s(&out_dir), "cannot be read"])
        .assert_stderr_has(&["1 of 1 file(s) cannot go into a packet."]);
}

// ---------------------------------------------------------------------------------------
// Usage errors
// ---------------------------------------------------------------------------------------

#[test]
fn no_arguments_is_usage_error() {
    let result = run(&[]);
    result
        .assert_code(2)
        .assert_stderr_has(&["Usage", "check", "build", "inspect"]);
}

#[test]
fn unknown_subcommand_is_usage_error() {
    run(&["make", "case.json"])
        .assert_code(2)
        .assert_stderr_has(&["'make'", "Usage"]);
}

#[test]
fn bad_mode_is_usage_error() {
    let case = CaseDir::example();
    let (case_file, packet) = (case.case(), case.packet());
    let result = run(&[
        "build",
        s(&case_file),
        "--out",
        s(&packet),
        "--mode",
        "email",
        "--today",
        TODAY,
    ]);
    result
        .assert_code(2)
        .assert_stderr_has(&["'email'", "mail", "fax"]);
    case.assert_nothing_saved();
}

#[test]
fn bad_today_is_usage_error() {
    let case = CaseDir::example();
    let case_file = case.case();
    for today in ["2026-02-31", "03/01/2026", "tomorrow"] {
        run(&["check", s(&case_file), "--today", today])
            .assert_code(2)
            .assert_stderr_has(&[today, "not a real date", "YYYY-MM-DD"]);
    }
}

#[test]
fn build_without_out_is_usage_error() {
    let case = CaseDir::example();
    let case_file = case.case();
    run(&["build", s(&case_file), "--today", TODAY])
        .assert_code(2)
        .assert_stderr_has(&["--out"]);
    case.assert_nothing_saved();
}

#[test]
fn inspect_without_files_is_usage_error() {
    run(&["inspect"])
        .assert_code(2)
        .assert_stderr_has(&["<FILES>"]);
}

#[test]
fn help_and_version_exit_zero() {
    run(&["--help"])
        .assert_code(0)
        .assert_stdout_has(&["check", "build", "inspect"]);
    run(&["--version"])
        .assert_code(0)
        .assert_stdout_has(&["imr-packet"]);
}
