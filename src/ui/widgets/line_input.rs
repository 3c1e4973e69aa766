//! A one-line text input, edited by characters (never bytes), so emoji,
//! accents and CJK text are inserted and deleted whole.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The text typed so far and the cursor, as a character index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    chars: Vec<char>,
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

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// The cursor's position in characters from the start.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Inserts `text` at the cursor (a paste), leaving the cursor after it.
    pub fn insert_str(&mut self, text: &str) {
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len();
        self.chars.splice(self.cursor..self.cursor, chars);
        self.cursor += n;
    }

    /// Applies an editing key; returns whether it was one.
    pub fn key(&mut self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char('a') if ctrl => self.cursor = 0,
            KeyCode::Char('e') if ctrl => self.cursor = self.chars.len(),
            KeyCode::Char('u') if ctrl => {
                self.chars.drain(..self.cursor);
                self.cursor = 0;
            }
            KeyCode::Char(_) if ctrl || key.modifiers.contains(KeyModifiers::ALT) => return false,
            KeyCode::Char(c) => {
                self.chars.insert(self.cursor, c);
                self.cursor += 1;
            }
            KeyCode::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                self.chars.remove(self.cursor);
            }
            KeyCode::Delete if self.cursor < self.chars.len() => {
                self.chars.remove(self.cursor);
            }
            KeyCode::Left => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Right => self.cursor = (self.cursor + 1).min(self.chars.len()),
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = self.chars.len(),
            KeyCode::Backspace | KeyCode::Delete => {}
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
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
}
