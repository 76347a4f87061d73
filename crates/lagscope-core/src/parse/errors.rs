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

use super::messages::ToolFailure;
use crate::l10n::Message;

/// One known cause: what to look for in the message, and what to tell the user.
struct Cause {
    /// Any of these (case-insensitive) in the message.
    needles: &'static [&'static str],
    /// The catalogue id of the cause and the action, said as a sentence (`i18n/en.ftl`, `i18n/ko.ftl`).
    advice: &'static str,
}

const CAUSES: &[Cause] = &[
    Cause { needles: &["GroupIdNotFound", "does not exist"], advice: "diag-cause-group-not-found" },
    Cause { needles: &["to request groups by states"], advice: "diag-cause-state-needs-2-6" },
    Cause {
        needles: &["UnsupportedVersion", "does not support SHARE_GROUP_DESCRIBE"],
        advice: "diag-cause-unsupported-version",
    },
    Cause {
        needles: &[
            "SchemaException",
            "Error reading field",
            "Error computing size for field",
            "Buffer underflow",
        ],
        advice: "diag-cause-schema",
    },
    Cause {
        needles: &["GroupAuthorization", "Not authorized to access group"],
        advice: "diag-cause-group-authorization",
    },
    Cause {
        needles: &["TopicAuthorization", "Not authorized to access topics", "ClusterAuthorization"],
        advice: "diag-cause-topic-authorization",
    },
    Cause {
        needles: &["SaslAuthentication", "Authentication failed", "Failed authentication"],
        advice: "diag-cause-authentication",
    },
    Cause { needles: &["SSLHandshake", "SslHandshake", "SSL handshake"], advice: "diag-cause-tls-handshake" },
    Cause { needles: &["OutOfMemoryError"], advice: "diag-cause-not-plain-protocol" },
    Cause {
        needles: &["CoordinatorNotAvailable", "coordinator is not available", "COORDINATOR_NOT_AVAILABLE"],
        advice: "diag-cause-coordinator-not-available",
    },
    Cause {
        needles: &["NotCoordinator", "not the correct coordinator"],
        advice: "diag-cause-not-coordinator",
    },
    Cause {
        needles: &["CoordinatorLoadInProgress", "coordinator is loading"],
        advice: "diag-cause-coordinator-loading",
    },
    Cause { needles: &["TimeoutException", "Timed out", "timed out"], advice: "diag-cause-timeout" },
    Cause {
        needles: &["can only be reset if the group", "is inactive"],
        advice: "diag-cause-reset-needs-inactive",
    },
    Cause { needles: &["is not a share group"], advice: "diag-cause-not-a-share-group" },
    Cause { needles: &["is not a consumer group"], advice: "diag-cause-not-a-consumer-group" },
    Cause {
        needles: &["with protocol type '' is not a valid consumer group"],
        advice: "diag-cause-no-protocol-type",
    },
    Cause {
        needles: &["forbidden if the group is not empty", "NonEmptyGroup", "The group is not empty"],
        advice: "diag-cause-group-not-empty",
    },
    Cause { needles: &["InvalidGroupId", "is not valid"], advice: "diag-cause-invalid-group-id" },
    Cause { needles: &["is rebalancing"], advice: "diag-cause-rebalancing" },
    Cause {
        needles: &["Missing required argument", "is required", "Exactly one of"],
        advice: "diag-cause-usage",
    },
];

/// A tool's error message with its cause and what to do, where the message is a known one. The
/// tool's own words are quoted as it printed them; only lagscope's explanation is translated.
#[must_use]
pub(crate) fn explain(failure: &ToolFailure) -> Message {
    let lower = failure.text().to_lowercase();
    match CAUSES
        .iter()
        .find(|cause| cause.needles.iter().any(|needle| lower.contains(&needle.to_lowercase())))
    {
        Some(cause) => crate::msg!(
            "diag-tool-error-explained",
            error = failure.quoted(),
            advice = Message::new(cause.advice)
        ),
        None => crate::msg!("diag-tool-error", error = failure.quoted()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{Lang, Localizer, english};

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
            let explained = english(&explain(&ToolFailure::Printed(message.to_owned())));
            assert!(explained.contains(advice), "{explained}");
            assert!(explained.contains(message), "{explained}");
        }
        assert_eq!(
            english(&explain(&ToolFailure::Printed("something new".to_owned()))),
            "the tool reports an error: something new"
        );
        assert_eq!(
            english(&explain(&ToolFailure::MissingOrRebalancing("orders".to_owned()))),
            "the tool reports an error: consumer group 'orders' does not exist or is rebalancing — the group \
             does not exist on this cluster (Kafka 4 brokers answer GROUP_ID_NOT_FOUND): check the group id and \
             the cluster"
        );
    }

    /// The causes' ids are data, not `msg!` calls the catalogue test finds: each is checked here.
    #[test]
    fn every_cause_is_in_both_catalogues() {
        for lang in Lang::ALL {
            let localizer = Localizer::bundled(lang);
            for cause in CAUSES {
                assert!(localizer.has(cause.advice), "{} is not in {}.ftl", cause.advice, lang.code());
            }
        }
    }

    #[test]
    fn in_korean_the_tool_is_quoted_and_the_advice_translated() {
        let korean = Localizer::bundled(Lang::Ko);
        let printed =
            "org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment.";
        let text = korean.render(&explain(&ToolFailure::Printed(printed.to_owned())));
        assert!(text.contains(printed), "{text}");
        assert!(text.contains("--timeout") && text.contains("도구"), "{text}");
        let text = korean.render(&explain(&ToolFailure::CommandFailed("Group g is rebalancing".to_owned())));
        assert!(text.contains("Group g is rebalancing") && !text.contains("{$"), "{text}");
    }
}
