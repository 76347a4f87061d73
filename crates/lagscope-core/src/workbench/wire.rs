//! A whole analysis ([`Workbench`] and its groups' [`GroupOverview`]s) in a compact binary form,
//! for the analysis worker to hand to the page (`LSB1`): the page renders results and carries no
//! reader, rule or evaluator of its own.
//!
//! Every type crosses field by field through one `Wire` trait, written with the same primitives as a
//! parse's hand-off ([`crate::parse::wire`]: LEB128 integers, strings written once and shared
//! again on reading). The `wire_struct!` lines name every field: a field added to a type and not
//! to its line does not compile. Ids the core holds as `&'static str` (a rule's id, an evidence
//! key, a Burrow rule, a time-lag method) cross as text and come back as the same ids through one
//! small interner. [`decode`] checks everything it reads and fails with a message,
//! never a panic.

use std::collections::BTreeMap;

use super::{InputSummary, Workbench};
use crate::analyze::{
    AnalysisReport, ConsumedInterval, GroupAnalysis, HostAnalysis, HostConsumption, HostThroughputSummary,
    MemberAnalysis, MembershipChange, PartitionAnalysis, ReportedSummary,
};
use crate::burrow::{Decision, Status};
use crate::diagnostic::Diagnostic;
use crate::findings::{Entities, Finding, FindingSeverity};
use crate::l10n::Message;
use crate::model::{Name, Snapshot};
use crate::overview::{
    AssignedMember, AssignedPartitionView, AssignmentView, Drain, GroupOverview, Rollup, Verdict,
    VerdictReason, VerdictStatus,
};
use crate::parse::wire::{Reader, Writer, read_snapshot, write_snapshot};
use crate::series::clock::Zone;
use crate::series::host_table::{HostCount, HostThroughput};
use crate::series::rates::PartitionRates;
use crate::series::{LagSample, LagSeries, PartitionSeries, ReportedSeries, SampleOwner};
use crate::time_lag::{Bound, TimeLagEstimate};

const MAGIC: [u8; 4] = *b"LSB1";

/// A value written to and read from a hand-off, field by field.
pub(crate) trait Wire: Sized {
    /// Writes it.
    fn put(&self, w: &mut Writer);
    /// Reads what [`Wire::put`] wrote.
    fn take(r: &mut Reader<'_>) -> Result<Self, String>;
}

/// [`Wire`] for a struct, from the list of its fields (all of them: the write destructures the
/// struct, so a missing one does not compile).
macro_rules! wire_struct {
    ($type:ty { $($field:ident),* $(,)? }) => {
        impl Wire for $type {
            fn put(&self, w: &mut Writer) {
                let Self { $($field),* } = self;
                $( $field.put(w); )*
            }
            fn take(r: &mut Reader<'_>) -> Result<Self, String> {
                Ok(Self { $( $field: Wire::take(r)? ),* })
            }
        }
    };
}

/// [`Wire`] for an enum, from the list of its variants and their fields (the write matches every
/// variant, so a missing one does not compile). A variant crosses as its name: written once, then
/// shared like every other string.
macro_rules! wire_enum {
    ($type:ident { $( $variant:ident $({ $($field:ident),* $(,)? })? ),* $(,)? }) => {
        impl Wire for $type {
            fn put(&self, w: &mut Writer) {
                match self {
                    $( $type::$variant $({ $($field),* })? => {
                        w.string(Some(stringify!($variant)));
                        $($( $field.put(w); )*)?
                    } )*
                }
            }
            fn take(r: &mut Reader<'_>) -> Result<Self, String> {
                let name = r.required("variant")?;
                $( if &*name == stringify!($variant) {
                    return Ok($type::$variant $({ $($field: Wire::take(r)?),* })?);
                } )*
                r.fail(concat!("an unknown ", stringify!($type)))
            }
        }
    };
}

impl Wire for bool {
    fn put(&self, w: &mut Writer) {
        w.unsigned(u64::from(*self));
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        match r.unsigned()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => r.fail("a bad flag"),
        }
    }
}

