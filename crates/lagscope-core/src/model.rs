//! The data model of consumer-group snapshots: what one or more dumps say about groups, their
//! members and the partitions they consume.
//!
//! Unknown values are `None`, never 0: a `-` in a dump means the tool did not know.
//! Offsets and lags are integers. Strings that repeat across rows (topics, member ids, hosts) are
//! shared [`Name`]s, so a million-row dump costs memory per row, not per repeated id.

use std::collections::BTreeSet;

use serde::{Serialize, Serializer};

/// A shared, immutable string (a topic, member id, host or client id): reference-counted like
/// `Arc<str>`, behind a pointer half as wide.
pub type Name = arcstr::ArcStr;

/// Everything parsed from one input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    /// Groups sorted by id; a group without an id (a dump that does not name it) sorts first.
    pub groups: Vec<GroupSnapshot>,
}

/// One consumer group as the dump describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct GroupSnapshot {
    /// The group id, when the dump names it.
    pub group: Option<String>,
    /// The group state, when the dump tells it.
    pub state: Option<GroupState>,
    /// The coordinator broker as printed (`host:port (id)`, or a broker id).
    pub coordinator: Option<String>,
    /// The partition assignor in use (`range`, `cooperative-sticky`, `uniform`, …).
    pub assignment_strategy: Option<String>,
    /// The number of members, when a state view or a monitor says it.
    pub n_members: Option<u32>,
    /// The group's total lag as the tool printed it (Burrow's `totallag`, rpk's `TOTAL-LAG`, the
    /// Confluent CLI's Total Lag, kafka-ui's consumerLag). It can cover partitions the input does
    /// not list, so it may differ from the sum of the listed lags.
    pub reported_total_lag: Option<i64>,
    /// Committed offsets per partition, sorted by (topic, partition).
    pub partitions: Vec<PartitionOffsets>,
    /// Members, when a members listing was pasted, sorted by member id then host and client id.
    pub members: Vec<Member>,
    /// Offsets a `--reset-offsets` plan or result names, sorted by (topic, partition).
    pub offset_resets: Vec<OffsetReset>,
    /// Per-partition results of `--delete-offsets`, in input order.
    pub offset_deletions: Vec<OffsetDeletion>,
}

/// The sum of lags or offsets, saturating at `i64`'s bounds: the one way the crate adds numbers
/// read from input (two lags of `i64::MAX` are `i64::MAX`, never a wrapped negative).
#[must_use]
pub fn saturating_sum(values: impl IntoIterator<Item = i64>) -> i64 {
    values.into_iter().fold(0, i64::saturating_add)
}

impl GroupSnapshot {
    /// A group with nothing known about it yet.
    #[must_use]
    pub fn named(group: Option<String>) -> Self {
        Self { group, ..Self::default() }
    }

    /// The sum of the known lags, or `None` when no partition has a known lag.
    #[must_use]
    pub fn total_lag(&self) -> Option<i64> {
        self.partitions
            .iter()
            .filter_map(|partition| partition.lag)
            .fold(None, |sum: Option<i64>, lag| Some(sum.unwrap_or(0).saturating_add(lag)))
    }

    /// The number of members: as a state view or monitor printed it, else the members listed,
    /// else unknown.
    #[must_use]
    pub fn member_count(&self) -> Option<u32> {
        self.n_members.or_else(|| {
            (!self.members.is_empty()).then(|| u32::try_from(self.members.len()).unwrap_or(u32::MAX))
        })
    }

    /// The total lag a tool printed, when it differs from the sum of the listed lags (it then
    /// covers partitions the input does not list).
    #[must_use]
    pub fn reported_total_lag_if_different(&self) -> Option<i64> {
        self.reported_total_lag.filter(|reported| Some(*reported) != self.total_lag())
    }

    /// The distinct hosts that own a partition, sorted.
    #[must_use]
    pub fn hosts(&self) -> Vec<&str> {
        let hosts: BTreeSet<&str> =
            self.partitions.iter().filter_map(|partition| partition.host.as_deref()).collect();
        hosts.into_iter().collect()
    }

    /// The number of partitions whose lag is unknown.
    #[must_use]
    pub fn n_partitions_with_unknown_lag(&self) -> usize {
        self.partitions.iter().filter(|partition| partition.lag.is_none()).count()
    }
}

/// One row of an offsets view: a partition, its offsets and its current owner.
///
/// Field names follow the tool's columns (`CURRENT-OFFSET` → `current_offset`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartitionOffsets {
    /// Topic name.
    pub topic: Name,
    /// Partition number.
    pub partition: i32,
    /// The group's committed offset; `None` when never committed (`-`).
    pub current_offset: Option<i64>,
    /// The partition's log-end offset; `None` when the tool could not read it.
    pub log_end_offset: Option<i64>,
    /// Lag in records as printed; `None` when unknown.
    pub lag: Option<i64>,
    /// The owning member's id; `None` when the partition has no owner.
    pub consumer_id: Option<Name>,
    /// The owning member's host as the broker reports it (for example `/10.0.3.17`).
    pub host: Option<Name>,
    /// The owning member's client id.
    pub client_id: Option<Name>,
}

