//! A compact binary form of a [`ParseOutcome`] (`LSW2`), for handing a dumped group from the page
//! to the lazily loaded what-if, and the primitives every hand-off is written with
//! (`workbench::wire` writes a whole analysis with them): repeated strings (topics, hosts, member
//! ids) are written once and shared again on reading, and integers are LEB128, so a
//! million-partition parse crosses in a few megabytes and decodes in milliseconds. [`decode`]
//! checks everything it reads and fails with a message, never a panic.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::ParseOutcome;
use crate::diagnostic::{Diagnostic, Severity};
use crate::l10n::{Arg, Message};
use crate::model::{
    AssignedPartition, GroupSnapshot, GroupState, Member, Name, OffsetDeletion, OffsetReset,
    PartitionOffsets, Snapshot,
};
use crate::series::clock::{Zone, ZoneSource};
use crate::source::{Source, Tool};

// `LSW2`: diagnostics carry messages (id and typed arguments), not English text.
const MAGIC: &[u8; 4] = b"LSW2";

/// Writes the hand-offs' primitives (shared with [`crate::workbench::wire`]).
pub(crate) struct Writer {
    pub(crate) bytes: Vec<u8>,
    strings: FxHashMap<String, u64>,
}

impl Writer {
    /// A writer that starts with `magic`.
    pub(crate) fn new(magic: [u8; 4]) -> Self {
        let mut bytes = Vec::with_capacity(1 << 16);
        bytes.extend_from_slice(&magic);
        Self { bytes, strings: FxHashMap::default() }
    }

    pub(crate) fn unsigned(&mut self, mut value: u64) {
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.bytes.push(byte);
                return;
            }
            self.bytes.push(byte | 0x80);
        }
    }

    pub(crate) fn signed(&mut self, value: i64) {
        // Zig-zag: small magnitudes, either sign, stay short.
        self.unsigned(((value << 1) ^ (value >> 63)).cast_unsigned());
    }

    pub(crate) fn option_signed(&mut self, value: Option<i64>) {
        match value {
            None => self.unsigned(0),
            Some(value) => {
                self.unsigned(1);
                self.signed(value);
            }
        }
    }

    /// A string: 0 for none, otherwise its index in the table + 1, defined on first use.
    pub(crate) fn string(&mut self, value: Option<&str>) {
        let Some(value) = value else {
            self.unsigned(0);
            return;
        };
        if let Some(&index) = self.strings.get(value) {
            self.unsigned(index + 1);
            return;
        }
        let index = self.strings.len() as u64;
        self.strings.insert(value.to_owned(), index);
        // A new string: its index + 1 (one past every known index), then its bytes.
        self.unsigned(index + 1);
        self.unsigned(value.len() as u64);
        self.bytes.extend_from_slice(value.as_bytes());
    }

    pub(crate) fn length(&mut self, n: usize) {
        self.unsigned(n as u64);
    }

    /// A message: its id, then each argument's name, kind and value (nested messages as deep as
    /// the reader takes them; deeper is written as unknown).
    pub(crate) fn message(&mut self, message: &Message, depth: usize) {
        self.string(Some(&message.id));
        self.length(message.args.len());
        for (name, arg) in &message.args {
            self.string(Some(name));
            match arg {
                Arg::Message(_) if depth >= 8 => self.arg(&Arg::Unknown, depth),
                _ => self.arg(arg, depth),
            }
        }
    }

    pub(crate) fn float(&mut self, value: f64) {
        self.unsigned(value.to_bits());
    }

    pub(crate) fn zone(&mut self, zone: Option<&Zone>) {
        match zone {
            None => self.unsigned(0),
            Some(zone) => {
                self.unsigned(1);
                self.signed(i64::from(zone.offset_minutes));
                self.string(Some(&zone.name));
                self.unsigned(match zone.source {
                    ZoneSource::Stated => 0,
                    ZoneSource::AssumedUtc => 1,
                    ZoneSource::AsPrinted => 2,
                    ZoneSource::HoursOnly => 3,
                });
            }
        }
    }

    pub(crate) fn diagnostics(&mut self, diagnostics: &[Diagnostic]) {
        self.length(diagnostics.len());
        for diagnostic in diagnostics {
            self.length(diagnostic.line);
            self.unsigned(match diagnostic.severity {
                Severity::Info => 0,
                Severity::Warning => 1,
                Severity::Error => 2,
            });
            self.message(&diagnostic.message, 0);
        }
    }

    fn arg(&mut self, arg: &Arg, depth: usize) {
        match arg {
            Arg::Text(text) => {
                self.unsigned(0);
                self.string(Some(text));
            }
            Arg::Int(value) => {
                self.unsigned(1);
                self.signed(*value);
            }
            Arg::Amount(value) => {
                self.unsigned(2);
                self.float(*value);
            }
            Arg::Decimal(value, places) => {
                self.unsigned(3);
                self.float(*value);
                self.unsigned(u64::from(*places));
            }
            Arg::Share(value) => {
                self.unsigned(4);
                self.float(*value);
            }
            Arg::Seconds(value) => {
                self.unsigned(5);
                self.float(*value);
            }
            Arg::PerSecond(value) => {
                self.unsigned(6);
                self.float(*value);
            }
            Arg::PerHour(value) => {
                self.unsigned(7);
                self.float(*value);
            }
            Arg::Time(ms, zone) => {
                self.unsigned(8);
                self.signed(*ms);
                self.zone(zone.as_ref());
            }
            Arg::List(items) => {
                self.unsigned(9);
                self.length(items.len());
                for item in items {
                    self.string(Some(item));
                }
            }
            Arg::Message(message) => {
                self.unsigned(10);
                self.message(message, depth + 1);
            }
            Arg::Unknown => self.unsigned(11),
            Arg::Plain(value) => {
                self.unsigned(12);
                self.signed(*value);
            }
            Arg::Counts(items) | Arg::Sequence(items) => {
                self.unsigned(if matches!(arg, Arg::Counts(_)) { 13 } else { 14 });
                self.length(items.len());
                for item in items {
                    self.signed(*item);
                }
            }
        }
    }
}

