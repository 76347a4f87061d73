//! What a rebalance changes: per member, the partitions kept, revoked and newly assigned, the
//! lag it inherits, balance before and after, and what the move costs under each rebalance
//! protocol (how many rounds, which partitions stop, for how long).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::MemberPartitions;
use crate::l10n::{Arg, Message};
use crate::model::saturating_sum;
use crate::msg;

/// One member across two generations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberChange {
    /// `member.id`.
    pub member_id: String,
    /// Whether the member is in the first generation, the second, or both.
    pub presence: Presence,
    /// Partitions it holds in both.
    pub kept: Vec<String>,
    /// Partitions it held and no longer holds.
    pub revoked: Vec<String>,
    /// Partitions it holds now and did not hold before.
    pub added: Vec<String>,
    /// Lag of the partitions it holds before; `None` when some of them have unknown lag.
    pub lag_before: Option<i64>,
    /// Lag of the partitions it holds after; `None` when some of them have unknown lag.
    pub lag_after: Option<i64>,
    /// Lag of the `added` partitions: the backlog it inherits.
    pub inherited_lag: Option<i64>,
}

/// Where a member appears.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// In both generations.
    Stayed,
    /// Only in the second.
    Joined,
    /// Only in the first.
    Left,
}

/// How evenly partitions and lag are spread over the members of one generation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Balance {
    /// Members.
    pub n_members: usize,
    /// Fewest partitions of a member.
    pub min_partitions: usize,
    /// Most partitions of a member.
    pub max_partitions: usize,
    /// Population standard deviation of partitions per member.
    pub stddev_partitions: f64,
    /// The largest member's share of the known lag, in [0, 1]; `None` without known lag.
    pub max_lag_share: Option<f64>,
}

/// One partition that changes hands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartitionMove {
    /// `topic-partition`.
    pub partition: String,
    /// The owner before (`None`: unowned).
    pub from: Option<String>,
    /// The owner after (`None`: unowned, e.g. withheld by the cooperative step).
    pub to: Option<String>,
    /// Its lag, if known.
    pub lag: Option<i64>,
}

/// The difference between two generations' assignments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RebalanceDiff {
    /// Members of the second generation in its order, then those that left.
    pub members: Vec<MemberChange>,
    /// Partitions whose owner changes, in partition-name order.
    pub moves: Vec<PartitionMove>,
    /// Partitions with the same owner in both.
    pub n_kept: usize,
    /// Partitions that move from one member to another.
    pub n_moved_between_members: usize,
    /// Partitions unowned before and owned after.
    pub n_newly_owned: usize,
    /// Partitions owned before and unowned after.
    pub n_left_unowned: usize,
    /// Balance of the first generation.
    pub balance_before: Balance,
    /// Balance of the second generation.
    pub balance_after: Balance,
}

fn lag_of(partitions: &[String], lags: &BTreeMap<String, Option<i64>>) -> Option<i64> {
    partitions.iter().try_fold(0_i64, |sum, partition| {
        lags.get(partition).copied().flatten().map(|lag| sum.saturating_add(lag))
    })
}

fn balance(assignment: &MemberPartitions, lags: &BTreeMap<String, Option<i64>>) -> Balance {
    let sizes: Vec<usize> = assignment.0.iter().map(|(_, partitions)| partitions.len()).collect();
    let n_members = sizes.len();
    let mean = if n_members == 0 { 0.0 } else { sizes.iter().sum::<usize>() as f64 / n_members as f64 };
    let variance = if n_members == 0 {
        0.0
    } else {
        sizes.iter().map(|&size| (size as f64 - mean).powi(2)).sum::<f64>() / n_members as f64
    };
    let known: Vec<i64> = assignment
        .0
        .iter()
        .map(|(_, partitions)| {
            saturating_sum(partitions.iter().filter_map(|p| lags.get(p).copied().flatten()))
        })
        .collect();
    let total = saturating_sum(known.iter().copied());
    let max_lag_share = (total > 0).then(|| known.iter().copied().max().unwrap_or(0) as f64 / total as f64);
    Balance {
        n_members,
        min_partitions: sizes.iter().copied().min().unwrap_or(0),
        max_partitions: sizes.iter().copied().max().unwrap_or(0),
        stddev_partitions: variance.sqrt(),
        max_lag_share,
    }
}

