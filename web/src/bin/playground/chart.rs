//! The run over time: the group's total lag, and the members in the group, one above the other,
//! drawn with plotters on a canvas sized for the screen's pixel ratio.

use lagscope_core::sim::Outcome;
use lagscope_web::i18n::Texts;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

const LAG: RGBColor = RGBColor(225, 87, 89);
const MEMBERS: RGBColor = RGBColor(78, 121, 167);
const INK: RGBColor = RGBColor(128, 128, 128);

/// Draws `outcome` on `canvas`, its labels in the page's language.
pub(crate) fn draw(canvas: &HtmlCanvasElement, outcome: &Outcome, texts: &Texts) -> Result<(), String> {
    let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
    let width = f64::from(canvas.client_width().max(300));
    canvas.set_width((width * ratio) as u32);
    canvas.set_height((320.0 * ratio) as u32);
    let px = |css: f64| (css * ratio).round() as i32;
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    let root = backend.into_drawing_area();
    root.fill(&TRANSPARENT).map_err(|error| error.to_string())?;
    let (top, bottom) = root.split_vertically(px(190.0));
    let start = outcome.sample_times_ms.first().copied().unwrap_or(0);
    let minutes: Vec<f64> =
        outcome.sample_times_ms.iter().map(|time| (time - start) as f64 / 60_000.0).collect();
    let x_max = minutes.last().copied().unwrap_or(1.0).max(1.0 / 60.0);
    let total_lag: Vec<f64> =
        lagscope_core::sim::timeline::total_lag(outcome).iter().map(|lag| *lag as f64).collect();
    let members: Vec<f64> = outcome.samples.iter().map(|sample| sample.members.len() as f64).collect();
    let font = ("sans-serif", px(11.0)).into_font().color(&INK);
    let (lag_label, members_label, minutes_label) =
        (texts.t("pg-chart-lag"), texts.t("pg-chart-members"), texts.t("pg-chart-minutes"));
    let lag_max = total_lag.iter().copied().fold(1.0, f64::max) * 1.1;
    let mut chart = ChartBuilder::on(&top)
        .margin(px(6.0))
        .margin_right(px(18.0))
        .x_label_area_size(px(4.0))
        .y_label_area_size(px(64.0))
        .caption(lag_label, font.clone())
        .build_cartesian_2d(0.0..x_max, 0.0..lag_max)
        .map_err(|error| error.to_string())?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_labels(5)
        .y_label_style(font.clone())
        .y_label_formatter(&|value| format_count(*value))
        .axis_style(INK)
        .light_line_style(RGBAColor(128, 128, 128, 0.15))
        .draw()
        .map_err(|error| error.to_string())?;
    chart
        .draw_series(LineSeries::new(
            minutes.iter().copied().zip(total_lag.iter().copied()),
            LAG.stroke_width(px(2.0) as u32),
        ))
        .map_err(|error| error.to_string())?;
    let members_max = members.iter().copied().fold(1.0, f64::max) + 1.0;
    let mut chart = ChartBuilder::on(&bottom)
        .margin(px(6.0))
        .margin_right(px(18.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(64.0))
        .caption(members_label, font.clone())
        .build_cartesian_2d(0.0..x_max, 0.0..members_max)
        .map_err(|error| error.to_string())?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(8)
        .y_labels(3)
        .x_desc(minutes_label.as_str())
        .x_label_formatter(&|minute| format!("{minute:.0}"))
        .y_label_formatter(&|count| format!("{count:.0}"))
        .label_style(font)
        .axis_style(INK)
        .light_line_style(RGBAColor(128, 128, 128, 0.15))
        .draw()
        .map_err(|error| error.to_string())?;
    // A step line: the membership holds until the next sample.
    let mut steps = Vec::with_capacity(members.len() * 2);
    for (index, (minute, count)) in minutes.iter().zip(&members).enumerate() {
        if index > 0 {
            steps.push((*minute, members[index - 1]));
        }
        steps.push((*minute, *count));
    }
    chart
        .draw_series(LineSeries::new(steps, MEMBERS.stroke_width(px(2.0) as u32)))
        .map_err(|error| error.to_string())?;
    root.present().map_err(|error| error.to_string())
}

/// 1234567 → "1.2M".
fn format_count(value: f64) -> String {
    let magnitude = value.abs();
    if magnitude >= 1e6 {
        format!("{:.1}M", value / 1e6)
    } else if magnitude >= 1e3 {
        format!("{:.0}k", value / 1e3)
    } else {
        format!("{value:.0}")
    }
}
