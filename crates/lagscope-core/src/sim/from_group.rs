//! A real group as the start of a scenario: a parsed dump's topics, partitions, offsets, hosts and
//! members become the scenario's initial state, so a user can replay their group and ask "what if".

use std::collections::BTreeMap;

use super::scenario::{ConsumerSpec, HostSpec, InitialPartition, Scenario, ScenarioError, TopicSpec};
use crate::assign::AssignorKind;
use crate::l10n::{Arg, Message};
use crate::model::GroupSnapshot;

/// A scenario whose topics, hosts and initial offsets come from `group`, and whose load,
/// consumer settings and operations come from `template` (its own topics, hosts and initial
/// offsets are replaced; a template host with the same name as a dumped host keeps its
/// `slowdown` and `max_records_per_s`).
///
/// What a dump does not say is assumed, and returned as messages: partition counts are the
/// highest partition shown plus one, a host runs one consumer thread per member id seen on it,
/// a partition without a committed offset starts uncommitted, and the assignor is the one the
/// dump names (else the template's).
pub fn scenario_from_group(
    group: &GroupSnapshot,
    template: &Scenario,
) -> Result<(Scenario, Vec<Message>), ScenarioError> {
    if group.partitions.is_empty() {
        return Err(ScenarioError::new("dump", crate::msg!("sim-error-dump-without-partitions")));
    }
    let mut assumptions = Vec::new();
    let mut topics: BTreeMap<String, i32> = BTreeMap::new();
    let mut initial = Vec::new();
    let mut threads_per_host: BTreeMap<String, std::collections::BTreeSet<String>> = BTreeMap::new();
    let mut n_unknown_end = 0;
    for partition in &group.partitions {
        let count = topics.entry(partition.topic.to_string()).or_insert(0);
        *count = (*count).max(partition.partition + 1);
        let Some(log_end_offset) = partition
            .log_end_offset
            .or_else(|| partition.current_offset.zip(partition.lag).map(|(current, lag)| current + lag))
        else {
            n_unknown_end += 1;
            continue;
        };
        initial.push(InitialPartition {
            topic: partition.topic.to_string(),
            partition: partition.partition,
            log_end_offset: log_end_offset.max(0),
            committed: partition.current_offset.map(|offset| offset.clamp(0, log_end_offset.max(0))),
        });
        if let (Some(host), Some(member)) = (&partition.host, &partition.consumer_id) {
            threads_per_host.entry(host.to_string()).or_default().insert(member.to_string());
        }
    }
    for member in &group.members {
        if let (Some(host), Some(id)) = (&member.host, &member.consumer_id) {
            threads_per_host.entry(host.to_string()).or_default().insert(id.to_string());
        }
    }
    if n_unknown_end > 0 {
        assumptions.push(crate::msg!("sim-assumed-unknown-log-end", count = n_unknown_end));
    }
    assumptions.push(crate::msg!("sim-assumed-partition-counts"));
    let hosts = hosts_from(&threads_per_host, template, &mut assumptions);
    let mut consumer: ConsumerSpec = template.consumer.clone();
    if let Some(strategy) = group.assignment_strategy.as_deref() {
        let named = match strategy {
            "range" => Some(AssignorKind::Range),
            "roundrobin" => Some(AssignorKind::RoundRobin),
            "sticky" => Some(AssignorKind::Sticky),
            "cooperative-sticky" => Some(AssignorKind::CooperativeSticky),
            "uniform" => Some(AssignorKind::Uniform),
            _ => None,
        };
        if let Some(named) = named {
            consumer.assignor = named;
            consumer.protocol = None;
            assumptions.push(crate::msg!("sim-assumed-assignor", assignor = strategy));
        }
    }
    let host_names: Vec<&str> = hosts.iter().map(|host| host.name.as_str()).collect();
    let operations = operations_for(template, &topics, &host_names, &mut assumptions);
    let scenario = Scenario {
        name: template.name.clone(),
        description: template.description.clone(),
        group: group.group.clone().unwrap_or_else(|| template.group.clone()),
        start: template.start.clone(),
        duration_s: template.duration_s,
        sample_every_s: template.sample_every_s,
        topics: topics
            .into_iter()
            .map(|(name, partitions)| TopicSpec {
                name,
                partitions,
                initial_log_end_offset: 0,
                initial_lag: 0,
            })
            .collect(),
        produce: template.produce.iter().filter(|producer| producer.topics.is_empty()).cloned().collect(),
        hosts,
        consumer,
        operations,
        initial,
        subscribe: Vec::new(),
        other_groups: Vec::new(),
    };
    scenario.validate()?;
    Ok((scenario, assumptions))
}

