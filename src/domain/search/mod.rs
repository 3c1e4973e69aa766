//! Search over the guide: symptom and anti-pattern pages, causes, "What you are
//! seeing" paragraphs, questions, and notes.
//!
//! [`SearchIndex::new`] does all the work that does not depend on the query:
//! it splits every field into words and collects the distinct words into a
//! vocabulary. A query is split into words the same way; each query word is
//! matched once against the vocabulary (exact, prefix, typo, inner word, or
//! the skim fuzzy matcher for abbreviations), then documents are scored by a
//! walk over their words (see [`score`] for the ranking rules).

mod docs;
mod flat;
mod score;
mod snippet;
mod terms;
mod text;

use std::collections::HashMap;
use std::ops::Range;

use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;

pub use docs::{DocKind, Location};
pub use snippet::SNIPPET_CHARS;

use self::docs::{Doc, DocBuilder, FieldRole};
use self::flat::Flat;
use self::score::Matched;
use self::terms::{Matcher, QueryWord, Term, Vocabulary, match_term};
use self::text::{MAX_QUERY_WORDS, MAX_WORD_CHARS, is_stop_word, words};
use crate::domain::graph::{Graph, Target};

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub kind: DocKind,
    /// The page the result is on (the page itself for page results).
    pub page: Target,
    /// The page's title (symptom title or anti-pattern name).
    pub page_title: String,
    /// What the result is: the page title, a cause heading, "What you are
    /// seeing", a question, or a note's title.
    pub title: String,
    /// Higher is better; comparable only within one query.
    pub score: u32,
    /// One line of the matching field around the best match.
    pub snippet: String,
    /// Char ranges of `snippet` that matched the query.
    pub highlights: Vec<Range<usize>>,
    /// Where the best match is in the page.
    pub location: Location,
}

/// A note to make searchable, attached to a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteDoc {
    pub page: Target,
    /// Identifies the note to its owner; returned in [`Location::Note`].
    pub key: usize,
    pub title: String,
    pub text: String,
}

/// The search index over one graph, built once.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    vocab: Vocabulary,
    docs: Vec<Doc>,
    /// The documents' words, flat, for scoring; always in step with `docs`.
    flat: Flat,
    page_titles: HashMap<Target, String>,
    matcher: Matcher,
}

impl SearchIndex {
    /// Indexes every page and passage of `graph`.
    pub fn new(graph: &Graph) -> Self {
        let mut vocab = Vocabulary::default();
        let mut docs = Vec::new();
        DocBuilder {
            vocab: &mut vocab,
            docs: &mut docs,
        }
        .add_graph(graph);
        let page_titles = docs
            .iter()
            .filter(|d| d.kind.is_page())
            .map(|d| (d.page.clone(), d.page_title.clone()))
            .collect();
        SearchIndex {
            vocab,
            flat: Flat::from_docs(&docs),
            docs,
            page_titles,
            matcher: Matcher::default(),
        }
    }

    /// Indexes `graph` and the given notes.
    pub fn with_notes(graph: &Graph, notes: &[NoteDoc]) -> Self {
        let mut index = Self::new(graph);
        for note in notes {
            index.add_note(note);
        }
        index
    }

    /// Makes a note searchable. Notes rank after pages and passages that
    /// match equally well.
    pub fn add_note(&mut self, note: &NoteDoc) {
        let page_title = self
            .page_titles
            .get(&note.page)
            .cloned()
            .unwrap_or_else(|| note.page.id().to_string());
        let at = Location::Note { note: note.key };
        let fields = [
            (FieldRole::Heading, at, note.title.as_str()),
            (FieldRole::Body, at, note.text.as_str()),
        ];
        DocBuilder {
            vocab: &mut self.vocab,
            docs: &mut self.docs,
        }
        .add(DocKind::Note, &note.page, &page_title, &note.title, &fields);
        if let Some(doc) = self.docs.last() {
            self.flat.push(doc);
        }
    }

    /// Removes every note (for example when another session is opened).
    pub fn clear_notes(&mut self) {
        self.docs.retain(|d| d.kind != DocKind::Note);
        self.flat = Flat::from_docs(&self.docs);
    }

