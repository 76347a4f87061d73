//! A request turned into dense indexes: topics ranked by Java's `String.compareTo`, partitions
//! numbered so that their index order is `TopicPartitionComparator` order, members in the
//! leader's iteration order.

use rustc_hash::FxHashMap;

use super::java::{self, Uuid};
use super::{AssignError, AssignOutcome, AssignRequest, MemberPartitions, RawOutcome};
use crate::msg;

/// Sentinel for "no member" / "no partition".
pub(crate) const NONE: u32 = u32::MAX;

/// Splits `topic-partition` at the last `-`.
#[must_use]
pub fn parse_partition(text: &str) -> Option<(&str, i32)> {
    let (topic, partition) = text.rsplit_once('-')?;
    if topic.is_empty() || partition.is_empty() || !partition.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((topic, partition.parse().ok()?))
}

/// Writes `topic-partition`.
#[must_use]
pub fn format_partition(topic: &str, partition: i32) -> String {
    let mut name = String::with_capacity(topic.len() + 11);
    name.push_str(topic);
    name.push('-');
    // `i32`'s digits without the formatting machinery: one name per assigned partition.
    let mut digits = [0_u8; 11];
    let mut start = digits.len();
    let mut rest = partition.unsigned_abs();
    loop {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if partition < 0 {
        name.push('-');
    }
    name.extend(digits[start..].iter().map(|&digit| char::from(digit)));
    name
}

/// Whether `text` is how [`format_partition`] writes its partition (no leading zero), so that it
/// names the same partition as a string as it does as a number.
fn is_canonical_partition_name(text: &str) -> bool {
    text.rsplit_once('-').is_some_and(|(_, digits)| digits == "0" || !digits.starts_with('0'))
}

#[derive(Debug, Clone)]
pub(crate) struct Topic {
    pub(crate) name: String,
    /// Partition count in the metadata; `None` when the topic is not in the metadata.
    pub(crate) n_partitions: Option<u32>,
    /// Index of partition 0 (meaningful when `n_partitions` is at least 1).
    pub(crate) base: u32,
    pub(crate) hash: i32,
    pub(crate) uuid: Uuid,
}

#[derive(Debug, Clone)]
pub(crate) struct Member {
    pub(crate) id: String,
    pub(crate) instance_id: Option<String>,
    /// Rack index, when the member has a non-empty rack.
    pub(crate) rack: Option<u32>,
    /// Subscribed topic indexes, in subscription order, without repeats (existing or not).
    pub(crate) subscriptions: Vec<u32>,
    /// Owned partitions that exist, in the order given.
    pub(crate) owned: Vec<u32>,
    /// Every owned partition as written, for the revoked/added report.
    pub(crate) owned_names: Vec<String>,
    /// For each of `owned_names`, the partition it names when it is written as this problem
    /// writes names (so equal names are equal indexes); `None` otherwise.
    pub(crate) owned_name_index: Vec<Option<u32>>,
    pub(crate) generation: Option<i32>,
    /// The subscription's `generationId` (sticky conflict resolution).
    pub(crate) subscription_generation: Option<i32>,
    pub(crate) hash: i32,
    /// Rank of the member id in `String.compareTo` order.
    pub(crate) id_rank: u32,
}

/// A request in dense indexes.
#[derive(Debug, Clone)]
pub struct Problem {
    pub(crate) kind: super::AssignorKind,
    /// Topics sorted by name (`String.compareTo`): the index is the rank.
    pub(crate) topics: Vec<Topic>,
    /// Partition index → topic index.
    pub(crate) topic_of: Vec<u32>,
    pub(crate) members: Vec<Member>,
    /// Rack names; member and replica racks index into it.
    pub(crate) racks: Vec<String>,
    /// Replica racks of partition `p`: `replica_racks[rack_offsets[p]..rack_offsets[p + 1]]`
    /// (distinct); empty offsets when the request has no replica racks.
    pub(crate) rack_offsets: Vec<u32>,
    pub(crate) replica_racks: Vec<u32>,
    pub(crate) prefer_rack_aware_logic: bool,
    pub(crate) previous_max_generation: Option<i32>,
    pub(crate) subscription_type: Option<super::SubscriptionType>,
}

/// The most partitions a request may hold in all: more than any one group subscribes to, and far
/// below what would exhaust a browser tab's memory (a request of 2 × 2^31 partitions asked for
/// 17 GB before this bound).
const MAX_PARTITIONS: u64 = 2_000_000;

impl Problem {
    /// Validates and indexes a request.
    #[allow(
        clippy::too_many_lines,
        reason = "one pass per part of the request, in order; splitting it scatters the validation"
    )]
    pub fn new(request: &AssignRequest) -> Result<Self, AssignError> {
        let invalid = AssignError::Invalid;
        // Every topic named anywhere, ranked by Java's order.
        let mut names: Vec<&str> = request.topics.keys().map(String::as_str).collect();
        // Members of a group mostly subscribe to the same list: each distinct list in a row once.
        let mut previous: Option<&[String]> = None;
        for member in &request.members {
            if previous != Some(member.subscriptions.as_slice()) {
                names.extend(member.subscriptions.iter().map(String::as_str));
                previous = Some(&member.subscriptions);
            }
        }
        let mut owned_parsed: Vec<Vec<(&str, i32)>> = Vec::with_capacity(request.members.len());
        for member in &request.members {
            let mut parsed = Vec::with_capacity(member.owned_partitions.len());
            for text in &member.owned_partitions {
                let Some((topic, partition)) = parse_partition(text) else {
                    return Err(invalid(msg!(
                        "assign-invalid-owned-partition",
                        member = &member.member_id,
                        partition = text
                    )));
                };
                parsed.push((topic, partition));
                names.push(topic);
            }
            owned_parsed.push(parsed);
        }
        // Members repeat the same subscriptions: only distinct names are sorted.
        let mut distinct: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
        names.retain(|name| distinct.insert(name));
        names.sort_unstable_by(|a, b| java::compare_utf16(a, b));

        let mut topics = Vec::with_capacity(names.len());
        let mut topic_index: FxHashMap<&str, u32> = FxHashMap::default();
        let mut next_base: u64 = 0;
        for (index, name) in names.iter().enumerate() {
            let n_partitions = match request.topics.get(*name) {
                None => None,
                Some(&count) if count < 0 => {
                    return Err(invalid(msg!(
                        "assign-invalid-negative-partitions",
                        topic = *name,
                        count = count
                    )));
                }
                Some(&count) => Some(count as u32),
            };
            let uuid = match request.topic_ids.get(*name) {
                Some(text) => Uuid::parse(text).map_err(invalid)?,
                None => Uuid::derived_from_name(name),
            };
            topics.push(Topic {
                name: (*name).to_owned(),
                n_partitions,
                base: next_base as u32,
                hash: java::string_hash(name),
                uuid,
            });
            next_base += u64::from(n_partitions.unwrap_or(0));
            topic_index.insert(name, index as u32);
        }
        if next_base > MAX_PARTITIONS {
            return Err(invalid(msg!(
                "assign-invalid-too-many-partitions",
                count = next_base,
                limit = MAX_PARTITIONS
            )));
        }
        for topic_id in request.topic_ids.keys() {
            if !topic_index.contains_key(topic_id.as_str()) {
                return Err(invalid(msg!("assign-invalid-unknown-topic-id", topic = topic_id)));
            }
        }
        let total = next_base as usize;
        let mut topic_of = Vec::with_capacity(total);
        for (index, topic) in topics.iter().enumerate() {
            topic_of.extend(std::iter::repeat_n(index as u32, topic.n_partitions.unwrap_or(0) as usize));
        }

        // Racks.
        let mut racks: Vec<String> = Vec::new();
        let mut rack_index: FxHashMap<String, u32> = FxHashMap::default();
        let mut intern_rack = |rack: &str| -> u32 {
            if let Some(&index) = rack_index.get(rack) {
                return index;
            }
            racks.push(rack.to_owned());
            rack_index.insert(rack.to_owned(), (racks.len() - 1) as u32);
            (racks.len() - 1) as u32
        };
        let mut rack_offsets = Vec::new();
        let mut replica_racks = Vec::new();
        if !request.partition_racks.is_empty() {
            let mut per_partition: Vec<Vec<u32>> = vec![Vec::new(); total];
            for (topic_name, partitions) in &request.partition_racks {
                let topic = topic_index
                    .get(topic_name.as_str())
                    .map(|&index| &topics[index as usize])
                    .filter(|topic| topic.n_partitions.is_some())
                    .ok_or_else(|| invalid(msg!("assign-invalid-racks-unknown-topic", topic = topic_name)))?;
                let count = topic.n_partitions.unwrap_or(0) as usize;
                if partitions.len() != count {
                    return Err(invalid(msg!(
                        "assign-invalid-racks-count",
                        topic = topic_name,
                        listed = partitions.len(),
                        count = count
                    )));
                }
                for (partition, replica_list) in partitions.iter().enumerate() {
                    let slot = &mut per_partition[topic.base as usize + partition];
                    for rack in replica_list {
                        let rack = intern_rack(rack);
                        if !slot.contains(&rack) {
                            slot.push(rack);
                        }
                    }
                }
            }
            rack_offsets.reserve(total + 1);
            rack_offsets.push(0);
            for slot in per_partition {
                replica_racks.extend(slot);
                rack_offsets.push(replica_racks.len() as u32);
            }
        }

        // Members.
        let mut members = Vec::with_capacity(request.members.len());
        let mut seen: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
        let mut subscribed_by: Vec<usize> = vec![usize::MAX; topics.len()];
        let mut previous_subscriptions: Option<(&[String], Vec<u32>)> = None;
        for (spec, parsed) in request.members.iter().zip(owned_parsed) {
            if !seen.insert(spec.member_id.as_str()) {
                return Err(invalid(msg!("assign-invalid-duplicate-member", member = &spec.member_id)));
            }
            // The previous member's list again (the usual case) reuses its indexes.
            let subscriptions = match &previous_subscriptions {
                Some((names, indexes)) if *names == spec.subscriptions.as_slice() => indexes.clone(),
                _ => {
                    let mut indexes: Vec<u32> = Vec::with_capacity(spec.subscriptions.len());
                    for topic in &spec.subscriptions {
                        let index = topic_index[topic.as_str()];
                        // The member's mark on the topic: each topic once, in its first place.
                        let mark = &mut subscribed_by[index as usize];
                        if *mark != members.len() {
                            *mark = members.len();
                            indexes.push(index);
                        }
                    }
                    previous_subscriptions = Some((spec.subscriptions.as_slice(), indexes.clone()));
                    indexes
                }
            };
            let mut owned = Vec::with_capacity(parsed.len());
            let mut owned_name_index = Vec::with_capacity(parsed.len());
            for ((topic_name, partition), text) in parsed.into_iter().zip(&spec.owned_partitions) {
                let topic = &topics[topic_index[topic_name] as usize];
                if let Some(count) = topic.n_partitions {
                    if partition as u32 >= count {
                        return Err(invalid(msg!(
                            "assign-invalid-owned-out-of-range",
                            member = &spec.member_id,
                            partition = format_partition(topic_name, partition),
                            topic = topic_name,
                            count = count
                        )));
                    }
                    owned.push(topic.base + partition as u32);
                    owned_name_index
                        .push(is_canonical_partition_name(text).then_some(topic.base + partition as u32));
                    continue;
                }
                owned_name_index.push(None);
            }
            let rack = spec.rack.as_deref().filter(|rack| !rack.is_empty()).map(&mut intern_rack);
            let subscription_generation = match spec.subscription_generation {
                Some(super::SubscriptionGeneration(explicit)) => explicit,
                None => spec.generation,
            };
            members.push(Member {
                id: spec.member_id.clone(),
                instance_id: spec.group_instance_id.clone(),
                rack,
                subscriptions,
                owned,
                owned_names: spec.owned_partitions.clone(),
                owned_name_index,
                generation: spec.generation.filter(|generation| *generation >= 0),
                subscription_generation: subscription_generation.filter(|generation| *generation >= 0),
                hash: java::string_hash(&spec.member_id),
                id_rank: 0,
            });
        }
        let mut by_id: Vec<usize> = (0..members.len()).collect();
        by_id.sort_by(|&a, &b| java::compare_utf16(&members[a].id, &members[b].id));
        for (rank, index) in by_id.into_iter().enumerate() {
            members[index].id_rank = rank as u32;
        }

        Ok(Self {
            kind: request.assignor,
            topics,
            topic_of,
            members,
            racks,
            rack_offsets,
            replica_racks,
            prefer_rack_aware_logic: request.options.prefer_rack_aware_logic,
            previous_max_generation: request.options.previous_max_generation,
            subscription_type: request.options.subscription_type,
        })
    }

    /// Number of partitions of every topic in the metadata.
    #[must_use]
    pub fn n_partitions(&self) -> usize {
        self.topic_of.len()
    }

    /// Topic index and partition number of a partition index.
    pub(crate) fn split(&self, partition: u32) -> (u32, u32) {
        let topic = self.topic_of[partition as usize];
        (topic, partition - self.topics[topic as usize].base)
    }

    /// The topic and number of a partition index.
    pub(crate) fn partition_ref(&self, partition: u32) -> super::PartitionRef<'_> {
        let (topic, number) = self.split(partition);
        super::PartitionRef { topic: &self.topics[topic as usize].name, partition: number.cast_signed() }
    }

    pub(crate) fn name_of(&self, partition: u32) -> String {
        let named = self.partition_ref(partition);
        format_partition(named.topic, named.partition)
    }

    /// Each member's partitions, named by topic and number (borrowed from this problem: no string
    /// per partition), in the order of the request's members; the answer of a Kafka assignor's
    /// `assign` call, which [`super::assign`] then writes out with the revoked/added report.
    #[must_use]
    pub fn named(&self, solution: &super::Solution) -> Vec<(&str, Vec<super::PartitionRef<'_>>)> {
        self.members
            .iter()
            .zip(solution.lists())
            .map(|(member, partitions)| {
                (member.id.as_str(), partitions.iter().map(|&p| self.partition_ref(p)).collect())
            })
            .collect()
    }

    /// Partition count of a topic that exists with at least one partition.
    pub(crate) fn partitions_of(&self, topic: u32) -> Option<std::ops::Range<u32>> {
        let topic = &self.topics[topic as usize];
        match topic.n_partitions {
            Some(count) if count > 0 => Some(topic.base..topic.base + count),
            _ => None,
        }
    }

    /// `partitionsPerTopic` as the client's `AbstractPartitionAssignor.assign(Cluster, …)` builds
    /// it: topics someone subscribes to that exist with at least one partition, in the iteration
    /// order of that `HashMap` (built from the `HashSet` of subscribed topics).
    pub(crate) fn client_topics_in_hash_order(&self) -> Vec<u32> {
        let mut first_seen: Vec<u32> = Vec::new();
        let mut seen = vec![false; self.topics.len()];
        for member in &self.members {
            for &topic in &member.subscriptions {
                if !seen[topic as usize] {
                    seen[topic as usize] = true;
                    first_seen.push(topic);
                }
            }
        }
        let hashes: Vec<i32> = first_seen.iter().map(|&t| self.topics[t as usize].hash).collect();
        let set_order: Vec<u32> =
            java::iteration_order(&hashes, 16).into_iter().map(|i| first_seen[i]).collect();
        let existing: Vec<u32> = set_order.into_iter().filter(|&t| self.partitions_of(t).is_some()).collect();
        let hashes: Vec<i32> = existing.iter().map(|&t| self.topics[t as usize].hash).collect();
        java::iteration_order(&hashes, 16).into_iter().map(|i| existing[i]).collect()
    }

    /// Whether some member subscribes to the topic and it exists with partitions.
    pub(crate) fn client_topic_mask(&self) -> Vec<bool> {
        let mut mask = vec![false; self.topics.len()];
        for member in &self.members {
            for &topic in &member.subscriptions {
                if self.partitions_of(topic).is_some() {
                    mask[topic as usize] = true;
                }
            }
        }
        mask
    }

    /// Distinct replica racks of a partition (empty when unknown).
    pub(crate) fn racks_of(&self, partition: u32) -> &[u32] {
        if self.rack_offsets.is_empty() {
            return &[];
        }
        let start = self.rack_offsets[partition as usize] as usize;
        let end = self.rack_offsets[partition as usize + 1] as usize;
        &self.replica_racks[start..end]
    }

    /// `MemberInfo.compareTo`: static members first (by instance id), then by member id.
    pub(crate) fn member_info_order(&self, a: usize, b: usize) -> std::cmp::Ordering {
        let (left, right) = (&self.members[a], &self.members[b]);
        match (&left.instance_id, &right.instance_id) {
            (Some(x), Some(y)) => java::compare_utf16(x, y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => left.id_rank.cmp(&right.id_rank),
        }
    }

    /// The coordinator's `SubscriptionType`: homogeneous when every subscribed topic has every
    /// member as a subscriber (a group without subscriptions counts as homogeneous).
    pub(crate) fn is_homogeneous(&self) -> bool {
        if let Some(kind) = self.subscription_type {
            return kind == super::SubscriptionType::Homogeneous;
        }
        let mut subscribers = vec![0_usize; self.topics.len()];
        for member in &self.members {
            for &topic in &member.subscriptions {
                subscribers[topic as usize] += 1;
            }
        }
        subscribers.iter().all(|&count| count == 0 || count == self.members.len())
    }

    /// Server assignors: each partition's current owner; two members holding one partition is a
    /// state the coordinator never has, so it is refused.
    pub(crate) fn current_owners(&self) -> Result<Vec<u32>, AssignError> {
        let mut owners = vec![NONE; self.n_partitions()];
        for (index, member) in self.members.iter().enumerate() {
            for &partition in &member.owned {
                let slot = &mut owners[partition as usize];
                if *slot != NONE && *slot != index as u32 {
                    return Err(AssignError::Invalid(msg!(
                        "assign-invalid-two-owners",
                        partition = self.name_of(partition),
                        first = &self.members[*slot as usize].id,
                        second = &member.id
                    )));
                }
                *slot = index as u32;
            }
        }
        Ok(owners)
    }

    /// Per member, its partitions as a sorted list (the server assignors return sets).
    pub(crate) fn lists_from_owners(&self, owners: &[u32]) -> Vec<Vec<u32>> {
        let mut lists = vec![Vec::new(); self.members.len()];
        for (partition, &owner) in owners.iter().enumerate() {
            if owner != NONE {
                lists[owner as usize].push(partition as u32);
            }
        }
        lists
    }

    /// Turns index lists into the contract's names, with the revoked/added report.
    pub(crate) fn outcome(&self, raw: RawOutcome) -> AssignOutcome {
        let mut assignment = Vec::with_capacity(self.members.len());
        let mut revoked = Vec::with_capacity(self.members.len());
        let mut added = Vec::with_capacity(self.members.len());
        // Compared as partition indexes: each owned name that names its partition as this problem
        // writes it is that index; another spelling names no assigned partition.
        let mut assigned_to: Vec<u32> = vec![NONE; self.n_partitions()];
        for (index, partitions) in raw.assignment.iter().enumerate() {
            for &partition in partitions {
                assigned_to[partition as usize] = index as u32;
            }
        }
        for (index, (member, partitions)) in self.members.iter().zip(&raw.assignment).enumerate() {
            let names: Vec<String> = partitions.iter().map(|&p| self.name_of(p)).collect();
            let mut owned: Vec<u32> = member.owned_name_index.iter().flatten().copied().collect();
            owned.sort_unstable();
            let mut lost: Vec<String> = member
                .owned_names
                .iter()
                .zip(&member.owned_name_index)
                .filter(|(_, partition)| partition.is_none_or(|p| assigned_to[p as usize] != index as u32))
                .map(|(name, _)| name.clone())
                .collect();
            lost.dedup();
            let gained: Vec<String> = partitions
                .iter()
                .zip(&names)
                .filter(|(partition, _)| owned.binary_search(partition).is_err())
                .map(|(_, name)| name.clone())
                .collect();
            revoked.push((member.id.clone(), lost));
            added.push((member.id.clone(), gained));
            assignment.push((member.id.clone(), names));
        }
        let mut withheld: Vec<u32> = raw.withheld;
        withheld.sort_unstable();
        AssignOutcome {
            assignment: MemberPartitions(assignment),
            revoked: MemberPartitions(revoked),
            added: MemberPartitions(added),
            withheld: withheld.into_iter().map(|p| self.name_of(p)).collect(),
            max_generation: raw.max_generation,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assign::{AssignRequest, AssignorKind, MemberSpec, assign};

    #[test]
    fn partition_names_are_written_as_java_writes_them() {
        for (partition, expected) in
            [(0, "t-0"), (7, "t-7"), (10, "t-10"), (i32::MAX, "t-2147483647"), (i32::MIN, "t--2147483648")]
        {
            assert_eq!(format_partition("t", partition), expected);
        }
        assert!(is_canonical_partition_name("a-b-0") && is_canonical_partition_name("t-10"));
        assert!(!is_canonical_partition_name("t-01"));
    }

    #[test]
    fn named_partitions_are_the_outcomes_names() {
        let topics: std::collections::BTreeMap<String, i32> =
            [("orders".to_owned(), 3), ("refunds".to_owned(), 2)].into_iter().collect();
        let member = |id: &str| MemberSpec {
            member_id: id.to_owned(),
            subscriptions: vec!["orders".to_owned(), "refunds".to_owned()],
            ..MemberSpec::default()
        };
        for kind in AssignorKind::ALL {
            let request = AssignRequest::new(kind, topics.clone(), vec![member("a"), member("b")]);
            let problem = Problem::new(&request).expect("valid");
            let solution = crate::assign::solve(&problem).expect("assigns");
            let named: Vec<(String, Vec<String>)> = problem
                .named(&solution)
                .into_iter()
                .map(|(id, partitions)| (id.to_owned(), partitions.iter().map(ToString::to_string).collect()))
                .collect();
            assert_eq!(named, assign(&request).expect("assigns").assignment.0, "{}", kind.name());
        }
    }

    /// An owned partition written another way (`t-01`) is not the assigned `t-1` as a string:
    /// revoked and added, as the names compare.
    #[test]
    fn owned_names_compare_as_written() {
        let topics = [("t".to_owned(), 2)].into_iter().collect();
        let member = |id: &str, owned: &[&str]| MemberSpec {
            member_id: id.to_owned(),
            subscriptions: vec!["t".to_owned()],
            owned_partitions: owned.iter().map(|name| (*name).to_owned()).collect(),
            generation: Some(1),
            ..MemberSpec::default()
        };
        let request = AssignRequest::new(
            AssignorKind::Range,
            topics,
            vec![member("a", &["t-0"]), member("b", &["t-01"])],
        );
        let outcome = assign(&request).expect("assigns");
        assert_eq!(outcome.assignment.get("b"), Some(&["t-1".to_owned()][..]));
        assert_eq!(outcome.revoked.get("a"), Some(&[][..]));
        assert_eq!(outcome.added.get("a"), Some(&[][..]));
        assert_eq!(outcome.revoked.get("b"), Some(&["t-01".to_owned()][..]));
        assert_eq!(outcome.added.get("b"), Some(&["t-1".to_owned()][..]));
    }
}
