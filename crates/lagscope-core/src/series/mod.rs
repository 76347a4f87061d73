//! Lag over time: per-partition samples of committed offset, log-end offset, lag and owner, built
//! from several timestamped snapshots (a `while true; do date; kafka-consumer-groups.sh …; sleep
//! 60; done` loop, or files with times given by the user).
//!
//! From a series come rates ([`rates`]), Burrow windows ([`windows`]) and their verdicts
//! ([`crate::burrow`]).

pub mod clock;
pub mod csv_import;
pub mod dumps;
pub mod host_table;
pub mod msk;
pub mod prometheus_range;
pub mod rates;
pub mod windows;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::l10n::Message;
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
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LagSeries {
    /// One entry per (group, topic, partition).
    pub partitions: Vec<PartitionSeries>,
    /// Figures a monitor computed itself (Amazon MSK's `SumOffsetLag`, `MaxOffsetLag`,
    /// `EstimatedMaxTimeLag`, `EstimatedTimeLag`), kept as reported, sorted by metric and key.
    pub reported: Vec<ReportedSeries>,
}

/// A metric a monitor reported for a group's topic or partition, over time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportedSeries {
    /// The metric's name as the monitor spells it.
    pub metric: String,
    /// The group, when known.
    pub group: Option<String>,
    /// The topic, when known.
    pub topic: Option<String>,
    /// The partition, for per-partition metrics.
    pub partition: Option<i32>,
    /// (time ms, value), oldest first; `None` for an empty cell.
    pub points: Vec<(i64, Option<f64>)>,
}

impl LagSeries {
    /// Builds the series from snapshots taken at the given times (in any order).
    #[must_use]
    pub fn from_snapshots(snapshots: &[(i64, &Snapshot)]) -> Self {
        let mut ordered: Vec<&(i64, &Snapshot)> = snapshots.iter().collect();
        crate::order::sort_by_key(&mut ordered, |(time_ms, _)| *time_ms);
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
            reported: Vec::new(),
        }
    }

    /// Builds the series from samples keyed by (group, topic, partition), in any order.
    #[must_use]
    pub fn from_samples(samples: BTreeMap<(Option<String>, Name, i32), Vec<LagSample>>) -> Self {
        Self {
            partitions: samples
                .into_iter()
                .map(|((group, topic, partition), mut samples)| {
                    // Usually read in time order already (and sorted by one input's reader).
                    if !samples.is_sorted_by_key(|sample| sample.time_ms) {
                        samples.sort_by_key(|sample| sample.time_ms);
                    }
                    PartitionSeries { group, topic, partition, samples }
                })
                .collect(),
            reported: Vec::new(),
        }
    }

    /// The distinct sample times, oldest first.
    #[must_use]
    pub fn times(&self) -> Vec<i64> {
        // Partitions sampled together share their times: each distinct list is merged in once.
        let mut times: Vec<i64> = Vec::new();
        let mut merged_lists: Vec<&[LagSample]> = Vec::new();
        for partition in &self.partitions {
            let samples = partition.samples.as_slice();
            let same_times = |known: &&[LagSample]| {
                known.len() == samples.len()
                    && known.iter().zip(samples).all(|(left, right)| left.time_ms == right.time_ms)
            };
            if merged_lists.iter().any(same_times) {
                continue;
            }
            merged_lists.push(samples);
            times.extend(samples.iter().map(|sample| sample.time_ms));
            if merged_lists.len() > MAX_DISTINCT_TIME_LISTS {
                break;
            }
        }
        if merged_lists.len() > MAX_DISTINCT_TIME_LISTS {
            times = self
                .partitions
                .iter()
                .flat_map(|partition| partition.samples.iter().map(|sample| sample.time_ms))
                .collect();
        }
        times.sort_unstable();
        times.dedup();
        times
    }
}

/// Past this many partitions with different sample times, [`LagSeries::times`] stops comparing
/// lists and sorts every time (comparing would cost more than it saves).
const MAX_DISTINCT_TIME_LISTS: usize = 8;

