//! Search quality on the query set in `tests/data/search_queries.ron`: at
//! least 200 queries in five kinds (verbatim, paraphrase, spoken, typo,
//! anti-pattern), written before the engine was tuned by a writer who never
//! saw it (see the file's header and the README).
//!
//! Two bars. The issue's bar (85% top-1 and 95% top-3 overall, 75% top-1 for
//! every kind) is `the_issue_bar_is_met`. The floor below which
//! the engine must never fall again, the figures measured when it landed
//! less a little noise, is checked on every `cargo test`.
//!
//! The queries are never rewritten to pass: a miss is a fact about the
//! engine.

use std::collections::BTreeMap;

use cdtriage::domain::{SearchIndex, load};
use serde::Deserialize;

const SET: &str = include_str!("data/search_queries.ron");

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
enum Kind {
    Verbatim,
    Paraphrase,
    Spoken,
    Typo,
    AntiPattern,
}

#[derive(Debug, Deserialize)]
struct Case {
    kind: Kind,
    query: String,
    expect: Vec<String>,
}

fn cases() -> Vec<Case> {
    ron::from_str(SET).expect("tests/data/search_queries.ron parses")
}

#[test]
fn the_set_is_large_labelled_and_names_real_pages() {
    let graph = load::embedded().expect("embedded graph loads");
    let cases = cases();
    assert!(cases.len() >= 200, "{} queries", cases.len());
    let mut per_kind: BTreeMap<Kind, usize> = BTreeMap::new();
    for c in &cases {
        *per_kind.entry(c.kind).or_default() += 1;
        assert!(!c.query.trim().is_empty());
        assert!(
            (1..=3).contains(&c.expect.len()),
            "{:?} expects {:?}",
            c.query,
            c.expect
        );
        for id in &c.expect {
            let known = graph.symptom(id).is_some() || graph.anti_pattern(id).is_some();
            assert!(known, "{:?} expects unknown page {id:?}", c.query);
        }
    }
    for kind in [
        Kind::Verbatim,
        Kind::Paraphrase,
        Kind::Spoken,
        Kind::Typo,
        Kind::AntiPattern,
    ] {
        assert!(
            per_kind.get(&kind).copied().unwrap_or(0) >= 30,
            "{kind:?}: {per_kind:?}"
        );
    }
    let mut queries: Vec<&str> = cases.iter().map(|c| c.query.as_str()).collect();
    queries.sort_unstable();
    let before = queries.len();
    queries.dedup();
    assert_eq!(queries.len(), before, "no query is listed twice");
}

#[derive(Default)]
struct Tally {
    total: usize,
    top1: usize,
    top3: usize,
}

impl Tally {
    fn pct(n: usize, of: usize) -> f64 {
        if of == 0 {
            0.0
        } else {
            100.0 * n as f64 / of as f64
        }
    }
}

/// (queries, top-1 %, top-3 %).
type Row = (usize, f64, f64);

/// Per kind and overall; prints the table and the misses.
fn measure() -> (BTreeMap<Kind, Row>, Row) {
    let graph = load::embedded().expect("embedded graph loads");
    let index = SearchIndex::new(&graph);
    let mut per_kind: BTreeMap<Kind, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    let mut misses = Vec::new();
    for c in cases() {
        let results = index.search(&c.query, 3);
        let pages: Vec<&str> = results.pages.iter().map(|h| h.page.id()).collect();
        let first = pages
            .first()
            .is_some_and(|p| c.expect.iter().any(|e| e == p));
        let in_three = pages.iter().any(|p| c.expect.iter().any(|e| e == p));
        for t in [per_kind.entry(c.kind).or_default(), &mut all] {
            t.total += 1;
            t.top1 += usize::from(first);
            t.top3 += usize::from(in_three);
        }
        if !first {
            misses.push(format!(
                "  {:?} {:?}: expected {:?}, got {:?}",
                c.kind, c.query, c.expect, pages
            ));
        }
    }
    let row = |t: &Tally| {
        (
            t.total,
            Tally::pct(t.top1, t.total),
            Tally::pct(t.top3, t.total),
        )
    };
    println!("| kind | queries | top-1 | top-3 |");
    println!("|---|---|---|---|");
    for (kind, t) in &per_kind {
        let (n, one, three) = row(t);
        println!("| {kind:?} | {n} | {one:.1}% | {three:.1}% |");
    }
    let (n, one, three) = row(&all);
    println!("| all | {n} | {one:.1}% | {three:.1}% |");
    println!("Not first ({}):\n{}", misses.len(), misses.join("\n"));
    (
        per_kind.iter().map(|(k, t)| (*k, row(t))).collect(),
        row(&all),
    )
}

#[test]
fn the_issue_bar_is_met() {
    let (per_kind, (_, top1, top3)) = measure();
    assert!(top1 >= 85.0, "top-1 below 85% overall");
    assert!(top3 >= 95.0, "top-3 below 95% overall");
    for (kind, (_, one, _)) in &per_kind {
        assert!(*one >= 75.0, "top-1 below 75% for {kind:?}");
    }
}

#[test]
fn quality_never_falls_below_what_was_measured_when_the_engine_landed() {
    let (per_kind, (_, top1, top3)) = measure();
    // Measured on 2026-12-02: 85.9% / 95.6% overall; verbatim 98.4%,
    // paraphrase 78.4%, spoken 84.5%, typo 90.0%, anti-pattern 77.6% top-1.
    assert!(top1 >= 85.0, "top-1 {top1:.1}% overall");
    assert!(top3 >= 95.0, "top-3 {top3:.1}% overall");
    let floor = |kind: Kind| match kind {
        Kind::Verbatim => 96.0,
        Kind::Paraphrase => 76.0,
        Kind::Spoken => 82.0,
        Kind::Typo => 87.0,
        Kind::AntiPattern => 75.0,
    };
    for (kind, (_, one, _)) in &per_kind {
        assert!(*one >= floor(*kind), "{kind:?} top-1 {one:.1}%");
    }
}