impl Wire for i64 {
    fn put(&self, w: &mut Writer) {
        w.signed(*self);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        r.signed()
    }
}

impl Wire for i32 {
    fn put(&self, w: &mut Writer) {
        w.signed(i64::from(*self));
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        r.int()
    }
}

impl Wire for u32 {
    fn put(&self, w: &mut Writer) {
        w.unsigned(u64::from(*self));
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        let value = r.unsigned()?;
        Self::try_from(value).or_else(|_| r.fail("a count out of range"))
    }
}

impl Wire for u64 {
    fn put(&self, w: &mut Writer) {
        w.unsigned(*self);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        r.unsigned()
    }
}

impl Wire for usize {
    fn put(&self, w: &mut Writer) {
        w.unsigned(*self as u64);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        let value = r.unsigned()?;
        Self::try_from(value).or_else(|_| r.fail("a count out of range"))
    }
}

impl Wire for f64 {
    fn put(&self, w: &mut Writer) {
        w.float(*self);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        r.float()
    }
}

impl Wire for f32 {
    fn put(&self, w: &mut Writer) {
        w.unsigned(u64::from(self.to_bits()));
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        let bits = r.unsigned()?;
        u32::try_from(bits).map(Self::from_bits).or_else(|_| r.fail("a bad float"))
    }
}

impl Wire for String {
    fn put(&self, w: &mut Writer) {
        w.string(Some(self));
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        Ok(r.required("text")?.to_string())
    }
}

impl Wire for Name {
    fn put(&self, w: &mut Writer) {
        w.string(Some(self));
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        r.required("name")
    }
}

impl Wire for &'static str {
    fn put(&self, w: &mut Writer) {
        w.string(Some(self));
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        let text = r.required("id")?;
        static_id(&text).map_or_else(|| r.fail("too many distinct ids"), Ok)
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, w: &mut Writer) {
        match self {
            None => w.unsigned(0),
            Some(value) => {
                w.unsigned(1);
                value.put(w);
            }
        }
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        match r.unsigned()? {
            0 => Ok(None),
            1 => T::take(r).map(Some),
            _ => r.fail("a bad optional value"),
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, w: &mut Writer) {
        w.length(self.len());
        for item in self {
            item.put(w);
        }
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        let n = r.length()?;
        let mut items = Self::with_capacity(r.capacity(n, 1));
        for _ in 0..n {
            items.push(T::take(r)?);
        }
        Ok(items)
    }
}

impl<A: Wire, B: Wire> Wire for (A, B) {
    fn put(&self, w: &mut Writer) {
        self.0.put(w);
        self.1.put(w);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        Ok((A::take(r)?, B::take(r)?))
    }
}

impl<K: Wire + Ord, V: Wire> Wire for BTreeMap<K, V> {
    fn put(&self, w: &mut Writer) {
        w.length(self.len());
        for (key, value) in self {
            key.put(w);
            value.put(w);
        }
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        let n = r.length()?;
        let mut map = Self::new();
        for _ in 0..n {
            let key = K::take(r)?;
            map.insert(key, V::take(r)?);
        }
        Ok(map)
    }
}

