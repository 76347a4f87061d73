//! Per group at a glance (the verdict and why, state, members, total lag, lag in seconds, trend,
//! when the lag drains), then per host and per member: partitions, lag, share, rate. All figures
//! and the verdict come from `lagscope_core::overview`.

use lagscope_core::msg;
use lagscope_core::overview::{Drain, GroupOverview, Rollup, VerdictReason, VerdictStatus};
use yew::prelude::*;

use crate::components::table::{Cell, DataTable, Row};
use crate::format;
use crate::i18n::{Arg, Message, Texts};
use crate::state::Selection;

#[derive(Properties, PartialEq)]
pub(crate) struct OverviewProps {
    pub(crate) group: GroupOverview,
    pub(crate) selection: Selection,
}

/// The verdict's word and its CSS class (`OK` is Burrow's own word in both languages).
fn status_word(status: VerdictStatus) -> (Option<Message>, &'static str) {
    match status {
        VerdictStatus::Ok => (None, "status-ok"),
        VerdictStatus::Warning => (Some(Message::new("ui-verdict-warning")), "status-warn"),
        VerdictStatus::Error => (Some(Message::new("ui-verdict-error")), "status-err"),
        VerdictStatus::Stopped => (Some(Message::new("ui-verdict-stopped")), "status-stop"),
        VerdictStatus::Stalled => (Some(Message::new("ui-verdict-stalled")), "status-stall"),
        VerdictStatus::Rewind => (Some(Message::new("ui-verdict-rewind")), "status-rewind"),
        VerdictStatus::NoMembers => (Some(Message::new("ui-verdict-no-members")), "status-err"),
        VerdictStatus::LeaveStorm => (Some(Message::new("ui-verdict-leave-storm")), "status-err"),
        VerdictStatus::Rebalancing => (Some(Message::new("ui-verdict-rebalancing")), "status-warn"),
        VerdictStatus::Unknown => (Some(Message::new("ui-verdict-unknown")), "status-unknown"),
    }
}

/// Why the verdict is what it is, in a sentence (and, where Burrow's verdict of the commits
/// misses that nobody is left, a second sentence saying so).
fn reason_text(reason: &VerdictReason, texts: &Texts) -> String {
    let with_burrow = |first: Message, burrow: &Option<String>| {
        let first = texts.render(&first);
        match burrow {
            Some(status) => {
                format!("{first} {}", texts.render(&msg!("ui-reason-burrow-blind", status = status)))
            }
            None => first,
        }
    };
    match reason {
        VerdictReason::Burrow => texts.t("ui-reason-burrow"),
        VerdictReason::NoMembers { state: Some(state), burrow } => {
            with_burrow(msg!("ui-reason-no-members-state", state = state), burrow)
        }
        VerdictReason::NoMembers { state: None, burrow } => {
            with_burrow(Message::new("ui-reason-no-members"), burrow)
        }
        VerdictReason::LeaveStorm { rule, burrow } => {
            with_burrow(msg!("ui-reason-leave-storm", rule = rule), burrow)
        }
        VerdictReason::Rebalancing { state } => texts.render(&msg!("ui-reason-rebalancing", state = state)),
        VerdictReason::CriticalFinding { rule } => texts.render(&msg!("ui-reason-critical", rule = rule)),
        VerdictReason::NeedsTimes => texts.t("ui-reason-needs-times"),
    }
}

fn drain_text(drain: Drain, texts: &Texts) -> Option<String> {
    match drain {
        Drain::InSeconds { seconds } => Some(format::duration(seconds, texts.lang())),
        Drain::NotDraining => Some(texts.t("ui-drain-not-draining")),
        Drain::NobodyConsumes => Some(texts.t("ui-drain-never")),
        Drain::NoLag => Some(texts.t("ui-drain-no-lag")),
        Drain::Unknown => None,
    }
}

