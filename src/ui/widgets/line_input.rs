//! The one-line text input of the search box and of the session dialogs'
//! prompts, edited by chars (never bytes), so any Unicode (emoji, combining
//! marks, CJK) is safe to type, move over and delete.
//!
//! The search screen edits it through [`Edit`] values (its key table maps
//! keys to them); the prompts hand it their key events ([`LineInput::key`]).
//! The two Ctrl-U's differ on purpose: in the search box it clears the line
//! ([`Edit::Clear`]), in a prompt it deletes what is before the cursor
//! ([`Edit::DeleteToStart`]).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::ui::core::action::Edit;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

/// The text and a cursor position, both counted in chars.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    chars: Vec<char>,
    /// Chars before the cursor, `0..=chars.len()`.
    cursor: usize,
}

impl LineInput {
    /// An input holding `text`, with the cursor at its end.
    pub fn with_text(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        LineInput {
            cursor: chars.len(),
            chars,
        }
    }

    /// The text typed.
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// The cursor, in chars from the start.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The text before the cursor.
    pub fn before_cursor(&self) -> String {
        self.chars.iter().take(self.cursor).collect()
    }

    /// Inserts `c` at the cursor. Control characters are ignored.
    pub fn insert(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        self.put(c);
    }

    /// Inserts `text` at the cursor (a paste), leaving the cursor after it.
    pub fn insert_str(&mut self, text: &str) {
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len();
        self.chars.splice(self.cursor..self.cursor, chars);
        self.cursor += n;
    }

    /// Inserts `c` at the cursor, whatever it is.
    fn put(&mut self, c: char) {
        self.chars.insert(self.cursor, c);
        self.cursor += 1;
    }

    /// Applies an edit. Returns whether the text changed.
    pub fn edit(&mut self, e: Edit) -> bool {
        let len = self.chars.len();
        match e {
            Edit::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                self.chars.remove(self.cursor);
                return true;
            }
            Edit::Delete if self.cursor < len => {
                self.chars.remove(self.cursor);
                return true;
            }
            Edit::Left => self.cursor = self.cursor.saturating_sub(1),
            Edit::Right => self.cursor = (self.cursor + 1).min(len),
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = len,
            Edit::Clear if len > 0 => {
                self.chars.clear();
                self.cursor = 0;
                return true;
            }
            Edit::DeleteToStart if self.cursor > 0 => {
                self.chars.drain(..self.cursor);
                self.cursor = 0;
                return true;
            }
            Edit::DeleteWord if self.cursor > 0 => {
                let mut start = self.cursor;
                while start > 0 && self.chars[start - 1].is_whitespace() {
                    start -= 1;
                }
                while start > 0 && !self.chars[start - 1].is_whitespace() {
                    start -= 1;
                }
                self.chars.drain(start..self.cursor);
                self.cursor = start;
                return true;
            }
            _ => {}
        }
        false
    }

    /// Applies an editing key of a prompt; returns whether it was one.
    /// Ctrl-A and Ctrl-E go to the start and the end, Ctrl-U deletes what is
    /// before the cursor; other Ctrl and Alt chars are not editing keys.
    pub fn key(&mut self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let edit = match key.code {
            KeyCode::Char('a') if ctrl => Edit::Home,
            KeyCode::Char('e') if ctrl => Edit::End,
            KeyCode::Char('u') if ctrl => Edit::DeleteToStart,
            KeyCode::Char(_) if ctrl || key.modifiers.contains(KeyModifiers::ALT) => return false,
            KeyCode::Char(c) => {
                self.put(c);
                return true;
            }
            KeyCode::Backspace => Edit::Backspace,
            KeyCode::Delete => Edit::Delete,
            KeyCode::Left => Edit::Left,
            KeyCode::Right => Edit::Right,
            KeyCode::Home => Edit::Home,
            KeyCode::End => Edit::End,
            _ => return false,
        };
        self.edit(edit);
        true
    }
}

