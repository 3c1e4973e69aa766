//! What a link points at: a page of the graph, by kind and id. A leaf, so
//! the pages' own types (imported sections, the triage) can name pages
//! without importing the graph.

use serde::{Deserialize, Serialize};

/// What a link points at.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Target {
    AntiPattern(String),
    Symptom(String),
}

impl Target {
    pub fn id(&self) -> &str {
        match self {
            Target::AntiPattern(id) | Target::Symptom(id) => id,
        }
    }
    pub fn kind(&self) -> TargetKind {
        match self {
            Target::AntiPattern(_) => TargetKind::AntiPattern,
            Target::Symptom(_) => TargetKind::Symptom,
        }
    }
}

/// The kind of page a [`Target`] points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    AntiPattern,
    Symptom,
}
