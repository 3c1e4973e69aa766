//! The answer facts kept beside the graph (`assets/polarity.ron`): for every
//! "How to narrow it down" question, which answer to the guide's own question
//! points at its cause, read from the guide's explanation. Checked against
//! the graph on every load: every question has exactly one fact, each fact
//! names its question's sentence as the guide writes it, a `yes_means` is
//! the guide's own words, and questions that share an answer (see
//! [`crate::domain::shared`]) agree.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use serde::Deserialize;

use super::graph::{Fact, Graph, Points, QuestionRef};
use super::load::{LoadError, ron_message};

/// The embedded facts file.
pub const EMBEDDED: &str = include_str!("../../assets/polarity.ron");
/// How the embedded facts file is named in messages.
pub const EMBEDDED_ORIGIN: &str = "assets/polarity.ron";

/// A facts file as written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactsFile {
    /// Id of the graph the facts are about.
    pub graph: String,
    pub questions: Vec<Entry>,
}

/// One question's fact as written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub symptom: String,
    /// The question's number within its symptom, from 1.
    pub number: usize,
    /// The question's sentence as the guide writes it.
    pub question: String,
    pub points: Points,
    #[serde(default)]
    pub yes_means: Option<String>,
}

impl Entry {
    fn question_ref(&self) -> QuestionRef {
        QuestionRef {
            symptom: self.symptom.clone(),
            index: self.number.saturating_sub(1),
        }
    }
}

/// Parses a facts file; `origin` names it in errors.
pub fn parse(text: &str, origin: &str) -> Result<FactsFile, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ron::from_str(text).map_err(|e| LoadError::Syntax {
        origin: origin.to_string(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: ron_message(&e.code),
    })
}

/// The embedded facts, parsed once.
pub fn embedded() -> Result<&'static FactsFile, LoadError> {
    static PARSED: OnceLock<Result<FactsFile, String>> = OnceLock::new();
    PARSED
        .get_or_init(|| parse(EMBEDDED, EMBEDDED_ORIGIN).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|message| LoadError::Invalid {
            origin: EMBEDDED_ORIGIN.to_string(),
            problems: vec![message.clone()],
        })
}

/// Every problem with `facts` as facts about `graph`, one line each.
pub fn check(graph: &Graph, facts: &FactsFile) -> Vec<String> {
    let mut problems = Vec::new();
    if facts.graph != graph.id {
        problems.push(format!(
            "the facts are about graph `{}`, not `{}`",
            facts.graph, graph.id
        ));
        return problems;
    }
    let mut seen: BTreeMap<QuestionRef, usize> = BTreeMap::new();
    for (i, e) in facts.questions.iter().enumerate() {
        let at = format!(
            "fact {} (symptom `{}`, question {})",
            i + 1,
            e.symptom,
            e.number
        );
        let q = e.question_ref();
        if e.number == 0 {
            problems.push(format!("{at}: questions are numbered from 1"));
            continue;
        }
        let Some(question) = graph.question(&q) else {
            problems.push(format!("{at}: the graph has no such question"));
            continue;
        };
        if let Some(first) = seen.insert(q, i) {
            problems.push(format!("{at}: repeats fact {}", first + 1));
        }
        if question.question != e.question {
            problems.push(format!(
                "{at}: the question reads {:?} in the graph, not {:?}",
                question.question, e.question
            ));
        }
        if let Some(means) = &e.yes_means {
            let words = means.trim();
            if words.is_empty() {
                problems.push(format!("{at}: yes_means is empty"));
            } else if !question.question.contains(words) && !question.detail.contains(words) {
                problems.push(format!(
                    "{at}: yes_means {means:?} is not the guide's words: it is in neither the question nor its explanation"
                ));
            }
            if e.points != Points::Yes {
                problems.push(format!(
                    "{at}: with yes_means, Yes is the guide's condition holding, so `points` must be Yes"
                ));
            }
        }
    }
    for s in &graph.symptoms {
        for index in 0..s.questions.len() {
            let q = QuestionRef {
                symptom: s.id.clone(),
                index,
            };
            if !seen.contains_key(&q) {
                problems.push(format!(
                    "symptom `{}`, question {}: no fact says which answer points at its cause",
                    s.id,
                    index + 1
                ));
            }
        }
    }
    let by_ref: HashMap<QuestionRef, &Entry> = facts
        .questions
        .iter()
        .map(|e| (e.question_ref(), e))
        .collect();
    for group in super::shared::groups(graph) {
        let first = by_ref.get(&group[0]);
        for q in &group[1..] {
            let other = by_ref.get(q);
            if let (Some(a), Some(b)) = (first, other)
                && (a.points != b.points || a.yes_means != b.yes_means)
            {
                problems.push(format!(
                    "symptom `{}`, question {} shares its wording and cause with symptom `{}`, question {}, but not its fact",
                    q.symptom,
                    q.index + 1,
                    group[0].symptom,
                    group[0].index + 1
                ));
            }
        }
    }
    problems
}

/// `graph` with `facts` attached, if they pass [`check`]; `origin` names
/// the facts in the error.
pub fn attach(mut graph: Graph, facts: &FactsFile, origin: &str) -> Result<Graph, LoadError> {
    let problems = check(&graph, facts);
    if !problems.is_empty() {
        return Err(LoadError::Invalid {
            origin: origin.to_string(),
            problems,
        });
    }
    let map = facts
        .questions
        .iter()
        .map(|e| {
            (
                e.question_ref(),
                Fact {
                    points: e.points,
                    yes_means: e.yes_means.clone(),
                },
            )
        })
        .collect();
    graph.set_facts(map);
    Ok(graph)
}

/// `graph` with the embedded facts attached; for another guide's graph,
/// an error that says where its facts go.
pub fn attach_embedded(graph: Graph, origin: &str) -> Result<Graph, LoadError> {
    let facts = embedded()?;
    if facts.graph != graph.id {
        return Err(LoadError::Invalid {
            origin: origin.to_string(),
            problems: vec![format!(
                "no answer facts for graph `{}` (the built-in ones are for `{}`): write them, in the format of {EMBEDDED_ORIGIN}, to a file named like the graph with `.facts.ron` instead of `.ron` beside it",
                graph.id, facts.graph
            )],
        });
    }
    attach(graph, facts, EMBEDDED_ORIGIN)
}

#[cfg(test)]
#[path = "facts_tests.rs"]
mod tests;