/// Writes a parse outcome.
#[must_use]
pub fn encode(outcome: &ParseOutcome) -> Vec<u8> {
    let mut w = Writer { bytes: Vec::with_capacity(1 << 16), strings: FxHashMap::default() };
    w.bytes.extend_from_slice(MAGIC);
    w.string(outcome.source.tool.map(Tool::id));
    w.string(outcome.source.version_hint.as_deref());
    w.diagnostics(&outcome.diagnostics);
    write_snapshot(&mut w, &outcome.snapshot);
    w.bytes
}

pub(crate) fn write_snapshot(w: &mut Writer, snapshot: &Snapshot) {
    w.length(snapshot.groups.len());
    for group in &snapshot.groups {
        w.string(group.group.as_deref());
        w.string(group.state.as_ref().map(GroupState::as_str));
        w.string(group.coordinator.as_deref());
        w.string(group.assignment_strategy.as_deref());
        w.option_signed(group.n_members.map(i64::from));
        w.option_signed(group.reported_total_lag);
        w.length(group.partitions.len());
        for p in &group.partitions {
            w.string(Some(&p.topic));
            w.signed(i64::from(p.partition));
            w.option_signed(p.current_offset);
            w.option_signed(p.log_end_offset);
            w.option_signed(p.lag);
            w.string(p.consumer_id.as_deref());
            w.string(p.host.as_deref());
            w.string(p.client_id.as_deref());
        }
        w.length(group.members.len());
        for m in &group.members {
            w.string(m.consumer_id.as_deref());
            w.string(m.group_instance_id.as_deref());
            w.string(m.host.as_deref());
            w.string(m.client_id.as_deref());
            w.option_signed(m.n_partitions.map(i64::from));
            match &m.assignment {
                None => w.unsigned(0),
                Some(list) => {
                    w.unsigned(1);
                    w.length(list.len());
                    for a in list {
                        w.string(a.topic.as_deref());
                        w.signed(i64::from(a.partition));
                    }
                }
            }
        }
        w.length(group.offset_resets.len());
        for r in &group.offset_resets {
            w.string(Some(&r.topic));
            w.signed(i64::from(r.partition));
            w.signed(r.new_offset);
        }
        w.length(group.offset_deletions.len());
        for d in &group.offset_deletions {
            w.string(Some(&d.topic));
            w.option_signed(d.partition.map(i64::from));
            w.string(Some(&d.status));
        }
    }
}

