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

/// A text read block by block as [`import_with`] reads it whole, for a reader that holds one block
/// of a large file at a time (the CLI): a plain lag CSV, the most common large series. Any other
/// text is read whole.
#[derive(Debug)]
pub struct BlockImport {
    csv: csv_import::PlainLagCsv,
    zone: Option<clock::Zone>,
}

/// The most lines the readers [`import_with`] tries before a lag CSV look at (a host table's
/// header search and rows, a stated zone): a first block with more lines reads as the whole text.
const LINES_READ_BEFORE_CSV: usize = {
    let (host_table, zone) = (host_table::LINES_READ, clock::ZONE_SEARCH_LINES);
    if host_table > zone { host_table } else { zone }
};

impl BlockImport {
    /// Starts with the text's first block, whole lines (it ends with a line break unless it is
    /// the whole text, `is_whole`): `None` when [`import_with`] would not read the text as a plain
    /// lag CSV, or the block is too short to tell.
    #[must_use]
    pub fn start(head: &str, is_whole: bool, mapping: &csv_import::CsvMapping) -> Option<Self> {
        if !is_whole && memchr::memchr_iter(b'\n', head.as_bytes()).count() < LINES_READ_BEFORE_CSV {
            return None;
        }
        // A Prometheus reply is a JSON object; the readers after it decide by the first lines.
        let first = head.trim_start_matches('\u{FEFF}').trim_start();
        if first.starts_with('{')
            || host_table::read_host_table(head).is_some()
            || msk::import_cloudwatch_csv(head).is_some()
        {
            return None;
        }
        let csv = csv_import::PlainLagCsv::start(head, mapping)?;
        Some(Self { csv, zone: clock::stated_zone_in(head) })
    }

    /// Reads the next block of whole lines; `false`, with nothing read, when the text must be
    /// read whole after all (the block is not plain).
    pub fn push(&mut self, block: &str) -> bool {
        self.csv.push(block)
    }

    /// What [`import_with`] reads from the whole text.
    #[must_use]
    pub fn finish(self) -> SeriesImport {
        let import = self.csv.finish();
        SeriesImport {
            series: import.series,
            hosts: Vec::new(),
            format: import.format,
            latest_snapshot: None,
            zone: self.zone,
            diagnostics: import.diagnostics,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every series fixture given whole as one block: a plain lag CSV reads as `import_with` reads
    /// it, and every other text is left to `import_with`.
    #[test]
    fn a_whole_text_in_one_block_reads_as_import_reads_it() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/series");
        #[allow(clippy::disallowed_methods, reason = "the test reads fixture files")]
        let paths = std::fs::read_dir(root).expect("fixtures").map(|entry| entry.expect("entry").path());
        let mut n_read_in_blocks = 0;
        for path in paths {
            #[allow(clippy::disallowed_methods, reason = "the test reads fixture files")]
            let text = crate::text::decode(&std::fs::read(&path).expect("readable"));
            let mapping = csv_import::CsvMapping::default();
            let whole = import_with(&text, &mapping);
            match BlockImport::start(&text, true, &mapping) {
                Some(blocks) => {
                    n_read_in_blocks += 1;
                    assert_eq!(Some(blocks.finish()), whole, "{}", path.display());
                }
                None => assert!(
                    whole.as_ref().is_none_or(|whole| whole.format != SeriesFormat::LagCsv)
                        || text.contains(['"', '\r']),
                    "{}",
                    path.display()
                ),
            }
        }
        assert!(n_read_in_blocks > 0);
    }

    /// A large lag CSV in blocks: its zone (named by the times), its rows past the first block and
    /// a bad row's line read as from the whole text; a first block too short to tell is refused.
    #[test]
    fn a_large_lag_csv_reads_the_same_in_blocks() {
        use std::fmt::Write as _;
        let mut text = String::from("time,group,topic,partition,lag\n");
        for minute in 0..800 {
            for partition in 0..10 {
                let _ = writeln!(
                    text,
                    "2026-12-06T10:{:02}:{:02}+09:00,g,t,{partition},{}",
                    minute / 60,
                    minute % 60,
                    minute * 3
                );
            }
        }
        text.push_str("2026-12-06T23:59:00+09:00,g,t,not-a-number,5\n");
        let mapping = csv_import::CsvMapping::default();
        let whole = import_with(&text, &mapping).expect("a lag CSV");
        assert_eq!(whole.diagnostics.len(), 1);
        assert_eq!(whole.diagnostics[0].line, 8_002);
        assert_eq!(whole.zone.as_ref().map(|zone| zone.offset_minutes), Some(540));
        // The byte after line `line`'s line break.
        let after_line = |line: usize| text.match_indices('\n').nth(line - 1).map_or(0, |(at, _)| at + 1);
        let head = &text[..after_line(LINES_READ_BEFORE_CSV - 1)];
        assert!(BlockImport::start(head, false, &mapping).is_none(), "too short to tell");
        let (head, rest) = text.split_at(after_line(LINES_READ_BEFORE_CSV));
        let mut blocks = BlockImport::start(head, false, &mapping).expect("long enough");
        let (middle, last) =
            rest.split_at(rest.len() / 2 + rest[rest.len() / 2..].find('\n').unwrap_or(0) + 1);
        assert!(blocks.push(middle) && blocks.push(last));
        assert_eq!(blocks.finish(), whole);
    }

    /// Texts `import_with` reads as something else are left to it, whole.
    #[test]
    fn other_series_are_read_whole() {
        let mapping = csv_import::CsvMapping::default();
        for text in [
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}",
            "Series,Time,Value\nlag{partition=\"0\"},2026-01-01T00:00:00Z,5\n",
            "name,age\nada,36\n",
        ] {
            assert!(BlockImport::start(text, true, &mapping).is_none(), "{text}");
        }
    }
}
