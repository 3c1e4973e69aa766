//! Team sessions in the app: the file behind `app.session` and saving it
//! ([`state`]), the session picker, the note editor, action items, exporting
//! minutes, and the dialogs for sessions that cannot be opened.
//!
//! Without `--session` the app starts with an in-memory session that is never
//! written; the status bar says "no session (S: sessions)" and the picker (`S`)
//! creates one (keeping what was recorded so far) or opens one.

pub mod attendees;
mod dialog_update;
pub mod dialogs;
pub mod keys;
pub mod note_editor;
pub mod notes;
pub mod picker;
pub mod state;
mod update;
pub mod view;

use crate::storage::{SessionError, Store};
use crate::ui::core::action::Action;
use crate::ui::keys::keymap;

use crate::ui::app::App;
use crate::ui::core::mode::Mode;
use dialogs::{Confirm, ConfirmFor, Problem, Prompt};
use note_editor::NoteEditor;
use picker::Picker;
use state::SessionState;

/// Everything the session screens keep.
#[derive(Debug)]
pub struct SessionUi {
    pub state: SessionState,
    pub picker: Picker,
    pub editor: Option<NoteEditor>,
    /// Where the note editor returns to.
    pub editor_back: Mode,
    pub prompt: Option<Prompt>,
    pub confirm: Option<Confirm>,
    /// A session that could not be opened.
    pub problem: Option<Problem>,
}

impl Default for SessionUi {
    fn default() -> Self {
        SessionUi {
            state: SessionState::in_memory(None),
            picker: Picker::default(),
            editor: None,
            editor_back: Mode::Browse,
            prompt: None,
            confirm: None,
            problem: None,
        }
    }
}

impl App {
    /// Start-up: remembers the store and opens `--session NAME` if given.
    /// A damaged file (or one from a newer format that cannot be read) opens
    /// the problem dialog; other errors (a bad name, an unreadable folder)
    /// are returned for the command line to print.
    pub fn start_session(
        &mut self,
        store: Option<Store>,
        name: Option<&str>,
    ) -> Result<(), SessionError> {
        self.sessions.state.set_store(store.clone());
        let (Some(store), Some(name)) = (store, name) else {
            return Ok(());
        };
        // A name that is not saved but close to one that is reads as a typo:
        // ask before creating an empty session under it.
        if crate::storage::SessionName::parse(name).is_ok()
            && let Some(saved) = store.similar_saved(name)
        {
            self.sessions.confirm = Some(Confirm {
                purpose: ConfirmFor::SimilarName {
                    typed: name.to_string(),
                    saved,
                },
                back: Mode::Browse,
            });
            self.mode = Mode::Confirm;
            return Ok(());
        }
        let created = !store.exists(name);
        match store.open_or_create(name, &self.graph) {
            Ok(open) => {
                self.session = self.sessions.state.adopt(open, &self.graph);
                self.restore_place();
                self.browse.message = Some(self.opened_message(created));
                self.reflow();
                Ok(())
            }
            Err(e @ (SessionError::Corrupt { .. } | SessionError::NewerSchema { .. })) => {
                self.show_open_error(name, e);
                self.reflow();
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Whether the current dialog offers `action` now (the status bar hints
    /// only what it offers): the damaged-file dialog offers its backup only
    /// when there is one.
    pub fn offers(&self, action: Action) -> bool {
        match (&self.sessions.problem, self.mode) {
            (Some(problem), Mode::Problem) => problem.offers(action),
            _ => true,
        }
    }

    /// A line for the status bar after opening a session (`created`: its
    /// file did not exist before).
    fn opened_message(&self, created: bool) -> String {
        let s = &self.sessions.state;
        let name = s.name().unwrap_or_default();
        let mut m = match s.read_only() {
            Some(reason) => format!("\"{name}\" is read-only: {reason}"),
            None => match &self.session.follows {
                // Offer the "since last time" screen (short enough for 80 columns).
                Some(old) => format!(
                    "\"{name}\" follows \"{old}\": {} shows what changed",
                    keymap::key_for(Mode::Browse, Action::OpenSince).unwrap_or_default()
                ),
                // Short enough beside "NAME · saved" at 80 columns, which
                // already says that changes are saved.
                None if created => format!("Created new session \"{name}\""),
                None => format!("Opened session \"{name}\""),
            },
        };
        if !s.unknown.is_empty() {
            m.push_str(&format!(
                "; {} items name things this guide lacks (kept; S lists them)",
                s.unknown.len()
            ));
        }
        m
    }

    /// Shows why session `name` could not be opened: the problem dialog for
    /// a damaged file, the status bar for anything else.
    fn show_open_error(&mut self, name: &str, e: SessionError) {
        // The dialog shows the file and the place on their own lines and
        // lists what can be done, so its message only says what is wrong.
        let (path, at, message) = match &e {
            SessionError::Corrupt {
                path,
                line,
                column,
                message,
            } => (
                Some(path.clone()),
                Some((*line, *column)),
                format!(
                    "The session file is damaged: {}.",
                    message.trim_end().trim_end_matches('.')
                ),
            ),
            SessionError::NewerSchema {
                path,
                found,
                supported,
            } => (
                Some(path.clone()),
                None,
                format!(
                    "A newer cdtriage wrote it (session format {found}; this one reads up \
                     to {supported}), so this one cannot read it."
                ),
            ),
            _ => {
                self.browse.message = Some(e.to_string());
                return;
            }
        };
        let backup = self
            .sessions
            .state
            .store()
            .is_some_and(|store| store.has_backup(name));
        self.sessions.problem = Some(Problem {
            name: name.to_string(),
            message,
            path,
            at,
            backup,
        });
        self.mode = Mode::Problem;
    }

    /// Saves the session if a change is due (see [`state::SessionState::tick`])
    /// and returns how long the run loop may wait for input before calling
    /// again (`None`: nothing to save, wait for input).
    pub fn save_tick(&mut self, now: std::time::Instant) -> Option<std::time::Duration> {
        if let Some(Err(e)) = self.sessions.state.tick(&mut self.session, now) {
            self.browse.message = Some(format!("Not saved, retrying: {e}"));
        }
        if self.sessions.state.probe(now) {
            let key = keymap::key_for(Mode::Browse, Action::ReopenSession).unwrap_or_default();
            let name = self.sessions.state.name().unwrap_or_default();
            self.browse.message = Some(format!(
                "The other terminal closed \"{name}\": {key} reopens it for writing"
            ));
        }
        self.sessions.state.timeout(&self.session, now)
    }

    /// Writes unsaved changes (the run loop calls this on quit).
    pub fn flush_session(&mut self) -> Result<(), String> {
        self.remember_place();
        self.sessions.state.flush(&mut self.session)
    }
}
