//! Collects what the parsers read, per group, and emits a [`Snapshot`] in a stable order.
//!
//! Views of one group (offsets, members, state) merge here. Repeated strings are interned so that
//! large dumps share one allocation per distinct topic, member, host and client id.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};

use super::partition_index::PartitionIndex;

use crate::diagnostic::Diagnostic;
use crate::model::{
    GroupSnapshot, GroupState, Member, Name, OffsetDeletion, OffsetReset, PartitionOffsets, Snapshot,
};

#[derive(Default)]
pub(crate) struct SnapshotBuilder {
    /// The group of dumps that do not name it (pre-2.3 layouts without `--group` on a pasted command line).
    unnamed: Option<GroupBuilder>,
    named: Vec<GroupBuilder>,
    /// Named groups by id, sorted: the output order.
    named_index: BTreeMap<String, usize>,
    /// The group the previous row went to: consecutive rows almost always share it.
    last_named: Option<(String, usize)>,
    // Hash maps here are only looked up, never iterated, so their order cannot reach the output.
    names: FxHashSet<Name>,
    /// The names the latest rows used: a row's topic, member, host and client id are almost always
    /// the previous row's, and comparing a few strings is cheaper than hashing one.
    recent_names: [Option<Name>; N_RECENT_NAMES],
    /// Where the next name looked up in `names` goes in `recent_names`.
    next_recent: usize,
    /// The previous partition row's names, by column (see [`SnapshotBuilder::row_name`]).
    previous_row_names: [Option<Name>; RowName::COUNT],
    /// Each member's host and client id as its latest partition row gave them, by consumer id
    /// (see [`SnapshotBuilder::owner`]).
    owners: FxHashMap<Name, Owner>,
    /// Rows that merged into an earlier record instead of adding one (a partition printed twice,
    /// a member's second view, an offset reset repeated): a builder without any can be replayed
    /// into another one row for row (see [`SnapshotBuilder::absorb`]).
    n_merged_rows: usize,
}

/// The names of the member that owns a partition row.
#[derive(Clone)]
pub(crate) struct Owner {
    pub(crate) consumer_id: Option<Name>,
    pub(crate) host: Option<Name>,
    pub(crate) client_id: Option<Name>,
}

impl Owner {
    fn is(&self, host: Option<&str>, client_id: Option<&str>) -> bool {
        self.host.as_deref() == host && self.client_id.as_deref() == client_id
    }
}

/// The most partition rows a new group makes room for before its first row (about 2 MB).
const MAX_RESERVED_ROWS: usize = 1 << 14;

/// How many names [`SnapshotBuilder::name`] remembers without hashing: two rows' worth.
const N_RECENT_NAMES: usize = 8;

/// The columns of a partition row that hold names.
#[derive(Debug, Clone, Copy)]
pub(crate) enum RowName {
    Topic,
    Host,
    ClientId,
}

impl RowName {
    const COUNT: usize = Self::ClientId as usize + 1;
}

#[derive(Default)]
pub(crate) struct GroupBuilder {
    pub(crate) state: Option<GroupState>,
    pub(crate) coordinator: Option<String>,
    pub(crate) assignment_strategy: Option<String>,
    pub(crate) n_members: Option<u32>,
    pub(crate) reported_total_lag: Option<i64>,
    /// In input order; sorted by (topic, partition) at the end.
    partitions: Vec<PartitionOffsets>,
    /// Whether a row came before one it sorts after: tools list partitions in order nearly
    /// always, and this is known as the rows come, so the end need not read them again.
    out_of_order: bool,
    /// The line that gave each of `partitions` (apart, so that the snapshot takes `partitions`
    /// as it is).
    partition_lines: Vec<usize>,
    /// Where each (topic, partition) is in `partitions`.
    partition_index: PartitionIndex,
    members: Vec<Member>,
    offset_resets: BTreeMap<(Name, i32), OffsetReset>,
    offset_deletions: Vec<OffsetDeletion>,
}

impl GroupBuilder {
    /// Adds a row for a partition not seen before.
    fn push_partition(&mut self, line_number: usize, partition: PartitionOffsets) {
        if let Some(last) = self.partitions.last() {
            self.out_of_order |= partition_order(last, &partition).is_gt();
        }
        self.partitions.push(partition);
        self.partition_lines.push(line_number);
    }
}

