## findings: the findings' titles and summaries (finding-), the rules' documentation (rule-<id>-what|why|evidence|next), evidence labels (evidence-<key>), consumer settings (config-)

# Pieces the findings share.
# Nothing: an optional clause that does not apply (empty in every language).
finding-none =
finding-unnamed-group = (unnamed group)
finding-drain-at-own-rate = , { $duration } of work at its own rate
finding-on-host = {" "}on { $host }

# slow-host
finding-slow-host-capped-title = { $host } is the bottleneck: capped near { $peak }
finding-slow-host-capped-summary = { $host } never processed more than { $peak } (mean { $mean }) while its peers peaked at { $peers_peak }: it runs at about { $share } of their rate.{ $peers_finished }
finding-slow-host-peers-finished = {" "}{ $peers } processed their share early and then almost nothing (last interval under 5% of their peak): they ran out of work while { $host } kept going, so { $host } is the bottleneck, not them.
finding-slow-host-peak-title = { $host } is the bottleneck in { $group }: it never consumed more than { $peak }/s while its peers peaked at { $peers_peak }/s
finding-slow-host-slower-title = { $host } consumes { $times }× slower than its peers in { $group }
finding-slow-host-nothing-title = { $host } consumes nothing while its peers consume { $peers_rate }/s in { $group }
finding-slow-host-series-summary = { $host } consumed { $rate } records/s over { $partitions } partitions while its peers' median was { $peers_rate }/s; it holds { $lag } of the group's lag ({ $share }){ $drain }.{ $fastest }
finding-slow-host-fastest = {" "}Its fastest interval was { $peak }/s against its peers' median peak of { $peers_peak }/s{ $peers_went_quiet ->
    [yes] : the peers drained their share and went quiet, so they are not the problem.
   *[no] .
}

# slow-member
finding-slow-member-slower-title = member { $member } is { $times }× slower than its peers
finding-slow-member-nothing-title = member { $member } consumes nothing while its peers consume { $peers_rate }/s per partition
finding-slow-member-summary = { $member } ({ $partitions } partitions{ $on_host }) consumed { $rate } records/s per partition while its peers' median was { $peers_rate }; it has { $lag } records of lag{ $drain }.

# lag-concentrated
finding-holder-host = { $name }
finding-holder-member = member { $name }
finding-holder-topic = topic { $name }
finding-lag-concentrated-title = { $holder } holds { $share } of the lag of { $group }
finding-lag-concentrated-summary = { $holder } has { $partitions } of { $group_partitions } partitions ({ $partition_share }) but { $lag } of the group's { $group_lag } records of lag ({ $lag_share }).

# stale-group
finding-stale-group-title = { $group } consumed nothing for { $span }
finding-stale-group-summary = No committed offset of { $group } moved on any of its { $partitions } partitions over { $span }, with { $lag } records of lag.

# Burrow's verdicts: consumer-stopped, consumer-stalled, offset-rewind, lag-not-decreasing.
finding-consumer-stopped-title = { $count } partition(s) of { $group } stopped committing
finding-consumer-stalled-title = { $count } partition(s) of { $group } are stalled
finding-offset-rewind-title = { $count } partition(s) of { $group } rewound their offsets
finding-lag-not-decreasing-title = { $count } partition(s) of { $group } are falling behind
finding-burrow-summary = Burrow's rules give { $status } on { $partitions }: { $detail }

# under-provisioned
finding-under-provisioned-title = { $group } consumes { $consume }/s while { $produce }/s are produced
finding-under-provisioned-summary = The group falls behind by { $deficit } records/s.{ $needs }
finding-under-provisioned-needs = {" "}At { $rate }/s per member it needs { $needed } members{ $capped ->
    [yes] , more than its { $partitions } partitions allow: add partitions or make processing faster.
   *[no] {" "}(it has { $members }; { $partitions } partitions allow up to { $partitions }).
}

