//! Making the packet from a stored case (the page count first, then the packet and its
//! checklist), signing, and what to suggest adding first.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use imr_case::case::validate;
use imr_case::form::{ids, DocumentKind};
use imr_i18n::{Lang, Localize, Message};
use imr_packet::{
    build_checklist, build_packet_reporting, load_documents, plan_packet, Mode, PacketError,
    PacketOptions, Progress, Signatures,
};
use serde::Serialize;

use crate::atomic::write_atomically;
use crate::store::CaseSource;
use crate::store::CaseStore;
use crate::{AppError, Code};

/// The signatures as the packet engine takes them: by signature-line id, typed ("/s/
/// Name") or drawn. Made from a [`Signing`]; empty means lines to sign by hand.
#[derive(Debug, Clone, Default)]
pub(crate) struct SigningChoice {
    pub(crate) typed: std::collections::BTreeMap<String, String>,
    /// Strokes of points in 0..1 box coordinates, y down.
    pub(crate) drawn: std::collections::BTreeMap<String, Vec<Vec<(f32, f32)>>>,
}

/// One stroke of a drawn signature: points in 0..1 box coordinates, y down.
pub type Stroke = Vec<(f32, f32)>;

/// How the person chose to sign, as the signing page sends it.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, Serialize)]
#[serde(tag = "mode", rename_all = "lowercase")]
pub enum Signing {
    /// On paper, after printing.
    #[default]
    Wet,
    /// Their names typed, printed as "/s/ Name".
    Typed {
        #[serde(default)]
        name: String,
        /// The helper's name, when a helper signs the Authorized Assistant form.
        #[serde(default)]
        helper: Option<String>,
    },
    /// Drawn with a mouse, pen or finger.
    Drawn {
        #[serde(default)]
        patient: Vec<Stroke>,
        #[serde(default)]
        helper: Option<Vec<Stroke>>,
    },
}

/// The signature lines of the forms (`imr_case::form`): the applicant's on the
/// application, the member's and the helper's on the Authorized Assistant form.
const APPLICANT_LINE: &str = "application.applicant";
const MEMBER_LINE: &str = "assistant.member";
const HELPER_LINE: &str = "assistant.helper";

/// The helper who signs the Authorized Assistant form, if one was named.
fn helper_signs(answers: &imr_case::case::Answers) -> Option<String> {
    let named = answers
        .get(ids::HELPER_HAS_HELPER)
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("yes"));
    let name = answers.get(ids::HELPER_NAME).map(|n| n.trim().to_owned());
    name.filter(|n| named && !n.is_empty())
}

/// Only real strokes (a tap is not a line).
fn drawn(strokes: &[Stroke]) -> Vec<Stroke> {
    strokes.iter().filter(|s| s.len() > 1).cloned().collect()
}

impl Signing {
    /// The signatures by line for the packet engine. The patient signs both the
    /// application and, when there is a helper, the member's line of the Authorized
    /// Assistant form; the helper signs their own line.
    pub(crate) fn choice(&self, answers: &imr_case::case::Answers) -> SigningChoice {
        let helper = helper_signs(answers).is_some();
        let mut choice = SigningChoice::default();
        match self {
            Signing::Wet => {}
            Signing::Typed { name, helper: h } => {
                let signed = |n: &str| format!("/s/ {}", n.trim());
                for line in [APPLICANT_LINE, MEMBER_LINE] {
                    choice.typed.insert(line.into(), signed(name));
                }
                if let (true, Some(h)) = (helper, h) {
                    choice.typed.insert(HELPER_LINE.into(), signed(h));
                }
            }
            Signing::Drawn { patient, helper: h } => {
                for line in [APPLICANT_LINE, MEMBER_LINE] {
                    choice.drawn.insert(line.into(), drawn(patient));
                }
                if let (true, Some(h)) = (helper, h) {
                    choice.drawn.insert(HELPER_LINE.into(), drawn(h));
                }
            }
        }
        choice
    }
}

