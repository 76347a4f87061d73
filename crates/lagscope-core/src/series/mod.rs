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
use std::sync::Arc;

use serde::Serialize;

use crate::l10n::Message;
use crate::model::{Name, Snapshot};

/// One reading of a partition. A large series holds millions: it is 40 bytes (the offsets
/// without a separate "known" word, the owner shared by the samples it owns), and read through
/// its methods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LagSample {
    /// When the snapshot was taken, in milliseconds since the epoch.
    pub time_ms: i64,
    current_offset: MaybeOffset,
    log_end_offset: MaybeOffset,
    lag: MaybeOffset,
    owner: Option<Arc<SampleOwner>>,
}

/// The member that owned a partition at a sample: shared by the samples it owned.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SampleOwner {
    /// The owning member's host, when known.
    pub host: Option<Name>,
    /// The owning member's id, when known.
    pub consumer_id: Option<Name>,
}

/// An offset or lag, or unknown, in one word: `i64::MIN` is unknown. The text readers never give
/// that value (they read `-9223372036854775807` at the lowest); a JSON number or a sample made in
/// code that low is kept as `i64::MIN + 1`, which no partition's offset or lag comes near.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MaybeOffset(i64);

impl MaybeOffset {
    fn new(value: Option<i64>) -> Self {
        Self(value.map_or(i64::MIN, |value| value.max(i64::MIN + 1)))
    }

    fn get(self) -> Option<i64> {
        (self.0 != i64::MIN).then_some(self.0)
    }
}

impl LagSample {
    /// A sample at `time_ms` with its offsets and lag (each `None` when unknown), and no owner.
    #[must_use]
    pub fn new(
        time_ms: i64,
        current_offset: Option<i64>,
        log_end_offset: Option<i64>,
        lag: Option<i64>,
    ) -> Self {
        Self {
            time_ms,
            current_offset: MaybeOffset::new(current_offset),
            log_end_offset: MaybeOffset::new(log_end_offset),
            lag: MaybeOffset::new(lag),
            owner: None,
        }
    }

    /// The same sample, owned by `owner` (shared: see [`Owners`]).
    #[must_use]
    pub fn owned_by(self, owner: Option<Arc<SampleOwner>>) -> Self {
        Self { owner, ..self }
    }

    /// The committed offset, when known.
    #[must_use]
    pub fn current_offset(&self) -> Option<i64> {
        self.current_offset.get()
    }

    /// The log-end offset, when known.
    #[must_use]
    pub fn log_end_offset(&self) -> Option<i64> {
        self.log_end_offset.get()
    }

    /// The lag as printed, when known.
    #[must_use]
    pub fn lag(&self) -> Option<i64> {
        self.lag.get()
    }

    /// Sets the committed offset.
    pub fn set_current_offset(&mut self, value: Option<i64>) {
        self.current_offset = MaybeOffset::new(value);
    }

    /// Sets the log-end offset.
    pub fn set_log_end_offset(&mut self, value: Option<i64>) {
        self.log_end_offset = MaybeOffset::new(value);
    }

    /// Sets the lag.
    pub fn set_lag(&mut self, value: Option<i64>) {
        self.lag = MaybeOffset::new(value);
    }

    /// The owning member, when the partition had one.
    #[must_use]
    pub fn owner(&self) -> Option<&Arc<SampleOwner>> {
        self.owner.as_ref()
    }

    /// The owning member's host, when the partition had one.
    #[must_use]
    pub fn host(&self) -> Option<&str> {
        self.owner.as_ref()?.host.as_deref()
    }

    /// The owning member's id, when the partition had one.
    #[must_use]
    pub fn consumer_id(&self) -> Option<&str> {
        self.owner.as_ref()?.consumer_id.as_deref()
    }
}

impl Serialize for LagSample {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut fields = serializer.serialize_struct("LagSample", 6)?;
        fields.serialize_field("time_ms", &self.time_ms)?;
        fields.serialize_field("current_offset", &self.current_offset())?;
        fields.serialize_field("log_end_offset", &self.log_end_offset())?;
        fields.serialize_field("lag", &self.lag())?;
        fields.serialize_field("host", &self.host())?;
        fields.serialize_field("consumer_id", &self.consumer_id())?;
        fields.end()
    }
}

/// One shared [`SampleOwner`] per distinct (host, member id): what readers give their samples.
#[derive(Debug, Default)]
pub struct Owners {
    // Only looked up, never iterated: its order cannot reach the output.
    known: rustc_hash::FxHashMap<SampleOwner, Arc<SampleOwner>>,
}

