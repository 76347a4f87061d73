//! Timed dumps: `kafka-consumer-groups.sh` dumps between `date` lines
//! (`series::dumps::split_timed_dumps`).
//!
//! Promises: no panic; every diagnostic (the paste's and each snapshot's) names a line of the
//! text, in line order; each snapshot's diagnostics lie after its time stamp line; the series is
//! sorted and finite, with finite rates and Burrow verdicts.
#![no_main]

#[path = "common/mod.rs"]
mod common;

use lagscope_core::parse::ParseOptions;
use lagscope_core::series::dumps::split_timed_dumps;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = lagscope_core::text::decode(bytes);
    let Some(timed) = split_timed_dumps(&text, ParseOptions::default()) else { return };
    assert!(!timed.snapshots.is_empty());
    common::assert_lines(&text, &timed.diagnostics);
    common::assert_sorted(&timed.diagnostics);
    for (_, outcome) in &timed.snapshots {
        common::assert_lines(&text, &outcome.diagnostics);
        common::assert_finite("snapshot", &outcome.snapshot);
    }
    common::check_series(&timed.series());
});
