//! Reading the printable view: one paragraph per non-blank line, with line
//! numbers for errors, and matching names to pages.

use super::facts::Facts;
use super::{ImportError, err};
use crate::domain::graph::Target;

/// Known page names, for matching text to targets without regard to case.
pub(super) struct Names {
    /// (lower-case name, target), longest names first.
    entries: Vec<(String, Target)>,
}

impl Names {
    pub(super) fn new(facts: &Facts) -> Self {
        let mut entries = Vec::new();
        for a in &facts.anti_patterns {
            for n in [&a.name_in_section, &a.page_title, &a.short_title, &a.id] {
                entries.push((n.to_lowercase(), Target::AntiPattern(a.id.clone())));
            }
        }
        for s in &facts.symptoms {
            for n in [&s.title, &s.link_title, &s.slug] {
                entries.push((n.to_lowercase(), Target::Symptom(s.slug.clone())));
            }
        }
        entries.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        entries.dedup();
        Names { entries }
    }

    /// The page whose name starts `text` (longest match; the name must end at
    /// a word boundary). Returns the target and the length of the name in `text`.
    pub(super) fn resolve(&self, text: &str) -> Option<(Target, usize)> {
        let lower = text.to_lowercase();
        self.entries.iter().find_map(|(name, target)| {
            let rest = lower.strip_prefix(name.as_str())?;
            let boundary = rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
            // Lower-casing can change byte lengths outside ASCII; map back by chars.
            let chars = name.chars().count();
            let len = text
                .char_indices()
                .nth(chars)
                .map_or(text.len(), |(i, _)| i);
            boundary.then(|| (target.clone(), len))
        })
    }
}

/// Reads the text one non-blank line at a time, remembering line numbers.
pub(super) struct Cursor<'a> {
    lines: Vec<(usize, &'a str)>,
    pos: usize,
}

impl<'a> Cursor<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        let lines = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim_end()))
            .filter(|(_, l)| !l.trim().is_empty())
            .collect();
        Cursor { lines, pos: 0 }
    }

    pub(super) fn peek(&self) -> Option<(usize, &'a str)> {
        self.lines.get(self.pos).copied()
    }

    pub(super) fn advance(&mut self) {
        self.pos += 1;
    }

    pub(super) fn last_line(&self) -> usize {
        self.lines.last().map_or(1, |l| l.0)
    }

    pub(super) fn skip_if(&mut self, pred: impl Fn(&str) -> bool) -> bool {
        let hit = self.peek().is_some_and(|(_, l)| pred(l));
        if hit {
            self.advance();
        }
        hit
    }

    pub(super) fn next_line(&mut self, what: &str) -> Result<&'a str, ImportError> {
        let (_, line) = self.peek().ok_or_else(|| {
            err(
                self.last_line(),
                format!("the text ends where {what} should be"),
            )
        })?;
        self.advance();
        Ok(line)
    }

    pub(super) fn expect(&mut self, heading: &str) -> Result<(), ImportError> {
        match self.peek() {
            Some((_, l)) if l == heading => {
                self.advance();
                Ok(())
            }
            Some((n, l)) => Err(err(n, format!("expected \"{heading}\", found \"{l}\""))),
            None => Err(err(
                self.last_line(),
                format!("the text ends where \"{heading}\" should be"),
            )),
        }
    }

    /// Takes lines (trimmed) until `stop` matches or the text ends.
    pub(super) fn take_until(&mut self, stop: impl Fn(&str) -> bool) -> Vec<String> {
        let mut out = Vec::new();
        while let Some((_, l)) = self.peek() {
            if stop(l) {
                break;
            }
            out.push(l.trim().to_string());
            self.advance();
        }
        out
    }

    /// Takes a "Prefix: a, b, c" line if it is next.
    pub(super) fn take_list(&mut self, prefix: &str) -> Vec<String> {
        match self.peek() {
            Some((_, l)) if l.starts_with(prefix) => {
                self.advance();
                l[prefix.len()..]
                    .split(", ")
                    .map(|s| s.trim().to_string())
                    .collect()
            }
            _ => Vec::new(),
        }
    }
}
