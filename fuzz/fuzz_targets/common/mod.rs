//! Checks shared by the fuzz targets: the promises every outcome of the core keeps.
//!
//! - [`assert_finite`]: no `f32`/`f64` anywhere in a serialisable outcome is NaN or infinite.
//!   (`serde_json` writes NaN and ±inf as `null`, so serialising to JSON cannot tell; this walks
//!   the outcome with a serializer of its own that looks at every float.)
//! - [`assert_lines`]: every diagnostic names a line that exists (1..=line count).
//! - [`check_series`]: a series is sorted, finite, and its rates and Burrow windows are too.
#![allow(dead_code, reason = "each target uses part of this module")]

use std::fmt;

use lagscope_core::diagnostic::Diagnostic;
use lagscope_core::series::LagSeries;
use serde::ser::{self, Serialize};

/// The number of lines of `text` as the core numbers them (at least 1: an empty text's
/// diagnostics may name line 1).
pub fn line_count(text: &str) -> usize {
    lagscope_core::text::numbered_lines(text).count().max(1)
}

/// With `FUZZ_ALLOW_LINE_AFTER_FINAL_BREAK=1` in the environment, a diagnostic naming the line
/// after a text's final line break is let through: finding F1 (fuzz/README.md), known and
/// reported, so a run can look past it. Off by default: the promise is checked in full.
pub fn last_line_allowed(text: &str) -> usize {
    use std::sync::OnceLock;
    static ALLOW: OnceLock<bool> = OnceLock::new();
    let allow = *ALLOW.get_or_init(|| std::env::var_os("FUZZ_ALLOW_LINE_AFTER_FINAL_BREAK").is_some_and(|v| v == "1"));
    let n_lines = line_count(text);
    if allow && text.ends_with(['\n', '\r']) { n_lines + 1 } else { n_lines }
}

/// Every diagnostic names a line of `text`.
pub fn assert_lines(text: &str, diagnostics: &[Diagnostic]) {
    let n_lines = last_line_allowed(text);
    for diagnostic in diagnostics {
        assert!(
            (1..=n_lines).contains(&diagnostic.line),
            "diagnostic names line {} of a text with {n_lines} line(s): {}",
            diagnostic.line,
            lagscope_core::l10n::english(&diagnostic.message)
        );
    }
}

/// Diagnostics come sorted by line (every importer says so).
pub fn assert_sorted(diagnostics: &[Diagnostic]) {
    assert!(
        diagnostics.windows(2).all(|pair| pair[0].line <= pair[1].line),
        "diagnostics not in line order: {:?}",
        diagnostics.iter().map(|d| d.line).collect::<Vec<_>>()
    );
}

/// No float in `value` is NaN or infinite; `what` names the outcome in the panic message.
pub fn assert_finite<T: Serialize + ?Sized>(what: &str, value: &T) {
    let mut walker = Finite { path: Vec::new() };
    if let Err(error) = value.serialize(&mut walker) {
        panic!("{what}: {error}");
    }
}

/// Imported series: keyed by (group, topic, partition) in order, samples oldest first, floats
/// finite; and what the app computes from every series (rates, Burrow windows and their verdict)
/// runs and stays finite.
pub fn check_series(series: &LagSeries) {
    assert_finite("series", series);
    for pair in series.partitions.windows(2) {
        let key = |p: &lagscope_core::series::PartitionSeries| (p.group.clone(), p.topic.clone(), p.partition);
        assert!(key(&pair[0]) < key(&pair[1]), "series not sorted / duplicated: {:?} then {:?}", key(&pair[0]), key(&pair[1]));
    }
    for reported in &series.reported {
        assert!(
            reported.points.windows(2).all(|pair| pair[0].0 <= pair[1].0),
            "reported points not oldest first"
        );
    }
    let config = lagscope_core::burrow::EvaluatorConfig::default();
    for partition in &series.partitions {
        assert!(
            partition.samples.windows(2).all(|pair| pair[0].time_ms <= pair[1].time_ms),
            "samples not oldest first"
        );
        let rates = lagscope_core::series::rates::partition_rates(partition);
        assert_finite("partition_rates", &rates);
        if let Some(drain) = rates.drain_seconds {
            assert!(drain >= 0.0, "negative drain_seconds {drain}: {rates:?}");
        }
        let window = lagscope_core::series::windows::burrow_window(partition, config.intervals);
        assert_eq!(window.window.len(), config.intervals);
        let now_ms = partition.samples.last().map_or(0, |sample| sample.time_ms);
        let status = lagscope_core::burrow::evaluate_partition(&window, &config, now_ms);
        assert_finite("burrow verdict of an imported series", &status);
        assert!((0.0..=1.0).contains(&status.complete), "complete {} outside 0..=1", status.complete);
    }
}

