//! A scrollable full-text screen drawn over the main one (help, About).

use super::action::Action;
use super::document::Doc;
use super::scroll::Scroll;

/// A document and how far it is scrolled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overlay {
    pub doc: Doc,
    pub scroll: Scroll,
    /// Visible rows, from the last [`Overlay::fit`].
    pub rows: usize,
}

impl Overlay {
    /// Rebuilds the document if the width changed, and keeps the scroll valid.
    pub fn fit(&mut self, width: u16, rows: usize, build: impl FnOnce(u16) -> Doc) {
        if self.doc.width != width || self.doc.is_empty() {
            self.doc = build(width);
        }
        self.rows = rows;
        self.scroll.clamp(self.doc.len(), rows);
    }

    /// Scrolls for a movement action; other actions are ignored.
    pub fn update(&mut self, action: Action) {
        let (len, rows) = (self.doc.len(), self.rows);
        let half = isize::try_from((rows / 2).max(1)).unwrap_or(1);
        let page = isize::try_from(rows.max(1)).unwrap_or(1);
        match action {
            Action::Down => self.scroll.by(1, len, rows),
            Action::Up => self.scroll.by(-1, len, rows),
            Action::HalfPageDown => self.scroll.by(half, len, rows),
            Action::HalfPageUp => self.scroll.by(-half, len, rows),
            Action::PageDown => self.scroll.by(page, len, rows),
            Action::PageUp => self.scroll.by(-page, len, rows),
            Action::Top => self.scroll.to_top(),
            Action::Bottom => self.scroll.to_bottom(len, rows),
            _ => {}
        }
    }
}
