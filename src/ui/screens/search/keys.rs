//! The search screen's key table (see [`crate::ui::keys::keymap`]): choosing and
//! opening results, and editing the query. There are no movement rows:
//! letters type into the search box.

use ratatui::crossterm::event::KeyCode;

use crate::ui::core::action::Action;
use crate::ui::keys::vocab::{Hint, Key, KeyRow, Place, code, ctrl, row};
use crate::ui::screens::search::Edit;

/// The search screen. No movement rows: letters type into the search box.
pub const SEARCH: &[KeyRow] = &[
    row(
        &[code(KeyCode::Enter)],
        Action::Open,
        "open",
        "Open the selected result at the matching passage",
        Hint::Always,
    ),
    row(
        &[code(KeyCode::Esc)],
        Action::CloseSearch,
        "back",
        "Close search and return to where you were",
        Hint::Always,
    ),
    row(
        &[code(KeyCode::Down), ctrl('n')],
        Action::Down,
        "next",
        "Select the next result",
        Hint::Always,
    ),
    row(
        &[code(KeyCode::Up), ctrl('p')],
        Action::Up,
        "previous",
        "Select the previous result",
        Hint::Always,
    ),
    row(
        &[code(KeyCode::PageDown)],
        Action::PageDown,
        "page down",
        "Select a result a page further down",
        Hint::Never,
    ),
    row(
        &[code(KeyCode::PageUp)],
        Action::PageUp,
        "page up",
        "Select a result a page further up",
        Hint::Never,
    ),
    row(
        &[code(KeyCode::Backspace)],
        Action::SearchEdit(Edit::Backspace),
        "delete",
        "Delete the character before the cursor",
        Hint::Never,
    ),
    row(
        &[code(KeyCode::Delete)],
        Action::SearchEdit(Edit::Delete),
        "delete",
        "Delete the character under the cursor",
        Hint::Never,
    ),
    row(
        &[code(KeyCode::Left)],
        Action::SearchEdit(Edit::Left),
        "left",
        "Move the cursor one character left",
        Hint::Never,
    ),
    row(
        &[code(KeyCode::Right)],
        Action::SearchEdit(Edit::Right),
        "right",
        "Move the cursor one character right",
        Hint::Never,
    ),
    row(
        &[code(KeyCode::Home), ctrl('a')],
        Action::SearchEdit(Edit::Home),
        "start",
        "Move the cursor to the start",
        Hint::Never,
    ),
    row(
        &[code(KeyCode::End), ctrl('e')],
        Action::SearchEdit(Edit::End),
        "end",
        "Move the cursor to the end",
        Hint::Never,
    ),
    row(
        &[ctrl('u')],
        Action::SearchEdit(Edit::Clear),
        "clear",
        "Clear the search",
        Hint::In(&[Place::Search]),
    ),
    row(
        &[ctrl('w')],
        Action::SearchEdit(Edit::DeleteWord),
        "delete word",
        "Delete the word before the cursor",
        Hint::Never,
    ),
    row(&[ctrl('c')], Action::Quit, "quit", "Quit", Hint::Never),
    row(
        &[Key::AnyChar],
        Action::SearchType(' '),
        "type",
        "Type words to search for; results update with every key",
        Hint::Never,
    ),
];
