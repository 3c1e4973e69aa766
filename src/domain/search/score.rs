//! Scoring one document against a query whose words have already been
//! matched against the whole vocabulary.
//!
//! A document matches when every required word matches one of its words. Its
//! score is the mean, over required words, of the best match quality times the
//! weight of the field it is in (title 1.0, heading 0.8, summary 0.6, body 0.5),
//! plus bonuses: the query's words side by side in order in one field (a
//! phrase); all of them inside one short field (covering most of a title); a
//! little for stop words that are present; and a sliver for whole pages, so a
//! page beats a passage inside it when both match equally.

use super::docs::{Doc, Field};
use super::terms::{Quality, QueryWord};

/// Per query word, the quality of each vocabulary term (indexed by term id).
pub struct Matched<'a> {
    pub words: &'a [QueryWord],
    pub qualities: &'a [Vec<Quality>],
}

impl Matched<'_> {
    fn quality(&self, word: usize, term: u32) -> Quality {
        self.qualities
            .get(word)
            .and_then(|q| q.get(term as usize))
            .copied()
            .unwrap_or(0.0)
    }
}

/// Where a document's best match is: a field and a token in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    pub field: usize,
    pub token: usize,
}

/// A document's score (points, higher is better) and where it matched best.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocScore {
    pub points: u32,
    pub anchor: Anchor,
}

const PHRASE_BONUS: f32 = 0.3;
const PARTIAL_PHRASE_BONUS: f32 = 0.2;
const COVER_BONUS: f32 = 0.2;
const STOP_WORD_BONUS: f32 = 0.05;
const PAGE_BONUS: f32 = 0.01;

#[derive(Clone, Copy)]
struct Best {
    value: f32,
    anchor: Anchor,
}

/// The lowest quality among words `which` matched by the tokens starting at
/// `start`, consecutively and in order; `None` if they do not all match.
fn phrase_at(m: &Matched, field: &Field, start: usize, which: &[usize]) -> Option<Quality> {
    let mut lowest: Quality = 1.0;
    for (offset, &word) in which.iter().enumerate() {
        let token = field.tokens.get(start + offset)?;
        let q = m.quality(word, token.term);
        if q <= 0.0 {
            return None;
        }
        lowest = lowest.min(q);
    }
    Some(lowest)
}

/// The best phrase bonus over all fields, with where the phrase starts.
fn best_phrase(m: &Matched, doc: &Doc, which: &[usize], bonus: f32) -> Option<(f32, Anchor)> {
    if which.len() < 2 {
        return None;
    }
    let mut best: Option<(f32, Anchor)> = None;
    for (fi, field) in doc.fields.iter().enumerate() {
        for start in 0..field.tokens.len() {
            if let Some(q) = phrase_at(m, field, start, which) {
                let value = bonus * q * field.role.weight();
                if best.is_none_or(|(v, _)| value > v) {
                    best = Some((
                        value,
                        Anchor {
                            field: fi,
                            token: start,
                        },
                    ));
                }
            }
        }
    }
    best
}

/// Scores one document; `None` when a required word matches none of its words.
pub fn score(m: &Matched, doc: &Doc) -> Option<DocScore> {
    let n = m.words.len();
    let mut best: Vec<Option<Best>> = vec![None; n];
    let mut cover: f32 = 0.0;
    let required_mask: u64 = m
        .words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.required)
        .fold(0, |acc, (i, _)| acc | 1 << i);
    for (fi, field) in doc.fields.iter().enumerate() {
        let weight = field.role.weight();
        let mut seen: u64 = 0;
        let mut matched_tokens = 0usize;
        for (ti, token) in field.tokens.iter().enumerate() {
            let mut any = false;
            for (k, slot) in best.iter_mut().enumerate() {
                let q = m.quality(k, token.term);
                if q <= 0.0 {
                    continue;
                }
                any = true;
                seen |= 1 << k;
                let value = q * weight;
                if slot.is_none_or(|b| value > b.value) {
                    let anchor = Anchor {
                        field: fi,
                        token: ti,
                    };
                    *slot = Some(Best { value, anchor });
                }
            }
            matched_tokens += usize::from(any);
        }
        if seen & required_mask == required_mask && !field.tokens.is_empty() {
            let share = matched_tokens as f32 / field.tokens.len() as f32;
            cover = cover.max(COVER_BONUS * weight * share);
        }
    }

    let mut total = 0.0;
    let mut required = 0usize;
    let mut anchor: Option<Best> = None;
    for (word, slot) in m.words.iter().zip(&best) {
        match (word.required, slot) {
            (true, None) => return None,
            (true, Some(b)) => {
                total += b.value;
                required += 1;
                if anchor.is_none_or(|a| b.value > a.value) {
                    anchor = Some(*b);
                }
            }
            (false, Some(b)) => total += STOP_WORD_BONUS * b.value,
            (false, None) => {}
        }
    }
    let mut anchor = anchor?.anchor;
    let mut points = total / required.max(1) as f32 + cover;

    let all: Vec<usize> = (0..n).collect();
    let needed: Vec<usize> = (0..n).filter(|&k| m.words[k].required).collect();
    let phrase = best_phrase(m, doc, &all, PHRASE_BONUS).or_else(|| {
        (needed.len() < n)
            .then(|| best_phrase(m, doc, &needed, PARTIAL_PHRASE_BONUS))
            .flatten()
    });
    if let Some((bonus, at)) = phrase {
        points += bonus;
        anchor = at;
    }
    if doc.kind.is_page() {
        points += PAGE_BONUS;
    }
    Some(DocScore {
        points: (points * 1000.0).round() as u32,
        anchor,
    })
}
