//! `cdtriage search`: ranked search results for a phrase, as text or JSON.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;
use serde_json::{Value, json};

use crate::domain::{Hit, SearchIndex};

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for; several words must all match.
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
    /// Show at most this many results.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
    /// Print a JSON array of results.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &SearchArgs, data: Option<&PathBuf>) -> Result<ExitCode> {
    let graph = super::load_graph(data)?;
    let index = SearchIndex::new(&graph);
    let query = args.query.join(" ");
    let hits = index.search(&query, args.limit);
    if args.json {
        let array: Vec<Value> = hits.iter().map(to_json).collect();
        super::output::print(&super::output::json(&array)?)?;
    } else if hits.is_empty() {
        super::output::print(&format!("Nothing matched {query:?}.\n"))?;
    } else {
        let lines: String = hits
            .iter()
            .enumerate()
            .map(|(rank, hit)| format!("{}\n", text_line(rank + 1, hit)))
            .collect();
        super::output::print(&lines)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One result as a JSON object: kind, page id and kind, titles, score,
/// snippet with highlights (char ranges), and location in the page.
pub fn to_json(hit: &Hit) -> Value {
    json!({
        "kind": hit.kind,
        "id": hit.page.id(),
        "page_kind": hit.page.kind(),
        "title": hit.title,
        "page_title": hit.page_title,
        "score": hit.score,
        "snippet": hit.snippet,
        "highlights": hit.highlights.iter().map(|r| [r.start, r.end]).collect::<Vec<_>>(),
        "location": hit.location,
    })
}

/// `rank. kind  id  title  (score)` then the snippet, indented, on one line.
fn text_line(rank: usize, hit: &Hit) -> String {
    let title = if hit.kind.is_page() {
        hit.title.clone()
    } else {
        format!("{} › {}", hit.page_title, hit.title)
    };
    format!(
        "{rank:>2}. {:<12} {}  {}  ({})\n    {}",
        hit.kind.as_str(),
        hit.page.id(),
        title,
        hit.score,
        hit.snippet
    )
}
