//! Samples during the run, and the outcome at its end.

use std::collections::BTreeMap;

use super::engine::Engine;
use super::output::{HostSeries, Outcome, Summary};
use super::scenario::ProtocolKind;

impl Engine<'_> {
    pub(super) fn sample(&mut self, index: usize) {
        for partition in 0..self.partitions.len() {
            let state = &self.partitions[partition];
            if !self.subscribed[state.topic] {
                continue;
            }
            let exists = self.now >= state.created
                && (state.number as usize) < self.production.n_partitions(state.topic);
            let log_end_offset = exists.then(|| self.log_end_offset(partition));
            let committed = state.committed;
            let lag = log_end_offset.zip(committed).map(|(end, committed)| (end - committed).max(0));
            let owner = state.assigned_to.map(|identity| identity as u32);
            let series = &mut self.series[partition];
            series.log_end_offset[index] = log_end_offset;
            series.committed[index] = committed;
            series.lag[index] = lag;
            series.owner[index] = owner;
        }
        let sample = match self.protocol {
            ProtocolKind::Eager | ProtocolKind::Cooperative => self.classic_sample(),
            ProtocolKind::Consumer => self.modern_sample(),
        };
        self.samples.push(sample);
    }

    pub(super) fn finish(mut self, seed: u64) -> Outcome {
        let end = self.timing.end;
        self.now = end;
        let mut unowned_total = 0;
        let mut partitions = Vec::with_capacity(self.partitions.len());
        for (state, mut series) in self.partitions.iter().zip(std::mem::take(&mut self.series)) {
            if !self.subscribed[state.topic] {
                continue;
            }
            let open = state.uncovered_since.map_or(0, |since| end - since);
            series.processed = state.processed;
            series.duplicates = state.duplicates;
            series.unowned_ms = (state.uncovered + open) / 1000;
            series.fetched_by =
                state.fetch_log.iter().map(|(at, member)| (self.start_ms + at / 1000, *member)).collect();
            unowned_total += series.unowned_ms;
            partitions.push(series);
        }
        let total_lag = |index: usize| -> i64 {
            crate::model::saturating_sum(partitions.iter().filter_map(|series| series.lag[index]))
        };
        let n_samples = self.sample_times.len();
        let first_total_lag = total_lag(0);
        let final_total_lag = total_lag(n_samples - 1);
        let max_total_lag = (0..n_samples).map(total_lag).max().unwrap_or(0);
        let produced = crate::model::saturating_sum(
            (0..self.partitions.len())
                .filter(|partition| self.subscribed[self.partitions[*partition].topic])
                .map(|partition| self.log_end_offset(partition) - self.partitions[partition].first_offset),
        );
        let mut leaves = BTreeMap::new();
        for member in &self.members {
            if let Some((_, reason)) = member.left {
                *leaves.entry(reason).or_insert(0) += 1;
            }
        }
        let summary = Summary {
            n_rebalances: self.n_rebalances,
            leaves,
            n_commit_failures: self.commit_failures.values().sum(),
            commit_failures: self.commit_failures.clone(),
            produced,
            processed: partitions.iter().map(|series| series.processed).sum(),
            duplicates: partitions.iter().map(|series| series.duplicates).sum(),
            unowned_ms: unowned_total,
            first_total_lag,
            final_total_lag,
            max_total_lag,
        };
        let hosts = self
            .hosts
            .iter()
            .map(|host| HostSeries {
                host: host.spec.name.clone(),
                address: host.address.clone(),
                processed: host.processed.clone(),
            })
            .collect();
        Outcome {
            scenario: self.scenario.name.clone(),
            group: self.scenario.group.clone(),
            seed,
            protocol: self.protocol,
            assignor: self.scenario.consumer.assignor,
            sample_times_ms: self.sample_times.iter().map(|time| self.start_ms + time / 1000).collect(),
            partitions,
            members: self.members,
            hosts,
            samples: self.samples,
            events: self.events,
            summary,
            other_groups: Vec::new(),
        }
    }
}
