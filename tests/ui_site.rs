//! A guide imported from its source, in the app (`update` tests on the
//! fixture site, `tests/fixtures/site`): anti-pattern pages with their
//! sections, found by search and by `n`; a fix step made an action item in
//! two keys; the ranked causes with their fix steps; "Find your symptom".

mod common;

use cdtriage::domain::{DocKind, Location, SearchIndex, Target, load};
use cdtriage::ui::app::App;
use cdtriage::ui::core::history::Page;
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::core::theme::Theme;
use cdtriage::ui::document::{self, DocLine};
use common::{key, press, site_app, site_graph, type_str};
use ratatui::crossterm::event::KeyCode;

/// The page of anti-pattern `id`, opened as a user would: its symptom's
/// number, Tab twice to the links pane, Enter on its first link.
fn open_hand_deploys(a: &mut App) {
    let s = a.graph.symptom("slow-rollouts").expect("slow-rollouts");
    assert_eq!(
        s.causes[0].target,
        Target::AntiPattern("hand-deploys".into())
    );
    type_str(a, &s.number.to_string());
    press(
        a,
        &[key(KeyCode::Tab), key(KeyCode::Tab), key(KeyCode::Enter)],
    );
    let i = a
        .graph
        .anti_pattern_index("hand-deploys")
        .expect("hand-deploys");
    assert_eq!(a.browse.page, Page::AntiPattern(i));
}

fn texts(a: &App) -> Vec<String> {
    a.browse.doc.lines.iter().map(DocLine::text).collect()
}

#[test]
fn an_anti_pattern_page_shows_its_sections_under_the_symptoms_it_causes() {
    let graph = site_graph();
    let i = graph
        .anti_pattern_index("hand-deploys")
        .expect("hand-deploys");
    let doc = document::page(&graph, Page::AntiPattern(i), 100);
    let text: Vec<String> = doc.lines.iter().map(DocLine::text).collect();
    let joined = text.join("\n");
    let order = [
        "Hand Deploys",
        "The build is automatic; the rollout is typed in by a person.",
        "Symptoms it causes (2)",
        "What this looks like",
        "The pipeline goes green and then a person takes over.",
        "• The checklist rollout. A wiki page lists the steps.",
        "Why this is a problem",
        "It reduces quality",
        "How to fix it",
        "Step 1: Write the steps down as a script (week 1)",
        "1. Record one rollout.",
        "2. Script what was recorded:",
        "   • the copy,",
        "Worry                      │ Answer",
        "───────────────────────────┼─────────────────────",
        "“The script will break”    │ Then fix it once.",
        "“Only Sam knows the steps” │ That is the problem.",
        "Step 2: Run the script from the pipeline",
        "Step 3: Remove the human gate (weeks 4-6)",
        "Measuring progress",
        "Metric                   │ What to look for",
        "Manual steps per rollout │ Should reach zero",
        "Team discussion",
        "Related content",
        "• No Tests — Without tests, a script only fails faster",
        "Questions that point here",
    ];
    let mut from = 0;
    for part in order {
        let at = joined[from..].find(part).map(|p| p + from);
        assert!(at.is_some(), "missing or out of order: {part}\n{joined}");
        from = at.unwrap_or(from) + part.len();
    }
    // Each of its three fix steps is recorded, its heading first.
    assert_eq!(doc.steps.len(), 3);
    let heads: Vec<&str> = doc.steps.iter().map(|r| text[r.start].as_str()).collect();
    assert_eq!(
        heads,
        [
            "Step 1: Write the steps down as a script (week 1)",
            "Step 2: Run the script from the pipeline",
            "Step 3: Remove the human gate (weeks 4-6)"
        ]
    );
    // Steps follow each other: a blank line between one and the next.
    assert_eq!(doc.steps[0].end + 1, doc.steps[1].start);
    assert_eq!(text[doc.steps[0].end], "");
}

#[test]
fn every_passage_search_finds_on_an_imported_page_is_anchored_there() {
    let graph = site_graph();
    let index = SearchIndex::new(&graph);
    let mut sections = 0;
    for (i, a) in graph.anti_patterns.iter().enumerate() {
        let doc = document::page(&graph, Page::AntiPattern(i), 60);
        for location in index.locations(&Target::AntiPattern(a.id.clone())) {
            assert!(doc.lines_of(location).is_some(), "{} {location:?}", a.id);
            if matches!(
                location,
                Location::Section { .. } | Location::Related { .. }
            ) {
                sections += 1;
            }
        }
    }
    assert!(sections > 20, "{sections}");
}

