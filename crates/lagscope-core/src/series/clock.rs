//! Reading the time stamps people put between dumps: what `date` prints in the C and Korean
//! locales, ISO 8601, and epoch seconds or milliseconds; and writing times back as the incident's
//! wall clock ([`Zone`], [`wall_clock`], [`time_ticks`]). Pure integer calendar arithmetic; no clock.

use serde::Serialize;

/// The time zone an input's times are shown in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Zone {
    /// Minutes east of UTC.
    pub offset_minutes: i32,
    /// As the input wrote it (`KST`, `+09:00`), or `UTC`.
    pub name: String,
    /// How it is known.
    pub source: ZoneSource,
}

/// How an input's time zone is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ZoneSource {
    /// The input's time stamps name it.
    Stated,
    /// The input names none: times are read and shown as UTC.
    AssumedUtc,
    /// A table's times without a zone: shown exactly as the table prints them.
    AsPrinted,
    /// A table's hours without a date or a zone (placed on 1970-01-01 and the days after it): shown
    /// as hours of the day, never as dates.
    HoursOnly,
}

impl Zone {
    /// UTC, because the input names no zone.
    #[must_use]
    pub fn assumed_utc() -> Self {
        Self { offset_minutes: 0, name: "UTC".to_owned(), source: ZoneSource::AssumedUtc }
    }

    /// A table's own wall clock (its times were read as if UTC, so they are shown unshifted).
    #[must_use]
    pub fn as_printed() -> Self {
        Self { offset_minutes: 0, name: String::new(), source: ZoneSource::AsPrinted }
    }

    /// A table's hours without dates (placed on 1970-01-01 and the days after it).
    #[must_use]
    pub fn hours_only() -> Self {
        Self { offset_minutes: 0, name: String::new(), source: ZoneSource::HoursOnly }
    }

    /// `UTC+09:00`: the offset in a form every reader knows.
    #[must_use]
    pub fn offset_label(&self) -> String {
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let minutes = self.offset_minutes.unsigned_abs();
        format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
    }
}

/// The zone a time stamp names, or `None` when it names none (epochs, ISO 8601 without an offset,
/// `date` output without a zone).
#[must_use]
pub fn stated_zone(line: &str) -> Option<Zone> {
    let text = line.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let zone = if parse_c_locale(text).is_some() {
        match words.as_slice() {
            [_, _, _, _, zone, _] => (*zone).to_owned(),
            _ => return None,
        }
    } else if parse_korean_locale(text).is_some() {
        (*words.get(5)?).to_owned()
    } else if parse_iso(text).is_some() {
        let rest = text.get(10..)?.trim_start_matches(['T', ' ']);
        let start = rest.find(['Z', 'z', '+']).or_else(|| rest.rfind('-'))?;
        rest[start..].trim().to_owned()
    } else {
        return None;
    };
    let offset = i32::try_from(zone_offset_minutes(&zone)?).ok()?;
    let name = if matches!(zone.as_str(), "Z" | "z") { "UTC".to_owned() } else { zone };
    Some(Zone { offset_minutes: offset, name, source: ZoneSource::Stated })
}

/// The first zone a text's time stamps name: whole lines (`date` between dumps) or the cells of
/// a CSV row (`,`, `;` or tab), looking at the first 2,000 lines.
#[must_use]
pub fn stated_zone_in(text: &str) -> Option<Zone> {
    text.lines().take(ZONE_SEARCH_LINES).find_map(|line| {
        stated_zone(line).or_else(|| {
            line.split([',', ';', '\t'])
                .map(|cell| cell.trim().trim_matches('"'))
                .filter(|cell| cell.len() >= 16)
                .find_map(stated_zone)
        })
    })
}

/// How many first lines [`stated_zone_in`] looks at.
pub(super) const ZONE_SEARCH_LINES: usize = 2_000;

/// A civil date and time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Civil {
    /// Year.
    pub year: i64,
    /// Month, 1–12.
    pub month: i64,
    /// Day of the month, 1–31.
    pub day: i64,
    /// Hour, 0–23.
    pub hour: i64,
    /// Minute.
    pub minute: i64,
    /// Second.
    pub second: i64,
}

