//! The end-to-end harness: starts the real app under tauri-driver and drives its window.
//!
//! ```ignore
//! #[tokio::test]
//! async fn start_page_offers_a_new_application() {
//!     let mut s = Session::start().await;
//!     s.wait_for_h1("Apply").await;
//!     s.click("#start-new").await;
//!     s.screenshot("first-question").await;
//! }
//! ```
//!
//! Each [`Session`] owns, for one test:
//! - a fresh data folder (`IMR_PACKET_DATA_DIR`) and a fixed today (`IMR_PACKET_TODAY`,
//!   [`TODAY`]);
//! - its own Xvfb display, unless `DISPLAY` is already set;
//! - its own `tauri-driver` (and so its own WebKitWebDriver) on free ports; the app is started
//!   by WebKitWebDriver and inherits tauri-driver's environment;
//! - a WebDriver session, the app window.
//!
//! Tests run one at a time: [`Session::start`] takes a process-wide lock that the session
//! holds until it is dropped, so any `--test-threads` is safe (`scripts/e2e` passes 1, which
//! also keeps the output in order). Different test binaries are never run at once by cargo.
//!
//! Screenshots and logs go to `<workspace>/screenshots/<test name>/` (git-ignored):
//! `NN-<name>.png` from [`Session::screenshot`], `driver.log` (tauri-driver, WebKitWebDriver
//! and the app's own stderr), and, when a test panics, `failure.png` and `failure.html`.

#![allow(dead_code)] // Not every test binary uses every helper.
#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

use std::fs::{self, File};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use base64::Engine;
use fantoccini::elements::Element;
use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};
use tokio::sync::{Mutex, OwnedMutexGuard};

/// The date the app takes as today in every test.
pub const TODAY: &str = "2026-03-01";
/// How long helpers wait for an element or a heading before failing.
pub const WAIT: Duration = Duration::from_secs(10);
/// How long to keep retrying the first WebDriver connection.
const CONNECT_WAIT: Duration = Duration::from_secs(20);
/// Time allowed for one `js` call (saving a packet runs inside one).
const SCRIPT_TIMEOUT: Duration = Duration::from_secs(120);

/// `<workspace>`: two levels above this crate.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// The CSS selector of the input for a form field: `patient.first_name` →
/// `#f-patient-first_name`.
pub fn field(id: &str) -> String {
    format!("#f-{}", id.replace('.', "-"))
}

/// The CSS selector of one radio of a field: `("problem.type", "medical_necessity")` →
/// `#f-problem-type-medical_necessity`.
pub fn radio(field_id: &str, value: &str) -> String {
    format!("#f-{}-{}", field_id.replace('.', "-"), value)
}

/// One test's running app and the WebDriver session on it.
#[derive(Debug)]
pub struct Session {
    client: Option<Client>,
    session_id: String,
    name: String,
    app: PathBuf,
    artifacts: PathBuf,
    shots: u32,
    driver: Child,
    driver_port: u16,
    /// WebKitWebDriver's port (tauri-driver's `--native-port`).
    native_port: u16,
    xvfb: Option<Child>,
    display: String,
    data_dir: Option<tempfile::TempDir>,
    /// Held until the session is dropped: one app window at a time.
    _serial: OwnedMutexGuard<()>,
}

fn serial_lock() -> Arc<Mutex<()>> {
    static LOCK: OnceLock<Arc<Mutex<()>>> = OnceLock::new();
    LOCK.get_or_init(|| Arc::new(Mutex::new(()))).clone()
}

impl Session {
    /// Starts the app for the running test (named after the test's thread, which libtest
    /// names after the test) with an empty data folder.
    pub async fn start() -> Session {
        let name = std::thread::current()
            .name()
            .filter(|n| *n != "main")
            .map(|n| n.rsplit("::").next().unwrap_or(n).to_string())
            .expect("cannot tell the test's name from its thread: use Session::start_named");
        Session::start_named(&name).await
    }

    /// Starts the app with an empty data folder; `name` names the screenshot folder.
    pub async fn start_named(name: &str) -> Session {
        Session::start_with(name, app_binary(), &[]).await
    }

    /// Like [`Session::start_named`], with another program started as the app (for
    /// example a script that runs the app under strace).
    pub async fn start_with_app(name: &str, app: PathBuf) -> Session {
        Session::start_with(name, app, &[]).await
    }

