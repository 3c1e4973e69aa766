//! Loading a graph from RON and validating it on every load.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::graph::{Graph, QuestionRef, Target};

/// The graph shipped with the app (the output of `cdtriage import` on
/// `assets/source/`).
pub const EMBEDDED_RON: &str = include_str!("../../assets/graph.ron");

/// Why a graph could not be loaded.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The reason is part of the message and deliberately not a `source`:
    /// `{:#}` would print it twice.
    #[error("cannot read {path}: {error}")]
    Read {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{origin}:{line}:{column}: {message}")]
    Syntax {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{origin}: the graph is not valid:\n{}", .problems.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid {
        origin: String,
        problems: Vec<String>,
    },
}

/// Parses the embedded graph. It is checked by the test suite, so a failure
/// here is a build defect, reported as an error rather than a panic.
pub fn embedded() -> Result<Graph, LoadError> {
    parse(EMBEDDED_RON, "embedded graph")
}

/// Reads and validates a graph from a RON file.
pub fn from_file(path: &Path) -> Result<Graph, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|error| LoadError::Read {
        path: path.to_path_buf(),
        error,
    })?;
    parse(&text, &path.display().to_string())
}

/// Parses and validates RON text; `origin` names it in errors.
pub fn parse(text: &str, origin: &str) -> Result<Graph, LoadError> {
    let mut graph: Graph = ron::from_str(text).map_err(|e| LoadError::Syntax {
        origin: origin.to_string(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    })?;
    graph.reindex();
    let problems = validate(&graph);
    if problems.is_empty() {
        Ok(graph)
    } else {
        Err(LoadError::Invalid {
            origin: origin.to_string(),
            problems,
        })
    }
}

/// Every check run on load. Returns one human-readable line per problem.
pub fn validate(graph: &Graph) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for s in &graph.symptoms {
        if !seen.insert(s.id.as_str()) {
            problems.push(format!("duplicate id `{}`", s.id));
        }
    }
    for a in &graph.anti_patterns {
        if !seen.insert(a.id.as_str()) {
            problems.push(format!("duplicate id `{}`", a.id));
        }
    }
    let resolves = |t: &Target| graph.target_name(t).is_some();

    for s in &graph.symptoms {
        if s.causes.is_empty() {
            problems.push(format!("symptom `{}` has no causes", s.id));
        }
        let causes: BTreeSet<&Target> = s.causes.iter().map(|c| &c.target).collect();
        for c in &s.causes {
            if !resolves(&c.target) {
                problems.push(format!(
                    "symptom `{}`: cause \"{}\" links to unknown {:?}",
                    s.id, c.heading, c.target
                ));
            }
            if c.target == Target::Symptom(s.id.clone()) {
                problems.push(format!("symptom `{}` names itself as a cause", s.id));
            }
        }
        for (i, q) in s.questions.iter().enumerate() {
            if !causes.contains(&q.target) {
                problems.push(format!(
                    "symptom `{}`: question {} points at {:?}, which is not one of its causes",
                    s.id,
                    i + 1,
                    q.target
                ));
            }
        }
        if !causes.contains(&s.most_common_cause) {
            problems.push(format!(
                "symptom `{}`: most common cause {:?} is not one of its causes",
                s.id, s.most_common_cause
            ));
        }
        let expected: BTreeSet<&str> = graph
            .symptoms
            .iter()
            .filter(|o| {
                o.causes
                    .iter()
                    .any(|c| c.target == Target::Symptom(s.id.clone()))
            })
            .map(|o| o.id.as_str())
            .collect();
        let given: BTreeSet<&str> = s.cited_by.iter().map(String::as_str).collect();
        if expected != given {
            problems.push(format!(
                "symptom `{}`: cited_by is {:?}, but the causes say {:?}",
                s.id, given, expected
            ));
        }
    }

    for a in &graph.anti_patterns {
        let target = Target::AntiPattern(a.id.clone());
        let expected: BTreeSet<&str> = graph
            .symptoms
            .iter()
            .filter(|s| s.causes.iter().any(|c| c.target == target))
            .map(|s| s.id.as_str())
            .collect();
        let given: BTreeSet<&str> = a.cited_by.iter().map(String::as_str).collect();
        if expected != given {
            problems.push(format!(
                "anti-pattern `{}`: cited_by is {:?}, but the symptoms say {:?}",
                a.id, given, expected
            ));
        }
        let expected_q: BTreeSet<QuestionRef> = graph
            .symptoms
            .iter()
            .flat_map(|s| {
                s.questions
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| q.target == target)
                    .map(|(index, _)| QuestionRef {
                        symptom: s.id.clone(),
                        index,
                    })
            })
            .collect();
        let given_q: BTreeSet<QuestionRef> = a.questions.iter().cloned().collect();
        if expected_q != given_q {
            problems.push(format!(
                "anti-pattern `{}`: its question links do not match the questions that point at it",
                a.id
            ));
        }
    }
    problems
}

/// Writes a graph as pretty RON, the format of `assets/graph.ron`.
pub fn to_ron(graph: &Graph) -> String {
    let config = ron::ser::PrettyConfig::new().struct_names(false);
    let mut text = ron::ser::to_string_pretty(graph, config).unwrap_or_default();
    text.push('\n');
    text
}
