//! `offset-rewind`: Partitions Burrow calls REWIND: a committed offset went backwards and the consumer has not yet come back to where it was.

use super::super::{Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::burrow::Status;

pub(crate) struct OffsetRewind;

static DOCS: RuleDocs = RuleDocs {
    id: "offset-rewind",
    severity: FindingSeverity::Warning,
    what: "Partitions Burrow calls REWIND: a committed offset went backwards and the consumer has not yet come back to where it was.",
    why: "The group is re-reading records it had already processed: duplicates downstream, and lag that is not new.",
    evidence: "The offset before and after the rewind, and Burrow's numbers.",
    next: "Look for an offset reset (kafka-consumer-groups --reset-offsets, auto.offset.reset after an out-of-range offset) or a consumer that committed an old position after a rebalance.",
};

impl Rule for OffsetRewind {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        super::burrow_verdicts::findings(inputs, Status::Rewind, &DOCS, "rewound their offsets")
    }
}