/// Reads the hand-offs' primitives (shared with [`crate::workbench::wire`]).
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    strings: Vec<Name>,
}

impl<'a> Reader<'a> {
    /// A reader of `bytes` after `magic`, or `None` when they do not start with it.
    pub(crate) fn new(bytes: &'a [u8], magic: [u8; 4]) -> Option<Self> {
        bytes.starts_with(&magic).then(|| Self { bytes, at: 4, strings: Vec::new() })
    }

    /// Fails unless every byte was read.
    pub(crate) fn end(&self) -> Result<(), String> {
        if self.at == self.bytes.len() { Ok(()) } else { self.fail("trailing bytes") }
    }

    pub(crate) fn fail<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("hand-off: {what} at byte {}", self.at))
    }

    pub(crate) fn unsigned(&mut self) -> Result<u64, String> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let Some(&byte) = self.bytes.get(self.at) else { return self.fail("unexpected end") };
            self.at += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        self.fail("an over-long number")
    }

    pub(crate) fn signed(&mut self) -> Result<i64, String> {
        let raw = self.unsigned()?;
        Ok((raw >> 1).cast_signed() ^ -((raw & 1).cast_signed()))
    }

    pub(crate) fn int(&mut self) -> Result<i32, String> {
        let value = self.signed()?;
        i32::try_from(value).or_else(|_| self.fail("a partition number out of range"))
    }

    pub(crate) fn option_signed(&mut self) -> Result<Option<i64>, String> {
        match self.unsigned()? {
            0 => Ok(None),
            1 => self.signed().map(Some),
            _ => self.fail("a bad optional number"),
        }
    }

    /// Room to reserve for `n` elements that take at least `min_bytes` each here: never more than
    /// the bytes left could hold, so a forged count cannot ask for gigabytes.
    pub(crate) fn capacity(&self, n: usize, min_bytes: usize) -> usize {
        n.min((self.bytes.len() - self.at) / min_bytes.max(1))
    }

    pub(crate) fn length(&mut self) -> Result<usize, String> {
        let n = self.unsigned()?;
        // Every element takes at least one byte: a longer count is corrupt.
        if n > (self.bytes.len() - self.at) as u64 {
            return self.fail("a count longer than the data");
        }
        Ok(n as usize)
    }

    pub(crate) fn string(&mut self) -> Result<Option<Name>, String> {
        let reference = self.unsigned()?;
        if reference == 0 {
            return Ok(None);
        }
        let Ok(index) = usize::try_from(reference - 1) else {
            return self.fail("a string reference out of range");
        };
        if index < self.strings.len() {
            return Ok(Some(self.strings[index].clone()));
        }
        if index != self.strings.len() {
            return self.fail("a string used before it is defined");
        }
        let length = self.length()?;
        let Some(raw) = self.bytes.get(self.at..self.at + length) else { return self.fail("a cut string") };
        let Ok(text) = std::str::from_utf8(raw) else { return self.fail("a string that is not UTF-8") };
        self.at += length;
        let name = Name::from(text);
        self.strings.push(name.clone());
        Ok(Some(name))
    }

    pub(crate) fn required(&mut self, what: &str) -> Result<Name, String> {
        match self.string()? {
            Some(name) => Ok(name),
            None => self.fail(&format!("a missing {what}")),
        }
    }

    pub(crate) fn owned(&mut self) -> Result<Option<String>, String> {
        Ok(self.string()?.map(|name| name.to_string()))
    }

    pub(crate) fn small(&mut self) -> Result<Option<u32>, String> {
        match self.option_signed()? {
            None => Ok(None),
            Some(value) => u32::try_from(value).map(Some).or_else(|_| self.fail("a count out of range")),
        }
    }

    pub(crate) fn message(&mut self, depth: usize) -> Result<Message, String> {
        if depth > 8 {
            return self.fail("messages nested too deep");
        }
        let id = Cow::Owned(self.required("message id")?.to_string());
        let n_args = self.length()?;
        let mut args = Vec::with_capacity(self.capacity(n_args, 2));
        for _ in 0..n_args {
            let name = Cow::Owned(self.required("argument name")?.to_string());
            args.push((name, self.arg(depth)?));
        }
        Ok(Message { id, args })
    }

    pub(crate) fn zone(&mut self) -> Result<Option<Zone>, String> {
        match self.unsigned()? {
            0 => Ok(None),
            1 => {
                let offset_minutes =
                    i32::try_from(self.signed()?).or_else(|_| self.fail("a zone offset out of range"))?;
                let name = self.owned()?.unwrap_or_default();
                let source = match self.unsigned()? {
                    0 => ZoneSource::Stated,
                    1 => ZoneSource::AssumedUtc,
                    2 => ZoneSource::AsPrinted,
                    3 => ZoneSource::HoursOnly,
                    _ => return self.fail("a bad zone source"),
                };
                Ok(Some(Zone { offset_minutes, name, source }))
            }
            _ => self.fail("a bad optional zone"),
        }
    }

    pub(crate) fn diagnostics(&mut self) -> Result<Vec<Diagnostic>, String> {
        let n_diagnostics = self.length()?;
        let mut diagnostics = Vec::with_capacity(self.capacity(n_diagnostics, 3));
        for _ in 0..n_diagnostics {
            let line =
                usize::try_from(self.unsigned()?).or_else(|_| self.fail("a line number out of range"))?;
            let severity = match self.unsigned()? {
                0 => Severity::Info,
                1 => Severity::Warning,
                2 => Severity::Error,
                _ => return self.fail("a bad severity"),
            };
            let message = self.message(0)?;
            diagnostics.push(Diagnostic { line, severity, message });
        }
        Ok(diagnostics)
    }

    pub(crate) fn float(&mut self) -> Result<f64, String> {
        Ok(f64::from_bits(self.unsigned()?))
    }

    fn arg(&mut self, depth: usize) -> Result<Arg, String> {
        Ok(match self.unsigned()? {
            0 => Arg::Text(self.required("text")?.to_string()),
            1 => Arg::Int(self.signed()?),
            2 => Arg::Amount(self.float()?),
            3 => {
                let value = self.float()?;
                let places =
                    u8::try_from(self.unsigned()?).or_else(|_| self.fail("a bad count of decimals"))?;
                Arg::Decimal(value, places)
            }
            4 => Arg::Share(self.float()?),
            5 => Arg::Seconds(self.float()?),
            6 => Arg::PerSecond(self.float()?),
            7 => Arg::PerHour(self.float()?),
            8 => {
                let ms = self.signed()?;
                Arg::Time(ms, self.zone()?)
            }
            9 => {
                let n = self.length()?;
                let mut items = Vec::with_capacity(self.capacity(n, 1));
                for _ in 0..n {
                    items.push(self.required("list item")?.to_string());
                }
                Arg::List(items)
            }
            10 => Arg::Message(Box::new(self.message(depth + 1)?)),
            11 => Arg::Unknown,
            12 => Arg::Plain(self.signed()?),
            kind @ (13 | 14) => {
                let n = self.length()?;
                let mut items = Vec::with_capacity(self.capacity(n, 1));
                for _ in 0..n {
                    items.push(self.signed()?);
                }
                if kind == 13 { Arg::Counts(items) } else { Arg::Sequence(items) }
            }
            _ => return self.fail("a bad argument kind"),
        })
    }
}