/// One statement a signer affirms, as printed above their line.
#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    pub label: String,
    pub statement: String,
}

/// The signing page: what each signer affirms, and the names to suggest for typing.
#[derive(Debug, Clone, Serialize)]
pub struct SignPage {
    pub statements: Vec<Statement>,
    /// The ways of signing, the one taken when none is chosen first.
    pub options: Vec<Choice>,
    /// The name of the person signing the application, as answered.
    pub signer: String,
    /// The helper's name when a helper signs too; `None` hides the helper's boxes.
    pub helper: Option<String>,
}

/// One option of a choice the window offers, worded.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub value: &'static str,
    pub label: String,
    pub hint: Option<String>,
}

/// The ways to send the packet, the one taken when none is chosen first: fax (the
/// Help Center gets it the same day, and the cover sheet counts the pages).
pub(crate) fn send_modes(lang: imr_i18n::Lang) -> Vec<Choice> {
    ["fax", "mail"]
        .into_iter()
        .map(|value| Choice {
            value,
            label: imr_i18n::text(lang, &format!("packet-mode-{value}"), &[]),
            hint: None,
        })
        .collect()
}

/// The signing page of a case with `answers`, in `lang`.
pub(crate) fn sign_page(lang: imr_i18n::Lang, answers: &imr_case::case::Answers) -> SignPage {
    let helper = helper_signs(answers);
    let mut forms = vec![crate::localize::application_form_in(lang)];
    if helper.is_some() {
        forms.push(crate::localize::assistant_form_in(lang));
    }
    let statements = forms
        .iter()
        .flat_map(|f| f.sections.iter())
        .flat_map(|s| s.signatures.iter())
        .map(|line| Statement {
            label: line.label.to_owned(),
            statement: line.statement.to_owned(),
        })
        .collect();
    let option = |value: &'static str| Choice {
        value,
        label: imr_i18n::text(lang, &format!("sign-{value}"), &[]),
        hint: Some(imr_i18n::text(lang, &format!("sign-{value}-hint"), &[])),
    };
    SignPage {
        statements,
        options: vec![option("wet"), option("typed"), option("drawn")],
        signer: answers
            .get(ids::SIGNATURE_NAME)
            .map(|n| n.trim().to_owned())
            .unwrap_or_default(),
        helper,
    }
}

/// Something missing from a way of signing: the message, and the id of the box on the
/// signing page to fix it in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SigningProblem {
    pub field: &'static str,
    pub message: String,
}

/// What keeps `signing` from being used (empty when nothing does).
pub(crate) fn signing_problems(
    lang: imr_i18n::Lang,
    answers: &imr_case::case::Answers,
    signing: &Signing,
) -> Vec<SigningProblem> {
    let helper = helper_signs(answers).is_some();
    let problem = |field, id: &str| SigningProblem {
        field,
        message: Message::new(id).render(lang),
    };
    let mut problems = Vec::new();
    match signing {
        Signing::Wet => {}
        Signing::Typed { name, helper: h } => {
            if name.trim().is_empty() {
                problems.push(problem("typed-name", "sign-error-typed-name"));
            }
            if helper && h.as_deref().is_none_or(|h| h.trim().is_empty()) {
                problems.push(problem("typed-helper", "sign-error-typed-helper"));
            }
        }
        Signing::Drawn { patient, helper: h } => {
            if drawn(patient).is_empty() {
                problems.push(problem("draw-pad", "sign-error-drawn"));
            }
            if helper && h.as_deref().is_none_or(|h| drawn(h).is_empty()) {
                problems.push(problem("draw-pad-helper", "sign-error-drawn-helper"));
            }
        }
    }
    problems
}

/// Where the making of a packet is, for the window's progress bar, worded in the
/// person's language.
#[derive(Debug, Clone, Serialize)]
pub struct ProgressView {
    #[serde(flatten)]
    pub progress: Progress,
    /// How far along, from 0 to 1, when it can be told (fax pages); `None` otherwise.
    pub fraction: Option<f32>,
    pub text: String,
}

