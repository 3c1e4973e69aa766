//! Markdown (after the shortcodes are replaced) to a tree of located nodes,
//! with pulldown-cmark: tables, and smart punctuation as the site's
//! typographer prints it (curly quotes, en and em dashes, ellipses). Inline
//! markup is flattened to text; links and bold spans are kept as ranges of
//! that text.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// Text with the links and bold spans in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline {
    pub text: String,
    /// `(byte range in text, destination)`.
    pub links: Vec<(Range<usize>, String)>,
    /// Byte ranges of bold text.
    pub strong: Vec<Range<usize>>,
    /// Whether the text is one image's description and nothing else.
    pub image_only: bool,
}

/// A block of the page and where it starts (offset in the parsed text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub at: usize,
    pub node: Node,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Heading(u8, Inline),
    Para(Inline),
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Located>>,
    },
    Table {
        header: Vec<Inline>,
        rows: Vec<Vec<Inline>>,
    },
    Code {
        lang: String,
        text: String,
    },
    Quote(Vec<Located>),
    /// Raw HTML (reported; kept as code).
    Html(String),
    Rule,
}

/// Parses `text`; `warnings` gets `(offset, message)` for what is not understood.
pub fn parse(text: &str, warnings: &mut Vec<(usize, String)>) -> Vec<Located> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_SMART_PUNCTUATION | Options::ENABLE_STRIKETHROUGH;
    let events: Vec<(Event<'_>, Range<usize>)> =
        Parser::new_ext(text, options).into_offset_iter().collect();
    let mut reader = Reader {
        events,
        pos: 0,
        warnings,
    };
    reader.blocks(None)
}

struct Reader<'e, 'w> {
    events: Vec<(Event<'e>, Range<usize>)>,
    pos: usize,
    warnings: &'w mut Vec<(usize, String)>,
}

/// Whether two ends are of the same kind (a quote's end carries its kind).
fn same(a: Option<TagEnd>, b: Option<TagEnd>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => std::mem::discriminant(&a) == std::mem::discriminant(&b),
        _ => false,
    }
}

fn is_inline(e: &Event<'_>) -> bool {
    match e {
        Event::Text(_)
        | Event::Code(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::InlineHtml(_)
        | Event::InlineMath(_)
        | Event::FootnoteReference(_) => true,
        Event::Start(t) => matches!(
            t,
            Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. }
        ),
        Event::End(t) => matches!(
            t,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image
        ),
        _ => false,
    }
}

