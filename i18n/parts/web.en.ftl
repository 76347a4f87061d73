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
ui-analyse = Analyse
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
ui-yes = yes
ui-no = no

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
pg-assignor = Assignor
pg-static-membership = static membership (group.instance.id)
pg-commits = Commits
pg-commit-auto = auto-commit
pg-commit-sync-per-batch = commitSync per batch
pg-commit-sync-per-record = commitSync per record
pg-commit-async-per-batch = commitAsync per batch
pg-from-dump = Start from the group in Analyze
pg-no-group-in-analyze = the Analyze view holds no group with partitions (the offsets view of --describe)
pg-whole-scenario = The whole scenario (JSON; schema in docs/simulator.md)
pg-run = Run
pg-simulating = Simulating…
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
