//! The About screen: source, authors, license and what this app changed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::ui::app::App;
use crate::ui::layout;

use super::{scrollbar, visible_lines};

/// Draws the About screen into `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let o = &app.about;
    let text = layout::text_area(area);
    let rows = usize::from(text.height);
    let block = Block::bordered()
        .border_style(t.border_focused)
        .title(" About (i or Esc closes) ")
        .title_style(t.pane_title_focused);
    frame.render_widget(Clear, area);
    let lines = visible_lines(&o.doc, o.scroll.offset, rows, t);
    frame.render_widget(block.style(t.text), area);
    frame.render_widget(Paragraph::new(lines).style(t.text), text);
    scrollbar(
        area,
        frame.buffer_mut(),
        o.doc.len(),
        o.scroll.offset,
        rows,
        t,
    );
}
