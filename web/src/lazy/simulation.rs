//! A simulation run from the page without stopping it: the core's [`Run`] takes slices of events,
//! and between slices the page draws (the progress bar moves, the cancel button answers). A long
//! scenario (a host capped at a trickle, a day of records) never freezes the tab; the simulator's
//! own bound on events ends a run that would never finish.

use lagscope_core::sim::{Outcome, Run, Scenario, ScenarioError, Step, group_views};

/// Events handled between two looks at the clock (small: an event's cost grows with the group, and
/// a slice must never hold the page for long).
const EVENTS_PER_SLICE: u64 = 1_000;
/// Milliseconds of simulation between two frames the page gets to draw.
const MILLISECONDS_PER_FRAME: f64 = 25.0;

/// Runs `scenario` with `seed`, yielding to the page about every 25 ms: `on_progress` hears how far
/// it is (0 to 1); `None` when `still_wanted` said no (a cancel, or a newer run) between slices.
pub async fn simulate_yielding(
    scenario: &Scenario,
    seed: u64,
    on_progress: impl Fn(f64),
    still_wanted: impl Fn() -> bool,
) -> Option<Result<Outcome, ScenarioError>> {
    let groups = match group_views(scenario) {
        Ok(groups) => groups,
        Err(error) => return Some(Err(error)),
    };
    let mut run = Run::new(&groups, seed);
    let mut frame_started = js_sys::Date::now();
    loop {
        match run.advance(EVENTS_PER_SLICE) {
            Step::Finished(result) => return Some(*result),
            Step::Running(done) => {
                if js_sys::Date::now() - frame_started >= MILLISECONDS_PER_FRAME {
                    on_progress(done);
                    gloo::timers::future::TimeoutFuture::new(0).await;
                    if !still_wanted() {
                        return None;
                    }
                    frame_started = js_sys::Date::now();
                }
            }
        }
    }
}
