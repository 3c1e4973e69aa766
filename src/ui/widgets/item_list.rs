//! A list of wrapped, possibly multi-line items, some of them headings that
//! the selection skips. Used by the summary, checklist and ranked screens.
//! Items are built (wrapped) in `update`; drawing only reads them.

use crate::ui::core::scroll::Cursor;
use crate::ui::document::DocLine;

/// One entry: its wrapped lines, and whether the selection can land on it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    pub lines: Vec<DocLine>,
    pub selectable: bool,
}

/// Items, the selection and the scroll offset (in items).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemList {
    pub items: Vec<Item>,
    pub cursor: Cursor,
    /// Rows visible, from the last [`ItemList::set_items`].
    pub rows: usize,
}

impl ItemList {
    /// Replaces the items (after a rebuild or resize) keeping the selection
    /// where it was, moved to a selectable item, and visible in `rows` rows.
    pub fn set_items(&mut self, items: Vec<Item>, rows: usize) {
        self.items = items;
        self.rows = rows;
        let at = self.cursor.selected;
        let target = self.nearest_selectable(at).unwrap_or(0);
        self.select(target);
    }

    /// Rows each item takes.
    pub fn heights(&self) -> Vec<usize> {
        self.items.iter().map(|i| i.lines.len().max(1)).collect()
    }

    /// The selected item's index, if it is selectable.
    pub fn selected(&self) -> Option<usize> {
        let i = self.cursor.selected;
        self.items.get(i).filter(|it| it.selectable).map(|_| i)
    }

    /// Selects item `index` (clamped) and scrolls so it shows.
    pub fn select(&mut self, index: usize) {
        let heights = self.heights();
        self.cursor.select_sized(index, &heights, self.rows.max(1));
        let sel = self.cursor.selected;
        let rows_from =
            |from: usize, to: usize| heights.get(from..to).map_or(0, |h| h.iter().sum());
        // Show the headings (and title) right above the selection when they fit.
        if self.cursor.offset == sel {
            while self.cursor.offset > 0
                && !self.is_selectable(self.cursor.offset - 1)
                && rows_from(self.cursor.offset - 1, sel + 1) <= self.rows
            {
                self.cursor.offset -= 1;
            }
        }
        // Never leave rows empty at the bottom while items are hidden above
        // (after the terminal grew, say).
        while self.cursor.offset > 0
            && rows_from(self.cursor.offset - 1, heights.len()) <= self.rows
        {
            self.cursor.offset -= 1;
        }
    }

    /// Moves the selection by `steps` selectable items (negative: up).
    pub fn step(&mut self, steps: isize) {
        let mut at = self.cursor.selected;
        for _ in 0..steps.unsigned_abs() {
            let next = if steps < 0 {
                (0..at).rev().find(|&i| self.is_selectable(i))
            } else {
                (at + 1..self.items.len()).find(|&i| self.is_selectable(i))
            };
            match next {
                Some(i) => at = i,
                None => break,
            }
        }
        self.select(at);
    }

    /// Selects the first (or, with `last`, the last) selectable item.
    pub fn to_end(&mut self, last: bool) {
        let found = if last {
            (0..self.items.len()).rev().find(|&i| self.is_selectable(i))
        } else {
            (0..self.items.len()).find(|&i| self.is_selectable(i))
        };
        if let Some(i) = found {
            self.select(i);
        }
    }

    fn is_selectable(&self, i: usize) -> bool {
        self.items.get(i).is_some_and(|it| it.selectable)
    }

    fn nearest_selectable(&self, at: usize) -> Option<usize> {
        let at = at.min(self.items.len().saturating_sub(1));
        (at..self.items.len())
            .find(|&i| self.is_selectable(i))
            .or_else(|| (0..at).rev().find(|&i| self.is_selectable(i)))
    }

