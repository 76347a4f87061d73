//! The rule catalogue: one rule per file.

mod assignment_imbalance;
mod burrow_verdicts;
#[cfg(feature = "logs")]
mod clock_skew;
mod committed_ahead;
mod consumer_stalled;
mod consumer_stopped;
#[cfg(feature = "logs")]
mod deploy_rebalances;
#[cfg(feature = "logs")]
mod host_commit_failures;
mod hot_partition;
mod idle_members;
mod lag_concentrated;
#[cfg(feature = "logs")]
mod lag_during_rebalances;
mod lag_mismatch;
mod lag_not_decreasing;
mod membership_changes;
mod offset_rewind;
mod poll_timeout_storm;
mod rebalancing;
#[cfg(feature = "logs")]
mod session_timeout_removals;
mod slow_host;
mod slow_member;
#[cfg(feature = "logs")]
mod slow_rebalance;
mod stale_group;
mod unassigned_lag;
mod under_provisioned;

use super::Rule;

/// Every rule, in catalogue order.
pub(super) fn all() -> Vec<&'static dyn Rule> {
    vec![
        &slow_host::SlowHost,
        &slow_member::SlowMember,
        &lag_concentrated::LagConcentrated,
        &stale_group::StaleGroup,
        &consumer_stopped::ConsumerStopped,
        &consumer_stalled::ConsumerStalled,
        &offset_rewind::OffsetRewind,
        &lag_not_decreasing::LagNotDecreasing,
        &under_provisioned::UnderProvisioned,
        &poll_timeout_storm::PollTimeoutStorm,
        #[cfg(feature = "logs")]
        &host_commit_failures::HostCommitFailures,
        #[cfg(feature = "logs")]
        &session_timeout_removals::SessionTimeoutRemovals,
        #[cfg(feature = "logs")]
        &slow_rebalance::SlowRebalance,
        #[cfg(feature = "logs")]
        &deploy_rebalances::DeployRebalances,
        #[cfg(feature = "logs")]
        &lag_during_rebalances::LagDuringRebalances,
        #[cfg(feature = "logs")]
        &clock_skew::ClockSkew,
        &unassigned_lag::UnassignedLag,
        &rebalancing::Rebalancing,
        &membership_changes::MembershipChanges,
        &hot_partition::HotPartition,
        &assignment_imbalance::AssignmentImbalance,
        &idle_members::IdleMembers,
        &committed_ahead::CommittedAhead,
        &lag_mismatch::LagMismatch,
    ]
}

/// Every rule's documentation, in [`all`]'s order, without the rules' code (the page lists the
/// rules but runs none).
pub(super) fn docs() -> Vec<&'static super::RuleDocs> {
    vec![
        &slow_host::DOCS,
        &slow_member::DOCS,
        &lag_concentrated::DOCS,
        &stale_group::DOCS,
        &consumer_stopped::DOCS,
        &consumer_stalled::DOCS,
        &offset_rewind::DOCS,
        &lag_not_decreasing::DOCS,
        &under_provisioned::DOCS,
        &poll_timeout_storm::DOCS,
        #[cfg(feature = "logs")]
        &host_commit_failures::DOCS,
        #[cfg(feature = "logs")]
        &session_timeout_removals::DOCS,
        #[cfg(feature = "logs")]
        &slow_rebalance::DOCS,
        #[cfg(feature = "logs")]
        &deploy_rebalances::DOCS,
        #[cfg(feature = "logs")]
        &lag_during_rebalances::DOCS,
        #[cfg(feature = "logs")]
        &clock_skew::DOCS,
        &unassigned_lag::DOCS,
        &rebalancing::DOCS,
        &membership_changes::DOCS,
        &hot_partition::DOCS,
        &assignment_imbalance::DOCS,
        &idle_members::DOCS,
        &committed_ahead::DOCS,
        &lag_mismatch::DOCS,
    ]
}

/// The group's name for [`super::Entities`] (`(unnamed group)` when the dump names none).
pub(super) fn group_name(group: &crate::model::GroupSnapshot) -> String {
    named(group.group.as_deref())
}

/// The analysed group's name for [`super::Entities`], spelled as [`group_name`] spells a snapshot's.
pub(super) fn analysis_group_name(group: &crate::analyze::GroupAnalysis) -> String {
    named(group.group.as_deref())
}

/// The group's name as a message argument (an unnamed group said in the reader's language).
pub(super) fn group_label(group: &crate::model::GroupSnapshot) -> crate::l10n::Arg {
    super::group_arg(group.group.as_deref())
}

/// The analysed group's name as a message argument.
pub(super) fn analysis_group_label(group: &crate::analyze::GroupAnalysis) -> crate::l10n::Arg {
    super::group_arg(group.group.as_deref())
}

#[cfg(feature = "logs")]
/// A log timeline's group name for [`super::Entities`], spelled as [`group_name`] spells a snapshot's.
pub(super) fn log_group_name(group: &crate::logs::GroupLog) -> String {
    named(group.group.as_deref())
}

#[cfg(feature = "logs")]
/// A log timeline's group name as a message argument.
pub(super) fn log_group_label(group: &crate::logs::GroupLog) -> crate::l10n::Arg {
    super::group_arg(group.group.as_deref())
}

#[cfg(feature = "logs")]
/// The rebalance protocol a log timeline's group runs, as a message argument: `consumer`
/// (KIP-848) or `classic`.
pub(super) fn protocol_arg(group: &crate::logs::GroupLog) -> crate::l10n::Arg {
    crate::l10n::Arg::from(group.protocol_id())
}

fn named(group: Option<&str>) -> String {
    group.unwrap_or("(unnamed group)").to_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_documentation_list_is_the_rules_list() {
        let from_rules: Vec<&str> = super::all().iter().map(|rule| rule.docs().id).collect();
        let listed: Vec<&str> = super::docs().iter().map(|docs| docs.id).collect();
        assert_eq!(listed, from_rules);
    }
}