impl<'e> Reader<'e, '_> {
    fn next(&mut self) -> Option<(Event<'e>, Range<usize>)> {
        let e = self.events.get(self.pos).cloned();
        self.pos += 1;
        e
    }

    fn peek(&self) -> Option<(Event<'e>, Range<usize>)> {
        self.events.get(self.pos).cloned()
    }

    /// Blocks until `End(end)` (consumed) or the end of the events.
    fn blocks(&mut self, end: Option<TagEnd>) -> Vec<Located> {
        let mut out = Vec::new();
        while let Some((event, range)) = self.peek() {
            let at = range.start;
            if is_inline(&event) {
                let inline = self.inline(None);
                out.push(Located {
                    at,
                    node: Node::Para(inline),
                });
                continue;
            }
            self.pos += 1;
            let node = match event {
                Event::End(t) if same(Some(t), end) => return out,
                Event::End(_) => continue,
                Event::Start(Tag::Paragraph) => Node::Para(self.inline(Some(TagEnd::Paragraph))),
                Event::Start(Tag::Heading { level, .. }) => {
                    let inline = self.inline(Some(TagEnd::Heading(level)));
                    Node::Heading(level as u8, inline)
                }
                Event::Start(Tag::List(start)) => {
                    let mut items = Vec::new();
                    while let Some((e, _)) = self.peek() {
                        self.pos += 1;
                        match e {
                            Event::Start(Tag::Item) => items.push(self.blocks(Some(TagEnd::Item))),
                            Event::End(TagEnd::List(_)) => break,
                            _ => {}
                        }
                    }
                    Node::List {
                        ordered: start.is_some(),
                        start: start.unwrap_or(1),
                        items,
                    }
                }
                Event::Start(Tag::Table(_)) => self.table(),
                Event::Start(Tag::CodeBlock(kind)) => {
                    let lang = match kind {
                        CodeBlockKind::Fenced(info) => {
                            info.split_whitespace().next().unwrap_or("").to_string()
                        }
                        CodeBlockKind::Indented => String::new(),
                    };
                    let text = self.raw(TagEnd::CodeBlock);
                    Node::Code {
                        lang,
                        text: text.trim_end_matches('\n').to_string(),
                    }
                }
                Event::Start(Tag::BlockQuote(_)) => {
                    Node::Quote(self.blocks(Some(TagEnd::BlockQuote(None))))
                }
                Event::Start(Tag::HtmlBlock) => {
                    let html = self.raw(TagEnd::HtmlBlock);
                    self.warnings
                        .push((at, "raw HTML in the page (kept as written)".to_string()));
                    Node::Html(html.trim_end().to_string())
                }
                Event::Rule => Node::Rule,
                Event::Start(other) => {
                    self.warnings.push((
                        at,
                        format!("Markdown structure {other:?} is not understood (skipped)"),
                    ));
                    continue;
                }
                _ => continue,
            };
            out.push(Located { at, node });
        }
        out
    }

    /// Text events until `end` (consumed), concatenated.
    fn raw(&mut self, end: TagEnd) -> String {
        let mut text = String::new();
        while let Some((e, _)) = self.next() {
            match e {
                Event::End(t) if same(Some(t), Some(end)) => break,
                Event::Text(t) | Event::Html(t) => text.push_str(&t),
                _ => {}
            }
        }
        text
    }

    fn table(&mut self) -> Node {
        let mut header = Vec::new();
        let mut rows: Vec<Vec<Inline>> = Vec::new();
        let mut in_head = false;
        while let Some((e, _)) = self.next() {
            match e {
                Event::Start(Tag::TableHead) => in_head = true,
                Event::End(TagEnd::TableHead) => in_head = false,
                Event::Start(Tag::TableRow) => rows.push(Vec::new()),
                Event::Start(Tag::TableCell) => {
                    let cell = self.inline(Some(TagEnd::TableCell));
                    match rows.last_mut() {
                        Some(row) if !in_head => row.push(cell),
                        _ => header.push(cell),
                    }
                }
                Event::End(TagEnd::Table) => break,
                _ => {}
            }
        }
        Node::Table { header, rows }
    }

    /// Inline events until `end` (consumed) or, with `None`, until the next
    /// block-level event (not consumed).
    fn inline(&mut self, end: Option<TagEnd>) -> Inline {
        let mut out = Inline::default();
        let mut open_links: Vec<(usize, String)> = Vec::new();
        let mut open_strong: Vec<usize> = Vec::new();
        let mut images = 0;
        let mut image_text = 0;
        let mut in_image = 0;
        while let Some((event, range)) = self.peek() {
            if end.is_none() && !is_inline(&event) {
                break;
            }
            self.pos += 1;
            match event {
                Event::End(t) if same(Some(t), end) => break,
                Event::Text(t) | Event::Code(t) | Event::InlineMath(t) => {
                    if in_image > 0 {
                        image_text += t.len();
                    }
                    out.text.push_str(&t);
                }
                Event::SoftBreak | Event::HardBreak => out.text.push(' '),
                Event::Start(Tag::Link { dest_url, .. }) => {
                    open_links.push((out.text.len(), dest_url.to_string()));
                }
                Event::End(TagEnd::Link) => {
                    if let Some((start, dest)) = open_links.pop() {
                        out.links.push((start..out.text.len(), dest));
                    }
                }
                Event::Start(Tag::Strong) => open_strong.push(out.text.len()),
                Event::End(TagEnd::Strong) => {
                    if let Some(start) = open_strong.pop() {
                        out.strong.push(start..out.text.len());
                    }
                }
                Event::Start(Tag::Image { .. }) => {
                    images += 1;
                    in_image += 1;
                }
                Event::End(TagEnd::Image) => in_image -= 1,
                Event::InlineHtml(html) => self.warnings.push((
                    range.start,
                    format!(
                        "inline HTML {:?} (left out; the text around it is kept)",
                        html.trim()
                    ),
                )),
                _ => {}
            }
        }
        out.links.sort_by_key(|(r, _)| r.start);
        out.image_only = images == 1 && image_text == out.text.trim().len() && image_text > 0;
        out.trim();
        out
    }
}