    /// Like [`Session::start_named`], with more environment for the app (set after the
    /// usual variables, so it can replace them: e.g. HOME, XDG_*_HOME, TMPDIR).
    pub async fn start_with_env(name: &str, env: &[(&str, &Path)]) -> Session {
        Session::start_with(name, app_binary(), env).await
    }

    async fn start_with(name: &str, app: PathBuf, env: &[(&str, &Path)]) -> Session {
        let serial = serial_lock().lock_owned().await;
        let t0 = Instant::now();
        let artifacts = workspace().join("screenshots").join(name);
        let _ = fs::remove_dir_all(&artifacts);
        fs::create_dir_all(&artifacts).unwrap();
        let data_dir = tempfile::Builder::new()
            .prefix("imr-e2e-data-")
            .tempdir()
            .unwrap();

        let (xvfb, display) = match std::env::var("DISPLAY") {
            Ok(d) if !d.is_empty() => (None, d),
            _ => {
                let (child, display) = start_xvfb();
                (Some(child), display)
            }
        };
        let t_display = t0.elapsed();

        let log_path = artifacts.join("driver.log");
        let (driver, driver_port, native_port) =
            start_driver(&display, data_dir.path(), &log_path, env);
        let mut session = Session {
            client: None,
            session_id: String::new(),
            name: name.to_string(),
            app,
            artifacts,
            shots: 0,
            driver,
            driver_port,
            native_port,
            xvfb,
            display,
            data_dir: Some(data_dir),
            _serial: serial,
        };
        session.connect().await;
        eprintln!(
            "[e2e] {name}: app window up in {:.2} s (display {:.2} s), data {}",
            t0.elapsed().as_secs_f64(),
            t_display.as_secs_f64(),
            session.data_dir().display()
        );
        session
    }

