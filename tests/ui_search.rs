//! Search screen key flows: real key events through the key tables into
//! `App::update`, no terminal involved (except where the cursor is drawn).

mod common;

use cdtriage::domain::{DocKind, Location, NoteTarget};
use cdtriage::ui::app::App;
use cdtriage::ui::core::history::Page;
use cdtriage::ui::core::mode::{Focus, Mode};
use cdtriage::ui::view;
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

/// Each row of the result list: a page's title, or a passage's under it.
fn titles(a: &App) -> Vec<String> {
    (0..a.search.rows.len())
        .filter_map(|i| a.search.row(i))
        .map(|(page, passage)| match passage {
            None => page.title.clone(),
            Some(p) => format!("  {}", p.title),
        })
        .collect()
}

/// The first page listed, if any.
fn first_page(a: &App) -> Option<(DocKind, &str)> {
    a.search
        .results
        .pages
        .first()
        .map(|h| (h.kind, h.title.as_str()))
}

fn draw(a: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
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
    type_str(&mut a, "/");
    // Opening search with nothing typed does not wait for the index.
    assert!(!a.search.is_ready(), "no index without the run loop yet");
    assert!(a.search.rows.is_empty(), "an empty query lists nothing");
    let mut typed = String::new();
    for c in "merge freeze".chars() {
        type_str(&mut a, &c.to_string());
        typed.push(c);
        assert_eq!(a.search.input.text(), typed);
        // The results shown are those of the text typed so far.
        let expected: Vec<String> = a
            .search
            .index()
            .expect("built when search opened")
            .search_as_typed(&typed, 100)
            .pages
            .into_iter()
            .flat_map(|h| {
                let passages: Vec<String> = h
                    .passages
                    .iter()
                    .map(|p| format!("  {}", p.title))
                    .collect();
                std::iter::once(h.title).chain(passages)
            })
            .collect();
        assert_eq!(titles(&a), expected, "after typing {typed:?}");
        assert_eq!(
            a.search.cursor.selected, 0,
            "typing selects the first result"
        );
    }
    assert_eq!(first_page(&a), Some((DocKind::Symptom, MERGE_FREEZES)));
    // Under the page, its passages.
    assert!(
        a.search
            .row(1)
            .is_some_and(|(p, passage)| p.title == MERGE_FREEZES && passage.is_some())
    );
    // "j", "k", "q" and digits are text here, not movement or quitting.
    type_str(&mut a, "jkq1");
    assert_eq!(a.search.input.text(), "merge freezejkq1");
    assert!(!a.quit);
    // "merge" still matches: the nonsense word does not empty the list.
    assert_eq!(first_page(&a), Some((DocKind::Symptom, MERGE_FREEZES)));
    press(&mut a, &[ctrl('u')]);
    type_str(&mut a, "xyzzy plugh");
    assert!(
        a.search.rows.is_empty(),
        "nothing matches nonsense words alone"
    );
    let screen = draw(&a).backend().to_string();
    assert!(
        screen.contains("Nothing matches “xyzzy plugh”: not found anywhere in the guide:"),
        "{screen}"
    );
    press(&mut a, &[ctrl('u')]);
    type_str(&mut a, "merge ");
    assert_eq!(first_page(&a).map(|p| p.1), Some(MERGE_FREEZES));
    press(&mut a, &[ctrl('u')]);
    assert!(a.search.input.is_empty() && a.search.rows.is_empty());
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
    let n = a.search.rows.len();
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
    search(&mut a, "does the team trust that main is always deployable");
    // Choose the merge-freeze page's question passage (question 2 of
    // symptom 11: "Does the team trust that main is always deployable?").
    let q = (0..a.search.rows.len())
        .find(|&i| {
            a.search.row(i).is_some_and(|(page, p)| {
                page.title == MERGE_FREEZES && p.is_some_and(|p| p.kind == DocKind::Question)
            })
        })
        .expect("a question passage under the page");
    let location = a.search.row(q).and_then(|(_, p)| p).map(|p| p.location);
    assert_eq!(location, Some(Location::Question { question: 1 }));
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
    assert!(hit_words.contains(&"main".to_string()), "{hit_words:?}");
    assert!(
        hit_words.contains(&"deployable".to_string()),
        "{hit_words:?}"
    );
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
    assert_eq!(first_page(&a).map(|p| p.1), Some("Snowflake Environments"));
}

#[test]
fn enter_with_nothing_to_open_says_so_and_stays() {
    let mut a = app(80, 24);
    type_str(&mut a, "/");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Search);
    assert_eq!(a.message(), Some("Type something to search for"));
    type_str(&mut a, "qqqqzzzzx");
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
    // The page opens at its best passage; N from there goes up the page to
    // the first match, the header.
    let best = start_of(&a);
    while start_of(&a) != 0 {
        type_str(&mut a, "N");
        assert!(start_of(&a) < best || start_of(&a) == 0);
    }
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
    search(&mut a, "calcifies");
    press(&mut a, &[key(KeyCode::Enter)]);
    type_str(&mut a, "5");
    press(&mut a, &[key(KeyCode::Tab)]);
    type_str(&mut a, "n");
    assert_eq!(a.message(), Some("No match for “calcifies” on this page"));
}