fn group_state(text: &str) -> GroupState {
    match text {
        "Stable" => GroupState::Stable,
        "Empty" => GroupState::Empty,
        "PreparingRebalance" => GroupState::PreparingRebalance,
        "CompletingRebalance" => GroupState::CompletingRebalance,
        "Rebalancing" => GroupState::Rebalancing,
        "Assigning" => GroupState::Assigning,
        "Reconciling" => GroupState::Reconciling,
        "NotReady" => GroupState::NotReady,
        "Dead" => GroupState::Dead,
        other => GroupState::Other(other.to_owned()),
    }
}

fn read_member(r: &mut Reader<'_>) -> Result<Member, String> {
    let consumer_id = r.string()?;
    let group_instance_id = r.string()?;
    let host = r.string()?;
    let client_id = r.string()?;
    let n_partitions = r.small()?;
    let assignment = match r.unsigned()? {
        0 => None,
        1 => {
            let k = r.length()?;
            let mut list = Vec::with_capacity(r.capacity(k, 2));
            for _ in 0..k {
                list.push(AssignedPartition { topic: r.string()?, partition: r.int()? });
            }
            Some(list)
        }
        _ => return r.fail("a bad assignment marker"),
    };
    Ok(Member { consumer_id, group_instance_id, host, client_id, n_partitions, assignment })
}

