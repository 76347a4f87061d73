//! A run written as the analyzer's inputs: timed `kafka-consumer-groups.sh --describe` dumps (the
//! offsets view and the members view at every sample, each after a `date` line, as an engineer
//! captures them in a loop), a lag CSV, and a text summary. The dumps and the CSV are machine
//! formats, the same in every language; the summary is written in the reader's.

use std::fmt::Write as _;

use super::output::{EventKind, Outcome};
use crate::l10n::format::{Align, pad};
use crate::l10n::{Arg, Localizer, Message};
use crate::msg;

/// The dump captured at every sample: `date`, then for every group `--describe` and
/// `--describe --members`.
#[must_use]
pub fn timed_dumps(outcome: &Outcome) -> String {
    let mut out = String::new();
    for (index, time_ms) in outcome.sample_times_ms.iter().enumerate() {
        let _ = writeln!(out, "$ date\n{}", date_line(*time_ms));
        for group in outcome.groups() {
            describe(&mut out, group, index);
        }
    }
    out
}

/// One group's `--describe` (and `--members`) at one sample, as the tool prints it: during a
/// rebalance (classic `PreparingRebalance`/`CompletingRebalance`, KIP-848 `Assigning`/`Reconciling`)
/// the warning comes first (`ConsumerGroupService.shouldPrintMemberState`); a classic group in a
/// rebalance lists no owners, a KIP-848 group lists the current ones.
fn describe(out: &mut String, outcome: &Outcome, index: usize) {
    let group = &outcome.group;
    let sample = &outcome.samples[index];
    let classic_rebalance = matches!(sample.state, "PreparingRebalance" | "CompletingRebalance");
    let rebalancing = classic_rebalance || matches!(sample.state, "Assigning" | "Reconciling");
    let _ = writeln!(
        out,
        "$ kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group {group}"
    );
    if sample.state == "Empty" {
        let _ = writeln!(out, "\nConsumer group '{group}' has no active members.");
    } else if rebalancing {
        let _ = writeln!(out, "\nWarning: Consumer group '{group}' is rebalancing.");
    }
    let mut rows = vec![[
        "GROUP".to_owned(),
        "TOPIC".to_owned(),
        "PARTITION".to_owned(),
        "CURRENT-OFFSET".to_owned(),
        "LOG-END-OFFSET".to_owned(),
        "LAG".to_owned(),
        "CONSUMER-ID".to_owned(),
        "HOST".to_owned(),
        "CLIENT-ID".to_owned(),
    ]];
    for partition in &outcome.partitions {
        let Some(log_end_offset) = partition.log_end_offset[index] else { continue };
        let owner = if classic_rebalance {
            None
        } else {
            partition.owner[index].map(|member| &outcome.members[member as usize])
        };
        rows.push([
            group.clone(),
            partition.topic.clone(),
            partition.partition.to_string(),
            partition.committed[index].map_or_else(|| "-".to_owned(), |offset| offset.to_string()),
            log_end_offset.to_string(),
            partition.lag[index].map_or_else(|| "-".to_owned(), |lag| lag.to_string()),
            owner.map_or_else(|| "-".to_owned(), |member| member.member_id.clone()),
            owner.map_or_else(|| "-".to_owned(), |member| member.address.clone()),
            owner.map_or_else(|| "-".to_owned(), |member| member.client_id.clone()),
        ]);
    }
    out.push('\n');
    write_table(out, &rows);
    if sample.state == "Empty" || classic_rebalance {
        return;
    }
    let _ = writeln!(
        out,
        "$ kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group {group} --members"
    );
    let with_instances =
        sample.members.iter().any(|member| outcome.members[*member as usize].group_instance_id.is_some());
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec!["GROUP", "CONSUMER-ID"];
    if with_instances {
        header.push("GROUP-INSTANCE-ID");
    }
    header.extend(["HOST", "CLIENT-ID", "#PARTITIONS"]);
    rows.push(header.into_iter().map(str::to_owned).collect());
    let mut members: Vec<u32> = sample.members.clone();
    members
        .sort_by(|a, b| outcome.members[*a as usize].member_id.cmp(&outcome.members[*b as usize].member_id));
    for member in members {
        let series = &outcome.members[member as usize];
        let n_partitions =
            outcome.partitions.iter().filter(|partition| partition.owner[index] == Some(member)).count();
        let mut row = vec![group.clone(), series.member_id.clone()];
        if with_instances {
            row.push(series.group_instance_id.clone().unwrap_or_else(|| "-".to_owned()));
        }
        row.extend([series.address.clone(), series.client_id.clone(), n_partitions.to_string()]);
        rows.push(row);
    }
    out.push('\n');
    write_table(out, &rows);
}

