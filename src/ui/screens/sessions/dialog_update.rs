//! Answers to the session dialogs: the yes/no question, the note editor
//! (closing it) and the "cannot be opened" dialog; and quitting, which may ask.

use crate::storage::{SessionError, now};
use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;

use crate::ui::keys::keymap;
use crate::ui::screens::sessions::note_editor::NoteSaved;
use crate::ui::widgets::dialogs::{Confirm, ConfirmFor, PromptFor};

impl App {
    /// Quits, unless what was recorded lives only in memory: then asks first.
    /// A second quit key (Ctrl-C) while asking quits at once.
    pub(crate) fn request_quit(&mut self) {
        let asking = self.mode == Mode::Confirm
            && matches!(
                self.sessions.confirm.as_ref().map(|c| &c.purpose),
                Some(ConfirmFor::Quit { .. })
            );
        match self.sessions.state.unsaved_summary(&self.session) {
            Some(what) if !asking => {
                self.sessions.confirm = Some(Confirm {
                    purpose: ConfirmFor::Quit { what },
                    back: self.mode,
                });
                self.mode = Mode::Confirm;
            }
            _ => self.quit = true,
        }
    }

    pub(super) fn confirm_action(&mut self, action: Action) {
        let Some(confirm) = self.sessions.confirm.clone() else {
            self.mode = Mode::Browse;
            return;
        };
        let answer = match action {
            Action::Confirm => Some(true),
            Action::Deny => Some(false),
            Action::Cancel => None,
            _ => return,
        };
        self.sessions.confirm = None;
        self.mode = confirm.back;
        match (confirm.purpose, answer) {
            (ConfirmFor::Delete { name }, Some(true)) => self.delete_session(&name),
            (ConfirmFor::KeepNote, Some(keep)) => self.close_editor(keep),
            (ConfirmFor::Quit { .. }, Some(true)) => self.quit = true,
            (ConfirmFor::DeleteAction { index, .. }, Some(true)) => self.delete_action_item(index),
            (ConfirmFor::SimilarName { saved, .. }, Some(true)) => self.open_named(&saved),
            (ConfirmFor::SimilarName { typed, .. }, _) => self.open_named(&typed),
            (ConfirmFor::Reopen { .. }, Some(true)) => {
                if let Some(name) = self.sessions.state.name().map(str::to_string) {
                    self.reopen_now(&name);
                }
            }
            _ => {}
        }
    }

    fn delete_session(&mut self, name: &str) {
        let Some(store) = self.sessions.state.store().cloned() else {
            return;
        };
        self.say(match store.delete(name) {
            Ok(()) => format!("Deleted \"{name}\""),
            Err(SessionError::Locked { .. }) => {
                format!("\"{name}\" is open in another terminal: not deleted")
            }
            Err(e) => e.to_string(),
        });
        self.sessions.picker.refresh(Some(&store), None);
    }

    pub(super) fn note_action(&mut self, action: Action) {
        let Some(editor) = self.sessions.editor.as_mut() else {
            self.mode = Mode::Browse;
            return;
        };
        match action {
            Action::TextKey(key) => editor.key(key),
            Action::SaveNote => self.close_editor(true),
            Action::Cancel if editor.changed() => {
                self.sessions.confirm = Some(Confirm {
                    purpose: ConfirmFor::KeepNote,
                    back: Mode::Note,
                });
                self.mode = Mode::Confirm;
            }
            Action::Cancel => self.close_editor(false),
            _ => {}
        }
    }

    /// Closes the note editor, saving its text into the session if `keep`.
    fn close_editor(&mut self, keep: bool) {
        self.mode = self.sessions.editor_back;
        let Some(editor) = self.sessions.editor.take() else {
            return;
        };
        if !keep {
            self.say("Note changes discarded");
            return;
        }
        let outcome = editor.save_into(&mut self.session, now());
        let what = match outcome {
            NoteSaved::Added => "Note added",
            NoteSaved::Updated => "Note saved",
            NoteSaved::Deleted => "Note deleted (it was emptied)",
            NoteSaved::Nothing => "Empty note not kept",
        };
        let where_ = match self.sessions.state.read_only() {
            Some(_) => " (in memory only: the session is read-only)".to_string(),
            None if self.sessions.state.name().is_none() => format!(
                " (in memory only: no session is open, {} opens one)",
                keymap::key(Mode::Browse, Action::OpenSessions)
            ),
            None => String::new(),
        };
        self.say(format!("{what}{where_}"));
    }

    pub(super) fn problem_action(&mut self, action: Action) {
        let Some(problem) = self.sessions.problem.clone() else {
            self.mode = Mode::Browse;
            return;
        };
        match action {
            Action::OpenBackup if !problem.backup => {}
            Action::OpenBackup => {
                let Some(store) = self.sessions.state.store().cloned() else {
                    return;
                };
                match store.open_backup(&problem.name) {
                    Ok(open) => {
                        self.switch_to(open, false);
                        self.say(format!(
                            "Backup opened read-only. To go on from it: {}, then {} saves it \
                                 under a new name",
                            keymap::key(Mode::Browse, Action::OpenSessions),
                            keymap::key(Mode::Sessions, Action::NewSession)
                        ));
                    }
                    Err(e) => self.say(format!("No usable backup: {e}")),
                }
            }
            Action::OtherName => {
                let suggestion = format!("{} (new)", problem.name);
                self.ask(PromptFor::NewSession, &suggestion, Mode::Problem);
            }
            Action::Cancel => {
                self.sessions.problem = None;
                self.mode = Mode::Browse;
                self.say(match self.sessions.state.name() {
                    Some(name) => format!("Still in session \"{name}\""),
                    None => format!(
                        "No session open: nothing is saved ({} opens one)",
                        keymap::key(Mode::Browse, Action::OpenSessions)
                    ),
                });
            }
            _ => {}
        }
    }
}
