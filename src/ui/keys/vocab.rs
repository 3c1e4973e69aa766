//! The key vocabulary every key table is written in: a [`Key`], where a row
//! shows as a hint ([`Hint`], [`Place`]), one binding ([`KeyRow`]), and the
//! rows many modes share (moving and scrolling, [`QUIT`], [`SHOW_HELP`],
//! [`BACK`]). The registry of every mode's table is
//! [`crate::ui::keys::keymap`].

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::ui::core::action::Action;
use crate::ui::core::mode::{Focus, Mode};

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
pub(crate) const READING: Hint = Hint::In(&[Place::Page, Place::Help, Place::About]);

/// Moving and scrolling, shared by every mode.
pub(crate) const MOVE: &[KeyRow] = &[
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

/// The keys that quit.
const QUIT_KEYS: &[Key] = &[plain('q'), ctrl('c')];

/// `q` or Ctrl-C quits, described as `description` and hinted as `hint`.
pub(crate) const fn quit(description: &'static str, hint: Hint) -> KeyRow {
    row(QUIT_KEYS, Action::Quit, "quit", description, hint)
}

/// `q` or Ctrl-C quits (overlays and dialogs, where Esc closes instead).
pub const QUIT: KeyRow = quit("Quit", Hint::Always);

/// `q` or Ctrl-C quits, listed in the help but not hinted in the status bar.
pub const QUIT_UNHINTED: KeyRow = quit("Quit", Hint::Never);

/// `?` shows the help.
pub const SHOW_HELP: KeyRow = row(
    &[plain('?')],
    Action::ToggleHelp,
    "help",
    "Show the help",
    Hint::Always,
);

/// The key that leaves a screen.
const ESC: &[Key] = &[code(KeyCode::Esc)];

/// Esc leaves a screen, named `label` and described as `description`.
pub(crate) const fn leave(label: &'static str, description: &'static str) -> KeyRow {
    row(ESC, Action::Leave, label, description, Hint::Always)
}

/// Esc goes back to where the user came from.
pub const BACK: KeyRow = leave("back", "Back to where you were");

/// `/` over the help or About screen or a diagnosis screen (Esc comes back
/// to it).
pub const SEARCH_OVER: KeyRow = row(
    &[plain('/')],
    Action::OpenSearch,
    "search",
    "Search (Esc comes back here)",
    Hint::Never,
);

/// Keys kept free for planned features: none left (every planned key is
/// bound). Dialogs (see [`crate::ui::keys::keymap::is_dialog`]) may use reserved keys: they answer
/// questions.
pub const RESERVED: &[char] = &[];
