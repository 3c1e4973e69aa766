//! The "since last time" screen's key table (see [`crate::ui::keys::keymap`]).

use ratatui::crossterm::event::KeyCode;

use crate::ui::core::action::Action;
use crate::ui::keys::vocab::SEARCH_OVER;
use crate::ui::keys::vocab::{BACK, Hint, KeyRow, QUIT_UNHINTED, SHOW_HELP, code, plain, row};

/// The "since last time" screen.
pub const SINCE: &[KeyRow] = &[
    SHOW_HELP,
    BACK,
    row(
        &[code(KeyCode::Tab)],
        Action::FocusNext,
        "other pane",
        "Scroll the other pane (what changed, the ranked causes)",
        Hint::Always,
    ),
    row(
        &[plain('x')],
        Action::OpenActions,
        "actions",
        "Open the action items screen (Esc comes back here)",
        Hint::Always,
    ),
    QUIT_UNHINTED,
    SEARCH_OVER,
];
