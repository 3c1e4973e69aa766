//! The symptom graph: one section of the guide, its symptoms, the anti-patterns
//! that cause them, and the questions that tell the causes apart.
//!
//! Every string that comes from the guide is kept verbatim. The graph is plain
//! data (serde, RON); lookups go through [`Graph::symptom`] and
//! [`Graph::anti_pattern`], which use an index built once by [`Graph::reindex`].

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::origin::Origin;
use super::page::{AntiPatternPage, Link, Related};
// `build.rs` includes this file without using every re-export.
#[allow(unused_imports)]
pub use super::target::{Target, TargetKind};
use super::triage::Triage;

/// A whole section of the guide, as embedded in `assets/graph.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Graph {
    /// Stable id of the section, e.g. `deployment-and-release-problems`.
    pub id: String,
    /// Version of the content: a hash of the printable view it was imported from.
    pub version: String,
    pub section: Section,
    pub symptoms: Vec<Symptom>,
    pub anti_patterns: Vec<AntiPattern>,
    /// The site's triage questionnaire (`data/triage.yaml`), when imported
    /// from the site's source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triage: Option<Triage>,
    /// Where an import from the site's source read it (absent for the
    /// embedded graph).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    #[serde(skip)]
    index: Index,
    /// Which answer to each question points at its cause, attached on load
    /// from the facts kept beside the graph (see `crate::domain::facts`).
    #[serde(skip)]
    facts: HashMap<QuestionRef, Fact>,
}

/// Lookup tables built once after loading.
#[derive(Debug, Clone, Default, PartialEq)]
struct Index {
    symptoms: HashMap<String, usize>,
    anti_patterns: HashMap<String, usize>,
}

/// The section's own page: title, intro and attribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub title: String,
    /// The one-line description under the title.
    pub description: String,
    /// Intro paragraphs before "How to use this section".
    pub intro: Vec<String>,
    /// Paragraphs under "How to use this section" (empty if the section has none).
    pub how_to_use: Vec<String>,
    /// "Related anti-pattern categories: ..." split on commas, verbatim.
    pub related_categories: Vec<String>,
    /// "Related guides: ..." split on commas, verbatim.
    pub related_guides: Vec<String>,
    pub url: String,
    pub print_url: String,
    pub source: Source,
}

/// Where the content comes from and under which license.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub site: String,
    pub repository: String,
    pub license: String,
    pub license_url: String,
    pub copyright: String,
    pub adapted_from: Vec<String>,
}

/// A paragraph of guide text. Figures appear in the printable view only as
/// their description (alt text), so they are kept apart from prose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Paragraph {
    Text(String),
    /// The description of a figure, verbatim.
    Figure(String),
}

impl Paragraph {
    pub fn text(&self) -> &str {
        match self {
            Paragraph::Text(t) | Paragraph::Figure(t) => t,
        }
    }
    pub fn is_figure(&self) -> bool {
        matches!(self, Paragraph::Figure(_))
    }
}

/// One symptom page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Symptom {
    /// Position in the section, from 1.
    pub number: u32,
    /// The site's slug, e.g. `merge-freeze`.
    pub id: String,
    pub title: String,
    /// The site's link title, e.g. "Merge freezes before deploys".
    pub short_title: String,
    /// The summary line under the title.
    pub summary: String,
    pub tags: Vec<String>,
    pub url: String,
    /// "What you are seeing".
    pub seeing: Vec<Paragraph>,
    /// "Common causes", in the page's order.
    pub causes: Vec<Cause>,
    /// "How to narrow it down", in the page's order.
    pub questions: Vec<Question>,
    /// The cause named by "The most common cause is ...".
    pub most_common_cause: Target,
    /// The whole "Ready to fix this? ..." line, verbatim.
    pub ready_to_fix: String,
    /// Reverse links: ids of symptoms that name this symptom as a cause.
    #[serde(default)]
    pub cited_by: Vec<String>,
    /// "Related Content" (only the site's source has it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// The other links in the page's text ("What you are seeing", causes,
    /// questions), in reading order (only the site's source has them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

/// One entry under "Common causes".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cause {
    /// The heading as written ("Tightly Coupled Architecture").
    pub heading: String,
    pub text: Vec<Paragraph>,
    /// The link label after "Read more: ", verbatim.
    pub read_more: String,
    /// Where "Read more" leads.
    pub target: Target,
}

/// One "How to narrow it down" question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// The question sentence, up to and including its question mark.
    pub question: String,
    /// Everything after the question, verbatim (including "Start with ...").
    pub detail: String,
    /// The name after "Start with", as written.
    pub start_with: String,
    /// The cause the question points at.
    pub target: Target,
}

/// Which answer to a question's own sentence points at the question's cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Points {
    Yes,
    No,
}

/// What the guide's explanation says about one question's answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    /// The answer that points at the question's cause; the other one speaks
    /// against it.
    pub points: Points,
    /// For a question that is not a yes/no question ("How large are typical
    /// deployments?"): the guide's own words, from the question or its
    /// explanation, for what Yes stands for ("Large deployments").
    pub yes_means: Option<String>,
}

/// The site's risk level for an anti-pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    Low,
    Medium,
    High,
    Critical,
}

