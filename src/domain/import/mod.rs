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

use crate::domain::graph::{
    AntiPattern, Cause, Graph, Paragraph, Question, QuestionRef, Section, Source, Symptom, Target,
};
use crate::domain::load::validate;

mod facts;
mod reader;
pub mod site;

pub use facts::{Facts, FactsAntiPattern, FactsSource, FactsSymptom};
use reader::{Cursor, Names};

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

    cur.skip_if(|l| l.starts_with("This is the multi-page printable view"));
    cur.skip_if(|l| l.starts_with("Return to the regular view"));
    let title = cur.next_line("the section title")?.to_string();
    let description = cur.next_line("the section description")?.to_string();
    let section_end = |l: &str| {
        l == HOW_TO_USE
            || l.starts_with(CATEGORIES)
            || l.starts_with(GUIDES)
            || symptom_header(l).is_some()
    };
    let intro = cur.take_until(section_end);
    let how_to_use = if cur.skip_if(|l| l == HOW_TO_USE) {
        cur.take_until(|l| {
            l.starts_with(CATEGORIES) || l.starts_with(GUIDES) || symptom_header(l).is_some()
        })
    } else {
        Vec::new()
    };
    let related_categories = cur.take_list(CATEGORIES);
    let related_guides = cur.take_list(GUIDES);

    let mut symptoms = Vec::new();
    while let Some((line_no, line)) = cur.peek() {
        let Some((number, heading)) = symptom_header(line) else {
            return Err(err(
                line_no,
                format!(
                    "expected a symptom heading like \"{} - Title\", found \"{line}\"",
                    symptoms.len() + 1
                ),
            ));
        };
        if number as usize != symptoms.len() + 1 {
            return Err(err(
                line_no,
                format!(
                    "symptom {number} is out of order: expected {}",
                    symptoms.len() + 1
                ),
            ));
        }
        cur.advance();
        symptoms.push(parse_symptom(
            &mut cur, &names, facts, line_no, number, heading,
        )?);
    }
    if symptoms.is_empty() {
        return Err(err(cur.last_line(), "no symptoms found".to_string()));
    }

    let anti_patterns = facts
        .anti_patterns
        .iter()
        .map(|a| AntiPattern {
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
        })
        .collect();

    let src = &facts.source;
    let section = Section {
        title,
        description,
        intro,
        how_to_use,
        related_categories,
        related_guides,
        url: src.section_url.clone(),
        print_url: src.section_print_url.clone(),
        source: Source {
            site: src.site.clone(),
            repository: src.repository.clone(),
            license: src.license.clone(),
            license_url: src.license_url.clone(),
            copyright: src.copyright.clone(),
            adapted_from: src.adapted_from.clone(),
        },
    };
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

