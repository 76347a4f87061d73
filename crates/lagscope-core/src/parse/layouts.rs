//! Every column table lagscope recognises, by tool and version: the header's columns and what a
//! row means. Facts from `shared/reference/input-formats.md`.

use super::columns::{Column, Field as F, Shape as S, column};
use crate::source::Tool;

/// What the rows of a table describe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RowKind {
    /// Partitions with offsets and lag (offsets views, monitors' tables).
    Partitions,
    /// Group members.
    Members,
    /// Group-level facts: coordinator, strategy, state, member count.
    GroupState,
    /// Group ids, with state and type when printed.
    GroupList,
    /// `--reset-offsets` plans and results.
    OffsetResets,
    /// `--delete-offsets` results.
    OffsetDeletions,
}

/// How a table's cells are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Separator {
    Whitespace,
    /// `a, b, c` (Kafka 0.9).
    CommaSpace,
    /// RFC 4180 CSV: `,` with `"quoted, ""escaped"" cells"`.
    Csv,
}

/// A table layout: the columns a header announces and what its rows mean.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Layout {
    pub(crate) tool: Tool,
    pub(crate) version_hint: &'static str,
    pub(crate) kind: RowKind,
    pub(crate) separator: Separator,
    pub(crate) columns: &'static [Column],
}

const fn layout(tool: Tool, version_hint: &'static str, kind: RowKind, columns: &'static [Column]) -> Layout {
    Layout { tool, version_hint, kind, separator: Separator::Whitespace, columns }
}

const KCG: Tool = Tool::KafkaConsumerGroups;

// Columns shared by many layouts.
const GROUP: Column = column("GROUP", F::Group, S::Text);
const TOPIC: Column = column("TOPIC", F::Topic, S::Topic);
const PARTITION: Column = column("PARTITION", F::Partition, S::Count);
const CURRENT_OFFSET: Column = column("CURRENT-OFFSET", F::CurrentOffset, S::Offset);
const LOG_END_OFFSET: Column = column("LOG-END-OFFSET", F::LogEndOffset, S::Offset);
const LAG: Column = column("LAG", F::Lag, S::Offset);
const CONSUMER_ID: Column = column("CONSUMER-ID", F::ConsumerId, S::MemberId);
const HOST: Column = column("HOST", F::Host, S::Host);
// An empty client id is printed as nothing at all.
const CLIENT_ID: Column = column("CLIENT-ID", F::ClientId, S::Text).may_be_missing();
const LEADER_EPOCH: Column = column("LEADER-EPOCH", F::Ignored, S::Offset);
const COORDINATOR: Column = column("COORDINATOR (ID)", F::Coordinator, S::Coordinator);
const STATE: Column = column("STATE", F::State, S::Word);
const N_MEMBERS: Column = column("#MEMBERS", F::NMembers, S::Count);
const N_PARTITIONS: Column = column("#PARTITIONS", F::NPartitions, S::Count);
// In members views the client id is followed by #PARTITIONS, so it is always printed (maybe padded).
const MEMBER_CLIENT_ID: Column = column("CLIENT-ID", F::ClientId, S::Text);
const INSTANCE_ID: Column = column("GROUP-INSTANCE-ID", F::InstanceId, S::Word).optional();
const ASSIGNMENT: Column = column("ASSIGNMENT", F::Assignment, S::Assignment);
const GROUP_EPOCH: Column = column("GROUP-EPOCH", F::Ignored, S::Offset);
const TARGET_ASSIGNMENT_EPOCH: Column = column("TARGET-ASSIGNMENT-EPOCH", F::Ignored, S::Offset);
const NEW_OFFSET: Column = column("NEW-OFFSET", F::NewOffset, S::Offset);

