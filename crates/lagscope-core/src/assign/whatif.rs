//! What-if on a real group: a parsed dump becomes an assignor request (members, their current
//! partitions, every member subscribed to the group's topics), a member is added, removed or
//! slowed down, and any assignor answers what moves and what each member inherits.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::diff::{ProtocolCost, RebalanceDiff, RebalanceTiming, diff, protocol_costs};
use super::{
    AssignError, AssignOutcome, AssignRequest, AssignorKind, MemberPartitions, MemberSpec, assign,
    format_partition,
};
use crate::l10n::Message;
use crate::model::GroupSnapshot;
use crate::msg;

/// One change to the group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Change {
    /// A new member joins, subscribed to every topic of the group.
    Add {
        /// Its `member.id`.
        member_id: String,
    },
    /// A member leaves; its partitions are reassigned.
    Remove {
        /// Its `member.id`.
        member_id: String,
    },
    /// A member consumes at `factor` times the speed of its peers (0.5: half as fast). Assignors
    /// do not look at speed, so the assignment does not change: the answer is who holds the group
    /// back.
    Slow {
        /// Its `member.id`.
        member_id: String,
        /// Relative speed, greater than 0.
        factor: f64,
    },
}

/// A what-if question on one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatIf {
    /// The assignor to run.
    pub assignor: AssignorKind,
    /// Changes applied in order.
    #[serde(default)]
    pub changes: Vec<Change>,
    /// Durations for the protocol cost estimates.
    #[serde(default)]
    pub timing: RebalanceTiming,
}

/// One member's share of the work after the change, given relative speeds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemberLoad {
    /// `member.id`.
    pub member_id: String,
    /// Relative speed (1 unless slowed).
    pub speed: f64,
    /// Partitions after the change.
    pub n_partitions: usize,
    /// Known lag of those partitions.
    pub lag: i64,
    /// Partitions among them with unknown lag.
    pub n_unknown_lag: usize,
    /// Time to drain its lag relative to a member of speed 1 draining the mean lag
    /// (`lag / speed / mean lag`); `None` when the group has no known lag.
    pub relative_drain_time: Option<f64>,
}

/// The answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WhatIfOutcome {
    /// The current assignment, as read from the dump.
    pub before: MemberPartitions,
    /// The request handed to the assignor.
    pub request: AssignRequest,
    /// The assignor's answer.
    pub outcome: AssignOutcome,
    /// What moves.
    pub diff: RebalanceDiff,
    /// What the move costs per rebalance protocol.
    pub costs: Vec<ProtocolCost>,
    /// Per member, the work after the change, slowest to drain first.
    pub loads: Vec<MemberLoad>,
    /// The member that holds the group back (longest relative drain time), if lag is known.
    pub bottleneck: Option<String>,
    /// What was assumed because a dump does not say it.
    pub assumptions: Vec<Message>,
}

/// The assignor request equivalent to the group as dumped: members in dump order, each owning
/// the partitions the dump shows for it (generation 1), all subscribed to every topic of the
/// group, each topic with as many partitions as the dump shows.
#[must_use]
pub fn request_from_group(group: &GroupSnapshot, assignor: AssignorKind) -> (AssignRequest, Vec<Message>) {
    let mut topics: BTreeMap<String, i32> = BTreeMap::new();
    let mut members: Vec<MemberSpec> = Vec::new();
    let mut index_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut member_for = |id: &str, instance: Option<String>, members: &mut Vec<MemberSpec>| -> usize {
        *index_of.entry(id.to_owned()).or_insert_with(|| {
            members.push(MemberSpec {
                member_id: id.to_owned(),
                group_instance_id: instance,
                generation: Some(1),
                ..MemberSpec::default()
            });
            members.len() - 1
        })
    };
    for member in &group.members {
        if let Some(id) = member.consumer_id.as_deref() {
            let index = member_for(id, member.group_instance_id.as_deref().map(str::to_owned), &mut members);
            for assigned in member.assignment.iter().flatten() {
                if let Some(topic) = assigned.topic.as_deref() {
                    let count = topics.entry(topic.to_owned()).or_insert(0);
                    *count = (*count).max(assigned.partition + 1);
                    members[index].owned_partitions.push(format_partition(topic, assigned.partition));
                }
            }
        }
    }
    for partition in &group.partitions {
        let count = topics.entry(partition.topic.to_string()).or_insert(0);
        *count = (*count).max(partition.partition + 1);
        if let Some(id) = partition.consumer_id.as_deref() {
            let index = member_for(id, None, &mut members);
            let name = format_partition(&partition.topic, partition.partition);
            if !members[index].owned_partitions.contains(&name) {
                members[index].owned_partitions.push(name);
            }
        }
    }
    let subscriptions: Vec<String> = topics.keys().cloned().collect();
    for member in &mut members {
        member.subscriptions.clone_from(&subscriptions);
    }
    let assumptions = vec![
        msg!("whatif-assumed-subscriptions"),
        msg!("whatif-assumed-partition-counts"),
        msg!("whatif-assumed-member-order"),
    ];
    let request = AssignRequest::new(assignor, topics, members);
    (request, assumptions)
}

