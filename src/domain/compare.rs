//! A session that continues another (`--from`), and what changed between
//! any two sessions of the same guide: marks, answers, how each ranked cause
//! moved, and what became of the action items. Ids the guide no longer has
//! are kept and listed, never dropped. Nothing here changes either session.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::answers::{Answer, Findings};
use super::diagnosis::rank;
use super::graph::{Graph, QuestionRef, Target};
use super::session::{ActionItem, Session, Timestamp};

impl Session {
    /// A new session `name` that continues `old`: its marks, its answers
    /// (each marked as carried over, to confirm or change) and its open
    /// action items; not its notes, attendees or done items. It remembers
    /// that it follows `old`.
    pub fn following(old: &Session, name: &str, graph: &Graph, now: Timestamp) -> Session {
        let mut new = Session::new(name, graph, now);
        new.findings = Findings {
            marked: old.findings.marked.clone(),
            answers: old.findings.answers.clone(),
            shared_from: old.findings.shared_from.clone(),
            carried: old.findings.answers.keys().cloned().collect(),
        };
        new.actions = old.actions.iter().filter(|a| !a.done).cloned().collect();
        new.follows = Some(old.name.clone());
        new
    }
}

/// What changed from `old` to `new`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub old: String,
    pub new: String,
    /// Whether `new` says it follows `old`.
    pub linked: bool,
    /// Symptom ids marked in `new` only, in `new`'s marking order.
    pub newly_marked: Vec<String>,
    /// Symptom ids marked in `old` only, in `old`'s marking order.
    pub no_longer_marked: Vec<String>,
    /// Answers that differ, each once (a shared answer under the question it
    /// was given on), in question order.
    pub changed_answers: Vec<AnswerChange>,
    /// Every cause ranked in either session: those ranked in `new` by their
    /// new rank, then those only `old` ranked.
    pub causes: Vec<CauseMove>,
    pub actions: ActionChanges,
}

/// One question answered differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerChange {
    pub question: QuestionRef,
    pub old: Option<Answer>,
    pub new: Option<Answer>,
    /// Other questions sharing the answer that changed with it.
    pub also: Vec<QuestionRef>,
}

/// Where a cause stood in each ranking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CauseMove {
    pub target: Target,
    /// Rank from 1 and score in `old`, if ranked there.
    pub old: Option<Standing>,
    pub new: Option<Standing>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Standing {
    pub rank: usize,
    pub score: f64,
}

/// Which way a cause moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Movement {
    Up,
    Down,
    Same,
    /// Ranked now, not before.
    New,
    /// Ranked before, not now.
    Gone,
}

impl CauseMove {
    pub fn movement(&self) -> Movement {
        match (self.old, self.new) {
            (Some(o), Some(n)) if n.rank < o.rank => Movement::Up,
            (Some(o), Some(n)) if n.rank > o.rank => Movement::Down,
            (Some(_), Some(_)) => Movement::Same,
            (None, _) => Movement::New,
            (Some(_), None) => Movement::Gone,
        }
    }

    /// The change of score (new − old, a missing side counting 0).
    pub fn score_change(&self) -> f64 {
        self.new.map_or(0.0, |s| s.score) - self.old.map_or(0.0, |s| s.score)
    }
}

/// What became of the action items. An item is the same in both sessions
/// when it was created at the same second (`--from` keeps that time); such
/// items are paired in order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ActionChanges {
    /// Open in `old`, done in `new`.
    pub done: Vec<ActionItem>,
    /// Open in both.
    pub still_open: Vec<ActionItem>,
    /// Open in `new` and due before today (from `still_open` or `new`).
    pub overdue: Vec<ActionItem>,
    /// Only in `new`.
    pub new: Vec<ActionItem>,
    /// Open in `old` and not in `new` (left behind or deleted).
    pub dropped: Vec<ActionItem>,
}

