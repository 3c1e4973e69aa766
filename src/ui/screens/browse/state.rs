//! The main screen's state: the symptom list, the page shown, its links,
//! focus and history.

use crate::domain::{Findings, Graph};

use crate::ui::core::action::Action;
use crate::ui::core::history::{History, Page, Visit};
use crate::ui::core::mode::{Focus, Viewport};
use crate::ui::core::scroll::{Cursor, Scroll};
use crate::ui::document::{self, Doc};
use crate::ui::screens::browse::links::{self, Link, LinkLine, ROWS_PER_LINK};

/// State of the main screen.
#[derive(Debug, Clone)]
pub struct Browse {
    pub focus: Focus,
    /// Selection in the symptom list.
    pub list: Cursor,
    /// The page shown on the right.
    pub page: Page,
    /// Scroll position of the page.
    pub scroll: Scroll,
    /// Selection in the links pane.
    pub link: Cursor,
    /// The page, wrapped to the page pane's width.
    pub doc: Doc,
    /// Which page `doc` was built for.
    doc_page: Option<Page>,
    /// How many of `doc`'s lines are the guide's page; the team's notes
    /// follow (see [`Browse::set_tail`]).
    guide_lines: usize,
    /// How many of `doc`'s anchors are the guide page's.
    guide_anchors: usize,
    /// The page's links.
    pub links: Vec<Link>,
    /// The links wrapped to the links pane's width, one entry per link.
    pub link_lines: Vec<Vec<LinkLine>>,
    /// Rows each link takes (the lengths of `link_lines`).
    pub link_heights: Vec<usize>,
    pub history: History,
    /// The symptom number typed so far (0 when none).
    digits: usize,
    /// The width `link_lines` were wrapped to.
    links_width: u16,
    /// Number of symptoms in the graph.
    symptoms: usize,
    /// Sizes from the last [`Browse::fit`].
    vp: Viewport,
    /// A short note for the status bar, cleared on the next action.
    pub message: Option<String>,
    /// The team's marks and answers the page shows (see
    /// [`Browse::set_findings`]).
    findings: Findings,
}

/// A movement, resolved from an action and the visible size.
enum Move {
    By(isize),
    Top,
    Bottom,
}

impl Browse {
    /// Sets the status-bar message (see [`crate::ui::app::App::say`]).
    pub fn say(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }

    /// Shows the first symptom with the list focused.
    pub fn new(graph: &Graph) -> Self {
        Browse {
            focus: Focus::List,
            list: Cursor::default(),
            page: Page::Symptom(0),
            scroll: Scroll::default(),
            link: Cursor::default(),
            doc: Doc::default(),
            doc_page: None,
            guide_lines: 0,
            guide_anchors: 0,
            links: links::links(graph, Page::Symptom(0)),
            link_lines: Vec::new(),
            link_heights: Vec::new(),
            history: History::default(),
            digits: 0,
            links_width: 0,
            symptoms: graph.symptoms.len(),
            vp: Viewport::default(),
            message: None,
            findings: Findings::default(),
        }
    }

    /// Re-wraps the page if it or the width changed; keeps every offset valid.
    pub fn fit(&mut self, graph: &Graph, vp: Viewport) {
        self.vp = vp;
        let new_page = self.doc_page != Some(self.page);
        if new_page || self.doc.width != vp.page_width {
            self.doc = document::page_with(graph, &self.findings, self.page, vp.page_width);
            self.guide_lines = self.doc.len();
            self.guide_anchors = self.doc.anchors.len();
            self.links = links::links(graph, self.page);
            self.doc_page = Some(self.page);
        }
        if new_page || self.links_width != vp.link_width {
            self.link_lines = self
                .links
                .iter()
                .map(|l| links::wrap(l, vp.link_width))
                .collect();
            self.link_heights = self.link_lines.iter().map(Vec::len).collect();
            self.links_width = vp.link_width;
        }
        self.scroll.clamp(self.doc.len(), vp.page_rows);
        self.list.follow(self.symptoms, vp.list_rows);
        self.select_link(self.link.selected);
    }

    /// The team's answers to show beside the questions: when they changed,
    /// the next [`Browse::fit`] builds the page again.
    pub fn set_findings(&mut self, findings: &Findings) {
        if self.findings != *findings {
            self.findings = findings.clone();
            self.doc_page = None;
        }
    }

    /// The marks and answers last set with [`Browse::set_findings`].
    pub fn findings(&self) -> &Findings {
        &self.findings
    }

    /// Replaces the lines after the guide's page (the team's notes) and
    /// their anchors (`tail`'s anchors count from its first line).
    pub fn set_tail(&mut self, tail: Doc) {
        let g = self.guide_lines;
        let anchors: Vec<_> = tail
            .anchors
            .into_iter()
            .map(|(l, r)| (l, r.start + g..r.end + g))
            .collect();
        if self.doc.lines.get(g..) == Some(tail.lines.as_slice())
            && self.doc.anchors.get(self.guide_anchors..) == Some(anchors.as_slice())
        {
            return;
        }
        self.doc.lines.truncate(g);
        self.doc.lines.extend(tail.lines);
        self.doc.anchors.truncate(self.guide_anchors);
        self.doc.anchors.extend(anchors);
        self.scroll.clamp(self.doc.len(), self.vp.page_rows);
    }

    /// [`Browse::fit`] at the sizes of the last fit.
    pub fn refit(&mut self, graph: &Graph) {
        self.fit(graph, self.vp);
    }

    /// Where the reader is now, as a history entry.
    pub fn visit(&self) -> Visit {
        Visit {
            page: self.page,
            scroll: self.scroll,
            link: self.link,
            list: self.list,
            focus: self.focus,
        }
    }

