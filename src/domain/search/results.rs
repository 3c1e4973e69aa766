//! What a search returns: pages with their passages, where each is on its
//! page, the words matched through the thesaurus, the words found nowhere,
//! and for `--explain` why a page ranked where it did.

use std::ops::Range;

use serde::Serialize;

use super::fields::Field;
use super::query::How;
use crate::domain::graph::Target;

/// What a result or a passage is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// A symptom page.
    Symptom,
    /// An anti-pattern page.
    AntiPattern,
    /// A page's header under its title: a symptom's summary, an
    /// anti-pattern's facts.
    Summary,
    /// A cause (heading or paragraph) on a symptom page, or a symptom's
    /// cause that links to an anti-pattern page.
    Cause,
    /// A "What you are seeing" paragraph of a symptom.
    Seeing,
    /// A "How to narrow it down" question and its explanation.
    Question,
    /// A note the team wrote on a page.
    Note,
    /// A page's tags, found by `#tag`.
    Tags,
    /// A passage of an anti-pattern's own page (imported from the site's
    /// source): "What this looks like", a fix step, "Related content", ...
    Section,
}

impl DocKind {
    /// The kind as people read it in results ("anti-pattern", "cause").
    pub fn label(self) -> &'static str {
        match self {
            DocKind::AntiPattern => "anti-pattern",
            other => other.as_str(),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Symptom => "symptom",
            DocKind::AntiPattern => "anti_pattern",
            DocKind::Summary => "summary",
            DocKind::Cause => "cause",
            DocKind::Seeing => "seeing",
            DocKind::Question => "question",
            DocKind::Note => "note",
            DocKind::Tags => "tags",
            DocKind::Section => "section",
        }
    }

    /// A whole page rather than a passage inside one.
    pub fn is_page(self) -> bool {
        matches!(self, DocKind::Symptom | DocKind::AntiPattern)
    }
}

/// Where in its page a match is, so a view can scroll to it and highlight it.
/// Indices count from 0 in the page's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// The page's header: title, short title and summary, or name, page title and category.
    Header,
    /// A paragraph under "What you are seeing".
    Seeing { paragraph: usize },
    /// A cause; `paragraph` is `None` when the match is in its heading.
    Cause {
        cause: usize,
        paragraph: Option<usize>,
    },
    /// A question under "How to narrow it down" (the question or its explanation).
    Question { question: usize },
    /// A note, by the key it was added with.
    Note { note: usize },
    /// On an anti-pattern page: cause `cause` of symptom `symptom` (its index
    /// in the graph), which links here; `paragraph` `None` is its heading.
    Cited {
        symptom: usize,
        cause: usize,
        paragraph: Option<usize>,
    },
    /// On an anti-pattern page: the `question`-th question that points here.
    Pointing { question: usize },
    /// The page's tags.
    Tags,
    /// An action item shown under the page's team notes, by its index in
    /// the session's action items (found on the page, not by the index).
    Action { item: usize },
    /// On an anti-pattern page imported from the site's source: chapter
    /// `chapter` of its sections (in the order of
    /// [`crate::domain::AntiPatternPage::chapters`]), in its part `part` (a
    /// subsection or a fix step) or before its first part; `block` `None`
    /// is the heading of the chapter (or of the part).
    Section {
        chapter: usize,
        part: Option<usize>,
        block: Option<usize>,
    },
    /// On an anti-pattern page imported from the site's source: entry
    /// `entry` of its "Related content".
    Related { entry: usize },
}

/// A query word that matched through the thesaurus, and the text's word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SynonymMatch {
    pub query: String,
    pub matched: String,
}

/// One passage under a result page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PassageHit {
    pub kind: DocKind,
    /// A cause heading, "What you are seeing", a question, a note's title.
    pub title: String,
    pub location: Location,
    /// Higher is better; comparable only within one page.
    pub score: u32,
    /// One line of the passage around its best match.
    pub snippet: String,
    /// Char ranges of `snippet` that matched the query.
    pub highlights: Vec<Range<usize>>,
    /// Query words matched in the snippet through the thesaurus.
    pub synonyms: Vec<SynonymMatch>,
}

/// One result: a page, and its best matching passages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageHit {
    /// [`DocKind::Symptom`] or [`DocKind::AntiPattern`].
    pub kind: DocKind,
    pub page: Target,
    pub title: String,
    /// Char ranges of `title` that matched.
    pub title_highlights: Vec<Range<usize>>,
    /// Higher is better; comparable only within one query.
    pub score: u32,
    /// Where the page opens: its best passage, or its header.
    pub location: Location,
    pub passages: Vec<PassageHit>,
}

impl PageHit {
    /// The best passage, if any matched.
    pub fn best(&self) -> Option<&PassageHit> {
        self.passages.first()
    }
}

/// The results of a query.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Results {
    pub pages: Vec<PageHit>,
    /// Meaningful query words found nowhere (after stems, synonyms, typos).
    pub missing: Vec<String>,
}

impl Results {
    pub fn is_empty(&self) -> bool {
        self.pages.is_empty()
    }
}

/// How one unit of the query scored on a page, for `--explain`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitExplanation {
    /// The query word or phrase.
    pub query: String,
    pub idf: f32,
    /// Its part of the page's BM25F sum: idf * tf / (k1 + tf).
    pub contribution: f32,
    /// Weighted term frequency over all fields.
    pub tf: f32,
    pub matches: Vec<MatchExplanation>,
}

/// One term in one field that a query unit matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchExplanation {
    pub field: Field,
    pub word: String,
    pub how: How,
    pub quality: f32,
    /// Occurrences in the field.
    pub count: f32,
    /// quality * count * field weight / length normalisation.
    pub weighted: f32,
}

/// Why a page ranked where it did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    pub hit: PageHit,
    pub bm25: f32,
    pub coverage: f32,
    /// 1 plus a bonus for the share of the query in the page's title.
    pub title: f32,
    pub proximity: f32,
    pub score: f32,
    pub units: Vec<UnitExplanation>,
}

/// A note to make searchable, attached to a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteDoc {
    pub page: Target,
    /// Identifies the note to its owner; returned in [`Location::Note`].
    pub key: usize,
    pub title: String,
    pub text: String,
}
