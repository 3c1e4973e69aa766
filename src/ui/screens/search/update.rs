//! Search actions: opening and closing the search screen, typing, choosing
//! and opening a result, and `n` / `N` on a page.

use crate::domain::{Graph, Location, SearchIndex, Target};

use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::history::Page;
use crate::ui::core::layout::Screen;
use crate::ui::core::mode::{Focus, Mode};
use crate::ui::core::scroll::Scroll;
use crate::ui::document::Doc;
use crate::ui::keys::keymap;
use crate::ui::screens::search::{Areas, Mark, notes};

impl App {
    /// Opens the search screen over whatever is shown, with the last query
    /// still typed (and its results, over the notes as they are now).
    pub(crate) fn open_search(&mut self) -> Option<Action> {
        if self.mode != Mode::Search {
            self.search.from = self.mode;
            self.mode = Mode::Search;
        }
        self.search.refresh(&self.graph, &self.session);
        None
    }

    /// Acts on an action while the search screen is open.
    pub(crate) fn search_update(&mut self, action: Action) -> Option<Action> {
        let s = &mut self.search;
        let visible = match self.screen {
            Screen::Main(p) => Areas::of(p.about).visible_results(),
            Screen::TooSmall { .. } => 1,
        };
        let page = isize::try_from(visible).unwrap_or(1);
        let len = s.rows.len();
        match action {
            Action::SearchType(c) => {
                s.input.insert(c);
                s.refresh(&self.graph, &self.session);
            }
            Action::SearchEdit(e) if s.input.edit(e) => {
                s.refresh(&self.graph, &self.session);
            }
            Action::Down => s.cursor.by(1, len, visible),
            Action::Up => s.cursor.by(-1, len, visible),
            Action::PageDown => s.cursor.by(page, len, visible),
            Action::PageUp => s.cursor.by(-page, len, visible),
            Action::CloseSearch => self.mode = self.search.from,
            Action::Open => self.open_result(),
            _ => {}
        }
        None
    }

    /// Opens the selected result: its page, as a new step in history,
    /// scrolled to the matching passage, which is marked.
    fn open_result(&mut self) {
        let selected = self.search.cursor.selected;
        let Some((hit, passage)) = self.search.row(selected) else {
            self.say(if self.search.input.is_empty() {
                "Type something to search for".to_string()
            } else {
                "Nothing to open: no result matches".into()
            });
            return;
        };
        let target = hit.page.clone();
        // An action item's result opens the actions screen at that item.
        if let Some(Location::Note { note }) = passage.map(|p| p.location) {
            let (notes, actions) = (self.session.notes.len(), self.session.actions.len());
            if let Some(item) = crate::ui::screens::search::actions::item_of(note, notes, actions) {
                self.search.last = Some(self.search.input.text());
                self.open_actions(Some(item));
                return;
            }
        }
        let (location, what) = match passage {
            Some(p) => (p.location, format!("{}: {}", hit.title, p.title)),
            None => (hit.location, hit.title.clone()),
        };
        let Some(page) = page_of(&self.graph, &target) else {
            return;
        };
        let query = self.search.input.text();
        let from = match self.search.from {
            m if m.is_overlay() => self.beneath,
            m => m,
        };
        self.mode = Mode::Browse;
        self.browse.follow(page);
        if from != Mode::Browse {
            // Opened over a diagnosis screen: Back returns to it.
            self.return_to = Some((from, self.browse.history.back_len()));
        }
        self.browse.focus = Focus::Page;
        self.browse.refit(&self.graph);
        // The team's notes are on the page before the note is marked.
        self.show_team_notes();
        let location = match location {
            Location::Note { note } if self.browse.doc.lines_of(location).is_none() => {
                notes::location(&self.session.notes, note)
            }
            other => other,
        };
        self.search.last = Some(query.clone());
        self.show_match(page, location, &query);
        let (next, prev) = (
            keymap::key(Mode::Browse, Action::MatchNext),
            keymap::key(Mode::Browse, Action::MatchPrev),
        );
        self.say(format!("Opened {what}; {next}/{prev}: next/previous match"));
    }

