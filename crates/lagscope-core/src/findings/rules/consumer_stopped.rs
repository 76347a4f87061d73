//! `consumer-stopped`: Partitions Burrow calls STOP: the time since the last commit is longer than the window's span, and the consumer was not caught up at any recent broker offset.

use super::super::{Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::burrow::Status;

pub(crate) struct ConsumerStopped;

static DOCS: RuleDocs = RuleDocs {
    id: "consumer-stopped",
    severity: FindingSeverity::Critical,
    what: "Partitions Burrow calls STOP: the time since the last commit is longer than the window's span, and the consumer was not caught up at any recent broker offset.",
    why: "The consumer is gone or hung: nothing is being committed while the lag stands, so nothing is being processed (or processing is not committed).",
    evidence: "Each partition's last commit time, the window span, the recent broker offsets and Burrow's numbers.",
    next: "Is the consumer process alive? Look for a rebalance that left these partitions without a working owner, a hung poll loop (an external call without a timeout), or a consumer that stopped committing (enable.auto.commit=false without commits).",
};

impl Rule for ConsumerStopped {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        super::burrow_verdicts::findings(inputs, Status::Stop, &DOCS, "stopped committing")
    }
}
