//! The links pane: where the current page leads, two rows per link.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::ui::app::{App, Focus, Mode};
use crate::ui::history::Page;
use crate::ui::layout;
use crate::ui::links::ROWS_PER_LINK;

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
    let items = usize::from(inner.height) / ROWS_PER_LINK;
    let mut lines = Vec::new();
    for (i, link) in b.links.iter().enumerate().skip(b.link.offset).take(items) {
        let (first, second) = match (i == b.link.selected, focused) {
            (true, true) => (t.selected, t.selected),
            (true, false) => (t.selected_unfocused, t.selected_unfocused),
            (false, _) => (t.text, t.dim),
        };
        lines.push(Line::styled(
            fit(&format!("› {}", link.title), width),
            first,
        ));
        lines.push(Line::styled(
            fit(&format!("  {}", link.detail), width),
            second,
        ));
    }
    if lines.is_empty() {
        lines.push(Line::styled("(no links)", t.dim));
    }
    frame.render_widget(Paragraph::new(lines).block(pane(title, focused, t)), area);
    scrollbar(area, frame.buffer_mut(), count, b.link.offset, items, t);
}
