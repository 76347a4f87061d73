//! Per group at a glance (the verdict and why, state, members, total lag, lag in seconds, trend,
//! when the lag drains), then per host and per member: partitions, lag, share, rate. All figures
//! and the verdict come from `lagscope_core::overview`.

use lagscope_core::overview::{Drain, GroupOverview, Rollup, VerdictReason, VerdictStatus};
use yew::prelude::*;

use crate::components::table::{Cell, DataTable, Row};
use crate::format;
use crate::i18n::{Lang, Text, bi, tr};
use crate::state::Selection;

#[derive(Properties, PartialEq)]
pub(crate) struct OverviewProps {
    pub(crate) group: GroupOverview,
    pub(crate) selection: Selection,
    pub(crate) lang: Lang,
}

/// The verdict's word and its CSS class.
fn status_word(status: VerdictStatus, lang: Lang) -> (&'static str, &'static str) {
    match status {
        VerdictStatus::Ok => ("OK", "status-ok"),
        VerdictStatus::Warning => (bi(lang, "WARNING", "경고"), "status-warn"),
        VerdictStatus::Error => (bi(lang, "ERROR", "오류"), "status-err"),
        VerdictStatus::Stopped => (bi(lang, "STOPPED", "중단"), "status-stop"),
        VerdictStatus::Stalled => (bi(lang, "STALLED", "정체"), "status-stall"),
        VerdictStatus::Rewind => (bi(lang, "REWIND", "되감김"), "status-rewind"),
        VerdictStatus::NoMembers => (bi(lang, "NO MEMBERS", "멤버 없음"), "status-err"),
        VerdictStatus::LeaveStorm => (bi(lang, "MEMBERS KEEP LEAVING", "멤버 반복 이탈"), "status-err"),
        VerdictStatus::Rebalancing => (bi(lang, "REBALANCING", "리밸런싱 중"), "status-warn"),
        VerdictStatus::Unknown => (bi(lang, "UNKNOWN", "알 수 없음"), "status-unknown"),
    }
}

/// Why the verdict is what it is, in a sentence.
fn reason_text(reason: &VerdictReason, lang: Lang) -> String {
    let burrow_note = |burrow: &Option<String>| match burrow {
        Some(status) => format!(
            "{}{status}{}",
            bi(lang, " Burrow says ", " Burrow 판정은 "),
            bi(
                lang,
                " because it reads only the commits made before; it does not see that no one is left to consume.",
                "이지만, 이전 커밋만 보기 때문에 소비할 멤버가 없다는 사실은 반영하지 못합니다."
            )
        ),
        None => String::new(),
    };
    match reason {
        VerdictReason::Burrow => bi(
            lang,
            "Burrow's evaluation of the committed offsets over the window.",
            "윈도 동안의 커밋 오프셋을 Burrow 방식으로 평가한 결과입니다.",
        )
        .to_owned(),
        VerdictReason::NoMembers { state, burrow } => {
            let state = state.as_deref().map(|s| format!(" ({s})")).unwrap_or_default();
            format!(
                "{}{state}{}{}",
                bi(lang, "The group has no active member", "그룹에 활성 멤버가 없습니다"),
                bi(
                    lang,
                    ": nobody consumes, so the lag can only grow until consumers join again.",
                    ". 아무도 소비하지 않으므로 컨슈머가 다시 붙기 전까지 랙은 늘기만 합니다."
                ),
                burrow_note(burrow)
            )
        }
        VerdictReason::LeaveStorm { rule, burrow } => format!(
            "{} ({rule}){}",
            bi(
                lang,
                "The members leave the group again and again, so each rebalance stops consumption and the same records are processed twice",
                "멤버가 그룹을 반복해서 떠나, 리밸런스마다 소비가 멈추고 같은 레코드를 중복 처리합니다"
            ),
            burrow_note(burrow)
        ),
        VerdictReason::Rebalancing { state } => format!(
            "{} ({state}): {}",
            bi(lang, "The group was rebalancing in the newest dump", "최신 덤프에서 그룹이 리밸런싱 중이었습니다"),
            bi(
                lang,
                "with the eager protocol nobody consumes until it ends.",
                "eager 프로토콜이라면 끝날 때까지 아무도 소비하지 않습니다."
            )
        ),
        VerdictReason::CriticalFinding { rule } => format!(
            "{} {rule}.",
            bi(
                lang,
                "Burrow says OK, but a critical finding about this group says otherwise:",
                "Burrow 판정은 OK지만, 이 그룹에 대한 심각한 분석 결과가 있습니다:"
            )
        ),
        VerdictReason::NeedsTimes => bi(
            lang,
            "One snapshot: a verdict, rates and trends need dumps at several times (date lines between them).",
            "스냅샷 하나뿐입니다. 판정, 속도, 추세에는 여러 시점의 덤프가 필요합니다(덤프 사이에 date 줄).",
        )
        .to_owned(),
    }
}

fn drain_text(drain: Drain, lang: Lang) -> Option<String> {
    match drain {
        Drain::InSeconds { seconds } => Some(format::duration(seconds, lang)),
        Drain::NotDraining => Some(bi(lang, "not draining", "줄지 않음").to_owned()),
        Drain::NobodyConsumes => {
            Some(bi(lang, "never: nobody consumes", "소진 불가: 소비 중인 멤버 없음").to_owned())
        }
        Drain::NoLag => Some(bi(lang, "no lag", "랙 없음").to_owned()),
        Drain::Unknown => None,
    }
}

