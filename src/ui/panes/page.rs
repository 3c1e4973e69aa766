//! The page pane: a symptom or anti-pattern page, scrolled, with a scrollbar.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use crate::ui::app::{App, Focus, Mode};
use crate::ui::history::Page;
use crate::ui::layout;

use super::{pane, scrollbar, visible_lines};

/// Draws the current page into `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let b = &app.browse;
    let focused = b.focus == Focus::Page && app.mode == Mode::Browse;
    let title = match b.page {
        Page::Symptom(i) => format!(" Symptom {} of {} ", i + 1, app.graph.symptoms.len()),
        Page::AntiPattern(_) => " Anti-pattern ".to_string(),
    };
    let text = layout::text_area(area);
    let rows = usize::from(text.height);
    let doc = &b.doc;
    let lines = visible_lines(doc, b.scroll.offset, rows, t);
    frame.render_widget(pane(title, focused, t), area);
    frame.render_widget(Paragraph::new(lines), text);
    scrollbar(
        area,
        frame.buffer_mut(),
        doc.len(),
        b.scroll.offset,
        rows,
        t,
    );
}
