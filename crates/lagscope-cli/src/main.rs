//! `lagscope`: the command-line front end. It reads files or standard input, calls
//! `lagscope-core`, and prints; every decision is the core's.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use lagscope_core::contract::ParseReport;
use lagscope_core::l10n::format::{Align, pad};
use lagscope_core::l10n::{Lang, Localizer};
use lagscope_core::parse::{LineAccount, ParseOptions, ParseOutcome, Parser as LineParser, parse_accounted};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use lagscope_core::source::Tool;
use lagscope_core::text::decode;

mod every_core;
mod simulate;
mod windows;

use every_core::{cores, parse_window, push_on_every_core};
use windows::{read_file_windows, read_stream_windows, reads_at_offsets};

/// Kafka consumer-group lag analyzer.
#[derive(Debug, Parser)]
#[command(name = "lagscope", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of what lagscope writes for people: en or ko (default: from `LC_ALL`,
    /// `LC_MESSAGES` or `LANG`, else English). JSON keeps its ids and adds the text in this language.
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse a consumer-group dump (e.g. `kafka-consumer-groups.sh --describe` output).
    Parse {
        /// The file to read; `-` or nothing reads standard input.
        file: Option<PathBuf>,
        /// Print the JSON contract instead of a per-group summary.
        #[arg(long)]
        json: bool,
        /// Read the input as this tool's output instead of detecting it.
        #[arg(long, value_parser = parse_tool)]
        format: Option<Tool>,
        /// Print the time taken and the peak memory to standard error.
        #[arg(long)]
        stats: bool,
    },
    /// Evaluate Burrow windows exactly as Burrow does, explaining each verdict (input: the
    /// `lagscope evaluate` JSON contract; `-` or nothing reads standard input).
    Evaluate {
        /// The JSON file to read.
        file: Option<PathBuf>,
    },
    /// Lag over time: rates, lag trends, time to drain and Burrow's verdicts, per partition, host
    /// and group, from timestamped dumps (`date` lines between them) or several files with `--at`.
    Analyze {
        /// Dump files; one file may hold many dumps, each after a `date` line.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The time of each file, in order (ISO 8601, `date` output, or epoch s/ms).
        #[arg(long = "at")]
        times: Vec<String>,
        /// Print JSON instead of a report.
        #[arg(long, conflicts_with = "markdown")]
        json: bool,
        /// Print a Markdown incident report (for a ticket or a wiki).
        #[arg(long)]
        markdown: bool,
        /// Consumer settings for the findings: `max.poll.records=500`, `max.poll.interval.ms=300000`,
        /// `processing.ms.per.record=700`, `session.timeout.ms`, `enable.auto.commit`, `concurrency`,
        /// `instances` (repeatable).
        #[arg(long = "config", value_name = "KEY=VALUE")]
        settings: Vec<String>,
        /// Name a lag CSV's column: `FIELD=COLUMN`, FIELD one of time, group, topic, partition, lag,
        /// `current_offset`, `log_end_offset`, host (repeatable).
        #[arg(long = "column", value_name = "FIELD=COLUMN")]
        columns: Vec<String>,
        /// Burrow's `allowed-lag`.
        #[arg(long, default_value_t = 0)]
        allowed_lag: u64,
        /// Burrow's `minimum-complete` (a fraction from 0 to 1).
        #[arg(long, default_value_t = 0.0)]
        minimum_complete: f32,
        /// Burrow's ring size (`intervals`).
        #[arg(long, default_value_t = 10)]
        intervals: usize,
    },
    /// Run a Kafka assignor exactly as Kafka does (input: the `lagscope assign` JSON contract, or an
    /// array of them; `-` or nothing reads standard input). Prints the assignment with what each
    /// member loses and gains, or `{"error": ...}` and a non-zero exit when Kafka would reject it.
    Assign {
        /// The JSON file to read.
        file: Option<PathBuf>,
    },
    /// What if a member joins, leaves or slows down: re-runs an assignor on a dumped group and
    /// shows what moves, the lag each member inherits and what each rebalance protocol costs.
    WhatIf {
        /// The dump (`kafka-consumer-groups.sh --describe` output or any supported format).
        file: PathBuf,
        /// The assignor: range, roundrobin, sticky, cooperative-sticky, uniform, server-range.
        #[arg(long, default_value = "cooperative-sticky")]
        assignor: String,
        /// The group, when the dump holds several.
        #[arg(long)]
        group: Option<String>,
        /// A member that joins (repeatable).
        #[arg(long = "add", value_name = "MEMBER_ID")]
        add: Vec<String>,
        /// A member that leaves (repeatable).
        #[arg(long = "remove", value_name = "MEMBER_ID")]
        remove: Vec<String>,
        /// A member that consumes at FACTOR times its peers' speed (repeatable).
        #[arg(long = "slow", value_name = "MEMBER_ID=FACTOR")]
        slow: Vec<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Simulate a consumer group: a scenario file or a preset by name (`--list` shows them), with
    /// a seed; prints a summary, or the run as JSON, a lag CSV or timed dumps the analyzer reads.
    Simulate(simulate::SimulateArgs),
    /// Run kafka-lag-exporter's time-lag lookup table on a list of operations (input: the
    /// `lagscope time-lag` JSON contract; `-` or nothing reads standard input).
    TimeLag {
        /// The JSON file to read.
        file: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The JSON-only commands (`evaluate`, `assign`, `time-lag`) write for scripts: their text is
    // English unless `--lang` asks otherwise; the others follow the environment's language.
    let json_only =
        matches!(cli.command, Command::Evaluate { .. } | Command::Assign { .. } | Command::TimeLag { .. });
    let lang = cli.lang.unwrap_or_else(|| if json_only { Lang::En } else { lang_from_environment() });
    let localizer = Localizer::bundled(lang);
    match run(cli.command, &localizer) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("lagscope: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG` (the first
/// that is set and not empty decides, as POSIX has it); English when it is not one of ours.
fn lang_from_environment() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
        .and_then(|locale| Lang::from_locale(&locale))
        .unwrap_or_default()
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| format!("unknown language \"{code}\"; expected en or ko"))
}

/// Writes `value` as pretty JSON with every message rendered in `localizer`'s language beside its id.
fn write_json(
    out: &mut impl Write,
    localizer: &Localizer,
    value: &impl serde::Serialize,
) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &localizer.to_json(value)?)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

