//! Odd input (empty, blank, odd Unicode, very long, random) and the embedded
//! graph's document count.

use super::*;

#[test]
fn empty_and_blank_queries_find_nothing() {
    let index = SearchIndex::new(&fixture());
    for q in ["", "   ", "\t\n", "!!! ---", "🚀🔥"] {
        assert!(index.search(q, 10).is_empty(), "{q:?}");
    }
    assert!(index.search("merge", 0).is_empty());
}

#[test]
fn odd_unicode_and_long_input_never_panic() {
    let index = SearchIndex::new(&fixture());
    let long = "merge ".repeat(20_000);
    let queries = [
        "e\u{301}\u{301}\u{301}",
        "\u{202E}egrem\u{202C}",
        "مرحبا merge",
        "👩‍👩‍👧 freeze",
        "İİİİ",
        "\u{200B}merge\u{200B}",
        long.as_str(),
    ];
    for q in queries {
        for hit in index.search(q, 10) {
            let n = hit.snippet.chars().count();
            assert!(hit.highlights.iter().all(|r| r.start < r.end && r.end <= n));
        }
    }
    // The long query is 20,000 times "merge": only the first words count.
    assert!(!index.search(&long, 10).is_empty());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn any_query_is_safe(query in "\\PC{0,40}") {
        let index = SearchIndex::new(&fixture());
        for hit in index.search(&query, 5) {
            let n = hit.snippet.chars().count();
            proptest::prop_assert!(hit.highlights.iter().all(|r| r.end <= n));
            proptest::prop_assert!(!hit.snippet.contains('\n'));
        }
    }
}

#[test]
fn the_embedded_graph_yields_one_document_per_page_and_passage() {
    let graph = load::embedded().expect("embedded graph loads");
    let passages: usize = graph
        .symptoms
        .iter()
        .map(|s| s.seeing.len() + s.causes.len() + s.questions.len())
        .sum();
    let index = SearchIndex::new(&graph);
    assert_eq!(index.len(), 21 + 26 + passages);
    assert_eq!(
        graph.symptoms.iter().map(|s| s.causes.len()).sum::<usize>(),
        71
    );
    assert_eq!(
        graph
            .symptoms
            .iter()
            .map(|s| s.questions.len())
            .sum::<usize>(),
        73
    );
}
