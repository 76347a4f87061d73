//! The Learn course: lessons on how consumer groups behave, each built on the simulator (or the
//! assignors, Burrow's evaluator, the producer's partitioner), as data.
//!
//! A lesson is an id, its text (catalogue ids `learn-<id>-title`, `-summary`, `-p1`…`-p<n>`,
//! `-watch-<k>` for its callouts, `-task`, `-hint`, `-answer`), the run it embeds (a scenario, the
//! levers the learner may turn), the moments its callouts point at ([`moments`]), and its try-it
//! task: a [`checks::Check`] over what the learner built, with an answer and a wrong answer that
//! the tests (native and in the browser) try. The web's Learn module renders lessons and decides
//! nothing: what a run shows, when a callout fires and whether a task is done all come from here.

pub mod checks;
pub mod glossary;
pub mod keys;
pub mod moments;
pub mod windows;

use checks::{Allowance, Check};
use moments::Moment;

use crate::l10n::Message;
use crate::sim::levers::Lever;
use crate::sim::output::{EventKind, LeaveReason};
use crate::sim::{Scenario, ScenarioError};

/// The widget beside (or instead of) a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// Kafka's assignors on topics and members the learner edits.
    Assignment,
    /// Burrow's evaluation of a commit window the learner edits.
    Burrow,
    /// Key → partition, and what adding partitions does to keys.
    Keys,
    /// An alert on lag in records or in seconds, tried on the run.
    Alert,
    /// Pick the host that holds the lag.
    PickHost,
}

/// One lesson.
#[derive(Debug, Clone, Copy)]
pub struct Lesson {
    /// Stable id, the URL's `#learn/<id>`.
    pub id: &'static str,
    /// How many paragraphs its text has (`learn-<id>-p1`…).
    pub paragraphs: u8,
    /// The run it embeds, as scenario JSON.
    pub scenario: Option<&'static str>,
    /// The seed of its run.
    pub seed: u64,
    /// The settings the learner may change.
    pub levers: &'static [Lever],
    /// A widget of its own.
    pub tool: Option<Tool>,
    /// Its callouts' moments, in order (`learn-<id>-watch-1`…).
    pub callouts: &'static [Moment],
    /// What its task asks.
    pub check: Check,
    /// A right answer: lever ids (or the tool's fields: `assignor`, `topics`, `members`,
    /// `window`, `unit`, `threshold`, `host`) and values.
    pub answer: &'static [(&'static str, &'static str)],
    /// A tempting wrong answer, in the same form.
    pub wrong: &'static [(&'static str, &'static str)],
    /// The findings whose documentation it links to.
    pub rules: &'static [&'static str],
    /// The glossary terms it uses.
    pub terms: &'static [&'static str],
}

impl Lesson {
    /// Its title.
    #[must_use]
    pub fn title(&self) -> Message {
        self.part("title")
    }

    /// Its one-line summary, for the course's list.
    #[must_use]
    pub fn summary(&self) -> Message {
        self.part("summary")
    }

    /// Its paragraphs.
    #[must_use]
    pub fn paragraphs(&self) -> Vec<Message> {
        (1..=self.paragraphs).map(|n| self.part(&format!("p{n}"))).collect()
    }

    /// `learn-<id>-<part>`.
    #[must_use]
    pub fn part(&self, part: &str) -> Message {
        Message { id: format!("learn-{}-{part}", self.id).into(), args: Vec::new() }
    }

    /// Its callouts' text ids, with their moments.
    #[must_use]
    pub fn callouts(&self) -> Vec<(String, Moment)> {
        self.callouts
            .iter()
            .enumerate()
            .map(|(k, moment)| (format!("learn-{}-watch-{}", self.id, k + 1), *moment))
            .collect()
    }

    /// Its scenario, parsed.
    pub fn scenario(&self) -> Option<Result<Scenario, ScenarioError>> {
        self.scenario.map(Scenario::from_json)
    }

    /// Its scenario with `settings` (lever id, value) applied, in order; the first setting that
    /// is not a lever, or a value a lever refuses, is an error naming it.
    pub fn scenario_with(&self, settings: &[(&str, &str)]) -> Result<Scenario, Message> {
        let mut scenario = match self.scenario() {
            Some(Ok(scenario)) => scenario,
            Some(Err(error)) => return Err(error.message),
            None => return Err(crate::msg!("learn-error-no-run")),
        };
        for (id, value) in settings {
            let lever = Lever::from_id(id).ok_or_else(|| crate::msg!("learn-error-lever", lever = *id))?;
            lever.set(&mut scenario, value)?;
        }
        scenario.validate().map_err(|error| error.message)?;
        Ok(scenario)
    }