    /// Marks `location` on the page shown and scrolls so it is in view: its
    /// first line at the top, unless its first match would then be below
    /// the view.
    fn show_match(&mut self, page: Page, location: Location, query: &str) {
        let doc = &self.browse.doc;
        let index = self.search.index();
        let mark = index.and_then(|i| Mark::new(i, doc, page, location, query));
        let rows = self.viewport().map_or(1, |v| v.page_rows).max(1);
        if let Some(m) = &mark {
            let start = m.lines.first().map_or(0, |(i, _)| *i);
            let first = m.first_match_line().unwrap_or(start);
            let top = if first >= start + rows {
                first + 1 - rows
            } else if location == Location::Tags && m.lines.last().is_some_and(|l| l.0 < rows) {
                // The tags are under the title: show them with it.
                0
            } else {
                start
            };
            self.browse.scroll = Scroll { offset: top };
            self.browse.scroll.clamp(doc.len(), rows);
        }
        self.search.mark = mark;
    }

    /// `n` / `N`: the next or previous match of the last search on this
    /// page, after (or before) the marked one, or the top of the view when
    /// nothing here is marked; wraps around at either end.
    pub(crate) fn jump_match(&mut self, forward: bool) -> Option<Action> {
        let Some(query) = self.search.last.clone() else {
            let key = keymap::key(Mode::Browse, Action::OpenSearch);
            self.say(format!("No search yet: press {key} to search"));
            return None;
        };
        let page = self.browse.page;
        let target = target_of(&self.graph, page)?;
        self.search.sync_notes(&self.graph, &self.session);
        let doc = &self.browse.doc;
        let hits = self
            .search
            .index()
            .map_or_else(Vec::new, |i| i.search_page(&query, &target));
        let mut places: Vec<(usize, Location)> = hits
            .iter()
            .filter_map(|h| doc.lines_of(h.location).map(|r| (r.start, h.location)))
            .collect();
        if let Some(index) = self.search.index() {
            places.extend(action_matches(index, doc, &query));
        }
        places.sort();
        places.dedup();
        if places.is_empty() {
            self.say(format!("No match for “{query}” on this page"));
            return None;
        }
        let here = match &self.search.mark {
            Some(m) if m.page == page => doc.lines_of(m.location).map(|r| r.start),
            _ => None,
        };
        let top = self.browse.scroll.offset;
        let found = if forward {
            places.iter().position(|(line, _)| match here {
                Some(h) => *line > h,
                None => *line >= top,
            })
        } else {
            places
                .iter()
                .rposition(|(line, _)| *line < here.unwrap_or(top))
        };
        let (at, wrapped) = match found {
            Some(i) => (i, ""),
            None if forward => (0, " (wrapped to the top)"),
            None => (places.len() - 1, " (wrapped to the bottom)"),
        };
        let &(_, location) = places.get(at)?;
        self.show_match(page, location, &query);
        self.say(if places.len() == 1 {
            format!("The only match for “{query}” on this page")
        } else {
            format!(
                "Match {} of {} for “{query}”{wrapped}",
                at + 1,
                places.len()
            )
        });
        None
    }
}

/// The action items shown on the page (under its team notes) whose text
/// matches `query`: they are not in the search index, so `n` / `N` look at
/// them as shown.
fn action_matches(index: &SearchIndex, doc: &Doc, query: &str) -> Vec<(usize, Location)> {
    let highlighter = index.highlighter_for(query);
    // Words only an action item uses are not in the index's vocabulary:
    // those match as written (ignoring case).
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1)
        .map(str::to_lowercase)
        .collect();
    doc.anchors
        .iter()
        .filter(|(l, _)| matches!(l, Location::Action { .. }))
        .filter(|(_, lines)| {
            let lines = doc.lines.get(lines.clone()).unwrap_or_default();
            let text: Vec<String> = lines.iter().map(|l| l.text()).collect();
            text.iter().any(|t| !highlighter.ranges(t).is_empty())
                || words
                    .iter()
                    .any(|w| text.join(" ").to_lowercase().contains(w.as_str()))
        })
        .map(|(l, lines)| (lines.start, *l))
        .collect()
}

/// The explorer page of a search result's page.
pub fn page_of(graph: &Graph, target: &Target) -> Option<Page> {
    match target {
        Target::Symptom(id) => graph.symptom_index(id).map(Page::Symptom),
        Target::AntiPattern(id) => graph.anti_pattern_index(id).map(Page::AntiPattern),
    }
}

/// The graph target of an explorer page.
pub fn target_of(graph: &Graph, page: Page) -> Option<Target> {
    match page {
        Page::Symptom(i) => graph.symptoms.get(i).map(|s| Target::Symptom(s.id.clone())),
        Page::AntiPattern(i) => graph
            .anti_patterns
            .get(i)
            .map(|a| Target::AntiPattern(a.id.clone())),
    }
}
