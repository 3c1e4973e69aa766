//! The status bar: key hints for the current mode and focus, generated from
//! the key table, and a short message on the right.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::ui::app::App;
use crate::ui::keymap;

/// Draws the status bar into `area` (one row).
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let width = usize::from(area.width);
    let message = app.message().map(|m| format!(" {m} ")).unwrap_or_default();
    let room = width.saturating_sub(message.chars().count());
    let mut spans = Vec::new();
    let mut used = 0;
    for row in keymap::hints(app.mode, app.browse.focus) {
        let Some(key) = row.keys.first() else {
            continue;
        };
        let key = format!(" {} ", keymap::key_name(*key));
        let label = format!("{} ", row.label);
        let needed = key.chars().count() + label.chars().count();
        if used + needed > room {
            break;
        }
        used += needed;
        spans.push(Span::styled(key, t.key));
        spans.push(Span::styled(label, t.status));
    }
    let pad = width.saturating_sub(used + message.chars().count());
    spans.push(Span::styled(" ".repeat(pad), t.status));
    spans.push(Span::styled(message, t.message));
    frame.render_widget(Paragraph::new(Line::from(spans)).style(t.status), area);
}
