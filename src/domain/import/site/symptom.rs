//! A symptom page: "What you are seeing", "Common causes" (each with its
//! "Read more" link), "How to narrow it down" (numbered questions, each
//! saying what to start with), "Ready to fix this? ..." and "Related Content".

use super::SiteError;
use super::convert::{Ctx, split_at_headings};
use super::markdown::{Inline, Located, Node};
use super::pages::PageInfo;
use crate::domain::graph::{Cause, Paragraph, Question, Symptom, Target};
use crate::domain::page::{Block, Link, LinkTo, Related};

/// A symptom page read, before it is numbered and its links are tied to the
/// graph's pages; `cites` are the pages its causes and questions name.
pub struct Read {
    pub symptom: Symptom,
    pub cites: Vec<usize>,
}

/// The graph's target for a page of the checkout, by where it lives.
pub fn target_of(page: &PageInfo) -> Option<Target> {
    let name = page.name().to_string();
    if page.key.starts_with("docs/anti-patterns/") {
        Some(Target::AntiPattern(name))
    } else if page.key.starts_with("docs/symptoms/") {
        Some(Target::Symptom(name))
    } else {
        None
    }
}

/// The page a structural link (Read more, Start with, the most common cause)
/// names, which must be a symptom or anti-pattern page of the checkout.
fn structural(
    ctx: &Ctx<'_>,
    at: usize,
    dest: &str,
    what: &str,
) -> Result<(Target, usize), SiteError> {
    let resolved = ctx.dest(dest);
    let Some(i) = resolved.page else {
        return Err(ctx.error(
            at,
            &format!(
                "{what} links to {}, which is not in this checkout",
                resolved.url
            ),
        ));
    };
    let page = &ctx.index.pages[i];
    target_of(page).map(|t| (t, i)).ok_or_else(|| {
        ctx.error(
            at,
            &format!(
                "{what} links to {}, which is neither a symptom nor an anti-pattern page",
                page.file
            ),
        )
    })
}

pub fn read(ctx: &mut Ctx<'_>, nodes: &[Located], page: &PageInfo) -> Result<Read, SiteError> {
    let front = &page.front;
    let mut symptom = Symptom {
        number: 0,
        id: page.name().to_string(),
        title: ctx.clean(&front.title()),
        short_title: ctx.clean(&front.link_title()),
        summary: super::inline_text(ctx, &front.text("description").unwrap_or_default()),
        tags: front.list("tags"),
        url: page.url.clone(),
        seeing: Vec::new(),
        causes: Vec::new(),
        questions: Vec::new(),
        most_common_cause: Target::Symptom(String::new()),
        ready_to_fix: String::new(),
        cited_by: Vec::new(),
        related: Vec::new(),
        links: Vec::new(),
    };
    let mut cites = Vec::new();
    let mut ready: Option<(usize, &Inline)> = None;
    let (intro, sections) = split_at_headings(nodes, 2);
    if intro.iter().any(|n| n.node != Node::Rule) {
        ctx.warn(
            intro[0].at,
            "text before the first section of a symptom page is not imported".to_string(),
        );
    }
    let mut seen_sections = Vec::new();
    for h in &sections {
        let (heading, body) = (h.text, h.body);
        let title = heading.text.to_lowercase();
        seen_sections.push(title.clone());
        match title.as_str() {
            "what you are seeing" => symptom.seeing = paragraphs(ctx, body, &mut symptom.links),
            "common causes" => {
                for c in split_at_headings(body, 3).1 {
                    let (cause, page) = cause(ctx, c.at, c.text, c.body, &mut symptom.links)?;
                    cites.push(page);
                    symptom.causes.push(cause);
                }
            }
            "how to narrow it down" => {
                for n in body {
                    match &n.node {
                        Node::List {
                            ordered: true,
                            items,
                            ..
                        } if symptom.questions.is_empty() => {
                            for item in items {
                                let (q, page) = question(ctx, item, n.at, &mut symptom.links)?;
                                cites.push(page);
                                symptom.questions.push(q);
                            }
                        }
                        Node::Para(p) if p.text.starts_with("Ready to fix this?") => {
                            ready = Some((n.at, p));
                        }
                        Node::Rule => {}
                        _ => ctx.warn(
                            n.at,
                            "text under \"How to narrow it down\" that is not a question is not imported"
                                .to_string(),
                        ),
                    }
                }
            }
            "related content" => symptom.related = related(ctx, body),
            _ => ctx.warn(
                h.at,
                format!(
                    "section \"{}\" is not part of a symptom page (not imported)",
                    heading.text
                ),
            ),
        }
    }
    for needed in ["what you are seeing", "common causes"] {
        if !seen_sections.iter().any(|s| s == needed) {
            return Err(SiteError::at(
                ctx.file,
                ctx.input_line(0),
                &format!("the symptom page has no \"{needed}\" section"),
            ));
        }
    }
    let Some((at, ready)) = ready else {
        return Err(SiteError::at(
            ctx.file,
            ctx.input_line(0),
            "the symptom page has no \"Ready to fix this? The most common cause is ...\" paragraph",
        ));
    };
    symptom.ready_to_fix = ctx.clean(&ready.text);
    let lower = ready.text.to_lowercase();
    let after = lower
        .find("the most common cause is ")
        .map(|i| i + "the most common cause is ".len());
    let link = after.and_then(|a| ready.links.iter().find(|(r, _)| r.start >= a));
    let Some((_, dest)) = link else {
        return Err(ctx.error(
            at,
            "\"Ready to fix this?\" does not link the most common cause",
        ));
    };
    let (target, page) = structural(ctx, at, dest, "the most common cause")?;
    cites.push(page);
    symptom.most_common_cause = target;
    symptom.links.extend(ctx.links(ready));
    Ok(Read { symptom, cites })
}

