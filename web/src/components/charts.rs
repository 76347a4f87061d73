//! The pictures, drawn with plotters on canvases sized for the screen's pixel ratio (crisp on
//! high-DPI screens), each downloadable as PNG:
//!
//! - lag per partition over time (lines coloured by host; a clicked finding's partitions stand out);
//! - consumed per host over time (from dumps at several times, or a host × hour table);
//! - a partition × time lag heatmap;
//! - the assignment: members (left) and their partitions (right), coloured by host.

use std::collections::BTreeMap;
use std::rc::Rc;

use gloo::events::EventListener;
use lagscope_core::model::GroupSnapshot;
use lagscope_core::workbench::Workbench;
use plotters::coord::cartesian::Cartesian2d;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlCanvasElement};
use yew::prelude::*;

use crate::components::lag_chart::host_rgb_of;
use crate::i18n::{Lang, bi};
use crate::state::{Selection, Theme};

/// Which picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChartKind {
    LagOverTime,
    MembersOverTime,
    ConsumedPerHost,
    Heatmap,
    Assignment,
}

#[derive(Properties, PartialEq)]
pub(crate) struct ChartProps {
    pub(crate) kind: ChartKind,
    pub(crate) workbench: Rc<Workbench>,
    /// The group drawn (`None`: the unnamed group).
    pub(crate) group: Option<String>,
    pub(crate) selection: Selection,
    pub(crate) theme: Theme,
    pub(crate) lang: Lang,
}

