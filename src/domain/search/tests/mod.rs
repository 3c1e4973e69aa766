//! Search rules, each on a small hand-written graph and thesaurus whose
//! scores can be reasoned about by hand: the shared fixtures, and one page's
//! matches, notes, snippets, highlighting and tags (ranking is in
//! `ranking.rs`).

mod input;
mod language;
mod ranking;
mod snippets;

use super::*;
use crate::domain::graph::{AntiPattern, Cause, Paragraph, Question, RiskLevel, Symptom};
use crate::domain::load;

pub(super) fn symptom(id: &str, title: &str, summary: &str, seeing: &[&str]) -> Symptom {
    Symptom {
        number: 1,
        id: id.into(),
        title: title.into(),
        short_title: title.into(),
        summary: summary.into(),
        tags: vec![],
        url: String::new(),
        seeing: seeing
            .iter()
            .map(|s| Paragraph::Text((*s).into()))
            .collect(),
        causes: vec![],
        questions: vec![],
        most_common_cause: Target::AntiPattern("snowflake-environments".into()),
        ready_to_fix: String::new(),
        cited_by: vec![],
        related: vec![],
        links: vec![],
    }
}

pub(super) fn anti_pattern(id: &str, name: &str, category: &str) -> AntiPattern {
    AntiPattern {
        id: id.into(),
        name: name.into(),
        page_title: name.into(),
        category: category.into(),
        risk_level: RiskLevel::High,
        tags: vec![],
        url: String::new(),
        cited_by: vec![],
        questions: vec![],
        page: None,
    }
}

pub(super) fn graph(symptoms: Vec<Symptom>, anti_patterns: Vec<AntiPattern>) -> Graph {
    let base = load::embedded().expect("embedded graph loads");
    Graph::new(base.id, base.version, base.section, symptoms, anti_patterns)
}

/// A thesaurus for the tests, so they do not depend on the shipped one.
pub(super) const THESAURUS: &str = r#"(groups: [
    ["prod", "production", "live"],
    ["afraid", "scared", "fear", "nervous"],
    ["undo", "roll back", "revert"],
    ["deploy", "ship", "release"],
])"#;

pub(super) fn index(g: &Graph) -> SearchIndex {
    SearchIndex::with_custom_thesaurus(g, THESAURUS).expect("the test thesaurus loads")
}

/// s1 is about merge freezes (its words spread over passages); s2 mentions
/// "merge" and "freeze" apart; s3 side by side; s4 is about fear.
pub(super) fn fixture() -> Graph {
    let mut s1 = symptom(
        "s1",
        "Merge Freezes Before Deployments",
        "Developers announce merge freezes.",
        &[
            "Nobody is sure how to roll back a deployment; rollback was never tested.",
            "“Please don’t merge to main, I’m about to deploy.”",
        ],
    );
    s1.causes.push(Cause {
        heading: "Snowflake environments".into(),
        text: vec![
            Paragraph::Text("Production is hand configured.".into()),
            Paragraph::Text("Freezing merges hides the problem.".into()),
        ],
        read_more: "Snowflake environments".into(),
        target: Target::AntiPattern("snowflake-environments".into()),
    });
    s1.questions.push(Question {
        question: "Is deployment automated?".into(),
        detail: "If not, start with Snowflake environments.".into(),
        start_with: "Snowflake environments".into(),
        target: Target::AntiPattern("snowflake-environments".into()),
    });
    let s2 = symptom(
        "s2",
        "Releases Are Rare",
        "The merge window and the weekly freeze last.",
        &[],
    );
    let s3 = symptom(
        "s3",
        "Work Stops Weekly",
        "The merge freeze lasts a week.",
        &[],
    );
    let s4 = symptom(
        "s4",
        "The Team Is Afraid to Deploy",
        "Deploying causes anxiety.",
        &[
            "Nobody wants to be on call when it goes wrong.",
            "Nobody wants to deploy on a Friday.",
        ],
    );
    let mut g = graph(
        vec![s1, s2, s3, s4],
        vec![
            anti_pattern(
                "snowflake-environments",
                "Snowflake Environments",
                "Pipeline & Infrastructure",
            ),
            anti_pattern("cab-gates", "CAB Gates", "Organizational"),
        ],
    );
    if let Some(a) = g.anti_patterns.first_mut() {
        a.cited_by = vec!["s1".into()];
    }
    g
}

pub(super) fn ids(results: &Results) -> Vec<&str> {
    results.pages.iter().map(|h| h.page.id()).collect()
}

pub(super) fn top(index: &SearchIndex, query: &str) -> Option<String> {
    index
        .search(query, 10)
        .pages
        .first()
        .map(|h| h.page.id().to_string())
}

#[test]
fn search_page_lists_one_pages_matches_in_reading_order() {
    let index = index(&fixture());
    let s1 = Target::Symptom("s1".into());
    let hits = index.search_page("merge", &s1);
    let locations: Vec<Location> = hits.iter().map(|h| h.location).collect();
    assert_eq!(
        locations,
        vec![
            Location::Header,
            Location::Seeing { paragraph: 1 },
            Location::Cause {
                cause: 0,
                paragraph: Some(1)
            },
        ]
    );
    // Synonym matches count: "undo" finds "roll back" in the first paragraph.
    let hits = index.search_page("undo", &s1);
    assert_eq!(
        hits.first().map(|h| h.location),
        Some(Location::Seeing { paragraph: 0 })
    );
    assert!(index.search_page("banana", &s1).is_empty());
}