impl RiskLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            RiskLevel::Low => "low",
            RiskLevel::Medium => "medium",
            RiskLevel::High => "high",
            RiskLevel::Critical => "critical",
        }
    }
}

/// An anti-pattern named by this section. Its own page is on the site; an
/// import from the site's source brings its sections too ([`AntiPattern::page`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AntiPattern {
    /// The site's id, e.g. `manual-deployments`.
    pub id: String,
    /// The name as this section writes it in title case.
    pub name: String,
    /// The title of its own page on the site.
    pub page_title: String,
    pub category: String,
    pub risk_level: RiskLevel,
    pub tags: Vec<String>,
    pub url: String,
    /// Reverse links: ids of symptoms that list it under "Common causes".
    pub cited_by: Vec<String>,
    /// Reverse links: questions that say to start with it.
    pub questions: Vec<QuestionRef>,
    /// Its own page's sections, when imported from the site's source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<Box<AntiPatternPage>>,
}

impl AntiPattern {
    /// Its fix steps, in order (none without its page).
    pub fn fix_steps(&self) -> &[super::page::Part] {
        self.page.as_deref().map_or(&[], AntiPatternPage::fix_steps)
    }
}

/// A question by its symptom and its index (from 0) in that symptom's list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct QuestionRef {
    pub symptom: String,
    pub index: usize,
}

impl Symptom {
    /// "11. Merge Freezes Before Deployments": how pages and lists name it.
    pub fn numbered_title(&self) -> String {
        format!("{}. {}", self.number, self.title)
    }
}

impl Graph {
    /// Builds a graph and its index. Reverse links are taken as given; see
    /// [`crate::domain::validate`] for the checks run on every load.
    pub fn new(
        id: String,
        version: String,
        section: Section,
        symptoms: Vec<Symptom>,
        anti_patterns: Vec<AntiPattern>,
    ) -> Self {
        let mut graph = Graph {
            id,
            version,
            section,
            symptoms,
            anti_patterns,
            triage: None,
            origin: None,
            index: Index::default(),
            facts: HashMap::new(),
        };
        graph.reindex();
        graph
    }

    /// The graph with its triage questionnaire.
    pub fn with_triage(mut self, triage: Triage) -> Self {
        self.triage = Some(triage);
        self
    }

    /// The graph with where its import read it.
    pub fn with_origin(mut self, origin: Origin) -> Self {
        self.origin = Some(origin);
        self
    }

    /// Rebuilds the id lookup tables. Call after changing the lists.
    pub fn reindex(&mut self) {
        self.index.symptoms = self
            .symptoms
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        self.index.anti_patterns = self
            .anti_patterns
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
    }

    pub fn symptom(&self, id: &str) -> Option<&Symptom> {
        self.index.symptoms.get(id).map(|&i| &self.symptoms[i])
    }

    pub fn symptom_index(&self, id: &str) -> Option<usize> {
        self.index.symptoms.get(id).copied()
    }

    pub fn anti_pattern(&self, id: &str) -> Option<&AntiPattern> {
        self.index
            .anti_patterns
            .get(id)
            .map(|&i| &self.anti_patterns[i])
    }

    pub fn anti_pattern_index(&self, id: &str) -> Option<usize> {
        self.index.anti_patterns.get(id).copied()
    }

    /// The display name of a link target (anti-pattern name or symptom title).
    pub fn target_name(&self, target: &Target) -> Option<&str> {
        match target {
            Target::AntiPattern(id) => self.anti_pattern(id).map(|a| a.name.as_str()),
            Target::Symptom(id) => self.symptom(id).map(|s| s.title.as_str()),
        }
    }

    /// The question a [`QuestionRef`] names.
    pub fn question(&self, r: &QuestionRef) -> Option<&Question> {
        self.symptom(&r.symptom)?.questions.get(r.index)
    }

    /// What the guide says about the answers to a question: which one points
    /// at its cause. `None` for a question the graph does not have, or on a
    /// graph built without its facts (a fresh import).
    pub fn fact(&self, r: &QuestionRef) -> Option<&Fact> {
        self.facts.get(r)
    }

    /// Whether answer facts are attached (every load attaches them).
    pub fn has_facts(&self) -> bool {
        !self.facts.is_empty()
    }

    /// Replaces the answer facts. [`crate::domain::facts::attach`] checks
    /// them against the graph first; this does not.
    pub fn set_facts(&mut self, facts: HashMap<QuestionRef, Fact>) {
        self.facts = facts;
    }

    /// The fix steps of a link target: an anti-pattern's, in order; none for
    /// a symptom or a graph without pages (the ranked causes screen shows
    /// their titles for the highlighted cause).
    pub fn fix_steps(&self, target: &Target) -> &[super::page::Part] {
        match target {
            Target::AntiPattern(id) => self.anti_pattern(id).map_or(&[], AntiPattern::fix_steps),
            Target::Symptom(_) => &[],
        }
    }

    /// The site URL of a link target.
    pub fn target_url(&self, target: &Target) -> Option<&str> {
        match target {
            Target::AntiPattern(id) => self.anti_pattern(id).map(|a| a.url.as_str()),
            Target::Symptom(id) => self.symptom(id).map(|s| s.url.as_str()),
        }
    }
}
