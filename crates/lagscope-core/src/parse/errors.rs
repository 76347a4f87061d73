//! What the tools' errors mean: the failure messages of `kafka-consumer-groups.sh` in every version
//! (and the client exceptions they carry), each with its cause in a sentence and what to do, so an
//! error line becomes advice rather than an unknown line.
//!
//! | Version | Printed |
//! |---|---|
//! | 0.9–0.10.1 | `Error while executing consumer group command <message>`, then a stack trace |
//! | 0.10.2+ | `Error: Executing consumer group command failed due to <message>`; from 2.1 a stack trace follows, from 2.3 after an empty line |
//! | 0.10.2+ | `Error: Consumer group 'g' does not exist.` (state Dead) |
//! | 0.11+ | `Error: Assignments can only be reset if the group 'g' is inactive, but the current state is Stable.` |
//! | 4.0+ tool and broker | `… GroupIdNotFoundException: Group <g> not found.` (KIP-1043; older tools say "does not exist") |
//!
//! (Checked against `ConsumerGroupCommand` at each release tag and `Errors.java`; the sources and the
//! full table are in `tests/fixtures/dumps/kafka/ERRORS.md`.)
//!
//! The appended message is the Java exception's, e.g.
//! `org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment.`; the
//! causes below match the exception class or the default message `Errors.java` gives its code.

/// One known cause: what to look for in the message, and what to tell the user.
struct Cause {
    /// Any of these (case-insensitive) in the message.
    needles: &'static [&'static str],
    /// The cause and the action, as a sentence.
    advice: &'static str,
}

const CAUSES: &[Cause] = &[
    Cause {
        needles: &["GroupIdNotFound", "does not exist"],
        advice: "the group does not exist on this cluster (Kafka 4 brokers answer GROUP_ID_NOT_FOUND): check the \
                 group id and the cluster",
    },
    Cause {
        needles: &["to request groups by states"],
        advice: "--state needs brokers of 2.6 or newer: drop --state, or use a tool of the brokers' version",
    },
    Cause {
        needles: &["UnsupportedVersion", "does not support SHARE_GROUP_DESCRIBE"],
        advice: "the tool and the brokers do not share a protocol version for this request: use a client at least \
                 as new as the brokers",
    },
    Cause {
        needles: &[
            "SchemaException",
            "Error reading field",
            "Error computing size for field",
            "Buffer underflow",
        ],
        advice: "the group's assignment could not be read by this tool version: use a client at least as new as the \
                 brokers (and as the consumers' assignor)",
    },
    Cause {
        needles: &["GroupAuthorization", "Not authorized to access group"],
        advice: "this user may not describe the group: grant DESCRIBE on the group (and on its topics) or use \
                 credentials that have it",
    },
    Cause {
        needles: &["TopicAuthorization", "Not authorized to access topics", "ClusterAuthorization"],
        advice: "this user may not describe the group's topics or the cluster: grant DESCRIBE on the topics",
    },
    Cause {
        needles: &["SaslAuthentication", "Authentication failed", "Failed authentication"],
        advice: "authentication failed: check the SASL settings given with --command-config",
    },
    Cause {
        needles: &["SSLHandshake", "SslHandshake", "SSL handshake"],
        advice: "the TLS handshake failed: check the truststore and security.protocol in --command-config",
    },
    Cause {
        needles: &["OutOfMemoryError"],
        advice: "the tool read an answer that is not Kafka's plain protocol (typically a TLS or SASL listener): give \
                 --command-config with the listener's security.protocol",
    },
    Cause {
        needles: &["CoordinatorNotAvailable", "coordinator is not available", "COORDINATOR_NOT_AVAILABLE"],
        advice: "the group coordinator is not available (its __consumer_offsets partition is offline or moving): \
                 retry, and check the brokers and __consumer_offsets",
    },
    Cause {
        needles: &["NotCoordinator", "not the correct coordinator"],
        advice: "the group's coordinator moved while the tool asked: retry",
    },
    Cause {
        needles: &["CoordinatorLoadInProgress", "coordinator is loading"],
        advice: "the coordinator is still loading the group's offsets after a restart or a leader change: retry in a \
                 moment",
    },
    Cause {
        needles: &["TimeoutException", "Timed out", "timed out"],
        advice: "the tool could not get an answer in time: check --bootstrap-server, the network and the brokers' \
                 advertised listeners, or raise --timeout",
    },
    Cause {
        needles: &["can only be reset if the group", "is inactive"],
        advice: "offsets can be reset only while the group has no active member: stop every consumer of the group \
                 (the state must be Empty), then run the reset again",
    },
    Cause {
        needles: &["is not a share group"],
        advice: "this group is not a share group: use kafka-consumer-groups.sh (or kafka-streams-groups.sh) for it",
    },
    Cause {
        needles: &["is not a consumer group"],
        advice: "this group is a share or streams group: use kafka-share-groups.sh or kafka-streams-groups.sh for it",
    },
    Cause {
        needles: &["with protocol type '' is not a valid consumer group"],
        advice: "the group only commits offsets and has no members' protocol (Flink, Spark, a manual assign()): \
                 describe it with a tool of 0.10.2 or newer, which shows its offsets",
    },
    Cause {
        needles: &["forbidden if the group is not empty", "NonEmptyGroup", "The group is not empty"],
        advice: "the group still has active members: stop its consumers before deleting it or its offsets",
    },
    Cause {
        needles: &["InvalidGroupId", "is not valid"],
        advice: "the group id is not valid: check its spelling (an empty id is not allowed)",
    },
    Cause {
        needles: &["is rebalancing"],
        advice: "the group was rebalancing while the tool asked: run the command again once it is Stable",
    },
    Cause {
        needles: &["Missing required argument", "is required", "Exactly one of"],
        advice: "the command line was incomplete or wrong: see the usage the tool printed with it",
    },
];

/// A tool's error message with its cause and what to do, where the message is a known one.
#[must_use]
pub(crate) fn explain(message: &str) -> String {
    let lower = message.to_lowercase();
    match CAUSES
        .iter()
        .find(|cause| cause.needles.iter().any(|needle| lower.contains(&needle.to_lowercase())))
    {
        Some(cause) => format!("the tool reports an error: {message} — {}", cause.advice),
        None => format!("the tool reports an error: {message}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_errors_are_explained() {
        let cases = [
            (
                "Executing consumer group command failed due to org.apache.kafka.common.errors.TimeoutException: \
                 Timed out waiting for a node assignment. Call: describeGroups",
                "could not get an answer in time",
            ),
            (
                "Executing consumer group command failed due to org.apache.kafka.common.protocol.types.SchemaException: \
                 Error reading field 'version': java.nio.BufferUnderflowException",
                "use a client at least as new as the brokers",
            ),
            ("Not authorized to access group: orders", "grant DESCRIBE on the group"),
            (
                "Assignments can only be reset if the group 'g' is inactive, but the current state is Stable.",
                "stop every consumer of the group",
            ),
        ];
        for (message, advice) in cases {
            let explained = explain(message);
            assert!(explained.contains(advice), "{explained}");
            assert!(explained.contains(message), "{explained}");
        }
        assert_eq!(explain("something new"), "the tool reports an error: something new");
    }
}
