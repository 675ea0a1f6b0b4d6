//! The application: one method per thing the window does, each returning a view worded in
//! the language in use. The desktop shell holds one [`App`] and its commands are one line
//! each over these methods; the tests and the fuzz harness call them directly.
//!
//! The app owns the case store, the settings' language, the packets saved in this
//! session, what the start-up check found, and the idle watch that locks protected
//! cases. Time comes from an injected [`Clock`]: nothing here reads the computer's clock.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock, RwLock};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use imr_case::case::Answers;
use imr_case::form::{ids, DocumentKind};
use imr_case::rules::{assess, EligibilityFacts, RulesReport};
use imr_i18n::{Lang, Localize, Message};
use imr_outcomes::Outcomes;
use serde::Serialize;
use zeroize::Zeroizing;

use crate::clinic::{SecurityChange, SecurityView};
use crate::documents::DocumentView;
use crate::fax::FaxPreview;
use crate::followup::{CalendarSaved, FollowUpView, SentSaved};
use crate::help::HelpTopic;
use crate::packet::{
    ExpectedView, PacketMade, PacketPreview, ProgressView, SignPage, Signing, SigningProblem,
};
use crate::pages::{PageEditor, PagesView, PhotoCheck};
use crate::passphrase;
use crate::reading::{self, ReadingProgress, ReadingView};
use crate::recent::RecentFiles;
use crate::recovery::Recovered;
use crate::screens::{self, AnswerSection, Blocking, ScreenView, TaskView};
use crate::settings::Settings;
use crate::store::{CaseStore, CaseSummary};
use crate::{AppError, Code, Field};
use imr_case::case::Corners;
use imr_ocr::Finding;

use imr_packet::Mode;

/// Where the app's time comes from. The desktop reads the computer's clock; tests fix it.
pub trait Clock: Send + Sync {
    /// The time where the person is, with its offset from UTC.
    fn now(&self) -> DateTime<FixedOffset>;
    /// Today's date where the person is.
    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
    /// Time since a fixed start that never goes back (for how long nobody used the app).
    fn monotonic(&self) -> Duration;
}

/// A clock shared with whoever moves it (a test holds one end, the app the other).
impl<C: Clock + ?Sized> Clock for std::sync::Arc<C> {
    fn now(&self) -> DateTime<FixedOffset> {
        (**self).now()
    }

    fn monotonic(&self) -> Duration {
        (**self).monotonic()
    }
}

/// A clock that says what it is told, for tests.
#[derive(Debug)]
pub struct FixedClock {
    now: Mutex<DateTime<FixedOffset>>,
    since_start: Mutex<Duration>,
}

impl FixedClock {
    pub fn at(now: DateTime<FixedOffset>) -> FixedClock {
        FixedClock {
            now: Mutex::new(now),
            since_start: Mutex::new(Duration::ZERO),
        }
    }

    /// Moves the clock on by `by`.
    pub fn advance(&self, by: Duration) {
        if let Ok(mut n) = self.now.lock() {
            *n += chrono::Duration::from_std(by).unwrap_or_default();
        }
        if let Ok(mut s) = self.since_start.lock() {
            *s += by;
        }
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<FixedOffset> {
        self.now.lock().map(|n| *n).unwrap_or_default()
    }

    fn monotonic(&self) -> Duration {
        self.since_start.lock().map(|s| *s).unwrap_or_default()
    }
}

/// Everything the start page needs, in one answer (the window draws it at once).
#[derive(Debug, Serialize)]
pub struct StartView {
    pub messages: Messages,
    pub today: NaiveDate,
    pub security: SecurityView,
    pub cases: Vec<CaseSummary>,
    /// What the start-up check did (damaged files kept aside, old cases removed); given
    /// once.
    pub notices: Vec<Recovered>,
    /// In clinic mode, what is on this computer (the coordinator's overview); otherwise
    /// empty.
    pub overview: Vec<String>,
    /// The help topic that answers the start page's question.
    pub help_topic: Option<&'static str>,
    /// The window may offer its stand-ins for the system's file dialogs (WebDriver cannot
    /// drive those); true only in a build made for tests.
    pub test_hooks: bool,
}

/// The packet page's data.
#[derive(Debug, Serialize)]
pub struct PacketPage {
    pub overview: Overview,
    pub modes: Vec<crate::packet::Choice>,
    pub signing: Signing,
}

/// The start page's changing parts, when it is opened again.
#[derive(Debug, Serialize)]
pub struct StartPage {
    pub cases: Vec<CaseSummary>,
    pub notices: Vec<Recovered>,
    pub security: SecurityView,
    pub overview: Vec<String>,
    pub help_topic: Option<&'static str>,
}

/// The window's words in one language.
#[derive(Debug, Serialize)]
pub struct Messages {
    pub lang: Lang,
    /// Worked out once per language and kept (`imr_i18n::catalog`).
    pub messages: &'static BTreeMap<String, String>,
    /// The DMHC contact details by placeholder name (`phone`, `fax`, …): `t()` fills
    /// `{ $phone }` from here when the caller does not pass it.
    pub contacts: BTreeMap<&'static str, String>,
    /// The locale for numbers the window formats (`en-US`, `es-US`).
    pub locale: &'static str,
    /// The languages to choose from, each named in its own language.
    pub languages: Vec<LanguageName>,
}

/// A language as the language choice offers it.
#[derive(Debug, Serialize)]
pub struct LanguageName {
    pub code: &'static str,
    pub name: &'static str,
}

impl Messages {
    pub fn of(lang: Lang) -> Messages {
        Messages {
            lang,
            messages: imr_i18n::catalog(lang),
            contacts: imr_case::contacts::placeholders().into_iter().collect(),
            locale: lang.locale(),
            languages: Lang::ALL
                .iter()
                .map(|l| LanguageName {
                    code: l.code(),
                    name: l.native_name(),
                })
                .collect(),
        }
    }
}

/// What the documents page offers: the kinds of document, and the file types the file
/// dialog shows.
#[derive(Debug, Serialize)]
pub struct DocumentChoices {
    pub kinds: Vec<(DocumentKind, String)>,
    pub extensions: &'static [&'static str],
}

