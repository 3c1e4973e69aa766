//! The search screen's state: the index (built once), the query being typed,
//! its results, and the last search's mark on a page (for `n` / `N`).
//!
//! The actions are applied in [`update`] (an `impl App` block, since opening
//! a result changes the main screen too).

mod input;
pub mod keys;
mod notes;
mod update;

use std::ops::Range;

use ratatui::layout::{Constraint, Layout, Rect};

pub use input::{Edit, LineInput};

use crate::domain::{Graph, Hit, Location, Note, NoteTarget, SearchIndex};

use super::app::Mode;
use super::document::Doc;
use super::history::Page;
use super::scroll::Cursor;

/// Most results listed for one query.
pub const RESULT_LIMIT: usize = 100;
/// Rows each result takes in the list: title line and snippet line.
pub const ROWS_PER_RESULT: usize = 2;

/// A passage shown marked on a page: the result opened or the match jumped to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub page: Page,
    pub location: Location,
    pub query: String,
    /// The document width `lines` were worked out for.
    pub width: u16,
    /// Each line of the passage with the char ranges of it that match.
    pub lines: Vec<(usize, Vec<Range<usize>>)>,
}

impl Mark {
    /// Marks `location` of `doc` (the document of `page`), with the words
    /// matching `query` highlighted; `None` if the page does not show it.
    pub fn new(
        index: &SearchIndex,
        doc: &Doc,
        page: Page,
        location: Location,
        query: &str,
    ) -> Option<Self> {
        let range = doc.lines_of(location)?;
        let lines = doc
            .lines
            .get(range.clone())?
            .iter()
            .zip(range)
            .map(|(l, i)| (i, index.highlight(query, &l.text())))
            .collect();
        Some(Mark {
            page,
            location,
            query: query.to_string(),
            width: doc.width,
            lines,
        })
    }

    /// The highlighted ranges of line `line`, if it belongs to the passage.
    pub fn line(&self, line: usize) -> Option<&[Range<usize>]> {
        self.lines
            .iter()
            .find(|(i, _)| *i == line)
            .map(|(_, r)| r.as_slice())
    }

    /// The first line with a highlighted word, else the passage's first line.
    pub fn first_match_line(&self) -> Option<usize> {
        self.lines
            .iter()
            .find(|(_, r)| !r.is_empty())
            .or(self.lines.first())
            .map(|(i, _)| *i)
    }
}

/// State of the search screen.
#[derive(Debug, Clone)]
pub struct Search {
    /// Every page, passage and question of the graph, and the session's
    /// notes. Built when search is first opened ([`Search::sync_notes`]):
    /// building it takes longer than the rest of start-up together.
    pub index: Option<SearchIndex>,
    pub input: LineInput,
    pub hits: Vec<Hit>,
    /// The selected result and the first one shown.
    pub cursor: Cursor,
    /// The mode search was opened from (Esc goes back to it).
    pub from: Mode,
    /// The query of the last result opened (what `n` / `N` look for).
    pub last: Option<String>,
    /// The passage marked on a page.
    pub mark: Option<Mark>,
    /// The notes as last indexed: (what about, text).
    indexed_notes: Vec<(NoteTarget, String)>,
}

impl Search {
    /// Builds the index over `graph` (once, when the app starts).
    pub fn new(_graph: &Graph) -> Self {
        Search {
            index: None,
            input: LineInput::default(),
            hits: Vec::new(),
            cursor: Cursor::default(),
            from: Mode::Browse,
            last: None,
            mark: None,
            indexed_notes: Vec::new(),
        }
    }

    /// Re-indexes the notes if they changed since the last call.
    pub fn sync_notes(&mut self, graph: &Graph, notes: &[Note]) {
        let index = self.index.get_or_insert_with(|| SearchIndex::new(graph));
        let same = notes.len() == self.indexed_notes.len()
            && notes
                .iter()
                .zip(&self.indexed_notes)
                .all(|(n, (about, text))| n.about == *about && n.text == *text);
        if same {
            return;
        }
        index.clear_notes();
        for (key, note) in notes.iter().enumerate() {
            if let Some(doc) = notes::note_doc(graph, key, note) {
                index.add_note(&doc);
            }
        }
        self.indexed_notes = notes
            .iter()
            .map(|n| (n.about.clone(), n.text.clone()))
            .collect();
    }

    /// Runs the query typed so far; the first result is selected.
    pub fn refresh(&mut self) {
        self.hits = self
            .index
            .as_ref()
            .map_or_else(Vec::new, |i| i.search(&self.input.text(), RESULT_LIMIT));
        self.cursor = Cursor::default();
    }

    /// Works the mark out again if the page it is on was re-wrapped.
    pub fn refit(&mut self, page: Page, doc: &Doc) {
        let Some(m) = &self.mark else {
            return;
        };
        if m.page == page && m.width != doc.width {
            let (location, query) = (m.location, m.query.clone());
            let index = self.index.as_ref();
            self.mark = index.and_then(|i| Mark::new(i, doc, page, location, &query));
        }
    }
}

/// The search screen's parts within the main area: the query box on top,
/// the results under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub input: Rect,
    pub results: Rect,
}

impl Areas {
    pub fn of(body: Rect) -> Self {
        let [input, results] = body.layout(&Layout::vertical([
            Constraint::Length(3),
            Constraint::Fill(1),
        ]));
        Areas { input, results }
    }

    /// How many results fit in the list at once.
    pub fn visible_results(&self) -> usize {
        (usize::from(self.results.height.saturating_sub(2)) / ROWS_PER_RESULT).max(1)
    }
}
