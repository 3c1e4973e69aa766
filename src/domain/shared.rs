//! Questions that are one question: the same wording (ignoring case,
//! punctuation, and "end to end" against "end-to-end") pointing at the same
//! cause. "Is the deployment process automated?" is question 1 of symptoms
//! 8, 10 and 13, each time pointing at Manual Deployments; the team answers
//! it once and the answer is filled in on the others (see
//! [`Findings::set_shared_answer`]).

use super::answers::{Answer, Findings};
use super::graph::{Graph, QuestionRef};

/// The wording of a question with case, punctuation and spacing taken out:
/// lower-case words separated by single spaces. A hyphen separates words,
/// so "end-to-end" reads as "end to end".
pub fn wording_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Every question sharing `q`'s wording and cause, `q` included, in the
/// guide's order. Just `[q]` for a question asked once; empty for a question
/// the graph does not have.
pub fn group_of(graph: &Graph, q: &QuestionRef) -> Vec<QuestionRef> {
    let Some(question) = graph.question(q) else {
        return Vec::new();
    };
    let key = wording_key(&question.question);
    let mut out = Vec::new();
    for s in &graph.symptoms {
        for (index, other) in s.questions.iter().enumerate() {
            if other.target == question.target && wording_key(&other.question) == key {
                out.push(QuestionRef {
                    symptom: s.id.clone(),
                    index,
                });
            }
        }
    }
    out
}

/// The groups of two or more questions that share an answer, in the guide's
/// order of their first question.
pub fn groups(graph: &Graph) -> Vec<Vec<QuestionRef>> {
    let mut out: Vec<Vec<QuestionRef>> = Vec::new();
    for s in &graph.symptoms {
        for index in 0..s.questions.len() {
            let q = QuestionRef {
                symptom: s.id.clone(),
                index,
            };
            if out.iter().any(|g| g.contains(&q)) {
                continue;
            }
            let group = group_of(graph, &q);
            if group.len() > 1 {
                out.push(group);
            }
        }
    }
    out
}

/// Records `answer` for `q` on every question sharing it (see
/// [`group_of`]); `None` clears it everywhere.
pub fn set_answer(graph: &Graph, findings: &mut Findings, q: QuestionRef, answer: Option<Answer>) {
    let group = group_of(graph, &q);
    findings.set_shared_answer(q, &group, answer);
}

/// Where a question's answer came from, for the question screen: "Answered
/// on symptom 8, The Team Is Afraid to Deploy: Yes".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedAnswer {
    /// The question the answer was given on.
    pub given_on: QuestionRef,
    /// That question's symptom number and title (the id when the graph no
    /// longer has it).
    pub symptom_number: Option<u32>,
    pub symptom_title: String,
    pub answer: Answer,
}

impl SharedAnswer {
    /// "Answered on symptom 8, The Team Is Afraid to Deploy: Yes".
    pub fn describe(&self) -> String {
        match self.symptom_number {
            Some(n) => format!(
                "Answered on symptom {n}, {}: {}",
                self.symptom_title,
                self.answer.label()
            ),
            None => format!(
                "Answered on symptom `{}`: {}",
                self.symptom_title,
                self.answer.label()
            ),
        }
    }
}

/// `Some` when `q`'s answer is a copy of one given on another question.
pub fn shared_answer(graph: &Graph, findings: &Findings, q: &QuestionRef) -> Option<SharedAnswer> {
    if !findings.is_shared_copy(q) {
        return None;
    }
    let given_on = findings.given_on(q).clone();
    let answer = findings.answer(q)?;
    let symptom = graph.symptom(&given_on.symptom);
    Some(SharedAnswer {
        symptom_number: symptom.map(|s| s.number),
        symptom_title: symptom.map_or_else(|| given_on.symptom.clone(), |s| s.title.clone()),
        given_on,
        answer,
    })
}

#[cfg(test)]
#[path = "shared_tests.rs"]
mod tests;
