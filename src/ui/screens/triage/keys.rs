//! The key tables of the triage checklist and the ranked causes; their
//! shared head and tail rows come from `keys/diagnosis.rs`.

use ratatui::crossterm::event::KeyCode;

use crate::ui::core::action::Action;
use crate::ui::keys::diagnosis::{diagnosis_table, open};
use crate::ui::keys::undo::UNDO;
use crate::ui::keys::vocab::{Hint, Key, KeyRow, code, plain, row};

/// All symptoms, to mark the ones the team sees.
pub const CHECKLIST: &[KeyRow] = diagnosis_table![
    UNDO;
    row(
        &[plain(' ')],
        Action::ToggleMark,
        "mark",
        "Mark or unmark the highlighted symptom: \"we see this\"",
        Hint::Always,
    ),
    row(
        &[code(KeyCode::Enter), plain('a')],
        Action::AnswerQuestions,
        "answer marked",
        "Answer the questions of every marked symptom in turn, then rank the causes",
        Hint::Always,
    ),
    row(
        &[plain('r')],
        Action::ShowRanking,
        "ranking",
        "Show the ranked causes of the marked symptoms now",
        Hint::Always,
    ),
    row(
        &[Key::AnyDigit],
        Action::Digit(0),
        "go to №",
        "Type a symptom's number to highlight it (1 then 1 is 11)",
        Hint::Never,
    ),
];

/// The ranked root causes, their reasons, and symptoms to add.
pub const RANKED: &[KeyRow] = diagnosis_table![
    UNDO;
    open("Open the highlighted cause's (or symptom's) page"),
    row(
        &[plain('+')],
        Action::AddToTriage,
        "add",
        "Add the highlighted suggested symptom to the triage",
        Hint::Always,
    ),
    row(
        &[plain('a')],
        Action::AnswerQuestions,
        "answer",
        "Answer the questions of the marked symptoms not answered yet",
        Hint::Always,
    ),
    row(
        &[plain('o')],
        Action::OpenUrl,
        "browser",
        "Open the highlighted cause on the site, in the browser (or show its URL)",
        Hint::Always,
    ),
    row(
        &[plain('t')],
        Action::OpenTriage,
        "checklist",
        "Back to the triage checklist",
        Hint::Never,
    ),
];
