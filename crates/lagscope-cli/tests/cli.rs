//! The `lagscope` binary as a user runs it: files, standard input, JSON and summary output.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(name)
}

/// Runs `lagscope` in the C locale (English), whatever the machine's locale is.
fn lagscope(args: &[&str], stdin: Option<&[u8]>) -> Output {
    lagscope_in_locale(args, stdin, &[("LC_ALL", "C"), ("LANG", "C")])
}

/// Runs `lagscope` with only the locale variables `locale` sets.
fn lagscope_in_locale(args: &[&str], stdin: Option<&[u8]>, locale: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lagscope"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .envs(locale.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("lagscope starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    input.write_all(stdin.unwrap_or_default()).expect("stdin accepts input");
    drop(input);
    child.wait_with_output().expect("lagscope finishes")
}

#[test]
fn parse_json_follows_the_contract() {
    let path = fixture("dumps/kafka/kafka-2.3-all-groups.txt");
    let output = lagscope(&["parse", path.to_str().unwrap(), "--json"], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    let groups = json["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0]["group"], "billing-audit");
    assert_eq!(groups[0]["state"], "Empty");
    assert_eq!(groups[0]["total_lag"], 26);
    assert_eq!(groups[1]["group"], "orders-consumer");
    assert_eq!(groups[1]["state"], serde_json::Value::Null);
    assert_eq!(groups[1]["total_lag"], 107);
    assert_eq!(groups[1]["members"], serde_json::json!([]));
    let never_committed = &groups[1]["partitions"][1];
    assert_eq!(never_committed["partition"], 1);
    assert_eq!(never_committed["current_offset"], serde_json::Value::Null);
    assert_eq!(never_committed["log_end_offset"], 1498);
    assert_eq!(never_committed["lag"], serde_json::Value::Null);
    assert_eq!(json["diagnostics"], serde_json::json!([]));
}

/// A blank line, a header, a row, and a row cut short.
const CUT_ROW_DUMP: &str = "\nGROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                            g t 0 1 5 4 c-1 /10.0.0.1 c\n\
                            g t 1 2\n";

#[test]
fn parse_reads_standard_input_and_reports_bad_lines() {
    let dump = CUT_ROW_DUMP;
    let output = lagscope(&["parse", "-", "--json"], Some(dump.as_bytes()));
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["groups"][0]["total_lag"], 4);
    // The cut row is partition 1, its last cell (`2`, maybe of a longer number) and the rest unknown.
    assert_eq!(json["groups"][0]["partitions"][1]["partition"], 1);
    assert_eq!(json["groups"][0]["partitions"][1]["current_offset"], serde_json::Value::Null);
    assert_eq!(json["diagnostics"][0]["line"], 4);
    assert_eq!(json["diagnostics"][0]["severity"], "warning");
    assert!(json["diagnostics"][0]["message"].as_str().unwrap().contains("the row is cut short"));
}

/// `--stats` says what became of every line: the blank line is noise, the header and the row are
/// used, the cut row is reported (it is used in part, and a diagnostic names it).
#[test]
fn parse_stats_account_for_every_line() {
    let dump = CUT_ROW_DUMP;
    let output = lagscope(&["parse", "-", "--stats"], Some(dump.as_bytes()));
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    for expected in ["lines-used: 2", "lines-noise: 1", "lines-reported: 1"] {
        assert!(stderr.lines().any(|line| line == expected), "{expected} not in {stderr}");
    }
    assert!(!stderr.contains("dropped-silently"), "{stderr}");
}

/// A binary file (here gzip's magic and noise) is told apart before any parsing: one diagnostic,
/// not one per "line" of noise (it gave hundreds before).
#[test]
fn a_binary_file_is_one_clear_diagnostic() {
    let mut bytes = vec![0x1f_u8, 0x8b, 0x08, 0x00];
    bytes.extend((0..200_000_u32).map(|n| (n.wrapping_mul(2_654_435_761) >> 24) as u8));
    let path = std::env::temp_dir().join(format!("lagscope-binary-{}.gz", std::process::id()));
    std::fs::write(&path, &bytes).unwrap();
    let file = path.to_str().unwrap();
    let output = lagscope(&["parse", file, "--json"], None);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["diagnostics"].as_array().map(Vec::len), Some(1));
    assert!(json["diagnostics"][0]["message"].as_str().unwrap().contains("binary file"));
    // `analyze` says so once, on standard error, for that file.
    let output = lagscope(&["analyze", file], None);
    let said = String::from_utf8_lossy(&output.stderr);
    assert_eq!(said.lines().filter(|line| line.contains(": error: ")).count(), 1, "{said}");
    assert!(said.contains("read as a binary file"), "{said}");
    let _ = std::fs::remove_file(&path);
}

#[test]
fn parse_without_json_prints_a_summary() {
    let path = fixture("dumps/messy/messy-paste.txt");
    let output = lagscope(&["parse", path.to_str().unwrap()], None);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let row = text.lines().find(|line| line.starts_with("orders-consumer")).expect("a summary row");
    let columns: Vec<&str> = row.split_whitespace().collect();
    // The members view was not pasted: the member count is unknown, not 0.
    // Partitions 0 and 1, and the row cut after partition 2 (its offsets unknown).
    assert_eq!(columns, vec!["orders-consumer", "3", "unknown", "98", "Rebalancing"]);
    assert!(text.contains("7 diagnostics:"), "{text}");
    assert!(text.contains("line 10: warning: the row is cut short"), "{text}");
}

