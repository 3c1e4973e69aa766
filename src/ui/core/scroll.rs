//! Scroll offsets and list selections that always stay in range.
//!
//! Both are plain numbers updated in `update` with the viewport size known
//! from the layout, so rendering and mouse hit-testing agree on what is shown.

/// A vertical scroll offset into `len` lines shown `viewport` at a time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scroll {
    pub offset: usize,
}

impl Scroll {
    /// The largest useful offset: the last line sits on the last visible row.
    pub fn max(len: usize, viewport: usize) -> usize {
        len.saturating_sub(viewport)
    }

    /// Moves by `delta` lines, clamped to `0..=max`.
    pub fn by(&mut self, delta: isize, len: usize, viewport: usize) {
        let target = self.offset.saturating_add_signed(delta);
        self.offset = target.min(Self::max(len, viewport));
    }

    /// Clamps after the content or viewport changed size.
    pub fn clamp(&mut self, len: usize, viewport: usize) {
        self.offset = self.offset.min(Self::max(len, viewport));
    }

    pub fn to_top(&mut self) {
        self.offset = 0;
    }

    pub fn to_bottom(&mut self, len: usize, viewport: usize) {
        self.offset = Self::max(len, viewport);
    }
}

/// A selected item in a list of `len` items, with the first visible item
/// (`offset`) kept so the selection is always on screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Selects item `index` (clamped) and scrolls it into a view of `visible` items.
    pub fn select(&mut self, index: usize, len: usize, visible: usize) {
        self.selected = index.min(len.saturating_sub(1));
        self.follow(len, visible);
    }

    /// Moves the selection by `delta` items, clamped to the list.
    pub fn by(&mut self, delta: isize, len: usize, visible: usize) {
        self.select(self.selected.saturating_add_signed(delta), len, visible);
    }

    /// Keeps the offset valid and the selection visible.
    pub fn follow(&mut self, len: usize, visible: usize) {
        let visible = visible.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + visible {
            self.offset = self.selected + 1 - visible;
        }
        self.offset = self.offset.min(len.saturating_sub(visible));
    }

    /// Selects item `index` (clamped) of a list whose items take `heights`
    /// rows each, scrolling so the whole item fits in `rows` rows when it can.
    pub fn select_sized(&mut self, index: usize, heights: &[usize], rows: usize) {
        self.selected = index.min(heights.len().saturating_sub(1));
        self.offset = self.offset.min(self.selected);
        while self.offset < self.selected
            && heights[self.offset..=self.selected].iter().sum::<usize>() > rows
        {
            self.offset += 1;
        }
    }

    /// The item of a list of `heights`-row items at visible row `row`.
    pub fn item_at_row(&self, row: usize, heights: &[usize]) -> Option<usize> {
        let mut top = 0;
        for (i, h) in heights.iter().enumerate().skip(self.offset) {
            if row < top + h {
                return Some(i);
            }
            top += h;
        }
        None
    }

    /// The item at visible row `row` (0 = first visible), if there is one.
    pub fn item_at(&self, row: usize, len: usize) -> Option<usize> {
        let index = self.offset + row;
        (index < len).then_some(index)
    }
}

/// Scrolls a pane of `len` lines shown `rows` at a time, for the
/// paging actions; returns whether the action was one of them.
pub fn page_scroll(
    scroll: &mut Scroll,
    action: crate::ui::core::action::Action,
    len: usize,
    rows: usize,
) -> bool {
    let page = isize::try_from(rows.max(1)).unwrap_or(1);
    let half = isize::try_from((rows / 2).max(1)).unwrap_or(1);
    let by = match action {
        crate::ui::core::action::Action::PageDown => page,
        crate::ui::core::action::Action::PageUp => -page,
        crate::ui::core::action::Action::HalfPageDown => half,
        crate::ui::core::action::Action::HalfPageUp => -half,
        _ => return false,
    };
    scroll.by(by, len, rows);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scroll_clamps_at_both_ends() {
        let mut s = Scroll::default();
        s.by(-3, 50, 10);
        assert_eq!(s.offset, 0);
        s.by(100, 50, 10);
        assert_eq!(s.offset, 40);
        s.clamp(45, 10);
        assert_eq!(s.offset, 35);
        s.by(5, 4, 10);
        assert_eq!(s.offset, 0, "content shorter than the view never scrolls");
    }

    #[test]
    fn cursor_keeps_selection_visible() {
        let mut c = Cursor::default();
        c.select(9, 21, 5);
        assert_eq!((c.selected, c.offset), (9, 5));
        c.by(-7, 21, 5);
        assert_eq!((c.selected, c.offset), (2, 2));
        c.by(100, 21, 5);
        assert_eq!((c.selected, c.offset), (20, 16));
        assert_eq!(c.item_at(4, 21), Some(20));
        assert_eq!(c.item_at(5, 21), None);
        c.select(0, 0, 5);
        assert_eq!((c.selected, c.offset), (0, 0));
    }

    #[test]
    fn sized_items_scroll_until_the_selection_fits() {
        let heights = [2, 3, 2, 2];
        let mut c = Cursor::default();
        c.select_sized(2, &heights, 5);
        // Items 0..=2 take 7 rows; dropping item 0 leaves 5, which fits.
        assert_eq!((c.selected, c.offset), (2, 1));
        assert_eq!(c.item_at_row(0, &heights), Some(1));
        assert_eq!(c.item_at_row(2, &heights), Some(1));
        assert_eq!(c.item_at_row(3, &heights), Some(2));
        assert_eq!(c.item_at_row(7, &heights), None);
        c.select_sized(0, &heights, 5);
        assert_eq!((c.selected, c.offset), (0, 0));
        c.select_sized(9, &heights, 1);
        assert_eq!(
            (c.selected, c.offset),
            (3, 3),
            "an item taller than the view is shown from its top"
        );
        c.select_sized(0, &[], 5);
        assert_eq!((c.selected, c.offset), (0, 0));
    }
}
