//! Theme checks that snapshots cannot see: colours read back from the
//! buffer, for every theme, on the main screen, the presenter view and help.

mod common;

use cdtriage::domain::load;
use cdtriage::storage::settings::ThemeName;
use cdtriage::ui::app::App;
use cdtriage::ui::core::theme::Theme;
use cdtriage::ui::view;
use common::type_str;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn buffer(theme: Theme, keys: &str) -> Buffer {
    let graph = load::embedded().expect("graph");
    let mut app = App::new(graph, theme, 80, 24);
    type_str(&mut app, keys);
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| view::draw(f, &app)).expect("draw");
    t.backend().buffer().clone()
}

/// The main screen (symptoms 11 and 3), the presenter view, help and About
/// over symptom 11.
fn screens(theme: Theme) -> Vec<Buffer> {
    ["11", "3", "11p", "11?", "11i"]
        .iter()
        .map(|keys| buffer(theme, keys))
        .collect()
}

#[test]
fn the_selected_row_differs_per_theme() {
    // At 80x24 the list has focus; symptom 11 is on row 11, column 1.
    let selected = |t: Theme| {
        let b = buffer(t, "11");
        (b[(1, 11)].fg, b[(1, 11)].bg)
    };
    assert_eq!(selected(Theme::dark()), (Color::Black, Color::Cyan));
    assert_eq!(selected(Theme::light()), (Color::White, Color::Blue));
    assert_eq!(
        selected(Theme::high_contrast()),
        (Color::Black, Color::LightYellow)
    );
    assert_eq!(selected(Theme::monochrome()), (Color::Reset, Color::Reset));
    assert!(
        buffer(Theme::monochrome(), "11")[(1, 11)]
            .modifier
            .contains(Modifier::REVERSED)
    );
}

#[test]
fn no_color_has_no_colour_anywhere() {
    for b in screens(Theme::monochrome()) {
        for cell in &b.content {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
        }
    }
    // Whatever theme was asked for.
    for name in ThemeName::ALL {
        let t = Theme::choose(Some(name), ThemeName::Dark, Some("1".as_ref()));
        assert_eq!(t, Theme::monochrome());
    }
}

#[test]
fn high_contrast_is_black_white_and_yellow_without_dim_text() {
    let allowed = [Color::Black, Color::White, Color::LightYellow];
    for b in screens(Theme::high_contrast()) {
        for cell in &b.content {
            assert!(allowed.contains(&cell.fg), "fg {:?}", cell.fg);
            // It paints its own background: never the terminal's.
            assert!(allowed.contains(&cell.bg), "bg {:?}", cell.bg);
            assert_ne!(cell.fg, cell.bg, "text the colour of its background");
            assert!(!cell.modifier.contains(Modifier::DIM));
        }
    }
}

#[test]
fn light_text_avoids_colours_that_wash_out_on_white() {
    // On the terminal's own (light) background, no pale foreground.
    let pale = [
        Color::White,
        Color::Gray,
        Color::Yellow,
        Color::LightYellow,
        Color::Cyan,
        Color::LightCyan,
        Color::Green,
        Color::LightGreen,
    ];
    for b in screens(Theme::light()) {
        for cell in b.content.iter().filter(|c| c.bg == Color::Reset) {
            assert!(
                !pale.contains(&cell.fg),
                "{:?} on white: {:?}",
                cell.fg,
                cell.symbol()
            );
        }
    }
}

#[test]
fn dark_text_avoids_colours_that_vanish_on_black() {
    for b in screens(Theme::dark()) {
        for cell in b.content.iter().filter(|c| c.bg == Color::Reset) {
            assert!(
                ![Color::Black, Color::Blue].contains(&cell.fg),
                "{:?} on black: {:?}",
                cell.fg,
                cell.symbol()
            );
        }
    }
}

#[test]
fn every_theme_name_has_its_own_theme() {
    let names: Vec<&str> = ThemeName::ALL
        .iter()
        .map(|n| Theme::named(*n).name)
        .collect();
    assert_eq!(names, ["dark", "light", "high-contrast"]);
    assert_ne!(Theme::light(), Theme::dark());
    assert_ne!(Theme::high_contrast(), Theme::dark());
}

/// [`buffer`] after `keys` and then `tabs` presses of Tab.
fn buffer_after(theme: Theme, keys: &str, tabs: usize) -> Buffer {
    let graph = load::embedded().expect("graph");
    let mut app = App::new(graph, theme, 80, 24);
    type_str(&mut app, keys);
    for _ in 0..tabs {
        common::press(
            &mut app,
            &[common::key(ratatui::crossterm::event::KeyCode::Tab)],
        );
    }
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| view::draw(f, &app)).expect("draw");
    t.backend().buffer().clone()
}

/// The rows of `b` holding a reversed cell.
fn reversed_rows(b: &Buffer) -> Vec<u16> {
    let mut rows: Vec<u16> = b
        .content
        .iter()
        .enumerate()
        .filter(|(_, c)| c.modifier.contains(Modifier::REVERSED))
        .map(|(i, _)| (i / usize::from(b.area.width)) as u16)
        .collect();
    rows.dedup();
    rows
}

fn row_text(b: &Buffer, y: u16) -> String {
    (0..b.area.width).map(|x| b[(x, y)].symbol()).collect()
}

#[test]
fn no_color_reverses_only_the_selection() {
    // The main screen (list focused, then page and links), the question
    // screen, the triage checklist and the ranked causes, at 80x24.
    for (keys, tabs, selected) in [
        ("11", 0, "Merge Freezes"),
        ("11", 1, ""),
        ("11", 2, "Manual Deployments"),
        ("11a", 0, ""),
        ("11 t", 0, "Merge Freezes"),
        ("t11 r", 0, ""),
    ] {
        let b = buffer_after(Theme::monochrome(), keys, tabs);
        let rows = reversed_rows(&b);
        // One selected item: one row, or the two or three rows of one
        // item (a cause and its category line), next to each other.
        let one_block = rows.len() <= 3 && rows.windows(2).all(|w| w[1] == w[0] + 1);
        assert!(
            one_block,
            "{keys:?} + {tabs} Tab: reverse video on rows {rows:?}, not only the selection:\n{}",
            rows.iter()
                .map(|&y| row_text(&b, y))
                .collect::<Vec<_>>()
                .join("\n")
        );
        if !selected.is_empty() {
            let y = *rows
                .first()
                .unwrap_or_else(|| panic!("{keys:?} + {tabs} Tab: no selection shown"));
            assert!(
                row_text(&b, y).contains(selected),
                "{keys:?}: {}",
                row_text(&b, y)
            );
        }
    }
}
