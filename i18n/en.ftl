# lagscope in English. Every id here exists in ko.ftl with the same arguments (tests/l10n.rs).

unknown = unknown

## analysis
# Lag over time: the series readers, what an input was read as, Burrow's verdicts, lag in
# seconds and the CLI's analysis summary.

# Series readers: what a line of a time-based input could not give.
series-csv-expected-series-time-value = expected Series, Time and Value cells
series-csv-not-a-row = not a CSV row: { $error }
series-csv-row-cut-short = this row has { $found } of the header's { $expected } columns: the series it lacks are unknown at its time
series-value-out-of-range = { $column }: { $value } is no offset or lag a partition can have (0 to 2^53): kept unknown
series-csv-expected-time-in-column = expected a time in column "{ $column }"
series-csv-expected-partition = expected an integer partition
series-labels-missing = series "{ $series }" has no topic and partition labels
series-expected-time-found = expected a time, found "{ $found }"
series-host-table-expected-moment = expected a date and an hour (or a time) in the first columns
series-host-table-expected-host = expected a host name in the first column
series-msk-expected-time = expected a time stamp in the first column
series-prometheus-bad-point = { $topic } partition { $partition }, point { $point }: expected [seconds since the epoch, "value"]; the point is left out
series-prometheus-value-out-of-range = { $topic } partition { $partition }, point { $point }: { $value } is beyond any offset or lag (more than 2^53); taken as unknown
series-prometheus-error = Prometheus answered with an error: { $error ->
    [unknown] unknown error
   *[other] { $error }
}
series-dumps-before-first-stamp = these lines come before the first time stamp, so they have no time: expected a `date` line first

# What a time-based input was read as.
series-format-prometheus = Prometheus query_range JSON
series-format-host-table = host × hour table
series-format-msk = Amazon MSK CloudWatch CSV
series-format-lag-csv = lag CSV
series-format-grafana-wide = Grafana wide CSV
series-format-grafana-long = Grafana long CSV
series-format-timed-dumps = dumps between time stamps

# What an input without time stamps was read as.
workbench-read-as-binary = a binary file (not text)
text-binary-input = this is a binary file (an archive, an image, a program), not text: nothing was read from it. Unpack it, or paste the text it holds.
workbench-read-as-single-snapshot-tool-hint = a single snapshot: { $tool } · { $hint }
workbench-read-as-single-snapshot-tool = a single snapshot: { $tool }
workbench-read-as-single-snapshot-unknown = a single snapshot (no known format)
workbench-read-as-snapshot-at = a snapshot at { $time }
workbench-read-as-logs = Kafka logs: { $events } events in { $lines } lines
workbench-logs-dated-by-name = { $lines ->
    [one] This line gives a time of day but no date
   *[other] { $lines } lines give a time of day but no date (this is the first)
}: placed on { $date }, the date in the file's name.
workbench-logs-dated-by-inputs = { $lines ->
    [one] This line gives a time of day but no date
   *[other] { $lines } lines give a time of day but no date (this is the first)
}: placed on the day nearest the other inputs' start, { $time }.
workbench-logs-undated = { $lines ->
    [one] This line gives a time of day but no date, and no line or other input gives the date: its events are left off the timeline. Paste a dated line with it
   *[other] { $lines } lines give a time of day but no date (this is the first), and no line or other input gives the date: their events are left off the timeline. Paste a dated line with them
}, name the file by its date (app.2024-06-30.log), or add lag data with timestamps.

# Burrow's partition rules: which one decided, with the numbers it compared. Burrow's statuses
# (OK, WARN, STOP, STALL, REWIND) and its settings (minimum-complete) keep their names.
burrow-no-commits = the window holds no commits
burrow-incomplete = complete { $complete } < minimum-complete { $minimum_complete }: Burrow leaves incomplete windows OK
burrow-lag-within-allowed = current lag { $current_lag } ≤ allowed lag { $allowed_lag }
burrow-stop = now − last commit = { $since_last_commit } > last − first commit = { $span }, and no recent broker offset ({ $broker_offsets ->
    [0] none
   *[other] { $broker_offsets }
}) is ≤ the last committed offset { $last_offset }
burrow-rewind = offset { $offset } < previous { $previous } at the window's commit { $index }, and no later commit reached { $previous } again
burrow-lag-zero-in-window = a commit in the window had lag ≤ allowed lag { $allowed_lag }
burrow-stall = all { $count } commits are at offset { $offset } while the lag is { $current_lag }
burrow-lag-not-decreasing = the commit lags never decrease: { $lags }
burrow-ok = not stopped (now − last { $since_last_commit } ≤ span { $span }, or caught up recently), no rewind, offsets move and the lag decreases somewhere

# Lag in seconds.
time-lag-exact = { $duration }
time-lag-at-least = ≥ { $duration }

# `lagscope analyze` without --json: how each input was read, then the analysis in lines.
analyze-read-as = { $name }: read as { $read_as }
analyze-read-as-untimed = { $name }: read as { $read_as } (no time stamps: rates and Burrow verdicts need several; put `date` lines between dumps or give --at TIME per file)
analyze-samples = { $count ->
    [one] { $count } sample
   *[other] { $count } samples
}
analyze-unnamed-group = (unnamed)
analyze-host-throughput = host { $host } processed { $total } ({ $share } of all)  first interval { $first }  last { $last }  peak { $peak }  mean { $mean }
analyze-group = { $group }  Burrow: { $status }  lag { $first_lag } → { $last_lag }  consumed { $consumed }  produced { $produced }
analyze-group-host = host { $host } { $partitions ->
    [one] { $partitions } partition
   *[other] { $partitions } partitions
}  lag { $lag }  ({ $share } of the group's)  consumed { $consumed }
analyze-reported = reported { $metric } { $series }: { $first } → { $last } (max { $max })
analyze-partition = { $partition } { $status } lag { $first_lag } → { $last_lag }  consumed { $consumed }  produced { $produced }  behind { $behind }  { $rule }

## assign: the assignors' errors, the what-if and the offset-reset planner

# Kafka's assignors reject the input: the exception class and Kafka's own message.
assign-error-kafka = { $exception }: { $reason }
assign-error-not-json = the input is not JSON: { $detail }
assign-error-not-a-request = the input is not an assign request: { $detail }
assign-kafka-circular-iterator-empty = CircularIterator can only be used on non-empty lists
assign-kafka-no-unfilled-consumers = No more unfilled consumers to be assigned.
assign-kafka-iterator-remove-without-next = iterator remove without next
assign-kafka-over-min-quota-not-reached = We haven't reached the expected number of members with more than the minQuota partitions, but no more partitions to be assigned
assign-kafka-min-quota-not-reached = Consumer: [{ $member }] doesn't reach minQuota partitions, and no more partitions to be assigned
assign-kafka-divide-by-zero = / by zero
assign-kafka-partition-without-consumer = partition { $partition } has no consumer during reassignment
assign-kafka-previous-owner-set-aside = the previous owner { $member } of { $partition } is set aside from reassignment
assign-kafka-non-existent-topic = Member is subscribed to a non-existent topic
assign-kafka-topic-not-in-metadata = Members are subscribed to topic { $topic_id } which doesn't exist in the topic metadata.
assign-kafka-partitions-left-unassigned = Partitions were left unassigned

# A request that is not well formed.
assign-invalid-owned-partition = member "{ $member }": owned partition "{ $partition }" is not `topic-partition` (e.g. "orders-0")
assign-invalid-negative-partitions = topic "{ $topic }" has { $count } partitions; expected 0 or more
assign-invalid-too-many-partitions = { $count } partitions in all; at most { $limit } are supported
assign-invalid-topic-id-length = topic id "{ $topic_id }" is not a Kafka Uuid (22 base64url characters, got { $length })
assign-invalid-topic-id-character = topic id "{ $topic_id }" has '{ $character }', which is not a base64url character
assign-invalid-unknown-topic-id = topic_ids names "{ $topic }", which is neither in topics nor subscribed to
assign-invalid-racks-unknown-topic = partition_racks names topic "{ $topic }", which is not in topics
assign-invalid-racks-count = partition_racks["{ $topic }"] lists { $listed } partitions; the topic has { $count }
assign-invalid-duplicate-member = member "{ $member }" is listed twice; member ids are unique
assign-invalid-owned-out-of-range = member "{ $member }" owns { $partition }, but "{ $topic }" has { $count } partitions
assign-invalid-two-owners = { $partition } is in the current assignment of both "{ $first }" and "{ $second }"; the coordinator never holds such a state

# What-if: the question does not fit the group.
whatif-error-already-member = member "{ $member }" is already in the group
whatif-error-remove-unknown = no member "{ $member }" in the group to remove
whatif-error-slow-factor = slow-down factor { $factor } for "{ $member }": expected a number greater than 0 (0.5 = half speed)
whatif-error-slow-unknown = no member "{ $member }" in the group to slow down
whatif-error-no-members = the group has no members in the dump (nobody owns a partition): add a member to see an assignment

# What-if: what a dump does not say.
whatif-assumed-subscriptions = every member subscribes to every topic the dump shows
whatif-assumed-partition-counts = each topic has as many partitions as the dump shows (highest partition + 1)
whatif-assumed-member-order = members are iterated in the order the dump lists them, and all are in generation 1

# What the move costs under each rebalance protocol ($round, $session_timeout, $restart, $heartbeat: durations).
whatif-cost-eager = every member revokes all its partitions before rejoining: { $paused } partitions stop for one { $round } round
whatif-cost-cooperative = { $transferring } partitions move between members: revoked after the first round, assigned in a second; { $first_round } partitions of departed or new ownership are assigned in the first round; the rest keep consuming
whatif-cost-static-within-session = { $restarting } restarting members come back with the same group.instance.id within session.timeout.ms ({ $session_timeout }): no rebalance; their { $bounced } partitions wait { $restart }
whatif-cost-static-outlasts-session = a restart of { $restart } outlasts session.timeout.ms ({ $session_timeout }): each restarting member is removed and rejoins, two rebalances each
whatif-cost-consumer = one group-epoch bump; { $paused } partitions are released by their owner and taken by the new owner within about one { $heartbeat } heartbeat; other members are not interrupted

# `lagscope what-if` (the command line's summary).
whatif-cli-unknown-assignor = --assignor { $assignor }: expected range, roundrobin, sticky, cooperative-sticky, uniform or server-range
whatif-cli-slow-format = --slow { $entry }: expected MEMBER_ID=FACTOR
whatif-cli-slow-not-a-number = --slow { $entry }: "{ $factor }" is not a number (0.5 = half speed)
whatif-cli-assignor = assignor: { $assignor }
whatif-cli-presence-stayed = Stayed
whatif-cli-presence-joined = Joined
whatif-cli-presence-left = Left
whatif-cli-member-line = { $member } { $presence }  keeps { $kept }  loses { $revoked }  gains { $added }  inherits lag { $lag }
whatif-cli-cost-line = { $protocol } rebalances { $rebalances }  partitions paused { $paused }  longest pause { $longest }  ({ $explanation })
whatif-cli-withheld = withheld until the follow-up rebalance: { $partitions }
whatif-cli-protocol-eager = Eager
whatif-cli-protocol-cooperative = Cooperative
whatif-cli-protocol-static = Static
whatif-cli-protocol-consumer = Consumer
whatif-cli-bottleneck = slowest to drain: { $member }
whatif-cli-assumed = assumed: { $assumption }

# The Assignment view (web).
whatif-ui-heading = Assignment: what if…
whatif-ui-group = Group
whatif-ui-unnamed-group = (group not named in the dump)
whatif-ui-assignor = Assignor
whatif-ui-new-member = New member id
whatif-ui-add = Add member
whatif-ui-member = Member
whatif-ui-remove = Remove it
whatif-ui-speed = speed ×
whatif-ui-slow = Slow it down
whatif-ui-start-over = Start over
whatif-ui-result-title = { $assignor } · { $moved } partitions move, { $kept } stay
whatif-ui-status = Status
whatif-ui-keeps = Keeps
whatif-ui-loses = Loses
whatif-ui-gains = Gains
whatif-ui-inherits-lag = Inherits lag
whatif-ui-lag-after = Lag after
whatif-ui-presence-stayed = stayed
whatif-ui-presence-joined = joined
whatif-ui-presence-left = left
whatif-ui-withheld = Withheld until the follow-up rebalance: { $partitions }
whatif-ui-bottleneck = Slowest to drain: { $member }
whatif-ui-costs-title = What the rebalance costs, per protocol
whatif-ui-protocol = Protocol
whatif-ui-rebalances = Rebalances
whatif-ui-paused-partitions = Paused partitions
whatif-ui-longest-pause = Longest pause
whatif-ui-how = How
whatif-ui-protocol-eager = eager
whatif-ui-protocol-cooperative = cooperative
whatif-ui-protocol-static = static
whatif-ui-protocol-consumer = consumer
whatif-ui-stop-the-world = every member stops
whatif-ui-assumed = assumed: { $assumption }

# The offset-reset planner: why a figure is unknown or estimated.
reset-note-earliest = the log-start offset is not in the dump: everything retained is replayed
reset-note-past-log-end = { $offset } is past the log end; Kafka sets { $end }
reset-note-datetime-estimated = estimated from the log-end offsets of the series; Kafka looks the time up in the log
reset-note-datetime-beyond-series = the series does not reach this time: Kafka looks it up in the log
reset-note-no-commit = no committed offset: the group starts here

# The offset-reset planner (web).
reset-ui-title = Offset-reset planner
reset-ui-close = Close
reset-ui-move-to = Move to
reset-ui-to-latest = latest (skip the lag)
reset-ui-to-earliest = earliest (replay all)
reset-ui-to-offset = an offset
reset-ui-shift-by = shift by N
reset-ui-to-datetime = a date and time (UTC)
reset-ui-value = Value
reset-ui-topics = Topics (empty: all)
reset-ui-bad-value = Enter a whole number (or, for a date, ISO 8601 such as 2026-03-14T10:00:00Z).
reset-ui-totals = skipped: { $skipped } · replayed: { $replayed }
reset-ui-group-active = The group has active members: Kafka refuses to reset it until they stop.
reset-ui-topic = Topic
reset-ui-partition = Partition
reset-ui-now = Now
reset-ui-after = After
reset-ui-skipped = Skipped
reset-ui-replayed = Replayed
reset-ui-note = Note
reset-ui-showing-first = Showing the first { $shown } / { $total }
ui-show-more-rows = Show { $count } more

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
finding-slow-host-series-summary = { $host } consumed { $rate } records/s over { $partitions ->
    [one] 1 partition
   *[other] { $partitions } partitions
} while its peers' median was { $peers_rate }/s; it holds { $lag } of the group's lag ({ $share }){ $drain }.{ $fastest }
finding-slow-host-fastest = {" "}Its fastest interval was { $peak }/s against its peers' median peak of { $peers_peak }/s{ $peers_went_quiet ->
    [yes] : the peers drained their share and went quiet, so they are not the problem.
   *[no] .
}

# slow-member
finding-slow-member-slower-title = member { $member } is { $times }× slower than its peers
finding-slow-member-nothing-title = member { $member } consumes nothing while its peers consume { $peers_rate }/s per partition
finding-slow-member-summary = { $member } ({ $partitions ->
    [one] 1 partition
   *[other] { $partitions } partitions
}{ $on_host }) consumed { $rate } records/s per partition while its peers' median was { $peers_rate }; it has { $lag } records of lag{ $drain }.

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
finding-consumer-stopped-title = { $count ->
    [one] 1 partition
   *[other] { $count } partitions
} of { $group } stopped committing
finding-consumer-stalled-title = { $count ->
    [one] 1 partition
   *[other] { $count } partitions
} of { $group } { $count ->
    [one] is
   *[other] are
} stalled
finding-offset-rewind-title = { $count ->
    [one] 1 partition
   *[other] { $count } partitions
} of { $group } rewound { $count ->
    [one] its offset
   *[other] their offsets
}
finding-lag-not-decreasing-title = { $count ->
    [one] 1 partition
   *[other] { $count } partitions
} of { $group } { $count ->
    [one] is
   *[other] are
} falling behind
finding-burrow-summary = Burrow's rules give { $status } on { $partitions }{ $count ->
    [one] : { $detail }
   *[other] ; on { $first }, for one: { $detail }
}

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
finding-poll-timeout-config-title = a full batch takes { $batch }, at least max.poll.interval.ms ({ $interval })
finding-poll-timeout-config-summary = { $records } records × { $per_record_ms } ms = { $batch_ms } ms per poll, ≥ max.poll.interval.ms = { $interval_ms } ms: each member that gets a full batch leaves the group { $interval } after the rebalance, and the group rebalances again. Set max.poll.records to { $safe } or less (half the interval at this speed), or raise the interval.

