//! Ranking rules, each on a small hand-written graph whose scores can be
//! reasoned about by hand.

use super::*;
use crate::domain::graph::{AntiPattern, Cause, Paragraph, Question, RiskLevel, Symptom};
use crate::domain::load;

fn symptom(id: &str, title: &str, short: &str, summary: &str, seeing: &[&str]) -> Symptom {
    Symptom {
        number: 1,
        id: id.into(),
        title: title.into(),
        short_title: short.into(),
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
    }
}

fn anti_pattern(id: &str, name: &str, page_title: &str, category: &str) -> AntiPattern {
    AntiPattern {
        id: id.into(),
        name: name.into(),
        page_title: page_title.into(),
        category: category.into(),
        risk_level: RiskLevel::High,
        tags: vec![],
        url: String::new(),
        cited_by: vec![],
        questions: vec![],
    }
}

fn graph(symptoms: Vec<Symptom>, anti_patterns: Vec<AntiPattern>) -> Graph {
    let base = load::embedded().expect("embedded graph loads");
    Graph::new(base.id, base.version, base.section, symptoms, anti_patterns)
}

/// s1 is about merge freezes; s2 mentions "merge" and "freeze" apart, s3 side
/// by side, in summaries of the same length.
fn fixture() -> Graph {
    let mut s1 = symptom(
        "s1",
        "Merge Freezes Before Deployments",
        "Merge freezes before deploys",
        "Developers announce merge freezes.",
        &["Nobody is sure how to roll back a deployment; rollback was never tested."],
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
        "Rare releases",
        "The merge window and freeze last.",
        &[],
    );
    let s3 = symptom(
        "s3",
        "Work Stops Weekly",
        "Weekly stops",
        "The merge freeze lasts a week.",
        &[],
    );
    graph(
        vec![s1, s2, s3],
        vec![
            anti_pattern(
                "snowflake-environments",
                "Snowflake Environments",
                "Snowflake Environments",
                "Pipeline & Infrastructure",
            ),
            anti_pattern(
                "cab-gates",
                "CAB Gates",
                "Change Advisory Board Gates",
                "Organizational",
            ),
        ],
    )
}

fn ids(hits: &[Hit]) -> Vec<(DocKind, &str)> {
    hits.iter().map(|h| (h.kind, h.page.id())).collect()
}

fn top(index: &SearchIndex, query: &str) -> Option<(DocKind, String)> {
    index
        .search(query, 10)
        .first()
        .map(|h| (h.kind, h.page.id().to_string()))
}

#[test]
fn every_word_must_match_somewhere_in_the_item() {
    let index = SearchIndex::new(&fixture());
    // Only s1's cause has both "snowflake" (heading) and "merges" (paragraph).
    let hits = index.search("merge snowflake", 10);
    assert_eq!(ids(&hits), vec![(DocKind::Cause, "s1")]);
    assert_eq!(
        hits[0].location,
        Location::Cause {
            cause: 0,
            paragraph: None
        }
    );
    assert!(index.search("merge banana", 10).is_empty());
}

#[test]
fn partial_words_match_the_start_of_words() {
    let index = SearchIndex::new(&fixture());
    assert_eq!(
        top(&index, "merg freez"),
        Some((DocKind::Symptom, "s1".into()))
    );
}

#[test]
fn slightly_misspelled_words_still_match() {
    let index = SearchIndex::new(&fixture());
    let snowflake = Some((DocKind::AntiPattern, "snowflake-environments".to_string()));
    assert_eq!(top(&index, "snowfalke"), snowflake);
    assert_eq!(top(&index, "snowflak"), snowflake);
    assert_eq!(top(&index, "rolback"), Some((DocKind::Seeing, "s1".into())));
}

#[test]
fn case_never_matters() {
    let index = SearchIndex::new(&fixture());
    assert_eq!(
        index.search("MERGE Freezes", 10),
        index.search("merge freezes", 10)
    );
    assert!(!index.search("MERGE Freezes", 10).is_empty());
}

#[test]
fn an_exact_phrase_beats_scattered_words() {
    let index = SearchIndex::new(&fixture());
    let hits = index.search("merge freeze", 10);
    let pos = |id: &str| {
        hits.iter()
            .position(|h| h.page.id() == id && h.kind.is_page())
    };
    let (Some(s2), Some(s3)) = (pos("s2"), pos("s3")) else {
        panic!("both summaries match: {:?}", ids(&hits));
    };
    assert!(
        s3 < s2,
        "side by side (s3) must beat apart (s2): {:?}",
        ids(&hits)
    );
    assert!(hits[s3].score > hits[s2].score);
}

#[test]
fn a_title_match_beats_a_passage_that_mentions_the_words() {
    let index = SearchIndex::new(&fixture());
    let hits = index.search("snowflake environments", 10);
    assert_eq!(
        ids(&hits)[0],
        (DocKind::AntiPattern, "snowflake-environments")
    );
    assert!(ids(&hits).contains(&(DocKind::Cause, "s1")));
    assert!(ids(&hits).contains(&(DocKind::Question, "s1")));
}

#[test]
fn a_page_beats_a_passage_inside_it_that_matches_equally() {
    // The summary and the only paragraph say the same thing.
    let text = "Pipelines stall for hours.";
    let g = graph(vec![symptom("p", "Slow", "Slow", text, &[text])], vec![]);
    let hits = SearchIndex::new(&g).search("pipelines stall", 10);
    assert_eq!(
        ids(&hits),
        vec![(DocKind::Symptom, "p"), (DocKind::Seeing, "p")]
    );
}

