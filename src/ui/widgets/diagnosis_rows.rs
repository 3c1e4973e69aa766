//! The rows of the diagnosis lists (the per-symptom summary, the triage
//! checklist, the ranked causes): what each row stands for, and the row
//! builders they share.

use crate::domain::{Graph, Target};
use crate::ui::document::{Builder, DocLine, Role};
use crate::ui::widgets::item_list::Item;

/// What a row of a diagnosis list stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A heading or a note: not selectable.
    Text,
    /// A cause (or a symptom a question points at): Enter opens its page.
    Cause(Target),
    /// A symptom offered for the triage, and why: `+` marks it.
    Offer { symptom: String, why: String },
    /// A symptom on the checklist.
    Symptom(String),
    /// Go on to the triage checklist.
    ContinueToTriage,
}

/// One list row: `text` wrapped to `width`, in `role`, after `prefix`.
pub fn item(prefix: &str, role: Role, text: &str, width: u16, selectable: bool) -> Item {
    let mut b = Builder::new(width);
    let hang = prefix.chars().count();
    b.prefixed(prefix, Role::Label, role, text, hang);
    Item {
        lines: b.finish().lines,
        selectable,
    }
}

/// A heading row (blank line above, except at the top).
pub fn heading(text: &str, first: bool) -> Item {
    let mut lines = Vec::new();
    if !first {
        lines.push(DocLine::default());
    }
    lines.push(DocLine {
        spans: vec![(Role::Heading, text.to_string())],
    });
    Item {
        lines,
        selectable: false,
    }
}

/// A cause's row: name, then category and risk level (anti-patterns).
pub fn cause_label(graph: &Graph, target: &Target) -> String {
    let name = graph.target_name(target).unwrap_or(target.id());
    match target {
        Target::AntiPattern(id) => match graph.anti_pattern(id) {
            Some(a) => format!("{name} · {} · risk {}", a.category, a.risk_level.as_str()),
            None => name.to_string(),
        },
        Target::Symptom(id) => {
            let number = graph.symptom(id).map(|s| s.number).unwrap_or_default();
            format!("{number}. {name}")
        }
    }
}
