//! The modes (which key table is active and what is drawn on top), the
//! main screen's focus, and how much of each pane is visible.

use crate::ui::core::layout::{self, Screen};

/// Which key table is active and what is drawn on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The main screen: list, page, links.
    Browse,
    /// The help overlay over the main screen.
    Help,
    /// The About screen.
    About,
    /// The search screen over the main area.
    Search,
    /// The session picker.
    Sessions,
    /// A one-line prompt (a session name, an action item).
    NameInput,
    /// A yes/no question (delete a session, discard a note's changes).
    Confirm,
    /// The note editor.
    Note,
    /// A session that could not be opened (e.g. a damaged file).
    Problem,
    /// Guided questions, one at a time (`screens/questions/`).
    Question,
    /// The end of one symptom's questions: the causes the answers point at.
    Summary,
    /// The triage checklist of all symptoms (`screens/triage/`).
    Checklist,
    /// The ranked root causes with their reasons.
    Ranked,
    /// Every action item of the session (`screens/actions/`).
    Actions,
    /// What changed since the session this one follows (`screens/since/`).
    Since,
    /// "Find your symptom": the site's own questionnaire (`screens/find_symptom`).
    FindSymptom,
}

impl Mode {
    /// Whether this mode is drawn over another one (help, About).
    pub fn is_overlay(self) -> bool {
        matches!(self, Mode::Help | Mode::About)
    }
}

/// The pane of the main screen that receives keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Focus {
    List,
    Page,
    Links,
}

impl Focus {
    /// The next pane in Tab order.
    pub fn next(self) -> Self {
        match self {
            Focus::List => Focus::Page,
            Focus::Page => Focus::Links,
            Focus::Links => Focus::List,
        }
    }

    /// The previous pane in Tab order.
    pub fn prev(self) -> Self {
        match self {
            Focus::List => Focus::Links,
            Focus::Page => Focus::List,
            Focus::Links => Focus::Page,
        }
    }
}

/// How much of each pane is visible, in rows (or items) and columns.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Viewport {
    pub list_rows: usize,
    pub page_rows: usize,
    pub page_width: u16,
    pub link_rows: usize,
    pub link_width: u16,
    pub help_rows: usize,
    pub help_width: u16,
    pub about_rows: usize,
    pub about_width: u16,
}

impl Viewport {
    /// The viewport of a laid-out screen; `None` when it is too small to use.
    pub fn of(screen: &Screen) -> Option<Self> {
        let Screen::Main(p) = screen else {
            return None;
        };
        let (list, page, links) = (
            layout::inner(p.list),
            layout::inner(p.page),
            layout::inner(p.links),
        );
        let text = layout::text_area(p.page);
        let (help, about) = (layout::text_area(p.help), layout::text_area(p.about));
        Some(Viewport {
            list_rows: usize::from(list.height),
            page_rows: usize::from(page.height),
            page_width: text.width,
            link_rows: usize::from(links.height),
            link_width: links.width,
            help_rows: usize::from(help.height),
            help_width: help.width,
            about_rows: usize::from(about.height),
            about_width: about.width,
        })
    }
}
