//! What the team recorded is visible where they look (issue 13): marks and
//! answers in the list and beside the questions, notes found by search
//! opened and marked where they are, `n`/`N` over notes and action items,
//! labelled notes, and a symptom's tags on its page.

mod common;

use cdtriage::domain::{ActionItem, Location, NoteTarget, QuestionRef, Target};
use cdtriage::ui::app::App;
use cdtriage::ui::core::history::Page;
use cdtriage::ui::view;
use common::{app, key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

fn screen(a: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
    t.backend().to_string()
}

fn lines(a: &App) -> Vec<String> {
    a.page_doc().lines.iter().map(|l| l.text()).collect()
}

fn q(symptom: &str, index: usize) -> QuestionRef {
    QuestionRef {
        symptom: symptom.into(),
        index,
    }
}

/// Symptom 16, Releases Depend on One Person.
const RELEASE: &str = "release-manager-bottleneck";

#[test]
fn answers_show_beside_their_questions_and_in_the_list() {
    let mut a = app(120, 40);
    // Symptom 16's first question is "Can any engineer on the team deploy to
    // production without help?": No points at Knowledge Silos.
    type_str(&mut a, "16an");
    press(&mut a, &[key(KeyCode::Esc)]);
    type_str(&mut a, "16");
    let text = lines(&a);
    let at = text
        .iter()
        .position(|l| l.starts_with("1. Can any engineer on the team deploy"))
        .expect("question 1");
    let team = text[at..]
        .iter()
        .find(|l| l.trim_start().starts_with("Team: "))
        .expect("the team's answer under it");
    assert_eq!(team, "   Team: No → points at Knowledge Silos");
    // Only the answered question says so.
    assert_eq!(text.iter().filter(|l| l.contains("Team: ")).count(), 1);
    // The list: answering marked it ("we see this"); 1 of 4 answered.
    let shown = screen(&a);
    assert!(
        shown.contains("│16✓Releases Depend on One… 1/4│"),
        "{shown}"
    );
    // Unmarked in the triage: no mark, the answer still counted.
    type_str(&mut a, "t16 ");
    press(&mut a, &[key(KeyCode::Esc)]);
    assert!(!a.session.findings.is_marked(RELEASE));
    let shown = screen(&a);
    assert!(
        shown.contains("│16 Releases Depend on One… 1/4│"),
        "{shown}"
    );
}

#[test]
fn a_shared_answer_shows_on_every_symptom_asking_it() {
    let mut a = app(120, 40);
    // "Is the deployment process automated?" is question 1 of 8, 10 and 13.
    type_str(&mut a, "8ay");
    press(&mut a, &[key(KeyCode::Esc)]);
    type_str(&mut a, "13");
    let text = lines(&a);
    let at = text
        .iter()
        .position(|l| l.trim_start().starts_with("Team: "))
        .expect("the shared answer is shown");
    let said: Vec<&str> = text[at..at + 3].iter().map(|l| l.trim()).collect();
    assert_eq!(
        said.join(" "),
        "Team: Yes → speaks against Manual Deployments (answered on symptom 8, The Team Is \
         Afraid to Deploy, the same question)",
        "{text:#?}"
    );
}

#[test]
fn page_notes_and_question_notes_are_labelled_apart_in_page_order() {
    let mut a = app(120, 40);
    a.session.add_note(
        NoteTarget::Question(q(RELEASE, 0)),
        "Priya is the only one with prod access".into(),
        0,
    );
    a.session.add_note(
        NoteTarget::Symptom(RELEASE.into()),
        "Priya is on leave in March".into(),
        0,
    );
    type_str(&mut a, "16");
    let text = lines(&a);
    let heading = text
        .iter()
        .position(|l| l == "── Team notes ──")
        .expect("notes section");
    assert_eq!(
        &text[heading..],
        [
            "── Team notes ──",
            "",
            "On this page:",
            "  Priya is on leave in March",
            "",
            "On question 1:",
            "  Priya is the only one with prod access",
        ]
    );
}

#[test]
fn a_note_found_by_search_opens_at_the_note_and_n_covers_notes_and_actions() {
    let mut a = app(80, 24);
    a.session.add_note(
        NoteTarget::Question(q(RELEASE, 0)),
        "Priya is the only one with prod access".into(),
        0,
    );
    a.session.add_note(
        NoteTarget::Symptom(RELEASE.into()),
        "Priya is on leave in March".into(),
        0,
    );
    let item = ActionItem::parse_line(
        "Pair Priya with a second deployer",
        Some(Target::Symptom(RELEASE.into())),
        0,
    )
    .expect("an action item");
    a.session.add_action(item);
    type_str(&mut a, "/Priya");
    let note = a
        .search
        .rows
        .iter()
        .position(|r| r.passage.is_some())
        .expect("a note under its page");
    for _ in 0..note {
        press(&mut a, &[key(KeyCode::Down)]);
    }
    let Some((_, Some(hit))) = a.search.row(note) else {
        panic!("a passage row");
    };
    let Location::Note { note: key_of } = hit.location else {
        panic!("a note: {hit:?}");
    };
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.browse.page, Page::Symptom(15));
    let at = a
        .page_doc()
        .lines_of(Location::Note { note: key_of })
        .expect("the note is on the page");
    let rows = a.viewport().expect("usable").page_rows;
    let top = a.browse.scroll.offset;
    assert!(
        top <= at.start && at.end <= top + rows,
        "the note (lines {at:?}) is in view (from {top}, {rows} rows)"
    );
    assert_eq!(
        a.search.mark.as_ref().map(|m| m.location),
        Some(Location::Note { note: key_of })
    );
    assert!(screen(&a).contains("Priya"));
    // n / N go through both notes and the action item, in page order.
    let mut seen = Vec::new();
    for _ in 0..3 {
        type_str(&mut a, "n");
        let m = a.message().unwrap_or_default().to_string();
        assert!(m.starts_with("Match "), "{m}");
        assert!(m.contains(" of 3 for “Priya”"), "{m}");
        seen.push(a.search.mark.as_ref().map(|m| m.location));
    }
    assert!(
        seen.contains(&Some(Location::Action { item: 0 })),
        "{seen:?}"
    );
    assert!(seen.contains(&Some(Location::Note { note: 0 })), "{seen:?}");
    assert!(seen.contains(&Some(Location::Note { note: 1 })), "{seen:?}");
    type_str(&mut a, "N");
    assert!(a.message().is_some_and(|m| m.starts_with("Match ")));
}

