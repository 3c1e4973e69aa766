//! A query, analysed: its words, the ones that carry meaning, the thesaurus
//! phrases in it, and for each meaningful unit the terms of the vocabulary
//! it matches and how well (the word itself, its stem, a prefix, a synonym,
//! a typo, a word inside a longer one, an abbreviation).

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;

use super::analyze::{
    MAX_QUERY_WORDS, MAX_WORD_CHARS, Stems, WordClass, class, hyphen_joins, words,
};
use super::index::Params;
use super::thesaurus::{Entry, Thesaurus};
use super::vocab::{Vocab, allowed_typos, char_mask, typo_distance};

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

/// Adds `e` unless the term is already matched at least as well.
fn push(out: &mut Vec<Expansion>, e: Expansion) {
    match out.iter_mut().find(|x| x.term == e.term) {
        Some(x) if x.quality >= e.quality => {}
        Some(x) => *x = e,
        None => out.push(e),
    }
}

/// The synonyms of a word (folded) or phrase whose key (stem, or stems
/// joined by spaces) is `key`, as expansions.
fn synonyms(key: &str, word: &str, out: &mut Vec<Expansion>, cx: &Context) {
    let first = cx.thesaurus.synonyms(key, word);
    let mut entries: Vec<(&Entry, f32)> = first.iter().map(|e| (*e, cx.params.synonym)).collect();
    if cx.params.second_synonym > 0.0 {
        // Synonyms of synonyms, weighted lower still.
        for e in &first {
            for second in cx.thesaurus.synonyms(e.key(), &e.text) {
                let known =
                    second.key() == key || entries.iter().any(|(x, _)| x.key() == second.key());
                if !known {
                    entries.push((second, cx.params.second_synonym));
                }
            }
        }
    }
    for (entry, quality) in entries {
        let terms: Vec<u32> = if entry.is_phrase() {
            cx.vocab.id(entry.key()).into_iter().collect()
        } else {
            cx.vocab
                .with_stem(entry.key())
                .iter()
                .copied()
                .filter(|&t| {
                    cx.vocab
                        .term(t)
                        .is_some_and(|t| Thesaurus::word_matches(entry, &t.text))
                })
                .collect()
        };
        for term in terms {
            let e = Expansion {
                term,
                quality,
                how: How::Synonym,
            };
            push(out, e);
        }
    }
}

/// A thesaurus phrase of the query: the phrase where the text has it, and
/// its synonyms.
fn expand_key(key: &str, cx: &Context) -> Vec<Expansion> {
    let mut out = Vec::new();
    if let Some(term) = cx.vocab.id(key) {
        push(
            &mut out,
            Expansion {
                term,
                quality: quality::EXACT,
                how: How::Exact,
            },
        );
    }
    synonyms(key, key, &mut out, cx);
    out
}

/// The terms that are a word itself or another form of it.
fn exact_and_stem(word: &str, stem: &str, cx: &Context) -> Vec<Expansion> {
    let mut out = Vec::new();
    if let Some(term) = cx.vocab.id(word) {
        push(
            &mut out,
            Expansion {
                term,
                quality: quality::EXACT,
                how: How::Exact,
            },
        );
    }
    for &term in cx.vocab.with_stem(stem) {
        push(
            &mut out,
            Expansion {
                term,
                quality: quality::STEM,
                how: How::Stem,
            },
        );
    }
    out
}

