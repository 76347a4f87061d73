//! What people really paste: rows cut short or wrapped by a console, older tools' errors, words of
//! a web page or a JSON fragment that must not become groups, binary files, inputs nothing reads,
//! and host × hour tables in any orientation. Every expectation here is read off the paste by hand.

use std::fmt::Write as _;

use lagscope_core::diagnostic::Severity;
use lagscope_core::parse::parse;
use lagscope_core::workbench::{Input, Options, build};

const HEADER: &str = "GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID                                          HOST            CLIENT-ID";

fn row(partition: u32, current: u64, end: u64) -> String {
    format!(
        "orders          payments        {partition:<10} {current:<15} {end:<15} {:<15} orders-client-1-3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c /10.0.3.17      orders-client-1",
        end - current
    )
}

#[test]
fn a_row_cut_at_the_end_of_the_paste_keeps_its_cells_and_its_cut_cell_is_unknown() {
    // The paste ends inside the member id of partition 2.
    let text = format!(
        "{HEADER}\n{}\n{}\norders          payments        2          1433            1530            97              orders-client-2-7c1d",
        row(0, 1510, 1520),
        row(1, 1400, 1498)
    );
    let outcome = parse(&text);
    let group = &outcome.snapshot.groups[0];
    assert_eq!(group.partitions.len(), 3);
    let cut = &group.partitions[2];
    assert_eq!((cut.current_offset, cut.log_end_offset, cut.lag), (Some(1433), Some(1530), Some(97)));
    assert_eq!(cut.consumer_id, None, "a cut id is unknown, never a wrong value");
    assert_eq!(group.total_lag(), Some(10 + 98 + 97));
    let warning = outcome.diagnostics.iter().find(|d| d.line == 4).expect("a warning on the cut row");
    assert!(
        lagscope_core::l10n::english(&warning.message).contains("CONSUMER-ID, HOST, CLIENT-ID unknown"),
        "{}",
        lagscope_core::l10n::english(&warning.message)
    );
}

#[test]
fn a_cut_number_is_never_read_as_a_smaller_one() {
    // `15` of `1520`: the last cell may be cut, so the log-end offset is unknown.
    let text = format!(
        "{HEADER}\n{}\norders          payments        1          1400            15",
        row(0, 1510, 1520)
    );
    let outcome = parse(&text);
    let cut = &outcome.snapshot.groups[0].partitions[1];
    assert_eq!((cut.partition, cut.current_offset, cut.log_end_offset, cut.lag), (1, Some(1400), None, None));
    // Unless the line shows the cell ended (a space after it).
    let outcome =
        parse(&format!("{HEADER}\norders          payments        1          1400            1498 \n"));
    assert_eq!(outcome.snapshot.groups[0].partitions[0].log_end_offset, Some(1498));
}

#[test]
fn a_row_without_its_numbers_is_not_a_partition() {
    let outcome = parse(&format!("{HEADER}\n{}\norders          payme", row(0, 1510, 1520)));
    assert_eq!(outcome.snapshot.groups[0].partitions.len(), 1);
    assert!(outcome.diagnostics.iter().any(|d| d.line == 3 && d.severity == Severity::Warning));
}

#[test]
fn rows_wrapped_by_a_narrow_console_are_joined_between_cells_or_inside_one() {
    let full = row(0, 1510, 1520);
    // Inside the member id, at 100 characters.
    let (first, second) = full.split_at(100);
    // Between LAG and CONSUMER-ID.
    let second_row = row(1, 1400, 1498);
    let at = second_row.find("orders-client").expect("member id");
    let text = format!("{HEADER}\n{first}\n{second}\n{}\n{}\n", &second_row[..at], &second_row[at..]);
    let outcome = parse(&text);
    let group = &outcome.snapshot.groups[0];
    assert_eq!(group.partitions.len(), 2, "{:#?}", outcome.diagnostics);
    for partition in &group.partitions {
        assert_eq!(
            partition.consumer_id.as_deref(),
            Some("orders-client-1-3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c")
        );
        assert_eq!(partition.host.as_deref(), Some("/10.0.3.17"));
    }
    let joined: Vec<usize> = outcome
        .diagnostics
        .iter()
        .filter(|d| lagscope_core::l10n::english(&d.message).contains("wrapped"))
        .map(|d| d.line)
        .collect();
    assert_eq!(joined, vec![2, 4]);
    assert!(outcome.diagnostics.iter().all(|d| d.severity == Severity::Info));
}

