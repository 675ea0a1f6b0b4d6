//! For `bench/launch-bench.sh` only: the page calls `bench_ready` once its first screen is
//! drawn. With `BENCH_EXIT_WHEN_READY=1` the app prints the wall-clock time (Unix
//! nanoseconds, the clock the script reads at spawn) and exits; otherwise it does nothing.
//! `src-tauri/src/bench.rs` has the same command, so both apps are timed the same way.

use std::io::Write;

#[tauri::command]
pub fn bench_ready(app: tauri::AppHandle) {
    if std::env::var_os("BENCH_EXIT_WHEN_READY").is_none_or(|v| v != "1") {
        return;
    }
    let unix_ns = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "BENCH_READY unix_ns={unix_ns}");
    let _ = out.flush();
    app.exit(0);
}
