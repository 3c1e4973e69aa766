//! The message shown instead of the panes when the terminal is too small.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::ui::app::App;
use crate::ui::layout::{MIN_HEIGHT, MIN_WIDTH};

/// The message for a terminal of `width` x `height`.
pub fn message(width: u16, height: u16) -> String {
    format!("terminal too small: need at least {MIN_WIDTH}x{MIN_HEIGHT}, have {width}x{height}")
}

/// Draws the message centred in `area` (wrapped if narrower than it).
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let text = message(area.width, area.height);
    let width = u16::try_from(text.chars().count())
        .unwrap_or(u16::MAX)
        .min(area.width);
    let lines = if width == 0 {
        0
    } else {
        text.chars().count().div_ceil(usize::from(width))
    };
    let height = u16::try_from(lines)
        .unwrap_or(u16::MAX)
        .saturating_add(1)
        .min(area.height);
    let centre = area.centered(Constraint::Length(width), Constraint::Length(height));
    let paragraph = Paragraph::new(text)
        .style(app.theme.text)
        .wrap(Wrap { trim: true })
        .centered();
    frame.render_widget(paragraph, centre);
}