#[test]
fn the_old_tools_errors_without_a_prefix_are_errors_with_advice() {
    let text = "Error while executing consumer group command Request GROUP_COORDINATOR failed on brokers List(localhost:9092 (id: -1 rack: null))\n\
                java.lang.RuntimeException: Request GROUP_COORDINATOR failed on brokers List(localhost:9092 (id: -1 rack: null))\n\
                \tat kafka.admin.AdminClient.sendAnyNode(AdminClient.scala:66)\n";
    let outcome = parse(text);
    let errors: Vec<_> = outcome.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
    assert_eq!(errors.len(), 1, "{:#?}", outcome.diagnostics);
    assert_eq!(errors[0].line, 1);
    assert!(
        lagscope_core::l10n::english(&errors[0].message).contains("executing consumer group command failed"),
        "{}",
        lagscope_core::l10n::english(&errors[0].message)
    );
    let text = "Error: Executing consumer group command failed due to org.apache.kafka.common.errors.UnsupportedVersionException: The broker does not support DESCRIBE_GROUPS\n";
    let message = lagscope_core::l10n::english(&parse(text).diagnostics[0].message);
    assert!(message.contains("use a client at least as new as the brokers"), "{message}");
}

#[test]
fn words_of_a_web_page_and_fragments_of_json_are_not_groups() {
    for text in [
        "Consumer Groups\nState\nSTABLE\nTopics\n3\npayments\nLag\n1,204\n",
        "\"status\": {\n\"cluster\": \"prod\",\n\"group\": \"orders\",\n}\n",
        "orders-consumer is lagging, see below\nState\nSTABLE\n",
        "42\n17\n",
    ] {
        let outcome = parse(text);
        assert!(outcome.snapshot.groups.is_empty(), "{text:?} gave {:?}", outcome.snapshot.groups);
    }
    // A bare block of group ids is `--list` output.
    let outcome = parse("orders-consumer\nbilling-audit\nconsole-consumer-4711\n");
    let names: Vec<_> = outcome.snapshot.groups.iter().filter_map(|g| g.group.as_deref()).collect();
    assert_eq!(names, vec!["billing-audit", "console-consumer-4711", "orders-consumer"]);
}

#[test]
fn an_over_long_line_and_a_binary_file_are_not_groups() {
    let long = "x".repeat(5 << 20);
    let outcome = parse(&long);
    assert!(outcome.snapshot.groups.is_empty());
    let binary = "PK\u{3}\u{4}\u{14}\0\u{8}\0\u{8}\0\u{1}\u{2}\u{3}\nGROUP TOPIC\n";
    let outcome = parse(binary);
    assert!(outcome.snapshot.groups.is_empty());
    assert_eq!(outcome.diagnostics.len(), 1, "{:#?}", outcome.diagnostics);
    assert_eq!(outcome.diagnostics[0].severity, Severity::Error);
    assert!(
        lagscope_core::l10n::english(&outcome.diagnostics[0].message)
            .starts_with("this is a binary file, not text")
    );
}

#[test]
fn an_input_nothing_reads_says_what_it_looks_like_and_what_was_tried() {
    let error_of = |text: &str| {
        let outcome = parse(text);
        lagscope_core::l10n::english(
            &outcome
                .diagnostics
                .into_iter()
                .find(|d| d.severity == Severity::Error)
                .expect("an error")
                .message,
        )
    };
    let message = error_of("Name\tMessages behind\tState\nmy-app\t12\tactive\n");
    assert!(
        message.contains("a table whose first line has the cells \"Name\", \"Messages behind\", \"State\""),
        "{message}"
    );
    assert!(message.contains("Tried: kafka-consumer-groups.sh"), "{message}");
    let message = error_of("the consumers were slow again last night\nwe restarted them twice\n");
    assert!(message.contains("prose or log lines"), "{message}");
}