#[test]
fn decodes_utf16_from_powershell() {
    let dump = "\r\nGROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\r\n\
                g t 0 1 5 4 c-1 /10.0.0.1 c\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(dump.encode_utf16().flat_map(u16::to_le_bytes));
    let output = lagscope(&["parse", "--json"], Some(&bytes));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["groups"][0]["total_lag"], 4);
    assert_eq!(json["diagnostics"], serde_json::json!([]));
}

/// A `--minimum-complete` outside 0-1 (Burrow's fraction of the window) is refused, in the reader's
/// language.
#[test]
fn a_minimum_complete_outside_a_fraction_is_refused_in_both_languages() {
    let args = ["analyze", "--minimum-complete", "1e300", "-"];
    let english = lagscope(&args, Some(b"time,topic,partition,lag\n"));
    assert!(!english.status.success());
    assert!(String::from_utf8_lossy(&english.stderr).contains("expected a fraction from 0 to 1"));
    let korean = lagscope_in_locale(&args, Some(b"time,topic,partition,lag\n"), &[("LANG", "ko_KR.UTF-8")]);
    assert!(String::from_utf8_lossy(&korean.stderr).contains("0에서 1 사이의 비율"));
}

/// Burrow's ring is allocated per partition: a size past the bound is refused in the reader's
/// language, before any input is read (10^10 slots would exhaust memory).
#[test]
fn an_intervals_ring_too_large_is_refused_in_both_languages() {
    let args = ["analyze", "--intervals", "10000000000", "-"];
    let english = lagscope(&args, Some(b"time,topic,partition,lag\n"));
    assert!(!english.status.success());
    assert!(String::from_utf8_lossy(&english.stderr).contains("expected at most 10,000"), "{english:?}");
    let korean = lagscope_in_locale(&args, Some(b"time,topic,partition,lag\n"), &[("LANG", "ko_KR.UTF-8")]);
    assert!(String::from_utf8_lossy(&korean.stderr).contains("최대 10,000까지"), "{korean:?}");
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let output = lagscope(&["parse", "/no/such/dump.txt"], None);
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("cannot read /no/such/dump.txt"), "{stderr}");
}

#[test]
fn evaluate_follows_burrow_and_explains() {
    let request = r#"{"now_ms": 1700000000000,
     "config": {"allowed_lag": 0, "minimum_complete": 0.0, "intervals": 10},
     "groups": [{"group": "g", "partitions": [{"topic": "t", "partition": 0,
       "window": [null, {"offset": 1000, "timestamp_ms": 1699999900000, "lag": 3321}],
       "broker_offsets": [4321], "current_lag": 2421, "owner": null, "client_id": null}]},
       {"group": "ghost"}]}"#;
    let output = lagscope(&["evaluate", "-"], Some(request.as_bytes()));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let group = &json["groups"][0];
    // Burrow's `Incomplete` case: one commit, half a window, stopped; the group is ERR with complete 0.
    assert_eq!(group["status"], "ERR");
    assert_eq!(group["complete"], 0.0);
    assert_eq!(group["total_lag"], 2421);
    assert_eq!(group["max_lag"]["current_lag"], 2421);
    let partition = &group["partitions"][0];
    assert_eq!(partition["status"], "STOP");
    assert_eq!(partition["complete"], 0.5);
    assert_eq!(partition["rule"]["rule"], "stop");
    // Durations are written as people read them (1 min 40 s, not 100000 ms); the numbers stay in
    // `detail_args`, in seconds.
    assert!(
        partition["rule"]["detail"].as_str().unwrap().contains("= 1 min 40 s > last − first commit = 0 s")
    );
    assert_eq!(partition["rule"]["detail_id"], "burrow-stop");
    assert_eq!(partition["rule"]["detail_args"]["since_last_commit"], 100.0);
    assert_eq!(json["groups"][1]["status"], "NOTFOUND");
}

#[test]
fn evaluate_rejects_what_is_not_a_request() {
    let output = lagscope(&["evaluate", "-"], Some(b"{\"groups\": 3}"));
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not an evaluate request"));
}

#[test]
fn time_lag_follows_kafka_lag_exporter() {
    let request = r#"{"table_size": 60, "ops": [
        {"add_point": {"offset": 1000, "time_ms": 0}},
        {"add_point": {"offset": 2000, "time_ms": 30000}},
        {"add_point": {"offset": 1500, "time_ms": 40000}},
        {"lookup": {"offset": 1500}},
        {"lookup": {"offset": 500}},
        {"lookup": {"offset": 2000}}]}"#;
    let output = lagscope(&["time-lag"], Some(request.as_bytes()));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        json["results"],
        serde_json::json!([
            "inserted",
            "inserted",
            "non_monotonic",
            {"predicted_time_ms": 15000.0},
            {"predicted_time_ms": -15000.0},
            "lag_is_zero"
        ])
    );
}

#[test]
fn streaming_matches_the_whole_text_parser_on_every_fixture() {
    // The CLI streams lines; the web app parses the whole text. Same input, same JSON.
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/dumps");
    for folder in ["kafka", "other", "messy"] {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name == "EXPECTED.json"
                || name.starts_with('.')
                || path.extension().is_some_and(|extension| extension.eq_ignore_ascii_case("md"))
            {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let whole = lagscope_core::parse::parse(&lagscope_core::text::decode(&bytes));
            let english = lagscope_core::l10n::Localizer::bundled(lagscope_core::l10n::Lang::En);
            let expected = english.to_json(&lagscope_core::contract::ParseReport::new(&whole)).unwrap();
            let output = lagscope(&["parse", "--json", path.to_str().unwrap()], None);
            let streamed: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
            assert_eq!(streamed, expected, "{name}");
        }
    }
}

