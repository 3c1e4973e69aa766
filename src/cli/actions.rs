//! `cdtriage actions NAME [--json] [--open]`: a session's action items, one
//! line each (status, due, owner, text, linked page), open first and by due
//! date. Reads the session without locking it.

use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use jiff::civil::Date;
use serde_json::{Value, json};

use crate::domain::{Graph, Session};
use crate::storage::Store;

#[derive(Debug, Args)]
pub struct ActionsArgs {
    /// The session (as `cdtriage sessions` lists it).
    pub name: String,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Only the items still open.
    #[arg(long)]
    pub open: bool,
}

pub fn run(args: &ActionsArgs, store: &Store, graph: &Graph) -> Result<ExitCode> {
    let loaded = store.load_for(&args.name, Some(graph))?;
    let today = super::today();
    let text = if args.json {
        super::output::json(&to_json(&loaded.session, graph, today, args.open))?
    } else {
        render(&loaded.session, graph, today, args.open)
    };
    super::output::print(&text).context("cannot write to standard output")?;
    Ok(ExitCode::SUCCESS)
}

/// The indices to list, in display order.
fn listed(session: &Session, open_only: bool) -> Vec<usize> {
    session
        .actions_in_order()
        .into_iter()
        .filter(|&i| !open_only || !session.actions[i].done)
        .collect()
}

/// One line per item: `open  2026-12-15  @sam  Script the deploy runbook
/// (cause: Manual Deployments)`; `overdue` for an open item past its due date, `-`
/// for no due date or owner.
pub fn render(session: &Session, graph: &Graph, today: Date, open_only: bool) -> String {
    let items = listed(session, open_only);
    if items.is_empty() {
        let what = if open_only {
            "open action items"
        } else {
            "action items"
        };
        return format!("Session \"{}\" has no {what}.\n", session.name);
    }
    let mut out = String::new();
    for i in items {
        let a = &session.actions[i];
        let status = if a.is_overdue(today) {
            "overdue"
        } else {
            a.status().label()
        };
        let due = a.due.as_deref().unwrap_or("-");
        let owner = a
            .owner
            .as_ref()
            .map_or("-".to_string(), |o| format!("@{o}"));
        let page = a.cause.as_ref().map_or(String::new(), |t| {
            let name = graph.target_name(t).map_or(
                format!("`{}`, no longer in the guide", t.id()),
                str::to_string,
            );
            format!("  ({}: {name})", t.link_label())
        });
        out.push_str(&format!(
            "{status:<7}  {due:<10}  {owner}  {}{page}\n",
            a.text
        ));
    }
    out
}

pub fn to_json(session: &Session, graph: &Graph, today: Date, open_only: bool) -> Value {
    let items: Vec<Value> = listed(session, open_only)
        .into_iter()
        .map(|i| {
            let a = &session.actions[i];
            json!({
                "number": i + 1,
                "status": a.status(),
                "overdue": a.is_overdue(today),
                "due": a.due,
                "due_date": a.due_date().map(|d| d.to_string()),
                "owner": a.owner,
                "text": a.text,
                "page": a.cause.as_ref().map(|t| json!({
                    "kind": t.kind(),
                    "id": t.id(),
                    "name": graph.target_name(t),
                    "url": graph.target_url(t),
                })),
            })
        })
        .collect();
    json!({ "session": session.name, "today": today.to_string(), "actions": items })
}
