//! Undo and redo in the app: [`App::update`] runs every action through
//! [`App::recording_undo`], which compares the session's content before and
//! after it and records a change in [`App::undo`]. Undo and redo put a
//! recorded content back; the session is then saved like after any change
//! (the run loop's save tick sees it differ from the file). Where the
//! explorer is (page, screen, selection) is never undone.

use crate::domain::undo;

use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;

impl App {
    /// Applies `action` with `apply`, recording a change to the session's
    /// content for undo. Opening or closing a session forgets the history.
    pub(crate) fn recording_undo(
        &mut self,
        action: Action,
        apply: fn(&mut App, Action) -> Option<Action>,
    ) -> Option<Action> {
        if matches!(action, Action::Undo | Action::Redo) {
            self.clear_news();
            self.step_history(action == Action::Undo);
            self.reflow();
            return None;
        }
        if action.keeps_session() {
            return apply(self, action);
        }
        let before = self.session.content();
        let generation = self.sessions.state.generation();
        let next = apply(self, action);
        if self.sessions.state.generation() != generation {
            self.undo.clear();
        } else if self.session.differs_from(&before) {
            let label = undo::describe(&before, &self.session.content(), &self.graph);
            self.undo.record(before, label);
        }
        next
    }

    /// Undoes (`back`) or redoes one change and says which.
    fn step_history(&mut self, back: bool) {
        let current = self.session.content();
        let step = if back {
            self.undo.undo(current)
        } else {
            self.undo.redo(current)
        };
        let Some((content, label)) = step else {
            self.say(
                if back {
                    "Nothing to undo"
                } else {
                    "Nothing to redo"
                }
                .to_string(),
            );
            return;
        };
        self.session.restore(content);
        if self.mode == Mode::Actions {
            self.actions.settle(&self.session);
        }
        let done = if back { "Undid" } else { "Redid" };
        self.say(format!("{done}: {label}"));
    }
}
