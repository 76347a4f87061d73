//! Host × hour processed-count tables (`series::host_table::read_host_table`).
//!
//! Promises: no panic; diagnostics name lines of the text, in line order; every host has one
//! count per interval, intervals oldest first and at least 1 ms long, the same intervals for every
//! host; counts are not negative.
#![no_main]

#[path = "common/mod.rs"]
mod common;

use lagscope_core::series::host_table::read_host_table;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = lagscope_core::text::decode(bytes);
    let Some(table) = read_host_table(&text) else { return };
    common::assert_lines(&text, &table.diagnostics);
    common::assert_sorted(&table.diagnostics);
    common::assert_finite("host table", &table.hosts);
    let Some(first) = table.hosts.first() else { return };
    for host in &table.hosts {
        assert_eq!(host.counts.len(), first.counts.len(), "hosts with different interval counts");
        for (count, reference) in host.counts.iter().zip(&first.counts) {
            assert_eq!((count.start_ms, count.duration_ms), (reference.start_ms, reference.duration_ms));
            assert!(count.duration_ms >= 1, "interval of {} ms", count.duration_ms);
            assert!(count.count.is_none_or(|count| count >= 0), "negative count {:?}", count.count);
        }
        assert!(
            host.counts.windows(2).all(|pair| pair[0].start_ms <= pair[1].start_ms),
            "intervals not oldest first"
        );
    }
});
