//! The vocabulary (every distinct word of the indexed text) and how one query
//! word matches one vocabulary term, from an exact match down to a typo or an
//! abbreviation found by the skim fuzzy matcher.

use std::collections::HashMap;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::text::{allowed_typos, stem, typo_distance};

/// Quality of a match, from 0 (none) to 1 (the same word).
pub type Quality = f32;

/// One distinct word of the indexed text.
#[derive(Debug, Clone)]
pub struct Term {
    pub text: String,
    pub chars: Vec<char>,
    /// A 64-bit set of the chars in the term, to reject most terms cheaply.
    mask: u64,
    stem: Vec<char>,
}

impl Term {
    /// A term for `chars` (folded), whose text is `text`.
    pub fn new(text: String, chars: &[char]) -> Self {
        Term {
            text,
            chars: chars.to_vec(),
            mask: char_mask(chars),
            stem: stem(chars),
        }
    }
}

fn char_mask(chars: &[char]) -> u64 {
    chars
        .iter()
        .fold(0, |m, &c| m | 1u64 << (u32::from(c) % 64))
}

/// The skim fuzzy matcher, made once with the index (its scratch buffers are
/// reused between queries).
pub struct Matcher(pub SkimMatcherV2);

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

/// Distinct words, each with a stable id (its position).
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    ids: HashMap<String, u32>,
    terms: Vec<Term>,
    /// Reused to look words up without allocating.
    scratch: String,
}

impl Vocabulary {
    /// The id of a word, adding it if new.
    pub fn intern(&mut self, chars: &[char]) -> u32 {
        self.scratch.clear();
        self.scratch.extend(chars);
        if let Some(&id) = self.ids.get(self.scratch.as_str()) {
            return id;
        }
        let text = self.scratch.clone();
        let id = u32::try_from(self.terms.len()).unwrap_or(u32::MAX);
        self.ids.insert(text.clone(), id);
        self.terms.push(Term::new(text, chars));
        id
    }

    pub fn term(&self, id: u32) -> Option<&Term> {
        self.terms.get(id as usize)
    }

    /// How well `word` matches every term, indexed by term id (0 = no match).
    pub fn qualities(&self, word: &QueryWord, matcher: &SkimMatcherV2) -> Vec<Quality> {
        self.terms
            .iter()
            .map(|t| match_term(word, t, matcher).map_or(0.0, |m| m.quality))
            .collect()
    }
}

/// A query word, folded, with what is precomputed for matching it.
#[derive(Debug, Clone)]
pub struct QueryWord {
    pub chars: Vec<char>,
    pub text: String,
    /// A stop word need not be present for a document to match.
    pub required: bool,
    mask: u64,
    stem: Vec<char>,
    /// The skim score of the word against itself, to scale its fuzzy scores.
    self_score: i64,
}

impl QueryWord {
    pub fn new(chars: Vec<char>, required: bool, matcher: &SkimMatcherV2) -> Self {
        let text: String = chars.iter().collect();
        let self_score = matcher.fuzzy_match(&text, &text).unwrap_or(1).max(1);
        QueryWord {
            mask: char_mask(&chars),
            stem: stem(&chars),
            chars,
            text,
            required,
            self_score,
        }
    }
}

/// How a query word matched a term, and which of the term's chars matched.
#[derive(Debug, Clone, PartialEq)]
pub struct TermMatch {
    pub quality: Quality,
    /// Char indices into the term.
    pub chars: Vec<usize>,
}

