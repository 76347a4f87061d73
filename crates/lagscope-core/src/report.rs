//! A Markdown post-incident summary: what happened, the timeline, each finding with its evidence and
//! its rule's advice, and the per-group and per-host numbers, ready to paste into a ticket or wiki.
//!
//! Every word comes from the catalogue (`report-…` ids) in the reader's language; the Markdown
//! around them (headings, tables, emphasis) and the names (groups, hosts, rules, Burrow's statuses)
//! are the same in every language.

use std::fmt::Write as _;

use crate::analyze::AnalysisReport;
use crate::findings::evidence;
use crate::findings::{Finding, FindingSeverity, catalogue};
use crate::l10n::{Arg, Localizer, Message};
use crate::msg;
use crate::series::clock::{Zone, ZoneSource, seconds_in_zone};

/// Renders the report in `localizer`'s language, with times in `zone` (the incident's own).
/// `sources` names the inputs (file names, or a description).
#[must_use]
pub fn markdown(
    analysis: &AnalysisReport,
    findings: &[Finding],
    sources: &[String],
    zone: &Zone,
    localizer: &Localizer,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", localizer.text("report-title"));
    let span = match (analysis.times_ms.first(), analysis.times_ms.last()) {
        (Some(first), Some(last)) if analysis.times_ms.len() > 1 => msg!(
            "report-span-samples",
            count = analysis.times_ms.len(),
            from = Arg::time(*first, Some(zone)),
            to = Arg::time(*last, Some(zone)),
        ),
        _ => msg!("report-span-snapshot"),
    };
    let generated = msg!("report-generated", span = span, inputs = Arg::list(sources));
    let _ = writeln!(out, "_{}_\n", localizer.render(&generated));

    let _ = writeln!(out, "## {}\n", localizer.text("report-what-happened"));
    if findings.is_empty() {
        let _ = writeln!(out, "{}\n", localizer.text("report-no-findings"));
    }
    for finding in findings {
        let _ = writeln!(
            out,
            "- **{}** ({}, `{}`): {}",
            localizer.render(&finding.title),
            localizer.render(&severity(finding.severity)),
            finding.rule,
            localizer.render(&finding.summary),
        );
    }
    if !findings.is_empty() {
        out.push('\n');
    }

    write_timeline(&mut out, analysis, zone, localizer);
    write_findings(&mut out, findings, zone, localizer);
    write_groups(&mut out, analysis, localizer);
    out
}

/// One argument as `localizer`'s language writes it (a count, a duration, a nested message…).
fn say(localizer: &Localizer, value: impl Into<Arg>) -> String {
    let mut out = String::new();
    localizer.write_arg(&value.into(), &mut out, 0);
    out
}

/// A group's name in backticks, or "(unnamed)".
fn group_name(group: Option<&str>, localizer: &Localizer) -> String {
    format!("`{}`", group.map_or_else(|| localizer.text("report-unnamed"), str::to_owned))
}

/// The time column's heading: `Time (KST)`, or just `Time` for a table's own clock.
fn time_heading(zone: &Zone, localizer: &Localizer) -> String {
    match zone.source {
        ZoneSource::AsPrinted | ZoneSource::HoursOnly => localizer.text("report-time"),
        ZoneSource::Stated | ZoneSource::AssumedUtc => {
            localizer.render(&msg!("report-time-in-zone", zone = &zone.name))
        }
    }
}

/// A Markdown table's heading row and its alignment row (`right` marks the numeric columns).
fn table_head(out: &mut String, localizer: &Localizer, columns: &[(&str, bool)]) {
    let names: Vec<String> = columns.iter().map(|(id, _)| localizer.text(id)).collect();
    let aligns: Vec<&str> = columns.iter().map(|(_, right)| if *right { "---:" } else { "---" }).collect();
    let _ = writeln!(out, "| {} |\n|{}|", names.join(" | "), aligns.join("|"));
}

fn write_timeline(out: &mut String, analysis: &AnalysisReport, zone: &Zone, localizer: &Localizer) {
    let timelines: Vec<_> = analysis.groups.iter().filter(|group| group.lag_timeline.len() > 1).collect();
    if !timelines.is_empty() {
        let _ = writeln!(out, "## {}\n", localizer.text("report-timeline"));
        for group in timelines {
            let of = msg!("report-total-lag-of", group = group_name(group.group.as_deref(), localizer));
            let _ = writeln!(out, "{}\n", localizer.render(&of));
            let _ = writeln!(
                out,
                "| {} | {} |\n|---|---:|",
                time_heading(zone, localizer),
                localizer.text("report-total-lag")
            );
            for (time_ms, lag) in &group.lag_timeline {
                let _ = writeln!(out, "| {} | {} |", seconds_in_zone(*time_ms, zone), say(localizer, *lag));
            }
            out.push('\n');
        }
    }
    if !analysis.host_throughput.is_empty() {
        let _ = writeln!(out, "## {}\n", localizer.text("report-per-host"));
        table_head(
            out,
            localizer,
            &[
                ("report-host", false),
                ("report-processed", true),
                ("report-share", true),
                ("report-first-interval", true),
                ("report-last-interval", true),
                ("report-peak-per-hour", true),
                ("report-mean-per-hour", true),
            ],
        );
        for host in &analysis.host_throughput {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                host.host,
                say(localizer, host.total),
                say(localizer, host.share_of_total.map(Arg::share)),
                say(localizer, host.first_count),
                say(localizer, host.last_count),
                say(localizer, host.max_per_hour.map(|value| Arg::decimal(value, 0))),
                say(localizer, host.mean_per_hour.map(|value| Arg::decimal(value, 0))),
            );
        }
        out.push('\n');
    }
}

