//! The "since last time" screen's part of `App::update`: opening it (reading
//! the followed session, which is never changed) and scrolling its panes.

use crate::domain::compare::compare;
use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::keys::keymap;

use crate::ui::screens::since::Pane;
use crate::ui::screens::since::view;

impl App {
    /// Opens the screen: compares the session this one follows with this
    /// one. Says why not when it follows none or that one cannot be read.
    pub(crate) fn open_since(&mut self) {
        let name = self
            .sessions
            .state
            .name()
            .unwrap_or("this session")
            .to_string();
        let Some(old) = self.session.follows.clone() else {
            let key = keymap::key(Mode::Sessions, Action::NewFollowingSession);
            let sessions = keymap::key(Mode::Browse, Action::OpenSessions);
            self.say(format!(
                "\"{name}\" does not follow another session ({sessions}, then {key} starts one \
                 that does)"
            ));
            return;
        };
        let Some(store) = self.sessions.state.store().cloned() else {
            self.browse.message =
                Some("No config directory: the earlier session cannot be read".into());
            return;
        };
        let loaded = match store.load_for(&old, Some(&self.graph)) {
            Ok(l) => l,
            Err(e) => {
                self.say(format!("Cannot compare with \"{old}\": {e}"));
                return;
            }
        };
        let today = crate::ui::core::today::today(self.since.today);
        let c = compare(&self.graph, &loaded.session, &self.session, today);
        let back = match self.mode {
            Mode::Since => self.since.back,
            // Back from the actions screen: keep where the screen was opened from.
            Mode::Actions if self.actions.back == Mode::Since => self.since.back,
            m if m.is_overlay() => self.beneath,
            Mode::Search => self.search.from,
            m => m,
        };
        self.since.back = if back == Mode::Since {
            Mode::Browse
        } else {
            back
        };
        if self
            .since
            .comparison
            .as_ref()
            .is_none_or(|p| p.old != c.old || p.new != c.new)
        {
            self.since.scroll = [0, 0];
            self.since.focus = Pane::Changes;
        }
        self.since.comparison = Some(c);
        self.mode = Mode::Since;
    }

    /// Acts on an action while the screen is shown.
    pub(crate) fn since_update(&mut self, action: Action) -> Option<Action> {
        let (len, rows) = view::pane_size(self, self.since.focus);
        let page = rows.max(1);
        let s = &mut self.since;
        let at = s.focused();
        let max = len.saturating_sub(rows);
        let offset = &mut s.scroll[at];
        match action {
            Action::Down => *offset += 1,
            Action::Up => *offset = offset.saturating_sub(1),
            Action::PageDown => *offset += page,
            Action::PageUp => *offset = offset.saturating_sub(page),
            Action::HalfPageDown => *offset += page / 2,
            Action::HalfPageUp => *offset = offset.saturating_sub(page / 2),
            Action::Top => *offset = 0,
            Action::Bottom => *offset = max,
            Action::FocusNext | Action::FocusPrev => {
                s.focus = match s.focus {
                    Pane::Changes => Pane::Causes,
                    Pane::Causes => Pane::Changes,
                };
            }
            Action::Leave => self.mode = self.since.back,
            Action::OpenActions => self.open_actions(None),
            _ => {}
        }
        let offset = &mut self.since.scroll[at];
        *offset = (*offset).min(max);
        None
    }
}
