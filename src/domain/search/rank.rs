//! Ranking pages for a query, BM25F-style.
//!
//! For each unit of the query (a word or a thesaurus phrase) and each page,
//! the unit's weighted term frequency sums, over every field and every term
//! the unit matches, the match quality times the term's count in the field
//! times the field's weight over its length normalisation. It saturates
//! (`tf / (k1 + tf)`) and is multiplied by the unit's inverse document
//! frequency, so rare words weigh more and a long page does not win by
//! length. The page's score is the sum over units, times a coverage factor
//! (the share of the query's words, weighted by rarity, that the page
//! matches at all: matching every word is a boost, not a filter), times a
//! small bonus when query words stand side by side in one field.

use super::index::{Field, Index};
use super::passages::Matches;
use super::query::{Expansion, Query};

/// Pages whose proximity is checked (the best by the other factors).
const PROXIMITY_POOL: usize = 40;
/// Words between two query words that still count as side by side.
const NEAR: usize = 3;

/// A ranked page: its index, score and factors.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    pub page: u32,
    pub score: f32,
    pub bm25: f32,
    pub coverage: f32,
    /// 1 plus the title bonus times the share of the query in the title.
    pub title: f32,
    pub proximity: f32,
}

/// Inverse document frequency from a (soft) document frequency.
pub fn idf(pages: usize, df: f32) -> f32 {
    let n = pages as f32;
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// Scores every page that matches at least one unit; best first, ties in
/// page order. Also returns each unit's idf.
pub fn rank(index: &Index, query: &Query) -> (Vec<Ranked>, Vec<f32>) {
    let units = query.units.len();
    let pages = index.pages.len();
    if units == 0 || pages == 0 {
        return (Vec::new(), Vec::new());
    }
    let mut tf = vec![0.0f32; pages * units];
    let mut best = vec![0.0f32; pages * units];
    let mut in_title = vec![0.0f32; pages * units];
    for (u, unit) in query.units.iter().enumerate() {
        for e in &unit.expansions {
            for p in index.postings(e.term) {
                let at = p.page as usize * units + u;
                if let (Some(t), Some(b)) = (tf.get_mut(at), best.get_mut(at)) {
                    *t += e.quality * p.weighted;
                    *b = b.max(e.quality);
                }
                if p.field == Field::Title
                    && let Some(t) = in_title.get_mut(at)
                {
                    *t = t.max(e.quality);
                }
            }
        }
    }
    let idfs: Vec<f32> = (0..units)
        .map(|u| {
            let df: f32 = (0..pages).map(|p| best[p * units + u]).sum();
            idf(pages, df)
        })
        .collect();
    let word_weight = word_weights(query, &idfs);
    let total_weight: f32 = word_weight.iter().map(|(_, w)| w).sum();
    let mut ranked: Vec<Ranked> = (0..pages)
        .filter_map(|p| {
            let row = tf.get(p * units..(p + 1) * units)?;
            let bm25: f32 = row
                .iter()
                .zip(&idfs)
                .zip(&query.units)
                .map(|((&t, &idf), u)| u.weight * idf * t / (index.params.k1 + t))
                .sum();
            (bm25 > 0.0).then(|| {
                let row = p * units..(p + 1) * units;
                let coverage = coverage(query, &best[row.clone()], &word_weight, total_weight);
                let title = 1.0
                    + index.params.title_bonus
                        * coverage_of(query, &in_title[row], &word_weight, total_weight);
                Ranked {
                    page: u32::try_from(p).unwrap_or(u32::MAX),
                    score: bm25 * coverage * title,
                    bm25,
                    coverage,
                    title,
                    proximity: 1.0,
                }
            })
        })
        .collect();
    sort(&mut ranked);
    let table = Matches::new(query, index.vocab.len());
    for r in ranked.iter_mut().take(PROXIMITY_POOL) {
        r.proximity = proximity(index, query, &table, r.page);
        r.score *= r.proximity;
    }
    sort(&mut ranked);
    (ranked, idfs)
}

fn sort(ranked: &mut [Ranked]) {
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.page.cmp(&b.page)));
}

/// A word counts as covered by a match of at least this quality; weaker
/// matches (abbreviations) count in proportion.
const COVERED: f32 = 0.5;

