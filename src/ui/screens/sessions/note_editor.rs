//! The note editor: a multi-line `ratatui-textarea` on one note.

use ratatui::crossterm::event::KeyEvent;
use ratatui::style::Style;
use ratatui::widgets::Block;
use ratatui_textarea::{TextArea, WrapMode};

use crate::domain::{NoteTarget, Session, Timestamp};

/// A note being written or edited.
#[derive(Debug, Clone)]
pub struct NoteEditor {
    /// What the note is about.
    pub target: NoteTarget,
    /// The note's index in `session.notes` when editing one; `None` for new.
    pub index: Option<usize>,
    /// What the note is about, in words, for the title.
    pub about: String,
    pub area: TextArea<'static>,
    /// The text when the editor opened.
    original: String,
}

/// What saving a note did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteSaved {
    Added,
    Updated,
    Deleted,
    /// An empty new note: nothing to keep.
    Nothing,
}

impl NoteEditor {
    /// Opens the latest note about `target` in `session`, or a new one.
    pub fn open(session: &Session, target: NoteTarget, about: String, text_style: Style) -> Self {
        let latest = session
            .notes
            .iter()
            .enumerate()
            .rev()
            .find(|(_, n)| n.about == target);
        let (index, original) = match latest {
            Some((i, n)) => (Some(i), n.text.clone()),
            None => (None, String::new()),
        };
        let mut area = TextArea::new(original.split('\n').map(str::to_string).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_style(text_style);
        area.set_cursor_line_style(Style::new());
        area.set_block(Block::new());
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        NoteEditor {
            target,
            index,
            about,
            area,
            original,
        }
    }

    /// The text as typed.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Whether the text differs from when the editor opened.
    pub fn changed(&self) -> bool {
        self.text() != self.original
    }

    /// Inserts pasted text (lines split on `\n`) at the cursor.
    pub fn paste(&mut self, text: &str) {
        self.area.insert_str(text);
    }

    /// An editing key for the text area.
    pub fn key(&mut self, key: KeyEvent) {
        self.area.input(key);
    }

    /// Writes the note into `session`: adds it, updates it, or deletes it
    /// when its text was emptied.
    pub fn save_into(&self, session: &mut Session, now: Timestamp) -> NoteSaved {
        let text = self.text().trim_end().to_string();
        let existing = self.index.filter(|i| {
            session
                .notes
                .get(*i)
                .is_some_and(|n| n.about == self.target)
        });
        match existing {
            Some(i) if text.trim().is_empty() => {
                session.notes.remove(i);
                NoteSaved::Deleted
            }
            Some(i) => {
                if let Some(note) = session.notes.get_mut(i)
                    && note.text != text
                {
                    note.text = text;
                    note.updated = now;
                }
                NoteSaved::Updated
            }
            None if text.trim().is_empty() => NoteSaved::Nothing,
            None => {
                session.add_note(self.target.clone(), text, now);
                NoteSaved::Added
            }
        }
    }
}
