//! The parts of a page that only the site's source has: an anti-pattern's own
//! page ("What this looks like", "Why this is a problem", "How to fix it" with
//! its steps, "Measuring progress", ...), each made of [`Block`]s that keep
//! lists and tables, and the links a page makes.
//!
//! The embedded graph (imported from the printable view) has none of these:
//! every field that holds them is optional in RON and absent from its JSON.

use serde::{Deserialize, Serialize};

use super::target::Target;

/// A block of guide text, verbatim apart from wrapping: inline markup
/// (bold, links) is flattened to its text; the links are kept beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// A paragraph.
    Text(String),
    /// The description (alt text) of a figure.
    Figure(String),
    /// A bulleted (`ordered: false`) or numbered list; each item is blocks.
    List {
        ordered: bool,
        /// The first item's number in a numbered list (1 when not said).
        start: u64,
        items: Vec<Vec<Block>>,
    },
    /// A table: its header cells and its rows, each cell as text.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Code or another preformatted text, kept line for line.
    Code {
        /// A caption the page gives it (empty when none).
        title: String,
        /// The language named by the page (empty when none).
        lang: String,
        text: String,
    },
    /// A quoted passage.
    Quote(Vec<Block>),
    /// A heading below the level of the part that holds it.
    Heading(String),
}

impl Block {
    /// The first paragraph's text in `blocks`, if any (lists and tables are
    /// skipped, not searched).
    pub fn first_text(blocks: &[Block]) -> Option<&str> {
        blocks.iter().find_map(|b| match b {
            Block::Text(t) => Some(t.as_str()),
            _ => None,
        })
    }

    /// Every piece of text in the block, in reading order: paragraphs, list
    /// items, table cells (header first), code, figure descriptions. For
    /// search and for counting words.
    pub fn texts(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Block::Text(t) | Block::Figure(t) | Block::Heading(t) => out.push(t),
            Block::Code { title, text, .. } => {
                if !title.is_empty() {
                    out.push(title);
                }
                out.push(text);
            }
            Block::List { items, .. } => {
                for item in items {
                    item.iter().for_each(|b| b.collect(out));
                }
            }
            Block::Quote(blocks) => blocks.iter().for_each(|b| b.collect(out)),
            Block::Table { header, rows } => {
                out.extend(header.iter().map(String::as_str));
                for row in rows {
                    out.extend(row.iter().map(String::as_str));
                }
            }
        }
    }
}

/// Where a link leads: a page of the graph, or the site (or anywhere else).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LinkTo {
    Page(Target),
    Url(String),
}

/// A link as the page writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// The link's text, as shown.
    pub label: String,
    pub to: LinkTo,
}

/// One entry of a "Related content" list: the link and the words after it
/// ("- How to structure a pipeline that includes deployment" gives
/// "How to structure a pipeline that includes deployment").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    pub link: Link,
    pub note: String,
}

/// A titled part of a chapter: a subsection of "Why this is a problem", or
/// one step of "How to fix it".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    /// The heading as written ("Step 1: Script the current manual process").
    pub title: String,
    pub text: Vec<Block>,
    /// The links in `text`, in reading order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

/// A `##` section of a page: its heading, the text before its first
/// subsection, and its subsections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chapter {
    /// The heading as written ("How to Fix It", "How to fix it").
    pub title: String,
    pub text: Vec<Block>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
}

/// An anti-pattern's own page, imported from the site's source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AntiPatternPage {
    /// The one-paragraph description under the title.
    pub summary: String,
    /// "What this looks like".
    pub looks_like: Option<Chapter>,
    /// "Why this is a problem", with its subsections ("It reduces quality", ...).
    pub why: Option<Chapter>,
    /// "How to fix it": its parts are the fix steps, in order.
    pub fix: Option<Chapter>,
    /// "Measuring progress": the metric table.
    pub measuring: Option<Chapter>,
    /// "Team discussion": questions for a retrospective.
    #[serde(default)]
    pub discussion: Option<Chapter>,
    /// "Related content".
    #[serde(default)]
    pub related: Vec<Related>,
    /// Any other section of the page, kept as written (the import reports each).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub more: Vec<Chapter>,
}

impl AntiPatternPage {
    /// The fix steps ("How to fix it"'s parts), in order; empty if the page has none.
    pub fn fix_steps(&self) -> &[Part] {
        self.fix.as_ref().map_or(&[], |c| c.parts.as_slice())
    }

    /// The chapters in page order, for drawing and searching the page.
    pub fn chapters(&self) -> impl Iterator<Item = &Chapter> {
        [
            &self.looks_like,
            &self.why,
            &self.fix,
            &self.measuring,
            &self.discussion,
        ]
        .into_iter()
        .flatten()
        .chain(&self.more)
    }

    /// Every link the page makes (chapters, their parts, related content).
    pub fn links(&self) -> impl Iterator<Item = &Link> {
        self.chapters()
            .flat_map(|c| c.links.iter().chain(c.parts.iter().flat_map(|p| &p.links)))
            .chain(self.related.iter().map(|r| &r.link))
    }
}
