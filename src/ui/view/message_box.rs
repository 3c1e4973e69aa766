//! A status message too long for the status bar, shown whole, wrapped, in a
//! small box just above the bar. It lasts as long as the message: until the
//! next key, which then does what it always does (the box never swallows a
//! key, so no key path changes because a message was long).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::ui::app::App;
use crate::ui::core::layout;
use crate::ui::widgets::popup::popup;

/// The widest the box grows, in columns, so lines stay easy to read.
const MAX_WIDTH: u16 = 100;

/// Draws the app's message in a box above `status` (the status bar's row);
/// called when the bar could not show it whole.
pub fn render(frame: &mut Frame, status: Rect, app: &App) {
    let Some(message) = app.message() else {
        return;
    };
    let width = status.width.saturating_sub(2).min(MAX_WIDTH);
    let text_width = usize::from(width.saturating_sub(4)).max(1);
    let clean = crate::domain::printable(message);
    let lines: Vec<Line> = textwrap::wrap(&clean, text_width)
        .into_iter()
        .map(|l| Line::raw(l.into_owned()))
        .collect();
    // Two rows of border; never higher than the screen above the bar.
    let wanted = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let height = wanted.min(status.y);
    if height < 3 {
        return;
    }
    let area = Rect::new(status.x + 1, status.y - height, width, height);
    let t = &app.theme;
    popup(frame, area, " Message (until the next key) ", t);
    frame.render_widget(Paragraph::new(lines).style(t.text), layout::inner(area));
}
