//! Odd input (empty, blank, odd Unicode, very long, random) never panics and
//! keeps snippets and highlights consistent.

use super::*;

fn check(results: &Results) {
    for page in &results.pages {
        let n = page.title.chars().count();
        assert!(
            page.title_highlights
                .iter()
                .all(|r| r.start < r.end && r.end <= n)
        );
        for p in &page.passages {
            let n = p.snippet.chars().count();
            assert!(p.highlights.iter().all(|r| r.start < r.end && r.end <= n));
            assert!(!p.snippet.chars().any(char::is_control), "{:?}", p.snippet);
        }
    }
}

#[test]
fn empty_and_blank_queries_find_nothing() {
    let index = index(&fixture());
    for q in ["", "   ", "\t\n", "!!! ---", "🚀🔥"] {
        let r = index.search(q, 10);
        assert!(r.is_empty() && r.missing.is_empty(), "{q:?}");
    }
    assert!(index.search("merge", 0).is_empty());
}

#[test]
fn odd_unicode_and_long_input_never_panic() {
    let index = index(&fixture());
    let long = "merge ".repeat(20_000);
    let queries = [
        "e\u{301}\u{301}\u{301}",
        "\u{202E}egrem\u{202C}",
        "مرحبا merge",
        "👩‍👩‍👧 freeze",
        "İİİİ",
        "\u{200B}merge\u{200B}",
        "don''t '' ’’ ’",
        long.as_str(),
    ];
    for q in queries {
        check(&index.search(q, 10));
        check(&index.search_as_typed(q, 10));
        let _ = index.explain(q, 3);
    }
    // The long query is 20,000 times "merge": only the first words count.
    assert!(!index.search(&long, 10).is_empty());
}

#[test]
fn control_characters_in_the_text_never_reach_a_snippet() {
    let g = graph(
        vec![symptom(
            "s",
            "Alpha",
            "Rollback \u{1b}]0;title\u{7} here\u{9b}6n.",
            &[],
        )],
        vec![],
    );
    let index = index(&g);
    let r = index.search("rollback", 10);
    assert!(!r.is_empty());
    check(&r);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn any_query_is_safe(query in "\\PC{0,40}") {
        let index = index(&fixture());
        check(&index.search(&query, 5));
        check(&index.search_as_typed(&query, 5));
        let text = "Rollback in production; merges";
        let n = text.chars().count();
        proptest::prop_assert!(index.highlight(&query, text).iter().all(|r| r.end <= n));
    }
}
