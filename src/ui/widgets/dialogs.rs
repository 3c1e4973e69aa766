//! The small dialogs of the session screens: a one-line prompt, a yes/no
//! question and the "session could not be opened" dialog.

use crate::domain::Target;
use crate::ui::core::mode::Mode;

use crate::ui::core::action::Action;
use crate::ui::keys::keymap;
use crate::ui::widgets::line_input::LineInput;

/// What a prompt's text is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptFor {
    /// The name of a new session.
    NewSession,
    /// The new name of session `from`.
    Rename { from: String },
    /// An action item, linked to a cause (or symptom) if any.
    ActionItem { cause: Option<Target> },
    /// The open session's attendees, separated by commas.
    Attendees,
    /// A new line for action item `index` (the actions screen's edit).
    EditAction { index: usize },
    /// The name of a new session that follows session `from`.
    NewFollowing { from: String },
}

/// A one-line prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub purpose: PromptFor,
    pub input: LineInput,
    /// Why the last entry was refused (e.g. a bad name), shown under the input.
    pub error: Option<String>,
    /// The mode to return to.
    pub back: Mode,
}

impl Prompt {
    pub fn new(purpose: PromptFor, text: &str, back: Mode) -> Self {
        Prompt {
            purpose,
            input: LineInput::with_text(text),
            error: None,
            back,
        }
    }

    /// The question above the input.
    pub fn title(&self) -> String {
        match &self.purpose {
            PromptFor::NewSession => "Name of the new session".to_string(),
            PromptFor::Rename { from } => format!("New name for \"{from}\""),
            PromptFor::ActionItem { .. } => {
                "Action item (optional: @owner, due:2026-12-01/today/tomorrow/fri)".to_string()
            }
            PromptFor::Attendees => "Attendees, separated by commas (empty: none)".to_string(),
            PromptFor::EditAction { .. } => {
                "Edit action item (text @owner due:2026-12-01/today/tomorrow/fri)".to_string()
            }
            PromptFor::NewFollowing { from } => {
                format!("Name of the session that follows \"{from}\"")
            }
        }
    }
}

/// What a yes/no question decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfirmFor {
    /// Delete session `name` and its backup.
    Delete { name: String },
    /// Keep (save) or discard the note editor's changes.
    KeepNote,
    /// Quit although what was recorded is only in memory (`what` says what).
    Quit { what: String },
    /// Reopen the session for writing, dropping what was recorded here
    /// while it was read-only (`what` says what).
    Reopen { what: String },
    /// Delete action item `index` (its text, to name it).
    DeleteAction { index: usize, text: String },
    /// `--session typed` names no saved session but `saved` is close: open
    /// `saved` (yes) or create `typed` (no, or cancel: what was typed).
    SimilarName { typed: String, saved: String },
}

/// A yes/no question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    pub purpose: ConfirmFor,
    /// The mode to return to.
    pub back: Mode,
}

impl Confirm {
    pub fn question(&self) -> String {
        match &self.purpose {
            ConfirmFor::Delete { name } => {
                format!("Delete session \"{name}\" and its backup? This cannot be undone.")
            }
            ConfirmFor::KeepNote => "Keep your changes to this note?".to_string(),
            ConfirmFor::DeleteAction { text, .. } => {
                format!("Delete the action item \"{text}\"?")
            }
            ConfirmFor::Reopen { what } => format!(
                "Reopen for writing? {what} only in memory and will be replaced by \
                 what the file holds. ({} keeps them here, read-only.)",
                keymap::key(Mode::Confirm, Action::Deny)
            ),
            ConfirmFor::SimilarName { typed, saved } => format!(
                "There is no session \"{typed}\". Did you mean \"{saved}\"? \
                 ({} opens \"{saved}\"; {} or {} creates \"{typed}\".)",
                keymap::key(Mode::Confirm, Action::Confirm),
                keymap::key(Mode::Confirm, Action::Deny),
                keymap::key(Mode::Confirm, Action::Cancel)
            ),
            ConfirmFor::Quit { what } => format!(
                "Quit? {what} only in memory and will be lost. \
                 ({} stays; then {} creates a session that keeps them.)",
                keymap::key(Mode::Confirm, Action::Deny),
                keymap::key(Mode::Browse, Action::OpenSessions)
            ),
        }
    }
}

/// A session that could not be opened, e.g. a damaged file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The session's name.
    pub name: String,
    /// The error, naming the file, line and column.
    pub message: String,
    /// The damaged file's path.
    pub path: Option<std::path::PathBuf>,
    /// Line and column of the damage, when known.
    pub at: Option<(usize, usize)>,
    /// Whether a backup (`NAME.ron.bak`) exists to open instead.
    pub backup: bool,
}

impl Problem {
    /// Whether the dialog offers `action` now: the backup only when there
    /// is one.
    pub fn offers(&self, action: crate::ui::core::action::Action) -> bool {
        action != crate::ui::core::action::Action::OpenBackup || self.backup
    }
}
