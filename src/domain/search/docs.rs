//! The searchable documents: what is built once from the graph (and from notes),
//! with each field's text split into words that point into the vocabulary.

use serde::Serialize;

use super::terms::Vocabulary;
use super::text::words;
use crate::domain::graph::{Graph, Paragraph, Target};

/// What a search result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// A symptom page (title, short title, summary).
    Symptom,
    /// An anti-pattern page (name, page title, category).
    AntiPattern,
    /// One cause under a symptom's "Common causes" (heading and paragraphs).
    Cause,
    /// A "What you are seeing" paragraph of a symptom.
    Seeing,
    /// A "How to narrow it down" question and its explanation.
    Question,
    /// A note the team wrote on a page.
    Note,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Symptom => "symptom",
            DocKind::AntiPattern => "anti_pattern",
            DocKind::Cause => "cause",
            DocKind::Seeing => "seeing",
            DocKind::Question => "question",
            DocKind::Note => "note",
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
}

/// How much a match in a field counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FieldRole {
    /// A page's title, short title, name or page title.
    Title,
    /// A cause heading, a question sentence, a note's title.
    Heading,
    /// A symptom's summary line.
    Summary,
    /// Paragraphs, explanations, categories.
    Body,
}

impl FieldRole {
    pub fn weight(self) -> f32 {
        match self {
            FieldRole::Title => 1.0,
            FieldRole::Heading => 0.8,
            FieldRole::Summary => 0.6,
            FieldRole::Body => 0.5,
        }
    }
}

/// A word of a field: its vocabulary id and its char span in the field text.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub term: u32,
    pub start: usize,
    pub len: usize,
}

/// One piece of text of a document.
#[derive(Debug, Clone)]
pub struct Field {
    pub role: FieldRole,
    pub location: Location,
    pub text: String,
    pub tokens: Vec<Token>,
}

/// One searchable document.
#[derive(Debug, Clone)]
pub struct Doc {
    pub kind: DocKind,
    pub page: Target,
    pub page_title: String,
    pub title: String,
    pub fields: Vec<Field>,
}

/// Builds documents, interning their words into a vocabulary.
pub struct DocBuilder<'a> {
    pub vocab: &'a mut Vocabulary,
    pub docs: &'a mut Vec<Doc>,
}

impl DocBuilder<'_> {
    fn field(&mut self, role: FieldRole, location: Location, text: &str) -> Field {
        let tokens = words(text)
            .into_iter()
            .map(|w| Token {
                term: self.vocab.intern(&w.chars),
                start: w.start,
                len: w.chars.len(),
            })
            .collect();
        Field {
            role,
            location,
            text: text.to_string(),
            tokens,
        }
    }

    /// Adds one document made of `(role, location, text)` fields.
    pub fn add(
        &mut self,
        kind: DocKind,
        page: &Target,
        page_title: &str,
        title: &str,
        fields: &[(FieldRole, Location, &str)],
    ) {
        let fields = fields
            .iter()
            .map(|&(role, location, text)| self.field(role, location, text))
            .collect();
        self.docs.push(Doc {
            kind,
            page: page.clone(),
            page_title: page_title.to_string(),
            title: title.to_string(),
            fields,
        });
    }

    /// Adds every page and passage of the graph, in page order: each symptom
    /// followed by its passages, then the anti-patterns.
    pub fn add_graph(&mut self, graph: &Graph) {
        use FieldRole::{Body, Heading, Summary, Title};
        for s in &graph.symptoms {
            let page = Target::Symptom(s.id.clone());
            let header = Location::Header;
            let fields = [
                (Title, header, s.title.as_str()),
                (Title, header, s.short_title.as_str()),
                (Summary, header, s.summary.as_str()),
            ];
            self.add(DocKind::Symptom, &page, &s.title, &s.title, &fields);
            for (i, p) in s.seeing.iter().enumerate() {
                let at = Location::Seeing { paragraph: i };
                let fields = [(Body, at, p.text())];
                self.add(
                    DocKind::Seeing,
                    &page,
                    &s.title,
                    "What you are seeing",
                    &fields,
                );
            }
            for (i, c) in s.causes.iter().enumerate() {
                let mut fields = vec![(
                    Heading,
                    Location::Cause {
                        cause: i,
                        paragraph: None,
                    },
                    c.heading.as_str(),
                )];
                fields.extend(c.text.iter().enumerate().map(|(j, p)| {
                    let at = Location::Cause {
                        cause: i,
                        paragraph: Some(j),
                    };
                    (Body, at, Paragraph::text(p))
                }));
                self.add(DocKind::Cause, &page, &s.title, &c.heading, &fields);
            }
            for (i, q) in s.questions.iter().enumerate() {
                let at = Location::Question { question: i };
                let fields = [
                    (Heading, at, q.question.as_str()),
                    (Body, at, q.detail.as_str()),
                ];
                self.add(DocKind::Question, &page, &s.title, &q.question, &fields);
            }
        }
        for a in &graph.anti_patterns {
            let page = Target::AntiPattern(a.id.clone());
            let header = Location::Header;
            let fields = [
                (Title, header, a.name.as_str()),
                (Title, header, a.page_title.as_str()),
                (Body, header, a.category.as_str()),
            ];
            self.add(DocKind::AntiPattern, &page, &a.name, &a.name, &fields);
        }
    }
}