/// Draws `input` on the first row of `area` in `style`, with the terminal
/// cursor at the editing position. A text longer than the row scrolls so
/// the cursor stays in view. Used by the search box and every prompt.
pub fn draw(frame: &mut Frame, area: Rect, input: &LineInput, style: Style) {
    let chars = &input.chars;
    let width = usize::from(area.width);
    let column = |from: usize| -> usize {
        let before: String = chars.iter().take(input.cursor).skip(from).collect();
        Line::from(before).width()
    };
    let mut from = 0;
    while from < input.cursor && column(from) >= width {
        from += 1;
    }
    let shown: String = chars.iter().skip(from).collect();
    let row = Rect {
        height: area.height.min(1),
        ..area
    };
    frame.render_widget(Paragraph::new(shown).style(style), row);
    let x = area.x + u16::try_from(column(from)).unwrap_or(0);
    if area.width > 0 && area.height > 0 {
        frame.set_cursor_position(Position::new(x.min(area.right() - 1), area.y));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> LineInput {
        let mut i = LineInput::default();
        s.chars().for_each(|c| i.insert(c));
        i
    }

    fn k(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn editing_in_the_middle() {
        let mut i = typed("merge frez");
        i.edit(Edit::Left);
        i.insert('e');
        assert_eq!((i.text().as_str(), i.cursor()), ("merge freez", 10));
        i.edit(Edit::Home);
        i.edit(Edit::Delete);
        assert_eq!(i.text(), "erge freez");
        i.edit(Edit::End);
        i.edit(Edit::Backspace);
        assert_eq!((i.text().as_str(), i.cursor()), ("erge free", 9));
        i.edit(Edit::Right);
        assert_eq!(i.cursor(), 9, "right stops at the end");
    }

    #[test]
    fn ctrl_w_deletes_the_word_before_the_cursor_and_its_spaces() {
        let mut i = typed("nobody can  roll");
        assert!(i.edit(Edit::DeleteWord));
        assert_eq!(i.text(), "nobody can  ");
        assert!(i.edit(Edit::DeleteWord));
        assert_eq!(i.text(), "nobody ");
        i.edit(Edit::Home);
        assert!(!i.edit(Edit::DeleteWord), "nothing before the cursor");
        assert!(i.edit(Edit::Clear));
        assert!(i.is_empty());
        assert_eq!(i.cursor(), 0);
    }

    #[test]
    fn positions_count_chars_not_bytes() {
        // "e" + combining acute (2 chars), an emoji (1 char, 4 bytes), CJK.
        let mut i = typed("e\u{301}🚀部署");
        assert_eq!(i.cursor(), 5);
        i.edit(Edit::Left);
        i.edit(Edit::Left);
        i.edit(Edit::Backspace);
        assert_eq!(i.text(), "e\u{301}部署", "the emoji went, whole");
        assert_eq!(i.before_cursor(), "e\u{301}");
        i.edit(Edit::Backspace);
        assert_eq!(i.text(), "e部署", "only the combining mark went");
        i.insert('\u{7}');
        assert_eq!(i.text(), "e部署", "control chars are not typed");
        i.edit(Edit::End);
        i.edit(Edit::DeleteWord);
        assert!(i.is_empty());
    }

    #[test]
    fn editing_works_on_characters_not_bytes() {
        let mut input = LineInput::default();
        for c in "a✓日".chars() {
            input.key(k(KeyCode::Char(c)));
        }
        assert_eq!(input.cursor(), 3);
        input.key(k(KeyCode::Left));
        input.key(k(KeyCode::Backspace)); // removes ✓ (3 bytes) whole
        assert_eq!(input.text(), "a日");
        input.key(k(KeyCode::Char('é')));
        assert_eq!(input.text(), "aé日");
        input.key(k(KeyCode::Home));
        input.key(k(KeyCode::Backspace)); // nothing before the cursor
        input.key(k(KeyCode::Delete));
        assert_eq!(input.text(), "é日");
        input.key(k(KeyCode::End));
        input.key(k(KeyCode::Right));
        assert_eq!(input.cursor(), 2);
    }

    #[test]
    fn control_keys_are_not_typed() {
        let mut input = LineInput::with_text("team");
        assert!(!input.key(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL)));
        assert!(input.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)));
        assert_eq!(input.text(), "");
    }

    #[test]
    fn the_two_ctrl_u_edits_differ_after_the_cursor() {
        let mut search = typed("merge freeze");
        let mut prompt = LineInput::with_text("merge freeze");
        for _ in 0.."freeze".len() {
            search.edit(Edit::Left);
            prompt.key(k(KeyCode::Left));
        }
        assert!(search.edit(Edit::Clear));
        assert_eq!((search.text().as_str(), search.cursor()), ("", 0));
        assert!(prompt.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)));
        assert_eq!((prompt.text().as_str(), prompt.cursor()), ("freeze", 0));
        assert!(
            !prompt.edit(Edit::DeleteToStart),
            "nothing before the cursor"
        );
        assert_eq!(prompt.text(), "freeze");
    }

    #[test]
    fn a_long_text_scrolls_so_the_cursor_stays_in_the_row() {
        let input = LineInput::with_text("abcdefghijklmnopqrstuvwxyz");
        let backend = ratatui::backend::TestBackend::new(10, 1);
        let mut t = ratatui::Terminal::new(backend).expect("terminal");
        t.draw(|f| draw(f, f.area(), &input, Style::default()))
            .expect("draw");
        let row: String = (0..10)
            .map(|x| t.backend().buffer()[(x, 0)].symbol().to_string())
            .collect();
        // The end of the text is shown, with room for the cursor after it.
        assert_eq!(row, "rstuvwxyz ");
        let cursor = t.get_cursor_position().expect("cursor");
        assert_eq!((cursor.x, cursor.y), (9, 0));
    }
}
