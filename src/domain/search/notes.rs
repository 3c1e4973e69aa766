//! The session's notes: indexed as passages of the page they are on.

use super::{NoteDoc, SearchIndex};
use crate::domain::graph::Graph;

impl SearchIndex {
    /// Indexes `graph` and the given notes.
    pub fn with_notes(graph: &Graph, notes: &[NoteDoc]) -> Self {
        let mut index = Self::new(graph);
        index.set_notes(notes);
        index
    }

    /// Replaces the indexed notes with `notes`.
    pub fn set_notes(&mut self, notes: &[NoteDoc]) {
        self.notes = notes.to_vec();
        self.index
            .set_notes(&mut self.stems, &self.thesaurus, notes);
    }

    /// Makes one more note searchable.
    pub fn add_note(&mut self, note: &NoteDoc) {
        let mut notes = std::mem::take(&mut self.notes);
        notes.push(note.clone());
        self.set_notes(&notes);
    }

    /// Removes every note (for example when another session is opened).
    pub fn clear_notes(&mut self) {
        self.set_notes(&[]);
    }
}
