//! The pictures, drawn with plotters on canvases sized for the screen's pixel ratio (crisp on
//! high-DPI screens), each downloadable as PNG:
//!
//! - lag per partition over time (lines coloured by host; a clicked finding's partitions stand out);
//! - members in the group over time;
//! - consumed per host over time (from dumps at several times);
//! - a host × hour table's processed counts per host, hour by hour;
//! - a partition × time lag heatmap;
//! - the assignment: members (left) and their partitions (right), coloured by host.
//!
//! Time axes show the incident's wall clock in the zone the core found (`Workbench::zone`), with
//! ticks at round times (`clock::time_ticks`); legends are HTML below the picture, never over it;
//! a chart without data says why instead of drawing an empty frame.

use std::collections::BTreeMap;
use std::rc::Rc;

use gloo::events::EventListener;
use lagscope_core::overview::{AssignmentView, GroupOverview};
use lagscope_core::series::LagSample;
use lagscope_core::series::clock::time_ticks;
use lagscope_core::workbench::Workbench;
use plotters::coord::cartesian::Cartesian2d;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlCanvasElement};
use yew::prelude::*;

use crate::components::lag_chart::host_rgb_of;
use crate::format;
use crate::i18n::{Message, Texts};
use crate::state::{Selection, Theme};

/// Which picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChartKind {
    LagOverTime,
    MembersOverTime,
    ConsumedPerHost,
    HostCounts,
    Heatmap,
    Assignment,
}

#[derive(Properties)]
pub(crate) struct ChartProps {
    pub(crate) kind: ChartKind,
    pub(crate) workbench: Rc<Workbench>,
    /// The group drawn (`None`: the unnamed group, or none for a host table).
    pub(crate) group: Option<String>,
    /// The group's overview (the assignment picture reads it).
    #[prop_or_default]
    pub(crate) overview: Option<GroupOverview>,
    pub(crate) selection: Selection,
    pub(crate) theme: Theme,
}

/// The analysis is compared by identity (a new analysis is a new `Rc`): comparing a large one
/// field by field on every render would cost more than drawing.
impl PartialEq for ChartProps {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
            && Rc::ptr_eq(&self.workbench, &other.workbench)
            && self.group == other.group
            && self.overview == other.overview
            && self.selection == other.selection
            && self.theme == other.theme
    }
}

impl ChartKind {
    fn title(self) -> Message {
        match self {
            Self::LagOverTime => Message::new("ui-chart-lag-over-time"),
            Self::MembersOverTime => Message::new("ui-chart-members-over-time"),
            Self::ConsumedPerHost => Message::new("ui-chart-consumed-per-host"),
            Self::HostCounts => Message::new("ui-chart-host-counts"),
            Self::Heatmap => Message::new("ui-chart-heatmap"),
            Self::Assignment => Message::new("ui-chart-assignment"),
        }
    }
    fn slug(self) -> &'static str {
        match self {
            Self::LagOverTime => "lag-over-time",
            Self::MembersOverTime => "members-over-time",
            Self::ConsumedPerHost => "consumed-per-host",
            Self::HostCounts => "host-counts",
            Self::Heatmap => "heatmap",
            Self::Assignment => "assignment",
        }
    }
    fn has_time_axis(self) -> bool {
        !matches!(self, Self::Assignment)
    }
}

/// What a chart draws from, found once for both the picture and its legend.
struct Data<'a> {
    times: &'a [i64],
    partitions: Vec<&'a lagscope_core::series::PartitionSeries>,
    analysed: Option<&'a lagscope_core::analyze::GroupAnalysis>,
    /// Hosts in colour order.
    hosts: Vec<String>,
    /// From the logs: the group's rebalances (start, end) and when members left.
    rebalances: Vec<(i64, i64)>,
    leaves: Vec<i64>,
}

fn data<'a>(workbench: &'a Workbench, group: Option<&str>, overview: Option<&GroupOverview>) -> Data<'a> {
    let analysed = workbench.analysis.groups.iter().find(|g| g.group.as_deref() == group);
    let mut hosts: Vec<String> = match overview {
        Some(overview) => overview.hosts.iter().filter_map(|h| h.name.clone()).collect(),
        None => workbench.host_counts.iter().map(|h| h.host.clone()).collect(),
    };
    // Hosts that consumed earlier and left by the newest sample keep a colour too.
    hosts.extend(analysed.iter().flat_map(|a| a.host_consumption.iter().map(|h| h.host.clone())));
    hosts.sort();
    hosts.dedup();
    let (rebalances, leaves) = crate::components::log_timeline::lag_chart_marks(workbench, group);
    Data {
        times: &workbench.analysis.times_ms,
        partitions: workbench.series.partitions.iter().filter(|p| p.group.as_deref() == group).collect(),
        analysed,
        hosts,
        rebalances,
        leaves,
    }
}

