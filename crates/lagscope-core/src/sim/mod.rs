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
pub mod manipulate;
mod modern;
mod operations;
pub mod output;
pub mod presets;
mod produce;
mod records;
mod rng;
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
    scenario.validate()?;
    let mut seeds = rng::Rng::new(seed);
    let mut outcomes = Vec::with_capacity(scenario.n_groups());
    for index in 0..scenario.n_groups() {
        let view = scenario.group_view(index);
        let group_seed = if index == 0 { seed } else { seeds.next_u64() };
        let mut engine = engine::Engine::new(&view, group_seed, seed)?;
        engine.run(max_events)?;
        outcomes.push(engine.finish(seed));
    }
    let mut outcomes = outcomes.into_iter();
    let mut first =
        outcomes.next().ok_or_else(|| ScenarioError::new("hosts", crate::msg!("sim-error-no-group")))?;
    first.other_groups = outcomes.collect();
    Ok(first)
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
}
