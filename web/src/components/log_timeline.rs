//! The group's timeline from consumer and broker logs: a lane per member (and one for the group
//! coordinator), generations as bands, rebalances as shaded spans, and each join, assignment,
//! revocation, leave, failure and removal as a mark whose tooltip says what the line said and
//! when. The core lays it out (`logs::lanes`); this draws it as SVG, which scales to the panel and
//! scrolls inside it on a narrow screen.

use std::rc::Rc;

use lagscope_core::logs::lanes::{GroupLanes, MarkKind, lanes};
use lagscope_core::logs::skew::ClockSkew;
use lagscope_core::series::clock::{Zone, time_ticks};
use lagscope_core::workbench::Workbench;
use yew::prelude::*;

use crate::i18n::{Arg, Texts};

/// At most this many marks are drawn per group (a morning of logs can hold hundreds of thousands
/// of lines): the first ones in time, with a note saying how many there were.
const MAX_MARKS: usize = 4_000;

const WIDTH: f64 = 960.0;
const LABEL_WIDTH: f64 = 180.0;
const RIGHT_MARGIN: f64 = 14.0;
const AXIS_HEIGHT: f64 = 26.0;
const LANE_HEIGHT: f64 = 22.0;

#[derive(Properties)]
pub(crate) struct LogTimelineProps {
    pub(crate) workbench: Rc<Workbench>,
}

/// Compared by identity: a new analysis is a new `Rc`.
impl PartialEq for LogTimelineProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.workbench, &other.workbench)
    }
}

/// Every group the logs name, one picture each; nothing without logs.
#[function_component(LogTimelinePanel)]
pub(crate) fn log_timeline_panel(props: &LogTimelineProps) -> Html {
    let texts = crate::i18n::use_texts();
    let timeline = &props.workbench.logs;
    if timeline.is_empty() {
        return Html::default();
    }
    let zone = &props.workbench.zone;
    html! {
        <section class="panel log-timeline" id="log-timeline">
            <h2>{texts.t("ui-log-timeline-title")}</h2>
            <p class="axis-note">{texts.render(&lagscope_core::msg!("ui-axis-time", zone = crate::format::zone_note(zone)))}</p>
            { for timeline.groups.iter().map(|group| picture(&texts, &lanes(group), zone, &timeline.clock_skews)) }
            <ul class="legend log-legend">
                { for LEGEND.iter().map(|(class, id)| html! {
                    <li><svg class="swatch-mark" viewBox="-6 -6 12 12" aria-hidden="true">{ shape(class, 0.0, 0.0) }</svg>{texts.t(id)}</li>
                }) }
            </ul>
        </section>
    }
}

const LEGEND: [(&str, &str); 8] = [
    ("join", "ui-log-legend-join"),
    ("assignment", "ui-log-legend-assignment"),
    ("revocation", "ui-log-legend-revocation"),
    ("leave", "ui-log-legend-leave"),
    ("failure", "ui-log-legend-failure"),
    ("removal", "ui-log-legend-removal"),
    ("rebalance", "ui-log-legend-rebalance"),
    ("rebalance-span", "ui-log-legend-rebalance-span"),
];

fn class_of(kind: MarkKind) -> &'static str {
    match kind {
        MarkKind::Join => "join",
        MarkKind::Assignment => "assignment",
        MarkKind::Revocation => "revocation",
        MarkKind::Leave => "leave",
        MarkKind::Failure => "failure",
        MarkKind::Removal => "removal",
        MarkKind::Rebalance => "rebalance",
    }
}

/// A mark's shape at (`x`, `y`): each kind its own, so that colour is not the only difference.
fn shape(class: &str, x: f64, y: f64) -> Html {
    let classes = classes!("mark", class.to_owned());
    match class {
        "join" => html! { <circle class={classes} cx={x.to_string()} cy={y.to_string()} r="4" /> },
        "assignment" | "revocation" => html! {
            <rect class={classes} x={(x - 3.5).to_string()} y={(y - 3.5).to_string()} width="7" height="7" />
        },
        "leave" => html! {
            <path class={classes} d={format!("M{} {}l8 8m0 -8l-8 8", x - 4.0, y - 4.0)} />
        },
        "failure" => html! {
            <path class={classes} d={format!("M{x} {}l5 9h-10z", y - 5.0)} />
        },
        "removal" => html! {
            <path class={classes} d={format!("M{x} {}l5 5l-5 5l-5 -5z", y - 5.0)} />
        },
        "rebalance-span" => html! { <rect class={classes} x="-5" y="-5" width="10" height="10" /> },
        _ => html! {
            <path class={classes} d={format!("M{x} {}v12", y - 6.0)} />
        },
    }
}

