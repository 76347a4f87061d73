//! Consumer and broker logs: the group's story as the Java client and the group coordinator tell
//! it (who joined which generation, who left and why, failed heartbeats and commits, members the
//! broker removed), read from the lines people paste or collect.
//!
//! A line is opened in `envelope` (the host or pod, the time, the message, in whatever wrapper
//! and layout wrote it) and recognised in [`messages`] (Kafka's own texts, by version); the events
//! of every input are put in order, per group, in [`timeline`] (with the hosts' clock skew,
//! [`skew`]), and laid out for a picture in [`lanes`].

mod envelope;
pub mod lanes;
pub mod messages;
pub mod skew;
pub mod timeline;

use serde::Serialize;

pub use messages::{EventKind, HeartbeatFailure, LeaveReason, Removal};
pub use timeline::{GroupLog, LogTimeline};

use crate::series::clock::Zone;

/// One thing a log line says happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LogEvent {
    /// When (ms since the epoch); `None` when the line had no time of its own.
    pub time_ms: Option<i64>,
    /// The line it was read from (1-based), in its input.
    pub line: usize,
    /// Which input (in the order given).
    pub input: usize,
    /// The host or pod the line came from, when known.
    pub host: Option<String>,
    /// The consumer group.
    pub group: Option<String>,
    /// The client's `client.id`.
    pub client_id: Option<String>,
    /// The client's `group.instance.id` (static membership).
    pub instance_id: Option<String>,
    /// The member id, when the line names it.
    pub member_id: Option<String>,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
}

impl LogEvent {
    /// The event a line of input `at.0`, line `at.1`, said, with the group and member its prefix names.
    fn said(
        time_ms: Option<i64>,
        (input, line): (usize, usize),
        host: Option<String>,
        context: messages::Context,
        kind: EventKind,
    ) -> Self {
        Self {
            time_ms,
            line,
            input,
            host,
            group: context.group,
            client_id: context.client_id,
            instance_id: context.instance_id,
            member_id: context.member_id,
            kind,
        }
    }
}

/// What one input's log lines said.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogRead {
    /// The events, in the order of their lines.
    pub events: Vec<LogEvent>,
    /// How many lines the input had.
    pub n_lines: usize,
    /// The zone the first time stamp that names one names.
    pub zone: Option<Zone>,
    /// When each host (as the lines' wrappers name it; `None`: unnamed) logged, any line.
    pub spans: Vec<LineSpan>,
    /// Lines that give a time of day but no date, which nothing placed on a day: their events
    /// have no time, and stay off the timeline.
    pub undated: Option<UndatedLines>,
}

/// Lines with a time of day and no date (logback's default layout) that no date placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UndatedLines {
    /// The first of them.
    pub first_line: usize,
    /// How many there are.
    pub n_lines: usize,
}

/// Where a time of day without a date is placed, in the wall clock `offset_ms` from UTC: after a
/// line, on the first day that does not put it more than an hour before that line (a log runs
/// forward, past midnight and through quiet nights); before a dated line, on the last day that
/// does not put it more than an hour after it; beside another input's time, on the nearest day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayHint {
    /// A moment (ms since the epoch) near the lines.
    pub near_ms: i64,
    /// The offset from UTC (ms) of the wall clock the lines were written in.
    pub offset_ms: i64,
}

impl DayHint {
    /// How far a line may run behind (or ahead of) its reference and stay on its day: lines of
    /// several hosts come a little out of order.
    const TOLERANCE_MS: i64 = 3_600_000;

    /// The moment nearest [`Self::near_ms`] whose wall-clock time of day is `time_of_day_ms`.
    #[must_use]
    pub fn place(self, time_of_day_ms: i64) -> i64 {
        let wall = self.wall();
        let nearest = self.days(time_of_day_ms).into_iter().min_by_key(|moment| moment.abs_diff(wall));
        nearest.unwrap_or(wall).saturating_sub(self.offset_ms)
    }

    /// The first moment at or after an hour before [`Self::near_ms`] whose wall-clock time of day
    /// is `time_of_day_ms`: a line after the reference.
    #[must_use]
    pub fn place_after(self, time_of_day_ms: i64) -> i64 {
        let earliest = self.wall().saturating_sub(Self::TOLERANCE_MS);
        let days = self.days(time_of_day_ms);
        let moment = days.into_iter().find(|moment| *moment >= earliest).unwrap_or(days[2]);
        moment.saturating_sub(self.offset_ms)
    }

    /// The last moment at or before an hour after [`Self::near_ms`] whose wall-clock time of day
    /// is `time_of_day_ms`: a line before the reference.
    #[must_use]
    pub fn place_before(self, time_of_day_ms: i64) -> i64 {
        let latest = self.wall().saturating_add(Self::TOLERANCE_MS);
        let days = self.days(time_of_day_ms);
        let moment = days.into_iter().rev().find(|moment| *moment <= latest).unwrap_or(days[0]);
        moment.saturating_sub(self.offset_ms)
    }

