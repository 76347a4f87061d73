## sim
# The simulator: its event log, the scenario's validation errors, the text summary, what is
# assumed when a run starts from a dumped group, and the presets' descriptions.

# The event log's kinds (second column).
sim-event-kind-started = Started
sim-event-kind-joined = Joined
sim-event-kind-left = Left
sim-event-kind-crashed = Crashed
sim-event-kind-stopped = Stopped
sim-event-kind-rebalance-started = RebalanceStarted
sim-event-kind-rebalance-completed = RebalanceCompleted
sim-event-kind-epoch-bumped = EpochBumped
sim-event-kind-assigned = Assigned
sim-event-kind-revoked = Revoked
sim-event-kind-commit-failed = CommitFailed
sim-event-kind-poll-timed-out = PollTimedOut
sim-event-kind-metadata-refreshed = MetadataRefreshed
sim-event-kind-partitions-added = PartitionsAdded
sim-event-kind-stalled = Stalled
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
sim-assumed-dropped-topic = the operation at { $at } is dropped: the dump has no topic { $topic } with fewer than { $partitions } partitions
sim-assumed-dropped-host = the operation at { $at } is dropped: it names { $target }, which the dump does not show

# The presets (lagscope simulate --list, the Playground).
preset-slow-a-server = shared/seeds/000: 1,200,000 messages arrive at 18:00 on 5 topics × 20 partitions, consumed by 4 servers running one consumer each with concurrency 5 and a commit after each batch. Server A cannot go faster than 10 records/s (36,000 an hour), so a batch of 500 takes its threads about 250 s, and now and then longer than max.poll.interval.ms: that thread leaves the group and its commit fails with CommitFailedException, the clue the engineers found in A's logs. B, C and D drain their share in the first hour and go quiet, while A's partitions hold the lag for seven hours.
preset-poll-timeout-storm = shared/seeds/002: 24 partitions, 4 replicas × concurrency 3, max.poll.records 500, max.poll.interval.ms 300,000, a commit after each batch (Spring's AckMode.MANUAL). About one push in 1,400 waits on an OAuth token call that has no timeout and hangs until the process is restarted. After each rebalance the members commit a batch or two, then each one meets a hanging call: 300 s after its last poll it leaves the group, and the group is left without consumers. Lag drains a little, then climbs back; the restart at 30 minutes (the seed's rollout) repeats it, and what the hung threads had pushed is pushed again. Raising max.poll.interval.ms to 600,000 only moves the leave to 600 s; bounding the call ends it.
preset-poll-timeout-storm-fixed = The tuning from shared/seeds/002: max.poll.records lowered from 500 to 50, once the token call was bounded (here a 30 s timeout). A batch of 50 with a timed-out call takes well under a minute, far inside max.poll.interval.ms: nobody leaves, commits succeed and the lag drains. Lowering max.poll.records alone would not have helped: a call that hangs for 15 minutes outlasts any batch size.
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
