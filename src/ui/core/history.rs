//! Browser-like history: pages visited, each with where the reader was on it.

use crate::ui::core::mode::Focus;
use crate::ui::core::scroll::{Cursor, Scroll};

/// A page the explorer can show. Indexes into the graph's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// `graph.symptoms[i]`.
    Symptom(usize),
    /// `graph.anti_patterns[i]`.
    AntiPattern(usize),
}

/// A page and the reader's place on it: restored exactly by Back and Forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visit {
    pub page: Page,
    /// Scroll position of the page text.
    pub scroll: Scroll,
    /// Selection in the links pane.
    pub link: Cursor,
    /// Selection in the symptom list.
    pub list: Cursor,
    /// The pane that had focus.
    pub focus: Focus,
}

/// Pages behind and ahead of the current one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    back: Vec<Visit>,
    forward: Vec<Visit>,
}

impl History {
    /// Records `current` before going somewhere new; clears the forward list.
    pub fn push(&mut self, current: Visit) {
        self.back.push(current);
        self.forward.clear();
    }

    /// The visit to return to, if any; `current` becomes the forward entry.
    pub fn back(&mut self, current: Visit) -> Option<Visit> {
        let previous = self.back.pop()?;
        self.forward.push(current);
        Some(previous)
    }

    /// The visit to go forward to, if any; `current` goes behind.
    pub fn forward(&mut self, current: Visit) -> Option<Visit> {
        let next = self.forward.pop()?;
        self.back.push(current);
        Some(next)
    }

    pub fn back_len(&self) -> usize {
        self.back.len()
    }

    pub fn forward_len(&self) -> usize {
        self.forward.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visit(page: Page, scroll: usize) -> Visit {
        Visit {
            page,
            scroll: Scroll { offset: scroll },
            link: Cursor::default(),
            list: Cursor::default(),
            focus: Focus::Page,
        }
    }

    #[test]
    fn back_and_forward_walk_the_same_path() {
        let mut h = History::default();
        let a = visit(Page::Symptom(10), 7);
        let b = visit(Page::AntiPattern(6), 0);
        let c = visit(Page::Symptom(3), 2);
        h.push(a);
        h.push(b);
        assert_eq!(h.back(c), Some(b));
        assert_eq!(h.back(b), Some(a));
        assert_eq!(h.back(a), None, "nothing before the first page");
        assert_eq!(h.forward(a), Some(b));
        assert_eq!(h.forward(b), Some(c));
        assert_eq!(h.forward(c), None);
    }

    #[test]
    fn a_new_visit_drops_the_forward_list() {
        let mut h = History::default();
        let a = visit(Page::Symptom(0), 0);
        let b = visit(Page::Symptom(1), 0);
        h.push(a);
        assert_eq!(h.back(b), Some(a));
        assert_eq!(h.forward_len(), 1);
        h.push(a);
        assert_eq!(h.forward_len(), 0);
        assert_eq!(h.back_len(), 1);
    }
}