fn run(command: Command, localizer: &Localizer) -> anyhow::Result<()> {
    match command {
        Command::Parse { file, json, format, stats } => parse_command(file, json, format, stats, localizer),
        Command::Evaluate { file } => {
            let what = lagscope_core::msg!("cli-evaluate-request");
            json_command(file.as_ref(), what, localizer, lagscope_core::burrow::evaluate)
        }
        Command::Analyze {
            files,
            times,
            settings,
            columns,
            json,
            markdown,
            allowed_lag,
            minimum_complete,
            intervals,
        } => {
            // Burrow's minimum-complete is a fraction of the window (NaN and infinities are not).
            if !(0.0..=1.0).contains(&minimum_complete) {
                let message = lagscope_core::msg!(
                    "cli-minimum-complete-out-of-range",
                    value = minimum_complete.to_string()
                );
                anyhow::bail!(localizer.render(&message));
            }
            // A ring is allocated per partition: its size is bounded.
            if intervals > lagscope_core::burrow::MAX_INTERVALS {
                let message = lagscope_core::msg!(
                    "cli-intervals-out-of-range",
                    value = intervals.to_string(),
                    max = lagscope_core::burrow::MAX_INTERVALS
                );
                anyhow::bail!(localizer.render(&message));
            }
            let config = lagscope_core::burrow::EvaluatorConfig { allowed_lag, minimum_complete, intervals };
            let mut consumer = lagscope_core::findings::ConsumerConfig::default();
            for setting in &settings {
                let (key, value) = setting.split_once('=').with_context(|| {
                    localizer.render(&lagscope_core::msg!("cli-config-expected-key-value", setting = setting))
                })?;
                consumer.set(key, value).map_err(|problem| {
                    let message =
                        lagscope_core::msg!("cli-config-invalid", setting = setting, problem = problem);
                    anyhow::anyhow!(localizer.render(&message))
                })?;
            }
            let output = if markdown {
                OutputFormat::Markdown
            } else if json {
                OutputFormat::Json
            } else {
                OutputFormat::Text
            };
            analyze(
                &files,
                &times,
                &column_mapping(&columns, localizer)?,
                &consumer,
                output,
                &config,
                localizer,
            )
        }
        Command::TimeLag { file } => json_command(
            file.as_ref(),
            lagscope_core::msg!("cli-time-lag-request"),
            localizer,
            lagscope_core::time_lag::run,
        ),
        Command::Assign { file } => assign(file.as_ref(), localizer),
        Command::Simulate(arguments) => simulate::run(&arguments, localizer),
        Command::WhatIf { file, assignor, group, add, remove, slow, json } => {
            what_if(&file, &assignor, group.as_deref(), &add, &remove, &slow, json, localizer)
        }
    }
}