    fn restore(&mut self, v: Visit) {
        self.page = v.page;
        self.scroll = v.scroll;
        self.link = v.link;
        self.list = v.list;
        self.focus = v.focus;
    }

    /// Acts on a main-screen action. Returns a follow-up action, if any.
    pub fn update(&mut self, action: Action) -> Option<Action> {
        if !matches!(action, Action::Digit(_)) {
            self.digits = 0;
        }
        match action {
            Action::FocusNext => self.focus = self.focus.next(),
            Action::FocusPrev => self.focus = self.focus.prev(),
            Action::Open => self.open(),
            Action::Back => self.back(),
            Action::Forward => self.forward(),
            Action::Digit(d) => self.digit(usize::from(d)),
            other => {
                if let Some(m) = self.movement(self.focus, other) {
                    self.apply(self.focus, m);
                }
            }
        }
        None
    }

    /// The mouse wheel over `pane`: scrolls it without moving the focus
    /// (the page by `lines` lines, a list by one item).
    pub fn wheel(&mut self, pane: Focus, down: bool, lines: isize) {
        self.digits = 0;
        let step = if pane == Focus::Page { lines } else { 1 };
        self.apply(pane, Move::By(if down { step } else { -step }));
    }

    fn movement(&self, pane: Focus, action: Action) -> Option<Move> {
        let rows = match pane {
            Focus::List => self.vp.list_rows,
            Focus::Page => self.vp.page_rows,
            Focus::Links => self.vp.link_rows / ROWS_PER_LINK,
        };
        let half = isize::try_from((rows / 2).max(1)).unwrap_or(1);
        let page = isize::try_from(rows.max(1)).unwrap_or(1);
        Some(match action {
            Action::Down => Move::By(1),
            Action::Up => Move::By(-1),
            Action::HalfPageDown => Move::By(half),
            Action::HalfPageUp => Move::By(-half),
            Action::PageDown => Move::By(page),
            Action::PageUp => Move::By(-page),
            Action::Top => Move::Top,
            Action::Bottom => Move::Bottom,
            _ => return None,
        })
    }

    fn apply(&mut self, pane: Focus, m: Move) {
        match pane {
            Focus::List => {
                let target = match m {
                    Move::By(d) => self.list.selected.saturating_add_signed(d),
                    Move::Top => 0,
                    Move::Bottom => self.symptoms.saturating_sub(1),
                };
                self.show_symptom(target.min(self.symptoms.saturating_sub(1)));
            }
            Focus::Page => {
                let (len, rows) = (self.doc.len(), self.vp.page_rows);
                match m {
                    Move::By(d) => self.scroll.by(d, len, rows),
                    Move::Top => self.scroll.to_top(),
                    Move::Bottom => self.scroll.to_bottom(len, rows),
                }
            }
            Focus::Links => {
                let target = match m {
                    Move::By(d) => self.link.selected.saturating_add_signed(d),
                    Move::Top => 0,
                    Move::Bottom => self.links.len().saturating_sub(1),
                };
                self.select_link(target);
            }
        }
    }

    /// Rows the links pane would need to show every link.
    pub fn link_rows(&self) -> usize {
        self.link_heights.iter().sum()
    }

    /// Selects link `index` (clamped) and scrolls the links pane to show it.
    pub fn select_link(&mut self, index: usize) {
        self.link
            .select_sized(index, &self.link_heights, self.vp.link_rows);
    }

    /// Selects symptom `index` in the list and shows it. Moving through the
    /// list replaces a symptom page in place; leaving any other page records it
    /// in history first, so Back returns to it.
    pub fn show_symptom(&mut self, index: usize) {
        if index >= self.symptoms {
            return;
        }
        self.list.select(index, self.symptoms, self.vp.list_rows);
        if self.page == Page::Symptom(index) {
            return;
        }
        if !matches!(self.page, Page::Symptom(_)) {
            self.history.push(self.visit());
        }
        self.page = Page::Symptom(index);
        self.scroll = Scroll::default();
        self.link = Cursor::default();
    }

    /// Opens a page as a new step in history.
    pub fn follow(&mut self, to: Page) {
        self.history.push(self.visit());
        self.page = to;
        self.scroll = Scroll::default();
        self.link = Cursor::default();
        if let Page::Symptom(i) = to {
            self.list.select(i, self.symptoms, self.vp.list_rows);
        }
    }

    fn open(&mut self) {
        if self.focus == Focus::List {
            self.show_symptom(self.list.selected);
            self.focus = Focus::Page;
            return;
        }
        match self.links.get(self.link.selected) {
            Some(link) => {
                let title = link.title.trim_end_matches(links::MOST_COMMON).to_string();
                let to = link.to;
                self.follow(to);
                self.say(format!("Opened {title}"));
            }
            None => self.say("This page has no links"),
        }
    }

    fn back(&mut self) {
        match self.history.back(self.visit()) {
            Some(v) => self.restore(v),
            None => self.say("Nothing to go back to"),
        }
    }

    fn forward(&mut self) {
        match self.history.forward(self.visit()) {
            Some(v) => self.restore(v),
            None => self.say("Nothing to go forward to"),
        }
    }

    /// A typed digit: the number so far grows while it names a symptom
    /// ("1" then "1" is 11); otherwise this digit starts a new number.
    fn digit(&mut self, d: usize) {
        let longer = self.digits * 10 + d;
        let number = if (1..=self.symptoms).contains(&longer) {
            longer
        } else {
            d
        };
        if (1..=self.symptoms).contains(&number) {
            self.digits = number;
            self.show_symptom(number - 1);
            self.say(format!("Symptom {number}"));
        } else {
            self.digits = 0;
            self.say(format!(
                "No symptom {number}: they go from 1 to {}",
                self.symptoms
            ));
        }
    }
}
