//! The rule catalogue: one rule per file.

mod committed_ahead;
mod idle_members;
mod lag_concentrated;
mod lag_mismatch;
mod slow_host;
mod unassigned_lag;

use super::Rule;

/// Every rule, in catalogue order.
pub(super) fn all() -> [&'static dyn Rule; 6] {
    [
        &slow_host::SlowHost,
        &lag_concentrated::LagConcentrated,
        &unassigned_lag::UnassignedLag,
        &idle_members::IdleMembers,
        &committed_ahead::CommittedAhead,
        &lag_mismatch::LagMismatch,
    ]
}

/// The group's name for summaries.
pub(super) fn group_name(group: &crate::model::GroupSnapshot) -> String {
    group.group.clone().unwrap_or_else(|| "(unnamed group)".to_owned())
}
