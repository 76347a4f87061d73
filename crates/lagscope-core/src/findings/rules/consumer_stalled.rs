//! `consumer-stalled`: Partitions Burrow calls STALL: the consumer keeps committing the same offset while there is lag.

use super::super::{Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::burrow::Status;

pub(crate) struct ConsumerStalled;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "consumer-stalled", severity: FindingSeverity::Critical };

impl Rule for ConsumerStalled {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        super::burrow_verdicts::findings(inputs, Status::Stall, &DOCS, |count, group| {
            crate::msg!("finding-consumer-stalled-title", count = count, group = group)
        })
    }
}
