//! Highlighting a query's matches in any text (a page as shown), the way
//! search matches them, synonyms included.

use std::ops::Range;

use super::SearchIndex;
use super::analyze::words;
use super::index;
use super::passages::{self, Matches};
use super::query::Query;

impl SearchIndex {
    /// The char ranges of `text` whose words match `query` the way search
    /// matches them (synonyms included), for highlighting a page as shown.
    pub fn highlight(&self, query: &str, text: &str) -> Vec<Range<usize>> {
        let query = self.parse(query, false);
        if query.is_empty() {
            return Vec::new();
        }
        let matches = Matches::new(&query, self.index.vocab.len());
        self.mark_text(&query, &matches, text)
    }

    /// A reusable highlighter for one query over many texts.
    pub fn highlighter_for(&self, query: &str) -> Highlighter<'_> {
        let query = self.parse(query, false);
        let matches = Matches::new(&query, self.index.vocab.len());
        Highlighter {
            index: self,
            query,
            matches,
        }
    }

    fn mark_text(&self, query: &Query, matches: &Matches, text: &str) -> Vec<Range<usize>> {
        let ws = words(text);
        let stems: Vec<String> = ws
            .iter()
            .map(|w| self.stems.stem_uncached(&w.folded))
            .collect();
        let refs: Vec<&str> = stems.iter().map(String::as_str).collect();
        let mut tokens = Vec::new();
        for w in &ws {
            // Words the index has never seen cannot match a vocabulary term.
            let term = self.index.vocab.id(&w.folded).unwrap_or(u32::MAX);
            tokens.push(index::Token {
                term,
                start: u32::try_from(w.start).unwrap_or(u32::MAX),
                len: u32::try_from(w.len).unwrap_or(u32::MAX),
            });
        }
        let mut phrases = Vec::new();
        for at in 0..refs.len() {
            for (key, n) in self.thesaurus.phrases_at(&refs, at) {
                if let Some(term) = self.index.vocab.id(&key) {
                    phrases.push(index::PhraseToken {
                        term,
                        first: u32::try_from(at).unwrap_or(u32::MAX),
                        words: u32::try_from(n).unwrap_or(u32::MAX),
                    });
                }
            }
        }
        let n = tokens.len();
        let analysed = index::Text {
            text: text.to_string(),
            tokens,
            phrases,
        };
        let marker = self.marker(query, matches);
        passages::to_ranges(marker.marks(&analysed, 0..n).0)
    }
}

/// Highlights one query's matches in many texts.
pub struct Highlighter<'a> {
    index: &'a SearchIndex,
    query: Query,
    matches: Matches,
}

impl Highlighter<'_> {
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        if self.query.is_empty() {
            return Vec::new();
        }
        self.index.mark_text(&self.query, &self.matches, text)
    }
}
