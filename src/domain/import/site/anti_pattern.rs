//! An anti-pattern page: its facts (front matter and the `pageinfo` box) and
//! its sections: "What this looks like", "Why this is a problem" with its
//! subsections, "How to fix it" with its steps, "Measuring progress", "Team
//! discussion", "Related content", and any other section kept as written.

use super::SiteError;
use super::convert::{Ctx, split_at_headings};
use super::markdown::{self, Located, Node};
use super::pages::PageInfo;
use crate::domain::graph::{AntiPattern, RiskLevel};
use crate::domain::page::AntiPatternPage;

/// `low`, `medium`, `high`, `critical`, in any case.
fn risk(text: &str) -> Option<RiskLevel> {
    match text.trim().to_lowercase().as_str() {
        "low" => Some(RiskLevel::Low),
        "medium" => Some(RiskLevel::Medium),
        "high" => Some(RiskLevel::High),
        "critical" => Some(RiskLevel::Critical),
        _ => None,
    }
}

/// The words the site's `risk-indicator` shows for a level.
pub fn quality_impact(level: RiskLevel) -> String {
    let word = level.as_str();
    let mut chars = word.chars();
    let title: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    format!("Quality Impact: {title}")
}

pub fn read(
    ctx: &mut Ctx<'_>,
    nodes: &[Located],
    page: &PageInfo,
) -> Result<AntiPattern, SiteError> {
    let front = &page.front;
    let title = ctx.clean(&front.title());
    let category = front.text("category").unwrap_or_default();
    let from_box = ctx.pre.pageinfo.clone();
    let box_risk = from_box.as_ref().and_then(|(text, _)| {
        let i = text.find("Quality Impact: ")?;
        let word: String = text[i + "Quality Impact: ".len()..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        risk(&word)
    });
    let risk_level = match (front.text("risk_level").as_deref().and_then(risk), box_risk) {
        (Some(level), _) | (None, Some(level)) => level,
        (None, None) => {
            return Err(SiteError::at(
                ctx.file,
                1,
                "the anti-pattern has no risk_level (low, medium, high or critical) in its front matter or pageinfo",
            ));
        }
    };
    if category.is_empty() {
        ctx.warn_line(
            1,
            "the anti-pattern has no category in its front matter".to_string(),
        );
    }
    if let Some((text, at)) = &from_box {
        let shown = markdown::parse(text, &mut Vec::new())
            .into_iter()
            .filter_map(|n| match n.node {
                Node::Para(p) => Some(p.text),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ");
        let expected = format!("Category: {category} | {}", quality_impact(risk_level));
        if shown != expected {
            let line = ctx.input_line(*at);
            ctx.warn_line(
                line,
                format!("the pageinfo box shows \"{shown}\", not \"{expected}\" (the front matter is used)"),
            );
        }
    }
    let summary = super::inline_text(ctx, &front.text("description").unwrap_or_default());
    let mut sections = AntiPatternPage {
        summary,
        looks_like: None,
        why: None,
        fix: None,
        measuring: None,
        discussion: None,
        related: Vec::new(),
        more: Vec::new(),
    };
    let (intro, chapters) = split_at_headings(nodes, 2);
    if intro.iter().any(|n| n.node != Node::Rule) {
        ctx.warn(
            intro[0].at,
            "text before the first section is kept as an untitled section".to_string(),
        );
        sections.more.push(ctx.chapter("", intro));
    }
    for h in chapters {
        let (body, heading_at) = (h.body, h.at);
        let title = ctx.clean(&h.text.text);
        if title.eq_ignore_ascii_case("related content") {
            sections.related = super::symptom::related(ctx, body);
            continue;
        }
        let chapter = ctx.chapter(&title, body);
        let slot = match title.to_lowercase().as_str() {
            "what this looks like" => Some(&mut sections.looks_like),
            "why this is a problem" => Some(&mut sections.why),
            "how to fix it" => Some(&mut sections.fix),
            "measuring progress" => Some(&mut sections.measuring),
            "team discussion" => Some(&mut sections.discussion),
            _ => None,
        };
        match slot {
            Some(slot) if slot.is_none() => *slot = Some(chapter),
            Some(_) => {
                ctx.warn(
                    heading_at,
                    format!("a second \"{title}\" section (kept as an extra section)"),
                );
                sections.more.push(chapter);
            }
            None => {
                ctx.warn(
                    heading_at,
                    format!(
                        "section \"{title}\" is not one cdtriage knows (kept as an extra section)"
                    ),
                );
                sections.more.push(chapter);
            }
        }
    }
    Ok(AntiPattern {
        id: page.name().to_string(),
        name: title.clone(),
        page_title: title,
        category,
        risk_level,
        tags: front.list("tags"),
        url: page.url.clone(),
        cited_by: Vec::new(),
        questions: Vec::new(),
        page: Some(Box::new(sections)),
    })
}
