//! Hugo shortcodes, replaced before the Markdown is parsed by what they
//! mean: `relref`/`ref` by a placeholder link destination resolved later to a
//! page of the graph or the site's URL; `param` by the front matter's value;
//! `risk-indicator` by the words it shows ("Quality Impact: High");
//! `pageinfo` is taken out and kept as the facts it shows; `figure` becomes a
//! figure (its description); `card` a captioned block (code when
//! `code=true`). Any other shortcode is kept as written and reported with its
//! line. Every output position maps back to the input, for line numbers.

use super::front::Front;

/// Starts and ends a placeholder; private-use characters no page contains.
pub const OPEN: char = '\u{E000}';
pub const CLOSE: char = '\u{E001}';

/// A `figure` shortcode's facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub alt: String,
    pub caption: String,
}

/// The body with its shortcodes replaced.
#[derive(Debug, Clone, Default)]
pub struct Pre {
    pub text: String,
    /// `(output offset, input offset, copied)`: from `output offset` on, the
    /// output is the input from `input offset` (copied) or stands for the
    /// shortcode there (not copied).
    anchors: Vec<(usize, usize, bool)>,
    /// Paths named by `relref`/`ref`, by placeholder index.
    pub refs: Vec<String>,
    pub figures: Vec<Figure>,
    /// `card` headers (Markdown), by placeholder index.
    pub cards: Vec<String>,
    /// The `pageinfo` box: its text (with its own shortcodes replaced) and
    /// the input offset where it starts.
    pub pageinfo: Option<(String, usize)>,
    /// `(input offset, message)` for shortcodes not understood.
    pub warnings: Vec<(usize, String)>,
}

/// A placeholder: `OPEN kind index CLOSE`.
pub fn placeholder(kind: char, index: usize) -> String {
    format!("{OPEN}{kind}{index}{CLOSE}")
}

/// The placeholder `text` is, if it is exactly one: (kind, index).
pub fn parse_placeholder(text: &str) -> Option<(char, usize)> {
    let inner = text.strip_prefix(OPEN)?.strip_suffix(CLOSE)?;
    let mut chars = inner.chars();
    let kind = chars.next()?;
    Some((kind, chars.as_str().parse().ok()?))
}

impl Pre {
    /// The input offset an output offset stands for.
    pub fn input_offset(&self, out: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.0 <= out);
        match i.checked_sub(1).map(|i| self.anchors[i]) {
            Some((o, inp, true)) => inp + (out - o),
            Some((_, inp, false)) => inp,
            None => out,
        }
    }

    fn copy(&mut self, input: &str, from: usize, to: usize) {
        if from < to {
            self.anchors.push((self.text.len(), from, true));
            self.text.push_str(&input[from..to]);
        }
    }

    fn put(&mut self, at_input: usize, text: &str) {
        self.anchors.push((self.text.len(), at_input, false));
        self.text.push_str(text);
    }
}

/// One parsed shortcode tag.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Tag {
    name: String,
    closing: bool,
    /// Positional arguments, then `key=value` ones as `(key, value)`.
    positional: Vec<String>,
    named: Vec<(String, String)>,
    /// Whether it was `{{%` (Markdown) rather than `{{<`.
    markdown: bool,
    /// `{{</* ... */>}}`: shown literally by Hugo.
    comment: bool,
    end: usize,
}