/// A member of a group, from a members listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    /// The member id, when the listing shows it.
    pub consumer_id: Option<Name>,
    /// Static membership id (`group.instance.id`), when set.
    pub group_instance_id: Option<Name>,
    /// The member's host.
    pub host: Option<Name>,
    /// The member's client id.
    pub client_id: Option<Name>,
    /// How many partitions the member owns, when printed.
    pub n_partitions: Option<u32>,
    /// The partitions the member owns, when the listing shows them.
    pub assignment: Option<Vec<AssignedPartition>>,
}

/// A partition in a member's assignment. Kafka 3.8–3.9 print partitions without their topic, so the
/// topic can be unknown.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct AssignedPartition {
    /// Topic name, when printed.
    pub topic: Option<Name>,
    /// Partition number.
    pub partition: i32,
}

/// One row of a `--reset-offsets` plan or result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OffsetReset {
    /// Topic name.
    pub topic: Name,
    /// Partition number.
    pub partition: i32,
    /// The offset the group's position is (or would be) set to.
    pub new_offset: i64,
}

/// One row of a `--delete-offsets` result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OffsetDeletion {
    /// Topic name.
    pub topic: Name,
    /// Partition number; `None` for a topic-level result (`Not Provided`, `-`).
    pub partition: Option<i32>,
    /// `Successful`, or the error as printed.
    pub status: String,
}

/// The state of a consumer group, as Kafka names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupState {
    /// Members are consuming with a settled assignment.
    Stable,
    /// No active members; committed offsets may remain.
    Empty,
    /// The coordinator is waiting for members to rejoin.
    PreparingRebalance,
    /// Members rejoined; the leader's assignment is awaited (`AwaitingSync` before Kafka 1.1).
    CompletingRebalance,
    /// The group is being rebalanced; the dump's warning does not say which phase.
    Rebalancing,
    /// KIP-848: the coordinator is computing a new target assignment.
    Assigning,
    /// KIP-848: members are converging on the target assignment.
    Reconciling,
    /// Streams groups: the topology is not ready.
    NotReady,
    /// The group has no metadata left.
    Dead,
    /// A state name this version of lagscope does not know, kept as printed.
    Other(String),
}

impl GroupState {
    /// The name Kafka prints for this state.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stable => "Stable",
            Self::Empty => "Empty",
            Self::PreparingRebalance => "PreparingRebalance",
            Self::CompletingRebalance => "CompletingRebalance",
            Self::Rebalancing => "Rebalancing",
            Self::Assigning => "Assigning",
            Self::Reconciling => "Reconciling",
            Self::NotReady => "NotReady",
            Self::Dead => "Dead",
            Self::Other(name) => name,
        }
    }

    /// Reads a state name as Kafka, Redpanda or a monitor prints it (case-insensitive;
    /// `AwaitingSync` is the pre-1.1 name of `CompletingRebalance`).
    #[must_use]
    pub fn from_name(name: &str) -> Self {
        // kafka-ui prints `PREPARING_REBALANCE`.
        match name.to_ascii_lowercase().replace('_', "").as_str() {
            "stable" => Self::Stable,
            "empty" => Self::Empty,
            "preparingrebalance" => Self::PreparingRebalance,
            "completingrebalance" | "awaitingsync" => Self::CompletingRebalance,
            "rebalancing" => Self::Rebalancing,
            "assigning" => Self::Assigning,
            "reconciling" => Self::Reconciling,
            "notready" => Self::NotReady,
            "dead" => Self::Dead,
            _ => Self::Other(name.to_owned()),
        }
    }
}

impl Serialize for GroupState {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn partition(lag: Option<i64>, host: Option<&str>) -> PartitionOffsets {
        PartitionOffsets {
            topic: "payments".into(),
            partition: 0,
            current_offset: None,
            log_end_offset: None,
            lag,
            consumer_id: None,
            host: host.map(Name::from),
            client_id: None,
        }
    }

    #[test]
    fn total_lag_is_unknown_when_every_lag_is_unknown() {
        let mut group = GroupSnapshot::named(Some("g".into()));
        assert_eq!(group.total_lag(), None);
        group.partitions = vec![partition(None, None), partition(None, None)];
        assert_eq!(group.total_lag(), None);
        assert_eq!(group.n_partitions_with_unknown_lag(), 2);
    }

    #[test]
    fn total_lag_sums_known_lags_only() {
        let mut group = GroupSnapshot::named(None);
        group.partitions = vec![partition(Some(0), None), partition(None, None), partition(Some(7), None)];
        assert_eq!(group.total_lag(), Some(7));
    }

    #[test]
    fn hosts_are_distinct_and_sorted() {
        let mut group = GroupSnapshot::named(None);
        group.partitions = vec![
            partition(None, Some("/10.0.0.2")),
            partition(None, None),
            partition(None, Some("/10.0.0.1")),
            partition(None, Some("/10.0.0.2")),
        ];
        assert_eq!(group.hosts(), vec!["/10.0.0.1", "/10.0.0.2"]);
    }

    #[test]
    fn state_names_round_trip() {
        for name in ["Stable", "Empty", "PreparingRebalance", "CompletingRebalance", "Dead", "Assigning"] {
            assert_eq!(GroupState::from_name(name).as_str(), name);
        }
        assert_eq!(GroupState::from_name("AwaitingSync"), GroupState::CompletingRebalance);
        assert_eq!(GroupState::from_name("STABLE"), GroupState::Stable);
        assert_eq!(GroupState::from_name("Weird").as_str(), "Weird");
    }
}
