//! An anti-pattern's own page, imported from the site's source, as the app
//! shows it under the symptoms it causes: "What this looks like", "Why this
//! is a problem" with its subsections, "How to fix it" with each step,
//! "Measuring progress", the other sections, and "Related content". Each
//! passage is anchored where search finds it; each fix step's lines are
//! recorded (the step the reader is on can become an action item).

use crate::domain::{AntiPatternPage, Block, Chapter, LinkTo, Location};

use crate::ui::document::{Builder, FIGURE_LABEL, Role, table::table};

/// How far list items and quotes indent their text.
const STEP: usize = 2;

/// Writes the chapters of `page`, then its related content; the parts of
/// its "How to fix it" chapter are recorded as the page's fix steps.
pub fn chapters(b: &mut Builder, page: &AntiPatternPage) {
    let fix: Option<*const Chapter> = page.fix.as_ref().map(std::ptr::from_ref);
    for (ci, chapter) in page.chapters().enumerate() {
        let is_fix = fix == Some(std::ptr::from_ref(chapter));
        b.blank();
        let start = b.line();
        b.para(Role::Heading, &chapter.title, 0);
        let at = |part, block| Location::Section {
            chapter: ci,
            part,
            block,
        };
        b.anchor(at(None, None), start);
        blocks(b, &chapter.text, 0, |i| at(None, Some(i)));
        for (pi, part) in chapter.parts.iter().enumerate() {
            b.blank();
            let start = b.line();
            b.para(Role::Subheading, &part.title, 0);
            b.anchor(at(Some(pi), None), start);
            blocks(b, &part.text, 0, |i| at(Some(pi), Some(i)));
            if is_fix {
                b.fix_step(start);
            }
        }
    }
    if page.related.is_empty() {
        return;
    }
    b.blank();
    b.para(Role::Heading, "Related content", 0);
    for (i, r) in page.related.iter().enumerate() {
        let start = b.line();
        let text = if r.note.is_empty() {
            r.link.label.clone()
        } else {
            format!("{} — {}", r.link.label, r.note)
        };
        let write = |b: &mut Builder| b.prefixed("• ", Role::Label, Role::Link, &text, STEP);
        match &r.link.to {
            LinkTo::Url(url) => b.linking(url, write),
            LinkTo::Page(_) => write(b),
        }
        b.anchor(Location::Related { entry: i }, start);
    }
}

/// Blocks separated by blank lines, each anchored at `location(i)`.
fn blocks(b: &mut Builder, blocks: &[Block], indent: usize, location: impl Fn(usize) -> Location) {
    for (i, block) in blocks.iter().enumerate() {
        b.blank();
        let start = b.line();
        write_block(b, block, indent);
        b.anchor(location(i), start);
    }
}

/// One block at `indent`: paragraphs wrap, lists hang their items after the
/// bullet or number, tables line up their columns, code keeps its lines.
fn write_block(b: &mut Builder, block: &Block, indent: usize) {
    match block {
        Block::Text(t) => b.para(Role::Text, t, indent),
        Block::Heading(t) => b.para(Role::Subheading, t, indent),
        Block::Figure(t) => b.labelled(FIGURE_LABEL, Role::Figure, t, indent),
        Block::Quote(inner) => {
            for (i, q) in inner.iter().enumerate() {
                if i > 0 {
                    b.blank();
                }
                write_block(b, q, indent + STEP);
            }
        }
        Block::Table { header, rows } => table(b, header, rows, indent),
        Block::Code { title, text, .. } => {
            if !title.is_empty() {
                b.para(Role::Label, title, indent);
            }
            for line in text.lines() {
                let line = if line.trim().is_empty() { "" } else { line };
                if line.is_empty() {
                    b.push(Default::default());
                } else {
                    b.para(Role::Figure, line, indent + STEP);
                }
            }
        }
        Block::List {
            ordered,
            start,
            items,
        } => {
            for (n, item) in items.iter().enumerate() {
                let bullet = if *ordered {
                    format!("{}. ", *start + n as u64)
                } else {
                    "• ".to_string()
                };
                let hang = indent + bullet.chars().count();
                for (k, inner) in item.iter().enumerate() {
                    match (k, inner) {
                        (0, Block::Text(t)) => {
                            let prefix = format!("{}{bullet}", " ".repeat(indent));
                            b.prefixed(&prefix, Role::Label, Role::Text, t, hang);
                        }
                        (0, other) => {
                            b.para(Role::Label, bullet.trim_end(), indent);
                            write_block(b, other, hang);
                        }
                        (_, other) => write_block(b, other, hang),
                    }
                }
            }
        }
    }
}
