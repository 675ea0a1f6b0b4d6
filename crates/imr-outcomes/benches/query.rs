//! Query times over every pair of categories, "any" included (the target is under 50 ms
//! each). Run with `cargo bench -p imr-outcomes`; prints figures, asserts nothing.

use std::time::{Duration, Instant};

use imr_outcomes::{Outcomes, BUNDLED};

fn main() {
    let started = Instant::now();
    let outcomes = Outcomes::from_bytes(BUNDLED).expect("the bundled table decodes");
    let load = started.elapsed();

    let mut diagnoses: Vec<Option<String>> = vec![None];
    diagnoses.extend(outcomes.diagnoses().into_iter().map(|c| Some(c.name)));
    let mut treatments: Vec<Option<String>> = vec![None];
    treatments.extend(outcomes.treatments().into_iter().map(|c| Some(c.name)));

    let mut times: Vec<Duration> = Vec::new();
    let mut decisions = 0u64;
    for dx in &diagnoses {
        for tx in &treatments {
            let t = Instant::now();
            let summary = outcomes
                .query(dx.as_deref(), tx.as_deref())
                .expect("every listed category is known");
            times.push(t.elapsed());
            decisions += u64::from(summary.total);
        }
    }
    times.sort();
    let median = times[times.len() / 2];
    let max = times[times.len() - 1];
    let total: Duration = times.iter().sum();
    println!("imr-outcomes query benchmark");
    println!("  bundled table: {} bytes", BUNDLED.len());
    println!("  decode once:   {:.3} ms", load.as_secs_f64() * 1e3);
    println!(
        "  queries:       {} pairs ({} diagnoses + any) x ({} treatments + any)",
        times.len(),
        diagnoses.len() - 1,
        treatments.len() - 1
    );
    println!("  median:        {:.3} ms", median.as_secs_f64() * 1e3);
    println!("  max:           {:.3} ms", max.as_secs_f64() * 1e3);
    println!("  all pairs:     {:.1} ms", total.as_secs_f64() * 1e3);
    println!("  (decisions counted over all pairs: {decisions})");
}