/// One group's picture.
fn picture(texts: &Texts, group: &GroupLanes, zone: &Zone, skews: &[ClockSkew]) -> Html {
    let plot_width = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
    let span = group.end_ms.saturating_sub(group.start_ms).max(1) as f64;
    let x = |ms: i64| {
        LABEL_WIDTH + (ms.saturating_sub(group.start_ms) as f64 / span).clamp(0.0, 1.0) * plot_width
    };
    let height = AXIS_HEIGHT + group.lanes.len() as f64 * LANE_HEIGHT + 6.0;
    let bottom = height - 6.0;
    let n_marks: usize = group.lanes.iter().map(|lane| lane.marks.len()).sum();
    let mut budget = MAX_MARKS;
    let name = group.group.clone().unwrap_or_else(|| texts.t("ui-unnamed-group"));
    let summary = texts.render(&lagscope_core::msg!(
        "ui-log-timeline-group",
        group = name.as_str(),
        members = group.lanes.iter().filter(|lane| !lane.coordinator).count(),
        generations = group.generations.len(),
        rebalances = group.rebalances.len(),
        protocol = group.protocol_id()
    ));
    let ticks = time_ticks(group.start_ms, group.end_ms, zone, 8);
    // A client id that repeats on several hosts (the same application on every pod) is told
    // apart by the end of its host's name.
    let repeated = |name: &str| group.lanes.iter().filter(|lane| lane.name == name).count() > 1;
    let lanes_html = group.lanes.iter().enumerate().map(|(index, lane)| {
        let y = AXIS_HEIGHT + (index as f64 + 0.5) * LANE_HEIGHT;
        let label = if lane.coordinator { texts.t("ui-log-coordinator") } else { lane.name.clone() };
        let shown_label = match &lane.host {
            Some(host) if !lane.coordinator && repeated(&lane.name) => {
                format!("{} · {}", tail(host, 8), tail(&lane.name, 14))
            }
            _ => shorten(&label, 25),
        };
        // A host whose clock the core found off says so on its lane (its marks stay where its
        // lines put them).
        let skew = skews.iter().find(|skew| !skew.broker && skew.host.is_some() && skew.host == lane.host);
        let skew_note = skew.map(|skew| {
            texts.render(&lagscope_core::msg!("ui-log-lane-skew", offset = Arg::seconds(skew.offset_ms as f64 / 1000.0)))
        });
        let shown = lane.marks.len().min(budget);
        budget -= shown;
        html! {
            <g class={classes!("lane", lane.coordinator.then_some("coordinator"))} data-lane={label.clone()}>
                <line class="lane-line" x1={LABEL_WIDTH.to_string()} x2={(WIDTH - RIGHT_MARGIN).to_string()}
                    y1={y.to_string()} y2={y.to_string()} />
                <text class="lane-label" x={(LABEL_WIDTH - 6.0).to_string()} y={(y + 4.0).to_string()} text-anchor="end">
                    <title>{lane.host.clone().map_or_else(|| label.clone(), |host| format!("{label} · {host}"))}{skew_note.clone().map(|note| format!(" · {note}")).unwrap_or_default()}</title>
                    {shown_label}{if skew_note.is_some() { " ⏱" } else { "" }}
                </text>
                { for lane.marks.iter().take(shown).map(|mark| html! {
                    <g class="log-mark" data-kind={class_of(mark.kind)}>
                        <title>{texts.render(&lagscope_core::msg!("ui-log-mark",
                            time = Arg::time(mark.time_ms, Some(zone)), what = Arg::Message(Box::new(mark.what.clone()))))}</title>
                        { shape(class_of(mark.kind), x(mark.time_ms), y) }
                    </g>
                }) }
            </g>
        }
    });
    html! {
        <figure class="log-group" data-group={name.clone()}>
            <figcaption>{summary}</figcaption>
            <div class="log-timeline-scroll">
                <svg class="log-timeline-svg" viewBox={format!("0 0 {WIDTH} {height}")} role="img"
                    aria-label={texts.t("ui-log-timeline-title")} style={format!("aspect-ratio: {WIDTH} / {height}")}>
                    { backdrop(texts, group, zone, &x, bottom) }
                    { for ticks.iter().map(|tick| {
                        let at = x(tick.ms);
                        html! {
                            <g class="tick">
                                <line x1={at.to_string()} x2={at.to_string()} y1={(AXIS_HEIGHT - 4.0).to_string()} y2={bottom.to_string()} />
                                <text x={at.to_string()} y="14" text-anchor="middle">{tick.label.clone()}</text>
                            </g>
                        }
                    }) }
                    { for lanes_html }
                </svg>
            </div>
            if n_marks > MAX_MARKS {
                <p class="note">{texts.render(&lagscope_core::msg!("ui-log-marks-shown", shown = MAX_MARKS, total = n_marks))}</p>
            }
        </figure>
    }
}

