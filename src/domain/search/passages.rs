//! The passages of a result page: which of them match the query best, the
//! one-line snippet of each around its best match, the chars to highlight,
//! and which words matched through the thesaurus.

use std::ops::Range;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::SynonymMatch;
use super::analyze::{Stems, words};
use super::index::{Field, Index, Text, Token};
use super::query::{How, Query};

/// Most chars of field text in a snippet (the "…" marks come on top).
pub const SNIPPET_CHARS: usize = 80;
/// Chars of context kept before the match when the field is cut.
const LEAD_CHARS: usize = 24;
const ELLIPSIS: &str = "… ";
const TAIL: &str = " …";

/// A dense table from term id to the (unit, quality, how) of the query's
/// matches of it.
pub struct Matches {
    head: Vec<u32>,
    entries: Vec<(usize, f32, How, u32)>,
}

impl Matches {
    pub fn new(query: &Query, terms: usize) -> Self {
        let mut m = Matches {
            head: vec![u32::MAX; terms],
            entries: Vec::new(),
        };
        for (u, unit) in query.units.iter().enumerate() {
            for e in &unit.expansions {
                if let Some(h) = m.head.get_mut(e.term as usize) {
                    let next = *h;
                    *h = u32::try_from(m.entries.len()).unwrap_or(u32::MAX);
                    m.entries.push((u, e.quality, e.how, next));
                }
            }
        }
        m
    }

    /// The (unit, quality, how) matches of a term.
    pub fn of(&self, term: u32) -> impl Iterator<Item = (usize, f32, How)> + '_ {
        let mut at = self.head.get(term as usize).copied().unwrap_or(u32::MAX);
        std::iter::from_fn(move || {
            let &(u, q, how, next) = self.entries.get(at as usize)?;
            at = next;
            Some((u, q, how))
        })
    }
}

/// A passage's score and where its best match is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    pub passage: u32,
    pub score: f32,
    /// The text and token of the best match.
    pub text: u32,
    pub token: usize,
}

/// Scores one passage: over units, the unit's idf times its best match
/// (quality times field weight); titles are left out unless `titles`.
pub fn score(
    index: &Index,
    m: &Matches,
    idfs: &[f32],
    passage: u32,
    titles: bool,
) -> Option<Scored> {
    let p = index.passages.get(passage as usize)?;
    let mut best = vec![0.0f32; idfs.len()];
    let mut anchor: Option<(f32, u32, usize)> = None;
    for &(field, text_id) in &p.fields {
        if field == Field::Title && !titles {
            continue;
        }
        visit(index, m, idfs, field, text_id, &mut best, &mut anchor)?;
    }
    let score: f32 = best.iter().zip(idfs).map(|(b, idf)| b * idf).sum();
    let (_, text, token) = anchor?;
    (score > 0.0).then_some(Scored {
        passage,
        score,
        text,
        token,
    })
}

/// Scores the matches of one field's text: each unit's best match into
/// `best`, the best-valued token so far into `anchor`.
pub(super) fn visit(
    index: &Index,
    m: &Matches,
    idfs: &[f32],
    field: Field,
    text_id: u32,
    best: &mut [f32],
    anchor: &mut Option<(f32, u32, usize)>,
) -> Option<()> {
    let text = index.texts.get(text_id as usize)?;
    let w = index.params.weight(field);
    let tokens = text.tokens.iter().enumerate().map(|(i, t)| (t.term, i));
    let phrases = text.phrases.iter().map(|ph| (ph.term, ph.first as usize));
    for (term, at) in tokens.chain(phrases) {
        for (u, q, _) in m.of(term) {
            let v = q * w;
            if let Some(b) = best.get_mut(u) {
                *b = b.max(v);
            }
            let value = v * idfs.get(u).copied().unwrap_or(0.0);
            if anchor.is_none_or(|(a, _, _)| value > a) {
                *anchor = Some((value, text_id, at));
            }
        }
    }
    Some(())
}