/// Applies the changes and runs the assignor.
pub fn what_if(group: &GroupSnapshot, question: &WhatIf) -> Result<WhatIfOutcome, AssignError> {
    let (mut request, assumptions) = request_from_group(group, question.assignor);
    let before = MemberPartitions(
        request.members.iter().map(|m| (m.member_id.clone(), m.owned_partitions.clone())).collect(),
    );
    let mut speeds: BTreeMap<String, f64> = BTreeMap::new();
    let all_topics: Vec<String> = request.topics.keys().cloned().collect();
    for change in &question.changes {
        match change {
            Change::Add { member_id } => {
                if request.members.iter().any(|m| &m.member_id == member_id) {
                    return Err(AssignError::Invalid(msg!(
                        "whatif-error-already-member",
                        member = member_id
                    )));
                }
                request.members.push(MemberSpec {
                    member_id: member_id.clone(),
                    subscriptions: all_topics.clone(),
                    ..MemberSpec::default()
                });
            }
            Change::Remove { member_id } => {
                let before_len = request.members.len();
                request.members.retain(|m| &m.member_id != member_id);
                if request.members.len() == before_len {
                    return Err(AssignError::Invalid(msg!(
                        "whatif-error-remove-unknown",
                        member = member_id
                    )));
                }
            }
            Change::Slow { member_id, factor } => {
                if !(factor.is_finite() && *factor > 0.0) {
                    // The factor as given (Rust writes the shortest form that reads back the same).
                    return Err(AssignError::Invalid(msg!(
                        "whatif-error-slow-factor",
                        factor = factor.to_string(),
                        member = member_id
                    )));
                }
                if !request.members.iter().any(|m| &m.member_id == member_id) {
                    return Err(AssignError::Invalid(msg!("whatif-error-slow-unknown", member = member_id)));
                }
                speeds.insert(member_id.clone(), *factor);
            }
        }
    }
    if request.members.is_empty() {
        return Err(AssignError::Invalid(msg!("whatif-error-no-members")));
    }
    let outcome = assign(&request)?;
    let lags: BTreeMap<String, Option<i64>> =
        group.partitions.iter().map(|p| (format_partition(&p.topic, p.partition), p.lag)).collect();
    let rebalance = diff(&before, &outcome.assignment, &lags);
    let costs = protocol_costs(&rebalance, &[], question.timing);
    let (loads, bottleneck) = loads(&outcome.assignment, &lags, &speeds);
    Ok(WhatIfOutcome { before, request, outcome, diff: rebalance, costs, loads, bottleneck, assumptions })
}

