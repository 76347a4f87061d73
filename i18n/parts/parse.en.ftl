## parse
# The parser's diagnostics (crates/lagscope-core/src/parse). Line numbers and offsets quoted from a
# row are passed as the input writes them (digits without separators).

# Rows and headers.
diag-wrapped-row = lines { $first } and { $second } are one row the console wrapped: read joined
diag-wrapped-header = lines { $first } and { $second } are one header the console wrapped: read joined
diag-row-cut-short = the row is cut short: { $missing } unknown (the cells it has are read)
diag-no-table-open = no table is open
diag-row-too-few-columns = expected { $expected } columns ({ $names }), found { $found }
diag-row-without-numbers = not a row of the "{ $names }" table: it has none of the table's numbers
diag-row-shapes-mismatch = expected { $expected } columns ({ $names }) with those shapes, found { $found } that do not fit
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
diag-cause-timeout = the tool could not get an answer in time: check --bootstrap-server, the network and the brokers' advertised listeners, or raise --timeout
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
diag-json-trailing-text = a JSON document is followed by other text from line { $line }
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
