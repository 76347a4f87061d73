//! What each evidence number measures, so a front end can show it in a person's units (a time of
//! day, "2 h 55 min", a percentage, a rate) while the JSON keeps the raw numbers.
//!
//! Every key a rule writes, including the keys inside its nested objects, is listed here; a test
//! runs every rule over the fixtures and fails on a key this table does not know. Each key has a
//! label people read, `evidence-<key>` in the catalogues (`_` written `-`): [`label`].

use std::borrow::Cow;

use serde::Serialize;

use crate::l10n::Message;

/// The unit of one evidence value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceUnit {
    /// A moment: milliseconds since the epoch.
    TimeMs,
    /// A length of time in milliseconds.
    DurationMs,
    /// A length of time in seconds.
    DurationS,
    /// A fraction in [0, 1].
    Share,
    /// Records per second.
    PerSecond,
    /// Records per hour.
    PerHour,
    /// A count of records, partitions, members…
    Count,
    /// A name, a yes/no, or a nested record: shown as it is.
    Plain,
}

/// Moments.
const TIMES: &[&str] = &[
    "joined_after_ms",
    "joined_by_ms",
    "left_after_ms",
    "left_by_ms",
    "from_ms",
    "to_ms",
    "first_close_ms",
    "last_close_ms",
    "settled_ms",
    "first_failure_ms",
    "last_failure_ms",
    "first_removal_ms",
    "last_removal_ms",
    "first_rebalance_end_ms",
    "last_rebalance_end_ms",
    "largest_storm_start_ms",
    "largest_storm_end_ms",
    "longest_start_ms",
    "longest_end_ms",
    "lag_before_ms",
    "lag_after_ms",
];
/// Lengths of time in milliseconds.
const DURATIONS_MS: &[&str] = &[
    "span_ms",
    "max_poll_interval_ms",
    "batch_ms",
    "processing_ms_per_record",
    "held_up_ms",
    "longest_ms",
    "longest_stay_ms",
    "shortest_stay_ms",
    "offset_ms",
];
/// Lengths of time in seconds.
const DURATIONS_S: &[&str] = &["drain_seconds_at_its_rate"];
/// Rates per second.
const PER_SECOND: &[&str] = &[
    "produce_per_s",
    "consume_per_s",
    "topic_median_produce_per_s",
    "peers_median_peak_per_s",
    "peers_median_consume_per_s",
    "peak_consume_per_s",
    "consume_per_s_per_partition",
    "consume_per_member_per_s",
    "peers_median_per_partition",
];
/// Rates per hour.
const PER_HOUR: &[&str] = &["peak_per_hour", "mean_per_hour", "peers_median_peak_per_hour"];
/// Names, flags and nested records.
const PLAIN: &[&str] = &[
    "host",
    "topic",
    "member",
    "partition",
    "state",
    "burrow_status",
    "burrow_rule",
    "hosts",
    "members_without_partitions",
    "unowned_partitions",
    "most_partitions",
    "fewest_partitions",
    "peers_went_quiet",
    "peers_ran_out_of_work",
    "one_host_at_a_time",
    "static_members",
    "capped_by_partitions",
    "max_poll_interval_ms_is_default",
    "max_poll_records_is_default",
    "concurrency_is_default",
    "changes",
    "rows",
    "errors",
    "peers",
    "held_up_by",
    "longest_generation",
    "broker",
    "looks_like_zone",
];
/// Counts.
const COUNTS: &[&str] = &[
    "current_offset",
    "log_end_offset",
    "partitions",
    "lag",
    "members",
    "unowned_lag",
    "topic_median_lag",
    "storms",
    "safe_max_poll_records",
    "max_poll_records",
    "n_left",
    "n_joined",
    "n_changes",
    "n_before",
    "n_after",
    "members_needed",
    "lowest_lag_while_joined",
    "lag_before_join",
    "lag_after_leave",
    "group_partitions",
    "group_lag",
    "first_interval",
    "peers_first_interval",
    "configured_threads",
    "printed_lag",
    "computed_lag",
    "members_left",
    "commit_failures",
    "peer_commit_failures",
    "consumers_closed",
    "largest_storm_members",
    "rebalances",
    "slow_rebalances",
    "removals",
    "lag_before",
    "lag_after",
    "generations",
];
/// Shares.
const SHARES: &[&str] =
    &["share_of_lag", "share_of_topic_produce", "share_of_topic_lag", "share_of_partitions"];

