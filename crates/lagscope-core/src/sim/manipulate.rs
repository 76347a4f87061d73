//! Direct manipulation: "crash this consumer now", "produce a burst now". Each action becomes an
//! operation of the scenario at the moment it was taken, so the run that follows is a run of the
//! edited scenario like any other (deterministic, and carried by a share link).

use serde::{Deserialize, Serialize};

use super::scenario::{Action, Operation, ProduceSpec, Scenario};
use crate::l10n::Message;

/// What a person can do to a running group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Manipulation {
    /// The process dies (no commit, no `LeaveGroup`).
    Crash,
    /// Graceful shutdown.
    Stop,
    /// Start the stopped or crashed instance again.
    Start,
    /// Its processing becomes five times slower for the rest of the run.
    Slow,
    /// Its first thread blocks on a call for two minutes.
    Stall,
    /// Ten seconds of ten times the usual load (at least 1,000 records), on every topic.
    Burst,
    /// One more instance joins.
    AddInstance,
}

impl Manipulation {
    /// Every action, in the order the views offer them.
    pub const ALL: [Self; 7] =
        [Self::Crash, Self::Stop, Self::Start, Self::Slow, Self::Stall, Self::Burst, Self::AddInstance];

    /// Its stable id, also the button's element id suffix.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Crash => "crash",
            Self::Stop => "stop",
            Self::Start => "start",
            Self::Slow => "slow",
            Self::Stall => "stall",
            Self::Burst => "burst",
            Self::AddInstance => "add-instance",
        }
    }

    /// The button's label (`act-<id>`).
    #[must_use]
    pub fn label(self) -> Message {
        Message::new(match self {
            Self::Crash => "act-crash",
            Self::Stop => "act-stop",
            Self::Start => "act-start",
            Self::Slow => "act-slow",
            Self::Stall => "act-stall",
            Self::Burst => "act-burst",
            Self::AddInstance => "act-add-instance",
        })
    }

    /// Whether it acts on one instance (the views ask which).
    #[must_use]
    pub fn needs_host(self) -> bool {
        !matches!(self, Self::Burst | Self::AddInstance)
    }

    /// `scenario` with this action taken at `at_s` seconds on `host` (ignored by the actions that
    /// need none). The scenario is validated afterwards: a host it does not have is refused.
    pub fn apply(self, scenario: &Scenario, at_s: f64, host: &str) -> Result<Scenario, super::ScenarioError> {
        let mut edited = scenario.clone();
        let at_s = at_s.clamp(0.0, scenario.duration_s);
        let target = host.to_owned();
        let action = match self {
            Self::Crash => Some(Action::Crash { target }),
            Self::Stop => Some(Action::Stop { target }),
            Self::Start => Some(Action::Start { target, startup_s: 0.0 }),
            Self::Slow => Some(Action::Slowdown { target, factor: 5.0, for_s: None }),
            Self::Stall => Some(Action::Stall { target: format!("{host}:1"), for_s: 120.0 }),
            Self::AddInstance => Some(Action::ScaleOut { instances: 1, startup_s: 0.0 }),
            Self::Burst => {
                let usual: f64 = scenario
                    .produce
                    .iter()
                    .filter(|producer| producer.records.is_none())
                    .map(|producer| producer.records_per_s)
                    .sum();
                edited.produce.push(ProduceSpec {
                    records: Some((usual * 100.0).max(1_000.0).round()),
                    from_s: at_s,
                    over_s: 10.0,
                    ..ProduceSpec::default()
                });
                None
            }
        };
        if let Some(action) = action {
            edited.operations.push(Operation { at_s, action });
        }
        edited.validate()?;
        Ok(edited)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::simulate;

    #[test]
    fn an_action_becomes_an_operation_at_its_moment() {
        let scenario = Scenario::from_json(
            r#"{"duration_s": 120, "topics": [{"name": "t", "partitions": 2}],
                "produce": [{"records_per_s": 10}], "hosts": [{"name": "A"}, {"name": "B"}]}"#,
        )
        .unwrap();
        for action in Manipulation::ALL {
            let edited = action.apply(&scenario, 30.0, "A").unwrap();
            assert_ne!(edited, scenario, "{action:?}");
            simulate(&edited, 1).unwrap();
        }
        let crashed = Manipulation::Crash.apply(&scenario, 30.0, "A").unwrap();
        assert_eq!(
            crashed.operations,
            [Operation { at_s: 30.0, action: Action::Crash { target: "A".into() } }]
        );
        assert!(Manipulation::Crash.apply(&scenario, 30.0, "Z").is_err());
    }
}
