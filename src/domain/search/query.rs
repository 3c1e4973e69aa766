//! A query, analysed: its words, the ones that carry meaning, the thesaurus
//! phrases in it, and for each meaningful unit the terms of the vocabulary
//! it matches and how well (the word itself, its stem, a prefix, a synonym,
//! a typo, a word inside a longer one, an abbreviation).

use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;

use super::analyze::{
    MAX_QUERY_WORDS, MAX_WORD_CHARS, Stems, WordClass, class, hyphen_joins, words,
};
use super::index::Params;
use super::thesaurus::Thesaurus;
use super::vocab::Vocab;
use expand::{exact_and_stem, expand_key, expand_word, synonyms};

#[path = "expand.rs"]
mod expand;

/// How a query word matched a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// The same word ("dont" and "don’t" included).
    Exact,
    /// Another form of the same word ("deploying", "deployment").
    Stem,
    /// A longer word starting with the query word ("merg" in "merge").
    Prefix,
    /// A word the thesaurus gives as meaning the same ("prod", "production").
    Synonym,
    /// A near spelling ("rolback").
    Typo,
    /// The query word inside a longer word ("back" in "rollback").
    Inner,
    /// The query word's letters in order ("mrg" in "merge").
    Abbreviation,
}

impl How {
    pub fn as_str(self) -> &'static str {
        match self {
            How::Exact => "exact",
            How::Stem => "stem",
            How::Prefix => "prefix",
            How::Synonym => "synonym",
            How::Typo => "typo",
            How::Inner => "inner word",
            How::Abbreviation => "abbreviation",
        }
    }
}

/// Quality of a match from 0 to 1, by tier.
pub mod quality {
    pub const EXACT: f32 = 1.0;
    pub const STEM: f32 = 0.9;
    pub const TYPO: f32 = 0.65;
    pub const TYPO_2: f32 = 0.5;
    pub const PREFIX_TYPO: f32 = 0.5;
    pub const PREFIX_TYPO_2: f32 = 0.4;
    pub const INNER: f32 = 0.45;
    pub const ABBREVIATION: f32 = 0.3;
    /// A prefix of a word the vocabulary also has whole, while it is typed.
    pub const PREFIX_OF_A_WORD: f32 = 0.35;

    /// A prefix: better the more of the term it covers.
    pub fn prefix(typed: usize, term: usize) -> f32 {
        0.5 + 0.4 * typed as f32 / term.max(1) as f32
    }
}

/// One term a unit matches.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Expansion {
    pub term: u32,
    pub quality: f32,
    pub how: How,
}

/// A unit of meaning in the query: a content word, or a thesaurus phrase.
#[derive(Debug, Clone)]
pub struct Unit {
    /// As typed (folded), e.g. "prod" or "roll back".
    pub text: String,
    /// The query words it covers (indices into [`Query::words`]).
    pub first: usize,
    pub len: usize,
    pub expansions: Vec<Expansion>,
    /// How much the unit counts: 1 for a content word or phrase, the stop
    /// weight of [`Params`] for a function word or light verb in a query
    /// that has content ("dont", "im": a little, so a quote said word for
    /// word still finds its sentence, never enough to decide alone). Filler
    /// words ("like", "honestly") count nothing.
    pub weight: f32,
}

impl Unit {
    pub fn is_phrase(&self) -> bool {
        self.len > 1
    }
}

/// An analysed query.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Every word, folded, in order.
    pub words: Vec<String>,
    /// Indices of the words that carry meaning (those that coverage counts).
    pub content: Vec<usize>,
    pub units: Vec<Unit>,
}

impl Query {
    /// The content words that match nothing anywhere.
    pub fn missing(&self) -> Vec<String> {
        self.content
            .iter()
            .filter(|&&k| {
                !self
                    .units
                    .iter()
                    .any(|u| k >= u.first && k < u.first + u.len && !u.expansions.is_empty())
            })
            .filter_map(|&k| self.words.get(k).cloned())
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }
}

