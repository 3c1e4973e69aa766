//! The links pane: where the current page leads. Each link shows its title
//! and a detail line, wrapped to the pane's width.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::ui::app::{App, Focus, Mode};
use crate::ui::history::Page;
use crate::ui::layout;

use super::{fit, pane, scrollbar};

/// Draws the links of the current page into `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let b = &app.browse;
    let focused = b.focus == Focus::Links && app.mode == Mode::Browse;
    let count = b.links.len();
    let title = match b.page {
        Page::Symptom(_) => format!(" Causes ({count}) "),
        Page::AntiPattern(_) => format!(" Cited by ({count}) "),
    };
    let inner = layout::inner(area);
    let width = usize::from(inner.width);
    let rows = usize::from(inner.height);
    let mut lines = Vec::new();
    for (i, item) in b.link_lines.iter().enumerate().skip(b.link.offset) {
        for line in item {
            let style = match (i == b.link.selected, focused, line.is_title) {
                (true, true, _) => t.selected,
                (true, false, _) => t.selected_unfocused,
                (false, _, true) => t.text,
                (false, _, false) => t.dim,
            };
            // Pad so a selected link is highlighted across the whole pane.
            lines.push(Line::styled(fit(&line.text, width), style));
        }
        if lines.len() >= rows {
            break;
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled("(no links)", t.dim));
    }
    frame.render_widget(Paragraph::new(lines).block(pane(title, focused, t)), area);
    let total = b.link_heights.iter().sum();
    let above = b.link_heights.iter().take(b.link.offset).sum();
    scrollbar(area, frame.buffer_mut(), total, above, rows, t);
}
