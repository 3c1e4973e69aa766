//! One symptom of the printable view, after its heading: summary, "What
//! you are seeing", causes, questions and "Ready to fix this?".

use super::facts::FactsSymptom;
use super::reader::{Cursor, Names};
use super::{
    CAUSES, ImportError, MOST_COMMON, NARROW, READ_MORE, READY, SEEING, err, symptom_header,
};
use crate::domain::graph::{Cause, Paragraph, Question, Symptom, Target};

/// One symptom after its heading: summary, "What you are seeing", causes,
/// questions and "Ready to fix this?".
pub(super) fn parse_symptom(
    cur: &mut Cursor<'_>,
    names: &Names,
    fact: &FactsSymptom,
    number: u32,
    title: &str,
) -> Result<Symptom, ImportError> {
    let summary = cur.next_line("the symptom's summary line")?.to_string();
    cur.expect(SEEING)?;
    let seeing =
        paragraphs(cur.take_until(|l| l == CAUSES || l == NARROW || symptom_header(l).is_some()));
    cur.expect(CAUSES)?;
    let causes = parse_causes(cur, names)?;
    cur.expect(NARROW)?;
    let questions = parse_questions(cur, names, number)?;
    let (most_common_cause, ready_to_fix) = parse_ready(cur, names, number)?;
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
        ready_to_fix,
        cited_by: Vec::new(),
        related: Vec::new(),
        links: Vec::new(),
    })
}

/// The causes: each a heading, its paragraphs and a "Read more: PAGE" line
/// naming a known page, up to "How to narrow it down".
fn parse_causes(cur: &mut Cursor<'_>, names: &Names) -> Result<Vec<Cause>, ImportError> {
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
    Ok(causes)
}

/// The numbered questions of symptom `number`, up to "Ready to fix this?".
fn parse_questions(
    cur: &mut Cursor<'_>,
    names: &Names,
    number: u32,
) -> Result<Vec<Question>, ImportError> {
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
    Ok(questions)
}

/// "Ready to fix this? The most common cause is X. ...": the page X names,
/// and the line verbatim.
fn parse_ready(
    cur: &mut Cursor<'_>,
    names: &Names,
    number: u32,
) -> Result<(Target, String), ImportError> {
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
    Ok((most_common_cause, ready.to_string()))
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
