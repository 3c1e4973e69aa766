//! Undo and redo of a session's content within one run of the explorer.
//!
//! [`Content`] is what the team records (marks, answers, notes, action
//! items, attendees): undo never touches where the explorer is, the
//! session's name or its times. [`History`] keeps the states before each
//! change with a label saying what the change was ([`describe`]), up to
//! [`DEPTH`] steps; a new change clears what could be redone.

use std::collections::VecDeque;

use super::answers::Findings;
use super::graph::Graph;
use super::session::{ActionItem, Note, Session};

/// How many changes can be undone (the oldest are forgotten first).
pub const DEPTH: usize = 100;

/// The part of a session that undo restores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    pub findings: Findings,
    pub notes: Vec<Note>,
    pub actions: Vec<ActionItem>,
    pub attendees: Vec<String>,
}

impl Session {
    /// A copy of what the team recorded (see [`Content`]).
    pub fn content(&self) -> Content {
        Content {
            findings: self.findings.clone(),
            notes: self.notes.clone(),
            actions: self.actions.clone(),
            attendees: self.attendees.clone(),
        }
    }

    /// Whether what the team recorded differs from `content`.
    pub fn differs_from(&self, content: &Content) -> bool {
        self.findings != content.findings
            || self.notes != content.notes
            || self.actions != content.actions
            || self.attendees != content.attendees
    }

    /// Puts `content` back; everything else (name, times, place) stays.
    pub fn restore(&mut self, content: Content) {
        self.findings = content.findings;
        self.notes = content.notes;
        self.actions = content.actions;
        self.attendees = content.attendees;
    }
}

/// One change: the state on the other side of it and what it was.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Step<S> {
    state: S,
    label: String,
}

/// The undo and redo stacks of states `S` (a session's [`Content`] in the
/// app; any value in tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History<S> {
    undo: VecDeque<Step<S>>,
    redo: Vec<Step<S>>,
    depth: usize,
}

impl<S> Default for History<S> {
    fn default() -> Self {
        History::new(DEPTH)
    }
}

impl<S> History<S> {
    /// An empty history that keeps at most `depth` steps (at least one).
    pub fn new(depth: usize) -> Self {
        History {
            undo: VecDeque::new(),
            redo: Vec::new(),
            depth: depth.max(1),
        }
    }

    /// Records a change: `before` is the state it left, `label` what it
    /// was ("mark on ..."). What could be redone is forgotten.
    pub fn record(&mut self, before: S, label: String) {
        self.redo.clear();
        self.undo.push_back(Step {
            state: before,
            label,
        });
        while self.undo.len() > self.depth {
            self.undo.pop_front();
        }
    }

    /// Undoes the last change: returns the state to go back to and the
    /// change's label, and keeps `current` for [`History::redo`]. `None`
    /// when there is nothing to undo.
    pub fn undo(&mut self, current: S) -> Option<(S, String)> {
        let step = self.undo.pop_back()?;
        self.redo.push(Step {
            state: current,
            label: step.label.clone(),
        });
        Some((step.state, step.label))
    }

    /// Redoes the last undone change, the mirror of [`History::undo`].
    pub fn redo(&mut self, current: S) -> Option<(S, String)> {
        let step = self.redo.pop()?;
        self.undo.push_back(Step {
            state: current,
            label: step.label.clone(),
        });
        Some((step.state, step.label))
    }

    /// How many changes can be undone now.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// How many undone changes can be redone now.
    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }

    /// Forgets everything (another session was opened).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

/// What changed from `before` to `after`, in a few words for "Undid: ...":
/// "mark on Merge Freezes Before Deployments", "answer to question 2 of
/// ...", "note edit", "action item added". The first kind of change found
/// names it (answers, marks, notes, action items, attendees).
pub fn describe(before: &Content, after: &Content, graph: &Graph) -> String {
    let title = |id: &str| {
        graph
            .symptom(id)
            .map_or_else(|| format!("`{id}`"), |s| s.title.clone())
    };
    let (b, a) = (&before.findings, &after.findings);
    // An answer first: answering may mark its symptom too.
    if (&b.answers, &b.carried, &b.shared_from) != (&a.answers, &a.carried, &a.shared_from) {
        // The question the answer was given on (not a shared copy of it).
        let changed = b
            .answers
            .keys()
            .chain(a.answers.keys())
            .chain(b.carried.iter())
            .chain(a.carried.iter())
            .filter(|q| {
                b.answers.get(*q) != a.answers.get(*q)
                    || b.carried.contains(*q) != a.carried.contains(*q)
            })
            .min_by_key(|q| a.shared_from.contains_key(*q) || b.shared_from.contains_key(*q));
        return match changed {
            Some(q) => format!(
                "answer to question {} of {}",
                q.index + 1,
                title(&q.symptom)
            ),
            None => "answers".to_string(),
        };
    }
    if let Some(id) = a.marked.iter().find(|m| !b.is_marked(m)) {
        return format!("mark on {}", title(id));
    }
    if let Some(id) = b.marked.iter().find(|m| !a.is_marked(m)) {
        return format!("unmark of {}", title(id));
    }
    if b.marked != a.marked {
        return "order of the marks".to_string();
    }
    if before.notes != after.notes {
        return match after.notes.len().cmp(&before.notes.len()) {
            std::cmp::Ordering::Greater => "note added",
            std::cmp::Ordering::Less => "note deletion",
            std::cmp::Ordering::Equal => "note edit",
        }
        .to_string();
    }
    if before.actions != after.actions {
        return describe_actions(&before.actions, &after.actions);
    }
    if before.attendees != after.attendees {
        return "attendees edit".to_string();
    }
    "no change".to_string()
}

fn describe_actions(before: &[ActionItem], after: &[ActionItem]) -> String {
    match after.len().cmp(&before.len()) {
        std::cmp::Ordering::Greater => return "action item added".to_string(),
        std::cmp::Ordering::Less => return "action item deletion".to_string(),
        std::cmp::Ordering::Equal => {}
    }
    let Some((b, a)) = before.iter().zip(after).find(|(b, a)| b != a) else {
        return "action items".to_string();
    };
    if b.done != a.done {
        if a.done {
            "action item ticked done"
        } else {
            "action item opened again"
        }
        .to_string()
    } else if b.cause != a.cause {
        "action item link".to_string()
    } else {
        "action item edit".to_string()
    }
}

#[cfg(test)]
#[path = "undo_tests.rs"]
mod tests;
