//! The pure heart of lagscope: everything that decides something about a consumer group.
//!
//! This crate parses what engineers paste (`kafka-consumer-groups.sh` dumps and friends) into a
//! [`model::Snapshot`], reports every line it could not use as a [`diagnostic::Diagnostic`], and
//! renders the stable JSON contract shared by the CLI and the web app ([`contract`]).
//!
//! It does no I/O, reads no clock and draws no random numbers: time and seeds are arguments, so the
//! same input gives the same output natively and in WebAssembly.
//!
//! # Example
//!
//! ```
//! let dump = "\nGROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
//!             orders payments 0 120 130 10 consumer-1-3f0c /10.0.0.1 consumer-1\n";
//! let outcome = lagscope_core::parse::parse(dump);
//! assert!(outcome.diagnostics.is_empty());
//! assert_eq!(outcome.snapshot.groups[0].total_lag(), Some(10));
//! ```
#![deny(missing_docs)]

pub mod analyze;
pub mod assign;
pub mod burrow;
pub mod contract;
pub mod diagnostic;
pub mod export;
pub mod findings;
pub mod l10n;
pub mod learn;
#[cfg(feature = "logs")]
pub mod logs;
pub mod model;
pub mod order;
pub mod overview;
pub mod parse;
pub mod report;
pub mod reset;
pub mod series;
pub mod sim;
pub mod source;
pub mod text;
pub mod time_lag;
pub mod workbench;
