//! `cdtriage search`: ranked pages for a phrase, each with its best matching
//! passages, as text or JSON; `--explain` says why each page ranked where it
//! did.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;
use serde_json::{Value, json};

use crate::domain::search::{Explanation, PageHit, PassageHit, Results};
use crate::domain::{DocKind, SearchIndex, printable};

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for, in the team's own words; pages that match more of
    /// the words rank higher.
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
    /// Show at most this many pages (1 to 1000).
    #[arg(long, default_value_t = 10, value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub limit: u16,
    /// Print a JSON array of pages (each with its passages).
    #[arg(long, conflicts_with = "explain")]
    pub json: bool,
    /// For each page, which query word matched which field and word (exact,
    /// stem, synonym, typo...) and what it added to the score.
    #[arg(long)]
    pub explain: bool,
}

pub fn run(args: &SearchArgs, choice: super::GraphChoice<'_>) -> Result<ExitCode> {
    let graph = super::load_graph(choice)?;
    let index = SearchIndex::new(&graph);
    let printed = print_answer(args, &index);
    // The process ends after this command: freeing the index's and the
    // graph's many small allocations one by one cost about a tenth of its
    // time, and the system takes the memory back at exit anyway.
    std::mem::forget(index);
    std::mem::forget(graph);
    printed.map(|()| ExitCode::SUCCESS)
}

/// Prints what `args` ask for: the explanation, the JSON or the text.
fn print_answer(args: &SearchArgs, index: &SearchIndex) -> Result<()> {
    let query = args.query.join(" ");
    if args.explain {
        let explained = index.explain(&query, usize::from(args.limit));
        let results = index.search(&query, 0);
        super::output::print(&explain_text(&query, &explained, &results.missing))?;
        return Ok(());
    }
    let results = index.search(&query, usize::from(args.limit));
    if args.json {
        let array: Vec<Value> = results.pages.iter().map(to_json).collect();
        super::output::print(&super::output::json(&array)?)?;
        if !results.missing.is_empty() {
            eprintln!("cdtriage: {}", printable(&not_found(&results.missing)));
        }
        Ok(())
    } else {
        super::output::print(&text(&query, &results))?;
        Ok(())
    }
}

/// "Not found anywhere in the guide: friday, xyzzy".
fn not_found(missing: &[String]) -> String {
    format!("not found anywhere in the guide: {}", missing.join(", "))
}

/// One page as a JSON object: kind, page id and kind, title, score, the best
/// passage's snippet with highlights (char ranges) and location, and every
/// listed passage.
pub fn to_json(hit: &PageHit) -> Value {
    let best = hit.best();
    json!({
        "kind": hit.kind,
        "id": hit.page.id(),
        "page_kind": hit.page.kind(),
        "title": hit.title,
        "page_title": hit.title,
        "score": hit.score,
        "snippet": best.map_or(hit.title.as_str(), |p| p.snippet.as_str()),
        "highlights": best.map_or(&hit.title_highlights, |p| &p.highlights)
            .iter().map(|r| [r.start, r.end]).collect::<Vec<_>>(),
        "location": hit.location,
        "passages": hit.passages.iter().map(passage_json).collect::<Vec<_>>(),
    })
}

fn passage_json(p: &PassageHit) -> Value {
    json!({
        "kind": p.kind,
        "title": p.title,
        "score": p.score,
        "snippet": p.snippet,
        "highlights": p.highlights.iter().map(|r| [r.start, r.end]).collect::<Vec<_>>(),
        "location": p.location,
        "synonyms": p.synonyms,
    })
}

/// How a passage's kind is named in text output.
fn passage_label(p: &PassageHit) -> &'static str {
    match p.kind {
        DocKind::Symptom | DocKind::AntiPattern => "page",
        kind => kind.label(),
    }
}

/// The results as text: per page `rank. kind  id  title  (score)`, then one
/// indented line per passage.
fn text(query: &str, results: &Results) -> String {
    let mut out = String::new();
    if results.is_empty() {
        if results.missing.is_empty() {
            let _ = writeln!(out, "Nothing matched {query:?}.");
        } else {
            let _ = writeln!(
                out,
                "Nothing matched {query:?}: {}.",
                not_found(&results.missing)
            );
        }
        return out;
    }
    for (rank, hit) in results.pages.iter().enumerate() {
        let _ = writeln!(
            out,
            "{:>2}. {:<12} {}  {}  ({})",
            rank + 1,
            hit.kind.as_str(),
            hit.page.id(),
            hit.title,
            hit.score
        );
        for p in &hit.passages {
            let _ = write!(out, "      {:<9} {}", passage_label(p), p.snippet);
            for s in &p.synonyms {
                let _ = write!(out, "  [{} = {}]", s.query, s.matched);
            }
            out.push('\n');
        }
    }
    if !results.missing.is_empty() {
        let _ = writeln!(out, "({})", not_found(&results.missing));
    }
    out
}

/// `--explain`: each page's score as the product of its factors, then each
/// query word's idf, contribution and matches by field.
fn explain_text(query: &str, explained: &[Explanation], missing: &[String]) -> String {
    let mut out = String::new();
    if explained.is_empty() {
        let _ = writeln!(out, "Nothing matched {query:?}.");
    }
    for (rank, e) in explained.iter().enumerate() {
        let _ = writeln!(
            out,
            "{:>2}. {} {}  {}\n    score {:.3} = BM25F {:.3} x coverage {:.2} x title {:.2} x proximity {:.2}",
            rank + 1,
            e.hit.kind.as_str(),
            e.hit.page.id(),
            e.hit.title,
            e.score,
            e.bm25,
            e.coverage,
            e.title,
            e.proximity
        );
        for u in &e.units {
            let _ = writeln!(
                out,
                "    {:?}: idf {:.2}, tf {:.2} -> {:.3}",
                u.query, u.idf, u.tf, u.contribution
            );
            if u.matches.is_empty() {
                let _ = writeln!(out, "        (no match on this page)");
            }
            for m in &u.matches {
                let _ = writeln!(
                    out,
                    "        {:<15} {:<18} {:<12} quality {:.2} x {} -> {:.2}",
                    m.field.as_str(),
                    format!("{:?}", m.word),
                    m.how.as_str(),
                    m.quality,
                    m.count,
                    m.weighted
                );
            }
        }
    }
    if !missing.is_empty() {
        let _ = writeln!(out, "({})", not_found(missing));
    }
    out
}
