//! Ranking root causes across the marked symptoms. The rules and constants
//! are described in plain words in the [module documentation](super).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::domain::answers::{Answer, Evidence, Findings};
use crate::domain::graph::{Graph, QuestionRef, Symptom, Target};

/// Prior for each marked symptom that cites a cause, before normalisation.
pub const W_CITE: f64 = 1.0;
/// Prior for being a marked symptom's most common cause (not normalised).
pub const W_COMMON: f64 = 1.0;
/// An answer that points at the question's cause.
pub const POINTS_AT: f64 = 3.0;
/// An Unsure answer: weak evidence for the cause.
pub const MAYBE: f64 = 1.0;
/// An answer that speaks against the cause.
pub const AGAINST: f64 = -2.0;
/// A skipped question tells nothing.
pub const NOTHING: f64 = 0.0;

/// What an answer's evidence adds to the score of the question's cause.
pub fn evidence_weight(evidence: Evidence) -> f64 {
    match evidence {
        Evidence::PointsAt => POINTS_AT,
        Evidence::Maybe => MAYBE,
        Evidence::SpeaksAgainst => AGAINST,
        Evidence::Nothing => NOTHING,
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
    /// `answer` to `question` (of symptom `question.symptom`), which points
    /// at this cause, gave `evidence` for it. `given_on` is the question the
    /// answer was given on when it is shared from one with the same wording
    /// (it then counts once for each marked symptom asking it).
    Answered {
        question: QuestionRef,
        answer: Answer,
        evidence: Evidence,
        given_on: Option<QuestionRef>,
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
    /// How many answers pointed at this cause.
    pub fn points_count(&self) -> usize {
        self.evidence_count(Evidence::PointsAt)
    }

    /// How many answers gave `which` evidence for this cause.
    pub fn evidence_count(&self, which: Evidence) -> usize {
        self.reasons
            .iter()
            .filter(|r| matches!(r, Reason::Answered { evidence, .. } if *evidence == which))
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
pub(super) struct Tally {
    cited: usize,
    common: usize,
    evidence: [usize; 4],
    pub(super) reasons: Vec<Reason>,
}

impl Tally {
    fn count(&self, e: Evidence) -> usize {
        self.evidence[evidence_slot(e)]
    }

    /// The sum of the answers' evidence, without the priors.
    pub(super) fn net_evidence(&self) -> f64 {
        POINTS_AT * self.count(Evidence::PointsAt) as f64
            + MAYBE * self.count(Evidence::Maybe) as f64
            + AGAINST * self.count(Evidence::SpeaksAgainst) as f64
    }
}

fn evidence_slot(e: Evidence) -> usize {
    match e {
        Evidence::PointsAt => 0,
        Evidence::SpeaksAgainst => 1,
        Evidence::Maybe => 2,
        Evidence::Nothing => 3,
    }
}

/// Ranks the anti-patterns behind the marked symptoms, best first.
///
/// Only marked symptoms count: their citations, their most common causes and
/// the answers to their questions. Ids the graph does not have are ignored.
/// A cause is listed if its score is above zero or an answer points at it
/// or may point at it.
pub fn rank(graph: &Graph, findings: &Findings) -> Vec<RankedCause> {
    let mut ranked: Vec<RankedCause> = tallies(graph, findings)
        .into_iter()
        .filter_map(|(id, t)| listed(graph, id, t).ok())
        .collect();
    sort(graph, &mut ranked);
    ranked
}

/// The tallies of every cause the marked symptoms cite or ask about.
pub(super) fn tallies(graph: &Graph, findings: &Findings) -> BTreeMap<String, Tally> {
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    for symptom in marked_symptoms(graph, findings) {
        tally_symptom(graph, findings, symptom, &mut tallies);
    }
    tallies
}

/// The ranked cause, or (`Err`) its tally back when the ranking leaves it
/// out. Sorted by the caller.
pub(super) fn listed(graph: &Graph, id: String, t: Tally) -> Result<RankedCause, (String, Tally)> {
    let c = finish(graph, id.clone(), &t);
    if c.score > 0.0 || c.points_count() > 0 || c.evidence_count(Evidence::Maybe) > 0 {
        Ok(c)
    } else {
        Err((id, t))
    }
}

/// Sorts a ranking best first (see [`compare`]).
pub(super) fn sort(graph: &Graph, ranked: &mut [RankedCause]) {
    ranked.sort_by(|a, b| compare(graph, a, b));
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
        let evidence = Evidence::of(answer, graph.fact(&qref));
        if evidence == Evidence::Nothing {
            continue;
        }
        let given_on = findings
            .is_shared_copy(&qref)
            .then(|| findings.given_on(&qref).clone());
        let t = tallies.entry(id.clone()).or_default();
        t.evidence[evidence_slot(evidence)] += 1;
        t.reasons.push(Reason::Answered {
            question: qref,
            answer,
            evidence,
            given_on,
            contribution: evidence_weight(evidence),
        });
    }
}

fn finish(graph: &Graph, id: String, t: &Tally) -> RankedCause {
    let weight = citation_weight(graph, &id);
    let score = W_CITE * weight * t.cited as f64 + W_COMMON * t.common as f64 + t.net_evidence();
    let mut reasons = Vec::with_capacity(t.reasons.len() + 1);
    if t.cited > 0 {
        reasons.push(Reason::Normalisation {
            cited_by: citing_symptoms(graph, &id),
            symptoms: graph.symptoms.len(),
            weight,
        });
    }
    reasons.extend(t.reasons.iter().cloned());
    RankedCause {
        target: Target::AntiPattern(id),
        score,
        reasons,
    }
}

/// The ranking order: higher score first, then more answers pointing at it, then the
/// rarer cause (higher citation weight), then the id, so ties always break
/// the same way.
pub fn compare(graph: &Graph, a: &RankedCause, b: &RankedCause) -> Ordering {
    let wa = citation_weight(graph, a.target.id());
    let wb = citation_weight(graph, b.target.id());
    b.score
        .total_cmp(&a.score)
        .then_with(|| b.points_count().cmp(&a.points_count()))
        .then_with(|| wb.total_cmp(&wa))
        .then_with(|| a.target.cmp(&b.target))
}
