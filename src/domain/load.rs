//! Loading a graph from RON and validating it on every load.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::graph::{AntiPattern, Graph, Symptom, Target, TargetKind};
pub use super::load_error::{LoadError, ron_message};

/// The graph shipped with the app (`assets/graph.ron`, the output of
/// `cdtriage import` on `assets/source/`), built from code generated at
/// compile time and validated like any other load. It is checked by the test
/// suite, so a failure here is a build defect, reported as an error rather
/// than a panic.
pub fn embedded() -> Result<Graph, LoadError> {
    let graph = checked(super::embedded::embedded_graph(), "embedded graph")?;
    super::facts::attach_embedded(graph, "embedded graph")
}

/// Reads and validates a graph from a RON file, with its answer facts: from
/// `NAME.facts.ron` beside `NAME.ron` when there is one, else the built-in
/// facts (for the built-in guide's id). Anything but a regular file (a FIFO
/// would block the read for ever) is refused before it is opened.
pub fn from_file(path: &Path) -> Result<Graph, LoadError> {
    let text = read_regular(path)?;
    let origin = path.display().to_string();
    let graph = parse_graph(&text, &origin)?;
    let facts_path = facts_path(path);
    if facts_path.exists() {
        let facts_text = read_regular(&facts_path)?;
        let facts_origin = facts_path.display().to_string();
        let facts = super::facts::parse(&facts_text, &facts_origin)?;
        super::facts::attach(graph, &facts, &facts_origin)
    } else {
        super::facts::attach_embedded(graph, &origin)
    }
}

/// Where the answer facts of the graph in `path` live: `g.ron` ->
/// `g.facts.ron` (any other name gets `.facts.ron` added).
pub fn facts_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let stem = name
        .as_deref()
        .map(|n| n.strip_suffix(".ron").unwrap_or(n))
        .unwrap_or("graph");
    path.with_file_name(format!("{stem}.facts.ron"))
}

/// A regular file's text.
fn read_regular(path: &Path) -> Result<String, LoadError> {
    let read_error = |error| LoadError::Read {
        path: path.to_path_buf(),
        error,
    };
    let meta = std::fs::metadata(path).map_err(read_error)?;
    if !meta.is_file() {
        return Err(read_error(std::io::Error::other(
            "it is not a regular file (a FIFO, a device or a folder)",
        )));
    }
    std::fs::read_to_string(path).map_err(read_error)
}

/// Parses and validates RON text with the built-in answer facts (see
/// [`super::facts::attach_embedded`]); `origin` names it in errors. A
/// leading byte-order mark is skipped.
pub fn parse(text: &str, origin: &str) -> Result<Graph, LoadError> {
    super::facts::attach_embedded(parse_graph(text, origin)?, origin)
}

/// Parses and validates RON text, without answer facts.
pub fn parse_graph(text: &str, origin: &str) -> Result<Graph, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut graph: Graph = ron::from_str(text).map_err(|e| LoadError::Syntax {
        origin: origin.to_string(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: ron_message(&e.code),
    })?;
    graph.reindex();
    checked(graph, origin)
}

/// `graph` if it passes [`validate`].
fn checked(graph: Graph, origin: &str) -> Result<Graph, LoadError> {
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
    let mut problems = id_problems(graph);
    let links = Links::of(graph);
    for s in &graph.symptoms {
        problems.extend(symptom_problems(graph, s, &links));
    }
    for a in &graph.anti_patterns {
        problems.extend(anti_pattern_problems(a, &links));
    }
    problems.extend(page_link_problems(graph));
    if let Some(triage) = &graph.triage {
        problems.extend(triage.problems());
    }
    problems
}

/// Ids with control characters, and ids used twice.
fn id_problems(graph: &Graph) -> Vec<String> {
    let mut problems = Vec::new();
    let ids = graph
        .symptoms
        .iter()
        .map(|s| ("symptom", &s.id))
        .chain(graph.anti_patterns.iter().map(|a| ("anti-pattern", &a.id)));
    let mut seen = HashSet::new();
    for (kind, id) in ids {
        if let Some(c) = super::printable::first_control(id) {
            problems.push(format!(
                "{kind} id {id:?} contains a control character (U+{:04X})",
                u32::from(c)
            ));
        }
        if !seen.insert(id.as_str()) {
            problems.push(format!("duplicate id `{id}`"));
        }
    }
    problems
}