/// The task list of a case.
#[derive(Debug, Serialize)]
pub struct Overview {
    pub name: String,
    /// Whether the patient's name is given (`name` says "New application" otherwise).
    pub named: bool,
    pub tasks: Vec<TaskView>,
    /// "You have completed 2 of 6 sections".
    pub progress: String,
    /// Where "Check again if you can apply" leads: the first questions.
    pub eligibility_again: screens::After,
    pub report: RulesReport,
    /// The documents the track expects, each added or not.
    pub expected: Vec<ExpectedView>,
    /// What keeps the packet from being made, each with where to fix it.
    pub blocking: Vec<Blocking>,
    pub suggestions: Vec<String>,
    pub documents: usize,
}

/// A new case, and where the window goes with it: the first questions.
#[derive(Debug, Clone, Serialize)]
pub struct Created {
    pub id: String,
    pub after: screens::After,
}

impl Created {
    fn new(id: String) -> Created {
        Created {
            id,
            after: screens::first_questions(),
        }
    }
}

/// A page saved: the page again with a message beside each answer to fix, and where to
/// go next.
#[derive(Debug, Serialize)]
pub struct Saved {
    pub view: ScreenView,
    pub ok: bool,
    /// Where the window goes now (`None` while an answer needs fixing: the same page
    /// again, with the problems).
    pub after: Option<screens::After>,
}

/// Whether a case has a passphrase, and whether it is open.
#[derive(Debug, Serialize)]
pub struct VaultStatus {
    pub protected: bool,
    pub locked: bool,
}

/// The views of past decisions, defined with their wording in [`crate::outcomes`].
pub use crate::outcomes::{CategoryView, OutcomesStart, OutcomesView};

/// What the idle watch tells the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleNotice {
    /// Save what is typed on the page and lock: the app is about to.
    LockSoon,
    /// Every protected case is locked: clear the screen.
    Locked,
}

/// How long the idle watch waits for the window to save its page before locking anyway.
const WINDOW_SAVE_WAIT: Duration = Duration::from_secs(5);

/// The app. Shared by every window command (all methods take `&self`).
pub struct App {
    store: CaseStore,
    clock: Box<dyn Clock>,
    lang: RwLock<Lang>,
    /// Files this app saved in this session; only these may be opened in another program.
    saved: Mutex<BTreeSet<PathBuf>>,
    notices: Mutex<Vec<Recovered>>,
    /// The desktop's recent-files list, once the desktop's toolkit has started.
    recent: OnceLock<RecentFiles>,
    /// When someone last used the app (the clock's monotonic time), and the store's use
    /// count then.
    last_use: Mutex<(Duration, u64)>,
    /// Tests shorten the idle time; `None` takes the settings' minutes.
    idle_limit: Option<Duration>,
    test_hooks: bool,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("data_dir", &self.store.data_dir())
            .field("lang", &self.lang())
            .finish_non_exhaustive()
    }
}

impl App {
    /// Opens the app on `data_dir`: tidies what a crash left, removes cases older than
    /// the clinic's limit, and keeps what it did to tell the person once.
    pub fn open(data_dir: &Path, clock: Box<dyn Clock>) -> Result<App, AppError> {
        let store = CaseStore::open(data_dir)?;
        let now = clock.now();
        let mut notices = crate::recovery::recover(&store, now.naive_local())?;
        let removed = crate::clinic::remove_stale(&store, now)?;
        if removed > 0 {
            notices.push(Recovered {
                id: String::new(),
                message: Message::new("vault-overview-removed")
                    .with("count", removed)
                    .with(
                        "days",
                        store.settings()?.remove_after_days.unwrap_or_default(),
                    ),
                backup: None,
            });
        }
        let lang = Settings::load(data_dir).lang();
        let start = clock.monotonic();
        Ok(App {
            store,
            clock,
            lang: RwLock::new(lang),
            saved: Mutex::new(BTreeSet::new()),
            notices: Mutex::new(notices),
            recent: OnceLock::new(),
            last_use: Mutex::new((start, 0)),
            idle_limit: None,
            test_hooks: false,
        })
    }

    /// Uses a store already opened (tests choose a fast key derivation this way).
    pub fn with_store(mut self, store: CaseStore) -> App {
        self.store = store;
        self
    }

    /// Locks after `limit` of idleness instead of the settings' minutes (tests).
    pub fn with_idle_limit(mut self, limit: Duration) -> App {
        self.idle_limit = Some(limit.max(Duration::from_secs(1)));
        self
    }

