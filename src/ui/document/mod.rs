//! Pages as lines of styled text, wrapped once for a given width.
//!
//! A document is built when the page or the width changes (in `update`), and
//! kept; rendering only maps each [`Role`] to a theme style. Guide text goes
//! in verbatim: wrapping splits it into lines at spaces (never inside a
//! hyphenated word or URL, unless a word is wider than the pane) and never
//! drops a word.

mod about;
mod anti_pattern;
mod fix_steps;
pub mod help;
pub mod question;
pub mod reasons;
mod sections;
mod symptom;
pub mod table;
pub mod team_answers;

pub use about::about;
pub use anti_pattern::anti_pattern;
pub use symptom::symptom;

use std::collections::BTreeMap;
use std::ops::Range;

use crate::domain::{Findings, Graph, Location, Paragraph};

use crate::ui::core::history::Page;

/// What a piece of text is, so the theme can style it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Body text.
    Text,
    /// The page title.
    Title,
    /// A symptom's summary line.
    Summary,
    /// A section heading.
    Heading,
    /// A heading inside a section.
    Subheading,
    /// A label written by this app, not the guide ("Figure:", "Category:").
    Label,
    /// A figure's description.
    Figure,
    /// A link label or URL.
    Link,
    /// A diagnostic question.
    Question,
    /// A key name (help).
    Key,
    /// The team's own text (notes, action items), never the guide's.
    Note,
}

/// One display line: spans of text, each with its role.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocLine {
    pub spans: Vec<(Role, String)>,
}

impl DocLine {
    /// The line's text without styles.
    pub fn text(&self) -> String {
        self.spans.iter().map(|(_, s)| s.as_str()).collect()
    }
}

/// A page wrapped to `width` columns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub width: u16,
    pub lines: Vec<DocLine>,
    /// Lines whose [`Role::Link`] text links to a web page: line index to
    /// URL (drawn as terminal hyperlinks where the terminal supports them).
    pub urls: BTreeMap<usize, String>,
    /// Where each searchable passage of the page sits: its [`Location`] and
    /// the wrapped lines it takes, in page order (for scrolling to a search
    /// match and highlighting it).
    pub anchors: Vec<(Location, Range<usize>)>,
    /// The lines each fix step of an anti-pattern's own page takes (its
    /// heading first), in order; empty on every other page.
    pub steps: Vec<Range<usize>>,
}

impl Doc {
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// The lines a passage takes on this page, if the page shows it.
    pub fn lines_of(&self, location: Location) -> Option<Range<usize>> {
        self.anchors
            .iter()
            .find(|(l, _)| *l == location)
            .map(|(_, r)| r.clone())
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// Builds the document for a page of the graph at a width.
pub fn page(graph: &Graph, page: Page, width: u16) -> Doc {
    page_with(graph, &Findings::default(), page, width)
}

/// [`page`] with the team's answers from `findings` beside the questions.
pub fn page_with(graph: &Graph, findings: &Findings, page: Page, width: u16) -> Doc {
    let mut b = Builder::new(width);
    match page {
        Page::Symptom(i) => {
            if let Some(s) = graph.symptoms.get(i) {
                symptom(&mut b, graph, findings, s);
            }
        }
        Page::AntiPattern(i) => {
            if let Some(a) = graph.anti_patterns.get(i) {
                anti_pattern(&mut b, graph, a);
            }
        }
    }
    b.finish()
}

/// Appends wrapped text to a document.
pub struct Builder {
    width: u16,
    lines: Vec<DocLine>,
    urls: BTreeMap<usize, String>,
    anchors: Vec<(Location, Range<usize>)>,
    steps: Vec<Range<usize>>,
}

impl Builder {
    pub fn new(width: u16) -> Self {
        Builder {
            width,
            lines: Vec::new(),
            urls: BTreeMap::new(),
            anchors: Vec::new(),
            steps: Vec::new(),
        }
    }

    pub fn finish(self) -> Doc {
        Doc {
            width: self.width,
            lines: self.lines,
            urls: self.urls,
            anchors: self.anchors,
            steps: self.steps,
        }
    }

    /// The width the text is wrapped to.
    pub fn width(&self) -> u16 {
        self.width
    }

    /// Records that the lines from `start` to here are the next fix step.
    pub fn fix_step(&mut self, start: usize) {
        self.steps.push(start..self.lines.len());
    }

    /// Adds a line as it is (a table row, a line of code).
    pub fn push(&mut self, line: DocLine) {
        self.lines.push(line);
    }

    /// Runs `write`; the [`Role::Link`] text of every line it adds links
    /// to `url`.
    pub fn linking(&mut self, url: &str, write: impl FnOnce(&mut Self)) {
        let from = self.lines.len();
        write(self);
        for line in from..self.lines.len() {
            self.urls.insert(line, url.to_string());
        }
    }

    /// The number of lines written so far (where the next line will go).
    pub fn line(&self) -> usize {
        self.lines.len()
    }

    /// Records that the lines from `start` to here show `location`.
    pub fn anchor(&mut self, location: Location, start: usize) {
        self.anchors.push((location, start..self.lines.len()));
    }

    /// An empty line, unless the document is empty or already ends with one.
    pub fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.spans.is_empty()) {
            self.lines.push(DocLine::default());
        }
    }