/// `lagscope assign`: one request, or an array of them (answered in order).
fn assign(file: Option<&PathBuf>, localizer: &Localizer) -> anyhow::Result<()> {
    use lagscope_core::assign::{AssignRequest, assign, not_a_request};
    /// `{"error": <text>, "error_id", "error_args"}`: the text in `--lang`'s language (English by
    /// default, as before), the id for scripts.
    #[derive(serde::Serialize)]
    struct Rejection {
        error: lagscope_core::l10n::Message,
    }
    let rejection = |error: lagscope_core::l10n::Message| localizer.to_json(&Rejection { error });
    let text = read_text(file, localizer)?;
    // Each answer is serialised from its struct, so keys keep the contract's order.
    let answer = |request: serde_json::Value| -> (bool, String) {
        let error = |message| rejection(message).and_then(|json| serde_json::to_string_pretty(&json));
        let (ok, text) = match serde_json::from_value::<AssignRequest>(request) {
            Err(problem) => (false, error(not_a_request(&problem))),
            Ok(request) => match assign(&request) {
                Ok(outcome) => (true, rendered(localizer, &outcome)),
                Err(problem) => (false, error(problem.message())),
            },
        };
        (ok, text.unwrap_or_default())
    };
    let error = |message| rejection(message).map(|json| json.to_string()).unwrap_or_default();
    let (ok, output) = match serde_json::from_str::<serde_json::Value>(&text) {
        Err(problem) => {
            (false, error(lagscope_core::msg!("assign-error-not-json", detail = problem.to_string())))
        }
        Ok(serde_json::Value::Array(requests)) => {
            let answers: Vec<String> = requests.into_iter().map(|request| answer(request).1).collect();
            (true, format!("[\n{}\n]", answers.join(",\n")))
        }
        // A single request is read again from the text, so a mistake names its line and column.
        Ok(_) => match lagscope_core::assign::assign_json(&text) {
            Ok(outcome) => (true, rendered(localizer, &outcome).unwrap_or_default()),
            Err(problem) => (false, error(problem.message())),
        },
    };
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    writeln!(stdout, "{output}")?;
    stdout.flush()?;
    if ok { Ok(()) } else { std::process::exit(1) }
}

/// `value` as pretty JSON with its messages rendered (`write_json`, as a string).
fn rendered(localizer: &Localizer, value: &impl serde::Serialize) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(&localizer.to_json(value)?)
}

fn read_text(file: Option<&PathBuf>, localizer: &Localizer) -> anyhow::Result<String> {
    match file {
        Some(path) if path.as_os_str() != "-" => {
            std::fs::read_to_string(path).with_context(|| cannot_read(localizer, Some(path)))
        }
        _ => std::io::read_to_string(std::io::stdin().lock()).with_context(|| cannot_read(localizer, None)),
    }
}

/// "cannot read `path`" (standard input when `None`), in the reader's language.
fn cannot_read(localizer: &Localizer, path: Option<&std::path::Path>) -> String {
    localizer.render(&match path {
        Some(path) => lagscope_core::msg!("cli-cannot-read", path = path.display().to_string()),
        None => lagscope_core::msg!("cli-cannot-read-stdin"),
    })
}

/// Reads and parses a dump file.
fn read_dump(file: &PathBuf, localizer: &Localizer) -> anyhow::Result<ParseOutcome> {
    let bytes = std::fs::read(file).with_context(|| cannot_read(localizer, Some(file)))?;
    Ok(lagscope_core::parse::parse(&decode(&bytes)))
}

/// The group named by `--group`, or the only one.
fn choose_group<'a>(
    groups: &'a [lagscope_core::model::GroupSnapshot],
    group: Option<&str>,
    file: &std::path::Path,
    localizer: &Localizer,
) -> anyhow::Result<&'a lagscope_core::model::GroupSnapshot> {
    use lagscope_core::msg;
    let path = file.display().to_string();
    let names = || group_names(groups, localizer);
    let fail = |message| anyhow::anyhow!(localizer.render(&message));
    Ok(match group {
        Some(name) => groups.iter().find(|g| g.group.as_deref() == Some(name)).ok_or_else(|| {
            fail(msg!("cli-no-such-group", group = name, path = path.as_str(), groups = names()))
        })?,
        None => match groups {
            [only] => only,
            [] => return Err(fail(msg!("cli-no-group", path = path.as_str()))),
            _ => return Err(fail(msg!("cli-several-groups", path = path.as_str(), groups = names()))),
        },
    })
}