#[test]
fn the_page_bonus_alone_breaks_an_otherwise_equal_score() {
    let mut vocab = Vocabulary::default();
    let mut docs = Vec::new();
    let mut b = DocBuilder {
        vocab: &mut vocab,
        docs: &mut docs,
    };
    let page = Target::Symptom("p".into());
    let fields = [(FieldRole::Body, Location::Header, "canary rollouts")];
    b.add(DocKind::Seeing, &page, "P", "P", &fields);
    b.add(DocKind::Symptom, &page, "P", "P", &fields);
    let matcher = SkimMatcherV2::default().ignore_case();
    let words = parse_query("canary", &matcher);
    let qualities: Vec<_> = words.iter().map(|w| vocab.qualities(w, &matcher)).collect();
    let m = Matched::new(&words, &qualities);
    let flat = Flat::from_docs(&docs);
    let passage = flat
        .doc(0)
        .and_then(|d| score::score(&m, d))
        .expect("matches");
    let whole = flat
        .doc(1)
        .and_then(|d| score::score(&m, d))
        .expect("matches");
    // 1.0 * 0.5 (body) + 0.2 * 0.5 * 1/2 (covers one of two words) = 0.55;
    // the page adds 0.01.
    assert_eq!(passage.points, 550);
    assert_eq!(whole.points, 560);
}

#[test]
fn ties_go_to_the_earlier_page_every_time() {
    let same = "Pipelines are slow.";
    let g = graph(
        vec![
            symptom("a", "A", "A", "x", &[same]),
            symptom("b", "B", "B", "y", &[same]),
        ],
        vec![],
    );
    let index = SearchIndex::new(&g);
    for _ in 0..3 {
        let hits = index.search("pipelines", 10);
        assert_eq!(
            ids(&hits),
            vec![(DocKind::Seeing, "a"), (DocKind::Seeing, "b")]
        );
        assert_eq!(hits[0].score, hits[1].score);
    }
}

#[test]
fn stop_words_are_optional_but_content_words_are_not() {
    let index = SearchIndex::new(&fixture());
    assert_eq!(
        top(&index, "we have merge freezes"),
        Some((DocKind::Symptom, "s1".into()))
    );
    // A query of stop words only must match them.
    assert!(index.search("would", 10).is_empty());
}

#[test]
fn snippets_are_one_line_of_whole_words_with_the_matched_chars_highlighted() {
    let para = "When something breaks in production, the only option is a forward fix. \
                Rolling back has never been practiced and there is no defined procedure for it. \
                Nobody is sure of the exact steps.\nThe unspoken understanding is that deployments only go forward.";
    let g = graph(vec![symptom("s", "T", "T", "x", &[para])], vec![]);
    let hits = SearchIndex::new(&g).search("nobody", 10);
    let hit = &hits[0];
    assert!(!hit.snippet.contains('\n'));
    assert!(hit.snippet.starts_with("… ") && hit.snippet.ends_with(" …"));
    assert!(hit.snippet.chars().count() <= SNIPPET_CHARS + 6);
    // Whole words: what follows the leading mark starts a word of the paragraph.
    let first_word = hit
        .snippet
        .trim_start_matches("… ")
        .split(' ')
        .next()
        .unwrap_or("");
    assert!(
        para.split(' ').any(|w| w == first_word),
        "{:?}",
        hit.snippet
    );
    let chars: Vec<char> = hit.snippet.chars().collect();
    let marked: Vec<String> = hit
        .highlights
        .iter()
        .map(|r| chars[r.clone()].iter().collect())
        .collect();
    assert_eq!(marked, vec!["Nobody".to_string()]);
}

#[test]
fn highlights_mark_prefixes_and_every_matching_word() {
    let g = graph(
        vec![symptom("s", "Merge freezes, merge pain", "x", "y", &[])],
        vec![],
    );
    let hits = SearchIndex::new(&g).search("merg", 1);
    assert_eq!(hits[0].snippet, "Merge freezes, merge pain");
    assert_eq!(hits[0].highlights, vec![0..4, 15..19]);
}

#[test]
fn notes_are_findable_and_can_be_cleared() {
    let note = NoteDoc {
        page: Target::Symptom("s1".into()),
        key: 7,
        title: "Retro".into(),
        text: "The release train leaves on Tuesdays.".into(),
    };
    let mut index = SearchIndex::with_notes(&fixture(), std::slice::from_ref(&note));
    let hits = index.search("tuesday", 10);
    assert_eq!(ids(&hits), vec![(DocKind::Note, "s1")]);
    assert_eq!(hits[0].location, Location::Note { note: 7 });
    assert_eq!(hits[0].page_title, "Merge Freezes Before Deployments");
    index.clear_notes();
    assert!(index.search("tuesday", 10).is_empty());
    index.add_note(&note);
    assert_eq!(index.search("tuesday", 10).len(), 1);
}

#[test]
fn search_page_lists_one_pages_matches_in_reading_order() {
    let index = SearchIndex::new(&fixture());
    let hits = index.search_page("snowflake", &Target::Symptom("s1".into()));
    let locations: Vec<Location> = hits.iter().map(|h| h.location).collect();
    assert_eq!(
        locations,
        vec![
            Location::Cause {
                cause: 0,
                paragraph: None
            },
            Location::Question { question: 0 },
        ]
    );
}

#[test]
fn highlight_marks_matches_in_any_text_by_char_index() {
    let index = SearchIndex::new(&fixture());
    // "Ä" is one char: the ranges count chars, not bytes.
    let text = "Ä merge freezes; rolback";
    assert_eq!(
        index.highlight("MERGE freez rollback", text),
        vec![2..7, 8..13, 17..24]
    );
    assert!(index.highlight("   ", text).is_empty());
}

mod input;