/// The seed's incident, as counts per host and hour.
const COUNTS: [(&str, [u32; 4]); 4] = [
    ("A서버", [30_000, 36_000, 36_000, 36_000]),
    ("B서버", [231_000, 38_000, 200, 170]),
    ("C서버", [231_000, 38_000, 200, 170]),
    ("D서버", [231_000, 38_000, 200, 160]),
];

fn slow_host_of(text: &str) -> Option<String> {
    let bench = build(vec![Input::text("table", text)], &Options::default());
    let finding = bench.findings.iter().find(|f| f.rule == "slow-host")?;
    finding.entities.hosts.first().cloned()
}

#[test]
fn host_tables_of_any_shape_find_the_slow_host() {
    // Hours as rows, tab-separated from a spreadsheet, under a title and above a note.
    let mut tsv = String::from("처리 건수 (서버별)\n\n일자\t시간\tA서버\tB서버\tC서버\tD서버\n");
    for (hour, index) in [(18, 0), (19, 1), (20, 2), (21, 3)] {
        let _ = write!(tsv, "2022-03-17\t{hour}");
        for (_, counts) in COUNTS {
            let _ = write!(tsv, "\t{}", counts[index]);
        }
        tsv.push('\n');
    }
    tsv.push_str("\n※ 19시 이후 데이터만 보면 B,C,D가 이상해 보인다\n");
    assert_eq!(slow_host_of(&tsv).as_deref(), Some("A서버"), "{tsv}");
    // Hosts as rows, hours as columns, Korean units.
    let mut rows = String::from("| 구분 | 18시 | 19시 | 20시 | 21시 |\n|---|---|---|---|---|\n");
    for (host, counts) in COUNTS {
        let cells: Vec<String> = counts
            .iter()
            .map(|&n| if n >= 10_000 { format!("{}만", f64::from(n) / 10_000.0) } else { n.to_string() })
            .collect();
        let _ = writeln!(rows, "| {host} | {} |", cells.join(" | "));
    }
    assert_eq!(slow_host_of(&rows).as_deref(), Some("A서버"), "{rows}");
    // CSV with quoted thousands.
    let mut csv = String::from("time,A서버,B서버,C서버,D서버\n");
    for (index, hour) in [18, 19, 20, 21].iter().enumerate() {
        let cells: Vec<String> =
            COUNTS.iter().map(|(_, counts)| format!("\"{}\"", group_thousands(counts[index]))).collect();
        let _ = writeln!(csv, "2022-03-17 {hour}:00,{}", cells.join(","));
    }
    assert_eq!(slow_host_of(&csv).as_deref(), Some("A서버"), "{csv}");
}

fn group_thousands(n: u32) -> String {
    if n >= 1000 { format!("{},{:03}", n / 1000, n % 1000) } else { n.to_string() }
}

#[test]
fn burrows_error_reply_is_an_error_naming_the_group() {
    let outcome = parse(
        r#"{"error":true,"message":"cluster or consumer not found","request":{"url":"/v3/kafka/prod/consumer/ghost/lag","host":"burrow-1"}}"#,
    );
    assert_eq!(outcome.source.tool, Some(lagscope_core::source::Tool::Burrow));
    assert!(outcome.snapshot.groups.is_empty());
    assert_eq!(outcome.diagnostics.len(), 1, "{:#?}", outcome.diagnostics);
    assert_eq!(outcome.diagnostics[0].severity, Severity::Error);
    assert!(
        lagscope_core::l10n::english(&outcome.diagnostics[0].message)
            .contains("consumer group 'ghost': cluster or consumer not found")
    );
}

/// Inputs a review found misread; each states what must happen instead.
mod review {
    use lagscope_core::diagnostic::Severity;
    use lagscope_core::parse::parse;
    use lagscope_core::series::host_table::read_host_table;
    use lagscope_core::source::Tool;
    use lagscope_core::workbench::{Input, Options, build};

