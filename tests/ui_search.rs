//! Search screen key flows: real key events through the key tables into
//! `App::update`, no terminal involved (except where the cursor is drawn).

mod common;

use cdtriage::domain::{DocKind, Location, NoteTarget};
use cdtriage::ui::app::{App, Focus, Mode};
use cdtriage::ui::history::Page;
use cdtriage::ui::panes;
use common::{app, ctrl, key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Position;

const MERGE_FREEZES: &str = "Merge Freezes Before Deployments";

fn search(a: &mut App, query: &str) {
    type_str(a, "/");
    type_str(a, query);
}

fn titles(a: &App) -> Vec<String> {
    a.search.hits.iter().map(|h| h.title.clone()).collect()
}

fn draw(a: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| panes::draw(f, a)).expect("draw");
    t
}

#[test]
fn slash_opens_search_from_every_pane_and_overlay() {
    for setup in ["", "\t", "\t\t", "?", "i"] {
        let mut a = app(80, 24);
        type_str(&mut a, setup);
        let before = a.mode;
        type_str(&mut a, "/");
        assert_eq!(a.mode, Mode::Search, "after {setup:?}");
        press(&mut a, &[key(KeyCode::Esc)]);
        assert_eq!(a.mode, before, "Esc goes back to the mode search came from");
    }
}

#[test]
fn results_follow_every_keystroke() {
    let mut a = app(80, 24);
    assert!(
        a.search.index.is_none(),
        "the index waits until search is used"
    );
    type_str(&mut a, "/");
    assert!(a.search.hits.is_empty(), "an empty query lists nothing");
    let mut typed = String::new();
    for c in "merge freeze".chars() {
        type_str(&mut a, &c.to_string());
        typed.push(c);
        assert_eq!(a.search.input.text(), typed);
        // The results shown are those of the text typed so far.
        let expected: Vec<String> = a
            .search
            .index
            .as_ref()
            .expect("built when search opened")
            .search(&typed, 100)
            .into_iter()
            .map(|h| h.title)
            .collect();
        assert_eq!(titles(&a), expected, "after typing {typed:?}");
        assert_eq!(
            a.search.cursor.selected, 0,
            "typing selects the first result"
        );
    }
    let top = &a.search.hits[0];
    assert_eq!(
        (top.kind, top.title.as_str()),
        (DocKind::Symptom, MERGE_FREEZES)
    );
    // "j", "k", "q" and digits are text here, not movement or quitting.
    type_str(&mut a, "jkq1");
    assert_eq!(a.search.input.text(), "merge freezejkq1");
    assert!(!a.quit);
    assert!(
        a.search.hits.is_empty(),
        "nothing matches the nonsense word"
    );
    let screen = draw(&a).backend().to_string();
    assert!(
        screen.contains("Nothing matches “merge freezejkq1”"),
        "{screen}"
    );
    press(&mut a, &[ctrl('w')]);
    assert_eq!(a.search.input.text(), "merge ");
    assert_eq!(a.search.hits[0].title, "Merge Freezes Before Deployments");
    press(&mut a, &[ctrl('u')]);
    assert!(a.search.input.is_empty() && a.search.hits.is_empty());
    let screen = draw(&a).backend().to_string();
    assert!(
        screen.contains("Type a few words about the problem"),
        "{screen}"
    );
}

#[test]
fn up_down_and_ctrl_n_p_choose_a_result() {
    let mut a = app(80, 24);
    search(&mut a, "merge freeze");
    let n = a.search.hits.len();
    assert!(n >= 4, "{:?}", titles(&a));
    press(&mut a, &[key(KeyCode::Up)]);
    assert_eq!(a.search.cursor.selected, 0, "up at the top stays");
    press(&mut a, &[key(KeyCode::Down), key(KeyCode::Down)]);
    assert_eq!(a.search.cursor.selected, 2);
    press(&mut a, &[ctrl('p')]);
    assert_eq!(a.search.cursor.selected, 1);
    press(&mut a, &[ctrl('n'), ctrl('n')]);
    assert_eq!(a.search.cursor.selected, 3);
    for _ in 0..n + 5 {
        press(&mut a, &[key(KeyCode::Down)]);
    }
    assert_eq!(a.search.cursor.selected, n - 1, "down at the bottom stays");
}