fn write_findings(out: &mut String, findings: &[Finding], zone: &Zone, localizer: &Localizer) {
    if findings.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", localizer.text("report-findings"));
    let docs = catalogue();
    for finding in findings {
        let _ = writeln!(out, "### {}\n", localizer.render(&finding.title));
        let byline = msg!(
            "report-finding-rule",
            severity = severity(finding.severity),
            rule = format!("`{}`", finding.rule),
        );
        let _ = writeln!(out, "_{}_\n", localizer.render(&byline));
        let _ = writeln!(out, "{}\n", localizer.render(&finding.summary));
        if !finding.evidence.is_empty() {
            table_head(out, localizer, &[("report-evidence", false), ("report-value", false)]);
            for (name, value) in &finding.evidence {
                let _ = writeln!(
                    out,
                    "| {} | {} |",
                    evidence::label_text(name, localizer),
                    evidence::value_text(name, value, zone, localizer).replace('|', "\\|")
                );
            }
            out.push('\n');
        }
        if let Some(rule) = docs.iter().find(|rule| rule.id == finding.rule) {
            let (why, next) = (localizer.render(&rule.why()), localizer.render(&rule.next()));
            let _ = writeln!(out, "**{}** {why}\n", localizer.text("report-why"));
            let _ = writeln!(out, "**{}** {next}\n", localizer.text("report-next"));
        }
    }
}

fn write_groups(out: &mut String, analysis: &AnalysisReport, localizer: &Localizer) {
    if !analysis.groups.iter().any(|group| !group.partitions.is_empty()) {
        return;
    }
    let _ = writeln!(out, "## {}\n", localizer.text("report-groups"));
    table_head(
        out,
        localizer,
        &[
            ("report-group", false),
            ("report-burrow", false),
            ("report-lag-first-last", true),
            ("report-consumed-per-s", true),
            ("report-produced-per-s", true),
            ("report-time-to-drain", true),
        ],
    );
    for group in analysis.groups.iter().filter(|group| !group.partitions.is_empty()) {
        let drain = group.drain_seconds.map_or_else(
            || localizer.text("report-not-draining"),
            |seconds| say(localizer, Arg::seconds(seconds)),
        );
        let _ = writeln!(
            out,
            "| {} | {} | {} → {} | {} | {} | {drain} |",
            group.group.as_deref().map_or_else(|| localizer.text("report-unnamed"), str::to_owned),
            group.burrow_status.as_str(),
            say(localizer, group.first_total_lag),
            say(localizer, group.last_total_lag),
            say(localizer, group.consume_per_s.map(|rate| Arg::decimal(rate, 1))),
            say(localizer, group.produce_per_s.map(|rate| Arg::decimal(rate, 1))),
        );
    }
    out.push('\n');
    for group in analysis.groups.iter().filter(|group| !group.hosts.is_empty()) {
        let of = msg!("report-hosts-of", group = group_name(group.group.as_deref(), localizer));
        let _ = writeln!(out, "{}\n", localizer.render(&of));
        table_head(
            out,
            localizer,
            &[
                ("report-host", false),
                ("report-partitions", true),
                ("report-lag", true),
                ("report-share-of-lag", true),
                ("report-consumed-per-s", true),
            ],
        );
        for host in &group.hosts {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                host.host,
                say(localizer, host.n_partitions),
                say(localizer, host.last_lag),
                say(localizer, host.share_of_lag.map(Arg::share)),
                say(localizer, host.consume_per_s.map(|rate| Arg::decimal(rate, 1))),
            );
        }
        out.push('\n');
    }
}

/// A finding's severity as a word of the reader's language.
fn severity(severity: FindingSeverity) -> Message {
    msg!("report-severity", severity = severity_id(severity))
}

/// The severity's stable name (the JSON contract's word), which the catalogue selects on.
#[must_use]
pub fn severity_id(severity: FindingSeverity) -> &'static str {
    match severity {
        FindingSeverity::Info => "info",
        FindingSeverity::Warning => "warning",
        FindingSeverity::Critical => "critical",
    }
}
