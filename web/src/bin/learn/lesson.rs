//! One lesson: its text, its run replayed (with the lesson's original run beside the learner's
//! once a setting changed), its levers, its widget, and its try-it task with a hint and the
//! answer on request. The core runs, finds the callouts' moments and checks the task.

use std::rc::Rc;

use lagscope_core::learn::checks::{Attempt, Verdict};
use lagscope_core::learn::{LESSONS, Lesson, Tool};
use lagscope_core::msg;
use lagscope_core::sim::levers::Lever;
use lagscope_core::sim::{Outcome, Scenario, export};
use lagscope_web::i18n::{Message, Texts};
use lagscope_web::lazy::levers::LeverControls;
use lagscope_web::lazy::replay::{Act, Callout, Replay};
use yew::prelude::*;

use crate::tools::{ToolState, ToolView};

#[derive(Properties)]
pub(crate) struct Props {
    pub(crate) lesson: &'static Lesson,
    pub(crate) texts: Texts,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.lesson.id == other.lesson.id && self.texts == other.texts
    }
}

/// A run of the lesson's scenario as the learner set it.
#[derive(Clone, PartialEq)]
enum Run {
    Running,
    Done(Rc<Scenario>, Rc<Outcome>),
    Failed(Message),
}

/// The scenario with the learner's settings and actions, and its run, taken in slices between the
/// page's frames (`lagscope_web::lazy::simulation`); `None` when `still_wanted` said no between
/// slices (a newer change, another lesson).
async fn run(
    lesson: &Lesson,
    settings: &[(Lever, String)],
    acts: &[Act],
    still_wanted: impl Fn() -> bool,
) -> Option<Run> {
    let pairs: Vec<(&str, &str)> =
        settings.iter().map(|(lever, value)| (lever.id(), value.as_str())).collect();
    let mut scenario = match lesson.scenario_with(&pairs) {
        Ok(scenario) => scenario,
        Err(message) => return Some(Run::Failed(message)),
    };
    for (action, at_s, host) in acts {
        match action.apply(&scenario, *at_s, host) {
            Ok(edited) => scenario = edited,
            Err(error) => return Some(Run::Failed(error.message)),
        }
    }
    let result =
        lagscope_web::lazy::simulation::simulate_yielding(&scenario, lesson.seed, |_| {}, still_wanted)
            .await?;
    Some(match result {
        Ok(outcome) => Run::Done(Rc::new(scenario), Rc::new(outcome)),
        Err(error) => Run::Failed(error.message),
    })
}

/// What the learner changed: settings (the last value of each lever) and actions, in order.
#[derive(Debug, Clone, Default, PartialEq)]
struct Changes {
    settings: Vec<(Lever, String)>,
    acts: Vec<Act>,
}

enum Change {
    Set(Lever, String),
    Act(Act),
    Undo,
}

impl Reducible for Changes {
    type Action = Change;

    fn reduce(self: Rc<Self>, action: Change) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Change::Set(lever, value) => {
                next.settings.retain(|(existing, _)| *existing != lever);
                next.settings.push((lever, value));
            }
            Change::Act(act) => next.acts.push(act),
            Change::Undo => next = Self::default(),
        }
        Rc::new(next)
    }
}