#[allow(clippy::too_many_arguments, reason = "one per command-line option, and the language")]
fn what_if(
    file: &PathBuf,
    assignor: &str,
    group: Option<&str>,
    add: &[String],
    remove: &[String],
    slow: &[String],
    json: bool,
    localizer: &Localizer,
) -> anyhow::Result<()> {
    use lagscope_core::assign::AssignorKind;
    use lagscope_core::assign::diff::{Presence, Protocol};
    use lagscope_core::assign::whatif::{Change, WhatIf, what_if};
    use lagscope_core::l10n::Arg;
    use lagscope_core::msg;
    let say = |message: lagscope_core::l10n::Message| localizer.render(&message);
    let kind: AssignorKind = serde_json::from_value(serde_json::Value::String(assignor.to_owned()))
        .map_err(|_| anyhow::anyhow!(say(msg!("whatif-cli-unknown-assignor", assignor = assignor))))?;
    let outcome = read_dump(file, localizer)?;
    let chosen = choose_group(&outcome.snapshot.groups, group, file, localizer)?;
    let mut changes: Vec<Change> = add.iter().map(|id| Change::Add { member_id: id.clone() }).collect();
    changes.extend(remove.iter().map(|id| Change::Remove { member_id: id.clone() }));
    for entry in slow {
        let (id, factor) =
            entry.rsplit_once('=').with_context(|| say(msg!("whatif-cli-slow-format", entry = entry)))?;
        let factor: f64 = factor.parse().map_err(|_| {
            anyhow::anyhow!(say(msg!("whatif-cli-slow-not-a-number", entry = entry, factor = factor)))
        })?;
        changes.push(Change::Slow { member_id: id.to_owned(), factor });
    }
    let question =
        WhatIf { assignor: kind, changes, timing: lagscope_core::assign::diff::RebalanceTiming::default() };
    let answer = what_if(chosen, &question).map_err(|error| anyhow::anyhow!(say(error.message())))?;
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    if json {
        write_json(&mut stdout, localizer, &answer)?;
    } else {
        writeln!(stdout, "{}", say(msg!("whatif-cli-assignor", assignor = kind.name())))?;
        // One message per line, so a language orders its words; the columns are padded to the
        // width a terminal shows (Hangul takes two cells).
        for member in &answer.diff.members {
            let presence = say(match member.presence {
                Presence::Stayed => msg!("whatif-cli-presence-stayed"),
                Presence::Joined => msg!("whatif-cli-presence-joined"),
                Presence::Left => msg!("whatif-cli-presence-left"),
            });
            let line = msg!(
                "whatif-cli-member-line",
                member = pad(&member.member_id, 40, Align::Left),
                presence = pad(&presence, 8, Align::Right),
                kept = pad(&member.kept.len().to_string(), 4, Align::Right),
                revoked = pad(&member.revoked.len().to_string(), 4, Align::Right),
                added = pad(&member.added.len().to_string(), 4, Align::Right),
                lag = member.inherited_lag,
            );
            writeln!(stdout, "{}", say(line))?;
        }
        if !answer.outcome.withheld.is_empty() {
            let withheld = Arg::list(&answer.outcome.withheld);
            writeln!(stdout, "{}", say(msg!("whatif-cli-withheld", partitions = withheld)))?;
        }
        for cost in &answer.costs {
            let protocol = say(match cost.protocol {
                Protocol::Eager => msg!("whatif-cli-protocol-eager"),
                Protocol::Cooperative => msg!("whatif-cli-protocol-cooperative"),
                Protocol::Static => msg!("whatif-cli-protocol-static"),
                Protocol::Consumer => msg!("whatif-cli-protocol-consumer"),
            });
            let line = msg!(
                "whatif-cli-cost-line",
                protocol = pad(&protocol, 12, Align::Left),
                rebalances = cost.n_rebalances,
                paused = pad(&cost.n_partitions_paused.to_string(), 5, Align::Right),
                longest = Arg::millis(i64::try_from(cost.max_unowned_ms).unwrap_or(i64::MAX)),
                explanation = cost.explanation.clone(),
            );
            writeln!(stdout, "{}", say(line))?;
        }
        if let Some(bottleneck) = &answer.bottleneck {
            writeln!(stdout, "{}", say(msg!("whatif-cli-bottleneck", member = bottleneck)))?;
        }
        for assumption in &answer.assumptions {
            writeln!(stdout, "{}", say(msg!("whatif-cli-assumed", assumption = assumption.clone())))?;
        }
    }
    stdout.flush()?;
    Ok(())
}

fn group_names(
    groups: &[lagscope_core::model::GroupSnapshot],
    localizer: &Localizer,
) -> lagscope_core::l10n::Arg {
    let unnamed = localizer.text("cli-unnamed-group");
    lagscope_core::l10n::Arg::list(groups.iter().map(|g| g.group.clone().unwrap_or_else(|| unnamed.clone())))
}

/// The process's peak resident memory (Linux `VmHWM`), when the system tells it.
fn peak_memory_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// `--column FIELD=COLUMN` options as a CSV mapping.
fn column_mapping(
    columns: &[String],
    localizer: &Localizer,
) -> anyhow::Result<lagscope_core::series::csv_import::CsvMapping> {
    let mut mapping = lagscope_core::series::csv_import::CsvMapping::default();
    for column in columns {
        let (field, name) = column.split_once('=').with_context(|| {
            localizer.render(&lagscope_core::msg!("cli-column-expected-field-column", column = column))
        })?;
        let slot = match field.trim() {
            "time" => &mut mapping.time,
            "group" => &mut mapping.group,
            "topic" => &mut mapping.topic,
            "partition" => &mut mapping.partition,
            "lag" => &mut mapping.lag,
            "current_offset" => &mut mapping.current_offset,
            "log_end_offset" => &mut mapping.log_end_offset,
            "host" => &mut mapping.host,
            other => anyhow::bail!(localizer.render(&lagscope_core::msg!(
                "cli-column-unknown-field",
                column = column,
                field = other
            ))),
        };
        *slot = Some(name.trim().to_owned());
    }
    Ok(mapping)
}