    fn wall(self) -> i64 {
        self.near_ms.saturating_add(self.offset_ms)
    }

    /// `time_of_day_ms` on the day before the reference's, on its day and on the day after, in
    /// the wall clock.
    fn days(self, time_of_day_ms: i64) -> [i64; 3] {
        const DAY_MS: i64 = 86_400_000;
        let midnight = self.wall().div_euclid(DAY_MS).saturating_mul(DAY_MS);
        [midnight.saturating_sub(DAY_MS), midnight, midnight.saturating_add(DAY_MS)]
            .map(|day| day.saturating_add(time_of_day_ms))
    }
}

/// The first and the last timed line of one host in one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineSpan {
    /// Which input.
    pub input: usize,
    /// The host the lines' wrapper names, if any.
    pub host: Option<String>,
    /// The first line's time.
    pub first_ms: i64,
    /// The last line's time.
    pub last_ms: i64,
}

/// Phrases that mark a text as Kafka consumer or broker logs.
const MARKERS: [&str; 7] = [
    "[Consumer clientId=",
    "[Consumer instanceId=",
    "[GroupCoordinator ",
    "GroupMetadataManager",
    "kafka.coordinator.group",
    "CommitFailedException",
    "org.apache.kafka.clients.consumer",
];

/// How many timed lines without a zone are looked at for one (a zone is said on every line or none).
const ZONE_SEARCH_LINES: usize = 2_000;

/// How many first lines [`looks_like_logs`] looks at.
const SNIFF_LINES: usize = 2_000;

/// Whether `text` looks like Kafka consumer or broker logs rather than a dump: a line carries a
/// client's or a coordinator's mark, and none of its first lines is a dump's table header.
#[must_use]
pub fn looks_like_logs(text: &str) -> bool {
    if crate::text::numbered_lines(text).take(SNIFF_LINES).any(|(_, line)| is_dump_header(line)) {
        return false;
    }
    MARKERS.iter().any(|marker| memchr::memmem::find(text.as_bytes(), marker.as_bytes()).is_some())
}

/// A `kafka-consumer-groups.sh` table header (its columns name the partition, the host or the
/// coordinator).
fn is_dump_header(line: &str) -> bool {
    let line = line.trim_start();
    (line.starts_with("GROUP ") || line.starts_with("TOPIC ") || line.starts_with("CONSUMER-ID "))
        && (line.contains(" PARTITION") || line.contains(" HOST") || line.contains(" COORDINATOR"))
}

/// Reads the events of one input's log lines (`input`: its index); `None` when no line says
/// anything about a consumer group. A line that carries no time (a stack trace's) belongs to the
/// timed line before it. A line with a time of day and no date is placed on a day by the nearest
/// dated line of the input (see [`DayHint`]); with none, it is [`LogRead::undated`].
#[must_use]
pub fn read_logs(text: &str, input: usize) -> Option<LogRead> {
    read_logs_near(text, input, None)
}

