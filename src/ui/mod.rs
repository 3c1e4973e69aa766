//! The terminal user interface: the interactive explorer.
//!
//! Keys and mouse events become an [`action::Action`] through the per-mode
//! tables in [`keymap`]; [`app::App::update`] applies it; [`panes::draw`]
//! draws the state. [`terminal::run_loop`] ties them together and works with
//! any ratatui backend, so tests drive it with a `TestBackend`.

pub mod action;
pub mod app;
pub mod browse;
pub mod document;
pub mod history;
pub mod keymap;
pub mod layout;
pub mod links;
pub mod overlay;
pub mod panes;
pub mod scroll;
pub mod terminal;
pub mod theme;
mod update;

use anyhow::Result;

use crate::domain::Graph;

/// Runs the interactive explorer until the user quits. Honours `NO_COLOR`.
pub fn run(graph: Graph) -> Result<()> {
    let theme = theme::Theme::for_no_color(std::env::var_os("NO_COLOR").as_deref());
    let (width, height) = ratatui::crossterm::terminal::size().unwrap_or((80, 24));
    terminal::run_in_terminal(app::App::new(graph, theme, width, height))
}