fn analyze(
    files: &[PathBuf],
    times: &[String],
    mapping: &lagscope_core::series::csv_import::CsvMapping,
    consumer: &lagscope_core::findings::ConsumerConfig,
    output: OutputFormat,
    config: &lagscope_core::burrow::EvaluatorConfig,
    localizer: &Localizer,
) -> anyhow::Result<()> {
    use lagscope_core::series::clock::parse_timestamp;
    use lagscope_core::workbench::{Input, Options, build};
    anyhow::ensure!(
        times.is_empty() || times.len() == files.len(),
        localizer.render(&lagscope_core::msg!("cli-at-per-file", files = files.len(), times = times.len()))
    );
    let mut inputs = Vec::with_capacity(files.len());
    for (index, path) in files.iter().enumerate() {
        if times.get(index).is_none() {
            // A lag CSV of any size is read a window at a time.
            let import =
                import_in_windows(path, mapping).with_context(|| cannot_read(localizer, Some(path)))?;
            if let Some(import) = import {
                let name = path.display().to_string();
                inputs.push(Input { imported: Some(import), ..Input::text(name, String::new()) });
                continue;
            }
        }
        let bytes = std::fs::read(path).with_context(|| cannot_read(localizer, Some(path)))?;
        let at_ms = match times.get(index) {
            Some(time) => Some(parse_timestamp(time).with_context(|| {
                localizer.render(&lagscope_core::msg!("cli-at-expected-time", time = time))
            })?),
            None => None,
        };
        inputs.push(Input {
            at_ms,
            ..Input::text(path.display().to_string(), lagscope_core::text::decode_owned(bytes))
        });
    }
    let options = Options { evaluator: *config, consumer: *consumer, csv: mapping.clone() };
    let workbench = build(inputs, &options);
    for input in &workbench.inputs {
        let (name, read_as) = (input.name.as_str(), input.read_as.clone());
        let line = if input.is_untimed_snapshot() {
            lagscope_core::msg!("analyze-read-as-untimed", name = name, read_as = read_as)
        } else {
            lagscope_core::msg!("analyze-read-as", name = name, read_as = read_as)
        };
        eprintln!("{}", localizer.render(&line));
    }
    if output == OutputFormat::Markdown {
        print!("{}", workbench.report(localizer));
    } else {
        print_analysis(&workbench, output == OutputFormat::Json, localizer)?;
    }
    for input in &workbench.inputs {
        for diagnostic in &input.diagnostics {
            eprintln!(
                "{}:{}: {}: {}",
                input.name,
                diagnostic.line,
                localizer.render(&diagnostic_severity(diagnostic.severity)),
                localizer.render(&diagnostic.message)
            );
        }
    }
    // Millions of samples take a while to free, and the process ends here anyway.
    std::mem::forget(workbench);
    Ok(())
}

/// How `analyze` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OutputFormat {
    Text,
    Json,
    Markdown,
}

/// Prints an analysis and its findings, as JSON (with the per-group overview and the zone the
/// times are shown in) or as a report.
fn print_analysis(
    workbench: &lagscope_core::workbench::Workbench,
    json: bool,
    localizer: &Localizer,
) -> anyhow::Result<()> {
    let (report, findings) = (&workbench.analysis, &workbench.findings);
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    if json {
        #[derive(serde::Serialize)]
        struct Output<'a> {
            #[serde(flatten)]
            report: &'a lagscope_core::analyze::AnalysisReport,
            findings: &'a [lagscope_core::findings::Finding],
            overview: Vec<lagscope_core::overview::GroupOverview>,
            zone: &'a lagscope_core::series::clock::Zone,
            #[serde(skip_serializing_if = "lagscope_core::logs::LogTimeline::is_empty")]
            logs: &'a lagscope_core::logs::LogTimeline,
        }
        let overview = lagscope_core::overview::overview(workbench);
        let logs = &workbench.logs;
        write_json(&mut out, localizer, &Output { report, findings, overview, zone: &workbench.zone, logs })?;
    } else {
        for finding in findings {
            let severity = lagscope_core::report::severity_id(finding.severity);
            writeln!(
                out,
                "[{}] {}: {}\n    {}",
                localizer.render(&lagscope_core::msg!("cli-severity", severity = severity)),
                finding.rule,
                localizer.render(&finding.title),
                localizer.render(&finding.summary)
            )?;
        }
        if !findings.is_empty() {
            writeln!(out)?;
        }
        write_log_timeline(&mut out, &workbench.logs, &workbench.zone, localizer)?;
        write_analysis(&mut out, report, localizer)?;
    }
    out.flush()?;
    Ok(())
}

