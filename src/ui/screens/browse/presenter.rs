//! The presenter view's state side: turning it on and off, keeping the focus
//! on what it shows (the page and its links; the symptom list is hidden) and
//! the mouse over its layout ([`crate::ui::core::layout::Stage`]). Drawing is in
//! `presenter_view.rs`.
//!
//! Other screens can draw themselves in presenter style by reading
//! [`App::presenter`] and drawing into the stage's rectangles.

use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::layout::{self, Stage};
use crate::ui::core::mode::{Focus, Viewport};

impl Viewport {
    /// The same viewport with the page and links sized for the stage, so
    /// the page is wrapped to the presenter column.
    pub fn on_stage(self, s: &Stage) -> Self {
        Viewport {
            page_rows: usize::from(s.page.height),
            page_width: s.page.width,
            link_rows: usize::from(s.links.height),
            link_width: s.links.width,
            ..self
        }
    }
}

impl App {
    /// Turns the presenter view on or off, moving the focus off the hidden
    /// symptom list, and lays the screen out again.
    pub fn set_presenter(&mut self, on: bool) {
        self.presenter = on;
        self.keep_stage_focus(None);
        self.reflow();
    }

    /// In the presenter view the list is hidden: a focus that lands on it
    /// moves on to the page (or, going backwards, to the links).
    pub(crate) fn keep_stage_focus(&mut self, action: Option<Action>) {
        if self.presenter && self.browse.focus == Focus::List {
            self.browse.focus = match action {
                Some(Action::FocusPrev) => Focus::Links,
                _ => Focus::Page,
            };
        }
    }

    /// A click on the stage: the page takes the focus; a link is selected,
    /// and a click on the selected link of the focused links opens it.
    pub(crate) fn stage_click(&mut self, s: &Stage, column: u16, row: u16) -> Option<Action> {
        if layout::hit(s.page, column, row) {
            self.browse.focus = Focus::Page;
        } else if layout::hit(s.links, column, row) || layout::hit(s.links_title, column, row) {
            let was_focused = self.browse.focus == Focus::Links;
            self.browse.focus = Focus::Links;
            if layout::hit(s.links, column, row) {
                let at = usize::from(row - s.links.y);
                let b = &mut self.browse;
                if let Some(i) = b.link.item_at_row(at, &b.link_heights) {
                    if was_focused && i == b.link.selected {
                        return Some(Action::Open);
                    }
                    b.select_link(i);
                }
            }
        }
        None
    }

    /// The wheel over the stage scrolls the page or the links under it.
    pub(crate) fn stage_wheel(
        &mut self,
        s: &Stage,
        column: u16,
        row: u16,
        down: bool,
        lines: isize,
    ) {
        if layout::hit(s.page, column, row) || layout::hit(s.scrollbar, column, row) {
            self.browse.wheel(Focus::Page, down, lines);
        } else if layout::hit(s.links, column, row) {
            self.browse.wheel(Focus::Links, down, lines);
        }
    }
}
