//! Everything one analysis needs, from the texts a user gives (pasted, dropped, picked): each
//! text read for what it is (dumps between time stamps, a lag CSV, metrics, a host table, or a
//! single snapshot), the samples merged into one series, analysed, and the findings run.
//!
//! The CLI's `analyze` and the web app both call [`build`]; neither decides anything itself.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::analyze::{AnalysisReport, analyze, summarize_hosts};
use crate::burrow::EvaluatorConfig;
use crate::diagnostic::Diagnostic;
use crate::findings::{ConsumerConfig, Finding, FindingInputs, find};
use crate::l10n::{Arg, Message};
#[cfg(feature = "logs")]
use crate::logs::{LogEvent, LogTimeline};
use crate::model::Snapshot;
use crate::parse::{ParseOptions, parse_with};
use crate::series::clock::{Zone, ZoneSource};
use crate::series::csv_import::CsvMapping;
use crate::series::{LagSeries, SeriesImport, import_with};

pub mod wire;

/// One text the user gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// Its name (a file name, or "pasted text").
    pub name: String,
    /// Its content.
    pub text: String,
    /// When it was taken (ms since the epoch), for a single dump without time stamps.
    pub at_ms: Option<i64>,
    /// The text already parsed as a single snapshot (by the streaming [`crate::parse::Parser`],
    /// e.g. in slices between a browser's frames); `text` is then not read again.
    pub parsed: Option<crate::parse::ParseOutcome>,
    /// The text already read as a series (by [`import_with`], e.g. in a browser's worker); `text`
    /// is then not read again.
    pub imported: Option<SeriesImport>,
}

impl Input {
    /// A text to read for what it is.
    #[must_use]
    pub fn text(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self { name: name.into(), text: text.into(), at_ms: None, parsed: None, imported: None }
    }
}

/// Whether a text is worth parsing line by line as one snapshot (a dump), rather than trying it as
/// a series first: it has no time-stamp line and is neither JSON nor a CSV. Reads the text once.
#[must_use]
pub fn is_plain_dump(text: &str) -> bool {
    let first = text.trim_start_matches('\u{feff}').trim_start();
    if first.starts_with('{') || first.starts_with('[') || crate::parse::holds_embedded_json(text) {
        return false;
    }
    let header = first.lines().next().unwrap_or_default();
    if header.matches(',').count() >= 2 && !header.contains(' ') {
        return false;
    }
    !looks_like_logs(text) && !text.lines().any(|line| crate::series::clock::parse_timestamp(line).is_some())
}

/// An input read as logs, when it is logs (never without the `logs` feature).
#[cfg(feature = "logs")]
fn read_logs(input: &Input, index: usize) -> Option<crate::logs::LogRead> {
    if input.imported.is_some() || !crate::logs::looks_like_logs(&input.text) {
        return None;
    }
    crate::logs::read_logs(&input.text, index)
}

#[cfg(not(feature = "logs"))]
fn read_logs(_input: &Input, _index: usize) -> Option<std::convert::Infallible> {
    None
}

/// Whether the text is logs that [`build`] reads ([`crate::logs::looks_like_logs`]; never without
/// the `logs` feature).
fn looks_like_logs(text: &str) -> bool {
    #[cfg(feature = "logs")]
    return crate::logs::looks_like_logs(text);
    #[cfg(not(feature = "logs"))]
    {
        let _ = text;
        false
    }
}

/// One input read apart from the page (in a browser's worker), as [`build`] reads it.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadApart {
    /// Read as one snapshot: a dump, a JSON document.
    Parsed(crate::parse::ParseOutcome),
    /// Read as a series: a lag CSV, a Prometheus range, a Grafana export, timed dumps, a host table.
    Imported(SeriesImport),
    /// Left for [`build`] to read: a binary file, logs.
    Unread,
}

/// Reads `text` as [`build`] reads an input without a time of its own (the same readers, in the
/// same order), for a worker to hand the result to the page; `parse` reads it as one snapshot and
/// must give what `parse_with(text, ParseOptions::default())` gives (the worker's streaming parser,
/// which reports its progress).
pub fn read_apart(
    text: &str,
    options: &Options,
    parse: impl FnOnce(&str) -> crate::parse::ParseOutcome,
) -> ReadApart {
    if crate::text::looks_binary(text) || looks_like_logs(text) {
        return ReadApart::Unread;
    }
    match import_with(text, &options.csv) {
        Some(import) => ReadApart::Imported(import),
        None => ReadApart::Parsed(parse(text)),
    }
}

