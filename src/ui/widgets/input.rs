//! A one-line text input, edited by chars (never bytes), so any Unicode
//! (emoji, combining marks, CJK) is safe to type, move over and delete.

use crate::ui::core::action::Edit;

/// The text and a cursor position, both counted in chars.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    chars: Vec<char>,
    /// Chars before the cursor, `0..=chars.len()`.
    cursor: usize,
}

impl LineInput {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> LineInput {
        let mut i = LineInput::default();
        s.chars().for_each(|c| i.insert(c));
        i
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
}
