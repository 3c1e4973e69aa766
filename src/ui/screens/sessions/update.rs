//! The session screens' part of [`App::update`]: the picker, prompts,
//! questions, the note editor and the problem dialog, plus the main screen's
//! session keys (`S`, `E`, `A`, `e`).

use crate::domain::{ActionItem, NoteTarget, Session, Target};
use crate::storage::export::{self, write_minutes};
use crate::storage::{ReadOnlyReason, SessionName, Store, now};
use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::history::Page;
use crate::ui::core::mode::Mode;

use crate::ui::keys::keymap;
use crate::ui::screens::sessions::note_editor::NoteEditor;
use crate::ui::widgets::dialogs::{Confirm, ConfirmFor, Prompt, PromptFor};

impl App {
    /// Handles `action` if it belongs to the session screens; `None` if the
    /// rest of [`App::update`] should handle it.
    pub(crate) fn session_action(&mut self, action: Action) -> Option<Option<Action>> {
        if matches!(
            action,
            Action::Resize { .. } | Action::Click { .. } | Action::Scroll { .. } | Action::Quit
        ) {
            return None;
        }
        match (self.mode, action) {
            (Mode::Browse, Action::OpenSessions) => self.open_picker(),
            (Mode::Browse, Action::EditNote) => self.edit_page_note(),
            (Mode::Question, Action::EditNote) => self.edit_question_note(),
            (Mode::Browse, Action::AddActionItem) => self.ask_action_item(),
            (Mode::Browse, Action::ExportMinutes) => self.export_minutes(),
            (Mode::Browse, Action::ReopenSession) => self.reopen_session(),
            (Mode::Sessions, a) => self.picker_action(a),
            (Mode::NameInput, a) => self.prompt_action(a),
            (Mode::Confirm, a) => self.confirm_action(a),
            (Mode::Note, a) => self.note_action(a),
            (Mode::Problem, a) => self.problem_action(a),
            _ => return None,
        }
        Some(None)
    }

    fn open_picker(&mut self) {
        let current = self.sessions.state.name().map(str::to_string);
        let store = self.sessions.state.store().cloned();
        self.sessions
            .picker
            .refresh(store.as_ref(), current.as_deref());
        self.mode = Mode::Sessions;
    }

    /// What the page shown is, as a note target and in words.
    fn page_item(&self) -> Option<(NoteTarget, String, Target)> {
        match self.browse.page {
            Page::Symptom(i) => self.graph.symptoms.get(i).map(|s| {
                let t = Target::Symptom(s.id.clone());
                (NoteTarget::Symptom(s.id.clone()), s.title.clone(), t)
            }),
            Page::AntiPattern(i) => self.graph.anti_patterns.get(i).map(|a| {
                let t = Target::AntiPattern(a.id.clone());
                (NoteTarget::AntiPattern(a.id.clone()), a.name.clone(), t)
            }),
        }
    }

    fn edit_page_note(&mut self) {
        if let Some((target, about, _)) = self.page_item() {
            self.open_editor(target, about, Mode::Browse);
        }
    }

    fn edit_question_note(&mut self) {
        let Some(q) = self.guided.walk.current().cloned() else {
            return;
        };
        let about = match self.graph.question(&q) {
            Some(question) => question.question.clone(),
            None => format!("question {}", q.index + 1),
        };
        self.open_editor(NoteTarget::Question(q), about, Mode::Question);
    }

    pub(super) fn open_editor(&mut self, target: NoteTarget, about: String, back: Mode) {
        let editor = NoteEditor::open(&self.session, target, about, self.theme.text);
        self.sessions.editor = Some(editor);
        self.sessions.editor_back = back;
        self.mode = Mode::Note;
    }

    fn ask_action_item(&mut self) {
        let cause = self.page_item().map(|(_, _, t)| t);
        self.ask(PromptFor::ActionItem { cause }, "", Mode::Browse);
    }

    pub(super) fn ask(&mut self, purpose: PromptFor, text: &str, back: Mode) {
        self.sessions.prompt = Some(Prompt::new(purpose, text, back));
        self.mode = Mode::NameInput;
    }

    fn export_minutes(&mut self) {
        let Some(store) = self.sessions.state.store() else {
            self.say("No config directory to export to");
            return;
        };
        let causes = export::ranked_causes(&self.session, &self.graph);
        let text = export::to_markdown(&self.session, &self.graph, &causes);
        let name = self.sessions.state.name().unwrap_or("unsaved");
        self.say(match write_minutes(store, name, now(), &text) {
            Ok(path) => format!("Minutes written to {}", path.display()),
            Err(e) => format!("Minutes not written: {e}"),
        });
    }

