//! A box drawn over the screen below it: the help, the About screen, the
//! session dialogs and a long message. The area is cleared first, so nothing
//! of the screen below shows through.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear};

use crate::ui::core::layout;
use crate::ui::core::theme::Theme;

/// Clears `area` and draws a bordered box titled `title` over it, in the
/// focused colours. Returns where its text goes: inside the border, with a
/// column of room either side.
pub fn popup<'a>(frame: &mut Frame, area: Rect, title: impl Into<Line<'a>>, t: &Theme) -> Rect {
    let block = Block::bordered()
        .border_style(t.border_focused)
        .title(title)
        .title_style(t.pane_title_focused);
    frame.render_widget(Clear, area);
    frame.render_widget(block.style(t.text), area);
    layout::text_area(area)
}

/// At most `width` by `height` in the middle of `area`.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    area.centered(Constraint::Max(width), Constraint::Max(height))
}