/// Words `progress` in `lang`.
pub(crate) fn progress_view(lang: imr_i18n::Lang, progress: Progress) -> ProgressView {
    let (message, fraction) = match progress {
        Progress::Drawing => (Message::new("packet-progress-drawing"), None),
        Progress::Converting { done, total } => (
            Message::new("packet-progress-converting")
                .with("done", done)
                .with("total", total),
            Some(if total == 0 {
                1.0
            } else {
                done as f32 / total as f32
            }),
        ),
        Progress::Writing => (Message::new("packet-progress-writing"), None),
    };
    ProgressView {
        progress,
        fraction,
        text: message.render(lang),
    }
}

/// What was made.
#[derive(Debug, Clone, Serialize)]
pub struct PacketMade {
    pub packet: PathBuf,
    pub checklist: PathBuf,
    pub pages: usize,
    pub bytes: u64,
    /// The size in words ("2.4 MB"), in the person's language.
    pub size: String,
    /// On a shared computer (clinic mode) the saved packet is the one plain copy of the
    /// person's story: offer to delete it once it is printed or faxed.
    pub offer_delete: bool,
}

/// A file size as people read it: kilobytes below a megabyte (at least 1 KB), else
/// megabytes with one decimal, written the language's way ("2.4 MB", "2,4 MB").
pub(crate) fn size_in(lang: Lang, bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes < MB {
        let kb = ((bytes as f64 / 1024.0).round() as u64).max(1);
        return Message::new("size-kb").with("n", kb).render(lang);
    }
    let mb = format!("{:.1}", bytes as f64 / MB as f64);
    let mb = match lang {
        Lang::Es => mb.replace('.', ","),
        Lang::En => mb,
    };
    Message::new("size-mb").with("n", mb.as_str()).render(lang)
}

/// Before the first day DMHC takes the application: what the packet page asks before it
/// saves, worded.
#[derive(Debug, Clone, Serialize)]
pub struct EarlyConfirm {
    pub heading: String,
    /// Why not yet (the plan's time to decide, with its date).
    pub why: String,
    pub explain: String,
    pub yes: String,
    pub no: String,
}

impl EarlyConfirm {
    /// The question for a packet that can be sent from `from` (already in `lang`).
    pub(crate) fn new(lang: Lang, from: &imr_case::rules::KeyDate) -> EarlyConfirm {
        let with_date = |id: &str| {
            Message::new(id)
                .with("date", from.written.as_str())
                .render(lang)
        };
        EarlyConfirm {
            heading: with_date("packet-early-heading"),
            why: from.explanation.render(lang),
            explain: with_date("packet-early-explain"),
            yes: with_date("packet-early-yes"),
            no: Message::new("packet-early-no").render(lang),
        }
    }
}

/// The page count a packet will have, before it is saved. (Its size is known only once
/// it is made: the ready page says it.)
#[derive(Debug, Clone, Serialize)]
pub struct PacketPreview {
    pub pages: usize,
    pub default_name: String,
    /// Set when it is too early to send: the window asks this before saving.
    pub early: Option<EarlyConfirm>,
}

fn options(mode: Mode, today: NaiveDate, signing: &SigningChoice, seed: &[u8]) -> PacketOptions {
    let mut options = PacketOptions::new(mode, today, seed);
    options.signatures = Signatures {
        typed: signing.typed.clone(),
        drawn: signing.drawn.clone(),
        date: today.format("%m/%d/%Y").to_string(),
    };
    options
}

/// A case ready to be made into a packet: checked, with its documents read.
struct Ready {
    case: imr_case::case::Case,
    report: imr_case::rules::RulesReport,
    options: PacketOptions,
    documents: Vec<imr_packet::LoadedDocument>,
    default_name: String,
    clinic_mode: bool,
}

