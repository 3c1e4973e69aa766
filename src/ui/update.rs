//! [`App::update`]: the one place actions change state, and the translation of
//! terminal events into actions.

use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::layout::{self, Screen};
use crate::ui::core::mode::{Focus, Mode};
use crate::ui::keys::keymap;

/// Lines the mouse wheel scrolls a page by.
const WHEEL_LINES: isize = 3;

/// Whether `action` is taken in `mode` while the terminal is below the
/// minimum size: quit, a resize, and the answer to a yes/no question (the
/// one quitting asks when answers would be lost; no other can open there).
fn works_while_too_small(mode: Mode, action: Action) -> bool {
    match action {
        Action::Quit | Action::Resize { .. } => true,
        Action::Confirm | Action::Deny | Action::Cancel => mode == Mode::Confirm,
        _ => false,
    }
}

impl App {
    /// The action a terminal event asks for, if any (key releases, focus
    /// changes and unbound keys ask for nothing).
    pub fn action_for(&self, event: &Event) -> Option<Action> {
        let action = self.event_action(event)?;
        if matches!(self.screen, Screen::TooSmall { .. })
            && !works_while_too_small(self.mode, action)
        {
            // Nothing can be seen: a key typed blind must not act and
            // surface later. Quitting (and answering its question) and
            // resizing still work.
            return None;
        }
        Some(action)
    }

