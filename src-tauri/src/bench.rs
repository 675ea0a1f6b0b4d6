//! For `bench/launch-bench.sh` only: the page calls `bench_ready` once its first screen is
//! drawn. With `BENCH_EXIT_WHEN_READY=1` the app prints the wall-clock time (Unix
//! nanoseconds, the clock the script reads at spawn) and exits; otherwise it does nothing.
//! `bench/empty-tauri` compiles this same file, so both apps are timed the same way.

use std::collections::BTreeMap;
use std::io::Write;

/// `origin`: the page's `performance.timeOrigin` (Unix milliseconds, when the web view
/// began to load the page); `marks`: milliseconds after it at which the page reached each
/// step of its start (printed for the script's breakdown of where the time goes).
#[tauri::command]
pub fn bench_ready(
    app: tauri::AppHandle,
    origin: Option<f64>,
    marks: Option<BTreeMap<String, f64>>,
) {
    if std::env::var_os("BENCH_EXIT_WHEN_READY").is_none_or(|v| v != "1") {
        return;
    }
    let unix_ns = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "BENCH_READY unix_ns={unix_ns}");
    if let Some(origin) = origin {
        let steps: Vec<String> = marks
            .unwrap_or_default()
            .iter()
            .map(|(step, ms)| format!("{step}={ms:.1}"))
            .collect();
        let _ = writeln!(out, "BENCH_MARKS origin_ms={origin:.3} {}", steps.join(" "));
    }
    let _ = out.flush();
    app.exit(0);
}