/// Each group's story from the logs (its generations, the poll-timeout storms), then the commit
/// failures per host.
fn write_log_timeline(
    out: &mut impl Write,
    logs: &lagscope_core::logs::LogTimeline,
    zone: &lagscope_core::series::clock::Zone,
    localizer: &Localizer,
) -> std::io::Result<()> {
    use lagscope_core::l10n::Arg;
    use lagscope_core::msg;
    for group in &logs.groups {
        let generations: Vec<String> =
            group.generations.iter().map(|generation| generation.generation.to_string()).collect();
        let name = group.group.clone().unwrap_or_else(|| "-".to_owned());
        let line = msg!(
            "cli-logs-group",
            group = name,
            events = group.events.len(),
            n_generations = generations.len(),
            generations = Arg::list(&generations),
            protocol = group.protocol_id()
        );
        writeln!(out, "{}", localizer.render(&line))?;
        for storm in &group.storms {
            let line = msg!(
                "cli-logs-storm",
                members = storm.members,
                start = Arg::time(storm.start_ms, Some(zone)),
                end = Arg::time(storm.end_ms, Some(zone))
            );
            writeln!(out, "  {}", localizer.render(&line))?;
        }
    }
    for failures in &logs.commit_failures {
        let line = msg!(
            "cli-logs-commit-failures",
            host = failures.host.clone().unwrap_or_else(|| "-".to_owned()),
            count = failures.count,
            first = Arg::time(failures.first_ms, Some(zone)),
            last = Arg::time(failures.last_ms, Some(zone))
        );
        writeln!(out, "{}", localizer.render(&line))?;
    }
    if !logs.is_empty() {
        writeln!(out)?;
    }
    Ok(())
}

fn write_analysis(
    out: &mut impl Write,
    report: &lagscope_core::analyze::AnalysisReport,
    localizer: &Localizer,
) -> std::io::Result<()> {
    use lagscope_core::l10n::Arg;
    use lagscope_core::msg;
    let rate = |value: Option<f64>| value.map_or(Arg::Unknown, Arg::per_second);
    let per_hour = |value: Option<f64>| value.map_or(Arg::Unknown, Arg::per_hour);
    let share = |value: Option<f64>| value.map_or(Arg::Unknown, Arg::share);
    let amount = |value: Option<f64>| value.map_or(Arg::Unknown, Arg::amount);
    if !report.times_ms.is_empty() {
        writeln!(out, "{}", localizer.render(&msg!("analyze-samples", count = report.times_ms.len())))?;
    }
    for host in &report.host_throughput {
        let line = msg!(
            "analyze-host-throughput",
            host = format!("{:<20}", host.host),
            total = host.total,
            share = share(host.share_of_total),
            first = host.first_count,
            last = host.last_count,
            peak = per_hour(host.max_per_hour),
            mean = per_hour(host.mean_per_hour),
        );
        writeln!(out, "{}", localizer.render(&line))?;
    }
    for group in &report.groups {
        let line = msg!(
            "analyze-group",
            group =
                group.group.as_deref().map_or_else(|| Arg::from(msg!("analyze-unnamed-group")), Arg::from),
            status = group.burrow_status.as_str(),
            first_lag = group.first_total_lag,
            last_lag = group.last_total_lag,
            consumed = rate(group.consume_per_s),
            produced = rate(group.produce_per_s),
        );
        writeln!(out, "\n{}", localizer.render(&line))?;
        for host in &group.hosts {
            let line = msg!(
                "analyze-group-host",
                host = format!("{:<24}", host.host),
                partitions = host.n_partitions,
                lag = host.last_lag,
                share = share(host.share_of_lag),
                consumed = rate(host.consume_per_s),
            );
            writeln!(out, "  {}", localizer.render(&line))?;
        }
        for reported in &group.reported {
            let series = format!(
                "{}{}",
                reported.topic.as_deref().unwrap_or(""),
                reported.partition.map(|partition| format!("-{partition}")).unwrap_or_default()
            );
            let line = msg!(
                "analyze-reported",
                metric = &reported.metric,
                series = series,
                first = amount(reported.first),
                last = amount(reported.last),
                max = amount(reported.max),
            );
            writeln!(out, "  {}", localizer.render(&line))?;
        }
        for partition in &group.partitions {
            let line = msg!(
                "analyze-partition",
                partition = format!("{}-{:<6}", partition.topic, partition.partition),
                status = format!("{:<6}", partition.burrow_status.as_str()),
                first_lag = partition.rates.first_lag,
                last_lag = partition.rates.last_lag,
                consumed = rate(partition.rates.consume_per_s),
                produced = rate(partition.rates.produce_per_s),
                behind = partition.time_lag.map(|estimate| estimate.text()),
                rule = partition.burrow_rule.detail.clone(),
            );
            writeln!(out, "  {}", localizer.render(&line))?;
        }
    }
    Ok(())
}

