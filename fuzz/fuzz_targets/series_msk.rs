//! Amazon MSK lag metrics exported from CloudWatch as CSV (`series::msk::import_cloudwatch_csv`).
//!
//! Promises: no panic; diagnostics name lines of the text, in line order; the series and MSK's
//! reported figures are sorted and finite, with finite rates and Burrow verdicts.
#![no_main]

#[path = "common/mod.rs"]
mod common;

use lagscope_core::series::msk::import_cloudwatch_csv;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = lagscope_core::text::decode(bytes);
    let Some((series, diagnostics)) = import_cloudwatch_csv(&text) else { return };
    common::assert_lines(&text, &diagnostics);
    common::assert_sorted(&diagnostics);
    common::check_series(&series);
    for pair in series.reported.windows(2) {
        let key = |r: &lagscope_core::series::ReportedSeries| {
            (r.metric.clone(), r.group.clone(), r.topic.clone(), r.partition)
        };
        assert!(key(&pair[0]) < key(&pair[1]), "reported series not sorted or duplicated");
    }
});