    /// `R`: reopens a session that is read-only because another terminal
    /// had it, if that terminal has let go; asks first when something was
    /// recorded here in the meantime.
    fn reopen_session(&mut self) {
        let state = &self.sessions.state;
        let Some(name) = state.name().map(str::to_string) else {
            let key = keymap::key(Mode::Browse, Action::OpenSessions);
            self.say(format!("No session is open ({key} opens one)"));
            return;
        };
        if state.read_only() != Some(ReadOnlyReason::Locked) {
            self.say(match state.read_only() {
                Some(reason) => format!("\"{name}\" stays read-only: {reason}"),
                None => format!("\"{name}\" is already open for writing"),
            });
            return;
        }
        match state.unsaved_summary(&self.session) {
            Some(what) => {
                self.sessions.confirm = Some(Confirm {
                    purpose: ConfirmFor::Reopen { what },
                    back: Mode::Browse,
                });
                self.mode = Mode::Confirm;
            }
            None => self.reopen_now(&name),
        }
    }

    /// Reads session `name` again and takes its lock, if it is free.
    pub(super) fn reopen_now(&mut self, name: &str) {
        let Some(store) = self.sessions.state.store().cloned() else {
            return;
        };
        match store.open_or_create(name, &self.graph) {
            Ok(open) if open.read_only() == Some(ReadOnlyReason::Locked) => {
                self.say(format!(
                    "\"{name}\" is still open in another terminal: it stays read-only"
                ));
            }
            Ok(open) => {
                // The read-only copy is never written (closing it writes
                // nothing): the file's version replaces it.
                self.switch_to(open, false);
                if self.sessions.state.read_only().is_none() {
                    self.say(format!(
                        "Reopened \"{name}\" for writing: read again from its file"
                    ));
                }
            }
            Err(e) => self.show_open_error(name, e),
        }
    }

    fn picker_action(&mut self, action: Action) {
        let picker = &mut self.sessions.picker;
        match action {
            Action::Down => picker.step(1),
            Action::Up => picker.step(-1),
            Action::PageDown | Action::HalfPageDown => picker.step(5),
            Action::PageUp | Action::HalfPageUp => picker.step(-5),
            Action::Top => picker.to_end(false),
            Action::Bottom => picker.to_end(true),
            Action::Cancel => self.mode = Mode::Browse,
            Action::NewSession => self.ask(PromptFor::NewSession, "", Mode::Sessions),
            Action::NewFollowingSession => {
                if let Some(from) = picker.selected().map(|s| s.name.clone()) {
                    self.ask(PromptFor::NewFollowing { from }, "", Mode::Sessions);
                }
            }
            Action::EditGeneralNote => {
                self.open_editor(NoteTarget::General, "the session".into(), Mode::Sessions);
            }
            Action::EditAttendees => self.ask_attendees(),
            Action::Confirm => {
                if let Some(name) = picker.selected().map(|s| s.name.clone()) {
                    self.open_named(&name);
                }
            }
            Action::RenameSession => {
                if let Some(name) = picker.selected().map(|s| s.name.clone()) {
                    let purpose = PromptFor::Rename { from: name.clone() };
                    self.ask(purpose, &name, Mode::Sessions);
                }
            }
            Action::DeleteSession => {
                let Some(name) = picker.selected().map(|s| s.name.clone()) else {
                    return;
                };
                if self.sessions.state.name() == Some(name.as_str()) {
                    self.say("This session is open: open another one before deleting it");
                    return;
                }
                self.sessions.confirm = Some(Confirm {
                    purpose: ConfirmFor::Delete { name },
                    back: Mode::Sessions,
                });
                self.mode = Mode::Confirm;
            }
            _ => {}
        }
    }

    /// Saves the current session, then opens `name` (or creates it).
    pub fn open_named(&mut self, name: &str) {
        if self.sessions.state.name() == Some(name) {
            self.mode = Mode::Browse;
            if self.sessions.state.read_only() == Some(ReadOnlyReason::Locked) {
                self.reopen_session();
            }
            return;
        }
        let Some(store) = self.sessions.state.store().cloned() else {
            self.say("No config directory for sessions");
            return;
        };
        self.remember_place();
        if let Err(e) = self.sessions.state.flush(&mut self.session) {
            self.say(format!("Not switched: the current session {e}"));
            return;
        }
        let created = !store.exists(name);
        match store.open_or_create(name, &self.graph) {
            Ok(open) => self.switch_to(open, created),
            Err(e) => self.show_open_error(name, e),
        }
    }