/// A cheap FNV-1a hash of the input, for a seed that is a function of the input.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01B3);
    }
    hash
}

// ---------------------------------------------------------------------------------------------
// A serializer that only looks at floats.

#[derive(Debug)]
pub struct NotFinite(String);

impl fmt::Display for NotFinite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NotFinite {}

impl ser::Error for NotFinite {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Self(format!("serialisation failed: {msg}"))
    }
}

struct Finite {
    path: Vec<String>,
}

impl Finite {
    fn float(&self, value: f64) -> Result<(), NotFinite> {
        if value.is_finite() {
            Ok(())
        } else {
            Err(NotFinite(format!("non-finite float {value} at .{}", self.path.join("."))))
        }
    }
}

type R = Result<(), NotFinite>;

impl<'a> ser::Serializer for &'a mut Finite {
    type Ok = ();
    type Error = NotFinite;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, _: bool) -> R { Ok(()) }
    fn serialize_i8(self, _: i8) -> R { Ok(()) }
    fn serialize_i16(self, _: i16) -> R { Ok(()) }
    fn serialize_i32(self, _: i32) -> R { Ok(()) }
    fn serialize_i64(self, _: i64) -> R { Ok(()) }
    fn serialize_i128(self, _: i128) -> R { Ok(()) }
    fn serialize_u8(self, _: u8) -> R { Ok(()) }
    fn serialize_u16(self, _: u16) -> R { Ok(()) }
    fn serialize_u32(self, _: u32) -> R { Ok(()) }
    fn serialize_u64(self, _: u64) -> R { Ok(()) }
    fn serialize_u128(self, _: u128) -> R { Ok(()) }
    fn serialize_f32(self, value: f32) -> R { self.float(f64::from(value)) }
    fn serialize_f64(self, value: f64) -> R { self.float(value) }
    fn serialize_char(self, _: char) -> R { Ok(()) }
    fn serialize_str(self, _: &str) -> R { Ok(()) }
    fn serialize_bytes(self, _: &[u8]) -> R { Ok(()) }
    fn serialize_none(self) -> R { Ok(()) }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> R { value.serialize(self) }
    fn serialize_unit(self) -> R { Ok(()) }
    fn serialize_unit_struct(self, _: &'static str) -> R { Ok(()) }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> R { Ok(()) }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> R {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> R {
        self.path.push(variant.to_owned());
        value.serialize(&mut *self)?;
        self.path.pop();
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, NotFinite> { Ok(self) }
    fn serialize_tuple(self, _: usize) -> Result<Self, NotFinite> { Ok(self) }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, NotFinite> { Ok(self) }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self, NotFinite> {
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, NotFinite> { Ok(self) }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, NotFinite> { Ok(self) }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self, NotFinite> {
        Ok(self)
    }
}

macro_rules! elements {
    ($($trait:ident :: $method:ident),*) => {$(
        impl<'a> ser::$trait for &'a mut Finite {
            type Ok = ();
            type Error = NotFinite;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> R {
                value.serialize(&mut **self)
            }
            fn end(self) -> R { Ok(()) }
        }
    )*};
}
elements!(SerializeSeq::serialize_element, SerializeTuple::serialize_element, SerializeTupleStruct::serialize_field, SerializeTupleVariant::serialize_field);

impl<'a> ser::SerializeMap for &'a mut Finite {
    type Ok = ();
    type Error = NotFinite;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> R {
        key.serialize(&mut **self)
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> R {
        value.serialize(&mut **self)
    }
    fn end(self) -> R { Ok(()) }
}

macro_rules! fields {
    ($($trait:ident),*) => {$(
        impl<'a> ser::$trait for &'a mut Finite {
            type Ok = ();
            type Error = NotFinite;
            fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> R {
                self.path.push(key.to_owned());
                value.serialize(&mut **self)?;
                self.path.pop();
                Ok(())
            }
            fn end(self) -> R { Ok(()) }
        }
    )*};
}
fields!(SerializeStruct, SerializeStructVariant);