/// A snippet, its highlights and the thesaurus matches in it.
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
    pub synonyms: Vec<SynonymMatch>,
}

/// The token range shown for a snippet anchored at token `anchor`.
fn window(tokens: &[Token], anchor: usize, width: usize) -> Range<usize> {
    let Some(at) = tokens.get(anchor) else {
        return 0..tokens.len();
    };
    let min_start = at.start.saturating_sub(LEAD_CHARS as u32);
    let first = tokens[..anchor]
        .iter()
        .position(|t| t.start >= min_start)
        .unwrap_or(anchor);
    let from = tokens.get(first).map_or(at.start, |t| t.start) as usize;
    let mut last = anchor;
    while let Some(next) = tokens.get(last + 1) {
        if (next.start + next.len) as usize > from + width {
            break;
        }
        last += 1;
    }
    first..last + 1
}

/// What is needed to mark matched chars.
pub struct Marker<'a> {
    pub query: &'a Query,
    pub matches: &'a Matches,
    pub matcher: &'a SkimMatcherV2,
    pub stems: &'a Stems,
}

impl Marker<'_> {
    /// The char indices (in the text) of `tok` that match, and the
    /// thesaurus matches of it, appended to `marked` and `synonyms`.
    fn mark_token(
        &self,
        chars: &[char],
        tok: &Token,
        marked: &mut Vec<usize>,
        synonyms: &mut Vec<SynonymMatch>,
    ) {
        let start = tok.start as usize;
        let len = tok.len as usize;
        let original: String = chars
            .get(start..start + len)
            .unwrap_or_default()
            .iter()
            .collect();
        for (u, _, how) in self.matches.of(tok.term) {
            // Function words ("to", "about") count a little but are not
            // marked: highlighting every "to" hides what matched.
            let Some(unit) = self.query.units.get(u).filter(|u| u.weight >= 1.0) else {
                continue;
            };
            match how {
                How::Prefix => {
                    let n = unit.text.chars().count().min(len);
                    marked.extend(start..start + n);
                }
                How::Inner | How::Abbreviation => {
                    let folded: String = original.to_lowercase();
                    let same_length = folded.chars().count() == len;
                    let found = if how == How::Inner {
                        inner_chars(&folded, &unit.text)
                    } else {
                        self.matcher
                            .fuzzy_indices(&folded, &unit.text)
                            .map(|(_, i)| i)
                    };
                    match found {
                        Some(at) if same_length => marked.extend(at.into_iter().map(|c| start + c)),
                        _ => marked.extend(start..start + len),
                    }
                }
                _ => marked.extend(start..start + len),
            }
            if how == How::Synonym {
                self.note(synonyms, &unit.text, &original);
            }
        }
    }

    fn mark_phrases(
        &self,
        text: &Text,
        shown: &Range<usize>,
        marked: &mut Vec<usize>,
        synonyms: &mut Vec<SynonymMatch>,
    ) {
        for ph in &text.phrases {
            let first = ph.first as usize;
            let last = first + ph.words as usize - 1;
            if first < shown.start || last >= shown.end {
                continue;
            }
            let (Some(a), Some(b)) = (text.tokens.get(first), text.tokens.get(last)) else {
                continue;
            };
            for (u, _, how) in self.matches.of(ph.term) {
                let span = a.start as usize..(b.start + b.len) as usize;
                marked.extend(span.clone());
                if how == How::Synonym
                    && let Some(unit) = self.query.units.get(u)
                {
                    let words: String = text
                        .text
                        .chars()
                        .skip(span.start)
                        .take(span.len())
                        .collect();
                    self.note(synonyms, &unit.text, &words);
                }
            }
        }
    }

    /// The snippet of `text` around token `anchor`.
    pub fn snippet(&self, text: &Text, anchor: usize) -> Snippet {
        let chars: Vec<char> = text
            .text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let whole = chars.len() <= SNIPPET_CHARS || text.tokens.is_empty();
        let (from, to, shown) = if whole {
            (0, chars.len(), 0..text.tokens.len())
        } else {
            let shown = window(&text.tokens, anchor, SNIPPET_CHARS);
            let from = text.tokens.get(shown.start).map_or(0, |t| t.start as usize);
            let to = text
                .tokens
                .get(shown.end.saturating_sub(1))
                .map_or(chars.len(), |t| (t.start + t.len) as usize);
            // Keep punctuation that closes the last word (a full stop, a quote).
            let to = (to..chars.len())
                .find(|&i| chars.get(i).is_none_or(|c| c.is_whitespace()))
                .unwrap_or(chars.len());
            (from, to, shown)
        };
        let mut out = String::new();
        let mut offset = 0usize;
        if from > 0 {
            out.push_str(ELLIPSIS);
            offset = ELLIPSIS.chars().count();
        }
        out.extend(chars.get(from..to).unwrap_or_default());
        if to < chars.len() {
            out.push_str(TAIL);
        }
        let (marked, synonyms) = self.marks(text, shown);
        let marked = marked
            .into_iter()
            .filter(|&c| c >= from && c < to)
            .map(|c| c - from + offset)
            .collect();
        Snippet {
            text: out,
            highlights: to_ranges(marked),
            synonyms,
        }
    }

    /// Every matched char of the tokens `shown` of `text`, and the thesaurus
    /// matches among them.
    pub fn marks(&self, text: &Text, shown: Range<usize>) -> (Vec<usize>, Vec<SynonymMatch>) {
        let mut marked = Vec::new();
        let mut synonyms = Vec::new();
        let chars: Vec<char> = text.text.chars().collect();
        for tok in text.tokens.get(shown.clone()).unwrap_or_default() {
            self.mark_token(&chars, tok, &mut marked, &mut synonyms);
        }
        self.mark_phrases(text, &shown, &mut marked, &mut synonyms);
        (marked, synonyms)
    }
}

