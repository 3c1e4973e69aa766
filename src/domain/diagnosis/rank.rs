//! Ranking root causes across the marked symptoms. The rules and constants
//! are described in plain words in the [module documentation](super).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::domain::answers::{Answer, Findings};
use crate::domain::graph::{Graph, QuestionRef, Symptom, Target};

/// Prior for each marked symptom that cites a cause, before normalisation.
pub const W_CITE: f64 = 1.0;
/// Prior for being a marked symptom's most common cause (not normalised).
pub const W_COMMON: f64 = 1.0;
/// Evidence from a Yes answer to a question pointing at the cause.
pub const YES: f64 = 3.0;
/// Evidence from an Unsure answer.
pub const UNSURE: f64 = 1.0;
/// Evidence from a No answer (counts against the cause).
pub const NO: f64 = -2.0;
/// A skipped question tells nothing.
pub const SKIP: f64 = 0.0;

/// What an answer adds to the score of the cause its question points at.
pub fn answer_weight(answer: Answer) -> f64 {
    match answer {
        Answer::Yes => YES,
        Answer::Unsure => UNSURE,
        Answer::No => NO,
        Answer::Skip => SKIP,
    }
}

/// One root cause in the ranking, with the arithmetic behind its score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankedCause {
    /// Always an anti-pattern: symptom targets are never ranked.
    pub target: Target,
    /// The sum of the reasons' contributions.
    pub score: f64,
    /// Why, in order: the normalisation, then per marked symptom (in marking
    /// order) its citation, most-common-cause statement and answers.
    pub reasons: Vec<Reason>,
}

/// One term of a cause's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reason {
    /// How the citation prior is scaled for this cause: the guide lists it
    /// under "Common causes" of `cited_by` of the graph's `symptoms`
    /// symptoms, so each citation counts `weight` = 1 / `cited_by`. A
    /// multiplier, not a term: it contributes 0 on its own.
    Normalisation {
        cited_by: usize,
        symptoms: usize,
        weight: f64,
    },
    /// Marked symptom `symptom` lists the cause under "Common causes".
    CitedBy { symptom: String, contribution: f64 },
    /// Marked symptom `symptom` names it as its most common cause.
    MostCommonCause { symptom: String, contribution: f64 },
    /// `answer` to `question` (of symptom `question.symptom`) pointed here.
    Answered {
        question: QuestionRef,
        answer: Answer,
        contribution: f64,
    },
}

impl Reason {
    /// What this reason adds to the score.
    pub fn contribution(&self) -> f64 {
        match self {
            Reason::Normalisation { .. } => 0.0,
            Reason::CitedBy { contribution, .. }
            | Reason::MostCommonCause { contribution, .. }
            | Reason::Answered { contribution, .. } => *contribution,
        }
    }
}

impl RankedCause {
    /// How many Yes answers pointed at this cause.
    pub fn yes_count(&self) -> usize {
        self.answer_count(Answer::Yes)
    }

    pub fn answer_count(&self, which: Answer) -> usize {
        self.reasons
            .iter()
            .filter(|r| matches!(r, Reason::Answered { answer, .. } if *answer == which))
            .count()
    }
}

/// The citation weight of an anti-pattern: 1 / (number of symptoms in the
/// graph that list it under "Common causes"), or 1 if none does.
pub fn citation_weight(graph: &Graph, anti_pattern: &str) -> f64 {
    1.0 / citing_symptoms(graph, anti_pattern).max(1) as f64
}

/// How many symptoms in the graph list the anti-pattern as a cause.
pub fn citing_symptoms(graph: &Graph, anti_pattern: &str) -> usize {
    graph
        .symptoms
        .iter()
        .filter(|s| cites(s, anti_pattern))
        .count()
}

fn cites(symptom: &Symptom, anti_pattern: &str) -> bool {
    symptom
        .causes
        .iter()
        .any(|c| matches!(&c.target, Target::AntiPattern(id) if id == anti_pattern))
}

/// The marked symptoms the graph knows, each once, in marking order.
pub(super) fn marked_symptoms<'g>(graph: &'g Graph, findings: &Findings) -> Vec<&'g Symptom> {
    let mut seen = BTreeSet::new();
    findings
        .marked
        .iter()
        .filter(|id| seen.insert(id.as_str()))
        .filter_map(|id| graph.symptom(id))
        .collect()
}