/// The generations as bands and the rebalances as shaded spans, behind the lanes.
fn backdrop(texts: &Texts, group: &GroupLanes, zone: &Zone, x: &dyn Fn(i64) -> f64, bottom: f64) -> Html {
    html! {
        <>
        { for group.generations.iter().enumerate().map(|(index, band)| {
            let (left, right) = (x(band.start_ms), x(band.end_ms));
            html! {
                <g class={classes!("generation", if index % 2 == 0 { "even" } else { "odd" })}>
                    <rect x={left.to_string()} y={AXIS_HEIGHT.to_string()} width={(right - left).max(0.5).to_string()}
                        height={(bottom - AXIS_HEIGHT).to_string()}>
                        <title>{texts.render(&lagscope_core::msg!("ui-log-generation", generation = band.generation,
                            start = Arg::time(band.start_ms, Some(zone)), protocol = group.protocol_id()))}</title>
                    </rect>
                    if right - left > 26.0 {
                        <text class="generation-label" x={(left + 3.0).to_string()} y={(AXIS_HEIGHT + 10.0).to_string()}>
                            {texts.render(&lagscope_core::msg!("ui-log-generation-short", generation = band.generation, protocol = group.protocol_id()))}
                        </text>
                    }
                </g>
            }
        }) }
        { for group.rebalances.iter().map(|rebalance| {
            let (left, right) = (x(rebalance.start_ms), x(rebalance.end_ms));
            let seconds = rebalance.end_ms.saturating_sub(rebalance.start_ms) as f64 / 1000.0;
            html! {
                <rect class="rebalance-span" x={left.to_string()} y={AXIS_HEIGHT.to_string()}
                    width={(right - left).max(1.5).to_string()} height={(bottom - AXIS_HEIGHT).to_string()}>
                    <title>{texts.render(&lagscope_core::msg!("ui-log-rebalance-span",
                        generation = rebalance.generation, duration = Arg::seconds(seconds), protocol = group.protocol_id()))}</title>
                </rect>
            }
        }) }
        </>
    }
}

/// The last `limit` characters of `text`, after an ellipsis when cut (a pod's or a client's
/// name differs at its end).
fn tail(text: &str, limit: usize) -> String {
    let count = text.chars().count();
    if count <= limit {
        return text.to_owned();
    }
    let mut short = String::from('…');
    short.extend(text.chars().skip(count - limit.saturating_sub(1)));
    short
}

/// `text` cut to `limit` characters, with an ellipsis when cut (the whole is in the tooltip).
fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(limit.saturating_sub(1)).collect();
    short.push('…');
    short
}

/// The marks the lag chart draws from the logs of `group`: each rebalance as a span and each
/// leave or removal as a time.
pub(crate) fn lag_chart_marks(workbench: &Workbench, group: Option<&str>) -> (Vec<(i64, i64)>, Vec<i64>) {
    let Some(log) = workbench.logs.groups.iter().find(|log| log.group.as_deref() == group) else {
        return (Vec::new(), Vec::new());
    };
    let spans = log.rebalances.iter().map(|rebalance| (rebalance.start_ms, rebalance.end_ms)).collect();
    (spans, lagscope_core::logs::lanes::leave_times(log))
}