/// One host per address that owns partitions, one thread per member id seen on it; a template
/// host with the same name keeps its slowdown and rate cap.
fn hosts_from(
    threads_per_host: &BTreeMap<String, std::collections::BTreeSet<String>>,
    template: &Scenario,
    assumptions: &mut Vec<Message>,
) -> Vec<HostSpec> {
    if threads_per_host.is_empty() {
        assumptions.push(crate::msg!("sim-assumed-template-hosts"));
        template.hosts.clone()
    } else {
        assumptions.push(crate::msg!("sim-assumed-threads"));
        threads_per_host
            .iter()
            .enumerate()
            .map(|(index, (address, members))| {
                let name = address.trim_start_matches('/').replace([':', ' '], "_");
                let name = if name.is_empty() { format!("host-{}", index + 1) } else { name };
                let kept = template.hosts.iter().find(|host| host.name == name);
                HostSpec {
                    name,
                    address: Some(address.clone()),
                    concurrency: Some(u32::try_from(members.len()).unwrap_or(1).max(1)),
                    slowdown: kept.map_or(1.0, |host| host.slowdown),
                    max_records_per_s: kept.and_then(|host| host.max_records_per_s),
                    cap_jitter: kept.map_or(super::scenario::DEFAULT_CAP_JITTER, |host| host.cap_jitter),
                    running: true,
                }
            })
            .collect()
    }
}

/// The template's operations that still make sense for the dumped group: those naming a host or a
/// topic the dump does not show are dropped, each with a message saying so.
fn operations_for(
    template: &Scenario,
    topics: &BTreeMap<String, i32>,
    host_names: &[&str],
    assumptions: &mut Vec<Message>,
) -> Vec<super::scenario::Operation> {
    template
        .operations
        .iter()
        .filter(|operation| {
            if let super::scenario::Action::AddPartitions { topic, partitions } = &operation.action {
                let kept = topics.get(topic).is_some_and(|known| known < partitions);
                if !kept {
                    assumptions.push(crate::msg!(
                        "sim-assumed-dropped-topic",
                        at = Arg::seconds(operation.at_s),
                        topic = topic,
                        partitions = *partitions,
                    ));
                }
                return kept;
            }
            let target = operation_target(&operation.action);
            let kept = target.is_none_or(|target| {
                let host = target.split_once(':').map_or(target, |(host, _)| host);
                host == "all" || host_names.contains(&host)
            });
            if !kept {
                assumptions.push(crate::msg!(
                    "sim-assumed-dropped-host",
                    at = Arg::seconds(operation.at_s),
                    target = target.unwrap_or_default(),
                ));
            }
            kept
        })
        .cloned()
        .collect()
}

/// The host an operation names, if it names one.
fn operation_target(action: &super::scenario::Action) -> Option<&str> {
    use super::scenario::Action;
    match action {
        Action::Crash { target }
        | Action::Stop { target }
        | Action::Start { target, .. }
        | Action::Restart { target, .. }
        | Action::Stall { target, .. }
        | Action::Slowdown { target, .. } => Some(target),
        Action::ScaleOut { .. }
        | Action::ScaleIn { .. }
        | Action::RollingDeploy { .. }
        | Action::BlueGreenDeploy { .. }
        | Action::AddPartitions { .. } => None,
    }
}