    /// Tells the window it may offer its test stand-ins for the file dialogs.
    pub fn with_test_hooks(mut self, on: bool) -> App {
        self.test_hooks = on;
        self
    }

    /// The desktop's recent-files list, known once its toolkit has started.
    pub fn set_recent_files(&self, recent: RecentFiles) {
        let _ = self.recent.set(recent);
        // What earlier sessions left there goes now.
        self.forget_recent(&[]);
    }

    pub fn lang(&self) -> Lang {
        self.lang.read().map(|l| *l).unwrap_or_default()
    }

    /// Works out, on a thread of its own, the part of [`App::start`] that takes time (every
    /// message of the language in use, formatted: ~9 ms), so that the window's first
    /// command finds it ready. The desktop calls it before it makes the window, which
    /// takes far longer; nothing waits for the thread.
    pub fn prepare_start(&self) {
        let lang = self.lang();
        std::thread::spawn(move || imr_i18n::prepare(lang));
    }

    fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    fn now(&self) -> NaiveDateTime {
        self.clock.now().naive_local()
    }

    // ------------------------------------------------------------ start and language

    /// The start page.
    pub fn start(&self) -> Result<StartView, AppError> {
        let lang = self.lang();
        let security = crate::clinic::security_view(&self.store);
        Ok(StartView {
            messages: Messages::of(lang),
            today: self.today(),
            overview: self.start_overview(&security),
            security,
            cases: self.store.list(lang, self.today())?,
            notices: self.startup_notices(),
            help_topic: self.help_topic_for("start"),
            test_hooks: self.test_hooks,
        })
    }

    /// The start page when it is opened again (not at launch): it shows no case, so no
    /// case stays unlocked behind it; then the saved applications and any notice not
    /// yet shown.
    pub fn start_page(&self) -> Result<StartPage, AppError> {
        self.store.lock_all();
        let security = crate::clinic::security_view(&self.store);
        Ok(StartPage {
            cases: self.list_cases()?,
            notices: self.startup_notices(),
            overview: self.start_overview(&security),
            security,
            help_topic: self.help_topic_for("start"),
        })
    }

    /// The start page shows what is on this computer in clinic mode only.
    fn start_overview(&self, security: &SecurityView) -> Vec<String> {
        if security.clinic_mode {
            self.computer_overview()
        } else {
            Vec::new()
        }
    }

    /// The saved applications, for the start page.
    pub fn list_cases(&self) -> Result<Vec<CaseSummary>, AppError> {
        self.store.list(self.lang(), self.today())
    }

    /// What the start-up check did, once: later calls get nothing.
    pub fn startup_notices(&self) -> Vec<Recovered> {
        self.notices
            .lock()
            .map(|mut n| std::mem::take(&mut *n))
            .unwrap_or_default()
            .localized(self.lang())
    }

    /// Every message of the language in use (or of `lang`).
    pub fn messages(&self, lang: Option<Lang>) -> Messages {
        Messages::of(lang.unwrap_or_else(|| self.lang()))
    }

    /// Changes the language, remembers it, and returns its messages.
    pub fn set_language(&self, lang: Lang) -> Result<Messages, AppError> {
        Settings::set_language(self.store.data_dir(), lang)?;
        if let Ok(mut current) = self.lang.write() {
            *current = lang;
        }
        Ok(Messages::of(lang))
    }

    /// The help topics, in the language in use.
    pub fn help_topics(&self) -> Vec<HelpTopic> {
        crate::help::help(self.lang())
    }

