//! A scrollable full-text screen drawn over the main one (help, About).

use crate::ui::core::action::Action;
use crate::ui::core::scroll::Scroll;
use crate::ui::document::Doc;

/// A document and how far it is scrolled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overlay {
    pub doc: Doc,
    pub scroll: Scroll,
    /// Visible rows, from the last [`Overlay::fit`].
    pub rows: usize,
    /// A heading to scroll to at the next [`Overlay::fit`] (the help opens
    /// at the section of the screen it was opened from).
    pub open_at: Option<String>,
}

impl Overlay {
    /// Rebuilds the document if the width changed, and keeps the scroll valid.
    pub fn fit(&mut self, width: u16, rows: usize, build: impl FnOnce(u16) -> Doc) {
        if self.doc.width != width || self.doc.is_empty() {
            self.doc = build(width);
        }
        self.rows = rows;
        if let Some(heading) = self.open_at.take() {
            // The heading's line (or its first, if it wrapped).
            let at = self
                .doc
                .lines
                .iter()
                .position(|l| l.text() == heading)
                .or_else(|| {
                    self.doc.lines.iter().position(|l| {
                        let t = l.text();
                        t.trim().len() >= 10 && heading.starts_with(t.trim())
                    })
                });
            // The blank line above the heading stays visible, if there is one.
            self.scroll.offset = at.map_or(0, |i| i.saturating_sub(1));
        }
        self.scroll.clamp(self.doc.len(), rows);
    }

    /// Scrolls for a movement action; other actions are ignored.
    pub fn update(&mut self, action: Action) {
        let (len, rows) = (self.doc.len(), self.rows);
        if crate::ui::core::scroll::page_scroll(&mut self.scroll, action, len, rows) {
            return;
        }
        match action {
            Action::Down => self.scroll.by(1, len, rows),
            Action::Up => self.scroll.by(-1, len, rows),
            Action::Top => self.scroll.to_top(),
            Action::Bottom => self.scroll.to_bottom(len, rows),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::document::{Builder, Role};

    fn numbers(width: u16) -> Doc {
        let mut b = Builder::new(width);
        for n in 0..30 {
            b.para(Role::Text, &n.to_string(), 0);
        }
        b.finish()
    }

    #[test]
    fn scrolls_within_the_document() {
        let mut o = Overlay::default();
        o.fit(20, 10, numbers);
        assert_eq!(o.doc.len(), 30);
        o.update(Action::PageDown);
        assert_eq!(o.scroll.offset, 10);
        o.update(Action::HalfPageDown);
        assert_eq!(o.scroll.offset, 15);
        o.update(Action::Bottom);
        assert_eq!(o.scroll.offset, 20, "the last line sits on the last row");
        o.update(Action::Down);
        assert_eq!(o.scroll.offset, 20);
        o.update(Action::Top);
        o.update(Action::Up);
        assert_eq!(o.scroll.offset, 0);
    }

    #[test]
    fn a_taller_view_pulls_the_scroll_back() {
        let mut o = Overlay::default();
        o.fit(20, 10, numbers);
        o.update(Action::Bottom);
        o.fit(20, 25, numbers);
        assert_eq!(o.scroll.offset, 5);
    }
}
