//! A host × hour table (the incident table of `shared/seeds/000`): per host, what it processed in
//! all, its share, its first and last interval, its peak and mean per hour (all from
//! `AnalysisReport::host_throughput`), and the counts over time, in which a slow host stands out.

use yew::prelude::*;

use crate::components::charts::{Chart, ChartKind};
use crate::components::table::{Cell, DataTable, Row};
use crate::format;
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub(crate) struct HostTableProps {
    pub(crate) state: UseReducerHandle<AppState>,
}

#[function_component(HostTableCard)]
pub(crate) fn host_table_card(props: &HostTableProps) -> Html {
    let state = &props.state;
    let texts = crate::i18n::use_texts();
    let lang = texts.lang();
    let workbench = &state.workbench;
    let hosts = &workbench.analysis.host_throughput;
    let rate = |value: Option<f64>| {
        Cell::Number(value, value.map(|v| format::per_hour(v, lang)).unwrap_or_default())
    };
    let rows: Vec<Row> = hosts
        .iter()
        .map(|host| Row {
            highlight: state.selection.has_host(&host.host),
            cells: vec![
                Cell::Text(Some(host.host.clone())),
                Cell::count(Some(host.total)),
                Cell::share(host.share_of_total),
                Cell::count(host.first_count),
                Cell::count(host.last_count),
                rate(host.max_per_hour),
                rate(host.mean_per_hour),
            ],
        })
        .collect();
    let columns = vec![
        (texts.t("ui-col-host"), false),
        (texts.t("ui-col-processed"), true),
        (texts.t("ui-col-share"), true),
        (texts.t("ui-col-first-interval"), true),
        (texts.t("ui-col-last-interval"), true),
        (texts.t("ui-col-peak"), true),
        (texts.t("ui-col-mean"), true),
    ];
    html! {
        <article class="panel host-table" data-hosts={hosts.len().to_string()}>
            <h2>{texts.t("ui-host-table-title")}</h2>
            <DataTable id="host-throughput" caption={texts.t("ui-processed-per-host")} {columns} {rows} />
            <section class="charts">
                <Chart kind={ChartKind::HostCounts} workbench={workbench.clone()} group={None::<String>}
                    selection={state.selection.clone()} theme={state.theme} />
            </section>
        </article>
    }
}
