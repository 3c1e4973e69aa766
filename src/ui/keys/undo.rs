//! The undo and redo rows shared by the screens that show or change the
//! session (see [`crate::ui::keys::keymap`]). Text inputs (prompts, the note editor,
//! search) and dialogs leave Ctrl-z alone, so a line being typed is never
//! lost to it.

use crate::ui::core::action::Action;
use crate::ui::keys::vocab::{Hint, KeyRow, ctrl, plain, row};

const UNDO_SENTENCE: &str =
    "Undo the last change (mark, answer, note, action item); again: further back";

/// `u` or Ctrl-z undoes.
pub const UNDO: KeyRow = row(
    &[plain('u'), ctrl('z')],
    Action::Undo,
    "undo",
    UNDO_SENTENCE,
    Hint::Never,
);

/// Ctrl-z only, where `u` means something else (Unsure on the question screen).
pub const UNDO_CTRL: KeyRow = row(
    &[ctrl('z')],
    Action::Undo,
    "undo",
    UNDO_SENTENCE,
    Hint::Never,
);

/// Ctrl-r redoes.
pub const REDO: KeyRow = row(
    &[ctrl('r')],
    Action::Redo,
    "redo",
    "Redo the last change undone (a new change forgets what could be redone)",
    Hint::Never,
);