/// The order partitions are listed in: by topic, then number. A topic shared by two rows is
/// nearly always the same interned name, told without reading its text.
fn partition_order(left: &PartitionOffsets, right: &PartitionOffsets) -> std::cmp::Ordering {
    let topics = if Name::ptr_eq(&left.topic, &right.topic) {
        std::cmp::Ordering::Equal
    } else {
        left.topic.cmp(&right.topic)
    };
    topics.then(left.partition.cmp(&right.partition))
}

impl SnapshotBuilder {
    /// The one shared copy of `text`.
    pub(crate) fn name(&mut self, text: &str) -> Name {
        if let Some(name) = self.recent_names.iter().flatten().find(|name| ***name == *text) {
            return name.clone();
        }
        let name = self.interned(text);
        self.recent_names[self.next_recent] = Some(name.clone());
        self.next_recent = (self.next_recent + 1) % N_RECENT_NAMES;
        name
    }

    /// The one shared copy of `text`, a partition row's `column`: in a dump, most often the same
    /// as the previous row's (one topic after another), so one comparison comes before the
    /// lookup.
    pub(crate) fn row_name(&mut self, column: RowName, text: &str) -> Name {
        if let Some(previous) = &self.previous_row_names[column as usize]
            && **previous == *text
        {
            return previous.clone();
        }
        let name = self.interned(text);
        self.previous_row_names[column as usize] = Some(name.clone());
        name
    }

    /// The shared names of a partition row's owner. A member owns many partitions, and its rows
    /// are rarely next to each other (a round-robin assignment), so its host and client id are
    /// found by its consumer id: one lookup instead of three.
    pub(crate) fn owner(
        &mut self,
        consumer_id: Option<&str>,
        host: Option<&str>,
        client_id: Option<&str>,
    ) -> Owner {
        let Some(consumer_id) = consumer_id else {
            return Owner {
                consumer_id: None,
                host: host.map(|text| self.row_name(RowName::Host, text)),
                client_id: client_id.map(|text| self.row_name(RowName::ClientId, text)),
            };
        };
        let known = self.owners.get(consumer_id);
        if let Some(known) = known
            && known.is(host, client_id)
        {
            return known.clone();
        }
        // A member id is shared through this map alone: it names one member of one group, so
        // it is not looked for (nor kept) among the other names.
        let consumer_id =
            known.and_then(|known| known.consumer_id.clone()).unwrap_or_else(|| Name::from(consumer_id));
        let owner = Owner {
            consumer_id: Some(consumer_id.clone()),
            host: host.map(|text| self.interned(text)),
            client_id: client_id.map(|text| self.interned(text)),
        };
        self.owners.insert(consumer_id, owner.clone());
        owner
    }

    /// `text`'s entry in `names`, added when new.
    fn interned(&mut self, text: &str) -> Name {
        if let Some(name) = self.names.get(text) {
            return name.clone();
        }
        let name: Name = Name::from(text);
        self.names.insert(name.clone());
        name
    }

    /// Whether a named group was read.
    pub(crate) fn has_group(&self, group: &str) -> bool {
        self.named_index.contains_key(group)
    }

    pub(crate) fn group(&mut self, group: Option<&str>) -> &mut GroupBuilder {
        let Some(name) = group else {
            return self.unnamed.get_or_insert_with(GroupBuilder::default);
        };
        let index = match &self.last_named {
            Some((last, index)) if last == name => *index,
            _ => {
                // The group rows went to until now gave back what the guess reserved too much.
                if let Some((_, last)) = &self.last_named
                    && let Some(last) = self.named.get_mut(*last)
                    && last.partitions.capacity()
                        > last.partitions.len().saturating_mul(2).max(MAX_RESERVED_ROWS / 4)
                {
                    last.partitions.shrink_to_fit();
                    last.partition_lines.shrink_to_fit();
                }
                let index = if let Some(index) = self.named_index.get(name) {
                    *index
                } else {
                    // Groups of one dump are often alike: room for as many rows as the previous
                    // one had (up to a bound) spares a large group the copies of its growth.
                    let previous_rows = self.named.last().map_or(0, |previous| previous.partitions.len());
                    self.named.push(GroupBuilder {
                        partitions: Vec::with_capacity(previous_rows.min(MAX_RESERVED_ROWS)),
                        partition_lines: Vec::with_capacity(previous_rows.min(MAX_RESERVED_ROWS)),
                        ..GroupBuilder::default()
                    });
                    self.named_index.insert(name.to_owned(), self.named.len() - 1);
                    self.named.len() - 1
                };
                self.last_named = Some((name.to_owned(), index));
                index
            }
        };
        &mut self.named[index]
    }