fn loads(
    assignment: &MemberPartitions,
    lags: &BTreeMap<String, Option<i64>>,
    speeds: &BTreeMap<String, f64>,
) -> (Vec<MemberLoad>, Option<String>) {
    let mut loads: Vec<MemberLoad> = assignment
        .0
        .iter()
        .map(|(member, partitions)| {
            let known: Vec<i64> = partitions.iter().filter_map(|p| lags.get(p).copied().flatten()).collect();
            MemberLoad {
                member_id: member.clone(),
                speed: speeds.get(member).copied().unwrap_or(1.0),
                n_partitions: partitions.len(),
                lag: crate::model::saturating_sum(known.iter().copied()),
                n_unknown_lag: partitions.len() - known.len(),
                relative_drain_time: None,
            }
        })
        .collect();
    let total = crate::model::saturating_sum(loads.iter().map(|load| load.lag));
    if total <= 0 || loads.is_empty() {
        return (loads, None);
    }
    let mean = total as f64 / loads.len() as f64;
    for load in &mut loads {
        load.relative_drain_time = Some(load.lag as f64 / load.speed / mean);
    }
    loads.sort_by(|a, b| {
        b.relative_drain_time
            .unwrap_or(0.0)
            .total_cmp(&a.relative_drain_time.unwrap_or(0.0))
            .then(a.member_id.cmp(&b.member_id))
    });
    let bottleneck = loads.first().map(|load| load.member_id.clone());
    (loads, bottleneck)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    const DUMP: &str = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
        g orders 0 100 1100 1000 consumer-a /10.0.0.1 a\n\
        g orders 1 100 1100 1000 consumer-a /10.0.0.1 a\n\
        g orders 2 100 150 50 consumer-b /10.0.0.2 b\n\
        g orders 3 100 150 50 consumer-b /10.0.0.2 b\n";

    #[test]
    fn adding_a_member_to_a_dumped_group_moves_partitions_to_it() {
        let group = parse(DUMP).snapshot.groups.remove(0);
        let question = WhatIf {
            assignor: AssignorKind::CooperativeSticky,
            changes: vec![Change::Add { member_id: "consumer-c".to_owned() }],
            timing: RebalanceTiming::default(),
        };
        let answer = what_if(&group, &question).unwrap();
        assert_eq!(
            answer.before.get("consumer-a"),
            Some(&["orders-0".to_owned(), "orders-1".to_owned()][..])
        );
        // Cooperative: the partition that moves to the new member is withheld in this round.
        assert_eq!(answer.outcome.withheld.len(), 1);
        assert_eq!(answer.outcome.assignment.get("consumer-c"), Some(&[][..]));
    }

    #[test]
    fn a_slowed_member_becomes_the_bottleneck() {
        let group = parse(DUMP).snapshot.groups.remove(0);
        let question = WhatIf {
            assignor: AssignorKind::Range,
            changes: vec![Change::Slow { member_id: "consumer-b".to_owned(), factor: 0.01 }],
            timing: RebalanceTiming::default(),
        };
        let answer = what_if(&group, &question).unwrap();
        assert_eq!(answer.bottleneck.as_deref(), Some("consumer-b"));
        assert_eq!(answer.diff.n_moved_between_members, 0, "range keeps this layout");
    }

    #[test]
    fn removing_an_unknown_member_names_it() {
        let group = parse(DUMP).snapshot.groups.remove(0);
        let question = WhatIf {
            assignor: AssignorKind::Range,
            changes: vec![Change::Remove { member_id: "nobody".to_owned() }],
            timing: RebalanceTiming::default(),
        };
        let error = what_if(&group, &question).unwrap_err();
        assert_eq!(error.to_string(), "no member \"nobody\" in the group to remove");
        let korean = crate::l10n::Localizer::bundled(crate::l10n::Lang::Ko);
        assert_eq!(korean.render(&error.message()), "그룹에 없는 멤버라 제거할 수 없습니다: \"nobody\"");
    }

    #[test]
    fn kafka_rejections_keep_kafka_words_in_english() {
        let group = parse(DUMP).snapshot.groups.remove(0);
        let question = WhatIf {
            assignor: AssignorKind::RoundRobin,
            changes: ["consumer-a", "consumer-b"]
                .into_iter()
                .map(|id| Change::Remove { member_id: id.to_owned() })
                .collect(),
            timing: RebalanceTiming::default(),
        };
        let error = what_if(&group, &question).unwrap_err();
        assert_eq!(error.message().id, "whatif-error-no-members");
        let mut request = request_from_group(&group, AssignorKind::RoundRobin).0;
        request.members.clear();
        let error = super::super::assign(&request).unwrap_err();
        assert_eq!(
            error.to_string(),
            "IllegalArgumentException: CircularIterator can only be used on non-empty lists"
        );
        assert_eq!(error.message().id, "assign-error-kafka");
    }

    /// Two lags of `i64::MAX` on one member (a dump can print anything): the sums saturate.
    #[test]
    fn lags_at_the_limit_saturate_instead_of_wrapping() {
        let dump = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
            g orders 0 0 9223372036854775807 9223372036854775807 consumer-a /10.0.0.1 a\n\
            g orders 1 0 9223372036854775807 9223372036854775807 consumer-a /10.0.0.1 a\n\
            g orders 2 0 10 10 consumer-b /10.0.0.2 b\n";
        let group = parse(dump).snapshot.groups.remove(0);
        let question = WhatIf {
            assignor: AssignorKind::Range,
            changes: vec![Change::Add { member_id: "consumer-c".to_owned() }],
            timing: RebalanceTiming::default(),
        };
        let answer = what_if(&group, &question).unwrap();
        assert!(answer.loads.iter().all(|load| load.lag >= 0), "{:?}", answer.loads);
        assert!(answer.loads.iter().any(|load| load.lag == i64::MAX));
    }
}
