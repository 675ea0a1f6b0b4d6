//! An empty Tauri v2 window: the baseline that `bench/launch-bench.sh` times the IMR Packet
//! app against. Same tauri version, same release profile, same static-UI embedding.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

// The IMR Packet app's own `bench_ready`, the same file, so that both apps are timed the
// same way.
#[path = "../../../src-tauri/src/bench.rs"]
mod bench;

fn main() {
    let result = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![bench::bench_ready])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("empty-tauri stopped: {e}");
        std::process::exit(1);
    }
}
