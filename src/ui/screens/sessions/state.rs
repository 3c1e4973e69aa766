//! The open team session and when to save it.
//!
//! The app keeps one [`Session`] (`app.session`); everyone changes it in
//! place. This state remembers the copy last written to disk, so "unsaved
//! changes" is simply `app.session != saved`: no revision counter that a
//! screen could forget to bump. A change is written [`DEBOUNCE`] after it is
//! first noticed, a failed write is retried every [`RETRY`], and the run loop
//! writes whatever is left on quit.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::domain::{Graph, Session};
use crate::storage::{OpenSession, ReadOnlyReason, Store};
use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::keys::keymap;
use crate::ui::screens::sessions::note_editor::NoteEditor;
use crate::ui::screens::sessions::picker::Picker;
use crate::ui::widgets::dialogs::{Confirm, Problem, Prompt};

/// How long after a change is noticed it is written.
pub const DEBOUNCE: Duration = Duration::from_millis(300);
/// How long after a failed write the next attempt is made.
pub const RETRY: Duration = Duration::from_secs(1);
/// How often a session that is read-only because another terminal has it
/// checks whether that terminal has let go.
pub const LOCK_POLL: Duration = Duration::from_secs(1);

/// The file behind `app.session`, if any, and the save schedule.
#[derive(Debug)]
pub struct SessionState {
    store: Option<Store>,
    /// `None`: an in-memory session that is never written.
    open: Option<OpenSession>,
    /// The session as last read or written (`None` while none is open).
    saved: Option<Session>,
    /// When the next write is due (set once unsaved changes are noticed).
    due: Option<Instant>,
    /// The last write's error, until a write succeeds.
    pub save_error: Option<String>,
    /// Items in the session that name ids the guide does not have.
    pub unknown: Vec<String>,
    /// Read-only because another terminal had it, and now no one has.
    free_again: bool,
    /// When to check the other terminal's lock next (`None`: at once).
    next_probe: Option<Instant>,
    /// Counts the sessions adopted and closed: when it moves, another
    /// session (or the file's version of this one) replaced `app.session`.
    generation: u64,
}

impl SessionState {
    /// No session file: the app's session lives in memory only.
    pub fn in_memory(store: Option<Store>) -> Self {
        SessionState {
            store,
            open: None,
            saved: None,
            due: None,
            save_error: None,
            unknown: Vec::new(),
            free_again: false,
            next_probe: None,
            generation: 0,
        }
    }

    /// Changes each time a session is adopted or closed (undo forgets what
    /// was recorded for the session before).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Sets where sessions are stored (at start-up).
    pub fn set_store(&mut self, store: Option<Store>) {
        self.store = store;
    }

    /// The session store, if a config directory is known.
    pub fn store(&self) -> Option<&Store> {
        self.store.as_ref()
    }

    /// The open session's name, if one is open.
    pub fn name(&self) -> Option<&str> {
        self.open.as_ref().map(|o| o.name().as_str())
    }

    /// The open session's file.
    pub fn path(&self) -> Option<&Path> {
        self.open.as_ref().map(OpenSession::path)
    }

    /// Why the open session is not written, if it is read-only.
    pub fn read_only(&self) -> Option<ReadOnlyReason> {
        self.open.as_ref().and_then(OpenSession::read_only)
    }

    fn writable(&self) -> bool {
        self.open.as_ref().is_some_and(|o| !o.is_read_only())
    }

    /// Whether `session` differs from what is on disk and will be written.
    pub fn is_dirty(&self, session: &Session) -> bool {
        self.writable() && self.saved.as_ref() != Some(session)
    }

    /// What quitting now would lose, e.g. "2 answers and 1 note are", or
    /// `None` when everything is on disk (or nothing was recorded). Work is
    /// lost when no session file is open, or the open one is read-only.
    pub fn unsaved_summary(&self, session: &Session) -> Option<String> {
        if self.writable() {
            return None;
        }
        let base = match &self.saved {
            Some(saved) if saved == session => return None,
            Some(saved) => saved,
            None => {
                let f = &session.findings;
                if f.marked.is_empty()
                    && f.answers.is_empty()
                    && session.notes.is_empty()
                    && session.actions.is_empty()
                {
                    return None;
                }
                return Some(describe_work(session, None));
            }
        };
        Some(describe_work(session, Some(base)))
    }

    /// Makes `open` the current session; returns the session for `app.session`.
    /// The previous one must have been closed with [`SessionState::close`].
    pub fn adopt(&mut self, open: OpenSession, graph: &Graph) -> Session {
        let session = open.session.clone();
        self.unknown = session.unknown_refs(graph);
        self.saved = Some(session.clone());
        self.open = Some(open);
        self.due = None;
        self.save_error = None;
        self.free_again = false;
        self.next_probe = None;
        self.generation += 1;
        session
    }

    /// Whether the session is read-only only because another terminal had
    /// it, and that terminal has let go (see [`SessionState::probe`]).
    pub fn free_again(&self) -> bool {
        self.free_again
    }

    fn waits_for_lock(&self) -> bool {
        self.read_only() == Some(ReadOnlyReason::Locked) && !self.free_again
    }