/// [`read_logs`], with the lines that give a time of day but no date placed by `hint` when no
/// line of the input gives a date (the date in the file's name, or the other inputs' times).
#[must_use]
pub fn read_logs_near(text: &str, input: usize, hint: Option<DayHint>) -> Option<LogRead> {
    let mut read = LogRead::default();
    let mut days =
        Days { reference: hint.map(|hint| (hint, Side::Near)), dated_in_input: false, searched_ahead: false };
    // The last line with a time: its time and host, and whether it already said a commit failed.
    let mut last_timed: Option<(i64, Option<String>, bool)> = None;
    // Timed lines read without finding a zone: past a few thousand, the logs name none.
    let mut zoneless_lines = 0;
    for (line_number, line) in crate::text::numbered_lines(text) {
        read.n_lines = line_number;
        if line.trim().is_empty() {
            continue;
        }
        let opened = envelope::open(line);
        if read.zone.is_none() && zoneless_lines < ZONE_SEARCH_LINES {
            read.zone = opened.zone();
            zoneless_lines += usize::from(opened.time_ms.is_some());
        }
        let zone_offset_ms = read.zone.as_ref().map_or(0, |zone| i64::from(zone.offset_minutes) * 60_000);
        let time_ms = days.time_of(&opened, text, (line_number, zone_offset_ms));
        let is_undated = time_ms.is_none() && opened.time_of_day_ms.is_some();
        let host = opened.host.as_deref().map(str::to_owned);
        if let Some(time_ms) = time_ms {
            match read.spans.iter_mut().find(|span| span.host == host) {
                Some(span) => {
                    span.first_ms = span.first_ms.min(time_ms);
                    span.last_ms = span.last_ms.max(time_ms);
                }
                None => read.spans.push(LineSpan {
                    input,
                    host: host.clone(),
                    first_ms: time_ms,
                    last_ms: time_ms,
                }),
            }
        }
        let recognised = messages::recognise(&opened.message).or_else(|| {
            // An exception in a JSON line's stack trace.
            let trace = opened.stack_trace.as_deref()?;
            let error = messages::commit_failure(trace)?;
            Some((messages::Context::default(), EventKind::CommitFailed { error }))
        });
        if is_undated {
            let undated = read.undated.get_or_insert(UndatedLines { first_line: line_number, n_lines: 0 });
            undated.n_lines += 1;
            // Kept without a time (off the timeline), so that the input still reads as logs.
            if let Some((context, kind)) = recognised {
                read.events.push(LogEvent::said(None, (input, line_number), host, context, kind));
            }
            last_timed = None;
            continue;
        }
        let Some(time_ms) = time_ms else {
            // A continuation (not a JSON line cut short, nor a line of another source): a commit
            // failure named in a stack trace counts once for the line it continues.
            let is_continuation = !line.trim_start().starts_with('{')
                && (host.is_none() || host == last_timed.as_ref().and_then(|(_, host, _)| host.clone()));
            if let Some((time_ms, host, said)) = &mut last_timed
                && is_continuation
                && !*said
                && let Some(error) = messages::commit_failure(line)
            {
                *said = true;
                read.events.push(LogEvent {
                    time_ms: Some(*time_ms),
                    line: line_number,
                    input,
                    host: host.clone(),
                    group: None,
                    client_id: None,
                    instance_id: None,
                    member_id: None,
                    kind: EventKind::CommitFailed { error },
                });
            }
            continue;
        };
        let said_commit_failure = matches!(recognised, Some((_, EventKind::CommitFailed { .. })));
        last_timed = Some((time_ms, host.clone(), said_commit_failure));
        if let Some((context, kind)) = recognised {
            read.events.push(LogEvent::said(Some(time_ms), (input, line_number), host, context, kind));
        }
    }
    (!read.events.is_empty()).then_some(read)
}

/// Where the lines' times of day go, as the lines are read.
struct Days {
    /// The last timed line (the lines go after it), the input's first dated line when none was
    /// read yet (they go before it), or the hint (they go nearest it).
    reference: Option<(DayHint, Side)>,
    dated_in_input: bool,
    /// Whether the input was searched for its first dated line.
    searched_ahead: bool,
}

impl Days {
    /// The time of line `line_number` of `text`, `opened`: its own, or its time of day placed on
    /// the day nearest the line before it (the first dated line, for the lines before that one),
    /// in the wall clock of the input's zone (`zone_offset_ms`: its offset, 0 when it names none).
    fn time_of(
        &mut self,
        opened: &envelope::Envelope<'_>,
        text: &str,
        (line_number, zone_offset_ms): (usize, i64),
    ) -> Option<i64> {
        if let Some(time_ms) = opened.time_ms {
            self.dated_in_input = true;
            self.reference = Some((DayHint { near_ms: time_ms, offset_ms: zone_offset_ms }, Side::After));
            return Some(time_ms);
        }
        let time_of_day_ms = opened.time_of_day_ms?;
        if !self.dated_in_input && !self.searched_ahead {
            self.searched_ahead = true;
            if let Some(dated) = first_date_after(text, line_number) {
                self.dated_in_input = true;
                self.reference = Some((dated, Side::Before));
            }
        }
        let (day, side) = self.reference?;
        let time_ms = match side {
            Side::After => day.place_after(time_of_day_ms),
            Side::Before => day.place_before(time_of_day_ms),
            Side::Near => day.place(time_of_day_ms),
        };
        self.reference = Some((DayHint { near_ms: time_ms, ..day }, Side::After));
        Some(time_ms)
    }
}

/// Which side of its reference a time of day is placed on.
#[derive(Debug, Clone, Copy)]
enum Side {
    After,
    Before,
    Near,
}

/// The first dated line after line `after` of `text`, as the reference for the times of day
/// before it, in the wall clock of the zone it names (a time without a zone is read as UTC, and
/// so are the times of day beside it).
fn first_date_after(text: &str, after: usize) -> Option<DayHint> {
    crate::text::numbered_lines(text).skip(after).find_map(|(_, line)| {
        let opened = envelope::open(line);
        let offset_ms = opened.zone().map_or(0, |zone| i64::from(zone.offset_minutes) * 60_000);
        Some(DayHint { near_ms: opened.time_ms?, offset_ms })
    })
}
