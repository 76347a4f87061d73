//! Scenarios that reproduce the incidents of `shared/seeds/` and the lessons around them, by
//! name. Each is a JSON file in `presets/`, readable as an example of the scenario schema.

use std::borrow::Cow;

use super::scenario::{Scenario, ScenarioError};
use crate::l10n::Message;

/// A named scenario.
#[derive(Debug, Clone, Copy)]
pub struct Preset {
    /// The name (`slow-a-server`).
    pub name: &'static str,
    /// The scenario as JSON.
    pub json: &'static str,
}

impl Preset {
    /// What it teaches or reproduces, for people: the catalogues' `preset-<name>` (its JSON's
    /// `description` is the English text, kept so the file reads as an example of the schema).
    #[must_use]
    pub fn description(&self) -> Message {
        Message { id: Cow::Owned(format!("preset-{}", self.name)), args: Vec::new() }
    }
}

/// Every preset, in teaching order.
pub const PRESETS: &[Preset] = &[
    Preset { name: "slow-a-server", json: include_str!("presets/slow-a-server.json") },
    Preset { name: "poll-timeout-storm", json: include_str!("presets/poll-timeout-storm.json") },
    Preset { name: "poll-timeout-storm-fixed", json: include_str!("presets/poll-timeout-storm-fixed.json") },
    Preset {
        name: "poll-timeout-storm-call-timeout",
        json: include_str!("presets/poll-timeout-storm-call-timeout.json"),
    },
    Preset { name: "rolling-deploy", json: include_str!("presets/rolling-deploy.json") },
    Preset { name: "blue-green-deploy", json: include_str!("presets/blue-green-deploy.json") },
    Preset { name: "rolling-deploy-static", json: include_str!("presets/rolling-deploy-static.json") },
    Preset { name: "rolling-deploy-kip848", json: include_str!("presets/rolling-deploy-kip848.json") },
    Preset { name: "scale-out-eager", json: include_str!("presets/scale-out-eager.json") },
    Preset { name: "scale-out-cooperative", json: include_str!("presets/scale-out-cooperative.json") },
    Preset {
        name: "crash-and-session-timeout",
        json: include_str!("presets/crash-and-session-timeout.json"),
    },
    Preset { name: "add-partitions", json: include_str!("presets/add-partitions.json") },
    Preset {
        name: "more-members-than-partitions",
        json: include_str!("presets/more-members-than-partitions.json"),
    },
    Preset { name: "hot-key", json: include_str!("presets/hot-key.json") },
    Preset { name: "bench-24x12", json: include_str!("presets/bench-24x12.json") },
];

/// The preset with this name, parsed.
#[must_use]
pub fn preset(name: &str) -> Option<Result<Scenario, ScenarioError>> {
    PRESETS.iter().find(|preset| preset.name == name).map(|preset| Scenario::from_json(preset.json))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_is_a_valid_scenario_named_after_its_file() {
        for preset in PRESETS {
            let scenario = super::preset(preset.name)
                .unwrap()
                .unwrap_or_else(|error| panic!("{}: {error}", preset.name));
            assert_eq!(scenario.name, preset.name);
            assert!(!scenario.description.is_empty(), "{}", preset.name);
        }
    }
}
