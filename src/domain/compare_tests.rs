use super::*;
use crate::domain::{load, shared};

fn q(s: &str, i: usize) -> QuestionRef {
    QuestionRef {
        symptom: s.into(),
        index: i,
    }
}

fn ap(id: &str) -> Target {
    Target::AntiPattern(id.into())
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn assert_move(m: &CauseMove, id: &str, old: Option<(usize, f64)>, new: Option<(usize, f64)>) {
    assert_eq!(m.target, ap(id), "{m:?}");
    for (got, want) in [(m.old, old), (m.new, new)] {
        match (got, want) {
            (Some(g), Some((rank, score))) => {
                assert_eq!(g.rank, rank, "{id}: {m:?}");
                assert!((g.score - score).abs() < 1e-9, "{id}: {m:?}");
            }
            (None, None) => {}
            _ => panic!("{id}: {m:?}"),
        }
    }
}

/// Sprint 1 marks symptom 11 and adds the runbook action.
fn sprint1(g: &Graph) -> Session {
    let mut s = Session::new("sprint1", g, 100);
    s.findings.toggle_mark("merge-freeze");
    let item =
        ActionItem::parse_line("Script the deploy runbook @sam due:2026-12-15", None, 101).unwrap();
    s.add_action(item);
    s
}

#[test]
fn a_session_from_another_carries_marks_answers_and_open_actions_only() {
    let g = load::embedded().unwrap();
    let mut old = sprint1(&g);
    shared::set_answer(
        &g,
        &mut old.findings,
        q("merge-freeze", 0),
        Some(Answer::No),
    );
    old.add_note(crate::domain::NoteTarget::General, "retro 1".into(), 102);
    old.attendees = vec!["Sam".into()];
    let mut done = ActionItem::parse_line("Already done", None, 103).unwrap();
    done.done = true;
    old.add_action(done);
    let new = Session::following(&old, "sprint2", &g, 200);
    assert_eq!(new.name, "sprint2");
    assert_eq!(new.follows.as_deref(), Some("sprint1"));
    assert_eq!(new.findings.marked, ["merge-freeze"]);
    assert_eq!(new.findings.answer(&q("merge-freeze", 0)), Some(Answer::No));
    // The shared copy comes along, still saying where it was given.
    assert_eq!(
        new.findings.given_on(&q("release-manager-bottleneck", 1)),
        &q("merge-freeze", 0)
    );
    assert!(new.findings.is_carried(&q("merge-freeze", 0)));
    assert!(new.findings.is_carried(&q("release-manager-bottleneck", 1)));
    assert_eq!(new.actions.len(), 1);
    assert_eq!(new.actions[0].text, "Script the deploy runbook");
    assert_eq!(new.actions[0].created, 101);
    assert!(new.notes.is_empty() && new.attendees.is_empty());
    assert_eq!(new.created, 200);
    // Confirming or changing an answer ends "carried".
    let mut confirmed = new.clone();
    confirmed
        .findings
        .confirm(&q("release-manager-bottleneck", 1));
    assert!(confirmed.findings.carried.is_empty());
}

#[test]
fn the_next_sprint_marks_13_and_ticks_the_action_done() {
    let g = load::embedded().unwrap();
    let old = sprint1(&g);
    let mut new = Session::following(&old, "sprint2", &g, 200);
    new.findings.toggle_mark("no-rollback-capability");
    new.set_action_done(0, true).unwrap();
    let c = compare(&g, &old, &new, date("2026-12-20"));
    assert!(c.linked);
    assert_eq!(c.newly_marked, ["no-rollback-capability"]);
    assert!(c.no_longer_marked.is_empty());
    assert!(c.changed_answers.is_empty());
    // Sprint 1 (11 only): MD 1/10 + 1 = 1.10, ID 1.00, MDP 1/13.
    // Sprint 2 (11, 13): MD 2/10 + 2 = 2.20, ID 1.00, blind-operations 1/4,
    // MDP 2/13 = 0.154, snowflake 1/7 = 0.143.
    assert_eq!(c.causes.len(), 5);
    assert_move(
        &c.causes[0],
        "manual-deployments",
        Some((1, 1.1)),
        Some((1, 2.2)),
    );
    assert_move(
        &c.causes[1],
        "integration-deferred",
        Some((2, 1.0)),
        Some((2, 1.0)),
    );
    assert_move(&c.causes[2], "blind-operations", None, Some((3, 0.25)));
    assert_move(
        &c.causes[3],
        "missing-deployment-pipeline",
        Some((3, 1.0 / 13.0)),
        Some((4, 2.0 / 13.0)),
    );
    assert_move(
        &c.causes[4],
        "snowflake-environments",
        None,
        Some((5, 1.0 / 7.0)),
    );
    let moves: Vec<Movement> = c.causes.iter().map(CauseMove::movement).collect();
    use Movement::*;
    assert_eq!(moves, [Same, Same, New, Down, New]);
    assert!((c.causes[0].score_change() - 1.1).abs() < 1e-9);
    assert_eq!(c.actions.done.len(), 1);
    assert_eq!(c.actions.done[0].text, "Script the deploy runbook");
    assert!(c.actions.still_open.is_empty() && c.actions.new.is_empty());
    assert!(c.actions.overdue.is_empty(), "done is never overdue");
}

#[test]
fn a_changed_shared_answer_is_listed_once_and_open_items_can_be_late() {
    let g = load::embedded().unwrap();
    let mut old = sprint1(&g);
    shared::set_answer(
        &g,
        &mut old.findings,
        q("merge-freeze", 0),
        Some(Answer::No),
    );
    old.findings.toggle_mark("gone-symptom");
    let mut new = Session::following(&old, "sprint2", &g, 200);
    new.findings.toggle_mark("gone-symptom");
    shared::set_answer(
        &g,
        &mut new.findings,
        q("release-manager-bottleneck", 1),
        Some(Answer::Yes),
    );
    new.add_action(ActionItem::parse_line("Pair on deploys", None, 201).unwrap());
    let c = compare(&g, &old, &new, date("2026-12-16"));
    // Given on 16's question this time; 11's copy changed with it.
    assert_eq!(
        c.changed_answers,
        [AnswerChange {
            question: q("release-manager-bottleneck", 1),
            old: Some(Answer::No),
            new: Some(Answer::Yes),
            also: vec![q("merge-freeze", 0)],
        }]
    );
    // An id the guide lacks is listed, not dropped.
    assert_eq!(c.no_longer_marked, ["gone-symptom"]);
    // MD: before 0.1 + 1 + 3 = 4.10 (rank 1); now 0.1 + 1 - 2 = -0.9 (gone).
    let md = c
        .causes
        .iter()
        .find(|m| m.target == ap("manual-deployments"))
        .unwrap();
    assert_eq!(md.movement(), Movement::Gone);
    assert_eq!(md.old.map(|s| s.rank), Some(1));
    assert!((md.score_change() + 4.1).abs() < 1e-9);
    assert_eq!(c.actions.still_open.len(), 1);
    assert_eq!(c.actions.new.len(), 1);
    assert_eq!(
        c.actions.overdue.len(),
        1,
        "due 2026-12-15, today 2026-12-16"
    );
    assert_eq!(c.actions.overdue[0].text, "Script the deploy runbook");
}

#[test]
fn any_two_sessions_compare_even_unlinked_and_neither_changes() {
    let g = load::embedded().unwrap();
    let old = sprint1(&g);
    let mut other = Session::new("other team", &g, 300);
    other.findings.toggle_mark("fear-of-deploying");
    other.add_action(ActionItem::parse_line("Write tests", None, 301).unwrap());
    let (old_before, other_before) = (old.clone(), other.clone());
    let c = compare(&g, &old, &other, date("2026-12-01"));
    assert!(!c.linked);
    assert_eq!(c.newly_marked, ["fear-of-deploying"]);
    assert_eq!(c.no_longer_marked, ["merge-freeze"]);
    assert_eq!(c.actions.dropped.len(), 1);
    assert_eq!(c.actions.new.len(), 1);
    let id = c
        .causes
        .iter()
        .find(|m| m.target == ap("integration-deferred"))
        .unwrap();
    assert_eq!(id.movement(), Movement::Gone);
    assert_eq!((old, other), (old_before, other_before));
}
