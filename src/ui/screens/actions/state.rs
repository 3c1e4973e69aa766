//! The actions screen's state: which item is highlighted (by its index in
//! the session, so it stays on the same item when the order changes) and
//! where to go back to.

use jiff::civil::Date;

use crate::domain::Session;
use crate::ui::core::mode::Mode;

/// State of the actions screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionsScreen {
    /// The highlighted item's index in `session.actions`.
    pub item: Option<usize>,
    /// The first row shown.
    pub offset: usize,
    /// Rows the list showed at the last draw-size computation.
    pub rows: usize,
    /// The mode Esc returns to.
    pub back: Mode,
    /// Today's date for "overdue"; `None`: the clock's (tests fix it).
    pub today: Option<Date>,
}

impl Default for ActionsScreen {
    fn default() -> Self {
        ActionsScreen {
            item: None,
            offset: 0,
            rows: 10,
            back: Mode::Browse,
            today: None,
        }
    }
}

impl ActionsScreen {
    /// The position of the highlighted item in display order (0 when none).
    pub fn position(&self, session: &Session) -> usize {
        let order = session.actions_in_order();
        self.item
            .and_then(|i| order.iter().position(|&o| o == i))
            .unwrap_or(0)
    }

    /// Highlights the item at `position` of the display order (clamped);
    /// keeps it in view.
    pub fn select_position(&mut self, session: &Session, position: isize) {
        let order = session.actions_in_order();
        if order.is_empty() {
            self.item = None;
            self.offset = 0;
            return;
        }
        let last = order.len() - 1;
        let p = usize::try_from(position.max(0)).unwrap_or(0).min(last);
        self.item = Some(order[p]);
        self.keep_in_view(p);
    }

    /// Keeps the highlighted item on the same item after a change (or on a
    /// neighbour if it was deleted), and in view.
    pub fn settle(&mut self, session: &Session) {
        let count = session.actions.len();
        match self.item {
            Some(i) if i < count => {
                let p = self.position(session);
                self.keep_in_view(p);
            }
            _ if count == 0 => self.item = None,
            _ => self.select_position(session, isize::try_from(self.offset).unwrap_or(0)),
        }
    }

    /// Moves the highlight by `delta` rows.
    pub fn step(&mut self, session: &Session, delta: isize) {
        let p = isize::try_from(self.position(session)).unwrap_or(0);
        self.select_position(session, p.saturating_add(delta));
    }

    fn keep_in_view(&mut self, position: usize) {
        let rows = self.rows.max(1);
        if position < self.offset {
            self.offset = position;
        } else if position >= self.offset + rows {
            self.offset = position + 1 - rows;
        }
    }
}
