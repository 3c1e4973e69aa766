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

use super::flat::{DocView, FlatField};
use super::terms::{Quality, QueryWord};
use super::text::MAX_QUERY_WORDS;

/// Per query word, the quality of each vocabulary term (indexed by term id),
/// and what scoring needs to know about the query as a whole.
pub struct Matched<'a> {
    words: &'a [QueryWord],
    qualities: &'a [Vec<Quality>],
    /// Bit k set when word k is required.
    required_mask: u64,
    /// Indices of all words, and of the required ones, for phrase checks.
    all: Vec<usize>,
    needed: Vec<usize>,
}

impl<'a> Matched<'a> {
    /// `qualities[k]` holds word k's quality for every term. Words past
    /// [`MAX_QUERY_WORDS`] are ignored.
    pub fn new(words: &'a [QueryWord], qualities: &'a [Vec<Quality>]) -> Self {
        let words = words.get(..MAX_QUERY_WORDS).unwrap_or(words);
        let needed: Vec<usize> = words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.required)
            .map(|(k, _)| k)
            .collect();
        Matched {
            words,
            qualities,
            required_mask: needed.iter().fold(0, |acc, &k| acc | 1 << k),
            all: (0..words.len()).collect(),
            needed,
        }
    }

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
fn phrase_at(m: &Matched, terms: &[u32], start: usize, which: &[usize]) -> Option<Quality> {
    let mut lowest: Quality = 1.0;
    for (offset, &word) in which.iter().enumerate() {
        let term = *terms.get(start + offset)?;
        let q = m.quality(word, term);
        if q <= 0.0 {
            return None;
        }
        lowest = lowest.min(q);
    }
    Some(lowest)
}

/// The best phrase bonus over all fields, with where the phrase starts.
fn best_phrase(m: &Matched, doc: DocView, which: &[usize], bonus: f32) -> Option<(f32, Anchor)> {
    if which.len() < 2 {
        return None;
    }
    let mut best: Option<(f32, Anchor)> = None;
    for (fi, field) in doc.fields.iter().enumerate() {
        let terms = doc.terms(field);
        for start in 0..terms.len() {
            if let Some(q) = phrase_at(m, terms, start, which) {
                let value = bonus * q * field.weight;
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
pub fn score(m: &Matched, doc: DocView) -> Option<DocScore> {
    let n = m.words.len();
    let mut best: [Option<Best>; MAX_QUERY_WORDS] = [None; MAX_QUERY_WORDS];
    let best = best.get_mut(..n)?;
    let mut cover: f32 = 0.0;
    for (fi, field) in doc.fields.iter().enumerate() {
        let terms = doc.terms(field);
        let (seen, matched) = scan_field(m, terms, field, fi, best);
        if seen & m.required_mask == m.required_mask && !terms.is_empty() {
            let share = matched as f32 / terms.len() as f32;
            cover = cover.max(COVER_BONUS * field.weight * share);
        }
    }

    let mut total = 0.0;
    let mut required = 0usize;
    let mut anchor: Option<Best> = None;
    for (word, slot) in m.words.iter().zip(best.iter()) {
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

    let phrase = best_phrase(m, doc, &m.all, PHRASE_BONUS).or_else(|| {
        (m.needed.len() < n)
            .then(|| best_phrase(m, doc, &m.needed, PARTIAL_PHRASE_BONUS))
            .flatten()
    });
    if let Some((bonus, at)) = phrase {
        points += bonus;
        anchor = at;
    }
    if doc.is_page {
        points += PAGE_BONUS;
    }
    Some(DocScore {
        points: (points * 1000.0).round() as u32,
        anchor,
    })
}

/// Updates each word's best match with one field's words; returns the set of
/// words seen in the field and how many of its words matched any query word.
fn scan_field(
    m: &Matched,
    terms: &[u32],
    field: &FlatField,
    fi: usize,
    best: &mut [Option<Best>],
) -> (u64, usize) {
    let mut seen: u64 = 0;
    let mut matched = 0usize;
    for (ti, &term) in terms.iter().enumerate() {
        let mut any = false;
        for (k, slot) in best.iter_mut().enumerate() {
            let q = m.quality(k, term);
            if q <= 0.0 {
                continue;
            }
            any = true;
            seen |= 1 << k;
            let value = q * field.weight;
            if slot.is_none_or(|b| value > b.value) {
                let anchor = Anchor {
                    field: fi,
                    token: ti,
                };
                *slot = Some(Best { value, anchor });
            }
        }
        matched += usize::from(any);
    }
    (seen, matched)
}
