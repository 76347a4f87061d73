//! `clock-skew`: a host whose log times sit a second or more away from the other hosts' for the
//! same rebalances (`logs::skew`: every member's "Successfully joined group with generation N"
//! and the broker's "Stabilized group … generation N" happen at one moment, give or take a
//! network round trip). The timeline keeps each line's own time: this says by how much a host's
//! times are off, so that an order of events across hosts, or a rebalance's length, is read with
//! that in mind. An offset of whole quarter hours is a zone, not a clock: a log written in local
//! time without its offset, which lagscope reads as UTC.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct ClockSkew;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "clock-skew", severity: FindingSeverity::Info };

impl Rule for ClockSkew {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(logs) = inputs.logs else { return Vec::new() };
        logs.clock_skews
            .iter()
            .map(|skew| {
                let host = match (&skew.host, skew.broker) {
                    (Some(host), _) => Arg::Text(host.clone()),
                    (None, true) => Arg::Message(Box::new(msg!("finding-clock-skew-broker"))),
                    (None, false) => Arg::Unknown,
                };
                let offset = Arg::seconds(skew.offset_ms.unsigned_abs() as f64 / 1000.0);
                let direction = if skew.offset_ms > 0 { "ahead" } else { "behind" };
                let kind = if skew.looks_like_zone { "zone" } else { "clock" };
                Finding {
                    rule: DOCS.id,
                    severity: DOCS.severity,
                    title: msg!(
                        "finding-clock-skew-title",
                        host = host.clone(),
                        offset = offset.clone(),
                        direction = direction,
                        kind = kind
                    ),
                    summary: msg!(
                        "finding-clock-skew-summary",
                        host = host,
                        offset = offset,
                        direction = direction,
                        kind = kind,
                        generations = skew.generations
                    ),
                    evidence: [
                        ("host", json!(skew.host)),
                        ("offset_ms", json!(skew.offset_ms)),
                        ("generations", json!(skew.generations)),
                        ("broker", json!(skew.broker)),
                        ("looks_like_zone", json!(skew.looks_like_zone)),
                    ]
                    .into_iter()
                    .collect(),
                    entities: Entities {
                        hosts: skew.host.clone().into_iter().collect(),
                        ..Entities::default()
                    },
                }
            })
            .collect()
    }
}