#[test]
fn a_symptoms_tags_are_on_its_page_and_a_tag_search_opens_them() {
    let mut a = app(80, 24);
    type_str(&mut a, "11");
    assert!(
        lines(&a).contains(&"Tags: #process-gates #integration-frequency".to_string()),
        "{:#?}",
        lines(&a)
    );
    type_str(&mut a, "/#integration-frequency");
    let pages: Vec<String> = a
        .search
        .results
        .pages
        .iter()
        .map(|p| p.title.clone())
        .collect();
    assert!(
        pages.contains(&"Merge Freezes Before Deployments".to_string()),
        "{pages:?}"
    );
    let at = pages
        .iter()
        .position(|p| p == "Merge Freezes Before Deployments")
        .unwrap_or(0);
    let row = a
        .search
        .rows
        .iter()
        .position(|r| r.page == at && r.passage.is_none())
        .unwrap_or(0);
    for _ in 0..row {
        press(&mut a, &[key(KeyCode::Down)]);
    }
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.browse.page, Page::Symptom(10));
    let mark = a.search.mark.as_ref().expect("the tags are marked");
    assert_eq!(mark.location, Location::Tags);
    // Shown with the title and summary they belong under.
    assert_eq!(a.browse.scroll.offset, 0);
    // The tag asked for is highlighted: "Tags: #process-gates " is 21 chars.
    let ranges = mark
        .lines
        .first()
        .map(|(_, r)| r.clone())
        .unwrap_or_default();
    assert_eq!(ranges.len(), 1, "{ranges:?}");
    assert_eq!(ranges.first(), Some(&(21..43)));
}