/// What the query is analysed against.
pub struct Context<'a> {
    pub params: &'a Params,
    pub vocab: &'a Vocab,
    pub stems: &'a Stems,
    pub thesaurus: &'a Thesaurus,
    pub matcher: &'a SkimMatcherV2,
}

/// Analyses `text`. `typing` says the last word may be unfinished (the
/// search box while someone types): it then also matches longer words.
pub fn parse(text: &str, typing: bool, cx: &Context) -> Query {
    let ends_in_space = text.chars().last().is_some_and(|c| !c.is_alphanumeric());
    let all = words(text);
    let spans: Vec<(usize, usize)> = all.iter().map(|w| (w.start, w.len)).collect();
    let joins = hyphen_joins(text, &spans);
    let taken: Vec<String> = all
        .into_iter()
        .take(MAX_QUERY_WORDS)
        .map(|w| w.folded.chars().take(MAX_WORD_CHARS).collect())
        .collect();
    let classes: Vec<WordClass> = taken.iter().map(|w| class(w)).collect();
    let any_content = classes.contains(&WordClass::Content);
    let content: Vec<usize> = (0..taken.len())
        .filter(|&k| match classes[k] {
            WordClass::Content => true,
            // A query of nothing but function words is searched for them.
            WordClass::Stop => !any_content,
            WordClass::Filler => !any_content && !classes.contains(&WordClass::Stop),
        })
        .collect();
    let stems: Vec<String> = taken.iter().map(|w| cx.stems.stem_uncached(w)).collect();
    let last = taken.len().saturating_sub(1);
    let stop_words = (0..taken.len())
        .filter(|&k| any_content && classes[k] == WordClass::Stop)
        .map(|k| (k, cx.params.stop_weight));
    let mut units: Vec<Unit> = content
        .iter()
        .map(|&k| (k, 1.0))
        .chain(stop_words)
        .map(|(k, weight)| Unit {
            text: taken[k].clone(),
            first: k,
            len: 1,
            expansions: if weight < 1.0 {
                // A function word: itself, its forms and what the thesaurus
                // says it means ("everyone" is "all users"); no guessing.
                let mut out = exact_and_stem(&taken[k], &stems[k], cx);
                synonyms(&stems[k], &taken[k], &mut out, cx);
                out
            } else {
                expand_word(
                    &taken[k],
                    &stems[k],
                    typing && !ends_in_space && k == last,
                    cx,
                )
            },
            weight,
        })
        .collect();
    units.sort_by_key(|u| u.first);
    // "sign-off" is also "signoff".
    for i in joins.into_iter().filter(|&i| i + 1 < taken.len()) {
        let word = format!("{}{}", taken[i], taken[i + 1]);
        let stem = cx.stems.stem_uncached(&word);
        units.push(Unit {
            expansions: expand_word(&word, &stem, false, cx),
            text: word,
            first: i,
            len: 2,
            weight: 1.0,
        });
    }
    let refs: Vec<&str> = stems.iter().map(String::as_str).collect();
    for at in 0..refs.len() {
        for (key, n) in cx.thesaurus.phrases_at(&refs, at) {
            let covers_content = (at..at + n).any(|k| content.contains(&k));
            if covers_content {
                units.push(Unit {
                    text: taken[at..at + n].join(" "),
                    first: at,
                    len: n,
                    expansions: expand_key(&key, cx),
                    weight: 1.0,
                });
            }
        }
    }
    if cx.params.phrase_words < 1.0 {
        // A thesaurus phrase means itself ("red tape" is not red and tape):
        // its words count less on their own.
        let spans: Vec<(usize, usize)> = units
            .iter()
            .filter(|u| u.is_phrase())
            .map(|u| (u.first, u.len))
            .collect();
        for u in units.iter_mut().filter(|u| !u.is_phrase()) {
            if spans.iter().any(|&(f, n)| u.first >= f && u.first < f + n) {
                u.weight = u.weight.min(cx.params.phrase_words);
            }
        }
    }
    Query {
        words: taken,
        content,
        units,
    }
}
