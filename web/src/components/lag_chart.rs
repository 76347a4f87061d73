//! Lag per partition as bars coloured by the owning host, drawn with plotters on a canvas sized
//! for the screen's pixel ratio (crisp on high-DPI screens), downloadable as PNG.

use gloo::events::EventListener;
use lagscope_core::model::GroupSnapshot;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::format::count as format_count;

/// Ten distinguishable colours (Tableau 10), one per host in sorted host order.
const HOST_PALETTE: [(u8, u8, u8); 10] = [
    (78, 121, 167),
    (242, 142, 43),
    (225, 87, 89),
    (118, 183, 178),
    (89, 161, 79),
    (237, 201, 72),
    (176, 122, 161),
    (255, 157, 167),
    (156, 117, 95),
    (186, 176, 172),
];
const NO_HOST: (u8, u8, u8) = (150, 150, 150);
const CHART_HEIGHT_CSS_PX: f64 = 220.0;
/// Bars drawn at most.
const MAX_BARS: usize = 2_000;

fn host_rgb(index: usize) -> (u8, u8, u8) {
    HOST_PALETTE[index % HOST_PALETTE.len()]
}

/// The colour of the host at `index` in sorted host order; grey for none.
pub(crate) fn host_rgb_of(index: Option<usize>) -> (u8, u8, u8) {
    index.map_or(NO_HOST, host_rgb)
}

/// The CSS colour of the host at `index` in [`GroupSnapshot::hosts`] order.
pub(crate) fn host_color(index: usize) -> String {
    let (red, green, blue) = host_rgb(index);
    format!("rgb({red},{green},{blue})")
}

#[derive(Properties, PartialEq)]
pub(crate) struct LagChartProps {
    pub(crate) group: GroupSnapshot,
}

#[function_component(LagChart)]
pub(crate) fn lag_chart(props: &LagChartProps) -> Html {
    let canvas = use_node_ref();
    let viewport_width = use_state(|| 0);
    {
        let viewport_width = viewport_width.clone();
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| {
                let width =
                    gloo::utils::window().inner_width().ok().and_then(|width| width.as_f64()).unwrap_or(0.0);
                viewport_width.set(width as i32);
            });
            move || drop(listener)
        });
    }
    {
        let canvas = canvas.clone();
        use_effect_with((props.group.clone(), *viewport_width), move |(group, _)| {
            // Drawn on the next frame: tables and findings show first.
            let group = group.clone();
            let frame = gloo::render::request_animation_frame(move |_| {
                if let Some(canvas) = canvas.cast::<HtmlCanvasElement>()
                    && let Err(error) = draw(&canvas, &group)
                {
                    gloo::console::error!(format!("lag chart: {error}"));
                }
            });
            move || drop(frame)
        });
    }
    let on_download = {
        let canvas = canvas.clone();
        let name = props.group.group.clone().unwrap_or_else(|| "group".to_owned());
        Callback::from(move |_: MouseEvent| {
            crate::components::charts::download_png(&canvas, &format!("lagscope-lag-{name}.png"));
        })
    };
    let texts = crate::i18n::use_texts();
    html! {
        <figure class="chart">
            <figcaption>
                <span>{texts.t("ui-lag-per-partition")}</span>
                <button class="ghost small download-png" onclick={on_download}>{texts.t("ui-download-png")}</button>
            </figcaption>
            <canvas ref={canvas} class="lag-chart" role="img" aria-label={texts.t("ui-lag-per-partition")}></canvas>
        </figure>
    }
}

