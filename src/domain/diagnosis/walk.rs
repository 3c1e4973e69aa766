//! The question walk: one question at a time over a fixed list of
//! [`QuestionRef`]s, either one symptom's "How to narrow it down" list or the
//! questions of every marked symptom in turn. Plain data, so a session can
//! save where the team stopped.
//!
//! A walk made from the graph knows which of its questions share an answer
//! with others (same wording, same cause): answering one fills in the rest.
//! The triage walk passes over questions whose answer was given on another
//! symptom's question, unless asked to revisit them ([`Walk::revisit`]).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::domain::answers::{Answer, Findings};
use crate::domain::graph::{Graph, QuestionRef};
use crate::domain::shared;

/// A position in a list of questions. `position == len` means done.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Walk {
    questions: Vec<QuestionRef>,
    position: usize,
    /// For each question that shares its answer: every question sharing it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    shared: BTreeMap<QuestionRef, Vec<QuestionRef>>,
    /// Whether to pass over questions whose answer was given elsewhere.
    #[serde(default)]
    skip_shared: bool,
    /// Positions passed over that way, so going back passes over them too.
    #[serde(skip)]
    passed: BTreeSet<usize>,
}

/// Progress for display as "`number` of `total`".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// The number of the question on screen, from 1. Equals `total` once the
    /// walk is done (and is 0 only for an empty walk).
    pub number: usize,
    pub total: usize,
}

impl Walk {
    /// A walk over the given questions, starting at the first.
    pub fn new(questions: Vec<QuestionRef>) -> Self {
        Walk {
            questions,
            position: 0,
            shared: BTreeMap::new(),
            skip_shared: false,
            passed: BTreeSet::new(),
        }
    }

    /// A walk over `questions` that knows which of them share an answer.
    fn with_groups(graph: &Graph, questions: Vec<QuestionRef>) -> Self {
        let mut walk = Walk::new(questions);
        for q in &walk.questions {
            let group = shared::group_of(graph, q);
            if group.len() > 1 {
                walk.shared.insert(q.clone(), group);
            }
        }
        walk
    }

    /// The questions of one symptom in the page's order, every one shown
    /// (a shared answer is shown where it came from). An id the graph does
    /// not have gives an empty walk (which is already done).
    pub fn for_symptom(graph: &Graph, symptom: &str) -> Self {
        Walk::with_groups(graph, symptom_questions(graph, symptom))
    }

    /// The questions of every marked symptom in turn, in marking order,
    /// passing over those whose answer was given on another symptom's
    /// question (also ones answered during the walk). Unknown ids (stale
    /// sessions) and repeated marks are skipped.
    pub fn for_triage(graph: &Graph, findings: &Findings) -> Self {
        let mut questions = Vec::new();
        for (i, id) in findings.marked.iter().enumerate() {
            if findings.marked[..i].contains(id) {
                continue;
            }
            questions.extend(symptom_questions(graph, id));
        }
        let mut walk = Walk::with_groups(graph, questions);
        walk.skip_shared = true;
        walk.pass_over_shared(findings);
        walk
    }

    /// Stops passing over shared answers: every question is shown again.
    pub fn revisit(&mut self) {
        self.skip_shared = false;
        self.passed.clear();
    }

    /// Whether the walk passes over questions answered on another question.
    pub fn skips_shared(&self) -> bool {
        self.skip_shared
    }

    /// The same questions from the first, every one shown (to go over a
    /// finished walk again), still filling in shared answers.
    pub fn restarted(&self) -> Walk {
        let mut walk = self.clone();
        walk.position = 0;
        walk.revisit();
        walk
    }

    /// Moves past questions whose answer is a copy of one given elsewhere
    /// (when this walk skips them), remembering them for [`Walk::back`].
    fn pass_over_shared(&mut self, findings: &Findings) {
        if !self.skip_shared {
            return;
        }
        while let Some(q) = self.questions.get(self.position) {
            if !findings.is_shared_copy(q) || findings.is_carried(q) {
                break;
            }
            self.passed.insert(self.position);
            self.position += 1;
        }
    }

    /// All the questions of the walk, in order.
    pub fn questions(&self) -> &[QuestionRef] {
        &self.questions
    }

