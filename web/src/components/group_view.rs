//! One consumer group: its summary line, the lag chart, and the partition table.

use lagscope_core::model::GroupSnapshot;
use yew::prelude::*;

use crate::components::lag_chart::{LagChart, host_color};
use crate::components::table::{Cell, DataTable, Row};
use crate::format::count as format_count;
use crate::state::Selection;

#[derive(Properties, PartialEq)]
pub(crate) struct GroupViewProps {
    pub(crate) group: GroupSnapshot,
    pub(crate) selection: Selection,
}

#[function_component(GroupView)]
pub(crate) fn group_view(props: &GroupViewProps) -> Html {
    let GroupViewProps { group, selection } = props;
    let texts = crate::i18n::use_texts();
    let hosts = group.hosts();
    let name = group.group.clone().unwrap_or_else(|| texts.t("ui-unnamed-group"));
    let n_unknown = group.n_partitions_with_unknown_lag();
    let n_members = group.member_count();
    let unknown = || html! { <span class="unknown" title={texts.t("unknown")}>{texts.t("unknown")}</span> };
    let number = |value: Option<i64>| value.map_or_else(unknown, |value| html! { {format_count(value)} });

    html! {
        <article class="panel group" data-group={name.clone()}>
            <header class="group-head">
                <h2 class="group-name">{&name}</h2>
                <dl class="facts">
                    <div><dt>{texts.t("ui-fact-state")}</dt>
                        <dd class="group-state">{group.state.as_ref().map_or_else(unknown, |state| html! { {state.as_str()} })}</dd></div>
                    if let Some(strategy) = &group.assignment_strategy {
                        <div><dt>{texts.t("ui-fact-assignor")}</dt><dd class="strategy">{strategy}</dd></div>
                    }
                    if let Some(n_members) = n_members {
                        <div title={group.coordinator.as_ref().map(|coordinator| texts.render(&lagscope_core::msg!("ui-coordinator", coordinator = coordinator))).unwrap_or_default()}>
                            <dt>{texts.t("ui-fact-members")}</dt><dd class="member-count">{n_members}</dd>
                        </div>
                    }
                    <div><dt>{texts.t("ui-fact-partitions")}</dt><dd class="partition-count">{group.partitions.len()}</dd></div>
                    <div class="total"><dt>{texts.t("ui-fact-total-lag")}</dt>
                        <dd class="total-lag" data-value={group.total_lag().map(|lag| lag.to_string()).unwrap_or_default()}>
                            {number(group.total_lag())}
                        </dd></div>
                </dl>
            </header>
            if let Some(reported) = group.reported_total_lag_if_different() {
                <p class="note reported-total">{texts.render(&lagscope_core::msg!("ui-reported-total-lag", lag = reported))}</p>
            }
            if n_unknown > 0 {
                <p class="note">{texts.render(&lagscope_core::msg!("ui-unknown-lag-note", count = n_unknown))}</p>
            }
            if !group.partitions.is_empty() {
                <LagChart group={group.clone()} />
            }
            if !hosts.is_empty() {
                <ul class="legend" aria-label={texts.t("ui-hosts")}>
                    { for hosts.iter().enumerate().map(|(index, host)| html! {
                        <li><span class="swatch" style={format!("background:{}", host_color(index))}></span>{*host}</li>
                    }) }
                </ul>
            }
            <DataTable id={format!("partitions-{name}")} caption={texts.t("ui-partitions-caption")}
                columns={vec![(texts.t("ui-col-topic"), false), (texts.t("ui-col-partition"), true), (texts.t("ui-col-current-offset"), true),
                    (texts.t("ui-col-log-end-offset"), true), (texts.t("ui-col-lag"), true), (texts.t("ui-col-host"), false),
                    (texts.t("ui-col-consumer-id"), false), (texts.t("ui-col-client-id"), false)]}
                rows={group.partitions.iter().map(|partition| Row {
                    highlight: selection.has_partition(&partition.topic, partition.partition)
                        || partition.host.as_deref().is_some_and(|h| selection.has_host(h))
                        || partition.consumer_id.as_deref().is_some_and(|m| selection.has_member(m)),
                    cells: vec![
                        Cell::Text(Some(partition.topic.to_string())),
                        Cell::Number(Some(f64::from(partition.partition)), partition.partition.to_string()),
                        Cell::count(partition.current_offset),
                        Cell::count(partition.log_end_offset),
                        Cell::count(partition.lag),
                        Cell::Text(partition.host.as_deref().map(str::to_owned)),
                        Cell::Text(partition.consumer_id.as_deref().map(str::to_owned)),
                        Cell::Text(partition.client_id.as_deref().map(str::to_owned)),
                    ],
                }).collect::<Vec<_>>()} />
        </article>
    }
}
