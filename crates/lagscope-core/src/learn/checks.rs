//! The try-it tasks' checks: each reads the outcome of what the learner built (a run, an
//! assignment, a Burrow window, an alert) and says whether the task is done, with the numbers that
//! decided it, so a wrong answer learns why.

use crate::assign::AssignOutcome;
use crate::burrow::{PartitionStatus, Status};
use crate::l10n::{Arg, Message};
use crate::msg;
use crate::sim::output::{EventKind, LeaveReason, Outcome};
use crate::sim::{Scenario, timeline};

/// What a task asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Check {
    /// Every partition has its own consumer thread and no thread sits idle (at the end).
    OneThreadPerPartition,
    /// The total lag stays at or below `at_most` from `from_s` on.
    MaxLagAfter {
        /// Seconds from the start.
        from_s: f64,
        /// Records.
        at_most: i64,
    },
    /// The total lag at the end is at or below this.
    FinalLagAtMost(i64),
    /// No member leaves for a poll timeout and no commit fails.
    NoPollTimeouts,
    /// At most this many records are processed twice.
    MaxDuplicates(u64),
    /// From `from_s` on, at most `at_most` partitions stop (go without a consumer for a while):
    /// the eager protocol stops every one, the cooperative ones only those that move.
    PausedAfterAtMost {
        /// Seconds from the start.
        from_s: f64,
        /// Partitions.
        at_most: usize,
    },
    /// Rebalances (new generations or group epochs) between two times.
    RebalancesBetween {
        /// Seconds from the start.
        from_s: f64,
        /// Seconds from the start.
        to_s: f64,
        /// How many are allowed.
        at_most: Allowance,
    },
    /// No classic `JoinGroup` round from `from_s` on (the group never stops as a whole).
    NoJoinRoundsAfter(f64),
    /// No member of the group owns nothing (at the end).
    NoIdleMembers,
    /// Both.
    Both(&'static Check, &'static Check),
    /// The learner names the host that holds the lag at the end.
    PickBottleneck,
    /// Every member gets as many partitions as any other, give or take one.
    Balanced,
    /// Burrow says OK for a partition whose current lag is at least this.
    BurrowOkWithLag(u64),
    /// An alert that fires during the stall (between the two times) and never during the burst.
    AlertSeparates {
        /// The burst: from, to (seconds from the start).
        burst: (f64, f64),
        /// The stall: from, to.
        stall: (f64, f64),
    },
}

/// How many rebalances a task allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowance {
    /// A fixed number.
    Exactly(u32),
    /// One per instance the scenario starts with.
    PerInstance,
}