#[function_component(LessonView)]
pub(crate) fn lesson_view(props: &Props) -> Html {
    let texts = &props.texts;
    let lesson = props.lesson;
    let changes = use_reducer(Changes::default);
    let settings = Rc::new(changes.settings.clone());
    let acts = Rc::new(changes.acts.clone());
    let baseline = use_state(|| None::<Run>);
    let yours = use_state(|| None::<Run>);
    let verdict = use_state(|| None::<Verdict>);
    let hint = use_state(|| false);
    let answer = use_state(|| false);
    let tool = use_state(ToolState::new);
    {
        // The lesson's own run, once, after the page has painted its text.
        let baseline = baseline.clone();
        use_effect_with(lesson.id, move |_| {
            // Another lesson (this view's next props) stops this run at its next slice.
            let wanted = Rc::new(std::cell::Cell::new(true));
            if lesson.scenario.is_some() {
                baseline.set(Some(Run::Running));
                let still = wanted.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(done) = run(lesson, &[], &[], move || still.get()).await {
                        baseline.set(Some(done));
                    }
                });
            }
            move || wanted.set(false)
        });
    }
    {
        // The learner's run, again after every change.
        // Only the latest change runs: a change made before the previous run began replaces it.
        let (yours, verdict) = (yours.clone(), verdict.clone());
        let latest = use_mut_ref(|| 0_u64);
        use_effect_with(((*settings).clone(), (*acts).clone()), move |(settings, acts)| {
            verdict.set(None);
            *latest.borrow_mut() += 1;
            if settings.is_empty() && acts.is_empty() {
                yours.set(None);
            } else {
                yours.set(Some(Run::Running));
                let (settings, acts, mine) = (settings.clone(), acts.clone(), *latest.borrow());
                wasm_bindgen_futures::spawn_local(async move {
                    let still_wanted = {
                        let latest = latest.clone();
                        move || *latest.borrow() == mine
                    };
                    if let Some(done) = run(lesson, &settings, &acts, still_wanted).await
                        && *latest.borrow() == mine
                    {
                        yours.set(Some(done));
                    }
                });
            }
        });
    }
    let shown = (*yours).clone().or_else(|| (*baseline).clone());
    // The last finished run stays on screen (its cursor where it was) while the next one runs.
    let last_done = use_mut_ref(|| None::<(Rc<Scenario>, Rc<Outcome>)>);
    if let Some(Run::Done(scenario, outcome)) = &shown {
        *last_done.borrow_mut() = Some((scenario.clone(), outcome.clone()));
    }
    let running = matches!(shown, None | Some(Run::Running)) && lesson.scenario.is_some();
    let last_done = last_done.borrow().clone();
    let on_lever = {
        let changes = changes.dispatcher();
        Callback::from(move |(lever, value): (Lever, String)| changes.dispatch(Change::Set(lever, value)))
    };
    let on_act = {
        let changes = changes.dispatcher();
        Callback::from(move |act: Act| changes.dispatch(Change::Act(act)))
    };
    let undo = {
        let changes = changes.dispatcher();
        Callback::from(move |_: MouseEvent| changes.dispatch(Change::Undo))
    };
    let on_tool = {
        let (tool, verdict) = (tool.clone(), verdict.clone());
        Callback::from(move |next: ToolState| {
            verdict.set(None);
            tool.set(next);
        })
    };
    let check = {
        let (verdict, shown, tool) = (verdict.clone(), shown.clone(), tool.clone());
        Callback::from(move |_: MouseEvent| {
            let ran = match &shown {
                Some(Run::Done(scenario, outcome)) => Some((scenario.clone(), outcome.clone())),
                _ => None,
            };
            let attempt_verdict = match (lesson.tool, &ran) {
                (Some(Tool::PickHost), Some((_, outcome))) => {
                    Some(lesson.check.verdict(Attempt::Pick(outcome, &tool.host)))
                }
                (Some(Tool::Alert), Some((_, outcome))) => {
                    let threshold = tool.threshold.trim().parse::<f64>().unwrap_or(f64::NAN);
                    Some(lesson.check.verdict(Attempt::Alert(outcome, tool.in_seconds, threshold)))
                }
                (Some(Tool::Assignment), _) => {
                    tool.assignment().ok().map(|outcome| lesson.check.verdict(Attempt::Assignment(&outcome)))
                }
                (Some(Tool::Burrow), _) => {
                    tool.burrow().ok().map(|status| lesson.check.verdict(Attempt::Burrow(&status)))
                }
                (_, Some((scenario, outcome))) => Some(lesson.check.verdict(Attempt::Run(scenario, outcome))),
                _ => None,
            };
            verdict.set(attempt_verdict);
        })
    };
    let callouts: Rc<Vec<Callout>> = Rc::new(match &last_done {
        Some((_, outcome)) => lesson
            .callouts()
            .into_iter()
            .filter_map(|(id, moment)| {
                let found = moment.find(outcome)?;
                Some((found.at_ms, lagscope_core::learn::moments::callout_message(id, &found)))
            })
            .collect(),
        _ => Vec::new(),
    });
    let index = LESSONS.iter().position(|other| other.id == lesson.id).unwrap_or(0);
    let (previous, next) = lesson.neighbours();
    let changed = !settings.is_empty() || !acts.is_empty();
    // The levers show what the learner set (at once, before the run that follows).
    let scenario_for_levers = {
        let pairs: Vec<(&str, &str)> =
            settings.iter().map(|(lever, value)| (lever.id(), value.as_str())).collect();
        lesson.scenario_with(&pairs).ok().or_else(|| lesson.scenario().and_then(Result::ok))
    };
    let open_playground = shown.as_ref().and_then(|run| match run {
        Run::Done(scenario, _) => serde_json::to_string_pretty(&**scenario).ok(),
        _ => None,
    });
    html! {
        <article class="lesson" id={format!("lesson-{}", lesson.id)} data-lesson={lesson.id}>
            <section class="panel lesson-text">
                <p class="hint" id="lesson-n">{texts.render(&msg!("learn-lesson-n", n = index + 1, total = LESSONS.len()))}</p>
                <h2 id="lesson-title">{texts.render(&lesson.title())}</h2>
                { for lesson.paragraphs().iter().map(|paragraph| html! { <p>{texts.render(paragraph)}</p> }) }
                if !lesson.terms.is_empty() {
                    <details class="lesson-terms">
                        <summary>{texts.t("learn-terms")}</summary>
                        <dl class="glossary">
                            { for lesson.terms.iter().map(|term| html! {
                                <div><dt>{texts.t(&format!("glossary-{term}"))}</dt><dd>{texts.t(&format!("glossary-{term}-def"))}</dd></div>
                            }) }
                        </dl>
                    </details>
                }
            </section>
            if lesson.scenario.is_some() {
                <section class="panel lesson-run">
                    if let Some(scenario) = scenario_for_levers.filter(|_| !lesson.levers.is_empty()) {
                        <h3>{texts.t("learn-settings")}</h3>
                        <LeverControls levers={lesson.levers.to_vec()} {scenario} on_change={on_lever} texts={texts.clone()} />
                    }
                    { match (&shown, &last_done) {
                        (Some(Run::Failed(message)), _) => html! { <p class="setting-problem" id="lesson-error">{texts.render(message)}</p> },
                        (_, Some((_, outcome))) => {
                            let compare = match (&*baseline, changed) {
                                (Some(Run::Done(_, original)), true) => Some((original.clone(), texts.t("replay-baseline"))),
                                _ => None,
                            };
                            let note = if compare.is_some() { texts.t("replay-compare") } else { String::new() };
                            html! {
                                <>
                                    <Replay outcome={outcome.clone()} label={compare.as_ref().map(|_| texts.t("replay-yours"))} {compare}
                                        callouts={callouts.clone()} time_lag={lesson.tool == Some(Tool::Alert)}
                                        on_act={on_act.clone()} texts={texts.clone()} />
                                    <p class="hint">{note}</p>
                                </>
                            }
                        }
                        _ => html! {},
                    } }
                    if running {
                        <p class="status" id="lesson-running">{texts.t("learn-running")}</p>
                    }
                    <div class="actions">
                        if changed {
                            <button type="button" class="ghost" id="lesson-undo" onclick={undo}>{texts.t("act-undo")}</button>
                        }
                        if let Some(json) = open_playground {
                            <button type="button" class="ghost" id="lesson-playground" onclick={Callback::from(move |_: MouseEvent| lagscope_web::lazy::open_in_playground(&json, lesson.seed))}>
                                {texts.t("learn-open-playground")}
                            </button>
                        }
                        if let Some(Run::Done(_, outcome)) = &shown {
                            { analyze_button(outcome.clone(), texts) }
                        }
                    </div>
                </section>
            }
            if let Some(kind) = lesson.tool {
                <ToolView {kind} state={(*tool).clone()} on_change={on_tool} outcome={match &shown { Some(Run::Done(_, outcome)) => Some(outcome.clone()), _ => None }} texts={texts.clone()} />
            }
            <section class="panel lesson-task" id="lesson-task">
                <h3>{texts.t("learn-try")}</h3>
                <p id="lesson-task-text">{texts.render(&lesson.part("task"))}</p>
                <div class="actions">
                    <button type="button" id="lesson-check" onclick={check}>{texts.t("learn-check")}</button>
                    <button type="button" class="ghost" id="lesson-hint" onclick={{ let hint = hint.clone(); Callback::from(move |_: MouseEvent| hint.set(!*hint)) }}>{texts.t("learn-hint")}</button>
                    <button type="button" class="ghost" id="lesson-answer" onclick={{ let answer = answer.clone(); Callback::from(move |_: MouseEvent| answer.set(!*answer)) }}>{texts.t("learn-show-answer")}</button>
                </div>
                if let Some(verdict) = &*verdict {
                    <p class={classes!("verdict", if verdict.passed { "passed" } else { "not-yet" })} id="lesson-verdict" data-passed={verdict.passed.to_string()} role="status">
                        { texts.render(&if verdict.passed { msg!("learn-passed", why = verdict.message.clone()) } else { msg!("learn-not-yet", why = verdict.message.clone()) }) }
                    </p>
                }
                if *hint { <p class="hint" id="lesson-hint-text">{texts.render(&lesson.part("hint"))}</p> }
                if *answer { <p class="answer" id="lesson-answer-text">{texts.render(&lesson.part("answer"))}</p> }
            </section>
            if !lesson.rules.is_empty() {
                <section class="panel lesson-rules">
                    <h3>{texts.t("learn-related")}</h3>
                    { for lesson.rules.iter().filter_map(|id| lagscope_core::findings::catalogue().into_iter().find(|docs| docs.id == *id)).map(|docs| html! {
                        <details class="rule-doc" data-rule={docs.id}>
                            <summary class="mono">{docs.id}</summary>
                            <p>{texts.render(&docs.what())}</p>
                            <p>{texts.render(&docs.why())}</p>
                        </details>
                    }) }
                </section>
            }
            <nav class="lesson-nav">
                if let Some(previous) = previous {
                    <a href={format!("#learn/{}", previous.id)} id="lesson-previous">{texts.t("learn-previous")}{" "}{texts.render(&previous.title())}</a>
                }
                if let Some(next) = next {
                    <a href={format!("#learn/{}", next.id)} id="lesson-next">{texts.render(&next.title())}{" "}{texts.t("learn-next")}</a>
                }
            </nav>
        </article>
    }
}

/// Hands a run's dumps to Analyze, where the findings read it as they would a real incident.
fn analyze_button(outcome: Rc<Outcome>, texts: &Texts) -> Html {
    let onclick = Callback::from(move |_: MouseEvent| {
        lagscope_web::lazy::send_to_page("lagscope-analyze", &export::timed_dumps(&outcome));
    });
    html! { <button type="button" class="ghost" id="lesson-analyze" {onclick}>{texts.t("learn-open-analyze")}</button> }
}