/// Compares two generations. `lags` maps `topic-partition` to its lag (`None`: unknown);
/// partitions missing from it count as unknown.
#[must_use]
pub fn diff(
    before: &MemberPartitions,
    after: &MemberPartitions,
    lags: &BTreeMap<String, Option<i64>>,
) -> RebalanceDiff {
    let owner_before: BTreeMap<&str, &str> =
        before.0.iter().flat_map(|(m, ps)| ps.iter().map(move |p| (p.as_str(), m.as_str()))).collect();
    let owner_after: BTreeMap<&str, &str> =
        after.0.iter().flat_map(|(m, ps)| ps.iter().map(move |p| (p.as_str(), m.as_str()))).collect();
    let before_ids: BTreeSet<&str> = before.0.iter().map(|(m, _)| m.as_str()).collect();
    let after_ids: BTreeSet<&str> = after.0.iter().map(|(m, _)| m.as_str()).collect();

    let mut members = Vec::new();
    let empty: Vec<String> = Vec::new();
    let ordered = after
        .0
        .iter()
        .map(|(m, _)| m.as_str())
        .chain(before.0.iter().map(|(m, _)| m.as_str()).filter(|m| !after_ids.contains(m)));
    for member in ordered {
        let held_before = before.get(member).map_or(&empty[..], |p| p);
        let held_after = after.get(member).map_or(&empty[..], |p| p);
        let now: BTreeSet<&str> = held_after.iter().map(String::as_str).collect();
        let then: BTreeSet<&str> = held_before.iter().map(String::as_str).collect();
        let kept: Vec<String> = held_after.iter().filter(|p| then.contains(p.as_str())).cloned().collect();
        let revoked: Vec<String> =
            held_before.iter().filter(|p| !now.contains(p.as_str())).cloned().collect();
        let added: Vec<String> = held_after.iter().filter(|p| !then.contains(p.as_str())).cloned().collect();
        let presence = match (before_ids.contains(member), after_ids.contains(member)) {
            (true, true) => Presence::Stayed,
            (false, _) => Presence::Joined,
            (true, false) => Presence::Left,
        };
        members.push(MemberChange {
            member_id: member.to_owned(),
            presence,
            lag_before: lag_of(held_before, lags),
            lag_after: lag_of(held_after, lags),
            inherited_lag: lag_of(&added, lags),
            kept,
            revoked,
            added,
        });
    }

    let partitions: BTreeSet<&str> = owner_before.keys().chain(owner_after.keys()).copied().collect();
    let mut moves = Vec::new();
    let (mut n_kept, mut n_moved, mut n_new, mut n_unowned) = (0, 0, 0, 0);
    for partition in partitions {
        let from = owner_before.get(partition).copied();
        let to = owner_after.get(partition).copied();
        match (from, to) {
            (Some(a), Some(b)) if a == b => {
                n_kept += 1;
                continue;
            }
            (Some(_), Some(_)) => n_moved += 1,
            (None, Some(_)) => n_new += 1,
            (Some(_), None) => n_unowned += 1,
            (None, None) => continue,
        }
        moves.push(PartitionMove {
            partition: partition.to_owned(),
            from: from.map(str::to_owned),
            to: to.map(str::to_owned),
            lag: lags.get(partition).copied().flatten(),
        });
    }
    RebalanceDiff {
        members,
        moves,
        n_kept,
        n_moved_between_members: n_moved,
        n_newly_owned: n_new,
        n_left_unowned: n_unowned,
        balance_before: balance(before, lags),
        balance_after: balance(after, lags),
    }
}

/// How long the steps of a rebalance take; the defaults are Kafka's defaults where one exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RebalanceTiming {
    /// One `JoinGroup` + `SyncGroup` round of the classic protocol. It lasts until the slowest
    /// member rejoins from its poll loop (at most `max.poll.interval.ms`); the default assumes a
    /// healthy group: 3 s.
    pub round_ms: u64,
    /// How long a restarting member is away.
    pub restart_ms: u64,
    /// `session.timeout.ms`: 45 000 since Kafka 3.0 (10 000 before).
    pub session_timeout_ms: u64,
    /// KIP-848 `group.consumer.heartbeat.interval.ms`: 5 000.
    pub heartbeat_interval_ms: u64,
}

impl Default for RebalanceTiming {
    fn default() -> Self {
        Self { round_ms: 3_000, restart_ms: 30_000, session_timeout_ms: 45_000, heartbeat_interval_ms: 5_000 }
    }
}

/// A rebalance protocol whose cost is estimated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Protocol {
    /// Classic protocol, eager assignors: everyone revokes everything, one round.
    Eager,
    /// Classic protocol, cooperative-sticky: moved partitions revoked, then a second round.
    Cooperative,
    /// Classic protocol with `group.instance.id`, members restarting within the session timeout.
    Static,
    /// KIP-848 consumer protocol: per-member reconciliation, no group-wide barrier.
    Consumer,
}

