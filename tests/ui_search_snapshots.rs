//! Snapshots of the search screen, and style checks that snapshots cannot
//! see: the highlighted characters of a snippet and of a page.

mod common;

use cdtriage::ui::app::App;
use cdtriage::ui::panes;
use cdtriage::ui::theme::Theme;
use common::{app, key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};

fn draw(a: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| panes::draw(f, a)).expect("draw");
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
    // Row 4 is the first result's title line, row 5 its snippet, indented
    // four columns from the text's start at column 2.
    let snippet: String = row(&t, 5).chars().skip(6).take(32).collect();
    assert_eq!(snippet, "Merge Freezes Before Deployments");
    let hl = a.theme.search_match;
    for x in [6, 10, 12, 16] {
        // "M" and "e" of "Merge"; "F" and "z" of "Freez".
        assert_eq!(buf[(x, 5)].bg, Color::Yellow, "column {x}");
        assert!(buf[(x, 5)].modifier.contains(Modifier::BOLD));
    }
    assert_eq!(hl.bg, Some(Color::Yellow));
    // The space between the words is the selected row's colour, not a match.
    assert_eq!(buf[(11, 5)].bg, Color::Cyan);
    // The second result (not selected): "The merge freeze is ...".
    assert!(row(&t, 7).contains("The merge freeze is"), "{}", row(&t, 7));
    assert_eq!(buf[(6, 7)].bg, Color::Reset, "'The' is not a match");
    assert_eq!(buf[(10, 7)].bg, Color::Yellow, "'merge' is");
}

#[test]
fn under_no_color_matches_are_bold_and_underlined() {
    let graph = cdtriage::domain::load::embedded().expect("graph");
    let mut a = App::new(graph, Theme::monochrome(), 80, 24);
    type_str(&mut a, "/merge freeze");
    press(&mut a, &[key(KeyCode::Down)]);
    let t = draw(&a);
    let buf = t.backend().buffer();
    // The first result is no longer selected: its match stands out by
    // modifiers alone.
    let m = &buf[(6, 5)];
    assert_eq!(m.symbol(), "M");
    assert!(m.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED));
    assert_eq!((m.fg, m.bg), (Color::Reset, Color::Reset));
    assert!(!buf[(11, 5)].modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn an_opened_passage_is_barred_and_its_matches_highlighted() {
    let mut a = app(80, 24);
    type_str(&mut a, "/merge freeze");
    press(&mut a, &[key(KeyCode::Down), key(KeyCode::Enter)]);
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
