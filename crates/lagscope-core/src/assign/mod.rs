//! Rebalance math: every Kafka assignor, computed exactly as Kafka computes it.
//!
//! - Client assignors (the group leader runs them): [`AssignorKind::Range`] (with KIP-881 rack
//!   awareness and co-partitioning), [`AssignorKind::RoundRobin`], [`AssignorKind::Sticky`] and
//!   [`AssignorKind::CooperativeSticky`] (constrained and general builders, generations, owned
//!   partitions, the cooperative revocation step).
//! - Server assignors (KIP-848, the coordinator runs them): [`AssignorKind::Uniform`]
//!   (homogeneous and heterogeneous builders) and [`AssignorKind::ServerRange`].
//!
//! The algorithms follow Apache Kafka at commit `1eb7644349c` (the 4.0 line), including the
//! places where Java decides the result: `String.compareTo` over UTF-16 units, static members
//! sorting first, and `HashMap`/`HashSet` iteration order ([`java`]). The order of
//! [`AssignRequest::members`] is the order in which the group leader (or the coordinator)
//! iterates the subscriptions.
//!
//! [`assign`] answers one request; [`diff`] compares two generations; [`whatif`] turns a parsed
//! dump into a request and asks "what if a member joins, leaves or slows down".

pub mod diff;
pub mod java;
mod problem;
mod range;
mod roundrobin;
mod server_range;
mod sticky;
mod uniform;
pub mod whatif;

use serde::{Deserialize, Serialize};

use crate::l10n::Message;

pub use problem::{Problem, format_partition, parse_partition};

/// Which assignor to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AssignorKind {
    /// The client `RangeAssignor` ("range").
    #[serde(rename = "range")]
    Range,
    /// The client `RoundRobinAssignor` ("roundrobin").
    #[serde(rename = "roundrobin")]
    RoundRobin,
    /// The client `StickyAssignor` ("sticky"), eager protocol.
    #[serde(rename = "sticky")]
    Sticky,
    /// The client `CooperativeStickyAssignor` ("cooperative-sticky").
    #[serde(rename = "cooperative-sticky")]
    CooperativeSticky,
    /// The KIP-848 server `UniformAssignor` ("uniform").
    #[serde(rename = "uniform")]
    Uniform,
    /// The KIP-848 server `RangeAssignor` ("range" on the broker).
    #[serde(rename = "server-range")]
    ServerRange,
}

impl AssignorKind {
    /// Every assignor, in a stable order.
    pub const ALL: [Self; 6] = [
        Self::Range,
        Self::RoundRobin,
        Self::Sticky,
        Self::CooperativeSticky,
        Self::Uniform,
        Self::ServerRange,
    ];

    /// The name used in the JSON contract.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Range => "range",
            Self::RoundRobin => "roundrobin",
            Self::Sticky => "sticky",
            Self::CooperativeSticky => "cooperative-sticky",
            Self::Uniform => "uniform",
            Self::ServerRange => "server-range",
        }
    }
}

/// One member of the group as the assignor sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberSpec {
    /// `member.id`.
    pub member_id: String,
    /// `group.instance.id` (static membership), if any.
    #[serde(default)]
    pub group_instance_id: Option<String>,
    /// `client.rack`, if any (an empty string counts as none, as in Kafka).
    #[serde(default)]
    pub rack: Option<String>,
    /// Subscribed topics.
    pub subscriptions: Vec<String>,
    /// Partitions the member owns, as `topic-partition`: for `sticky` what its user data carries,
    /// for `cooperative-sticky` the subscription's owned partitions, for the server assignors the
    /// member's current assignment.
    #[serde(default)]
    pub owned_partitions: Vec<String>,
    /// The generation those partitions belong to; `None` when unknown (`Optional.empty()`).
    #[serde(default)]
    pub generation: Option<i32>,
    /// `sticky` only: the subscription's own `generationId` field, consulted when two members
    /// claim one partition. Absent: the same as `generation` (a 3.4+ consumer); `null`: none.
    #[serde(default, deserialize_with = "explicit_generation", skip_serializing_if = "Option::is_none")]
    pub subscription_generation: Option<SubscriptionGeneration>,
}