#[test]
fn lone_carriage_returns_end_lines() {
    let dump = "\rGROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\rg t 0 1 5 4 c-1 /10.0.0.1 c\rg t 1 2\r";
    let output = lagscope(&["parse", "--json"], Some(dump.as_bytes()));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["groups"][0]["total_lag"], 4);
    assert_eq!(json["diagnostics"][0]["line"], 4);
}

#[test]
fn analyze_explains_the_slow_host() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/series/slow-host-timed.txt");
    let output = lagscope(&["analyze", "--json", path.to_str().unwrap()], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let group = &json["groups"][0];
    assert_eq!(group["burrow_status"], "WARN");
    assert_eq!(group["hosts"][0]["host"], "/10.20.1.11");
    assert_eq!(group["hosts"][0]["consume_per_s"], 20.0);
    assert_eq!(group["partitions"][0]["burrow_rule"]["rule"], "lag-not-decreasing");
    let text = lagscope(&["analyze", path.to_str().unwrap()], None);
    let report = String::from_utf8(text.stdout).unwrap();
    assert!(report.contains("host /10.20.1.11"), "{report}");
    assert!(report.contains("(90% of the group's)"), "{report}");
}

#[test]
fn analyze_takes_times_for_separate_files() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/cli-test-analyze");
    std::fs::create_dir_all(&root).unwrap();
    let header = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n";
    let first = root.join("first.txt");
    let second = root.join("second.txt");
    std::fs::write(&first, format!("{header}g t 0 100 200 100 c-1 /10.0.0.1 c\n")).unwrap();
    std::fs::write(&second, format!("{header}g t 0 700 800 100 c-1 /10.0.0.1 c\n")).unwrap();
    let output = lagscope(
        &[
            "analyze",
            "--json",
            first.to_str().unwrap(),
            second.to_str().unwrap(),
            "--at",
            "2026-11-22T03:10:00Z",
            "--at",
            "Sun Nov 22 03:11:00 UTC 2026",
        ],
        None,
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["groups"][0]["partitions"][0]["consume_per_s"], 10.0);
    // Without times, a dump is one snapshot: findings, but no rates.
    let single = lagscope(&["analyze", first.to_str().unwrap()], None);
    assert!(single.status.success());
    assert!(String::from_utf8_lossy(&single.stderr).contains("read as a single snapshot"));
}

#[test]
fn analyze_reads_every_series_form() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/series");
    // The slow-server incident's own table: A capped near 36k/h, B–D drained 231k in the first hour.
    let output =
        lagscope(&["analyze", "--json", folder.join("seed-000-host-hours.md").to_str().unwrap()], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let hosts = json["host_throughput"].as_array().unwrap();
    assert_eq!(hosts.len(), 4);
    assert_eq!(hosts[0]["host"], "A서버");
    assert_eq!(hosts[0]["first_count"], 30000);
    assert_eq!(hosts[0]["max_per_hour"], 36000.0);
    assert_eq!(hosts[1]["first_count"], 231_000);
    assert_eq!(hosts[1]["last_count"], 96);
    for (file, n_partitions) in
        [("grafana-lag-wide.csv", 2), ("prometheus-query-range.json", 1), ("msk-cloudwatch.csv", 1)]
    {
        let output = lagscope(&["analyze", "--json", folder.join(file).to_str().unwrap()], None);
        assert!(output.status.success(), "{file}: {}", String::from_utf8_lossy(&output.stderr));
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(json["groups"][0]["partitions"].as_array().unwrap().len(), n_partitions, "{file}");
        assert_eq!(json["times_ms"].as_array().unwrap().len(), 3, "{file}");
    }
    // MSK's own figures are kept beside the partitions' lag.
    let output = lagscope(&["analyze", "--json", folder.join("msk-cloudwatch.csv").to_str().unwrap()], None);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let reported = json["groups"][0]["reported"].as_array().unwrap();
    assert_eq!(reported[1]["metric"], "SumOffsetLag");
    assert_eq!((reported[1]["first"].as_f64(), reported[1]["last"].as_f64()), (Some(310.0), Some(190.0)));
}

#[test]
fn analyze_with_named_columns() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/cli-test-analyze");
    std::fs::create_dir_all(&root).unwrap();
    let file = root.join("custom.csv");
    std::fs::write(&file, "when,part,behind\n2026-11-22T03:10:00Z,3,120\n2026-11-22T03:11:00Z,3,60\n")
        .unwrap();
    let path = file.to_str().unwrap();
    let args = [
        "analyze",
        "--json",
        path,
        "--column",
        "time=when",
        "--column",
        "partition=part",
        "--column",
        "lag=behind",
    ];
    let output = lagscope(&args, None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["groups"][0]["lag_trend_per_s"], -1.0);
    let bad = lagscope(&["analyze", path, "--column", "colour=red"], None);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown field \"colour\""));
}

#[test]
fn analyze_reports_findings() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let output = lagscope(
        &["analyze", "--json", folder.join("series/seed-000-host-hours.md").to_str().unwrap()],
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["findings"][0]["rule"], "slow-host");
    assert_eq!(json["findings"][0]["entities"]["hosts"][0], "A서버");
    let text = lagscope(&["analyze", folder.join("samples/sample-slow-host.txt").to_str().unwrap()], None);
    let report = String::from_utf8(text.stdout).unwrap();
    assert!(report.contains("[WARNING] lag-concentrated: /10.20.1.11 holds"), "{report}");
}

