//! Search over the guide: pages (symptoms and anti-patterns) are what a query
//! finds; under each page, its best matching passages.
//!
//! [`SearchIndex::new`] analyses every field of every page once (words
//! folded, apostrophes dropped, Snowball stems, thesaurus phrases) into an
//! inverted index. A query is analysed the same way; each of its meaningful
//! words expands to the terms it matches (itself, its stem, synonyms from
//! `assets/thesaurus.ron`, prefixes, typos, abbreviations, each weighted
//! below the word itself), and pages are ranked BM25F-style (`rank`).

pub mod analyze;
mod embedded;
mod explain;
mod fields;
mod from_graph;
mod highlight;
mod hits;
mod index;
mod notes;
mod passages;
mod query;
mod rank;
mod results;
mod tags;
mod thesaurus;
mod title_repeat;
mod vocab;

use fuzzy_matcher::skim::SkimMatcherV2;

pub use analyze::{MAX_QUERY_WORDS, MAX_WORD_CHARS, Stems};
pub use highlight::Highlighter;
pub use index::{Field, Params};
pub use passages::SNIPPET_CHARS;
pub use query::How;
pub use results::{
    DocKind, Explanation, Location, MatchExplanation, NoteDoc, PageHit, PassageHit, Results,
    SynonymMatch, UnitExplanation,
};
pub use thesaurus::{EMBEDDED as EMBEDDED_THESAURUS, Thesaurus, ThesaurusError};

use self::from_graph::Builder;
use self::index::Index;
use self::passages::Matches;
use self::query::{Context, Query};
use crate::domain::graph::{Graph, Target};

/// Most passages listed under one page.
pub const PASSAGES_PER_PAGE: usize = 2;

/// The skim fuzzy matcher (for abbreviations), made once with the index.
struct Matcher(SkimMatcherV2);

impl Default for Matcher {
    fn default() -> Self {
        Matcher(SkimMatcherV2::default().ignore_case())
    }
}

impl Clone for Matcher {
    fn clone(&self) -> Self {
        Matcher::default()
    }
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Matcher(SkimMatcherV2, ignore case)")
    }
}

/// The search index over one graph (and the session's notes).
#[derive(Debug, Clone)]
pub struct SearchIndex {
    index: Index,
    stems: Stems,
    thesaurus: Thesaurus,
    matcher: Matcher,
    notes: Vec<NoteDoc>,
}

impl SearchIndex {
    /// Indexes every page of `graph`, with the embedded thesaurus.
    pub fn new(graph: &Graph) -> Self {
        Self::with_params(graph, Params::default())
    }

    /// Indexes `graph` ranking with `params` instead of the defaults (for
    /// tuning them).
    pub fn with_params(graph: &Graph, params: Params) -> Self {
        Self::with_thesaurus(graph, embedded::thesaurus(), embedded::stems(), params)
    }

    fn with_thesaurus(
        graph: &Graph,
        thesaurus: Thesaurus,
        mut stems: Stems,
        params: Params,
    ) -> Self {
        let mut builder = Builder::new(&mut stems, &thesaurus, params);
        builder.add_graph(graph);
        let index = builder.finish();
        SearchIndex {
            index,
            stems,
            thesaurus,
            matcher: Matcher::default(),
            notes: Vec::new(),
        }
    }

    /// Indexes `graph` with `thesaurus` instead of the embedded one.
    pub fn with_custom_thesaurus(
        graph: &Graph,
        thesaurus_text: &str,
    ) -> Result<Self, ThesaurusError> {
        let mut stems = embedded::stems();
        let thesaurus = Thesaurus::parse(thesaurus_text, &mut stems)?;
        Ok(Self::with_thesaurus(
            graph,
            thesaurus,
            stems,
            Params::default(),
        ))
    }

    /// How many pages are indexed.
    pub fn len(&self) -> usize {
        self.index.pages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.pages.is_empty()
    }

    /// How many passages are indexed (notes included).
    pub fn passage_count(&self) -> usize {
        self.index.passages.len()
    }

    fn parse(&self, text: &str, typing: bool) -> Query {
        let cx = Context {
            params: &self.index.params,
            vocab: &self.index.vocab,
            stems: &self.stems,
            thesaurus: &self.thesaurus,
            matcher: &self.matcher.0,
        };
        query::parse(text, typing, &cx)
    }

