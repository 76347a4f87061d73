//! `offset-rewind`: Partitions Burrow calls REWIND: a committed offset went backwards and the consumer has not yet come back to where it was.

use super::super::{Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::burrow::Status;

pub(crate) struct OffsetRewind;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "offset-rewind", severity: FindingSeverity::Warning };

impl Rule for OffsetRewind {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        super::burrow_verdicts::findings(inputs, Status::Rewind, &DOCS, |count, group| {
            crate::msg!("finding-offset-rewind-title", count = count, group = group)
        })
    }
}
