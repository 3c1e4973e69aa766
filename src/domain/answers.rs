//! What a team records while diagnosing: which symptoms it sees and how it
//! answered each question. Plain data, shared by diagnosis and sessions.
//!
//! An [`Answer`] is the team's answer to the guide's own question ("Can any
//! engineer on the team deploy to production without help?" No). Whether
//! that points at the question's cause is not recorded: it follows from the
//! answer and the guide's [`Fact`] for the question, as [`Evidence`].
//!
//! Questions with the same wording that point at the same cause share one
//! answer (see [`crate::domain::shared`]): the answer is stored on each of
//! them, and `shared_from` says, for the copies, where it was given. Changing
//! any copy changes them all.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::graph::{Fact, Points, QuestionRef};

/// An answer to one "How to narrow it down" question, as the guide asks it.
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

impl Points {
    /// The answer that points at the cause.
    pub fn answer(self) -> Answer {
        match self {
            Points::Yes => Answer::Yes,
            Points::No => Answer::No,
        }
    }

    /// The answer that speaks against the cause.
    pub fn other(self) -> Answer {
        match self {
            Points::Yes => Answer::No,
            Points::No => Answer::Yes,
        }
    }
}

/// What an answer says about the question's cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// The answer the guide says points at the cause.
    PointsAt,
    /// The other answer: the guide's condition does not hold.
    SpeaksAgainst,
    /// Unsure: maybe (weak evidence for the cause).
    Maybe,
    /// Skipped, or a question without a fact: counts nothing.
    Nothing,
}

impl Evidence {
    /// The evidence `answer` gives for the question's cause, by `fact`.
    /// Without a fact a Yes or No says nothing.
    pub fn of(answer: Answer, fact: Option<&Fact>) -> Evidence {
        match (answer, fact) {
            (Answer::Unsure, _) => Evidence::Maybe,
            (Answer::Skip, _) | (_, None) => Evidence::Nothing,
            (a, Some(f)) if a == f.points.answer() => Evidence::PointsAt,
            (_, Some(_)) => Evidence::SpeaksAgainst,
        }
    }

    /// "points at", "speaks against", "may point at", "counts nothing": read
    /// before a cause's name.
    pub fn label(self) -> &'static str {
        match self {
            Evidence::PointsAt => "points at",
            Evidence::SpeaksAgainst => "speaks against",
            Evidence::Maybe => "may point at",
            Evidence::Nothing => "counts nothing for",
        }
    }
}

/// The symptoms a team marked as "we see this" and its answers so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Findings {
    /// Symptom ids in the order they were marked.
    pub marked: Vec<String>,
    /// Answers by question, copies of shared answers included.
    pub answers: BTreeMap<QuestionRef, Answer>,
    /// For each copy of a shared answer: the question it was given on.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub shared_from: BTreeMap<QuestionRef, QuestionRef>,
    /// Answers carried over from the session this one follows that the team
    /// has not confirmed or changed yet.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub carried: BTreeSet<QuestionRef>,
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

    /// The answer recorded for `q`, given there or shared from another
    /// question with the same wording.
    pub fn answer(&self, q: &QuestionRef) -> Option<Answer> {
        self.answers.get(q).copied()
    }

    /// Where `q`'s answer was given: another question when it is a copy of a
    /// shared answer, else `q` itself.
    pub fn given_on<'a>(&'a self, q: &'a QuestionRef) -> &'a QuestionRef {
        self.shared_from.get(q).unwrap_or(q)
    }

    /// Whether `q`'s answer was given on another question.
    pub fn is_shared_copy(&self, q: &QuestionRef) -> bool {
        self.shared_from.get(q).is_some_and(|from| from != q)
    }

    /// The copies of the answer given on `q` (not `q` itself), in order.
    pub fn copies_of<'a>(&'a self, q: &'a QuestionRef) -> impl Iterator<Item = &'a QuestionRef> {
        self.shared_from
            .iter()
            .filter(move |(copy, from)| *from == q && *copy != q)
            .map(|(copy, _)| copy)
    }

    /// The answers the team gave, each once: copies of shared answers left
    /// out (see [`Findings::copies_of`]).
    pub fn given(&self) -> impl Iterator<Item = (&QuestionRef, Answer)> {
        self.answers
            .iter()
            .filter(|(q, _)| !self.is_shared_copy(q))
            .map(|(q, a)| (q, *a))
    }

    /// How many answers the team gave (copies of shared answers not counted).
    pub fn given_count(&self) -> usize {
        self.given().count()
    }

    /// Whether `q`'s answer was carried over from the session this one
    /// follows and is not confirmed yet.
    pub fn is_carried(&self, q: &QuestionRef) -> bool {
        self.carried.contains(q)
    }

    /// `q` and every question holding the same shared answer.
    fn cluster(&self, q: &QuestionRef) -> Vec<QuestionRef> {
        let root = self.given_on(q).clone();
        let mut out: Vec<QuestionRef> = self.copies_of(&root).cloned().collect();
        out.push(root);
        if !out.contains(q) {
            out.push(q.clone());
        }
        out
    }

    /// Records an answer for `q`; `None` clears it. A shared answer changes
    /// (or is cleared) on every question holding it, and is then said to be
    /// given on `q`. The answer counts as confirmed (no longer carried).
    pub fn set_answer(&mut self, q: QuestionRef, answer: Option<Answer>) {
        self.set_shared_answer(q, &[], answer);
    }

    /// Records `answer` for `q` and fills it in on every question of
    /// `group` (the questions sharing `q`'s wording and cause, see
    /// [`crate::domain::shared::group_of`]) and every question already
    /// sharing an answer with one of them, whatever they held; `None` clears
    /// it on all of them.
    pub fn set_shared_answer(
        &mut self,
        q: QuestionRef,
        group: &[QuestionRef],
        answer: Option<Answer>,
    ) {
        let mut all: BTreeSet<QuestionRef> = self.cluster(&q).into_iter().collect();
        for member in group {
            all.extend(self.cluster(member));
        }
        for member in &all {
            self.carried.remove(member);
            match answer {
                Some(a) => {
                    self.answers.insert(member.clone(), a);
                    self.shared_from.insert(member.clone(), q.clone());
                }
                None => {
                    self.answers.remove(member);
                    self.shared_from.remove(member);
                }
            }
        }
        self.shared_from.remove(&q);
    }

    /// Confirms a carried-over answer as it is (and every copy of it).
    pub fn confirm(&mut self, q: &QuestionRef) {
        for member in self.cluster(q) {
            self.carried.remove(&member);
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
