//! Snapshots of the search screen, and style checks that snapshots cannot
//! see: the highlighted characters of a snippet and of a page.

mod common;

use cdtriage::ui::app::App;
use cdtriage::ui::core::theme::Theme;
use cdtriage::ui::view;
use common::{app, key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};

fn draw(a: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
    t
}

fn row(t: &Terminal<TestBackend>, y: u16) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn search_screen_with_results() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = app(w, h);
        type_str(&mut a, "/merge freeze");
        insta::assert_snapshot!(format!("search_merge_freeze_{w}x{h}"), draw(&a).backend());
    }
}

#[test]
fn search_screen_empty_shows_the_hint() {
    let mut a = app(80, 24);
    type_str(&mut a, "/");
    insta::assert_snapshot!("search_empty_80x24", draw(&a).backend());
}

#[test]
fn snippet_matches_carry_the_highlight_style() {
    let mut a = app(80, 24);
    type_str(&mut a, "/merge freeze");
    let t = draw(&a);
    let buf = t.backend().buffer();
    // Row 4 is the first page (selected), its title from column 15 after
    // the kind column; row 5 its first passage, indented, kind then text.
    let title: String = row(&t, 4).chars().skip(15).take(32).collect();
    assert_eq!(title, "Merge Freezes Before Deployments");
    let hl = a.theme.search_match;
    for x in [15, 19, 21, 27] {
        // "M" and "e" of "Merge"; "F" and "s" of "Freezes" (another form of "freeze").
        assert_eq!(buf[(x, 4)].bg, Color::Yellow, "column {x}");
        assert!(buf[(x, 4)].modifier.contains(Modifier::BOLD));
    }
    assert_eq!(hl.bg, Some(Color::Yellow));
    // "Merge Freezes" is a thesaurus phrase ("merge freeze"), marked whole;
    // the space after it is the selected row's colour, not a match.
    assert_eq!(buf[(20, 4)].bg, Color::Yellow);
    assert_eq!(buf[(28, 4)].bg, Color::Cyan);
    // The passage under it (not selected): "Developers announce merge freezes ...".
    let passage = row(&t, 5);
    assert!(
        passage.starts_with("│   summary   Developers announce merge"),
        "{passage}"
    );
    assert_eq!(buf[(14, 5)].bg, Color::Reset, "'Developers' is not a match");
    assert_eq!(buf[(34, 5)].bg, Color::Yellow, "'merge' is");
}

#[test]
fn a_synonym_match_says_which_word_it_matched() {
    let mut a = app(80, 24);
    type_str(&mut a, "/worried about pushing to production");
    let t = draw(&a);
    let screen: String = (0..24).map(|y| row(&t, y) + "\n").collect();
    assert!(
        row(&t, 4).contains("The Team Is Afraid to Deploy"),
        "{screen}"
    );
    // The word the thesaurus matched is named before the snippet.
    assert!(screen.contains("(worried = anxiety)"), "{screen}");
}

#[test]
fn under_no_color_matches_are_bold_and_underlined() {
    let graph = cdtriage::domain::load::embedded().expect("graph");
    let mut a = App::new(graph, Theme::monochrome(), 80, 24);
    type_str(&mut a, "/merge freeze");
    press(&mut a, &[key(KeyCode::Down)]);
    let t = draw(&a);
    let buf = t.backend().buffer();
    // The first page is no longer selected: its title's match stands out
    // by modifiers alone.
    let m = &buf[(15, 4)];
    assert_eq!(m.symbol(), "M");
    assert!(m.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED));
    assert_eq!((m.fg, m.bg), (Color::Reset, Color::Reset));
    assert!(!buf[(28, 4)].modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn an_opened_passage_is_barred_and_its_matches_highlighted() {
    let mut a = app(80, 24);
    type_str(&mut a, "/merge freeze");
    // The second passage under the first page: "The merge freeze is ...".
    press(
        &mut a,
        &[key(KeyCode::Down), key(KeyCode::Down), key(KeyCode::Enter)],
    );
    let t = draw(&a);
    let buf = t.backend().buffer();
    // The page pane's text starts at column 32 (list 30 wide, border, one
    // blank column that carries the bar); the passage is at the top.
    let top = row(&t, 1);
    assert!(
        top.contains("The merge freeze is a coordination tax."),
        "{top}"
    );
    assert_eq!(buf[(31, 1)].symbol(), "▌");
    assert_eq!(buf[(31, 1)].fg, Color::Yellow);
    let page: String = top.chars().skip(32).collect();
    let at = page.find("merge").expect("'merge' on the line");
    let x = 32 + u16::try_from(page[..at].chars().count()).expect("fits");
    assert_eq!(buf[(x, 1)].bg, Color::Yellow, "'merge' is highlighted");
    assert_eq!(buf[(x - 2, 1)].bg, Color::Reset, "'The' is not");
}