# poll-timeout-storm
finding-poll-timeout-storm-title = all { $members } members left { $group } max.poll.interval.ms ({ $interval }) after joining, { $storms ->
    [1] once
   *[other] { $storms } times
}
finding-poll-timeout-storm-summary = The members appeared between { $joined_after } and { $joined_by } and were all gone between { $left_after } and { $left_by }: a stay of { $stay_min }–{ $stay_max }, which brackets max.poll.interval.ms = { $interval }. Members that leave together one interval after a rebalance did not call poll() in time: a batch (max.poll.records × time per record, or one hung call) outlasts the interval, the group rebalances, and the batch is processed again.{ $lag_story }
finding-poll-timeout-storm-lag = {" "}The group's lag went from { $before } to { $lowest } while they were in, and was { $after } after they left.
finding-poll-timeout-config-title = a full batch takes { $batch }, more than max.poll.interval.ms ({ $interval })
finding-poll-timeout-config-summary = { $records } records × { $per_record_ms } ms = { $batch_ms } ms per poll, ≥ max.poll.interval.ms = { $interval_ms } ms: each member that gets a full batch leaves the group { $interval } after the rebalance, and the group rebalances again. Set max.poll.records to { $safe } or less (half the interval at this speed), or raise the interval.

# unassigned-lag
finding-unassigned-lag-empty-title = { $group } has no active members and { $lag } records of lag
finding-unassigned-lag-title = { $count } partitions of { $group } have lag and no owner
finding-unassigned-lag-summary = { $count } partition(s) with { $lag } records of lag are owned by no member{ $empty ->
    [yes] {" "}(the group is Empty)
   *[no] {""}
}: nothing is consuming them.

# rebalancing
finding-rebalancing-title = { $group } is rebalancing ({ $state })
finding-rebalancing-summary = { $group } was in { $state } when the dump was taken: its members are not consuming until the rebalance ends.

# membership-changes
finding-membership-changes-title = { $group }'s members changed { $changes } times in { $span }
finding-membership-changes-summary = Between samples, { $left } member ids left and { $joined } joined, in { $changes } separate changes: { $is_static ->
    [yes] up to
   *[no] at least
} { $changes } rebalances.{ $pattern }{ $is_static ->
    [yes] {" "}The members are static (group.instance.id): one that returns within session.timeout.ms gets a new member id without a rebalance, so these changes may have cost none.
   *[no] {""}
}
finding-membership-changes-rolling = {" "}Each change touched one host ({ $hosts } in turn), as a rolling restart does.
finding-membership-changes-one-host = {" "}Every change was on { $hosts }: restarts or a crash loop of that host.

# hot-partition
finding-hot-partition-lag-title = { $partition } holds { $share } of { $topic }'s lag in { $group }
finding-hot-partition-lag-summary = { $partition } has { $lag } records of lag while the median partition of { $topic } has { $median }: a hot key is the usual cause.
finding-hot-partition-writes-title = { $partition } receives { $share } of { $topic }'s writes in { $group }
finding-hot-partition-writes-summary = { $partition } is written at { $rate } records/s while the median partition of { $topic } gets { $median }/s: a hot key is the usual cause, and one member has to keep up with it alone.

# assignment-imbalance
finding-assignment-imbalance-title = { $members } members of { $group } own { $fewest } to { $most } partitions
finding-assignment-imbalance-summary = { $busiest } owns { $most } partitions while { $idlest } owns { $fewest }.

# idle-members
finding-idle-members-title = idle members in { $group }
finding-idle-members-surplus = { $members } members share { $partitions } partitions: at least { $idle } of them have nothing to consume.
finding-idle-members-without = { $count } member(s) own no partition.
finding-idle-members-threads = { $threads } consumer threads are configured (instances × concurrency) for { $partitions } partitions: { $idle } of them will always be idle.
finding-idle-members-both = { $first } { $second }

# committed-ahead
finding-committed-ahead-title = { $count } partition(s) of { $group } committed past the log end
finding-committed-ahead-summary = { $group } has committed offsets beyond the log end on { $partitions }.

# lag-mismatch
finding-lag-mismatch-title = { $count } row(s) of { $group } print a LAG their offsets do not give
finding-lag-mismatch-summary = Printed LAG ≠ LOG-END-OFFSET − CURRENT-OFFSET on { $partitions }.

