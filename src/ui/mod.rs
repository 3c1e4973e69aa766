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
//! - **A theme**: another constructor on [`crate::ui::core::theme::Theme`] filling every field.
//! - **Presenter style**: [`app::App::presenter`] says the presenter view is
//!   on (`p`, `--present`). The main screen is then drawn by
//!   `panes/presenter.rs` into [`layout::Stage`] (`Panes::stage`: a centred
//!   column of at most 80 columns, page, links, one hint row), and mouse
//!   handling uses the same rectangles (`presenter.rs`). Another screen can
//!   draw itself in presenter style by reading the flag and drawing into the
//!   stage's rectangles (and letting `panes::draw` skip the status bar).
//! - **Undo**: [`app::App::update`] compares the session's content before
//!   and after every action and records a change in [`app::App::undo`]
//!   (`undo.rs`); a new feature that changes the session gets undo for free.
//! - **Hyperlinks**: [`document::Builder::linking`] records the URL of the
//!   lines it writes; pages call [`hyperlink::mark_doc`] after drawing when
//!   [`app::App::hyperlinks`] is on.

pub mod app;
pub mod core;
pub mod document;
pub mod keys;
mod paste;
pub mod screens;
pub mod terminal;
mod undo;
mod update;
pub mod view;
pub mod widgets;

pub mod screenshots;
pub mod svg;

use anyhow::Result;

use crate::domain::Graph;
use crate::storage::Store;

/// How the explorer starts: worked out by the command line from its flags,
/// the settings file and the environment (`cli/start.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub theme: crate::ui::core::theme::Theme,
    /// Capture the mouse (clicks and the wheel).
    pub mouse: bool,
    /// Start in the presenter view.
    pub present: bool,
    /// Write URLs as OSC 8 hyperlinks.
    pub hyperlinks: bool,
    /// Shown across the status bar until the first key (a settings warning).
    pub notice: Option<String>,
}

impl Default for Options {
    /// Dark theme, mouse on, main view, no hyperlinks, no notice.
    fn default() -> Self {
        Options {
            theme: crate::ui::core::theme::Theme::dark(),
            mouse: true,
            present: false,
            hyperlinks: false,
            notice: None,
        }
    }
}

/// An explorer on `graph` for a `width` x `height` terminal, set up as
/// `options` say (everything but the mouse, which is the terminal's).
pub fn start(graph: Graph, options: &Options, width: u16, height: u16) -> app::App {
    let mut app = app::App::new(graph, options.theme, width, height);
    app.hyperlinks = options.hyperlinks;
    app.notice = options.notice.clone();
    if options.present {
        app.set_presenter(true);
    }
    app
}

/// Runs the interactive explorer until the user quits. Honours `NO_COLOR`.
/// With `session`, opens (or creates) that team session in `store` first; a
/// bad name or an unreadable folder is an error before the terminal is
/// touched, a damaged file a dialog in the app.
pub fn run(graph: Graph, store: Option<Store>, session: Option<&str>) -> Result<()> {
    let options = Options {
        theme: crate::ui::core::theme::Theme::for_no_color(std::env::var_os("NO_COLOR").as_deref()),
        ..Options::default()
    };
    run_with(graph, store, session, &options)
}

/// [`run`], set up by `options` (theme, mouse, presenter, hyperlinks, a
/// start-up notice).
pub fn run_with(
    graph: Graph,
    store: Option<Store>,
    session: Option<&str>,
    options: &Options,
) -> Result<()> {
    let (width, height) = ratatui::crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = start(graph, options, width, height);
    app.opener = crate::ui::core::opener::Opener::from_env();
    app.sessions.picker.tz = jiff::tz::TimeZone::system();
    app.start_session(store, session)?;
    terminal::run_in_terminal_with(app, options.mouse)
}