/// A symptom's causes, questions and most common cause point at pages it
/// has, and its `cited_by` agrees with the causes that name it.
fn symptom_problems(graph: &Graph, s: &Symptom, links: &Links<'_>) -> Vec<String> {
    let mut problems = Vec::new();
    if s.causes.is_empty() {
        problems.push(format!("symptom `{}` has no causes", s.id));
    }
    let causes: BTreeSet<&Target> = s.causes.iter().map(|c| &c.target).collect();
    for c in &s.causes {
        if graph.target_name(&c.target).is_none() {
            problems.push(format!(
                "symptom `{}`: cause \"{}\" links to unknown {:?}",
                s.id, c.heading, c.target
            ));
        }
        if matches!(&c.target, Target::Symptom(id) if *id == s.id) {
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
    let no_citers = BTreeSet::new();
    let expected = links
        .citers
        .get(&(TargetKind::Symptom, s.id.as_str()))
        .unwrap_or(&no_citers);
    let given: BTreeSet<&str> = s.cited_by.iter().map(String::as_str).collect();
    if *expected != given {
        problems.push(format!(
            "symptom `{}`: cited_by is {:?}, but the causes say {:?}",
            s.id, given, expected
        ));
    }
    problems
}

/// An anti-pattern's `cited_by` and question links agree with the symptoms.
fn anti_pattern_problems(a: &AntiPattern, links: &Links<'_>) -> Vec<String> {
    let mut problems = Vec::new();
    let key = (TargetKind::AntiPattern, a.id.as_str());
    let no_citers = BTreeSet::new();
    let expected = links.citers.get(&key).unwrap_or(&no_citers);
    let given: BTreeSet<&str> = a.cited_by.iter().map(String::as_str).collect();
    if *expected != given {
        problems.push(format!(
            "anti-pattern `{}`: cited_by is {:?}, but the symptoms say {:?}",
            a.id, given, expected
        ));
    }
    let no_questions = BTreeSet::new();
    let expected_q = links.questions.get(&key).unwrap_or(&no_questions);
    let given_q: BTreeSet<(&str, usize)> = a
        .questions
        .iter()
        .map(|q| (q.symptom.as_str(), q.index))
        .collect();
    if *expected_q != given_q {
        problems.push(format!(
            "anti-pattern `{}`: its question links do not match the questions that point at it",
            a.id
        ));
    }
    problems
}

/// Links to pages of the graph (in imported pages, related content and the
/// triage questionnaire) that name no page the graph has.
fn page_link_problems(graph: &Graph) -> Vec<String> {
    use super::page::{Link, LinkTo};
    let mut out = Vec::new();
    let mut check = |whose: &str, link: &Link| {
        if let LinkTo::Page(target) = &link.to
            && graph.target_name(target).is_none()
        {
            out.push(format!(
                "{whose}: link \"{}\" leads to unknown {target:?}",
                link.label
            ));
        }
    };
    for s in &graph.symptoms {
        let whose = format!("symptom `{}`", s.id);
        s.links.iter().for_each(|l| check(&whose, l));
        s.related.iter().for_each(|r| check(&whose, &r.link));
    }
    for a in &graph.anti_patterns {
        if let Some(page) = &a.page {
            let whose = format!("anti-pattern `{}`", a.id);
            page.links().for_each(|l| check(&whose, l));
        }
    }
    if let Some(triage) = &graph.triage {
        for r in &triage.results {
            let whose = format!("triage result `{}`", r.id);
            let links = std::iter::once(&r.symptom)
                .chain(&r.anti_patterns)
                .chain(&r.solutions)
                .chain(&r.also_see);
            links.for_each(|l| check(&whose, l));
        }
    }
    out
}

/// A link target by kind and id, borrowed from the graph.
type Key<'g> = (TargetKind, &'g str);

/// The links the symptoms make, gathered in one pass so the reverse links
/// can be checked without searching every symptom for every target.
struct Links<'g> {
    /// Ids of the symptoms that name the target as a cause.
    citers: HashMap<Key<'g>, BTreeSet<&'g str>>,
    /// The questions (symptom id, index from 0) that point at the target.
    questions: HashMap<Key<'g>, BTreeSet<(&'g str, usize)>>,
}

impl<'g> Links<'g> {
    fn of(graph: &'g Graph) -> Self {
        let mut citers: HashMap<Key<'g>, BTreeSet<&'g str>> = HashMap::new();
        let mut questions: HashMap<Key<'g>, BTreeSet<(&'g str, usize)>> = HashMap::new();
        for s in &graph.symptoms {
            for c in &s.causes {
                let key = (c.target.kind(), c.target.id());
                citers.entry(key).or_default().insert(s.id.as_str());
            }
            for (index, q) in s.questions.iter().enumerate() {
                let key = (q.target.kind(), q.target.id());
                questions
                    .entry(key)
                    .or_default()
                    .insert((s.id.as_str(), index));
            }
        }
        Links { citers, questions }
    }
}

/// Writes a graph as pretty RON, the format of `assets/graph.ron`.
pub fn to_ron(graph: &Graph) -> String {
    let config = ron::ser::PrettyConfig::new().struct_names(false);
    let mut text = ron::ser::to_string_pretty(graph, config).unwrap_or_default();
    text.push('\n');
    text
}
