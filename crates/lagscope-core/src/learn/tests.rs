//! Every lesson's task, tried natively: the lesson as it opens does not pass, its answer does, its
//! tempting wrong answer does not; every callout fires in one of those runs; every text exists in
//! both catalogues. The browser tests try the same answers through the page.

use super::checks::{Attempt, Verdict};
use super::*;
use crate::assign::{AssignorKind, assign};
use crate::burrow::{EvaluatorConfig, evaluate_partition};
use crate::l10n::{Lang, Localizer};
use crate::sim::{Outcome, simulate};

fn value<'a>(settings: &[(&str, &'a str)], key: &str) -> Option<&'a str> {
    settings.iter().find(|(id, _)| *id == key).map(|(_, value)| *value)
}

/// The run with these settings, if the lesson has one.
fn run(lesson: &Lesson, settings: &[(&str, &str)]) -> Option<(Scenario, Outcome)> {
    lesson.scenario?;
    let levers: Vec<(&str, &str)> =
        settings.iter().copied().filter(|(id, _)| Lever::from_id(id).is_some()).collect();
    let scenario = lesson.scenario_with(&levers).unwrap_or_else(|error| panic!("{}: {error:?}", lesson.id));
    let outcome = simulate(&scenario, lesson.seed).unwrap();
    Some((scenario, outcome))
}

/// The tool's state for these settings, as the page builds it, and the check's verdict.
fn attempt(lesson: &Lesson, settings: &[(&str, &str)]) -> (Verdict, Option<Outcome>) {
    let ran = run(lesson, settings);
    let verdict = match lesson.tool {
        Some(Tool::PickHost) => {
            let (_, outcome) = ran.as_ref().unwrap();
            lesson.check.verdict(Attempt::Pick(outcome, value(settings, "host").unwrap_or("")))
        }
        Some(Tool::Alert) => {
            let (_, outcome) = ran.as_ref().unwrap();
            let threshold =
                value(settings, "threshold").and_then(|v| v.parse().ok()).unwrap_or(f64::INFINITY);
            lesson.check.verdict(Attempt::Alert(
                outcome,
                value(settings, "unit") == Some("seconds"),
                threshold,
            ))
        }
        Some(Tool::Assignment) => {
            let kind = AssignorKind::ALL
                .into_iter()
                .find(|kind| Some(kind.name()) == value(settings, "assignor"))
                .unwrap_or(AssignorKind::Range);
            let request = assignment_request(
                value(settings, "topics").unwrap_or("orders:6"),
                value(settings, "members").unwrap_or("2"),
                kind,
            )
            .unwrap();
            lesson.check.verdict(Attempt::Assignment(&assign(&request).unwrap()))
        }
        Some(Tool::Burrow) => {
            let shape = windows::shape(value(settings, "window").unwrap_or("steady")).unwrap();
            let (window, now) = windows::window(&shape).unwrap();
            lesson.check.verdict(Attempt::Burrow(&evaluate_partition(
                &window,
                &EvaluatorConfig::default(),
                now,
            )))
        }
        Some(Tool::Keys) | None => {
            let (scenario, outcome) = ran.as_ref().unwrap();
            lesson.check.verdict(Attempt::Run(scenario, outcome))
        }
    };
    (verdict, ran.map(|(_, outcome)| outcome))
}