impl Input {
    /// An input read apart: its text is kept only when [`build`] must still read it.
    #[must_use]
    pub fn read_apart(name: impl Into<String>, text: impl Into<String>, read: ReadApart) -> Self {
        match read {
            ReadApart::Parsed(outcome) => Self { parsed: Some(outcome), ..Self::text(name, String::new()) },
            ReadApart::Imported(import) => Self { imported: Some(import), ..Self::text(name, String::new()) },
            ReadApart::Unread => Self::text(name, text),
        }
    }
}

/// How one input was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InputSummary {
    /// Its name.
    pub name: String,
    /// What it was read as.
    pub read_as: Message,
    /// The lines that could not be used, with their numbers.
    pub diagnostics: Vec<Diagnostic>,
}

impl InputSummary {
    /// Whether it was read as one snapshot without a time (rates and verdicts need several).
    #[must_use]
    pub fn is_untimed_snapshot(&self) -> bool {
        self.read_as.id.starts_with("workbench-read-as-single-snapshot")
    }
}

/// Options of an analysis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// Burrow's evaluator settings.
    pub evaluator: EvaluatorConfig,
    /// The consumers' configuration, as far as the user gave it.
    pub consumer: ConsumerConfig,
    /// Names for a lag CSV's columns.
    pub csv: CsvMapping,
}

/// The result of an analysis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Workbench {
    /// Per input, how it was read.
    pub inputs: Vec<InputSummary>,
    /// The newest snapshot (the only one for a single dump).
    pub snapshot: Option<Snapshot>,
    /// The series merged from every timed input.
    #[serde(skip)]
    pub series: LagSeries,
    /// The analysis of that series (empty without time stamps).
    pub analysis: AnalysisReport,
    /// The findings, most severe first.
    pub findings: Vec<Finding>,
    /// Per-host processed counts over time, from host × hour tables.
    pub host_counts: Vec<crate::series::host_table::HostThroughput>,
    /// The zone the incident's times are shown in: the first one the inputs' time stamps name,
    /// else a host table's own clock, else UTC.
    pub zone: Zone,
    /// The groups' timeline from consumer and broker logs (empty without logs).
    #[cfg(feature = "logs")]
    #[serde(skip_serializing_if = "LogTimeline::is_empty")]
    pub logs: LogTimeline,
}

/// Nothing analysed yet: no input, no finding, times in UTC.
impl Default for Workbench {
    fn default() -> Self {
        Self {
            inputs: Vec::new(),
            snapshot: None,
            series: LagSeries::default(),
            analysis: AnalysisReport::default(),
            findings: Vec::new(),
            host_counts: Vec::new(),
            zone: Zone::assumed_utc(),
            #[cfg(feature = "logs")]
            logs: LogTimeline::default(),
        }
    }
}

impl Workbench {
    /// Whether the inputs held samples at two or more times (rates and verdicts need them).
    #[must_use]
    pub fn has_series(&self) -> bool {
        self.analysis.times_ms.len() >= 2
    }

    /// The Markdown incident report, in `localizer`'s language.
    #[must_use]
    pub fn report(&self, localizer: &crate::l10n::Localizer) -> String {
        let sources: Vec<String> = self.inputs.iter().map(|input| input.name.clone()).collect();
        crate::report::markdown(&self.analysis, &self.findings, &sources, &self.zone, localizer)
    }
}

/// An input read as one snapshot without a time: its groups join the newest snapshot.
fn single_snapshot(
    outcome: crate::parse::ParseOutcome,
    latest: &mut Option<Snapshot>,
) -> (LagSeries, Message, Vec<Diagnostic>) {
    let read_as = single_snapshot_name(&outcome);
    *latest = Some(match latest.take() {
        Some(mut earlier) => {
            earlier.groups.extend(outcome.snapshot.groups);
            earlier
        }
        None => outcome.snapshot,
    });
    (LagSeries::default(), read_as, outcome.diagnostics)
}

fn single_snapshot_name(outcome: &crate::parse::ParseOutcome) -> Message {
    match (outcome.source.tool, &outcome.source.version_hint) {
        (Some(tool), Some(hint)) => {
            crate::msg!(
                "workbench-read-as-single-snapshot-tool-hint",
                tool = tool.id(),
                hint = crate::source::hint_arg(hint)
            )
        }
        (Some(tool), None) => crate::msg!("workbench-read-as-single-snapshot-tool", tool = tool.id()),
        (None, _) => crate::msg!("workbench-read-as-single-snapshot-unknown"),
    }
}

