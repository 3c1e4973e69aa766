//! The actions screen's part of `App::update`: opening it, moving, ticking
//! done, editing (the action item prompt), deleting (asks first) and opening
//! the linked page.

use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::widgets::dialogs::{Confirm, ConfirmFor, Prompt, PromptFor};

use crate::ui::screens::actions::view;

impl App {
    /// Opens the actions screen with the first item highlighted (or `item`).
    pub(crate) fn open_actions(&mut self, item: Option<usize>) {
        let back = match self.mode {
            Mode::Actions => self.actions.back,
            m if m.is_overlay() => self.beneath,
            Mode::Search => self.search.from,
            m => m,
        };
        self.actions.back = if back == Mode::Actions {
            Mode::Browse
        } else {
            back
        };
        self.mode = Mode::Actions;
        self.actions.rows = view::list_rows(&self.screen);
        match item.filter(|&i| i < self.session.actions.len()) {
            Some(i) => {
                self.actions.item = Some(i);
                self.actions.settle(&self.session);
            }
            None => {
                self.actions.offset = 0;
                self.actions.select_position(&self.session, 0);
            }
        }
    }

    /// Acts on an action while the actions screen is shown.
    pub(crate) fn actions_update(&mut self, action: Action) -> Option<Action> {
        self.actions.rows = view::list_rows(&self.screen);
        let page = isize::try_from(self.actions.rows.max(1)).unwrap_or(1);
        let (s, session) = (&mut self.actions, &self.session);
        match action {
            Action::Down => s.step(session, 1),
            Action::Up => s.step(session, -1),
            Action::PageDown => s.step(session, page),
            Action::PageUp => s.step(session, -page),
            Action::HalfPageDown => s.step(session, page / 2),
            Action::HalfPageUp => s.step(session, -page / 2),
            Action::Top => s.select_position(session, 0),
            Action::Bottom => s.select_position(session, isize::MAX),
            // Back to the "since" screen works its comparison out again.
            Action::Leave if self.actions.back == Mode::Since => self.open_since(),
            Action::Leave => self.mode = self.actions.back,
            Action::ToggleDone => self.toggle_done(),
            Action::EditActionItem => self.ask_edit_action(),
            Action::DeleteActionItem => self.ask_delete_action(),
            Action::Open => self.open_linked_page(),
            Action::OpenSince => self.open_since(),
            _ => {}
        }
        None
    }

    /// The highlighted item's index in the session, if any.
    fn highlighted(&mut self) -> Option<usize> {
        let found = self
            .actions
            .item
            .filter(|&i| i < self.session.actions.len());
        if found.is_none() {
            self.say(
                match crate::ui::keys::keymap::key_for(Mode::Browse, Action::AddActionItem) {
                    Some(k) => format!("No action items yet: {k} on a page adds one"),
                    None => "No action items yet".into(),
                },
            );
        }
        found
    }

    fn toggle_done(&mut self) {
        let Some(i) = self.highlighted() else {
            return;
        };
        let done = !self.session.actions[i].done;
        if self.session.set_action_done(i, done).is_ok() {
            let text = &self.session.actions[i].text;
            self.say(if done {
                format!("Done: {text}")
            } else {
                format!("Open again: {text}")
            });
        }
        self.actions.settle(&self.session);
    }

    fn ask_edit_action(&mut self) {
        let Some(index) = self.highlighted() else {
            return;
        };
        let line = self.session.actions[index].to_line();
        self.sessions.prompt = Some(Prompt::new(
            PromptFor::EditAction { index },
            &line,
            Mode::Actions,
        ));
        self.mode = Mode::NameInput;
    }

    /// The prompt's Enter on an edited action item: its text, owner and due
    /// date from the line (its status, link and creation time stay).
    pub(crate) fn edit_action_item(&mut self, index: usize, line: &str) -> Result<(), String> {
        let today = crate::ui::core::today::today(self.actions.today);
        self.session
            .edit_action(index, line, today)
            .map_err(|e| e.to_string())?;
        self.mode = Mode::Actions;
        self.actions.item = Some(index);
        self.actions.settle(&self.session);
        self.say("Action item changed");
        Ok(())
    }

    fn ask_delete_action(&mut self) {
        let Some(index) = self.highlighted() else {
            return;
        };
        let text = self.session.actions[index].text.clone();
        self.sessions.confirm = Some(Confirm {
            purpose: ConfirmFor::DeleteAction { index, text },
            back: Mode::Actions,
        });
        self.mode = Mode::Confirm;
    }

    /// The question's yes: deletes the item.
    pub(crate) fn delete_action_item(&mut self, index: usize) {
        let position = self.actions.position(&self.session);
        match self.session.delete_action(index) {
            Ok(item) => {
                self.say(format!("Deleted action item: {}", item.text));
                let p = isize::try_from(position).unwrap_or(0);
                self.actions.select_position(&self.session, p);
            }
            Err(e) => self.say(e.to_string()),
        }
    }

    fn open_linked_page(&mut self) {
        let Some(i) = self.highlighted() else {
            return;
        };
        match self.session.actions[i].cause.clone() {
            Some(target) => self.open_target(&target),
            None => {
                self.say("This action item is not linked to a page");
            }
        }
    }
}
