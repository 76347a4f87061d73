//! A deterministic consumer-group simulator: producers, partitions, members grouped by host and
//! thread, the poll loop (`max.poll.records`, `max.poll.interval.ms`, commits), heartbeats and
//! session timeouts, and rebalancing under the eager, cooperative and KIP-848 protocols with the
//! assignors of [`crate::assign`].
//!
//! [`simulate`] is a pure function of the [`Scenario`] and the seed: no clock, no global
//! randomness, and transcendental functions from `libm`, so a run is identical natively and in
//! WebAssembly. Its [`Outcome`] holds series per partition, member and host, the group at each
//! sample and an event log; [`export`] writes it in the formats the analyzer reads (timed
//! `kafka-consumer-groups.sh` dumps, a lag CSV), so a simulated incident is diagnosed by the same
//! findings as a real one.
//!
//! The model, the resolution it works at, and what it leaves out are in `docs/simulator.md`.

mod classic;
mod consumer;
mod engine;
pub mod export;
mod from_group;
pub mod levers;
mod lifecycle;
pub mod log_export;
pub mod manipulate;
mod modern;
mod operations;
pub mod output;
pub mod presets;
mod produce;
mod records;
pub(crate) mod rng;
mod sampling;
pub mod scenario;
pub mod timeline;

pub use from_group::scenario_from_group;
pub use output::{CommitError, EventKind, LeaveReason, Outcome, SimEvent, Summary};
pub use scenario::{
    Action, CommitMode, ConsumerSpec, ExternalCall, GroupSpec, HostSpec, ManualCommit, Operation,
    ProduceSpec, ProtocolKind, RecordTime, Scenario, ScenarioError, TopicSpec,
};

/// Runs a scenario with a seed.
///
/// Each consumer group runs on its own: groups share the topics and the producers, and nothing
/// else (their coordinators, members and offsets are separate). The first group draws from `seed`,
/// the others from streams forked from it.
pub fn simulate(scenario: &Scenario, seed: u64) -> Result<Outcome, ScenarioError> {
    simulate_within(scenario, seed, engine::MAX_EVENTS)
}

/// [`simulate`] with a bound on the events each group's run may take.
fn simulate_within(scenario: &Scenario, seed: u64, max_events: u64) -> Result<Outcome, ScenarioError> {
    let groups = group_views(scenario)?;
    let mut run = Run::new(&groups, seed);
    run.max_events = max_events;
    loop {
        if let Step::Finished(result) = run.advance(u64::MAX) {
            return *result;
        }
    }
}

/// Each consumer group of `scenario` as a scenario of its own (the first is the scenario's own
/// group), once the scenario is valid: what a [`Run`] runs.
///
/// # Errors
/// The scenario's first invalid field.
pub fn group_views(scenario: &Scenario) -> Result<Vec<Scenario>, ScenarioError> {
    scenario.validate()?;
    Ok((0..scenario.n_groups()).map(|index| scenario.group_view(index)).collect())
}

/// A run of [`simulate`] taken a slice of events at a time, so that a page can draw, show progress
/// and take a cancel between slices; [`simulate`] is this run in one slice, so both give the same
/// outcome.
pub struct Run<'groups> {
    groups: &'groups [Scenario],
    seed: u64,
    seeds: rng::Rng,
    /// The group running now, and its engine.
    index: usize,
    engine: Option<engine::Engine<'groups>>,
    /// Events the current group's run has handled.
    handled: u64,
    max_events: u64,
    outcomes: Vec<Outcome>,
}

/// Where a [`Run`] stands after [`Run::advance`].
#[derive(Debug)]
pub enum Step {
    /// Going on: how far, from 0 to 1.
    Running(f64),
    /// Done: the outcome, or why the run cannot complete.
    Finished(Box<Result<Outcome, ScenarioError>>),
}

impl std::fmt::Debug for Run<'_> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Run")
            .field("index", &self.index)
            .field("handled", &self.handled)
            .finish_non_exhaustive()
    }
}

impl<'groups> Run<'groups> {
    /// A run of `groups` (from [`group_views`]) with `seed`.
    #[must_use]
    pub fn new(groups: &'groups [Scenario], seed: u64) -> Self {
        Self {
            groups,
            seed,
            seeds: rng::Rng::new(seed),
            index: 0,
            engine: None,
            handled: 0,
            max_events: engine::MAX_EVENTS,
            outcomes: Vec::with_capacity(groups.len()),
        }
    }