/// Case `id` checked, with its documents read, for a packet sent by `mode` on `today`.
fn ready(
    store: &CaseStore,
    id: &str,
    mode: Mode,
    today: NaiveDate,
    signing: &SigningChoice,
) -> Result<Ready, AppError> {
    let stored = store.load(id)?;
    let case = validate(&stored.file, today).map_err(|problems| {
        AppError::localized(
            Code::Invalid,
            Message::new("app-answers-need-attention").with("count", problems.len()),
        )
    })?;
    let report = case.assess(today);
    let seed = stored.file.to_json_pretty();
    let mut options = options(mode, today, signing, seed.as_bytes());
    // The checklist is for the person: in the language they chose (the packet itself
    // is for the DMHC and stays in English). Unreadable settings mean English.
    let settings = store.settings();
    options.language = settings.as_ref().map(|s| s.lang()).unwrap_or_default();
    let source = CaseSource { store, id };
    // Each file was checked when it was added: a refusal here is about its copy.
    // Every file with a problem is named, so all can be put right at once.
    let mut documents = load_documents(&case, &source, &options.limits).map_err(|errors| {
        errors
            .into_iter()
            .map(packet_error)
            .reduce(AppError::and)
            .unwrap_or_else(|| fault("no document could be read"))
    })?;
    // The words read on photo and scan pages, laid invisibly over them: the packet can
    // be searched. They were read on the pages as the packet carries them (cut, turned,
    // blacked out, left out), and only a reading made with the page edits the document
    // has now is used: no word from under a box, none in the wrong place.
    for document in &mut documents {
        document.text = crate::reading::recognized_text(store, id, &document.entry);
    }
    let last = case
        .answers
        .get(ids::PATIENT_LAST_NAME)
        .cloned()
        .unwrap_or_default();
    // On a shared computer the name suggested in the save dialog names no one: it
    // would stay in the folder's listing for the next person.
    let clinic_mode = settings?.clinic_mode;
    let default_name = if clinic_mode {
        default_name_without_person(today)
    } else {
        default_name(&last, today)
    };
    Ok(Ready {
        case,
        report,
        options,
        documents,
        default_name,
        clinic_mode,
    })
}

/// The packet's page count, from its plan: nothing is drawn or converted.
pub(crate) fn preview(
    store: &CaseStore,
    id: &str,
    mode: Mode,
    today: NaiveDate,
    signing: &SigningChoice,
) -> Result<PacketPreview, AppError> {
    let ready = ready(store, id, mode, today, signing)?;
    let plan = plan_packet(&ready.case, &ready.documents, &ready.options);
    let lang = ready.options.language;
    let early = ready
        .report
        .clone()
        .localized(lang)
        .send_from
        .map(|from| EarlyConfirm::new(lang, &from));
    Ok(PacketPreview {
        pages: plan.total_pages,
        default_name: ready.default_name,
        early,
    })
}