/// Reads a JSON request, answers it with `answer`, prints the JSON response.
fn json_command<Request: serde::de::DeserializeOwned, Response: serde::Serialize>(
    file: Option<&PathBuf>,
    what: lagscope_core::l10n::Message,
    localizer: &Localizer,
    answer: impl FnOnce(&Request) -> Response,
) -> anyhow::Result<()> {
    let text = read_text(file, localizer)?;
    let request: Request = serde_json::from_str(&text)
        .with_context(|| localizer.render(&lagscope_core::msg!("cli-not-a-request", what = what)))?;
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    write_json(&mut stdout, localizer, &answer(&request))
}

/// `lagscope parse`: one line per group (or the JSON contract), then, with `--stats`, the time,
/// the peak memory and what became of every line.
fn parse_command(
    file: Option<PathBuf>,
    json: bool,
    format: Option<Tool>,
    stats: bool,
    localizer: &Localizer,
) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let options = ParseOptions { format };
    let (outcome, account) = match file {
        Some(path) if path.as_os_str() != "-" => {
            let file = std::fs::File::open(&path).with_context(|| cannot_read(localizer, Some(&path)))?;
            let at_offsets = reads_at_offsets(&file).then_some(&file);
            parse_reader(BufReader::with_capacity(1 << 20, &file), at_offsets, options)
                .with_context(|| cannot_read(localizer, Some(&path)))?
        }
        _ => parse_reader(BufReader::with_capacity(1 << 20, std::io::stdin()), None, options)
            .with_context(|| cannot_read(localizer, None))?,
    };
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    if json {
        write_json(&mut stdout, localizer, &ParseReport::new(&outcome))?;
    } else {
        write_summary(&mut stdout, &outcome, localizer)?;
    }
    stdout.flush()?;
    if stats {
        let peak = peak_memory_bytes().map_or_else(|| "unknown".to_owned(), |bytes| bytes.to_string());
        eprintln!("elapsed-seconds: {:.3}", started.elapsed().as_secs_f64());
        eprintln!("peak-memory-bytes: {peak}");
        if let Some(account) = account {
            eprintln!("lines-used: {}", account.n_used);
            eprintln!("lines-noise: {}", account.n_noise);
            eprintln!("lines-reported: {}", account.n_reported);
            if !account.silent.is_empty() {
                eprintln!("lines-dropped-silently: {:?}", account.silent);
            }
        }
    }
    // A million partitions take a while to free, and the process ends here anyway.
    std::mem::forget(outcome);
    Ok(())
}

fn parse_tool(id: &str) -> Result<Tool, String> {
    Tool::from_id(id).ok_or_else(|| {
        let known: Vec<&str> = Tool::ALL.iter().map(|tool| tool.id()).collect();
        format!("unknown format \"{id}\"; expected one of: {}", known.join(", "))
    })
}

/// Parses a stream line by line, so inputs of any size use memory for what they describe, not
/// for their text. UTF-16 files (small, from PowerShell) and JSON documents are read whole.
/// Also says what became of each line, where the input was read as text (not for a binary file).
/// `file`, when given, is the regular file `reader` reads: its lines are then read at offsets
/// (`read_file_windows`), from its start.
fn parse_reader(
    mut reader: impl BufRead + Send,
    file: Option<&std::fs::File>,
    options: ParseOptions,
) -> std::io::Result<(ParseOutcome, Option<LineAccount>)> {
    let head = reader.fill_buf()?;
    if lagscope_core::text::head_looks_binary(head) {
        let outcome = ParseOutcome {
            diagnostics: vec![lagscope_core::text::binary_diagnostic()],
            ..ParseOutcome::default()
        };
        return Ok((outcome, None));
    }
    if lagscope_core::parse::head_is_read_whole(head) {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes)?;
        let (outcome, account) = parse_accounted(&decode(&bytes), options);
        return Ok((outcome, Some(account)));
    }
    let mut parser = LineParser::new(options);
    let n_cores = cores();
    // A full window is parsed on every core.
    let parse = |window: &[u8], _, reads: &windows::NextReads<'_>| {
        let lines = window.strip_suffix(b"\n").unwrap_or(window);
        parse_window(&mut parser, lines, options, n_cores, reads);
        true
    };
    match file {
        Some(file) => read_file_windows(file, n_cores, parse)?,
        None => read_stream_windows(reader, n_cores, parse)?,
    }
    let (outcome, account) = parser.finish_accounted();
    Ok((outcome, Some(account)))
}

