//! The importer: turns a section's printable view (plain text, as the site
//! prints it) plus the facts file (ids, URLs, tags, categories) into a [`Graph`].
//!
//! The printable view puts one paragraph on each line. Structure comes from
//! the fixed headings the site uses ("What you are seeing", "Common causes",
//! "Read more: ...", "How to narrow it down", "Ready to fix this? ...").
//! Names are matched to pages without regard to case, and a name may be
//! followed by more words ("Start with Undone Work and examine whether ...").

use std::collections::BTreeMap;

use thiserror::Error;

use crate::domain::graph::{AntiPattern, Graph, QuestionRef, Section, Symptom, Target};
use crate::domain::load::validate;

mod facts;
mod reader;
pub mod site;
mod symptom;

pub use facts::{Facts, FactsAntiPattern, FactsSource, FactsSymptom};
use reader::{Cursor, Names};
use symptom::parse_symptom;

/// Why an import failed; `line` is 1-based in the printable view.
#[derive(Debug, Error, PartialEq)]
pub enum ImportError {
    #[error("line {line}: {message}")]
    Text { line: usize, message: String },
    #[error("facts file: {0}")]
    Facts(String),
    #[error("the imported graph is not valid:\n{}", .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<String>),
}

const SEEING: &str = "What you are seeing";
const CAUSES: &str = "Common causes";
const NARROW: &str = "How to narrow it down";
const HOW_TO_USE: &str = "How to use this section";
const READ_MORE: &str = "Read more: ";
const READY: &str = "Ready to fix this?";
const MOST_COMMON: &str = "The most common cause is ";
const CATEGORIES: &str = "Related anti-pattern categories: ";
const GUIDES: &str = "Related guides: ";

/// Imports a printable view with its facts (JSON text).
pub fn import(text: &str, facts_json: &str) -> Result<Graph, ImportError> {
    let facts: Facts =
        serde_json::from_str(facts_json).map_err(|e| ImportError::Facts(e.to_string()))?;
    let version = format!(
        "{:016x}",
        fnv1a(text.as_bytes()) ^ fnv1a(facts_json.as_bytes()).rotate_left(17)
    );
    import_with_facts(text, &facts, version)
}

/// Imports a printable view with already-parsed facts; `version` labels the content.
pub fn import_with_facts(text: &str, facts: &Facts, version: String) -> Result<Graph, ImportError> {
    let names = Names::new(facts);
    let mut cur = Cursor::new(text);
    let section = parse_section_head(&mut cur, facts)?;
    let symptoms = parse_symptoms(&mut cur, &names, facts)?;
    let anti_patterns = facts.anti_patterns.iter().map(anti_pattern_of).collect();
    let id = slugify(&section.title);
    let mut graph = Graph::new(id, version, section, symptoms, anti_patterns);
    link_back(&mut graph);
    let problems = validate(&graph);
    if problems.is_empty() {
        Ok(graph)
    } else {
        Err(ImportError::Invalid(problems))
    }
}

/// The section's title, description, introduction, "How to use this
/// section" and related lists: everything before symptom 1.
fn parse_section_head(cur: &mut Cursor<'_>, facts: &Facts) -> Result<Section, ImportError> {
    cur.skip_if(|l| l.starts_with("This is the multi-page printable view"));
    cur.skip_if(|l| l.starts_with("Return to the regular view"));
    let title = cur.next_line("the section title")?.to_string();
    let description = cur.next_line("the section description")?.to_string();
    let lists_or_symptom =
        |l: &str| l.starts_with(CATEGORIES) || l.starts_with(GUIDES) || symptom_header(l).is_some();
    let intro = cur.take_until(|l| l == HOW_TO_USE || lists_or_symptom(l));
    let how_to_use = if cur.skip_if(|l| l == HOW_TO_USE) {
        cur.take_until(lists_or_symptom)
    } else {
        Vec::new()
    };
    let related_categories = cur.take_list(CATEGORIES);
    let related_guides = cur.take_list(GUIDES);
    let src = &facts.source;
    Ok(Section {
        title,
        description,
        intro,
        how_to_use,
        related_categories,
        related_guides,
        url: src.section_url.clone(),
        print_url: src.section_print_url.clone(),
        source: src.source.clone(),
    })
}

