//! Running Node over the joined files (scripts/setup-debian test installs it).

use std::path::Path;
use std::process::Command;

/// Marks `dir` as a folder of ES modules, runs `node <args…>` and returns what it printed;
/// fails the test with Node's message if Node fails.
pub fn node(dir: &Path, args: &[&str]) -> String {
    std::fs::write(dir.join("package.json"), "{\"type\": \"module\"}")
        .expect("package.json written");
    let result = Command::new("node")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("node (scripts/setup-debian test installs it)");
    assert!(
        result.status.success(),
        "node {args:?}: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    String::from_utf8_lossy(&result.stdout).into_owned()
}
