//! The fields a page is made of, and the ranking's numbers ([`Params`]):
//! each field's weight and length normalisation, BM25's saturation, and
//! the bonuses and match qualities that can be tuned.

/// The kinds of field a page is made of; each has its own weight and length
/// normalisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// A page's title, short title, name or site page title.
    Title,
    /// A symptom's summary line.
    Summary,
    /// A "What you are seeing" paragraph.
    Seeing,
    /// A cause heading, on a symptom page or as "Listed as" on an anti-pattern page.
    CauseHeading,
    /// A cause paragraph on its symptom page (about a cause of the symptom).
    CauseText,
    /// A cause paragraph on the anti-pattern page it links to, where it is
    /// the page's own subject.
    Cited,
    /// A "How to narrow it down" question sentence.
    Question,
    /// The explanation after a question.
    Detail,
    /// An anti-pattern's category.
    Category,
    /// A note the team wrote on the page.
    Note,
    /// A heading of an anti-pattern's own page (a chapter, a subsection, a
    /// fix step), imported from the site's source.
    SectionHeading,
    /// The text of an anti-pattern's own page (paragraphs, lists, tables).
    SectionText,
}

pub const FIELDS: usize = 12;

impl Field {
    pub const ALL: [Field; FIELDS] = [
        Field::Title,
        Field::Summary,
        Field::Seeing,
        Field::CauseHeading,
        Field::CauseText,
        Field::Cited,
        Field::Question,
        Field::Detail,
        Field::Category,
        Field::Note,
        Field::SectionHeading,
        Field::SectionText,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// How much one occurrence in this field counts by default (BM25F field
    /// weight; see [`Params`]).
    pub fn weight(self) -> f32 {
        match self {
            Field::Title => 3.0,
            Field::Summary => 2.0,
            Field::Seeing => 1.0,
            Field::CauseHeading => 1.5,
            Field::CauseText => 0.6,
            Field::Cited => 1.0,
            Field::Question => 1.5,
            Field::Detail => 0.6,
            Field::Category => 1.0,
            Field::Note => 1.5,
            Field::SectionHeading => 1.5,
            Field::SectionText => 1.0,
        }
    }

    /// Length normalisation by default (BM25 `b`): how much a long field is
    /// discounted.
    pub fn b(self) -> f32 {
        match self {
            Field::Title | Field::Category => 0.3,
            Field::Summary | Field::CauseHeading | Field::Question | Field::SectionHeading => 0.5,
            _ => 0.75,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Summary => "summary",
            Field::Seeing => "seeing",
            Field::CauseHeading => "cause heading",
            Field::CauseText => "cause text",
            Field::Cited => "cited cause",
            Field::Question => "question",
            Field::Detail => "question detail",
            Field::Category => "category",
            Field::Note => "note",
            Field::SectionHeading => "section heading",
            Field::SectionText => "section text",
        }
    }
}

/// The ranking's numbers, in one place so they can be tuned (see
/// `examples/tune_search.rs`); [`Params::default`] is what the app uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// BM25 term-frequency saturation.
    pub k1: f32,
    /// The most the title bonus multiplies a score by (every query word in
    /// the title): BM25F saturates a title word as quickly as a body word,
    /// so a page named by the query would otherwise lose to a long page
    /// that mentions the words often.
    pub title_bonus: f32,
    /// The most the proximity bonus multiplies a score by (every pair of
    /// neighbouring query words side by side in the text).
    pub proximity: f32,
    /// What a function word or light verb counts for beside content words.
    pub stop_weight: f32,
    /// The quality of a thesaurus match (the word itself is 1).
    pub synonym: f32,
    /// The quality of a synonym of a synonym (0: not used).
    pub second_synonym: f32,
    /// The weight of a word inside a thesaurus phrase of the query, on its
    /// own (the phrase itself counts 1).
    pub phrase_words: f32,
    /// Per field, its weight and its length normalisation (BM25 `b`).
    pub weights: [f32; FIELDS],
    pub b: [f32; FIELDS],
}

impl Default for Params {
    fn default() -> Self {
        Params {
            k1: 1.2,
            title_bonus: 0.5,
            proximity: 0.25,
            stop_weight: 0.3,
            synonym: 0.6,
            second_synonym: 0.0,
            phrase_words: 1.0,
            weights: Field::ALL.map(Field::weight),
            b: Field::ALL.map(Field::b),
        }
    }
}

impl Params {
    pub fn weight(&self, field: Field) -> f32 {
        self.weights.get(field.index()).copied().unwrap_or(1.0)
    }
}