    /// The topic that answers the question on the window's page `page`, if any.
    pub fn help_topic_for(&self, page: &str) -> Option<&'static str> {
        crate::help::topic_for(page)
    }

    // ------------------------------------------------------------ cases

    pub fn create_case(&self) -> Result<Created, AppError> {
        let made = self.store.create(self.now())?;
        Ok(Created::new(made.id))
    }

    /// Starts a new case protected by `passphrase`, typed twice (`confirm`).
    pub fn create_protected_case(
        &self,
        passphrase: &str,
        confirm: &str,
    ) -> Result<Created, AppError> {
        passphrase::check_new(passphrase, confirm)?;
        let made = self.store.create_protected(self.now(), passphrase);
        self.touch();
        made.map(|c| Created::new(c.id))
    }

    /// Deletes a case; a protected one needs its passphrase or the coordinator's.
    pub fn delete_case(&self, id: &str, passphrase: Option<&str>) -> Result<(), AppError> {
        crate::vault::delete_checked(&self.store, id, passphrase)
    }

    /// The case at a glance. `shown_on` is the page that draws it (such as `check`): a
    /// link to put a missing answer right comes back there.
    pub fn case_overview(&self, id: &str, shown_on: Option<&str>) -> Result<Overview, AppError> {
        let case = self.store.load(id)?;
        let (lang, today) = (self.lang(), self.today());
        let answers = &case.file.answers;
        let tasks = screens::task_list_of(lang, &case, today);
        Ok(Overview {
            name: crate::store::patient_name_in(lang, answers),
            named: crate::store::has_patient_name(answers),
            progress: screens::progress_in(lang, &tasks),
            eligibility_again: screens::first_questions(),
            tasks,
            report: assess(&EligibilityFacts::from_answers(answers), today).localized(lang),
            expected: crate::packet::expected_documents_in(lang, &case.file),
            blocking: screens::blocking_in(
                lang,
                &case.file,
                today,
                shown_on.unwrap_or(crate::routes::TASKS),
            ),
            suggestions: crate::packet::suggestions_in(lang, &case.file),
            documents: case.file.documents.len(),
        })
    }

    /// The packet page: the case at a glance (what still blocks the packet links back
    /// here), the ways to send it, and the signing taken when the person has not been
    /// through the signing page in this session.
    pub fn packet_page(&self, id: &str) -> Result<PacketPage, AppError> {
        Ok(PacketPage {
            overview: self.case_overview(id, Some(crate::routes::PACKET))?,
            modes: crate::packet::send_modes(self.lang()),
            signing: Signing::default(),
        })
    }

    /// One page of questions, with what was answered.
    /// Under each question, what the person's letters say its answer may be.
    pub fn screen(&self, id: &str, screen: &str) -> Result<ScreenView, AppError> {
        let case = self.store.load(id)?;
        let s = screen_or_error(screen)?;
        let mut view = screens::view_in(self.lang(), s, &case.file, self.today(), false);
        reading::offer_on(&self.store, id, &case.file, &mut view, self.lang());
        Ok(view)
    }

    /// Saves what was typed (always: nothing typed is lost), then checks it.
    /// `eligibility` says which flow the person is in: the first questions, or a task.
    pub fn save_screen(
        &self,
        id: &str,
        screen: &str,
        answers: &Answers,
        eligibility: bool,
        return_to: Option<&str>,
    ) -> Result<Saved, AppError> {
        let s = screen_or_error(screen)?;
        let answers = screens::join_date_parts(answers);
        let file = screens::save_answers(&self.store, id, &answers, s.id, self.now())?;
        // A suggestion that is now the answer is accepted. The answers are saved
        // already: if that cannot be written, the suggestion is only offered again.
        let _ = reading::settle(&self.store, id, s.fields, &file.answers);
        let today = self.today();
        let mut view = screens::view_in(self.lang(), s, &file, today, true);
        reading::offer_on(&self.store, id, &file, &mut view, self.lang());
        let ok = view.fields.iter().all(|f| f.error.is_none());
        let flow = if eligibility {
            screens::Flow::Eligibility
        } else {
            screens::Flow::Task
        };
        let after = screens::after_saving(self.lang(), s, &file, today, flow, return_to);
        Ok(Saved {
            view,
            ok,
            after: ok.then_some(after),
        })
    }

    /// What the rules say about the case today.
    pub fn eligibility(&self, id: &str) -> Result<RulesReport, AppError> {
        let case = self.store.load(id)?;
        let facts = EligibilityFacts::from_answers(&case.file.answers);
        Ok(assess(&facts, self.today()).localized(self.lang()))
    }

    /// "Check your answers".
    pub fn check_answers(&self, id: &str) -> Result<Vec<AnswerSection>, AppError> {
        let case = self.store.load(id)?;
        Ok(screens::check_answers_in(
            self.lang(),
            &case.file,
            self.today(),
        ))
    }

    // ------------------------------------------------------------ documents

    pub fn document_choices(&self) -> DocumentChoices {
        DocumentChoices {
            kinds: crate::localize::document_kinds(self.lang()),
            extensions: crate::documents::DOCUMENT_EXTENSIONS,
        }
    }

    pub fn documents(&self, id: &str) -> Result<Vec<DocumentView>, AppError> {
        let lang = self.lang();
        let mut views = crate::documents::list(&self.store, id)?;
        for v in &mut views {
            v.kind_label = crate::localize::document_kind_label(lang, v.kind);
            v.date_written = v.date.map(|d| crate::localize::long_date(lang, d));
            v.title = crate::localize::document_title_in(lang, v.kind, &v.title);
            v.problem.localize(lang);
            v.warnings.localize(lang);
            v.pages_changed.localize(lang);
        }
        Ok(views)
    }

    /// Adds a file (decoding and checking it: call it off the window's thread).
    pub fn add_document(
        &self,
        id: &str,
        path: &Path,
        kind: DocumentKind,
        title: &str,
        date: Option<NaiveDate>,
    ) -> Result<DocumentView, AppError> {
        crate::documents::add(&self.store, id, path, kind, title, date, self.now())
    }

    pub fn replace_document(
        &self,
        id: &str,
        index: usize,
        path: &Path,
    ) -> Result<DocumentView, AppError> {
        crate::documents::replace(&self.store, id, index, path, self.now())
    }

    /// Changes a document's kind, title and date (the date as typed, month first).
    pub fn update_document(
        &self,
        id: &str,
        index: usize,
        kind: DocumentKind,
        title: &str,
        date: &str,
    ) -> Result<(), AppError> {
        let title = crate::localize::document_title_from(self.lang(), title);
        let date = crate::documents::read_document_date(date)?;
        crate::documents::update(&self.store, id, index, kind, &title, date, self.now())
    }

    pub fn remove_document(&self, id: &str, index: usize) -> Result<(), AppError> {
        crate::documents::remove(&self.store, id, index, self.now())
    }

    pub fn move_document(&self, id: &str, from: usize, to: usize) -> Result<(), AppError> {
        crate::documents::reorder(&self.store, id, from, to, self.now())
    }

    // ------------------------------------------------------------ a document's pages

    /// A document's pages, each as it will be sent (drawing them: call it off the
    /// window's thread).
    pub fn document_pages(&self, id: &str, index: usize) -> Result<PagesView, AppError> {
        let lang = self.lang();
        let mut view = crate::pages::pages(&self.store, id, index, lang)?;
        view.title = crate::localize::document_title_in(lang, view.kind, &view.title);
        Ok(view)
    }

    /// Page `position` (from 1) of document `index` in the crop and blackout tools.
    pub fn page_editor(
        &self,
        id: &str,
        index: usize,
        position: usize,
    ) -> Result<PageEditor, AppError> {
        let lang = self.lang();
        let mut view = crate::pages::editor(&self.store, id, index, position, lang)?;
        view.title = crate::localize::document_title_in(lang, view.kind, &view.title);
        Ok(view)
    }

    /// Right after adding: the next photo of `documents` (the documents just added, in
    /// the order they were added) whose corners are still to check, in the corner tool,
    /// with how far along the person is; none once every one is checked.
    pub fn photo_check(&self, id: &str, documents: &[usize]) -> Result<PhotoCheck, AppError> {
        let lang = self.lang();
        let mut check = crate::pages::photo_check(&self.store, id, documents, lang)?;
        if let Some(view) = check.editor.as_mut() {
            view.title = crate::localize::document_title_in(lang, view.kind, &view.title);
        }
        Ok(check)
    }

    /// Crops page `position` to the sheet at `corners` (fractions of the page as the
    /// file shows it), or uses the whole page (`None`).
    pub fn crop_page(
        &self,
        id: &str,
        index: usize,
        position: usize,
        corners: Option<Corners>,
    ) -> Result<(), AppError> {
        crate::pages::crop(&self.store, id, index, position, corners, self.now())
    }

    /// Turns page `position` a quarter to the right, or to the left.
    pub fn turn_page(
        &self,
        id: &str,
        index: usize,
        position: usize,
        clockwise: bool,
    ) -> Result<(), AppError> {
        crate::pages::turn(&self.store, id, index, position, clockwise, self.now())
    }

    /// Moves page `from` to place `to` (both from 1).
    pub fn move_page(
        &self,
        id: &str,
        index: usize,
        from: usize,
        to: usize,
    ) -> Result<(), AppError> {
        crate::pages::reorder(&self.store, id, index, from, to, self.now())
    }

    /// Leaves page `position` out of the packet (the file keeps it).
    pub fn remove_page(&self, id: &str, index: usize, position: usize) -> Result<(), AppError> {
        crate::pages::remove(&self.store, id, index, position, self.now())
    }

    /// Puts page `page` of the file back into the packet.
    pub fn restore_page(&self, id: &str, index: usize, page: usize) -> Result<(), AppError> {
        crate::pages::restore(&self.store, id, index, page, self.now())
    }

    /// Sets the boxes to black out on page `position`.
    pub fn redact_page(
        &self,
        id: &str,
        index: usize,
        position: usize,
        boxes: Vec<Corners>,
    ) -> Result<(), AppError> {
        crate::pages::redact(&self.store, id, index, position, boxes, self.now())
    }

    /// Splits document `index` before page `position`; returns the new document's index.
    pub fn split_document(
        &self,
        id: &str,
        index: usize,
        position: usize,
    ) -> Result<usize, AppError> {
        crate::documents::split(&self.store, id, index, position, self.now())
    }

    /// Page `page` (from 1) of document `index` as the fax packet will carry it.
    pub fn fax_preview(&self, id: &str, index: usize, page: usize) -> Result<FaxPreview, AppError> {
        Ok(crate::fax::preview(&self.store, id, index, page)?.localized(self.lang()))
    }

    // ------------------------------------------------------------ reading the letters

    /// What was read in document `index` and what it suggests (nothing is read here).
    pub fn document_reading(&self, id: &str, index: usize) -> Result<ReadingView, AppError> {
        reading::view(&self.store, id, index, self.lang())
    }

    /// Reads document `index` (its text, or its photo and scan pages by text
    /// recognition: seconds a page, so call it off the window's thread), keeps what was
    /// read with the case, and says what it suggests. `progress` hears each page.
    pub fn read_document(
        &self,
        id: &str,
        index: usize,
        progress: &mut dyn FnMut(ReadingProgress),
    ) -> Result<ReadingView, AppError> {
        let context = imr_ocr::Context {
            today: self.today(),
        };
        reading::read(&self.store, id, index, &context, self.lang(), progress)?;
        reading::view(&self.store, id, index, self.lang())
    }

    /// Puts a suggestion into the answers as the person confirmed it: `typed` is the
    /// value as read, the reading of a date they chose, or their edit.
    pub fn accept_suggestion(
        &self,
        id: &str,
        index: usize,
        finding: Finding,
        typed: &str,
    ) -> Result<ReadingView, AppError> {
        reading::accept(
            &self.store,
            id,
            index,
            finding,
            typed,
            self.lang(),
            self.now(),
        )?;
        reading::view(&self.store, id, index, self.lang())
    }

    /// Leaves a suggestion out; no answer changes.
    pub fn ignore_suggestion(
        &self,
        id: &str,
        index: usize,
        finding: Finding,
    ) -> Result<ReadingView, AppError> {
        reading::ignore(&self.store, id, index, finding)?;
        reading::view(&self.store, id, index, self.lang())
    }

    /// Leaves out a suggestion shown under question `field` in the wizard (`key`, as
    /// [`crate::reading::FieldSuggestion::key`]), in every letter it was read in; no
    /// answer changes.
    pub fn ignore_field_suggestion(
        &self,
        id: &str,
        field: &str,
        key: &str,
    ) -> Result<(), AppError> {
        reading::ignore_for_field(&self.store, id, field, key)
    }

    /// Writes "Ask your doctor for a letter" at `path`: one page in the person's
    /// language filled in from the case as it stands, with an English copy.
    pub fn doctor_request(&self, id: &str, path: &Path) -> Result<PathBuf, AppError> {
        let case = self.store.load(id)?;
        let seed = case.file.to_json_pretty();
        let mut options = imr_packet::PacketOptions::new(Mode::Mail, self.today(), seed.as_bytes());
        options.language = self.lang();
        let pdf = imr_packet::build_doctor_request(&case.file.answers, &options)
            .map_err(|e| AppError::new(Code::Storage, e.to_string()))?;
        crate::atomic::write_atomically(path, &pdf)?;
        if let Ok(mut saved) = self.saved.lock() {
            saved.insert(path.to_path_buf());
        }
        Ok(path.to_path_buf())
    }

    // ------------------------------------------------------------ signing and the packet

    /// The signing page: what each signer affirms and the names given.
    pub fn sign_page(&self, id: &str) -> Result<SignPage, AppError> {
        let case = self.store.load(id)?;
        Ok(crate::packet::sign_page(self.lang(), &case.file.answers))
    }

    /// What is missing from a way of signing (empty when it can be used).
    pub fn check_signing(
        &self,
        id: &str,
        signing: &Signing,
    ) -> Result<Vec<SigningProblem>, AppError> {
        let case = self.store.load(id)?;
        Ok(crate::packet::signing_problems(
            self.lang(),
            &case.file.answers,
            signing,
        ))
    }

    /// The page count, from the packet's plan.
    pub fn preview_packet(
        &self,
        id: &str,
        mode: Mode,
        signing: &Signing,
    ) -> Result<PacketPreview, AppError> {
        let case = self.store.load(id)?;
        let choice = signing.choice(&case.file.answers);
        crate::packet::preview(&self.store, id, mode, self.today(), &choice)
    }

    /// Makes the packet and its checklist at `path`, telling `progress` where it is (in
    /// words).
    pub fn create_packet(
        &self,
        id: &str,
        mode: Mode,
        signing: &Signing,
        path: &Path,
        progress: &mut dyn FnMut(ProgressView),
    ) -> Result<PacketMade, AppError> {
        let lang = self.lang();
        let case = self.store.load(id)?;
        let choice = signing.choice(&case.file.answers);
        let made = crate::packet::create(
            &self.store,
            id,
            mode,
            self.today(),
            &choice,
            path,
            &mut |p| progress(crate::packet::progress_view(lang, p)),
        )?;
        if let Ok(mut saved) = self.saved.lock() {
            saved.insert(made.packet.clone());
            saved.insert(made.checklist.clone());
        }
        Ok(made)
    }

    /// `path` if this app saved it in this session (only those may be opened or shown in
    /// another program).
    pub fn saved_file(&self, path: &Path) -> Result<PathBuf, AppError> {
        let allowed = self.saved.lock().map(|s| s.contains(path)).unwrap_or(false);
        if allowed {
            Ok(path.to_path_buf())
        } else {
            Err(AppError::text(Code::Invalid, "app-open-only-saved", &[]))
        }
    }

    /// Deletes a packet this app saved, and its checklist, once printed or faxed.
    pub fn delete_saved(&self, path: &Path) -> Result<(), AppError> {
        let path = self.saved_file(path)?;
        let deleted = crate::packet::delete_saved_packet(&path)?;
        if let Ok(mut saved) = self.saved.lock() {
            for p in &deleted {
                saved.remove(p);
            }
        }
        Ok(())
    }

    /// The error to show when the system could not open or show a saved file.
    pub fn could_not_open(&self, path: &Path, folder: bool) -> AppError {
        let id = if folder {
            "app-folder-failed"
        } else {
            "app-viewer-failed"
        };
        AppError::text(Code::Storage, id, &[("path", &path.display().to_string())])
    }

    // ------------------------------------------------------------ past decisions, follow-up

    /// The category lists, the years covered, and a first guess from the case (if any).
    pub fn outcomes_start(&self, id: Option<&str>) -> Result<OutcomesStart, AppError> {
        let (condition, treatment) = match id {
            Some(id) => {
                let case = self.store.load(id)?;
                let get = |k: &str| case.file.answers.get(k).cloned().unwrap_or_default();
                (get(ids::PROBLEM_CONDITION), get(ids::PROBLEM_TREATMENT))
            }
            None => (String::new(), String::new()),
        };
        Ok(crate::outcomes::outcomes_start(
            self.lang(),
            condition,
            treatment,
        ))
    }

    /// Past decisions for a diagnosis and a treatment category (`None` for any), written
    /// out.
    pub fn outcomes_query(
        &self,
        diagnosis: Option<&str>,
        treatment: Option<&str>,
    ) -> Result<OutcomesView, AppError> {
        let summary = Outcomes::bundled()
            .query(diagnosis, treatment)
            .map_err(|e| AppError::new(Code::Invalid, e.to_string()))?;
        Ok(crate::outcomes::outcomes_view(self.lang(), summary))
    }

    pub fn follow_up(&self, id: &str) -> Result<FollowUpView, AppError> {
        crate::followup::view(&self.store, id, self.today(), self.lang())
    }

    pub fn record_sent(&self, id: &str, answers: &Answers) -> Result<SentSaved, AppError> {
        let answers = screens::join_date_parts(answers);
        crate::followup::record_sent(
            &self.store,
            id,
            &answers,
            self.today(),
            self.now(),
            self.lang(),
        )
    }

    /// Writes the calendar file at `path`; says how many events it holds.
    pub fn save_calendar(&self, id: &str, path: &Path) -> Result<CalendarSaved, AppError> {
        let stamp = self.clock.now().naive_utc();
        let lang = self.lang();
        let count =
            crate::followup::save_calendar(&self.store, id, path, self.today(), stamp, lang)?;
        Ok(CalendarSaved::new(lang, count, path))
    }

    // ------------------------------------------------------------ passphrases and the clinic

    pub fn vault_status(&self, id: &str) -> VaultStatus {
        VaultStatus {
            protected: self.store.is_protected(id),
            locked: self.store.is_locked(id),
        }
    }

    /// Opens a protected case (and locks the others: one open case at a time).
    pub fn unlock_case(&self, id: &str, passphrase: &str) -> Result<(), AppError> {
        passphrase::check_given(passphrase)?;
        self.store.lock_all();
        let unlocked = self.store.unlock(id, passphrase);
        self.touch();
        unlocked
    }

    pub fn lock_all_cases(&self) {
        self.store.lock_all();
    }

    /// Gives an application without a passphrase one, typed twice (it is left locked).
    pub fn protect_case(&self, id: &str, passphrase: &str, confirm: &str) -> Result<(), AppError> {
        passphrase::check_new(passphrase, confirm)?;
        self.store.protect(id, passphrase)
    }

    /// Whether a new passphrase and its confirmation would be taken: the window asks
    /// before it opens a save dialog, and the error names the box to fix.
    pub fn check_new_passphrase(&self, passphrase: &str, confirm: &str) -> Result<(), AppError> {
        passphrase::check_new(passphrase, confirm)
    }

    /// The hint under a new passphrase's box, in the person's language.
    pub fn passphrase_hint(&self, passphrase: &str) -> String {
        passphrase::hint(self.lang(), passphrase)
    }

    pub fn security_settings(&self) -> SecurityView {
        crate::clinic::security_view(&self.store)
    }

    /// Saves the settings screen; `coordinator` is the coordinator's passphrase when one
    /// is set.
    pub fn save_security_settings(
        &self,
        change: &SecurityChange,
        coordinator: Option<&str>,
    ) -> Result<SecurityView, AppError> {
        let typed = |s: &Option<String>| s.clone().filter(|s| !s.is_empty());
        let (new, confirm) = (
            typed(&change.new_coordinator),
            typed(&change.new_coordinator_confirm),
        );
        if new.is_some() || confirm.is_some() {
            let (new, confirm) = (new.unwrap_or_default(), confirm.unwrap_or_default());
            passphrase::check_new(&new, &confirm).map_err(|e| {
                let field = match e.field {
                    Some(Field::PassphraseConfirm) => Field::NewCoordinatorConfirm,
                    _ => Field::NewCoordinator,
                };
                e.on_field(field)
            })?;
        }
        let change = SecurityChange {
            new_coordinator: typed(&change.new_coordinator),
            ..change.clone()
        };
        crate::clinic::change_security(&self.store, &change, coordinator)
    }

    /// The coordinator's view for the start page, in words.
    pub fn computer_overview(&self) -> Vec<String> {
        crate::clinic::computer_overview(&self.store, self.clock.now()).lines(self.lang())
    }

    /// Writes case `id` to `path`, encrypted with `passphrase` (typed twice).
    pub fn export_case(
        &self,
        id: &str,
        passphrase: &str,
        confirm: &str,
        path: &Path,
    ) -> Result<(), AppError> {
        passphrase::check_new(passphrase, confirm)?;
        crate::handoff::export(&self.store, id, passphrase, path)
    }

    /// Adds the export file at `path` as a new case; returns its id. `local` is the new
    /// passphrase for this computer and its confirmation, when one is asked for. A wrong
    /// file passphrase names its box; a refused new one names the new boxes
    /// ([`Field::NewPassphrase`], [`Field::NewPassphraseConfirm`]).
    pub fn import_case(
        &self,
        path: &Path,
        passphrase: &str,
        local: Option<(&str, &str)>,
    ) -> Result<String, AppError> {
        passphrase::check_given(passphrase)?;
        if let Some((new, confirm)) = local {
            passphrase::check_new(new, confirm).map_err(|e| {
                let field = match e.field {
                    Some(Field::PassphraseConfirm) => Field::NewPassphraseConfirm,
                    _ => Field::NewPassphrase,
                };
                e.on_field(field)
            })?;
        }
        crate::handoff::import(
            &self.store,
            path,
            passphrase,
            local.map(|(new, _)| new),
            self.now(),
        )
        .map_err(|e| match e.code {
            Code::WrongPassphrase => e.on_field(Field::Passphrase),
            _ => e,
        })
    }

    /// Quick exit: locks every protected case, removes this app's files from the
    /// desktop's recent-files list, and forgets the packets saved in this session.
    pub fn quick_exit(&self) {
        self.store.lock_all();
        self.forget_recent(&self.saved_files());
        if let Ok(mut saved) = self.saved.lock() {
            saved.clear();
        }
    }

    /// Removes every case and everything in `folders` (the web view's data, config and
    /// cache folders), and this app's files in the recent-files list. Returns the folders
    /// emptied, the data folder first.
    pub fn remove_everything(&self, folders: &[PathBuf]) -> Result<Vec<PathBuf>, AppError> {
        self.store.remove_everything()?;
        if let Some(recent) = self.recent.get() {
            recent.forget(&self.saved_files())?;
        }
        let data = self.store.data_dir().to_path_buf();
        let mut folders: Vec<PathBuf> = folders.to_vec();
        folders.sort();
        folders.dedup();
        let mut cleaned = vec![data.clone()];
        for folder in folders {
            if folder == data || !folder.is_dir() {
                continue;
            }
            empty_folder(&folder)?;
            cleaned.push(folder);
        }
        Ok(cleaned)
    }

    fn saved_files(&self) -> Vec<PathBuf> {
        self.saved
            .lock()
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default()
    }

    fn forget_recent(&self, paths: &[PathBuf]) {
        if let Some(recent) = self.recent.get() {
            // A failure leaves the list as it was; say so where someone may look.
            if let Err(e) = recent.forget(paths) {
                eprintln!("IMR Packet: could not clean the recent-files list: {e:?}");
            }
        }
    }

    // ------------------------------------------------------------ the idle watch

    /// The window saw typing or clicking.
    pub fn note_activity(&self) {
        self.touch();
    }

    fn touch(&self) {
        let uses = self.store.key_uses();
        if let Ok(mut last) = self.last_use.lock() {
            *last = (self.clock.monotonic(), uses);
        }
    }

    fn idle_limit(&self) -> Duration {
        self.idle_limit.unwrap_or_else(|| {
            let minutes = Settings::load(self.store.data_dir()).auto_lock_minutes;
            Duration::from_secs(u64::from(minutes) * 60)
        })
    }

    /// One look of the idle watch (the desktop calls it every two seconds, off the
    /// window's thread). A command that read or wrote an unlocked case since the last look
    /// counts as use at that look, as does [`App::note_activity`]. Once nobody has used the app for the set time while a
    /// protected case is open, the window is first asked to save its page and lock
    /// (`LockSoon`), given a few seconds, then every case is locked and the window told
    /// (`Locked`). The window's own timers are not trusted: a hidden web view may not run
    /// them.
    pub fn watch_idle(&self, tell: &dyn Fn(IdleNotice)) {
        let uses = self.store.key_uses();
        let idle = match self.last_use.lock() {
            Ok(mut last) => {
                if last.1 != uses {
                    *last = (self.clock.monotonic(), uses);
                }
                self.clock.monotonic().saturating_sub(last.0)
            }
            Err(_) => return,
        };
        if !self.store.any_unlocked() || idle < self.idle_limit() {
            return;
        }
        tell(IdleNotice::LockSoon);
        let step = Duration::from_millis(200);
        let mut waited = Duration::ZERO;
        while self.store.any_unlocked() && waited < WINDOW_SAVE_WAIT {
            std::thread::sleep(step);
            waited += step;
        }
        self.store.lock_all();
        tell(IdleNotice::Locked);
        self.touch();
    }
}

