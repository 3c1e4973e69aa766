//! Search marks on the page pane: the passage opened from search gets a bar
//! beside it, and the words in it that match are highlighted. The mark
//! itself is the search screen's (`app.search.mark`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::ui::app::App;

use crate::ui::widgets::highlight::highlight;
use crate::ui::widgets::pane::{style_for, visible_lines};

/// The page's lines from `offset`, at most `rows`, styled, with the search
/// matches of a marked passage highlighted.
pub fn page_lines(app: &App, offset: usize, rows: usize) -> Vec<Line<'_>> {
    let t = &app.theme;
    let doc = &app.browse.doc;
    let Some(m) = app.search.mark_on(app.browse.page, doc.width) else {
        return visible_lines(doc, offset, rows, t);
    };
    doc.lines
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows)
        .map(|(i, l)| {
            let pieces = l.spans.iter().map(|(r, s)| (style_for(*r, t), s.as_str()));
            Line::from(highlight(pieces, m.line(i).unwrap_or(&[]), t.search_match))
        })
        .collect()
}

/// A bar in the blank column left of the text for each visible line of the
/// marked passage.
pub fn passage_bar(frame: &mut Frame, text: Rect, app: &App, offset: usize) {
    let b = &app.browse;
    let Some(m) = app.search.mark_on(b.page, b.doc.width) else {
        return;
    };
    let Some(x) = text.x.checked_sub(1) else {
        return;
    };
    let rows = usize::from(text.height);
    for (line, _) in &m.lines {
        let Some(row) = line.checked_sub(offset).filter(|r| *r < rows) else {
            continue;
        };
        let y = text.y + u16::try_from(row).unwrap_or(0);
        if let Some(cell) = frame.buffer_mut().cell_mut((x, y)) {
            cell.set_symbol("▌").set_style(app.theme.search_passage);
        }
    }
}