/// The log inputs read so far (none without the `logs` feature).
#[derive(Default)]
struct LogInputs {
    #[cfg(feature = "logs")]
    events: Vec<LogEvent>,
    /// Each log input's index and name.
    #[cfg(feature = "logs")]
    inputs: Vec<(usize, String)>,
    /// When each host logged, per input.
    #[cfg(feature = "logs")]
    spans: Vec<crate::logs::LineSpan>,
    /// Inputs whose lines give a time of day and no date, waiting for one ([`LogInputs::place_undated`]).
    #[cfg(feature = "logs")]
    undated: Vec<UndatedLog>,
}

/// A log input that gave no date: what it read without one, and its text to read again with one.
#[cfg(feature = "logs")]
struct UndatedLog {
    index: usize,
    name: String,
    text: String,
    read: crate::logs::LogRead,
}

#[cfg(feature = "logs")]
impl LogInputs {
    /// Keeps input `index`'s events; its zone is the incident's unless one is stated already.
    /// An input that gives no date waits for [`Self::place_undated`] (its `text` is kept for it).
    fn add(
        &mut self,
        read: crate::logs::LogRead,
        index: usize,
        name: &str,
        text: &mut String,
        zone: &mut Option<Zone>,
    ) -> (LagSeries, Message, Vec<Diagnostic>) {
        let read_as = crate::msg!("workbench-read-as-logs", events = read.events.len(), lines = read.n_lines);
        if read.undated.is_some() {
            // The text is read again once the other inputs are read: it moves here (`build` is
            // done with it).
            let text = std::mem::take(text);
            self.undated.push(UndatedLog { index, name: name.to_owned(), text, read });
            return (LagSeries::default(), read_as, Vec::new());
        }
        if zone.as_ref().is_none_or(|zone| zone.source != ZoneSource::Stated) && read.zone.is_some() {
            zone.clone_from(&read.zone);
        }
        self.keep(read, index, name);
        (LagSeries::default(), read_as, Vec::new())
    }

    fn keep(&mut self, read: crate::logs::LogRead, index: usize, name: &str) {
        self.inputs.push((index, name.to_owned()));
        self.events.extend(read.events);
        self.spans.extend(read.spans);
    }

    /// Places the inputs whose lines give a time of day and no date on a day: the date in the
    /// input's name, else the day of the other inputs' first time (`first_series_ms`, the lag's,
    /// or the dated logs'), in the incident's `zone`. Says on the input's first such line how it
    /// was placed, or that nothing gave a date (its events then stay off the timeline).
    fn place_undated(&mut self, first_series_ms: Option<i64>, zone: &Zone, summaries: &mut [InputSummary]) {
        use crate::logs::{DayHint, read_logs_near};
        let offset_ms =
            if zone.source == ZoneSource::Stated { i64::from(zone.offset_minutes) * 60_000 } else { 0 };
        let first_dated_ms = self.spans.iter().map(|span| span.first_ms).chain(first_series_ms).min();
        for UndatedLog { index, name, text, read } in std::mem::take(&mut self.undated) {
            let Some(undated) = read.undated else { continue };
            let from_name = crate::series::clock::date_in_name(&name).map(|midnight| {
                // Noon of that day: each time of day is placed on the day itself.
                let hint = DayHint {
                    near_ms: midnight.saturating_add(43_200_000).saturating_sub(offset_ms),
                    offset_ms,
                };
                (
                    hint,
                    crate::msg!(
                        "workbench-logs-dated-by-name",
                        lines = undated.n_lines,
                        date = crate::series::clock::utc(midnight).get(..10).unwrap_or_default()
                    ),
                )
            });
            let from_others = first_dated_ms.map(|near_ms| {
                (
                    DayHint { near_ms, offset_ms },
                    crate::msg!(
                        "workbench-logs-dated-by-inputs",
                        lines = undated.n_lines,
                        time = Arg::time(near_ms, Some(zone))
                    ),
                )
            });
            let placed = from_name
                .or(from_others)
                .and_then(|(hint, said)| Some((read_logs_near(&text, index, Some(hint))?, said)));
            let summary = summaries.get_mut(index);
            if let Some((placed, said)) = placed {
                if let Some(summary) = summary {
                    summary.read_as = crate::msg!(
                        "workbench-read-as-logs",
                        events = placed.events.len(),
                        lines = placed.n_lines
                    );
                    summary.diagnostics.push(Diagnostic::info(undated.first_line, said));
                    crate::diagnostic::sort_by_line(&mut summary.diagnostics);
                }
                self.keep(placed, index, &name);
            } else {
                if let Some(summary) = summary {
                    summary.diagnostics.push(Diagnostic::warning(
                        undated.first_line,
                        crate::msg!("workbench-logs-undated", lines = undated.n_lines),
                    ));
                    crate::diagnostic::sort_by_line(&mut summary.diagnostics);
                }
                self.keep(read, index, &name);
            }
        }
    }

