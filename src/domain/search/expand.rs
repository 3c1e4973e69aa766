//! What a query word or phrase matches in the vocabulary: the word itself,
//! its stem, its synonyms (and theirs, lower), prefixes while typing, near
//! spellings, words inside longer ones and abbreviations, each with a
//! quality.

use fuzzy_matcher::FuzzyMatcher;

use super::super::analyze::{WordClass, class};
use super::super::thesaurus::{Entry, Thesaurus};
use super::super::vocab::{allowed_typos, char_mask, typo_distance};
use super::{Context, Expansion, How, quality};

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
pub(super) fn synonyms(key: &str, word: &str, out: &mut Vec<Expansion>, cx: &Context) {
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
pub(super) fn expand_key(key: &str, cx: &Context) -> Vec<Expansion> {
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
pub(super) fn exact_and_stem(word: &str, stem: &str, cx: &Context) -> Vec<Expansion> {
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
pub(super) fn expand_word(word: &str, stem: &str, typing: bool, cx: &Context) -> Vec<Expansion> {
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
        // A content word is not a misspelt function word ("alter" is not
        // "after"): a misspelt function word would count for nothing anyway.
        if let Some(quality) = q.filter(|_| class(&t.text) == WordClass::Content) {
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
