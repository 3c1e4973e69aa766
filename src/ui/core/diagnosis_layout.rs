//! Where the diagnosis screens' parts go, worked out from the main screen's
//! body (everything but the status bar). Both `fit` (wrapping, scrolling) and
//! the render modules use these, so they agree.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::ui::core::layout::{self, Screen, WIDE};

/// Widest the running text of the question screen gets, for readability.
pub const QUESTION_MAX_WIDTH: u16 = 100;

/// The question screen: the box, the scrolling guide text, and the app's
/// prompt with the choices pinned at the bottom.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuestionRects {
    pub frame: Rect,
    pub text: Rect,
    pub prompt: Rect,
}

/// A list screen (summary, checklist, ranked): the list box and a detail box.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListRects {
    pub list: Rect,
    pub detail: Rect,
}

/// The body of the main screen, if it is usable.
pub fn body(screen: &Screen) -> Option<Rect> {
    match screen {
        Screen::Main(p) => Some(p.about),
        Screen::TooSmall { .. } => None,
    }
}

/// The question screen in `body`, with `prompt_rows` rows for the prompt
/// (the rule above it and the choices line come on top of those) and
/// `text_rows` for the guide's text: centred, no taller than it needs.
pub fn question(body: Rect, prompt_rows: u16, text_rows: u16) -> QuestionRects {
    // Borders and margins (2), a blank row before the prompt (1), the rule
    // and the choices (2).
    let needed = text_rows.saturating_add(prompt_rows).saturating_add(5);
    let frame = body.centered(
        Constraint::Max(QUESTION_MAX_WIDTH + 6),
        Constraint::Max(needed),
    );
    let inside = layout::text_area(frame);
    let bottom = (prompt_rows + 2).min(inside.height / 2);
    let [text, prompt] = inside.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(bottom),
    ]));
    QuestionRects {
        frame,
        text,
        prompt,
    }
}

/// The width of the question screen's text for a body, before the prompt's
/// height is known (it does not change the width).
pub fn question_width(body: Rect) -> u16 {
    question(body, 0, u16::MAX).text.width
}

/// A list and its detail: side by side on wide screens, the detail under the
/// list otherwise. `detail_share` is the detail's percentage of the room.
pub fn list_and_detail(body: Rect, detail_share: u16) -> ListRects {
    let (list, detail) = if body.width >= WIDE {
        let [l, d] = body.layout(&Layout::horizontal([
            Constraint::Percentage(100 - detail_share),
            Constraint::Percentage(detail_share),
        ]));
        (l, d)
    } else {
        let [l, d] = body.layout(&Layout::vertical([
            Constraint::Percentage(100 - detail_share),
            Constraint::Percentage(detail_share),
        ]));
        (l, d)
    };
    ListRects { list, detail }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_question_text_is_capped_and_the_prompt_pinned_at_the_bottom() {
        let q = question(Rect::new(0, 0, 80, 23), 2, 40);
        assert_eq!(q.frame, Rect::new(0, 0, 80, 23));
        assert_eq!(q.text, Rect::new(2, 1, 76, 17));
        assert_eq!(q.prompt, Rect::new(2, 18, 76, 4));
        // 10 rows of text + 1 of prompt + 5 = 16 rows, centred in 44.
        let wide = question(Rect::new(0, 0, 160, 44), 1, 10);
        assert_eq!(wide.frame, Rect::new(27, 14, 106, 16));
        assert_eq!(wide.text, Rect::new(29, 15, 102, 11));
        assert_eq!(wide.prompt, Rect::new(29, 26, 102, 3));
    }

    #[test]
    fn the_detail_goes_beside_on_wide_screens_and_under_otherwise() {
        let n = list_and_detail(Rect::new(0, 0, 80, 23), 40);
        assert_eq!(n.list.width, 80);
        assert!(n.detail.y > n.list.y);
        let w = list_and_detail(Rect::new(0, 0, 120, 39), 50);
        assert_eq!((w.list.width, w.detail.width), (60, 60));
        assert_eq!(w.detail.y, 0);
    }
}