impl Marker<'_> {
    /// Records that `query` matched `matched` through the thesaurus, unless
    /// they share a word ("merge freeze" and "freezes" say the same).
    fn note(&self, synonyms: &mut Vec<SynonymMatch>, query: &str, matched: &str) {
        let stems = |text: &str| -> Vec<String> {
            words(text)
                .iter()
                .map(|w| self.stems.stem_uncached(&w.folded))
                .collect()
        };
        let asked = stems(query);
        if stems(matched).iter().any(|s| asked.contains(s)) {
            return;
        }
        let m = SynonymMatch {
            query: query.to_string(),
            matched: matched.to_string(),
        };
        // One note per word of the text, whichever query word reached it.
        let seen = synonyms
            .iter()
            .any(|s| s.matched.to_lowercase() == m.matched.to_lowercase());
        if !seen {
            synonyms.push(m);
        }
    }
}

/// Char indices of `needle` inside `hay`.
fn inner_chars(hay: &str, needle: &str) -> Option<Vec<usize>> {
    let h: Vec<char> = hay.chars().collect();
    let n: Vec<char> = needle.chars().collect();
    let at = h.windows(n.len().max(1)).position(|w| w == n.as_slice())?;
    Some((at..at + n.len()).collect())
}

/// Sorted, merged ranges covering the given char indices.
pub fn to_ranges(mut marked: Vec<usize>) -> Vec<Range<usize>> {
    marked.sort_unstable();
    marked.dedup();
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for i in marked {
        match ranges.last_mut() {
            Some(r) if r.end == i => r.end = i + 1,
            _ => ranges.push(i..i + 1),
        }
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_merge_adjacent_indices() {
        assert_eq!(to_ranges(vec![5, 1, 2, 3, 5, 7]), vec![1..4, 5..6, 7..8]);
        assert!(to_ranges(Vec::new()).is_empty());
    }
}