/// Builds and saves the packet at `target`, and the checklist beside it, telling
/// `progress` where the build is.
pub(crate) fn create(
    store: &CaseStore,
    id: &str,
    mode: Mode,
    today: NaiveDate,
    signing: &SigningChoice,
    target: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<PacketMade, AppError> {
    let ready = ready(store, id, mode, today, signing)?;
    let mut packet = Vec::new();
    let summary = build_packet_reporting(
        &ready.case,
        ready.documents,
        &ready.options,
        &mut packet,
        progress,
    )
    .map_err(packet_error)?;
    let checklist = build_checklist(&ready.case, &ready.report, &summary, &ready.options)
        .map_err(packet_error)?;
    let pages = summary.total_pages;
    let checklist_path = checklist_path(target);
    write_atomically(target, &packet)?;
    write_atomically(&checklist_path, &checklist)?;
    // Remembered for the task list and the start page: when, not where.
    let mut case = store.load(id)?;
    case.state.packet_made = Some(crate::store::PacketRecord {
        on: today,
        pages,
        mode,
    });
    store.save(&case)?;
    Ok(PacketMade {
        packet: target.to_path_buf(),
        checklist: checklist_path,
        pages,
        bytes: packet.len() as u64,
        size: size_in(ready.options.language, packet.len() as u64),
        offer_delete: ready.clinic_mode,
    })
}

/// Why the packet could not be made, in words for the person in every language.
pub(crate) fn packet_error(e: PacketError) -> AppError {
    match e {
        PacketError::Document { file, message } => AppError::localized(
            Code::BadDocument,
            Message::new("error-file-refused")
                .with("name", file)
                .with("reason", message),
        ),
        PacketError::Write(e) => AppError::localized(
            Code::Storage,
            Message::new("error-packet-not-saved").with("reason", e.to_string()),
        ),
        PacketError::Internal(detail) => fault(&detail.to_string()),
    }
}

/// A fault in the app, not in the person's files: worded, with the technical detail.
fn fault(detail: &str) -> AppError {
    AppError::localized(
        Code::Invalid,
        Message::new("error-packet-fault").with("reason", detail),
    )
}

/// `IMR-packet-NUNEZ-2026-03-01.pdf`: plain ASCII, safe on every system.
pub(crate) fn default_name(last_name: &str, today: NaiveDate) -> String {
    let name: String = last_name
        .chars()
        .map(fold_accent)
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_uppercase();
    let name = if name.is_empty() {
        "APPLICATION".into()
    } else {
        name
    };
    format!("IMR-packet-{name}-{}.pdf", today.format("%Y-%m-%d"))
}

/// `IMR-packet-2026-03-01.pdf`: the suggested name in clinic mode, with no one's name.
pub(crate) fn default_name_without_person(today: NaiveDate) -> String {
    format!("IMR-packet-{}.pdf", today.format("%Y-%m-%d"))
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        ' ' => '-',
        other => other,
    }
}

/// Deletes a saved packet and the checklist beside it, once it has been printed or faxed
/// (on a shared computer they are the one plain copy of the person's story). A file
/// already gone is no error. Returns the files deleted.
pub(crate) fn delete_saved_packet(packet: &Path) -> Result<Vec<PathBuf>, AppError> {
    let mut deleted = Vec::new();
    for path in [packet.to_path_buf(), checklist_path(packet)] {
        match std::fs::remove_file(&path) {
            Ok(()) => deleted.push(path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(AppError::text(
                    Code::Storage,
                    "app-packet-not-deleted",
                    &[
                        ("path", &path.display().to_string()),
                        ("reason", &e.to_string()),
                    ],
                ))
            }
        }
    }
    Ok(deleted)
}

/// `packet.pdf` → `packet-checklist.pdf`, in the same folder.
pub(crate) fn checklist_path(packet: &Path) -> PathBuf {
    let stem = packet
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "packet".into());
    packet.with_file_name(format!("{stem}-checklist.pdf"))
}

/// A document the case's track expects, as the documents page shows it: expected, added
/// or not yet, never required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExpectedView {
    pub kind: DocumentKind,
    /// The kind's name, in the person's language.
    pub label: String,
    /// What to add and why, in the person's language.
    pub why: String,
    /// Whether a document of this kind is in the case.
    pub added: bool,
}

/// The documents the case's track expects ([`imr_case::rules::expected_documents`]), each
/// marked added or not, in `lang`.
pub(crate) fn expected_documents_in(
    lang: imr_i18n::Lang,
    file: &imr_case::case::CaseFile,
) -> Vec<ExpectedView> {
    let facts = imr_case::rules::EligibilityFacts::from_answers(&file.answers);
    imr_case::rules::expected_documents(&facts)
        .into_iter()
        .map(|e| ExpectedView {
            kind: e.kind,
            label: crate::localize::document_kind_label(lang, e.kind),
            why: e.why.render(lang),
            added: file.documents.iter().any(|d| d.kind == e.kind),
        })
        .collect()
}

