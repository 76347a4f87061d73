//! Assignment (what-if), in the lazily loaded module (the assignors are not needed for a first
//! paste): run any of Kafka's assignors on a loaded group; add, remove or slow a member; see what
//! moves, the lag each member would inherit, and what each rebalance protocol costs. The answer is
//! `lagscope_core::assign::whatif::what_if`'s. The question lives in the page's document: every edit
//! goes back to the page as a `lagscope-whatif` event, and the page mounts this view again with it.

use std::rc::Rc;

use lagscope_core::assign::AssignorKind;
use lagscope_core::assign::diff::{Presence, Protocol, RebalanceTiming};
use lagscope_core::assign::whatif::{Change, WhatIf, what_if};
use lagscope_core::l10n::Arg;
use lagscope_core::model::GroupSnapshot;
use lagscope_core::msg;
use lagscope_web::format::{count as format_count, duration};
use lagscope_web::i18n::Texts;
use lagscope_web::{WHAT_IF_EVENT, WhatIfForm};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What the page gives: the texts of its language, the newest snapshot's groups, and the question.
#[derive(Debug, Properties, PartialEq)]
pub(crate) struct Props {
    pub(crate) texts: Texts,
    pub(crate) groups: Rc<Vec<GroupSnapshot>>,
    pub(crate) form: WhatIfForm,
}

/// Hands an edited question back to the page, which keeps it and mounts this view again.
fn hand_back(form: &WhatIfForm) {
    if let Ok(json) = serde_json::to_string(form) {
        crate::send_to_page(WHAT_IF_EVENT, &json);
    }
}

