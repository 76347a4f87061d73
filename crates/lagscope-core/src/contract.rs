//! The JSON contract of `lagscope parse --json`, shared by every front end.
//!
//! Field names are stable: later versions add fields, never rename or remove them.
//!
//! ```json
//! {
//!   "groups": [{"group": "orders", "state": null, "partitions": [...], "members": [], "total_lag": 10}],
//!   "diagnostics": [{"line": 7, "severity": "warning", "message": "expected 9 columns, found 4"}]
//! }
//! ```
//!
//! `group` and `state` are null where the dump does not say; `total_lag` is the sum of the known lags,
//! null when none is known.

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::model::{GroupSnapshot, GroupState, Member, PartitionOffsets};
use crate::parse::ParseOutcome;

/// The top-level JSON object.
#[derive(Debug, Serialize)]
pub struct ParseReport<'a> {
    /// One entry per group, in the snapshot's order.
    pub groups: Vec<GroupReport<'a>>,
    /// Every diagnostic, in line order.
    pub diagnostics: &'a [Diagnostic],
}

/// One group in the JSON contract.
#[derive(Debug, Serialize)]
pub struct GroupReport<'a> {
    /// The group id, or null.
    pub group: Option<&'a str>,
    /// The group state, or null.
    pub state: Option<&'a GroupState>,
    /// Partitions sorted by (topic, partition).
    pub partitions: &'a [PartitionOffsets],
    /// Members (filled when a members view was pasted).
    pub members: &'a [Member],
    /// Sum of the known lags, or null when none is known.
    pub total_lag: Option<i64>,
}

impl<'a> ParseReport<'a> {
    /// The contract view of a parse outcome.
    #[must_use]
    pub fn new(outcome: &'a ParseOutcome) -> Self {
        Self {
            groups: outcome.snapshot.groups.iter().map(GroupReport::new).collect(),
            diagnostics: &outcome.diagnostics,
        }
    }
}

impl<'a> GroupReport<'a> {
    fn new(group: &'a GroupSnapshot) -> Self {
        Self {
            group: group.group.as_deref(),
            state: group.state.as_ref(),
            partitions: &group.partitions,
            members: &group.members,
            total_lag: group.total_lag(),
        }
    }
}
