//! `lagscope`: the command-line front end. It reads files or standard input, calls
//! `lagscope-core`, and prints; every decision is the core's.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use lagscope_core::contract::ParseReport;
use lagscope_core::parse::{ParseOutcome, parse};
use lagscope_core::text::decode;

/// Kafka consumer-group lag analyzer.
#[derive(Debug, Parser)]
#[command(name = "lagscope", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("lagscope: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Parse { file, json } => {
            let bytes = read_input(file.as_ref())?;
            let outcome = parse(&decode(&bytes));
            let mut stdout = std::io::stdout().lock();
            if json {
                serde_json::to_writer_pretty(&mut stdout, &ParseReport::new(&outcome))?;
                writeln!(stdout)?;
            } else {
                write_summary(&mut stdout, &outcome)?;
            }
            Ok(())
        }
    }
}

fn read_input(file: Option<&PathBuf>) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    match file {
        Some(path) if path.as_os_str() != "-" => {
            bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        }
        _ => {
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .context("cannot read standard input")?;
        }
    }
    Ok(bytes)
}

/// One line per group, then the diagnostics: what people otherwise get from an awk one-liner.
fn write_summary(out: &mut impl Write, outcome: &ParseOutcome) -> std::io::Result<()> {
    let show = |value: Option<i64>| value.map_or_else(|| "unknown".to_owned(), |value| value.to_string());
    writeln!(
        out,
        "{:<32} {:>10} {:>8} {:>14} {:<20}",
        "GROUP", "PARTITIONS", "MEMBERS", "TOTAL-LAG", "STATE"
    )?;
    for group in &outcome.snapshot.groups {
        writeln!(
            out,
            "{:<32} {:>10} {:>8} {:>14} {:<20}",
            group.group.as_deref().unwrap_or("(unnamed)"),
            group.partitions.len(),
            group.members.len(),
            show(group.total_lag()),
            group.state.as_ref().map_or("unknown", |state| state.as_str()),
        )?;
    }
    if !outcome.diagnostics.is_empty() {
        writeln!(out, "\n{} diagnostics:", outcome.diagnostics.len())?;
        for diagnostic in &outcome.diagnostics {
            writeln!(
                out,
                "line {}: {}: {}",
                diagnostic.line,
                diagnostic.severity.as_str(),
                diagnostic.message
            )?;
        }
    }
    Ok(())
}
