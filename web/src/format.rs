//! Numbers as people read them, in one place: counts with separators, durations as "2 h 55 min"
//! ("2시간 55분"), shares as percentages, rates, and times as the incident's wall clock (the zone
//! comes from the core, `Workbench::zone`).

use lagscope_core::series::clock::{Zone, ZoneSource};

use crate::i18n::{Lang, bi};

/// `1234567` → `1,234,567` (the core's grouping, so the page and the report agree).
#[must_use]
pub fn count(value: i64) -> String {
    lagscope_core::findings::grouped(value)
}

/// A measured value that may have a fraction: whole numbers grouped, small ones with one decimal.
#[must_use]
pub fn amount(value: f64) -> String {
    if !value.is_finite() {
        return "?".to_owned();
    }
    if value.abs() >= 100.0 || value.fract() == 0.0 {
        count(value.round() as i64)
    } else {
        format!("{value:.1}")
    }
}

/// `10480` s → `2 h 55 min` (`2시간 55분`); under a minute in seconds, past two days in days.
#[must_use]
pub fn duration(seconds: f64, lang: Lang) -> String {
    if !seconds.is_finite() {
        return "?".to_owned();
    }
    let total = seconds.abs().round() as u64;
    let (days, hours, minutes, secs) = (total / 86_400, total % 86_400 / 3600, total % 3600 / 60, total % 60);
    let unit = |en: &'static str, ko: &'static str| bi(lang, en, ko);
    let (d, h, m, s) = (unit(" d", "일"), unit(" h", "시간"), unit(" min", "분"), unit(" s", "초"));
    let text = if days >= 2 {
        format!("{days}{d} {hours}{h}")
    } else if total >= 3600 {
        let hours = hours + days * 24;
        if minutes == 0 { format!("{hours}{h}") } else { format!("{hours}{h} {minutes}{m}") }
    } else if total >= 60 {
        if secs == 0 { format!("{minutes}{m}") } else { format!("{minutes}{m} {secs}{s}") }
    } else if seconds.abs() < 1.0 && seconds != 0.0 {
        format!("{} ms", (seconds.abs() * 1000.0).round())
    } else {
        format!("{secs}{s}")
    };
    if seconds < 0.0 { format!("-{text}") } else { text }
}

/// `0.973` → `97%` (`97.3%` under 10%, so a small share is not shown as 0%).
#[must_use]
pub fn share(value: f64) -> String {
    let percent = value * 100.0;
    if percent != 0.0 && percent.abs() < 10.0 { format!("{percent:.1}%") } else { format!("{percent:.0}%") }
}

/// Records per second.
#[must_use]
pub fn per_second(value: f64, lang: Lang) -> String {
    format!("{}{}", amount(value), bi(lang, "/s", "/초"))
}

/// Records per hour.
#[must_use]
pub fn per_hour(value: f64, lang: Lang) -> String {
    format!("{}{}", amount(value), bi(lang, "/h", "/시간"))
}

/// A moment in the incident's zone: `2026-03-14 10:05 KST`.
#[must_use]
pub fn time(ms: i64, zone: &Zone) -> String {
    lagscope_core::series::clock::moment(ms, zone)
}

/// What a time axis says about its zone: `KST (UTC+09:00)`, `UTC (the input names no zone)`, or
/// that the times are the table's own.
#[must_use]
pub fn zone_note(zone: &Zone, lang: Lang) -> String {
    match zone.source {
        ZoneSource::Stated if zone.name.starts_with(['+', '-']) => zone.offset_label(),
        ZoneSource::Stated if zone.name == "UTC" || zone.name == "GMT" => zone.name.clone(),
        ZoneSource::Stated => format!("{} ({})", zone.name, zone.offset_label()),
        ZoneSource::AssumedUtc => {
            bi(lang, "UTC (the input names no time zone)", "UTC(입력에 시간대 표시 없음)").to_owned()
        }
        ZoneSource::AsPrinted => {
            bi(lang, "as the table prints them (no time zone given)", "표에 적힌 그대로(시간대 표시 없음)")
                .to_owned()
        }
        ZoneSource::HoursOnly => bi(
            lang,
            "hours as the table gives them (no date, no time zone)",
            "표에 적힌 시각 그대로(날짜와 시간대 표시 없음)",
        )
        .to_owned(),
    }
}