fn write_table<Row: AsRef<[String]>>(out: &mut String, rows: &[Row]) {
    let n_columns = rows.first().map_or(0, |row| row.as_ref().len());
    let widths: Vec<usize> = (0..n_columns)
        .map(|column| rows.iter().map(|row| row.as_ref()[column].len()).max().unwrap_or(0).max(15))
        .collect();
    for row in rows {
        let cells = row.as_ref();
        let mut line = String::new();
        for (column, cell) in cells.iter().enumerate() {
            if column + 1 == cells.len() {
                line.push_str(cell);
            } else {
                let _ = write!(line, "{cell:<width$} ", width = widths[column]);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// `date`'s output in UTC: `Thu Mar 17 18:30:00 UTC 2022`.
#[must_use]
pub fn date_line(time_ms: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let iso = crate::series::clock::utc(time_ms);
    let weekday = DAYS[time_ms.div_euclid(86_400_000).rem_euclid(7) as usize];
    let month: usize = iso[5..7].parse().unwrap_or(1);
    let day: u32 = iso[8..10].parse().unwrap_or(1);
    format!("{weekday} {} {day:>2} {} UTC {}", MONTHS[month - 1], &iso[11..19], &iso[0..4])
}

/// `2022-03-17T18:00:00Z`.
fn rfc3339(time_ms: i64) -> String {
    let iso = crate::series::clock::utc(time_ms);
    format!("{}T{}Z", &iso[0..10], &iso[11..19])
}

/// One row per partition and sample: `time,group,topic,partition,current_offset,log_end_offset,lag,host`
/// (unknown values are empty cells).
#[must_use]
pub fn lag_csv(outcome: &Outcome) -> String {
    let mut out = String::from("time,group,topic,partition,current_offset,log_end_offset,lag,host\n");
    let cell = |value: Option<i64>| value.map_or_else(String::new, |value| value.to_string());
    for (index, time_ms) in outcome.sample_times_ms.iter().enumerate() {
        let time = rfc3339(*time_ms);
        for group in outcome.groups() {
            for partition in &group.partitions {
                let Some(log_end_offset) = partition.log_end_offset[index] else { continue };
                let host = partition.owner[index]
                    .map_or("", |member| group.members[member as usize].address.as_str());
                let _ = writeln!(
                    out,
                    "{time},{},{},{},{},{log_end_offset},{},{host}",
                    group.group,
                    partition.topic,
                    partition.partition,
                    cell(partition.committed[index]),
                    cell(partition.lag[index]),
                );
            }
        }
    }
    out
}

/// A summary for people, in `localizer`'s language: per group, totals, hosts, and the events that
/// matter.
#[must_use]
pub fn text_summary(outcome: &Outcome, localizer: &Localizer) -> String {
    let mut out = String::new();
    for (index, group) in outcome.groups().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        group_summary(&mut out, group, localizer);
    }
    out
}

fn group_summary(out: &mut String, outcome: &Outcome, localizer: &Localizer) {
    let summary = &outcome.summary;
    let mut line = |message: Message| {
        out.push_str(&localizer.render(&message));
        out.push('\n');
    };
    line(msg!(
        "sim-summary-title",
        scenario = &outcome.scenario,
        seed = outcome.seed.to_string(),
        group = &outcome.group,
    ));
    line(msg!(
        "sim-summary-protocol",
        protocol = format!("{:?}", outcome.protocol),
        assignor = outcome.assignor.name(),
    ));
    line(msg!(
        "sim-summary-totals",
        rebalances = summary.n_rebalances,
        produced = summary.produced,
        processed = summary.processed,
        duplicates = summary.duplicates,
        commit_failures = summary.n_commit_failures,
    ));
    let counted =
        |name: String, count: u32| localizer.render(&msg!("sim-summary-count", name = name, count = count));
    if !summary.commit_failures.is_empty() {
        let kinds =
            summary.commit_failures.iter().map(|(error, count)| counted(error.as_str().to_owned(), *count));
        line(msg!("sim-summary-failed-commits", failures = Arg::list(kinds)));
    }
    let leaves: Arg = if summary.leaves.is_empty() {
        msg!("sim-summary-none").into()
    } else {
        Arg::list(
            summary.leaves.iter().map(|(reason, count)| counted(localizer.render(&reason.label()), *count)),
        )
    };
    line(msg!("sim-summary-members-left", leaves = leaves));
    line(msg!(
        "sim-summary-lag",
        first_lag = summary.first_total_lag,
        max_lag = summary.max_total_lag,
        final_lag = summary.final_total_lag,
        unowned = Arg::millis(summary.unowned_ms),
    ));
    let _ = writeln!(
        out,
        "\n{} {}",
        pad(&localizer.text("sim-summary-host"), 20, Align::Left),
        localizer.text("sim-summary-processed")
    );
    for host in &outcome.hosts {
        let total: u64 = host.processed.iter().sum();
        let _ = writeln!(out, "{} {total}", pad(&host.host, 20, Align::Left));
    }
    let _ = writeln!(out, "\n{}", localizer.text("sim-summary-events"));
    let mut shown = 0;
    for event in &outcome.events {
        if matches!(event.kind, EventKind::Assigned | EventKind::Started | EventKind::Revoked) {
            continue;
        }
        if shown == 60 {
            let _ = writeln!(
                out,
                "{}",
                localizer.render(&msg!("sim-summary-more-events", count = outcome.events.len()))
            );
            break;
        }
        shown += 1;
        let who = event.member_id.as_deref().map(|member| format!(" {member}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "{} {}{who}: {}",
            &crate::series::clock::utc(event.at_ms)[11..],
            localizer.render(&event.kind.label()),
            localizer.render(&event.detail)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines_read_like_date() {
        assert_eq!(date_line(1_647_541_800_000), "Thu Mar 17 18:30:00 UTC 2022");
        assert_eq!(date_line(0), "Thu Jan  1 00:00:00 UTC 1970");
        assert_eq!(rfc3339(1_647_541_800_000), "2022-03-17T18:30:00Z");
    }
}
