//! The answer facts kept beside the graph (`assets/polarity.ron`): for every
//! "How to narrow it down" question, which answer to the guide's own question
//! points at its cause, read from the guide's explanation. Checked against
//! the graph on every load: every question has exactly one fact, each fact
//! names its question's sentence as the guide writes it, a `yes_means` is
//! the guide's own words, and questions that share an answer (see
//! [`crate::domain::shared`]) agree.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::graph::{Fact, Graph, Points, QuestionRef};
use super::load_error::{LoadError, ron_message};

/// The embedded facts file.
pub const EMBEDDED: &str = include_str!("../../assets/polarity.ron");
/// How the embedded facts file is named in messages.
pub const EMBEDDED_ORIGIN: &str = "assets/polarity.ron";

/// A facts file as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactsFile {
    /// Id of the graph the facts are about.
    pub graph: String,
    pub questions: Vec<Entry>,
}

/// One question's fact as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub symptom: String,
    /// The question's number within its symptom, from 1.
    pub number: usize,
    /// The question's sentence as the guide writes it.
    pub question: String,
    pub points: Points,
    #[serde(default, skip_serializing_if = "Option::is_none")]
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

/// The id of the graph the built-in facts are about.
pub fn built_in_graph_id() -> String {
    embedded().map(|f| f.graph.clone()).unwrap_or_default()
}

/// Where the facts of an imported graph came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Derived {
    /// Taken from the built-in facts: the same question, word for word
    /// (ignoring case and punctuation), pointing at the same cause.
    pub reused: usize,
    /// Read from the explanation's opening ("If not, ..." is No; any other
    /// "If ..." is Yes, and for a question that is not a yes/no question,
    /// that condition is what Yes means).
    pub inferred: usize,
}

/// Words that open a question that cannot be answered Yes or No.
const OPEN_QUESTION: &[&str] = &["how", "what", "which", "when", "where", "who", "why"];

/// Answer facts for a graph without its own (an imported guide): the
/// built-in fact where the question is one the embedded guide has, else read
/// from the explanation. The result passes [`check`].
pub fn derive(graph: &Graph) -> (FactsFile, Derived) {
    let built_in = super::embedded::embedded_graph();
    let known: Vec<(&Entry, Option<&super::graph::Question>)> = embedded()
        .map(|f| f.questions.iter().collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|e| (e, built_in.question(&e.question_ref())))
        .collect();
    let mut derived = Derived::default();
    let mut questions = Vec::new();
    for s in &graph.symptoms {
        for (i, q) in s.questions.iter().enumerate() {
            let key = super::shared::wording_key(&q.question);
            let reuse = known.iter().find(|(e, eq)| {
                super::shared::wording_key(&e.question) == key
                    && eq.is_some_and(|eq| eq.target == q.target)
                    && e.yes_means.as_ref().is_none_or(|y| {
                        q.question.contains(y.as_str()) || q.detail.contains(y.as_str())
                    })
            });
            let (points, yes_means) = match reuse {
                Some((e, _)) => {
                    derived.reused += 1;
                    (e.points, e.yes_means.clone())
                }
                None => {
                    derived.inferred += 1;
                    infer(&q.question, &q.detail)
                }
            };
            questions.push(Entry {
                symptom: s.id.clone(),
                number: i + 1,
                question: q.question.clone(),
                points,
                yes_means,
            });
        }
    }
    let facts = FactsFile {
        graph: graph.id.clone(),
        questions,
    };
    (facts, derived)
}

/// Reads a fact from the explanation's opening clause.
fn infer(question: &str, detail: &str) -> (Points, Option<String>) {
    let lower = detail.trim_start().to_lowercase();
    let negative = [
        "if not",
        "if no ",
        "if no,",
        "if the answer is no",
        "if they are not",
        "if it is not",
    ]
    .iter()
    .any(|p| lower.starts_with(p));
    if negative {
        return (Points::No, None);
    }
    let first = question
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let open = OPEN_QUESTION.contains(&first.as_str());
    let condition = detail
        .trim_start()
        .strip_prefix("If ")
        .and_then(|rest| rest.split(',').next())
        .map(str::trim)
        .filter(|c| !c.is_empty() && detail.contains(*c));
    match (open, condition) {
        (true, Some(c)) => (Points::Yes, Some(c.to_string())),
        _ => (Points::Yes, None),
    }
}

/// A facts file as RON, in the format of `assets/polarity.ron`.
pub fn to_ron(facts: &FactsFile) -> String {
    let config = ron::ser::PrettyConfig::new().struct_names(false);
    ron::ser::to_string_pretty(facts, config).unwrap_or_default()
}

#[cfg(test)]
#[path = "facts_tests.rs"]
mod tests;