#[test]
fn analyze_writes_a_markdown_report() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/series/slow-host-timed.txt");
    let output = lagscope(&["analyze", "--markdown", path.to_str().unwrap()], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(report.starts_with("# Consumer lag incident report"), "{report}");
    // The dumps' `date` lines say UTC: the report's times are in that zone, and say so.
    assert!(report.contains("3 samples from 2022-03-17 18:30:00 UTC to 2022-03-17 18:32:00 UTC"), "{report}");
    assert!(report.contains("| Time (UTC) | Total lag |"), "{report}");
    assert!(report.contains("## Timeline"), "{report}");
    assert!(report.contains("| 2022-03-17 18:32:00 | 233,600 |"), "{report}");
    assert!(
        report.contains("### /10.20.1.11 consumes 10.0× slower than its peers in notification-sender"),
        "{report}"
    );
    // Evidence keys read as labels, values in their units (as the web app shows them).
    assert!(report.contains("| share of the lag | 90% |"), "{report}");
    assert!(report.contains("| consume rate | 20/s |"), "{report}");
    assert!(report.contains("**What to check next.**"), "{report}");
}

#[test]
fn assign_follows_the_contract_and_rejects_what_kafka_rejects() {
    let request = br#"{"assignor": "cooperative-sticky", "topics": {"t1": 3},
        "members": [{"member_id": "c1", "subscriptions": ["t1"], "owned_partitions": ["t1-0", "t1-1", "t1-2"], "generation": 1},
                    {"member_id": "c2", "subscriptions": ["t1"]}]}"#;
    let output = lagscope(&["assign"], Some(request));
    assert!(output.status.success());
    let answer: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(answer["assignment"]["c1"], serde_json::json!(["t1-0", "t1-1"]));
    assert_eq!(answer["revoked"]["c1"], serde_json::json!(["t1-2"]));
    assert_eq!(answer["withheld"], serde_json::json!(["t1-2"]));

    let rejected = br#"{"assignor": "uniform", "topics": {}, "members": [{"member_id": "c1", "subscriptions": ["gone"]}]}"#;
    let output = lagscope(&["assign"], Some(rejected));
    assert!(!output.status.success());
    let answer: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert!(
        answer["error"].as_str().is_some_and(|e| e.contains("doesn't exist in the topic metadata")),
        "{answer}"
    );

    let malformed = lagscope(&["assign"], Some(b"{\"assignor\": \"range\",\n \"topics\": 3}"));
    assert!(!malformed.status.success());
    let answer: serde_json::Value = serde_json::from_slice(&malformed.stdout).expect("JSON");
    assert!(answer["error"].as_str().is_some_and(|e| e.contains("line 2")), "{answer}");
}

#[test]
fn what_if_adds_a_member_to_a_dumped_group() {
    let dump = fixture("dumps/kafka/kafka-3.2-offsets-members-state.txt");
    let output = lagscope(
        &[
            "what-if",
            dump.to_str().expect("path"),
            "--assignor",
            "range",
            "--add",
            "orders-client-3",
            "--json",
        ],
        None,
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let answer: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let joined = answer["diff"]["members"]
        .as_array()
        .expect("members")
        .iter()
        .find(|m| m["member_id"] == "orders-client-3")
        .expect("the new member");
    assert_eq!(joined["presence"], "joined");
    assert!(!joined["added"].as_array().expect("added").is_empty(), "range gives the new member a range");
    assert_eq!(answer["costs"][0]["protocol"], "eager");

    let missing = lagscope(&["what-if", dump.to_str().expect("path"), "--remove", "nobody"], None);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("\"nobody\""));
}

#[test]
fn simulate_lists_runs_and_exports_presets() {
    let list = lagscope(&["simulate", "--list"], None);
    assert!(list.status.success());
    let list = String::from_utf8_lossy(&list.stdout);
    for preset in [
        "slow-a-server",
        "poll-timeout-storm",
        "poll-timeout-storm-fixed",
        "poll-timeout-storm-call-timeout",
        "rolling-deploy",
        "blue-green-deploy",
        "hot-key",
    ] {
        assert!(list.lines().any(|line| line.starts_with(preset)), "{preset} is listed");
    }
    let summary = lagscope(&["simulate", "poll-timeout-storm-fixed"], None);
    assert!(summary.status.success(), "{}", String::from_utf8_lossy(&summary.stderr));
    // The start and the restart at 30 minutes: two generations, and only the restart's graceful stops.
    assert!(String::from_utf8_lossy(&summary.stdout).contains("rebalances 2"));
    assert!(String::from_utf8_lossy(&summary.stdout).contains("members left: shutdown 12"));
    let slow = lagscope(&["simulate", "slow-a-server"], None);
    assert!(String::from_utf8_lossy(&slow.stdout).contains("failed commits: CommitFailedException"));

    let digest = |seed: &str| {
        String::from_utf8(
            lagscope(&["simulate", "scale-out-cooperative", "--seed", seed, "--digest"], None).stdout,
        )
        .unwrap()
    };
    assert_eq!(digest("3"), digest("3"));
    assert_ne!(digest("3"), digest("4"));

    let csv = lagscope(&["simulate", "hot-key", "--csv"], None);
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with("time,group,topic,partition,current_offset,log_end_offset,lag,host\n"));

    let json = lagscope(&["simulate", "hot-key", "--json"], None);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("--json is JSON");
    assert_eq!(json["partitions"].as_array().unwrap().len(), 24);
    assert!(json["events"].as_array().unwrap().iter().any(|event| event["kind"] == "rebalance_completed"));
}

