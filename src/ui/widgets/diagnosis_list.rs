//! The parts the diagnosis list screens share: a list of wrapped rows with
//! the selection highlighted, and a scrolling detail pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::ui::core::layout;
use crate::ui::core::scroll::Scroll;
use crate::ui::core::theme::Theme;
use crate::ui::document::Doc;
use crate::ui::widgets::item_list::ItemList;

use crate::ui::widgets::pane::{pane, scrollbar, style_for, visible_lines};

/// Draws `list` in a focused box titled `title`.
pub fn list(frame: &mut Frame, area: Rect, list: &ItemList, title: String, t: &Theme) {
    let inner = layout::inner(area);
    let rows = usize::from(inner.height);
    let width = usize::from(inner.width);
    let selected = list.selected();
    let mut lines: Vec<Line> = Vec::new();
    for (i, item_lines) in list.visible(rows) {
        for l in item_lines {
            if Some(i) == selected {
                let text = l.text();
                let pad = width.saturating_sub(text.chars().count());
                lines.push(Line::styled(
                    format!("{text}{}", " ".repeat(pad)),
                    t.selected,
                ));
            } else {
                let spans: Vec<Span> = l
                    .spans
                    .iter()
                    .map(|(role, s)| Span::styled(s.as_str(), style_for(*role, t)))
                    .collect();
                lines.push(Line::from(spans));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, t)), area);
    let heights = list.heights();
    let total: usize = heights.iter().sum();
    let above: usize = heights.iter().take(list.cursor.offset).sum();
    scrollbar(area, frame.buffer_mut(), total, above, rows, t);
}

/// Draws a detail document in a box titled `title`, from `scroll`.
pub fn detail(frame: &mut Frame, area: Rect, doc: &Doc, scroll: Scroll, title: &str, t: &Theme) {
    let text = layout::text_area(area);
    let rows = usize::from(text.height);
    frame.render_widget(pane(title.to_string(), false, t), area);
    let lines = visible_lines(doc, scroll.offset, rows, t);
    frame.render_widget(Paragraph::new(lines), text);
    scrollbar(area, frame.buffer_mut(), doc.len(), scroll.offset, rows, t);
}