/// Paragraphs (figures marked); list items count as paragraphs, the way the
/// printed view shows them; anything else is reported and kept as text.
fn paragraphs(ctx: &mut Ctx<'_>, nodes: &[Located], links: &mut Vec<Link>) -> Vec<Paragraph> {
    let (blocks, found) = ctx.blocks(nodes);
    links.extend(found);
    let mut out = Vec::new();
    for b in &blocks {
        match b {
            Block::Text(t) => out.push(Paragraph::Text(t.clone())),
            Block::Figure(t) => out.push(Paragraph::Figure(t.clone())),
            other => {
                if !matches!(other, Block::List { .. }) {
                    let at = nodes.first().map_or(0, |n| n.at);
                    ctx.warn(
                        at,
                        "a table, code or quote in a symptom's text is kept as plain paragraphs"
                            .to_string(),
                    );
                }
                out.extend(
                    other
                        .texts()
                        .into_iter()
                        .map(|t| Paragraph::Text(t.to_string())),
                );
            }
        }
    }
    out
}

fn cause(
    ctx: &mut Ctx<'_>,
    at: usize,
    heading: &Inline,
    nodes: &[Located],
    links: &mut Vec<Link>,
) -> Result<(Cause, usize), SiteError> {
    let more = nodes
        .iter()
        .position(|n| matches!(&n.node, Node::Para(p) if p.text.starts_with("Read more:")));
    let heading_text = ctx.clean(&heading.text);
    let Some(more) = more else {
        return Err(ctx.error(
            at,
            &format!("cause \"{heading_text}\" has no \"Read more:\" link"),
        ));
    };
    let Node::Para(p) = &nodes[more].node else {
        unreachable!("position() matched a paragraph")
    };
    let Some((range, dest)) = p.links.first() else {
        return Err(ctx.error(
            nodes[more].at,
            &format!("\"Read more:\" of cause \"{heading_text}\" has no link"),
        ));
    };
    let (target, page) = structural(ctx, nodes[more].at, dest, "\"Read more\"")?;
    let read_more = ctx.clean(p.slice(range));
    let mut before: Vec<Located> = nodes.to_vec();
    before.remove(more);
    let text = paragraphs(ctx, &before, links);
    Ok((
        Cause {
            heading: heading_text,
            text,
            read_more,
            target,
        },
        page,
    ))
}

fn question(
    ctx: &mut Ctx<'_>,
    item: &[Located],
    list_at: usize,
    links: &mut Vec<Link>,
) -> Result<(Question, usize), SiteError> {
    let at = item.first().map_or(list_at, |n| n.at);
    let Some(Node::Para(p)) = item.first().map(|n| &n.node) else {
        return Err(ctx.error(at, "a question that is not a paragraph of text"));
    };
    if item.len() > 1 {
        ctx.warn(
            item[1].at,
            "only a question's first paragraph is imported".to_string(),
        );
    }
    let text = &p.text;
    let split = match p.strong.first() {
        Some(r) if r.start == 0 && text[..r.end].ends_with('?') => r.end,
        _ => text
            .find("? ")
            .map(|i| i + 1)
            .or_else(|| text.ends_with('?').then_some(text.len()))
            .ok_or_else(|| ctx.error(at, "a question without a question mark"))?,
    };
    let lower = text.to_lowercase();
    let after = lower.rfind("start with ").map(|i| i + "start with ".len());
    let link = match after {
        Some(a) => p.links.iter().find(|(r, _)| r.start >= a),
        None => None,
    };
    let question_text = ctx.clean(&text[..split]);
    let Some((range, dest)) = link else {
        return Err(ctx.error(
            at,
            &format!("question \"{question_text}\" does not say what to start with (\"Start with\" and a link)"),
        ));
    };
    let (target, page) = structural(ctx, at, dest, "\"Start with\"")?;
    links.extend(ctx.links(p));
    Ok((
        Question {
            question: question_text,
            detail: ctx.clean(text[split..].trim_start()),
            start_with: ctx.clean(p.slice(range)),
            target,
        },
        page,
    ))
}

/// "Related content": one link a line, with the words after it.
pub fn related(ctx: &mut Ctx<'_>, nodes: &[Located]) -> Vec<Related> {
    let mut out = Vec::new();
    for n in nodes {
        let Node::List { items, .. } = &n.node else {
            ctx.warn(
                n.at,
                "\"Related content\" text that is not a list is not imported".to_string(),
            );
            continue;
        };
        for item in items {
            let Some(Node::Para(p)) = item.first().map(|i| &i.node) else {
                continue;
            };
            let Some((range, dest)) = p.links.first() else {
                ctx.warn(
                    item[0].at,
                    "a related-content entry without a link is not imported".to_string(),
                );
                continue;
            };
            let note = p.text[range.end..].trim_start_matches(|c: char| {
                c.is_whitespace() || "-\u{2013}\u{2014}:".contains(c)
            });
            out.push(Related {
                link: Link {
                    label: ctx.clean(p.slice(range)),
                    to: LinkTo::Url(ctx.dest(dest).url),
                },
                note: ctx.clean(note),
            });
        }
    }
    out
}
