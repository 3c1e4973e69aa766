//! Building the index from a graph: a page per symptom and anti-pattern,
//! made of the passages it shows (an anti-pattern's page shows the causes
//! of the symptoms that link to it, and the questions that point at it).

mod page_sections;

use rustc_hash::FxHashMap as HashMap;

use super::analyze::Stems;
use super::index::{FIELDS, Field, Index, Page, Params, Passage, add_passage, analyse, to_u32};
use super::thesaurus::Thesaurus;
use super::{DocKind, Location};
use crate::domain::graph::{Graph, Paragraph, Target};

/// Builds an [`Index`] from a graph.
pub struct Builder<'a> {
    pub index: Index,
    pub stems: &'a mut Stems,
    pub thesaurus: &'a Thesaurus,
    /// Graph texts by the address of their string, so shared text is analysed once.
    shared: HashMap<*const str, u32>,
}

impl<'a> Builder<'a> {
    pub fn new(stems: &'a mut Stems, thesaurus: &'a Thesaurus, params: Params) -> Self {
        Builder {
            index: Index::new(params),
            stems,
            thesaurus,
            shared: HashMap::default(),
        }
    }

    /// Analyses a text (once per string of the graph).
    fn text(&mut self, text: &str) -> u32 {
        let key: *const str = text;
        if let Some(&id) = self.shared.get(&key) {
            return id;
        }
        let id = analyse(&mut self.index, self.stems, self.thesaurus, text);
        self.shared.insert(key, id);
        id
    }

    fn page(&mut self, target: Target, kind: DocKind, title: &str, tags: &[String]) -> u32 {
        let id = to_u32(self.index.pages.len());
        self.index.pages_by_target.insert(target.clone(), id);
        self.index.pages.push(Page {
            target,
            kind,
            title: title.to_string(),
            tags: tags.iter().map(|t| t.to_lowercase()).collect(),
            passages: Vec::new(),
            lens: [0.0; FIELDS],
        });
        id
    }

    fn passage(
        &mut self,
        page: u32,
        kind: DocKind,
        title: &str,
        location: Location,
        fields: &[(Field, &str)],
    ) {
        let fields = fields
            .iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|&(f, text)| (f, self.text(text)))
            .collect();
        add_passage(
            &mut self.index,
            Passage {
                page,
                kind,
                title: title.to_string(),
                location,
                fields,
            },
        );
    }

    /// Adds every symptom and anti-pattern page of `graph`.
    pub fn add_graph(&mut self, graph: &Graph) {
        for s in &graph.symptoms {
            let page = self.page(
                Target::Symptom(s.id.clone()),
                DocKind::Symptom,
                &s.title,
                &s.tags,
            );
            let mut header = vec![(Field::Title, s.title.as_str())];
            if s.short_title != s.title {
                header.push((Field::Title, s.short_title.as_str()));
            }
            header.push((Field::Summary, s.summary.as_str()));
            self.passage(page, DocKind::Summary, "Summary", Location::Header, &header);
            for (i, p) in s.seeing.iter().enumerate() {
                let at = Location::Seeing { paragraph: i };
                self.passage(
                    page,
                    DocKind::Seeing,
                    "What you are seeing",
                    at,
                    &[(Field::Seeing, p.text())],
                );
            }
            for (i, c) in s.causes.iter().enumerate() {
                let at = Location::Cause {
                    cause: i,
                    paragraph: None,
                };
                self.passage(
                    page,
                    DocKind::Cause,
                    &c.heading,
                    at,
                    &[(Field::CauseHeading, &c.heading)],
                );
                for (j, p) in c.text.iter().enumerate() {
                    let at = Location::Cause {
                        cause: i,
                        paragraph: Some(j),
                    };
                    self.passage(
                        page,
                        DocKind::Cause,
                        &c.heading,
                        at,
                        &[(Field::CauseText, Paragraph::text(p))],
                    );
                }
            }
            for (i, q) in s.questions.iter().enumerate() {
                let at = Location::Question { question: i };
                let fields = [
                    (Field::Question, q.question.as_str()),
                    (Field::Detail, q.detail.as_str()),
                ];
                self.passage(page, DocKind::Question, &q.question, at, &fields);
            }
        }
        for a in &graph.anti_patterns {
            let target = Target::AntiPattern(a.id.clone());
            let page = self.page(target.clone(), DocKind::AntiPattern, &a.name, &a.tags);
            let mut header = vec![(Field::Title, a.name.as_str())];
            if a.page_title != a.name {
                header.push((Field::Title, a.page_title.as_str()));
            }
            header.push((Field::Category, a.category.as_str()));
            if let Some(p) = a.page.as_deref() {
                header.push((Field::Summary, p.summary.as_str()));
            }
            self.passage(page, DocKind::Summary, "Facts", Location::Header, &header);
            for id in &a.cited_by {
                let (Some(si), Some(s)) = (graph.symptom_index(id), graph.symptom(id)) else {
                    continue;
                };
                for (ci, c) in s
                    .causes
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.target == target)
                {
                    let title = format!("{} (in {})", c.heading, s.title);
                    let at = Location::Cited {
                        symptom: si,
                        cause: ci,
                        paragraph: None,
                    };
                    self.passage(
                        page,
                        DocKind::Cause,
                        &title,
                        at,
                        &[(Field::CauseHeading, &c.heading)],
                    );
                    for (j, p) in c.text.iter().enumerate() {
                        let at = Location::Cited {
                            symptom: si,
                            cause: ci,
                            paragraph: Some(j),
                        };
                        self.passage(
                            page,
                            DocKind::Cause,
                            &title,
                            at,
                            &[(Field::Cited, Paragraph::text(p))],
                        );
                    }
                }
            }
            for (i, r) in a.questions.iter().enumerate() {
                let Some(q) = graph.question(r) else {
                    continue;
                };
                let at = Location::Pointing { question: i };
                let fields = [
                    (Field::Question, q.question.as_str()),
                    (Field::Detail, q.detail.as_str()),
                ];
                self.passage(page, DocKind::Question, &q.question, at, &fields);
            }
            self.add_page_sections(page, a);
        }
    }

    /// The finished index, its postings worked out.
    pub fn finish(mut self) -> Index {
        self.index.graph_passages = self.index.passages.len();
        self.index.graph_texts = self.index.texts.len();
        self.index.repost();
        self.index
    }
}