/// The civil time of `ms` at `offset_minutes` east of UTC (civil from days: Howard Hinnant's
/// algorithm).
#[must_use]
pub fn civil(ms: i64, offset_minutes: i32) -> Civil {
    let seconds = ms.div_euclid(1000).saturating_add(i64::from(offset_minutes) * 60);
    let days = seconds.div_euclid(86_400);
    let of_day = seconds.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Civil { year, month, day, hour: of_day / 3600, minute: of_day % 3600 / 60, second: of_day % 60 }
}

/// The date a file's name gives (`app.2024-06-30.log`, `app-20240630.log`, `logs_2024_06_30`):
/// its midnight (ms since the epoch, the wall clock read as UTC), or `None` when no run of
/// digits in the name is a date of 1970–9999.
#[must_use]
pub fn date_in_name(name: &str) -> Option<i64> {
    let bytes = name.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = bytes.get(range)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0, |value, byte| value * 10 + i64::from(byte - b'0')))
    };
    let is_digit_at = |index: usize| bytes.get(index).is_some_and(u8::is_ascii_digit);
    (0..bytes.len()).filter(|&start| start == 0 || !is_digit_at(start - 1)).find_map(|start| {
        let separator = bytes.get(start + 4).copied();
        let (year, month, day) = match separator {
            Some(b'-' | b'_' | b'.')
                if bytes.get(start + 7).copied() == separator && !is_digit_at(start + 10) =>
            {
                (digits(start..start + 4)?, digits(start + 5..start + 7)?, digits(start + 8..start + 10)?)
            }
            _ if !is_digit_at(start + 8) => {
                (digits(start..start + 4)?, digits(start + 4..start + 6)?, digits(start + 6..start + 8)?)
            }
            _ => return None,
        };
        let midnight = parse_timestamp(&format!("{year:04}-{month:02}-{day:02}T00:00:00Z"))?;
        // A day past the month's end (`2024-02-30`) is no date.
        let read_back = civil(midnight, 0);
        (read_back.year == year && read_back.month == month && read_back.day == day).then_some(midnight)
    })
}

/// `2026-03-14 10:05` (with `:30` seconds when they are not zero), in `zone`; `10:05` for a table
/// that gives hours only.
#[must_use]
pub fn wall_clock(ms: i64, zone: &Zone) -> String {
    let c = civil(ms, zone.offset_minutes);
    if zone.source == ZoneSource::HoursOnly {
        return format!("{:02}:{:02}", c.hour, c.minute);
    }
    let text = format!("{:04}-{:02}-{:02} {:02}:{:02}", c.year, c.month, c.day, c.hour, c.minute);
    if c.second == 0 { text } else { format!("{text}:{:02}", c.second) }
}

/// `2026-11-22 03:10:00` in UTC.
#[must_use]
pub fn utc(ms: i64) -> String {
    seconds_in_zone(ms, &Zone::assumed_utc())
}

/// `2026-03-14 10:00:00`: a moment in `zone`, to the second, without the zone's name (for a
/// column whose heading names it).
#[must_use]
pub fn seconds_in_zone(ms: i64, zone: &Zone) -> String {
    let c = civil(ms, zone.offset_minutes);
    format!("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", c.year, c.month, c.day, c.hour, c.minute, c.second)
}

/// `2026-03-14 10:00:00 KST`: a moment in `zone`, to the second, with the zone's name (none for a
/// table's own clock).
#[must_use]
pub fn in_zone(ms: i64, zone: &Zone) -> String {
    let c = civil(ms, zone.offset_minutes);
    let text =
        format!("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", c.year, c.month, c.day, c.hour, c.minute, c.second);
    match zone.source {
        // The date is made up: the hour (and the day count past the first) is all the table says.
        ZoneSource::HoursOnly => text.get(11..).unwrap_or_default().to_owned(),
        _ => named(text, zone),
    }
}

/// `2026-03-14 10:05 KST`: [`wall_clock`] with the zone's name (none for a table's own clock), as
/// the page shows a moment.
#[must_use]
pub fn moment(ms: i64, zone: &Zone) -> String {
    named(wall_clock(ms, zone), zone)
}