    /// `text` wrapped, every line indented by `indent` spaces.
    pub fn para(&mut self, role: Role, text: &str, indent: usize) {
        self.labelled("", role, text, indent);
    }

    /// `label` (styled as [`Role::Label`]) followed by `text`, wrapped
    /// together, every line indented by `indent` spaces.
    pub fn labelled(&mut self, label: &str, role: Role, text: &str, indent: usize) {
        self.wrap(label, Role::Label, role, text, (indent, indent));
    }

    /// `prefix` at the start of the line followed by `text`; continuation
    /// lines hang at `hang` spaces (a numbered item, a key and its meaning).
    pub fn prefixed(
        &mut self,
        prefix: &str,
        prefix_role: Role,
        role: Role,
        text: &str,
        hang: usize,
    ) {
        self.wrap(prefix, prefix_role, role, text, (0, hang));
    }

    /// Wraps `prefix` + `text`; `indent` is (first line, other lines).
    fn wrap(
        &mut self,
        prefix: &str,
        prefix_role: Role,
        role: Role,
        text: &str,
        indent: (usize, usize),
    ) {
        let first = " ".repeat(indent.0);
        let rest = " ".repeat(indent.1);
        let joined = format!("{prefix}{text}");
        let options = textwrap::Options::new(usize::from(self.width).max(1))
            .initial_indent(&first)
            .subsequent_indent(&rest)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let head = format!("{first}{prefix}");
        for (n, line) in textwrap::wrap(&joined, options).iter().enumerate() {
            let mut spans = Vec::new();
            match line.strip_prefix(head.as_str()) {
                Some(tail) if n == 0 && !prefix.is_empty() => {
                    spans.push((Role::Text, first.clone()));
                    spans.push((prefix_role, prefix.to_string()));
                    spans.push((role, tail.to_string()));
                }
                _ => spans.push((role, line.to_string())),
            }
            spans.retain(|(_, s)| !s.is_empty());
            self.lines.push(DocLine { spans });
        }
    }

    /// A guide paragraph: figures get this app's "Figure:" label.
    pub fn paragraph(&mut self, p: &Paragraph, indent: usize) {
        match p {
            Paragraph::Text(t) => self.para(Role::Text, t, indent),
            Paragraph::Figure(t) => self.labelled(FIGURE_LABEL, Role::Figure, t, indent),
        }
    }

    /// Paragraphs separated by blank lines.
    pub fn paragraphs(&mut self, ps: &[Paragraph], indent: usize) {
        for p in ps {
            self.blank();
            self.paragraph(p, indent);
        }
    }
}

/// The label this app puts before a figure's description.
pub const FIGURE_LABEL: &str = "[Figure, described] ";

/// Question `index` (from 0) of `symptom`, for the tests.
#[cfg(test)]
pub(crate) fn question_ref(symptom: &str, index: usize) -> crate::domain::QuestionRef {
    crate::domain::QuestionRef {
        symptom: symptom.into(),
        index,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_and_indents() {
        let mut b = Builder::new(12);
        b.para(Role::Text, "one two three four five", 2);
        let doc = b.finish();
        let texts: Vec<String> = doc.lines.iter().map(DocLine::text).collect();
        assert_eq!(texts, ["  one two", "  three four", "  five"]);
    }

    #[test]
    fn a_label_is_styled_apart_from_its_text() {
        let mut b = Builder::new(40);
        b.paragraph(&Paragraph::Figure("A diagram.".into()), 0);
        let doc = b.finish();
        assert_eq!(
            doc.lines[0].spans,
            vec![
                (Role::Label, FIGURE_LABEL.to_string()),
                (Role::Figure, "A diagram.".to_string())
            ]
        );
    }

    #[test]
    fn zero_width_does_not_lose_text() {
        let mut b = Builder::new(0);
        b.para(Role::Text, "a b", 0);
        let words: Vec<String> = b.finish().lines.iter().map(DocLine::text).collect();
        assert_eq!(words, ["a", "b"]);
    }

    #[test]
    fn linking_records_the_url_of_every_line_written() {
        let mut b = Builder::new(10);
        b.para(Role::Text, "before", 0);
        b.linking("https://x.org/", |b| b.para(Role::Link, "one two three", 0));
        let doc = b.finish();
        // "one two" and "three" are lines 1 and 2.
        let urls: Vec<(usize, &str)> = doc.urls.iter().map(|(i, u)| (*i, u.as_str())).collect();
        assert_eq!(urls, [(1, "https://x.org/"), (2, "https://x.org/")]);
    }

    #[test]
    fn blank_lines_do_not_pile_up() {
        let mut b = Builder::new(10);
        b.blank();
        b.para(Role::Text, "x", 0);
        b.blank();
        b.blank();
        assert_eq!(b.finish().len(), 2);
    }
}
