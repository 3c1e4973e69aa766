//! The key tables of the question screen and the per-symptom summary, and
//! the rows every diagnosis screen's table shares (the triage checklist's
//! and the ranked causes' are in `screens/triage/keys.rs`). They are
//! rows of [`crate::ui::keys::keymap`], so help and the status bar come from them.

use ratatui::crossterm::event::KeyCode;

use crate::domain::Answer;

use crate::ui::core::action::Action;
use crate::ui::keys::diagnosis::{diagnosis_table, open};
use crate::ui::keys::undo::{UNDO, UNDO_CTRL};
use crate::ui::keys::vocab::{Hint, Key, KeyRow, code, plain, row};

/// An answer to the question, by its letter and its digit.
const fn answer(
    keys: &'static [Key],
    answer: Answer,
    label: &'static str,
    description: &'static str,
) -> KeyRow {
    row(
        keys,
        Action::Answer(answer),
        label,
        description,
        Hint::Never,
    )
}

const BACK_KEYS: &[Key] = &[code(KeyCode::Left), plain('h'), code(KeyCode::Backspace)];

/// One question at a time.
pub const QUESTION: &[KeyRow] = diagnosis_table![
    UNDO_CTRL;
    row(
        &[plain('p')],
        Action::TogglePresenter,
        "presenter",
        "Presenter view on or off: hides the status bar for a shared screen",
        Hint::Never,
    ),
    row(
        BACK_KEYS,
        Action::PreviousQuestion,
        "previous",
        "Go back to the previous question to change its answer",
        Hint::Always,
    ),
    row(
        &[plain('o')],
        Action::OpenUrl,
        "browser",
        "Open the cause's page on the site, in the browser (or show its URL)",
        Hint::Always,
    ),
    answer(
        &[plain('y'), plain('1')],
        Answer::Yes,
        "yes",
        "Yes: the answer to the guide's question (or its condition) is yes",
    ),
    answer(
        &[plain('n'), plain('2')],
        Answer::No,
        "no",
        "No: the answer to the guide's question is no",
    ),
    answer(
        &[plain('u'), plain('3')],
        Answer::Unsure,
        "unsure",
        "Unsure: the team does not know (weak evidence for the cause)",
    ),
    answer(
        &[plain('s'), plain('4')],
        Answer::Skip,
        "skip",
        "Skip: not answered (counts nothing)",
    ),
    row(
        &[plain('E')],
        Action::EditNote,
        "note",
        "Write or edit the team's note on this question (shown on its symptom's page)",
        Hint::Never,
    ),
    row(
        &[plain('v')],
        Action::RevisitShared,
        "revisit",
        "Also show the questions answered on another symptom (the triage skips them)",
        Hint::Never,
    ),
];

/// The end of one symptom's questions.
pub const SUMMARY: &[KeyRow] = diagnosis_table![
    UNDO;
    open("Open the highlighted cause's page, or continue to the triage"),
    row(
        &[plain('t')],
        Action::OpenTriage,
        "triage",
        "Continue to the triage checklist",
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
        &[plain('+')],
        Action::AddToTriage,
        "add",
        "Add the highlighted symptom to the triage",
        Hint::Never,
    ),
    row(
        BACK_KEYS,
        Action::PreviousQuestion,
        "change answers",
        "Go back to the last question to change answers",
        Hint::Never,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_has_a_letter_and_a_digit() {
        for (i, a) in Answer::ALL.iter().enumerate() {
            let r = QUESTION
                .iter()
                .find(|r| r.action == Action::Answer(*a))
                .expect("a row per answer");
            let digit = char::from(b'1' + u8::try_from(i).expect("four answers"));
            assert!(r.keys.contains(&plain(digit)), "{a:?} has {digit}");
        }
    }
}
