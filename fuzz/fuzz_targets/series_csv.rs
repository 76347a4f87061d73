//! Generic lag CSV import (`series::csv_import::import_csv`), with the default column names or a
//! mapping the input chooses.
//!
//! Input: bytes, decoded as an upload is. When the first line is `#map key=column;key=column…`
//! (keys: time, group, topic, partition, lag, current_offset, log_end_offset, host), it becomes
//! the `CsvMapping` and the rest of the input is the CSV; otherwise the default mapping is used.
//!
//! Promises: no panic; every diagnostic names a line of the CSV, diagnostics in line order; the
//! series is sorted, with finite floats in it and in its rates and Burrow verdicts.
#![no_main]

#[path = "common/mod.rs"]
mod common;

use lagscope_core::series::csv_import::{CsvMapping, import_csv};
use libfuzzer_sys::fuzz_target;

fn mapping_and_body(text: &str) -> (CsvMapping, &str) {
    let Some(rest) = text.strip_prefix("#map ") else { return (CsvMapping::default(), text) };
    let (line, body) = match rest.find(['\n', '\r']) {
        Some(end) => {
            let after = if rest[end..].starts_with("\r\n") { end + 2 } else { end + 1 };
            (&rest[..end], &rest[after..])
        }
        None => (rest, ""),
    };
    let mut mapping = CsvMapping::default();
    for pair in line.split(';') {
        let Some((key, column)) = pair.split_once('=') else { continue };
        let column = Some(column.to_owned());
        match key.trim() {
            "time" => mapping.time = column,
            "group" => mapping.group = column,
            "topic" => mapping.topic = column,
            "partition" => mapping.partition = column,
            "lag" => mapping.lag = column,
            "current_offset" => mapping.current_offset = column,
            "log_end_offset" => mapping.log_end_offset = column,
            "host" => mapping.host = column,
            _ => {}
        }
    }
    (mapping, body)
}

fuzz_target!(|bytes: &[u8]| {
    let text = lagscope_core::text::decode(bytes);
    let (mapping, body) = mapping_and_body(&text);
    let Some(import) = import_csv(body, &mapping) else { return };
    common::assert_lines(body, &import.diagnostics);
    common::assert_sorted(&import.diagnostics);
    common::check_series(&import.series);
    // The dispatcher with the same mapping reads a CSV nothing else claims the same way.
    if mapping == CsvMapping::default() {
        return;
    }
    if let Some(dispatched) = lagscope_core::series::import_with(body, &mapping) {
        common::assert_lines(body, &dispatched.diagnostics);
        common::check_series(&dispatched.series);
    }
});