    /// Adds a partition row. A second row for the same partition that adds only unknowns merges
    /// into the first (rpk 21.4 prints every partition twice); one that disagrees replaces it, with
    /// a warning (two snapshots in one paste).
    pub(crate) fn add_partition(
        &mut self,
        line_number: usize,
        group: Option<&str>,
        partition: PartitionOffsets,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let builder = self.group(group);
        let new_index = builder.partitions.len();
        let Some(index) =
            builder.partition_index.get_or_insert(&partition.topic, partition.partition, new_index)
        else {
            builder.push_partition(line_number, partition);
            return;
        };
        self.n_merged_rows += 1;
        let builder = self.group(group);
        let (previous_line, previous) = (&mut builder.partition_lines[index], &mut builder.partitions[index]);
        let conflicts =
            |known: Option<i64>, new: Option<i64>| matches!((known, new), (Some(a), Some(b)) if a != b);
        let disagrees = conflicts(previous.current_offset, partition.current_offset)
            || conflicts(previous.log_end_offset, partition.log_end_offset)
            || conflicts(previous.lag, partition.lag);
        if disagrees {
            let group = group.map_or_else(
                || crate::msg!("diag-group-unnamed"),
                |group| crate::msg!("diag-group-quoted", group = group),
            );
            diagnostics.push(Diagnostic::warning(
                line_number,
                crate::msg!(
                    "diag-partition-replaced",
                    topic = &previous.topic,
                    partition = super::line_arg(previous.partition),
                    group = group,
                    previous_line = super::line_arg(*previous_line)
                ),
            ));
            *previous_line = line_number;
            *previous = partition;
        } else {
            previous.current_offset = previous.current_offset.or(partition.current_offset);
            previous.log_end_offset = previous.log_end_offset.or(partition.log_end_offset);
            previous.lag = previous.lag.or(partition.lag);
            previous.consumer_id = previous.consumer_id.take().or(partition.consumer_id);
            previous.host = previous.host.take().or(partition.host);
            previous.client_id = previous.client_id.take().or(partition.client_id);
        }
    }

    /// Merges facts about one partition from several sources (monitor metrics): known values
    /// replace unknown ones.
    pub(crate) fn merge_partition(
        &mut self,
        line_number: usize,
        group: Option<&str>,
        update: PartitionOffsets,
    ) {
        // Metrics always fill in a record: never replayed (see `absorb`).
        self.n_merged_rows += 1;
        let builder = self.group(group);
        let new_index = builder.partitions.len();
        let index = if let Some(index) =
            builder.partition_index.get_or_insert(&update.topic, update.partition, new_index)
        {
            index
        } else {
            builder.push_partition(line_number, update.clone());
            builder.partitions.len() - 1
        };
        let partition = &mut builder.partitions[index];
        partition.current_offset = update.current_offset.or(partition.current_offset);
        partition.log_end_offset = update.log_end_offset.or(partition.log_end_offset);
        partition.lag = update.lag.or(partition.lag);
        partition.consumer_id = update.consumer_id.or(partition.consumer_id.take());
        partition.host = update.host.or(partition.host.take());
        partition.client_id = update.client_id.or(partition.client_id.take());
    }

    /// Adds a member, merging with one already known by the same id (or, without ids, the same
    /// host and client id).
    pub(crate) fn add_member(&mut self, group: Option<&str>, member: Member) {
        let members = &mut self.group(group).members;
        let same = |known: &Member| match (&known.consumer_id, &member.consumer_id) {
            (Some(known_id), Some(id)) => known_id == id,
            (None, None) => known.host == member.host && known.client_id == member.client_id,
            _ => false,
        };
        if let Some(known) = members.iter_mut().find(|known| same(known)) {
            known.group_instance_id = member.group_instance_id.or(known.group_instance_id.take());
            known.host = member.host.or(known.host.take());
            known.client_id = member.client_id.or(known.client_id.take());
            match (&mut known.assignment, member.assignment) {
                (Some(assignment), Some(more)) if member.n_partitions.is_none() => {
                    assignment.extend(more);
                    assignment.sort();
                    assignment.dedup();
                    known.n_partitions = u32::try_from(assignment.len()).ok();
                }
                (assignment, more) => {
                    if more.is_some() {
                        *assignment = more;
                    }
                    known.n_partitions = member.n_partitions.or(known.n_partitions);
                }
            }
        } else {
            members.push(member);
            return;
        }
        self.n_merged_rows += 1;
    }