#[function_component(WhatIfView)]
pub(crate) fn what_if_view(props: &Props) -> Html {
    let texts = &props.texts;
    let form = props.form.clone();
    let group_index = form.group;
    let assignor = form.assignor;
    let changes = form.changes.clone();
    let new_member = use_state(|| "new-member-1".to_owned());
    let target = use_state(String::new);
    let factor = use_state(|| "0.5".to_owned());
    let groups = props.groups.as_slice();
    let Some(group) = groups.get(group_index).or_else(|| groups.first()) else {
        return html! {
            <section class="panel">
                <h2>{texts.t("ui-whatif-title")}</h2>
                <p class="empty">{texts.t("ui-whatif-empty")}</p>
            </section>
        };
    };
    // The members as the what-if sees them (the core reads them from the dump).
    let members: Vec<String> = lagscope_core::assign::whatif::request_from_group(group, assignor)
        .0
        .members
        .into_iter()
        .map(|member| member.member_id)
        .collect();
    let question = WhatIf { assignor, changes: changes.clone(), timing: RebalanceTiming::default() };
    let answer = what_if(group, &question);

    let on_group = {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let group = select.value().parse().unwrap_or(0);
            hand_back(&(WhatIfForm { group, changes: Vec::new(), ..form.clone() }));
        })
    };
    let on_assignor = {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(kind) = AssignorKind::ALL.iter().find(|k| k.name() == select.value()) {
                hand_back(&(WhatIfForm { assignor: *kind, ..form.clone() }));
            }
        })
    };
    let text = |handle: UseStateHandle<String>| {
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            handle.set(input.value());
        })
    };
    let on_target = {
        let target = target.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            target.set(select.value());
        })
    };
    let push = |make: Box<dyn Fn() -> Option<Change>>| {
        let form = form.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(change) = make() {
                let mut next = form.clone();
                next.changes.push(change);
                hand_back(&(next));
            }
        })
    };
    let chosen =
        if target.is_empty() { members.first().cloned().unwrap_or_default() } else { (*target).clone() };
    let on_add = push({
        let name = (*new_member).clone();
        Box::new(move || (!name.trim().is_empty()).then(|| Change::Add { member_id: name.trim().to_owned() }))
    });
    let on_remove = push({
        let chosen = chosen.clone();
        Box::new(move || (!chosen.is_empty()).then(|| Change::Remove { member_id: chosen.clone() }))
    });
    let on_slow = push({
        let chosen = chosen.clone();
        let factor: Option<f64> = factor.trim().parse().ok();
        Box::new(move || factor.map(|factor| Change::Slow { member_id: chosen.clone(), factor }))
    });
    let on_reset = {
        let form = form.clone();
        Callback::from(move |_: MouseEvent| {
            hand_back(&(WhatIfForm { changes: Vec::new(), ..form.clone() }));
        })
    };
    let unknown = || html! { <span class="unknown">{texts.t("unknown")}</span> };
    let presence = |presence: Presence| match presence {
        Presence::Stayed => texts.t("whatif-ui-presence-stayed"),
        Presence::Joined => texts.t("whatif-ui-presence-joined"),
        Presence::Left => texts.t("whatif-ui-presence-left"),
    };
    let protocol = |protocol: Protocol| match protocol {
        Protocol::Eager => texts.t("whatif-ui-protocol-eager"),
        Protocol::Cooperative => texts.t("whatif-ui-protocol-cooperative"),
        Protocol::Static => texts.t("whatif-ui-protocol-static"),
        Protocol::Consumer => texts.t("whatif-ui-protocol-consumer"),
    };

    html! {
        <>
            <section class="panel">
                <h2>{texts.t("whatif-ui-heading")}</h2>
                <div class="reset-form">
                    <label>{texts.t("whatif-ui-group")}
                        <select id="whatif-group" onchange={on_group}>
                            { for groups.iter().enumerate().map(|(i, g)| html! {
                                <option value={i.to_string()} selected={i == group_index}>{g.group.clone().unwrap_or_else(|| texts.t("whatif-ui-unnamed-group"))}</option>
                            }) }
                        </select>
                    </label>
                    <label>{texts.t("whatif-ui-assignor")}
                        <select id="whatif-assignor" onchange={on_assignor}>
                            { for AssignorKind::ALL.iter().map(|k| html! { <option value={k.name()} selected={*k == assignor}>{k.name()}</option> }) }
                        </select>
                    </label>
                </div>
                <div class="reset-form">
                    <label>{texts.t("whatif-ui-new-member")}
                        <input id="whatif-new-member" type="text" value={(*new_member).clone()} oninput={text(new_member.clone())} />
                    </label>
                    <button id="whatif-add" onclick={on_add}>{texts.t("whatif-ui-add")}</button>
                </div>
                <div class="reset-form">
                    <label>{texts.t("whatif-ui-member")}
                        <select id="whatif-member" onchange={on_target}>
                            { for members.iter().map(|m| html! { <option value={m.clone()} selected={*m == chosen}>{m}</option> }) }
                        </select>
                    </label>
                    <button id="whatif-remove" onclick={on_remove}>{texts.t("whatif-ui-remove")}</button>
                    <label>{texts.t("whatif-ui-speed")}
                        <input id="whatif-factor" type="text" inputmode="decimal" value={(*factor).clone()} oninput={text(factor.clone())} />
                    </label>
                    <button id="whatif-slow" onclick={on_slow}>{texts.t("whatif-ui-slow")}</button>
                    <button class="ghost" id="whatif-reset" onclick={on_reset}>{texts.t("whatif-ui-start-over")}</button>
                </div>
                if !changes.is_empty() {
                    <ol class="changes" id="whatif-changes">
                        { for changes.iter().map(|change| html! { <li>{ match change {
                            Change::Add { member_id } => format!("+ {member_id}"),
                            Change::Remove { member_id } => format!("− {member_id}"),
                            Change::Slow { member_id, factor } => format!("{member_id} × {factor}"),
                        } }</li> }) }
                    </ol>
                }
            </section>
            { match answer {
                Err(error) => html! { <section class="panel"><p class="setting-problem" role="alert" id="whatif-error">{texts.render(&error.message())}</p></section> },
                Ok(answer) => html! {
                    <>
                        <section class="panel" id="whatif-result">
                            <h2>{texts.render(&msg!(
                                "whatif-ui-result-title",
                                assignor = answer.request.assignor.name(),
                                moved = answer.diff.n_moved_between_members,
                                kept = answer.diff.n_kept
                            ))}</h2>
                            <div class="table-scroll">
                                <table id="whatif-members">
                                    <thead><tr>
                                        <th>{texts.t("whatif-ui-member")}</th><th>{texts.t("whatif-ui-status")}</th>
                                        <th class="num">{texts.t("whatif-ui-keeps")}</th><th class="num">{texts.t("whatif-ui-loses")}</th>
                                        <th class="num">{texts.t("whatif-ui-gains")}</th><th class="num">{texts.t("whatif-ui-inherits-lag")}</th>
                                        <th class="num">{texts.t("whatif-ui-lag-after")}</th>
                                    </tr></thead>
                                    <tbody>
                                        { for answer.diff.members.iter().map(|m| html! {
                                            <tr data-member={m.member_id.clone()}>
                                                <td class="member-id">{&m.member_id}</td><td>{presence(m.presence)}</td>
                                                <td class="num">{m.kept.len()}</td><td class="num">{m.revoked.len()}</td><td class="num">{m.added.len()}</td>
                                                <td class="num">{m.inherited_lag.map_or_else(unknown, |l| html! { {format_count(l)} })}</td>
                                                <td class="num">{m.lag_after.map_or_else(unknown, |l| html! { {format_count(l)} })}</td>
                                            </tr>
                                        }) }
                                    </tbody>
                                </table>
                            </div>
                            if !answer.outcome.withheld.is_empty() {
                                <p class="note" id="whatif-withheld">{texts.render(&msg!(
                                    "whatif-ui-withheld",
                                    partitions = Arg::list(&answer.outcome.withheld)
                                ))}</p>
                            }
                            if let Some(bottleneck) = &answer.bottleneck {
                                <p class="note" id="whatif-bottleneck">{texts.render(&msg!("whatif-ui-bottleneck", member = bottleneck))}</p>
                            }
                        </section>
                        <section class="panel" id="whatif-costs">
                            <h2>{texts.t("whatif-ui-costs-title")}</h2>
                            <div class="table-scroll">
                                <table>
                                    <thead><tr><th>{texts.t("whatif-ui-protocol")}</th><th class="num">{texts.t("whatif-ui-rebalances")}</th>
                                        <th class="num">{texts.t("whatif-ui-paused-partitions")}</th><th class="num">{texts.t("whatif-ui-longest-pause")}</th>
                                        <th>{texts.t("whatif-ui-how")}</th></tr></thead>
                                    <tbody>
                                        { for answer.costs.iter().map(|c| html! {
                                            <tr><td>{protocol(c.protocol)}
                                                    if c.stop_the_world { <span title={texts.t("whatif-ui-stop-the-world")}>{" ⏸"}</span> }</td>
                                                <td class="num">{c.n_rebalances}</td><td class="num">{c.n_partitions_paused}</td>
                                                <td class="num">{duration(c.max_unowned_ms as f64 / 1000.0, texts.lang())}</td><td>{texts.render(&c.explanation)}</td></tr>
                                        }) }
                                    </tbody>
                                </table>
                            </div>
                            <ul class="assumptions">{ for answer.assumptions.iter().map(|a| html! { <li>{texts.render(&msg!("whatif-ui-assumed", assumption = a.clone()))}</li> }) }</ul>
                        </section>
                    </>
                },
            } }
        </>
    }
}