finding-poll-timeout-storm-logs-title = { $members } { $members ->
    [1] member
   *[other] members
} left { $group } for a poll timeout, in { $storms ->
    [1] one storm
   *[other] { $storms } storms
}
finding-poll-timeout-storm-logs-summary = The largest storm: { $largest } { $largest ->
    [1] member
   *[other] members
} left between { $start } and { $end }{ $n_hosts ->
    [0] {""}
   *[other] , on { $hosts }
}.{ $stay } A consumer that does not call poll() within max.poll.interval.ms { $protocol ->
    [consumer] leaves the group with a heartbeat (KIP-848) and stays out until its next poll()
   *[other] sends LeaveGroup
}: the group rebalances, and the batch it had not committed is processed again by the member that gets its partitions.
finding-poll-timeout-storm-logs-stay = {" "}They had joined { $stay_min }–{ $stay_max } before (max.poll.interval.ms = { $interval }).

# host-commit-failures
finding-clock-skew-broker = the broker
finding-clock-skew-title = { $kind ->
    [zone] { $host }'s log times are { $offset } { $direction ->
        [ahead] ahead of
       *[behind] behind
    } the other hosts': a time zone, not a clock
   *[clock] { $host }'s clock is { $offset } { $direction ->
        [ahead] ahead of
       *[behind] behind
    } the other hosts'
}
finding-clock-skew-summary = Measured on { $generations } { $generations ->
    [one] rebalance
   *[other] rebalances
}: when a rebalance's join phase completes, the coordinator answers every member's JoinGroup at once, so every host's "Successfully joined group with generation N" line, and the broker's "Stabilized group … generation N", carry the same moment give or take milliseconds. { $host }'s lines sit { $offset } { $direction ->
    [ahead] ahead of
   *[behind] behind
} the others'. { $kind ->
    [zone] That is a whole number of quarter hours: its log is most likely written in local time without an offset, which lagscope reads as UTC, so its lines sit that far off in the timeline.
   *[clock] The timeline keeps each line's own time: read the order of events across hosts, and how long rebalances took, with that offset in mind.
}
finding-host-commit-failures-title = only { $host } fails to commit offsets: { $count } failures
finding-host-commit-failures-summary = { $host } logged { $count } failed commits between { $first } and { $last } ({ $errors }); its { $n_peers ->
    [1] peer
   *[other] { $n_peers } peers
} ({ $peers }) logged { $peer_count }. A commit fails when the member's partitions have already gone to another member: its poll loop outran max.poll.interval.ms, or the coordinator removed it, so what it processed since its last commit is processed again. Compare this host's processing time, resources and configuration with its peers'.

# session-timeout-removals
finding-session-timeout-removals-title = the coordinator removed { $count } { $count ->
    [1] member
   *[other] members
} of { $group } for missing heartbeats
finding-session-timeout-removals-summary = Between { $first } and { $last } the group coordinator removed { $members }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
} because no heartbeat arrived within session.timeout.ms. A member that shuts down cleanly sends LeaveGroup; a removed one crashed, was killed or paused (a long GC, a frozen host), and its partitions waited for the session timeout before moving.

# slow-rebalance
finding-slow-rebalance-title = { $slow } of { $total } { $total ->
    [1] rebalance
   *[other] rebalances
} of { $group } took long: the longest { $longest }
finding-slow-rebalance-summary = { $protocol ->
    [consumer] The rebalance to epoch { $generation } ran from { $start } to { $end }: { $duration } before its { $members } members had all reconciled their assignments at that epoch. Under the KIP-848 protocol only the partitions that moved waited meanwhile; each member reconciles at its own heartbeat and gives up partitions only at its next poll().
   *[other] The rebalance to generation { $generation } ran from { $start } to { $end }: { $duration } before its { $members } members had all joined, and the partitions they had revoked were consumed by nobody meanwhile.
}{ $held_up }
finding-slow-rebalance-held-up = {" "}It waited for { $member }, which rejoined { $late } after the member before it: a member rejoins only at its next poll(), so a long batch in its poll loop holds the whole group.

# deploy-rebalances
finding-deploy-rebalances-title = a deploy rebalanced { $group } { $rebalances } times ({ $closed } { $closed ->
    [1] consumer
   *[other] consumers
} restarted)
finding-deploy-rebalances-summary = { $closed } { $closed ->
    [1] consumer
   *[other] consumers
} { $n_hosts ->
    [0] {""}
    [1] on 1 host{" "}
   *[other] on { $n_hosts } hosts{" "}
}closed between { $start } and { $end }, and the group went through { $rebalances } rebalances until { $settled }. { $protocol ->
    [consumer] Under the KIP-848 consumer protocol every restarted member bumps the group epoch twice, as it leaves and as it joins, but only the members whose partitions move pause.
   *[other] With the classic protocol every restarted member costs two: its LeaveGroup, then its JoinGroup; with eager assignors every member stops consuming in each.
}

# lag-during-rebalances
finding-lag-during-rebalances-title = { $group }'s lag rose from { $before } to { $after } while it rebalanced { $rebalances } times
finding-lag-during-rebalances-summary = The logs show { $rebalances } rebalances between { $start } and { $end }; the lag was { $before } at { $before_at } and { $after } at { $after_at }. In each rebalance the members that revoke partitions stop consuming them (every member with eager assignors), so a group that keeps rebalancing falls behind whatever its throughput.