fn find_sub(hay: &[char], needle: &[char]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Matches one query word against one term. Tiers, best first: the same word
/// (1.0); a prefix ("merg" in "merge", 0.80-0.95); another form of the same
/// word ("releasing" and "released", 0.85); a whole-word typo within
/// [`allowed_typos`] (0.70 or 0.55); a word inside the term ("back" in
/// "rollback", 0.55-0.65) or a typo of its beginning (0.60 or 0.50); the query's
/// chars in order, starting with the term's first, scored by the skim matcher
/// (0.30-0.45).
pub fn match_term(word: &QueryWord, term: &Term, matcher: &SkimMatcherV2) -> Option<TermMatch> {
    let (w, t) = (&word.chars, &term.chars);
    let (n, m) = (w.len(), t.len());
    if n == 0 {
        return None;
    }
    let all = |range: std::ops::Range<usize>| range.collect::<Vec<_>>();
    let chars_present = word.mask & !term.mask == 0;
    if chars_present && t.starts_with(w) {
        let quality = if n == m {
            1.0
        } else {
            0.8 + 0.15 * n as f32 / m as f32
        };
        return Some(TermMatch {
            quality,
            chars: all(0..n),
        });
    }
    if n >= 4 && word.stem.len() >= 3 && word.stem == term.stem {
        return Some(TermMatch {
            quality: 0.85,
            chars: all(0..word.stem.len().min(m)),
        });
    }
    let max = allowed_typos(n);
    let missing = (word.mask & !term.mask).count_ones() as usize;
    let typo = if max > 0 && m + max >= n && missing <= max {
        typo_distance(w, t, max)
    } else {
        (None, None)
    };
    if let Some(d) = typo.0 {
        let quality = if d <= 1 { 0.7 } else { 0.55 };
        return Some(TermMatch {
            quality,
            chars: all(0..m),
        });
    }
    if let Some(at) = (n >= 3 && chars_present).then(|| find_sub(t, w)).flatten() {
        return Some(TermMatch {
            quality: 0.55 + 0.1 * n as f32 / m as f32,
            chars: all(at..at + n),
        });
    }
    if let Some(d) = typo.1 {
        let quality = if d <= 1 { 0.6 } else { 0.5 };
        return Some(TermMatch {
            quality,
            chars: all(0..n.min(m)),
        });
    }
    if n >= 3 && chars_present && w.first() == t.first() {
        let (score, chars) = matcher.fuzzy_indices(&term.text, &word.text)?;
        let scaled = (score as f32 / word.self_score as f32).clamp(0.0, 1.0);
        return Some(TermMatch {
            quality: 0.3 + 0.15 * scaled,
            chars,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(word: &str, term: &str) -> Option<TermMatch> {
        let matcher = SkimMatcherV2::default().ignore_case();
        let mut vocab = Vocabulary::default();
        let id = vocab.intern(&term.chars().collect::<Vec<_>>());
        let w = QueryWord::new(word.chars().collect(), true, &matcher);
        match_term(&w, vocab.term(id)?, &matcher)
    }

    fn quality(word: &str, term: &str) -> f32 {
        check(word, term).map_or(0.0, |m| m.quality)
    }

    #[test]
    fn tiers_are_ordered_exact_prefix_typo_inner_abbreviation() {
        let exact = quality("merge", "merge");
        let prefix = quality("merg", "merge");
        let typo = quality("rolback", "rollback");
        let inner = quality("back", "rollback");
        let abbrev = quality("mrg", "merge");
        assert_eq!(exact, 1.0);
        assert!(exact > prefix && prefix > typo && typo > inner && inner > abbrev);
        assert!(abbrev > 0.0);
    }

    #[test]
    fn matched_chars_point_into_the_term() {
        assert_eq!(
            check("back", "rollback").map(|m| m.chars),
            Some(vec![4, 5, 6, 7])
        );
        assert_eq!(
            check("free", "freezes").map(|m| m.chars),
            Some(vec![0, 1, 2, 3])
        );
        assert_eq!(check("mrg", "merge").map(|m| m.chars), Some(vec![0, 2, 3]));
    }

    #[test]
    fn other_forms_of_a_word_match_below_the_word_itself() {
        assert_eq!(quality("releasing", "released"), 0.85);
        assert_eq!(
            check("freezing", "freezes").map(|m| m.chars),
            Some(vec![0, 1, 2, 3, 4])
        );
        assert!(quality("release", "release") > quality("releasing", "release"));
    }

    #[test]
    fn short_words_need_a_prefix() {
        assert_eq!(quality("er", "merge"), 0.0);
        assert!(quality("me", "merge") > 0.0);
        // Three chars: no typo allowed.
        assert_eq!(quality("cab", "cat"), 0.0);
    }

    #[test]
    fn misspellings_within_the_allowed_distance_match() {
        assert!(quality("snowfalke", "snowflake") > 0.0);
        assert!(quality("snowflak", "snowflake") > 0.0);
        assert!(quality("rolback", "rollback") > 0.0);
        // Two edits in a seven-char word is too many.
        assert_eq!(quality("rolbakc", "rollback"), 0.0);
    }

    #[test]
    fn interning_is_idempotent() {
        let mut vocab = Vocabulary::default();
        let a = vocab.intern(&['a', 'b']);
        let b = vocab.intern(&['a', 'b']);
        assert_eq!(a, b);
        assert_eq!(vocab.term(a).map(|t| t.text.as_str()), Some("ab"));
        assert!(vocab.term(a + 1).is_none());
    }
}
