//! What every pane is drawn with: a bordered block with a title, the
//! document lines in view, a scrollbar, and text cut to a width.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};

use crate::ui::core::theme::Theme;
use crate::ui::document::{Doc, Role};

/// The theme style for a document role.
pub fn style_for(role: Role, t: &Theme) -> Style {
    match role {
        Role::Text => t.text,
        Role::Title => t.page_title,
        Role::Summary => t.summary,
        Role::Heading => t.heading,
        Role::Subheading => t.subheading,
        Role::Label => t.app_label,
        Role::Figure => t.figure,
        Role::Link => t.link,
        Role::Question => t.question,
        Role::Key => t.key,
        Role::Note => t.app_label.add_modifier(ratatui::style::Modifier::ITALIC),
    }
}

/// The lines of `doc` from `offset`, at most `rows` of them, styled.
pub fn visible_lines<'a>(doc: &'a Doc, offset: usize, rows: usize, t: &Theme) -> Vec<Line<'a>> {
    doc.lines
        .iter()
        .skip(offset)
        .take(rows)
        .map(|l| {
            Line::from(
                l.spans
                    .iter()
                    .map(|(role, s)| Span::styled(s.as_str(), style_for(*role, t)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect()
}

/// A bordered pane with a title, styled by whether it has focus.
pub fn pane<'a>(title: impl Into<Line<'a>>, focused: bool, t: &Theme) -> Block<'a> {
    let (border, title_style) = if focused {
        (t.border_focused, t.pane_title_focused)
    } else {
        (t.border, t.pane_title)
    };
    Block::bordered()
        .border_style(border)
        .title(title.into().style(title_style))
}

/// A vertical scrollbar on the right border of `area`, when the content is
/// longer than the view.
pub fn scrollbar(area: Rect, buf: &mut Buffer, len: usize, offset: usize, rows: usize, t: &Theme) {
    if len <= rows {
        return;
    }
    let mut state = ScrollbarState::new(len.saturating_sub(rows) + 1)
        .position(offset)
        .viewport_content_length(rows);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .thumb_style(t.scrollbar)
        .begin_symbol(None)
        .end_symbol(None)
        .render(area.inner(Margin::new(0, 1)), buf, &mut state);
}

/// `text` cut to `width` columns with a trailing "…" when it does not fit.
/// Only for labels whose full text is shown elsewhere (the page).
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return format!("{text:<width$}");
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    if width > 0 {
        cut.push('…');
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn fit_pads_or_cuts_with_an_ellipsis() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("abc", 0), "");
    }
}
