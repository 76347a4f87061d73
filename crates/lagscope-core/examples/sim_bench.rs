//! Times the simulator (run by `cargo xtask bench`, in release mode): the benchmark preset (one
//! simulated hour of 24 partitions × 12 members at 10,000 records/s) and every other preset.
//! Prints one line per preset: its name, the best time in ms of `simulate` (best of 5), the
//! number of events logged and the run's digest.
#![allow(clippy::print_stdout, reason = "a benchmark prints its timings")]
#![allow(clippy::disallowed_methods, reason = "a benchmark reads the clock; the library itself never does")]

use std::time::Instant;

use lagscope_core::sim::{digest, presets, simulate};

fn main() {
    for preset in presets::PRESETS {
        let scenario = presets::preset(preset.name).expect("listed").expect("valid");
        let mut best = f64::MAX;
        let mut outcome = None;
        for _ in 0..5 {
            let started = Instant::now();
            let run = simulate(&scenario, 1).expect("preset runs");
            best = best.min(started.elapsed().as_secs_f64() * 1000.0);
            outcome = Some(run);
        }
        let outcome = outcome.expect("ran");
        println!("{}: {best:.2} {} {}", preset.name, outcome.events.len(), digest(&outcome));
    }
}