# unassigned-lag
finding-unassigned-lag-empty-title = { $group } has no active members and { $lag } records of lag
finding-unassigned-lag-title = { $count ->
    [one] 1 partition of { $group } has lag and no owner
   *[other] { $count } partitions of { $group } have lag and no owner
}
finding-unassigned-lag-summary = { $count ->
    [one] 1 partition holding
   *[other] { $count } partitions holding
} { $lag } records of lag in all { $count ->
    [one] is
   *[other] are
} owned by no member{ $empty ->
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
finding-idle-members-without = { $count ->
    [one] 1 member owns
   *[other] { $count } members own
} no partition.
finding-idle-members-threads = { $threads } consumer threads are configured (instances × concurrency) for { $partitions } partitions: { $idle } of them will always be idle.
finding-idle-members-both = { $first } { $second }

# committed-ahead
finding-committed-ahead-title = { $count ->
    [one] 1 partition
   *[other] { $count } partitions
} of { $group } committed past the log end
finding-committed-ahead-summary = { $group } has committed offsets beyond the log end on { $partitions }.

# lag-mismatch
finding-lag-mismatch-title = { $count ->
    [one] 1 row of { $group } prints a LAG its offsets do not give
   *[other] { $count } rows of { $group } print a LAG their offsets do not give
}
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
rule-poll-timeout-storm-what = A poll loop that cannot finish a batch within `max.poll.interval.ms`: `max.poll.records` × processing time per record reaches the interval (from the configuration given); or, in a series of snapshots, every member leaving the group at once `max.poll.interval.ms` after the members appeared (the configured interval, else Kafka's default of 300 s, within the sampling interval); or, in consumer logs, members sending LeaveGroup because the poll timeout expired, counted per storm (leaves less than a minute apart).
rule-poll-timeout-storm-why = A consumer that does not call poll() within `max.poll.interval.ms` leaves the group: every member that processes a full batch leaves at the same time, the group rebalances, the uncommitted batch is processed again by someone else, and the cycle repeats every interval (the LeaveGroup storm of `shared/seeds/002`).
rule-poll-timeout-storm-evidence = `max.poll.records`, the processing time per record, the time a full batch takes, `max.poll.interval.ms`, and the largest `max.poll.records` that fits with headroom; from a series, when the members appeared and left (each bounded by the samples around it), how many members left, and how many times it happened; from logs, the members that left for a poll timeout, the storms, the hosts, and how long each member had been in the group.
rule-poll-timeout-storm-next = Lower `max.poll.records` to the safe value (or below), raise `max.poll.interval.ms`, and bound the time of each record: external calls need timeouts; one hung call makes one batch exceed any interval.
# host-commit-failures
rule-clock-skew-what = A host whose log times sit a second or more away from the other hosts' for the same rebalances: its clock runs ahead or behind, or, by a whole number of quarter hours, its log is in another time zone.
rule-clock-skew-why = The timeline orders lines by their own times. With one host's clock off, events across hosts can appear in the wrong order, and a rebalance can look longer or shorter than it was; a log written in local time without its offset lands hours away from the others.
rule-clock-skew-evidence = For each generation, the time every consumer host logged "Successfully joined group with generation N" and the broker logged "Stabilized group … generation N": the coordinator answers all members' JoinGroup at once (GroupCoordinator.onCompleteJoin; GroupMetadataManager.completeClassicGroupJoin in 4.x), so these lines share one moment. A host's offset is the median of its differences from the consumers' lower median, over every generation.
rule-clock-skew-next = Check NTP (chrony, systemd-timesyncd) on the host; for a zone, set the log pattern to print the offset (log4j: `%d` with the `ISO8601_OFFSET_DATE_TIME_HHCMM` format; logback: a `%d` pattern ending in `XXX`) or collect the logs in UTC.
rule-host-commit-failures-what = One host whose consumers fail to commit offsets (`CommitFailedException`, a failed offset commit) while the other hosts in the same logs commit: at least 2 failures on that host, and at most a tenth as many on all the others together.
rule-host-commit-failures-why = Failed commits on one host mean its consumers lose their partitions between polls: the host is slower (CPU, GC, a slow dependency, another configuration), so its batches are processed again elsewhere and it falls behind its peers (the clue of `shared/seeds/000`).
rule-host-commit-failures-evidence = Commit failures per host in the consumer logs (the client's messages, stack traces, JSON log fields), with the first and the last and the exceptions named. The hosts come from the log lines' wrapper (a pod, a host field, a source column) or, for several log files, from the files' names.
rule-host-commit-failures-next = Compare the host's processing time per record, CPU and GC with its peers'; check its consumers' configuration (`max.poll.records`, `max.poll.interval.ms`, concurrency); look for rebalances and poll timeouts at the failures' times.
# session-timeout-removals
rule-session-timeout-removals-what = Members the group coordinator removed because no heartbeat arrived within `session.timeout.ms` (`Member … has failed, removing it from the group` in the broker's log).
rule-session-timeout-removals-why = A consumer that crashes, is killed or freezes sends no LeaveGroup: its partitions stay assigned to it, unread, until its session times out, and then the group rebalances.
rule-session-timeout-removals-evidence = The broker's group coordinator messages (`GroupCoordinator` in 2.x and 3.x, `GroupMetadataManager` from 3.7): each removal for a session timeout, its time and the member id.
rule-session-timeout-removals-next = Find what happened to those members' processes at those times (restarts, OOM kills, node failures, long GC pauses). On deploys, close consumers on shutdown so that they leave at once, or use static membership to ride out short restarts.
# slow-rebalance
rule-slow-rebalance-what = Rebalances that took 30 s or more, from the first member rejoining (or the broker preparing the rebalance) to the last member joining the new generation, read from consumer logs; and the member that held one up: the one that rejoined last, at least half the rebalance after the member before it. A KIP-848 group's rebalance runs from the broker's epoch bump (or a member's JOINING) to the last member reconciling its assignment at that epoch (STABLE); the group does not wait for one member there, but a member slow to give partitions up keeps the members that are to get them waiting.
rule-slow-rebalance-why = A classic rebalance ends only when every member has rejoined, and a member rejoins only at its next poll(): one member busy with a long batch keeps the whole group waiting, for up to max.poll.interval.ms, while the partitions the others revoked are consumed by nobody.
rule-slow-rebalance-evidence = The clients' `(Re-)joining group` and `Successfully joined group with generation` lines per member, the broker's `Preparing to rebalance` when given (KIP-848: `Member … transitioned from … to STABLE` and the broker's `Bumped group epoch`); how many rebalances took long, the longest, and the member that rejoined last with how much later than the one before it.
rule-slow-rebalance-next = Look at what the late member was doing in its poll loop at that time (a long batch, a slow call); bound the time a batch takes (`max.poll.records`, timeouts on external calls); the cooperative protocol or KIP-848 keep the other members consuming during a rebalance.
# deploy-rebalances
rule-deploy-rebalances-what = The rebalances a deploy caused, read from consumer logs: consumers closing (LeaveGroup because the consumer is being closed, Spring's `Consumer stopped`) less than 10 minutes apart make one deploy; its rebalances are the generations that ended from its first close until the first one after its last close. Reported from 2 rebalances.
rule-deploy-rebalances-why = With the classic protocol a restarted dynamic member rebalances the group twice, once when it leaves and once when it rejoins: a rolling deploy of n instances is about 2n rebalances, and with eager assignors the whole group stops consuming in each.
rule-deploy-rebalances-evidence = The consumers' closing leaves and the generations they joined (from the clients' logs, and the broker's when given; under KIP-848 the group's epochs and a member's `LEAVING` to `UNSUBSCRIBED`): how many consumers closed, on which hosts, when, and how many rebalances followed.
rule-deploy-rebalances-next = Use static membership (`group.instance.id`, with `session.timeout.ms` longer than a restart) so that a restarted instance gets its partitions back without a rebalance; use `cooperative-sticky` or the KIP-848 protocol so that the other members keep consuming; restart instances one at a time only after the group is stable again.
# lag-during-rebalances
rule-lag-during-rebalances-what = A lag series and consumer logs of the same group given together: 3 or more rebalances ended inside the series, and the group's lag was higher after the last of them than before the first.
rule-lag-during-rebalances-why = Each rebalance stops the members that revoke partitions (every member with eager assignors) until the group has a new generation: a group that keeps rebalancing loses consuming time again and again, and its lag grows even when its members are fast.
rule-lag-during-rebalances-evidence = The rebalances from the logs (each generation the clients joined) inside the series' time, and the group's lag at the samples around them.
rule-lag-during-rebalances-next = Find why the group keeps rebalancing: the other log findings (poll-timeout storms, session-timeout removals, deploys) name the cause; static membership and the cooperative or KIP-848 protocols shorten or avoid the stops.
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
evidence-yes = yes
evidence-no = no
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
evidence-first-close-ms = first consumer closed
evidence-last-close-ms = last consumer closed
evidence-settled-ms = group settled
evidence-first-failure-ms = first failure
evidence-last-failure-ms = last failure
evidence-first-removal-ms = first removal
evidence-last-removal-ms = last removal
evidence-first-rebalance-end-ms = first rebalance ended
evidence-last-rebalance-end-ms = last rebalance ended
evidence-largest-storm-start-ms = largest storm began
evidence-largest-storm-end-ms = largest storm ended
evidence-longest-start-ms = longest rebalance began
evidence-longest-end-ms = longest rebalance ended
evidence-lag-before-ms = lag before, measured at
evidence-lag-after-ms = lag after, measured at
evidence-held-up-ms = held it up for
evidence-longest-ms = longest rebalance
evidence-longest-stay-ms = longest stay
evidence-shortest-stay-ms = shortest stay
evidence-errors = errors
evidence-peers = peers
evidence-held-up-by = held up by
evidence-longest-generation = its generation
evidence-commit-failures = commit failures
evidence-peer-commit-failures = peers' commit failures
evidence-consumers-closed = consumers closed
evidence-largest-storm-members = members in the largest storm
evidence-rebalances = rebalances
evidence-slow-rebalances = slow rebalances
evidence-removals = members removed
evidence-lag-before = lag before
evidence-lag-after = lag after
evidence-offset-ms = ahead of the others by (negative: behind)
evidence-generations = rebalances measured
evidence-broker = the broker's log
evidence-looks-like-zone = a time zone, not a clock

## parse

# What a recognised source is, when it is not a version.
source-hint-copied-table = a copied table
source-hint-error-reply = error reply
source-hint-groups-csv = consumer groups CSV
source-hint-cluster-offsets = { $version } cluster offsets
# The parser's diagnostics (crates/lagscope-core/src/parse). Line numbers and offsets quoted from a
# row are passed as the input writes them (digits without separators).

# Rows and headers.
diag-wrapped-row = lines { $first } and { $second } are one row the console wrapped: read joined
diag-wrapped-header = lines { $first } and { $second } are one header the console wrapped: read joined
diag-row-cut-short = the row is cut short: { $missing } unknown (the cells it has are read)
diag-no-table-open = no table is open
diag-row-too-few-columns = expected { $expected } columns ({ $names }), found { $found }
diag-row-without-numbers = not a row of the "{ $names }" table: it has none of the table's numbers
diag-row-shapes-mismatch = expected { $expected } columns ({ $names }) with those shapes, found { $found } cells that do not fit them
diag-too-many-columns = expected at most { $expected } columns, found { $found }
diag-cell-shape = expected { $column } to be { $shape }, found "{ $found }"
# What a cell should be (the `shape` of diag-cell-shape).
diag-shape-count = a non-negative integer
diag-shape-offset = an integer or "-"
diag-shape-topic = a topic name (letters, digits, '.', '_', '-')
diag-shape-topic-name = a topic name
diag-shape-host = a host such as /10.0.3.17
diag-new-offset-not-integer = expected NEW-OFFSET to be an integer
diag-missing-topic = expected a TOPIC
diag-assigned-partitions-malformed = expected ASSIGNED_PARTITIONS like 0,1,2, found "{ $found }"
diag-assignment-malformed = expected an ASSIGNMENT like topic(0,1), (0,1) or topic:0,1, found "{ $found }"
diag-lag-disagrees = LAG { $printed } disagrees with LOG-END-OFFSET − CURRENT-OFFSET = { $log_end } − { $current } = { $computed }; kept as printed
diag-lag-overflow = overflow
diag-lag-negative = LAG is negative: the committed offset is past the log-end offset (a stale log-end offset, or a truncated log); kept as printed
diag-partition-without-topic = a partition row without a topic: the table has no topic column and no topic is named above it
diag-partition-replaced = partition { $topic }-{ $partition } of group { $group } was already given on line { $previous_line } with other offsets; this row replaces it
diag-group-quoted = '{ $group }'
diag-group-unnamed = (unnamed)

# Lines nothing read.
diag-loose-word = "{ $word }" is not a recognised row or message: expected a table header before rows
diag-unread-line = not a recognised header, row or message: expected a table header such as "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID" before rows
diag-binary-file = this is a binary file, not text: lagscope reads what kafka-consumer-groups.sh, rpk, kafkactl, the Confluent CLI, Burrow or a metrics export print (line { $line } holds bytes no text has)
diag-nothing-recognised = nothing in this input was recognised: { $looks }. Tried: kafka-consumer-groups.sh (every version and view), kafka-share-groups.sh, kafka-streams-groups.sh, rpk, kafkactl, the Confluent CLI, Burrow JSON, Prometheus metrics and kafka-ui; `lagscope analyze` also tries lag CSVs, Grafana, CloudWatch and Prometheus query_range exports, dumps between time stamps and host × hour tables
# What an unreadable input looks like (the `looks` of diag-nothing-recognised).
diag-looks-like-json = it looks like JSON, but not a document of Burrow, the Confluent CLI, kafkactl, kafka-ui or the Prometheus API
diag-looks-like-table = it looks like a table whose first line has the cells { $cells }, which no known tool's header has
diag-looks-like-prose = it looks like prose or log lines, not a tool's output

# The tools' own messages. `error` is the tool's text, verbatim.
diag-group-does-not-exist = the tool says consumer group '{ $group }' does not exist
diag-rpk-error = rpk reports an error: { $error }
diag-tool-error = the tool reports an error: { $error }
diag-tool-error-explained = the tool reports an error: { $error } — { $advice }
diag-tool-error-command-failed = executing consumer group command failed: { $detail }
diag-tool-error-missing-or-rebalancing = consumer group '{ $group }' does not exist or is rebalancing
# A known error's cause and what to do (the `advice` of diag-tool-error-explained).
diag-cause-group-not-found = the group does not exist on this cluster (Kafka 4 brokers answer GROUP_ID_NOT_FOUND): check the group id and the cluster
diag-cause-state-needs-2-6 = --state needs brokers of 2.6 or newer: drop --state, or use a tool of the brokers' version
diag-cause-unsupported-version = the tool and the brokers do not share a protocol version for this request: use a client at least as new as the brokers
diag-cause-schema = the group's assignment could not be read by this tool version: use a client at least as new as the brokers (and as the consumers' assignor)
diag-cause-group-authorization = this user may not describe the group: grant DESCRIBE on the group (and on its topics) or use credentials that have it
diag-cause-topic-authorization = this user may not describe the group's topics or the cluster: grant DESCRIBE on the topics
diag-cause-authentication = authentication failed: check the SASL settings given with --command-config
diag-cause-tls-handshake = the TLS handshake failed: check the truststore and security.protocol in --command-config
diag-cause-not-plain-protocol = the tool read an answer that is not Kafka's plain protocol (typically a TLS or SASL listener): give --command-config with the listener's security.protocol
diag-cause-coordinator-not-available = the group coordinator is not available (its __consumer_offsets partition is offline or moving): retry, and check the brokers and __consumer_offsets
diag-cause-not-coordinator = the group's coordinator moved while the tool asked: retry
diag-cause-coordinator-loading = the coordinator is still loading the group's offsets after a restart or a leader change: retry in a moment
diag-cause-timeout = the tool could not get an answer in time: check --bootstrap-server, the network and the brokers' advertised.listeners, or raise --timeout
diag-cause-reset-needs-inactive = offsets can be reset only while the group has no active member: stop every consumer of the group (the state must be Empty), then run the reset again
diag-cause-not-a-share-group = this group is not a share group: use kafka-consumer-groups.sh (or kafka-streams-groups.sh) for it
diag-cause-not-a-consumer-group = this group is a share or streams group: use kafka-share-groups.sh or kafka-streams-groups.sh for it
diag-cause-no-protocol-type = the group only commits offsets and has no members' protocol (Flink, Spark, a manual assign()): describe it with a tool of 0.10.2 or newer, which shows its offsets
diag-cause-group-not-empty = the group still has active members: stop its consumers before deleting it or its offsets
diag-cause-invalid-group-id = the group id is not valid: check its spelling (an empty id is not allowed)
diag-cause-rebalancing = the group was rebalancing while the tool asked: run the command again once it is Stable
diag-cause-usage = the command line was incomplete or wrong: see the usage the tool printed with it

# JSON documents.
diag-json-read-by-line = the input starts like JSON but is { $reason }; it was read line by line
diag-json-trailing-text = one JSON document followed by other text from line { $line }
# `detail` is the JSON reader's own description; `kind` is eof, syntax, data or io.
diag-json-invalid = not one valid JSON document: { $kind ->
   *[other] { $detail }
} at line { $line } column { $column }
diag-json-invalid-nowhere = not one valid JSON document: { $kind ->
   *[other] { $detail }
}
diag-json-unknown-document = a JSON document lagscope does not know: expected Burrow, Confluent CLI, kafkactl or Prometheus API JSON
diag-confluent-row-skipped = a Confluent CLI lag row without topic or partition was skipped
diag-burrow-error = Burrow answered with an error: { $message } ({ $url }); when the group or cluster is not found, check its name and that Burrow's cluster configuration includes it
diag-burrow-error-for-group = Burrow answered with an error for consumer group '{ $group }': { $message } ({ $url }); when the group or cluster is not found, check its name and that Burrow's cluster configuration includes it
diag-burrow-no-message = an error
diag-json-line-break-removed = a line break inside a JSON string (lines { $first } and { $second }) was removed
diag-json-cut-off = the JSON document that starts on line { $first } is cut off at line { $cut }: read up to its last complete element
diag-json-text-around = { $count ->
    [one] { $count } line of text around the JSON (lines { $first }–{ $last } of { $total }) is not read
   *[other] { $count } lines of text around the JSON (lines { $first }–{ $last } of { $total }) are not read
}

## report
# The Markdown incident report (`lagscope analyze --markdown`, the web app's "Copy report") and the
# CLI's own human output: the `parse` summary, the findings' lines, the errors of its arguments.
# Markdown around these texts (headings, tables, emphasis) is added by the code.

report-title = Consumer lag incident report
# The italic line under the title. `span` is report-span-samples or report-span-snapshot.
report-generated = Generated by lagscope from { $span }; inputs: { $inputs }.
report-span-samples = { $count } samples from { $from } to { $to }
report-span-snapshot = one snapshot
report-what-happened = What happened
report-no-findings = No rule found a problem in these inputs.
# A group without a name (some tools' tables do not say it).
report-unnamed = (unnamed)
report-severity = { $severity ->
    [info] info
    [warning] warning
   *[critical] critical
}
# Under a finding's heading; `rule` is the rule's id in backticks.
report-finding-rule = { $severity } · rule { $rule }
report-why = Why it matters.
report-next = What to check next.
report-evidence = Evidence
report-value = Value
# A yes/no evidence value.

report-timeline = Timeline
# `group` is the group's name in backticks.
report-total-lag-of = Total lag of { $group }:
report-time = Time
report-time-in-zone = Time ({ $zone })
report-total-lag = Total lag
report-per-host = Records processed per host
report-host = Host
report-processed = Processed
report-share = Share
report-first-interval = First interval
report-last-interval = Last interval
report-peak-per-hour = Peak per hour
report-mean-per-hour = Mean per hour

report-findings = Findings
report-groups = Groups
report-group = Group
report-burrow = Burrow
report-lag-first-last = Lag (first → last)
report-consumed-per-s = Consumed/s
report-produced-per-s = Produced/s
report-time-to-drain = Time to drain
report-not-draining = not draining
report-hosts-of = Hosts of { $group }:
report-partitions = Partitions
report-lag = Lag
report-share-of-lag = Share of lag

# `lagscope parse` without --json: the source, one line per group, the diagnostics.
cli-source = source: { $tool }
cli-source-with-hint = source: { $tool } ({ $hint })
cli-source-not-recognised = not recognised
cli-logs-group = { $group }: { $events } events in the logs, { $protocol ->
    [consumer] { $n_generations ->
        [0] no epoch named
        [1] epoch { $generations }
       *[other] epochs { $generations }
    } (KIP-848)
   *[other] { $n_generations ->
        [0] no generation named
        [1] generation { $generations }
       *[other] generations { $generations }
    }
}
cli-logs-storm = poll-timeout leaves: { $members } { $members ->
    [1] member
   *[other] members
} between { $start } and { $end }
cli-logs-commit-failures = commit failures on { $host }: { $count } between { $first } and { $last }
cli-column-group = GROUP
cli-column-partitions = PARTITIONS
cli-column-members = MEMBERS
cli-column-total-lag = TOTAL-LAG
cli-column-state = STATE
cli-unnamed-group = (unnamed)
cli-no-such-group = no group "{ $group }" in { $path }; it holds { $groups }
cli-no-group = { $path } holds no consumer group
cli-several-groups = { $path } holds several groups ({ $groups }); choose one with --group
cli-diagnostics = { $count ->
    [one] { $count } diagnostic:
   *[other] { $count } diagnostics:
}
cli-diagnostic-line = line { $line }: { $severity }: { $message }
cli-diagnostic-severity = { $severity ->
    [info] info
    [warning] warning
   *[error] error
}
# `lagscope analyze`: a finding's line starts with its severity in brackets.
cli-severity = { $severity ->
    [info] INFO
    [warning] WARNING
   *[critical] CRITICAL
}

# Errors of the CLI's arguments and inputs.
cli-cannot-read = cannot read { $path }
cli-cannot-read-stdin = cannot read standard input
cli-not-a-request = the input is not { $what } (see the README's contract)
cli-evaluate-request = an evaluate request
cli-time-lag-request = a time-lag request
cli-config-expected-key-value = --config { $setting }: expected KEY=VALUE
cli-config-invalid = --config { $setting }: { $problem }
cli-minimum-complete-out-of-range = --minimum-complete { $value }: expected a fraction from 0 to 1
cli-intervals-out-of-range = --intervals { $value }: expected at most { $max } (the size of Burrow's ring of commits)
cli-column-expected-field-column = --column { $column }: expected FIELD=COLUMN
cli-column-unknown-field = --column { $column }: unknown field "{ $field }"; expected time, group, topic, partition, lag, current_offset, log_end_offset or host
cli-at-per-file = give one --at TIME per file ({ $files ->
    [one] { $files } file
   *[other] { $files } files
}, { $times ->
    [one] { $times } time
   *[other] { $times } times
})
cli-at-expected-time = --at { $time }: expected ISO 8601, `date` output or epoch s/ms

## sim
# The simulator: its event log, the scenario's validation errors, the text summary, what is
# assumed when a run starts from a dumped group, and the presets' descriptions.

# The event log's kinds (second column).
sim-event-kind-started = Consumer started
sim-event-kind-joined = Joined the group
sim-event-kind-left = Left the group
sim-event-kind-crashed = Crashed
sim-event-kind-stopped = Shut down
sim-event-kind-rebalance-started = Rebalance begins
sim-event-kind-rebalance-completed = Rebalance done
sim-event-kind-epoch-bumped = Group epoch bumped
sim-event-kind-assigned = Partitions assigned
sim-event-kind-revoked = Partitions revoked
sim-event-kind-commit-failed = Commit failed
sim-event-kind-poll-timed-out = Poll timed out
sim-event-kind-metadata-refreshed = Metadata refreshed
sim-event-kind-partitions-added = Partitions added
sim-event-kind-stalled = Call hangs
sim-event-kind-deploy = Deploy

# Why a member left (the names the JSON uses).
sim-leave-poll-timeout = poll_timeout
sim-leave-session-timeout = session_timeout
sim-leave-shutdown = shutdown
sim-leave-rebalance-timeout = rebalance_timeout

# A consumer's life.
sim-event-started = consumer started
sim-event-stopped = consumer closed
sim-event-left-on-close = LeaveGroup on close
sim-event-crashed = the process crashed
sim-event-killed-shutdown-timeout = the graceful shutdown timed out; the process was killed
sim-event-killed-replacement = killed: the replacement is starting and the graceful shutdown is not over
sim-event-poll-timeout = consumer poll timeout has expired: the batch of { $records ->
    [one] { $records } record
   *[other] { $records } records
} has been processing for { $elapsed }; max.poll.interval.ms is { $max_poll_interval_ms }
sim-event-poll-timeout-static = { $timeout }; a static member sends no LeaveGroup, so the coordinator keeps it until session.timeout.ms
sim-event-session-expired = no heartbeat for session.timeout.ms ({ $session_timeout_ms } ms): the coordinator removes the member
sim-event-stalled = an external call hangs for { $hang }

# The classic protocol.
sim-event-join-group = JoinGroup
sim-event-first-join = a member joined the empty group: the coordinator waits group.initial.rebalance.delay.ms for others
sim-event-eager-revoked = eager rebalance: every partition is revoked before JoinGroup (onJoinPrepare)
sim-event-cooperative-revoked = cooperative rebalance: only the partitions that move are revoked, without a commit (onJoinComplete); the member rejoins for the second round
sim-event-static-rejoined = static member rejoined with its group.instance.id: new member id, same assignment, no rebalance
sim-event-static-rejoined-rebalancing = static member rejoined with its group.instance.id during a rebalance
sim-event-rebalance-started = { $reason }: each member learns it from its next heartbeat and rejoins from its next poll()
sim-event-join-timeout = did not rejoin within the rebalance timeout (max.poll.interval.ms = { $max_poll_interval_ms } ms)
sim-event-sync-timeout = sent no SyncGroup within the rebalance timeout (max.poll.interval.ms = { $max_poll_interval_ms } ms)
sim-event-assigned = generation { $generation }: { $count ->
    [one] { $count } partition
   *[other] { $count } partitions
}
sim-event-rebalance-completed = generation { $generation }: { $members ->
    [one] { $members } member
   *[other] { $members } members
}, { $protocol } protocol, { $assignor } assignor; the rebalance took { $took }
sim-event-metadata-refreshed = the leader's metadata refresh shows { $partitions } partitions for { $topic }: it rejoins from its next poll()
sim-event-assignor-failed = the assignor failed: { $error }

# Why a rebalance began, or a group epoch was bumped.
sim-event-reason-joined = a member joined
sim-event-reason-rejoined = a member rejoined
sim-event-reason-left = a member left
sim-event-reason-left-because = a member left ({ $reason })
sim-event-reason-partitions = { $topic } now has { $partitions } partitions

# The consumer protocol (KIP-848).
sim-event-heartbeat-join = ConsumerGroupHeartbeat with member epoch 0 (join)
sim-event-static-rejoined-target = static member rejoined with its group.instance.id: it keeps its target assignment
sim-event-modern-revoked = revoked in poll() and acknowledged; the new owners get them at their next heartbeat
sim-event-epoch-bumped = { $reason }: group epoch { $epoch }, new target assignment for { $members ->
    [one] { $members } member
   *[other] { $members } members
}
sim-event-granted = epoch { $epoch }: { $count ->
    [one] { $count } partition granted
   *[other] { $count } partitions granted
}

# A commit the application saw fail.
sim-event-commit-failed = { $exception }: { $why }; { $uncommitted ->
    [one] { $uncommitted } processed record stays uncommitted and is processed again if its partition moves
   *[other] { $uncommitted } processed records stay uncommitted and are processed again if their partitions move
}
sim-event-commit-failed-not-member = the member is no longer part of the group's generation
sim-event-commit-failed-rebalancing = the group is rebalancing; the commit can be retried after the rebalance

# Operations.
sim-event-scale-out = scale out: { $instances ->
    [one] { $instances } new instance
   *[other] { $instances } new instances
}
sim-event-scale-in = scale in: { $instances ->
    [one] { $instances } instance stops
   *[other] { $instances } instances stop
}
sim-event-partitions-added = { $topic } now has { $partitions } partitions; the producers write to the new ones from their next metadata refresh ({ $refresh } from now)
sim-event-rolling-deploy = rolling deploy of { $instances ->
    [one] { $instances } instance
   *[other] { $instances } instances
} begins
sim-event-rolling-stop = rolling deploy: { $host } stops ({ $step } of { $steps })
sim-event-rolling-start = rolling deploy: the new { $host } starts ({ $step } of { $steps })
sim-event-blue-green-at-switch = blue-green deploy: { $instances ->
    [one] { $instances } green instance boots; its consumers start at the switch
   *[other] { $instances } green instances boot; their consumers start at the switch
}
sim-event-blue-green-as-they-start = blue-green deploy: { $instances ->
    [one] { $instances } green instance boots, and its consumers join the group as they start
   *[other] { $instances } green instances boot, and their consumers join the group as they start
}
sim-event-blue-green-switch-start = blue-green switch: every blue instance stops, every green consumer starts
sim-event-blue-green-switch = blue-green switch: every blue instance stops

# A scenario that cannot run: the field, and what was expected there.
sim-error-field = { $path }: { $expected }
sim-error-json = line { $line } column { $column }: not a scenario: { $error }
sim-error-start = `{ $start }` is not a date-time (expected e.g. 2022-03-17T18:00:00Z)
sim-error-too-many-events = the run would take more than { $events } events (it reached them { $at } into the run): shorten the run, lower the load or the number of consumers, or sample less often
sim-error-duration = at most 31 days (2,678,400 s)
sim-error-samples = at most { $samples } samples per run: use at least { $seconds } s
sim-error-between = between { $min } and { $max }
sim-error-at-least-one = at least 1
sim-error-positive = a number more than 0
sim-error-millis = milliseconds, 0 or more
sim-error-seconds-from-zero = seconds, 0 or more and at most 31 days
sim-error-seconds-positive = seconds, more than 0 and at most 31 days
sim-error-no-topic = at least one topic
sim-error-topic-name = a topic name without spaces
sim-error-topic-twice = topic `{ $topic }` is listed twice
sim-error-unknown-topic = `{ $topic }` is not in `topics`
sim-error-negative-lag = offsets and lag are non-negative
sim-error-negative-offset = offsets are non-negative
sim-error-partition = 0 to { $last }
sim-error-no-group = at least one group
sim-error-group-name = a group id without spaces
sim-error-group-twice = group `{ $group }` is listed twice
sim-error-no-host = at least one host
sim-error-host-name = a host name without spaces or `:`, not `all`
sim-error-host-twice = host `{ $host }` is listed twice
sim-error-records = a record count between 0 and 10^13
sim-error-rate = a rate between 0 and 100,000,000 records/s
sim-error-burst = at most `every_s`
sim-error-rebalance-delays = rebalance delays of at most 600,000 ms
sim-error-commit-with-auto-commit = only with enable_auto_commit false (auto-commit commits by itself)
sim-error-assignment-time = microseconds between 0 and 1,000,000
sim-error-call-timeout = milliseconds, at most 86,400,000
sim-error-assignor-protocol = the consumer protocol (KIP-848) takes a server assignor (uniform, server-range), and the classic protocol a client one
sim-error-assignor-cooperative = the cooperative protocol needs an assignor that supports it: cooperative-sticky
sim-error-uniform = min_ms at most max_ms
sim-error-lognormal = p99_ms at least median_ms
sim-error-add-partitions = more than the { $partitions } partitions at the start (Kafka only adds partitions), at most 100,000
sim-error-target = `{ $target }` names no host (expected `all`, a host or `host:thread`)
sim-error-target-host = this operation takes `all` or a host
sim-error-thread = thread of `{ $host }` between 1 and { $concurrency }
sim-error-dump-without-partitions = the group lists no partitions: a scenario needs the offsets view (`--describe`)
# lagscope simulate.
sim-error-no-scenario = give a scenario file or a preset name (lagscope simulate --list shows the presets)
sim-error-not-found = { $name } is neither a readable scenario file nor a preset (lagscope simulate --list shows the presets)
sim-error-preset = preset { $name }: { $error }

# The text summary (lagscope simulate).
sim-summary-title = scenario { $scenario } (seed { $seed }), group { $group }
sim-summary-protocol = protocol { $protocol }, assignor { $assignor }
sim-summary-totals = rebalances { $rebalances } · produced { $produced } · processed { $processed } · duplicates { $duplicates } · commit failures { $commit_failures }
sim-summary-count = { $name } { $count }
sim-summary-failed-commits = failed commits: { $failures }
sim-summary-members-left = members left: { $leaves }
sim-summary-none = none
sim-summary-lag = total lag: first { $first_lag } · max { $max_lag } · final { $final_lag } · partition time without a consumer { $unowned }
sim-summary-host = host
sim-summary-processed = processed
sim-summary-events = events
sim-summary-more-events = … the whole log ({ $count } events) is in --json

# A run that starts from a dumped group: what the dump does not say.
sim-assumed = assumed: { $assumption }
sim-assumed-unknown-log-end = { $count ->
    [one] { $count } partition has no known log-end offset: it starts at its topic's defaults
   *[other] { $count } partitions have no known log-end offset: they start at their topic's defaults
}
sim-assumed-partition-counts = partition counts are the highest partition shown plus one
sim-assumed-assignor = the assignor is { $assignor }, as the dump says
sim-assumed-template-hosts = the dump shows no owners: the template's hosts are kept
sim-assumed-threads = each host runs one consumer thread per member id seen on it
sim-assumed-dropped-topic = the operation { $at } into the run is dropped: the dump has no topic { $topic } with fewer than { $partitions } partitions
sim-assumed-dropped-host = the operation { $at } into the run is dropped: it names { $target }, which the dump does not show

# The presets (lagscope simulate --list, the Playground).
preset-slow-a-server = shared/seeds/000: 1,200,000 messages arrive at 18:00 on 5 topics × 20 partitions, consumed by 4 servers running one consumer each with concurrency 5 and a commit after each batch. Server A cannot go faster than 10 records/s (36,000 an hour), so a batch of 500 takes its threads about 250 s, and now and then longer than max.poll.interval.ms: that thread leaves the group and its commit fails with CommitFailedException, the clue the engineers found in A's logs. B, C and D drain their share in the first hour and go quiet, while A's partitions hold the lag for seven hours.
preset-poll-timeout-storm = shared/seeds/002: 24 partitions, 4 replicas × concurrency 3, max.poll.records 500, max.poll.interval.ms 300,000, a commit after each batch (Spring's AckMode.MANUAL). About one push in 1,400 waits on an OAuth token call that has no timeout and hangs until the process is restarted. After each rebalance the members commit a batch or two, then each one meets a hanging call: 300 s after its last poll it leaves the group, and the group is left without consumers. Lag drains a little, then climbs back; the restart at 30 minutes (the seed's rollout) repeats it, and what the hung threads had pushed is pushed again. Raising max.poll.interval.ms to 600,000 only moves the leave to 600 s; bounding the call ends it.
preset-poll-timeout-storm-fixed = The tuning from shared/seeds/002: max.poll.records lowered from 500 to 50, once the token call was bounded (here a 30 s timeout). A batch of 50 with a timed-out call takes well under a minute, far inside max.poll.interval.ms: nobody leaves, commits succeed and the lag drains. Lowering max.poll.records alone would not have helped: a call that hangs for 15 minutes outlasts the interval whatever the batch size.
preset-poll-timeout-storm-call-timeout = The seed's real fix (shared/seeds/002): the OAuth token call gets a 10 s timeout, and nothing else changes (max.poll.records 500, max.poll.interval.ms 300,000). A batch that meets a failing call takes 10 s longer instead of 15 minutes: nobody leaves and the lag drains.
preset-rolling-deploy = A rolling deploy of 4 instances (3 consumers each, eager range assignor): every instance that stops sends LeaveGroup and every replacement joins, so the group rebalances at least once per instance, and every rebalance stops all twelve consumers.
preset-blue-green-deploy = The same group deployed blue-green: the four new instances boot beside the old ones, then one switch stops every old consumer and starts every new one, so the group rebalances once.
preset-rolling-deploy-static = The rolling deploy with static membership (group.instance.id) and replacements that start within session.timeout.ms: no LeaveGroup, no rebalance; each instance's partitions simply wait while it restarts.
preset-rolling-deploy-kip848 = The rolling deploy under the KIP-848 consumer protocol (uniform assignor): each leave and join bumps the group epoch, and only the members whose partitions move pause; there is no group-wide stop.
preset-scale-out-eager = Two instances join a busy group with the eager protocol (range): every member revokes every partition and waits for the slowest batch before anyone consumes again.
preset-scale-out-cooperative = The same scale-out with cooperative-sticky: members keep their partitions while the group rebalances, only the partitions that move pause, and a second round hands them over.
preset-crash-and-session-timeout = One instance crashes: nothing tells the coordinator, so its partitions wait session.timeout.ms (45 s) before the group rebalances, and the records it processed since its last auto-commit are processed again.
preset-add-partitions = The topic grows from 24 to 36 partitions. The classic leader notices at its next metadata refresh (metadata.max.age.ms, 5 minutes); until then nobody reads the new partitions, and with auto.offset.reset=latest the records written there before the assignment are skipped.
preset-more-members-than-partitions = Twelve consumers for six partitions: six members get nothing to do. More consumers than partitions adds no throughput.
preset-hot-key = Half of all records carry one key, which hashes to partition 7: its consumer cannot keep up while the other 23 partitions idle.
preset-bench-24x12 = The benchmark: one simulated hour of 24 partitions × 12 members at 10,000 records/s.

## web: the web app's own interface (ui-: the page, pg-: the Playground)

# The page's frame.
ui-tagline = Kafka consumer-group lag analyzer
ui-privacy = Runs entirely in your browser: nothing you paste leaves this page.
# The button that switches to the other language: its name in that language.
ui-lang-toggle = 한국어
ui-views = Views
ui-tab-analyze = Analyze
ui-tab-assignment = Assignment
ui-tab-playground = Playground
ui-theme-toggle = Switch light/dark theme
ui-loading-simulator = Loading the simulator…
ui-loading-assignors = Loading the assignors…
ui-loading-reset = Loading the offset-reset planner…
ui-reset-open = Plan an offset reset…
ui-reset-open-note = Preview --reset-offsets partition by partition (records skipped or replayed) and copy the exact command.
ui-loading = Loading…
ui-not-kept-too-large = Not kept after a reload: { $size } MB — the limit is { $limit } MiB. Download it as JSON to keep it.
ui-not-kept-refused = Not kept after a reload: the browser refused to store it ({ $size } MB). Download it as JSON to keep it.

# Sizes of files and inputs.
ui-size-mb = { $size } MB
ui-size-kb = { $size } KB
ui-size-b = { $size } B

# The input.
ui-input-title = Input
ui-input-label = Consumer-group dump
ui-input-hint = Paste kafka-consumer-groups.sh output (several dumps between `date` lines show the incident over time), or choose or drop files: dumps, lag CSVs, Grafana or Prometheus exports, Burrow JSON.
ui-sample-slow-host = Sample: slow host
ui-sample-poll-storm = Sample: poll-timeout storm
ui-choose-files = Choose files…
ui-clear = Clear
ui-drop-here = Drop files to load them
ui-files = Files
ui-remove-file = Remove { $name }
ui-pasted-text = pasted text
ui-input-status = lines: { $lines } · groups: { $groups } · diagnostics: { $diagnostics } · { $ms } ms
ui-detected = detected
ui-reading = Reading { $done } / { $total }
ui-cancel = Cancel
ui-analysis-cancelled = Analysis cancelled: the results below are from the previous input.
ui-analysis-failed = The analysis could not run (the browser's reason is in its console): the results below are from the previous input. Change the input or reload the page to try again.
event-mark-joining = (Re-)joining the group
event-mark-joined = Joined generation { $generation }{ $protocol ->
    [unknown] {""}
   *[other] {""} ({ $protocol })
}
event-mark-assigned = Assigned { $count } { $count ->
    [one] partition
   *[other] partitions
}: { $partitions }
event-mark-revoked = Revoked { $count } { $count ->
    [one] partition
   *[other] partitions
}: { $partitions }
event-mark-lost = Lost { $count } { $count ->
    [one] partition
   *[other] partitions
} without giving them up: { $partitions }
event-mark-leaving = Left the group: { $reason ->
    [poll-timeout] the poll loop outran max.poll.interval.ms
    [closing] the consumer is closing
    [unsubscribed] it unsubscribed
   *[other] asked to leave
}
event-mark-poll-timeout = Poll timeout: more than max.poll.interval.ms between two poll() calls
event-mark-heartbeat-failed = Heartbeat failed: { $reason ->
    [rebalancing] the group is rebalancing
    [forgotten] the coordinator no longer knows this member
    [stale-generation] its generation is stale
   *[fenced] fenced by a newer instance
}
event-mark-commit-failed = Commit failed: { $error }
event-mark-coordinator-lost = Lost its group coordinator
event-mark-preparing-rebalance = Coordinator: rebalance begins (generation { $generation } ends){ $reason ->
    [unknown] {""}
   *[other] {""}: { $reason }
}
event-mark-epoch-reached = Reconciled its assignment at epoch { $epoch }
event-mark-epoch-bumped = Coordinator: group epoch bumped to { $epoch }, a rebalance begins
event-mark-target-computed = Coordinator: target assignment for epoch { $epoch }{ $assignor ->
    [unknown] {""}
   *[other] {""} (assignor { $assignor })
}
event-mark-stabilized = Coordinator: generation { $generation } is stable{ $members ->
    [unknown] {""}
   *[other] {""} with { $members } { $members ->
        [one] member
       *[other] members
    }
}
event-mark-removed = Coordinator removed { $member }: { $reason ->
    [session-timeout] no heartbeat within session.timeout.ms
    [rebalance-timeout] it did not rejoin within the rebalance timeout
   *[left-group] it left the group
}
event-mark-group-empty = Coordinator: the group is empty (generation { $generation })
ui-analyze = Analyze
ui-settings-title = Consumer settings (optional)
ui-settings-hint = The findings use them: e.g. max.poll.records × processing time against max.poll.interval.ms.

# The results.
ui-nothing-yet = Paste a dump to see its groups.
ui-one-snapshot-charts = One snapshot: rates, trends and Burrow's verdict need dumps at several times (date lines between them).

# Sharing and keeping.
ui-share-and-keep = Share and keep
ui-copy-report = Copy report
ui-download-csv = Download CSV
ui-download-json = Download JSON
ui-save-document = Save the document
ui-save-document-hint = Everything you pasted, dropped and set, as one file: open or drop it on this page to get it all back.
ui-link-too-long = This link would be { $length } characters long, and browsers open links of at most about { $limit }. Save the document instead, share the file, and open or drop it on this page to get everything back.
ui-copy-share-link = Copy share link
ui-report-copied = Report copied as Markdown.
ui-link-copied = Link copied: it holds everything, compressed in the part after #, which is never sent to a server.

# Severities (findings and diagnostics).
ui-severity-critical = critical
ui-severity-warning = warning
ui-severity-info = info
ui-severity-error = error

# Findings.
ui-findings = Findings
ui-findings-count = Findings ({ $count })
ui-no-findings = No rule fired: nothing looks wrong in what was given.
ui-rule-about = About this rule · { $rule }
ui-rule-what = What
ui-rule-why = Why it matters
ui-rule-evidence = Evidence
ui-rule-next = What to check

# Diagnostics.
ui-diagnostics-count = Diagnostics ({ $count })
ui-no-diagnostics = Every line was understood.
ui-go-to-line = Show this line in the input
ui-line-number = line { $line }

# A group's facts.
ui-unnamed-group = (group not named in the dump)
ui-fact-verdict = Verdict
ui-fact-state = state
ui-fact-assignor = assignor
ui-fact-members = members
ui-fact-partitions = partitions
ui-fact-total-lag = total lag
ui-fact-behind = behind
ui-fact-trend = trend
ui-fact-drains-in = drains in
ui-fact-unknown-lag = unknown lag
ui-coordinator = coordinator: { $coordinator }
ui-reported-total-lag = total lag as the tool reported it (covers partitions not listed here): { $lag }
ui-unknown-lag-note = partitions with unknown lag (not counted, not drawn): { $count }
ui-burrow-needs-times = needs dumps at several times

# The verdict (Burrow's own statuses stay as Burrow names them).
ui-verdict-warning = WARNING
ui-verdict-error = ERROR
ui-verdict-stopped = STOPPED
ui-verdict-stalled = STALLED
ui-verdict-rewind = REWIND
ui-verdict-no-members = NO MEMBERS
ui-verdict-leave-storm = MEMBERS KEEP LEAVING
ui-verdict-rebalancing = REBALANCING
ui-verdict-unknown = UNKNOWN
ui-reason-burrow = Burrow's evaluation of the committed offsets over the window.
ui-reason-no-members = The group has no active member: nobody consumes, so the lag can only grow until consumers join again.
ui-reason-no-members-state = The group has no active member ({ $state }): nobody consumes, so the lag can only grow until consumers join again.
ui-reason-leave-storm = The members leave the group again and again, so each rebalance stops consumption and the same records are processed twice ({ $rule }).
ui-reason-burrow-blind = Burrow says { $status } because it reads only the commits made before; it does not see that no one is left to consume.
ui-reason-rebalancing = The group was rebalancing in the newest dump ({ $state }): with the eager protocol nobody consumes until it ends.
ui-reason-critical = Burrow says OK, but a critical finding about this group says otherwise: { $rule }.
ui-reason-needs-times = One snapshot: a verdict, rates and trends need dumps at several times (date lines between them).
ui-drain-not-draining = not draining
ui-drain-never = never: nobody consumes
ui-drain-no-lag = no lag
ui-rollups-none = The input names no hosts or members (a lag CSV or a metrics export does not).
ui-per-host = Per host
ui-per-member = Per member
ui-no-owner = (no owner)
ui-none = none
ui-list-more = { $list }, … (+{ $more })

# Table columns and tools.
ui-col-host = Host
ui-col-member = Member
ui-col-topic = Topic
ui-col-partition = Partition
ui-col-partitions = Partitions
ui-col-current-offset = Current offset
ui-col-log-end-offset = Log-end offset
ui-col-lag = Lag
ui-col-consumer-id = Consumer id
ui-col-client-id = Client id
ui-col-share = Share
ui-col-consumed = Consumed
ui-col-assignment = Assignment
ui-col-processed = Processed
ui-col-first-interval = First interval
ui-col-last-interval = Last interval
ui-col-peak = Peak
ui-col-mean = Mean
ui-partitions-caption = Partitions
ui-filter-placeholder = Filter…
ui-filter-label = Filter { $caption }
ui-showing-first = Showing the first { $shown } of { $total } rows.

# The host × hour table.
ui-host-table-title = Host × hour table
ui-processed-per-host = Processed per host

# Charts.
ui-download-png = Download PNG
ui-hosts = Hosts
ui-lag-per-partition = Lag per partition, coloured by host
ui-chart-lag-over-time = Lag per partition over time
ui-chart-members-over-time = Members in the group over time (a drop to 0 is everyone leaving)
ui-chart-consumed-per-host = Consumed per host over time (records/s)
ui-chart-host-counts = Processed per host, interval by interval
ui-chart-heatmap = Lag heatmap: partition × time
ui-chart-assignment = Assignment: members and their partitions
ui-chart-empty-one-snapshot-lag = One snapshot: lag over time needs dumps at several times (date lines between them), or a lag CSV or metrics export.
ui-chart-empty-no-partitions = The inputs give this group no partition offsets over time (only members, or only group totals).
ui-chart-empty-one-snapshot-members = One snapshot: membership over time needs dumps at several times.
ui-chart-empty-no-members = The inputs name no members over time (a lag CSV or metrics export has none).
ui-chart-empty-one-snapshot-consumed = One snapshot: consumption per host needs dumps at several times.
ui-chart-empty-no-hosts = The inputs name no hosts over time (a lag CSV or metrics export has none).
ui-chart-empty-no-counts = The table has no counts.
ui-chart-empty-no-assignment = No member owns a partition in the newest dump (or the input names none).
ui-heatmap-scale = { $min } … { $max } (log)
ui-axis-time = Time: { $zone }
ui-log-timeline-title = Group timeline from the logs
ui-log-timeline-group = { $group }: { $members } { $members ->
    [one] member
   *[other] members
}, { $generations } { $protocol ->
    [consumer] { $generations ->
        [one] epoch
       *[other] epochs
    }
   *[other] { $generations ->
        [one] generation
       *[other] generations
    }
}, { $rebalances } { $rebalances ->
    [one] rebalance
   *[other] rebalances
}
ui-log-coordinator = group coordinator
ui-log-lane-skew = its clock runs { $offset } off the other hosts' (see the clock-skew finding)
ui-log-mark = { $time } · { $what }
ui-log-generation = { $protocol ->
    [consumer] Epoch
   *[other] Generation
} { $generation }, from { $start }
ui-log-generation-short = { $protocol ->
    [consumer] epoch
   *[other] gen
} { $generation }
ui-log-rebalance-span = Rebalance to { $protocol ->
    [consumer] epoch
   *[other] generation
} { $generation }: { $duration }
ui-log-marks-shown = Showing the first { $shown } of { $total } events.
ui-log-legend-join = joined
ui-log-legend-assignment = partitions assigned
ui-log-legend-revocation = partitions revoked or lost
ui-log-legend-leave = left the group
ui-log-legend-failure = poll timeout, failed heartbeat or commit
ui-log-legend-removal = removed by the coordinator
ui-log-legend-rebalance = coordinator: rebalance began or settled
ui-log-legend-rebalance-span = rebalance under way
ui-chart-rebalances-from-logs = { $count } { $count ->
    [one] rebalance
   *[other] rebalances
} (from the logs)
ui-chart-leaves-from-logs = { $count } { $count ->
    [one] member left
   *[other] members left
} (from the logs)
ui-zone-stated = { $name } ({ $offset })
ui-zone-bare = { $zone }
ui-zone-assumed-utc = UTC (the input names no time zone)
ui-zone-as-printed = as the table prints them (no time zone given)
ui-zone-hours-only = hours as the table gives them (no date, no time zone)

# The Playground.
pg-title = Playground: a consumer group, simulated
pg-hint = Replay the seeds' incidents and what-ifs: the same scenario and seed always give the same run, here and in `lagscope simulate`. Change a setting and run again to try a fix before deploying it.
pg-scenario = Scenario
pg-seed = Seed
pg-commit-auto = auto-commit
pg-commit-sync-per-batch = commitSync per batch
pg-commit-sync-per-record = commitSync per record
pg-commit-async-per-batch = commitAsync per batch
pg-from-dump = Start from the group in Analyze
pg-no-group-in-analyze = the Analyze view holds no group with partitions (the offsets view of --describe)
pg-whole-scenario = The whole scenario (JSON; schema in docs/simulator.md)
pg-run = Run
pg-simulating = Simulating…
pg-cancelled = The run was cancelled: change the scenario or run it again.
pg-results-title = { $scenario } · seed { $seed }
pg-analyze-dumps = Analyze these dumps
pg-dumps = Dumps
pg-rebalances = rebalances
pg-members-left = members left
pg-processed-twice = processed twice
pg-failed-commits = failed commits
pg-lag-start-max-end = total lag: start → max → end
pg-unowned-time = partition time without a consumer
pg-chart-label = Total lag and members over time
pg-chart-lag = total lag (records)
pg-chart-members = members in the group
pg-chart-minutes = minutes
pg-every-group = Every group on these topics
pg-levers-need-json = The controls return when the scenario below is valid JSON again.
pg-linked-scenario = (the linked scenario)
pg-share-run = Copy a link to this run
pg-link-copied = The address is now this run's link (copied): the scenario, every action taken and the seed.
pg-pin = Keep this run to compare
pg-unpin = Stop comparing
pg-compare-note = Side by side: the kept run below, the current one above, on the same time axis.
pg-this-run = This run
pg-pinned-run = The kept run
pg-col-group = group
pg-col-lag-start-end = lag: start → end
pg-hosts = Hosts
pg-col-host = host
pg-col-address = address
pg-col-processed = processed
pg-col-share = share
pg-event-log = Event log
pg-show = Show
pg-filter-key = what matters
pg-filter-leaves = joins and leaves
pg-filter-all = everything
pg-col-time = time
pg-col-event = event
pg-col-what = what happened
pg-more-events = { $shown } of { $total } events shown (the JSON download has them all).
# Event kinds, as the simulator names them.
pg-event-started = Started
pg-event-joined = Joined
pg-event-left = Left
pg-event-crashed = Crashed
pg-event-stopped = Stopped
pg-event-rebalance-started = RebalanceStarted
pg-event-rebalance-completed = RebalanceCompleted
pg-event-epoch-bumped = EpochBumped
pg-event-assigned = Assigned
pg-event-revoked = Revoked
pg-event-commit-failed = CommitFailed
pg-event-poll-timed-out = PollTimedOut
pg-event-metadata-refreshed = MetadataRefreshed
pg-event-partitions-added = PartitionsAdded
pg-event-stalled = Stalled
pg-event-deploy = Deploy

# The Assignment view before a dump is loaded (the page shows it; the what-if module too).
ui-whatif-title = Assignment
ui-whatif-empty = Load a dump in Analyze first: the what-if starts from its groups.

# The levers: the settings the Playground and the lessons show as controls (sim::levers).
lever-partitions = Partitions
lever-instances = Instances
lever-concurrency = Threads per instance (concurrency)
lever-produce-rate = Produced records/s
lever-record-ms = Processing time per record (ms)
lever-max-poll-records = max.poll.records
lever-max-poll-interval-ms = max.poll.interval.ms
lever-session-timeout-ms = session.timeout.ms
lever-auto-commit-interval-ms = auto.commit.interval.ms
lever-commit-mode = Commits
lever-assignor = Assignor
lever-static-membership = Static membership (group.instance.id)
lever-call-timeout-ms = Timeout on the external call (ms, 0 = none)
lever-hot-key-share = Share of records with the hot key
lever-deploy = Deploy
lever-deploy-rolling = Rolling (one instance at a time)
lever-deploy-blue-green = Blue-green (new set, then switch)
lever-error-number = { $lever }: a number from { $min } to { $max }
lever-error-choice = { $lever }: one of { $choices }
lever-error-toggle = { $lever }: on or off
lever-error-missing = { $lever }: this scenario has nothing it controls

# Direct manipulation: what a person can do to the running group at the current moment (sim::manipulate).
act-title = At this moment
act-host = Instance
act-crash = Crash it
act-stop = Stop it
act-start = Start it
act-slow = Slow it down ×5
act-stall = Hang a call for 2 min
act-burst = Produce a burst
act-add-instance = Add an instance
act-done = { $action } at { $at }: the run goes on from there.
act-undo = Undo my actions

# The replay of a run: partition lanes, play, pause, step, the group at a moment.
replay-title = The run, partition by partition
replay-play = Play
replay-pause = Pause
replay-back = Previous event
replay-next = Next event
replay-speed = Speed
replay-time = Time
replay-at = { $at } after the start
replay-state = { $state }, generation { $generation }, { $members ->
    [one] { $members } member
   *[other] { $members } members
}
replay-lanes-label = One lane per partition over time, coloured by the member fetching it, dark while nobody does.
replay-nobody = nobody fetching
replay-offsets = log end { $end } · committed { $committed } · lag { $lag }
replay-col-partition = partition
replay-col-owner = fetched by
replay-lag-seconds = lag in seconds
replay-keys = Space plays or pauses; ← and → step from event to event.
replay-recent = What just happened
replay-nothing-yet = Nothing yet.
replay-member = { $member } on { $host }
replay-watch = Watch
replay-go-to = Go to this moment
replay-baseline = As the lesson starts
replay-yours = With your settings
replay-compare = Side by side: the lesson's run and yours, on the same time axis.

# The Learn view (learn::).
ui-tab-learn = Learn
learn-title = Learn consumer groups
learn-intro = Fifteen short lessons on how consumer groups really behave, each with a live simulation that runs Kafka's own assignors and protocols. Change a setting, watch what happens, then solve the task.
ui-loading-learn = Loading the lessons…
learn-lesson-n = Lesson { $n } of { $total }
learn-previous = ← Previous
learn-next = Next →
learn-contents = All lessons
learn-glossary = Glossary
learn-glossary-intro = Every term the lessons use.
learn-terms = Terms in this lesson
learn-try = Try it
learn-check = Check
learn-hint = Hint
learn-show-answer = Show the answer
learn-passed = Done: { $why }
learn-not-yet = Not yet: { $why }
learn-settings = Settings
learn-run = Run again
learn-running = Simulating…
learn-open-playground = Open this scenario in the Playground
learn-open-analyze = Analyze this run's dumps
learn-related = Related findings
learn-pick-host = The host that holds the lag
learn-pick-none = (choose)
learn-alert-unit = Alert on
learn-alert-records = lag in records
learn-alert-seconds = lag in seconds
learn-alert-threshold = above
learn-alert-chart = Lag in records and in seconds over the run
learn-error-no-run = this lesson has no run
learn-error-lever = no setting named { $lever }
learn-error-topic = { $topic }: expected a topic and its partitions, like orders:6 (1 to 10,000 partitions)
learn-error-members = { $members }: expected a number of consumers from 1 to 100
learn-error-window-line = line { $line }: expected two numbers, the committed offset and the lag
learn-error-window-size = the window needs from 1 to 100 commits, one per line
learn-assign-topics = Topics (name:partitions, separated by spaces)
learn-assign-members = Consumers
learn-assign-assignor = Assignor
learn-assign-member = Consumer
learn-assign-gets = Partitions
learn-burrow-shape = Start from a shape
learn-burrow-rows = The window: one commit per line, committed offset then lag, oldest first
learn-burrow-chart = The lag at each commit of the window, oldest on the left
learn-burrow-since = Minutes since the newest commit
learn-burrow-status = Burrow says { $status }
learn-burrow-rule = Deciding rule: { $rule }
learn-keys-key = Key
learn-keys-partitions = Partitions
learn-keys-after = After adding partitions
learn-keys-result = { $key } goes to partition { $partition } of { $partitions }.
learn-keys-moved = With { $after } partitions it goes to partition { $moved }: new records of this key land elsewhere, while its older ones wait in partition { $partition }.
learn-keys-stays = With { $after } partitions it stays in partition { $partition }.
learn-shape-steady = Steady
learn-shape-behind = Falling behind
learn-shape-falling = Draining
learn-shape-stalled = Stalled
learn-shape-stopped = Stopped
learn-shape-rewind = Rewound

# The try-it tasks' checks (learn::checks): what decided, with the numbers.
check-one-thread = { $members ->
    [one] { $members } member
   *[other] { $members } members
} for { $partitions } partitions, { $idle } idle
check-idle = { $idle } of { $members } members own no partition
check-max-lag = the lag reached { $highest } records after { $from } (the task allows { $limit })
check-final-lag = the lag at the end is { $lag } records (the task allows { $limit })
check-poll-timeouts = { $left ->
    [one] { $left } member left
   *[other] { $left } members left
} on a poll timeout, { $failed ->
    [one] { $failed } commit failed
   *[other] { $failed } commits failed
}
check-duplicates = { $duplicates } records were processed twice (the task allows { $limit })
check-paused = from { $from } on, { $stopped } of { $partitions } partitions stopped, for { $seconds } in all (the task allows { $limit } partitions)
check-rebalances = { $rebalances ->
    [one] { $rebalances } rebalance
   *[other] { $rebalances } rebalances
} between { $from } and { $to } (the task allows { $limit })
check-join-rounds = { $rounds ->
    [0] no JoinGroup round: the group never stopped as a whole
    [one] { $rounds } JoinGroup round stopped the whole group
   *[other] { $rounds } JoinGroup rounds stopped the whole group
}
check-bottleneck = { $host } holds { $share } of the lag at the end ({ $lag } records)
check-no-lag = no host holds any lag at the end
check-balanced = the busiest consumer has { $most } partitions, the least busy { $least }
check-burrow = Burrow says { $status } with a current lag of { $lag } (the task wants OK at { $limit } or more)
check-alert-threshold = the threshold must be a number, 0 or more
check-alert-right = it fires during the stall ({ $stall } > { $threshold }) and stays quiet through the burst ({ $burst })
check-alert-noisy = it fires on the burst too ({ $burst } > { $threshold }): a page for a backlog that drains by itself
check-alert-silent = it never fires: the stall peaks at { $stall }, below { $threshold }
check-wrong-attempt = this task is checked on something else

# The Learn course, lessons 1–8 (learn::LESSONS): text, callouts, tasks.
# lagscope Learn course, lessons 1–8 (English)

# 1. partitions-and-groups
learn-partitions-and-groups-title = Partitions and consumer groups
learn-partitions-and-groups-summary = How a consumer group shares a topic's partitions among its consumers, and why extra consumers sit idle.
learn-partitions-and-groups-p1 = A Kafka topic is split into partitions, and each partition is an ordered log of its own. The topic orders in this run has 6 partitions and receives 60 records/s, spread over all six. Each lane below is one partition, coloured by the consumer fetching it and dark while nobody does.
learn-partitions-and-groups-p2 = Consumers that share a group.id form a consumer group, and the group divides the partitions among its members. Within a group one partition is read by at most one consumer, while one consumer may own several partitions. Here app-1 and app-2 run one consumer thread each, so the RangeAssignor gives one of them partitions 0–2 and the other 3–5. With 6 partitions, a seventh consumer would get nothing: it sits idle and just holds a thread.
learn-partitions-and-groups-p3 = In a Spring Kafka app the consumers are threads: each instance runs as many KafkaConsumers as its concurrency, so the group size is instances × concurrency. One team ran 4 servers with concurrency 5, which is 20 consumer threads in one group, for 5 topics of 20 partitions each: 100 partitions, 5 per thread. Scaling out adds parallelism only while there are partitions left to hand out.
learn-partitions-and-groups-p4 = Groups are independent of each other. A second group with a different group.id reads every record of the same topic again and keeps its own offsets, so Kafka behaves like a queue inside a group and like publish-subscribe across groups. That is how one topic can feed both an Elasticsearch loader and a Hadoop loader without an outage of one store stopping the other.
learn-partitions-and-groups-watch-1 = At { $at } the first rebalance finished: generation { $generation } divides the partitions among the group's { $members } members, and each lane takes the colour of the consumer that owns it.
learn-partitions-and-groups-watch-2 = At { $at } one of the group's { $members } members owns no partition. Every member waits like this until the first rebalance hands out partitions; one that still has none afterwards sits idle, because the group has more members than the topic has partitions. Count the colours in the lanes: an idle consumer's colour appears nowhere.
learn-partitions-and-groups-task = Change Instances and Threads per instance so that each of the 6 partitions has its own consumer thread and no thread sits idle.
learn-partitions-and-groups-hint = Count consumers the way the group does: every instance adds as many consumers as its Threads per instance. Then compare that number with the partition count.
learn-partitions-and-groups-answer = Set Instances to 3 and Threads per instance to 2 (6 × 1 or 2 × 3 work too): 3 × 2 = 6 consumer threads for 6 partitions, one partition each. 4 × 2 = 8 looks like more capacity, but 2 of those threads get no partition and sit idle.

# 2. offsets-and-lag
learn-offsets-and-lag-title = Offsets and lag
learn-offsets-and-lag-summary = What the committed offset and the log-end offset are, and why a consumer that keeps up still shows lag.
learn-offsets-and-lag-p1 = Every record in a partition has an offset, its position in the log: 0, 1, 2 and so on. The log-end offset (LEO) is the offset the next produced record will get, so it grows with every write. Here 300 records/s go to 3 partitions, so each LEO grows by about 100 per second.
learn-offsets-and-lag-p2 = A consumer tracks two positions per partition. Its position lives in memory: the offset of the next record poll() will return, so it moves forward with every poll(). Its committed offset is what the group stored in the internal topic __consumer_offsets, and it moves only when the consumer commits. After a restart or a rebalance, reading resumes from the committed offset, not from the position.
learn-offsets-and-lag-p3 = Lag is the log-end offset minus the committed offset, per partition: the LAG column of kafka-consumer-groups.sh --describe, where CURRENT-OFFSET is the committed offset. At 1 ms per record this consumer keeps up easily, yet with auto-commit every 5,000 ms its lag climbs to about 1,500 (300 records/s × 5 s) before each commit and drops right after it. That sawtooth in the lag chart is mostly records already processed but not yet committed, not work left to do.
learn-offsets-and-lag-p4 = A lag in records means little without the rate behind it. Time lag asks how long ago the record at the committed offset was written: 1,000 records is 0.1 s at 10,000 records/s and close to an hour at 0.3 records/s. Watch both, and expect a baseline of lag that only reflects the commit interval.
learn-offsets-and-lag-watch-1 = At { $at }, read a partition's numbers in the table: the log-end offset (where the next record will be written), the committed offset (where the group would resume) and the lag between them. The consumer has already read well past the committed offset, but only a commit moves it.
learn-offsets-and-lag-watch-2 = At { $at } the lag peaked at { $lag } records and is about to drop: a commit has just stored the consumer's position. Until the next commit it climbs again by the produce rate × the commit interval.
learn-offsets-and-lag-task = Change the commit settings so that the total lag stays at or below 500 records from 20 s on.
learn-offsets-and-lag-hint = The consumer is not slow. Work out how many records arrive between two commits, and make that gap smaller.
learn-offsets-and-lag-answer = Set auto.commit.interval.ms to 1000: only about 300 records (300/s × 1 s) pile up between commits, so the lag stays near 300. Commits = commitSync per batch also passes; raising the interval to 10000 makes it worse (about 3,000).

# 3. where-lag-comes-from
learn-where-lag-comes-from-title = Where lag comes from
learn-where-lag-comes-from-summary = Lag grows when records arrive faster than the group processes them, and the partition count caps how far you can scale.
learn-where-lag-comes-from-p1 = Lag grows whenever producers write faster than the group consumes. Here 1,000 records/s arrive on 4 partitions, and one instance with 4 threads spends 5 ms on each record. One thread handles at most 200 records/s, so the group manages 800/s and falls about 200 records further behind every second.
learn-where-lag-comes-from-p2 = A group's throughput is the number of consumers that actually own partitions × what each of them processes per second. Idle consumers add nothing. Since a partition is read by only one consumer of the group, 4 partitions allow at most 4 busy consumers, however many threads you start.
learn-where-lag-comes-from-p3 = That leaves two levers. Raise parallelism: more partitions and as many consumers as partitions (6 × 200 = 1,200 records/s, more than the 1,000/s produced). Or cut the time per record: at 3 ms a thread handles about 333 records/s, and 4 threads keep up. In production the second usually means batching writes to the downstream system or taking a slow call out of the per-record path.
learn-where-lag-comes-from-p4 = Adding partitions to a real topic is easy but one-way: the count can grow and never shrink. Records with a key may also land on a different partition after the change, so per-key ordering does not hold across it. Compare produce and consume rates before adding consumers, and size the partition count for the throughput you expect, with headroom.
learn-where-lag-comes-from-watch-1 = At { $at } the lag is { $lag } records. It changes each second by the difference between what is produced and what the group consumes: in the original setup 1,000 in and 800 out. Every lane is busy, so no idle consumer is to blame; the group as a whole is too slow.
learn-where-lag-comes-from-watch-2 = At { $at } one of the group's { $members } members owns no partition. Every member waits like this until the first rebalance; a thread that still has none afterwards adds nothing to throughput, and more threads alone will not change how fast the lag grows.
learn-where-lag-comes-from-task = Change the setup so that the lag at the end is at most 10,000 records and no consumer thread sits idle.
learn-where-lag-comes-from-hint = An extra thread only helps if it gets a partition of its own. What limits the number of busy threads here?
learn-where-lag-comes-from-answer = Set Partitions to 6 and Threads per instance to 6: six busy threads × 200 records/s = 1,200/s, more than the 1,000/s produced, so the lag drains. Threads 8 on 4 partitions leaves 4 threads idle and the lag at 66,624; Processing time per record 3 ms with 4 threads also passes.

# 4. one-slow-server
learn-one-slow-server-title = One slow server
learn-one-slow-server-summary = A real incident: 1.2 million messages, four servers, and why the later hours blamed the healthy ones.
learn-one-slow-server-p1 = This run replays an incident. Around 18:00, 1,200,000 messages landed on 5 topics of 20 partitions each, consumed by one group on 4 servers, A to D, each running one listener with concurrency 5: 20 consumer threads, 5 partitions per thread, a commit after each batch. Something capped server A at 10 records/s for all its threads together, 36,000 an hour.
learn-one-slow-server-p2 = The first analysis looked at throughput per host from 19:00 on and suspected B, C and D: from 20:00 they processed 200 records an hour or fewer, while A steadily did 36,000. Adding the 18:00 hour flips the picture. B, C and D each processed about 231,000 records in that hour and finished their partitions early in the next; after that they looked idle because they had nothing left. A worked through its share of the backlog at its fixed rate all night.
learn-one-slow-server-p3 = The clue was only in A's logs: CommitFailedException. At A's speed each thread processes 2 records/s, so a 500-record batch takes around 250 s, sometimes longer than max.poll.interval.ms (300,000 ms). The consumer then leaves the group, and its commit after the batch fails because it is no longer part of the current generation, so those records are read again.
learn-one-slow-server-p4 = More consumers would not have helped: each topic has 20 partitions and the group already had 20 consumers, so extra ones would sit idle, and no assignor looks at how fast a member processes. The fix belonged on A, in whatever capped it. Lag summed per host, using the HOST column of kafka-consumer-groups.sh --describe, would have pointed at A within the first hour.
learn-one-slow-server-watch-1 = At { $at } a consumer thread on { $host } left the group on a poll timeout: with 10 records/s shared by 5 threads, its 500-record batch ran past max.poll.interval.ms (300 s). When the thread finishes the batch, its commit fails with CommitFailedException, the exception that appeared only in A's logs.
learn-one-slow-server-watch-2 = At { $at } every host except { $host } has drained its partitions, so { $host } alone holds the lag. From here on an hourly throughput table makes the healthy hosts look slow: they have almost nothing left to read.
learn-one-slow-server-task = Pick the host that holds the lag at the end of the run.
learn-one-slow-server-hint = Low throughput can mean a slow consumer or an empty partition. Look at how much each host still has to read, not at how much it read in the last hour.
learn-one-slow-server-answer = A. It processed a steady 36,000 records an hour, exactly its cap of 10 records/s, while B, C and D drained their share within about 90 minutes; at the end A holds 100% of the lag (25,825 records in this run). B only looks slow because it has nothing left to read.

# 5. poll-loop
learn-poll-loop-title = The poll loop and its timeout
learn-poll-loop-summary = How one hung external call made a whole group leave, and why a longer max.poll.interval.ms did not help.
learn-poll-loop-p1 = Every consumer runs the same loop: poll() returns up to max.poll.records records, the app processes them, commits, and calls poll() again. Here a batch is 500 records at about 20 ms each, so one turn of the loop takes about 10 s. The group is the notification service from a real incident: 24 partitions, 4 instances × concurrency 3 = 12 consumers, commitSync after each batch.
learn-poll-loop-p2 = Since KIP-62 (Kafka 0.10.1) a consumer has two separate liveness checks. A background heartbeat thread sends a heartbeat every heartbeat.interval.ms, and the coordinator drops a member it has not heard from for session.timeout.ms. Separately, if the app does not call poll() again within max.poll.interval.ms (default 300,000 ms), the client decides the loop is stuck, logs "consumer poll timeout has expired" and sends LeaveGroup, healthy heartbeats or not.
learn-poll-loop-p3 = So a batch must always finish well inside max.poll.interval.ms, counting max.poll.records × the worst time per record, not the average. In this run about one record in 1,400 needs an OAuth token call before the push is sent, and that call has no timeout: when the auth server hangs, the call waits 1–2 hours. Every consumer meets such a record within minutes, all 12 stall, and 300 s after its last poll each one leaves. If a stuck thread ever returns, its commitSync throws CommitFailedException and the new owner processes the batch again: missed and duplicate notifications.
learn-poll-loop-p4 = The team first raised max.poll.interval.ms from 300,000 to 600,000, and the members left after 10 minutes instead of 5. No interval beats a call that hangs for an hour, and a long interval also lets a truly stuck consumer hold its partitions longer. Lowering max.poll.records shortens normal batches but does nothing about the hang.
learn-poll-loop-p5 = The fix is to bound the slow call: give the HTTP client connect and read timeouts well under max.poll.interval.ms, then retry the record or send it to a dead-letter topic. For work that is slow by nature, pause() the partitions, hand the records to another thread and keep calling poll() so the member stays in the group, then resume(). And alert on lag per group: here the symptom was partitions with thousands of records of lag and no consumer assigned.
learn-poll-loop-watch-1 = At { $at } a consumer on { $host } left the group: one record's external call is still hanging, so it has not called poll() for max.poll.interval.ms. Its heartbeats were fine; the client itself sent LeaveGroup ("consumer poll timeout has expired").
learn-poll-loop-watch-2 = At { $at } a rebalance started after the leave, but the members still in the group are stuck in the same call and rejoin only at their next poll(). Their partitions make no progress while the lag keeps rising.
learn-poll-loop-watch-3 = At { $at } the group is empty: every consumer has left on a poll timeout and nobody consumes. All lanes are dark and the lag grows on every partition; this is what the team found, partitions with thousands of records of lag and no consumer.
learn-poll-loop-task = Change one setting so that no consumer leaves on a poll timeout and no commit fails.
learn-poll-loop-hint = The stuck thread is waiting for a call that can take an hour. Which setting limits how long the thread waits, rather than how long Kafka waits for the thread?
learn-poll-loop-answer = Set Timeout on the external call to 10000 ms (any bound well under max.poll.interval.ms works): a hung call now fails after 10 s, the batch finishes and the consumer polls in time. Raising max.poll.interval.ms to 600,000 only moves the leaves to 600 s, because a one-hour hang beats any interval.

# 6. commits-and-duplicates
learn-commits-and-duplicates-title = Commits and duplicates
learn-commits-and-duplicates-summary = How the way you commit decides how many records are processed twice after a crash.
learn-commits-and-duplicates-p1 = With enable.auto.commit=true (the default) the consumer commits by itself every auto.commit.interval.ms (default 5,000 ms). The commit happens inside poll() and stores the position reached by the records the previous poll() returned, which a normal loop has processed by then. It also commits before a rebalance and on close(), but in between, whatever was processed since the last commit exists only in the consumer's memory.
learn-commits-and-duplicates-p2 = Here A and B share 4 partitions at 200 records/s and auto-commit every 5 s. At 60 s A crashes: no commit, no LeaveGroup. The coordinator notices only when A's heartbeats have been missing for session.timeout.ms (45 s); until then A's two partitions go unread and their lag grows. Then B takes them over from the last committed offset, so everything A processed after its last commit is processed again, a few hundred records.
learn-commits-and-duplicates-p3 = Committing yourself narrows that window. With enable.auto.commit=false, commitSync() after each batch blocks until the broker confirms; commitAsync() does not block, but it does not retry a failed commit either, so a later commit has to cover it. commitSync after every record shrinks the window to about one record, at the price of a broker round trip per record, which cuts throughput hard at high rates.
learn-commits-and-duplicates-p4 = Whatever you choose, a Kafka consumer delivers at least once: after a crash or a rebalance, the records since the last commit come again. So make processing idempotent, for example by skipping an event id that is already stored or by upserting on it. Kafka's own exactly-once covers results written back to Kafka, with a transactional producer that commits the consumer's offsets inside the transaction (sendOffsetsToTransaction); that is a topic of its own.
learn-commits-and-duplicates-watch-1 = At { $at } { $host } crashed: it committed nothing and sent no LeaveGroup, so the group does not know yet. Its partitions go dark.
learn-commits-and-duplicates-watch-2 = At { $at } the coordinator removed the dead member after session.timeout.ms without a heartbeat. Its partitions were dark all this time, and their lag grew.
learn-commits-and-duplicates-watch-3 = At { $at } the partitions were assigned again and B resumes from the last committed offset. Everything A processed after that commit is now processed a second time: those are the duplicates.
learn-commits-and-duplicates-task = Change the commits so that at most 50 records are processed twice after A crashes.
learn-commits-and-duplicates-hint = The duplicates are exactly what A processed after its last commit, so make that window smaller. A shorter session.timeout.ms only shortens the time the partitions stay dark.
learn-commits-and-duplicates-answer = Set Commits to commitSync per record: A's committed offset stays right behind what it has processed, so B repeats about 6 records instead of 326. commitSync per batch also gives few duplicates here, while auto.commit.interval.ms 10000 widens the window (about 356).

# 7. rebalancing
learn-rebalancing-title = Rebalancing
learn-rebalancing-summary = What happens when a member joins, and why the eager protocol stops every partition while the cooperative one stops only those that move.
learn-rebalancing-p1 = A rebalance reassigns partitions when the group changes: a member joins, leaves with LeaveGroup, misses max.poll.interval.ms or session.timeout.ms, or a subscribed topic gets more partitions. Here 3 instances × 2 threads work through a backlog on 12 partitions, each 500-record batch taking about 10 s. At 60 s a fourth instance joins.
learn-rebalancing-p2 = One broker acts as the group coordinator. When a rebalance starts, members learn it from the response to their next heartbeat, but they send JoinGroup only at their next poll(), after finishing the current batch. The coordinator waits for every member, up to max.poll.interval.ms, and makes one of them the leader; the leader runs the assignor over everyone's subscriptions and returns the result in SyncGroup, and the coordinator hands each member its partitions. Every completed round bumps the group's generation.
learn-rebalancing-p3 = With the range assignor the group uses the eager protocol: every member gives up all its partitions before it sends JoinGroup and gets partitions back only after SyncGroup. In this run each member revokes at its own poll() and then waits for the slowest one, so all 12 partitions stop, about a second each, although a minimal change would move only 2 of them to the new instance.
learn-rebalancing-p4 = The cooperative protocol (KIP-429, Kafka 2.4), which the cooperative-sticky assignor uses, keeps consuming during a rebalance. In the first round nobody gives anything up; the new assignment leaves out the partitions that must move, their old owners revoke just those and rejoin, and a second round hands them to the new member. Only moved partitions stop, but they wait for two rounds, and each round waits for every member's next poll().
learn-rebalancing-p5 = Compare the two runs side by side. The original (eager, range) stops 12 of 12 partitions for about a second each; cooperative-sticky stops 2 of 12, but for about 20 s each, because both rounds wait for 10-second batches. Note that since Kafka 3.0 the default partition.assignment.strategy is [RangeAssignor, CooperativeStickyAssignor], which still rebalances eagerly until range is removed from the list.
learn-rebalancing-watch-1 = At { $at } a rebalance started because a member joined. The others learn it from their next heartbeat, but they rejoin only at their next poll(), after the batch they are working on.
learn-rebalancing-watch-2 = At { $at } the first partitions were revoked. Eager: this member gave up all its partitions before sending JoinGroup; cooperative: only the ones that will move. Count the dark lanes.
learn-rebalancing-watch-3 = At { $at } the rebalance completed; the group is now at generation { $generation }. Compare not just how many lanes went dark in the two runs, but for how long.
learn-rebalancing-task = Change the group so that when the fourth instance joins, at most 4 of the 12 partitions stop.
learn-rebalancing-hint = Most partitions do not need a new owner. Look for an assignor whose protocol lets members keep what they own while the group rebalances.
learn-rebalancing-answer = Set Assignor to cooperative-sticky: only the 2 partitions that move to the new instance stop, though each for about 20 s, because the cooperative protocol needs two rounds. roundrobin does not help: it is still eager, so all 12 stop.

# 8. static-membership
learn-static-membership-title = Static membership
learn-static-membership-summary = How group.instance.id turns restarts into non-events, and what it costs when a member really dies.
learn-static-membership-p1 = A dynamic member sends LeaveGroup when it closes and gets a new member id when it comes back, so every restart costs two rebalances. In this run 3 instances with one consumer each are restarted one after another from 30 s on; each stops, and its replacement starts 20 s later. That adds up to 6 rebalances for one routine rolling restart.
learn-static-membership-p2 = Static membership (KIP-345, Kafka 2.3) gives each consumer a fixed group.instance.id. A static member sends no LeaveGroup on close, and when a consumer with the same id rejoins within session.timeout.ms, the coordinator hands it its old assignment without a rebalance. Each id must be unique in the group and stable across restarts, for example derived from a StatefulSet pod name.
learn-static-membership-p3 = The price is detection. The coordinator can no longer tell a restart from a crash, so a static member that goes away, cleanly or not, is removed only after session.timeout.ms, and its partitions go unconsumed until then. During a planned restart, too, that instance's partitions wait the 20 s until it is back, and their lag grows.
learn-static-membership-p4 = Choose session.timeout.ms longer than a restart and shorter than the gap you can accept after a crash. The default has been 45,000 ms since Kafka 3.0 (10,000 ms before), enough for this 20 s restart. Set it to 10,000 and each restarting member expires before it returns, and the rebalances are back.
learn-static-membership-watch-1 = At { $at } { $host } stopped for the restart. Its replacement starts 20 s later; watch what the group does in the meantime.
learn-static-membership-watch-2 = At { $at } a rebalance started because of that stop: a dynamic member sends LeaveGroup on close, so the group reassigns its partitions now and will do it again when the replacement joins.
learn-static-membership-watch-3 = At { $at } { $host } crashed: no LeaveGroup, no clean shutdown. Its partitions go dark.
learn-static-membership-watch-4 = At { $at } the coordinator removed the crashed member after session.timeout.ms without a heartbeat; its partitions were dark until now. With static membership even a clean shutdown takes this long to notice, so keep the timeout only a little longer than a restart needs.
learn-static-membership-task = Change the group so that the rolling restart causes no rebalance between 25 s and 190 s.
learn-static-membership-hint = The restarts are planned and each takes 20 s. The coordinator needs a way to recognise the consumer that comes back, and enough patience to wait for it.
learn-static-membership-answer = Turn on Static membership (group.instance.id) and keep session.timeout.ms at 45000: a static member sends no LeaveGroup on close and gets its assignment back when it rejoins within 45 s, which covers the 20 s restart. With session.timeout.ms 10000 each member expires before it returns, and the 6 rebalances come back.

# The Learn course, lessons 9–15, and the glossary (learn::glossary).
# Learn: lessons 9–15 and the glossary (English).

# Lesson 9: new-protocol
learn-new-protocol-title = KIP-848: the new rebalance protocol
learn-new-protocol-summary = Kafka 4.0's consumer protocol lets the broker compute the assignment and rebalances member by member, with no group-wide barrier.
learn-new-protocol-p1 = This is lesson 7's run again: 12 partitions with a backlog, 3 instances × 2 threads, batches that take about 10 s, and a 4th instance joining at 60 s. Under the classic protocols every rebalance goes through JoinGroup and SyncGroup: the coordinator waits until every member has rejoined, and a member rejoins only at its next poll(), after its current batch. KIP-848 removes that barrier. It has been generally available since Kafka 4.0 (early access since 3.7), and a client opts in with group.protocol=consumer.
learn-new-protocol-p2 = In the new protocol each member sends a ConsumerGroupHeartbeat every few seconds (the broker's group.consumer.heartbeat.interval.ms, 5 s by default), and that one request replaces JoinGroup, SyncGroup and Heartbeat. When a member joins or leaves, or a subscription or a topic's partition count changes, the coordinator bumps the group epoch and computes the new target assignment itself. It uses a server-side assignor, uniform or range: the broker offers the ones in group.consumer.assignors, and the client picks one with group.remote.assignor. No consumer acts as group leader any more, and partition.assignment.strategy no longer applies.
learn-new-protocol-p3 = Each member then reconciles towards its own target. The heartbeat response tells it which partitions to keep and which to give up; it revokes those first, in its own poll loop (committing first if auto-commit is on), and acknowledges with its next heartbeat, which moves it to the new member epoch. A partition goes to its new owner only after the old owner has released it, so a slow member delays only the partitions it has to hand over. Everyone else keeps fetching.
learn-new-protocol-p4 = Some things stay the same. max.poll.interval.ms still bounds the time between polls, and it is also the rebalance timeout: a member that does not finish revoking in time is fenced out of the group. Liveness moves to the broker: the client's session.timeout.ms is not used, the broker's group.consumer.session.timeout.ms (45 s by default) is. Put the two runs side by side: with range (classic, eager) every lane goes dark, with uniform only the partitions that move pause.
learn-new-protocol-watch-1 = { $at }: the group epoch is now { $generation }. The coordinator has already computed the new target assignment; no member has stopped, and each learns its part from its next heartbeat.
learn-new-protocol-watch-2 = { $at }: the first revocation. Under KIP-848 a member gives up only the partitions that move, in its own poll loop, and confirms with a heartbeat while the other lanes stay lit; under the classic eager protocol each member drops all its partitions as it rejoins.
learn-new-protocol-watch-3 = { $at }: a classic rebalance starts, the JoinGroup barrier. No new assignment comes out until every member has rejoined, and each rejoins only after its current batch; with the eager protocol each member drops all its partitions as it rejoins, and they stay dark until the new assignment arrives.
learn-new-protocol-task = Change the Assignor so that no classic JoinGroup round happens after the 4th instance joins and at most 4 of the 12 partitions stop.
learn-new-protocol-hint = Cooperative rebalancing is incremental but still classic: it goes through JoinGroup, twice. Look for an assignor that runs on the broker.
learn-new-protocol-answer = Assignor = uniform. It switches the group to the KIP-848 consumer protocol (group.protocol=consumer): the coordinator computes the target assignment, only the 2 partitions that move to the new instance pause (6.8 s in all), and there is no JoinGroup round. cooperative-sticky is still the classic protocol and costs 2 JoinGroup rounds.

# Lesson 10: deploys
learn-deploys-title = Deploys without rebalance storms
learn-deploys-summary = Why a rolling deploy rebalances the group twice per instance, and how blue-green or static membership avoid it.
learn-deploys-p1 = This group has the shape of the notification service in field note 002: 24 partitions, 4 instances with concurrency 3 (12 consumer threads), here with the range assignor on the classic eager protocol and 1,200 records/s. At 60 s a rolling deploy starts: an instance stops, its replacement starts 30 s later, and there is a 20 s gap before the next instance. Every step changes the group's membership twice, and every change is a rebalance that stops all partitions.
learn-deploys-p2 = Count them. A dynamic member sends LeaveGroup when it closes, so the stop is one rebalance and the replacement's JoinGroup is another: 8 for 4 instances. With eager range each one revokes all 24 partitions, and the stopped instance's partitions stay dark until the first rebalance hands them to someone else. The lag rises at every step, and field note 001 sums it up: a rolling deploy rebalances again and again, blue-green once.
learn-deploys-p3 = A blue-green deploy starts the new set beside the old one and then switches. If the new consumers join as they start, the group rebalances once when they join (for a while 24 threads share 24 partitions) and once when the old set stops: 2 in all. If they start only at the switch, the leaves and joins can fall into a single rebalance, the one field note 001 counts. The price is double capacity for a while; a canary is the small version, one new instance joins first and the rest follow once it looks healthy.
learn-deploys-p4 = Static membership is the other fix: a member with group.instance.id sends no LeaveGroup, and a replacement that rejoins with the same id within session.timeout.ms gets the same partitions back without a rebalance. Here that means 0 rebalances, though each stopped instance's partitions wait out its 30 s. cooperative-sticky does not lower the count, it raises it to 14, because every change that moves partitions takes two rounds; it only makes each pause smaller. Put the lesson's run and yours side by side and count the rebalance markers.
learn-deploys-watch-1 = { $at }: the deploy begins and the first instance ({ $host }) stops. Its consumers are dynamic members, so they send LeaveGroup on close and a rebalance follows at once.
learn-deploys-watch-2 = { $at }: the first rebalance of the deploy completes (generation { $generation }, group size { $members }). Every lane was dark during it, and the replacement will cause another one when it joins.
learn-deploys-watch-3 = { $at }: the lag peaks at { $lag } records and starts to drain. The traffic is steady: the peaks line up with rebalances, the first assignment at the start and then each step of the deploy.
learn-deploys-task = Change how the service is deployed so that the group rebalances at most once per instance (4 times) from 55 s to the end.
learn-deploys-hint = The rolling deploy costs two rebalances per instance: one when it leaves, one when its replacement joins. Which deploy changes the membership in bigger steps?
learn-deploys-answer = Deploy = Blue-green: the new set joins, then the old set stops, so the group rebalances 2 times instead of 8. Static membership (group.instance.id) also passes, with 0, because restarts within session.timeout.ms keep their assignment; cooperative-sticky makes the count worse (14), since it shortens each pause, not the number of rounds.

# Lesson 11: assignors
learn-assignors-title = Assignors: who gets which partition
learn-assignors-summary = Range, round-robin, sticky and the server-side assignors split the same partitions differently; try them on your own topics.
learn-assignors-p1 = The assignor decides which consumer in the group owns which partition. In the classic protocol it runs in the client: the group leader, one of the consumers, computes the assignment from everyone's subscriptions and hands it out through SyncGroup. partition.assignment.strategy lists the assignors a consumer supports; since Kafka 3.0 the default is [RangeAssignor, CooperativeStickyAssignor], and the group ends up using range. Field note 001's example: with 6 partitions and 2 consumers, range gives A partitions 0, 1, 2 and B partitions 3, 4, 5.
learn-assignors-p2 = RangeAssignor works topic by topic. It sorts each topic's partitions by number and the consumers by member id, gives each consumer a contiguous range, and when the count does not divide evenly the first consumers get one extra. That keeps partition N of every topic on the same consumer, which co-partitioned joins rely on. But the extras land on the same first consumers in every topic: with 2 topics of 3 partitions and 2 consumers, consumer-1 gets 4 partitions and consumer-2 gets 2.
learn-assignors-p3 = RoundRobinAssignor lines up all partitions of all topics (topics sorted by name) and deals them out one at a time, so when everyone subscribes to the same topics the counts differ by at most one. StickyAssignor balances just as well but keeps as many of each consumer's current partitions as it can, so a rebalance moves few of them. CooperativeStickyAssignor is the same algorithm on the cooperative protocol (KIP-429): only the moved partitions are revoked, at the price of a second rebalance round.
learn-assignors-p4 = Under KIP-848 (group.protocol=consumer) the broker runs the assignor. uniform (UniformAssignor, the default) spreads partitions evenly and keeps what each member owns as far as balance allows; the server-side range hands out per-topic ranges like the client's, keeping co-partitioned topics together. The client names one with group.remote.assignor, and the broker offers those listed in group.consumer.assignors.
learn-assignors-p5 = An assignor balances partition counts and decides how many partitions move in a rebalance; it does not balance load. If one partition gets half the traffic (lesson 13) or one host is slow (lesson 4), every assignor still gives that partition to a single consumer. And as field note 003 points out, when consumers and partitions are matched 1:1 the choice hardly matters.
learn-assignors-task = With the topics orders:3 payments:3 and 2 consumers, pick an assignor that gives every consumer as many partitions as any other, give or take one.
learn-assignors-hint = range splits each topic on its own, and the first consumer takes the leftover of every topic. Look for an assignor that deals out all the partitions together.
learn-assignors-answer = roundrobin: it deals the 6 partitions in turn (orders 0 and 2 and payments 1 to consumer-1, the rest to consumer-2), 3 and 3. sticky, cooperative-sticky and uniform balance too; range gives 4 and 2 because it splits each topic separately.

# Lesson 12: burrow
learn-burrow-title = Burrow: judging lag without thresholds
learn-burrow-summary = How Burrow reads a window of commits to tell a busy consumer from a stuck one, without a lag threshold.
learn-burrow-p1 = A fixed lag threshold misleads both ways. A lag of 10,000 can be healthy on a topic that takes 10,000 records a second and drains in moments, while a lag of 100 on a quiet topic can be a consumer that has not moved for an hour; and picking a threshold per topic never ends. The study notes in field note 003 say it plainly: an alert every time lag crosses a threshold is pointless. Burrow, LinkedIn's open-source lag monitor, asks a different question: is the consumer making progress?
learn-burrow-p2 = For every partition Burrow keeps a sliding window of the group's most recent commits, read from __consumer_offsets; its size is the storage setting intervals, 10 by default. With each commit it stores the committed offset, its time and the lag at that moment (log-end offset minus committed offset), so with commits a minute apart the window spans about 10 minutes. A partition whose current lag is at or below the evaluator's allowed-lag (0 by default) is OK without further checks.
learn-burrow-p3 = The rules then run in a fixed order. STOP: the newest commit is older than the whole window spans (now − last commit > last commit − first commit), so the consumer stopped committing while lag remains. REWIND: the committed offset went backwards and has not caught up since. Next, if any commit in the window had zero lag, the partition is OK.
learn-burrow-p4 = Otherwise STALL: every commit in the window has the same offset, so the consumer commits but does not advance (a record retried forever, a batch re-read after every rebalance). WARN: the lag never went down from one commit to the next across the whole window, so the consumer moves but keeps falling behind. Anything else is OK, including a large lag that is falling.
learn-burrow-p5 = A group's status is its worst partition: WARN if a partition is WARN, ERR if any is STOP, STALL or REWIND. The study notes' three graphs map onto this: lag that keeps returning to zero is OK, a consumer slower than its producer is WARN, and a consumer offset that stops is STALL with the group in ERR, the one worth a page. Burrow serves the result over HTTP (/v3/kafka/(cluster)/consumer/(group)/status) and can send notifications by e-mail or HTTP.
learn-burrow-task = Edit the window, or load a shape, so that Burrow says OK while the current lag is 10,000 or more.
learn-burrow-hint = Burrow does not care how large the lag is, only whether the consumer makes progress. What does a large lag that is being worked off look like?
learn-burrow-answer = Load Draining: the lag falls from 40,000 to 13,000 across the window, so no STOP, REWIND, STALL or WARN rule applies and Burrow says OK. Any window works where the lag is high but falls, or touches zero, within the window; Stalled gives STALL because the committed offset never moves.

# Lesson 13: keys-and-ordering
learn-keys-and-ordering-title = Keys, ordering and hot partitions
learn-keys-and-ordering-summary = A record's key picks its partition, and one hot key can overload a partition that no number of consumers can rescue.
learn-keys-and-ordering-p1 = When a producer sends a record with a key, Kafka's default partitioner picks the partition from the key alone: the murmur2 hash of the serialized key bytes, made positive, modulo the number of partitions. So all records with the same key land in the same partition, in the order they were written. Records without a key are spread by the sticky partitioner instead, a batch at a time. Type a key into the tool beside the run to see where it goes.
learn-keys-and-ordering-p2 = Kafka keeps order only within a partition, and a group gives each partition to one consumer thread, which processes its records one after another. That is why keys matter: all events of one order, one account or one device are seen in sequence. It is also why field note 004 warns that processing records in parallel inside the application gives up that guarantee, even with a partition key.
learn-keys-and-ordering-p3 = The flip side is a hot key. In this run half of the 600 records/s carry one key that hashes to partition 7, so partition 7 receives more than 300 records/s, while one thread at 4 ms per record manages 250. Its lag grows by the difference no matter how many consumers you add, because the group can give partition 7 to only one of them; the others sit mostly idle. Even 6 instances end near 48,000 records of lag.
learn-keys-and-ordering-p4 = The fix is in the key, not in the consumers. Add a suffix (a salt) to the hot key, say a number from 0 to 7, and its records spread over several partitions; the price is that records of that key are no longer ordered among themselves, so do it only where that order does not matter, or re-sequence downstream. Field note 004 makes the same point: a skewed partition key piles records onto a few partitions and caps their throughput.
learn-keys-and-ordering-p5 = Adding partitions looks like a fix but remaps keys: hash mod 12 and hash mod 16 differ for most keys, so a key's new records go to a new partition while its older records still wait in the old one, and a consumer may process the new ones first. Even doubling the count moves half of the keys. If order matters, add partitions rarely and with producers and consumers paused (as field note 004 suggests), or move to a new topic.
learn-keys-and-ordering-watch-1 = { $at }: look at partition 7. One thread owns it and cannot keep up, while the threads on the other partitions are mostly idle; the group is { $lag } records behind, nearly all of it on partition 7.
learn-keys-and-ordering-task = Change the run so that the lag at the end is at most 5,000 records.
learn-keys-and-ordering-hint = Compare what partition 7 receives per second with what one thread can process. Which lever changes the first number instead of adding threads?
learn-keys-and-ordering-answer = Share of records with the hot key = 0.05, which is what spreading the hot key with a salted key achieves: partition 7 gets little more than the others, every partition stays under one thread's 250 records/s, and the lag ends near 1,400. Instances 6 does not help (about 48,000): more consumers cannot share one partition.

# Lesson 14: sizing
learn-sizing-title = Sizing partitions and consumers
learn-sizing-summary = Work out how many threads and partitions a target rate needs, with headroom to catch up after an incident.
learn-sizing-p1 = The target is 2,000 records/s at 8 ms per record. One thread then handles 125 records/s, so just keeping up takes 2,000 × 0.008 = 16 threads busy all the time. This run has 8 partitions and 2 instances × 4 threads: 8 threads, 1,000 records/s, so the lag grows by about 1,000 records every second.
learn-sizing-p2 = Keeping up is not enough. After a deploy, an outage or a burst you need spare capacity to drain the backlog, and the drain time is backlog ÷ (capacity − production): at exactly 16 threads a backlog never shrinks, while with 24 threads (3,000 records/s) a backlog of 300,000 drains in 300,000 ÷ 1,000 = 300 s. Field note 004's tuning checklist starts the same way: take the peak publish volume and the time the subscriber is allowed, derive the target TPS, then the partition count.
learn-sizing-p3 = Partitions must be at least as many as threads. A thread without a partition sits idle (lesson 1), so adding instances beyond the partition count adds cost, not throughput. Field note 004 aims for consumers matched 1:1 with partitions for the best throughput, then tests to find the real numbers, since resources are not unlimited.
learn-sizing-p4 = More partitions are not free. Each one means log segments and index files on every replica, memory and open files on the brokers, more leaders to move when a broker fails, longer rebalances and assignments, and one more batch for the producer to fill, so batches get smaller. A topic's partition count can be increased but never reduced, and increasing it remaps keys (lesson 13); that is why field note 004 keeps a ceiling of about 30 partitions in its project.
learn-sizing-watch-1 = { $at }: the lag is already { $lag } records. With the original 8 threads, 2,000 records/s arrive and the group consumes 1,000, so it falls behind by about 1,000 every second.
learn-sizing-watch-2 = { $at }: one of the group's { $members } members owns no partition. Every member waits like this until the first rebalance; threads that still have none afterwards, beyond the partition count, add cost, not throughput.
learn-sizing-task = Change Partitions, Instances and Threads per instance so that the lag at the end is at most 20,000 and no thread sits idle.
learn-sizing-hint = Work out how many threads 2,000 records/s at 8 ms needs, add room to catch up, then make sure every thread has a partition.
learn-sizing-answer = Partitions 24, Instances 4, Threads per instance 6: 24 threads × 125 records/s = 3,000 records/s, one partition each, which covers the 2,000 records/s and leaves 1,000 records/s to work off a backlog after an incident. 6 instances × 4 threads on 8 partitions leaves 16 threads idle and the lag at about 313,000.

# Lesson 15: watching-lag
learn-watching-lag-title = Watching lag: what to alert on
learn-watching-lag-summary = Lag in records says how much is waiting, lag in seconds how late you are; alert on the second.
learn-watching-lag-p1 = This run has two events that look alike on a chart of lag in records. At 120 s a burst of 20,000 records arrives within 5 s, and the group drains it in seconds. At 300 s one thread on app-1 hangs on a call for 240 s: its 2 partitions stop; they get just 40 of the 120 records/s, so only about 10,000 records pile up, but the oldest of them wait 4 minutes. An alert on records either pages for the burst or misses the stall; try both units in the tool below the run.
learn-watching-lag-p2 = Lag in seconds answers the question users care about: how old is the oldest record we have not processed? kafka-lag-exporter estimates it per partition from a table of (log-end offset, time) points, polled every 30 s by default, by interpolating when the log end stood at the committed offset. It exports kafka_consumergroup_group_lag_seconds and kafka_consumergroup_group_max_lag_seconds. In this run the burst peaks at 5.9 s, while the stall reaches 4 min 4 s.
learn-watching-lag-p3 = Other sources see less. The client's records-lag-max (consumer-fetch-manager-metrics) is per consumer: the largest high watermark minus position over its partitions, not the committed offset, and it exists only while the consumer is alive, so a dead consumer reports nothing. Burrow (lesson 12) judges progress and reports STALL or STOP, while kminion and kafka_exporter export lag in records per partition. All of them feed Prometheus and Grafana; Burrow gets there through burrow-exporter or, in recent versions, its own metrics endpoint.
learn-watching-lag-p4 = Alert on what means trouble: lag in seconds above what your SLO allows (60 s here), a Burrow status of STALL or STOP (the group in ERR), and a group whose member count drops to 0 (kafka_exporter's kafka_consumergroup_members). Keep record counts for dashboards and capacity planning: a backlog that drains by itself should not wake anyone up.
learn-watching-lag-p5 = When an incident happens, paste what you have into Analyze: kafka-consumer-groups.sh --describe dumps, Prometheus query results, Burrow JSON, lag CSVs or Grafana exports. Several dumps with date lines between them give rates, Burrow verdicts and time to drain. Analyze names the hosts and partitions that hold the lag, and the Playground can start from the group you pasted to replay the incident.
learn-watching-lag-watch-1 = { $at }: the burst at its peak. Lag in records jumps to { $lag }, yet those records are only seconds old and the group is already draining them; an alert on records fires here, an alert on seconds does not.
learn-watching-lag-watch-2 = { $at }: app-1's thread hangs on a call. Its 2 partitions stay assigned to it, so their lanes keep its colour and nobody takes them over: the lag in records stays modest, but the lag in seconds climbs by one every second.
learn-watching-lag-task = Choose the alert's unit and threshold so that it fires during the stall (300–600 s) and never during the burst (110–290 s).
learn-watching-lag-hint = The burst has many records that leave quickly; the stall has few records that wait a long time. Which unit tells them apart?
learn-watching-lag-answer = Lag in seconds above 60: the stall climbs to 4 min 4 s and fires, while the burst peaks at 5.9 s and stays quiet. Lag in records above 5,000 also fires on the burst (13,504), a page for a backlog that drains by itself.

# Glossary
glossary-topic = Topic
glossary-topic-def = A named stream of records, split into partitions. Producers write to it, and each consumer group reads it at its own pace.
glossary-partition = Partition
glossary-partition-def = One ordered, append-only log that makes up part of a topic. It is the unit of parallelism: within a group only one consumer reads it at a time, and order is kept only inside a partition.
glossary-consumer-group = Consumer group
glossary-consumer-group-def = Consumers sharing one group.id that divide a topic's partitions among themselves. Each group gets every record once, so two groups each get all of them.
glossary-member = Member
glossary-member-def = One consumer in a group as the coordinator sees it, usually one thread of an application instance, with its own member id. A member without a partition sits idle.
glossary-concurrency = Concurrency
glossary-concurrency-def = The number of consumer threads per application instance (Spring Kafka's concurrency setting). A group has instances × concurrency members, and only as many as there are partitions get work.
glossary-offset = Offset
glossary-offset-def = A record's position in its partition (0, 1, 2 …), assigned by the broker when the record is written.
glossary-log-end-offset = Log-end offset
glossary-log-end-offset-def = The offset the next record written to a partition will get (LOG-END-OFFSET in kafka-consumer-groups.sh). It grows as producers write.
glossary-committed-offset = Committed offset
glossary-committed-offset-def = The offset a group has stored in __consumer_offsets for a partition: the next record it reads after a restart or a rebalance (CURRENT-OFFSET in kafka-consumer-groups.sh).
glossary-position = Position
glossary-position-def = The offset of the next record a consumer will fetch, held in its memory. It runs ahead of the committed offset until the next commit.
glossary-lag = Lag
glossary-lag-def = Log-end offset minus committed offset, per partition: the records the group has not committed yet (LAG in kafka-consumer-groups.sh). A group's lag is the sum over its partitions.
glossary-lag-seconds = Time lag
glossary-lag-seconds-def = How long ago the record at the committed offset was written: lag in seconds rather than records. kafka-lag-exporter estimates it by interpolating log-end offsets over time.
glossary-throughput = Throughput
glossary-throughput-def = Records processed per second. A group's throughput is the sum over the threads that own partitions; when production is higher, lag grows.
glossary-poll-loop = Poll loop
glossary-poll-loop-def = The consumer's main loop: poll() a batch, process it, commit, poll again. If the loop stalls for longer than max.poll.interval.ms, the client leaves the group.
glossary-max-poll-records = max.poll.records
glossary-max-poll-records-def = The most records one poll() returns (500 by default). The batch size × the time per record must stay well under max.poll.interval.ms.
glossary-max-poll-interval = max.poll.interval.ms
glossary-max-poll-interval-def = The longest a consumer may go between two poll() calls (300,000 ms, 5 min, by default). Past it the client leaves the group, and its next commit fails with CommitFailedException.
glossary-heartbeat = Heartbeat
glossary-heartbeat-def = A small request a consumer sends the coordinator from a background thread, every heartbeat.interval.ms (3 s by default in the classic protocol), to show it is alive and to learn of rebalances.
glossary-session-timeout = Session timeout
glossary-session-timeout-def = How long the coordinator waits without a heartbeat before removing a member: session.timeout.ms, 45 s by default since Kafka 3.0. Under KIP-848 the broker's group.consumer.session.timeout.ms applies instead.
glossary-leave-group = LeaveGroup
glossary-leave-group-def = The request a dynamic member sends when it closes or exceeds max.poll.interval.ms, so the group rebalances at once instead of waiting for the session timeout. Static members do not send it.
glossary-commit = Commit
glossary-commit-def = Storing a group's progress on a partition in __consumer_offsets, as the offset of the next record to read. commitSync waits for the broker's reply, commitAsync does not.
glossary-auto-commit = Auto-commit
glossary-auto-commit-def = With enable.auto.commit=true (the client default) the consumer commits what poll() has returned, from inside poll(), every auto.commit.interval.ms (5 s by default).
glossary-commit-failed = CommitFailedException
glossary-commit-failed-def = A commit refused because the member is no longer in the group's current generation, usually because it exceeded max.poll.interval.ms and the group rebalanced without it.
glossary-at-least-once = At-least-once
glossary-at-least-once-def = The guarantee you get by committing after processing: no record is lost, but after a crash or a rebalance the records since the last commit are processed again.
glossary-duplicate = Duplicate
glossary-duplicate-def = A record processed twice because its offset was not committed before a crash or a rebalance. Make processing idempotent, for example by skipping event ids already seen.
glossary-rebalance = Rebalance
glossary-rebalance-def = The group redistributing partitions after a member joins, leaves or times out, or the subscribed topics change. In the classic eager protocol every partition stops until it completes.
glossary-coordinator = Coordinator
glossary-coordinator-def = The broker that manages a group: it tracks members and heartbeats, runs rebalances and stores the group's commits. Each group has exactly one.
glossary-generation = Generation
glossary-generation-def = The classic protocol's number for each completed rebalance. A commit from an older generation is rejected with CommitFailedException.
glossary-join-sync = JoinGroup/SyncGroup
glossary-join-sync-def = The classic rebalance in two steps: every member sends JoinGroup, the leader computes the assignment, and SyncGroup delivers it. The coordinator waits until every member has rejoined.
glossary-eager = Eager rebalancing
glossary-eager-def = The classic protocol in which every member revokes all its partitions before rejoining. Simple, but the whole group stops for each rebalance.
glossary-cooperative = Cooperative rebalancing
glossary-cooperative-def = The incremental classic protocol (KIP-429, cooperative-sticky): members keep what they own and revoke only the partitions that move, at the price of a second rebalance round.
glossary-static-membership = Static membership
glossary-static-membership-def = group.instance.id (KIP-345): a member with a fixed identity sends no LeaveGroup and gets its partitions back if it returns within session.timeout.ms, so restarts cause no rebalance.
glossary-kip-848 = KIP-848
glossary-kip-848-def = Kafka's new consumer rebalance protocol (group.protocol=consumer, generally available since 4.0): the broker computes the assignment and members reconcile one by one through ConsumerGroupHeartbeat, with no group-wide barrier.
glossary-epoch = Epoch
glossary-epoch-def = Under KIP-848 the group epoch counts changes to the group, and each member has a member epoch that catches up with it once the member has reconciled to the new target assignment.
glossary-assignor = Assignor
glossary-assignor-def = The algorithm that decides which member owns which partition: range, roundrobin, sticky or cooperative-sticky in the client; uniform or range on the broker under KIP-848.
glossary-rolling-deploy = Rolling deploy
glossary-rolling-deploy-def = Replacing instances one at a time. With dynamic members every stop and every start is a rebalance, about two per instance.
glossary-blue-green = Blue-green deploy
glossary-blue-green-def = Starting the new set of instances beside the old one, then switching over at once: one or two rebalances in all, at the cost of double capacity for a while.
glossary-burrow = Burrow
glossary-burrow-def = LinkedIn's open-source lag monitor. It judges each partition from a sliding window of commits (OK, WARN, STALL, STOP, REWIND) instead of a lag threshold.
glossary-sliding-window = Sliding window
glossary-sliding-window-def = The most recent commits of a partition that Burrow keeps (storage intervals, 10 by default); each new commit pushes out the oldest.
glossary-key = Key
glossary-key-def = The part of a record that picks its partition: the default partitioner takes the murmur2 hash of the key bytes modulo the partition count, so equal keys share a partition.
glossary-hot-key = Hot key
glossary-hot-key-def = A key that carries a large share of the traffic. Its partition can receive more records than one consumer can process, and adding consumers does not help.
glossary-ordering = Ordering
glossary-ordering-def = Kafka keeps records in order only within a partition. Records of one key stay in order as long as the key maps to one partition and one thread processes them in turn.
glossary-records-lag-max = records-lag-max
glossary-records-lag-max-def = A consumer client metric: the largest lag in records over the partitions the consumer fetches, measured from its position, not its commit. It exists only while the consumer runs.
glossary-exporter = Exporter
glossary-exporter-def = A process that reads lag from Kafka and publishes it as Prometheus metrics, such as kafka-lag-exporter, kminion, kafka_exporter, or Burrow with burrow-exporter.
