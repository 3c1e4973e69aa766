//! The key tables of the help and the About screen.

use ratatui::crossterm::event::KeyCode;

use crate::ui::core::action::Action;
use crate::ui::keys::vocab::SEARCH_OVER;
use crate::ui::keys::vocab::{Hint, KeyRow, QUIT, SHOW_HELP, code, plain, row};

/// The help overlay.
pub const HELP: &[KeyRow] = &[
    row(
        &[plain('?'), code(KeyCode::Esc)],
        Action::ToggleHelp,
        "close",
        "Close the help",
        Hint::Always,
    ),
    row(
        &[plain('i')],
        Action::ToggleAbout,
        "about",
        "Show the About screen",
        Hint::Never,
    ),
    SEARCH_OVER,
    QUIT,
];

/// The About screen.
pub const ABOUT: &[KeyRow] = &[
    row(
        &[plain('i'), code(KeyCode::Esc)],
        Action::ToggleAbout,
        "close",
        "Close the About screen",
        Hint::Always,
    ),
    SHOW_HELP,
    SEARCH_OVER,
    QUIT,
];