#[test]
fn search_finds_words_of_a_fix_step_and_a_table_cell() {
    let index = SearchIndex::new(&site_graph());
    let results = index.search("only sam knows the steps", 5);
    let top = results.pages.first().expect("a result");
    assert_eq!(top.page, Target::AntiPattern("hand-deploys".into()));
    let passage = top.passages.first().expect("a passage");
    assert_eq!(passage.kind, DocKind::Section);
    assert!(
        passage.title.contains("Step 1: Write the steps down"),
        "{}",
        passage.title
    );
    assert!(
        passage.snippet.contains("Only Sam knows the steps"),
        "{}",
        passage.snippet
    );
}

#[test]
fn n_and_shift_n_go_through_the_matches_in_the_sections() {
    let mut a = site_app(120, 40);
    open_hand_deploys(&mut a);
    type_str(&mut a, "/script");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Browse);
    let first = a.search.mark.as_ref().expect("a mark").location;
    type_str(&mut a, "n");
    let second = a.search.mark.as_ref().expect("a mark").location;
    assert_ne!(first, second);
    assert!(
        matches!(second, Location::Section { .. } | Location::Related { .. }),
        "{second:?}"
    );
    let message = a.message().unwrap_or_default().to_string();
    assert!(message.starts_with("Match "), "{message}");
    type_str(&mut a, "N");
    assert_eq!(a.search.mark.as_ref().map(|m| m.location), Some(first));
}

#[test]
fn a_fix_step_becomes_an_action_item_in_two_keys() {
    let mut a = site_app(120, 40);
    open_hand_deploys(&mut a);
    // At the top of the page no step is in view: X goes to the first step.
    assert_eq!(a.fix_step_in_view(), None);
    type_str(&mut a, "X");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.fix_step_in_view(), Some(0));
    let top = texts(&a)[a.browse.scroll.offset].clone();
    assert_eq!(top, "Step 1: Write the steps down as a script (week 1)");
    // Scrolled on to the second step: X, then Enter.
    // The page has the focus (X moved it there); j scrolls it.
    for _ in 0..200 {
        if a.fix_step_in_view() == Some(1) {
            break;
        }
        type_str(&mut a, "j");
    }
    assert_eq!(a.fix_step_in_view(), Some(1));
    type_str(&mut a, "X");
    assert_eq!(a.mode, Mode::NameInput);
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Browse);
    let item = a.session.actions.last().expect("an action item");
    assert_eq!(item.text, "Step 2: Run the script from the pipeline");
    assert_eq!(item.cause, Some(Target::AntiPattern("hand-deploys".into())));
    assert_eq!((item.owner.as_deref(), item.due.as_deref()), (None, None));
    // The team adds the owner and the due date in the same prompt.
    type_str(&mut a, "X @sam due:2026-12-15");
    press(&mut a, &[key(KeyCode::Enter)]);
    let item = a.session.actions.last().expect("an action item");
    assert_eq!(item.text, "Step 2: Run the script from the pipeline");
    assert_eq!(item.owner.as_deref(), Some("sam"));
    assert_eq!(item.due.as_deref(), Some("2026-12-15"));
    assert_eq!(a.session.actions.len(), 2);
}

#[test]
fn without_fix_steps_the_step_key_says_why_and_adds_nothing() {
    let graph = load::embedded().expect("embedded graph");
    let mut a = App::new(graph, Theme::dark(), 120, 40);
    type_str(&mut a, "11");
    press(
        &mut a,
        &[key(KeyCode::Tab), key(KeyCode::Tab), key(KeyCode::Enter)],
    );
    assert!(matches!(a.browse.page, Page::AntiPattern(_)));
    type_str(&mut a, "X");
    assert_eq!(a.mode, Mode::Browse);
    assert!(a.session.actions.is_empty());
    assert!(
        a.message().unwrap_or_default().contains("no fix steps"),
        "{:?}",
        a.message()
    );
    // Nor on a symptom page.
    type_str(&mut a, "b");
    type_str(&mut a, "X");
    assert!(
        a.message().unwrap_or_default().contains("cause's page"),
        "{:?}",
        a.message()
    );
}

