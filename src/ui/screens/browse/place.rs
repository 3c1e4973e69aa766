//! Returning to the page the team was on: the explorer's page is kept in the
//! session when it is closed (on quit, or when switching sessions) and shown
//! again when the session is reopened. Older files without it open as before.

use crate::domain::Target;

use crate::ui::app::App;
use crate::ui::core::history::Page;

impl App {
    /// The explorer's page as a target (a symptom or an anti-pattern).
    fn page_target(&self) -> Option<Target> {
        match self.browse.page {
            Page::Symptom(i) => self
                .graph
                .symptoms
                .get(i)
                .map(|s| Target::Symptom(s.id.clone())),
            Page::AntiPattern(i) => self
                .graph
                .anti_patterns
                .get(i)
                .map(|a| Target::AntiPattern(a.id.clone())),
        }
    }

    /// Keeps the page shown in the open session, if it is written at all.
    /// The first symptom (where the app starts) is not worth a write.
    pub(crate) fn remember_place(&mut self) {
        let state = &self.sessions.state;
        if state.name().is_none() || state.read_only().is_some() {
            return;
        }
        let here = self.page_target();
        let start = self
            .graph
            .symptoms
            .first()
            .map(|s| Target::Symptom(s.id.clone()));
        if self.session.place.is_none() && here == start {
            return;
        }
        self.session.place = here;
    }

    /// Shows the page the session was on when last closed, if the guide
    /// still has it.
    pub(crate) fn restore_place(&mut self) {
        let page = match &self.session.place {
            Some(Target::Symptom(id)) => self.graph.symptom_index(id).map(Page::Symptom),
            Some(Target::AntiPattern(id)) => {
                self.graph.anti_pattern_index(id).map(Page::AntiPattern)
            }
            None => None,
        };
        if let Some(page) = page
            && page != self.browse.page
        {
            self.browse.follow(page);
        }
    }
}
