//! The presenter view: snapshots at 100x30 and 80x24, its keys and its
//! mouse handling, which uses the same stage layout as drawing.

mod common;

use cdtriage::ui::app::App;
use cdtriage::ui::core::action::Action;
use cdtriage::ui::core::history::Page;
use cdtriage::ui::core::layout::Screen;
use cdtriage::ui::core::mode::Focus;
use cdtriage::ui::terminal::apply;
use cdtriage::ui::view;
use common::{anti_pattern, app, key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(app.area.width, app.area.height)).expect("test terminal");
    terminal
        .draw(|frame| view::draw(frame, app))
        .expect("drawing to a TestBackend cannot fail");
    terminal
}

fn row(t: &Terminal<TestBackend>, y: u16) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// Symptom 11 in the presenter view, after `p`.
fn presenting(w: u16, h: u16) -> App {
    let mut a = app(w, h);
    type_str(&mut a, "11p");
    a
}

#[test]
fn presenter_view_snapshots() {
    for (w, h) in [(100, 30), (80, 24)] {
        let a = presenting(w, h);
        assert!(a.presenter);
        let t = draw(&a);
        let text = t.backend().to_string();
        assert!(!text.contains("Symptoms (21)"), "the list is hidden");
        assert!(!text.contains('┌'), "no borders");
        insta::assert_snapshot!(format!("presenter_{w}x{h}"), t.backend());
    }
}

#[test]
fn the_page_sits_in_a_centred_column_with_wide_margins() {
    let a = presenting(100, 30);
    let t = draw(&a);
    // Row 0 is the blank top margin; the title starts 10 columns in.
    assert_eq!(row(&t, 0).trim(), "");
    assert!(row(&t, 1).starts_with("          11. Merge Freezes Before Deployments"));
    // No text line is wider than 80 columns: columns 0-9 and 90-99 hold
    // only the scrollbar (column 91).
    for y in 1..28 {
        let r: Vec<String> = (0..100)
            .map(|x| t.backend().buffer()[(x, y)].symbol().to_string())
            .collect();
        assert!(r[..10].iter().all(|s| s == " "), "row {y}: {}", row(&t, y));
        assert!(
            r[90..].iter().enumerate().all(|(i, s)| s == " " || i == 1),
            "row {y}"
        );
    }
    // The links follow under "Causes (3)", and the last row is the hint.
    assert_eq!(row(&t, 21).trim(), "Causes (3)");
    assert_eq!(row(&t, 22).trim(), "› Manual Deployments (most common)");
    assert!(row(&t, 29).starts_with(" p presenter · ? help · q quit"));
}

#[test]
fn keys_scroll_follow_go_back_and_leave() {
    let mut a = presenting(100, 30);
    assert_eq!(
        a.browse.focus,
        Focus::Page,
        "the hidden list never has focus"
    );
    press(&mut a, &[key(KeyCode::Char('j'))]);
    assert_eq!(a.browse.scroll.offset, 1);
    // Tab goes to the links and back to the page, skipping the list.
    press(&mut a, &[key(KeyCode::Tab)]);
    assert_eq!(a.browse.focus, Focus::Links);
    press(&mut a, &[key(KeyCode::Tab)]);
    assert_eq!(a.browse.focus, Focus::Page);
    press(&mut a, &[key(KeyCode::BackTab)]);
    assert_eq!(a.browse.focus, Focus::Links);
    // Enter on the first link opens Manual Deployments; b comes back.
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(
        a.browse.page,
        Page::AntiPattern(anti_pattern(&a, "manual-deployments"))
    );
    assert!(draw(&a).backend().to_string().contains("Cited by (10)"));
    press(&mut a, &[key(KeyCode::Char('b'))]);
    assert_eq!(a.browse.page, Page::Symptom(10));
    assert!(a.presenter);
    // p leaves: the list is back, and the wrapping follows the page pane.
    press(&mut a, &[key(KeyCode::Char('p'))]);
    assert!(!a.presenter);
    assert!(draw(&a).backend().to_string().contains("Symptoms (21)"));
}

#[test]
fn the_mouse_uses_the_stage_layout() {
    let mut a = presenting(100, 30);
    let Screen::Main(p) = a.screen else {
        panic!("100x30 is usable");
    };
    let s = p.stage;
    // The wheel over the page scrolls it three lines.
    apply(
        &mut a,
        Action::Scroll {
            column: s.page.x + 5,
            row: s.page.y + 2,
            down: true,
        },
    );
    assert_eq!(a.browse.scroll.offset, 3);
    // A click on the second link (rows 2-3 of the links) selects it and
    // focuses the links; a second click opens it.
    let (column, row) = (s.links.x + 3, s.links.y + 2);
    apply(&mut a, Action::Click { column, row });
    assert_eq!((a.browse.focus, a.browse.link.selected), (Focus::Links, 1));
    apply(&mut a, Action::Click { column, row });
    assert_eq!(
        a.browse.page,
        Page::AntiPattern(anti_pattern(&a, "integration-deferred"))
    );
}

#[test]
fn present_flag_starts_in_the_presenter_view() {
    let graph = cdtriage::domain::load::embedded().expect("graph");
    let options = cdtriage::ui::Options {
        present: true,
        ..Default::default()
    };
    let a = cdtriage::ui::start(graph, &options, 100, 30);
    assert!(a.presenter);
    assert_eq!(a.browse.focus, Focus::Page);
    assert!(row(&draw(&a), 1).starts_with("          1. API Changes Break Consumers"));
}

#[test]
fn p_on_a_guided_question_hides_the_status_bar_and_keeps_the_question() {
    let mut a = app(100, 30);
    type_str(&mut a, "11a");
    let before = draw(&a);
    assert!(row(&before, 29).contains("help"), "{}", row(&before, 29));
    press(&mut a, &[key(KeyCode::Char('p'))]);
    assert!(a.presenter);
    let t = draw(&a);
    assert_eq!(row(&t, 29).trim(), "", "the status bar is hidden");
    assert!(
        t.backend()
            .to_string()
            .contains("Is the deployment process automated end-to-end?")
    );
    // Answering still works in the presenter view, and p leaves it.
    press(&mut a, &[key(KeyCode::Char('y')), key(KeyCode::Char('p'))]);
    assert!(!a.presenter);
    assert!(
        draw(&a)
            .backend()
            .to_string()
            .contains("Does the team trust that main is always deployable?")
    );
}
