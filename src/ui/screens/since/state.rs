//! The "since last time" screen's state: the comparison worked out when the
//! screen was opened, which pane scrolls, and where Esc goes back to.

use jiff::civil::Date;

use crate::domain::compare::Comparison;
use crate::ui::core::mode::Mode;

/// The screen's two panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    /// Marks, answers and action items.
    #[default]
    Changes,
    /// The ranked causes of both sessions as bars.
    Causes,
}

/// State of the "since last time" screen.
#[derive(Debug, Clone, PartialEq)]
pub struct SinceScreen {
    /// What changed from the followed session to this one.
    pub comparison: Option<Comparison>,
    /// The pane the movement keys scroll.
    pub focus: Pane,
    /// The first line shown of each pane (changes, causes).
    pub scroll: [usize; 2],
    /// The mode Esc returns to.
    pub back: Mode,
    /// Today's date for "overdue"; `None`: the clock's (tests fix it).
    pub today: Option<Date>,
}

impl Default for SinceScreen {
    fn default() -> Self {
        SinceScreen {
            comparison: None,
            focus: Pane::Changes,
            scroll: [0, 0],
            back: Mode::Browse,
            today: None,
        }
    }
}

impl SinceScreen {
    /// The focused pane's index in [`SinceScreen::scroll`].
    pub fn focused(&self) -> usize {
        match self.focus {
            Pane::Changes => 0,
            Pane::Causes => 1,
        }
    }
}
