//! `--explain`: for each page, each query word's idf, weighted term
//! frequency and part of the score, and every field and word it matched.

use super::query::Unit;
use super::results::{Explanation, MatchExplanation, UnitExplanation};
use super::{SearchIndex, rank, unit_weights};
use crate::domain::search::passages::Matches;

impl SearchIndex {
    /// Why each of the best `limit` pages ranked where it did.
    pub fn explain(&self, text: &str, limit: usize) -> Vec<Explanation> {
        let query = self.parse(text, false);
        if limit == 0 || query.is_empty() {
            return Vec::new();
        }
        let (ranked, idfs) = rank::rank(&self.index, &query);
        let weights = unit_weights(&query, &idfs);
        let matches = Matches::new(&query, self.index.vocab.len());
        ranked
            .iter()
            .take(limit)
            .filter_map(|r| {
                let hit = self.page_hit(&query, &matches, &weights, r.page, r.score)?;
                let units = query
                    .units
                    .iter()
                    .zip(&idfs)
                    .map(|(u, &idf)| self.explain_unit(u, idf, r.page))
                    .collect();
                Some(Explanation {
                    hit,
                    bm25: r.bm25,
                    coverage: r.coverage,
                    title: r.title,
                    proximity: r.proximity,
                    score: r.score,
                    units,
                })
            })
            .collect()
    }

    fn explain_unit(&self, unit: &Unit, idf: f32, page: u32) -> UnitExplanation {
        let parts = rank::parts(&self.index, &unit.expansions, page);
        let tf: f32 = parts.iter().map(|p| p.weighted).sum();
        let matches = parts
            .iter()
            .map(|p| MatchExplanation {
                field: p.field,
                word: self
                    .index
                    .vocab
                    .term(p.term)
                    .map(|t| t.text.clone())
                    .unwrap_or_default(),
                how: p.expansion.how,
                quality: p.expansion.quality,
                count: p.tf,
                weighted: p.weighted,
            })
            .collect();
        UnitExplanation {
            query: unit.text.clone(),
            idf,
            contribution: unit.weight * idf * tf / (self.index.params.k1 + tf),
            tf,
            matches,
        }
    }
}