    /// The timeline of every log input's events. Logs from several files: a line whose wrapper
    /// names no host came from its file's.
    fn timeline(mut self) -> LogTimeline {
        if self.inputs.len() >= 2 {
            let inputs = &self.inputs;
            let name_of =
                |input: usize| inputs.iter().find(|(index, _)| *index == input).map(|(_, name)| name.clone());
            for event in self.events.iter_mut().filter(|event| event.host.is_none()) {
                event.host = name_of(event.input);
            }
            for span in self.spans.iter_mut().filter(|span| span.host.is_none()) {
                span.host = name_of(span.input);
            }
        }
        LogTimeline::build(self.events, &self.spans)
    }
}

#[cfg(not(feature = "logs"))]
impl LogInputs {
    #[allow(clippy::unused_self, reason = "the same call as with the `logs` feature")]
    fn add(
        &mut self,
        read: std::convert::Infallible,
        _index: usize,
        _name: &str,
        _text: &mut String,
        _zone: &mut Option<Zone>,
    ) -> (LagSeries, Message, Vec<Diagnostic>) {
        match read {}
    }

    #[allow(clippy::unused_self, reason = "the same call as with the `logs` feature")]
    fn place_undated(
        &mut self,
        _first_series_ms: Option<i64>,
        _zone: &Zone,
        _summaries: &mut [InputSummary],
    ) {
    }
}

