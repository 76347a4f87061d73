## analysis
# Lag over time: the series readers, what an input was read as, Burrow's verdicts, lag in
# seconds and the CLI's analysis summary.

# Series readers: what a line of a time-based input could not give.
series-csv-expected-series-time-value = expected Series, Time and Value cells
series-csv-not-a-row = not a CSV row: { $error }
series-csv-expected-time-in-column = expected a time in column "{ $column }"
series-csv-expected-partition = expected an integer partition
series-labels-missing = series "{ $series }" has no topic and partition labels
series-expected-time-found = expected a time, found "{ $found }"
series-host-table-expected-moment = expected a date and an hour (or a time) in the first columns
series-host-table-expected-host = expected a host name in the first column
series-msk-expected-time = expected a time stamp in the first column
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
workbench-read-as-single-snapshot-tool-hint = a single snapshot: { $tool } · { $hint }
workbench-read-as-single-snapshot-tool = a single snapshot: { $tool }
workbench-read-as-single-snapshot-unknown = a single snapshot (no known format)
workbench-read-as-snapshot-at = a snapshot at { $time }

# Burrow's partition rules: which one decided, with the numbers it compared. Burrow's statuses
# (OK, WARN, STOP, STALL, REWIND) and its settings (minimum-complete) keep their names.
burrow-no-commits = the window holds no commits
burrow-incomplete = complete { $complete } < minimum-complete { $minimum_complete }: Burrow leaves incomplete windows OK
burrow-lag-within-allowed = current lag { $current_lag } ≤ allowed lag { $allowed_lag }
burrow-stop = now − last commit = { $since_last_commit } > last − first commit = { $span }, and no recent broker offset ({ $broker_offsets ->
    [0] none
   *[other] { $broker_offsets }
}) is ≤ the last committed offset { $last_offset }
burrow-rewind = offset { $offset } < previous { $previous } at commit { $index }, and no later commit reached { $previous } again
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
