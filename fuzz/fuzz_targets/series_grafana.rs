//! Grafana panel exports (`series::csv_import::import_csv`, wide `"Time",<series>…` and long
//! `"Series";"Time";"Value"`), and the same text through the dispatcher `series::import`.
//!
//! Promises: no panic; diagnostics name lines of the text, in line order; series sorted and
//! finite, with finite rates and Burrow verdicts; the dispatcher's outcome keeps the same promises.
#![no_main]

#[path = "common/mod.rs"]
mod common;

use lagscope_core::series::SeriesFormat;
use lagscope_core::series::csv_import::{CsvMapping, import_csv};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = lagscope_core::text::decode(bytes);
    if let Some(import) = import_csv(&text, &CsvMapping::default()) {
        common::assert_lines(&text, &import.diagnostics);
        common::assert_sorted(&import.diagnostics);
        common::check_series(&import.series);
        if matches!(import.format, SeriesFormat::GrafanaWideCsv | SeriesFormat::GrafanaLongCsv) {
            assert!(import.series.reported.is_empty());
        }
    }
    if let Some(import) = lagscope_core::series::import(&text) {
        common::assert_lines(&text, &import.diagnostics);
        common::check_series(&import.series);
        for host in &import.hosts {
            assert!(host.counts.iter().all(|count| count.duration_ms >= 1));
        }
    }
});