    pub(crate) fn add_offset_reset(&mut self, group: Option<&str>, reset: OffsetReset) {
        let key = (reset.topic.clone(), reset.partition);
        if self.group(group).offset_resets.insert(key, reset).is_some() {
            self.n_merged_rows += 1;
        }
    }

    pub(crate) fn add_offset_deletion(&mut self, group: Option<&str>, deletion: OffsetDeletion) {
        self.group(group).offset_deletions.push(deletion);
    }

    /// Every known partition row of `topic`/`partition`, in any group: monitors report log-end
    /// offsets per topic, for every group consuming it.
    pub(crate) fn partitions_of_topic_mut(
        &mut self,
        topic: &str,
        partition: i32,
    ) -> Vec<&mut PartitionOffsets> {
        self.unnamed
            .iter_mut()
            .chain(self.named.iter_mut())
            .flat_map(|group| group.partitions.iter_mut())
            .filter(|offsets| &*offsets.topic == topic && offsets.partition == partition)
            .collect()
    }

    /// Adds what `later` read from the lines right after the ones this builder read, as if this
    /// builder had read them: a group only `later` knows moves over whole; a group both know gets
    /// `later`'s rows replayed in their order, with the warnings that gives. `false` (and nothing
    /// changed) when `later` merged rows, which a replay could not repeat exactly.
    #[must_use]
    pub(crate) fn absorb(&mut self, later: Self, diagnostics: &mut Vec<Diagnostic>) -> bool {
        if later.n_merged_rows > 0 {
            return false;
        }
        let mut later_named: Vec<Option<GroupBuilder>> = later.named.into_iter().map(Some).collect();
        let later_groups = later.unnamed.map(|group| (None, group)).into_iter().chain(
            later.named_index.into_iter().filter_map(|(name, index)| {
                later_named.get_mut(index).and_then(Option::take).map(|group| (Some(name), group))
            }),
        );
        for (name, group) in later_groups {
            let known = match &name {
                None => self.unnamed.is_some(),
                Some(name) => self.has_group(name),
            };
            if !known {
                match name {
                    None => self.unnamed = Some(group),
                    Some(name) => {
                        self.named.push(group);
                        self.named_index.insert(name, self.named.len() - 1);
                    }
                }
                continue;
            }
            let name = name.as_deref();
            for (line_number, partition) in group.partition_lines.into_iter().zip(group.partitions) {
                self.add_partition(line_number, name, partition, diagnostics);
            }
            for member in group.members {
                self.add_member(name, member);
            }
            for reset in group.offset_resets.into_values() {
                self.add_offset_reset(name, reset);
            }
            let facts = self.group(name);
            facts.offset_deletions.extend(group.offset_deletions);
            facts.state = group.state.or(facts.state.take());
            facts.coordinator = group.coordinator.or(facts.coordinator.take());
            facts.assignment_strategy = group.assignment_strategy.or(facts.assignment_strategy.take());
            facts.n_members = group.n_members.or(facts.n_members);
            facts.reported_total_lag = group.reported_total_lag.or(facts.reported_total_lag);
        }
        self.last_named = None;
        true
    }

    pub(crate) fn finish(self) -> Snapshot {
        let mut named: Vec<Option<GroupBuilder>> = self.named.into_iter().map(Some).collect();
        let sorted_named: Vec<(String, GroupBuilder)> = self
            .named_index
            .into_iter()
            .filter_map(|(group, index)| {
                named.get_mut(index).and_then(Option::take).map(|builder| (group, builder))
            })
            .collect();
        let groups = self
            .unnamed
            .map(|builder| (None, builder))
            .into_iter()
            .chain(sorted_named.into_iter().map(|(group, builder)| (Some(group), builder)))
            .map(|(group, builder)| {
                let mut members = builder.members;
                crate::order::sort_by(&mut members, |left, right| {
                    (&left.consumer_id, &left.host, &left.client_id).cmp(&(
                        &right.consumer_id,
                        &right.host,
                        &right.client_id,
                    ))
                });
                let mut partitions = builder.partitions;
                // Tools list partitions in this order already, nearly always.
                if builder.out_of_order {
                    partitions.sort_unstable_by(partition_order);
                }
                GroupSnapshot {
                    group,
                    state: builder.state,
                    coordinator: builder.coordinator,
                    assignment_strategy: builder.assignment_strategy,
                    n_members: builder.n_members,
                    reported_total_lag: builder.reported_total_lag,
                    partitions,
                    members,
                    offset_resets: builder.offset_resets.into_values().collect(),
                    offset_deletions: builder.offset_deletions,
                }
            })
            .collect();
        Snapshot { groups }
    }
}