    /// While the session is read-only because another terminal has it,
    /// checks (every [`LOCK_POLL`]) whether that terminal let go. Returns
    /// true the moment it finds the lock free.
    pub fn probe(&mut self, now: Instant) -> bool {
        if !self.waits_for_lock() || self.next_probe.is_some_and(|at| now < at) {
            return false;
        }
        self.next_probe = Some(now + LOCK_POLL);
        let (Some(store), Some(name)) = (&self.store, self.name()) else {
            return false;
        };
        self.free_again = store.lock_is_free(name);
        self.free_again
    }

    /// How long the run loop may wait for input before calling
    /// [`SessionState::tick`]; `None` to wait for input only.
    pub fn timeout(&self, session: &Session, now: Instant) -> Option<Duration> {
        if self.waits_for_lock() {
            let at = self.next_probe.unwrap_or(now);
            return Some(at.saturating_duration_since(now));
        }
        if !self.is_dirty(session) {
            return None;
        }
        Some(
            self.due
                .map_or(DEBOUNCE, |due| due.saturating_duration_since(now)),
        )
    }

    /// Called by the run loop after every event and timeout: schedules a
    /// write when changes are first noticed and writes once it is due.
    /// Returns the result of a write, if one was attempted.
    pub fn tick(&mut self, session: &mut Session, now: Instant) -> Option<Result<(), String>> {
        if !self.is_dirty(session) {
            self.due = None;
            return None;
        }
        let due = *self.due.get_or_insert(now + DEBOUNCE);
        if now < due {
            return None;
        }
        let result = self.write(session);
        if result.is_err() {
            self.due = Some(now + RETRY);
        }
        Some(result)
    }

    /// Writes unsaved changes now (on quit and before switching sessions).
    pub fn flush(&mut self, session: &mut Session) -> Result<(), String> {
        if self.is_dirty(session) {
            self.write(session)
        } else {
            Ok(())
        }
    }

    /// Writes the session and, if that worked, releases its file and lock;
    /// `session` becomes an in-memory session. On error nothing is closed.
    pub fn close(&mut self, session: &mut Session) -> Result<(), String> {
        self.flush(session)?;
        self.open = None;
        self.saved = None;
        self.unknown.clear();
        self.due = None;
        self.generation += 1;
        Ok(())
    }

    fn write(&mut self, session: &mut Session) -> Result<(), String> {
        let (Some(store), Some(open)) = (&self.store, &mut self.open) else {
            return Ok(());
        };
        if open.is_read_only() {
            return Ok(());
        }
        open.session = session.clone();
        match store.save(open) {
            Ok(()) => {
                session.updated = open.session.updated;
                self.saved = Some(session.clone());
                self.due = None;
                self.save_error = None;
                Ok(())
            }
            Err(e) => {
                let message = e.to_string();
                self.save_error = Some(message.clone());
                Err(message)
            }
        }
    }

    /// The status bar's session part: name and saved state.
    pub fn status(&self, session: &Session) -> String {
        let Some(name) = self.name() else {
            return format!(
                "no session ({} opens one)",
                keymap::key(Mode::Browse, Action::OpenSessions)
            );
        };
        if self.free_again {
            let key = keymap::key(Mode::Browse, Action::ReopenSession);
            return format!("{name} · free again: {key} reopens it for writing");
        }
        if let Some(reason) = self.read_only() {
            return format!("{name} · read-only: {}", short_reason(reason));
        }
        if self.save_error.is_some() {
            return format!("{name} · NOT SAVED (retrying)");
        }
        if self.is_dirty(session) {
            format!("{name} · unsaved changes")
        } else {
            format!("{name} · saved")
        }
    }
}

/// A few words for the status bar; the full reason is shown when opening.
pub fn short_reason(reason: ReadOnlyReason) -> &'static str {
    match reason {
        ReadOnlyReason::Locked => "open in another terminal",
        ReadOnlyReason::NewerSchema { .. } => "newer file format",
        ReadOnlyReason::Backup => "backup copy",
        ReadOnlyReason::Symlink => "file is a symbolic link",
        ReadOnlyReason::BackupSymlink => "backup is a symbolic link",
        ReadOnlyReason::FileReadOnly => "file is read-only",
        ReadOnlyReason::FolderReadOnly => "folder is read-only",
    }
}

/// "3 marks, 2 answers and 1 note are" (counting what differs from `base`).
fn describe_work(session: &Session, base: Option<&Session>) -> String {
    let count = |now: usize, before: usize| now.abs_diff(before);
    let b = base;
    let parts: Vec<String> = [
        (
            count(
                session.findings.marked.len(),
                b.map_or(0, |b| b.findings.marked.len()),
            ),
            "mark",
        ),
        (
            count(
                session.findings.given_count(),
                b.map_or(0, |b| b.findings.given_count()),
            ),
            "answer",
        ),
        (
            count(session.notes.len(), b.map_or(0, |b| b.notes.len())),
            "note",
        ),
        (
            count(session.actions.len(), b.map_or(0, |b| b.actions.len())),
            "action item",
        ),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, word)| crate::ui::core::words::plural(n, word))
    .collect();
    match parts.as_slice() {
        [] => "Your changes are".to_string(),
        [one] => format!("{one} {}", if one.starts_with("1 ") { "is" } else { "are" }),
        [rest @ .., last] => format!("{} and {last} are", rest.join(", ")),
    }
}
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