#[test]
fn every_lesson_fails_as_it_opens_and_passes_with_its_answer_only() {
    let english = Localizer::bundled(Lang::En);
    let mut all_failures: Vec<String> = Vec::new();
    for lesson in LESSONS {
        let opening: &[(&str, &str)] = match lesson.tool {
            Some(Tool::PickHost) => &[("host", "")],
            Some(Tool::Alert) => &[("unit", "records"), ("threshold", "1000000")],
            Some(Tool::Assignment) => {
                &[("assignor", "range"), ("topics", "orders:3 payments:3"), ("members", "2")]
            }
            Some(Tool::Burrow) => &[("window", "steady")],
            _ => &[],
        };
        let (opened, opened_run) = attempt(lesson, opening);
        let (answered, answered_run) = attempt(lesson, lesson.answer);
        let (wrong, wrong_run) = attempt(lesson, lesson.wrong);

        let mut failures = Vec::new();
        if opened.passed {
            failures.push(format!("{}: passes as it opens ({})", lesson.id, english.render(&opened.message)));
        }
        if !answered.passed {
            failures.push(format!(
                "{}: the answer does not pass ({})",
                lesson.id,
                english.render(&answered.message)
            ));
        }
        if wrong.passed {
            failures.push(format!(
                "{}: the wrong answer passes ({})",
                lesson.id,
                english.render(&wrong.message)
            ));
        }
        let runs: Vec<&Outcome> = [&opened_run, &answered_run, &wrong_run].into_iter().flatten().collect();
        for (id, moment) in lesson.callouts() {
            let found = runs.iter().find_map(|outcome| moment.find(outcome));
            if found.is_none() {
                failures.push(format!("{id} never fires"));
            }
        }
        all_failures.extend(failures);
    }
    assert!(all_failures.is_empty(), "{all_failures:#?}");
}

#[test]
fn every_lesson_text_exists_in_both_languages() {
    for lang in [Lang::En, Lang::Ko] {
        let localizer = Localizer::bundled(lang);
        let mut ids: Vec<String> = Vec::new();
        for lesson in LESSONS {
            for part in ["title", "summary", "task", "hint", "answer"] {
                ids.push(lesson.part(part).id.into_owned());
            }
            ids.extend(lesson.paragraphs().into_iter().map(|message| message.id.into_owned()));
            ids.extend(lesson.callouts().into_iter().map(|(id, _)| id));
            for term in lesson.terms {
                assert!(glossary::TERMS.contains(term), "{}: {term} is not in the glossary", lesson.id);
            }
            for rule in lesson.rules {
                assert!(
                    crate::findings::catalogue().iter().any(|docs| docs.id == *rule),
                    "{}: no rule {rule}",
                    lesson.id
                );
            }
        }
        for term in glossary::TERMS {
            ids.push(format!("glossary-{term}"));
            ids.push(format!("glossary-{term}-def"));
        }
        for shape in windows::SHAPES {
            ids.push(format!("learn-shape-{shape}"));
        }
        let missing: Vec<&String> = ids.iter().filter(|id| !localizer.has(id)).collect();
        assert!(missing.is_empty(), "{lang:?}: {missing:?}");
    }
}

#[test]
fn a_topic_list_that_is_not_name_colon_count_is_named() {
    use crate::assign::AssignorKind;
    assert_eq!(
        assignment_request("orders:3 payments", "2", AssignorKind::Range).unwrap_err().id,
        "learn-error-topic"
    );
    assert_eq!(assignment_request("orders:0", "2", AssignorKind::Range).unwrap_err().id, "learn-error-topic");
    assert_eq!(
        assignment_request("orders:3", "0", AssignorKind::Range).unwrap_err().id,
        "learn-error-members"
    );
    let request = assignment_request("orders:3, payments:3", " 2 ", AssignorKind::Range).unwrap();
    assert_eq!(request.members.len(), 2);
}

/// An alert threshold that is not a number (empty, `1e400`, negative) is said, never compared.
#[test]
fn an_alert_threshold_that_is_no_number_is_said() {
    let lesson = lesson("watching-lag").unwrap();
    let (_, outcome) = run(lesson, &[]).unwrap();
    for threshold in [f64::NAN, f64::INFINITY, -1.0] {
        let verdict = lesson.check.verdict(Attempt::Alert(&outcome, true, threshold));
        assert!(!verdict.passed);
        assert_eq!(verdict.message.id, "check-alert-threshold", "{threshold}");
    }
}
