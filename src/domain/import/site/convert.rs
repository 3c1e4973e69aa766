//! From parsed Markdown to the graph's blocks, links and chapters, for one
//! page: placeholders back to what their shortcodes mean, link destinations
//! to URLs (pages of the graph are linked in a later pass), offsets to lines.

use super::Warning;
use super::front::Page;
use super::markdown::{self, Inline, Located, Node};
use super::pages::{Index, Resolved};
use super::shortcodes::{self, CLOSE, OPEN, Pre};
use crate::domain::page::{Block, Chapter, Link, LinkTo, Part};

/// One page being converted.
pub struct Ctx<'a> {
    pub file: &'a str,
    pub pre: Pre,
    pub index: &'a Index,
    /// The page's own index entry.
    pub from: Option<usize>,
    body: &'a str,
    body_line: usize,
    pub warnings: Vec<Warning>,
}

impl<'a> Ctx<'a> {
    /// Replaces the shortcodes of `page` and parses its Markdown.
    pub fn new(page: &Page<'a>, index: &'a Index) -> (Self, Vec<Located>) {
        let pre = shortcodes::preprocess(page.body, &page.front);
        let mut ctx = Ctx {
            file: page.path,
            index,
            from: index.by_file(page.path),
            body: page.body,
            body_line: page.body_line,
            warnings: Vec::new(),
            pre,
        };
        for (at, message) in std::mem::take(&mut ctx.pre.warnings) {
            let line = ctx.line_of_input(at);
            ctx.warn_line(line, message);
        }
        let mut md_warnings = Vec::new();
        let nodes = markdown::parse(&ctx.pre.text, &mut md_warnings);
        for (at, message) in md_warnings {
            ctx.warn(at, message);
        }
        (ctx, nodes)
    }

    /// The file's line (from 1) of an offset in the page's body.
    pub fn input_line(&self, at: usize) -> usize {
        self.line_of_input(at)
    }

    fn line_of_input(&self, at: usize) -> usize {
        let at = at.min(self.body.len());
        self.body_line
            + self.body.as_bytes()[..at]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
    }

    /// The file's line (from 1) of an offset in the parsed text.
    pub fn line(&self, at: usize) -> usize {
        self.line_of_input(self.pre.input_offset(at))
    }

    pub fn warn(&mut self, at: usize, message: String) {
        let line = self.line(at);
        self.warn_line(line, message);
    }

    pub fn warn_line(&mut self, line: usize, message: String) {
        self.warnings.push(Warning {
            file: self.file.to_string(),
            line,
            message,
        });
    }

    /// An error at `at` in this page.
    pub fn error(&self, at: usize, message: &str) -> super::SiteError {
        super::SiteError::at(self.file, self.line(at), message)
    }

    /// Where a link destination leads.
    pub fn dest(&self, dest: &str) -> Resolved {
        match shortcodes::parse_placeholder(dest) {
            Some(('r', i)) => {
                let path = self.pre.refs.get(i).map_or("", String::as_str);
                self.index.resolve(path, self.from)
            }
            _ => self.index.plain(dest, self.from),
        }
    }