/// What one protocol costs for a given change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProtocolCost {
    /// The protocol.
    pub protocol: Protocol,
    /// `JoinGroup`/`SyncGroup` rounds (classic) or group-epoch bumps (KIP-848).
    pub n_rebalances: u32,
    /// Whether every member stops consuming during the rebalance.
    pub stop_the_world: bool,
    /// Partitions without a consuming owner at some point.
    pub n_partitions_paused: usize,
    /// Longest time one partition goes without a consuming owner, in ms.
    pub max_unowned_ms: u64,
    /// Sum over partitions of the time without a consuming owner, in partition·ms.
    pub partition_ms_unowned: u64,
    /// How the numbers come about.
    pub explanation: Message,
}

/// The cost of moving from `before` to `after` under each protocol. `restarted` lists members
/// that bounce (stop and come back with the same `group.instance.id`) rather than join or leave:
/// only the static-membership estimate distinguishes them.
#[must_use]
pub fn protocol_costs(
    diff: &RebalanceDiff,
    restarted: &[String],
    timing: RebalanceTiming,
) -> Vec<ProtocolCost> {
    let n_owned_after: usize = diff
        .members
        .iter()
        .filter(|m| m.presence != Presence::Left)
        .map(|m| m.kept.len() + m.added.len())
        .sum();
    let n_between = diff.n_moved_between_members;
    let n_orphaned =
        diff.moves.iter().filter(|m| m.from.as_ref().is_some_and(|from| left(diff, from))).count();
    let n_transferring = n_between - n_orphaned.min(n_between);
    let changed = !diff.moves.is_empty() || diff.members.iter().any(|m| m.presence != Presence::Stayed);
    let rounds = |n: u32| if changed { n } else { 0 };
    let eager_paused = if changed { n_owned_after } else { 0 };
    let mut costs = vec![ProtocolCost {
        protocol: Protocol::Eager,
        n_rebalances: rounds(1),
        stop_the_world: changed,
        n_partitions_paused: eager_paused,
        max_unowned_ms: if changed { timing.round_ms } else { 0 },
        partition_ms_unowned: eager_paused as u64 * timing.round_ms,
        explanation: msg!("whatif-cost-eager", paused = eager_paused, round = millis(timing.round_ms)),
    }];
    let cooperative_paused = n_transferring + n_orphaned + diff.n_newly_owned;
    costs.push(ProtocolCost {
        protocol: Protocol::Cooperative,
        n_rebalances: rounds(if n_transferring > 0 { 2 } else { 1 }),
        stop_the_world: false,
        n_partitions_paused: cooperative_paused,
        max_unowned_ms: if cooperative_paused > 0 { timing.round_ms } else { 0 },
        partition_ms_unowned: cooperative_paused as u64 * timing.round_ms,
        explanation: msg!(
            "whatif-cost-cooperative",
            transferring = n_transferring,
            first_round = n_orphaned + diff.n_newly_owned
        ),
    });
    let bounced: usize = diff
        .members
        .iter()
        .filter(|m| restarted.contains(&m.member_id))
        .map(|m| m.kept.len() + m.revoked.len())
        .sum();
    let within_session = timing.restart_ms < timing.session_timeout_ms;
    costs.push(ProtocolCost {
        protocol: Protocol::Static,
        n_rebalances: if restarted.is_empty() || within_session { 0 } else { 2 * restarted.len() as u32 },
        stop_the_world: false,
        n_partitions_paused: bounced,
        max_unowned_ms: if bounced > 0 { timing.restart_ms } else { 0 },
        partition_ms_unowned: bounced as u64 * timing.restart_ms,
        explanation: if within_session {
            msg!(
                "whatif-cost-static-within-session",
                restarting = restarted.len(),
                session_timeout = millis(timing.session_timeout_ms),
                bounced = bounced,
                restart = millis(timing.restart_ms)
            )
        } else {
            msg!(
                "whatif-cost-static-outlasts-session",
                restart = millis(timing.restart_ms),
                session_timeout = millis(timing.session_timeout_ms)
            )
        },
    });
    let consumer_paused = n_between + diff.n_newly_owned;
    costs.push(ProtocolCost {
        protocol: Protocol::Consumer,
        n_rebalances: rounds(1),
        stop_the_world: false,
        n_partitions_paused: consumer_paused,
        max_unowned_ms: if consumer_paused > 0 { timing.heartbeat_interval_ms } else { 0 },
        partition_ms_unowned: consumer_paused as u64 * timing.heartbeat_interval_ms,
        explanation: msg!(
            "whatif-cost-consumer",
            paused = consumer_paused,
            heartbeat = millis(timing.heartbeat_interval_ms)
        ),
    });
    costs
}

