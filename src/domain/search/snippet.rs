//! The one-line snippet of a result: whole words around the best match, cut
//! with "…" where the field goes on, and the matched chars to highlight.

use std::ops::Range;

use fuzzy_matcher::skim::SkimMatcherV2;

use super::docs::Field;
use super::terms::{QueryWord, Vocabulary, match_term};

/// Most chars of field text in a snippet (the "…" marks come on top).
pub const SNIPPET_CHARS: usize = 80;
/// Chars of context kept before the match when the field is cut.
const LEAD_CHARS: usize = 24;
const ELLIPSIS: &str = "… ";
const TAIL: &str = " …";

/// A snippet and the char ranges of it to highlight.
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

/// The token index range shown for a snippet anchored at token `anchor`.
fn window(field: &Field, anchor: usize, width: usize) -> Range<usize> {
    let tokens = &field.tokens;
    let Some(at) = tokens.get(anchor) else {
        return 0..tokens.len();
    };
    let min_start = at.start.saturating_sub(LEAD_CHARS);
    let first = tokens[..anchor]
        .iter()
        .position(|t| t.start >= min_start)
        .unwrap_or(anchor);
    let from = tokens.get(first).map_or(at.start, |t| t.start);
    let mut last = anchor;
    while let Some(next) = tokens.get(last + 1) {
        if next.start + next.len > from + width {
            break;
        }
        last += 1;
    }
    first..last + 1
}

/// Builds the snippet of `field` around token `anchor`, highlighting every
/// shown word that matches a query word.
pub fn build(
    field: &Field,
    anchor: usize,
    words: &[QueryWord],
    vocab: &Vocabulary,
    matcher: &SkimMatcherV2,
) -> Snippet {
    let chars: Vec<char> = field
        .text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let whole = chars.len() <= SNIPPET_CHARS || field.tokens.is_empty();
    let (from, to, shown) = if whole {
        (0, chars.len(), 0..field.tokens.len())
    } else {
        let shown = window(field, anchor, SNIPPET_CHARS);
        let from = field.tokens.get(shown.start).map_or(0, |t| t.start);
        let to = field
            .tokens
            .get(shown.end.saturating_sub(1))
            .map_or(chars.len(), |t| t.start + t.len);
        // Keep punctuation that closes the last word (a full stop, a quote).
        let to = (to..chars.len())
            .find(|&i| chars.get(i).is_none_or(|c| c.is_whitespace()))
            .unwrap_or(chars.len());
        (from, to, shown)
    };
    let mut text = String::new();
    let mut offset = 0usize;
    if from > 0 {
        text.push_str(ELLIPSIS);
        offset = ELLIPSIS.chars().count();
    }
    text.extend(chars.get(from..to).unwrap_or_default());
    if to < chars.len() {
        text.push_str(TAIL);
    }

    let mut marked: Vec<usize> = Vec::new();
    for token in field.tokens.get(shown).unwrap_or_default() {
        let Some(term) = vocab.term(token.term) else {
            continue;
        };
        for word in words {
            if let Some(m) = match_term(word, term, matcher) {
                marked.extend(m.chars.iter().map(|&c| offset + token.start - from + c));
            }
        }
    }
    Snippet {
        text,
        highlights: to_ranges(marked),
    }
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