/// Why a chart has nothing to draw; `None` when it has.
fn empty_reason(
    kind: ChartKind,
    workbench: &Workbench,
    data: &Data<'_>,
    overview: Option<&GroupOverview>,
) -> Option<Message> {
    let one_time = data.times.len() < 2;
    match kind {
        ChartKind::LagOverTime | ChartKind::Heatmap if one_time => {
            Some(Message::new("ui-chart-empty-one-snapshot-lag"))
        }
        ChartKind::LagOverTime | ChartKind::Heatmap if data.partitions.is_empty() => {
            Some(Message::new("ui-chart-empty-no-partitions"))
        }
        ChartKind::MembersOverTime if one_time => Some(Message::new("ui-chart-empty-one-snapshot-members")),
        ChartKind::MembersOverTime if data.analysed.is_none_or(|a| a.members_timeline.len() < 2) => {
            Some(Message::new("ui-chart-empty-no-members"))
        }
        ChartKind::ConsumedPerHost if one_time => Some(Message::new("ui-chart-empty-one-snapshot-consumed")),
        ChartKind::ConsumedPerHost
            if data.analysed.is_none_or(|a| a.host_consumption.iter().all(|h| h.consumed.is_empty())) =>
        {
            Some(Message::new("ui-chart-empty-no-hosts"))
        }
        ChartKind::HostCounts
            if workbench.host_counts.iter().all(|h| h.counts.iter().all(|c| c.count.is_none())) =>
        {
            Some(Message::new("ui-chart-empty-no-counts"))
        }
        ChartKind::Assignment if overview.is_none_or(|o| o.assignment.members.is_empty()) => {
            Some(Message::new("ui-chart-empty-no-assignment"))
        }
        _ => None,
    }
}

/// The legend: hosts with their colours, for the pictures coloured by host.
fn legend(kind: ChartKind, data: &Data<'_>, overview: Option<&GroupOverview>) -> Vec<(String, (u8, u8, u8))> {
    let drawn = |host: &String| match kind {
        ChartKind::Assignment => {
            overview.is_some_and(|o| o.assignment.members.iter().any(|m| m.host.as_ref() == Some(host)))
        }
        _ => true,
    };
    match kind {
        // No host named: the lines are coloured by partition.
        ChartKind::LagOverTime if data.hosts.is_empty() => data
            .partitions
            .iter()
            .enumerate()
            .take(12)
            .map(|(index, p)| (format!("{}-{}", p.topic, p.partition), host_rgb_of(Some(index))))
            .collect(),
        ChartKind::LagOverTime
        | ChartKind::ConsumedPerHost
        | ChartKind::HostCounts
        | ChartKind::Assignment => data
            .hosts
            .iter()
            .enumerate()
            .filter(|(_, host)| drawn(host))
            .map(|(index, host)| (host.clone(), host_rgb_of(Some(index))))
            .collect(),
        ChartKind::MembersOverTime | ChartKind::Heatmap => Vec::new(),
    }
}