    /// The lesson before and after this one in the course.
    #[must_use]
    pub fn neighbours(&self) -> (Option<&'static Self>, Option<&'static Self>) {
        let index = LESSONS.iter().position(|lesson| lesson.id == self.id).unwrap_or(0);
        (index.checked_sub(1).and_then(|i| LESSONS.get(i)), LESSONS.get(index + 1))
    }
}

/// The lesson with this id.
#[must_use]
pub fn lesson(id: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|lesson| lesson.id == id)
}

/// The course, in order.
pub static LESSONS: &[Lesson] = &[
    Lesson {
        id: "partitions-and-groups",
        paragraphs: 4,
        scenario: Some(include_str!("scenarios/partitions-and-groups.json")),
        seed: 1,
        levers: &[Lever::Instances, Lever::Concurrency, Lever::Partitions],
        tool: None,
        callouts: &[Moment::FirstAfter(EventKind::RebalanceCompleted, 0.0), Moment::IdleMember],
        check: Check::OneThreadPerPartition,
        answer: &[("instances", "3"), ("concurrency", "2")],
        wrong: &[("instances", "4"), ("concurrency", "2")],
        rules: &["idle-members", "assignment-imbalance"],
        terms: &["topic", "partition", "consumer-group", "member", "concurrency"],
    },
    Lesson {
        id: "offsets-and-lag",
        paragraphs: 4,
        scenario: Some(include_str!("scenarios/offsets-and-lag.json")),
        seed: 1,
        levers: &[Lever::AutoCommitIntervalMs, Lever::CommitMode, Lever::ProduceRate],
        tool: None,
        callouts: &[Moment::At(10.0), Moment::LagTurns(20.0)],
        check: Check::MaxLagAfter { from_s: 20.0, at_most: 500 },
        answer: &[("auto-commit-interval-ms", "1000")],
        wrong: &[("auto-commit-interval-ms", "10000")],
        rules: &["lag-mismatch", "committed-ahead"],
        terms: &[
            "offset",
            "log-end-offset",
            "committed-offset",
            "position",
            "lag",
            "lag-seconds",
            "auto-commit",
        ],
    },
    Lesson {
        id: "where-lag-comes-from",
        paragraphs: 4,
        scenario: Some(include_str!("scenarios/where-lag-comes-from.json")),
        seed: 1,
        levers: &[Lever::Partitions, Lever::Instances, Lever::Concurrency, Lever::RecordMs],
        tool: None,
        callouts: &[Moment::At(60.0), Moment::IdleMember],
        check: Check::Both(&Check::FinalLagAtMost(10_000), &Check::NoIdleMembers),
        answer: &[("partitions", "6"), ("concurrency", "6")],
        wrong: &[("concurrency", "8")],
        rules: &["under-provisioned", "lag-not-decreasing", "idle-members"],
        terms: &["lag", "throughput", "partition", "concurrency"],
    },
    Lesson {
        id: "one-slow-server",
        paragraphs: 4,
        scenario: Some(include_str!("../sim/presets/slow-a-server.json")),
        seed: 1,
        levers: &[],
        tool: Some(Tool::PickHost),
        callouts: &[Moment::Leave(LeaveReason::PollTimeout), Moment::OneHostLeft],
        check: Check::PickBottleneck,
        answer: &[("host", "A")],
        wrong: &[("host", "B")],
        rules: &["slow-host", "lag-concentrated", "poll-timeout-storm"],
        terms: &["throughput", "lag", "commit-failed"],
    },
    Lesson {
        id: "poll-loop",
        paragraphs: 5,
        scenario: Some(include_str!("scenarios/poll-loop.json")),
        seed: 1,
        levers: &[Lever::MaxPollRecords, Lever::MaxPollIntervalMs, Lever::CallTimeoutMs],
        tool: None,
        callouts: &[
            Moment::Leave(LeaveReason::PollTimeout),
            Moment::FirstAfter(EventKind::RebalanceStarted, 60.0),
            Moment::GroupEmpty,
        ],
        check: Check::NoPollTimeouts,
        answer: &[("call-timeout-ms", "10000")],
        wrong: &[("max-poll-interval-ms", "600000")],
        rules: &["poll-timeout-storm", "membership-changes", "rebalancing"],
        terms: &[
            "poll-loop",
            "max-poll-records",
            "max-poll-interval",
            "heartbeat",
            "leave-group",
            "commit-failed",
        ],
    },
    Lesson {
        id: "commits-and-duplicates",
        paragraphs: 4,
        scenario: Some(include_str!("scenarios/commits-and-duplicates.json")),
        seed: 1,
        levers: &[Lever::CommitMode, Lever::AutoCommitIntervalMs, Lever::SessionTimeoutMs],
        tool: None,
        callouts: &[
            Moment::FirstAfter(EventKind::Crashed, 0.0),
            Moment::Leave(LeaveReason::SessionTimeout),
            Moment::FirstAfter(EventKind::Assigned, 61.0),
        ],
        check: Check::MaxDuplicates(50),
        answer: &[("commit-mode", "sync_per_record")],
        wrong: &[("auto-commit-interval-ms", "10000")],
        rules: &["offset-rewind"],
        terms: &["commit", "auto-commit", "at-least-once", "duplicate", "session-timeout"],
    },
    Lesson {
        id: "rebalancing",
        paragraphs: 5,
        scenario: Some(include_str!("scenarios/rebalancing.json")),
        seed: 1,
        levers: &[Lever::Assignor, Lever::Instances],
        tool: None,
        callouts: &[
            Moment::FirstAfter(EventKind::RebalanceStarted, 55.0),
            Moment::FirstAfter(EventKind::Revoked, 55.0),
            Moment::FirstAfter(EventKind::RebalanceCompleted, 55.0),
        ],
        check: Check::PausedAfterAtMost { from_s: 55.0, at_most: 4 },
        answer: &[("assignor", "cooperative-sticky")],
        wrong: &[("assignor", "roundrobin")],
        rules: &["rebalancing", "membership-changes"],
        terms: &["rebalance", "coordinator", "generation", "join-sync", "eager", "cooperative", "assignor"],
    },
    Lesson {
        id: "static-membership",
        paragraphs: 4,
        scenario: Some(include_str!("scenarios/static-membership.json")),
        seed: 1,
        levers: &[Lever::StaticMembership, Lever::SessionTimeoutMs],
        tool: None,
        callouts: &[
            Moment::FirstAfter(EventKind::Stopped, 25.0),
            Moment::FirstAfter(EventKind::RebalanceStarted, 25.0),
            Moment::FirstAfter(EventKind::Crashed, 0.0),
            Moment::Leave(LeaveReason::SessionTimeout),
        ],
        check: Check::RebalancesBetween { from_s: 25.0, to_s: 190.0, at_most: Allowance::Exactly(0) },
        answer: &[("static-membership", "true")],
        wrong: &[("static-membership", "true"), ("session-timeout-ms", "10000")],
        rules: &["membership-changes", "rebalancing"],
        terms: &["static-membership", "session-timeout", "heartbeat", "rebalance"],
    },
    Lesson {
        id: "new-protocol",
        paragraphs: 4,
        scenario: Some(include_str!("scenarios/new-protocol.json")),
        seed: 1,
        levers: &[Lever::Assignor],
        tool: None,
        callouts: &[
            Moment::FirstAfter(EventKind::EpochBumped, 55.0),
            Moment::FirstAfter(EventKind::Revoked, 55.0),
            Moment::FirstAfter(EventKind::RebalanceStarted, 55.0),
        ],
        check: Check::Both(
            &Check::NoJoinRoundsAfter(55.0),
            &Check::PausedAfterAtMost { from_s: 55.0, at_most: 4 },
        ),
        answer: &[("assignor", "uniform")],
        wrong: &[("assignor", "cooperative-sticky")],
        rules: &["rebalancing"],
        terms: &["kip-848", "epoch", "coordinator", "assignor", "heartbeat"],
    },
    Lesson {
        id: "deploys",
        paragraphs: 4,
        scenario: Some(include_str!("scenarios/deploys.json")),
        seed: 1,
        levers: &[Lever::Deploy, Lever::StaticMembership, Lever::Assignor],
        tool: None,
        callouts: &[
            Moment::FirstAfter(EventKind::Stopped, 55.0),
            Moment::FirstAfter(EventKind::RebalanceCompleted, 55.0),
            Moment::LagTurns(60.0),
        ],
        check: Check::RebalancesBetween { from_s: 55.0, to_s: 600.0, at_most: Allowance::PerInstance },
        answer: &[("deploy", "blue-green")],
        wrong: &[("assignor", "cooperative-sticky")],
        rules: &["membership-changes", "rebalancing"],
        terms: &["rolling-deploy", "blue-green", "rebalance", "static-membership"],
    },
    Lesson {
        id: "assignors",
        paragraphs: 5,
        scenario: None,
        seed: 1,
        levers: &[],
        tool: Some(Tool::Assignment),
        callouts: &[],
        check: Check::Balanced,
        answer: &[("assignor", "roundrobin"), ("topics", "orders:3 payments:3"), ("members", "2")],
        wrong: &[("assignor", "range"), ("topics", "orders:3 payments:3"), ("members", "2")],
        rules: &["assignment-imbalance"],
        terms: &["assignor", "eager", "cooperative", "kip-848"],
    },
    Lesson {
        id: "burrow",
        paragraphs: 5,
        scenario: None,
        seed: 1,
        levers: &[],
        tool: Some(Tool::Burrow),
        callouts: &[],
        check: Check::BurrowOkWithLag(10_000),
        answer: &[("window", "falling")],
        wrong: &[("window", "stalled")],
        rules: &["consumer-stalled", "consumer-stopped", "lag-not-decreasing"],
        terms: &["burrow", "sliding-window", "lag", "commit"],
    },
    Lesson {
        id: "keys-and-ordering",
        paragraphs: 5,
        scenario: Some(include_str!("scenarios/keys-and-ordering.json")),
        seed: 1,
        levers: &[Lever::Instances, Lever::Concurrency, Lever::HotKeyShare],
        tool: Some(Tool::Keys),
        callouts: &[Moment::At(60.0)],
        check: Check::FinalLagAtMost(5_000),
        answer: &[("hot-key-share", "0.05")],
        wrong: &[("instances", "6")],
        rules: &["hot-partition", "lag-concentrated"],
        terms: &["key", "hot-key", "ordering", "partition"],
    },
    Lesson {
        id: "sizing",
        paragraphs: 4,
        scenario: Some(include_str!("scenarios/sizing.json")),
        seed: 1,
        levers: &[Lever::Partitions, Lever::Instances, Lever::Concurrency],
        tool: None,
        callouts: &[Moment::At(60.0), Moment::IdleMember],
        check: Check::Both(&Check::FinalLagAtMost(20_000), &Check::NoIdleMembers),
        answer: &[("partitions", "24"), ("instances", "4"), ("concurrency", "6")],
        wrong: &[("instances", "6"), ("concurrency", "4")],
        rules: &["under-provisioned", "idle-members"],
        terms: &["throughput", "partition", "concurrency", "member"],
    },
    Lesson {
        id: "watching-lag",
        paragraphs: 5,
        scenario: Some(include_str!("scenarios/watching-lag.json")),
        seed: 1,
        levers: &[],
        tool: Some(Tool::Alert),
        callouts: &[Moment::PeakBetween(115.0, 200.0), Moment::At(300.0)],
        check: Check::AlertSeparates { burst: (110.0, 290.0), stall: (300.0, 600.0) },
        answer: &[("unit", "seconds"), ("threshold", "60")],
        wrong: &[("unit", "records"), ("threshold", "5000")],
        rules: &["consumer-stalled", "lag-not-decreasing"],
        terms: &["lag-seconds", "records-lag-max", "exporter", "burrow"],
    },
];

