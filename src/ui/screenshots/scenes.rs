//! The README's screenshots: each scene builds a real [`App`] and drives it
//! to its screen with key presses through the key tables, as a user would.

use anyhow::Result;
use ratatui::crossterm::event::KeyCode;

use crate::domain::Graph;
use crate::ui::app::App;
use crate::ui::core::theme::Theme;
use crate::ui::screenshots::Scene;
use crate::ui::screenshots::demo_sessions;
use crate::ui::screenshots::keys::{press, typed};
use crate::ui::svg::SvgOptions;
use crate::ui::view;

/// The note typed in the note-editor scene.
pub const NOTE: &str = "Deploys feel scary — we wait for Monday ✓";

/// The screenshots, in README order. Each scene owns the app it draws,
/// driven to its screen by real key presses through the key tables. The
/// session scenes use a temp config folder (see `demo_sessions`).
pub fn scenes(graph: &Graph) -> Result<Vec<Scene>> {
    use KeyCode::{Char, Enter, Tab};
    let dark = Theme::dark;
    let big = (120, 40);
    let mut search = vec![Char('/')];
    search.extend(typed("worried about pushing to production"));
    // Symptom 11's first question answered Yes: question 2 of 3.
    let question = [Char('1'), Char('1'), Char('a'), Char('y')];
    // Triage: mark 11 and 13, answer their seven questions, rank.
    let mut ranked = vec![Char('t'), Char('1'), Char('1'), Char(' ')];
    ranked.extend([Char('1'), Char('3'), Char(' '), Enter]);
    ranked.extend(typed("yun").chain(typed("ynuy")));
    ranked.push(Char('r'));
    let mut note = vec![Char('8'), Enter, Tab, Char('E')];
    note.extend(typed(NOTE));
    Ok(vec![
        app_scene(
            "symptom-page",
            graph,
            dark(),
            big,
            &[Char('1'), Char('1'), Enter],
        ),
        app_scene("search", graph, dark(), big, &search),
        app_scene("guided-question", graph, dark(), big, &question),
        app_scene("ranked-causes", graph, dark(), big, &ranked),
        demo_sessions::scene("session-picker", graph, big, &[Char('S')], true)?,
        demo_sessions::scene("note-editor", graph, big, &note, false)?,
        demo_sessions::scene("since-last-time", graph, big, &[Char('c')], false)?,
        demo_sessions::scene("action-items", graph, big, &[Char('x')], false)?,
        app_scene(
            "anti-pattern-page",
            graph,
            dark(),
            big,
            &[Char('1'), Char('1'), Tab, Tab, Enter],
        ),
        app_scene(
            "help",
            graph,
            dark(),
            big,
            &[Char('1'), Char('1'), Char('?')],
        ),
        app_scene(
            "about",
            graph,
            dark(),
            big,
            &[Char('1'), Char('1'), Char('i')],
        ),
        app_scene(
            "presenter",
            graph,
            dark(),
            (100, 30),
            &[Char('1'), Char('1'), Char('p')],
        ),
        app_scene(
            "presenter-question",
            graph,
            dark(),
            (100, 30),
            &[Char('1'), Char('1'), Char('a'), Char('p')],
        ),
        app_scene(
            "presenter-high-contrast",
            graph,
            Theme::high_contrast(),
            (100, 30),
            &[Char('1'), Char('1'), Char('p')],
        ),
        app_scene(
            "symptom-page-light",
            graph,
            Theme::light(),
            big,
            &[Char('1'), Char('1'), Enter],
        )
        .with_svg(SvgOptions::light()),
        app_scene(
            "symptom-page-high-contrast",
            graph,
            Theme::high_contrast(),
            big,
            &[Char('1'), Char('1'), Enter],
        ),
    ])
}

/// The explorer on `graph` at `size` in `theme`, after pressing `keys`.
pub fn app_scene(
    name: &str,
    graph: &Graph,
    theme: Theme,
    (width, height): (u16, u16),
    keys: &[KeyCode],
) -> Scene {
    let mut app = App::new(graph.clone(), theme, width, height);
    press(&mut app, keys);
    Scene::new(name, width, height, move |frame| view::draw(frame, &app))
}