#[test]
fn a_note_becomes_findable_and_opens_at_what_it_is_about() {
    let mut a = app(80, 24);
    let symptom = a.graph.symptoms[10].id.clone();
    let about = NoteTarget::Cause { symptom, index: 1 };
    a.session
        .add_note(about, "Ask Priya about the zebrafish audit".into(), 0);
    search(&mut a, "zebrafish");
    let top = a
        .search
        .results
        .pages
        .first()
        .expect("the note's page is found");
    assert_eq!(top.title, MERGE_FREEZES);
    let note = top.best().expect("the note under its page");
    assert_eq!(note.kind, DocKind::Note);
    assert_eq!(note.title, "Note on Integration Deferred");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.browse.page, Page::Symptom(10));
    // It opens at the note itself, under "Team notes", marked.
    let at = a
        .page_doc()
        .lines_of(Location::Note { note: 0 })
        .expect("the note is on the page");
    assert_eq!(
        a.page_doc().lines[at.start].text(),
        "On the cause \"Integration Deferred\":"
    );
    assert_eq!(
        a.search.mark.as_ref().map(|m| m.location),
        Some(Location::Note { note: 0 })
    );
    let top = a.browse.scroll.offset;
    assert!(top <= at.start && at.end <= top + a.viewport().expect("usable").page_rows);
    // An edited note is searched as it is now.
    a.session.notes[0].text = "Ask Priya about the okapi audit".into();
    type_str(&mut a, "/");
    assert!(
        a.search.rows.is_empty(),
        "the old word is gone: {:?}",
        titles(&a)
    );
    press(&mut a, &[ctrl('u')]);
    type_str(&mut a, "okapi");
    let best = a.search.results.pages.first().and_then(|p| p.best());
    assert_eq!(best.map(|h| h.kind), Some(DocKind::Note));
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
    // "calcifies" is said once on each of two pages; open the one about
    // the pipeline from its page row.
    search(&mut a, "calcifies");
    let row = (0..a.search.rows.len())
        .find(|&i| {
            a.search.row(i).is_some_and(|(p, passage)| {
                passage.is_none()
                    && p.title
                        .starts_with("Teams Cannot Change Their Own Pipeline")
            })
        })
        .expect("the pipeline page is listed");
    for _ in 0..row {
        press(&mut a, &[key(KeyCode::Down)]);
    }
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.browse.page, Page::Symptom(13));
    assert_eq!(
        a.message(),
        Some(
            "Opened Teams Cannot Change Their Own Pipeline Without Another Team; n/N: next/previous match"
        )
    );
    type_str(&mut a, "n");
    assert_eq!(
        a.message(),
        Some("The only match for “calcifies” on this page")
    );
}

#[test]
fn an_anti_pattern_page_opens_at_the_symptom_text_that_matched() {
    let mut a = app(80, 24);
    search(&mut a, "snowflake");
    assert_eq!(
        first_page(&a),
        Some((DocKind::AntiPattern, "Snowflake Environments"))
    );
    press(&mut a, &[key(KeyCode::Enter)]);
    let ap = common::anti_pattern(&a, "snowflake-environments");
    assert_eq!(a.browse.page, Page::AntiPattern(ap));
    let m = a.search.mark.as_ref().expect("a mark");
    assert!(
        matches!(m.location, Location::Cited { .. }),
        "{:?}",
        m.location
    );
    // n walks through the symptoms' causes that link here.
    type_str(&mut a, "n");
    assert!(
        a.message().is_some_and(|m| m.starts_with("Match ")),
        "{:?}",
        a.message()
    );
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

#[test]
fn enter_on_a_page_opens_it_at_its_best_passage_and_n_finds_synonyms() {
    let mut a = app(80, 24);
    search(&mut a, "scared of deploying");
    let (page, passage) = a.search.row(0).expect("a first row");
    assert!(passage.is_none(), "the first row is a page");
    assert_eq!(page.title, "The Team Is Afraid to Deploy");
    let best = page.best().expect("its best passage").location;
    press(&mut a, &[key(KeyCode::Enter)]);
    let m = a.search.mark.as_ref().expect("a mark");
    assert_eq!(m.location, best, "opened at the best passage");
    // The mark highlights what the thesaurus matched: "scared" is "afraid",
    // "fear", "anxiety".
    let doc = a.page_doc();
    let marked: Vec<String> = m
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
    assert!(
        marked
            .iter()
            .any(|w| ["afraid", "fear", "anxiety", "scared"].contains(&w.as_str())),
        "{marked:?}"
    );
    // n walks through the page's other matches, synonym matches included.
    type_str(&mut a, "n");
    let msg = a.message().unwrap_or_default().to_string();
    assert!(msg.starts_with("Match "), "{msg}");
    let (_, of) = msg
        .trim_start_matches("Match ")
        .split_once(" of ")
        .expect("Match i of n");
    let total: usize = of
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(total >= 5, "{msg}");
}
