//! One app per data folder: the real app binary, started twice on the same folder under
//! Xvfb, refuses the second start with a message box and keeps the first; on different
//! folders both run.

#![allow(clippy::unwrap_used)]

mod support;

use std::fs::File;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Starts the app on `data` (stderr kept for reading).
fn start(display: &str, data: &Path) -> Child {
    Command::new(support::app_binary())
        .env("DISPLAY", display)
        .env("IMR_PACKET_DATA_DIR", data)
        .env("IMR_PACKET_TODAY", support::TODAY)
        .env("NO_AT_BRIDGE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits until some process holds the lock on `data` (the app has started and taken it).
fn wait_until_locked(data: &Path, app: &mut Child) {
    let deadline = Instant::now() + Duration::from_secs(30);
    let lock = data.join("instance.lock");
    loop {
        if let Some(status) = app.try_wait().unwrap() {
            panic!("the app exited ({status}) instead of running");
        }
        if let Ok(f) = File::open(&lock) {
            if f.try_lock().is_err() {
                return;
            }
        }
        assert!(
            Instant::now() < deadline,
            "the app never locked {}",
            lock.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Runs xdotool on `display` and returns what it printed.
fn xdotool(display: &str, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .expect("xdotool (scripts/setup-debian test installs it)");
    assert!(
        out.status.success(),
        "xdotool {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The id of the first window that process `pid` shows on `display`, waiting up to 30 s.
fn visible_window_of(display: &str, pid: u32) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let out = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--pid", &pid.to_string()])
            .env("DISPLAY", display)
            .output()
            .expect("xdotool (scripts/setup-debian test installs it)");
        let found = String::from_utf8_lossy(&out.stdout);
        if let Some(id) = found.lines().next() {
            return id.trim().to_string();
        }
        assert!(
            Instant::now() < deadline,
            "process {pid} showed no window in 30 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn second_app_on_the_same_data_folder_exits_with_a_message() {
    let (mut xvfb, display) = support::start_xvfb();
    let data = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();

    let mut first = start(&display, data.path());
    wait_until_locked(data.path(), &mut first);

    // Same folder: refused at once, in a message box (someone who double-clicked the icon
    // never sees stderr) and on stderr; Return closes the box and the second copy exits.
    // The first keeps running.
    let t0 = Instant::now();
    let second = start(&display, data.path());
    let shown = visible_window_of(&display, second.id());
    let shown_after = t0.elapsed();
    assert_eq!(xdotool(&display, &["getwindowname", &shown]), "IMR Packet");
    xdotool(&display, &["windowfocus", &shown]);
    xdotool(&display, &["key", "Return"]);
    let out = second.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!(
        "second app: message box after {:.2} s, {} in {:.2} s: {stderr}",
        shown_after.as_secs_f64(),
        out.status,
        t0.elapsed().as_secs_f64()
    );
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("IMR Packet is already open"), "{stderr}");
    assert!(
        stderr.contains(&data.path().display().to_string()),
        "{stderr}"
    );
    std::thread::sleep(Duration::from_secs(1));
    assert!(first.try_wait().unwrap().is_none(), "the first app stopped");

    // Another folder: both run.
    let mut third = start(&display, other.path());
    wait_until_locked(other.path(), &mut third);
    std::thread::sleep(Duration::from_secs(2));
    assert!(
        third.try_wait().unwrap().is_none(),
        "the app on another folder stopped"
    );
    assert!(first.try_wait().unwrap().is_none(), "the first app stopped");

    // Once the first is gone (even killed), the folder can be used again.
    stop(first);
    let mut again = start(&display, data.path());
    wait_until_locked(data.path(), &mut again);
    stop(again);
    stop(third);
    let _ = xvfb.kill();
    let _ = xvfb.wait();
}