#[function_component(Chart)]
pub(crate) fn chart(props: &ChartProps) -> Html {
    let canvas = use_node_ref();
    let width = use_state(|| 0);
    {
        let width = width.clone();
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| {
                let w = gloo::utils::window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(0.0);
                width.set(w as i32);
            });
            move || drop(listener)
        });
    }
    let texts = crate::i18n::use_texts();
    let chart_data = data(&props.workbench, props.group.as_deref(), props.overview.as_ref());
    let empty = empty_reason(props.kind, &props.workbench, &chart_data, props.overview.as_ref());
    let entries = legend(props.kind, &chart_data, props.overview.as_ref());
    {
        let canvas = canvas.clone();
        let kind = props.kind;
        let workbench = props.workbench.clone();
        let group = props.group.clone();
        let overview = props.overview.clone();
        let selection = props.selection.clone();
        let theme = props.theme;
        let drawable = empty.is_none();
        let texts = texts.clone();
        use_effect_with(
            (
                Rc::as_ptr(&workbench) as usize,
                group.clone(),
                overview.clone(),
                selection.clone(),
                theme,
                *width,
                drawable,
                texts.clone(),
            ),
            move |_| {
                // Drawn on the next frame: tables and findings show first.
                let frame = gloo::render::request_animation_frame(move |_| {
                    if !drawable {
                        return;
                    }
                    if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                        let data = data(&workbench, group.as_deref(), overview.as_ref());
                        let picture =
                            Picture { kind, workbench: &workbench, data: &data, overview: overview.as_ref() };
                        if let Err(error) = draw(&canvas, &picture, &selection, theme, &texts) {
                            gloo::console::error!(format!("{}: {error}", kind.slug()));
                        }
                    }
                });
                move || drop(frame)
            },
        );
    }
    let on_download = {
        let canvas = canvas.clone();
        let name = format!(
            "lagscope-{}-{}.png",
            props.kind.slug(),
            props.group.clone().unwrap_or_else(|| "group".to_owned())
        );
        Callback::from(move |_: MouseEvent| download_png(&canvas, &name))
    };
    let title = texts.render(&props.kind.title());
    html! {
        <figure class={classes!("chart", props.kind.slug())}>
            <figcaption>
                <span>{title.clone()}</span>
                if empty.is_none() {
                    <button class="ghost small download-png" onclick={on_download}>{texts.t("ui-download-png")}</button>
                }
            </figcaption>
            if let Some(reason) = empty {
                <p class="chart-empty">{texts.render(&reason)}</p>
            } else {
                <canvas ref={canvas} class={classes!("chart-canvas", props.kind.slug())} role="img" aria-label={title}></canvas>
                if props.kind.has_time_axis() {
                    <p class="axis-note">{texts.render(&lagscope_core::msg!("ui-axis-time", zone = format::zone_note(&props.workbench.zone)))}</p>
                }
                if props.kind == ChartKind::LagOverTime && !(chart_data.rebalances.is_empty() && chart_data.leaves.is_empty()) {
                    <ul class="legend log-marks-legend">
                        <li><span class="swatch rebalance-swatch"></span>{texts.render(&lagscope_core::msg!("ui-chart-rebalances-from-logs", count = chart_data.rebalances.len()))}</li>
                        <li><span class="swatch leave-swatch"></span>{texts.render(&lagscope_core::msg!("ui-chart-leaves-from-logs", count = chart_data.leaves.len()))}</li>
                    </ul>
                }
                if entries.len() > 1 {
                    <ul class="legend" aria-label={texts.t("ui-hosts")}>
                        { for entries.iter().map(|(host, (r, g, b))| html! {
                            <li class={classes!(props.selection.has_host(host).then_some("selected"))}>
                                <span class="swatch" style={format!("background:rgb({r},{g},{b})")}></span>{host}
                            </li>
                        }) }
                    </ul>
                }
            }
        </figure>
    }
}

/// Saves the canvas as a PNG file.
pub(crate) fn download_png(canvas: &NodeRef, file_name: &str) {
    let Some(canvas) = canvas.cast::<HtmlCanvasElement>() else { return };
    let Ok(url) = canvas.to_data_url_with_type("image/png") else { return };
    let Some(anchor) =
        gloo::utils::document().create_element("a").ok().and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return;
    };
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
}

struct Palette {
    ink: RGBColor,
    grid: RGBColor,
    faded: RGBAColor,
}

fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Dark => Palette {
            ink: RGBColor(220, 220, 220),
            grid: RGBColor(70, 70, 70),
            faded: RGBColor(120, 120, 120).mix(0.35),
        },
        Theme::Light => Palette {
            ink: RGBColor(40, 40, 40),
            grid: RGBColor(225, 225, 225),
            faded: RGBColor(150, 150, 150).mix(0.35),
        },
    }
}

/// The drawing context every picture shares.
struct Canvas<'a> {
    root: DrawingArea<CanvasBackend, plotters::coord::Shift>,
    px: &'a dyn Fn(f64) -> i32,
    colors: Palette,
    font: TextStyle<'a>,
    zone: &'a lagscope_core::series::clock::Zone,
    /// The width in CSS pixels (how many labels fit).
    css_width: f64,
    /// The page's language, for the words drawn on the picture.
    texts: &'a Texts,
}

/// What one picture draws.
struct Picture<'a> {
    kind: ChartKind,
    workbench: &'a Workbench,
    data: &'a Data<'a>,
    overview: Option<&'a GroupOverview>,
}

