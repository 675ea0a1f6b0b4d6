//! The start page's data, sent with the page itself. The page's first script,
//! `imr-start://localhost/start.js` (ui/index.html), is made here from `App::start` when the
//! web view asks for it, so the data is there before the window's modules have loaded. As
//! a command it cost two trips through the main thread, not one: Tauri's commands are
//! requests to another origin with headers of their own, which the web view first asks
//! permission for (bench/launch-bench.sh showed it arriving 10–15 ms after the modules).
//! If this script cannot be made, the page asks for the same data with the `start` command.

use imr_app::App;
use tauri::http::{header, Response};
use tauri::Manager;

/// The scheme of the start script (on Linux, `imr-start://localhost/…`; ui/index.html and
/// the window's content policy in tauri.conf.json name it).
pub const SCHEME: &str = "imr-start";

/// The start script: `window.imrStart`, what the `start` command answers (`{ view }`, or
/// `{ error }` as the command would send it), as data the page reads at once, without
/// waiting (so the whole start page is built before the web view's first frame), and the
/// first of the benchmark's time marks.
fn script(app: &App) -> String {
    let settled = match app.start() {
        Ok(view) => serde_json::to_string(&view).map(|v| format!("{{ \"view\": {v} }}")),
        Err(e) => serde_json::to_string(&e).map(|e| format!("{{ \"error\": {e} }}")),
    };
    let mut out = String::from("window.imrMarks = { launch: performance.now() };\n");
    if let Ok(settled) = settled {
        out.push_str(&format!("window.imrStart = {settled};\n"));
    }
    out
}

/// Answers a request for the start script, off the main thread.
pub fn respond(handle: tauri::AppHandle, responder: tauri::UriSchemeResponder) {
    tauri::async_runtime::spawn_blocking(move || {
        let body = script(&handle.state::<App>()).into_bytes();
        let response = Response::builder()
            .header(header::CONTENT_TYPE, "text/javascript; charset=utf-8")
            // Asked again on a reload: the cases and notices are today's.
            .header(header::CACHE_CONTROL, "no-store")
            .body(body);
        if let Ok(response) = response {
            responder.respond(response);
        }
    });
}
