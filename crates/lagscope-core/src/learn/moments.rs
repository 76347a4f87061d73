//! The moments of a run a lesson points at ("watch this"): a member leaving, a revocation, the lag
//! turning. Each is found in the run's own events and samples, so a callout fires when the thing
//! happens in *this* run, and not at all when it does not.

use crate::l10n::{Arg, Message};
use crate::sim::output::{EventKind, LeaveReason, Outcome, SimEvent};
use crate::sim::timeline;

/// A moment to find in a run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Moment {
    /// A fixed time, in seconds from the start (what the scenario makes happen then).
    At(f64),
    /// The first event of a kind at or after a time (seconds from the start).
    FirstAfter(EventKind, f64),
    /// The first member that leaves for this reason.
    Leave(LeaveReason),
    /// From a time on (seconds from the start), the sample with the largest total lag, when the
    /// lag falls clearly after it (the lag turning).
    LagTurns(f64),
    /// The first sample at which the group is stable and one of its members owns no partition (a
    /// member still waiting for its first assignment is not idle).
    IdleMember,
    /// The first sample from which every host but one holds no lag (one slow host left).
    OneHostLeft,
    /// The first sample at which a group that had members has none left.
    GroupEmpty,
    /// The sample with the largest total lag between two times (seconds from the start): a
    /// burst's peak.
    PeakBetween(f64, f64),
}

/// A moment found: when, and what to say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// When (epoch ms).
    pub at_ms: i64,
    /// The arguments a callout's text may use: `at` (time from the start), `host` (the host
    /// concerned, when there is one), `lag` (the group's total lag then), `members` (the group's
    /// size then), `generation`.
    pub args: Vec<(std::borrow::Cow<'static, str>, Arg)>,
}

impl Moment {
    /// Where this moment is in `outcome`; `None` when it does not happen in this run.
    #[must_use]
    pub fn find(self, outcome: &Outcome) -> Option<Found> {
        let start = *outcome.sample_times_ms.first()?;
        let after = |seconds: f64| start.saturating_add((seconds * 1000.0) as i64);
        let (at_ms, event): (i64, Option<&SimEvent>) = match self {
            Self::At(seconds) => {
                let at = after(seconds);
                (at <= *outcome.sample_times_ms.last()?).then_some((at, None))?
            }
            Self::FirstAfter(kind, seconds) => {
                let from = after(seconds);
                let event = outcome.events.iter().find(|event| event.kind == kind && event.at_ms >= from)?;
                (event.at_ms, Some(event))
            }
            Self::Leave(reason) => {
                let event = outcome
                    .events
                    .iter()
                    .find(|event| event.kind == EventKind::Left && event.reason == Some(reason))?;
                (event.at_ms, Some(event))
            }
            Self::LagTurns(from_s) => {
                let from = after(from_s);
                let lag = timeline::total_lag(outcome);
                let (peak, &highest) = lag
                    .iter()
                    .enumerate()
                    .rev()
                    .filter(|(index, _)| outcome.sample_times_ms[*index] >= from)
                    .max_by_key(|(_, lag)| **lag)
                    .filter(|(_, lag)| **lag > 0)?;
                // The lag must fall clearly after the peak, not wobble.
                let lowest_after = lag[peak..].iter().copied().min().unwrap_or(highest);
                (lowest_after.saturating_mul(2) <= highest)
                    .then_some((outcome.sample_times_ms[peak], None))?
            }
            Self::IdleMember => {
                let sample = (0..outcome.samples.len()).find(|&sample| {
                    outcome.samples[sample].state == "Stable"
                        && !timeline::idle_members(outcome, sample).is_empty()
                })?;
                (outcome.sample_times_ms[sample], None)
            }
            Self::PeakBetween(from_s, to_s) => {
                let (from, to) = (after(from_s), after(to_s));
                let lag = timeline::total_lag(outcome);
                let (sample, _) = outcome
                    .sample_times_ms
                    .iter()
                    .enumerate()
                    .filter(|(_, time)| (from..=to).contains(*time))
                    .max_by_key(|(index, _)| (lag[*index], std::cmp::Reverse(*index)))?;
                (outcome.sample_times_ms[sample], None)
            }
            Self::GroupEmpty => {
                let joined = outcome.samples.iter().position(|group| !group.members.is_empty())?;
                let sample = (joined..outcome.samples.len())
                    .find(|&sample| outcome.samples[sample].members.is_empty())?;
                (outcome.sample_times_ms[sample], None)
            }
            Self::OneHostLeft => {
                let sample = (1..outcome.sample_times_ms.len()).find(|&sample| {
                    let by_host = timeline::lag_by_host(outcome, sample);
                    by_host.len() > 1 && by_host.iter().filter(|(_, lag)| *lag > 0).count() == 1
                })?;
                (outcome.sample_times_ms[sample], None)
            }
        };
        // The group and the lag as the moment left them: the first sample at or after it.
        let sample = outcome
            .sample_times_ms
            .partition_point(|time| *time < at_ms)
            .min(outcome.sample_times_ms.len().saturating_sub(1));
        let lag = timeline::total_lag(outcome).get(sample).copied().unwrap_or(0);
        let host = match (event.and_then(|event| event.host.clone()), self) {
            (Some(host), _) => Arg::Text(host),
            (None, Self::OneHostLeft) => timeline::lag_by_host(outcome, sample)
                .into_iter()
                .find(|(_, lag)| *lag > 0)
                .map_or(Arg::Unknown, |(host, _)| Arg::Text(host)),
            (None, _) => Arg::Unknown,
        };
        let group = outcome.samples.get(sample);
        Some(Found {
            at_ms,
            args: vec![
                ("at".into(), Arg::Seconds((at_ms - start) as f64 / 1000.0)),
                ("host".into(), host),
                ("lag".into(), Arg::Int(lag)),
                ("members".into(), group.map_or(Arg::Unknown, |group| Arg::from(group.members.len()))),
                (
                    "generation".into(),
                    event
                        .and_then(|event| event.generation)
                        .or_else(|| group.map(|group| group.generation))
                        .map_or(Arg::Unknown, Arg::from),
                ),
            ],
        })
    }
}

/// A callout's text with the moment's arguments.
#[must_use]
pub fn callout_message(id: String, found: &Found) -> Message {
    Message { id: id.into(), args: found.args.clone() }
}