/// The `generationId` field of a sticky member's subscription, when written explicitly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct SubscriptionGeneration(pub Option<i32>);

fn explicit_generation<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<SubscriptionGeneration>, D::Error> {
    Option::<i32>::deserialize(deserializer).map(|generation| Some(SubscriptionGeneration(generation)))
}

/// Options that mirror switches of Kafka's assignor classes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssignOptions {
    /// `AbstractPartitionAssignor.preferRackAwareLogic`, a test-only flag that forces rack-aware
    /// logic even when every partition has a replica on every rack. Always false in production.
    #[serde(default)]
    pub prefer_rack_aware_logic: bool,
    /// The highest generation the leader's sticky assignor instance has seen in earlier
    /// rebalances (`AbstractStickyAssignor.maxGeneration` is a field that is never reset).
    #[serde(default)]
    pub previous_max_generation: Option<i32>,
    /// Server assignors: the `SubscriptionType` the coordinator hands over. Absent: computed as
    /// Kafka does (homogeneous when every subscribed topic has every member as subscriber).
    #[serde(default)]
    pub subscription_type: Option<SubscriptionType>,
}

/// `GroupSpec.subscriptionType()` of the KIP-848 coordinator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SubscriptionType {
    /// Every member subscribes to the same topics.
    Homogeneous,
    /// Subscriptions differ.
    Heterogeneous,
}

/// The input of `lagscope assign`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssignRequest {
    /// The assignor to run.
    pub assignor: AssignorKind,
    /// Every topic in the cluster metadata with its partition count.
    pub topics: std::collections::BTreeMap<String, i32>,
    /// The members, in the order the leader iterates the subscriptions.
    pub members: Vec<MemberSpec>,
    /// Per topic, per partition, the racks of its replicas (client assignors).
    #[serde(default)]
    pub partition_racks: std::collections::BTreeMap<String, Vec<Vec<String>>>,
    /// Topic ids (base64url Kafka Uuids), which the server assignors order topics by.
    #[serde(default)]
    pub topic_ids: std::collections::BTreeMap<String, String>,
    /// Switches of Kafka's assignor classes.
    #[serde(default)]
    pub options: AssignOptions,
}

impl AssignRequest {
    /// A request without racks, topic ids or options.
    #[must_use]
    pub fn new(
        assignor: AssignorKind,
        topics: std::collections::BTreeMap<String, i32>,
        members: Vec<MemberSpec>,
    ) -> Self {
        Self {
            assignor,
            topics,
            members,
            partition_racks: std::collections::BTreeMap::new(),
            topic_ids: std::collections::BTreeMap::new(),
            options: AssignOptions::default(),
        }
    }
}

/// Each member's partitions, in the order of the request's members.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberPartitions(pub Vec<(String, Vec<String>)>);

impl MemberPartitions {
    /// The partitions of one member.
    #[must_use]
    pub fn get(&self, member_id: &str) -> Option<&[String]> {
        self.0.iter().find(|(id, _)| id == member_id).map(|(_, partitions)| partitions.as_slice())
    }
}

impl Serialize for MemberPartitions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (member, partitions) in &self.0 {
            map.serialize_entry(member, partitions)?;
        }
        map.end()
    }
}

/// The answer of an assignor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssignOutcome {
    /// Member → partitions, each list in the order Kafka's assignor returns it (server assignors
    /// return sets: sorted by topic, then partition).
    pub assignment: MemberPartitions,
    /// Member → owned partitions it does not get back.
    pub revoked: MemberPartitions,
    /// Member → partitions it gets and did not own.
    pub added: MemberPartitions,
    /// `cooperative-sticky`: partitions withheld this round because another member still owns
    /// them; they are assigned in the follow-up rebalance.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub withheld: Vec<String>,
    /// Sticky assignors: the highest generation seen, which the leader's assignor remembers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_generation: Option<i32>,
}

