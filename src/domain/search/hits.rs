//! A ranked page as a result: its best passages with their snippets and
//! highlights, its title's matched chars, and a page found by tags alone.

use std::ops::Range;

use super::passages::{self, Marker, Matches};
use super::query::Query;
use super::{DocKind, Field, Location, PASSAGES_PER_PAGE, PageHit, PassageHit, SearchIndex};
use super::{tags, title_repeat};

/// A passage is listed when it scores at least this share of the page's best.
const PASSAGE_SHARE: f32 = 0.5;

impl SearchIndex {
    /// A page found by its tags alone: its tags line as the passage.
    pub(super) fn tag_hit(&self, page: u32, tags: &[String]) -> Option<PageHit> {
        let p = self.index.pages.get(page as usize)?;
        let (snippet, highlights) = tags::line(&p.tags, tags);
        Some(PageHit {
            kind: p.kind,
            page: p.target.clone(),
            title: p.title.clone(),
            title_highlights: Vec::new(),
            score: 0,
            location: Location::Tags,
            passages: vec![PassageHit {
                kind: DocKind::Tags,
                title: "Tags".into(),
                location: Location::Tags,
                score: 0,
                snippet,
                highlights,
                synonyms: Vec::new(),
            }],
        })
    }

    pub(super) fn marker<'a>(&'a self, query: &'a Query, matches: &'a Matches) -> Marker<'a> {
        Marker {
            query,
            matches,
            matcher: &self.matcher.0,
            stems: &self.stems,
        }
    }

    /// A page with its best passages; `weights` are the units' idf times weight.
    pub(super) fn page_hit(
        &self,
        query: &Query,
        matches: &Matches,
        weights: &[f32],
        page: u32,
        score: f32,
    ) -> Option<PageHit> {
        let p = self.index.pages.get(page as usize)?;
        let mut scored: Vec<passages::Scored> = p
            .passages
            .iter()
            .filter_map(|&id| passages::score(&self.index, matches, weights, id, false))
            .collect();
        scored.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.passage.cmp(&b.passage)));
        scored.retain_mut(|s| title_repeat::off_title(&self.index, matches, weights, s, &p.title));
        let top = scored.first().map_or(0.0, |s| s.score);
        let marker = self.marker(query, matches);
        let passages: Vec<PassageHit> = scored
            .iter()
            .filter(|s| s.score >= top * PASSAGE_SHARE)
            .take(PASSAGES_PER_PAGE)
            .filter_map(|s| self.passage_hit(&marker, s))
            .collect();
        let title_highlights = self.title_marks(&marker, page);
        Some(PageHit {
            kind: p.kind,
            page: p.target.clone(),
            title: p.title.clone(),
            title_highlights,
            score: points(score),
            location: passages.first().map_or(Location::Header, |h| h.location),
            passages,
        })
    }

    pub(super) fn passage_hit(&self, marker: &Marker, s: &passages::Scored) -> Option<PassageHit> {
        let passage = self.index.passages.get(s.passage as usize)?;
        let text = self.index.texts.get(s.text as usize)?;
        let snip = marker.snippet(text, s.token);
        Some(PassageHit {
            kind: passage.kind,
            title: passage.title.clone(),
            location: passage.location,
            score: points(s.score),
            snippet: snip.text,
            highlights: snip.highlights,
            synonyms: snip.synonyms,
        })
    }

    /// The matched chars of a page's title.
    fn title_marks(&self, marker: &Marker, page: u32) -> Vec<Range<usize>> {
        let Some(p) = self.index.pages.get(page as usize) else {
            return Vec::new();
        };
        let first = p
            .passages
            .first()
            .and_then(|&id| self.index.passages.get(id as usize));
        let title = first.and_then(|ps| {
            ps.fields
                .iter()
                .find(|(f, _)| *f == Field::Title)
                .and_then(|&(_, t)| self.index.texts.get(t as usize))
        });
        match title {
            Some(text) => passages::to_ranges(marker.marks(text, 0..text.tokens.len()).0),
            None => Vec::new(),
        }
    }
}

fn points(score: f32) -> u32 {
    let p = (score * 1000.0).round();
    if p.is_finite() && p > 0.0 {
        p as u32
    } else {
        0
    }
}