fn draw(
    canvas: &HtmlCanvasElement,
    picture: &Picture<'_>,
    selection: &Selection,
    theme: Theme,
    texts: &Texts,
) -> Result<(), String> {
    let Picture { kind, workbench, data, overview } = *picture;
    let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
    let css_width = f64::from(canvas.client_width().max(280));
    let css_height = match kind {
        ChartKind::Assignment => {
            let n = overview.map_or(0, |o| o.assignment.partitions.len().max(o.assignment.members.len()));
            (n as f64 * 16.0 + 40.0).clamp(160.0, 900.0)
        }
        ChartKind::Heatmap => (data.partitions.len() as f64 * 12.0 + 60.0).clamp(160.0, 700.0),
        _ => 240.0,
    };
    canvas.set_width((css_width * ratio).round() as u32);
    canvas.set_height((css_height * ratio).round() as u32);
    let px = move |css: f64| (css * ratio).round() as i32;
    let colors = palette(theme);
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    let root = backend.into_drawing_area();
    root.fill(&TRANSPARENT).map_err(|e| e.to_string())?;
    let font = ("sans-serif", px(11.0)).into_font().color(&colors.ink);
    let c = Canvas { root, px: &px, colors, font, zone: &workbench.zone, css_width, texts };
    let host_color = |host: Option<&str>| -> RGBColor {
        let (r, g, b) = host_rgb_of(host.and_then(|h| data.hosts.iter().position(|x| x == h)));
        RGBColor(r, g, b)
    };
    match kind {
        ChartKind::LagOverTime => draw_lag(&c, data, selection, &host_color)?,
        ChartKind::Heatmap => draw_heatmap(&c, data, selection)?,
        ChartKind::MembersOverTime => draw_members(&c, data)?,
        ChartKind::ConsumedPerHost => draw_consumed(&c, data, selection, &host_color)?,
        ChartKind::HostCounts => draw_host_counts(&c, workbench, selection, &host_color)?,
        ChartKind::Assignment => {
            if let Some(overview) = overview {
                draw_assignment(&c, &overview.assignment, selection, &host_color)?;
            }
        }
    }
    c.root.present().map_err(|e| e.to_string())
}

type TimeChart<'a> = ChartContext<'a, CanvasBackend, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// A time chart's frame: wall-clock ticks at round times on x (ms from `t0`), drawn here because
/// plotters' own x labels are numbers; values from 0 on y, where `integer_y` labels whole numbers
/// only (a count of members is never 2.5).
fn time_frame<'a>(
    c: &'a Canvas<'_>,
    (t0, t1): (i64, i64),
    y_max: f64,
    y_area: f64,
    integer_y: bool,
    y_label: &dyn Fn(f64) -> String,
) -> Result<TimeChart<'a>, String> {
    let px = c.px;
    let t1 = t1.max(t0.saturating_add(1));
    let x_max = since(t1, t0);
    let y_max = if integer_y { y_max.ceil().max(1.0) } else { y_max.max(1.0) };
    let mut chart = ChartBuilder::on(&c.root)
        .margin_top(px(10.0))
        .margin_left(px(6.0))
        .margin_right(px(40.0))
        .margin_bottom(px(4.0))
        .x_label_area_size(px(24.0))
        .y_label_area_size(px(y_area))
        .build_cartesian_2d(0.0..x_max, 0.0..y_max)
        .map_err(err)?;
    let whole = |value: &f64| {
        if (value - value.round()).abs() < 1e-9 { y_label(value.round()) } else { String::new() }
    };
    let any = |value: &f64| y_label(*value);
    let y_formatter: &dyn Fn(&f64) -> String = if integer_y { &whole } else { &any };
    let y_labels = if integer_y && y_max <= 10.0 { y_max as usize + 1 } else { 6 };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_labels(y_labels)
        .light_line_style(TRANSPARENT)
        .bold_line_style(c.colors.grid)
        .axis_style(c.colors.ink)
        .label_style(c.font.clone())
        .y_label_formatter(y_formatter)
        .draw()
        .map_err(err)?;
    // Labels are up to "03-17 18:00:30" wide: one every ~90 CSS px.
    let max_ticks = ((c.css_width - y_area) / 90.0).floor().max(2.0) as usize;
    let centred = c.font.clone().pos(plotters::style::text_anchor::Pos::new(
        plotters::style::text_anchor::HPos::Center,
        plotters::style::text_anchor::VPos::Top,
    ));
    for tick in time_ticks(t0, t1, c.zone, max_ticks) {
        let x = since(tick.ms, t0);
        chart
            .draw_series(std::iter::once(PathElement::new(vec![(x, 0.0), (x, y_max)], c.colors.grid)))
            .map_err(err)?;
        let (px_x, px_y) = chart.backend_coord(&(x, 0.0));
        c.root
            .draw(&PathElement::new(vec![(px_x, px_y), (px_x, px_y + px(4.0))], c.colors.ink.stroke_width(1)))
            .map_err(err)?;
        c.root.draw(&Text::new(tick.label, (px_x, px_y + px(6.0)), centred.clone())).map_err(err)?;
    }
    Ok(chart)
}