    fn event_action(&self, event: &Event) -> Option<Action> {
        match event {
            Event::Key(key) => keymap::action_for(self.mode, *key).or_else(|| {
                // Text modes type every key their table does not bind.
                (keymap::takes_text(self.mode) && key.kind != KeyEventKind::Release)
                    .then_some(Action::TextKey(*key))
            }),
            Event::Resize(width, height) => Some(Action::Resize {
                width: *width,
                height: *height,
            }),
            Event::Mouse(m) => match m.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                    column: m.column,
                    row: m.row,
                }),
                MouseEventKind::ScrollDown => Some(Action::Scroll {
                    column: m.column,
                    row: m.row,
                    down: true,
                }),
                MouseEventKind::ScrollUp => Some(Action::Scroll {
                    column: m.column,
                    row: m.row,
                    down: false,
                }),
                _ => None,
            },
            _ => None,
        }
    }

    /// Applies one action. Returns a follow-up action for the caller to apply
    /// next (e.g. a click on a selected link asks to open it). A change to
    /// the session's content is recorded for undo (see `undo.rs`).
    pub fn update(&mut self, action: Action) -> Option<Action> {
        self.recording_undo(action, Self::apply_action)
    }

    /// Clears what lasts only until the next action: the status message
    /// (and its box), a start-up notice, a clipboard copy already written.
    pub(crate) fn clear_news(&mut self) {
        self.browse.message = None;
        self.notice = None;
        self.copy = None;
    }

    fn apply_action(&mut self, action: Action) -> Option<Action> {
        if !matches!(action, Action::Resize { .. }) {
            self.clear_news();
        }
        if let Some(next) = self.session_action(action) {
            self.reflow();
            return next;
        }
        let next = match action {
            Action::Quit => {
                self.request_quit();
                None
            }
            Action::QuitHint => {
                let key = keymap::key(Mode::Browse, Action::Quit);
                self.say(format!("Esc does not quit: {key} quits"));
                None
            }
            Action::Resize { width, height } => {
                self.area = Rect::new(0, 0, width, height);
                None
            }
            Action::ToggleHelp => self.toggle(Mode::Help),
            Action::ToggleAbout => self.toggle(Mode::About),
            Action::TogglePresenter => {
                self.presenter = !self.presenter;
                None
            }
            Action::Click { column, row } => self.click(column, row),
            Action::Scroll { column, row, down } => self.wheel(column, row, down),
            Action::OpenSearch => self.open_search(),
            Action::MatchNext => self.jump_match(true),
            Action::MatchPrev => self.jump_match(false),
            Action::OpenActions if self.mode == Mode::Browse => {
                self.open_actions(None);
                None
            }
            Action::OpenSince if self.mode == Mode::Browse => {
                self.open_since();
                None
            }
            Action::FixStepToAction if self.mode == Mode::Browse => self.fix_step_to_action(),
            Action::FindSymptom if self.mode == Mode::Browse => self.open_find_symptom(),
            other if self.diagnosis_handles(other) => self.diagnose(other),
            other => match self.mode {
                Mode::Browse => self.browse.update(other),
                Mode::Search => self.search_update(other),
                Mode::Help => {
                    self.help.update(other);
                    None
                }
                Mode::About => {
                    self.about.update(other);
                    None
                }
                Mode::Question | Mode::Summary | Mode::Checklist | Mode::Ranked => {
                    self.diagnose(other)
                }
                Mode::Actions => self.actions_update(other),
                Mode::Since => self.since_update(other),
                Mode::FindSymptom => self.find_symptom_update(other),
                _ => None,
            },
        };
        self.keep_stage_focus(Some(action));
        self.reflow();
        next
    }

    /// Opens `mode` over the main screen, or closes it if it is open.
    fn toggle(&mut self, mode: Mode) -> Option<Action> {
        if self.mode == mode {
            self.mode = self.beneath;
        } else {
            if !self.mode.is_overlay() {
                self.beneath = self.mode;
            }
            self.mode = mode;
            match mode {
                Mode::Help => {
                    // At the section of the screen it is opened from.
                    self.help.scroll.to_top();
                    self.help.open_at = Some(crate::ui::keys::help::section_title(self.beneath));
                }
                Mode::About => self.about.scroll.to_top(),
                _ => {}
            }
        }
        None
    }

    fn click(&mut self, column: u16, row: u16) -> Option<Action> {
        let Screen::Main(p) = self.screen else {
            return None;
        };
        match self.mode {
            Mode::Help if !layout::hit(p.help, column, row) => self.mode = self.beneath,
            Mode::Browse if self.presenter => return self.stage_click(&p.stage, column, row),
            Mode::Browse => {
                if layout::hit(p.list, column, row) {
                    self.browse.focus = Focus::List;
                    let inner = layout::inner(p.list);
                    if layout::hit(inner, column, row) {
                        let at = usize::from(row - inner.y);
                        if let Some(i) = self.browse.list.item_at(at, self.graph.symptoms.len()) {
                            self.browse.show_symptom(i);
                        }
                    }
                } else if layout::hit(p.page, column, row) {
                    self.browse.focus = Focus::Page;
                } else if layout::hit(p.links, column, row) {
                    let was_focused = self.browse.focus == Focus::Links;
                    self.browse.focus = Focus::Links;
                    let inner = layout::inner(p.links);
                    if layout::hit(inner, column, row) {
                        let at = usize::from(row - inner.y);
                        let b = &mut self.browse;
                        if let Some(i) = b.link.item_at_row(at, &b.link_heights) {
                            if was_focused && i == b.link.selected {
                                return Some(Action::Open);
                            }
                            b.select_link(i);
                        }
                    }
                }
            }
            _ => {}
        }
        None
    }

    fn wheel(&mut self, column: u16, row: u16, down: bool) -> Option<Action> {
        let Screen::Main(p) = self.screen else {
            return None;
        };
        let step = if down { Action::Down } else { Action::Up };
        match self.mode {
            Mode::Help => (0..WHEEL_LINES).for_each(|_| self.help.update(step)),
            Mode::About => (0..WHEEL_LINES).for_each(|_| self.about.update(step)),
            Mode::Browse if self.presenter => {
                self.stage_wheel(&p.stage, column, row, down, WHEEL_LINES);
            }
            Mode::Search => {}
            Mode::Question | Mode::Summary | Mode::Checklist | Mode::Ranked => {
                self.diagnose(step);
            }
            Mode::FindSymptom => {
                self.find_symptom_update(step);
            }
            Mode::Browse => {
                let under = [
                    (p.list, Focus::List),
                    (p.page, Focus::Page),
                    (p.links, Focus::Links),
                ]
                .into_iter()
                .find(|(r, _)| layout::hit(*r, column, row));
                if let Some((_, pane)) = under {
                    self.browse.wheel(pane, down, WHEEL_LINES);
                }
            }
            _ => {}
        }
        None
    }
}
