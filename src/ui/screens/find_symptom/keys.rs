//! The key table of "Find your symptom" (rows of [`crate::ui::keys::keymap`], so
//! help and the status bar come from it).

use ratatui::crossterm::event::KeyCode;

use crate::ui::core::action::Action;
use crate::ui::keys::vocab::SEARCH_OVER;
use crate::ui::keys::vocab::{
    Hint, Key, KeyRow, QUIT_UNHINTED, SHOW_HELP, code, leave, plain, row,
};

/// The questionnaire and its result.
pub const FIND_SYMPTOM: &[KeyRow] = &[
    SHOW_HELP,
    leave("leave", "Leave the questionnaire (it stays where it was)"),
    row(
        &[code(KeyCode::Enter)],
        Action::Open,
        "choose",
        "Take the highlighted answer; on a result, open the highlighted page",
        Hint::Always,
    ),
    row(
        &[Key::AnyDigit],
        Action::Digit(0),
        "answer №",
        "Take answer number N (1 is the first)",
        Hint::Never,
    ),
    row(
        &[plain('b'), code(KeyCode::Backspace), code(KeyCode::Left)],
        Action::PreviousQuestion,
        "back",
        "Back to the previous question",
        Hint::Always,
    ),
    row(
        &[plain('s')],
        Action::StartOver,
        "start over",
        "Start over from the first question",
        Hint::Always,
    ),
    row(
        &[plain('+')],
        Action::AddToTriage,
        "mark",
        "On a result: mark its symptom for the triage (\"we see this\")",
        Hint::Always,
    ),
    row(
        &[plain('t')],
        Action::OpenTriage,
        "triage",
        "Open the triage checklist",
        Hint::Never,
    ),
    row(
        &[plain('o')],
        Action::OpenUrl,
        "browser",
        "Open the highlighted page on the site, in the browser (or show its URL)",
        Hint::Never,
    ),
    crate::ui::keys::undo::UNDO,
    crate::ui::keys::undo::REDO,
    SEARCH_OVER,
    QUIT_UNHINTED,
];
