//! The Analyze view: input and diagnostics on one side; on the other, sharing, findings, each
//! group's overview, charts, snapshot table and the offset-reset planner, each host × hour
//! table's hosts, and the groups' timeline from logs. What is shown follows the workbench's analysis, whatever the input kind: a dump,
//! timed dumps, a lag CSV, metrics exports or a host table.

use yew::prelude::*;

use crate::components::charts::{Chart, ChartKind};
use crate::components::diagnostics::DiagnosticsPanel;
use crate::components::findings::FindingsPanel;
use crate::components::group_view::GroupView;
use crate::components::host_table::HostTableCard;
use crate::components::input_panel::InputPanel;
use crate::components::log_timeline::LogTimelinePanel;
use crate::components::overview::GroupOverviewCard;
use crate::components::reset::{ResetDialog, ResetOpener};
use crate::components::share::ShareBar;
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub(crate) struct AnalyzeProps {
    pub(crate) state: UseReducerHandle<AppState>,
}

#[function_component(AnalyzeView)]
pub(crate) fn analyze_view(props: &AnalyzeProps) -> Html {
    let state = &props.state;
    let texts = crate::i18n::use_texts();
    let textarea = use_node_ref();
    let workbench = &state.workbench;
    let snapshot_groups = workbench.snapshot.as_ref().map(|s| s.groups.as_slice()).unwrap_or_default();
    let has_results = !state.overview.is_empty()
        || !workbench.host_counts.is_empty()
        || !workbench.findings.is_empty()
        || !workbench.logs.is_empty();
    let chart = |kind: ChartKind, overview: &lagscope_core::overview::GroupOverview| {
        html! {
            <Chart {kind} workbench={workbench.clone()} group={overview.group.clone()} overview={overview.clone()}
                selection={state.selection.clone()} theme={state.theme} />
        }
    };
    html! {
        <main class="layout" id="analyze">
            <div class="side">
                <InputPanel state={state.clone()} textarea={textarea.clone()} />
                <DiagnosticsPanel state={state.clone()} textarea={textarea} />
            </div>
            <section class="results" aria-live="polite">
                if has_results {
                    <ShareBar state={state.clone()} />
                    <FindingsPanel state={state.clone()} />
                } else {
                    <p class="empty">{texts.t("ui-nothing-yet")}</p>
                }
                if !workbench.host_counts.is_empty() {
                    <HostTableCard state={state.clone()} />
                }
                <LogTimelinePanel workbench={workbench.clone()} />
                { for state.overview.iter().enumerate().map(|(index, overview)| {
                    let snapshot_group = overview.snapshot_index.and_then(|i| snapshot_groups.get(i)).cloned();
                    html! {
                        <div class="group-block" key={index}>
                            <GroupOverviewCard group={overview.clone()} selection={state.selection.clone()} />
                            <section class="panel charts">
                                if workbench.has_series() {
                                    { chart(ChartKind::LagOverTime, overview) }
                                    { chart(ChartKind::MembersOverTime, overview) }
                                    { chart(ChartKind::ConsumedPerHost, overview) }
                                    { chart(ChartKind::Heatmap, overview) }
                                } else {
                                    <p class="note">{texts.t("ui-one-snapshot-charts")}</p>
                                }
                                { chart(ChartKind::Assignment, overview) }
                            </section>
                            if let (Some(group), Some(group_index)) = (snapshot_group, overview.snapshot_index) {
                                <GroupView group={group} selection={state.selection.clone()} />
                                <ResetOpener state={state.clone()} {group_index} />
                            }
                        </div>
                    }
                }) }
            </section>
            <ResetDialog state={state.clone()} />
        </main>
    }
}
