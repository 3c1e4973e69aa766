//! Highlighting: styled pieces of text with some of their characters
//! patched (search matches in results and on pages).

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::Span;

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