    /// Text with placeholders replaced by what they stand for.
    pub fn clean(&self, text: &str) -> String {
        if !text.contains(OPEN) {
            return text.to_string();
        }
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find(OPEN) {
            out.push_str(&rest[..start]);
            let Some(len) = rest[start..].find(CLOSE) else {
                break;
            };
            let end = start + len + CLOSE.len_utf8();
            let token = &rest[start..end];
            match shortcodes::parse_placeholder(token) {
                Some(('r', _)) => out.push_str(&self.dest(token).url),
                Some(('f', i)) => out.push_str(&self.figure(i)),
                Some(('c', i)) => out.push_str(&self.card_title(i)),
                _ => out.push_str(token),
            }
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }

    fn figure(&self, i: usize) -> String {
        self.pre.figures.get(i).map_or_else(String::new, |f| {
            if f.alt.is_empty() {
                f.caption.clone()
            } else {
                f.alt.clone()
            }
        })
    }

    fn card_title(&self, i: usize) -> String {
        let header = self.pre.cards.get(i).map_or("", String::as_str);
        let nodes = markdown::parse(header, &mut Vec::new());
        match nodes.first().map(|n| &n.node) {
            Some(Node::Para(inline)) => inline.text.clone(),
            _ => header.to_string(),
        }
    }

    /// The links of an inline text, in order.
    pub fn links(&self, inline: &Inline) -> Vec<Link> {
        inline
            .links
            .iter()
            .map(|(range, dest)| Link {
                label: self.clean(inline.slice(range)),
                to: LinkTo::Url(self.dest(dest).url),
            })
            .collect()
    }

    /// Nodes as blocks, with the links in them.
    pub fn blocks(&mut self, nodes: &[Located]) -> (Vec<Block>, Vec<Link>) {
        let mut blocks = Vec::new();
        let mut links = Vec::new();
        let mut caption: Option<String> = None;
        for n in nodes {
            let block = match &n.node {
                Node::Para(inline) => {
                    links.extend(self.links(inline));
                    match shortcodes::parse_placeholder(&inline.text) {
                        Some(('f', i)) => Block::Figure(self.figure(i)),
                        Some(('c', i)) => {
                            if let Some(c) = caption.replace(self.card_title(i)) {
                                blocks.push(Block::Text(c));
                            }
                            continue;
                        }
                        _ if inline.image_only => Block::Figure(inline.text.clone()),
                        _ => Block::Text(self.clean(&inline.text)),
                    }
                }
                Node::Heading(_, inline) => {
                    links.extend(self.links(inline));
                    Block::Heading(self.clean(&inline.text))
                }
                Node::List {
                    ordered,
                    start,
                    items,
                } => {
                    let mut out = Vec::new();
                    for item in items {
                        let (b, l) = self.blocks(item);
                        links.extend(l);
                        out.push(b);
                    }
                    Block::List {
                        ordered: *ordered,
                        start: *start,
                        items: out,
                    }
                }
                Node::Table { header, rows } => {
                    let mut cell = |i: &Inline| {
                        links.extend(self.links(i));
                        self.clean(&i.text)
                    };
                    let header = header.iter().map(&mut cell).collect();
                    let rows = rows
                        .iter()
                        .map(|r| r.iter().map(&mut cell).collect())
                        .collect();
                    Block::Table { header, rows }
                }
                Node::Code { lang, text } => Block::Code {
                    title: caption.take().unwrap_or_default(),
                    lang: lang.clone(),
                    text: self.clean(text),
                },
                Node::Quote(inner) => {
                    let (b, l) = self.blocks(inner);
                    links.extend(l);
                    Block::Quote(b)
                }
                Node::Html(html) => Block::Code {
                    title: String::new(),
                    lang: "html".into(),
                    text: html.clone(),
                },
                Node::Rule => continue,
            };
            if let Some(c) = caption.take() {
                blocks.push(Block::Text(c));
            }
            blocks.push(block);
        }
        if let Some(c) = caption {
            blocks.push(Block::Text(c));
        }
        (blocks, links)
    }

    /// A `##` section: text before its first `###`, then one part per `###`.
    pub fn chapter(&mut self, title: &str, nodes: &[Located]) -> Chapter {
        let (intro, parts) = split_at_headings(nodes, 3);
        let (text, links) = self.blocks(intro);
        let parts = parts
            .into_iter()
            .map(|h| {
                let (text, links) = self.blocks(h.body);
                Part {
                    title: self.clean(&h.text.text),
                    text,
                    links,
                }
            })
            .collect();
        Chapter {
            title: title.to_string(),
            text,
            links,
            parts,
        }
    }
}

/// A heading and the nodes under it.
pub struct Heading<'n> {
    pub at: usize,
    pub text: &'n Inline,
    pub body: &'n [Located],
}

/// Nodes before the first heading of `level`, then each such heading with
/// the nodes under it (up to the next heading of that level or above).
pub fn split_at_headings(nodes: &[Located], level: u8) -> (&[Located], Vec<Heading<'_>>) {
    let starts: Vec<usize> = nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| matches!(n.node, Node::Heading(l, _) if l <= level))
        .map(|(i, _)| i)
        .collect();
    let first = starts.first().copied().unwrap_or(nodes.len());
    let mut sections = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(nodes.len());
        if let Node::Heading(_, inline) = &nodes[s].node {
            sections.push(Heading {
                at: nodes[s].at,
                text: inline,
                body: &nodes[s + 1..end],
            });
        }
    }
    (&nodes[..first], sections)
}
