//! Numbers as people read them, in one place for the core, the CLI and the web app: counts with
//! separators, durations (`2 h 55 min`, `2시간 55분`), shares, rates, and moments as the incident's
//! wall clock.

use super::Lang;
use crate::series::clock::{self, Zone};

/// `1234567` → `1,234,567` (Korean engineers group digits the same way).
#[must_use]
pub fn count(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A measured value that may have a fraction: whole numbers (and anything from 100 up) grouped,
/// smaller ones with one decimal, and a value that is not zero but rounds to it with two
/// significant digits (`0.048`); `?` for a value that is not a number.
#[must_use]
pub fn amount(value: f64) -> String {
    if !value.is_finite() {
        return "?".to_owned();
    }
    // The branch is chosen on the value as written: 99.96 is "100", not "100.0".
    let tenths = (value * 10.0).round() / 10.0;
    if tenths == 0.0 && value != 0.0 {
        // Not zero, so never written as one ("0/h" would read as nothing done): two significant
        // digits, as far as nine places.
        let mut places = 1_usize;
        let mut scaled = value.abs() * 10.0;
        while scaled < 10.0 && places < 9 {
            scaled *= 10.0;
            places += 1;
        }
        let written = format!("{value:.places$}");
        // Smaller still than nine places say: bounded, not zero.
        if !written.bytes().any(|digit| (b'1'..=b'9').contains(&digit)) {
            return if value > 0.0 { "<0.000000001".to_owned() } else { ">-0.000000001".to_owned() };
        }
        return written;
    }
    if tenths.abs() >= 100.0 || tenths.fract() == 0.0 {
        count(value.round() as i64)
    } else {
        format!("{tenths:.1}")
    }
}

/// `value` with `places` decimals (`?` when it is not a number).
#[must_use]
pub fn decimal(value: f64, places: u8) -> String {
    if !value.is_finite() {
        return "?".to_owned();
    }
    if places == 0 {
        return count(value.round() as i64);
    }
    // The whole part grouped like a count, the fraction as written.
    let text = format!("{:.*}", usize::from(places), value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let whole = count(whole.parse().unwrap_or(i64::MAX));
    let sign = if value < 0.0 && text.bytes().any(|digit| (b'1'..=b'9').contains(&digit)) { "-" } else { "" };
    format!("{sign}{whole}.{fraction}")
}

/// `0.973` → `97%` (`2.5%` under 10%, so a small share is not shown as 0%).
#[must_use]
pub fn share(value: f64) -> String {
    if !value.is_finite() {
        return "?".to_owned();
    }
    let percent = value * 100.0;
    // The branch is chosen on the value as written: 9.99% is "10%", not "10.0%".
    let tenths = (percent * 10.0).round() / 10.0;
    if tenths != 0.0 && tenths.abs() < 10.0 { format!("{tenths:.1}%") } else { format!("{percent:.0}%") }
}

/// `10480` s → `2 h 55 min` (`2시간 55분`); under a second in ms, under ten seconds to the tenth,
/// under a minute in seconds, from two days in days and hours.
#[must_use]
pub fn duration(seconds: f64, lang: Lang) -> String {
    if !seconds.is_finite() {
        return "?".to_owned();
    }
    let (d, h, m, s, ms) = match lang {
        Lang::En => (" d", " h", " min", " s", " ms"),
        Lang::Ko => ("일", "시간", "분", "초", "ms"),
    };
    let total = seconds.abs().round() as u64;
    // Past an hour the seconds are noise and past two days the minutes: round, not cut.
    let text = if total >= 2 * 86_400 {
        let hours = (total + 1800) / 3600;
        let (days, hours) = (hours / 24, hours % 24);
        if hours == 0 { format!("{days}{d}") } else { format!("{days}{d} {hours}{h}") }
    } else if total >= 3600 {
        let minutes = (total + 30) / 60;
        let (hours, minutes) = (minutes / 60, minutes % 60);
        if minutes == 0 { format!("{hours}{h}") } else { format!("{hours}{h} {minutes}{m}") }
    } else if total >= 60 {
        let (minutes, secs) = (total / 60, total % 60);
        if secs == 0 { format!("{minutes}{m}") } else { format!("{minutes}{m} {secs}{s}") }
    } else if seconds.abs() < 0.9995 && seconds != 0.0 {
        format!("{}{ms}", (seconds.abs() * 1000.0).round())
    } else if seconds.abs() < 10.0 && (seconds.abs() * 10.0).round() % 10.0 != 0.0 {
        // A few seconds keep their tenth: a 1.6 s rebalance is not a 2 s one.
        format!("{:.1}{s}", seconds.abs())
    } else {
        format!("{total}{s}")
    };
    if seconds < 0.0 { format!("-{text}") } else { text }
}

/// Records per second: `12.5/s`, `12.5/초`.
#[must_use]
pub fn per_second(value: f64, lang: Lang) -> String {
    let unit = match lang {
        Lang::En => "/s",
        Lang::Ko => "/초",
    };
    format!("{}{unit}", amount(value))
}

/// Records per hour: `36,000/h`, `36,000/시간`.
#[must_use]
pub fn per_hour(value: f64, lang: Lang) -> String {
    let unit = match lang {
        Lang::En => "/h",
        Lang::Ko => "/시간",
    };
    format!("{}{unit}", amount(value))
}

/// A moment to the second in the incident's zone with its name (`2026-03-14 10:00:00 KST`); in UTC,
/// said, when the input names no zone.
#[must_use]
pub fn time(ms: i64, zone: Option<&Zone>) -> String {
    match zone {
        Some(zone) => clock::in_zone(ms, zone),
        None => format!("{} UTC", clock::utc(ms)),
    }
}

/// Which side of a column [`pad`] fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text first, spaces after (names).
    Left,
    /// Spaces first, text after (numbers).
    Right,
}

/// `text` padded with spaces to `width` terminal columns, where a Hangul syllable or another East
/// Asian wide character takes two, so a column lines up in either language.
#[must_use]
pub fn pad(text: &str, width: usize, align: Align) -> String {
    let columns: usize = text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum();
    let fill = " ".repeat(width.saturating_sub(columns));
    match align {
        Align::Left => format!("{text}{fill}"),
        Align::Right => format!("{fill}{text}"),
    }
}

/// East Asian wide characters: Hangul Jamo, CJK and Hangul syllables, compatibility ideographs,
/// vertical and full-width forms.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3041}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}')
}

