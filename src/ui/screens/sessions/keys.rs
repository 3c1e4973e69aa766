//! The key tables of the session screens (see [`crate::ui::keys::keymap`]).

use ratatui::crossterm::event::KeyCode;

use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::keys::vocab;
use crate::ui::keys::vocab::{Hint, KeyRow, code, ctrl, plain, quit, row};

/// Modes that take typed text: only their own rows apply, every other key
/// is typed (see [`crate::ui::core::action::Action::TextKey`]).
pub fn takes_text(mode: Mode) -> bool {
    matches!(mode, Mode::NameInput | Mode::Note)
}

/// Modes that are a dialog over the main screen (sessions, prompts, the note
/// editor): the [`crate::ui::keys::vocab::RESERVED`] keys are free there.
pub fn is_dialog(mode: Mode) -> bool {
    matches!(
        mode,
        Mode::Sessions | Mode::NameInput | Mode::Confirm | Mode::Note | Mode::Problem
    )
}

/// The session picker.
pub const SESSIONS: &[KeyRow] = &[
    row(
        &[code(KeyCode::Enter)],
        Action::Confirm,
        "open",
        "Open the selected session (the current one is saved first)",
        Hint::Always,
    ),
    row(
        &[plain('c')],
        Action::NewSession,
        "create",
        "Create a session (asks for its name)",
        Hint::Always,
    ),
    row(
        &[plain('r')],
        Action::RenameSession,
        "rename",
        "Rename the selected session",
        Hint::Always,
    ),
    row(
        &[plain('d')],
        Action::DeleteSession,
        "delete",
        "Delete the selected session (asks to confirm; not the one open)",
        Hint::Always,
    ),
    row(
        &[plain('E')],
        Action::EditGeneralNote,
        "general note",
        "Write or edit the session's general note",
        Hint::Always,
    ),
    row(
        &[plain('f')],
        Action::NewFollowingSession,
        "follow",
        "Start a session that follows the selected one (--from)",
        Hint::Always,
    ),
    row(
        &[code(KeyCode::Esc), plain('S')],
        Action::Cancel,
        "close",
        "Close the session picker",
        Hint::Always,
    ),
    row(
        &[plain('a')],
        Action::EditAttendees,
        "attendees",
        "Edit the open session's attendees (shown in the minutes)",
        Hint::Never,
    ),
    quit("Quit (the session is saved first)", Hint::Never),
];

/// A one-line prompt.
pub const NAME_INPUT: &[KeyRow] = &[
    row(
        &[code(KeyCode::Enter)],
        Action::Confirm,
        "OK",
        "Accept what you typed",
        Hint::Always,
    ),
    row(
        &[code(KeyCode::Esc)],
        Action::Cancel,
        "cancel",
        "Cancel",
        Hint::Always,
    ),
];

/// A yes/no question.
pub const CONFIRM: &[KeyRow] = &[
    row(&[plain('y')], Action::Confirm, "yes", "Yes", Hint::Always),
    row(&[plain('n')], Action::Deny, "no", "No", Hint::Always),
    row(
        &[code(KeyCode::Esc)],
        Action::Cancel,
        "cancel",
        "Cancel: change nothing",
        Hint::Always,
    ),
    row(
        &[ctrl('c')],
        Action::Quit,
        "quit",
        "Quit now (when asked whether to quit)",
        Hint::Never,
    ),
];

/// The note editor.
pub const NOTE: &[KeyRow] = &[
    row(
        &[ctrl('s')],
        Action::SaveNote,
        "save note",
        "Save the note (an emptied note is deleted) and close the editor",
        Hint::Always,
    ),
    row(
        &[code(KeyCode::Esc)],
        Action::Cancel,
        "close",
        "Close the editor (asks whether to keep changes)",
        Hint::Always,
    ),
];

/// A session that could not be opened.
pub const PROBLEM: &[KeyRow] = &[
    row(
        &[plain('b')],
        Action::OpenBackup,
        "open backup",
        "Open the session's backup (.bak) read-only",
        Hint::Always,
    ),
    row(
        &[plain('o')],
        Action::OtherName,
        "other name",
        "Start a new, empty session under another name (the damaged file is kept)",
        Hint::Always,
    ),
    row(
        &[code(KeyCode::Esc)],
        Action::Cancel,
        "no session",
        "Go on without a session (nothing is saved)",
        Hint::Always,
    ),
    vocab::QUIT,
];