    /// Handles at most `budget` more events (of the current group's run; a group that ends within
    /// the budget hands over to the next at the next call).
    pub fn advance(&mut self, budget: u64) -> Step {
        match self.advance_within(budget) {
            Ok(Some(outcome)) => Step::Finished(Box::new(Ok(outcome))),
            Ok(None) => {
                let within = self.engine.as_ref().map_or(0.0, engine::Engine::progress);
                Step::Running((self.index as f64 + within) / self.groups.len().max(1) as f64)
            }
            Err(error) => Step::Finished(Box::new(Err(error))),
        }
    }

    fn advance_within(&mut self, budget: u64) -> Result<Option<Outcome>, ScenarioError> {
        if self.engine.is_none() {
            let Some(view) = self.groups.get(self.index) else {
                return self.finish().map(Some);
            };
            // The first group draws from the seed itself, the others from streams forked from it.
            let group_seed = if self.index == 0 { self.seed } else { self.seeds.next_u64() };
            self.engine = Some(engine::Engine::new(view, group_seed, self.seed)?);
            self.handled = 0;
        }
        let Some(engine) = self.engine.as_mut() else { return Ok(None) };
        if engine.run_for(budget, self.max_events, &mut self.handled)? {
            if let Some(engine) = self.engine.take() {
                self.outcomes.push(engine.finish(self.seed));
            }
            self.index += 1;
            if self.index == self.groups.len() {
                return self.finish().map(Some);
            }
        }
        Ok(None)
    }

    fn finish(&mut self) -> Result<Outcome, ScenarioError> {
        let mut outcomes = std::mem::take(&mut self.outcomes).into_iter();
        let mut first =
            outcomes.next().ok_or_else(|| ScenarioError::new("hosts", crate::msg!("sim-error-no-group")))?;
        first.other_groups = outcomes.collect();
        Ok(first)
    }
}

/// A short fingerprint of an outcome (FNV-1a over its JSON), to compare runs across platforms.
/// The event log enters as its messages' ids and arguments, never their text, so rewording a
/// message in a catalogue leaves every digest as it was.
#[must_use]
pub fn digest(outcome: &Outcome) -> String {
    let json = serde_json::to_string(outcome).unwrap_or_default();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in json.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01B3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    /// A run past its bound of events stops with an error naming the field that makes it long,
    /// and saying when it got there (a small bound here; `simulate`'s is 20,000,000).
    #[test]
    fn a_run_past_its_events_bound_is_refused_naming_the_field() {
        let scenario = super::Scenario::from_json(
            r#"{"duration_s": 3600, "topics": [{"name": "t", "partitions": 4}],
                "produce": [{"records_per_s": 10000}], "hosts": [{"name": "A"}]}"#,
        )
        .unwrap();
        let error = super::simulate_within(&scenario, 1, 100).unwrap_err();
        assert_eq!(error.path, "duration_s");
        let said = crate::l10n::english(&error.message);
        assert!(said.starts_with("duration_s: the run would take more than 100 events"), "{said}");
        assert!(super::simulate_within(&scenario, 1, 20_000_000).is_ok());
    }

    /// A run taken in slices (the page yields between them) ends exactly where one taken whole
    /// does, for every preset and with several groups, and its progress only grows.
    #[test]
    fn a_run_in_slices_gives_the_same_outcome_as_a_run_whole() {
        for preset in super::presets::PRESETS.iter().take(6) {
            let scenario = super::Scenario::from_json(preset.json).unwrap();
            let whole = super::simulate(&scenario, 7).unwrap();
            let groups = super::group_views(&scenario).unwrap();
            let mut run = super::Run::new(&groups, 7);
            let mut last = 0.0;
            let sliced = loop {
                match run.advance(997) {
                    super::Step::Running(done) => {
                        assert!((last..=1.0).contains(&done), "{done} after {last}");
                        last = done;
                    }
                    super::Step::Finished(result) => break (*result).unwrap(),
                }
            };
            assert_eq!(super::digest(&sliced), super::digest(&whole), "{}", preset.name);
        }
    }
}