fn screen_or_error(screen: &str) -> Result<&'static screens::Screen, AppError> {
    screens::find(screen)
        .ok_or_else(|| AppError::text(Code::Invalid, "app-no-such-page", &[("page", screen)]))
}

/// Removes what is inside `folder` (the web view may still hold the folder itself open).
fn empty_folder(folder: &Path) -> Result<(), AppError> {
    let what = || format!("emptying {}", folder.display());
    let entries = std::fs::read_dir(folder).map_err(|e| AppError::storage(&what(), &e))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let result = if path.is_dir() && !path.is_symlink() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        // The web view may be writing a file as we go; one that vanished is fine.
        if let Err(e) = result {
            if e.kind() != std::io::ErrorKind::NotFound {
                return Err(AppError::storage(&what(), &e));
            }
        }
    }
    Ok(())
}

/// A passphrase from the window, wiped from memory when dropped.
pub type Passphrase = Zeroizing<String>;

/// A new passphrase as a screen sends it: typed, and typed again.
#[derive(serde::Deserialize)]
pub struct NewPassphrase {
    pub passphrase: Passphrase,
    pub confirm: Passphrase,
}

impl std::fmt::Debug for NewPassphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassphrase(…)")
    }
}

impl NewPassphrase {
    /// The passphrase and its confirmation.
    pub fn pair(&self) -> (&str, &str) {
        (&self.passphrase, &self.confirm)
    }
}