/// Every symptom, numbered 1, 2, ... in order, to the end of the text.
fn parse_symptoms(
    cur: &mut Cursor<'_>,
    names: &Names,
    facts: &Facts,
) -> Result<Vec<Symptom>, ImportError> {
    let mut symptoms = Vec::new();
    while let Some((line_no, line)) = cur.peek() {
        let expected = symptoms.len() + 1;
        let Some((number, heading)) = symptom_header(line) else {
            return Err(err(
                line_no,
                format!("expected a symptom heading like \"{expected} - Title\", found \"{line}\""),
            ));
        };
        if number as usize != expected {
            return Err(err(
                line_no,
                format!("symptom {number} is out of order: expected {expected}"),
            ));
        }
        cur.advance();
        let fact = symptom_fact(facts, line_no, number, heading)?;
        symptoms.push(parse_symptom(cur, names, fact, number, heading)?);
    }
    if symptoms.is_empty() {
        return Err(err(cur.last_line(), "no symptoms found".to_string()));
    }
    Ok(symptoms)
}

/// An anti-pattern as the facts file gives it (the printable view has no
/// anti-pattern pages).
fn anti_pattern_of(a: &FactsAntiPattern) -> AntiPattern {
    AntiPattern {
        id: a.id.clone(),
        name: a.name_in_section.clone(),
        page_title: a.page_title.clone(),
        category: a.category.clone(),
        risk_level: a.risk_level,
        tags: a.tags.clone(),
        url: a.url.clone(),
        cited_by: Vec::new(),
        questions: Vec::new(),
        page: None,
    }
}

/// Symptom `number`'s entry in the facts file, which must carry the same
/// title (ignoring case) as the heading on `header_line`.
fn symptom_fact<'f>(
    facts: &'f Facts,
    header_line: usize,
    number: u32,
    title: &str,
) -> Result<&'f FactsSymptom, ImportError> {
    let fact = facts
        .symptoms
        .iter()
        .find(|f| f.number == number)
        .ok_or_else(|| {
            err(
                header_line,
                format!("symptom {number} is not in the facts file"),
            )
        })?;
    if !fact.title.eq_ignore_ascii_case(title) {
        return Err(err(
            header_line,
            format!(
                "symptom {number} is \"{title}\" here but \"{}\" in the facts file",
                fact.title
            ),
        ));
    }
    Ok(fact)
}

/// Fills the reverse links (who cites whom, which questions point where).
pub(crate) fn link_back(graph: &mut Graph) {
    let mut cited: BTreeMap<Target, Vec<String>> = BTreeMap::new();
    let mut asked: BTreeMap<Target, Vec<QuestionRef>> = BTreeMap::new();
    for s in &graph.symptoms {
        for c in &s.causes {
            let list = cited.entry(c.target.clone()).or_default();
            if !list.contains(&s.id) {
                list.push(s.id.clone());
            }
        }
        for (index, q) in s.questions.iter().enumerate() {
            asked
                .entry(q.target.clone())
                .or_default()
                .push(QuestionRef {
                    symptom: s.id.clone(),
                    index,
                });
        }
    }
    for a in &mut graph.anti_patterns {
        let t = Target::AntiPattern(a.id.clone());
        a.cited_by = cited.get(&t).cloned().unwrap_or_default();
        a.questions = asked.get(&t).cloned().unwrap_or_default();
    }
    for s in &mut graph.symptoms {
        s.cited_by = cited
            .get(&Target::Symptom(s.id.clone()))
            .cloned()
            .unwrap_or_default();
    }
}

pub(super) fn err(line: usize, message: String) -> ImportError {
    ImportError::Text { line, message }
}

/// "12 - Title" -> (12, "Title").
fn symptom_header(line: &str) -> Option<(u32, &str)> {
    let (num, title) = line.split_once(" - ")?;
    let n = num.parse().ok()?;
    (!title.trim().is_empty()).then_some((n, title.trim()))
}

pub(crate) fn slugify(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
