//! The symptom list: number and title, one row each.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::ui::app::{App, Focus};
use crate::ui::layout;

use super::{fit, pane, scrollbar};

/// Draws the list into `area`. Long titles are cut with "…" here only; the
/// page shows them in full.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let b = &app.browse;
    let focused = b.focus == Focus::List && app.mode == crate::ui::app::Mode::Browse;
    let count = app.graph.symptoms.len();
    let block = pane(format!(" Symptoms ({count}) "), focused, t);
    let inner = layout::inner(area);
    let width = usize::from(inner.width);
    let rows = usize::from(inner.height);
    let lines: Vec<Line> = app
        .graph
        .symptoms
        .iter()
        .enumerate()
        .skip(b.list.offset)
        .take(rows)
        .map(|(i, s)| {
            let label = fit(&format!("{:>2} {}", s.number, s.title), width);
            let style = match (i == b.list.selected, focused) {
                (true, true) => t.selected,
                (true, false) => t.selected_unfocused,
                (false, _) => t.text,
            };
            Line::styled(label, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
    scrollbar(area, frame.buffer_mut(), count, b.list.offset, rows, t);
}