/// A duration in milliseconds, as the language writes durations (`3 s`, `1 min 30 s`).
fn millis(ms: u64) -> Arg {
    Arg::millis(i64::try_from(ms).unwrap_or(i64::MAX))
}

fn left(diff: &RebalanceDiff, member: &str) -> bool {
    diff.members.iter().any(|m| m.member_id == member && m.presence == Presence::Left)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn partitions(entries: &[(&str, &[&str])]) -> MemberPartitions {
        MemberPartitions(
            entries
                .iter()
                .map(|(member, list)| ((*member).to_owned(), list.iter().map(|p| (*p).to_owned()).collect()))
                .collect(),
        )
    }

    #[test]
    fn a_member_joining_takes_partitions_and_their_lag() {
        let before = partitions(&[("a", &["t-0", "t-1"]), ("b", &["t-2", "t-3"])]);
        let after = partitions(&[("a", &["t-0"]), ("b", &["t-2"]), ("c", &["t-1", "t-3"])]);
        let lags: BTreeMap<String, Option<i64>> =
            [("t-0", Some(5)), ("t-1", Some(100)), ("t-2", None), ("t-3", Some(7))]
                .into_iter()
                .map(|(p, lag)| (p.to_owned(), lag))
                .collect();
        let diff = diff(&before, &after, &lags);
        let c = diff.members.iter().find(|m| m.member_id == "c").unwrap();
        assert_eq!(c.presence, Presence::Joined);
        assert_eq!(c.added, vec!["t-1", "t-3"]);
        assert_eq!(c.inherited_lag, Some(107));
        let b = diff.members.iter().find(|m| m.member_id == "b").unwrap();
        assert_eq!(b.lag_before, None, "t-2's lag is unknown, so b's total is unknown");
        assert_eq!(diff.n_kept, 2);
        assert_eq!(diff.n_moved_between_members, 2);
        assert_eq!(diff.balance_before.max_partitions, 2);
        assert_eq!(diff.balance_after.min_partitions, 1);

        let costs = protocol_costs(&diff, &[], RebalanceTiming::default());
        let eager = &costs[0];
        assert_eq!((eager.n_rebalances, eager.n_partitions_paused, eager.stop_the_world), (1, 4, true));
        let cooperative = &costs[1];
        assert_eq!((cooperative.n_rebalances, cooperative.n_partitions_paused), (2, 2));
        assert_eq!(
            crate::l10n::english(&eager.explanation),
            "every member revokes all its partitions before rejoining: 4 partitions stop for one 3 s round"
        );
        let korean = crate::l10n::Localizer::bundled(crate::l10n::Lang::Ko);
        assert_eq!(
            korean.render(&eager.explanation),
            "모든 멤버가 다시 참여하기 전에 자기 파티션을 전부 반납합니다: 파티션 4개가 한 라운드(3초) 동안 멈춥니다"
        );
        assert_eq!(
            korean.render(&costs[3].explanation),
            "그룹 에포크가 한 번 올라갑니다. 파티션 2개는 하트비트 한 번(5초) 안팎에 기존 소유자가 내려놓고 새 \
             소유자가 가져갑니다. 다른 멤버는 중단되지 않습니다"
        );
    }

    #[test]
    fn a_static_restart_within_the_session_timeout_costs_no_rebalance() {
        let before = partitions(&[("a", &["t-0"]), ("b", &["t-1"])]);
        let diff = diff(&before, &before.clone(), &BTreeMap::new());
        let costs = protocol_costs(&diff, &["a".to_owned()], RebalanceTiming::default());
        let static_cost = costs.iter().find(|c| c.protocol == Protocol::Static).unwrap();
        assert_eq!(static_cost.n_rebalances, 0);
        assert_eq!(static_cost.n_partitions_paused, 1);
        assert_eq!(static_cost.max_unowned_ms, 30_000);
        assert_eq!(costs[0].n_rebalances, 0, "nothing changed for the other protocols");
        assert_eq!(
            crate::l10n::english(&static_cost.explanation),
            "1 restarting members come back with the same group.instance.id within session.timeout.ms (45 s): \
             no rebalance; their 1 partitions wait 30 s"
        );
    }
}