impl Inline {
    /// Removes leading and trailing white space, keeping the ranges right.
    fn trim(&mut self) {
        let lead = self.text.len() - self.text.trim_start().len();
        let kept = self.text.trim().len();
        self.text = self.text[lead..lead + kept].to_string();
        let fix = |r: &Range<usize>| {
            r.start.saturating_sub(lead).min(kept)..r.end.saturating_sub(lead).min(kept)
        };
        for (r, _) in &mut self.links {
            *r = fix(r);
        }
        for r in &mut self.strong {
            *r = fix(r);
        }
    }

    /// The text of a range.
    pub fn slice(&self, r: &Range<usize>) -> &str {
        self.text.get(r.clone()).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Vec<Located> {
        let mut w = Vec::new();
        let out = parse(text, &mut w);
        assert!(w.is_empty(), "{w:?}");
        out
    }

    #[test]
    fn paragraphs_are_flattened_with_links_bold_and_smart_quotes() {
        let nodes = parse_ok("A \"quoted\" [link](dest) and **bold?** it's\nwrapped -- here...\n");
        let Node::Para(p) = &nodes[0].node else {
            panic!("{nodes:?}")
        };
        assert_eq!(
            p.text,
            "A \u{201c}quoted\u{201d} link and bold? it\u{2019}s wrapped \u{2013} here\u{2026}"
        );
        assert_eq!(p.slice(&p.links[0].0), "link");
        assert_eq!(p.links[0].1, "dest");
        assert_eq!(p.slice(&p.strong[0]), "bold?");
    }

    #[test]
    fn tight_list_items_tables_code_and_headings() {
        let text = "## Title\n\n1. **Q?** one\n2. two\n\n| a | b |\n|---|---|\n| [c](x) | d |\n\n```sh\nls\n```\n";
        let nodes = parse_ok(text);
        assert!(matches!(&nodes[0].node, Node::Heading(2, i) if i.text == "Title"));
        let Node::List { ordered, items, .. } = &nodes[1].node else {
            panic!()
        };
        assert!(*ordered);
        assert!(matches!(&items[1][0].node, Node::Para(i) if i.text == "two"));
        let Node::Table { header, rows } = &nodes[2].node else {
            panic!()
        };
        assert_eq!(header[1].text, "b");
        assert_eq!(rows[0][0].links[0].1, "x");
        assert_eq!(
            nodes[3].node,
            Node::Code {
                lang: "sh".into(),
                text: "ls".into()
            }
        );
        assert_eq!(nodes[1].at, text.find("1.").unwrap());
    }

    #[test]
    fn an_image_alone_is_a_figure_and_html_is_reported() {
        let mut w = Vec::new();
        let nodes = parse("![A diagram of X](x.png)\n\n<div>\nhi\n</div>\n", &mut w);
        assert!(
            matches!(&nodes[0].node, Node::Para(i) if i.image_only && i.text == "A diagram of X")
        );
        assert!(matches!(&nodes[1].node, Node::Html(h) if h.contains("hi")));
        assert_eq!(w.len(), 1);
    }
}