/// A time followed by its zone's name, where the zone has one people should read.
fn named(text: String, zone: &Zone) -> String {
    match zone.source {
        ZoneSource::AsPrinted | ZoneSource::HoursOnly => text,
        ZoneSource::Stated | ZoneSource::AssumedUtc => format!("{text} {}", zone.name),
    }
}

/// A labelled tick on a time axis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tick {
    /// Its time, ms since the epoch.
    pub ms: i64,
    /// Its label: `18:05`, `18:05:30`, or `03-18 00:00` on the first tick and where the day changes.
    pub label: String,
}

/// Ticks at round wall-clock times in `zone` between `start_ms` and `end_ms`, at most `max_ticks`
/// of them (at least two where the span allows): 1, 2, 5, 10, 15 or 30 seconds or minutes, 1, 2,
/// 3, 6 or 12 hours, or whole days.
#[must_use]
pub fn time_ticks(start_ms: i64, end_ms: i64, zone: &Zone, max_ticks: usize) -> Vec<Tick> {
    const STEPS_S: [i64; 21] = [
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400,
        172_800, 604_800, 2_592_000,
    ];
    let span_ms = end_ms.saturating_sub(start_ms);
    if span_ms <= 0 {
        return vec![Tick { ms: start_ms, label: wall_clock(start_ms, zone) }];
    }
    let max_ticks = i64::try_from(max_ticks.max(2)).unwrap_or(i64::MAX);
    let step_seconds = STEPS_S
        .iter()
        .copied()
        .find(|step| span_ms / (step * 1000) < max_ticks)
        .unwrap_or_else(|| (span_ms / 1000 / max_ticks).max(1));
    let step_ms = step_seconds * 1000;
    let offset_ms = i64::from(zone.offset_minutes) * 60_000;
    // The first round time at or after the start, on the zone's wall clock.
    let local_start = start_ms.saturating_add(offset_ms);
    let first = local_start
        .div_euclid(step_ms)
        .saturating_add(i64::from(local_start.rem_euclid(step_ms) != 0))
        .saturating_mul(step_ms)
        .saturating_sub(offset_ms);
    let mut ticks = Vec::new();
    let mut previous_day = None;
    let mut at = first;
    while at <= end_ms && ticks.len() < 1000 {
        let c = civil(at, zone.offset_minutes);
        let day = (c.year, c.month, c.day);
        let clock = if step_seconds < 60 {
            format!("{:02}:{:02}:{:02}", c.hour, c.minute, c.second)
        } else {
            format!("{:02}:{:02}", c.hour, c.minute)
        };
        let label = if zone.source == ZoneSource::HoursOnly {
            clock
        } else if step_seconds >= 86_400 {
            format!("{:02}-{:02}", c.month, c.day)
        } else if previous_day != Some(day) {
            format!("{:02}-{:02} {clock}", c.month, c.day)
        } else {
            clock
        };
        previous_day = Some(day);
        ticks.push(Tick { ms: at, label });
        at = at.saturating_add(step_ms);
    }
    ticks
}

/// Milliseconds since the Unix epoch for a line that is only a time stamp, or `None`.
///
/// Accepted forms:
/// - `Sun Nov 22 03:10:00 UTC 2026` (`date` in the C locale), with `UTC`, `GMT`, `KST`, `JST`,
///   `CET`, `CEST`, `EST`, `EDT`, `PST`, `PDT` or a `+0900` offset;
/// - `2026. 11. 22. (일) 03:10:00 KST` (`date` in the Korean locale);
/// - `2026-11-22T03:10:00Z`, `2026-11-22 03:10:00+09:00`, with optional fractions of a second
///   (no zone means UTC);
/// - `1763781000` (epoch seconds) or `1763781000000` (epoch milliseconds).
#[must_use]
pub fn parse_timestamp(line: &str) -> Option<i64> {
    let text = line.trim();
    if !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit()) {
        let value: i64 = text.parse().ok()?;
        return match text.len() {
            9..=10 => Some(value.checked_mul(1000)?),
            12..=13 => Some(value),
            _ => None,
        };
    }
    if text.as_bytes().get(4) == Some(&b'-') {
        // ISO 8601 (`2026-…`): neither `date` form starts so. Tried first, as logs give millions.
        return parse_iso(text);
    }
    parse_c_locale(text).or_else(|| parse_korean_locale(text))
}

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// `Sun Nov 22 03:10:00 UTC 2026`.
fn parse_c_locale(text: &str) -> Option<i64> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let (day_name, month, day, clock, zone, year) = match words.as_slice() {
        [day_name, month, day, clock, zone, year] => (*day_name, *month, *day, *clock, Some(*zone), *year),
        [day_name, month, day, clock, year] => (*day_name, *month, *day, *clock, None, *year),
        _ => return None,
    };
    if !DAYS.contains(&day_name.trim_end_matches(',')) {
        return None;
    }
    let month = i64::try_from(MONTHS.iter().position(|name| *name == month)?).ok()? + 1;
    let (hour, minute, second, millis) = parse_clock(clock)?;
    let offset_minutes = zone.map_or(Some(0), zone_offset_minutes)?;
    civil_to_ms(year.parse().ok()?, month, day.parse().ok()?, hour, minute, second, millis, offset_minutes)
}