#[function_component(GroupOverviewCard)]
pub(crate) fn group_overview(props: &OverviewProps) -> Html {
    let (group, selection, lang) = (&props.group, &props.selection, props.lang);
    let name = group.group.clone().unwrap_or_else(|| tr(lang, Text::UnnamedGroup).to_owned());
    let unknown = || html! { <span class="unknown">{tr(lang, Text::Unknown)}</span> };
    let (word, status_class) = status_word(group.verdict.status, lang);
    let rollup_rows = |rollups: &[Rollup], member: bool| -> Vec<Row> {
        rollups
            .iter()
            .map(|r| {
                let highlight = r.name.as_deref().is_some_and(|name| {
                    if member { selection.has_member(name) } else { selection.has_host(name) }
                }) || (member
                    && r.host.as_deref().is_some_and(|host| selection.has_host(host)));
                let mut cells = vec![Cell::Text(Some(
                    r.name.clone().unwrap_or_else(|| bi(lang, "(no owner)", "(소유자 없음)").to_owned()),
                ))];
                if member {
                    cells.push(Cell::Text(r.host.clone()));
                }
                cells.extend([
                    Cell::Number(
                        r.n_partitions.map(|n| n as f64),
                        r.n_partitions.map(|n| n.to_string()).unwrap_or_default(),
                    ),
                    Cell::count(r.lag),
                    Cell::share(r.share_of_lag),
                    Cell::rate(r.consume_per_s),
                ]);
                if member {
                    // A long list is cut (the partitions table lists them all).
                    cells.push(Cell::Text(r.partitions.as_ref().map(|list| match list.len() {
                        0 => bi(lang, "none", "없음").to_owned(),
                        1..=8 => list.join(", "),
                        n => format!("{}, … (+{})", list[..6].join(", "), n - 6),
                    })));
                }
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
        (bi(lang, "Assignment", "할당"), false),
    ];
    let trend = group.lag_trend_per_s.map(|t| {
        let arrow = if t > 0.0 {
            "↗"
        } else if t < 0.0 {
            "↘"
        } else {
            "→"
        };
        format!("{}{} {arrow}", if t > 0.0 { "+" } else { "" }, format::per_second(t, lang))
    });
    html! {
        <article class="panel overview" data-group={name.clone()}>
            <header class="group-head">
                <h2 class="group-name">{&name}</h2>
                <dl class="facts">
                    <div class="verdict-fact"><dt>{bi(lang, "Verdict", "판정")}</dt>
                        <dd class={classes!("verdict", status_class)} data-status={format!("{:?}", group.verdict.status)}>{word}</dd></div>
                    <div><dt>{tr(lang, Text::State)}</dt><dd class="group-state">{group.state.clone().map_or_else(unknown, |s| html! { {s} })}</dd></div>
                    <div><dt>{tr(lang, Text::Members)}</dt><dd class="member-count">{group.n_members.map_or_else(unknown, |n| html! { {n} })}</dd></div>
                    <div><dt>{tr(lang, Text::TotalLag)}</dt><dd class="total-lag" data-value={group.total_lag.map(|l| l.to_string()).unwrap_or_default()}>
                        {group.total_lag.map_or_else(unknown, |l| html! { {format::count(l)} })}</dd></div>
                    <div><dt>{"Burrow"}</dt><dd class="burrow-status">
                        {group.burrow_status.clone().map_or_else(|| html! { <span class="unknown" title={bi(lang, "needs dumps at several times", "여러 시점의 덤프가 필요합니다")}>{tr(lang, Text::Unknown)}</span> }, |s| html! { {s} })}</dd></div>
                    <div><dt>{bi(lang, "behind", "지연")}</dt><dd class="time-lag">
                        {group.max_time_lag_s.map_or_else(unknown, |s| html! { {format!("{}{}", if group.time_lag_is_lower_bound { "≥ " } else { "" }, format::duration(s, lang))} })}</dd></div>
                    <div><dt>{bi(lang, "trend", "추세")}</dt><dd class="trend">{trend.map_or_else(unknown, |t| html! { {t} })}</dd></div>
                    if let Some(drain) = drain_text(group.drain, lang) {
                        <div><dt>{bi(lang, "drains in", "소진 예상")}</dt><dd class="drain">{drain}</dd></div>
                    }
                    if group.n_unknown_lag > 0 {
                        <div><dt>{bi(lang, "unknown lag", "랙 미상")}</dt><dd class="unknown-count">{group.n_unknown_lag}</dd></div>
                    }
                </dl>
            </header>
            <p class="verdict-reason">{reason_text(&group.verdict.reason, lang)}</p>
            if group.hosts.is_empty() && group.members.is_empty() {
                <p class="note rollups-none">{bi(lang,
                    "The input names no hosts or members (a lag CSV or a metrics export does not).",
                    "입력에 호스트나 멤버 정보가 없습니다(lag CSV나 메트릭 내보내기에는 없습니다).")}</p>
            } else {
                <div class="rollups">
                    <DataTable id={format!("hosts-{name}")} caption={bi(lang, "Per host", "호스트별")} columns={host_columns}
                        rows={rollup_rows(&group.hosts, false)} {lang} />
                    <DataTable id={format!("members-{name}")} caption={bi(lang, "Per member", "멤버별")} columns={member_columns}
                        rows={rollup_rows(&group.members, true)} {lang} />
                </div>
            }
        </article>
    }
}
