//! Ranking: a page is found by words spread over its passages, rarer words
//! and title words weigh more, long fields and repeated words do not win,
//! ties are stable, and `explain` adds up to the score.

use super::*;

#[test]
fn a_page_is_found_by_words_in_different_passages_of_it() {
    let index = index(&fixture());
    // "friday" and "afraid" are in different passages of s4 only.
    let r = index.search("afraid friday", 10);
    assert_eq!(ids(&r).first(), Some(&"s4"));
    // "rollback" (seeing), "configured" (a cause) and "automated" (a
    // question) are on s1 in three passages.
    assert_eq!(
        top(&index, "rollback configured automated").as_deref(),
        Some("s1")
    );
}

#[test]
fn results_are_pages_with_their_passages_under_them() {
    let index = index(&fixture());
    let r = index.search("freezing merges", 10);
    assert!(r.pages.iter().all(|h| h.kind.is_page()));
    let first = r.pages.first().expect("a result");
    assert_eq!(first.page.id(), "s1");
    let best = first.best().expect("a passage");
    assert!(!best.kind.is_page());
    // Enter on the page opens it at its best passage.
    assert_eq!(first.location, best.location);
    assert!(first.passages.len() <= PASSAGES_PER_PAGE);
    // Each passage belongs to its page: the anti-pattern's cited cause text
    // is listed under the anti-pattern, with a location on its page.
    let ap = r
        .pages
        .iter()
        .find(|h| h.page.id() == "snowflake-environments")
        .expect("the anti-pattern that s1 cites");
    assert!(
        ap.passages
            .iter()
            .all(|p| matches!(p.location, Location::Cited { .. }))
    );
}

#[test]
fn matching_every_word_is_a_boost_not_a_filter() {
    let index = index(&fixture());
    // No page has "banana": pages with "merge" are still found, and the
    // missing word is named.
    let r = index.search("merge banana", 10);
    assert!(!r.is_empty());
    assert_eq!(r.missing, vec!["banana"]);
    // s3 has both words side by side and in a short summary: it beats s2,
    // which has both apart; s1 has more of both and its title.
    let r = index.search("merge freeze", 10);
    let order = ids(&r);
    let pos = |id: &str| order.iter().position(|x| *x == id);
    assert!(pos("s1") < pos("s3") && pos("s3") < pos("s2"), "{order:?}");
    // A page with more of the query's words ranks above one with fewer.
    assert_eq!(top(&index, "afraid deploy friday").as_deref(), Some("s4"));
}

#[test]
fn nothing_is_found_only_when_no_word_occurs_anywhere() {
    let index = index(&fixture());
    let r = index.search("xyzzy plugh", 10);
    assert!(r.is_empty());
    assert_eq!(r.missing, vec!["xyzzy", "plugh"]);
}

#[test]
fn rarer_words_weigh_more() {
    let g = graph(
        vec![
            symptom("common", "Alpha", "deploy deploy", &[]),
            symptom("rare", "Beta", "kubernetes", &[]),
            symptom("c2", "Gamma", "deploy", &[]),
            symptom("c3", "Delta", "deploy", &[]),
        ],
        vec![],
    );
    let index = index(&g);
    assert_eq!(top(&index, "deploy kubernetes").as_deref(), Some("rare"));
}

#[test]
fn long_fields_do_not_win_by_length() {
    let long = format!("{} rollback", "word ".repeat(200));
    let g = graph(
        vec![
            symptom("long", "Alpha", "Other.", &[long.as_str()]),
            symptom("short", "Beta", "Other.", &["A rollback."]),
        ],
        vec![],
    );
    let index = index(&g);
    assert_eq!(ids(&index.search("rollback", 10)), vec!["short", "long"]);
}

#[test]
fn term_frequency_saturates() {
    let many = "rollback ".repeat(30);
    let g = graph(
        vec![
            symptom("many", "Alpha", &many, &[]),
            symptom("both", "Beta", "rollback tested", &[]),
        ],
        vec![],
    );
    let index = index(&g);
    assert_eq!(top(&index, "rollback tested").as_deref(), Some("both"));
}

#[test]
fn a_title_word_counts_more_than_a_passage_word() {
    let g = graph(
        vec![
            symptom("body", "Alpha", "Other.", &["Snowflake servers."]),
            symptom("title", "Snowflake Servers", "Other.", &["Other."]),
        ],
        vec![],
    );
    let index = index(&g);
    assert_eq!(top(&index, "snowflake").as_deref(), Some("title"));
}

#[test]
fn ties_go_to_the_earlier_page_every_time() {
    let g = graph(
        vec![
            symptom("a", "One", "Rollback.", &[]),
            symptom("b", "Two", "Rollback.", &[]),
        ],
        vec![],
    );
    let index = index(&g);
    for _ in 0..5 {
        let r = index.search("rollback", 10);
        assert_eq!(ids(&r), vec!["a", "b"]);
        assert_eq!(r.pages[0].score, r.pages[1].score);
    }
}

#[test]
fn explain_adds_up_to_the_score_and_says_how_each_word_matched() {
    let index = index(&fixture());
    let explained = index.explain("scared deploying friday", 3);
    let first = explained.first().expect("an explanation");
    assert_eq!(first.hit.page.id(), "s4");
    let sum: f32 = first.units.iter().map(|u| u.contribution).sum();
    assert!((sum - first.bm25).abs() < 1e-4, "{sum} vs {}", first.bm25);
    let product = first.bm25 * first.coverage * first.title * first.proximity;
    assert!((product - first.score).abs() < 1e-4);
    let how = |query: &str| -> Vec<How> {
        first
            .units
            .iter()
            .find(|u| u.query == query)
            .map(|u| u.matches.iter().map(|m| m.how).collect())
            .unwrap_or_default()
    };
    assert!(how("scared").contains(&How::Synonym), "scared = afraid");
    assert!(how("deploying").contains(&How::Exact));
    assert!(how("deploying").contains(&How::Stem), "deploy");
    assert!(how("friday").contains(&How::Exact));
    let title = first
        .units
        .iter()
        .flat_map(|u| &u.matches)
        .find(|m| m.field == Field::Title);
    assert_eq!(title.map(|m| m.word.as_str()), Some("afraid"));
}