    /// How many documents are indexed.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The best `limit` results for `query`, best first. Ties go to the
    /// document that comes first in page order. An empty query finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        self.run(query, limit, |_| true)
    }

    /// Every match of `query` on one page, in the page's reading order (for
    /// jumping from match to match on a page).
    pub fn search_page(&self, query: &str, page: &Target) -> Vec<Hit> {
        let mut hits = self.run(query, usize::MAX, |d| &d.page == page);
        hits.sort_by_key(|h| (h.kind == DocKind::Note, h.location));
        hits
    }

    /// The char ranges of `text` whose words match `query` the way search
    /// matches them, for highlighting matches in a page as it is shown.
    pub fn highlight(&self, query: &str, text: &str) -> Vec<Range<usize>> {
        let matcher = &self.matcher.0;
        let query = parse_query(query, matcher);
        let mut marked = Vec::new();
        if query.is_empty() {
            return Vec::new();
        }
        for word in words(text) {
            let term = Term::new(word.chars.iter().collect(), &word.chars);
            for q in &query {
                if let Some(m) = match_term(q, &term, matcher) {
                    marked.extend(m.chars.iter().map(|&c| word.start + c));
                }
            }
        }
        snippet::to_ranges(marked)
    }

    fn run(&self, query: &str, limit: usize, keep: impl Fn(&Doc) -> bool) -> Vec<Hit> {
        if limit == 0 {
            return Vec::new();
        }
        let matcher = &self.matcher.0;
        let words = parse_query(query, matcher);
        if words.is_empty() {
            return Vec::new();
        }
        let qualities: Vec<_> = words
            .iter()
            .map(|w| self.vocab.qualities(w, matcher))
            .collect();
        let matched = Matched::new(&words, &qualities);
        let mut scored: Vec<(usize, score::DocScore)> = (0..self.flat.len())
            .filter(|&i| self.docs.get(i).is_some_and(&keep))
            .filter_map(|i| score::score(&matched, self.flat.doc(i)?).map(|s| (i, s)))
            .collect();
        let order = |a: &(usize, score::DocScore), b: &(usize, score::DocScore)| {
            b.1.points.cmp(&a.1.points).then(a.0.cmp(&b.0))
        };
        if scored.len() > limit {
            scored.select_nth_unstable_by(limit - 1, order);
            scored.truncate(limit);
        }
        scored.sort_by(order);
        scored
            .into_iter()
            .filter_map(|(i, s)| self.hit(i, s, &words, matcher))
            .collect()
    }

    fn hit(
        &self,
        doc: usize,
        s: score::DocScore,
        words: &[QueryWord],
        matcher: &SkimMatcherV2,
    ) -> Option<Hit> {
        let doc = self.docs.get(doc)?;
        let field = doc.fields.get(s.anchor.field)?;
        let snip = snippet::build(field, s.anchor.token, words, &self.vocab, matcher);
        Some(Hit {
            kind: doc.kind,
            page: doc.page.clone(),
            page_title: doc.page_title.clone(),
            title: doc.title.clone(),
            score: s.points,
            snippet: snip.text,
            highlights: snip.highlights,
            location: field.location,
        })
    }
}

/// Splits a query into words (at most [`MAX_QUERY_WORDS`], each cut to
/// [`MAX_WORD_CHARS`]). Stop words are optional unless the query has nothing else.
fn parse_query(query: &str, matcher: &SkimMatcherV2) -> Vec<QueryWord> {
    let raw: Vec<Vec<char>> = words(query)
        .into_iter()
        .take(MAX_QUERY_WORDS)
        .map(|w| w.chars.into_iter().take(MAX_WORD_CHARS).collect())
        .collect();
    let only_stop_words = raw.iter().all(|w| is_stop_word(w));
    raw.into_iter()
        .map(|w| {
            let required = only_stop_words || !is_stop_word(&w);
            QueryWord::new(w, required, matcher)
        })
        .collect()
}

#[cfg(test)]
mod tests;
