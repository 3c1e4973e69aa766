//! The explorer's state: a thin coordinator over the screens.
//!
//! [`App::update`] (in `update.rs`) is the only way state changes. After each
//! action the layout is recomputed and documents re-wrapped if the page or the
//! width changed ([`App::reflow`]), so drawing only reads.

use ratatui::layout::Rect;

use crate::domain::{Graph, Session};

use crate::ui::core::layout::{self, Screen};
use crate::ui::core::mode::{Mode, Viewport};
use crate::ui::core::opener::Opener;
use crate::ui::core::theme::Theme;
use crate::ui::document::{self, Doc};
use crate::ui::screens::browse::state::Browse;
use crate::ui::screens::overlays::state::Overlay;
use crate::ui::screens::questions::state::Guided;
use crate::ui::screens::search::Search;
use crate::ui::screens::sessions::SessionUi;
use crate::ui::screens::triage::state::Triage;

/// Everything the explorer shows.
pub struct App {
    pub graph: Graph,
    /// What the team records: marked symptoms, answers, notes, actions.
    /// In memory until a session file is opened (see `storage`).
    pub session: Session,
    pub theme: Theme,
    pub mode: Mode,
    /// The terminal area (from the last resize).
    pub area: Rect,
    /// The layout of `area`, recomputed by [`App::reflow`].
    pub screen: Screen,
    pub browse: Browse,
    pub help: Overlay,
    pub about: Overlay,
    /// The search screen and the search index (built once, here).
    pub search: Search,
    /// The session file behind `session`, the picker, note editor and dialogs.
    pub sessions: SessionUi,
    /// The mode under the help or About overlay, restored when it closes.
    pub beneath: Mode,
    /// The guided questions and the per-symptom summary.
    pub guided: Guided,
    /// The triage checklist and the ranked causes.
    pub triage: Triage,
    /// The action items screen.
    pub actions: crate::ui::screens::actions::ActionsScreen,
    /// The "since last time" screen.
    pub since: crate::ui::screens::since::SinceScreen,
    /// "Find your symptom", the site's questionnaire.
    pub find_symptom: crate::ui::screens::find_symptom::FindSymptom,
    /// Opens URLs in the browser. [`App::new`] gives one that never launches
    /// anything; [`crate::ui::run`] installs the system's.
    pub opener: Opener,
    /// A diagnosis screen that opened a page, and the history depth just
    /// after it did: Back from that depth returns to the screen.
    pub return_to: Option<(Mode, usize)>,
    /// Set by [`crate::ui::core::action::Action::Quit`]; the run loop stops.
    pub quit: bool,
    /// Presenter view: chrome hidden, the current page large and centred
    /// (see `screens/browse/presenter.rs`). Screens may read it to draw themselves in
    /// presenter style; change it with [`App::set_presenter`].
    pub presenter: bool,
    /// Whether URLs are written as OSC 8 terminal hyperlinks (off in tests,
    /// so snapshots hold plain text).
    pub hyperlinks: bool,
    /// A notice shown across the status bar until the next key (a settings
    /// warning at start-up).
    pub notice: Option<String>,
    /// Text to put on the terminal's clipboard with the next frame (an OSC
    /// 52 escape written with it, see `widgets/clipboard.rs`); cleared by the
    /// next action.
    pub copy: Option<String>,
    /// The session's content before each change made in this run, to undo
    /// and redo (see `undo.rs`).
    pub undo: crate::domain::undo::History<crate::domain::undo::Content>,
}

impl App {
    /// A new explorer on `graph`, for a terminal of `width` x `height`,
    /// showing symptom 1 with the list focused.
    pub fn new(graph: Graph, theme: Theme, width: u16, height: u16) -> Self {
        let area = Rect::new(0, 0, width, height);
        let mut app = App {
            browse: Browse::new(&graph),
            search: Search::new(&graph),
            session: Session::new("unsaved", &graph, crate::storage::now()),
            sessions: SessionUi::default(),
            graph,
            theme,
            mode: Mode::Browse,
            area,
            // Laid out by `reflow` below, once the page's links are known.
            screen: Screen::TooSmall { area },
            help: Overlay::default(),
            about: Overlay::default(),
            beneath: Mode::Browse,
            guided: Guided::default(),
            triage: Triage::default(),
            actions: Default::default(),
            since: Default::default(),
            find_symptom: Default::default(),
            opener: Opener::disabled(),
            return_to: None,
            quit: false,
            presenter: false,
            hyperlinks: false,
            notice: None,
            copy: None,
            undo: Default::default(),
        };
        app.reflow();
        app
    }

    /// The visible sizes of the panes, if the terminal is big enough.
    pub fn viewport(&self) -> Option<Viewport> {
        let vp = Viewport::of(&self.screen)?;
        match self.screen {
            Screen::Main(p) if self.presenter => Some(vp.on_stage(&p.stage)),
            _ => Some(vp),
        }
    }

    /// Recomputes the layout and re-wraps whatever changed page or width.
    pub fn reflow(&mut self) {
        self.browse.set_findings(&self.session.findings);
        self.screen = layout::compute(self.area, self.browse.link_rows());
        let Some(vp) = self.viewport() else {
            // Too small to draw: keep the page's links and offsets in step
            // with the page anyway, at the last usable size.
            self.browse.refit(&self.graph);
            return;
        };
        self.browse.fit(&self.graph, vp);
        // The links pane's height depends on the page's links: lay out again
        // (its width, and so the wrapping, stays the same).
        self.screen = layout::compute(self.area, self.browse.link_rows());
        let Some(vp) = self.viewport() else {
            return; // unreachable: the area did not change, only the links' height
        };
        self.browse.fit(&self.graph, vp);
        // The overlays are only wrapped while shown: start-up skips them.
        let graph = &self.graph;
        match self.mode {
            Mode::Help => {
                self.help
                    .fit(vp.help_width, vp.help_rows, crate::ui::document::help::help)
            }
            Mode::About => self
                .about
                .fit(vp.about_width, vp.about_rows, |w| document::about(graph, w)),
            _ => {}
        }
        self.fit_diagnosis();
        self.fit_find_symptom();
        self.show_team_notes();
    }

    /// Puts the team's notes for the page shown under the guide's text.
    pub(crate) fn show_team_notes(&mut self) {
        let width = self.browse.doc.width;
        let tail = crate::ui::screens::sessions::notes::page_section(
            &self.graph,
            &self.session,
            self.browse.page,
            width,
        );
        self.browse.set_tail(tail);
        self.search.refit(self.browse.page, &self.browse.doc);
    }

    /// Says `message` in the status bar until the next action: the one way
    /// any screen sets the status message.
    pub fn say(&mut self, message: impl Into<String>) {
        self.browse.say(message);
    }

    /// The screen drawn under any overlay.
    pub fn base_mode(&self) -> Mode {
        if self.mode.is_overlay() {
            self.beneath
        } else {
            self.mode
        }
    }

    /// The status-bar message, if any.
    pub fn message(&self) -> Option<&str> {
        self.browse.message.as_deref()
    }

    /// The page document currently shown.
    pub fn page_doc(&self) -> &Doc {
        &self.browse.doc
    }
}
