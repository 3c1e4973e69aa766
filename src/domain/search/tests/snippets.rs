//! Snippets show the passage, not the page's own name again.

use super::*;

/// Folded for comparing: lower case, single spaces.
fn fold(t: &str) -> String {
    t.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_page_whose_title_matched_shows_its_best_passage_not_the_title_again() {
    let graph = load::embedded().expect("embedded graph loads");
    let index = SearchIndex::new(&graph);
    for (query, page) in [
        ("manual deployments", "Manual Deployments"),
        ("manual testing only", "Manual Testing Only"),
        ("separate ops release team", "Separate Ops/Release Team"),
    ] {
        let results = index.search(query, 20);
        let hit = results
            .pages
            .iter()
            .find(|p| p.title == page)
            .unwrap_or_else(|| panic!("{page} is found by {query:?}"));
        assert!(!hit.passages.is_empty(), "{page}: passages listed");
        for p in &hit.passages {
            assert_ne!(
                fold(&p.snippet),
                fold(page),
                "{query:?}: a passage of {page} repeats the title"
            );
            assert!(
                p.snippet.chars().count() > page.chars().count(),
                "{query:?}: {:?} is more than the name",
                p.snippet
            );
        }
    }
}