# Consumer settings (`--config KEY=VALUE`, the web app's settings form).
config-expected = { $key }: expected { $expected }, found "{ $value }"
config-a-whole-number = a whole number
config-milliseconds = milliseconds
config-true-or-false = true or false
config-non-negative-milliseconds = a non-negative number of milliseconds
config-unknown-setting = unknown setting "{ $setting }": expected max.poll.records, max.poll.interval.ms, session.timeout.ms, enable.auto.commit, concurrency, instances or processing.ms.per.record

# The rules' documentation, in catalogue order.
# slow-host
rule-slow-host-what = A host whose consumers process far fewer records than their peers: at most half the peers' median rate (per-host counts per hour, or consume rates from a series), or whose fastest interval is at most half the peers' median fastest interval while it still holds lag.
rule-slow-host-why = The group is only as fast as its slowest member: the partitions on that host fall behind while the others finish early and sit idle, so the lag (and the delay users see) is the slow host's alone. Peers that drain their share and go quiet can look broken when they are the healthy ones.
rule-slow-host-evidence = Per host: its peak and mean rate, the peers' median peak rate, whether the peers ran out of work (their last interval under 5% of their peak), and, from a series, its share of the lag and the time to drain at its rate.
rule-slow-host-next = On that host: processing time per record (an external call, a slow disk, GC), CPU and thread limits (`concurrency`), CommitFailedException or rebalance logs, and whether it runs a different build or configuration. Compare `max.poll.records` × processing time with `max.poll.interval.ms`.
# slow-member
rule-slow-member-what = A member (one consumer thread or client) whose partitions are consumed at most half as fast as the median member of its group, while it has lag (from a series).
rule-slow-member-why = One slow consumer thread holds back every partition assigned to it even when its host is fine: a stuck thread, a partition with expensive records, or a member that keeps rejoining.
rule-slow-member-evidence = The member's consume rate and the peers' median rate, its partitions, its lag and the time to drain at its rate.
rule-slow-member-next = Find that member's thread in the application (client id), look at what it processes (the records on its partitions) and at its logs for retries, errors and rebalances.
# lag-concentrated
rule-lag-concentrated-what = One host, member or topic holds at least half of a group's lag while having a clearly smaller share of its partitions (lag share ≥ 1.5 × partition share), in a group spread over two or more of them. A member is left out when its host's finding already names exactly its partitions (one member per host). Off for a grouping in which any partition's lag is unknown (`-`).
rule-lag-concentrated-why = Lag that piles up on one host points at that host (slow processing, a stuck thread, a bad deploy) or at its partitions (a hot key), not at the group's size: adding consumers will not help.
rule-lag-concentrated-evidence = Per host, member and topic at the snapshot: lag, share of the group's lag, partitions owned, share of partitions.
rule-lag-concentrated-next = Compare that host's consume rate with its peers over time (paste a few snapshots with `date` lines), then its processing time, threads and logs; if its partitions are the busy ones, look at key skew.
# stale-group
rule-stale-group-what = A group whose committed offsets did not move on any partition over the whole series while it had lag.
rule-stale-group-why = Nothing in the group is being consumed (or nothing is being committed): every consumer is down, stuck, or out of the group, and every record waits.
rule-stale-group-evidence = The series' span, the number of partitions, and the group's lag at the end.
rule-stale-group-next = Check that the consumers run and are in the group (state, members view); look for a rebalance loop or a poll loop blocked on an external call.
# consumer-stopped
rule-consumer-stopped-what = Partitions Burrow calls STOP: the time since the last commit is longer than the window's span, and the consumer was not caught up at any recent broker offset.
rule-consumer-stopped-why = The consumer is gone or hung: nothing is being committed while the lag stands, so nothing is being processed (or processing is not committed).
rule-consumer-stopped-evidence = Each partition's last commit time, the window span, the recent broker offsets and Burrow's numbers.
rule-consumer-stopped-next = Is the consumer process alive? Look for a rebalance that left these partitions without a working owner, a hung poll loop (an external call without a timeout), or a consumer that stopped committing (enable.auto.commit=false without commits).
# consumer-stalled
rule-consumer-stalled-what = Partitions Burrow calls STALL: the consumer keeps committing the same offset while there is lag.
rule-consumer-stalled-why = The consumer is alive (it commits) but makes no progress: usually one record that fails and is retried forever, or a poll loop that re-reads the same batch after each rebalance.
rule-consumer-stalled-evidence = The committed offsets over the window (all equal), the lag, and Burrow's numbers.
rule-consumer-stalled-next = Look at the record at the committed offset (a poison message), retry and error handling, and rebalances that happen before the batch is committed.
# offset-rewind
rule-offset-rewind-what = Partitions Burrow calls REWIND: a committed offset went backwards and the consumer has not yet come back to where it was.
rule-offset-rewind-why = The group is re-reading records it had already processed: duplicates downstream, and lag that is not new.
rule-offset-rewind-evidence = The offset before and after the rewind, and Burrow's numbers.
rule-offset-rewind-next = Look for an offset reset (kafka-consumer-groups --reset-offsets, auto.offset.reset after an out-of-range offset) or a consumer that committed an old position after a rebalance.
# lag-not-decreasing
rule-lag-not-decreasing-what = Partitions Burrow calls WARN: the consumer moves forward but its lag never decreases over the window.
rule-lag-not-decreasing-why = The consumer is slower than its producers: the delay keeps growing until load drops, and alerts on lag will fire.
rule-lag-not-decreasing-evidence = The commit lags over the window, and Burrow's numbers.
rule-lag-not-decreasing-next = Compare consume and produce rates; check processing time per record, max.poll.records, the number of consumers against the partition count, and whether one host is slower than the rest.
# under-provisioned
rule-under-provisioned-what = A group whose total consume rate is below its total produce rate over a series, so its lag grows.
rule-under-provisioned-why = If every member keeps pace with its peers but the group as a whole is slower than the producers, the group needs more consumers (or faster ones), up to one per partition.
rule-under-provisioned-evidence = The group's consume and produce rates, the members' average rate, the members needed at that rate, and the partition count that caps the useful number of members.
rule-under-provisioned-next = Add consumers up to the partition count; beyond it, add partitions (with the key distribution in mind) or make each record cheaper (batching, fewer external calls).
# poll-timeout-storm
rule-poll-timeout-storm-what = A poll loop that cannot finish a batch within `max.poll.interval.ms`: `max.poll.records` × processing time per record reaches the interval (from the configuration given); or, in a series of snapshots, every member leaving the group at once `max.poll.interval.ms` after the members appeared (the configured interval, else Kafka's default of 300 s, within the sampling interval).
rule-poll-timeout-storm-why = A consumer that does not call poll() within `max.poll.interval.ms` leaves the group: every member that processes a full batch leaves at the same time, the group rebalances, the uncommitted batch is processed again by someone else, and the cycle repeats every interval (the LeaveGroup storm of `shared/seeds/002`).
rule-poll-timeout-storm-evidence = `max.poll.records`, the processing time per record, the time a full batch takes, `max.poll.interval.ms`, and the largest `max.poll.records` that fits with headroom; from a series, when the members appeared and left (each bounded by the samples around it), how many members left, and how many times it happened.
rule-poll-timeout-storm-next = Lower `max.poll.records` to the safe value (or below), raise `max.poll.interval.ms`, and bound the time of each record: external calls need timeouts; one hung call makes one batch exceed any interval.
# unassigned-lag
rule-unassigned-lag-what = Partitions whose lag is above zero while no member owns them (CONSUMER-ID `-`), including a group with no active members at all.
rule-unassigned-lag-why = Nobody is reading those partitions: their lag only grows until a member joins and is assigned them.
rule-unassigned-lag-evidence = The partitions without an owner, their lag, and the group's state.
rule-unassigned-lag-next = Are the consumers running and subscribed to these topics? An Empty group means every member left (crash, deploy, max.poll.interval.ms exceeded); a Stable group with unowned partitions means the subscription or the assignor leaves them out.
# rebalancing
rule-rebalancing-what = A group the dump shows in a rebalance (PreparingRebalance, CompletingRebalance, or the tool's "is rebalancing" warning; Assigning or Reconciling with KIP-848).
rule-rebalancing-why = During an eager rebalance no member consumes; repeated rebalances (members leaving on max.poll.interval.ms, deploys, crashes) stop consumption again and again and re-process uncommitted work.
rule-rebalancing-evidence = The group's state as the dump printed it: a state view, an rpk summary, or the tool's rebalancing warning.
rule-rebalancing-next = Take a few snapshots: a group that is always rebalancing points at members leaving (poll loop too slow, session timeouts, crash loops). Consider cooperative-sticky or static membership for deploys.
# membership-changes
rule-membership-changes-what = A series of dumps in which the set of member ids owning partitions changed at least twice: members left, joined or were replaced between samples (samples taken during a rebalance, without owners, are skipped over).
rule-membership-changes-why = Every change of members is at least one rebalance. With the classic eager protocol each one stops every member until all have rejoined, and uncommitted work is processed again; a rolling restart of N instances costs about 2N rebalances with dynamic members, where a blue-green switch costs one and static membership (a restart within `session.timeout.ms`) none.
rule-membership-changes-evidence = Each change: the samples around it, the members before and after, how many member ids left and joined, and their hosts; whether the changes moved one host at a time.
rule-membership-changes-next = Match the changes with deploys, autoscaling and crash logs. For deploys: `group.instance.id` (static membership) with restarts shorter than `session.timeout.ms`, `cooperative-sticky` or the KIP-848 protocol so only moved partitions pause, or a blue-green switch. Members that leave on their own point at `max.poll.interval.ms` or session timeouts.
# hot-partition
rule-hot-partition-what = A partition whose lag is at least five times the median lag of its topic's partitions in the group and holds at least 30% of the topic's lag (topics with three or more partitions), unless its host has other such partitions (then the host is the likelier cause). With a series, also a partition whose produce rate is at least five times the median of its topic's partitions and takes at least 30% of the topic's writes.
rule-hot-partition-why = Keys hash to partitions: a hot key (one tenant, one device, a null key with a sticky partitioner) piles records onto one partition, and since a partition is consumed by one member at a time, adding members does not help it.
rule-hot-partition-evidence = The partition's lag, the median lag of its topic's partitions, and its share of the topic's lag; from a series, its produce rate, the topic's median produce rate and its share of the writes.
rule-hot-partition-next = Look at the key distribution of that topic (which keys land on that partition); spread hot keys (salting, a better key), or give that partition's owner more capacity.
# assignment-imbalance
rule-assignment-imbalance-what = Members owning partition counts that differ by two or more (from the partition owners of an offsets view, or the members view's #PARTITIONS).
rule-assignment-imbalance-why = The range assignor hands out each topic's partitions separately, so with several topics the first members get one extra partition per topic; the busiest member then limits the group.
rule-assignment-imbalance-evidence = Partitions per member: the most, the fewest, and who has them.
rule-assignment-imbalance-next = Consider the cooperative-sticky (or round-robin) assignor for multi-topic subscriptions, or partition counts that divide evenly by the number of consumers.
# idle-members
rule-idle-members-what = Members that own no partition (`#PARTITIONS 0`), more members than the group has partitions, or, from the configuration (`instances`, with `concurrency` defaulting to 1), more consumer threads than partitions even when the snapshot lists no members.
rule-idle-members-why = A partition is consumed by one member of a group at a time, so members beyond the partition count wait idle: scaling out past it adds no throughput, and `concurrency` × instances above it wastes threads.
rule-idle-members-evidence = The members listed with no partitions; the member count, and the configured threads (instances × concurrency), against the partition count.
rule-idle-members-next = Match `concurrency` × instances to the partition count, or add partitions if more parallelism is needed (and check the key distribution first).
# committed-ahead
rule-committed-ahead-what = Partitions whose committed offset is beyond their log-end offset (negative lag).
rule-committed-ahead-why = A consumer cannot have read records that do not exist: either the log was truncated or recreated (unclean leader election, topic deleted and recreated, retention on a compacted topic) and the group will skip or re-read data, or the dump's offsets were read at different moments.
rule-committed-ahead-evidence = The partitions, their committed and log-end offsets.
rule-committed-ahead-next = Check for an unclean leader election or a recreated topic; `auto.offset.reset` decides what the consumer does next. Take another snapshot to rule out a timing artefact.
# lag-mismatch
rule-lag-mismatch-what = Rows whose printed LAG differs from LOG-END-OFFSET − CURRENT-OFFSET.
rule-lag-mismatch-why = The tool computes LAG from the two offsets, so a difference means the paste was edited, merged from several runs, or produced by another tool with its own definition; totals built on it may mislead.
rule-lag-mismatch-evidence = Each row's printed lag and the lag its offsets give.
rule-lag-mismatch-next = Re-run the command and paste its output unedited; lagscope keeps the printed value.

# Evidence labels: what each number of a finding measures (its unit is shown with the value).
evidence-joined-after-ms = joined after
evidence-joined-by-ms = joined by
evidence-left-after-ms = left after
evidence-left-by-ms = left by
evidence-from-ms = from
evidence-to-ms = to
evidence-span-ms = span
evidence-max-poll-interval-ms = max.poll.interval.ms
evidence-batch-ms = time of a full batch
evidence-processing-ms-per-record = processing time per record
evidence-drain-seconds-at-its-rate = time to drain at its rate
evidence-produce-per-s = produce rate
evidence-consume-per-s = consume rate
evidence-topic-median-produce-per-s = topic's median produce rate
evidence-peers-median-peak-per-s = peers' median peak rate
evidence-peers-median-consume-per-s = peers' median consume rate
evidence-peak-consume-per-s = peak consume rate
evidence-consume-per-s-per-partition = consume rate per partition
evidence-consume-per-member-per-s = consume rate per member
evidence-peers-median-per-partition = peers' median rate per partition
evidence-peak-per-hour = peak per hour
evidence-mean-per-hour = mean per hour
evidence-peers-median-peak-per-hour = peers' median peak per hour
evidence-host = host
evidence-topic = topic
evidence-member = member
evidence-partition = partition
evidence-state = group state
evidence-burrow-status = Burrow status
evidence-burrow-rule = Burrow's deciding rule
evidence-hosts = hosts
evidence-members-without-partitions = members without partitions
evidence-unowned-partitions = partitions without an owner
evidence-most-partitions = most partitions of a member
evidence-fewest-partitions = fewest partitions of a member
evidence-peers-went-quiet = peers went quiet
evidence-peers-ran-out-of-work = peers ran out of work
evidence-one-host-at-a-time = one host at a time
evidence-static-members = static members
evidence-capped-by-partitions = capped by the partition count
evidence-max-poll-interval-ms-is-default = max.poll.interval.ms is Kafka's default
evidence-max-poll-records-is-default = max.poll.records is Kafka's default
evidence-concurrency-is-default = concurrency is the default (1)
evidence-changes = changes
evidence-rows = rows
evidence-current-offset = current offset
evidence-log-end-offset = log-end offset
evidence-partitions = partitions
evidence-lag = lag
evidence-members = members
evidence-unowned-lag = lag without an owner
evidence-topic-median-lag = topic's median lag
evidence-storms = times it happened
evidence-safe-max-poll-records = safe max.poll.records
evidence-max-poll-records = max.poll.records
evidence-n-left = member ids that left
evidence-n-joined = member ids that joined
evidence-n-changes = changes
evidence-n-before = members before
evidence-n-after = members after
evidence-members-needed = members needed
evidence-lowest-lag-while-joined = lowest lag while they were in
evidence-lag-before-join = lag before they joined
evidence-lag-after-leave = lag after they left
evidence-group-partitions = group's partitions
evidence-group-lag = group's lag
evidence-first-interval = first interval
evidence-peers-first-interval = peers' first interval
evidence-configured-threads = configured threads
evidence-printed-lag = printed lag
evidence-computed-lag = lag from the offsets
evidence-members-left = members that left
evidence-share-of-lag = share of the lag
evidence-share-of-topic-produce = share of the topic's writes
evidence-share-of-topic-lag = share of the topic's lag
evidence-share-of-partitions = share of the partitions
