//! The terminal user interface: the interactive explorer.
//!
//! Keys and mouse events become an [`core::action::Action`] through the
//! per-mode tables registered in [`keys::keymap`]; [`app::App::update`]
//! (`update.rs`) routes it to the screen that owns the current mode;
//! [`view::draw`] draws the state, reading only. [`terminal::run_loop`] ties
//! them together and works with any ratatui backend, so tests drive it with a
//! `TestBackend`.
//!
//! # The map
//!
//! Imports run downward only: `app.rs` holds the screens' states;
//! `update.rs`, `view/` and the screens' `update.rs` / `view.rs` files act on
//! [`app::App`]; nothing below them imports them.
//!
//! | folder | what it holds |
//! |---|---|
//! | `core/` | leaf types with no other `ui` import: [`core::action::Action`], [`core::mode::Mode`] and `Focus`, history, layout, scrolling, themes, wording |
//! | `keys/` | the key vocabulary ([`keys::vocab`]: `Key`, `KeyRow`, the rows every mode shares; [`keys::diagnosis`]: the diagnosis tables' shared rows), key names, the registry of every mode's table ([`keys::keymap`]), the help and README text generated from it |
//! | `widgets/` | what any screen draws or edits with: the line input, the popup box, the dialogs' state, item lists, panes and scrollbars, highlighting, hyperlinks, the clipboard escape, the diagnosis lists' rows |
//! | `document/` | the guide's pages as styled, wrapped lines |
//! | `screens/NAME/` | one screen: its state (`state.rs`), key table (`keys.rs`), update code (`update.rs`, `impl App`) and drawing (`view.rs`); it imports no other screen's files |
//! | `view/` | the frame: which screen draws under which mode, the status bar, the message box, too-small |
//! | `screenshots/`, `svg/` | the README's screenshots, drawn from the same code |
//!
//! The screens: `browse` (the main screen: list, page, links, presenter view),
//! `search`, `questions` (the guided questions and their summary), `triage`
//! (the checklist and the ranked causes), `sessions` (picker, dialogs, note
//! editor), `overlays` (help and About), `actions`, `since` and
//! `find_symptom`.
//!
//! # Extending
//!
//! - **A screen**: a new folder under `screens/` (state, keys, update,
//!   view); one [`core::mode::Mode`] variant; one line in the key registry
//!   ([`keys::keymap::REGISTRY`]: the mode and its table; the help heading
//!   beside it in [`keys::help::section_title`]); one line in the update
//!   dispatch (`update.rs`) and one in the view dispatch ([`view::draw`]).
//!   Its state is a field of [`app::App`] (and [`app::App::reflow`] fits it
//!   to the layout if it needs to); the key that opens it is an
//!   [`core::action::Action`] and a row in the table of the screen it is
//!   opened from.
//! - **A key**: add a [`keys::vocab::KeyRow`] to its mode's table (keys,
//!   action, status-bar label, help sentence, where it is hinted). Help, the
//!   status bar and the README pick it up; keys in [`keys::vocab::RESERVED`]
//!   stay free for the features they are kept for.
//! - **An action**: add a variant (with a doc comment) to
//!   [`core::action::Action`] and handle it in the owning screen's
//!   `update.rs`, or in `update.rs` if it spans screens.
//! - **A status message**: [`app::App::say`], the one way to set it.
//! - **A theme**: another constructor on [`core::theme::Theme`] filling
//!   every field.
//! - **Presenter style**: [`app::App::presenter`] says the presenter view is
//!   on (`p`, `--present`). The main screen is then drawn by
//!   `screens/browse/presenter_view.rs` into [`core::layout::Stage`] (a
//!   centred column of at most 80 columns, page, links, one hint row), and
//!   mouse handling uses the same rectangles (`screens/browse/presenter.rs`).
//! - **Undo**: [`app::App::update`] compares the session's content before
//!   and after every action and records a change in [`app::App::undo`]
//!   (`undo.rs`); a new feature that changes the session gets undo for free.
//! - **Hyperlinks**: [`document::Builder::linking`] records the URL of the
//!   lines it writes; pages call [`widgets::hyperlink::mark_doc`] after
//!   drawing when [`app::App::hyperlinks`] is on.

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
