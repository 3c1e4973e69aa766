//! `cdtriage graph`: the graph for scripts (JSON) or as RON.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;
use serde_json::{Value, json};

use crate::domain::{Graph, Paragraph, load};

mod extras;

#[derive(Debug, Args)]
pub struct GraphArgs {
    /// Print JSON (the default).
    #[arg(long, conflicts_with = "ron")]
    pub json: bool,
    /// Print RON, the format `--data` reads.
    #[arg(long)]
    pub ron: bool,
}

pub fn run(args: &GraphArgs, choice: super::GraphChoice<'_>) -> Result<ExitCode> {
    let graph = super::load_graph(choice)?;
    if args.ron {
        super::output::print(&load::to_ron(&graph))?;
    } else {
        super::output::print(&super::output::json(&to_json(&graph))?)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn texts(paragraphs: &[Paragraph]) -> Vec<&str> {
    paragraphs.iter().map(Paragraph::text).collect()
}

/// The JSON shape documented in the README.
pub fn to_json(graph: &Graph) -> Value {
    let mut value = core_json(graph);
    extras::add(&mut value, graph);
    value
}

/// Everything the embedded graph has, in the shape it has always had.
fn core_json(graph: &Graph) -> Value {
    let section = &graph.section;
    json!({
        "id": graph.id,
        "version": graph.version,
        "section": {
            "title": section.title,
            "description": section.description,
            "intro": section.intro,
            "how_to_use": section.how_to_use,
            "related_categories": section.related_categories,
            "related_guides": section.related_guides,
            "url": section.url,
            "source": section.source,
        },
        "symptoms": graph.symptoms.iter().map(|s| json!({
            "id": s.id,
            "number": s.number,
            "title": s.title,
            "short_title": s.short_title,
            "summary": s.summary,
            "tags": s.tags,
            "url": s.url,
            "seeing": texts(&s.seeing),
            "causes": s.causes.iter().map(|c| json!({
                "heading": c.heading,
                "target": c.target.id(),
                "target_kind": c.target.kind(),
                "text": texts(&c.text),
                "figures": c.text.iter().enumerate().filter(|(_, p)| p.is_figure()).map(|(i, _)| i).collect::<Vec<_>>(),
                "read_more": c.read_more,
            })).collect::<Vec<_>>(),
            "questions": s.questions.iter().map(|q| json!({
                "question": q.question,
                "detail": q.detail,
                "start_with": q.start_with,
                "targets": [q.target.id()],
                "target_kind": q.target.kind(),
            })).collect::<Vec<_>>(),
            "most_common_cause": s.most_common_cause.id(),
            "ready_to_fix": s.ready_to_fix,
            "cited_by": s.cited_by,
        })).collect::<Vec<_>>(),
        "anti_patterns": graph.anti_patterns.iter().map(|a| json!({
            "id": a.id,
            "name": a.name,
            "page_title": a.page_title,
            "category": a.category,
            "risk_level": a.risk_level,
            "tags": a.tags,
            "url": a.url,
            "symptoms": a.cited_by,
            "questions": a.questions.iter().map(|q| json!({"symptom": q.symptom, "number": q.index + 1})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