#[test]
fn enter_opens_the_page_scrolled_to_the_passage_and_back_returns() {
    let mut a = app(80, 24);
    let rows = a.viewport().expect("usable size").page_rows;
    search(&mut a, "merge freeze");
    // Choose the first question result (question 2 of symptom 11:
    // "Does the team trust that main is always deployable?").
    let q = a
        .search
        .hits
        .iter()
        .position(|h| h.kind == DocKind::Question)
        .expect("a question matches");
    assert_eq!(
        a.search.hits[q].location,
        Location::Question { question: 1 },
        "{:?}",
        a.search.hits[q]
    );
    for _ in 0..q {
        press(&mut a, &[key(KeyCode::Down)]);
    }
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.browse.page, Page::Symptom(10));
    assert_eq!(a.browse.focus, Focus::Page);
    assert_eq!(a.browse.list.selected, 10, "the list follows the page");
    let doc = a.page_doc();
    let lines = doc
        .lines_of(Location::Question { question: 1 })
        .expect("the page shows question 2");
    assert_eq!(
        doc.lines[lines.start].text(),
        "2. Does the team trust that main is always"
    );
    let top = a.browse.scroll.offset;
    assert!(
        top <= lines.start && lines.start < top + rows,
        "the passage starts in view: top {top}, passage {lines:?}, rows {rows}"
    );
    // The passage is marked and its matching words highlighted.
    let mark = a.search.mark.as_ref().expect("a mark");
    assert_eq!(mark.page, Page::Symptom(10));
    let marked: Vec<usize> = mark.lines.iter().map(|(i, _)| *i).collect();
    assert_eq!(marked, lines.clone().collect::<Vec<_>>());
    // "If merges to main sometimes break the build, the freeze protects..."
    let hit_words: Vec<String> = mark
        .lines
        .iter()
        .flat_map(|(i, ranges)| {
            let text: Vec<char> = doc.lines[*i].text().chars().collect();
            ranges
                .iter()
                .map(move |r| text[r.clone()].iter().collect::<String>().to_lowercase())
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(hit_words.contains(&"merge".to_string()), "{hit_words:?}");
    assert!(hit_words.contains(&"freeze".to_string()), "{hit_words:?}");
    // Opening pushed history: Back returns to symptom 1 with the list focused.
    press(&mut a, &[key(KeyCode::Char('b'))]);
    assert_eq!(a.browse.page, Page::Symptom(0));
    assert_eq!(a.browse.focus, Focus::List);
    assert_eq!(a.browse.scroll.offset, 0);
}

#[test]
fn esc_restores_page_scroll_and_focus_exactly() {
    let mut a = app(80, 24);
    type_str(&mut a, "5");
    press(&mut a, &[key(KeyCode::Tab)]);
    type_str(&mut a, "jjj");
    let before = a.browse.visit();
    let history = a.browse.history.clone();
    assert_eq!(before.scroll.offset, 3);
    search(&mut a, "snowflake");
    press(&mut a, &[key(KeyCode::Down), key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.browse.visit(), before);
    assert_eq!(a.browse.history, history, "closing search adds no history");
    // Opening search again shows the same query and its results.
    type_str(&mut a, "/");
    assert_eq!(a.search.input.text(), "snowflake");
    assert_eq!(a.search.hits[0].title, "Snowflake Environments");
}

#[test]
fn enter_with_nothing_to_open_says_so_and_stays() {
    let mut a = app(80, 24);
    type_str(&mut a, "/");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Search);
    assert_eq!(a.message(), Some("Type something to search for"));
    type_str(&mut a, "qqqqzzzz");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Search);
    assert_eq!(a.message(), Some("Nothing to open: no result matches"));
}

#[test]
fn n_and_shift_n_cycle_through_the_matches_on_the_page_and_wrap() {
    let mut a = app(120, 40);
    type_str(&mut a, "n");
    assert_eq!(a.message(), Some("No search yet: press / to search"));
    search(&mut a, "merge freeze");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.browse.page, Page::Symptom(10));
    let start_of = |a: &App| {
        let m = a.search.mark.as_ref().expect("a mark");
        a.page_doc()
            .lines_of(m.location)
            .expect("on the page")
            .start
    };
    // The first result is the page itself: its title, at the top.
    assert_eq!(start_of(&a), 0);
    let mut seen = vec![0];
    let total = loop {
        type_str(&mut a, "n");
        let msg = a.message().expect("a message").to_string();
        if msg.contains("wrapped to the top") {
            assert_eq!(start_of(&a), 0, "wrapped back to the first match");
            break msg;
        }
        let at = start_of(&a);
        assert!(
            at > *seen.last().unwrap_or(&0),
            "n moves down the page: {msg}"
        );
        seen.push(at);
        assert!(seen.len() < 40, "n never wrapped");
    };
    assert!(seen.len() >= 3, "several passages match: {seen:?}");
    assert!(
        total.starts_with(&format!("Match 1 of {} for “merge freeze”", seen.len())),
        "{total}"
    );
    // Each match is scrolled into view and its passage names the words.
    let rows = a.viewport().expect("usable").page_rows;
    // N from the first wraps to the last, then walks back up.
    type_str(&mut a, "N");
    assert!(
        a.message()
            .is_some_and(|m| m.contains("wrapped to the bottom"))
    );
    for expected in seen.iter().rev() {
        assert_eq!(start_of(&a), *expected);
        let top = a.browse.scroll.offset;
        assert!(top <= *expected && *expected < top + rows);
        let m = a.search.mark.as_ref().expect("a mark");
        let words: String = m
            .lines
            .iter()
            .map(|(i, _)| a.page_doc().lines[*i].text().to_lowercase())
            .collect();
        assert!(
            words.contains("merge") || words.contains("freez"),
            "{words}"
        );
        type_str(&mut a, "N");
    }
}