/// Why an assignment could not be computed.
#[derive(Debug, Clone, PartialEq)]
pub enum AssignError {
    /// The request itself is malformed (names the member or topic and what was expected).
    Invalid(Message),
    /// Kafka's assignor throws on this input.
    Kafka {
        /// The Java exception class.
        exception: &'static str,
        /// Its message: in English, Kafka's own words.
        message: Message,
    },
}

impl AssignError {
    pub(crate) fn kafka(exception: &'static str, message: Message) -> Self {
        Self::Kafka { exception, message }
    }

    /// What went wrong, for a person (`assign-error-kafka` wraps Kafka's rejections with the
    /// exception class).
    #[must_use]
    pub fn message(&self) -> Message {
        match self {
            Self::Invalid(message) => message.clone(),
            Self::Kafka { exception, message } => {
                crate::msg!("assign-error-kafka", exception = *exception, reason = message.clone())
            }
        }
    }
}

/// In English (logs, tests); a person reads [`AssignError::message`] in their language.
impl std::fmt::Display for AssignError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::l10n::english(&self.message()))
    }
}

impl std::error::Error for AssignError {}

/// Runs the requested assignor.
pub fn assign(request: &AssignRequest) -> Result<AssignOutcome, AssignError> {
    let problem = Problem::new(request)?;
    let solution = solve(&problem)?;
    Ok(problem.outcome(solution.0))
}

/// Reads a request in the JSON contract and runs it; a malformed request is an
/// [`AssignError::Invalid`] naming the line and column.
pub fn assign_json(input: &str) -> Result<AssignOutcome, AssignError> {
    let request: AssignRequest =
        serde_json::from_str(input).map_err(|error| AssignError::Invalid(not_a_request(&error)))?;
    assign(&request)
}

/// `the input is not an assign request: <serde's words, with the line and column>`.
#[must_use]
pub fn not_a_request(error: &serde_json::Error) -> Message {
    crate::msg!("assign-error-not-a-request", detail = error.to_string())
}

/// A partition named by its topic, borrowed from the [`Problem`], and its number: what
/// [`Problem::named`] lists, with no string made per partition. Written `topic-partition`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartitionRef<'a> {
    /// The topic.
    pub topic: &'a str,
    /// The partition number.
    pub partition: i32,
}

impl std::fmt::Display for PartitionRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.topic, self.partition)
    }
}

impl Serialize for PartitionRef<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&problem::format_partition(self.topic, self.partition))
    }
}

/// An assignor's answer in the problem's dense indexes, before names are written out.
#[derive(Debug, Clone)]
pub struct Solution(RawOutcome);

impl Solution {
    /// Per member (in the request's order), its partitions as indexes of the problem.
    pub(crate) fn lists(&self) -> &[Vec<u32>] {
        &self.0.assignment
    }

    /// Partitions assigned in all.
    #[must_use]
    pub fn n_assigned(&self) -> usize {
        self.0.assignment.iter().map(Vec::len).sum()
    }
}

/// Runs the assignor on an indexed problem: the algorithm alone, as Kafka's `assign` call is
/// timed in its own tests (building the subscriptions and reading the result are outside).
pub fn solve(problem: &Problem) -> Result<Solution, AssignError> {
    let raw = match problem.kind {
        AssignorKind::Range => RawOutcome::plain(range::assign(problem)),
        AssignorKind::RoundRobin => RawOutcome::plain(roundrobin::assign(problem)?),
        AssignorKind::Sticky => sticky::assign(problem, false)?,
        AssignorKind::CooperativeSticky => sticky::assign(problem, true)?,
        AssignorKind::Uniform => RawOutcome::plain(uniform::assign(problem)?),
        AssignorKind::ServerRange => RawOutcome::plain(server_range::assign(problem)?),
    };
    Ok(Solution(raw))
}

/// What an assignor returns, in the problem's indexes.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawOutcome {
    /// Per member index, partition indexes in Kafka's list order.
    pub(crate) assignment: Vec<Vec<u32>>,
    /// Partition indexes withheld by the cooperative step.
    pub(crate) withheld: Vec<u32>,
    pub(crate) max_generation: Option<i32>,
}

impl RawOutcome {
    fn plain(assignment: Vec<Vec<u32>>) -> Self {
        Self { assignment, ..Self::default() }
    }
}
