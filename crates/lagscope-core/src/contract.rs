//! The JSON contract of `lagscope parse --json`, shared by every front end.
//!
//! Field names are stable: later versions add fields, never rename or remove them.
//!
//! ```json
//! {
//!   "source": {"tool": "kafka-consumer-groups", "version_hint": "2.3+"},
//!   "groups": [{"group": "orders", "state": null, "coordinator": null, "assignment_strategy": null,
//!               "n_members": null, "partitions": [...], "members": [], "offset_resets": [],
//!               "offset_deletions": [], "total_lag": 10}],
//!   "diagnostics": [{"line": 7, "severity": "warning", "message": "expected 9 columns (...), found 4",
//!                    "message_id": "diag-row-too-few-columns",
//!                    "message_args": {"expected": 9, "names": "GROUP TOPIC ...", "found": 4}}]
//! }
//! ```
//!
//! Serialised through [`crate::l10n::Localizer::to_json`]: each diagnostic's `message` is its text in
//! the chosen language, `message_id` its stable id (`i18n/*.ftl`) and `message_args` its arguments
//! (an argument that is itself a message is `{"id", "args", "text"}`). Scripts match on the id.
//!
//! `group`, `state` and the other facts are null where the dump does not say; `total_lag` is the sum
//! of the known lags, null when none is known.

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::model::GroupSnapshot;
use crate::parse::ParseOutcome;
use crate::source::Source;

/// The top-level JSON object.
#[derive(Debug, Serialize)]
pub struct ParseReport<'a> {
    /// The tool and version hint the input was recognised as.
    pub source: &'a Source,
    /// One entry per group, in the snapshot's order.
    pub groups: Vec<GroupReport<'a>>,
    /// Every diagnostic, in line order.
    pub diagnostics: &'a [Diagnostic],
}

/// One group in the JSON contract: the model's fields, then `total_lag`.
#[derive(Debug, Serialize)]
pub struct GroupReport<'a> {
    /// The group as parsed.
    #[serde(flatten)]
    pub group: &'a GroupSnapshot,
    /// Sum of the known lags, or null when none is known.
    pub total_lag: Option<i64>,
}

impl<'a> ParseReport<'a> {
    /// The contract view of a parse outcome.
    #[must_use]
    pub fn new(outcome: &'a ParseOutcome) -> Self {
        Self {
            source: &outcome.source,
            groups: outcome
                .snapshot
                .groups
                .iter()
                .map(|group| GroupReport { group, total_lag: group.total_lag() })
                .collect(),
            diagnostics: &outcome.diagnostics,
        }
    }
}
