//! Causes the answers ruled out: the ones the ranking leaves out because the
//! answers to their questions speak against them more than for them (net
//! evidence below zero), each with those answers. Shown under the ranked
//! causes, in a symptom's summary and in the minutes.

use serde::{Deserialize, Serialize};

use super::rank::{RankedCause, Reason, evidence_weight, listed, sort, tallies};
use crate::domain::answers::{Evidence, Findings};
use crate::domain::graph::{Graph, QuestionRef, Target};

/// A cause the answers speak against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuledOut {
    pub target: Target,
    /// The sum of the answers' evidence: below zero.
    pub net: f64,
    /// The answers to questions pointing at it ([`Reason::Answered`]), in
    /// the order the ranking counts them: marked symptoms in marking order.
    pub answers: Vec<Reason>,
}

/// The ranked causes and the causes ruled out, from the same tallies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnosis {
    /// Best first, exactly as [`super::rank`] gives them.
    pub ranked: Vec<RankedCause>,
    /// Most strongly ruled out first (lowest net evidence), then by id.
    pub ruled_out: Vec<RuledOut>,
}

/// Ranks the causes of the marked symptoms and lists those the answers
/// ruled out: left out of the ranking, with net evidence below zero. A cause
/// the guide's priors keep in the ranking despite an answer against it stays
/// ranked, with that answer among its reasons.
pub fn diagnose(graph: &Graph, findings: &Findings) -> Diagnosis {
    let mut ranked = Vec::new();
    let mut ruled_out = Vec::new();
    for (id, tally) in tallies(graph, findings) {
        match listed(graph, id, tally) {
            Ok(c) => ranked.push(c),
            Err((id, tally)) => {
                let net = tally.net_evidence();
                if net < 0.0 && graph.anti_pattern(&id).is_some() {
                    let answers = tally
                        .reasons
                        .into_iter()
                        .filter(|r| matches!(r, Reason::Answered { .. }))
                        .collect();
                    ruled_out.push(RuledOut {
                        target: Target::AntiPattern(id),
                        net,
                        answers,
                    });
                }
            }
        }
    }
    sort(graph, &mut ranked);
    ruled_out.sort_by(|a, b| {
        a.net
            .total_cmp(&b.net)
            .then_with(|| a.target.cmp(&b.target))
    });
    Diagnosis { ranked, ruled_out }
}

/// The causes one symptom's answers rule out, whether or not it is marked:
/// targets of its questions (anti-patterns) whose answers here add up to
/// less than zero. In the order of their first question.
pub fn ruled_out_on(graph: &Graph, findings: &Findings, symptom_id: &str) -> Vec<RuledOut> {
    let Some(symptom) = graph.symptom(symptom_id) else {
        return Vec::new();
    };
    let mut out: Vec<RuledOut> = Vec::new();
    for (index, question) in symptom.questions.iter().enumerate() {
        let Target::AntiPattern(_) = &question.target else {
            continue;
        };
        if out.iter().any(|r| r.target == question.target) {
            continue;
        }
        let mut answers = Vec::new();
        let mut net = 0.0;
        for (i, q) in symptom.questions.iter().enumerate().skip(index) {
            if q.target != question.target {
                continue;
            }
            let qref = QuestionRef {
                symptom: symptom.id.clone(),
                index: i,
            };
            let Some(answer) = findings.answer(&qref) else {
                continue;
            };
            let evidence = Evidence::of(answer, graph.fact(&qref));
            if evidence == Evidence::Nothing {
                continue;
            }
            net += evidence_weight(evidence);
            answers.push(Reason::Answered {
                given_on: findings
                    .is_shared_copy(&qref)
                    .then(|| findings.given_on(&qref).clone()),
                question: qref,
                answer,
                evidence,
                contribution: evidence_weight(evidence),
            });
        }
        if net < 0.0 {
            out.push(RuledOut {
                target: question.target.clone(),
                net,
                answers,
            });
        }
    }
    out
}
