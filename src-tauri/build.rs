//! The window's page is served from a copy of `ui/` in which the first screen's modules are
//! joined into one file (crates/imr-ui-bundle: the first screen then waits for one script,
//! not seven). Tauri embeds that copy: its `frontendDist` is pointed at it through
//! TAURI_CONFIG, which Tauri merges into tauri.conf.json, here and where the app's code
//! is compiled (`generate_context!`).

use std::path::PathBuf;

fn main() {
    let ui = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("ui");
    println!("cargo:rerun-if-changed={}", ui.display());
    if let Err(e) = imr_ui_bundle::write_folder(&ui, &out, "app.js") {
        // The build stops here with the file and line to change.
        panic!("the window's modules (ui/) cannot be joined: {e}");
    }
    let mut config: serde_json::Value = match std::env::var("TAURI_CONFIG") {
        Ok(given) => serde_json::from_str(&given).expect("TAURI_CONFIG is JSON"),
        Err(_) => serde_json::json!({}),
    };
    config["build"]["frontendDist"] = serde_json::Value::from(out.to_string_lossy().into_owned());
    let config = config.to_string();
    println!("cargo:rustc-env=TAURI_CONFIG={config}");
    // tauri-build, below, reads it from this process.
    std::env::set_var("TAURI_CONFIG", &config);
    tauri_build::build()
}