/// Reads a large lag CSV a window at a time (`BlockImport`), holding one window of its text
/// rather than all of it; `None` when the file must be read whole: it is something else, or a
/// window is not plain UTF-8 text. What it reads is what `import_with` reads from the whole text.
fn import_in_windows(
    path: &std::path::Path,
    mapping: &lagscope_core::series::csv_import::CsvMapping,
) -> std::io::Result<Option<lagscope_core::series::SeriesImport>> {
    use lagscope_core::series::BlockImport;
    let mut blocks: Option<BlockImport> = None;
    let mut refused = false;
    let n_cores = cores();
    let file = std::fs::File::open(path)?;
    let import = |window: &[u8], is_last: bool, reads: &windows::NextReads<'_>| {
        if let Some(blocks) = &mut blocks {
            refused = !push_on_every_core(blocks, window, n_cores, reads);
            return !refused;
        }
        // A UTF-8 byte-order mark is not text (`decode` drops it); UTF-16 is read whole.
        let start = (!window.starts_with(&[0xFF, 0xFE]) && !window.starts_with(&[0xFE, 0xFF]))
            .then(|| window.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(window));
        let text = start.and_then(|bytes| simdutf8::basic::from_utf8(bytes).ok());
        refused = match text {
            None => true,
            Some(text) => {
                blocks = BlockImport::start(text, is_last, mapping)
                    .filter(|_| !lagscope_core::text::looks_binary(text));
                blocks.is_none()
            }
        };
        !refused
    };
    if reads_at_offsets(&file) {
        read_file_windows(&file, n_cores, import)?;
    } else {
        read_stream_windows(&file, n_cores, import)?;
    }
    Ok(blocks.filter(|_| !refused).map(BlockImport::finish))
}

/// One line per group, then the diagnostics: what people otherwise get from an awk one-liner.
/// Numbers are written as digits, so each column stays one word for `awk`; the words are the
/// reader's language, and columns are padded to the width a terminal shows (Hangul is two wide).
fn write_summary(out: &mut impl Write, outcome: &ParseOutcome, localizer: &Localizer) -> std::io::Result<()> {
    use lagscope_core::msg;
    let unknown = localizer.text("unknown");
    let show = |value: Option<i64>| value.map_or_else(|| unknown.clone(), |value| value.to_string());
    let tool = outcome.source.tool.map_or_else(
        || lagscope_core::l10n::Arg::from(msg!("cli-source-not-recognised")),
        |tool| tool.id().into(),
    );
    let source = match outcome.source.version_hint.as_deref() {
        Some(hint) => msg!("cli-source-with-hint", tool = tool, hint = lagscope_core::source::hint_arg(hint)),
        None => msg!("cli-source", tool = tool),
    };
    writeln!(out, "{}", localizer.render(&source))?;
    let row = |cells: [String; 5]| {
        let [group, partitions, members, lag, state] = cells;
        format!(
            "{} {} {} {} {}",
            pad(&group, 32, Align::Left),
            pad(&partitions, 10, Align::Right),
            pad(&members, 8, Align::Right),
            pad(&lag, 14, Align::Right),
            pad(&state, 20, Align::Left)
        )
    };
    let columns = ["cli-column-group", "cli-column-partitions", "cli-column-members", "cli-column-total-lag"];
    let [group, partitions, members, lag] = columns.map(|id| localizer.text(id));
    writeln!(out, "{}", row([group, partitions, members, lag, localizer.text("cli-column-state")]))?;
    for group in &outcome.snapshot.groups {
        let line = row([
            group.group.clone().unwrap_or_else(|| localizer.text("cli-unnamed-group")),
            group.partitions.len().to_string(),
            group.member_count().map_or_else(|| unknown.clone(), |count| count.to_string()),
            show(group.total_lag()),
            group.state.as_ref().map_or_else(|| unknown.clone(), |state| state.as_str().to_owned()),
        ]);
        writeln!(out, "{line}")?;
    }
    if !outcome.diagnostics.is_empty() {
        let heading = msg!("cli-diagnostics", count = outcome.diagnostics.len());
        writeln!(out, "\n{}", localizer.render(&heading))?;
        for diagnostic in &outcome.diagnostics {
            let line = msg!(
                "cli-diagnostic-line",
                line = diagnostic.line.to_string(),
                severity = diagnostic_severity(diagnostic.severity),
                message = diagnostic.message.clone(),
            );
            writeln!(out, "{}", localizer.render(&line))?;
        }
    }
    Ok(())
}

/// A diagnostic's severity as a word of the reader's language (`warning`, `경고`).
fn diagnostic_severity(severity: lagscope_core::diagnostic::Severity) -> lagscope_core::l10n::Message {
    lagscope_core::msg!("cli-diagnostic-severity", severity = severity.as_str())
}