    /// The best `limit` pages for a finished query, best first, each with its
    /// best passages. Ties go to the page that comes first in the graph.
    pub fn search(&self, query: &str, limit: usize) -> Results {
        self.run(query, limit, false)
    }

    /// As [`SearchIndex::search`], for a query still being typed: its last
    /// word may be the start of a longer one.
    pub fn search_as_typed(&self, query: &str, limit: usize) -> Results {
        self.run(query, limit, true)
    }

    fn run(&self, text: &str, limit: usize, typing: bool) -> Results {
        let (tags, words) = tags::split(text);
        let query = self.parse(&words, typing);
        let mut missing = query.missing();
        let known = |tag: &str| {
            self.index
                .pages
                .iter()
                .any(|p| p.tags.iter().any(|t| t == tag))
        };
        missing.extend(tags.iter().filter(|t| !known(t)).map(|t| format!("#{t}")));
        let tagged = |page: u32| {
            self.index
                .pages
                .get(page as usize)
                .is_some_and(|p| tags.iter().all(|t| p.tags.contains(t)))
        };
        if limit == 0 || (query.is_empty() && tags.is_empty()) {
            return Results {
                pages: Vec::new(),
                missing,
            };
        }
        if query.is_empty() {
            // Only tags: every page that has them, in the guide's order.
            let pages = (0..self.index.pages.len())
                .filter_map(|p| u32::try_from(p).ok())
                .filter(|&p| tagged(p))
                .take(limit)
                .filter_map(|p| self.tag_hit(p, &tags))
                .collect();
            return Results { pages, missing };
        }
        let (ranked, idfs) = rank::rank(&self.index, &query);
        let weights = unit_weights(&query, &idfs);
        let matches = Matches::new(&query, self.index.vocab.len());
        let pages = ranked
            .iter()
            .filter(|r| tagged(r.page))
            .take(limit)
            .filter_map(|r| self.page_hit(&query, &matches, &weights, r.page, r.score))
            .collect();
        Results { pages, missing }
    }

    /// The tags of a page (lower case), for showing them.
    pub fn tags(&self, page: &Target) -> &[String] {
        self.index
            .page_of(page)
            .and_then(|p| self.index.pages.get(p as usize))
            .map_or(&[], |p| p.tags.as_slice())
    }

    /// Every passage of one page that matches `query`, in the page's reading
    /// order (for jumping from match to match on a page).
    pub fn search_page(&self, query: &str, page: &Target) -> Vec<PassageHit> {
        let query = self.parse(query, false);
        let Some(p) = self.index.page_of(page) else {
            return Vec::new();
        };
        if query.is_empty() {
            return Vec::new();
        }
        let (_, idfs) = rank::rank(&self.index, &query);
        let weights = unit_weights(&query, &idfs);
        let matches = Matches::new(&query, self.index.vocab.len());
        let marker = self.marker(&query, &matches);
        let Some(page) = self.index.pages.get(p as usize) else {
            return Vec::new();
        };
        let mut hits: Vec<PassageHit> = page
            .passages
            .iter()
            .filter_map(|&id| passages::score(&self.index, &matches, &weights, id, true))
            .filter_map(|s| self.passage_hit(&marker, &s))
            .collect();
        hits.sort_by_key(|h| (h.kind == DocKind::Note, h.location));
        hits
    }

    /// Every passage location of a page, in index order (for checking that a
    /// view can show each).
    pub fn locations(&self, page: &Target) -> Vec<Location> {
        let Some(p) = self
            .index
            .page_of(page)
            .and_then(|p| self.index.pages.get(p as usize))
        else {
            return Vec::new();
        };
        p.passages
            .iter()
            .filter_map(|&id| self.index.passages.get(id as usize))
            .map(|ps| ps.location)
            .collect()
    }

    /// The thesaurus in use.
    pub fn thesaurus(&self) -> &Thesaurus {
        &self.thesaurus
    }
}

/// Each unit's idf times its weight.
fn unit_weights(query: &Query, idfs: &[f32]) -> Vec<f32> {
    idfs.iter()
        .zip(&query.units)
        .map(|(idf, u)| idf * u.weight)
        .collect()
}

#[cfg(test)]
mod tests;