/// Evidence values, exactly (numbers keep every bit: no detour through text).
impl Wire for serde_json::Value {
    fn put(&self, w: &mut Writer) {
        use serde_json::Value;
        match self {
            Value::Null => w.unsigned(0),
            Value::Bool(value) => w.unsigned(if *value { 2 } else { 1 }),
            Value::Number(number) => {
                if let Some(value) = number.as_i64() {
                    w.unsigned(3);
                    w.signed(value);
                } else if let Some(value) = number.as_u64() {
                    w.unsigned(4);
                    w.unsigned(value);
                } else {
                    w.unsigned(5);
                    w.float(number.as_f64().unwrap_or_default());
                }
            }
            Value::String(text) => {
                w.unsigned(6);
                w.string(Some(text));
            }
            Value::Array(items) => {
                w.unsigned(7);
                items.put(w);
            }
            Value::Object(fields) => {
                w.unsigned(8);
                w.length(fields.len());
                for (key, value) in fields {
                    w.string(Some(key));
                    value.put(w);
                }
            }
        }
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        use serde_json::Value;
        Ok(match r.unsigned()? {
            0 => Value::Null,
            1 => Value::Bool(false),
            2 => Value::Bool(true),
            3 => Value::from(r.signed()?),
            4 => Value::from(r.unsigned()?),
            5 => match serde_json::Number::from_f64(r.float()?) {
                Some(number) => Value::Number(number),
                None => return r.fail("a number that is not finite"),
            },
            6 => Value::String(String::take(r)?),
            7 => Value::Array(Wire::take(r)?),
            8 => {
                let n = r.length()?;
                let mut fields = serde_json::Map::new();
                for _ in 0..n {
                    let key = String::take(r)?;
                    fields.insert(key, <Self as Wire>::take(r)?);
                }
                Value::Object(fields)
            }
            _ => return r.fail("a bad value"),
        })
    }
}

impl Wire for Message {
    fn put(&self, w: &mut Writer) {
        w.message(self, 0);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        r.message(0)
    }
}

impl Wire for Zone {
    fn put(&self, w: &mut Writer) {
        w.zone(Some(self));
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        match r.zone()? {
            Some(zone) => Ok(zone),
            None => r.fail("a missing zone"),
        }
    }
}

impl Wire for Vec<Diagnostic> {
    fn put(&self, w: &mut Writer) {
        w.diagnostics(self);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        r.diagnostics()
    }
}

impl Wire for Snapshot {
    fn put(&self, w: &mut Writer) {
        write_snapshot(w, self);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        read_snapshot(r)
    }
}

/// The one copy of each id read back: ids are few (rules, evidence keys, Burrow's rules,
/// time-lag methods), so at most this many distinct ones are kept, and a hand-off naming more is
/// refused rather than growing without end.
const MAX_STATIC_IDS: usize = 4_096;

/// `text` as a `&'static str`: the same reference for the same text every time.
fn static_id(text: &str) -> Option<&'static str> {
    thread_local! {
        static IDS: std::cell::RefCell<std::collections::BTreeSet<&'static str>> =
            const { std::cell::RefCell::new(std::collections::BTreeSet::new()) };
    }
    IDS.with(|ids| {
        let mut ids = ids.borrow_mut();
        if let Some(id) = ids.get(text) {
            return Some(*id);
        }
        if ids.len() >= MAX_STATIC_IDS {
            return None;
        }
        let id: &'static str = Box::leak(text.to_owned().into_boxed_str());
        ids.insert(id);
        Some(id)
    })
}

wire_struct!(InputSummary { name, read_as, diagnostics });
wire_struct!(LagSeries { partitions, reported });

impl Wire for PartitionSeries {
    fn put(&self, w: &mut Writer) {
        let Self { group, topic, partition, samples } = self;
        group.put(w);
        topic.put(w);
        partition.put(w);
        samples.put(w);
    }

    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        let group = Wire::take(r)?;
        let topic = Wire::take(r)?;
        let partition = Wire::take(r)?;
        let mut samples: Vec<LagSample> = Wire::take(r)?;
        // One shared owner per run of samples it owned, as the readers share them.
        let mut previous: Option<std::sync::Arc<SampleOwner>> = None;
        for sample in &mut samples {
            match (sample.owner(), &previous) {
                (Some(owner), Some(shared)) if owner == shared => {
                    *sample = sample.clone().owned_by(Some(shared.clone()));
                }
                (owner, _) => previous = owner.cloned(),
            }
        }
        Ok(Self { group, topic, partition, samples })
    }
}

