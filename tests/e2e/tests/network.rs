//! No network, proven: the real app goes from the start page to a saved packet (answers,
//! a document, signing, the packet written to disk) while
//!
//! 1. the whole test runs in a network namespace of its own (`unshare --net`) that has
//!    only the loopback interface: there is no route to any other computer, so nothing
//!    could be sent even by mistake; and
//! 2. the app and every process it starts (WebKit's web and network processes) run under
//!    `strace -f`, which records every `connect`, `sendto` and `sendmsg` call. Each one
//!    is then checked.
//!
//! What is allowed, and why:
//! - Unix sockets (`AF_UNIX`): local to the computer. The X server (the display), D-Bus
//!   and WebKit's own processes talk to each other over them.
//! - Netlink (`AF_NETLINK`): questions to the kernel about the computer's own network
//!   interfaces; nothing leaves the computer.
//! - TCP to 127.0.0.1 on the ports the test's drivers listen on: that is how the test
//!   drives the window. WebKitWebDriver starts the app with `WEBKIT_INSPECTOR_SERVER=
//!   127.0.0.1:<port>`, and the app's web process connects there to be driven; a person's
//!   app is never started that way. The ports are known to the
//!   test and nothing else is allowed on loopback, so a local DNS resolver or proxy on
//!   127.0.0.53 or ::1 would also be caught.
//! - `connect` with `AF_UNSPEC`, which only undoes a socket's earlier connect.
//!
//! Anything else (any other address, any other port, DNS on port 53, IPv6) fails the
//! test and is printed.
//!
//! The test also checks that the window's files (ui/) name no remote address.

#![allow(clippy::unwrap_used)]

mod support;

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use serde_json::json;
use support::{radio, Session};

const INSIDE: &str = "IMR_NO_NETWORK_INSIDE";

/// Runs this test again inside a new network namespace with only loopback, and passes
/// on its result.
fn rerun_without_network(test: &str) {
    let exe = std::env::current_exe().unwrap();
    let out = Command::new("unshare")
        .args([
            "--net",
            "--",
            "sh",
            "-c",
            "ip link set lo up && exec \"$0\" \"$@\"",
        ])
        .arg(&exe)
        .args(["--exact", test, "--nocapture", "--test-threads=1"])
        .env(INSIDE, "1")
        .output()
        .unwrap_or_else(|e| panic!("cannot run unshare ({e}): apt-get install util-linux"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stderr}");
    assert!(
        out.status.success(),
        "the test without a network failed ({}); it needs root (CI runs as root) and `ip` \
         (iproute2).\nstdout:\n{stdout}\nstderr:\n{stderr}",
        out.status
    );
    assert!(
        stdout.contains("1 passed"),
        "the test did not run inside:\n{stdout}"
    );
}

/// Network interfaces of this process's namespace (/proc/self/net/dev; /sys/class/net
/// shows the namespace sysfs was mounted in).
fn interfaces() -> BTreeSet<String> {
    fs::read_to_string("/proc/self/net/dev")
        .unwrap()
        .lines()
        .skip(2)
        .filter_map(|l| l.split(':').next())
        .map(|name| name.trim().to_string())
        .collect()
}

/// One traced call that is not allowed, or `None`.
fn forbidden(line: &str, driver_ports: &[u16]) -> Option<String> {
    let call = ["connect(", "sendto(", "sendmsg("]
        .into_iter()
        .find(|c| line.contains(c))?;
    if line.contains("sa_family=AF_UNIX")
        || line.contains("sa_family=AF_NETLINK")
        || line.contains("sa_family=AF_UNSPEC")
    {
        return None;
    }
    if line.contains("sa_family=AF_INET,") {
        let loopback = line.contains("inet_addr(\"127.0.0.1\")");
        let port = line
            .split("sin_port=htons(")
            .nth(1)
            .and_then(|rest| rest.split(')').next())
            .and_then(|p| p.parse::<u16>().ok());
        if loopback && port.is_some_and(|p| driver_ports.contains(&p)) {
            return None;
        }
    }
    // sendto/sendmsg on a connected socket names no address: its connect was checked.
    if call != "connect(" && !line.contains("sa_family=") {
        return None;
    }
    Some(line.to_string())
}

#[tokio::test]
async fn full_flow_opens_no_network_connection() {
    const NAME: &str = "full_flow_opens_no_network_connection";
    if std::env::var_os(INSIDE).is_none() {
        rerun_without_network(NAME);
        return;
    }
    let seen = interfaces();
    assert_eq!(
        seen,
        BTreeSet::from(["lo".to_string()]),
        "the namespace has other interfaces"
    );

    // The app, wrapped in strace.
    let work = tempfile::tempdir().unwrap();
    let trace = work.path().join("trace");
    let wrapper = work.path().join("imr-packet-app-traced");
    let app = support::app_binary();
    fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\necho \"$WEBKIT_INSPECTOR_SERVER\" > '{}.inspector'\nexec strace -f -qq -s 0 -e trace=connect,sendto,sendmsg -o '{}' '{}' \"$@\"\n",
            trace.display(),
            trace.display(),
            app.display()
        ),
    )
    .unwrap();
    fs::set_permissions(&wrapper, fs::Permissions::from_mode(0o755)).unwrap();
    let mut s = Session::start_with_app(NAME, wrapper).await;

    // Start, the first questions in the window, then the rest of the example's answers.
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    s.choose(&radio("problem.type", "medical_necessity")).await;
    s.click("#continue").await;
    s.wait_for(&radio("applicant.role", "patient")).await;
    let example = support::workspace().join("examples/nunez");
    let case: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(example.join("case.json")).unwrap()).unwrap();
    let id = s
        .js(
            "const m = await import('./app.js'); return m.app.caseId;",
            vec![],
        )
        .await;
    s.invoke(
        "save_screen",
        json!({ "id": id, "screen": "patient-name", "answers": case["answers"], "eligibility": false }),
    )
    .await;
    s.js(
        "const m = await import('./app.js'); await m.go('tasks');",
        vec![],
    )
    .await;
    s.wait_for("#task-documents").await;
    s.click("#task-documents").await;
    s.wait_for("#dropzone").await;
    let errors = s
        .add_files(&[&example.join("denial-letter.pdf")], "denial_letter")
        .await;
    assert!(errors.is_empty(), "{errors:?}");
    s.wait_for("#document-0").await;

    // Check, sign, make and save the packet.
    s.js(
        "const m = await import('./app.js'); await m.go('check');",
        vec![],
    )
    .await;
    s.wait_for(".summary").await;
    s.js(
        "const m = await import('./app.js'); await m.go('sign');",
        vec![],
    )
    .await;
    s.choose("#sign-wet").await;
    s.click("#continue").await;
    s.wait_for("#mode-fax").await;
    s.choose("#mode-fax").await;
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("IMR-packet.pdf");
    s.save_packet_to(&target).await;
    s.wait_for("#open-packet").await;
    assert!(fs::read(&target).unwrap().starts_with(b"%PDF-"));
    s.screenshot("packet-saved").await;
    // WebKitWebDriver tells the app where to reach it (WEBKIT_INSPECTOR_SERVER); the app's
    // web process connects there to be driven.
    let inspector = fs::read_to_string(work.path().join("trace.inspector")).unwrap();
    let inspector_port: u16 = inspector
        .trim()
        .strip_prefix("127.0.0.1:")
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("WEBKIT_INSPECTOR_SERVER is {inspector:?}"));
    let mut ports = s.driver_ports();
    ports.push(inspector_port);
    s.close().await;

    // Every network call of the app and its children.
    let log = fs::read_to_string(&trace).unwrap();
    let calls: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("connect(") || l.contains("sendto(") || l.contains("sendmsg("))
        .collect();
    assert!(
        !calls.is_empty(),
        "strace recorded nothing: the trace is not working ({})",
        trace.display()
    );
    let bad: Vec<String> = calls.iter().filter_map(|l| forbidden(l, &ports)).collect();
    let families: BTreeSet<&str> = calls
        .iter()
        .filter_map(|l| l.split("sa_family=").nth(1))
        .map(|r| r.split([',', '}']).next().unwrap_or(""))
        .collect();
    eprintln!(
        "[network] {} traced calls, address families {families:?}, driver ports {ports:?}",
        calls.len()
    );
    assert!(
        bad.is_empty(),
        "network calls that are not allowed:\n{}",
        bad.join("\n")
    );
}