/// Reads what [`encode`] wrote.
pub fn decode(bytes: &[u8]) -> Result<ParseOutcome, String> {
    if bytes.get(..4) != Some(MAGIC.as_slice()) {
        return Err("parse hand-off: not lagscope's format".to_owned());
    }
    let mut r = Reader { bytes, at: 4, strings: Vec::new() };
    let tool = match r.string()? {
        None => None,
        Some(id) => Some(Tool::from_id(&id).ok_or_else(|| format!("parse hand-off: unknown tool {id:?}"))?),
    };
    let source = Source { tool, version_hint: r.owned()? };
    let diagnostics = r.diagnostics()?;
    let snapshot = read_snapshot(&mut r)?;
    if r.at != bytes.len() {
        return r.fail("trailing bytes");
    }
    Ok(ParseOutcome { source, snapshot, diagnostics })
}

pub(crate) fn read_snapshot(r: &mut Reader<'_>) -> Result<Snapshot, String> {
    let n_groups = r.length()?;
    let mut groups = Vec::with_capacity(r.capacity(n_groups, 8));
    for _ in 0..n_groups {
        let mut group = GroupSnapshot {
            group: r.owned()?,
            state: r.string()?.map(|s| group_state(&s)),
            coordinator: r.owned()?,
            assignment_strategy: r.owned()?,
            n_members: r.small()?,
            reported_total_lag: r.option_signed()?,
            ..GroupSnapshot::default()
        };
        let n = r.length()?;
        group.partitions.reserve(r.capacity(n, 8));
        for _ in 0..n {
            group.partitions.push(PartitionOffsets {
                topic: r.required("topic")?,
                partition: r.int()?,
                current_offset: r.option_signed()?,
                log_end_offset: r.option_signed()?,
                lag: r.option_signed()?,
                consumer_id: r.string()?,
                host: r.string()?,
                client_id: r.string()?,
            });
        }
        let n = r.length()?;
        for _ in 0..n {
            group.members.push(read_member(r)?);
        }
        let n = r.length()?;
        for _ in 0..n {
            group.offset_resets.push(OffsetReset {
                topic: r.required("topic")?,
                partition: r.int()?,
                new_offset: r.signed()?,
            });
        }
        let n = r.length()?;
        for _ in 0..n {
            let topic = r.required("topic")?;
            let partition = match r.option_signed()? {
                None => None,
                Some(p) => Some(i32::try_from(p).or_else(|_| r.fail("a partition number out of range"))?),
            };
            group.offset_deletions.push(OffsetDeletion {
                topic,
                partition,
                status: r.required("status")?.to_string(),
            });
        }
        groups.push(group);
    }
    Ok(Snapshot { groups })
}
