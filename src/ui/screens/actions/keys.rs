//! The actions screen's key table (see [`crate::ui::keys::keymap`]).

use ratatui::crossterm::event::KeyCode;

use crate::ui::core::action::Action;
use crate::ui::keys::vocab::SEARCH_OVER;
use crate::ui::keys::vocab::{BACK, Hint, KeyRow, QUIT_UNHINTED, SHOW_HELP, code, plain, row};

/// The actions screen.
pub const ACTIONS: &[KeyRow] = &[
    SHOW_HELP,
    BACK,
    row(
        &[plain(' '), plain('x')],
        Action::ToggleDone,
        "done/open",
        "Tick the highlighted action item done, or open it again",
        Hint::Always,
    ),
    row(
        &[plain('e')],
        Action::EditActionItem,
        "edit",
        "Edit the highlighted action item (due:fri is the next Friday after today)",
        Hint::Always,
    ),
    row(
        &[plain('d')],
        Action::DeleteActionItem,
        "delete",
        "Delete the highlighted action item (asks first)",
        Hint::Always,
    ),
    row(
        &[code(KeyCode::Enter)],
        Action::Open,
        "open page",
        "Open the page the highlighted action item is linked to (b comes back)",
        Hint::Always,
    ),
    row(
        &[plain('c')],
        Action::OpenSince,
        "since",
        "Since last time: what changed since the session this one follows",
        Hint::Never,
    ),
    crate::ui::keys::undo::UNDO,
    crate::ui::keys::undo::REDO,
    QUIT_UNHINTED,
    SEARCH_OVER,
];