/// Every `http://` or `https://` in ui/ (outside comments): the window loads nothing from
/// elsewhere. Links a person may follow in their own browser would be listed here. The
/// SVG namespace name (`createElementNS`) looks like an address but is only a name that
/// nothing fetches, so it is the one exception.
#[test]
fn the_window_names_no_remote_address() {
    let ui = support::workspace().join("ui");
    let mut found = Vec::new();
    for entry in fs::read_dir(&ui).unwrap().flatten() {
        let path = entry.path();
        let text = fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let t = line.trim_start();
            let comment = ["//", "*", "/*", "<!--"].iter().any(|c| t.starts_with(c));
            let line_without_names = line.replace("\"http://www.w3.org/2000/svg\"", "");
            let named = ["http://", "https://"]
                .iter()
                .any(|a| line_without_names.contains(a));
            if !comment && named {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "remote addresses in ui/:\n{}",
        found.join("\n")
    );
    let conf = fs::read_to_string(support::workspace().join("src-tauri/tauri.conf.json")).unwrap();
    let csp = conf
        .split("\"csp\":")
        .nth(1)
        .unwrap()
        .lines()
        .next()
        .unwrap();
    // Only Tauri's own IPC address (a custom protocol inside the process, not the network).
    let remote: Vec<&str> = csp
        .split([' ', ';', '"'])
        .filter(|w| w.starts_with("http"))
        .filter(|w| *w != "http://ipc.localhost")
        .collect();
    assert!(remote.is_empty(), "the CSP allows {remote:?}");
}

#[test]
fn the_trace_check_catches_what_it_must() {
    let ports = [40000, 40001];
    let allowed = [
        r#"7 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X99"}, 110) = 0"#,
        r#"7 connect(9, {sa_family=AF_INET, sin_port=htons(40001), sin_addr=inet_addr("127.0.0.1")}, 16) = 0"#,
        r#"7 sendto(9, ..., 120, MSG_NOSIGNAL, NULL, 0) = 120"#,
        r#"7 sendto(4, ..., 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20"#,
    ];
    for line in allowed {
        assert_eq!(forbidden(line, &ports), None, "{line}");
    }
    let refused = [
        r#"7 connect(9, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("93.184.215.14")}, 16) = -1 ENETUNREACH"#,
        r#"7 connect(9, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 0"#,
        r#"7 connect(9, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("127.0.0.1")}, 16) = 0"#,
        r#"7 connect(9, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0"#,
        r#"7 sendto(9, ..., 30, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.1")}, 16) = 30"#,
        r#"7 sendmsg(9, {msg_name={sa_family=AF_INET, sin_port=htons(5353), sin_addr=inet_addr("224.0.0.251")}, msg_namelen=16}, 0) = 40"#,
    ];
    for line in refused {
        assert!(forbidden(line, &ports).is_some(), "{line}");
    }
}
