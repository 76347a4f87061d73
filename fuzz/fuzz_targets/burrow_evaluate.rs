//! Burrow window evaluation: an `EvaluateRequest` read from JSON, then `burrow::evaluate`.
//!
//! Input: bytes that must be UTF-8 (a request is JSON).
//!
//! Promises: no panic; one verdict per group and per partition, in order; `complete` finite and
//! within 0..=1; `total_lag` the (saturating) sum of the partitions' lags and `max_lag` the first
//! greatest; a group's status is the worst of its partitions' (STOP, STALL, REWIND → ERR);
//! nothing in the answer is NaN or infinite.
#![no_main]

#[path = "common/mod.rs"]
mod common;

use lagscope_core::burrow::{EvaluateRequest, Status, evaluate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let Ok(request) = serde_json::from_str::<EvaluateRequest>(text) else { return };
    let response = evaluate(&request);
    common::assert_finite("evaluate response", &response);
    assert_eq!(response.groups.len(), request.groups.len());
    for (named, group) in response.groups.iter().zip(&request.groups) {
        assert_eq!(named.group, group.group);
        let status = &named.status;
        assert!(status.complete.is_finite() && (0.0..=1.0).contains(&status.complete), "group complete {}", status.complete);
        let Some(partitions) = &group.partitions else {
            assert_eq!(status.status, Status::NotFound);
            continue;
        };
        assert_eq!(status.partitions.len(), partitions.len());
        let mut worst = Status::Ok;
        for (verdict, window) in status.partitions.iter().zip(partitions) {
            assert_eq!((&verdict.topic, verdict.partition), (&window.topic, window.partition));
            assert!(
                verdict.complete.is_finite() && (0.0..=1.0).contains(&verdict.complete),
                "partition complete {}",
                verdict.complete
            );
            assert!(!matches!(verdict.status, Status::NotFound | Status::Err));
            worst = worst.max(verdict.status.min(Status::Err));
        }
        assert_eq!(status.status, worst, "group status is not its worst partition's");
        let total = partitions.iter().fold(0_u64, |sum, window| sum.saturating_add(window.current_lag));
        assert_eq!(status.total_lag, total);
        let max = partitions.iter().map(|window| window.current_lag).max();
        assert_eq!(status.max_lag.as_ref().map(|max| max.current_lag), max);
    }
});