#[cfg(test)]
mod tests {
    /// Property-test finding (`tests/degenerate.rs`, failed before): a host's mean of 0.048/h was
    /// written "0/h", as if it had done nothing.
    #[test]
    fn a_small_amount_is_never_written_as_zero() {
        assert_eq!(super::amount(0.048), "0.048");
        assert_eq!(super::amount(-0.0042), "-0.0042");
        assert_eq!(super::amount(0.05), "0.1");
        assert_eq!(super::amount(0.0), "0");
        assert_eq!(super::amount(1e-12), "<0.000000001");
    }

    use super::*;

    #[test]
    fn numbers_as_people_read_them() {
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(count(-1000), "-1,000");
        assert_eq!(count(i64::MIN), "-9,223,372,036,854,775,808");
        assert_eq!(amount(12.345), "12.3");
        assert_eq!(amount(1234.5), "1,235");
        assert_eq!(amount(f64::NAN), "?");
        assert_eq!(share(0.973), "97%");
        assert_eq!(share(0.025), "2.5%");
        assert_eq!(duration(10_480.0, Lang::En), "2 h 55 min");
        assert_eq!(duration(10_480.0, Lang::Ko), "2시간 55분");
        assert_eq!(duration(0.25, Lang::En), "250 ms");
        assert_eq!(duration(59.0, Lang::Ko), "59초");
        assert_eq!(duration(1.6, Lang::En), "1.6 s");
        assert_eq!(duration(1.96, Lang::Ko), "2초");
        assert_eq!(duration(2.0, Lang::En), "2 s");
        assert_eq!(duration(12.4, Lang::En), "12 s");
        // Each branch is chosen on the value as it will be written.
        assert_eq!(amount(99.96), "100");
        assert_eq!(share(0.0999), "10%");
        assert_eq!(duration(0.9996, Lang::En), "1 s");
        assert_eq!(decimal(1_234_567.25, 1), "1,234,567.2");
        assert_eq!(decimal(-0.04, 1), "0.0");
        assert_eq!(decimal(-12.5, 2), "-12.50");
        assert_eq!(duration(3.0 * 86_400.0, Lang::En), "3 d");
        assert_eq!(duration(-90.0, Lang::En), "-1 min 30 s");
        assert_eq!(per_second(12.5, Lang::Ko), "12.5/초");
        assert_eq!(per_hour(36_000.0, Lang::En), "36,000/h");
        assert_eq!(pad("그룹", 6, Align::Left), "그룹  ");
        assert_eq!(pad("12", 4, Align::Right), "  12");
        assert_eq!(pad("too long", 3, Align::Left), "too long");
    }
}