/// For each query word that has a single-word unit (content words and, in
/// a query with content, function words), its weight in the coverage
/// factor: the word's own weight (1, or [`super::query::STOP_WEIGHT`])
/// times its idf. (A thesaurus phrase covers its words but does not change
/// their weight: a phrase found nowhere must not make its words weigh more.)
fn word_weights(query: &Query, idfs: &[f32]) -> Vec<(usize, f32)> {
    query
        .units
        .iter()
        .zip(idfs)
        .filter(|(u, _)| !u.is_phrase())
        .map(|(word, &idf)| (word.first, word.weight * idf))
        .collect()
}

/// The share of the query's words (weighted by rarity) that a page matches;
/// matching is the best quality of any unit covering the word, counted as
/// whole from [`COVERED`] up.
fn coverage(query: &Query, best: &[f32], weights: &[(usize, f32)], total: f32) -> f32 {
    if total <= 0.0 {
        return 1.0;
    }
    coverage_of(query, best, weights, total)
}

/// The share of the query's words (weighted) that `best` (per unit, the
/// best match quality in some part of a page) covers.
fn coverage_of(query: &Query, best: &[f32], weights: &[(usize, f32)], total: f32) -> f32 {
    if total <= 0.0 {
        return 0.0;
    }
    let covered: f32 = weights
        .iter()
        .map(|&(k, w)| {
            let q = query
                .units
                .iter()
                .zip(best)
                .filter(|(u, _)| k >= u.first && k < u.first + u.len)
                .map(|(_, &b)| b)
                .fold(0.0f32, f32::max);
            w * (q / COVERED).min(1.0)
        })
        .sum();
    covered / total
}

/// 1 plus the proximity parameter times the share of neighbouring query words that
/// stand within [`NEAR`] words of each other, in order, in one field; a
/// pair counts by the lighter of its two words' weights (so a quote said
/// word for word, function words and all, is found).
fn proximity(index: &Index, query: &Query, table: &Matches, page: u32) -> f32 {
    let words: Vec<usize> = query
        .units
        .iter()
        .enumerate()
        .filter(|(_, u)| !u.is_phrase())
        .map(|(i, _)| i)
        .collect();
    if words.len() < 2 {
        return 1.0;
    }
    let weight = |k: usize| query.units.get(k).map_or(0.0, |u| u.weight);
    let pair_weights: Vec<f32> = words
        .windows(2)
        .map(|w| weight(w[0]).min(weight(w[1])))
        .collect();
    let total: f32 = pair_weights.iter().sum();
    let mut found = vec![false; pair_weights.len()];
    let Some(p) = index.pages.get(page as usize) else {
        return 1.0;
    };
    for &pid in &p.passages {
        let Some(passage) = index.passages.get(pid as usize) else {
            continue;
        };
        for &(_, text) in &passage.fields {
            let Some(text) = index.texts.get(text as usize) else {
                continue;
            };
            // The last place each unit matched in this field.
            let mut seen: Vec<Option<usize>> = vec![None; query.units.len()];
            for (i, tok) in text.tokens.iter().enumerate() {
                for (u, _, _) in table.of(tok.term) {
                    if let Some(pair) = words.iter().position(|&w| w == u).filter(|&x| x > 0)
                        && let Some(prev) = seen.get(words[pair - 1]).copied().flatten()
                        && prev < i
                        && i - prev <= NEAR
                    {
                        found[pair - 1] = true;
                    }
                    if let Some(s) = seen.get_mut(u) {
                        *s = Some(i);
                    }
                }
            }
        }
    }
    let near: f32 = found
        .iter()
        .zip(&pair_weights)
        .filter(|(f, _)| **f)
        .map(|(_, w)| w)
        .sum();
    1.0 + index.params.proximity * near / total.max(f32::EPSILON)
}

/// One term's part of a unit's score on a page, for `--explain`.
#[derive(Debug, Clone, PartialEq)]
pub struct TermPart {
    pub field: Field,
    pub term: u32,
    pub expansion: Expansion,
    pub tf: f32,
    pub weighted: f32,
}

/// Every term, field by field, that adds to a unit's score on a page.
pub fn parts(index: &Index, expansions: &[Expansion], page: u32) -> Vec<TermPart> {
    let mut out = Vec::new();
    for e in expansions {
        for p in index.postings(e.term) {
            if p.page == page {
                out.push(TermPart {
                    field: p.field,
                    term: e.term,
                    expansion: *e,
                    tf: p.tf,
                    weighted: e.quality * p.weighted,
                });
            }
        }
    }
    out.sort_by(|a, b| b.weighted.total_cmp(&a.weighted));
    out
}
