//! The passages of an anti-pattern's own page (imported from the site's
//! source): its description, every chapter's heading and blocks, each part
//! (a subsection, a fix step) with its heading and blocks, and each entry of
//! "Related content". The page shows each at the same [`Location`].

use super::Builder;
use crate::domain::graph::AntiPattern;
use crate::domain::page::Block;
use crate::domain::search::index::{Field, Passage, add_passage, analyse};
use crate::domain::search::{DocKind, Location};

impl Builder<'_> {
    /// Adds the sections of `a`'s page, if it has one, to search page `page`.
    pub(super) fn add_page_sections(&mut self, page: u32, a: &AntiPattern) {
        let Some(p) = a.page.as_deref() else {
            return;
        };
        for (ci, chapter) in p.chapters().enumerate() {
            let at = Location::Section {
                chapter: ci,
                part: None,
                block: None,
            };
            let heading = [(Field::SectionHeading, chapter.title.as_str())];
            self.passage(page, DocKind::Section, &chapter.title, at, &heading);
            self.blocks(page, &chapter.title, &chapter.text, |block| {
                Location::Section {
                    chapter: ci,
                    part: None,
                    block: Some(block),
                }
            });
            for (pi, part) in chapter.parts.iter().enumerate() {
                let title = format!("{} › {}", chapter.title, part.title);
                let at = Location::Section {
                    chapter: ci,
                    part: Some(pi),
                    block: None,
                };
                let heading = [(Field::SectionHeading, part.title.as_str())];
                self.passage(page, DocKind::Section, &title, at, &heading);
                self.blocks(page, &title, &part.text, |block| Location::Section {
                    chapter: ci,
                    part: Some(pi),
                    block: Some(block),
                });
            }
        }
        for (i, r) in p.related.iter().enumerate() {
            let at = Location::Related { entry: i };
            let fields = [
                (Field::SectionHeading, r.link.label.as_str()),
                (Field::SectionText, r.note.as_str()),
            ];
            self.passage(page, DocKind::Section, "Related content", at, &fields);
        }
    }

    /// One passage per block (a paragraph, a whole list, a whole table):
    /// a list's or a table's pieces joined into one text, so its snippet
    /// shows the words around a match.
    fn blocks(
        &mut self,
        page: u32,
        title: &str,
        blocks: &[Block],
        location: impl Fn(usize) -> Location,
    ) {
        for (i, block) in blocks.iter().enumerate() {
            match block {
                Block::Text(t) | Block::Figure(t) | Block::Heading(t) => {
                    let fields = [(Field::SectionText, t.as_str())];
                    self.passage(page, DocKind::Section, title, location(i), &fields);
                }
                other => {
                    let joined = other.texts().join(" · ");
                    self.joined_passage(page, title, location(i), &joined);
                }
            }
        }
    }

    /// A passage of text made here (not a string of the graph, so it is
    /// analysed without the cache keyed by the graph's strings).
    fn joined_passage(&mut self, page: u32, title: &str, location: Location, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let id = analyse(&mut self.index, self.stems, self.thesaurus, text);
        add_passage(
            &mut self.index,
            Passage {
                page,
                kind: DocKind::Section,
                title: title.to_string(),
                location,
                fields: vec![(Field::SectionText, id)],
            },
        );
    }
}
