//! What is built once from the graph (and again for the notes): pages made
//! of passages, passages made of fields of text split into words, and an
//! inverted index from each term to the pages and fields it occurs in, with
//! the field's weight and length normalisation already applied (BM25F).

use rustc_hash::FxHashMap as HashMap;

use super::analyze::{Stems, for_each_word, hyphen_joins};
pub use super::fields::{FIELDS, Field, Params};
use super::thesaurus::Thesaurus;
use super::vocab::Vocab;
use super::{DocKind, Location, NoteDoc};
use crate::domain::graph::Target;

/// A word of a text: its term and its char span in the text.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub term: u32,
    pub start: u32,
    pub len: u32,
}

/// A thesaurus phrase found in a text, or a hyphenated compound written as
/// one word ("sign-off" as "signoff"): its term and the words it spans.
#[derive(Debug, Clone, Copy)]
pub struct PhraseToken {
    pub term: u32,
    pub first: u32,
    pub words: u32,
}

/// One piece of text, analysed once and shared by every page that shows it
/// (a cause paragraph is on its symptom page and on its anti-pattern's).
#[derive(Debug, Clone)]
pub struct Text {
    pub text: String,
    pub tokens: Vec<Token>,
    pub phrases: Vec<PhraseToken>,
}

/// A passage of a page: what a result can point at.
#[derive(Debug, Clone)]
pub struct Passage {
    pub page: u32,
    pub kind: DocKind,
    pub title: String,
    pub location: Location,
    /// The passage's fields: (field, text id).
    pub fields: Vec<(Field, u32)>,
}

/// A page: a symptom or an anti-pattern.
#[derive(Debug, Clone)]
pub struct Page {
    pub target: Target,
    pub kind: DocKind,
    pub title: String,
    /// The site's tags (`process-gates`), found with `#tag` in a query.
    pub tags: Vec<String>,
    pub passages: Vec<u32>,
    /// Words per field kind (length for normalisation).
    pub lens: [f32; FIELDS],
}

/// One term's occurrences in one field kind of one page.
#[derive(Debug, Clone, Copy)]
pub struct Posting {
    pub page: u32,
    pub field: Field,
    pub tf: f32,
    /// `tf` times the field weight over its length normalisation.
    pub weighted: f32,
}

/// The index: pages, passages, texts, vocabulary and postings.
#[derive(Debug, Clone, Default)]
pub struct Index {
    pub vocab: Vocab,
    pub texts: Vec<Text>,
    pub passages: Vec<Passage>,
    pub pages: Vec<Page>,
    /// Every posting, grouped by term id; term `t`'s are
    /// `postings[starts[t]..starts[t + 1]]`.
    postings: Vec<Posting>,
    starts: Vec<u32>,
    /// Mean length of each field kind over the pages that have it.
    pub mean_lens: [f32; FIELDS],
    pub params: Params,
    /// How many passages and texts come from the graph (the rest are notes).
    pub(super) graph_passages: usize,
    pub(super) graph_texts: usize,
    pub(super) pages_by_target: HashMap<Target, u32>,
    /// Per stem id, whether a thesaurus phrase starts with it (once known).
    phrase_first: Vec<Option<bool>>,
}

pub(super) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Splits a text into terms (and thesaurus phrases) and stores it. Only
/// words new to the vocabulary are stemmed.
pub(super) fn analyse(
    index: &mut Index,
    stems: &mut Stems,
    thesaurus: &Thesaurus,
    text: &str,
) -> u32 {
    let mut tokens = Vec::new();
    for_each_word(text, |start, len, folded| {
        let term = match index.vocab.id(folded) {
            Some(t) => t,
            None => {
                let stem = stems.stem(folded);
                index.vocab.intern(folded, &stem)
            }
        };
        tokens.push(Token {
            term,
            start: to_u32(start),
            len: to_u32(len),
        });
    });
    let stem_ids: Vec<u32> = tokens
        .iter()
        .map(|t| index.vocab.term(t.term).map_or(u32::MAX, |t| t.stem))
        .collect();
    let starts: Vec<usize> = (0..stem_ids.len())
        .filter(|&at| index.phrase_first(thesaurus, stem_ids[at]))
        .collect();
    let mut found = Vec::new();
    let spans: Vec<(usize, usize)> = tokens
        .iter()
        .map(|t| (t.start as usize, t.len as usize))
        .collect();
    let mut joined = Vec::new();
    for i in hyphen_joins(text, &spans) {
        let (Some(a), Some(b)) = (tokens.get(i), tokens.get(i + 1)) else {
            continue;
        };
        let word: String = [a.term, b.term]
            .iter()
            .filter_map(|&t| index.vocab.term(t).map(|t| t.text.as_str()))
            .collect();
        let term = match index.vocab.id(&word) {
            Some(t) => t,
            None => {
                let stem = stems.stem(&word);
                index.vocab.intern(&word, &stem)
            }
        };
        joined.push(PhraseToken {
            term,
            first: to_u32(i),
            words: 2,
        });
    }
    if !starts.is_empty() {
        let refs: Vec<&str> = stem_ids.iter().map(|&s| index.vocab.stem_text(s)).collect();
        for at in starts {
            for (key, n) in thesaurus.phrases_at(&refs, at) {
                found.push((key, at, n));
            }
        }
    }
    let mut phrases: Vec<PhraseToken> = found
        .into_iter()
        .map(|(key, at, n)| PhraseToken {
            term: index.vocab.intern_phrase(&key),
            first: to_u32(at),
            words: to_u32(n),
        })
        .collect();
    phrases.extend(joined);
    let id = to_u32(index.texts.len());
    index.texts.push(Text {
        text: text.to_string(),
        tokens,
        phrases,
    });
    id
}

