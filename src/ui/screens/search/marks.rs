//! Search marks on a page: the passage opened from search gets a bar beside
//! it, and the words in it that match are highlighted.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::ui::app::App;
use crate::ui::screens::search::Mark;

use crate::ui::widgets::pane::{style_for, visible_lines};

/// The mark on the page shown, if it is on it and fits its wrapping.
fn mark(app: &App) -> Option<&Mark> {
    let b = &app.browse;
    app.search
        .mark
        .as_ref()
        .filter(|m| m.page == b.page && m.width == b.doc.width)
}

/// The page's lines from `offset`, at most `rows`, styled, with the search
/// matches of a marked passage highlighted.
pub fn page_lines(app: &App, offset: usize, rows: usize) -> Vec<Line<'_>> {
    let t = &app.theme;
    let doc = &app.browse.doc;
    let Some(m) = mark(app) else {
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
    let Some(m) = mark(app) else {
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

/// Styled pieces of text as spans, with the chars at `ranges` (counted
/// across all pieces) patched with `hl`.
pub fn highlight<'a>(
    pieces: impl IntoIterator<Item = (Style, &'a str)>,
    ranges: &[Range<usize>],
    hl: Style,
) -> Vec<Span<'a>> {
    let mut out = Vec::new();
    let mut at = 0;
    for (style, s) in pieces {
        let mut from = 0;
        let mut lit = None;
        for (n, (byte, _)) in s.char_indices().enumerate() {
            let on = ranges.iter().any(|r| r.contains(&(at + n)));
            if lit != Some(on) {
                if let Some(was) = lit.filter(|_| byte > from) {
                    out.push(piece(&s[from..byte], style, was, hl));
                }
                from = byte;
                lit = Some(on);
            }
        }
        if from < s.len() {
            out.push(piece(&s[from..], style, lit.unwrap_or(false), hl));
        }
        at += s.chars().count();
    }
    out
}

fn piece(s: &str, style: Style, on: bool, hl: Style) -> Span<'_> {
    Span::styled(s, if on { style.patch(hl) } else { style })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Modifier};

    #[test]
    fn highlights_split_pieces_at_char_positions() {
        let base = Style::new().add_modifier(Modifier::ITALIC);
        let hl = Style::new().bg(Color::Yellow);
        // Ranges count chars across pieces: "部署 merge" is chars 0-7, so
        // the second piece's " fr" are chars 8-10.
        let spans = highlight(
            [(base, "部署 merge"), (Style::new(), " freeze")],
            &[3..5, 9..11],
            hl,
        );
        let parts: Vec<(&str, bool)> = spans
            .iter()
            .map(|s| (s.content.as_ref(), s.style.bg == Some(Color::Yellow)))
            .collect();
        assert_eq!(
            parts,
            [
                ("部署 ", false),
                ("me", true),
                ("rge", false),
                (" ", false),
                ("fr", true),
                ("eeze", false)
            ]
        );
        assert!(
            spans[1].style.add_modifier.contains(Modifier::ITALIC),
            "keeps the base style"
        );
    }
}
