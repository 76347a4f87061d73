//! Lag over time: per-partition samples of committed offset, log-end offset, lag and owner, built
//! from several timestamped snapshots (a `while true; do date; kafka-consumer-groups.sh …; sleep
//! 60; done` loop, or files with times given by the user).
//!
//! From a series come rates ([`rates`]), Burrow windows ([`windows`]) and their verdicts
//! ([`crate::burrow`]).

pub mod clock;
pub mod dumps;
pub mod rates;
pub mod windows;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Name, Snapshot};

/// One reading of a partition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LagSample {
    /// When the snapshot was taken, in milliseconds since the epoch.
    pub time_ms: i64,
    /// The committed offset, when known.
    pub current_offset: Option<i64>,
    /// The log-end offset, when known.
    pub log_end_offset: Option<i64>,
    /// The lag as printed, when known.
    pub lag: Option<i64>,
    /// The owning member's host, when the partition had one.
    pub host: Option<Name>,
    /// The owning member's id, when the partition had one.
    pub consumer_id: Option<Name>,
}

/// The readings of one partition of one group, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartitionSeries {
    /// The group id, when known.
    pub group: Option<String>,
    /// Topic name.
    pub topic: Name,
    /// Partition number.
    pub partition: i32,
    /// Samples, oldest first, one per snapshot that listed the partition.
    pub samples: Vec<LagSample>,
}

/// Every partition's series, sorted by (group, topic, partition).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LagSeries {
    /// One entry per (group, topic, partition).
    pub partitions: Vec<PartitionSeries>,
}

impl LagSeries {
    /// Builds the series from snapshots taken at the given times (in any order).
    #[must_use]
    pub fn from_snapshots(snapshots: &[(i64, &Snapshot)]) -> Self {
        let mut ordered: Vec<&(i64, &Snapshot)> = snapshots.iter().collect();
        ordered.sort_by_key(|(time_ms, _)| *time_ms);
        let mut partitions: BTreeMap<(Option<String>, Name, i32), Vec<LagSample>> = BTreeMap::new();
        for (time_ms, snapshot) in ordered {
            for group in &snapshot.groups {
                for offsets in &group.partitions {
                    partitions
                        .entry((group.group.clone(), offsets.topic.clone(), offsets.partition))
                        .or_default()
                        .push(LagSample {
                            time_ms: *time_ms,
                            current_offset: offsets.current_offset,
                            log_end_offset: offsets.log_end_offset,
                            lag: offsets.lag,
                            host: offsets.host.clone(),
                            consumer_id: offsets.consumer_id.clone(),
                        });
                }
            }
        }
        Self {
            partitions: partitions
                .into_iter()
                .map(|((group, topic, partition), samples)| PartitionSeries {
                    group,
                    topic,
                    partition,
                    samples,
                })
                .collect(),
        }
    }

    /// The distinct sample times, oldest first.
    #[must_use]
    pub fn times(&self) -> Vec<i64> {
        let mut times: Vec<i64> = self
            .partitions
            .iter()
            .flat_map(|partition| partition.samples.iter().map(|sample| sample.time_ms))
            .collect();
        times.sort_unstable();
        times.dedup();
        times
    }
}
