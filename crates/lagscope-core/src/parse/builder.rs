//! Collects what the parsers read, per group, and emits a [`Snapshot`] in a stable order.
//!
//! Views of one group (offsets, members, state) merge here. Repeated strings are interned so that
//! large dumps share one allocation per distinct topic, member, host and client id.

use std::collections::BTreeMap;
#[allow(
    clippy::disallowed_types,
    reason = "the interner is only looked up, never iterated"
)]
use std::collections::HashMap;

use crate::diagnostic::Diagnostic;
use crate::model::{
    GroupSnapshot, GroupState, Member, Name, OffsetDeletion, OffsetReset, PartitionOffsets, Snapshot,
};

#[derive(Default)]
pub(crate) struct SnapshotBuilder {
    /// The group of dumps that do not name it (pre-2.3 layouts without `--group` on a pasted command line).
    unnamed: Option<GroupBuilder>,
    named: BTreeMap<String, GroupBuilder>,
    // Only looked up, never iterated, so its order cannot leak into the output.
    #[allow(
        clippy::disallowed_types,
        reason = "an interner is only looked up, never iterated"
    )]
    names: HashMap<Box<str>, Name>,
}

#[derive(Default)]
pub(crate) struct GroupBuilder {
    pub(crate) state: Option<GroupState>,
    pub(crate) coordinator: Option<String>,
    pub(crate) assignment_strategy: Option<String>,
    pub(crate) n_members: Option<u32>,
    /// Keyed by (topic, partition); the value remembers the line that gave it.
    partitions: BTreeMap<(Name, i32), (usize, PartitionOffsets)>,
    members: Vec<Member>,
    offset_resets: BTreeMap<(Name, i32), OffsetReset>,
    offset_deletions: Vec<OffsetDeletion>,
}

impl SnapshotBuilder {
    /// The one shared copy of `text`.
    pub(crate) fn name(&mut self, text: &str) -> Name {
        if let Some(name) = self.names.get(text) {
            return name.clone();
        }
        let name: Name = Name::from(text);
        self.names.insert(text.into(), name.clone());
        name
    }

    pub(crate) fn group(&mut self, group: Option<&str>) -> &mut GroupBuilder {
        let Some(name) = group else {
            return self.unnamed.get_or_insert_with(GroupBuilder::default);
        };
        // Look up by reference first: most rows belong to a group already seen.
        if !self.named.contains_key(name) {
            self.named.insert(name.to_owned(), GroupBuilder::default());
        }
        self.named.get_mut(name).expect("the group was inserted above")
    }

    /// Adds a partition row; a second row for the same partition replaces the first, with a warning.
    pub(crate) fn add_partition(
        &mut self,
        line_number: usize,
        group: Option<&str>,
        partition: PartitionOffsets,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let key = (partition.topic.clone(), partition.partition);
        let previous = self.group(group).partitions.insert(key, (line_number, partition));
        if let Some((previous_line, previous)) = previous {
            let group = group.map_or_else(|| "(unnamed)".to_owned(), |group| format!("'{group}'"));
            diagnostics.push(Diagnostic::warning(
                line_number,
                format!(
                    "partition {}-{} of group {group} was already given on line {previous_line}; this row replaces it",
                    previous.topic, previous.partition
                ),
            ));
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
        let key = (update.topic.clone(), update.partition);
        let entry = self
            .group(group)
            .partitions
            .entry(key)
            .or_insert_with(|| (line_number, update.clone()));
        let partition = &mut entry.1;
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
        }
    }

    pub(crate) fn add_offset_reset(&mut self, group: Option<&str>, reset: OffsetReset) {
        let key = (reset.topic.clone(), reset.partition);
        self.group(group).offset_resets.insert(key, reset);
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
            .chain(self.named.values_mut())
            .flat_map(|group| group.partitions.values_mut())
            .map(|(_, offsets)| offsets)
            .filter(|offsets| &*offsets.topic == topic && offsets.partition == partition)
            .collect()
    }

    pub(crate) fn finish(self) -> Snapshot {
        let groups = self
            .unnamed
            .map(|builder| (None, builder))
            .into_iter()
            .chain(
                self.named
                    .into_iter()
                    .map(|(group, builder)| (Some(group), builder)),
            )
            .map(|(group, builder)| {
                let mut members = builder.members;
                members.sort_by(|left, right| {
                    (&left.consumer_id, &left.host, &left.client_id).cmp(&(
                        &right.consumer_id,
                        &right.host,
                        &right.client_id,
                    ))
                });
                GroupSnapshot {
                    group,
                    state: builder.state,
                    coordinator: builder.coordinator,
                    assignment_strategy: builder.assignment_strategy,
                    n_members: builder.n_members,
                    partitions: builder
                        .partitions
                        .into_values()
                        .map(|(_, partition)| partition)
                        .collect(),
                    members,
                    offset_resets: builder.offset_resets.into_values().collect(),
                    offset_deletions: builder.offset_deletions,
                }
            })
            .collect();
        Snapshot { groups }
    }
}