/// Other documents worth adding that the track does not expect, in plain words, in
/// `lang`.
pub(crate) fn suggestions_in(lang: imr_i18n::Lang, file: &imr_case::case::CaseFile) -> Vec<String> {
    let has = |kind: DocumentKind| file.documents.iter().any(|d| d.kind == kind);
    let yes = |id: &str| file.answers.get(id).is_some_and(|v| v == "yes");
    let mut out = Vec::new();
    if yes(ids::HELPER_HAS_HELPER) && !has(DocumentKind::AssistantForm) {
        out.push(imr_i18n::text(lang, "suggest-assistant-form", &[]));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// The example case's answers (`examples/nunez`), with a helper who signs.
    fn example_answers() -> imr_case::case::Answers {
        let text = include_str!("../../../examples/nunez/case.json");
        imr_case::case::CaseFile::from_json(text).unwrap().answers
    }

    /// Moved here from the facade's tests when `Signing::choice` became the crate's own:
    /// the window sends a [`Signing`], the packet engine gets lines signed by Rust.
    #[test]
    fn typed_signatures_are_made_by_rust_for_each_line_of_each_signer() {
        let answers = example_answers();
        let typed = Signing::Typed {
            name: " José A. Núñez ".into(),
            helper: Some("Nguyễn Thị Hồng".into()),
        };
        let choice: SigningChoice = typed.choice(&answers);
        assert_eq!(
            choice
                .typed
                .get("application.applicant")
                .map(String::as_str),
            Some("/s/ José A. Núñez")
        );
        assert_eq!(
            choice.typed.get("assistant.member").map(String::as_str),
            Some("/s/ José A. Núñez")
        );
        assert_eq!(
            choice.typed.get("assistant.helper").map(String::as_str),
            Some("/s/ Nguyễn Thị Hồng")
        );
        // Without a helper, no helper's line is signed whatever the window sends.
        let mut alone = answers.clone();
        alone.insert("helper.has_helper".into(), "no".into());
        assert!(!typed.choice(&alone).typed.contains_key("assistant.helper"));
        // Signing by hand signs nothing on screen.
        let wet = Signing::Wet.choice(&answers);
        assert!(wet.typed.is_empty() && wet.drawn.is_empty());
        // A tap is not a signature.
        let drawn = Signing::Drawn {
            patient: vec![vec![(0.1, 0.5)], vec![(0.1, 0.5), (0.9, 0.4)]],
            helper: None,
        };
        assert_eq!(drawn.choice(&alone).drawn["application.applicant"].len(), 1);
    }

    #[test]
    fn sizes_are_written_the_languages_way() {
        assert_eq!(size_in(Lang::En, 10), "1 KB");
        assert_eq!(size_in(Lang::En, 700 * 1024), "700 KB");
        assert_eq!(size_in(Lang::En, 2_516_582), "2.4 MB");
        assert_eq!(size_in(Lang::Es, 2_516_582), "2,4 MB");
    }

    #[test]
    fn deleting_a_saved_packet_takes_its_checklist_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let packet = dir.path().join("IMR-packet-2026-03-01.pdf");
        let other = dir.path().join("other.pdf");
        for p in [&packet, &checklist_path(&packet), &other] {
            std::fs::write(p, b"%PDF-1.7").unwrap();
        }
        let deleted = delete_saved_packet(&packet).unwrap();
        assert_eq!(deleted, vec![packet.clone(), checklist_path(&packet)]);
        assert!(!packet.exists() && !checklist_path(&packet).exists());
        assert!(other.exists());
        // Already gone: nothing to do, no error.
        assert!(delete_saved_packet(&packet).unwrap().is_empty());
    }

    #[test]
    fn default_name_is_ascii_and_dated() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap_or_default();
        assert_eq!(default_name("Núñez", d), "IMR-packet-NUNEZ-2026-03-01.pdf");
        assert_eq!(default_name("", d), "IMR-packet-APPLICATION-2026-03-01.pdf");
        assert_eq!(default_name_without_person(d), "IMR-packet-2026-03-01.pdf");
    }

    #[test]
    fn checklist_path_sits_beside_the_packet() {
        assert_eq!(
            checklist_path(Path::new("/x/IMR-packet-A.pdf")),
            PathBuf::from("/x/IMR-packet-A-checklist.pdf")
        );
    }
}