impl Tag {
    fn get(&self, key: &str) -> Option<&str> {
        self.named
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Replaces the shortcodes of `body`, a page with parameters `front`.
pub fn preprocess(body: &str, front: &Front) -> Pre {
    let mut pre = Pre::default();
    run(body, 0, body.len(), front, &mut pre);
    pre
}

fn run(input: &str, start: usize, end: usize, front: &Front, pre: &mut Pre) {
    let mut pos = start;
    let mut copied = start;
    while let Some(found) = input[pos..end].find("{{") {
        let at = pos + found;
        let Some(tag) = parse_tag(input, at, end) else {
            pos = at + 2;
            continue;
        };
        pre.copy(input, copied, at);
        pos = tag.end;
        copied = tag.end;
        if tag.comment {
            let d = if tag.markdown { ('%', '%') } else { ('<', '>') };
            let inner = input[at + 3..tag.end - 3].trim();
            let inner = inner.trim_start_matches("/*").trim_end_matches("*/").trim();
            pre.put(at, &format!("{{{{{} {inner} {}}}}}", d.0, d.1));
            continue;
        }
        match (tag.name.as_str(), tag.closing) {
            ("relref" | "ref", false) => match tag.positional.first() {
                Some(path) => {
                    pre.refs.push(path.clone());
                    pre.put(at, &placeholder('r', pre.refs.len() - 1));
                }
                None => {
                    pre.warnings
                        .push((at, format!("{} without a path (kept as written)", tag.name)));
                    pre.put(at, &input[at..tag.end]);
                }
            },
            ("param", false) => {
                let name = tag.positional.first().map_or("", String::as_str);
                match front.text(name) {
                    Some(value) => pre.put(at, &value),
                    None => {
                        pre.warnings.push((
                            at,
                            format!(
                                "param `{name}` is not set in the front matter (kept as written)"
                            ),
                        ));
                        pre.put(at, &input[at..tag.end]);
                    }
                }
            }
            ("risk-indicator", false) => {
                let level = tag.get("level").unwrap_or("");
                pre.put(at, &format!("Quality Impact: {}", title_case(level)));
            }
            ("figure", false) => {
                let alt = tag.get("alt").unwrap_or("").to_string();
                let caption = tag
                    .get("caption")
                    .or(tag.get("title"))
                    .unwrap_or("")
                    .to_string();
                if alt.is_empty() && caption.is_empty() {
                    pre.warnings
                        .push((at, "a figure without alt text or caption".to_string()));
                }
                pre.figures.push(Figure { alt, caption });
                pre.put(at, &placeholder('f', pre.figures.len() - 1));
            }
            ("pageinfo" | "card", false) => {
                let Some((inner_end, close_end)) = find_close(input, tag.end, end, &tag.name)
                else {
                    pre.warnings.push((
                        at,
                        format!("`{}` is never closed (kept as written)", tag.name),
                    ));
                    pre.put(at, &input[at..tag.end]);
                    continue;
                };
                if tag.name == "pageinfo" {
                    let mut sub = Pre::default();
                    run(input, tag.end, inner_end, front, &mut sub);
                    pre.warnings.append(&mut sub.warnings);
                    pre.pageinfo = Some((sub.text, at));
                    pre.put(at, "");
                } else {
                    card(input, &tag, at, inner_end, front, pre);
                }
                pos = close_end;
                copied = close_end;
            }
            (name, closing) => {
                if !closing {
                    pre.warnings
                        .push((at, format!("unknown shortcode `{name}` (kept as written)")));
                }
                pre.put(at, &input[at..tag.end]);
            }
        }
    }
    pre.copy(input, copied, end);
}

/// A `card`: its header as a placeholder paragraph, then its body, fenced as
/// code when `code=true`.
fn card(input: &str, tag: &Tag, at: usize, inner_end: usize, front: &Front, pre: &mut Pre) {
    pre.cards.push(
        tag.get("header")
            .or(tag.get("title"))
            .unwrap_or("")
            .to_string(),
    );
    let marker = placeholder('c', pre.cards.len() - 1);
    let inner = &input[tag.end..inner_end];
    if tag.get("code") == Some("true") {
        let lang = tag.get("lang").unwrap_or("");
        let fence = "`".repeat(longest_backticks(inner).max(2) + 1);
        pre.put(at, &format!("\n\n{marker}\n\n{fence}{lang}\n"));
        let body_start = tag.end + inner.len() - inner.trim_start_matches(['\n', '\r']).len();
        let body_end = tag.end + inner.trim_end().len();
        pre.copy(input, body_start, body_end.max(body_start));
        pre.put(inner_end, &format!("\n{fence}\n\n"));
    } else {
        pre.put(at, &format!("\n\n{marker}\n\n"));
        run(input, tag.end, inner_end, front, pre);
        pre.put(inner_end, "\n\n");
    }
}

fn longest_backticks(text: &str) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Where the closing tag of `name` starts and ends, after `from`.
fn find_close(input: &str, from: usize, end: usize, name: &str) -> Option<(usize, usize)> {
    let mut pos = from;
    while let Some(found) = input[pos..end].find("{{") {
        let at = pos + found;
        match parse_tag(input, at, end) {
            Some(tag) if tag.closing && tag.name == name => return Some((at, tag.end)),
            Some(tag) => pos = tag.end,
            None => pos = at + 2,
        }
    }
    None
}

/// Reads `{{< name args >}}` or `{{% name args %}}` at `at`.
fn parse_tag(input: &str, at: usize, end: usize) -> Option<Tag> {
    let rest = &input[at..end];
    let markdown = match rest.as_bytes().get(2)? {
        b'<' => false,
        b'%' => true,
        _ => return None,
    };
    let close = if markdown { "%}}" } else { ">}}" };
    let mut inner = rest[3..].trim_start();
    let comment = inner.starts_with("/*");
    if comment {
        let stop = rest.find(&format!("*/{close}"))?;
        return Some(Tag {
            name: String::new(),
            closing: false,
            positional: Vec::new(),
            named: Vec::new(),
            markdown,
            comment: true,
            end: at + stop + 2 + close.len(),
        });
    }
    let closing = inner.starts_with('/');
    if closing {
        inner = inner[1..].trim_start();
    }
    let name_len = inner
        .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_' || c == '.' || c == '/'))
        .unwrap_or(inner.len());
    if name_len == 0 {
        return None;
    }
    let name = inner[..name_len].to_string();
    let mut args = &inner[name_len..];
    let mut positional = Vec::new();
    let mut named = Vec::new();
    loop {
        args = args.trim_start();
        if let Some(after) = args.strip_prefix(close) {
            let consumed = rest.len() - after.len();
            return Some(Tag {
                name,
                closing,
                positional,
                named,
                markdown,
                comment: false,
                end: at + consumed,
            });
        }
        if args.is_empty() || args.starts_with("{{") {
            return None;
        }
        let (first, after) = token(args)?;
        if let Some(after_eq) = after.strip_prefix('=') {
            let (value, after_value) = token(after_eq)?;
            named.push((first, value));
            args = after_value;
        } else {
            positional.push(first);
            args = after;
        }
    }
}

/// A quoted ("..." with escapes, or `...`) or bare argument, and the rest.
fn token(text: &str) -> Option<(String, &str)> {
    let mut chars = text.char_indices();
    match chars.next()? {
        (_, '"') => {
            let mut out = String::new();
            let mut escaped = false;
            for (i, c) in chars {
                match (escaped, c) {
                    (true, c) => {
                        out.push(c);
                        escaped = false;
                    }
                    (false, '\\') => escaped = true,
                    (false, '"') => return Some((out, &text[i + 1..])),
                    (false, c) => out.push(c),
                }
            }
            None
        }
        (_, '`') => {
            let close = text[1..].find('`')? + 1;
            Some((text[1..close].to_string(), &text[close + 1..]))
        }
        _ => {
            let stop = text
                .find(|c: char| c.is_whitespace() || c == '=')
                .unwrap_or(text.len());
            let word = &text[..stop];
            // A bare word may run into the closing delimiter: `level=high>}}`.
            let word = word.trim_end_matches(">}}").trim_end_matches("%}}");
            (!word.is_empty()).then(|| (word.to_string(), &text[word.len()..]))
        }
    }
}

/// "high" -> "High", as Hugo's `title` does for one word.
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
#[path = "shortcodes_tests.rs"]
mod tests;
