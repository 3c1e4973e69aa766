//! The terminal user interface: the interactive explorer.
//!
//! Keys and mouse events become an [`action::Action`] through the per-mode
//! tables in [`keymap`]; [`app::App::update`] applies it; [`panes::draw`]
//! draws the state. [`terminal::run_loop`] ties them together and works with
//! any ratatui backend, so tests drive it with a `TestBackend`.
//!
//! # Extending
//!
//! - **A key**: add a [`keymap::KeyRow`] to its mode's table (keys, action,
//!   status-bar label, help sentence, where it is hinted). Help and the
//!   status bar pick it up; keys in [`keymap::RESERVED`] stay free for the
//!   features they are kept for.
//! - **An action**: add a variant (with a doc comment) to [`action::Action`]
//!   and handle it in the owning state's `update` (`browse.rs` for the main
//!   screen, `overlay.rs` for help and About) or in `update.rs` if it spans
//!   screens.
//! - **A screen or mode**: add a [`app::Mode`] variant and its table in
//!   [`keymap::own_rows`]; keep its state in its own struct and file, held by
//!   [`app::App`]; let [`app::App::reflow`] fit it to the layout; give it a
//!   rectangle in [`layout::compute`] and a render module in [`panes`].
//! - **A theme**: another constructor on [`theme::Theme`] filling every field.

pub mod action;
pub mod app;
pub mod browse;
mod diagnosis;
pub mod diagnosis_layout;
pub mod document;
pub mod guided;
pub mod history;
pub mod item_list;
pub mod key_names;
pub mod keymap;
pub mod keys_diagnosis;
pub mod layout;
pub mod links;
pub mod opener;
pub mod overlay;
pub mod panes;
pub mod scroll;
pub mod search;
pub mod sessions;
pub mod terminal;
pub mod theme;
pub mod triage;
mod update;

pub mod screenshots;
pub mod svg;

use anyhow::Result;

use crate::domain::Graph;
use crate::storage::Store;

/// Runs the interactive explorer until the user quits. Honours `NO_COLOR`.
/// With `session`, opens (or creates) that team session in `store` first; a
/// bad name or an unreadable folder is an error before the terminal is
/// touched, a damaged file a dialog in the app.
pub fn run(graph: Graph, store: Option<Store>, session: Option<&str>) -> Result<()> {
    let theme = theme::Theme::for_no_color(std::env::var_os("NO_COLOR").as_deref());
    let (width, height) = ratatui::crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = app::App::new(graph, theme, width, height);
    app.opener = opener::Opener::from_env();
    app.start_session(store, session)?;
    terminal::run_in_terminal(app)
}
