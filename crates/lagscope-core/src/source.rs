//! Which tool printed the input, and a hint of its version.

use std::fmt;

use serde::{Serialize, Serializer};

/// A tool whose output lagscope reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tool {
    /// Apache Kafka's `kafka-consumer-groups.sh` (also Confluent Platform's `kafka-consumer-groups`).
    KafkaConsumerGroups,
    /// `kafka-run-class.sh kafka.tools.ConsumerOffsetChecker` (0.8–0.11).
    KafkaConsumerOffsetChecker,
    /// `kafka-share-groups.sh` (KIP-932).
    KafkaShareGroups,
    /// `kafka-streams-groups.sh` (KIP-1071).
    KafkaStreamsGroups,
    /// Redpanda's `rpk`.
    Rpk,
    /// deviceinsight/kafkactl.
    Kafkactl,
    /// The Confluent CLI (`confluent kafka consumer group lag …`).
    Confluent,
    /// Burrow's HTTP API.
    Burrow,
    /// Prometheus exposition text or API JSON (`kafka_exporter`, kafka-lag-exporter, `KMinion`, Burrow).
    Prometheus,
    /// kafka-ui's CSV export, or a table copied from its pages (and kafbat's).
    KafkaUi,
    /// A table copied from AKHQ's consumer-group page.
    Akhq,
    /// A table copied from Redpanda Console's consumer-group page.
    RedpandaConsole,
    /// A table copied from Kafdrop's consumer page.
    Kafdrop,
    /// A table copied from Confluent Control Center.
    ControlCenter,
    /// Any other table whose header names its columns (a spreadsheet, a wiki page).
    Table,
}

impl Tool {
    /// Every tool, in a stable order.
    pub const ALL: [Self; 15] = [
        Self::KafkaConsumerGroups,
        Self::KafkaConsumerOffsetChecker,
        Self::KafkaShareGroups,
        Self::KafkaStreamsGroups,
        Self::Rpk,
        Self::Kafkactl,
        Self::Confluent,
        Self::Burrow,
        Self::Prometheus,
        Self::KafkaUi,
        Self::Akhq,
        Self::RedpandaConsole,
        Self::Kafdrop,
        Self::ControlCenter,
        Self::Table,
    ];

    /// The stable id used in the JSON contract and by `--format`.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::KafkaConsumerGroups => "kafka-consumer-groups",
            Self::KafkaConsumerOffsetChecker => "kafka-consumer-offset-checker",
            Self::KafkaShareGroups => "kafka-share-groups",
            Self::KafkaStreamsGroups => "kafka-streams-groups",
            Self::Rpk => "rpk",
            Self::Kafkactl => "kafkactl",
            Self::Confluent => "confluent",
            Self::Burrow => "burrow",
            Self::Prometheus => "prometheus",
            Self::KafkaUi => "kafka-ui",
            Self::Akhq => "akhq",
            Self::RedpandaConsole => "redpanda-console",
            Self::Kafdrop => "kafdrop",
            Self::ControlCenter => "control-center",
            Self::Table => "table",
        }
    }

    /// The tool with this id.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|tool| tool.id() == id)
    }
}

impl fmt::Display for Tool {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.id())
    }
}

impl Serialize for Tool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// What the input was detected to be.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The tool that printed (most of) the input; `None` when nothing was recognised.
    pub tool: Option<Tool>,
    /// The versions or variants the recognised layouts belong to, such as `2.3–3.7` or `kafka_exporter`.
    pub version_hint: Option<String>,
}

/// A version hint as a person reads it: a version or variant as it is (`2.3+`), a description in
/// the reader's language (`a copied table` is `source-hint-copied-table`). The JSON contract keeps
/// the hint's stable English text.
#[must_use]
pub fn hint_arg(hint: &str) -> crate::l10n::Arg {
    let message = match hint {
        "a copied table" => crate::msg!("source-hint-copied-table"),
        "error reply" => crate::msg!("source-hint-error-reply"),
        "consumer groups CSV" => crate::msg!("source-hint-groups-csv"),
        _ => match hint.strip_suffix(" cluster offsets") {
            Some(version) => crate::msg!("source-hint-cluster-offsets", version = version),
            None => return crate::l10n::Arg::Text(hint.to_owned()),
        },
    };
    crate::l10n::Arg::from(message)
}