/// Every key, with its unit.
const TABLES: [(&[&str], EvidenceUnit); 8] = [
    (TIMES, EvidenceUnit::TimeMs),
    (DURATIONS_MS, EvidenceUnit::DurationMs),
    (DURATIONS_S, EvidenceUnit::DurationS),
    (PER_SECOND, EvidenceUnit::PerSecond),
    (PER_HOUR, EvidenceUnit::PerHour),
    (SHARES, EvidenceUnit::Share),
    (COUNTS, EvidenceUnit::Count),
    (PLAIN, EvidenceUnit::Plain),
];

/// The unit of the evidence under `key`, or `None` for a key no rule writes.
#[must_use]
pub fn unit_of(key: &str) -> Option<EvidenceUnit> {
    TABLES.iter().find(|(keys, _)| keys.contains(&key)).map(|(_, unit)| *unit)
}

/// Every key a rule writes (nested objects' keys included).
pub fn keys() -> impl Iterator<Item = &'static str> {
    TABLES.iter().flat_map(|(keys, _)| keys.iter().copied())
}

/// The label of the evidence under `key` (`evidence-drain-seconds-at-its-rate`: "time to drain at
/// its rate"), or `None` for a key no rule writes.
#[must_use]
pub fn label(key: &str) -> Option<Message> {
    unit_of(key)?;
    Some(Message { id: Cow::Owned(label_id(key)), args: Vec::new() })
}

/// The catalogue id of `key`'s label.
#[must_use]
pub fn label_id(key: &str) -> String {
    format!("evidence-{}", key.replace('_', "-"))
}

/// An evidence key as people read it in `localizer`'s language: its label, or for a key this
/// table does not know, the key with spaces for underscores.
#[must_use]
pub fn label_text(key: &str, localizer: &crate::l10n::Localizer) -> String {
    match label(key).filter(|label| localizer.has(&label.id)) {
        Some(label) => localizer.render(&label),
        None => key.replace('_', " "),
    }
}

/// An evidence value as an engineer reads it, the same on the page and in the report: times as
/// the incident's wall clock (`2026-03-14 10:05 KST`), durations as "2 h 55 min", shares as
/// percentages, rates with their unit, counts grouped, flags and `null` as words of the language,
/// lists joined with `; `, nested records field by field with their labels.
#[must_use]
pub fn value_text(
    key: &str,
    value: &serde_json::Value,
    zone: &crate::series::clock::Zone,
    localizer: &crate::l10n::Localizer,
) -> String {
    use crate::l10n::format;
    let lang = localizer.lang();
    match value {
        serde_json::Value::Number(number) => {
            let Some(n) = number.as_f64() else { return number.to_string() };
            match unit_of(key) {
                Some(EvidenceUnit::TimeMs) => number
                    .as_i64()
                    .map_or_else(|| format::amount(n), |ms| crate::series::clock::moment(ms, zone)),
                Some(EvidenceUnit::DurationMs) => format::duration(n / 1000.0, lang),
                Some(EvidenceUnit::DurationS) => format::duration(n, lang),
                Some(EvidenceUnit::Share) => format::share(n),
                Some(EvidenceUnit::PerSecond) => format::per_second(n, lang),
                Some(EvidenceUnit::PerHour) => format::per_hour(n, lang),
                Some(EvidenceUnit::Count | EvidenceUnit::Plain) | None => format::amount(n),
            }
        }
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Bool(yes) => localizer.text(if *yes { "evidence-yes" } else { "evidence-no" }),
        serde_json::Value::Null => localizer.text("unknown"),
        serde_json::Value::Array(items) => {
            items.iter().map(|item| value_text(key, item, zone, localizer)).collect::<Vec<_>>().join("; ")
        }
        serde_json::Value::Object(fields) => fields
            .iter()
            .map(|(field, value)| {
                format!("{}: {}", label_text(field, localizer), value_text(field, value, zone, localizer))
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_listed_once_and_labelled() {
        let all: Vec<&str> = keys().collect();
        let unique: std::collections::BTreeSet<&str> = all.iter().copied().collect();
        assert_eq!(all.len(), unique.len(), "a key is in two tables");
        assert_eq!(
            label("drain_seconds_at_its_rate").map(|m| m.id.into_owned()).as_deref(),
            Some("evidence-drain-seconds-at-its-rate")
        );
        assert_eq!(label("not_a_key"), None);
    }
}