#[function_component(GroupOverviewCard)]
pub(crate) fn group_overview(props: &OverviewProps) -> Html {
    let (group, selection) = (&props.group, &props.selection);
    let texts = crate::i18n::use_texts();
    let lang = texts.lang();
    let name = group.group.clone().unwrap_or_else(|| texts.t("ui-unnamed-group"));
    let unknown = || html! { <span class="unknown">{texts.t("unknown")}</span> };
    let (word, status_class) = status_word(group.verdict.status);
    let word = word.map_or_else(|| "OK".to_owned(), |word| texts.render(&word));
    let rollup_rows = |rollups: &[Rollup], member: bool| -> Vec<Row> {
        rollups
            .iter()
            .map(|r| {
                let highlight = r.name.as_deref().is_some_and(|name| {
                    if member { selection.has_member(name) } else { selection.has_host(name) }
                }) || (member
                    && r.host.as_deref().is_some_and(|host| selection.has_host(host)));
                let mut cells =
                    vec![Cell::Text(Some(r.name.clone().unwrap_or_else(|| texts.t("ui-no-owner"))))];
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
                    Cell::rate(r.consume_per_s, lang),
                ]);
                if member {
                    // A long list is cut (the partitions table lists them all).
                    cells.push(Cell::Text(r.partitions.as_ref().map(|list| match list.len() {
                        0 => texts.t("ui-none"),
                        1..=8 => list.join(", "),
                        n => {
                            let more = msg!("ui-list-more", list = Arg::list(&list[..6]), more = n - 6);
                            texts.render(&more)
                        }
                    })));
                }
                Row { cells, highlight }
            })
            .collect()
    };
    let host_columns = vec![
        (texts.t("ui-col-host"), false),
        (texts.t("ui-col-partitions"), true),
        (texts.t("ui-col-lag"), true),
        (texts.t("ui-col-share"), true),
        (texts.t("ui-col-consumed"), true),
    ];
    let member_columns = vec![
        (texts.t("ui-col-member"), false),
        (texts.t("ui-col-host"), false),
        (texts.t("ui-col-partitions"), true),
        (texts.t("ui-col-lag"), true),
        (texts.t("ui-col-share"), true),
        (texts.t("ui-col-consumed"), true),
        (texts.t("ui-col-assignment"), false),
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
                    <div class="verdict-fact"><dt>{texts.t("ui-fact-verdict")}</dt>
                        <dd class={classes!("verdict", status_class)} data-status={format!("{:?}", group.verdict.status)}>{word}</dd></div>
                    <div><dt>{texts.t("ui-fact-state")}</dt><dd class="group-state">{group.state.clone().map_or_else(unknown, |s| html! { {s} })}</dd></div>
                    <div><dt>{texts.t("ui-fact-members")}</dt><dd class="member-count">{group.n_members.map_or_else(unknown, |n| html! { {n} })}</dd></div>
                    <div><dt>{texts.t("ui-fact-total-lag")}</dt><dd class="total-lag" data-value={group.total_lag.map(|l| l.to_string()).unwrap_or_default()}>
                        {group.total_lag.map_or_else(unknown, |l| html! { {format::count(l)} })}</dd></div>
                    <div><dt>{"Burrow"}</dt><dd class="burrow-status">
                        {group.burrow_status.clone().map_or_else(|| html! { <span class="unknown" title={texts.t("ui-burrow-needs-times")}>{texts.t("unknown")}</span> }, |s| html! { {s} })}</dd></div>
                    <div><dt>{texts.t("ui-fact-behind")}</dt><dd class="time-lag">
                        {group.max_time_lag_s.map_or_else(unknown, |s| {
                            let duration = crate::i18n::Arg::seconds(s);
                            let behind = if group.time_lag_is_lower_bound {
                                lagscope_core::msg!("time-lag-at-least", duration = duration)
                            } else {
                                lagscope_core::msg!("time-lag-exact", duration = duration)
                            };
                            html! { {texts.render(&behind)} }
                        })}</dd></div>
                    <div><dt>{texts.t("ui-fact-trend")}</dt><dd class="trend">{trend.map_or_else(unknown, |t| html! { {t} })}</dd></div>
                    if let Some(drain) = drain_text(group.drain, &texts) {
                        <div><dt>{texts.t("ui-fact-drains-in")}</dt><dd class="drain">{drain}</dd></div>
                    }
                    if group.n_unknown_lag > 0 {
                        <div><dt>{texts.t("ui-fact-unknown-lag")}</dt><dd class="unknown-count">{group.n_unknown_lag}</dd></div>
                    }
                </dl>
            </header>
            <p class="verdict-reason">{reason_text(&group.verdict.reason, &texts)}</p>
            if group.hosts.is_empty() && group.members.is_empty() {
                <p class="note rollups-none">{texts.t("ui-rollups-none")}</p>
            } else {
                <div class="rollups">
                    <DataTable id={format!("hosts-{name}")} caption={texts.t("ui-per-host")} columns={host_columns}
                        rows={rollup_rows(&group.hosts, false)} />
                    <DataTable id={format!("members-{name}")} caption={texts.t("ui-per-member")} columns={member_columns}
                        rows={rollup_rows(&group.members, true)} />
                </div>
            }
        </article>
    }
}