    fn group_names(text: &str) -> Vec<String> {
        parse(text)
            .snapshot
            .groups
            .iter()
            .map(|g| g.group.clone().unwrap_or_else(|| "(unnamed)".to_owned()))
            .collect()
    }

    #[test]
    fn prose_and_a_dump_after_a_copied_table_are_not_its_rows() {
        let text = "Consumer Group       State     Members\norders-consumer      Stable    3\n\n\
                    We restarted it at 10:05 and lag recovered\n\
                    $ kafka-consumer-groups.sh --bootstrap-server b:9092 --describe --group orders\n\
                    GROUP  TOPIC  PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  CONSUMER-ID  HOST  CLIENT-ID\n\
                    orders payments 0 10 15 5 c-1 /10.0.0.1 c\n";
        let outcome = parse(text);
        let names: Vec<_> = outcome.snapshot.groups.iter().filter_map(|g| g.group.as_deref()).collect();
        assert_eq!(names, vec!["orders", "orders-consumer"]);
        assert!(outcome.source.version_hint.is_some());
    }

    #[test]
    fn a_timeline_in_prose_is_not_a_host_table() {
        let text = "Timeline of events\n2026-03-14 18:05 lag alert on orders-consumer\n2026-03-14 18:20 restarted the consumers\n\n\
                    Sat Mar 14 18:00:00 KST 2026\nGROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                    g t 0 10 15 5 c-1 /10.0.0.1 c\nSat Mar 14 18:01:00 KST 2026\nGROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                    g t 0 12 18 6 c-1 /10.0.0.1 c\n";
        assert!(read_host_table(text).is_none());
        let bench = build(vec![Input::text("notes", text)], &Options::default());
        assert_eq!(lagscope_core::l10n::english(&bench.inputs[0].read_as), "dumps between time stamps");
        assert_eq!(bench.analysis.times_ms.len(), 2);
    }

    #[test]
    fn text_in_another_encoding_is_not_binary() {
        // A CP949 note read as UTF-8: replacement characters, not binary.
        let text = "\u{FFFD}\u{FFFD} \u{FFFD}\u{FFFD}\u{FFFD} \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\n\
                    GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\ng t 0 10 15 5 c-1 /10.0.0.1 c\n";
        assert_eq!(group_names(text), vec!["g"]);
        // Colour codes of a captured prompt are not binary either.
        let coloured = "\u{1b}[01;32mroot@kafka-0\u{1b}[00m:\u{1b}[01;34m~\u{1b}[00m$ \n\
                        GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\ng t 0 10 15 5 c-1 /10.0.0.1 c\n";
        assert_eq!(group_names(coloured), vec!["g"]);
    }

    #[test]
    fn host_tables_never_place_a_row_at_a_made_up_time() {
        // Half hours this reader cannot read: the rows are not put at midnight, so nothing is left to
        // make a table of (and with one readable row among them, that row alone stands).
        assert!(
            read_host_table(
                "일자|시간|A서버|B서버\n2022-03-17|18:30|30000|231000\n2022-03-17|19:30|36000|38000\n"
            )
            .is_none()
        );
        let mixed = read_host_table(
            "일자|시간|A서버|B서버\n2022-03-17|18|30000|231000\n2022-03-17|19:30|36000|38000\n2022-03-17|20|36000|200\n",
        )
        .expect("a table of the readable rows");
        assert_eq!(mixed.hosts[0].counts.len(), 2);
        assert_eq!(mixed.diagnostics.len(), 1);
        assert_eq!(mixed.diagnostics[0].line, 3);
        // Hours listed newest first are an hour apart, not a day.
        let table =
            read_host_table("hour,host-a,host-b\n23,100,200\n22,110,210\n21,120,220\n").expect("a table");
        let starts: Vec<i64> = table.hosts[0].counts.iter().map(|c| c.start_ms / 3_600_000).collect();
        assert_eq!(starts, vec![21, 22, 23]);
        // A metrics export (a value a minute) named by its legend is not a host table.
        assert!(read_host_table("\"Time\",\"orders-consumer\",\"billing-consumer\"\n2024-05-08 10:00:00,5,7\n2024-05-08 10:01:00,6,8\n2024-05-08 10:02:00,7,9\n").is_none());
    }

