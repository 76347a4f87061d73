//! `consumer-stalled`: Partitions Burrow calls STALL: the consumer keeps committing the same offset while there is lag.

use super::super::{Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::burrow::Status;

pub(crate) struct ConsumerStalled;

static DOCS: RuleDocs = RuleDocs {
    id: "consumer-stalled",
    severity: FindingSeverity::Critical,
    what: "Partitions Burrow calls STALL: the consumer keeps committing the same offset while there is lag.",
    why: "The consumer is alive (it commits) but makes no progress: usually one record that fails and is retried forever, or a poll loop that re-reads the same batch after each rebalance.",
    evidence: "The committed offsets over the window (all equal), the lag, and Burrow's numbers.",
    next: "Look at the record at the committed offset (a poison message), retry and error handling, and rebalances that happen before the batch is committed.",
};

impl Rule for ConsumerStalled {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        super::burrow_verdicts::findings(inputs, Status::Stall, &DOCS, "are stalled")
    }
}
