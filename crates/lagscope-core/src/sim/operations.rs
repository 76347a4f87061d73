//! Operations: crashes, stops and starts, scaling, deploys, new partitions, stalls and slowdowns.
//!
//! A deploy is a sequence of steps on the event queue: a rolling deploy stops one instance,
//! starts its replacement `startup_s` later, waits `gap_s`, and moves to the next; a blue-green
//! deploy boots the new set, then switches in one instant (every old instance stops and every new
//! consumer polls), so the group sees one membership change instead of one per instance.

use super::engine::{Engine, Event, Life, Slowdown, ThreadIndex};
use super::output::EventKind;
use super::produce::micros;
use super::scenario::{Action, HostSpec, ProtocolKind};
use crate::l10n::Arg;

/// A deploy in progress: the hosts it replaces, and (blue-green) the new ones.
#[derive(Debug, Clone, Default)]
pub(super) struct Deploy {
    pub(super) old: Vec<usize>,
    pub(super) new: Vec<usize>,
    pub(super) startup: i64,
    pub(super) gap: i64,
}

impl Engine<'_> {
    pub(super) fn operation(&mut self, index: usize) {
        let action = self.scenario.operations[index].action.clone();
        match action {
            Action::Crash { target } => {
                for thread in self.threads_of(&target) {
                    if matches!(self.threads[thread].life, Life::Running | Life::Stopping | Life::Booting) {
                        self.crash(thread, crate::msg!("sim-event-crashed"));
                    }
                }
            }
            Action::Stop { target } => {
                for thread in self.threads_of(&target) {
                    self.stop(thread);
                }
            }
            Action::Start { target, startup_s } => {
                for host in self.hosts_of(&target) {
                    self.start_host(host, self.now + micros(startup_s));
                }
            }
            Action::Restart { target, startup_s } => {
                let hosts = self.hosts_of(&target);
                for host in &hosts {
                    for thread in self.hosts[*host].threads.clone() {
                        self.stop(thread);
                    }
                }
                self.deploys.insert(index, Deploy { old: hosts, ..Deploy::default() });
                self.schedule_at(self.now + micros(startup_s), Event::Step { operation: index, step: 1 });
            }
            Action::ScaleOut { instances, startup_s } => {
                for _ in 0..instances {
                    let name = format!("host-{}", self.hosts.len() + 1);
                    let host = self.add_host(new_host(name));
                    self.start_host(host, self.now + micros(startup_s));
                }
                self.log(EventKind::Deploy, None, crate::msg!("sim-event-scale-out", instances = instances));
            }
            Action::ScaleIn { instances } => {
                let running: Vec<usize> =
                    (0..self.hosts.len()).filter(|host| self.running_threads_on(*host) > 0).collect();
                let stopping = running.len().saturating_sub(instances as usize);
                for host in running[stopping..].iter().copied() {
                    for thread in self.hosts[host].threads.clone() {
                        self.stop(thread);
                    }
                }
                self.log(EventKind::Deploy, None, crate::msg!("sim-event-scale-in", instances = instances));
            }
            Action::RollingDeploy { startup_s, gap_s } => self.begin_rolling_deploy(index, startup_s, gap_s),
            Action::BlueGreenDeploy { startup_s, switch_after_s, consumers_at_switch } => {
                self.begin_blue_green(index, startup_s, switch_after_s, consumers_at_switch);
            }
            Action::AddPartitions { topic, partitions } => {
                let at_s = self.scenario.operations[index].at_s;
                self.grow_topic(&topic, partitions, at_s);
            }
            Action::Stall { target, for_s } => {
                let length = micros(for_s);
                for thread in self.threads_of(&target) {
                    if !matches!(self.threads[thread].life, Life::Running | Life::Stopping) {
                        continue;
                    }
                    self.stall(thread, length);
                }
            }
            Action::Slowdown { target, factor, for_s } => {
                let threads = self.threads_of(&target);
                let until = for_s.map(|for_s| self.now + micros(for_s));
                self.slowdowns.push(Slowdown { threads, factor, from: self.now, until });
            }
        }
    }

    /// A topic gets more partitions (`at_s`: when, as the scenario says).
    fn grow_topic(&mut self, topic: &str, partitions: i32, at_s: f64) {
        let Some(topic_index) = self.scenario.topics.iter().position(|known| known.name == topic) else {
            return;
        };
        if partitions <= super::engine::count(self.partition_index[topic_index].len()) {
            return;
        }
        self.add_partitions(topic_index, partitions);
        // The producers see the new partitions at their own metadata refresh, anywhere
        // within metadata.max.age.ms; every group sees the same producers, so the moment
        // is drawn from the scenario's seed and the change itself (its place in a group's
        // list of operations differs from group to group), not from the group's stream.
        let change = at_s.to_bits()
            ^ u64::try_from(topic_index).unwrap_or(0).rotate_left(32)
            ^ u64::try_from(partitions).unwrap_or(0).rotate_left(48);
        let mut producers =
            super::rng::Rng::new(self.scenario_seed ^ change.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let refresh = (producers.unit() * self.timing.metadata_max_age as f64) as i64;
        self.schedule_at(self.now + refresh, Event::ProducerMetadata { topic: topic_index });
        self.log(
            EventKind::PartitionsAdded,
            None,
            crate::msg!(
                "sim-event-partitions-added",
                topic = topic,
                partitions = partitions,
                refresh = Arg::seconds(refresh as f64 / 1e6),
            ),
        );
        // A group notices only the topics it reads (its metadata and assignment hold no others).
        if !self.subscribed[topic_index] {
            return;
        }
        match self.protocol {
            ProtocolKind::Consumer => self.modern_partitions_changed(topic_index),
            ProtocolKind::Eager | ProtocolKind::Cooperative => {
                self.schedule_leader_metadata(topic_index);
            }
        }
    }

    fn begin_rolling_deploy(&mut self, index: usize, startup_s: f64, gap_s: f64) {
        let old: Vec<usize> =
            (0..self.hosts.len()).filter(|host| self.running_threads_on(*host) > 0).collect();
        self.log(EventKind::Deploy, None, crate::msg!("sim-event-rolling-deploy", instances = old.len()));
        self.deploys
            .insert(index, Deploy { old, new: Vec::new(), startup: micros(startup_s), gap: micros(gap_s) });
        self.step(index, 0);
    }

    /// Blue-green: the green instances boot; their consumers subscribe as they start (and join the
    /// group at once) unless they start at the switch; at the switch every blue instance stops.
    fn begin_blue_green(
        &mut self,
        index: usize,
        startup_s: f64,
        switch_after_s: f64,
        consumers_at_switch: bool,
    ) {
        let old: Vec<usize> =
            (0..self.hosts.len()).filter(|host| self.running_threads_on(*host) > 0).collect();
        let mut new = Vec::new();
        for host in &old {
            let mut spec = self.hosts[*host].spec.clone();
            spec.name = format!("{}-green", spec.name);
            spec.address = None;
            new.push(self.add_host(spec));
        }
        let booted = self.now + micros(startup_s);
        let switch = booted + micros(switch_after_s);
        self.log(
            EventKind::Deploy,
            None,
            if consumers_at_switch {
                crate::msg!("sim-event-blue-green-at-switch", instances = new.len())
            } else {
                crate::msg!("sim-event-blue-green-as-they-start", instances = new.len())
            },
        );
        if !consumers_at_switch {
            for host in &new {
                self.start_host(*host, booted);
            }
        }
        self.deploys.insert(index, Deploy { old, new, startup: micros(startup_s), gap: 0 });
        self.schedule_at(switch, Event::Step { operation: index, step: 0 });
    }

    /// A hanging call: the batch in progress takes `length` longer; an idle thread hangs in its
    /// next batch.
    fn stall(&mut self, thread: ThreadIndex, length: i64) {
        let seconds = length as f64 / 1e6;
        if let Some(batch) = self.threads[thread].batch.as_mut() {
            batch.end += length;
            let end = batch.end;
            self.wake_at(thread, end);
        } else {
            self.threads[thread].pending_stall += length;
        }
        self.log(
            EventKind::Stalled,
            Some(thread),
            crate::msg!("sim-event-stalled", hang = Arg::seconds(seconds)),
        );
    }

    pub(super) fn step(&mut self, operation: usize, step: usize) {
        let Some(deploy) = self.deploys.get(&operation).cloned() else { return };
        match &self.scenario.operations[operation].action {
            Action::Restart { .. } => {
                for host in deploy.old {
                    self.replace_processes(host);
                }
            }
            Action::BlueGreenDeploy { consumers_at_switch, .. } => {
                let consumers_at_switch = *consumers_at_switch;
                self.log(
                    EventKind::Deploy,
                    None,
                    if consumers_at_switch {
                        crate::msg!("sim-event-blue-green-switch-start")
                    } else {
                        crate::msg!("sim-event-blue-green-switch")
                    },
                );
                for host in &deploy.old {
                    for thread in self.hosts[*host].threads.clone() {
                        self.stop(thread);
                    }
                }
                if consumers_at_switch {
                    for host in deploy.new {
                        self.start_host(host, self.now);
                    }
                }
            }
            Action::RollingDeploy { .. } => {
                let instance = step / 2;
                let Some(host) = deploy.old.get(instance).copied() else { return };
                let name = self.hosts[host].spec.name.clone();
                if step.is_multiple_of(2) {
                    self.log(
                        EventKind::Deploy,
                        None,
                        crate::msg!(
                            "sim-event-rolling-stop",
                            host = name,
                            step = instance + 1,
                            steps = deploy.old.len(),
                        ),
                    );
                    for thread in self.hosts[host].threads.clone() {
                        self.stop(thread);
                    }
                    self.schedule_at(self.now + deploy.startup, Event::Step { operation, step: step + 1 });
                } else {
                    self.log(
                        EventKind::Deploy,
                        None,
                        crate::msg!(
                            "sim-event-rolling-start",
                            host = name,
                            step = instance + 1,
                            steps = deploy.old.len(),
                        ),
                    );
                    self.replace_processes(host);
                    if instance + 1 < deploy.old.len() {
                        self.schedule_at(self.now + deploy.gap, Event::Step { operation, step: step + 1 });
                    }
                }
            }
            _ => {}
        }
    }

    /// New processes on a host: anything still stopping is killed first.
    fn replace_processes(&mut self, host: usize) {
        for thread in self.hosts[host].threads.clone() {
            if self.threads[thread].life == Life::Stopping {
                self.crash(thread, crate::msg!("sim-event-killed-replacement"));
            }
        }
        self.start_host(host, self.now);
    }

    /// The threads a target names (`all`, a host, or `host:thread`).
    fn threads_of(&self, target: &str) -> Vec<ThreadIndex> {
        let (host, number) = match target.split_once(':') {
            Some((host, number)) => (host, number.parse::<u32>().ok()),
            None => (target, None),
        };
        self.hosts
            .iter()
            .filter(|known| host == "all" || known.spec.name == host)
            .flat_map(|known| known.threads.iter().copied())
            .filter(|thread| number.is_none_or(|number| self.threads[*thread].number == number))
            .collect()
    }

    fn hosts_of(&self, target: &str) -> Vec<usize> {
        let host = target.split_once(':').map_or(target, |(host, _)| host);
        (0..self.hosts.len()).filter(|index| host == "all" || self.hosts[*index].spec.name == host).collect()
    }
}

fn new_host(name: String) -> HostSpec {
    HostSpec {
        name,
        address: None,
        concurrency: None,
        slowdown: 1.0,
        max_records_per_s: None,
        cap_jitter: super::scenario::DEFAULT_CAP_JITTER,
        running: false,
    }
}