pub(super) fn add_passage(index: &mut Index, passage: Passage) {
    let id = to_u32(index.passages.len());
    if let Some(page) = index.pages.get_mut(passage.page as usize) {
        page.passages.push(id);
        for &(field, text) in &passage.fields {
            let n = index.texts.get(text as usize).map_or(0, |t| t.tokens.len());
            page.lens[field.index()] += n as f32;
        }
    }
    index.passages.push(passage);
}

impl Index {
    /// An empty index that will rank with `params`.
    pub fn new(params: Params) -> Self {
        Index {
            params,
            ..Index::default()
        }
    }

    /// Whether a stem starts a thesaurus phrase (worked out once per stem).
    fn phrase_first(&mut self, thesaurus: &Thesaurus, stem: u32) -> bool {
        let s = stem as usize;
        if self.phrase_first.len() <= s {
            self.phrase_first.resize(s + 1, None);
        }
        match self.phrase_first.get(s).copied().flatten() {
            Some(known) => known,
            None => {
                let known = thesaurus.starts_phrase(self.vocab.stem_text(stem));
                if let Some(slot) = self.phrase_first.get_mut(s) {
                    *slot = Some(known);
                }
                known
            }
        }
    }

    /// The postings of a term.
    pub fn postings(&self, term: u32) -> &[Posting] {
        let t = term as usize;
        match (self.starts.get(t), self.starts.get(t + 1)) {
            (Some(&a), Some(&b)) => self
                .postings
                .get(a as usize..b as usize)
                .unwrap_or_default(),
            _ => &[],
        }
    }

    pub fn page_of(&self, target: &Target) -> Option<u32> {
        self.pages_by_target.get(target).copied()
    }

    /// Replaces the notes: removes the notes indexed before and adds these.
    pub fn set_notes(&mut self, stems: &mut Stems, thesaurus: &Thesaurus, notes: &[NoteDoc]) {
        self.passages.truncate(self.graph_passages);
        self.texts.truncate(self.graph_texts);
        let graph_passages = to_u32(self.graph_passages);
        for page in &mut self.pages {
            page.passages.retain(|&p| p < graph_passages);
            page.lens[Field::Note.index()] = 0.0;
        }
        for note in notes {
            let Some(page) = self.page_of(&note.page) else {
                continue;
            };
            let text = analyse(self, stems, thesaurus, &note.text);
            let passage = Passage {
                page,
                kind: DocKind::Note,
                title: note.title.clone(),
                location: Location::Note { note: note.key },
                fields: vec![(Field::Note, text)],
            };
            add_passage(self, passage);
        }
        self.repost();
    }

    /// Works the postings out again from the pages' passages.
    pub(super) fn repost(&mut self) {
        let mut present = [0usize; FIELDS];
        let mut total = [0.0f32; FIELDS];
        for page in &self.pages {
            for f in 0..FIELDS {
                if page.lens[f] > 0.0 {
                    present[f] += 1;
                    total[f] += page.lens[f];
                }
            }
        }
        for f in 0..FIELDS {
            self.mean_lens[f] = if present[f] > 0 {
                total[f] / present[f] as f32
            } else {
                1.0
            };
        }
        self.vocab.sort();
        let mut all: Vec<(u32, Posting)> = Vec::new();
        let mut seen: Vec<(u32, usize)> = Vec::new();
        for (p, page) in self.pages.iter().enumerate() {
            seen.clear();
            for &pid in &page.passages {
                let Some(passage) = self.passages.get(pid as usize) else {
                    continue;
                };
                for &(field, text) in &passage.fields {
                    let Some(text) = self.texts.get(text as usize) else {
                        continue;
                    };
                    let terms = text.tokens.iter().map(|t| t.term);
                    let f = field.index();
                    seen.extend(
                        terms
                            .chain(text.phrases.iter().map(|ph| ph.term))
                            .map(|t| (t, f)),
                    );
                }
            }
            seen.sort_unstable();
            for run in seen.chunk_by(|a, b| a == b) {
                let Some(&(term, f)) = run.first() else {
                    continue;
                };
                let Some(&field) = Field::ALL.get(f) else {
                    continue;
                };
                let tf = run.len() as f32;
                let b = self.params.b.get(f).copied().unwrap_or(0.75);
                let norm = 1.0 - b + b * page.lens[f] / self.mean_lens[f].max(1.0);
                let weighted = self.params.weight(field) * tf / norm.max(0.05);
                all.push((
                    term,
                    Posting {
                        page: to_u32(p),
                        field,
                        tf,
                        weighted,
                    },
                ));
            }
        }
        // Group by term (a stable sort keeps each term's pages in order).
        all.sort_by_key(|&(term, _)| term);
        let mut starts = vec![0u32; self.vocab.len() + 1];
        for &(term, _) in &all {
            if let Some(n) = starts.get_mut(term as usize + 1) {
                *n += 1;
            }
        }
        for t in 1..starts.len() {
            starts[t] += starts[t - 1];
        }
        self.postings = all.into_iter().map(|(_, p)| p).collect();
        self.starts = starts;
    }
}