fn parse_symptom(
    cur: &mut Cursor<'_>,
    names: &Names,
    facts: &Facts,
    header_line: usize,
    number: u32,
    title: &str,
) -> Result<Symptom, ImportError> {
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
    let summary = cur.next_line("the symptom's summary line")?.to_string();
    cur.expect(SEEING)?;
    let seeing =
        paragraphs(cur.take_until(|l| l == CAUSES || l == NARROW || symptom_header(l).is_some()));
    cur.expect(CAUSES)?;

    let mut causes = Vec::new();
    while let Some((line_no, line)) = cur.peek() {
        if line == NARROW {
            break;
        }
        cur.advance();
        let heading = line.to_string();
        let text = paragraphs(cur.take_until(|l| l.starts_with(READ_MORE) || l == NARROW));
        let (more_line, more) = cur
            .peek()
            .filter(|(_, l)| l.starts_with(READ_MORE))
            .ok_or_else(|| {
                err(
                    line_no,
                    format!("cause \"{heading}\" has no \"Read more: ...\" line"),
                )
            })?;
        cur.advance();
        let read_more = more[READ_MORE.len()..].to_string();
        let (target, _) = names.resolve(&read_more).ok_or_else(|| {
            err(
                more_line,
                format!("\"Read more: {read_more}\" names no known page"),
            )
        })?;
        causes.push(Cause {
            heading,
            text,
            read_more,
            target,
        });
    }
    cur.expect(NARROW)?;

    let mut questions = Vec::new();
    while let Some((line_no, line)) = cur.peek() {
        if line.starts_with(READY) {
            break;
        }
        let Some(item) = numbered_item(line, questions.len() + 1) else {
            return Err(err(
                line_no,
                format!(
                    "expected question {} of symptom {number}, found \"{line}\"",
                    questions.len() + 1
                ),
            ));
        };
        cur.advance();
        questions.push(parse_question(item, names, line_no)?);
    }
    let (ready_line, ready) = cur.peek().ok_or_else(|| {
        err(
            cur.last_line(),
            format!("symptom {number} ends without \"{READY} ...\""),
        )
    })?;
    cur.advance();
    let most = ready
        .find(MOST_COMMON)
        .map(|i| &ready[i + MOST_COMMON.len()..])
        .ok_or_else(|| err(ready_line, format!("expected \"{MOST_COMMON}...\"")))?;
    let (most_common_cause, _) = names.resolve(most).ok_or_else(|| {
        err(
            ready_line,
            format!("the most common cause \"{most}\" names no known page"),
        )
    })?;

    Ok(Symptom {
        number,
        id: fact.slug.clone(),
        title: title.to_string(),
        short_title: fact.link_title.clone(),
        summary,
        tags: fact.tags.clone(),
        url: fact.url.clone(),
        seeing,
        causes,
        questions,
        most_common_cause,
        ready_to_fix: ready.to_string(),
        cited_by: Vec::new(),
        related: Vec::new(),
        links: Vec::new(),
    })
}

fn parse_question(item: &str, names: &Names, line: usize) -> Result<Question, ImportError> {
    let split = item
        .find("? ")
        .map(|i| i + 1)
        .or_else(|| item.ends_with('?').then_some(item.len()))
        .ok_or_else(|| err(line, "a question without a question mark".to_string()))?;
    let question = item[..split].to_string();
    let detail = item[split..].trim_start().to_string();
    let lower = detail.to_ascii_lowercase();
    let at = lower.rfind("start with ").ok_or_else(|| {
        err(
            line,
            format!("question \"{question}\" does not say what to start with"),
        )
    })?;
    let rest = &detail[at + "start with ".len()..];
    let (target, len) = names
        .resolve(rest)
        .ok_or_else(|| err(line, format!("\"start with {rest}\" names no known page")))?;
    Ok(Question {
        question,
        start_with: rest[..len].to_string(),
        detail,
        target,
    })
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

/// "  3. Text" -> "Text", if the number is `expected`.
fn numbered_item(line: &str, expected: usize) -> Option<&str> {
    let (num, rest) = line.trim_start().split_once(". ")?;
    (num.parse::<usize>().ok()? == expected).then_some(rest.trim())
}

/// Marks the descriptions of figures ("Two diagrams comparing ...").
fn paragraphs(lines: Vec<String>) -> Vec<Paragraph> {
    lines
        .into_iter()
        .map(|l| {
            if describes_figure(&l) {
                Paragraph::Figure(l)
            } else {
                Paragraph::Text(l)
            }
        })
        .collect()
}

fn describes_figure(text: &str) -> bool {
    const LEADS: [&str; 6] = ["a ", "an ", "two ", "three ", "four ", "the "];
    const NOUNS: [&str; 6] = [
        "diagram",
        "figure",
        "image",
        "illustration",
        "chart",
        "screenshot",
    ];
    let lower = text.to_lowercase();
    let rest = LEADS
        .iter()
        .find_map(|l| lower.strip_prefix(l))
        .unwrap_or(&lower);
    NOUNS.iter().any(|n| rest.starts_with(n))
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