/// Every term one query word matches.
fn expand_word(word: &str, stem: &str, typing: bool, cx: &Context) -> Vec<Expansion> {
    let exact = cx.vocab.id(word);
    let mut out = exact_and_stem(word, stem, cx);
    synonyms(stem, word, &mut out, cx);
    let known = !out.is_empty() || cx.thesaurus.knows(stem);
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    // A word the text has whole is finished, unless it is still being typed.
    if n >= 3 || (typing && n >= 2) {
        let finished = exact.is_some() || !out.is_empty();
        for term in cx.vocab.with_prefix(word) {
            let Some(t) = cx.vocab.term(term) else {
                continue;
            };
            let q = match (finished, typing) {
                (false, _) => quality::prefix(n, t.len),
                (true, true) => quality::PREFIX_OF_A_WORD,
                (true, false) => continue,
            };
            push(
                &mut out,
                Expansion {
                    term,
                    quality: q,
                    how: How::Prefix,
                },
            );
        }
    }
    if known || !out.is_empty() {
        return out;
    }
    near_spellings(word, &chars, typing, &mut out, cx);
    out
}

/// Typos, words inside longer words, and abbreviations, for a word the text
/// does not have.
fn near_spellings(word: &str, w: &[char], typing: bool, out: &mut Vec<Expansion>, cx: &Context) {
    let n = w.len();
    let mask = char_mask(w.iter().copied());
    let max = allowed_typos(n);
    for (id, t) in cx.vocab.words() {
        let m = t.len;
        let missing = (mask & !t.mask).count_ones() as usize;
        if max == 0 || m + max < n || missing > max {
            continue;
        }
        let tc: Vec<char> = t.text.chars().collect();
        let (full, prefix) = typo_distance(w, &tc, max);
        let q = match (full, prefix) {
            (Some(d), _) => Some(if d <= 1 {
                quality::TYPO
            } else {
                quality::TYPO_2
            }),
            // A typo in the first part of a longer word: only when the word may be
            // cut short (being typed, or long enough to be a clipped word).
            (None, Some(d)) if typing || n >= 5 => Some(if d <= 1 {
                quality::PREFIX_TYPO
            } else {
                quality::PREFIX_TYPO_2
            }),
            _ => None,
        };
        if let Some(quality) = q {
            push(
                out,
                Expansion {
                    term: id,
                    quality,
                    how: How::Typo,
                },
            );
        }
    }
    // A misspelt word means what the word it is a misspelling of means.
    let typos: Vec<(u32, f32)> = out.iter().map(|e| (e.term, e.quality)).collect();
    for (term, q) in typos {
        let Some(t) = cx.vocab.term(term) else {
            continue;
        };
        let stem = cx.stems.stem_uncached(&t.text);
        let mut found = Vec::new();
        synonyms(&stem, &t.text, &mut found, cx);
        for e in found {
            push(
                out,
                Expansion {
                    quality: e.quality * q,
                    ..e
                },
            );
        }
    }
    if !out.is_empty() || n < 3 {
        return;
    }
    let Some(&first) = w.first() else {
        return;
    };
    // Abbreviations drop vowels ("mrg", "svc", "mgmt"); a short word with
    // vowels is a word the text does not have ("big" is not "being").
    let vowels = w.iter().filter(|c| "aeiouy".contains(**c)).count();
    let abbreviation = vowels == 0 || (n >= 4 && vowels <= 1);
    let self_score = cx.matcher.fuzzy_match(word, word).unwrap_or(1).max(1);
    for (id, t) in cx.vocab.words() {
        if mask & !t.mask != 0 {
            continue;
        }
        let tc: Vec<char> = t.text.chars().collect();
        if n >= 4 && t.len > n && tc.windows(n).any(|x| x == w) {
            let q = quality::INNER + 0.1 * n as f32 / t.len as f32;
            push(
                out,
                Expansion {
                    term: id,
                    quality: q,
                    how: How::Inner,
                },
            );
        } else if abbreviation
            && tc.first() == Some(&first)
            && let Some(score) = cx.matcher.fuzzy_match(&t.text, word)
        {
            let scaled = (score as f32 / self_score as f32).clamp(0.0, 1.0);
            let q = quality::ABBREVIATION + 0.1 * scaled;
            push(
                out,
                Expansion {
                    term: id,
                    quality: q,
                    how: How::Abbreviation,
                },
            );
        }
    }
}
