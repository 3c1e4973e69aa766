//! Two sessions a sprint apart, written with fixed times: "sprint1" marks
//! symptom 11, answers its first question Yes and has three action items
//! (the runbook for @sam due 2026-12-15, linked to Manual Deployments; a
//! rollback guide for @ana due 2026-11-20; one done); "sprint2" follows it
//! (`Session::following`), marks symptom 13, answers that question No, has
//! the runbook ticked done and a new item for @kim.

use std::fs;
use std::path::Path;

use cdtriage::domain::{ActionItem, Answer, Graph, QuestionRef, Session, Target};
use cdtriage::storage::codec::to_ron;

/// 2026-11-18T09:30:00Z, when sprint 1 met.
pub const SPRINT1: u64 = 20_775 * 86_400 + 9 * 3600 + 30 * 60;
/// Two weeks later.
pub const SPRINT2: u64 = SPRINT1 + 14 * 86_400;
/// "Today" for what is overdue: 2026-12-02.
pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 12, 2)
}

/// The id of symptom number `n`.
pub fn number(graph: &Graph, n: u32) -> String {
    graph
        .symptoms
        .iter()
        .find(|s| s.number == n)
        .expect("symptom exists")
        .id
        .clone()
}

fn item(line: &str, cause: Option<Target>, created: u64) -> ActionItem {
    ActionItem::parse_line(line, cause, created).expect("an action item")
}

/// Sprint 1's session.
pub fn sprint1(graph: &Graph) -> Session {
    let mut s = Session::new("sprint1", graph, SPRINT1);
    s.updated = SPRINT1 + 3600;
    let s11 = number(graph, 11);
    s.findings.toggle_mark(&s11);
    s.findings.set_answer(
        QuestionRef {
            symptom: s11,
            index: 0,
        },
        Some(Answer::Yes),
    );
    let manual = Some(Target::AntiPattern("manual-deployments".into()));
    s.add_action(item(
        "Script the deploy runbook @sam due:2026-12-15",
        manual,
        SPRINT1 + 60,
    ));
    s.add_action(item(
        "Write the rollback guide @ana due:2026-11-20",
        None,
        SPRINT1 + 120,
    ));
    let mut done = item("Book the retro room", None, SPRINT1 + 180);
    done.done = true;
    s.add_action(done);
    s
}

/// Sprint 2's session, following sprint 1.
pub fn sprint2(graph: &Graph, old: &Session) -> Session {
    let mut s = Session::following(old, "sprint2", graph, SPRINT2);
    s.updated = SPRINT2 + 3600;
    let s11 = number(graph, 11);
    s.findings.toggle_mark(&number(graph, 13));
    s.findings.set_answer(
        QuestionRef {
            symptom: s11,
            index: 0,
        },
        Some(Answer::No),
    );
    let runbook = s
        .actions
        .iter()
        .position(|a| a.text == "Script the deploy runbook")
        .expect("carried over");
    s.set_action_done(runbook, true).expect("ticks");
    s.add_action(item("Pair on the pipeline @kim", None, SPRINT2 + 60));
    s
}

/// Writes both sessions under config dir `dir`.
pub fn write(dir: &Path, graph: &Graph) {
    fs::create_dir_all(dir.join("sessions")).expect("mkdir");
    let one = sprint1(graph);
    let two = sprint2(graph, &one);
    for s in [&one, &two] {
        let path = dir.join("sessions").join(format!("{}.ron", s.name));
        fs::write(path, to_ron(s).expect("ron")).expect("write");
    }
}
