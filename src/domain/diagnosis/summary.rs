//! What the answers point at: the end-of-walk summary for one symptom, the
//! symptoms a triage's answers suggest adding, and "You may also be seeing".

use serde::{Deserialize, Serialize};

use super::rank::{RankedCause, marked_symptoms};
use super::ruled_out::{RuledOut, ruled_out_on};
use crate::domain::answers::{Evidence, Findings};
use crate::domain::graph::{Graph, QuestionRef, Target};

/// The end of one symptom's questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Targets of questions whose answer points at them, in question order,
    /// each once, leaving out those under `ruled_out`.
    pub yes: Vec<Target>,
    /// Targets of questions answered Unsure and not already under `yes` or
    /// `ruled_out`.
    pub unsure: Vec<Target>,
    /// The symptom's most common cause, whatever the answers.
    pub most_common: Target,
    /// Causes this symptom's answers speak against more than for, with the
    /// answers (see [`ruled_out_on`]).
    pub ruled_out: Vec<RuledOut>,
}

/// The summary of one symptom's answers, or `None` if the graph has no such
/// symptom. Targets keep their kind: a question may point at another symptom.
pub fn symptom_summary(graph: &Graph, findings: &Findings, symptom_id: &str) -> Option<Summary> {
    let symptom = graph.symptom(symptom_id)?;
    let mut yes: Vec<Target> = Vec::new();
    let mut unsure: Vec<Target> = Vec::new();
    for (index, question) in symptom.questions.iter().enumerate() {
        let qref = QuestionRef {
            symptom: symptom.id.clone(),
            index,
        };
        let Some(answer) = findings.answer(&qref) else {
            continue;
        };
        let list = match Evidence::of(answer, graph.fact(&qref)) {
            Evidence::PointsAt => &mut yes,
            Evidence::Maybe => &mut unsure,
            _ => continue,
        };
        if !list.contains(&question.target) {
            list.push(question.target.clone());
        }
    }
    let ruled_out = ruled_out_on(graph, findings, symptom_id);
    let out = |t: &Target| ruled_out.iter().any(|r| r.target == *t);
    yes.retain(|t| !out(t));
    unsure.retain(|t| !yes.contains(t) && !out(t));
    Some(Summary {
        yes,
        unsure,
        most_common: symptom.most_common_cause.clone(),
        ruled_out,
    })
}

/// A symptom the triage's answers point at that the team has not marked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// The symptom to offer for the triage.
    pub symptom: String,
    /// The first question whose answer pointed (or may point) at it.
    pub because: QuestionRef,
}

/// Symptoms to offer for the triage: targets of questions of marked symptoms
/// whose answer points or may point at them that are symptoms the graph has and the team has
/// not marked. In marking order, then question order; each symptom once.
pub fn suggested_symptoms(graph: &Graph, findings: &Findings) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = Vec::new();
    for symptom in marked_symptoms(graph, findings) {
        for (index, question) in symptom.questions.iter().enumerate() {
            let Target::Symptom(target) = &question.target else {
                continue;
            };
            let qref = QuestionRef {
                symptom: symptom.id.clone(),
                index,
            };
            let pointed = findings.answer(&qref).is_some_and(|a| {
                matches!(
                    Evidence::of(a, graph.fact(&qref)),
                    Evidence::PointsAt | Evidence::Maybe
                )
            });
            if pointed
                && graph.symptom(target).is_some()
                && !findings.is_marked(target)
                && !out.iter().any(|s| &s.symptom == target)
            {
                out.push(Suggestion {
                    symptom: target.clone(),
                    because: qref,
                });
            }
        }
    }
    out
}

/// "You may also be seeing": symptoms a top cause produces that are not marked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlsoSeeing {
    pub cause: Target,
    /// Symptom ids, in the graph's order.
    pub symptoms: Vec<String>,
}

/// For the first `top_n` of `ranked`, the symptoms that list the cause under
/// "Common causes" and that the team has not marked. Causes with none left
/// are left out, as are causes the graph does not have.
pub fn also_seeing(
    graph: &Graph,
    findings: &Findings,
    ranked: &[RankedCause],
    top_n: usize,
) -> Vec<AlsoSeeing> {
    ranked
        .iter()
        .take(top_n)
        .filter_map(|cause| {
            let Target::AntiPattern(id) = &cause.target else {
                return None;
            };
            let symptoms: Vec<String> = graph
                .symptoms
                .iter()
                .filter(|s| !findings.is_marked(&s.id))
                .filter(|s| s.causes.iter().any(|c| c.target == cause.target))
                .map(|s| s.id.clone())
                .collect();
            (graph.anti_pattern(id).is_some() && !symptoms.is_empty()).then(|| AlsoSeeing {
                cause: cause.target.clone(),
                symptoms,
            })
        })
        .collect()
}
