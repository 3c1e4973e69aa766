//! The actions screen's key table (see [`crate::ui::keys::keymap`]).

use ratatui::crossterm::event::KeyCode;

use crate::ui::core::action::Action;
use crate::ui::keys::vocab::{Hint, KeyRow, code, ctrl, plain, row};
use crate::ui::screens::search::keys as search_keys;

/// Opens the actions screen from the main screen.
pub const OPEN: KeyRow = row(
    &[plain('x')],
    Action::OpenActions,
    "actions",
    "Action items: tick done, edit, delete, open the linked page",
    Hint::Never,
);

/// The actions screen.
pub const ACTIONS: &[KeyRow] = &[
    row(
        &[plain('?')],
        Action::ToggleHelp,
        "help",
        "Show the help",
        Hint::Always,
    ),
    row(
        &[code(KeyCode::Esc)],
        Action::Leave,
        "back",
        "Back to where you were",
        Hint::Always,
    ),
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
    row(
        &[plain('q'), ctrl('c')],
        Action::Quit,
        "quit",
        "Quit",
        Hint::Never,
    ),
    search_keys::OPEN_OVER,
];
