//! Reading the time stamps people put between dumps: what `date` prints in the C and Korean
//! locales, ISO 8601, and epoch seconds or milliseconds. Pure integer calendar arithmetic; no clock.

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
    parse_c_locale(text).or_else(|| parse_korean_locale(text)).or_else(|| parse_iso(text))
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
}
