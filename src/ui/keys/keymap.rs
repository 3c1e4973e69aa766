//! The key tables: one per mode. Key handling, the help overlay and the status
//! bar hints are all generated from these rows, so they cannot drift apart.
//!
//! To bind a new key, add a [`KeyRow`] to the table of its mode. Keys reserved
//! for planned features (see [`RESERVED`]) must stay unbound; a test checks it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::ui::core::action::Action;
use crate::ui::core::mode::{Focus, Mode};

pub use crate::ui::keys::names::{key_name, keys_name};
pub use crate::ui::screens::questions::keys::reserved_in;
use crate::ui::screens::search::keys as search_keys;

/// One key (code plus modifiers), or any digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A key with exactly these modifiers (Shift is ignored for characters).
    Code(KeyCode, KeyModifiers),
    /// Any of `0`-`9`; the row's action must be [`Action::Digit`], and the
    /// digit typed replaces its number.
    AnyDigit,
    /// Any printable character without Ctrl or Alt; the row's action must be
    /// [`Action::SearchType`], and the character typed replaces its own.
    AnyChar,
}

pub(crate) const fn plain(c: char) -> Key {
    Key::Code(KeyCode::Char(c), KeyModifiers::NONE)
}
pub(crate) const fn ctrl(c: char) -> Key {
    Key::Code(KeyCode::Char(c), KeyModifiers::CONTROL)
}
pub(crate) const fn code(k: KeyCode) -> Key {
    Key::Code(k, KeyModifiers::NONE)
}
pub(crate) const fn alt(k: KeyCode) -> Key {
    Key::Code(k, KeyModifiers::ALT)
}

/// Where the user is: the open overlay, or the focused pane of the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    List,
    Page,
    Links,
    Help,
    About,
    Question,
    Summary,
    Checklist,
    Ranked,
    Search,
    /// The session picker, its prompts and dialogs, the note editor.
    Dialog,
}

impl Place {
    pub fn of(mode: Mode, focus: Focus) -> Self {
        match (mode, focus) {
            (Mode::Help, _) => Place::Help,
            (Mode::About, _) => Place::About,
            (Mode::Search, _) => Place::Search,
            (Mode::Browse, Focus::List) => Place::List,
            (Mode::Browse, Focus::Page) => Place::Page,
            (Mode::Browse, Focus::Links) => Place::Links,
            (Mode::Question, _) => Place::Question,
            (Mode::Summary, _) => Place::Summary,
            (Mode::Checklist, _) => Place::Checklist,
            (Mode::Ranked, _) => Place::Ranked,
            (_, _) => Place::Dialog,
        }
    }
}

/// Where a row shows up in the status bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Only in the help overlay.
    Never,
    /// Wherever its mode's table applies.
    Always,
    /// Only in these places.
    In(&'static [Place]),
}

/// One binding: its keys, what they do, and how help and the status bar name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyRow {
    pub keys: &'static [Key],
    pub action: Action,
    /// A word or two for the status bar.
    pub label: &'static str,
    /// A sentence for the help overlay.
    pub description: &'static str,
    pub hint: Hint,
}

pub(crate) const fn row(
    keys: &'static [Key],
    action: Action,
    label: &'static str,
    description: &'static str,
    hint: Hint,
) -> KeyRow {
    KeyRow {
        keys,
        action,
        label,
        description,
        hint,
    }
}

pub(crate) const LISTS: Hint = Hint::In(&[Place::List, Place::Links]);
const READING: Hint = Hint::In(&[Place::Page, Place::Help, Place::About]);