    /// The items from the scroll offset that fit in `rows` rows, with their
    /// index, each cut to the rows left (the last may show partly).
    pub fn visible(&self, rows: usize) -> Vec<(usize, &[DocLine])> {
        let mut out = Vec::new();
        let mut left = rows;
        for (i, item) in self.items.iter().enumerate().skip(self.cursor.offset) {
            if left == 0 {
                break;
            }
            let take = item.lines.len().min(left);
            out.push((i, &item.lines[..take]));
            left -= take.max(1);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::document::Role;

    fn item(text: &str, rows: usize, selectable: bool) -> Item {
        let line = DocLine {
            spans: vec![(Role::Text, text.to_string())],
        };
        Item {
            lines: vec![line; rows],
            selectable,
        }
    }

    #[test]
    fn the_selection_skips_headings_and_stops_at_the_ends() {
        let mut l = ItemList::default();
        l.set_items(
            vec![
                item("Heading", 1, false),
                item("a", 1, true),
                item("Other", 1, false),
                item("b", 2, true),
            ],
            10,
        );
        assert_eq!(l.selected(), Some(1), "starts on the first selectable");
        l.step(1);
        assert_eq!(l.selected(), Some(3));
        l.step(1);
        assert_eq!(l.selected(), Some(3), "stays at the last");
        l.step(-5);
        assert_eq!(l.selected(), Some(1));
        l.to_end(true);
        assert_eq!(l.selected(), Some(3));
    }

    #[test]
    fn scrolling_keeps_the_selection_and_its_heading_visible() {
        let mut l = ItemList::default();
        let mut items = vec![item("Causes", 1, false)];
        items.extend((0..6).map(|_| item("x", 1, true)));
        items.push(item("Also", 1, false));
        items.push(item("y", 2, true));
        l.set_items(items, 4);
        l.to_end(true);
        assert_eq!(l.cursor.selected, 8);
        // x (1 row), "Also" (1) and y (2) fill the 4 rows.
        assert_eq!(l.cursor.offset, 6);
        let vis = l.visible(4);
        assert_eq!(
            vis.iter().map(|(i, ls)| (*i, ls.len())).collect::<Vec<_>>(),
            [(6, 1), (7, 1), (8, 2)]
        );
        // Going back up to the first item scrolls its heading in as well.
        l.to_end(false);
        assert_eq!((l.cursor.selected, l.cursor.offset), (1, 0));
        // With 2 rows, the last item (2 rows) leaves no room for its heading.
        l.rows = 2;
        l.to_end(true);
        assert_eq!((l.cursor.selected, l.cursor.offset), (8, 8));
        l.step(-1);
        assert_eq!((l.cursor.selected, l.cursor.offset), (6, 6));
    }

    #[test]
    fn more_room_scrolls_back_up_to_show_what_fits() {
        // A title and a heading above the first choice, then five choices.
        let mut items = vec![item("Title", 1, false), item("Heading", 1, false)];
        items.extend((0..5).map(|_| item("x", 1, true)));
        let mut l = ItemList::default();
        l.set_items(items.clone(), 3);
        l.to_end(true);
        assert_eq!((l.cursor.selected, l.cursor.offset), (6, 4));
        // The terminal grows: all 7 rows fit, so nothing stays hidden above.
        l.set_items(items.clone(), 10);
        assert_eq!((l.cursor.selected, l.cursor.offset), (6, 0));
        // Back in 3 rows, going to the top shows the title and the heading
        // above the first choice (3 rows: Title, Heading, x).
        l.set_items(items, 3);
        l.to_end(true);
        l.to_end(false);
        assert_eq!((l.cursor.selected, l.cursor.offset), (2, 0));
    }

    #[test]
    fn an_empty_or_unselectable_list_never_panics() {
        let mut l = ItemList::default();
        l.set_items(Vec::new(), 0);
        l.step(3);
        l.to_end(true);
        assert_eq!(l.selected(), None);
        l.set_items(vec![item("h", 1, false)], 3);
        l.step(-1);
        assert_eq!(l.selected(), None);
        assert_eq!(l.visible(0).len(), 0);
    }
}
