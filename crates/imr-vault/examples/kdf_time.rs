//! How long deriving a key takes on this computer, with the settings the app uses.
//! Run: `cargo run --release -p imr-vault --example kdf_time`

use std::time::Instant;

use imr_vault::{KdfParams, Key, Salt};

fn main() {
    let params = KdfParams::RECOMMENDED;
    let salt = Salt([42; 16]);
    let mut times = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        let key = Key::derive("a passphrase of five words", &salt, params).expect("derive");
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        drop(key);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "Argon2id m={} KiB t={} p={}: median {:.0} ms, min {:.0} ms, max {:.0} ms (5 runs)",
        params.memory_kib, params.iterations, params.parallelism, times[2], times[0], times[4]
    );
}