/// Moving and scrolling, shared by every mode.
const MOVE: &[KeyRow] = &[
    row(
        &[plain('j'), code(KeyCode::Down)],
        Action::Down,
        "scroll",
        "Move down one item or scroll down one line",
        READING,
    ),
    row(
        &[plain('k'), code(KeyCode::Up)],
        Action::Up,
        "up",
        "Move up one item or scroll up one line",
        Hint::Never,
    ),
    row(
        &[ctrl('d')],
        Action::HalfPageDown,
        "½ page down",
        "Move or scroll down half a page",
        Hint::Never,
    ),
    row(
        &[ctrl('u')],
        Action::HalfPageUp,
        "½ page up",
        "Move or scroll up half a page",
        Hint::Never,
    ),
    row(
        &[code(KeyCode::PageDown)],
        Action::PageDown,
        "page down",
        "Move or scroll down a page",
        Hint::Never,
    ),
    row(
        &[code(KeyCode::PageUp)],
        Action::PageUp,
        "page up",
        "Move or scroll up a page",
        Hint::Never,
    ),
    row(
        &[plain('g'), code(KeyCode::Home)],
        Action::Top,
        "top",
        "Go to the first item or the top",
        Hint::Never,
    ),
    row(
        &[plain('G'), code(KeyCode::End)],
        Action::Bottom,
        "bottom",
        "Go to the last item or the bottom",
        Hint::Never,
    ),
];

/// `q` or Ctrl-C quits (overlays and dialogs, where Esc closes instead).
pub const QUIT: KeyRow = row(
    &[plain('q'), ctrl('c')],
    Action::Quit,
    "quit",
    "Quit",
    Hint::Always,
);

/// The help overlay.
const HELP: &[KeyRow] = &[
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
    search_keys::OPEN_OVER,
    QUIT,
];

/// The About screen.
const ABOUT: &[KeyRow] = &[
    row(
        &[plain('i'), code(KeyCode::Esc)],
        Action::ToggleAbout,
        "close",
        "Close the About screen",
        Hint::Always,
    ),
    row(
        &[plain('?')],
        Action::ToggleHelp,
        "help",
        "Show the help",
        Hint::Always,
    ),
    search_keys::OPEN_OVER,
    QUIT,
];

/// Keys kept free for planned features: none left (every planned key is
/// bound). Dialogs (see [`is_dialog`]) may use reserved keys: they answer
/// questions.
pub const RESERVED: &[char] = &[];

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

/// The rows only this mode has (what the help lists under the mode).
pub fn own_rows(mode: Mode) -> &'static [KeyRow] {
    match mode {
        Mode::Browse => crate::ui::screens::browse::keys::BROWSE,
        Mode::Help => HELP,
        Mode::About => ABOUT,
        Mode::Question => crate::ui::screens::questions::keys::QUESTION,
        Mode::Summary => crate::ui::screens::questions::keys::SUMMARY,
        Mode::Checklist => crate::ui::screens::questions::keys::CHECKLIST,
        Mode::Ranked => crate::ui::screens::questions::keys::RANKED,
        Mode::Search => search_keys::SEARCH,
        Mode::Sessions => crate::ui::screens::sessions::keys::SESSIONS,
        Mode::NameInput => crate::ui::screens::sessions::keys::NAME_INPUT,
        Mode::Confirm => crate::ui::screens::sessions::keys::CONFIRM,
        Mode::Note => crate::ui::screens::sessions::keys::NOTE,
        Mode::Problem => crate::ui::screens::sessions::keys::PROBLEM,
        Mode::Actions => crate::ui::screens::actions::keys::ACTIONS,
        Mode::Since => crate::ui::screens::since::keys::SINCE,
        Mode::FindSymptom => crate::ui::screens::find_symptom::keys::FIND_SYMPTOM,
    }
}

/// The moving and scrolling rows every mode shares.
pub fn movement_rows() -> &'static [KeyRow] {
    MOVE
}

/// Every mode, in the order the help overlay lists them.
pub const MODES: [Mode; 16] = [
    Mode::Browse,
    Mode::Search,
    Mode::Question,
    Mode::Summary,
    Mode::Checklist,
    Mode::Ranked,
    Mode::Help,
    Mode::About,
    Mode::Sessions,
    Mode::NameInput,
    Mode::Confirm,
    Mode::Note,
    Mode::Problem,
    Mode::Actions,
    Mode::Since,
    Mode::FindSymptom,
];

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