/// A sample crosses as its six values (the owner as its host and member id).
impl Wire for LagSample {
    fn put(&self, w: &mut Writer) {
        self.time_ms.put(w);
        self.current_offset().put(w);
        self.log_end_offset().put(w);
        self.lag().put(w);
        self.owner().and_then(|owner| owner.host.clone()).put(w);
        self.owner().and_then(|owner| owner.consumer_id.clone()).put(w);
    }

    fn take(r: &mut Reader<'_>) -> Result<Self, String> {
        let time_ms = Wire::take(r)?;
        let current_offset = Wire::take(r)?;
        let log_end_offset = Wire::take(r)?;
        let lag = Wire::take(r)?;
        let host: Option<Name> = Wire::take(r)?;
        let consumer_id: Option<Name> = Wire::take(r)?;
        let owner = (host.is_some() || consumer_id.is_some())
            .then(|| std::sync::Arc::new(SampleOwner { host, consumer_id }));
        Ok(LagSample::new(time_ms, current_offset, log_end_offset, lag).owned_by(owner))
    }
}
wire_struct!(ReportedSeries { metric, group, topic, partition, points });
wire_struct!(AnalysisReport { times_ms, groups, host_throughput });
wire_struct!(HostThroughputSummary {
    host,
    total,
    share_of_total,
    first_count,
    last_count,
    max_per_hour,
    mean_per_hour
});
wire_struct!(GroupAnalysis {
    group,
    burrow_status,
    burrow_complete,
    consume_per_s,
    produce_per_s,
    first_total_lag,
    last_total_lag,
    drain_seconds,
    lag_trend_per_s,
    lag_timeline,
    members_timeline,
    membership_changes,
    hosts,
    members,
    host_consumption,
    partitions,
    reported
});
wire_struct!(ReportedSummary { metric, topic, partition, first, last, max });
wire_struct!(PartitionAnalysis {
    topic,
    partition,
    n_samples,
    host,
    rates,
    time_lag_s_exporter,
    time_lag,
    burrow_status,
    burrow_rule
});
wire_struct!(PartitionRates {
    consume_per_s,
    produce_per_s,
    first_lag,
    last_lag,
    lag_trend_per_s,
    drain_seconds
});
wire_struct!(TimeLagEstimate { seconds, bound, method });
wire_enum!(Bound { Exact, AtLeast });
wire_enum!(Status { NotFound, Ok, Warn, Err, Stop, Stall, Rewind });
wire_struct!(Decision { rule, detail });
wire_struct!(ConsumedInterval { start_ms, end_ms, consumed });
wire_struct!(MembershipChange { from_ms, to_ms, n_before, n_after, n_left, n_joined, hosts });
wire_struct!(MemberAnalysis { consumer_id, host, n_partitions, last_lag, consume_per_s, consumed });
wire_struct!(HostAnalysis { host, n_partitions, last_lag, share_of_lag, consume_per_s, consumed });
wire_struct!(HostConsumption { host, consumed });
wire_struct!(Finding { rule, severity, title, summary, evidence, entities });
wire_enum!(FindingSeverity { Info, Warning, Critical });
wire_struct!(Entities { groups, hosts, members, partitions });
wire_struct!(HostThroughput { host, counts });
wire_struct!(HostCount { start_ms, duration_ms, count });
wire_struct!(GroupOverview {
    group,
    snapshot_index,
    state,
    n_members,
    n_partitions,
    total_lag,
    n_unknown_lag,
    verdict,
    burrow_status,
    max_time_lag_s,
    time_lag_is_lower_bound,
    lag_trend_per_s,
    drain,
    hosts,
    members,
    assignment
});
wire_struct!(Verdict { status, reason });
wire_enum!(VerdictStatus {
    Ok,
    Warning,
    Error,
    Stopped,
    Stalled,
    Rewind,
    NoMembers,
    LeaveStorm,
    Rebalancing,
    Unknown
});
wire_struct!(Rollup { name, host, n_partitions, partitions, lag, share_of_lag, consume_per_s });
wire_struct!(AssignmentView { members, partitions });
wire_struct!(AssignedMember { name, host, n_partitions });
wire_struct!(AssignedPartitionView { name, lag, owner, host });