#[test]
fn simulated_dumps_are_analyzed_like_real_ones() {
    let dump = lagscope(&["simulate", "poll-timeout-storm", "--dump"], None);
    assert!(dump.status.success());
    let path = std::env::temp_dir().join(format!("lagscope-storm-{}.txt", std::process::id()));
    std::fs::write(&path, &dump.stdout).unwrap();
    let analysis = lagscope(&["analyze", path.to_str().unwrap(), "--json"], None);
    std::fs::remove_file(&path).ok();
    let analysis: serde_json::Value = serde_json::from_slice(&analysis.stdout).expect("analyze --json");
    let rules: Vec<&str> = analysis["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|finding| finding["rule"].as_str())
        .collect();
    assert!(rules.contains(&"poll-timeout-storm"), "{rules:?}");
}

#[test]
fn simulate_starts_from_a_dump_and_rejects_bad_scenarios() {
    let dir = std::env::temp_dir().join(format!("lagscope-simulate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scenario = dir.join("what-if.json");
    std::fs::write(
        &scenario,
        r#"{"duration_s": 600, "topics": [{"name": "x", "partitions": 1}], "hosts": [{"name": "x"}],
            "produce": [{"records_per_s": 5}], "operations": [{"at_s": 60, "scale_out": {"instances": 2}}]}"#,
    )
    .unwrap();
    let dump = fixture("series/slow-host-timed.txt");
    let output = lagscope(
        &["simulate", scenario.to_str().unwrap(), "--from-dump", dump.to_str().unwrap(), "--print-scenario"],
        None,
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let resolved: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(resolved["group"], "notification-sender");
    assert!(String::from_utf8_lossy(&output.stderr).contains("assumed:"));
    let run =
        lagscope(&["simulate", scenario.to_str().unwrap(), "--from-dump", dump.to_str().unwrap()], None);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));

    std::fs::write(&scenario, "{\n  \"duration_s\": 60,\n  \"topics\": [{\"name\": \"t\", \"partitions\": 0}],\n  \"hosts\": [{\"name\": \"A\"}]\n}").unwrap();
    let bad = lagscope(&["simulate", scenario.to_str().unwrap()], None);
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("topics[0].partitions: between 1 and 100,000"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
    let unknown = lagscope(&["simulate", "no-such-preset"], None);
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("neither a readable scenario file nor a preset")
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn evaluate_explains_in_korean_beside_the_same_ids() {
    let request = r#"{"now_ms": 1700000000000,
     "config": {"allowed_lag": 0, "minimum_complete": 0.0, "intervals": 10},
     "groups": [{"group": "g", "partitions": [{"topic": "t", "partition": 0,
       "window": [null, {"offset": 1000, "timestamp_ms": 1699999900000, "lag": 3321}],
       "broker_offsets": [4321], "current_lag": 2421, "owner": null, "client_id": null}]},
       {"group": "ghost"}]}"#;
    let output = lagscope(&["evaluate", "--lang", "ko", "-"], Some(request.as_bytes()));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let partition = &json["groups"][0]["partitions"][0];
    // Burrow's statuses and the rule's id are the contract's, in every language.
    assert_eq!(partition["status"], "STOP");
    assert_eq!(partition["rule"]["rule"], "stop");
    assert_eq!(partition["rule"]["detail_id"], "burrow-stop");
    assert_eq!(partition["rule"]["detail_args"]["last_offset"], 1000);
    let detail = partition["rule"]["detail"].as_str().unwrap();
    assert!(detail.contains("현재 − 마지막 커밋 = 1분 40초 > 마지막 − 첫 커밋 = 0초"), "{detail}");
    assert!(
        detail.contains("최근 브로커 오프셋(4,321) 중 마지막 커밋 오프셋 1,000 이하인 값이 없습니다"),
        "{detail}"
    );
    assert_eq!(json["groups"][1]["status"], "NOTFOUND");
}

#[test]
fn analyze_summary_in_korean() {
    let path = fixture("series/slow-host-timed.txt");
    let output = lagscope(&["analyze", "--lang", "ko", path.to_str().unwrap()], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(": 입력 형식 타임스탬프로 구분된 덤프"), "{stderr}");
    let summary = String::from_utf8(output.stdout).unwrap();
    assert!(summary.contains("샘플 3개"), "{summary}");
    assert!(summary.contains("Burrow: WARN"), "{summary}");
    assert!(summary.contains("커밋 시점의 랙이 한 번도 줄지 않았습니다: "), "{summary}");
}

#[test]
fn what_if_in_korean() {
    let dump = fixture("dumps/kafka/kafka-3.2-offsets-members-state.txt");
    let path = dump.to_str().expect("path");
    let leaving = "orders-client-1-3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c";
    let args = ["what-if", path, "--lang", "ko", "--add", "orders-client-3", "--remove", leaving];
    let output = lagscope(&args, None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let summary = String::from_utf8(output.stdout).unwrap();
    assert!(summary.contains("할당 전략: cooperative-sticky"), "{summary}");
    assert!(summary.contains("넘겨받는 랙"), "{summary}");
    assert!(summary.contains("모든 멤버가 다시 참여하기 전에 자기 파티션을 전부 반납합니다"), "{summary}");
    assert!(summary.contains("한 라운드(3초) 동안 멈춥니다"), "{summary}");
    assert!(summary.contains("가정: 모든 멤버가 덤프에 나온 모든 토픽을 구독합니다"), "{summary}");
    // No English sentence: three English words in a row, outside ids, names and settings (a word
    // with a digit, dot, dash, underscore, slash or colon is not an English word).
    for line in summary.lines() {
        let mut run = 0;
        for word in line.split_whitespace() {
            let word = word.trim_matches(|c: char| "()[]{},;:!?\"'".contains(c));
            let english = word.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && word.chars().skip(1).all(|c| c.is_ascii_lowercase() || c == '\'');
            run = if english { run + 1 } else { 0 };
            assert!(run < 3, "an English sentence in: {line}");
        }
    }
    // A question that does not fit the group is refused in Korean too, naming the member.
    let missing = lagscope(&["what-if", path, "--lang", "ko", "--remove", "nobody"], None);
    assert!(!missing.status.success());
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(stderr.contains("그룹에 없는 멤버라 제거할 수 없습니다: \"nobody\""), "{stderr}");
}

#[test]
fn simulate_lists_and_summarises_in_korean() {
    // No English sentence: three English words in a row, outside ids, names (one-letter hosts:
    // "B, C, D") and settings.
    let no_english_sentence = |text: &str| {
        for line in text.lines() {
            let mut run = 0;
            for word in line.split_whitespace() {
                let word = word.trim_matches(|c: char| "()[]{},;:!?\"'·…".contains(c));
                let english = word.len() > 1
                    && word.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    && word.chars().skip(1).all(|c| c.is_ascii_lowercase() || c == '\'');
                run = if english { run + 1 } else { 0 };
                assert!(run < 3, "an English sentence in: {line}");
            }
        }
    };
    let list = lagscope(&["simulate", "--list", "--lang", "ko"], None);
    assert!(list.status.success(), "{}", String::from_utf8_lossy(&list.stderr));
    let list = String::from_utf8(list.stdout).unwrap();
    let english = String::from_utf8(lagscope(&["simulate", "--list", "--lang", "en"], None).stdout).unwrap();
    assert_eq!(list.lines().count(), english.lines().count());
    for (korean, english) in list.lines().zip(english.lines()) {
        // The preset names are the same in every language; the descriptions are Korean.
        let name = english.split_whitespace().next().unwrap();
        assert!(korean.starts_with(&format!("{name} ")), "{korean}");
        assert!(korean.contains(|c: char| ('가'..='힣').contains(&c)), "{korean}");
    }
    assert!(list.contains("타임아웃이 없는 OAuth 토큰 호출"), "{list}");
    no_english_sentence(&list);
    let summary = lagscope(&["simulate", "poll-timeout-storm-fixed", "--lang", "ko"], None);
    assert!(summary.status.success(), "{}", String::from_utf8_lossy(&summary.stderr));
    let summary = String::from_utf8(summary.stdout).unwrap();
    assert!(
        summary.starts_with("시나리오 poll-timeout-storm-fixed (시드 1), 그룹 gojs_group\n"),
        "{summary}"
    );
    assert!(summary.contains("리밸런싱 2회 · "), "{summary}");
    assert!(summary.contains("이탈한 멤버: 정상 종료 12"), "{summary}");
    assert!(summary.contains("\n호스트 ") && summary.contains("\n이벤트\n"), "{summary}");
    no_english_sentence(&summary);
    // A scenario that cannot run names its field, in Korean.
    let dir = std::env::temp_dir().join(format!("lagscope-simulate-ko-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scenario = dir.join("bad.json");
    std::fs::write(
        &scenario,
        r#"{"duration_s": 60, "topics": [{"name": "t", "partitions": 0}], "hosts": [{"name": "A"}]}"#,
    )
    .unwrap();
    let bad = lagscope(&["simulate", scenario.to_str().unwrap(), "--lang", "ko"], None);
    assert!(!bad.status.success());
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.contains("topics[0].partitions: 1 이상 100,000 이하여야 합니다"), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The lines of `text` holding an English sentence: three or more English words in a row (words of
/// letters only, so names such as `max.poll.interval.ms`, `gojs_group`, `/10.0.0.1` or `t-0` are
/// not words), outside `code`.
fn english_sentences(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|line| {
            let outside_code: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
            let mut run = 0;
            outside_code.split_whitespace().any(|token| {
                let word = token.trim_matches(|c: char| ".,:;()[]*_|\"'".contains(c));
                run = if !word.is_empty() && word.chars().all(|c| c.is_ascii_alphabetic()) {
                    run + 1
                } else {
                    0
                };
                run >= 3
            })
        })
        .collect()
}

#[test]
fn markdown_report_in_korean() {
    for (name, zone) in [
        ("series/seed-002-leavegroup-storm.txt", "KST"),
        ("series/slow-host-timed.txt", "UTC"),
        ("series/burrow-stop.txt", "UTC"),
    ] {
        let path = fixture(name);
        let output = lagscope(&["analyze", "--markdown", "--lang", "ko", path.to_str().unwrap()], None);
        assert!(output.status.success(), "{name}: {}", String::from_utf8_lossy(&output.stderr));
        let report = String::from_utf8(output.stdout).unwrap();
        assert!(report.starts_with("# 컨슈머 랙 장애 보고서\n"), "{name}: {report}");
        for heading in ["## 현상 요약", "## 타임라인", "## 발견 사항", "## 컨슈머 그룹", "**왜 중요한가.**"]
        {
            assert!(report.contains(heading), "{name}: no {heading}\n{report}");
        }
        assert!(report.contains(&format!("| 시각 ({zone}) | 전체 랙 |")), "{name}: {report}");
        assert!(report.contains("| 근거 | 값 |"), "{name}: {report}");
        assert_eq!(english_sentences(&report), Vec::<&str>::new(), "{name}: English left in\n{report}");
    }
    // The storm's numbers, said the Korean way: times in the dump's zone, a duration, a share.
    let path = fixture("series/seed-002-leavegroup-storm.txt");
    let report = String::from_utf8(
        lagscope(&["analyze", "--markdown", "--lang", "ko", path.to_str().unwrap()], None).stdout,
    )
    .unwrap();
    assert!(
        report.contains("2026-03-14 10:00:00 KST부터 2026-03-14 10:13:00 KST까지의 샘플 14개"),
        "{report}"
    );
    assert!(report.contains("| max.poll.interval.ms | 5분 |"), "{report}");
    assert!(report.contains("| gojs_group | OK | 82,212 → 77,650 | 24.6 | 18.8 | 3시간 41분 |"), "{report}");
    assert!(report.contains("_심각 · 규칙 `poll-timeout-storm`_"), "{report}");
}

#[test]
fn the_language_comes_from_the_locale_unless_lang_says_it() {
    let path = fixture("series/seed-002-leavegroup-storm.txt");
    let args = ["analyze", "--markdown", path.to_str().unwrap()];
    let title = |output: Output| {
        String::from_utf8(output.stdout).unwrap().lines().next().unwrap_or_default().to_owned()
    };
    assert_eq!(title(lagscope_in_locale(&args, None, &[("LANG", "ko_KR.UTF-8")])), "# 컨슈머 랙 장애 보고서");
    // LC_ALL decides over LANG, as POSIX has it.
    let korean_over_english = [("LC_ALL", "ko_KR.UTF-8"), ("LANG", "en_US.UTF-8")];
    assert_eq!(title(lagscope_in_locale(&args, None, &korean_over_english)), "# 컨슈머 랙 장애 보고서");
    assert_eq!(
        title(lagscope_in_locale(&args, None, &[("LANG", "fr_FR.UTF-8")])),
        "# Consumer lag incident report"
    );
    // --lang decides over the locale; `--lang en` is the English of the C locale, byte for byte.
    let mut english_args = args.to_vec();
    english_args.extend(["--lang", "en"]);
    let english = lagscope_in_locale(&english_args, None, &[("LANG", "ko_KR.UTF-8")]);
    assert_eq!(english.stdout, lagscope(&args, None).stdout);
    assert_eq!(english.stderr, lagscope(&args, None).stderr);
    assert!(String::from_utf8_lossy(&english.stdout).starts_with("# Consumer lag incident report\n"));
}

#[test]
fn parse_summary_and_argument_errors_in_korean() {
    let path = fixture("dumps/messy/messy-paste.txt");
    let output = lagscope(&["parse", "--lang", "ko", path.to_str().unwrap()], None);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("입력 형식: kafka-consumer-groups"), "{text}");
    assert!(text.lines().nth(1).is_some_and(|header| header.starts_with("그룹 ")), "{text}");
    // The columns keep their place: the group's row, with "unknown" in Korean for the member count.
    let row = text.lines().find(|line| line.starts_with("orders-consumer")).expect("a summary row");
    assert!(row.contains(" 3 알 수 없음 "), "{row}");
    assert!(row.trim_end().ends_with("98 Rebalancing"), "{row}");
    assert!(text.contains("진단 7건:"), "{text}");
    assert!(text.contains("10번 줄: 경고: "), "{text}");

    let findings = lagscope(
        &["analyze", "--lang", "ko", fixture("samples/sample-slow-host.txt").to_str().unwrap()],
        None,
    );
    let findings = String::from_utf8(findings.stdout).unwrap();
    // The rule's id stays as scripts grep it; the severity is a word people read.
    assert!(findings.contains("[경고] lag-concentrated: "), "{findings}");

    let bad_column =
        lagscope(&["analyze", "--lang", "ko", path.to_str().unwrap(), "--column", "colour=red"], None);
    assert!(String::from_utf8_lossy(&bad_column.stderr).contains("알 수 없는 필드 \"colour\""));
    let bad_config =
        lagscope(&["analyze", "--lang", "ko", path.to_str().unwrap(), "--config", "max.poll.records"], None);
    assert!(
        String::from_utf8_lossy(&bad_config.stderr).contains("--config max.poll.records: KEY=VALUE 형식")
    );
    let missing = lagscope(&["parse", "--lang", "ko", "/no/such/dump.txt"], None);
    assert!(String::from_utf8_lossy(&missing.stderr).contains("읽을 수 없습니다: /no/such/dump.txt"));
}

/// A dump larger than the window the CLI reads on several cores: the same outcome on two cores as
/// on one, with what makes pieces depend on each other (a command line naming a group, a tool's
/// message, a partition listed twice with other offsets, a row a console wrapped) in the middle.
#[test]
fn a_large_dump_reads_the_same_on_one_core_and_on_two() {
    use std::fmt::Write as _;
    let header = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n";
    let mut dump = String::new();
    for group in 0..200 {
        match group {
            40 => dump.push_str(
                "$ kafka-consumer-groups.sh --bootstrap-server b:9092 --describe --group g-040\n\n",
            ),
            80 => dump.push_str("\nConsumer group 'g-idle' has no active members.\n"),
            _ => {}
        }
        dump.push('\n');
        dump.push_str(header);
        for partition in 0..1_000 {
            let current = 1_000_000 + partition * 7 + group;
            let _ = writeln!(
                dump,
                "g-{group:03}  orders  {partition}  {current}  {}  5  consumer-{group}-{}-3f2b8c1e  /10.0.{group}.{}  client-{group}",
                current + 5,
                partition % 4,
                partition % 4
            );
        }
        match group {
            100 => {
                dump.push_str(
                    "g-100  orders  3  1  9  8  consumer-100-3-3f2b8c1e  /10.0.100.3  client-100\n",
                );
            }
            120 => dump.push_str(
                "g-120  orders  1000  1  9  8  consumer-120-0\n-3f2b8c1e  /10.0.120.0  client-120\n",
            ),
            _ => {}
        }
    }
    assert!(dump.len() > 16 << 20, "larger than a window: {}", dump.len());
    let run = |file: &str, threads: &str| {
        let output = lagscope_in_locale(
            &["parse", file, "--json", "--stats"],
            (file == "-").then_some(dump.as_bytes()),
            &[("LC_ALL", "C"), ("LAGSCOPE_THREADS", threads)],
        );
        assert!(output.status.success());
        let stats: Vec<String> = String::from_utf8_lossy(&output.stderr)
            .lines()
            .filter(|line| line.starts_with("lines-"))
            .map(str::to_owned)
            .collect();
        (output.stdout, stats)
    };
    let (one_core, one_core_stats) = run("-", "1");
    let (two_cores, two_cores_stats) = run("-", "2");
    assert!(one_core == two_cores, "one core and two cores read the dump differently");
    assert_eq!(one_core_stats, two_cores_stats);
    // A file is read at offsets by the threads that parse (a pipe, by a thread that reads ahead).
    let path = std::env::temp_dir().join(format!("lagscope-large-dump-{}.txt", std::process::id()));
    std::fs::write(&path, &dump).unwrap();
    for threads in ["1", "2"] {
        let (from_file, from_file_stats) = run(path.to_str().unwrap(), threads);
        assert!(from_file == one_core, "the file read differently from the pipe on {threads} cores");
        assert_eq!(from_file_stats, one_core_stats);
    }
    std::fs::remove_file(&path).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&one_core).unwrap();
    assert_eq!(json["groups"].as_array().map(Vec::len), Some(201), "and g-idle, named by its message");
    let diagnostics = json["diagnostics"].as_array().expect("diagnostics");
    assert!(diagnostics.len() >= 2, "{diagnostics:?}");
}

/// A lag CSV larger than the window the CLI reads at a time is read window by window, as a whole
/// text is: a bad row past the first window is said on its own line, and the same file with a
/// quoted cell (which only the whole-text reader reads) gives the same analysis.
#[test]
fn a_large_lag_csv_reads_the_same_window_by_window_as_whole() {
    use std::fmt::Write as _;
    let mut csv = String::from("time,group,topic,partition,current_offset,log_end_offset,lag\n");
    let mut line = 1;
    let mut bad_line = 0;
    for minute in 0..1_440 {
        for partition in 0..200 {
            let committed = 1_000_000 + minute * 900 + partition;
            let end = committed + 5_000 + minute * 10;
            let _ = writeln!(
                csv,
                "2026-12-06T{:02}:{:02}:00+09:00,orders,payments,{partition},{committed},{end},{}",
                minute / 60,
                minute % 60,
                end - committed
            );
            line += 1;
        }
        if minute == 1_200 {
            csv.push_str("2026-12-06T20:00:30+09:00,orders,payments,seven,1,2,1\n");
            line += 1;
            bad_line = line;
        }
    }
    assert!(csv.len() > 18 << 20, "larger than a window: {}", csv.len());
    let quoted =
        csv.replacen("T23:00:00+09:00,orders,payments,0,", "T23:00:00+09:00,orders,\"payments\",0,", 1);
    // The quoted cell is past the first window: the window reader gives up there.
    assert!(quoted.find('"').is_some_and(|at| at > 17 << 20));
    let dir = std::env::temp_dir().join(format!("lagscope-large-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let run = |text: &str| {
        let path = dir.join("lag.csv");
        std::fs::write(&path, text).unwrap();
        let output =
            lagscope_in_locale(&["analyze", "--json", path.to_str().unwrap()], None, &[("LC_ALL", "C")]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        (output.stdout, String::from_utf8_lossy(&output.stderr).into_owned())
    };
    let (window_by_window, said) = run(&csv);
    let (whole, _) = run(&quoted);
    std::fs::remove_dir_all(&dir).ok();
    assert!(window_by_window == whole, "read differently window by window and whole");
    assert!(said.contains(&format!("lag.csv:{bad_line}: ")), "the bad row's line {bad_line}: {said}");
    let json: serde_json::Value = serde_json::from_slice(&window_by_window).unwrap();
    assert_eq!(json["zone"]["offset_minutes"], 540, "the zone the times name: {}", json["zone"]);
}

/// `analyze` reads consumer logs like any other input, in English and in Korean, and `simulate
/// --logs` writes logs it reads back.
#[test]
fn analyze_reads_logs_and_simulate_writes_them() {
    let path = fixture("logs/seed-002-poll-timeout-storm.log");
    let english = lagscope_in_locale(&["analyze", path.to_str().unwrap()], None, &[("LC_ALL", "C")]);
    assert!(english.status.success(), "{}", String::from_utf8_lossy(&english.stderr));
    let stdout = String::from_utf8_lossy(&english.stdout);
    assert!(
        stdout.contains(
            "[CRITICAL] poll-timeout-storm: 12 members left gojs_group for a poll timeout, in 2 storms"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("gojs_group: 168 events in the logs, generations 41, 42"), "{stdout}");
    let korean = lagscope_in_locale(&["analyze", path.to_str().unwrap()], None, &[("LANG", "ko_KR.UTF-8")]);
    let stdout = String::from_utf8_lossy(&korean.stdout);
    assert!(stdout.contains("gojs_group 그룹에서 멤버 12개가 poll 타임아웃으로 이탈(2차례)"), "{stdout}");

    let logs =
        lagscope_in_locale(&["simulate", "crash-and-session-timeout", "--logs"], None, &[("LC_ALL", "C")]);
    assert!(logs.status.success());
    let dir = std::env::temp_dir().join(format!("lagscope-sim-logs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("run.log");
    std::fs::write(&file, &logs.stdout).unwrap();
    let read = lagscope_in_locale(&["analyze", "--json", file.to_str().unwrap()], None, &[("LC_ALL", "C")]);
    std::fs::remove_dir_all(&dir).ok();
    let json: serde_json::Value = serde_json::from_slice(&read.stdout).expect("JSON");
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|finding| finding["rule"].as_str())
        .collect();
    assert!(rules.contains(&"session-timeout-removals"), "{rules:?}");
    assert!(json["logs"]["groups"].as_array().is_some_and(|groups| !groups.is_empty()));
}