impl ChartKind {
    fn title(self, lang: Lang) -> &'static str {
        match self {
            Self::LagOverTime => bi(lang, "Lag per partition over time", "시간에 따른 파티션별 랙"),
            Self::MembersOverTime => bi(
                lang,
                "Members in the group over time (a drop to 0 is everyone leaving)",
                "시간에 따른 그룹 멤버 수(0으로 떨어지면 모두 이탈)",
            ),
            Self::ConsumedPerHost => bi(lang, "Consumed per host over time", "시간에 따른 호스트별 소비량"),
            Self::Heatmap => bi(lang, "Lag heatmap: partition × time", "랙 히트맵: 파티션 × 시간"),
            Self::Assignment => bi(lang, "Assignment: members and their partitions", "할당: 멤버와 파티션"),
        }
    }
    fn slug(self) -> &'static str {
        match self {
            Self::LagOverTime => "lag-over-time",
            Self::MembersOverTime => "members-over-time",
            Self::ConsumedPerHost => "consumed-per-host",
            Self::Heatmap => "heatmap",
            Self::Assignment => "assignment",
        }
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
    {
        let canvas = canvas.clone();
        let kind = props.kind;
        let workbench = props.workbench.clone();
        let group = props.group.clone();
        let selection = props.selection.clone();
        let theme = props.theme;
        let lang = props.lang;
        use_effect_with(
            (workbench.clone(), group.clone(), selection.clone(), theme, lang, *width),
            move |_| {
                // Drawn on the next frame: tables and findings show first.
                let frame = gloo::render::request_animation_frame(move |_| {
                    if let Some(canvas) = canvas.cast::<HtmlCanvasElement>()
                        && let Err(error) =
                            draw(&canvas, kind, &workbench, group.as_deref(), &selection, theme, lang)
                    {
                        gloo::console::error!(format!("{}: {error}", kind.slug()));
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
    let title = props.kind.title(props.lang);
    html! {
        <figure class={classes!("chart", props.kind.slug())}>
            <figcaption>
                <span>{title}</span>
                <button class="ghost small download-png" onclick={on_download}>{bi(props.lang, "Download PNG", "PNG 내려받기")}</button>
            </figcaption>
            <canvas ref={canvas} class={classes!("chart-canvas", props.kind.slug())} role="img" aria-label={title}></canvas>
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

#[allow(clippy::too_many_lines, reason = "one arm per picture, each a single drawing")]
fn draw(
    canvas: &HtmlCanvasElement,
    kind: ChartKind,
    workbench: &Workbench,
    group: Option<&str>,
    selection: &Selection,
    theme: Theme,
    lang: Lang,
) -> Result<(), String> {
    let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
    let css_width = f64::from(canvas.client_width().max(280));
    let snapshot_group = workbench
        .snapshot
        .as_ref()
        .and_then(|snapshot| snapshot.groups.iter().find(|g| g.group.as_deref() == group));
    let css_height = match kind {
        ChartKind::Assignment => {
            let n = snapshot_group.map_or(0, |g| g.partitions.len().max(g.members.len()));
            (n as f64 * 16.0 + 40.0).clamp(160.0, 900.0)
        }
        ChartKind::Heatmap => {
            let n = workbench.series.partitions.iter().filter(|p| p.group.as_deref() == group).count();
            (n as f64 * 12.0 + 60.0).clamp(160.0, 700.0)
        }
        _ => 240.0,
    };
    canvas.set_width((css_width * ratio).round() as u32);
    canvas.set_height((css_height * ratio).round() as u32);
    let px = |css: f64| (css * ratio).round() as i32;
    let colors = palette(theme);
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    let root = backend.into_drawing_area();
    root.fill(&TRANSPARENT).map_err(|e| e.to_string())?;
    let font = ("sans-serif", px(11.0)).into_font().color(&colors.ink);
    let hosts: Vec<String> =
        snapshot_group.map(|g| g.hosts().into_iter().map(str::to_owned).collect()).unwrap_or_default();
    let host_color = |host: Option<&str>| -> RGBColor {
        let index = host.and_then(|h| hosts.iter().position(|x| x == h));
        let (r, g, b) = host_rgb_of(index);
        RGBColor(r, g, b)
    };
    let message = |text: &str| -> Result<(), String> {
        root.draw(&Text::new(text.to_owned(), (px(12.0), px(20.0)), font.clone())).map_err(|e| e.to_string())
    };
    match kind {
        ChartKind::LagOverTime | ChartKind::Heatmap => {
            let partitions: Vec<_> =
                workbench.series.partitions.iter().filter(|p| p.group.as_deref() == group).collect();
            let times = &workbench.analysis.times_ms;
            if partitions.is_empty() || times.len() < 2 {
                return message(bi(
                    lang,
                    "needs dumps at two or more times (date lines between dumps, or a lag CSV)",
                    "여러 시점의 덤프가 필요합니다(덤프 사이에 date 줄, 또는 lag CSV)",
                ));
            }
            let (t0, t1) = (times[0], times[times.len() - 1].max(times[0] + 1));
            let minutes = |t: i64| (t - t0) as f64 / 60_000.0;
            let max_lag = partitions
                .iter()
                .flat_map(|p| p.samples.iter().filter_map(|s| s.lag))
                .max()
                .unwrap_or(1)
                .max(1);
            if kind == ChartKind::LagOverTime {
                let count = |v: &f64| crate::components::group_view::format_count(*v as i64);
                let mut chart = time_axes(
                    &root,
                    &px,
                    &colors,
                    &font,
                    minutes(t1),
                    max_lag as f64 * 1.05,
                    64.0,
                    &count,
                    "",
                )?;
                let any_selected = !selection.is_empty();
                for partition in &partitions {
                    let selected = selection.has_partition(&partition.topic, partition.partition)
                        || partition
                            .samples
                            .last()
                            .and_then(|s| s.host.as_deref())
                            .is_some_and(|h| selection.has_host(h))
                        || partition
                            .samples
                            .last()
                            .and_then(|s| s.consumer_id.as_deref())
                            .is_some_and(|m| selection.has_member(m));
                    let points: Vec<(f64, f64)> = partition
                        .samples
                        .iter()
                        .filter_map(|s| s.lag.map(|lag| (minutes(s.time_ms), lag as f64)))
                        .collect();
                    let color = host_color(partition.samples.last().and_then(|s| s.host.as_deref()));
                    let style: ShapeStyle = if any_selected && !selected {
                        colors.faded.stroke_width(px(1.0) as u32)
                    } else {
                        color.stroke_width(px(if selected { 3.0 } else { 1.5 }) as u32)
                    };
                    chart.draw_series(LineSeries::new(points, style)).map_err(|e| e.to_string())?;
                }
            } else {
                let n = partitions.len();
                let label_width = px(110.0);
                let (width, height) = root.dim_in_pixel();
                let top = px(8.0);
                let row = ((f64::from(height) - f64::from(top) - f64::from(px(24.0))) / n as f64).max(1.0);
                let cell_w =
                    (f64::from(width) - f64::from(label_width) - f64::from(px(8.0))) / times.len() as f64;
                let min_lag = partitions
                    .iter()
                    .flat_map(|p| p.samples.iter().filter_map(|s| s.lag))
                    .min()
                    .unwrap_or(0)
                    .max(0);
                let log_min = (min_lag as f64 + 1.0).ln();
                let log_span = ((max_lag as f64 + 1.0).ln() - log_min).max(1e-9);
                for (i, partition) in partitions.iter().enumerate() {
                    let y = top + (i as f64 * row) as i32;
                    let highlighted = selection.has_partition(&partition.topic, partition.partition);
                    let label = format!(
                        "{}{}-{}",
                        if highlighted { "▶ " } else { "" },
                        partition.topic,
                        partition.partition
                    );
                    if row >= f64::from(px(9.0)) {
                        root.draw(&Text::new(
                            label,
                            (px(4.0), y),
                            ("sans-serif", px(10.0)).into_font().color(&colors.ink),
                        ))
                        .map_err(|e| e.to_string())?;
                    }
                    for (j, &time) in times.iter().enumerate() {
                        let sample = partition.samples.iter().find(|s| s.time_ms == time);
                        let x = label_width + (j as f64 * cell_w) as i32;
                        let rect = [(x, y), (x + cell_w.ceil() as i32, y + row.ceil() as i32)];
                        let fill = match sample.and_then(|s| s.lag) {
                            None => RGBColor(128, 128, 128).mix(0.15),
                            Some(records) => {
                                let level = (((records.max(0) as f64 + 1.0).ln() - log_min) / log_span)
                                    .clamp(0.0, 1.0);
                                RGBColor(255, (230.0 - 180.0 * level) as u8, (120.0 - 110.0 * level) as u8)
                                    .mix(0.15 + 0.85 * level)
                            }
                        };
                        root.draw(&Rectangle::new(rect, fill.filled())).map_err(|e| e.to_string())?;
                    }
                }
                root.draw(&Text::new(
                    format!(
                        "{} … {} (log)",
                        crate::components::group_view::format_count(min_lag),
                        crate::components::group_view::format_count(max_lag)
                    ),
                    (label_width, (f64::from(height) - f64::from(px(14.0))) as i32),
                    font.clone(),
                ))
                .map_err(|e| e.to_string())?;
            }
        }
        ChartKind::MembersOverTime => {
            let Some(analysed) = workbench.analysis.groups.iter().find(|g| g.group.as_deref() == group)
            else {
                return message(bi(
                    lang,
                    "needs dumps at two or more times",
                    "여러 시점의 덤프가 필요합니다",
                ));
            };
            let points = &analysed.members_timeline;
            let t0 = workbench.analysis.times_ms.first().copied().unwrap_or(0);
            if points.len() < 2 {
                return message(bi(
                    lang,
                    "needs dumps at two or more times",
                    "여러 시점의 덤프가 필요합니다",
                ));
            }
            let x_max = points.iter().map(|&(t, _)| (t - t0) as f64 / 60_000.0).fold(1.0, f64::max);
            let y_max = points.iter().map(|&(_, n)| n).max().unwrap_or(1).max(1) as f64;
            let whole = |v: &f64| format!("{v:.0}");
            let mut chart = time_axes(&root, &px, &colors, &font, x_max, y_max * 1.15, 40.0, &whole, "")?;
            // A step line: the member count holds until the next sample.
            let mut steps = Vec::with_capacity(points.len() * 2);
            for pair in points.windows(2) {
                let (x0, n) = ((pair[0].0 - t0) as f64 / 60_000.0, pair[0].1 as f64);
                let x1 = (pair[1].0 - t0) as f64 / 60_000.0;
                steps.push((x0, n));
                steps.push((x1, n));
            }
            if let Some(&(t, n)) = points.last() {
                steps.push(((t - t0) as f64 / 60_000.0, n as f64));
            }
            let accent = RGBColor(47, 111, 179);
            chart
                .draw_series(LineSeries::new(steps, accent.stroke_width(px(2.0) as u32)))
                .map_err(|e| e.to_string())?;
        }
        ChartKind::ConsumedPerHost => {
            // From dumps at several times: consumed per interval, as a rate per host.
            let analysed = workbench.analysis.groups.iter().find(|g| g.group.as_deref() == group);
            let mut lines: BTreeMap<String, Vec<(f64, f64)>> = BTreeMap::new();
            let mut unit = "records/s";
            let mut t0 = workbench.analysis.times_ms.first().copied().unwrap_or(0);
            if let Some(analysed) = analysed {
                for host in &analysed.hosts {
                    let points = host
                        .consumed
                        .iter()
                        .map(|interval| {
                            let seconds = ((interval.end_ms - interval.start_ms) as f64 / 1000.0).max(1e-3);
                            ((interval.end_ms - t0) as f64 / 60_000.0, interval.consumed as f64 / seconds)
                        })
                        .collect();
                    lines.insert(host.host.clone(), points);
                }
            }
            if lines.values().all(Vec::is_empty) && !workbench.host_counts.is_empty() {
                // A host × hour table: records per interval.
                unit = "records/interval";
                t0 = workbench
                    .host_counts
                    .iter()
                    .flat_map(|h| h.counts.iter().map(|c| c.start_ms))
                    .min()
                    .unwrap_or(0);
                for host in &workbench.host_counts {
                    let points = host
                        .counts
                        .iter()
                        .filter_map(|c| {
                            c.count.map(|n| ((c.start_ms + c.duration_ms - t0) as f64 / 60_000.0, n as f64))
                        })
                        .collect();
                    lines.insert(host.host.clone(), points);
                }
            }
            if lines.values().all(Vec::is_empty) {
                return message(bi(
                    lang,
                    "needs dumps at two or more times, or a host × hour table",
                    "여러 시점의 덤프나 호스트 × 시간 표가 필요합니다",
                ));
            }
            let x_max = lines.values().flatten().map(|p| p.0).fold(1.0, f64::max);
            let y_max = lines.values().flatten().map(|p| p.1).fold(1.0, f64::max);
            let plain = |v: &f64| format!("{v:.0}");
            let mut chart = time_axes(&root, &px, &colors, &font, x_max, y_max * 1.1, 64.0, &plain, unit)?;
            let all_hosts: Vec<String> = lines.keys().cloned().collect();
            for (index, (host, points)) in lines.into_iter().enumerate() {
                let known = hosts.iter().position(|h| *h == host).or(Some(index));
                let (r, g, b) = host_rgb_of(known);
                let selected = selection.has_host(&host);
                let width = if selected { 4.0 } else { 2.0 };
                let color = RGBColor(r, g, b);
                chart
                    .draw_series(LineSeries::new(points.clone(), color.stroke_width(px(width) as u32)))
                    .map_err(|e| e.to_string())?
                    .label(host.clone())
                    .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], color.stroke_width(3)));
                chart
                    .draw_series(points.iter().map(|&p| Circle::new(p, px(2.5) as u32, color.filled())))
                    .map_err(|e| e.to_string())?;
            }
            if all_hosts.len() > 1 {
                chart
                    .configure_series_labels()
                    .label_font(font.clone())
                    .border_style(colors.grid)
                    .background_style(TRANSPARENT)
                    .position(SeriesLabelPosition::UpperRight)
                    .draw()
                    .map_err(|e| e.to_string())?;
            }
        }
        ChartKind::Assignment => {
            let Some(snapshot) = snapshot_group else {
                return message(bi(lang, "no group", "그룹 없음"));
            };
            draw_assignment(&root, snapshot, selection, &host_color, &colors, px)?;
        }
    }
    root.present().map_err(|e| e.to_string())
}

/// A time chart's frame: minutes on x from 0, values on y from 0, the mesh in the theme's colours.
#[allow(clippy::too_many_arguments, reason = "one frame, its sizes and its labels")]
fn time_axes<'a, DB: DrawingBackend + 'a>(
    root: &'a DrawingArea<DB, plotters::coord::Shift>,
    px: &dyn Fn(f64) -> i32,
    colors: &Palette,
    font: &TextStyle<'_>,
    x_max: f64,
    y_max: f64,
    y_area: f64,
    y_label: &dyn Fn(&f64) -> String,
    y_desc: &str,
) -> Result<
    ChartContext<
        'a,
        DB,
        Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
    >,
    String,
> {
    let mut chart = ChartBuilder::on(root)
        .margin(px(8.0))
        .x_label_area_size(px(28.0))
        .y_label_area_size(px(y_area))
        .build_cartesian_2d(0.0..x_max, 0.0..y_max)
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .light_line_style(colors.grid)
        .bold_line_style(colors.grid)
        .axis_style(colors.ink)
        .label_style(font.clone())
        .x_desc("min")
        .y_desc(y_desc)
        .y_label_formatter(y_label)
        .draw()
        .map_err(|e| e.to_string())?;
    Ok(chart)
}

/// Partitions drawn in the assignment diagram (beyond, lines merge into a blur).
const MAX_ASSIGNMENT_PARTITIONS: usize = 400;

fn draw_assignment<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    group: &GroupSnapshot,
    selection: &Selection,
    host_color: &dyn Fn(Option<&str>) -> RGBColor,
    colors: &Palette,
    px: impl Fn(f64) -> i32,
) -> Result<(), String> {
    let (width, height) = root.dim_in_pixel();
    let mut members: Vec<(Option<String>, Option<String>)> = Vec::new();
    for partition in &group.partitions {
        let member = partition.consumer_id.as_deref().map(str::to_owned);
        if !members.iter().any(|(m, _)| *m == member) {
            members.push((member, partition.host.as_deref().map(str::to_owned)));
        }
    }
    let n_left = members.len().max(1);
    let n_right = group.partitions.len().clamp(1, MAX_ASSIGNMENT_PARTITIONS);
    let top = f64::from(px(12.0));
    let usable = f64::from(height) - top - f64::from(px(12.0));
    let y_left = |i: usize| (top + usable * (i as f64 + 0.5) / n_left as f64) as i32;
    let y_right = |i: usize| (top + usable * (i as f64 + 0.5) / n_right as f64) as i32;
    let left_x = (f64::from(width) * 0.36) as i32;
    let right_x = (f64::from(width) * 0.64) as i32;
    let small = ("sans-serif", px(10.0)).into_font().color(&colors.ink);
    let any_selected = !selection.is_empty();
    for (index, partition) in group.partitions.iter().take(MAX_ASSIGNMENT_PARTITIONS).enumerate() {
        let member = partition.consumer_id.as_deref().map(str::to_owned);
        let left = members.iter().position(|(m, _)| *m == member).unwrap_or(0);
        let selected = selection.has_partition(&partition.topic, partition.partition)
            || member.as_deref().is_some_and(|m| selection.has_member(m))
            || partition.host.as_deref().is_some_and(|h| selection.has_host(h));
        let color = host_color(partition.host.as_deref());
        let style: ShapeStyle = if partition.consumer_id.is_none() {
            RGBColor(150, 150, 150).mix(0.4).stroke_width(1)
        } else if any_selected && !selected {
            colors.faded.stroke_width(1)
        } else {
            color.stroke_width(px(if selected { 2.5 } else { 1.2 }) as u32)
        };
        root.draw(&PathElement::new(vec![(left_x, y_left(left)), (right_x, y_right(index))], style))
            .map_err(|e| e.to_string())?;
        let lag = partition.lag.map_or_else(|| "?".to_owned(), crate::components::group_view::format_count);
        root.draw(&Text::new(
            format!("{}-{} ({lag})", partition.topic, partition.partition),
            (right_x + px(6.0), y_right(index) - px(5.0)),
            small.clone(),
        ))
        .map_err(|e| e.to_string())?;
    }
    for (index, (member, host)) in members.iter().enumerate() {
        let color = host_color(host.as_deref());
        root.draw(&Circle::new((left_x, y_left(index)), px(4.0) as u32, color.filled()))
            .map_err(|e| e.to_string())?;
        let label = match member {
            Some(member) => {
                let short: String = member.chars().take(34).collect();
                format!("{short} {}", host.as_deref().unwrap_or_default())
            }
            None => "(no owner)".to_owned(),
        };
        let text_width = (label.chars().count() as f64 * f64::from(px(5.6))) as i32;
        root.draw(&Text::new(
            label,
            ((left_x - px(8.0) - text_width).max(px(2.0)), y_left(index) - px(5.0)),
            small.clone(),
        ))
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}
