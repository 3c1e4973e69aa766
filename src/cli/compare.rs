//! `cdtriage compare OLD NEW [--json]`: what changed between two sessions of
//! the same guide. Reads both without locking them; changes neither.

use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;
use serde_json::{Value, json};

use crate::domain::compare::{Comparison, Movement, Standing, compare};
use crate::domain::{Answer, Graph, QuestionRef, Target};
use crate::storage::Store;

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The earlier session.
    pub old: String,
    /// The later session.
    pub new: String,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &CompareArgs, store: &Store, graph: &Graph) -> Result<ExitCode> {
    let old = store.load_for(&args.old, Some(graph))?.session;
    let new = store.load_for(&args.new, Some(graph))?.session;
    if old.graph_id != new.graph_id {
        bail!(
            "\"{}\" was made on guide `{}` and \"{}\" on `{}`: only sessions of the same guide compare",
            args.old,
            old.graph_id,
            args.new,
            new.graph_id
        );
    }
    let c = compare(graph, &old, &new, super::today());
    let text = if args.json {
        super::output::json(&to_json(&c, graph))?
    } else {
        render(&c, graph)
    };
    super::output::print(&text).context("cannot write to standard output")?;
    Ok(ExitCode::SUCCESS)
}

fn symptom(graph: &Graph, id: &str) -> String {
    graph.symptom(id).map_or(
        format!("`{id}` (no longer in the guide)"),
        crate::domain::Symptom::numbered_title,
    )
}

fn question(graph: &Graph, q: &QuestionRef) -> String {
    graph.question(q).map_or(
        format!(
            "question {} of `{}` (no longer in the guide)",
            q.index + 1,
            q.symptom
        ),
        |x| x.question.clone(),
    )
}

fn label(a: Option<Answer>) -> &'static str {
    a.map_or("not answered", Answer::label)
}

fn name(graph: &Graph, t: &Target) -> String {
    graph.target_name(t).unwrap_or(t.id()).to_string()
}

fn movement(m: Movement) -> &'static str {
    match m {
        Movement::Up => "up",
        Movement::Down => "down",
        Movement::Same => "same",
        Movement::New => "new",
        Movement::Gone => "gone",
    }
}

/// The comparison as text, one section per kind of change.
pub fn render(c: &Comparison, graph: &Graph) -> String {
    let mut out = format!("Comparing \"{}\" with \"{}\"", c.old, c.new);
    out.push_str(if c.linked { " (it follows it)\n" } else { "\n" });
    let mut section = |title: &str, lines: Vec<String>| {
        out.push_str(&format!("\n{title}:\n"));
        if lines.is_empty() {
            out.push_str("  none\n");
        }
        for l in lines {
            out.push_str(&format!("  {l}\n"));
        }
    };
    section(
        "Newly marked",
        c.newly_marked.iter().map(|id| symptom(graph, id)).collect(),
    );
    section(
        "No longer marked",
        c.no_longer_marked
            .iter()
            .map(|id| symptom(graph, id))
            .collect(),
    );
    section(
        "Answers changed",
        c.changed_answers
            .iter()
            .map(|a| {
                format!(
                    "{} (symptom {}): {} -> {}",
                    question(graph, &a.question),
                    graph
                        .symptom(&a.question.symptom)
                        .map_or(a.question.symptom.clone(), |s| s.number.to_string()),
                    label(a.old),
                    label(a.new)
                )
            })
            .collect(),
    );
    let at =
        |s: Option<Standing>| s.map_or("-".to_string(), |s| format!("#{} {:.2}", s.rank, s.score));
    section(
        "Ranked causes (old -> new)",
        c.causes
            .iter()
            .map(|m| {
                format!(
                    "{:<4} {}: {} -> {} ({:+.2})",
                    movement(m.movement()),
                    name(graph, &m.target),
                    at(m.old),
                    at(m.new),
                    m.score_change()
                )
            })
            .collect(),
    );
    let items = |list: &[crate::domain::ActionItem]| list.iter().map(|a| a.to_line()).collect();
    section("Action items done", items(&c.actions.done));
    section("Action items still open", items(&c.actions.still_open));
    section("Action items overdue", items(&c.actions.overdue));
    section("Action items new", items(&c.actions.new));
    if !c.actions.dropped.is_empty() {
        section(
            "Action items open before, not in the new session",
            items(&c.actions.dropped),
        );
    }
    out
}

pub fn to_json(c: &Comparison, graph: &Graph) -> Value {
    let symptoms = |ids: &[String]| {
        ids.iter()
            .map(|id| json!({ "id": id, "title": graph.symptom(id).map(|s| &s.title) }))
            .collect::<Vec<_>>()
    };
    let standing = |s: Option<Standing>| s.map(|s| json!({ "rank": s.rank, "score": s.score }));
    let items = |list: &[crate::domain::ActionItem]| {
        list.iter()
            .map(|a| {
                json!({
                    "text": a.text,
                    "owner": a.owner,
                    "due": a.due,
                    "done": a.done,
                    "page": a.cause.as_ref().map(Target::id),
                })
            })
            .collect::<Vec<_>>()
    };
    json!({
        "old": c.old,
        "new": c.new,
        "linked": c.linked,
        "newly_marked": symptoms(&c.newly_marked),
        "no_longer_marked": symptoms(&c.no_longer_marked),
        "changed_answers": c.changed_answers.iter().map(|a| json!({
            "symptom": a.question.symptom,
            "index": a.question.index,
            "question": graph.question(&a.question).map(|q| &q.question),
            "old": a.old,
            "new": a.new,
            "also": a.also,
        })).collect::<Vec<_>>(),
        "causes": c.causes.iter().map(|m| json!({
            "id": m.target.id(),
            "name": graph.target_name(&m.target),
            "old": standing(m.old),
            "new": standing(m.new),
            "movement": m.movement(),
            "score_change": m.score_change(),
        })).collect::<Vec<_>>(),
        "actions": {
            "done": items(&c.actions.done),
            "still_open": items(&c.actions.still_open),
            "overdue": items(&c.actions.overdue),
            "new": items(&c.actions.new),
            "dropped": items(&c.actions.dropped),
        },
    })
}
