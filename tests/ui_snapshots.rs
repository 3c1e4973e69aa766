//! Render snapshots (TestBackend + insta) of every screen at 80x24 and
//! 120x40, plus style checks that snapshots cannot see.

mod common;

use cdtriage::domain::load;
use cdtriage::ui::app::App;
use cdtriage::ui::core::theme::Theme;
use cdtriage::ui::terminal::run_loop;
use cdtriage::ui::view;
use common::{app, key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode};
use ratatui::style::{Color, Modifier};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(app.area.width, app.area.height)).expect("test terminal");
    terminal
        .draw(|frame| view::draw(frame, app))
        .expect("drawing to a TestBackend cannot fail");
    terminal
}

fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    terminal.backend().to_string()
}

#[test]
fn main_screen() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        type_str(&mut a, "11");
        let t = draw(&a);
        insta::assert_snapshot!(format!("main_{w}x{h}"), t.backend());
    }
}

#[test]
fn anti_pattern_page_driven_through_the_run_loop() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
        let mut events = ["1", "1"]
            .iter()
            .map(|c| key(KeyCode::Char(c.chars().next().unwrap_or('1'))))
            .chain([key(KeyCode::Tab), key(KeyCode::Tab), key(KeyCode::Enter)])
            .map(Event::Key);
        run_loop(&mut terminal, &mut a, || Ok(events.next())).expect("run loop");
        // The loop stops when input ends, before drawing the last state.
        terminal.draw(|frame| view::draw(frame, &a)).expect("draw");
        assert!(screen_text(&terminal).contains("Category: Pipeline & Infrastructure"));
        insta::assert_snapshot!(format!("anti_pattern_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn help_overlay() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        type_str(&mut a, "?");
        insta::assert_snapshot!(format!("help_{w}x{h}"), draw(&a).backend());
    }
}

#[test]
fn about_screen() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        type_str(&mut a, "i");
        insta::assert_snapshot!(format!("about_{w}x{h}"), draw(&a).backend());
    }
}

#[test]
fn figure_is_labelled_as_the_apps() {
    let mut a = app(120, 40);
    type_str(&mut a, "15");
    press(&mut a, &[key(KeyCode::Tab)]);
    let figure = a
        .page_doc()
        .lines
        .iter()
        .position(|l| l.text().starts_with("[Figure, described] Two diagrams"))
        .expect("symptom 15 has a figure");
    // Scroll the figure to the top of the page and snapshot it.
    for _ in 0..figure {
        type_str(&mut a, "j");
    }
    insta::assert_snapshot!("figure_120x40", draw(&a).backend());
}

#[test]
fn too_small_message() {
    for (w, h) in [(59, 24), (80, 14), (40, 10)] {
        let t = draw(&app(w, h));
        let text = screen_text(&t);
        assert!(text.contains("terminal too small"), "{text}");
        assert!(text.contains(&format!("have {w}x{h}")), "{text}");
        assert!(
            !text.contains("Symptoms"),
            "no panes below the minimum: {text}"
        );
        insta::assert_snapshot!(format!("too_small_{w}x{h}"), t.backend());
    }
}

#[test]
fn tiny_sizes_draw_without_panicking() {
    for (w, h) in [(0, 0), (1, 1), (2, 1), (1, 5), (10, 2)] {
        let a = app(w, h);
        draw(&a);
    }
}

#[test]
fn the_selected_row_is_highlighted_in_colour() {
    let a = app(80, 24);
    let t = draw(&a);
    let buffer = t.backend().buffer();
    // Symptom 1 is on row 1, selected, with the list focused.
    assert_eq!(buffer[(3, 1)].bg, Color::Cyan);
    assert_eq!(
        buffer[(3, 2)].bg,
        Color::Reset,
        "symptom 2 is not highlighted"
    );
}

#[test]
fn no_color_draws_with_modifiers_only() {
    let graph = load::embedded().expect("embedded graph loads");
    let mut a = App::new(graph, Theme::monochrome(), 80, 24);
    type_str(&mut a, "11");
    let t = draw(&a);
    let buffer = t.backend().buffer();
    let selected = &buffer[(3, 11)];
    assert!(selected.modifier.contains(Modifier::REVERSED));
    assert!(!buffer[(3, 12)].modifier.contains(Modifier::REVERSED));
    for y in 0..24 {
        for x in 0..80 {
            let cell = &buffer[(x, y)];
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Reset, Color::Reset),
                "colour at {x},{y}"
            );
        }
    }
}

#[test]
fn the_focused_pane_is_marked_without_colour() {
    let graph = load::embedded().expect("embedded graph loads");
    let mut a = App::new(graph, Theme::monochrome(), 80, 24);
    press(&mut a, &[key(KeyCode::Tab)]);
    let t = draw(&a);
    let buffer = t.backend().buffer();
    // The page pane's title starts at column 32 (border at 30, corner + space).
    // Bold and underlined: reverse video is kept for the selection.
    assert!(
        buffer[(32, 0)]
            .modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED),
        "page title"
    );
    assert!(
        !buffer[(2, 0)].modifier.contains(Modifier::UNDERLINED),
        "list title"
    );
}