/// Milliseconds from `t0` to `t`, as a chart coordinate (saturating: times come from input).
fn since(t: i64, t0: i64) -> f64 {
    t.saturating_sub(t0) as f64
}

fn t_range(times: &[i64]) -> (i64, i64) {
    (times.first().copied().unwrap_or(0), times.last().copied().unwrap_or(0))
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

fn draw_lag(
    c: &Canvas<'_>,
    data: &Data<'_>,
    selection: &Selection,
    host_color: &dyn Fn(Option<&str>) -> RGBColor,
) -> Result<(), String> {
    let (t0, t1) = t_range(data.times);
    let max_lag = data
        .partitions
        .iter()
        .flat_map(|p| p.samples.iter().filter_map(LagSample::lag))
        .max()
        .unwrap_or(1)
        .max(1);
    let y_max = max_lag as f64 * 1.05;
    let mut chart = time_frame(c, (t0, t1), y_max, 64.0, true, &|v| format::count(v as i64))?;
    // From the logs: each rebalance shaded behind the lines, each leave a tick at the top.
    let inside = |t: i64| since(t.clamp(t0, t1.max(t0)), t0);
    let shade = RGBColor(140, 90, 200).mix(0.16).filled();
    chart
        .draw_series(data.rebalances.iter().filter(|(start, end)| *end >= t0 && *start <= t1).map(
            |&(start, end)| {
                Rectangle::new([(inside(start), 0.0), (inside(end).max(inside(start) + 1.0), y_max)], shade)
            },
        ))
        .map_err(err)?;
    let any_selected = !selection.is_empty();
    for (index, partition) in data.partitions.iter().enumerate() {
        // The last owner the samples name (a group that emptied keeps its last owners' colours).
        let last = partition.samples.iter().rev().find(|s| s.host().is_some() || s.consumer_id().is_some());
        let selected = selection.has_partition(&partition.topic, partition.partition)
            || last.and_then(|s| s.host()).is_some_and(|h| selection.has_host(h))
            || last.and_then(|s| s.consumer_id()).is_some_and(|m| selection.has_member(m));
        let points: Vec<(f64, f64)> = partition
            .samples
            .iter()
            .filter_map(|s| s.lag().map(|lag| (since(s.time_ms, t0), lag as f64)))
            .collect();
        // Coloured by host; by partition when the input names no host (a lag CSV, metrics).
        let color = if data.hosts.is_empty() {
            let (r, g, b) = host_rgb_of(Some(index));
            RGBColor(r, g, b)
        } else {
            host_color(last.and_then(|s| s.host()))
        };
        let style: ShapeStyle = if any_selected && !selected {
            c.colors.faded.stroke_width((c.px)(1.0) as u32)
        } else {
            color.stroke_width((c.px)(if selected { 3.0 } else { 1.5 }) as u32)
        };
        chart.draw_series(LineSeries::new(points, style)).map_err(err)?;
    }
    let leave = RGBColor(200, 40, 40).stroke_width((c.px)(1.5) as u32);
    for &time in data.leaves.iter().filter(|&&time| time >= t0 && time <= t1) {
        let (x, top) = chart.backend_coord(&(since(time, t0), y_max));
        c.root.draw(&PathElement::new(vec![(x, top), (x, top + (c.px)(8.0))], leave)).map_err(err)?;
    }
    Ok(())
}

fn draw_members(c: &Canvas<'_>, data: &Data<'_>) -> Result<(), String> {
    let Some(analysed) = data.analysed else { return Ok(()) };
    let points = &analysed.members_timeline;
    let (t0, t1) = t_range(data.times);
    let y_max = points.iter().map(|&(_, n)| n).max().unwrap_or(1).max(1) as f64 + 1.0;
    let mut chart = time_frame(c, (t0, t1), y_max, 40.0, true, &|v| format!("{v:.0}"))?;
    // A step line: the member count holds until the next sample.
    let mut steps = Vec::with_capacity(points.len() * 2);
    for pair in points.windows(2) {
        steps.push((since(pair[0].0, t0), pair[0].1 as f64));
        steps.push((since(pair[1].0, t0), pair[0].1 as f64));
    }
    if let Some(&(t, n)) = points.last() {
        steps.push((since(t, t0), n as f64));
    }
    let accent = RGBColor(47, 111, 179);
    chart.draw_series(LineSeries::new(steps, accent.stroke_width((c.px)(2.0) as u32))).map_err(err)?;
    Ok(())
}

/// Lines per host with a dot per point; the selected host drawn thicker.
fn draw_host_lines(
    c: &Canvas<'_>,
    lines: &BTreeMap<String, Vec<(i64, f64)>>,
    (t0, t1): (i64, i64),
    selection: &Selection,
    host_color: &dyn Fn(Option<&str>) -> RGBColor,
) -> Result<(), String> {
    let y_max = lines.values().flatten().map(|p| p.1).fold(1.0, f64::max);
    let mut chart = time_frame(c, (t0, t1), y_max * 1.1, 64.0, false, &format::amount)?;
    // Hosts whose lines coincide (peers that drained alike) stay visible: each is drawn a little
    // wider than the next, so coinciding lines show as nested stripes.
    let n = lines.len();
    for (index, (host, points)) in lines.iter().enumerate() {
        let color = host_color(Some(host));
        let nested = 2.0 + 1.5 * (n - 1 - index).min(3) as f64;
        let width = if selection.has_host(host) { nested + 2.0 } else { nested };
        let points: Vec<(f64, f64)> = points.iter().map(|&(t, v)| (since(t, t0), v)).collect();
        chart
            .draw_series(LineSeries::new(points.clone(), color.stroke_width((c.px)(width) as u32)))
            .map_err(err)?;
        chart
            .draw_series(
                points.iter().map(|&p| Circle::new(p, (c.px)(width / 2.0 + 1.5) as u32, color.filled())),
            )
            .map_err(err)?;
    }
    Ok(())
}

fn draw_consumed(
    c: &Canvas<'_>,
    data: &Data<'_>,
    selection: &Selection,
    host_color: &dyn Fn(Option<&str>) -> RGBColor,
) -> Result<(), String> {
    let mut lines: BTreeMap<String, Vec<(i64, f64)>> = BTreeMap::new();
    if let Some(analysed) = data.analysed {
        for host in &analysed.host_consumption {
            // The core's rate; an interval without length has none and is left out.
            let points = host
                .consumed
                .iter()
                .filter_map(|interval| Some((interval.end_ms, interval.per_second()?)))
                .collect();
            lines.insert(host.host.clone(), points);
        }
    }
    draw_host_lines(c, &lines, t_range(data.times), selection, host_color)
}

/// A host × hour table: each interval's count at the interval's start, as the table's rows give them.
fn draw_host_counts(
    c: &Canvas<'_>,
    workbench: &Workbench,
    selection: &Selection,
    host_color: &dyn Fn(Option<&str>) -> RGBColor,
) -> Result<(), String> {
    let mut lines: BTreeMap<String, Vec<(i64, f64)>> = BTreeMap::new();
    for host in &workbench.host_counts {
        let points =
            host.counts.iter().filter_map(|count| Some((count.start_ms, count.count? as f64))).collect();
        lines.insert(host.host.clone(), points);
    }
    let times = lines.values().flatten().map(|p| p.0);
    let range = (times.clone().min().unwrap_or(0), times.max().unwrap_or(0));
    draw_host_lines(c, &lines, range, selection, host_color)
}

fn draw_heatmap(c: &Canvas<'_>, data: &Data<'_>, selection: &Selection) -> Result<(), String> {
    let px = c.px;
    let root = &c.root;
    let times = data.times;
    let n = data.partitions.len();
    // Partition names take up to 110 CSS px, less on a narrow screen (cut with "…").
    let label_css = (c.css_width * 0.3).min(110.0);
    let label_width = px(label_css);
    let (width, height) = root.dim_in_pixel();
    let top = px(8.0);
    let axis = px(44.0);
    let row = ((f64::from(height) - f64::from(top) - f64::from(axis)) / n.max(1) as f64).max(1.0);
    let right = f64::from(width) - f64::from(px(36.0));
    // Each sample is a moment: its cell reaches halfway to the samples on either side, so the time
    // axis is true to the clock and matches the lag chart's.
    let (t0, t_last) = t_range(times);
    let first_half = times.get(1).map_or(30_000, |t1| t1.saturating_sub(t0) / 2).max(1);
    let last_half = times.windows(2).last().map_or(30_000, |pair| pair[1].saturating_sub(pair[0]) / 2).max(1);
    let (t_start, t_end) = (t0.saturating_sub(first_half), t_last.saturating_add(last_half));
    let span = since(t_end, t_start).max(1.0);
    let x_of = |t: i64| f64::from(label_width) + since(t, t_start) / span * (right - f64::from(label_width));
    let cell = |j: usize| -> (i64, i64) {
        let from = if j == 0 {
            t_start
        } else {
            times[j - 1].saturating_add(times[j].saturating_sub(times[j - 1]) / 2)
        };
        let to =
            times.get(j + 1).map_or(t_end, |next| times[j].saturating_add(next.saturating_sub(times[j]) / 2));
        (from, to)
    };
    let max_label_chars = ((label_css - 6.0) / 5.6).floor().max(4.0) as usize;
    let all_lags = || data.partitions.iter().flat_map(|p| p.samples.iter().filter_map(LagSample::lag));
    let max_lag = all_lags().max().unwrap_or(1).max(1);
    let min_lag = all_lags().min().unwrap_or(0).max(0);
    let log_min = (min_lag as f64 + 1.0).ln();
    let log_span = ((max_lag as f64 + 1.0).ln() - log_min).max(1e-9);
    let small = ("sans-serif", px(10.0)).into_font().color(&c.colors.ink);
    for (i, partition) in data.partitions.iter().enumerate() {
        let y = top + (i as f64 * row) as i32;
        let highlighted = selection.has_partition(&partition.topic, partition.partition);
        if row >= f64::from(px(9.0)) {
            let mut label =
                format!("{}{}-{}", if highlighted { "▶ " } else { "" }, partition.topic, partition.partition);
            if label.chars().count() > max_label_chars {
                // Keep the end: the partition number tells rows apart.
                let tail: String = label.chars().skip(label.chars().count() + 1 - max_label_chars).collect();
                label = format!("…{tail}");
            }
            root.draw(&Text::new(label, (px(4.0), y), small.clone())).map_err(err)?;
        }
        for (j, &time) in times.iter().enumerate() {
            let sample = partition.samples.iter().find(|s| s.time_ms == time);
            let (from, to) = cell(j);
            let (x0, x1) = (x_of(from) as i32, x_of(to).ceil() as i32);
            let rect = [(x0, y), (x1.max(x0 + 1), y + row.ceil() as i32)];
            let fill = match sample.and_then(LagSample::lag) {
                None => RGBColor(128, 128, 128).mix(0.15),
                Some(records) => {
                    let level = (((records.max(0) as f64 + 1.0).ln() - log_min) / log_span).clamp(0.0, 1.0);
                    RGBColor(255, (230.0 - 180.0 * level) as u8, (120.0 - 110.0 * level) as u8)
                        .mix(0.15 + 0.85 * level)
                }
            };
            root.draw(&Rectangle::new(rect, fill.filled())).map_err(err)?;
        }
    }
    // The time axis: round wall-clock times under the columns.
    let axis_y = top + (n as f64 * row) as i32 + px(4.0);
    let max_ticks = ((c.css_width - label_css) / 90.0).floor().max(2.0) as usize;
    for tick in time_ticks(t0, t_last, c.zone, max_ticks) {
        let x = x_of(tick.ms) as i32;
        root.draw(&PathElement::new(
            vec![(x, axis_y - px(3.0)), (x, axis_y + px(2.0))],
            c.colors.ink.stroke_width(1),
        ))
        .map_err(err)?;
        let style = small.clone().pos(plotters::style::text_anchor::Pos::new(
            plotters::style::text_anchor::HPos::Center,
            plotters::style::text_anchor::VPos::Top,
        ));
        root.draw(&Text::new(tick.label, (x, axis_y + px(3.0)), style)).map_err(err)?;
    }
    // The colour scale, under the time labels.
    root.draw(&Text::new(
        c.texts.render(&lagscope_core::msg!("ui-heatmap-scale", min = min_lag, max = max_lag)),
        (label_width, axis_y + px(20.0)),
        small,
    ))
    .map_err(err)?;
    Ok(())
}

/// Partitions drawn in the assignment diagram (beyond, lines merge into a blur).
const MAX_ASSIGNMENT_PARTITIONS: usize = 400;

fn draw_assignment(
    c: &Canvas<'_>,
    assignment: &AssignmentView,
    selection: &Selection,
    host_color: &dyn Fn(Option<&str>) -> RGBColor,
) -> Result<(), String> {
    let px = c.px;
    let root = &c.root;
    let (width, height) = root.dim_in_pixel();
    let n_left = assignment.members.len().max(1);
    let n_right = assignment.partitions.len().clamp(1, MAX_ASSIGNMENT_PARTITIONS);
    let top = f64::from(px(12.0));
    let usable = f64::from(height) - top - f64::from(px(12.0));
    let y_left = |i: usize| (top + usable * (i as f64 + 0.5) / n_left as f64) as i32;
    let y_right = |i: usize| (top + usable * (i as f64 + 0.5) / n_right as f64) as i32;
    // Labels are about 5.6 CSS px a character: members' on the left, partitions' on the right; at
    // a narrow width both are cut (with "…") so neither runs off the picture.
    let char_px = f64::from(px(5.6));
    let width = f64::from(width);
    let partition_labels: Vec<String> = assignment
        .partitions
        .iter()
        .take(MAX_ASSIGNMENT_PARTITIONS)
        .map(|p| format!("{} ({})", p.name, p.lag.map_or_else(|| "?".to_owned(), format::count)))
        .collect();
    let member_labels: Vec<String> = assignment
        .members
        .iter()
        .map(|m| format!("{}{}", m.name, m.n_partitions.map(|n| format!(" [{n}]")).unwrap_or_default()))
        .collect();
    let widest =
        |labels: &[String]| labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64 * char_px;
    let gap = f64::from(px(48.0));
    let label_room = (width - gap - f64::from(px(24.0))).max(0.0);
    let (left_need, right_need) = (widest(&member_labels), widest(&partition_labels));
    let (left_room, right_room) = if left_need + right_need <= label_room {
        (left_need, right_need)
    } else {
        // Share the room in proportion, the partitions keeping at least 40%.
        let right = (label_room * right_need / (left_need + right_need).max(1.0))
            .max(label_room * 0.4)
            .min(right_need);
        (label_room - right, right)
    };
    let left_x = (f64::from(px(10.0)) + left_room) as i32;
    let right_x = (width - f64::from(px(10.0)) - right_room) as i32;
    let fit = |label: &str, room: f64| -> String {
        let max = (room / char_px).floor() as usize;
        if label.chars().count() <= max {
            label.to_owned()
        } else {
            let kept: String = label.chars().take(max.saturating_sub(1)).collect();
            format!("{kept}…")
        }
    };
    let small = ("sans-serif", px(10.0)).into_font().color(&c.colors.ink);
    let any_selected = !selection.is_empty();
    for (index, partition) in assignment.partitions.iter().take(MAX_ASSIGNMENT_PARTITIONS).enumerate() {
        let member = partition.owner.and_then(|owner| assignment.members.get(owner));
        let selected = selection.partitions.contains(&partition.name)
            || member.is_some_and(|m| selection.has_member(&m.name))
            || partition.host.as_deref().is_some_and(|h| selection.has_host(h));
        if let Some(owner) = partition.owner {
            let style: ShapeStyle = if any_selected && !selected {
                c.colors.faded.stroke_width(1)
            } else {
                host_color(partition.host.as_deref())
                    .stroke_width(px(if selected { 2.5 } else { 1.2 }) as u32)
            };
            root.draw(&PathElement::new(vec![(left_x, y_left(owner)), (right_x, y_right(index))], style))
                .map_err(err)?;
        }
        root.draw(&Text::new(
            fit(&partition_labels[index], right_room),
            (right_x + px(6.0), y_right(index) - px(5.0)),
            small.clone(),
        ))
        .map_err(err)?;
    }
    for (index, member) in assignment.members.iter().enumerate() {
        let color = host_color(member.host.as_deref());
        root.draw(&Circle::new((left_x, y_left(index)), px(4.0) as u32, color.filled())).map_err(err)?;
        let label = fit(&member_labels[index], left_room);
        let text_width = (label.chars().count() as f64 * char_px) as i32;
        root.draw(&Text::new(
            label,
            ((left_x - px(8.0) - text_width).max(px(2.0)), y_left(index) - px(5.0)),
            small.clone(),
        ))
        .map_err(err)?;
    }
    Ok(())
}