/// Every layout, most specific first within a header shape.
pub(crate) const LAYOUTS: &[Layout] = &[
    // --describe, offsets view.
    Layout {
        separator: super::layouts::Separator::CommaSpace,
        ..layout(
            KCG,
            "0.9",
            RowKind::Partitions,
            &[
                GROUP,
                TOPIC,
                PARTITION,
                column("CURRENT OFFSET", F::CurrentOffset, S::Offset),
                column("LOG END OFFSET", F::LogEndOffset, S::Offset),
                LAG,
                column("OWNER", F::Owner, S::Text),
            ],
        )
    },
    layout(
        KCG,
        "0.10.0–0.10.1",
        RowKind::Partitions,
        &[GROUP, TOPIC, PARTITION, CURRENT_OFFSET, LOG_END_OFFSET, LAG, column("OWNER", F::Owner, S::Text)],
    ),
    layout(
        KCG,
        "0.10.2–2.2",
        RowKind::Partitions,
        &[TOPIC, PARTITION, CURRENT_OFFSET, LOG_END_OFFSET, LAG, CONSUMER_ID, HOST, CLIENT_ID],
    ),
    layout(
        KCG,
        "0.10.2–1.1 (--zookeeper)",
        RowKind::Partitions,
        &[
            TOPIC,
            PARTITION,
            CURRENT_OFFSET,
            LOG_END_OFFSET,
            LAG,
            column("CONSUMER-ID", F::ConsumerId, S::Text),
        ],
    ),
    layout(
        KCG,
        "2.3+",
        RowKind::Partitions,
        &[GROUP, TOPIC, PARTITION, CURRENT_OFFSET, LOG_END_OFFSET, LAG, CONSUMER_ID, HOST, CLIENT_ID],
    ),
    layout(
        KCG,
        "4.x (--verbose)",
        RowKind::Partitions,
        &[
            GROUP,
            TOPIC,
            PARTITION,
            LEADER_EPOCH,
            CURRENT_OFFSET,
            LOG_END_OFFSET,
            LAG,
            CONSUMER_ID,
            HOST,
            CLIENT_ID,
        ],
    ),
    layout(
        Tool::KafkaConsumerOffsetChecker,
        "0.8–0.11",
        RowKind::Partitions,
        &[
            GROUP,
            TOPIC,
            column("PID", F::Partition, S::Count),
            column("OFFSET", F::CurrentOffset, S::Offset),
            column("LOGSIZE", F::LogEndOffset, S::Offset),
            LAG,
            column("OWNER", F::ConsumerId, S::Text),
        ],
    ),
    // --describe --members [--verbose].
    layout(
        KCG,
        "1.1–2.2",
        RowKind::Members,
        &[CONSUMER_ID, HOST, MEMBER_CLIENT_ID, N_PARTITIONS, ASSIGNMENT.optional()],
    ),
    layout(
        KCG,
        "2.3+",
        RowKind::Members,
        &[GROUP, CONSUMER_ID, INSTANCE_ID, HOST, MEMBER_CLIENT_ID, N_PARTITIONS, ASSIGNMENT.optional()],
    ),
    layout(
        KCG,
        "4.x (--verbose)",
        RowKind::Members,
        &[
            GROUP,
            CONSUMER_ID,
            INSTANCE_ID,
            HOST,
            MEMBER_CLIENT_ID,
            N_PARTITIONS,
            column("CURRENT-EPOCH", F::Ignored, S::Offset),
            column("CURRENT-ASSIGNMENT", F::Assignment, S::Assignment),
            column("TARGET-EPOCH", F::Ignored, S::Offset),
            column("TARGET-ASSIGNMENT", F::Ignored, S::Assignment),
            column("UPGRADED", F::Ignored, S::Word).optional(),
        ],
    ),
    // --describe --state [--verbose].
    layout(
        KCG,
        "1.1–2.2",
        RowKind::GroupState,
        &[
            COORDINATOR,
            column("ASSIGNMENT-STRATEGY", F::AssignmentStrategy, S::Word).usually_missing(),
            STATE,
            N_MEMBERS,
        ],
    ),
    layout(
        KCG,
        "2.3+",
        RowKind::GroupState,
        &[
            GROUP,
            COORDINATOR,
            column("ASSIGNMENT-STRATEGY", F::AssignmentStrategy, S::Word).may_be_missing(),
            STATE,
            N_MEMBERS,
        ],
    ),
    layout(
        KCG,
        "4.x (--verbose)",
        RowKind::GroupState,
        &[
            GROUP,
            COORDINATOR,
            column("ASSIGNMENT-STRATEGY", F::AssignmentStrategy, S::Word).may_be_missing(),
            STATE,
            GROUP_EPOCH,
            TARGET_ASSIGNMENT_EPOCH,
            N_MEMBERS,
        ],
    ),
    // --list --state / --type.
    layout(KCG, "2.7+ (--list --state)", RowKind::GroupList, &[GROUP, STATE]),
    layout(
        KCG,
        "3.8+ (--list --type)",
        RowKind::GroupList,
        &[GROUP, column("TYPE", F::Ignored, S::Word), column("STATE", F::State, S::Word).optional()],
    ),
    // --reset-offsets.
    layout(KCG, "0.11–2.2", RowKind::OffsetResets, &[TOPIC, PARTITION, NEW_OFFSET]),
    layout(KCG, "2.3+", RowKind::OffsetResets, &[GROUP, TOPIC, PARTITION, NEW_OFFSET]),
    // --delete-offsets.
    layout(
        KCG,
        "2.4+",
        RowKind::OffsetDeletions,
        &[
            TOPIC,
            column("PARTITION", F::Partition, S::PartitionOrNotProvided),
            column("STATUS", F::Status, S::Text),
        ],
    ),
    // kafka-share-groups.sh.
    layout(
        Tool::KafkaShareGroups,
        "4.x",
        RowKind::Partitions,
        &[
            GROUP,
            TOPIC,
            PARTITION,
            LEADER_EPOCH.optional(),
            column("START-OFFSET", F::Ignored, S::Offset),
            LAG.optional(),
        ],
    ),
    layout(
        Tool::KafkaShareGroups,
        "4.x",
        RowKind::Members,
        &[
            GROUP,
            CONSUMER_ID,
            HOST,
            MEMBER_CLIENT_ID,
            N_PARTITIONS,
            column("MEMBER-EPOCH", F::Ignored, S::Offset).optional(),
            column("ASSIGNMENT", F::Assignment, S::Assignment).may_be_missing(),
        ],
    ),
    layout(
        Tool::KafkaShareGroups,
        "4.x",
        RowKind::GroupState,
        &[
            GROUP,
            COORDINATOR,
            STATE,
            GROUP_EPOCH.optional(),
            column("ASSIGNMENT-EPOCH", F::Ignored, S::Offset).optional(),
            N_MEMBERS,
        ],
    ),
    // kafka-streams-groups.sh.
    layout(
        Tool::KafkaStreamsGroups,
        "4.1+",
        RowKind::Partitions,
        &[GROUP, TOPIC, PARTITION, column("OFFSET-LAG", F::Lag, S::Offset)],
    ),
    layout(
        Tool::KafkaStreamsGroups,
        "4.1+ (--verbose)",
        RowKind::Partitions,
        &[
            GROUP,
            TOPIC,
            PARTITION,
            CURRENT_OFFSET,
            LEADER_EPOCH,
            LOG_END_OFFSET,
            column("OFFSET-LAG", F::Lag, S::Offset),
        ],
    ),
    layout(
        Tool::KafkaStreamsGroups,
        "4.1+",
        RowKind::Members,
        &[
            GROUP,
            column("MEMBER", F::ConsumerId, S::Word),
            column("PROCESS", F::Host, S::Word),
            column("CLIENT-ID", F::ClientId, S::Word),
            column("ASSIGNMENTS", F::Ignored, S::Text).may_be_missing(),
        ],
    ),
    layout(
        Tool::KafkaStreamsGroups,
        "4.1+",
        RowKind::GroupState,
        &[GROUP, COORDINATOR, STATE, GROUP_EPOCH.optional(), TARGET_ASSIGNMENT_EPOCH.optional(), N_MEMBERS],
    ),
    // Redpanda rpk group describe (the group comes from the `GROUP name` line above the table).
    layout(
        Tool::Rpk,
        "group describe",
        RowKind::Partitions,
        &[
            TOPIC,
            PARTITION,
            CURRENT_OFFSET,
            column("LOG-START-OFFSET", F::Ignored, S::Offset).optional(),
            LOG_END_OFFSET,
            LAG,
            column("MEMBER-ID", F::ConsumerId, S::MemberId).may_be_missing(),
            column("INSTANCE-ID", F::InstanceId, S::Word).optional().usually_missing(),
            column("CLIENT-ID", F::ClientId, S::Text).may_be_missing(),
            column("HOST", F::Host, S::Host).may_be_missing(),
            column("ERROR", F::Ignored, S::Text).optional().may_be_missing(),
        ],
    ),
    // rpk cluster offsets (21.3, 21.4).
    layout(
        Tool::Rpk,
        "21.3 cluster offsets",
        RowKind::Partitions,
        &[
            GROUP,
            TOPIC,
            PARTITION,
            LAG,
            column("LAG %", F::Ignored, S::Word),
            column("COMMITTED OFFSET", F::CurrentOffset, S::Offset),
            column("LATEST OFFSET", F::LogEndOffset, S::Offset),
            column("CONSUMER ID", F::ConsumerId, S::Word).may_be_missing(),
        ],
    ),
    layout(
        Tool::Rpk,
        "21.4 cluster offsets",
        RowKind::Partitions,
        &[
            GROUP,
            TOPIC,
            PARTITION,
            LAG,
            column("LAG %", F::Ignored, S::Word),
            column("COMMITTED", F::CurrentOffset, S::Offset),
            column("LATEST", F::LogEndOffset, S::Offset),
            column("CONSUMER", F::ConsumerId, S::Word).may_be_missing(),
            column("CLIENT-HOST", F::Host, S::Host).may_be_missing(),
            column("CLIENT-ID", F::ClientId, S::Word).may_be_missing(),
        ],
    ),
    // rpk group list.
    layout(
        Tool::Rpk,
        "group list",
        RowKind::GroupList,
        &[column("BROKER", F::Ignored, S::Count), GROUP, column("STATE", F::State, S::Word).may_be_missing()],
    ),
    // kafkactl describe consumer-group.
    layout(
        Tool::Kafkactl,
        "describe consumer-group",
        RowKind::Partitions,
        &[
            TOPIC,
            PARTITION,
            column("NEWEST_OFFSET", F::LogEndOffset, S::Offset),
            column("OLDEST_OFFSET", F::Ignored, S::Offset),
            column("CONSUMER_OFFSET", F::CurrentOffset, S::Offset),
            column("LEAD", F::Ignored, S::Offset),
            LAG,
        ],
    ),
    layout(
        Tool::Kafkactl,
        "describe consumer-group",
        RowKind::Members,
        &[
            column("CLIENT_HOST", F::Host, S::Word),
            column("CLIENT_ID", F::ClientId, S::Text),
            TOPIC,
            column("ASSIGNED_PARTITIONS", F::Assignment, S::Word),
        ],
    ),
    // kafka-ui (kafbat) consumer groups CSV export: one row per group.
    Layout {
        separator: Separator::Csv,
        ..layout(
            Tool::KafkaUi,
            "consumer groups CSV",
            RowKind::GroupState,
            &[
                column("GROUPID", F::Group, S::Text),
                column("MEMBERS", F::NMembers, S::Count),
                column("TOPICS", F::Ignored, S::Word),
                column("SIMPLE", F::Ignored, S::Word),
                column("PARTITIONASSIGNOR", F::AssignmentStrategy, S::Text),
                column("STATE", F::State, S::Word),
                column("COORDINATOR", F::Coordinator, S::Text),
                column("CONSUMERLAG", F::ReportedTotalLag, S::Offset),
            ],
        )
    },
    // Confluent CLI `kafka consumer group lag list` (a `|` table).
    layout(
        Tool::Confluent,
        "lag list",
        RowKind::Partitions,
        &[
            column("CLUSTER", F::Ignored, S::Word),
            column("CONSUMER GROUP", F::Group, S::Text),
            LAG,
            column("LOG END OFFSET", F::LogEndOffset, S::Offset),
            column("CURRENT OFFSET", F::CurrentOffset, S::Offset),
            column("CONSUMER", F::ConsumerId, S::Text),
            column("INSTANCE", F::InstanceId, S::Text),
            column("CLIENT", F::ClientId, S::Text),
            TOPIC,
            PARTITION,
        ],
    ),
];