#[test]
fn notes_are_part_of_their_page_and_can_be_replaced() {
    let mut index = index(&fixture());
    assert!(index.search("tuesday", 10).is_empty());
    let note = NoteDoc {
        page: Target::Symptom("s2".into()),
        key: 7,
        title: "Note on this page".into(),
        text: "Priya deploys on Tuesday".into(),
    };
    index.set_notes(std::slice::from_ref(&note));
    let r = index.search("tuesday", 10);
    assert_eq!(ids(&r), vec!["s2"]);
    let best = r.pages[0].best().expect("the note");
    assert_eq!(
        (best.kind, best.location),
        (DocKind::Note, Location::Note { note: 7 })
    );
    // A note's words add to its page: "rare tuesday" now prefers s2.
    assert_eq!(top(&index, "merge tuesday").as_deref(), Some("s2"));
    index.clear_notes();
    assert!(index.search("tuesday", 10).is_empty());
    index.add_note(&note);
    assert_eq!(index.search("tuesday", 10).pages.len(), 1);
}

#[test]
fn snippets_are_one_line_of_whole_words_with_the_matched_chars_highlighted() {
    let long = "Every release needs a sign-off from a manager who is never around, so the \
                work waits and waits, and when the approval finally comes nobody remembers \
                what was in the release or why it mattered, and the next release starts \
                the same way.";
    let g = graph(vec![symptom("s", "Alpha", "Other.", &[long])], vec![]);
    let index = index(&g);
    let r = index.search("remembers", 10);
    let p = r.pages[0].best().expect("a passage");
    assert!(!p.snippet.contains('\n'));
    assert!(
        p.snippet.starts_with("… ") && p.snippet.ends_with(" …"),
        "{}",
        p.snippet
    );
    assert!(p.snippet.chars().count() <= SNIPPET_CHARS + 6);
    let marked: Vec<String> = p
        .highlights
        .iter()
        .map(|r| p.snippet.chars().skip(r.start).take(r.len()).collect())
        .collect();
    assert_eq!(marked, vec!["remembers".to_string()]);
}

#[test]
fn highlight_marks_matches_in_any_text_by_char_index_synonyms_included() {
    let index = index(&fixture());
    let text = "Rollback in production; merges";
    let marked = |query: &str| -> Vec<String> {
        index
            .highlight(query, text)
            .iter()
            .map(|r| text.chars().skip(r.start).take(r.len()).collect())
            .collect()
    };
    assert_eq!(marked("rollback merge"), vec!["Rollback", "merges"]);
    assert_eq!(marked("prod"), vec!["production"]);
    assert!(index.highlight("   ", text).is_empty());
    let h = index.highlighter_for("merge");
    assert_eq!(h.ranges(text), index.highlight("merge", text));
}

#[test]
fn the_embedded_graph_has_one_page_per_symptom_and_anti_pattern() {
    let graph = load::embedded().expect("embedded graph loads");
    let index = SearchIndex::new(&graph);
    assert_eq!(index.len(), 21 + 26);
    let symptom_passages: usize = graph
        .symptoms
        .iter()
        .map(|s| {
            1 + s.seeing.len()
                + s.causes.iter().map(|c| 1 + c.text.len()).sum::<usize>()
                + s.questions.len()
        })
        .sum();
    let cited: usize = graph
        .anti_patterns
        .iter()
        .map(|a| {
            let causes: usize = a
                .cited_by
                .iter()
                .filter_map(|id| graph.symptom(id))
                .flat_map(|s| &s.causes)
                .filter(|c| c.target.id() == a.id)
                .map(|c| 1 + c.text.len())
                .sum();
            1 + causes + a.questions.len()
        })
        .sum();
    assert_eq!(index.passage_count(), symptom_passages + cited);
}

#[test]
fn a_tag_lists_the_pages_that_have_it_and_narrows_a_query() {
    let mut g = fixture();
    g.symptoms[0].tags = vec!["process-gates".into()];
    g.symptoms[2].tags = vec!["Process-Gates".into(), "batch-size".into()];
    let index = index(&g);
    let r = index.search("#process-gates", 10);
    assert_eq!(ids(&r), vec!["s1", "s3"], "in the guide's order");
    let tags = r.pages[1].best().expect("its tags line");
    assert_eq!((tags.kind, tags.location), (DocKind::Tags, Location::Tags));
    assert_eq!(tags.snippet, "#process-gates #batch-size");
    assert_eq!(tags.highlights, vec![0..14]);
    // With words, only the tagged pages are ranked.
    assert_eq!(
        ids(&index.search("merge freeze #batch-size", 10)),
        vec!["s3"]
    );
    assert_eq!(
        ids(&index.search("#process-gates #batch-size", 10)),
        vec!["s3"]
    );
    // An unknown tag finds nothing and is named.
    let r = index.search("#nosuch", 10);
    assert!(r.is_empty());
    assert_eq!(r.missing, vec!["#nosuch"]);
    assert_eq!(
        index.tags(&Target::Symptom("s3".into())),
        ["process-gates", "batch-size"]
    );
}