wire_enum!(VerdictReason {
    Burrow,
    NoMembers { state, burrow },
    LeaveStorm { rule, burrow },
    Rebalancing { state },
    CriticalFinding { rule },
    NeedsTimes,
});
wire_enum!(Drain { InSeconds { seconds }, NotDraining, NobodyConsumes, NoLag, Unknown });

#[cfg(feature = "logs")]
mod logs {
    use super::{Reader, Wire, Writer};
    use crate::logs::LogEvent;
    use crate::logs::messages::{EventKind, HeartbeatFailure, LeaveReason, Removal};
    use crate::logs::skew::ClockSkew;
    use crate::logs::timeline::{
        Generation, GroupLog, HostFailures, HostSpan, LeaveStorm, LogTimeline, Rebalance, Rejoin,
    };

    wire_struct!(LogTimeline { groups, hosts, host_spans, commit_failures, n_events, clock_skews });
    wire_struct!(ClockSkew { host, broker, offset_ms, generations, looks_like_zone });
    wire_struct!(GroupLog {
        group,
        events,
        generations,
        storms,
        poll_timeout_members,
        rebalances,
        consumer_protocol
    });
    wire_struct!(Rebalance {
        generation,
        start_ms,
        end_ms,
        members,
        last_to_rejoin,
        previous_rejoin_ms,
        told_by_clients,
        told_by_broker
    });
    wire_struct!(HostSpan { host, first_ms, last_ms });
    wire_struct!(Rejoin { member, host, time_ms });
    wire_struct!(Generation { generation, first_ms, members_joined, members_stated });
    wire_struct!(LeaveStorm { start_ms, end_ms, members, hosts, stays_ms });
    wire_struct!(HostFailures { host, count, first_ms, last_ms, errors });
    wire_struct!(LogEvent { time_ms, line, input, host, group, client_id, instance_id, member_id, kind });
    wire_enum!(EventKind {
        Joining,
        Joined { generation, protocol },
        Synced { generation },
        Assigned { partitions },
        Revoked { partitions },
        Lost { partitions },
        Leaving { reason },
        PollTimeout,
        HeartbeatFailed { reason },
        CommitFailed { error },
        CoordinatorLost,
        PreparingRebalance { old_generation, reason },
        EpochReached { epoch },
        EpochBumped { epoch },
        TargetComputed { epoch, assignor },
        Stabilized { generation, members },
        Removed { removal },
        GroupEmpty { generation },
    });
    wire_enum!(LeaveReason { PollTimeout, Closing, Unsubscribed, Other });
    wire_enum!(HeartbeatFailure { Rebalancing, UnknownMember, StaleGeneration, Fenced });
    wire_enum!(Removal { SessionTimeout, RebalanceTimeout, LeftGroup });
}

#[cfg(not(feature = "logs"))]
wire_struct!(Workbench { inputs, snapshot, series, analysis, findings, host_counts, zone });
#[cfg(feature = "logs")]
wire_struct!(Workbench { inputs, snapshot, series, analysis, findings, host_counts, zone, logs });

/// An analysis as the page renders it: the workbench and each group's overview.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysed {
    /// What [`super::build`] made.
    pub workbench: Workbench,
    /// [`crate::overview::overview`] of it.
    pub overview: Vec<GroupOverview>,
}

wire_struct!(Analysed { workbench, overview });

/// Writes an analysis for the page.
#[must_use]
pub fn encode(analysed: &Analysed) -> Vec<u8> {
    let mut w = Writer::new(MAGIC);
    analysed.put(&mut w);
    w.bytes
}

/// Reads what [`encode`] wrote.
pub fn decode(bytes: &[u8]) -> Result<Analysed, String> {
    let Some(mut r) = Reader::new(bytes, MAGIC) else {
        return Err("analysis hand-off: not lagscope's format".to_owned());
    };
    let analysed = Analysed::take(&mut r)?;
    r.end()?;
    Ok(analysed)
}
