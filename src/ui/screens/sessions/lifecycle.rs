//! The session's life in the app: opening it at start-up, what the session
//! screens offer, saving on a timer and on exit.

use crate::storage::{SessionError, Store};
use crate::ui::core::action::Action;
use crate::ui::keys::keymap;

use crate::ui::app::App;
use crate::ui::core::mode::Mode;
use crate::ui::widgets::dialogs::{Confirm, ConfirmFor, Problem};

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
                self.say(self.opened_message(created));
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
    pub(crate) fn opened_message(&self, created: bool) -> String {
        let s = &self.sessions.state;
        let name = s.name().unwrap_or_default();
        let mut m = match s.read_only() {
            Some(reason) => format!("\"{name}\" is read-only: {reason}"),
            None => match &self.session.follows {
                // Offer the "since last time" screen (short enough for 80 columns).
                Some(old) => format!(
                    "\"{name}\" follows \"{old}\": {} shows what changed",
                    keymap::key(Mode::Browse, Action::OpenSince)
                ),
                // Short enough beside "NAME · saved" at 80 columns, which
                // already says that changes are saved.
                None if created => format!("Created new session \"{name}\""),
                None => format!("Opened session \"{name}\""),
            },
        };
        if !s.unknown.is_empty() {
            m.push_str(&format!(
                "; {} items name things this guide lacks (kept; {} lists them)",
                s.unknown.len(),
                keymap::key(Mode::Browse, Action::OpenSessions)
            ));
        }
        m
    }

    /// Shows why session `name` could not be opened: the problem dialog for
    /// a damaged file, the status bar for anything else.
    pub(crate) fn show_open_error(&mut self, name: &str, e: SessionError) {
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
                self.say(e.to_string());
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

    /// Saves the session if a change is due (see [`crate::ui::screens::sessions::state::SessionState::tick`])
    /// and returns how long the run loop may wait for input before calling
    /// again (`None`: nothing to save, wait for input).
    pub fn save_tick(&mut self, now: std::time::Instant) -> Option<std::time::Duration> {
        if let Some(Err(e)) = self.sessions.state.tick(&mut self.session, now) {
            self.say(format!("Not saved, retrying: {e}"));
        }
        if self.sessions.state.probe(now) {
            let key = keymap::key(Mode::Browse, Action::ReopenSession);
            let name = self.sessions.state.name().unwrap_or_default();
            self.say(format!(
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