/// Compares two sessions of the same guide (any two: they need not be
/// linked by `--from`). `today` decides what is overdue.
pub fn compare(graph: &Graph, old: &Session, new: &Session, today: Date) -> Comparison {
    Comparison {
        old: old.name.clone(),
        new: new.name.clone(),
        linked: new.follows.as_deref() == Some(old.name.as_str()),
        newly_marked: marked_only_in(&new.findings, &old.findings),
        no_longer_marked: marked_only_in(&old.findings, &new.findings),
        changed_answers: changed_answers(&old.findings, &new.findings),
        causes: cause_moves(graph, &old.findings, &new.findings),
        actions: action_changes(&old.actions, &new.actions, today),
    }
}

fn marked_only_in(a: &Findings, b: &Findings) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in &a.marked {
        if !b.is_marked(id) && !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

fn changed_answers(old: &Findings, new: &Findings) -> Vec<AnswerChange> {
    let mut questions: Vec<&QuestionRef> = old.answers.keys().chain(new.answers.keys()).collect();
    questions.sort();
    questions.dedup();
    let changed: Vec<&QuestionRef> = questions
        .into_iter()
        .filter(|q| old.answer(q) != new.answer(q))
        .collect();
    let mut out = Vec::new();
    for q in &changed {
        // A copy of a shared answer that changed with its origin is listed
        // under the origin; the origin is the one in `new` (else `old`).
        let origin = if new.answers.contains_key(*q) {
            new.given_on(q)
        } else {
            old.given_on(q)
        };
        if origin != *q && changed.contains(&origin) {
            continue;
        }
        let also = changed
            .iter()
            .filter(|c| **c != *q)
            .filter(|c| {
                let from = if new.answers.contains_key(**c) {
                    new.given_on(c)
                } else {
                    old.given_on(c)
                };
                from == *q
            })
            .map(|c| (*c).clone())
            .collect();
        out.push(AnswerChange {
            question: (*q).clone(),
            old: old.answer(q),
            new: new.answer(q),
            also,
        });
    }
    out
}

fn cause_moves(graph: &Graph, old: &Findings, new: &Findings) -> Vec<CauseMove> {
    let before = rank(graph, old);
    let after = rank(graph, new);
    let standing = |list: &[super::diagnosis::RankedCause], t: &Target| {
        list.iter().position(|c| c.target == *t).map(|i| Standing {
            rank: i + 1,
            score: list[i].score,
        })
    };
    let mut out: Vec<CauseMove> = after
        .iter()
        .map(|c| CauseMove {
            target: c.target.clone(),
            old: standing(&before, &c.target),
            new: standing(&after, &c.target),
        })
        .collect();
    for c in &before {
        if standing(&after, &c.target).is_none() {
            out.push(CauseMove {
                target: c.target.clone(),
                old: standing(&before, &c.target),
                new: None,
            });
        }
    }
    out
}

fn action_changes(old: &[ActionItem], new: &[ActionItem], today: Date) -> ActionChanges {
    let mut taken = vec![false; new.len()];
    let mut out = ActionChanges::default();
    for a in old {
        let found = new
            .iter()
            .enumerate()
            .position(|(i, b)| !taken[i] && b.created == a.created);
        match found {
            Some(i) => {
                taken[i] = true;
                let b = &new[i];
                match (a.done, b.done) {
                    (false, true) => out.done.push(b.clone()),
                    (_, false) => out.still_open.push(b.clone()),
                    (true, true) => {}
                }
            }
            None if !a.done => out.dropped.push(a.clone()),
            None => {}
        }
    }
    for (i, b) in new.iter().enumerate() {
        if !taken[i] {
            out.new.push(b.clone());
        }
    }
    out.overdue = new
        .iter()
        .filter(|b| b.is_overdue(today))
        .cloned()
        .collect();
    out
}

#[cfg(test)]
#[path = "compare_tests.rs"]
mod tests;
