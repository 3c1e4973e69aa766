//! The search screen's state: the index (built once), the query being typed,
//! its results, and the last search's mark on a page (for `n` / `N`).
//!
//! The actions are applied in `update` (an `impl App` block, since opening
//! a result changes the main screen too).

pub mod actions;
pub mod keys;
mod notes;
mod update;
pub mod view;

use std::ops::Range;

use ratatui::layout::{Constraint, Layout, Rect};

pub use crate::ui::core::action::Edit;
pub use crate::ui::widgets::line_input::LineInput;

use crate::domain::{
    ActionItem, Graph, Location, NoteTarget, PageHit, PassageHit, Results, SearchIndex, Session,
};

use crate::ui::core::history::Page;
use crate::ui::core::mode::Mode;
use crate::ui::core::scroll::Cursor;
use crate::ui::document::Doc;

/// Most pages listed for one query.
pub const RESULT_LIMIT: usize = 100;
/// Rows each entry (a page or a passage under it) takes in the list.
pub const ROWS_PER_RESULT: usize = 1;

/// One row of the result list: a page, or one of its passages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// Index into the results' pages.
    pub page: usize,
    /// Index into that page's passages; `None` for the page itself.
    pub passage: Option<usize>,
}

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
        let highlighter = index.highlighter_for(query);
        let lines = doc
            .lines
            .get(range.clone())?
            .iter()
            .zip(range)
            .map(|(l, i)| {
                let text = l.text();
                let mut ranges = highlighter.ranges(&text);
                ranges.extend(tag_ranges(&text, query));
                (i, merged(ranges))
            })
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

/// The char ranges of `text` that are one of the `#tags` of `query` (the
/// index does not mark tags: they are not words).
fn tag_ranges(text: &str, query: &str) -> Vec<Range<usize>> {
    let lower: Vec<char> = text.to_lowercase().chars().collect();
    let mut out = Vec::new();
    for tag in query
        .split_whitespace()
        .filter(|w| w.len() > 1 && w.starts_with('#'))
    {
        let tag: Vec<char> = tag.to_lowercase().chars().collect();
        let mut at = 0;
        while at + tag.len() <= lower.len() {
            let end = at + tag.len();
            let whole = lower.get(end).is_none_or(|c| c.is_whitespace());
            if lower.get(at..end) == Some(tag.as_slice()) && whole {
                out.push(at..end);
                at = end;
            } else {
                at += 1;
            }
        }
    }
    out
}

/// Sorted ranges with overlapping or touching ones joined.
fn merged(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// The search index: being built off the first frame's path, or ready.
pub enum IndexSlot {
    /// Not built (a copy of the app state drops a build in progress).
    Empty,
    /// Being built on a thread started with the app.
    Building(std::thread::JoinHandle<SearchIndex>),
    Ready(Box<SearchIndex>),
}

impl Clone for IndexSlot {
    fn clone(&self) -> Self {
        match self {
            IndexSlot::Ready(i) => IndexSlot::Ready(i.clone()),
            _ => IndexSlot::Empty,
        }
    }
}

impl std::fmt::Debug for IndexSlot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IndexSlot::Empty => f.write_str("IndexSlot::Empty"),
            IndexSlot::Building(_) => f.write_str("IndexSlot::Building"),
            IndexSlot::Ready(i) => write!(f, "IndexSlot::Ready({} pages)", i.len()),
        }
    }
}

/// State of the search screen.
#[derive(Debug, Clone)]
pub struct Search {
    /// Every page of the graph, with the session's notes. The run loop
    /// starts its build on a thread once the first frame is drawn
    /// ([`Search::start_index`]), so neither the first frame nor the first
    /// `/` waits for it; without the run loop (tests) it is built when
    /// first needed.
    index: IndexSlot,
    pub input: LineInput,
    pub results: Results,
    /// The result list: each page, then its passages.
    pub rows: Vec<Row>,
    /// The selected row and the first one shown.
    pub cursor: Cursor,
    /// The mode search was opened from (Esc goes back to it).
    pub from: Mode,
    /// The query of the last result opened (what `n` / `N` look for).
    pub last: Option<String>,
    /// The passage marked on a page.
    pub mark: Option<Mark>,
    /// The notes as last indexed: (what about, text).
    indexed_notes: Vec<(NoteTarget, String)>,
    /// The action items as last indexed (after the notes).
    indexed_actions: Vec<ActionItem>,
}

impl Search {
    /// The search screen, its index not built yet.
    pub fn new(_graph: &Graph) -> Self {
        Search {
            index: IndexSlot::Empty,
            input: LineInput::default(),
            results: Results::default(),
            rows: Vec::new(),
            cursor: Cursor::default(),
            from: Mode::Browse,
            last: None,
            mark: None,
            indexed_notes: Vec::new(),
            indexed_actions: Vec::new(),
        }
    }

