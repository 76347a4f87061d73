//! `lag-not-decreasing`: Partitions Burrow calls WARN: the consumer moves forward but its lag never decreases over the window.

use super::super::{Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::burrow::Status;

pub(crate) struct LagNotDecreasing;

static DOCS: RuleDocs = RuleDocs {
    id: "lag-not-decreasing",
    severity: FindingSeverity::Warning,
    what: "Partitions Burrow calls WARN: the consumer moves forward but its lag never decreases over the window.",
    why: "The consumer is slower than its producers: the delay keeps growing until load drops, and alerts on lag will fire.",
    evidence: "The commit lags over the window, and Burrow's numbers.",
    next: "Compare consume and produce rates; check processing time per record, max.poll.records, the number of consumers against the partition count, and whether one host is slower than the rest.",
};

impl Rule for LagNotDecreasing {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        super::burrow_verdicts::findings(inputs, Status::Warn, &DOCS, "are falling behind")
    }
}
