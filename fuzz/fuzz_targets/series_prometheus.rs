//! Prometheus `query_range` / `query` replies (`series::prometheus_range::import_query_range`).
//!
//! Promises: no panic; diagnostics name lines of the text; the series is sorted, samples oldest
//! first with distinct times per partition, times within the accepted epoch range, finite floats
//! in it and in its rates and Burrow verdicts.
#![no_main]

#[path = "common/mod.rs"]
mod common;

use lagscope_core::series::prometheus_range::import_query_range;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = lagscope_core::text::decode(bytes);
    let Some((series, diagnostics)) = import_query_range(&text) else { return };
    common::assert_lines(&text, &diagnostics);
    common::check_series(&series);
    for partition in &series.partitions {
        assert!(
            partition.samples.windows(2).all(|pair| pair[0].time_ms < pair[1].time_ms),
            "two samples of one partition at one time"
        );
        for sample in &partition.samples {
            assert!((0..=100_000_000_000_000).contains(&sample.time_ms), "time {} out of range", sample.time_ms);
            assert!(sample.current_offset.is_none_or(|offset| offset >= 0));
        }
    }
});
