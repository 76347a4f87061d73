//! `lag-not-decreasing`: Partitions Burrow calls WARN: the consumer moves forward but its lag never decreases over the window.

use super::super::{Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::burrow::Status;

pub(crate) struct LagNotDecreasing;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "lag-not-decreasing", severity: FindingSeverity::Warning };

impl Rule for LagNotDecreasing {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        super::burrow_verdicts::findings(inputs, Status::Warn, &DOCS, |count, group| {
            crate::msg!("finding-lag-not-decreasing-title", count = count, group = group)
        })
    }
}