    /// Opens a WebDriver session, which starts the app; retries while the drivers come up.
    async fn connect(&mut self) {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            json!({ "application": self.app.to_string_lossy() }),
        );
        let url = format!("http://127.0.0.1:{}", self.driver_port);
        let deadline = Instant::now() + CONNECT_WAIT;
        let client = loop {
            if let Some(status) = self.driver.try_wait().unwrap() {
                panic!(
                    "tauri-driver exited ({status}) before the session started; its log:\n{}",
                    self.driver_log()
                );
            }
            let attempt = ClientBuilder::new(HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&url)
                .await;
            match attempt {
                Ok(client) => break client,
                // The port opens before WebKitWebDriver is ready: try again.
                Err(_) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!(
                    "could not start the app through tauri-driver at {url} within {CONNECT_WAIT:?}: \
                     {e}\nlog:\n{}",
                    self.driver_log()
                ),
            }
        };
        client
            .update_timeouts(TimeoutConfiguration::new(
                Some(SCRIPT_TIMEOUT),
                Some(Duration::from_secs(60)),
                Some(Duration::ZERO),
            ))
            .await
            .unwrap();
        self.session_id = client.session_id().await.unwrap().unwrap_or_default();
        self.client = Some(client);
    }

    /// The loopback ports the test's drivers listen on (tauri-driver, WebKitWebDriver).
    pub fn driver_ports(&self) -> Vec<u16> {
        vec![self.driver_port, self.native_port]
    }

    /// The raw fantoccini client, for what the helpers do not cover.
    pub fn client(&self) -> &Client {
        self.client.as_ref().expect("the session is closed")
    }

    /// The app's data folder (`IMR_PACKET_DATA_DIR`); it lasts as long as the session.
    pub fn data_dir(&self) -> &Path {
        self.data_dir.as_ref().unwrap().path()
    }

    /// The X display the app runs on (for tools such as xdotool that drive the real
    /// GTK dialogs).
    pub fn display(&self) -> &str {
        &self.display
    }

    /// `<workspace>/screenshots/<test name>/`.
    pub fn artifacts(&self) -> &Path {
        &self.artifacts
    }

    /// Closes the app and starts it again with the same data folder and date.
    pub async fn restart(&mut self) {
        let t0 = Instant::now();
        if let Some(client) = self.client.take() {
            client.close().await.unwrap();
        }
        self.wait_for_app_exit().await;
        self.connect().await;
        eprintln!(
            "[e2e] {}: app restarted in {:.2} s",
            self.name,
            t0.elapsed().as_secs_f64()
        );
    }

    /// Waits (up to 15 s) until no app holds the data folder's lock: a closed window's
    /// process can take a moment to end, and a new app started before then would be
    /// refused as a second window.
    async fn wait_for_app_exit(&self) {
        let lock = self.data_dir().join(imr_app::instance::LOCK_FILE);
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let free = match File::options().read(true).write(true).open(&lock) {
                Ok(file) => file.try_lock().is_ok(),
                Err(_) => true,
            };
            if free || Instant::now() > deadline {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Closes the app and stops the drivers now (dropping the session does the same).
    pub async fn close(mut self) {
        if let Some(client) = self.client.take() {
            let _ = client.close().await;
        }
        // Drop stops tauri-driver and Xvfb.
    }

    // ---- finding things ----

    /// Waits (up to [`WAIT`]) for an element matching `css`.
    pub async fn find(&self, css: &str) -> Element {
        match self
            .client()
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
        {
            Ok(el) => el,
            Err(e) => panic!(
                "no element matches `{css}` after {WAIT:?} ({e}); {}",
                self.where_am_i().await
            ),
        }
    }

    /// All elements matching `css` now (no waiting).
    pub async fn find_all(&self, css: &str) -> Vec<Element> {
        self.client().find_all(Locator::Css(css)).await.unwrap()
    }

    /// Presses Continue until an element matches `css` (at most 30 pages).
    pub async fn continue_until(&self, css: &str) {
        // A page may still be drawing after a click: press Continue only when there is
        // one, and otherwise wait a moment and look again.
        let mut presses = 0;
        for _ in 0..300 {
            if self.exists(css).await {
                return;
            }
            if presses < 30 && self.exists("#continue").await {
                self.click("#continue").await;
                presses += 1;
                tokio::time::sleep(Duration::from_millis(300)).await;
            } else {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        self.wait_for(css).await;
    }

    /// Fills the open case as a person would: the example case's answers, with
    /// `condition` as the condition and no name, saved through the app's own command; then
    /// the patient's name typed on its screen. Returns the case id; the window is on the
    /// patient's name screen with the name typed (not yet continued).
    pub async fn fill_example_and_type_name(
        &mut self,
        condition: &str,
        first: &str,
        last: &str,
    ) -> String {
        let case_id = self.invoke("list_cases", json!({})).await[0]["id"]
            .as_str()
            .expect("a case is open")
            .to_string();
        let example: Value = serde_json::from_str(
            &fs::read_to_string(workspace().join("examples/nunez/case.json")).unwrap(),
        )
        .unwrap();
        let mut answers = example["answers"].clone();
        answers["patient.first_name"] = json!("");
        answers["patient.last_name"] = json!("");
        answers["problem.condition"] = json!(condition);
        self.invoke(
            "save_screen",
            json!({"id": case_id, "screen": "problem-type", "answers": answers, "eligibility": false}),
        )
        .await;
        self.choose(&radio("problem.type", "medical_necessity"))
            .await;
        self.continue_until("#task-patient").await;
        self.click("#task-patient").await;
        self.wait_for(&field("patient.first_name")).await;
        self.fill(&field("patient.first_name"), first).await;
        self.fill(&field("patient.last_name"), last).await;
        case_id
    }

    /// Whether an element matches `css` now (no waiting).
    pub async fn exists(&self, css: &str) -> bool {
        !self.find_all(css).await.is_empty()
    }

    /// Waits (up to [`WAIT`]) until an element matches `css`.
    pub async fn wait_for(&self, css: &str) {
        self.find(css).await;
    }

    /// Waits (up to [`WAIT`]) until nothing matches `css`.
    pub async fn wait_until_gone(&self, css: &str) {
        let deadline = Instant::now() + WAIT;
        while self.exists(css).await {
            if Instant::now() > deadline {
                panic!(
                    "`{css}` is still there after {WAIT:?}; {}",
                    self.where_am_i().await
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The visible text of the first element matching `css` (waits for it). A page
    /// that redraws (a document's reading or thumbnail arriving in the background) may
    /// replace the element between finding and reading it: then it is found again.
    pub async fn text(&self, css: &str) -> String {
        for _ in 0..20 {
            match self.find(css).await.text().await {
                Ok(text) => return text,
                Err(e) if is_stale(&e) => tokio::time::sleep(Duration::from_millis(50)).await,
                Err(e) => panic!("reading the text of `{css}`: {e}"),
            }
        }
        panic!("`{css}` was redrawn 20 times while being read")
    }

    /// Waits (up to [`WAIT`]) until the first element matching `css` has `part` in its
    /// text (a card redrawn after a save); returns the text.
    pub async fn wait_for_text_containing(&self, css: &str, part: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let text = self.text(css).await;
            if text.contains(part) {
                return text;
            }
            if Instant::now() > deadline {
                panic!(
                    "`{css}` says {text:?}, without {part:?}, after {WAIT:?}; {}",
                    self.where_am_i().await
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits (up to [`WAIT`]) until the first element matching `css` says `expected`
    /// (text that Rust sends after an input event); returns it.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let text = self.text(css).await;
            if text == expected {
                return text;
            }
            if Instant::now() > deadline {
                panic!(
                    "`{css}` says {text:?}, not {expected:?}, after {WAIT:?}; {}",
                    self.where_am_i().await
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The visible texts of all elements matching `css` now.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for el in self.find_all(css).await {
            out.push(el.text().await.unwrap());
        }
        out
    }

    /// The current value of an input (its `value` property).
    pub async fn value(&self, css: &str) -> String {
        for _ in 0..20 {
            match self.find(css).await.prop("value").await {
                Ok(value) => return value.unwrap_or_default(),
                Err(e) if is_stale(&e) => tokio::time::sleep(Duration::from_millis(50)).await,
                Err(e) => panic!("reading the value of `{css}`: {e}"),
            }
        }
        panic!("`{css}` was redrawn 20 times while being read")
    }

    /// The page's `h1` text (waits for an `h1`).
    pub async fn h1(&self) -> String {
        self.text("h1").await
    }

    /// The document title.
    pub async fn title(&self) -> String {
        self.client().title().await.unwrap()
    }

    /// Waits (up to [`WAIT`]) until the `h1` contains `expected`; returns the whole `h1`.
    pub async fn wait_for_h1(&self, expected: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let h1 = self
                .js(
                    "const h = document.querySelector('h1'); return h ? h.innerText : null;",
                    vec![],
                )
                .await;
            if let Some(text) = h1.as_str() {
                if text.contains(expected) {
                    return text.trim().to_string();
                }
            }
            if Instant::now() > deadline {
                panic!(
                    "the h1 did not come to contain {expected:?} within {WAIT:?}; {}",
                    self.where_am_i().await
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits (up to [`WAIT`]) until the document title contains `expected`; returns it.
    pub async fn wait_for_title(&self, expected: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let title = self.title().await;
            if title.contains(expected) {
                return title;
            }
            if Instant::now() > deadline {
                panic!(
                    "the title did not come to contain {expected:?} within {WAIT:?}; {}",
                    self.where_am_i().await
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Whether the focused element matches `css`.
    pub async fn active_element_matches(&self, css: &str) -> bool {
        self.js(
            "const a = document.activeElement; return !!a && a.matches(arguments[0]);",
            vec![json!(css)],
        )
        .await
        .as_bool()
        .unwrap_or(false)
    }

    // ---- acting ----

    /// Clicks the element matching `css` (waits for it).
    pub async fn click(&self, css: &str) {
        let el = self.find(css).await;
        if let Err(e) = el.click().await {
            panic!("could not click `{css}`: {e}; {}", self.where_am_i().await);
        }
    }

    /// Replaces the text of the input matching `css` with `text`, typed key by key.
    pub async fn fill(&self, css: &str, text: &str) {
        let el = self.find(css).await;
        if let Err(e) = el.clear().await {
            panic!("could not clear `{css}`: {e}; {}", self.where_am_i().await);
        }
        if !text.is_empty() {
            if let Err(e) = el.send_keys(text).await {
                panic!(
                    "could not type into `{css}`: {e}; {}",
                    self.where_am_i().await
                );
            }
        }
    }

    /// Fills a date field's three inputs (`f-<field>-day`, `-month`, `-year`).
    pub async fn fill_date(&self, field_id: &str, day: &str, month: &str, year: &str) {
        let base = field(field_id);
        self.fill(&format!("{base}-day"), day).await;
        self.fill(&format!("{base}-month"), month).await;
        self.fill(&format!("{base}-year"), year).await;
    }

    /// Selects the radio (or checkbox) matching `css`: clicks it, or its label if the input
    /// itself cannot be clicked; fails unless it ends up checked.
    pub async fn choose(&self, css: &str) {
        let el = self.find(css).await;
        if el.is_selected().await.unwrap() {
            return;
        }
        if el.click().await.is_err() {
            let id = el.attr("id").await.unwrap().unwrap_or_default();
            self.click(&format!("label[for=\"{id}\"]")).await;
        }
        if !el.is_selected().await.unwrap() {
            panic!(
                "`{css}` is not checked after clicking it; {}",
                self.where_am_i().await
            );
        }
    }

    /// Runs `script` in the page as the body of an async function: it may `await`, reads
    /// its arguments as `arguments[0]`, …, and `return`s a JSON-able value. A thrown error
    /// fails the test.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        let wrapped = format!(
            "const __done = arguments[arguments.length - 1];\n\
             const __args = Array.prototype.slice.call(arguments, 0, -1);\n\
             (async function () {{\n{script}\n}}).apply(null, __args).then(\n\
               (v) => __done({{ ok: v === undefined ? null : v }}),\n\
               (e) => __done({{ err: String(e && e.stack ? e + '\\n' + e.stack : e) }}));"
        );
        let reply = match self.client().execute_async(&wrapped, args).await {
            Ok(v) => v,
            Err(e) => panic!("script failed to run: {e}\nscript:\n{script}"),
        };
        if let Some(err) = reply.get("err") {
            panic!(
                "script threw: {}\nscript:\n{script}",
                err.as_str().unwrap_or_default()
            );
        }
        reply.get("ok").cloned().unwrap_or(Value::Null)
    }

    /// Calls a Tauri command directly, as the UI does (`window.__TAURI__.core.invoke`).
    pub async fn invoke(&self, command: &str, args: Value) -> Value {
        self.js(
            "return await window.__TAURI__.core.invoke(arguments[0], arguments[1]);",
            vec![json!(command), args],
        )
        .await
    }

    /// Adds documents as the file dialog or a drop would (`window.imrAddFiles`); returns
    /// the error messages the UI got (empty on success).
    pub async fn add_files(&self, paths: &[&Path], kind: &str) -> Vec<String> {
        let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        let reply = self
            .js(
                "return await window.imrAddFiles(arguments[0], arguments[1]);",
                vec![json!(paths), json!(kind)],
            )
            .await;
        reply
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|m| m.as_str().map_or_else(|| m.to_string(), str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Adds the example case's denial letter (a PDF) and its phone photo of the plan's
    /// decision (its corners left to check later), and waits until the second one's
    /// thumbnail shows on the Documents page.
    pub async fn add_example_letters(&self) {
        let example = |name: &str| workspace().join("examples/nunez").join(name);
        let errors = self
            .add_files(&[&example("denial-letter.pdf")], "denial_letter")
            .await;
        assert!(errors.is_empty(), "{errors:?}");
        let errors = self
            .add_files(
                &[&example("grievance-decision-photo.jpg")],
                "grievance_decision",
            )
            .await;
        assert!(errors.is_empty(), "{errors:?}");
        // The photo's corners are checked right after adding: left for later here, so
        // the photo stays whole as the example has it.
        self.wait_for("#photos-later").await;
        self.click("#photos-later").await;
        self.wait_for("#document-1 img").await;
    }

    /// Saves the packet being made to `path`, as the save dialog would
    /// (`window.imrSavePacketTo`); returns what the hook returned.
    pub async fn save_packet_to(&self, path: &Path) -> Value {
        self.js(
            "return await window.imrSavePacketTo(arguments[0]);",
            vec![json!(path.display().to_string())],
        )
        .await
    }

    /// Saves a PNG of the window's page as `<artifacts>/NN-<name>.png` and returns its path.
    pub async fn screenshot(&mut self, name: &str) -> PathBuf {
        self.shots += 1;
        let path = self.artifacts.join(format!("{:02}-{name}.png", self.shots));
        let png = self.client().screenshot().await.unwrap();
        fs::write(&path, png).unwrap();
        path
    }

    /// A line saying where the window is, for failure messages.
    async fn where_am_i(&self) -> String {
        let page = self
            .client()
            .execute(
                "const h = document.querySelector('h1');\
                 const m = document.querySelector('main');\
                 return [document.title, h ? h.innerText : null,\
                         m ? m.innerText.slice(0, 600) : document.body.innerText.slice(0, 600)];",
                vec![],
            )
            .await;
        match page {
            Ok(v) => format!(
                "title {}, h1 {}, page text:\n{}",
                v[0],
                v[1],
                v[2].as_str().unwrap_or_default()
            ),
            Err(e) => format!("(could not read the page: {e})"),
        }
    }

    fn driver_log(&self) -> String {
        fs::read_to_string(self.artifacts.join("driver.log")).unwrap_or_default()
    }

    /// Blocking WebDriver call on the current session, for use in `Drop`.
    fn webdriver_sync(&self, method: &str, what: &str) -> Option<Value> {
        if self.session_id.is_empty() {
            return None;
        }
        let path = format!("/session/{}{what}", self.session_id);
        let (status, body) = http_sync(self.driver_port, method, &path).ok()?;
        if status != 200 {
            return None;
        }
        serde_json::from_str::<Value>(&body)
            .ok()
            .map(|v| v["value"].clone())
    }

    /// On a failed test: save what the window showed.
    fn save_failure(&self) {
        if let Some(png) = self
            .webdriver_sync("GET", "/screenshot")
            .and_then(|v| v.as_str().map(str::to_string))
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        {
            let _ = fs::write(self.artifacts.join("failure.png"), png);
        }
        if let Some(html) = self.webdriver_sync("GET", "/source") {
            let _ = fs::write(
                self.artifacts.join("failure.html"),
                html.as_str().unwrap_or_default(),
            );
        }
        eprintln!(
            "[e2e] {}: failed; see {} (failure.png, failure.html, driver.log)",
            self.name,
            self.artifacts.display()
        );
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let failed = std::thread::panicking();
        if self.client.is_some() {
            if failed {
                self.save_failure();
            }
            // Closing the session closes the app. Done synchronously: no await in Drop.
            let _ = self.webdriver_sync("DELETE", "");
            self.client = None;
        }
        stop(&mut self.driver, Duration::from_secs(5));
        if let Some(xvfb) = self.xvfb.as_mut() {
            stop(xvfb, Duration::from_secs(3));
        }
        if failed {
            if let Some(dir) = self.data_dir.take() {
                eprintln!(
                    "[e2e] {}: data folder kept at {}",
                    self.name,
                    dir.keep().display()
                );
            }
        }
    }
}

/// The app binary: `IMR_APP_BINARY`, or `<workspace>/target/debug/imr-packet-app`.
pub fn app_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("IMR_APP_BINARY") {
        let p = PathBuf::from(p);
        assert!(p.is_file(), "IMR_APP_BINARY={} is not a file", p.display());
        return p.canonicalize().unwrap();
    }
    let root = workspace();
    let p = root.join("target/debug/imr-packet-app");
    assert!(
        p.is_file(),
        "the app is not built: {} is missing. Run `cargo build -p imr-desktop` \
         (or scripts/e2e, which builds it), or set IMR_APP_BINARY.",
        p.display()
    );
    // The UI is compiled into the binary: an old binary would test old pages.
    let built = fs::metadata(&p).and_then(|m| m.modified()).unwrap();
    let sources = [
        "ui",
        "src-tauri/src",
        "src-tauri/tauri.conf.json",
        "src-tauri/capabilities",
        "crates/imr-app/src",
        "crates/imr-case/src",
        "crates/imr-packet/src",
    ];
    for source in sources {
        if let Some((newer, _)) = newest_file(&root.join(source)).filter(|(_, t)| *t > built) {
            panic!(
                "{} is older than {}: run `cargo build -p imr-desktop` (or scripts/e2e)",
                p.display(),
                newer.display()
            );
        }
    }
    p
}

/// The most recently modified file under `path` (or `path` itself).
fn newest_file(path: &Path) -> Option<(PathBuf, std::time::SystemTime)> {
    let meta = fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return Some((path.to_path_buf(), meta.modified().ok()?));
    }
    fs::read_dir(path)
        .ok()?
        .flatten()
        .filter_map(|entry| newest_file(&entry.path()))
        .max_by_key(|(_, t)| *t)
}

/// `TAURI_DRIVER`, `$CARGO_HOME/bin` or `~/.cargo/bin`, then `PATH`.
fn tauri_driver() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let mut candidates = Vec::new();
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        candidates.push(PathBuf::from(home).join("bin/tauri-driver"));
    }
    if let Some(home) = std::env::var_os("HOME") {
        candidates.push(PathBuf::from(home).join(".cargo/bin/tauri-driver"));
    }
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path).map(|d| d.join("tauri-driver")));
    }
    candidates
        .into_iter()
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "tauri-driver not found (TAURI_DRIVER, ~/.cargo/bin, PATH): \
             run `cargo install tauri-driver --locked --version 2.1.0`, or scripts/e2e"
            )
        })
}

/// The text of a PDF, read back with poppler's `pdftotext`.
pub fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("cannot run pdftotext ({e}): apt-get install poppler-utils"));
    assert!(out.status.success(), "pdftotext {}: {out:?}", pdf.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Starts Xvfb on a display it picks itself (`-displayfd`: no race with other servers).
pub fn start_xvfb() -> (Child, String) {
    let mut child = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start Xvfb ({e}): apt-get install xvfb, or run scripts/e2e")
        });
    // Xvfb writes the display number once it accepts connections.
    let mut line = String::new();
    let stdout = child.stdout.take().unwrap();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let n = line.trim();
    if n.is_empty() || !n.chars().all(|c| c.is_ascii_digit()) {
        let _ = child.kill();
        panic!("Xvfb did not report a display (got {line:?})");
    }
    let display = format!(":{n}");
    (child, display)
}

/// Two ports free now on 127.0.0.1.
fn free_ports() -> (u16, u16) {
    let a = TcpListener::bind("127.0.0.1:0").unwrap();
    let b = TcpListener::bind("127.0.0.1:0").unwrap();
    (
        a.local_addr().unwrap().port(),
        b.local_addr().unwrap().port(),
    )
}

/// Starts tauri-driver on free ports with the app's environment (and `env` after it);
/// returns it, its port and WebKitWebDriver's.
fn start_driver(
    display: &str,
    data_dir: &Path,
    log_path: &Path,
    env: &[(&str, &Path)],
) -> (Child, u16, u16) {
    let driver = tauri_driver();
    let log = File::create(log_path).unwrap();
    let (port, native_port) = free_ports();
    let mut command = Command::new(&driver);
    command
        .arg("--port")
        .arg(port.to_string())
        .arg("--native-port")
        .arg(native_port.to_string())
        // WebKitWebDriver starts the app, which inherits this environment.
        .env("DISPLAY", display)
        .env("IMR_PACKET_DATA_DIR", data_dir)
        .env("IMR_PACKET_TODAY", TODAY)
        // No accessibility bus under Xvfb: without this GTK may wait for it.
        .env("NO_AT_BRIDGE", "1");
    for (key, value) in env {
        command.env(key, value);
    }
    let child = command
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {} ({e})", driver.display()));
    (child, port, native_port)
}

/// SIGTERM (so tauri-driver stops WebKitWebDriver too), then SIGKILL after `grace`.
fn stop(child: &mut Child, grace: Duration) {
    if let Ok(Some(_)) = child.try_wait() {
        return;
    }
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + grace;
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// A minimal blocking HTTP/1.0 request to 127.0.0.1 (for `Drop`, where nothing can await).
fn http_sync(port: u16, method: &str, path: &str) -> std::io::Result<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(15)))?;
    write!(
        stream,
        "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\n\
         Connection: close\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let raw = String::from_utf8_lossy(&raw);
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok((status, body.to_string()))
}

// ---- accessibility: axe-core and the keyboard ----

/// One rule axe-core found broken on a page.
#[derive(Debug, Clone)]
pub struct Violation {
    /// The rule, e.g. `color-contrast`.
    pub id: String,
    /// `minor`, `moderate`, `serious` or `critical`.
    pub impact: String,
    /// What the rule asks for, in a sentence.
    pub help: String,
    /// CSS selectors of the elements that break it.
    pub targets: Vec<String>,
}

impl Violation {
    /// Whether the violation blocks someone (axe's `serious` or `critical`).
    pub fn is_serious(&self) -> bool {
        matches!(self.impact.as_str(), "serious" | "critical")
    }
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "[{}] {}: {} ({})",
            self.impact,
            self.id,
            self.help,
            self.targets.join(", ")
        )
    }
}

/// The WCAG 2.0/2.1/2.2 A and AA rules and axe's best practices.
pub const AXE_TAGS: &[&str] = &[
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
];

/// axe.min.js: `IMR_AXE_JS`, else `<target dir>/axe/axe.min.js` (`CARGO_TARGET_DIR` or
/// `<workspace>/target`), fetched with `scripts/fetch-axe` (pinned version and hash)
/// when it is missing.
pub fn axe_source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    SOURCE.get_or_init(|| {
        if let Some(p) = std::env::var_os("IMR_AXE_JS") {
            return fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("IMR_AXE_JS={}: {e}", Path::new(&p).display()));
        }
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace().join("target"));
        let path = target.join("axe/axe.min.js");
        if !path.is_file() {
            let status = Command::new("bash")
                .arg(workspace().join("scripts/fetch-axe"))
                .env("CARGO_TARGET_DIR", &target)
                .status()
                .expect("cannot run scripts/fetch-axe");
            assert!(
                status.success(),
                "scripts/fetch-axe could not fetch axe-core into {}",
                path.display()
            );
        }
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    })
}