fn draw(canvas: &HtmlCanvasElement, group: &GroupSnapshot) -> Result<(), String> {
    let pixel_ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
    let css_width = f64::from(canvas.client_width().max(280));
    canvas.set_width((css_width * pixel_ratio).round() as u32);
    canvas.set_height((CHART_HEIGHT_CSS_PX * pixel_ratio).round() as u32);
    let scaled = |css_px: f64| (css_px * pixel_ratio).round() as i32;
    let dark = gloo::utils::document()
        .document_element()
        .and_then(|root| root.get_attribute("data-theme"))
        .is_some_and(|theme| theme == "dark");
    let (ink, grid) = if dark {
        (RGBColor(220, 220, 220), RGBColor(70, 70, 70))
    } else {
        (RGBColor(40, 40, 40), RGBColor(225, 225, 225))
    };

    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    let root = backend.into_drawing_area();
    root.fill(&TRANSPARENT).map_err(|error| error.to_string())?;

    // A million bars help nobody and take seconds to draw: past MAX_BARS, the partitions with
    // the most lag are drawn, in their order.
    let drawn: Vec<lagscope_core::model::PartitionOffsets>;
    let partitions: &[lagscope_core::model::PartitionOffsets] = if group.partitions.len() > MAX_BARS {
        let mut order: Vec<usize> = (0..group.partitions.len()).collect();
        lagscope_core::order::sort_by_key(&mut order, |&i| {
            std::cmp::Reverse(group.partitions[i].lag.unwrap_or(-1))
        });
        order.truncate(MAX_BARS);
        order.sort_unstable();
        drawn = order.into_iter().map(|i| group.partitions[i].clone()).collect();
        &drawn
    } else {
        &group.partitions
    };
    let hosts = group.hosts();
    let n_bars = i32::try_from(partitions.len().max(1)).unwrap_or(i32::MAX);
    let lags = partitions.iter().filter_map(|partition| partition.lag);
    let max_lag = lags.clone().max().unwrap_or(0).max(1);
    let min_lag = lags.min().unwrap_or(0).min(0);
    let label_font = ("sans-serif", scaled(11.0)).into_font().color(&ink);
    let multiple_topics = partitions.windows(2).any(|pair| pair[0].topic != pair[1].topic);

    let mut chart = ChartBuilder::on(&root)
        .margin(scaled(8.0))
        .x_label_area_size(scaled(24.0))
        .y_label_area_size(scaled(64.0))
        .build_cartesian_2d(
            (0..n_bars).into_segmented(),
            min_lag..max_lag.saturating_add(max_lag / 20).saturating_add(1),
        )
        .map_err(|error| error.to_string())?;
    let label_every = (partitions.len() / 24).max(1);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .y_max_light_lines(1)
        .light_line_style(TRANSPARENT)
        .bold_line_style(grid)
        .axis_style(ink)
        .label_style(label_font)
        .x_labels(partitions.len().min(48))
        .x_label_formatter(&|value| match value {
            SegmentValue::CenterOf(index) if (*index as usize).is_multiple_of(label_every) => partitions
                .get(*index as usize)
                .map(|partition| {
                    if multiple_topics {
                        format!("{}-{}", partition.topic, partition.partition)
                    } else {
                        partition.partition.to_string()
                    }
                })
                .unwrap_or_default(),
            _ => String::new(),
        })
        .y_labels(6)
        .y_label_formatter(&|value| format_count(*value))
        .draw()
        .map_err(|error| error.to_string())?;

    chart
        .draw_series(partitions.iter().enumerate().filter_map(|(index, partition)| {
            let lag = partition.lag?;
            let (red, green, blue) = partition
                .host
                .as_deref()
                .and_then(|host| hosts.iter().position(|known| *known == host))
                .map_or(NO_HOST, host_rgb);
            let index = i32::try_from(index).ok()?;
            let mut bar = Rectangle::new(
                [(SegmentValue::Exact(index), 0), (SegmentValue::Exact(index + 1), lag)],
                RGBColor(red, green, blue).filled(),
            );
            bar.set_margin(0, 0, scaled(1.5) as u32, scaled(1.5) as u32);
            Some(bar)
        }))
        .map_err(|error| error.to_string())?;
    root.present().map_err(|error| error.to_string())
}