/// Reads every input, merges the timed ones into one series, analyses it and runs the findings.
#[must_use]
pub fn build(inputs: Vec<Input>, options: &Options) -> Workbench {
    let mut summaries = Vec::with_capacity(inputs.len());
    let mut samples = BTreeMap::new();
    let mut hosts = Vec::new();
    let mut reported = Vec::new();
    let mut latest_snapshot: Option<Snapshot> = None;
    let mut latest_time: Option<i64> = None;
    let mut zone: Option<Zone> = None;
    let mut logs_read = LogInputs::default();
    for (index, mut input) in inputs.into_iter().enumerate() {
        let (series, read_as, diagnostics) =
            if input.parsed.is_none() && input.imported.is_none() && crate::text::looks_binary(&input.text) {
                // A binary file: nothing to read, said once, before any reader runs.
                (
                    LagSeries::default(),
                    crate::msg!("workbench-read-as-binary"),
                    vec![crate::text::binary_diagnostic()],
                )
            } else if let Some(outcome) = input.parsed {
                single_snapshot(outcome, &mut latest_snapshot)
            } else if let Some(time_ms) = input.at_ms.filter(|_| input.imported.is_none()) {
                // (A text already read as a series has no text left to read as one snapshot.)
                let outcome = parse_with(&input.text, ParseOptions::default());
                let series = LagSeries::from_snapshots(&[(time_ms, &outcome.snapshot)]);
                if latest_time.is_none_or(|latest| time_ms >= latest) {
                    latest_time = Some(time_ms);
                    latest_snapshot = Some(outcome.snapshot);
                }
                (
                    series,
                    crate::msg!("workbench-read-as-snapshot-at", time = Arg::time(time_ms, None)),
                    outcome.diagnostics,
                )
            } else if let Some(read) = read_logs(&input, index) {
                logs_read.add(read, index, &input.name, &mut input.text, &mut zone)
            } else if let Some(import) = input.imported.or_else(|| import_with(&input.text, &options.csv)) {
                hosts.extend(import.hosts);
                if let Some(found) = import.zone
                    && zone.as_ref().is_none_or(|zone| zone.source != ZoneSource::Stated)
                {
                    zone = Some(found);
                }
                if import.latest_snapshot.is_some() {
                    latest_snapshot = import.latest_snapshot;
                }
                (import.series, import.format.name(), import.diagnostics)
            } else {
                single_snapshot(parse_with(&input.text, ParseOptions::default()), &mut latest_snapshot)
            };
        reported.extend(series.reported);
        for partition in series.partitions {
            // The first input's samples move in; only a partition several inputs list is copied.
            match samples.entry((partition.group, partition.topic, partition.partition)) {
                std::collections::btree_map::Entry::Vacant(entry) => {
                    entry.insert(partition.samples);
                }
                std::collections::btree_map::Entry::Occupied(mut entry) => {
                    entry.get_mut().extend(partition.samples);
                }
            }
        }
        summaries.push(InputSummary { name: input.name, read_as, diagnostics });
    }
    let mut series = LagSeries::from_samples(samples);
    series.reported = reported;
    let zone = zone.unwrap_or_else(Zone::assumed_utc);
    let first_series_ms = series
        .partitions
        .iter()
        .filter_map(|partition| partition.samples.first())
        .map(|sample| sample.time_ms)
        .min();
    logs_read.place_undated(first_series_ms, &zone, &mut summaries);
    if zone.source == ZoneSource::Stated {
        // A host table's times name no zone and were read as UTC: beside inputs that name one, they
        // are that zone's wall clock (the same team wrote both), so they are shown as printed.
        let offset_ms = i64::from(zone.offset_minutes) * 60_000;
        for count in hosts.iter_mut().flat_map(|host| host.counts.iter_mut()) {
            count.start_ms = count.start_ms.saturating_sub(offset_ms);
        }
    }
    let mut analysis = analyze(&series, &options.evaluator);
    analysis.host_throughput = summarize_hosts(&hosts);
    #[cfg(feature = "logs")]
    let logs = logs_read.timeline();
    let findings = find(&FindingInputs {
        snapshot: latest_snapshot.as_ref(),
        analysis: Some(&analysis),
        config: Some(&options.consumer),
        zone: Some(&zone),
        #[cfg(feature = "logs")]
        logs: Some(&logs).filter(|logs| !logs.is_empty()),
    });
    Workbench {
        inputs: summaries,
        snapshot: latest_snapshot,
        series,
        analysis,
        findings,
        host_counts: hosts,
        zone,
        #[cfg(feature = "logs")]
        logs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUMP: &str = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
        g t 0 1 5 4 c-1 /h1 c\n";

    #[test]
    fn a_pre_parsed_input_gives_what_its_text_gives() {
        let options = Options::default();
        let from_text = build(vec![Input::text("a", DUMP)], &options);
        let parsed = crate::parse::parse(DUMP);
        let from_parsed = build(vec![Input { parsed: Some(parsed), ..Input::text("a", "") }], &options);
        assert_eq!(from_text.snapshot, from_parsed.snapshot);
        assert_eq!(from_text.findings, from_parsed.findings);
        assert_eq!(from_text.inputs, from_parsed.inputs);
        assert!(from_text.inputs[0].is_untimed_snapshot());
        assert!(crate::l10n::english(&from_text.inputs[0].read_as).starts_with("a single snapshot: "));
    }

    #[test]
    fn what_each_input_was_read_as() {
        let options = Options::default();
        let at = Input { at_ms: Some(1_795_317_000_000), ..Input::text("a", DUMP) };
        let timed = Input::text("b", format!("Sat Mar 14 10:00:00 UTC 2026\n{DUMP}"));
        let csv = Input::text("c", "time,group,topic,partition,lag\n2026-01-01T00:00:00Z,g,t,0,5\n");
        let bench = build(vec![at, timed, csv], &options);
        let read_as: Vec<String> =
            bench.inputs.iter().map(|input| crate::l10n::english(&input.read_as)).collect();
        assert_eq!(
            read_as,
            ["a snapshot at 2026-11-22 03:10:00 UTC", "dumps between time stamps", "lag CSV"]
        );
        assert!(bench.inputs.iter().all(|input| !input.is_untimed_snapshot()));
        let korean = crate::l10n::Localizer::bundled(crate::l10n::Lang::Ko);
        assert_eq!(korean.render(&bench.inputs[1].read_as), "타임스탬프로 구분된 덤프");
    }

    #[test]
    fn plain_dumps_are_told_from_series() {
        assert!(is_plain_dump(DUMP));
        assert!(!is_plain_dump(&format!("Sat Mar 14 10:00:00 UTC 2026\n{DUMP}")));
        assert!(!is_plain_dump("{\"status\": {}}"));
        assert!(!is_plain_dump("time,group,topic,partition,lag\n"));
    }
}
