//! Downloads of the normalised data: one CSV row per partition of the newest snapshot (unknown
//! values are empty cells, never 0), and the whole analysis as JSON.

use crate::l10n::Localizer;
use crate::model::Snapshot;
use crate::workbench::Workbench;

/// `group,topic,partition,current_offset,log_end_offset,lag,consumer_id,host,client_id`.
#[must_use]
pub fn snapshot_csv(snapshot: &Snapshot) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record([
        "group",
        "topic",
        "partition",
        "current_offset",
        "log_end_offset",
        "lag",
        "consumer_id",
        "host",
        "client_id",
    ]);
    let number = |value: Option<i64>| value.map(|v| v.to_string()).unwrap_or_default();
    for group in &snapshot.groups {
        for partition in &group.partitions {
            let _ = writer.write_record([
                group.group.clone().unwrap_or_default(),
                partition.topic.to_string(),
                partition.partition.to_string(),
                number(partition.current_offset),
                number(partition.log_end_offset),
                number(partition.lag),
                partition.consumer_id.as_deref().unwrap_or_default().to_owned(),
                partition.host.as_deref().unwrap_or_default().to_owned(),
                partition.client_id.as_deref().unwrap_or_default().to_owned(),
            ]);
        }
    }
    writer.into_inner().map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default()
}

/// The analysis (inputs, snapshot, series analysis, findings) as pretty JSON, every message
/// rendered in `localizer`'s language beside its id ([`Localizer::to_json`]).
#[must_use]
pub fn workbench_json(workbench: &Workbench, localizer: &Localizer) -> String {
    localizer.to_json(workbench).and_then(|json| serde_json::to_string_pretty(&json)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_values_are_empty_cells() {
        let outcome = crate::parse::parse(
            "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
             g t 0 - 10 - - - -\n",
        );
        let csv = snapshot_csv(&outcome.snapshot);
        assert_eq!(csv.lines().nth(1), Some("g,t,0,,10,,,,"));
    }
}