impl Owners {
    /// The shared owner with `host` and `consumer_id`; `None` when both are unknown.
    pub fn owner(&mut self, host: Option<&Name>, consumer_id: Option<&Name>) -> Option<Arc<SampleOwner>> {
        if host.is_none() && consumer_id.is_none() {
            return None;
        }
        let owner = SampleOwner { host: host.cloned(), consumer_id: consumer_id.cloned() };
        if let Some(shared) = self.known.get(&owner) {
            return Some(shared.clone());
        }
        let shared = Arc::new(owner.clone());
        self.known.insert(owner, shared.clone());
        Some(shared)
    }
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
        let mut owners = Owners::default();
        for (time_ms, snapshot) in ordered {
            for group in &snapshot.groups {
                for offsets in &group.partitions {
                    partitions
                        .entry((group.group.clone(), offsets.topic.clone(), offsets.partition))
                        .or_default()
                        .push(
                            LagSample::new(
                                *time_ms,
                                offsets.current_offset,
                                offsets.log_end_offset,
                                offsets.lag,
                            )
                            .owned_by(owners.owner(offsets.host.as_ref(), offsets.consumer_id.as_ref())),
                        );
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

/// Blocks of a [`BlockImport`] read apart from it, on another core: see [`BlockImport::part`].
#[derive(Debug)]
pub struct BlockPart {
    csv: csv_import::PlainLagCsv,
}

impl BlockPart {
    /// Reads the next block of whole lines, as [`BlockImport::push`] does.
    pub fn push(&mut self, block: &str) -> bool {
        self.csv.push(block)
    }
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

    /// A reader for blocks read apart from this import (on another core), to be joined with
    /// [`Self::absorb`] in the text's order.
    #[must_use]
    pub fn part(&self) -> BlockPart {
        BlockPart { csv: self.csv.part() }
    }

    /// Joins `part`, which read the blocks right after the ones this import read, as if this
    /// import had read them.
    pub fn absorb(&mut self, part: BlockPart) {
        self.csv.absorb(part.csv);
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

    /// A series of millions of samples holds 40 bytes for each, and an unknown stays unknown
    /// beside every value a reader can give.
    #[test]
    fn a_sample_is_small_and_keeps_unknowns_apart() {
        assert_eq!(std::mem::size_of::<LagSample>(), 40);
        let sample = LagSample::new(5, None, Some(-3), Some(i64::MAX));
        assert_eq!(
            (sample.current_offset(), sample.log_end_offset(), sample.lag()),
            (None, Some(-3), Some(i64::MAX))
        );
        assert_eq!(LagSample::new(5, Some(i64::MIN), None, None).current_offset(), Some(i64::MIN + 1));
        assert_eq!(LagSample::new(5, Some(0), None, None).current_offset(), Some(0));
        let mut owners = Owners::default();
        let host: Name = Name::from("/10.0.0.1");
        let first = owners.owner(Some(&host), None).expect("an owner");
        let again = owners.owner(Some(&Name::from("/10.0.0.1")), None).expect("an owner");
        assert!(Arc::ptr_eq(&first, &again), "one shared owner per host");
        assert!(owners.owner(None, None).is_none());
        let owned = LagSample::new(1, Some(1), Some(2), Some(1)).owned_by(Some(first));
        assert_eq!((owned.host(), owned.consumer_id()), (Some("/10.0.0.1"), None));
        assert_eq!(
            serde_json::to_value(&owned).expect("JSON"),
            serde_json::json!({"time_ms": 1, "current_offset": 1, "log_end_offset": 2, "lag": 1, "host": "/10.0.0.1", "consumer_id": null})
        );
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

        // The rest in parts read apart (as on other cores), cut at every tenth line, joined in
        // order: the same series, and the bad row said on its line.
        let mut blocks = BlockImport::start(head, false, &mapping).expect("long enough");
        let cuts: Vec<usize> = rest.match_indices('\n').map(|(at, _)| at + 1).step_by(10).collect();
        let mut from = 0;
        let mut parts = Vec::new();
        for to in cuts.into_iter().step_by(97).chain([rest.len()]) {
            let mut part = blocks.part();
            assert!(part.push(&rest[from..to]));
            parts.push(part);
            from = to;
        }
        assert!(parts.len() > 3);
        for part in parts {
            blocks.absorb(part);
        }
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