    #[test]
    fn a_page_and_its_totals_invent_no_group() {
        let list = "Dashboard\nlocal\nBrokers\nTopics\nConsumers\nGroup ID\tNum Of Members\tNum Of Topics\tConsumer Lag\tCoordinator\tState\n\
                    analytics-sessionizer\t4\t2\t15230\t1\tSTABLE\n";
        assert_eq!(group_names(list), vec!["analytics-sessionizer"]);
        // A total row: the Lag column's cell, given to the rows' own group.
        let table = "| Group | Topic | Partition | Current offset | End offset | Lag |\n| orders | payments | 0 | 95,000 | 96,000 | 1,000 |\n\
                     | orders | payments | 1 | 1,000 | 1,346 | 346 |\n| Total | | | 96,000 | 97,346 | 1,346 |\n";
        let outcome = parse(table);
        assert_eq!(group_names(table), vec!["orders"]);
        assert_eq!(outcome.snapshot.groups[0].reported_total_lag, Some(1346));
        assert_eq!(outcome.source.tool, Some(Tool::Table));
    }

    #[test]
    fn a_sum_of_the_known_lags_is_not_no_lag() {
        let text = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                    g t 0 100 100 0 c-1 /h c\ng t 1 - 500 - c-1 /h c\n";
        let cards =
            lagscope_core::overview::overview(&build(vec![Input::text("d", text)], &Options::default()));
        assert_ne!(cards[0].drain, lagscope_core::overview::Drain::NoLag);
    }

    #[test]
    fn a_row_cut_after_the_member_id_has_no_client_id() {
        let text = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                    g t 0 10 15 5 c-1-abcd \n";
        let outcome = parse(text);
        let partition = &outcome.snapshot.groups[0].partitions[0];
        assert_eq!(
            (partition.consumer_id.as_deref(), partition.client_id.as_deref()),
            (Some("c-1-abcd"), None)
        );
        assert!(outcome.diagnostics.iter().any(|d| d.severity == Severity::Warning
            && lagscope_core::l10n::english(&d.message).contains("HOST, CLIENT-ID unknown")));
    }

    #[test]
    fn a_wrapped_header_of_the_share_tool_is_the_share_tool() {
        let text = "$ kafka-share-groups.sh --bootstrap-server b:9092 --describe --group s --state\n\
                    GROUP           COORDINATOR (ID)\nSTATE           #MEMBERS\ns               b:9092  (1)        Stable          3\n";
        let outcome = parse(text);
        assert_eq!(outcome.source.tool, Some(Tool::KafkaShareGroups), "{:#?}", outcome.diagnostics);
    }
}

#[test]
fn a_ui_table_s_lag_is_checked_against_its_offsets_like_the_tools() {
    let text = "Consumer Group: orders\n\
                Topic: payments\n\
                Partition\tConsumer ID\tHost\tConsumer Lag\tCurrent Offset\tEnd offset\n\
                0\tc-1\t/10.0.0.1\t500\t1000\t1200\n\
                1\tc-1\t/10.0.0.1\t-3\t1203\t1200\n";
    let outcome = parse(text);
    let lag_warning = |line: usize| {
        outcome.diagnostics.iter().any(|d| {
            d.line == line
                && d.severity == Severity::Warning
                && lagscope_core::l10n::english(&d.message).starts_with("LAG ")
        })
    };
    assert!(lag_warning(4), "LAG 500 disagrees with 1200 − 1000: {:#?}", outcome.diagnostics);
    assert!(lag_warning(5), "a negative LAG: {:#?}", outcome.diagnostics);
    assert_eq!(outcome.snapshot.groups[0].partitions.len(), 2, "both rows are kept as printed");
}