#[test]
fn the_ranked_causes_show_the_fix_steps_of_the_highlighted_cause() {
    let mut a = site_app(120, 40);
    let n = a
        .graph
        .symptom("slow-rollouts")
        .map(|s| s.number)
        .unwrap_or(0);
    type_str(&mut a, &format!("t{n} r"));
    assert_eq!(a.mode, Mode::Ranked);
    let detail: Vec<String> = a.triage.detail.lines.iter().map(DocLine::text).collect();
    assert!(detail[0].ends_with("Hand Deploys"), "{detail:?}");
    let at = detail
        .iter()
        .position(|l| l == "How to fix it (3 steps)")
        .expect("the fix steps");
    assert_eq!(
        detail[at + 1..at + 4],
        [
            "• Step 1: Write the steps down as a script (week 1)",
            "• Step 2: Run the script from the pipeline",
            "• Step 3: Remove the human gate (weeks 4-6)",
        ]
    );
}

#[test]
fn the_embedded_guide_has_no_questionnaire_and_f_says_so() {
    let graph = load::embedded().expect("embedded graph");
    let mut a = App::new(graph, Theme::dark(), 80, 24);
    type_str(&mut a, "F");
    assert_eq!(a.mode, Mode::Browse);
    assert!(
        a.message().unwrap_or_default().contains("no questionnaire"),
        "{:?}",
        a.message()
    );
}

fn rows(a: &App) -> Vec<String> {
    a.find_symptom
        .list
        .items
        .iter()
        .flat_map(|i| i.lines.iter().map(DocLine::text))
        .collect()
}

#[test]
fn find_your_symptom_walks_to_a_result_goes_back_starts_over_and_marks() {
    let mut a = site_app(80, 24);
    type_str(&mut a, "F");
    assert_eq!(a.mode, Mode::FindSymptom);
    assert_eq!(a.find_symptom.title(), " Find your symptom ");
    assert_eq!(rows(&a)[0], "What slows your team down most?");
    assert!(rows(&a).contains(&" 1. Rollouts".to_string()));
    // Enter takes the highlighted (first) answer.
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.find_symptom.title(), " Find your symptom › Step 2 ");
    assert_eq!(rows(&a)[0], "Let's look closer at rollouts.");
    assert!(rows(&a).contains(&"Who runs a rollout?".to_string()));
    // A number takes that answer: the result.
    type_str(&mut a, "1");
    assert_eq!(a.find_symptom.title(), " Find your symptom › Step 3 ");
    let r = rows(&a);
    assert_eq!(r[0], "Rollouts Take All Afternoon");
    assert!(r.contains(&"The real problem may be:".to_string()));
    assert!(r.contains(&"How to know it's improving:".to_string()));
    assert!(r.contains(&"• Manual steps per rollout: should reach zero".to_string()));
    assert!(r.contains(&"› Hand Deploys".to_string()), "{r:?}");
    // Enter opens the symptom page; b comes back to the result.
    let i = a
        .graph
        .symptom_index("slow-rollouts")
        .expect("slow-rollouts");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!((a.mode, a.browse.page), (Mode::Browse, Page::Symptom(i)));
    type_str(&mut a, "b");
    assert_eq!(a.mode, Mode::FindSymptom);
    // + marks the result's symptom for the triage, once.
    type_str(&mut a, "+");
    assert!(a.session.findings.is_marked("slow-rollouts"));
    assert!(
        rows(&a)
            .iter()
            .any(|l| l.contains("(marked for the triage)"))
    );
    type_str(&mut a, "+");
    assert!(
        a.session.findings.is_marked("slow-rollouts"),
        "still marked"
    );
    // Back one step, then start over.
    press(&mut a, &[key(KeyCode::Backspace)]);
    assert_eq!(a.find_symptom.title(), " Find your symptom › Step 2 ");
    type_str(&mut a, "s");
    assert_eq!(a.find_symptom.title(), " Find your symptom ");
    type_str(&mut a, "b");
    assert_eq!(a.message(), Some("This is the first question"));
    // Leaving keeps the walk: F comes back to the same step.
    type_str(&mut a, "2");
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Browse);
    type_str(&mut a, "F");
    assert_eq!(rows(&a)[0], "Meetings Run Long");
    // That result's symptom is in another section: not this guide's.
    type_str(&mut a, "+");
    assert!(
        a.message()
            .unwrap_or_default()
            .contains("not one of this guide's symptoms"),
        "{:?}",
        a.message()
    );
    type_str(&mut a, "9");
    assert!(a.message().unwrap_or_default().contains("This is a result"));
}