impl Session {
    /// Runs axe-core on the page as it is now (WCAG 2.0–2.2 A/AA and best practices),
    /// saves the full result as `<artifacts>/NN-axe-<screen>.json` and returns the
    /// violations. axe is put into the page through WebDriver's script execution.
    pub async fn axe(&mut self, screen: &str) -> Vec<Violation> {
        let loaded = self
            .js("return typeof window.axe === 'object';", vec![])
            .await;
        if loaded != Value::Bool(true) {
            let script = format!("{}\n;return typeof window.axe === 'object';", axe_source());
            let ok = self.client().execute(&script, vec![]).await;
            match ok {
                Ok(Value::Bool(true)) => {}
                other => panic!("axe-core did not load in the page: {other:?}"),
            }
        }
        let result = self
            .js(
                "const r = await window.axe.run(document, {\
                   runOnly: { type: 'tag', values: arguments[0] },\
                   resultTypes: ['violations'] });\
                 return { url: r.url, testEngine: r.testEngine, title: document.title,\
                          violations: r.violations, incomplete: r.incomplete.map((i) => i.id),\
                          passes: r.passes.length };",
                vec![json!(AXE_TAGS)],
            )
            .await;
        self.shots += 1;
        let path = self
            .artifacts
            .join(format!("{:02}-axe-{screen}.json", self.shots));
        fs::write(&path, serde_json::to_string_pretty(&result).unwrap()).unwrap();
        result["violations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| Violation {
                id: v["id"].as_str().unwrap_or_default().to_string(),
                impact: v["impact"].as_str().unwrap_or("unknown").to_string(),
                help: v["help"].as_str().unwrap_or_default().to_string(),
                targets: v["nodes"]
                    .as_array()
                    .map(|nodes| nodes.iter().map(|n| n["target"].to_string()).collect())
                    .unwrap_or_default(),
            })
            .collect()
    }

    /// Presses and releases `key` (a character or a [`fantoccini::key::Key`] code),
    /// with Shift held if `shift`; the page gets it as real key events.
    pub async fn key(&self, key: char, shift: bool) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let shift_key: char = fantoccini::key::Key::Shift.into();
        let mut keys = KeyActions::new("keyboard".into());
        if shift {
            keys = keys.then(KeyAction::Down { value: shift_key });
        }
        keys = keys
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        if shift {
            keys = keys.then(KeyAction::Up { value: shift_key });
        }
        if let Err(e) = self.client().perform_actions(keys).await {
            panic!("could not press {key:?}: {e}; {}", self.where_am_i().await);
        }
    }

    /// Presses Tab (`back`: Shift+Tab).
    pub async fn tab(&self, back: bool) {
        self.key(fantoccini::key::Key::Tab.into(), back).await;
    }

    /// Types `text` into whatever has the focus, key by key.
    pub async fn type_keys(&self, text: &str) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut keys = KeyActions::new("keyboard".into());
        for c in text.chars() {
            keys = keys
                .then(KeyAction::Down { value: c })
                .then(KeyAction::Up { value: c });
        }
        if let Err(e) = self.client().perform_actions(keys).await {
            panic!("could not type {text:?}: {e}; {}", self.where_am_i().await);
        }
    }

    /// A short description of the focused element: `tag#id` or `tag.class`, or `body`.
    pub async fn focused(&self) -> String {
        self.js(
            "const a = document.activeElement;\
             if (!a) return 'none';\
             let d = a.tagName.toLowerCase();\
             if (a.id) d += '#' + a.id; else if (a.className) d += '.' + String(a.className).split(' ')[0];\
             return d;",
            vec![],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }
}

/// In the page: `focusVisible(el)` says how the focus shows on `el`, and the contrast of
/// the outline against what is around it.
pub const FOCUS_STYLE_JS: &str = r#"
const rgb = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
  const p = m[1].split(',').map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
const background = (el) => { for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
  const c = rgb(getComputedStyle(n).backgroundColor); if (c && c.a > 0.5) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
const focusVisible = (el) => { const s = getComputedStyle(el);
  const width = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
  const oc = rgb(s.outlineColor); const bg = background(el.parentElement || el);
  const l1 = lum(oc), l2 = lum(bg);
  return { width, style: s.outlineStyle, contrast: (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) }; };
"#;

/// Whether a WebDriver error says the element was replaced by a redraw.
fn is_stale(e: &fantoccini::error::CmdError) -> bool {
    matches!(
        e,
        fantoccini::error::CmdError::Standard(w)
            if w.error == fantoccini::error::ErrorStatus::StaleElementReference
    )
}