    pub fn len(&self) -> usize {
        self.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    /// Index (from 0) of the current question; `len()` once done.
    pub fn position(&self) -> usize {
        self.position.min(self.questions.len())
    }

    /// The question on screen, or `None` once done.
    pub fn current(&self) -> Option<&QuestionRef> {
        self.questions.get(self.position)
    }

    pub fn progress(&self) -> Progress {
        let total = self.questions.len();
        Progress {
            number: (self.position() + 1).min(total),
            total,
        }
    }

    pub fn is_done(&self) -> bool {
        self.position >= self.questions.len()
    }

    /// Records `answer` for the current question (and every question
    /// sharing it) and moves to the next, passing over shared answers when
    /// this walk skips them. Returns `false` (and records nothing) if the
    /// walk is already done.
    pub fn answer(&mut self, findings: &mut Findings, answer: Answer) -> bool {
        let Some(q) = self.current().cloned() else {
            return false;
        };
        match self.shared.get(&q) {
            Some(group) => findings.set_shared_answer(q, group, Some(answer)),
            None => findings.set_answer(q, Some(answer)),
        }
        self.position += 1;
        self.pass_over_shared(findings);
        true
    }

    /// The questions sharing `q`'s answer in this walk's graph (`q`
    /// included), or just `q`.
    pub fn group_of(&self, q: &QuestionRef) -> Vec<QuestionRef> {
        self.shared
            .get(q)
            .cloned()
            .unwrap_or_else(|| vec![q.clone()])
    }

    /// Goes back to the previous question so its answer can be changed (the
    /// answer stays recorded until replaced), passing over the questions
    /// the walk passed over. Returns `false` at the first.
    pub fn back(&mut self) -> bool {
        let mut pos = self.position();
        loop {
            if pos == 0 {
                return false;
            }
            pos -= 1;
            if !self.passed.contains(&pos) {
                self.position = pos;
                return true;
            }
        }
    }

    /// Moves to the first question without an answer in `findings`, or with
    /// one carried over from the last session and not confirmed yet, or to
    /// the end if there is none: where to resume a saved walk.
    /// A walk that skips shared answers also passes over them on the way
    /// (so going back does not stop at them either).
    pub fn resume(&mut self, findings: &Findings) {
        self.position = self
            .questions
            .iter()
            .position(|q| findings.answer(q).is_none() || findings.is_carried(q))
            .unwrap_or(self.questions.len());
        self.passed.clear();
        if self.skip_shared {
            for (i, q) in self.questions.iter().enumerate().take(self.position) {
                if findings.is_shared_copy(q) && !findings.is_carried(q) {
                    self.passed.insert(i);
                }
            }
        }
    }

    /// How many questions the walk has passed over because their answer
    /// was given on another symptom's question.
    pub fn passed_over(&self) -> usize {
        self.passed.len()
    }
}

fn symptom_questions(graph: &Graph, symptom: &str) -> Vec<QuestionRef> {
    graph
        .symptom(symptom)
        .map(|s| {
            (0..s.questions.len())
                .map(|index| QuestionRef {
                    symptom: s.id.clone(),
                    index,
                })
                .collect()
        })
        .unwrap_or_default()
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

    fn three() -> Walk {
        Walk::new(vec![q("a", 0), q("a", 1), q("b", 0)])
    }

    #[test]
    fn answering_records_and_advances_until_done() {
        let mut w = three();
        let mut f = Findings::default();
        assert_eq!(
            w.progress(),
            Progress {
                number: 1,
                total: 3
            }
        );
        assert!(w.answer(&mut f, Answer::Yes));
        assert_eq!(
            w.progress(),
            Progress {
                number: 2,
                total: 3
            }
        );
        assert_eq!(w.current(), Some(&q("a", 1)));
        assert!(w.answer(&mut f, Answer::No));
        assert!(!w.is_done());
        assert!(w.answer(&mut f, Answer::Skip));
        assert!(w.is_done());
        assert_eq!(w.current(), None);
        assert_eq!(
            w.progress(),
            Progress {
                number: 3,
                total: 3
            }
        );
        assert!(!w.answer(&mut f, Answer::Yes), "nothing left to answer");
        assert_eq!(f.answer(&q("a", 0)), Some(Answer::Yes));
        assert_eq!(f.answer(&q("a", 1)), Some(Answer::No));
        assert_eq!(f.answer(&q("b", 0)), Some(Answer::Skip));
        assert_eq!(f.answers.len(), 3);
    }

    #[test]
    fn back_returns_to_the_previous_question_to_change_it() {
        let mut w = three();
        let mut f = Findings::default();
        assert!(!w.back(), "cannot go back from the first question");
        w.answer(&mut f, Answer::Yes);
        w.answer(&mut f, Answer::Yes);
        assert!(w.back());
        assert_eq!(w.current(), Some(&q("a", 1)));
        assert_eq!(
            f.answer(&q("a", 1)),
            Some(Answer::Yes),
            "kept until replaced"
        );
        w.answer(&mut f, Answer::Unsure);
        assert_eq!(f.answer(&q("a", 1)), Some(Answer::Unsure));
        assert_eq!(w.current(), Some(&q("b", 0)));
    }

    #[test]
    fn back_from_done_shows_the_last_question() {
        let mut w = three();
        let mut f = Findings::default();
        for _ in 0..3 {
            w.answer(&mut f, Answer::No);
        }
        assert!(w.back());
        assert!(!w.is_done());
        assert_eq!(w.current(), Some(&q("b", 0)));
    }

    #[test]
    fn an_empty_walk_is_done_and_never_panics() {
        let mut w = Walk::new(Vec::new());
        let mut f = Findings::default();
        assert!(w.is_done());
        assert_eq!(
            w.progress(),
            Progress {
                number: 0,
                total: 0
            }
        );
        assert!(!w.back());
        assert!(!w.answer(&mut f, Answer::Yes));
        assert!(f.answers.is_empty());
    }

    #[test]
    fn resume_goes_to_the_first_unanswered_question() {
        let mut w = three();
        let mut f = Findings::default();
        f.set_answer(q("a", 0), Some(Answer::Yes));
        f.set_answer(q("b", 0), Some(Answer::Yes));
        w.resume(&f);
        assert_eq!(w.current(), Some(&q("a", 1)));
        f.set_answer(q("a", 1), Some(Answer::No));
        w.resume(&f);
        assert!(w.is_done());
    }

    #[test]
    fn a_saved_position_past_the_end_is_treated_as_done() {
        let w: Walk = ron::from_str("(questions: [(symptom: \"a\", index: 0)], position: 9)")
            .expect("valid RON");
        assert!(w.is_done());
        assert_eq!(w.position(), 1);
        assert_eq!(
            w.progress(),
            Progress {
                number: 1,
                total: 1
            }
        );
        let mut w = w;
        assert!(w.back());
        assert_eq!(w.current(), Some(&q("a", 0)));
    }
}
