//! The main screen's key table (see [`crate::ui::keys::keymap`]): the symptom list,
//! the page and the links.

use ratatui::crossterm::event::KeyCode;

use crate::ui::core::action::Action;
use crate::ui::keys::vocab::{Hint, Key, KeyRow, LISTS, Place, QUIT, alt, code, plain, row};

/// `/` on the main screen.
const SEARCH: KeyRow = row(
    &[plain('/')],
    Action::OpenSearch,
    "search",
    "Search every page, passage, question and note",
    Hint::Always,
);

/// `n` on the main screen.
const NEXT_MATCH: KeyRow = row(
    &[plain('n')],
    Action::MatchNext,
    "next match",
    "Jump to the next match of the last search on this page",
    Hint::In(&[Place::Page]),
);

/// `N` on the main screen.
const PREV_MATCH: KeyRow = row(
    &[plain('N')],
    Action::MatchPrev,
    "previous match",
    "Jump to the previous match of the last search on this page",
    Hint::Never,
);

/// Opens the action items screen.
const ACTIONS: KeyRow = row(
    &[plain('x')],
    Action::OpenActions,
    "actions",
    "Action items: tick done, edit, delete, open the linked page",
    Hint::Never,
);

/// Opens the screen from the main screen.
const SINCE: KeyRow = row(
    &[plain('c')],
    Action::OpenSince,
    "since last time",
    "Since last time: what changed since the session this one follows (--from)",
    Hint::Never,
);

/// The main screen: symptom list, page and links. Rows are in order of
/// importance: the status bar shows hints in table order and drops the last
/// ones first, so help, quit and search stay at 80 columns; the help lists
/// them in the same order, related keys together (Tab and Shift-Tab, b and f).
pub const BROWSE: &[KeyRow] = &[
    row(
        &[plain('?')],
        Action::ToggleHelp,
        "help",
        "Show or hide this help",
        Hint::Always,
    ),
    QUIT,
    SEARCH,
    row(
        &[code(KeyCode::Enter)],
        Action::Open,
        "open",
        "Read the selected symptom, or follow the selected link",
        LISTS,
    ),
    row(
        &[code(KeyCode::Tab)],
        Action::FocusNext,
        "next pane",
        "Focus the next pane (list, page, links)",
        Hint::Always,
    ),
    row(
        &[code(KeyCode::BackTab)],
        Action::FocusPrev,
        "previous pane",
        "Focus the previous pane",
        Hint::Never,
    ),
    row(
        &[plain('b'), code(KeyCode::Backspace), alt(KeyCode::Left)],
        Action::Back,
        "back",
        "Go back to the previous page",
        Hint::Always,
    ),
    row(
        &[plain('f'), alt(KeyCode::Right)],
        Action::Forward,
        "forward",
        "Go forward again",
        Hint::Never,
    ),
    row(
        &[Key::AnyDigit],
        Action::Digit(0),
        "go to №",
        "Type a symptom's number to show it (1 then 1 shows 11)",
        Hint::In(&[Place::List]),
    ),
    row(
        &[plain('i')],
        Action::ToggleAbout,
        "about",
        "About: source, authors, license, what this app changed",
        Hint::Never,
    ),
    row(
        &[plain('t')],
        Action::OpenTriage,
        "triage",
        "Triage: mark the symptoms you see, answer their questions, rank the causes",
        Hint::Always,
    ),
    row(
        &[plain('a')],
        Action::AnswerQuestions,
        "answer",
        "Answer the guided questions of the symptom shown (or selected)",
        Hint::In(&[Place::List, Place::Page]),
    ),
    row(
        &[plain('r')],
        Action::ShowRanking,
        "ranking",
        "Show the ranked root causes of the marked symptoms",
        Hint::Never,
    ),
    row(
        &[plain('o')],
        Action::OpenUrl,
        "browser",
        "Open the page shown on the site, in the browser (or show its URL)",
        Hint::Never,
    ),
    row(
        &[plain('y')],
        Action::CopyUrl,
        "copy URL",
        "Copy the URL of the page shown (OSC 52: where the terminal allows it)",
        Hint::Never,
    ),
    row(
        &[plain('S')],
        Action::OpenSessions,
        "sessions",
        "Team sessions: open, create, rename, delete; general notes",
        Hint::Never,
    ),
    row(
        &[plain('E')],
        Action::EditNote,
        "note",
        "Write or edit the team's note on the page shown",
        Hint::In(&[Place::Page]),
    ),
    row(
        &[plain('R')],
        Action::ReopenSession,
        "reopen",
        "Reopen for writing once the other terminal has closed the session",
        Hint::Never,
    ),
    row(
        &[plain('A')],
        Action::AddActionItem,
        "action item",
        "Add an action item to the page shown (text @owner due:2026-12-01/today/fri)",
        Hint::Never,
    ),
    row(
        &[plain('e')],
        Action::ExportMinutes,
        "export",
        "Write the session's minutes (Markdown) to the exports folder",
        Hint::Never,
    ),
    NEXT_MATCH,
    PREV_MATCH,
    row(
        &[plain('p')],
        Action::TogglePresenter,
        "presenter",
        "Presenter view on or off (for a shared screen)",
        Hint::Never,
    ),
    row(
        &[code(KeyCode::Esc)],
        Action::QuitHint,
        "how to quit",
        "Does not quit: says which key quits (so a stray Esc loses nothing)",
        Hint::Never,
    ),
    ACTIONS,
    SINCE,
    crate::ui::keys::undo::UNDO,
    crate::ui::keys::undo::REDO,
    row(
        &[plain('X')],
        Action::FixStepToAction,
        "step → action",
        "On an anti-pattern page: the fix step marked ▶ becomes an action item",
        Hint::Never,
    ),
    row(
        &[plain('F')],
        Action::FindSymptom,
        "find symptom",
        "Find your symptom: the site's own questionnaire (imported guides)",
        Hint::Never,
    ),
];