/// Counts kept per cause; the score is computed from these so that it does
/// not depend on the order in which symptoms were marked.
#[derive(Default)]
struct Tally {
    cited: usize,
    common: usize,
    answers: [usize; 4],
    reasons: Vec<Reason>,
}

impl Tally {
    fn count(&self, a: Answer) -> usize {
        self.answers[answer_slot(a)]
    }
}

fn answer_slot(a: Answer) -> usize {
    match a {
        Answer::Yes => 0,
        Answer::No => 1,
        Answer::Unsure => 2,
        Answer::Skip => 3,
    }
}

/// Ranks the anti-patterns behind the marked symptoms, best first.
///
/// Only marked symptoms count: their citations, their most common causes and
/// the answers to their questions. Ids the graph does not have are ignored.
/// A cause is listed if its score is above zero or it got a Yes or Unsure.
pub fn rank(graph: &Graph, findings: &Findings) -> Vec<RankedCause> {
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    for symptom in marked_symptoms(graph, findings) {
        tally_symptom(graph, findings, symptom, &mut tallies);
    }
    let mut ranked: Vec<RankedCause> = tallies
        .into_iter()
        .map(|(id, t)| finish(graph, id, t))
        .filter(|c| c.score > 0.0 || c.yes_count() > 0 || c.answer_count(Answer::Unsure) > 0)
        .collect();
    ranked.sort_by(|a, b| compare(graph, a, b));
    ranked
}

fn tally_symptom(
    graph: &Graph,
    findings: &Findings,
    symptom: &Symptom,
    tallies: &mut BTreeMap<String, Tally>,
) {
    let mut cited_here = BTreeSet::new();
    for cause in &symptom.causes {
        let Target::AntiPattern(id) = &cause.target else {
            continue;
        };
        if !cited_here.insert(id.as_str()) {
            continue;
        }
        let t = tallies.entry(id.clone()).or_default();
        t.cited += 1;
        t.reasons.push(Reason::CitedBy {
            symptom: symptom.id.clone(),
            contribution: W_CITE * citation_weight(graph, id),
        });
        if symptom.most_common_cause == cause.target {
            t.common += 1;
            t.reasons.push(Reason::MostCommonCause {
                symptom: symptom.id.clone(),
                contribution: W_COMMON,
            });
        }
    }
    for (index, question) in symptom.questions.iter().enumerate() {
        let Target::AntiPattern(id) = &question.target else {
            continue;
        };
        let qref = QuestionRef {
            symptom: symptom.id.clone(),
            index,
        };
        let Some(answer) = findings.answer(&qref) else {
            continue;
        };
        if answer == Answer::Skip {
            continue;
        }
        let t = tallies.entry(id.clone()).or_default();
        t.answers[answer_slot(answer)] += 1;
        t.reasons.push(Reason::Answered {
            question: qref,
            answer,
            contribution: answer_weight(answer),
        });
    }
}

fn finish(graph: &Graph, id: String, t: Tally) -> RankedCause {
    let weight = citation_weight(graph, &id);
    let score = W_CITE * weight * t.cited as f64
        + W_COMMON * t.common as f64
        + YES * t.count(Answer::Yes) as f64
        + UNSURE * t.count(Answer::Unsure) as f64
        + NO * t.count(Answer::No) as f64;
    let mut reasons = Vec::with_capacity(t.reasons.len() + 1);
    if t.cited > 0 {
        reasons.push(Reason::Normalisation {
            cited_by: citing_symptoms(graph, &id),
            symptoms: graph.symptoms.len(),
            weight,
        });
    }
    reasons.extend(t.reasons);
    RankedCause {
        target: Target::AntiPattern(id),
        score,
        reasons,
    }
}

/// The ranking order: higher score first, then more Yes answers, then the
/// rarer cause (higher citation weight), then the id, so ties always break
/// the same way.
pub fn compare(graph: &Graph, a: &RankedCause, b: &RankedCause) -> Ordering {
    let wa = citation_weight(graph, a.target.id());
    let wb = citation_weight(graph, b.target.id());
    b.score
        .total_cmp(&a.score)
        .then_with(|| b.yes_count().cmp(&a.yes_count()))
        .then_with(|| wb.total_cmp(&wa))
        .then_with(|| a.target.cmp(&b.target))
}