/// `2026. 11. 22. (일) 03:10:00 KST`.
fn parse_korean_locale(text: &str) -> Option<i64> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [year, month, day, _weekday, clock, rest @ ..] = words.as_slice() else { return None };
    let number = |word: &str| word.trim_end_matches('.').parse::<i64>().ok();
    let offset_minutes = match rest {
        [] => 0,
        [zone] => zone_offset_minutes(zone)?,
        _ => return None,
    };
    let (hour, minute, second, millis) = parse_clock(clock)?;
    civil_to_ms(number(year)?, number(month)?, number(day)?, hour, minute, second, millis, offset_minutes)
}

/// `2026-11-22T03:10:00Z`, `2026-11-22 03:10:00.123+09:00`.
fn parse_iso(text: &str) -> Option<i64> {
    let (date, rest) = text.split_at_checked(10)?;
    let mut parts = date.split('-');
    let (year, month, day) =
        (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
    let rest = rest.strip_prefix(['T', ' ']).unwrap_or(rest);
    if rest.is_empty() {
        return civil_to_ms(year, month, day, 0, 0, 0, 0, 0);
    }
    let zone_start = rest.find(['Z', 'z', '+']).or_else(|| rest.rfind('-')).unwrap_or(rest.len());
    let (clock, zone) = rest.split_at(zone_start);
    let (hour, minute, second, millis) = parse_clock(clock.trim())?;
    let offset_minutes = if zone.is_empty() { 0 } else { zone_offset_minutes(zone.trim())? };
    civil_to_ms(year, month, day, hour, minute, second, millis, offset_minutes)
}

/// `03:10`, `03:10:00`, `03:10:00.123` or `03:10:00,123`.
fn parse_clock(text: &str) -> Option<(i64, i64, i64, i64)> {
    let (clock, fraction) = text.split_once(['.', ',']).unwrap_or((text, ""));
    let mut parts = clock.split(':');
    let hour = parts.next()?.parse().ok()?;
    let minute = parts.next()?.parse().ok()?;
    let second = parts.next().map_or(Some(0), |second| second.parse().ok())?;
    if parts.next().is_some()
        || !(0..24).contains(&hour)
        || !(0..60).contains(&minute)
        || !(0..=60).contains(&second)
    {
        return None;
    }
    let millis = if fraction.is_empty() {
        0
    } else {
        let digits: String = fraction.chars().take(3).collect();
        if !digits.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        format!("{digits:0<3}").parse().ok()?
    };
    Some((hour, minute, second, millis))
}

/// Minutes east of UTC for a zone name or a `+09:00` / `+0900` / `Z` offset.
fn zone_offset_minutes(zone: &str) -> Option<i64> {
    let named = match zone {
        "UTC" | "GMT" | "Z" | "z" => Some(0),
        "KST" | "JST" => Some(9 * 60),
        "CET" => Some(60),
        "CEST" => Some(120),
        "EST" => Some(-5 * 60),
        "EDT" => Some(-4 * 60),
        "PST" => Some(-8 * 60),
        "PDT" => Some(-7 * 60),
        _ => None,
    };
    if named.is_some() {
        return named;
    }
    let (sign, digits) = match zone.as_bytes().first()? {
        b'+' => (1, &zone[1..]),
        b'-' => (-1, &zone[1..]),
        _ => return None,
    };
    let digits: String = digits.chars().filter(|character| *character != ':').collect();
    if digits.len() != 4 || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let hours: i64 = digits[..2].parse().ok()?;
    let minutes: i64 = digits[2..].parse().ok()?;
    Some(sign * (hours * 60 + minutes))
}

/// Milliseconds since the epoch of a civil date and time at `offset_minutes` east of UTC
/// (days from civil: Howard Hinnant's algorithm).
#[allow(clippy::too_many_arguments, reason = "the fields of a civil time")]
fn civil_to_ms(
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    millis: i64,
    offset_minutes: i64,
) -> Option<i64> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || !(1970..=9999).contains(&year) {
        return None;
    }
    let shifted_year = if month <= 2 { year - 1 } else { year };
    let era = shifted_year.div_euclid(400);
    let year_of_era = shifted_year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset_minutes * 60;
    Some(seconds * 1000 + millis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_files_name_may_give_its_date() {
        let day = |text: &str| parse_timestamp(text);
        assert_eq!(date_in_name("app.2024-06-30.log"), day("2024-06-30T00:00:00Z"));
        assert_eq!(date_in_name("/var/log/billing/app-20240630.log.gz"), day("2024-06-30T00:00:00Z"));
        assert_eq!(date_in_name("logs_2024_02_29_pod-3.txt"), day("2024-02-29T00:00:00Z"));
        assert_eq!(date_in_name("consumer.2024.12.31"), day("2024-12-31T00:00:00Z"));
        for name in [
            "app.log",
            "app-2024-02-30.log",
            "app-2023-02-29.log",
            "build-123456789.log",
            "v1.2.3.log",
            "12024-06-30.log",
            "app-2024-13-01.log",
            "2024-06-301",
        ] {
            assert_eq!(date_in_name(name), None, "{name}");
        }
    }

    // 2026-11-22T03:10:00Z
    const STAMP: i64 = 1_795_317_000_000;

    #[test]
    fn date_formats() {
        assert_eq!(parse_timestamp("Sun Nov 22 03:10:00 UTC 2026"), Some(STAMP));
        assert_eq!(parse_timestamp("Sun Nov 22 12:10:00 KST 2026"), Some(STAMP));
        assert_eq!(parse_timestamp("2026. 11. 22. (일) 12:10:00 KST"), Some(STAMP));
        assert_eq!(parse_timestamp("2026-11-22T03:10:00Z"), Some(STAMP));
        assert_eq!(parse_timestamp("2026-11-22 12:10:00+09:00"), Some(STAMP));
        assert_eq!(parse_timestamp("2026-11-21T22:10:00-05:00"), Some(STAMP));
        assert_eq!(parse_timestamp("2026-11-22T03:10:00.250Z"), Some(STAMP + 250));
        assert_eq!(parse_timestamp("1795317000"), Some(STAMP));
        assert_eq!(parse_timestamp("1795317000000"), Some(STAMP));
        assert_eq!(parse_timestamp("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_timestamp("2024-02-29 00:00:00"), Some(1_709_164_800_000));
    }

    #[test]
    fn not_time_stamps() {
        for text in [
            "orders payments 0",
            "Sun Nov 22 25:10:00 UTC 2026",
            "2026-13-01",
            "12345",
            "Mon Foo 1 00:00:00 2026",
        ] {
            assert_eq!(parse_timestamp(text), None, "{text}");
        }
    }

    #[test]
    fn zones_are_read_from_the_stamps() {
        let kst = stated_zone("Sat Mar 14 10:00:00 KST 2026").expect("KST");
        assert_eq!((kst.name.as_str(), kst.offset_minutes, kst.source), ("KST", 540, ZoneSource::Stated));
        assert_eq!(stated_zone("2026. 11. 22. (일) 12:10:00 KST").map(|z| z.offset_minutes), Some(540));
        assert_eq!(stated_zone("2026-11-21T22:10:00-05:00").map(|z| z.offset_minutes), Some(-300));
        assert_eq!(stated_zone("2026-11-22T03:10:00Z").map(|z| z.name), Some("UTC".to_owned()));
        for none in ["2026-11-22 03:10:00", "1795317000", "Sun Nov 22 03:10:00 2026", "orders 0 1"] {
            assert_eq!(stated_zone(none), None, "{none}");
        }
        let csv = "time,group,lag\n2026-11-22T12:10:00+09:00,g,5\n";
        assert_eq!(stated_zone_in(csv).map(|z| z.offset_minutes), Some(540));
        assert_eq!(
            Zone { offset_minutes: -330, name: String::new(), source: ZoneSource::Stated }.offset_label(),
            "UTC-05:30"
        );
    }

    #[test]
    fn moments_in_utc_and_in_the_zone() {
        assert_eq!(utc(0), "1970-01-01 00:00:00");
        assert_eq!(utc(STAMP), "2026-11-22 03:10:00");
        assert_eq!(utc(1_709_164_800_000), "2024-02-29 00:00:00");
        let kst = stated_zone("Sun Nov 22 12:10:00 KST 2026").expect("KST");
        assert_eq!(in_zone(STAMP, &kst), "2026-11-22 12:10:00 KST");
        assert_eq!(in_zone(STAMP, &Zone::assumed_utc()), "2026-11-22 03:10:00 UTC");
        assert_eq!(in_zone(STAMP, &Zone::as_printed()), "2026-11-22 03:10:00");
        assert_eq!(moment(STAMP, &kst), "2026-11-22 12:10 KST");
        assert_eq!(moment(STAMP, &Zone::hours_only()), "03:10");
    }

    #[test]
    fn wall_clock_in_the_zone() {
        let kst = stated_zone("Sun Nov 22 12:10:00 KST 2026").expect("KST");
        assert_eq!(wall_clock(STAMP, &kst), "2026-11-22 12:10");
        assert_eq!(wall_clock(STAMP + 30_000, &Zone::assumed_utc()), "2026-11-22 03:10:30");
        // Civil from days inverts days from civil, leap days and year ends included.
        for (text, shown) in [
            ("2024-02-29 23:59:59", "2024-02-29 23:59:59"),
            ("2000-03-01 00:00:00", "2000-03-01 00:00"),
            ("1999-12-31 23:00:00", "1999-12-31 23:00"),
            ("1970-01-01 00:00:00", "1970-01-01 00:00"),
        ] {
            let ms = parse_timestamp(text).expect("a stamp");
            assert_eq!(wall_clock(ms, &Zone::assumed_utc()), shown, "{text}");
        }
    }

    #[test]
    fn ticks_fall_on_round_wall_clock_times() {
        let kst = stated_zone("Sat Mar 14 10:00:00 KST 2026").expect("KST");
        let start = parse_timestamp("Sat Mar 14 10:00:20 KST 2026").expect("start");
        let end = parse_timestamp("Sat Mar 14 10:25:00 KST 2026").expect("end");
        let ticks = time_ticks(start, end, &kst, 6);
        let labels: Vec<&str> = ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, vec!["03-14 10:05", "10:10", "10:15", "10:20", "10:25"]);
        // Across midnight the day is named where it changes.
        let start = parse_timestamp("2022-03-17 18:00:00").expect("start");
        let end = parse_timestamp("2022-03-18 02:00:00").expect("end");
        let labels: Vec<String> =
            time_ticks(start, end, &Zone::as_printed(), 5).into_iter().map(|t| t.label).collect();
        assert_eq!(labels, vec!["03-17 18:00", "20:00", "22:00", "03-18 00:00", "02:00"]);
        // A half-hour zone rounds on its own clock; a zero span gives one tick; no tick past the end.
        let india = Zone { offset_minutes: 330, name: "IST".to_owned(), source: ZoneSource::Stated };
        let ticks = time_ticks(0, 3_600_000, &india, 3);
        assert!(ticks.iter().all(|t| t.label.ends_with(":00") || t.label.ends_with(":30")), "{ticks:?}");
        assert_eq!(time_ticks(5, 5, &india, 4).len(), 1);
        assert!(time_ticks(0, i64::MAX, &india, 4).len() <= 1000);
    }
}