/// What a time-based text was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SeriesFormat {
    /// A Prometheus `query_range` (or instant `query`) reply.
    PrometheusQueryRange,
    /// A host × hour table of processed counts.
    HostTable,
    /// Amazon MSK's lag metrics exported from `CloudWatch` as CSV.
    MskCloudWatchCsv,
    /// A generic lag CSV (one row per partition and time).
    LagCsv,
    /// A Grafana panel export, one column per series.
    GrafanaWideCsv,
    /// A Grafana panel export, `Series;Time;Value`.
    GrafanaLongCsv,
    /// Dumps between time stamp lines.
    TimedDumps,
}

impl SeriesFormat {
    /// Its name, as people read it.
    #[must_use]
    pub fn name(self) -> Message {
        match self {
            Self::PrometheusQueryRange => crate::msg!("series-format-prometheus"),
            Self::HostTable => crate::msg!("series-format-host-table"),
            Self::MskCloudWatchCsv => crate::msg!("series-format-msk"),
            Self::LagCsv => crate::msg!("series-format-lag-csv"),
            Self::GrafanaWideCsv => crate::msg!("series-format-grafana-wide"),
            Self::GrafanaLongCsv => crate::msg!("series-format-grafana-long"),
            Self::TimedDumps => crate::msg!("series-format-timed-dumps"),
        }
    }
}

/// Whatever time-based input a text holds, read into a series.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesImport {
    /// Per-partition samples.
    pub series: LagSeries,
    /// Per-host processed counts (from a host × hour table).
    pub hosts: Vec<host_table::HostThroughput>,
    /// What the text was read as.
    pub format: SeriesFormat,
    /// The newest snapshot, when the text held dumps (for the findings that read one snapshot).
    pub latest_snapshot: Option<crate::model::Snapshot>,
    /// What could not be read.
    pub diagnostics: Vec<crate::diagnostic::Diagnostic>,
    /// The zone the text's time stamps name (a host table's times are as printed); `None` when
    /// they name none.
    pub zone: Option<clock::Zone>,
}

/// Reads `text` as a Prometheus `query_range` reply, a host × hour table, an MSK `CloudWatch` CSV,
/// a lag CSV or Grafana export, or dumps between time stamps, in that order; `None` when it is none
/// of them.
#[must_use]
pub fn import(text: &str) -> Option<SeriesImport> {
    import_with(text, &csv_import::CsvMapping::default())
}

/// [`import`], with the lag CSV's columns named explicitly where `mapping` says.
#[must_use]
pub fn import_with(text: &str, mapping: &csv_import::CsvMapping) -> Option<SeriesImport> {
    if let Some((series, diagnostics)) = prometheus_range::import_query_range(text) {
        return Some(SeriesImport {
            series,
            hosts: Vec::new(),
            format: SeriesFormat::PrometheusQueryRange,
            latest_snapshot: None,
            zone: clock::stated_zone_in(text),
            diagnostics,
        });
    }
    if let Some(table) = host_table::read_host_table(text) {
        return Some(SeriesImport {
            series: LagSeries::default(),
            hosts: table.hosts,
            format: SeriesFormat::HostTable,
            latest_snapshot: None,
            zone: Some(if table.hours_only { clock::Zone::hours_only() } else { clock::Zone::as_printed() }),
            diagnostics: table.diagnostics,
        });
    }
    if let Some((series, diagnostics)) = msk::import_cloudwatch_csv(text) {
        return Some(SeriesImport {
            series,
            hosts: Vec::new(),
            format: SeriesFormat::MskCloudWatchCsv,
            latest_snapshot: None,
            zone: clock::stated_zone_in(text),
            diagnostics,
        });
    }
    if let Some(import) = csv_import::import_csv(text, mapping) {
        return Some(SeriesImport {
            series: import.series,
            hosts: Vec::new(),
            format: import.format,
            latest_snapshot: None,
            zone: clock::stated_zone_in(text),
            diagnostics: import.diagnostics,
        });
    }
    let timed = dumps::split_timed_dumps(text, crate::parse::ParseOptions::default())?;
    let latest_snapshot = timed
        .snapshots
        .iter()
        .max_by_key(|(time_ms, _)| *time_ms)
        .map(|(_, outcome)| outcome.snapshot.clone());
    Some(SeriesImport {
        series: timed.series(),
        hosts: Vec::new(),
        format: SeriesFormat::TimedDumps,
        latest_snapshot,
        zone: clock::stated_zone_in(text),
        diagnostics: timed.diagnostics,
    })
}