#[cfg(test)]
mod tests;

/// The assignment lesson's request: topics written `name:partitions` separated by spaces, a
/// number of consumers (named `consumer-1`…, each subscribed to every topic) and an assignor.
/// A topic that is not `name:partitions` (1 to 10,000), or a count of consumers outside 1 to 100,
/// is refused, naming it.
pub fn assignment_request(
    topics: &str,
    members: &str,
    assignor: crate::assign::AssignorKind,
) -> Result<crate::assign::AssignRequest, Message> {
    let mut counts = std::collections::BTreeMap::new();
    for word in topics.split([' ', ',']).filter(|word| !word.is_empty()) {
        let parsed = word
            .split_once(':')
            .and_then(|(name, n)| Some((name, n.trim().parse::<i32>().ok()?)))
            .filter(|(name, n)| !name.is_empty() && (1..=10_000).contains(n));
        let Some((name, n)) = parsed else {
            return Err(crate::msg!("learn-error-topic", topic = word));
        };
        counts.insert(name.to_owned(), n);
    }
    if counts.is_empty() {
        return Err(crate::msg!("learn-error-topic", topic = topics.trim()));
    }
    let members = members
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=100).contains(n))
        .ok_or_else(|| crate::msg!("learn-error-members", members = members.trim()))?;
    let names: Vec<String> = counts.keys().cloned().collect();
    let members = (1..=members)
        .map(|n| crate::assign::MemberSpec {
            member_id: format!("consumer-{n}"),
            subscriptions: names.clone(),
            ..crate::assign::MemberSpec::default()
        })
        .collect();
    Ok(crate::assign::AssignRequest::new(assignor, counts, members))
}
