//! The rows every diagnosis screen's table shares (the question screen, the
//! summary, the checklist, the ranked causes): help and leave first; undo,
//! redo, quit and search last; Enter opens.

use ratatui::crossterm::event::KeyCode;

use crate::ui::core::action::Action;
use crate::ui::keys::vocab::{Hint, Key, KeyRow, code, leave, row};

pub const LEAVE: KeyRow = leave("leave", "Leave this screen (answers and marks are kept)");

/// A diagnosis screen's table: help and leave first, then `rows`, then
/// `undo`, redo, quit and search.
macro_rules! diagnosis_table {
    ($undo:expr; $($row:expr),* $(,)?) => {
        &[
            $crate::ui::keys::vocab::SHOW_HELP,
            $crate::ui::keys::diagnosis::LEAVE,
            $($row,)*
            $undo,
            $crate::ui::keys::undo::REDO,
            $crate::ui::keys::vocab::QUIT_UNHINTED,
            $crate::ui::keys::vocab::SEARCH_OVER,
        ]
    };
}
pub(crate) use diagnosis_table;

const ENTER: &[Key] = &[code(KeyCode::Enter)];

/// Enter opens the highlighted row's page.
pub(crate) const fn open(description: &'static str) -> KeyRow {
    row(ENTER, Action::Open, "open", description, Hint::Always)
}