/// What the learner built, for a check to read.
#[derive(Debug, Clone, Copy)]
pub enum Attempt<'a> {
    /// A run of the lesson's scenario as the learner set it.
    Run(&'a Scenario, &'a Outcome),
    /// A run and the host the learner picked.
    Pick(&'a Outcome, &'a str),
    /// An assignment.
    Assignment(&'a AssignOutcome),
    /// A Burrow verdict.
    Burrow(&'a PartitionStatus),
    /// A run and an alert: lag in seconds (`true`) or in records, above a threshold.
    Alert(&'a Outcome, bool, f64),
}

/// A check's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// Whether the task is done.
    pub passed: bool,
    /// What decided it, with the numbers (`check-<kind>`).
    pub message: Message,
}

impl Check {
    /// Reads `attempt`; an attempt of the wrong kind does not pass.
    #[must_use]
    #[allow(clippy::too_many_lines, reason = "one match over the checks, an arm each")]
    pub fn verdict(&self, attempt: Attempt<'_>) -> Verdict {
        match (*self, attempt) {
            (Self::Both(first, second), _) => {
                let first = first.verdict(attempt);
                if !first.passed {
                    return first;
                }
                second.verdict(attempt)
            }
            (Self::OneThreadPerPartition, Attempt::Run(_, outcome)) => one_thread_per_partition(outcome),
            (Self::NoIdleMembers, Attempt::Run(_, outcome)) => {
                let last = outcome.samples.len().saturating_sub(1);
                let idle = timeline::idle_members(outcome, last).len();
                let members = outcome.samples.get(last).map_or(0, |group| group.members.len());
                Verdict { passed: idle == 0, message: msg!("check-idle", idle = idle, members = members) }
            }
            (Self::MaxLagAfter { from_s, at_most }, Attempt::Run(_, outcome)) => {
                let from = outcome.sample_times_ms.first().copied().unwrap_or(0) + (from_s * 1000.0) as i64;
                let highest = timeline::total_lag(outcome)
                    .iter()
                    .zip(&outcome.sample_times_ms)
                    .filter(|(_, time)| **time >= from)
                    .map(|(lag, _)| *lag)
                    .max()
                    .unwrap_or(0);
                Verdict {
                    passed: highest <= at_most,
                    message: msg!(
                        "check-max-lag",
                        highest = highest,
                        limit = at_most,
                        from = Arg::Seconds(from_s)
                    ),
                }
            }
            (Self::FinalLagAtMost(at_most), Attempt::Run(_, outcome)) => {
                let last = timeline::total_lag(outcome).last().copied().unwrap_or(0);
                Verdict {
                    passed: last <= at_most,
                    message: msg!("check-final-lag", lag = last, limit = at_most),
                }
            }
            (Self::NoPollTimeouts, Attempt::Run(_, outcome)) => {
                let left = outcome.summary.leaves.get(&LeaveReason::PollTimeout).copied().unwrap_or(0);
                let failed = outcome.summary.n_commit_failures;
                Verdict {
                    passed: left == 0 && failed == 0,
                    message: msg!("check-poll-timeouts", left = left, failed = failed),
                }
            }
            (Self::MaxDuplicates(at_most), Attempt::Run(_, outcome)) => {
                let duplicates = outcome.summary.duplicates;
                Verdict {
                    passed: duplicates <= at_most,
                    message: msg!("check-duplicates", duplicates = duplicates, limit = at_most),
                }
            }
            (Self::PausedAfterAtMost { from_s, at_most }, Attempt::Run(_, outcome)) => {
                let (stopped, seconds) = paused_after(outcome, from_s);
                Verdict {
                    passed: stopped <= at_most,
                    message: msg!(
                        "check-paused",
                        stopped = stopped,
                        partitions = outcome.partitions.len(),
                        seconds = Arg::Seconds(seconds),
                        limit = at_most,
                        from = Arg::Seconds(from_s),
                    ),
                }
            }
            (Self::RebalancesBetween { from_s, to_s, at_most }, Attempt::Run(scenario, outcome)) => {
                let allowed = match at_most {
                    Allowance::Exactly(n) => n,
                    Allowance::PerInstance => u32::try_from(scenario.hosts.len()).unwrap_or(u32::MAX),
                };
                let start = outcome.sample_times_ms.first().copied().unwrap_or(0);
                let (from, to) = (start + (from_s * 1000.0) as i64, start + (to_s * 1000.0) as i64);
                let rebalances = outcome
                    .events
                    .iter()
                    .filter(|event| {
                        matches!(event.kind, EventKind::RebalanceCompleted | EventKind::EpochBumped)
                            && (from..=to).contains(&event.at_ms)
                    })
                    .count();
                Verdict {
                    passed: rebalances <= allowed as usize,
                    message: msg!(
                        "check-rebalances",
                        rebalances = rebalances,
                        limit = allowed,
                        from = Arg::Seconds(from_s),
                        to = Arg::Seconds(to_s),
                    ),
                }
            }
            (Self::NoJoinRoundsAfter(from_s), Attempt::Run(_, outcome)) => {
                let from = outcome.sample_times_ms.first().copied().unwrap_or(0) + (from_s * 1000.0) as i64;
                let rounds = outcome
                    .events
                    .iter()
                    .filter(|event| event.kind == EventKind::RebalanceStarted && event.at_ms >= from)
                    .count();
                Verdict { passed: rounds == 0, message: msg!("check-join-rounds", rounds = rounds) }
            }
            (Self::PickBottleneck, Attempt::Pick(outcome, picked)) => {
                let last = outcome.sample_times_ms.len().saturating_sub(1);
                let by_host = timeline::lag_by_host(outcome, last);
                let total = by_host.iter().fold(0_i64, |sum, (_, lag)| sum.saturating_add(*lag));
                let Some((host, lag)) =
                    by_host.iter().max_by_key(|(_, lag)| *lag).filter(|(_, lag)| *lag > 0)
                else {
                    return Verdict { passed: false, message: msg!("check-no-lag") };
                };
                let share = if total > 0 { *lag as f64 / total as f64 } else { 0.0 };
                Verdict {
                    passed: host == picked,
                    message: msg!("check-bottleneck", host = host, share = Arg::Share(share), lag = *lag),
                }
            }
            (Self::Balanced, Attempt::Assignment(outcome)) => {
                let counts: Vec<usize> =
                    outcome.assignment.0.iter().map(|(_, partitions)| partitions.len()).collect();
                let (most, least) =
                    (counts.iter().copied().max().unwrap_or(0), counts.iter().copied().min().unwrap_or(0));
                Verdict {
                    passed: most - least <= 1,
                    message: msg!("check-balanced", most = most, least = least),
                }
            }
            (Self::BurrowOkWithLag(at_least), Attempt::Burrow(status)) => Verdict {
                passed: status.status == Status::Ok && status.current_lag >= at_least,
                message: msg!(
                    "check-burrow",
                    status = status.status.as_str(),
                    lag = status.current_lag,
                    limit = at_least,
                ),
            },
            (Self::AlertSeparates { burst, stall }, Attempt::Alert(outcome, in_seconds, threshold)) => {
                alert_separates(outcome, in_seconds, threshold, burst, stall)
            }
            _ => Verdict { passed: false, message: msg!("check-wrong-attempt") },
        }
    }
}

fn one_thread_per_partition(outcome: &Outcome) -> Verdict {
    let last = outcome.samples.len().saturating_sub(1);
    let members = outcome.samples.get(last).map_or(0, |group| group.members.len());
    let idle = timeline::idle_members(outcome, last).len();
    let partitions = outcome.partitions.len();
    let owners: std::collections::BTreeSet<u32> = outcome
        .partitions
        .iter()
        .filter_map(|partition| partition.owner.get(last).copied().flatten())
        .collect();
    let unowned =
        outcome.partitions.iter().filter(|p| p.owner.get(last).copied().flatten().is_none()).count();
    Verdict {
        passed: idle == 0 && unowned == 0 && owners.len() == partitions,
        message: msg!("check-one-thread", members = members, partitions = partitions, idle = idle),
    }
}

/// From `from_s` to the end: how many partitions went without a consumer at some point, and for
/// how many partition-seconds in all.
#[must_use]
pub fn paused_after(outcome: &Outcome, from_s: f64) -> (usize, f64) {
    let from = outcome.sample_times_ms.first().copied().unwrap_or(0) + (from_s * 1000.0) as i64;
    let mut stopped = 0;
    let mut paused_ms = 0_i64;
    for lane in timeline::lanes(outcome) {
        let dark: i64 = lane
            .spans
            .iter()
            .filter(|span| span.member.is_none() && span.to_ms > from)
            .map(|span| span.to_ms - span.from_ms.max(from))
            .fold(0, i64::saturating_add);
        if dark > 0 {
            stopped += 1;
            paused_ms = paused_ms.saturating_add(dark);
        }
    }
    (stopped, paused_ms as f64 / 1000.0)
}

fn alert_separates(
    outcome: &Outcome,
    in_seconds: bool,
    threshold: f64,
    burst: (f64, f64),
    stall: (f64, f64),
) -> Verdict {
    // A threshold is a number people type: anything but a finite, non-negative one is said.
    if !(threshold.is_finite() && threshold >= 0.0) {
        return Verdict { passed: false, message: msg!("check-alert-threshold") };
    }
    let start = outcome.sample_times_ms.first().copied().unwrap_or(0);
    let values: Vec<f64> = if in_seconds {
        timeline::time_lag_ms(outcome).iter().map(|ms| ms.unwrap_or(0) as f64 / 1000.0).collect()
    } else {
        timeline::total_lag(outcome).iter().map(|lag| *lag as f64).collect()
    };
    let highest_in = |(from_s, to_s): (f64, f64)| {
        let (from, to) = (start + (from_s * 1000.0) as i64, start + (to_s * 1000.0) as i64);
        values
            .iter()
            .zip(&outcome.sample_times_ms)
            .filter(|(_, time)| (from..=to).contains(*time))
            .map(|(value, _)| *value)
            .fold(0.0, f64::max)
    };
    let (during_burst, during_stall) = (highest_in(burst), highest_in(stall));
    let fires_in_burst = during_burst > threshold;
    let fires_in_stall = during_stall > threshold;
    let value = |value: f64| if in_seconds { Arg::Seconds(value) } else { Arg::Int(value.round() as i64) };
    let id = match (fires_in_burst, fires_in_stall) {
        (false, true) => "check-alert-right",
        (true, _) => "check-alert-noisy",
        (false, false) => "check-alert-silent",
    };
    Verdict {
        passed: !fires_in_burst && fires_in_stall,
        message: Message::new(id)
            .with("burst", value(during_burst))
            .with("stall", value(during_stall))
            .with("threshold", value(threshold)),
    }
}
