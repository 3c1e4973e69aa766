//! What a team records while diagnosing: which symptoms it sees and how it
//! answered each question. Plain data, shared by diagnosis and sessions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::graph::QuestionRef;

/// An answer to one "How to narrow it down" question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    Unsure,
    Skip,
}

impl Answer {
    pub const ALL: [Answer; 4] = [Answer::Yes, Answer::No, Answer::Unsure, Answer::Skip];

    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => "Yes",
            Answer::No => "No",
            Answer::Unsure => "Unsure",
            Answer::Skip => "Skip",
        }
    }
}

/// The symptoms a team marked as "we see this" and its answers so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Findings {
    /// Symptom ids in the order they were marked.
    pub marked: Vec<String>,
    /// Answers by question.
    pub answers: BTreeMap<QuestionRef, Answer>,
}

impl Findings {
    pub fn is_marked(&self, symptom: &str) -> bool {
        self.marked.iter().any(|m| m == symptom)
    }

    /// Marks or unmarks a symptom; returns whether it is marked afterwards.
    pub fn toggle_mark(&mut self, symptom: &str) -> bool {
        if let Some(pos) = self.marked.iter().position(|m| m == symptom) {
            self.marked.remove(pos);
            false
        } else {
            self.marked.push(symptom.to_string());
            true
        }
    }

    pub fn answer(&self, q: &QuestionRef) -> Option<Answer> {
        self.answers.get(q).copied()
    }

    /// Records an answer; `None` clears it.
    pub fn set_answer(&mut self, q: QuestionRef, answer: Option<Answer>) {
        match answer {
            Some(a) => {
                self.answers.insert(q, a);
            }
            None => {
                self.answers.remove(&q);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str, i: usize) -> QuestionRef {
        QuestionRef {
            symptom: s.into(),
            index: i,
        }
    }

    #[test]
    fn toggling_a_mark_twice_removes_it_and_keeps_order() {
        let mut f = Findings::default();
        assert!(f.toggle_mark("a"));
        assert!(f.toggle_mark("b"));
        assert!(!f.toggle_mark("a"));
        assert_eq!(f.marked, vec!["b".to_string()]);
        assert!(f.toggle_mark("a"));
        assert_eq!(f.marked, vec!["b".to_string(), "a".to_string()]);
    }

    #[test]
    fn answers_can_be_set_changed_and_cleared() {
        let mut f = Findings::default();
        f.set_answer(q("s", 0), Some(Answer::Yes));
        f.set_answer(q("s", 0), Some(Answer::No));
        assert_eq!(f.answer(&q("s", 0)), Some(Answer::No));
        f.set_answer(q("s", 0), None);
        assert_eq!(f.answer(&q("s", 0)), None);
    }

    #[test]
    fn findings_round_trip_through_ron() {
        let mut f = Findings::default();
        f.toggle_mark("merge-freeze");
        f.set_answer(q("merge-freeze", 2), Some(Answer::Unsure));
        let text = ron::to_string(&f).unwrap();
        let back: Findings = ron::from_str(&text).unwrap();
        assert_eq!(back, f);
    }
}
