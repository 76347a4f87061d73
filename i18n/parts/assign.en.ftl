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
whatif-cli-keeps = keeps
whatif-cli-loses = loses
whatif-cli-gains = gains
whatif-cli-inherits-lag = inherits lag
whatif-cli-withheld = withheld until the follow-up rebalance: { $partitions }
whatif-cli-protocol-eager = Eager
whatif-cli-protocol-cooperative = Cooperative
whatif-cli-protocol-static = Static
whatif-cli-protocol-consumer = Consumer
whatif-cli-rebalances = rebalances
whatif-cli-partitions-paused = partitions paused
whatif-cli-longest-pause = longest pause
whatif-cli-bottleneck = slowest to drain: { $member }
whatif-cli-assumed = assumed: { $assumption }

# The Assignment view (web).
whatif-ui-title = Assignment
whatif-ui-empty = Load a dump in Analyze first: the what-if starts from its groups.
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
