//! The links pane: where the current page leads. Each link shows its title
//! and a detail line, wrapped to the pane's width.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::ui::app::App;
use crate::ui::core::history::Page;
use crate::ui::core::layout;
use crate::ui::core::mode::{Focus, Mode};

use crate::ui::widgets::pane::{fit, pane, scrollbar};

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
    let lines = link_lines(app, focused, width, rows, (t.text, t.dim));
    frame.render_widget(Paragraph::new(lines).block(pane(title, focused, t)), area);
    let total = b.link_heights.iter().sum();
    let above = b.link_heights.iter().take(b.link.offset).sum();
    scrollbar(area, frame.buffer_mut(), total, above, rows, t);
}

/// The visible lines of the current page's links, from the scroll offset,
/// `rows` at most (a link is not cut in the middle unless it must be), each
/// padded to `width` so a selected link is highlighted across. `styles` are
/// for a link's title and its detail lines when it is not selected.
pub fn link_lines(
    app: &App,
    focused: bool,
    width: usize,
    rows: usize,
    styles: (Style, Style),
) -> Vec<Line<'static>> {
    let t = &app.theme;
    let b = &app.browse;
    let mut lines = Vec::new();
    for (i, item) in b.link_lines.iter().enumerate().skip(b.link.offset) {
        for line in item {
            let style = match (i == b.link.selected, focused, line.is_title) {
                (true, true, _) => t.selected,
                (true, false, _) => t.selected_unfocused,
                (false, _, true) => styles.0,
                (false, _, false) => styles.1,
            };
            lines.push(Line::styled(fit(&line.text, width), style));
        }
        if lines.len() >= rows {
            break;
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled("(no links)", styles.1));
    }
    lines
}