    /// Releases the current session and shows `open` (`created`: its file
    /// is new).
    pub(super) fn switch_to(&mut self, open: crate::storage::OpenSession, created: bool) {
        self.remember_place();
        if let Err(e) = self.sessions.state.close(&mut self.session) {
            // `open` is dropped (its lock released); the current one stays.
            self.say(format!("Not switched: the current session {e}"));
            return;
        }
        self.session = self.sessions.state.adopt(open, &self.graph);
        self.restore_place();
        self.sessions.problem = None;
        self.mode = Mode::Browse;
        self.say(self.opened_message(created));
    }

    fn prompt_action(&mut self, action: Action) {
        let Some(prompt) = self.sessions.prompt.as_mut() else {
            self.mode = Mode::Browse;
            return;
        };
        match action {
            Action::TextKey(key) => {
                prompt.input.key(key);
                prompt.error = None;
            }
            Action::Cancel => {
                self.mode = prompt.back;
                self.sessions.prompt = None;
            }
            Action::Confirm => {
                let (purpose, text) = (prompt.purpose.clone(), prompt.input.text());
                let result = match purpose {
                    PromptFor::NewSession => self.create_session(&text),
                    PromptFor::Rename { from } => self.rename_session(&from, &text),
                    PromptFor::ActionItem { cause } => self.add_action_item(&text, cause),
                    PromptFor::Attendees => self.set_attendees(&text),
                    PromptFor::EditAction { index } => self.edit_action_item(index, &text),
                    PromptFor::NewFollowing { from } => self.create_following(&from, &text),
                };
                match result {
                    Ok(()) => self.sessions.prompt = None,
                    Err(e) => {
                        if let Some(p) = self.sessions.prompt.as_mut() {
                            p.error = Some(e);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// The session store, or why there is none (no config directory).
    fn session_store(&self) -> Result<Store, String> {
        self.sessions
            .state
            .store()
            .cloned()
            .ok_or_else(|| "no config directory".to_string())
    }

    /// Creates session `name`. From an in-memory session or an opened
    /// backup, what is shown goes into the new one; otherwise it starts empty.
    fn create_session(&mut self, name: &str) -> Result<(), String> {
        let name = SessionName::parse(name).map_err(|e| e.to_string())?;
        let store = self.session_store()?;
        self.sessions.state.flush(&mut self.session)?;
        let state = &self.sessions.state;
        let keep = state.name().is_none() || state.read_only() == Some(ReadOnlyReason::Backup);
        let start = if keep {
            self.session.clone()
        } else {
            Session::new(name.as_str(), &self.graph, now())
        };
        let open = store
            .create_from(name.as_str(), start)
            .map_err(|e| e.to_string())?;
        self.switch_to(open, true);
        Ok(())
    }

    /// Creates session `name` following `from` (its marks, answers to
    /// confirm and open action items; `from` is only read) and opens it.
    fn create_following(&mut self, from: &str, name: &str) -> Result<(), String> {
        let store = self.session_store()?;
        // `from` may be the open session: its file must hold what is shown.
        self.sessions.state.flush(&mut self.session)?;
        let open = store
            .create_following(name, from, &self.graph)
            .map_err(|e| e.to_string())?;
        self.switch_to(open, true);
        Ok(())
    }

    fn rename_session(&mut self, from: &str, to: &str) -> Result<(), String> {
        let to = SessionName::parse(to).map_err(|e| e.to_string())?;
        let store = self.session_store()?;
        let is_open = self.sessions.state.name() == Some(from);
        if is_open {
            self.sessions.state.close(&mut self.session)?;
        }
        let renamed = store.rename(from, to.as_str());
        let reopen = if renamed.is_ok() { to.as_str() } else { from };
        if is_open {
            match store.open_or_create(reopen, &self.graph) {
                Ok(open) => self.session = self.sessions.state.adopt(open, &self.graph),
                Err(e) => self.say(e.to_string()),
            }
        }
        renamed.map_err(|e| e.to_string())?;
        self.sessions
            .picker
            .refresh(Some(&store), Some(to.as_str()));
        self.mode = Mode::Sessions;
        self.say(format!("Renamed \"{from}\" to \"{to}\""));
        Ok(())
    }

    fn add_action_item(&mut self, text: &str, cause: Option<Target>) -> Result<(), String> {
        let today = crate::ui::core::today::today(self.actions.today);
        let item = ActionItem::parse_on(text, cause, now(), today).map_err(|e| e.to_string())?;
        self.session.actions.push(item);
        self.mode = Mode::Browse;
        self.say("Action item added");
        Ok(())
    }
}
