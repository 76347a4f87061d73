//! Per group at a glance (state, members, total lag, Burrow's verdict, lag in seconds, trend),
//! then per host and per member: partitions, lag, share, rate. All figures come from
//! `lagscope_core::overview`.

use lagscope_core::overview::{GroupOverview, Rollup};
use yew::prelude::*;

use crate::components::group_view::format_count;
use crate::components::table::{Cell, DataTable, Row};
use crate::i18n::{Lang, Text, bi, tr};
use crate::state::Selection;

#[derive(Properties, PartialEq)]
pub(crate) struct OverviewProps {
    pub(crate) group: GroupOverview,
    pub(crate) selection: Selection,
    pub(crate) lang: Lang,
}

fn duration(seconds: f64) -> String {
    if seconds >= 3600.0 {
        format!("{:.1} h", seconds / 3600.0)
    } else if seconds >= 60.0 {
        format!("{:.0} min", seconds / 60.0)
    } else {
        format!("{seconds:.0} s")
    }
}

#[function_component(GroupOverviewCard)]
pub(crate) fn group_overview(props: &OverviewProps) -> Html {
    let (group, selection, lang) = (&props.group, &props.selection, props.lang);
    let name = group.group.clone().unwrap_or_else(|| tr(lang, Text::UnnamedGroup).to_owned());
    let unknown = || html! { <span class="unknown">{tr(lang, Text::Unknown)}</span> };
    let status_class = group.burrow_status.as_deref().map(|s| format!("status-{}", s.to_lowercase()));
    let rollup_rows = |rollups: &[Rollup], member: bool| -> Vec<Row> {
        rollups
            .iter()
            .map(|r| {
                let highlight = r.name.as_deref().is_some_and(|name| {
                    if member { selection.has_member(name) } else { selection.has_host(name) }
                }) || (member
                    && r.host.as_deref().is_some_and(|host| selection.has_host(host)));
                let mut cells = vec![Cell::Text(r.name.clone())];
                if member {
                    cells.push(Cell::Text(r.host.clone()));
                }
                cells.extend([
                    Cell::Number(Some(r.n_partitions as f64), r.n_partitions.to_string()),
                    Cell::count(r.lag),
                    Cell::share(r.share_of_lag),
                    Cell::rate(r.consume_per_s),
                ]);
                Row { cells, highlight }
            })
            .collect()
    };
    let host_columns = vec![
        (bi(lang, "Host", "호스트"), false),
        (bi(lang, "Partitions", "파티션"), true),
        (bi(lang, "Lag", "랙"), true),
        (bi(lang, "Share", "비중"), true),
        (bi(lang, "Consumed", "소비 속도"), true),
    ];
    let member_columns = vec![
        (bi(lang, "Member", "멤버"), false),
        (bi(lang, "Host", "호스트"), false),
        (bi(lang, "Partitions", "파티션"), true),
        (bi(lang, "Lag", "랙"), true),
        (bi(lang, "Share", "비중"), true),
        (bi(lang, "Consumed", "소비 속도"), true),
    ];
    html! {
        <article class="panel overview" data-group={name.clone()}>
            <header class="group-head">
                <h2 class="group-name">{&name}</h2>
                <dl class="facts">
                    <div><dt>{tr(lang, Text::State)}</dt><dd class="group-state">{group.state.clone().map_or_else(unknown, |s| html! { {s} })}</dd></div>
                    <div><dt>{tr(lang, Text::Members)}</dt><dd>{group.n_members.map_or_else(unknown, |n| html! { {n} })}</dd></div>
                    <div><dt>{tr(lang, Text::TotalLag)}</dt><dd class="total-lag" data-value={group.total_lag.map(|l| l.to_string()).unwrap_or_default()}>
                        {group.total_lag.map_or_else(unknown, |l| html! { {format_count(l)} })}</dd></div>
                    <div><dt>{"Burrow"}</dt><dd class={classes!("burrow-status", status_class)}>
                        {group.burrow_status.clone().map_or_else(|| html! { <span class="unknown" title={bi(lang, "needs dumps at several times", "여러 시점의 덤프가 필요합니다")}>{tr(lang, Text::Unknown)}</span> }, |s| html! { {s} })}</dd></div>
                    <div><dt>{bi(lang, "behind", "지연")}</dt><dd class="time-lag">
                        {group.max_time_lag_s.map_or_else(unknown, |s| html! { {format!("{}{}", if group.time_lag_is_lower_bound { "≥ " } else { "" }, duration(s))} })}</dd></div>
                    <div><dt>{bi(lang, "trend", "추세")}</dt><dd class="trend">
                        {group.lag_trend_per_s.map_or_else(unknown, |t| html! { {format!("{}{t:.1}/s {}", if t > 0.0 { "+" } else { "" }, if t > 0.0 { "↗" } else if t < 0.0 { "↘" } else { "→" })} })}</dd></div>
                    if let Some(drain) = group.drain_seconds {
                        <div><dt>{bi(lang, "drains in", "소진 예상")}</dt><dd>{duration(drain)}</dd></div>
                    }
                    if group.n_unknown_lag > 0 {
                        <div><dt>{bi(lang, "unknown lag", "랙 미상")}</dt><dd class="unknown-count">{group.n_unknown_lag}</dd></div>
                    }
                </dl>
            </header>
            <div class="rollups">
                <DataTable id={format!("hosts-{name}")} caption={bi(lang, "Per host", "호스트별")} columns={host_columns}
                    rows={rollup_rows(&group.hosts, false)} {lang} />
                <DataTable id={format!("members-{name}")} caption={bi(lang, "Per member", "멤버별")} columns={member_columns}
                    rows={rollup_rows(&group.members, true)} {lang} />
            </div>
        </article>
    }
}
