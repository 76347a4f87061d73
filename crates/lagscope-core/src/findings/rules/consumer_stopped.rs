//! `consumer-stopped`: Partitions Burrow calls STOP: the time since the last commit is longer than the window's span, and the consumer was not caught up at any recent broker offset.

use super::super::{Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::burrow::Status;

pub(crate) struct ConsumerStopped;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "consumer-stopped", severity: FindingSeverity::Critical };

impl Rule for ConsumerStopped {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        super::burrow_verdicts::findings(inputs, Status::Stop, &DOCS, |count, group| {
            crate::msg!("finding-consumer-stopped-title", count = count, group = group)
        })
    }
}