    /// Starts building the index over `graph` on a thread, unless it is
    /// built or being built.
    pub fn start_index(&mut self, graph: &Graph) {
        if !matches!(self.index, IndexSlot::Empty) {
            return;
        }
        let copy = graph.clone();
        self.index = std::thread::Builder::new()
            .name("search-index".into())
            .spawn(move || SearchIndex::new(&copy))
            .map_or(IndexSlot::Empty, IndexSlot::Building);
    }

    /// The index, if it is built.
    pub fn index(&self) -> Option<&SearchIndex> {
        match &self.index {
            IndexSlot::Ready(i) => Some(i),
            _ => None,
        }
    }

    /// Whether the index is built (or being built) without waiting.
    pub fn is_ready(&self) -> bool {
        matches!(self.index, IndexSlot::Ready(_))
    }

    /// The index, waiting for its build (or building it here if the thread
    /// could not start or failed).
    fn ensure(&mut self, graph: &Graph) -> &mut SearchIndex {
        let slot = std::mem::replace(&mut self.index, IndexSlot::Empty);
        let index = match slot {
            IndexSlot::Ready(i) => i,
            IndexSlot::Building(handle) => {
                Box::new(handle.join().unwrap_or_else(|_| SearchIndex::new(graph)))
            }
            IndexSlot::Empty => Box::new(SearchIndex::new(graph)),
        };
        self.index = IndexSlot::Ready(index);
        match &mut self.index {
            IndexSlot::Ready(i) => i,
            _ => unreachable!("just set"),
        }
    }

    /// Re-indexes the session's notes and action items if they changed
    /// since the last call.
    pub fn sync_notes(&mut self, graph: &Graph, session: &Session) {
        let (notes, actions) = (&session.notes, &session.actions);
        if matches!(self.index, IndexSlot::Empty) {
            // A new index holds no notes.
            self.indexed_notes.clear();
            self.indexed_actions.clear();
        }
        let same = notes.len() == self.indexed_notes.len()
            && notes
                .iter()
                .zip(&self.indexed_notes)
                .all(|(n, (about, text))| n.about == *about && n.text == *text)
            && *actions == self.indexed_actions;
        let index = self.ensure(graph);
        if same {
            return;
        }
        let mut docs: Vec<_> = notes
            .iter()
            .enumerate()
            .filter_map(|(key, note)| notes::note_doc(graph, key, note))
            .collect();
        docs.extend(crate::ui::screens::search::actions::docs(
            graph,
            actions,
            notes.len(),
        ));
        index.set_notes(&docs);
        self.indexed_actions = actions.clone();
        self.indexed_notes = notes
            .iter()
            .map(|n| (n.about.clone(), n.text.clone()))
            .collect();
    }

    /// Runs the query typed so far over the graph and the notes as they
    /// are now; the first row is selected. An empty query lists nothing and
    /// does not wait for the index.
    pub fn refresh(&mut self, graph: &Graph, session: &Session) {
        let query = self.input.text();
        self.results = if query.trim().is_empty() {
            Results::default()
        } else {
            self.sync_notes(graph, session);
            self.index()
                .map(|i| i.search_as_typed(&query, RESULT_LIMIT))
                .unwrap_or_default()
        };
        self.rows = self
            .results
            .pages
            .iter()
            .enumerate()
            .flat_map(|(p, hit)| {
                std::iter::once(Row {
                    page: p,
                    passage: None,
                })
                .chain((0..hit.passages.len()).map(move |i| Row {
                    page: p,
                    passage: Some(i),
                }))
            })
            .collect();
        self.cursor = Cursor::default();
    }

    /// The mark, if it is on `page` and was worked out for documents `width`
    /// wide.
    pub fn mark_on(&self, page: Page, width: u16) -> Option<&Mark> {
        self.mark
            .as_ref()
            .filter(|m| m.page == page && m.width == width)
    }

    /// The page and passage (if any) of row `row`.
    pub fn row(&self, row: usize) -> Option<(&PageHit, Option<&PassageHit>)> {
        let r = self.rows.get(row)?;
        let page = self.results.pages.get(r.page)?;
        match r.passage {
            None => Some((page, None)),
            Some(i) => Some((page, Some(page.passages.get(i)?))),
        }
    }

    /// Works the mark out again if the page it is on was re-wrapped or its
    /// lines moved (an answer or a note added above it).
    pub fn refit(&mut self, page: Page, doc: &Doc) {
        let Some(m) = &self.mark else {
            return;
        };
        let moved = || doc.lines_of(m.location).map(|r| r.start) != m.lines.first().map(|l| l.0);
        if m.page == page && (m.width != doc.width || moved()) {
            let (location, query) = (m.location, m.query.clone());
            let index = self.index();
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