#[test]
fn n_says_so_when_this_page_has_no_match() {
    let mut a = app(80, 24);
    search(&mut a, "merge freeze");
    press(&mut a, &[key(KeyCode::Enter)]);
    type_str(&mut a, "5");
    press(&mut a, &[key(KeyCode::Tab)]);
    type_str(&mut a, "n");
    assert_eq!(
        a.message(),
        Some("No match for “merge freeze” on this page")
    );
}

#[test]
fn a_note_becomes_findable_and_opens_at_what_it_is_about() {
    let mut a = app(80, 24);
    let symptom = a.graph.symptoms[10].id.clone();
    let about = NoteTarget::Cause { symptom, index: 1 };
    a.session
        .add_note(about, "Ask Priya about the zebrafish audit".into(), 0);
    search(&mut a, "zebrafish");
    let top = a.search.hits.first().expect("the note is found");
    assert_eq!(top.kind, DocKind::Note);
    assert_eq!(top.title, "Note on Integration Deferred");
    assert_eq!(top.page_title, MERGE_FREEZES);
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.browse.page, Page::Symptom(10));
    let cause = a
        .page_doc()
        .lines_of(Location::Cause {
            cause: 1,
            paragraph: None,
        })
        .expect("cause 2 is on the page");
    assert_eq!(
        a.page_doc().lines[cause.start].text(),
        "Integration Deferred"
    );
    let top = a.browse.scroll.offset;
    assert!(top <= cause.start && cause.start < top + a.viewport().expect("usable").page_rows);
    // An edited note is searched as it is now.
    a.session.notes[0].text = "Ask Priya about the okapi audit".into();
    type_str(&mut a, "/");
    assert!(
        a.search.hits.is_empty(),
        "the old word is gone: {:?}",
        titles(&a)
    );
    press(&mut a, &[ctrl('u')]);
    type_str(&mut a, "okapi");
    assert_eq!(a.search.hits.first().map(|h| h.kind), Some(DocKind::Note));
}

#[test]
fn unicode_editing_counts_chars_and_never_panics() {
    let mut a = app(80, 24);
    type_str(&mut a, "/");
    // "e" + combining acute, an emoji, two CJK chars (two columns each).
    type_str(&mut a, "e\u{301}🚀部署");
    assert_eq!(a.search.input.cursor(), 5);
    // The query box's text starts at column 2, row 1; "é" takes one column,
    // the emoji two, each CJK char two: the cursor is at 2 + 1 + 2 + 4 = 9.
    let mut t = draw(&a);
    assert_eq!(t.get_cursor_position().ok(), Some(Position::new(9, 1)));
    press(&mut a, &[key(KeyCode::Left), key(KeyCode::Left)]);
    press(&mut a, &[key(KeyCode::Backspace)]);
    assert_eq!(a.search.input.text(), "e\u{301}部署");
    press(&mut a, &[key(KeyCode::Backspace), key(KeyCode::Delete)]);
    assert_eq!(a.search.input.text(), "e署");
    press(
        &mut a,
        &[key(KeyCode::Home), key(KeyCode::Delete), key(KeyCode::End)],
    );
    assert_eq!(
        (a.search.input.text().as_str(), a.search.input.cursor()),
        ("署", 1)
    );
    // A long query scrolls in its box; the cursor stays inside.
    type_str(&mut a, &"部署🚀 ".repeat(40));
    let at = draw(&a).get_cursor_position().expect("cursor");
    assert!(at.x < 78 && at.y == 1, "{at:?}");
    for _ in 0..300 {
        press(&mut a, &[key(KeyCode::Left)]);
    }
    assert_eq!(
        draw(&a).get_cursor_position().ok(),
        Some(Position::new(2, 1))
    );
    press(
        &mut a,
        &[ctrl('w'), key(KeyCode::Backspace), key(KeyCode::Delete)],
    );
    draw(&a);
}

#[test]
fn a_page_with_one_match_says_it_is_the_only_one() {
    let mut a = app(80, 24);
    search(&mut a, "snowflake");
    assert_eq!(a.search.hits[0].kind, DocKind::AntiPattern);
    press(&mut a, &[key(KeyCode::Enter)]);
    let ap = common::anti_pattern(&a, "snowflake-environments");
    assert_eq!(a.browse.page, Page::AntiPattern(ap));
    assert_eq!(
        a.message(),
        Some("Opened Snowflake Environments; n/N: next/previous match")
    );
    // The anti-pattern's page matches in its header only.
    type_str(&mut a, "n");
    assert_eq!(
        a.message(),
        Some("The only match for “snowflake” on this page")
    );
    assert_eq!(a.browse.scroll.offset, 0);
}

#[test]
fn search_from_a_guided_question_comes_back_to_it() {
    let mut a = app(80, 24);
    type_str(&mut a, "11a");
    assert_eq!(a.mode, Mode::Question);
    type_str(&mut a, "/");
    assert_eq!(a.mode, Mode::Search);
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Question, "Esc returns to the question");
    search(&mut a, "snowflake");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Browse);
    let ap = common::anti_pattern(&a, "snowflake-environments");
    assert_eq!(a.browse.page, Page::AntiPattern(ap));
    // Back from the page opened over the question returns to the question.
    type_str(&mut a, "b");
    assert_eq!(a.mode, Mode::Question);
}
