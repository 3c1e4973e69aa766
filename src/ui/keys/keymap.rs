//! The key tables: one per mode. Key handling, the help overlay and the status
//! bar hints are all generated from these rows, so they cannot drift apart.
//!
//! To bind a new key, add a [`KeyRow`] to the table of its mode. Keys reserved
//! for planned features (see [`RESERVED`]) must stay unbound; a test checks it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::ui::core::action::Action;
use crate::ui::core::mode::{Focus, Mode};

pub use crate::ui::keys::names::{key_name, keys_name};
use crate::ui::keys::vocab::{Hint, MOVE, Place};
pub use crate::ui::keys::vocab::{Key, KeyRow, RESERVED};
use crate::ui::screens::overlays::keys::{ABOUT, HELP};

pub use crate::ui::screens::sessions::keys::{is_dialog, takes_text};

/// The rows of one mode's table: its own rows, then the movement rows.
pub fn table(mode: Mode) -> impl Iterator<Item = &'static KeyRow> {
    // In search, letters are text too: Up and Down have their own rows.
    let moves: &[KeyRow] = if takes_text(mode) || mode == Mode::Search {
        &[]
    } else {
        MOVE
    };
    own_rows(mode).iter().chain(moves.iter())
}

/// The registry: every mode with its own key table, in the order the help
/// lists them. A new screen adds its line here (and its help heading in
/// `keys/help.rs`).
pub const REGISTRY: &[(Mode, &[KeyRow])] = &[
    (Mode::Browse, crate::ui::screens::browse::keys::BROWSE),
    (Mode::Search, crate::ui::screens::search::keys::SEARCH),
    (
        Mode::Question,
        crate::ui::screens::questions::keys::QUESTION,
    ),
    (Mode::Summary, crate::ui::screens::questions::keys::SUMMARY),
    (Mode::Checklist, crate::ui::screens::triage::keys::CHECKLIST),
    (Mode::Ranked, crate::ui::screens::triage::keys::RANKED),
    (Mode::Help, HELP),
    (Mode::About, ABOUT),
    (Mode::Sessions, crate::ui::screens::sessions::keys::SESSIONS),
    (
        Mode::NameInput,
        crate::ui::screens::sessions::keys::NAME_INPUT,
    ),
    (Mode::Confirm, crate::ui::screens::sessions::keys::CONFIRM),
    (Mode::Note, crate::ui::screens::sessions::keys::NOTE),
    (Mode::Problem, crate::ui::screens::sessions::keys::PROBLEM),
    (Mode::Actions, crate::ui::screens::actions::keys::ACTIONS),
    (Mode::Since, crate::ui::screens::since::keys::SINCE),
    (
        Mode::FindSymptom,
        crate::ui::screens::find_symptom::keys::FIND_SYMPTOM,
    ),
];

/// The rows only this mode has (what the help lists under the mode).
pub fn own_rows(mode: Mode) -> &'static [KeyRow] {
    REGISTRY
        .iter()
        .find(|(m, _)| *m == mode)
        .map_or(&[], |(_, rows)| rows)
}

/// The moving and scrolling rows every mode shares.
pub fn movement_rows() -> &'static [KeyRow] {
    MOVE
}

/// Every mode, in the order the help overlay lists them (the registry's).
pub const MODES: [Mode; REGISTRY.len()] = {
    let mut modes = [Mode::Browse; REGISTRY.len()];
    let mut i = 0;
    while i < REGISTRY.len() {
        modes[i] = REGISTRY[i].0;
        i += 1;
    }
    modes
};

/// The action a key press means in a mode, if any. Key releases are ignored.
pub fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    table(mode).find_map(|r| r.keys.iter().find_map(|k| matches(*k, key, r.action)))
}

fn matches(k: Key, event: KeyEvent, action: Action) -> Option<Action> {
    match k {
        Key::AnyDigit => match (event.code, event.modifiers) {
            (KeyCode::Char(c @ '0'..='9'), KeyModifiers::NONE) => {
                c.to_digit(10).map(|d| Action::Digit(d as u8))
            }
            _ => None,
        },
        Key::AnyChar => match (event.code, event.modifiers.difference(KeyModifiers::SHIFT)) {
            (KeyCode::Char(c), KeyModifiers::NONE) if !c.is_control() => {
                Some(Action::SearchType(c))
            }
            _ => None,
        },
        Key::Code(code, mods) => (normalise(event) == (code, mods)).then_some(action),
    }
}

/// Drops Shift from characters and Back-Tab: terminals disagree on whether
/// `G`, `?` or Shift-Tab carry the Shift modifier.
fn normalise(event: KeyEvent) -> (KeyCode, KeyModifiers) {
    let mut mods = event.modifiers;
    if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
        mods.remove(KeyModifiers::SHIFT);
    }
    (event.code, mods)
}

/// The name of the first key bound to `action` in `mode`'s table, for text
/// that tells the user which key to press.
pub fn key_for(mode: Mode, action: Action) -> Option<String> {
    table(mode)
        .find(|r| r.action == action)
        .and_then(|r| r.keys.first())
        .map(|k| key_name(*k))
}

/// Every key of `action`'s row in `mode`, joined by " or " ("? or Esc");
/// empty when the mode has no such row.
pub fn keys_for(mode: Mode, action: Action) -> String {
    table(mode)
        .find(|r| r.action == action)
        .map(|r| crate::ui::keys::names::keys_joined(r, " or "))
        .unwrap_or_default()
}

/// A hint phrase built from `mode`'s table: for each (action, words), the
/// action's first key, `between`, then the words; joined by `sep`. So
/// `phrase(Mode::Search, &[(Action::Open, "opens"), (Action::CloseSearch,
/// "goes back")], " ", ", ")` is "Enter opens, Esc goes back", and no
/// title or prompt can name a key that does not do what it says.
pub fn phrase(mode: Mode, parts: &[(Action, &str)], between: &str, sep: &str) -> String {
    parts
        .iter()
        .map(|(action, words)| {
            let key = key(mode, *action);
            format!("{key}{between}{words}")
        })
        .collect::<Vec<_>>()
        .join(sep)
}

/// The first key of `action` in `mode`, for a message ("press / to
/// search"); empty when the mode has no such row.
pub fn key(mode: Mode, action: Action) -> String {
    key_for(mode, action).unwrap_or_default()
}

/// The rows to hint in the status bar for a mode and focus, in table order.
/// Only the first key of each row is shown there, to save room.
pub fn hints(mode: Mode, focus: Focus) -> impl Iterator<Item = &'static KeyRow> {
    let here = Place::of(mode, focus);
    table(mode).filter(move |r| match r.hint {
        Hint::Never => false,
        Hint::Always => true,
        Hint::In(places) => places.contains(&here),
    })
}

/// The reserved keys that must stay unbound in `mode`. On the question
/// screen `n` answers No (search does not run there); the session dialogs
/// (see [`is_dialog`]) answer questions with any key.
pub fn reserved_in(mode: Mode) -> impl Iterator<Item = char> {
    RESERVED
        .iter()
        .copied()
        .filter(move |c| !(mode == Mode::Question && *c == 'n'))
        .filter(move |_| !is_dialog(mode))
}
