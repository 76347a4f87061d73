//! The Analyze view: input and diagnostics on one side; on the other, sharing, findings, each
//! group's overview, charts, snapshot table and the offset-reset planner.

use yew::prelude::*;

use crate::components::charts::{Chart, ChartKind};
use crate::components::diagnostics::DiagnosticsPanel;
use crate::components::findings::FindingsPanel;
use crate::components::group_view::GroupView;
use crate::components::input_panel::InputPanel;
use crate::components::overview::GroupOverviewCard;
use crate::components::reset::ResetPlanner;
use crate::components::share::ShareBar;
use crate::i18n::{Text, bi, tr};
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub(crate) struct AnalyzeProps {
    pub(crate) state: UseReducerHandle<AppState>,
}

#[function_component(AnalyzeView)]
pub(crate) fn analyze_view(props: &AnalyzeProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let textarea = use_node_ref();
    let groups = state.workbench.snapshot.as_ref().map(|s| s.groups.clone()).unwrap_or_default();
    let has_series = state.workbench.has_series();
    html! {
        <main class="layout" id="analyze">
            <div class="side">
                <InputPanel state={state.clone()} textarea={textarea.clone()} />
                <DiagnosticsPanel state={state.clone()} textarea={textarea} />
            </div>
            <section class="results" aria-live="polite">
                if groups.is_empty() {
                    <p class="empty">{tr(lang, Text::NothingYet)}</p>
                } else {
                    <ShareBar state={state.clone()} />
                    <FindingsPanel state={state.clone()} />
                }
                { for state.overview.iter().enumerate().map(|(index, overview)| {
                    let group = groups.get(index).cloned();
                    html! {
                        <div class="group-block" key={index}>
                            <GroupOverviewCard group={overview.clone()} selection={state.selection.clone()} {lang} />
                            <section class="panel charts">
                                if has_series {
                                    <Chart kind={ChartKind::LagOverTime} workbench={state.workbench.clone()} group={overview.group.clone()}
                                        selection={state.selection.clone()} theme={state.theme} {lang} />
                                    <Chart kind={ChartKind::MembersOverTime} workbench={state.workbench.clone()} group={overview.group.clone()}
                                        selection={state.selection.clone()} theme={state.theme} {lang} />
                                    <Chart kind={ChartKind::ConsumedPerHost} workbench={state.workbench.clone()} group={overview.group.clone()}
                                        selection={state.selection.clone()} theme={state.theme} {lang} />
                                    <Chart kind={ChartKind::Heatmap} workbench={state.workbench.clone()} group={overview.group.clone()}
                                        selection={state.selection.clone()} theme={state.theme} {lang} />
                                } else {
                                    <p class="note">{bi(lang,
                                        "One snapshot: rates, trends and Burrow's verdict need dumps at several times (date lines between them).",
                                        "스냅샷 하나뿐입니다. 속도, 추세, Burrow 판정에는 여러 시점의 덤프가 필요합니다(덤프 사이에 date 줄).")}</p>
                                }
                                <Chart kind={ChartKind::Assignment} workbench={state.workbench.clone()} group={overview.group.clone()}
                                    selection={state.selection.clone()} theme={state.theme} {lang} />
                            </section>
                            if let Some(group) = group {
                                <GroupView group={group} {lang} selection={state.selection.clone()} />
                            }
                            <ResetPlanner state={state.clone()} group_index={index} />
                        </div>
                    }
                }) }
            </section>
        </main>
    }
}
