//! Numbers as people read them: the core's one place of formatting (`lagscope_core::l10n::format`),
//! so the page, the report and the findings agree: counts with separators, durations as
//! "2 h 55 min" ("2시간 55분"), shares as percentages, rates, and times as the incident's wall clock
//! (the zone comes from the core, `Workbench::zone`).

use lagscope_core::l10n::format as core;
use lagscope_core::series::clock::{Zone, ZoneSource};

use crate::i18n::{Lang, Message};

/// `1234567` → `1,234,567`.
#[must_use]
pub fn count(value: i64) -> String {
    core::count(value)
}

/// A measured value that may have a fraction: whole numbers grouped, small ones with one decimal.
#[must_use]
pub fn amount(value: f64) -> String {
    core::amount(value)
}

/// `10480` s → `2 h 55 min` (`2시간 55분`).
#[must_use]
pub fn duration(seconds: f64, lang: Lang) -> String {
    core::duration(seconds, lang)
}

/// `0.973` → `97%` (`2.5%` under 10%, so a small share is not shown as 0%).
#[must_use]
pub fn share(value: f64) -> String {
    core::share(value)
}

/// Records per second.
#[must_use]
pub fn per_second(value: f64, lang: Lang) -> String {
    core::per_second(value, lang)
}

/// Records per hour.
#[must_use]
pub fn per_hour(value: f64, lang: Lang) -> String {
    core::per_hour(value, lang)
}

/// A moment in the incident's zone, to the minute: `2026-03-14 10:05 KST` (the core's clock).
#[must_use]
pub fn time(ms: i64, zone: &Zone) -> String {
    lagscope_core::series::clock::moment(ms, zone)
}

/// What a time axis says about its zone: `KST (UTC+09:00)`, `UTC (the input names no zone)`, or
/// that the times are the table's own.
#[must_use]
pub fn zone_note(zone: &Zone) -> Message {
    match zone.source {
        ZoneSource::Stated if zone.name.starts_with(['+', '-']) => {
            lagscope_core::msg!("ui-zone-bare", zone = zone.offset_label())
        }
        ZoneSource::Stated if zone.name == "UTC" || zone.name == "GMT" => {
            lagscope_core::msg!("ui-zone-bare", zone = &zone.name)
        }
        ZoneSource::Stated => {
            lagscope_core::msg!("ui-zone-stated", name = &zone.name, offset = zone.offset_label())
        }
        ZoneSource::AssumedUtc => Message::new("ui-zone-assumed-utc"),
        ZoneSource::AsPrinted => Message::new("ui-zone-as-printed"),
        ZoneSource::HoursOnly => Message::new("ui-zone-hours-only"),
    }
}
