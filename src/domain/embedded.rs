//! The graph shipped with the app, built by code that `build.rs` generates
//! from `assets/graph.ron`, so start-up does not parse RON. A test checks it
//! equals a parse of that file.

use super::graph::{
    AntiPattern, Cause, Graph, Paragraph, Question, QuestionRef, RiskLevel, Section, Source,
    Symptom, Target,
};

/// A string of the generated graph.
fn s(text: &str) -> String {
    text.to_owned()
}

include!(concat!(env!("OUT_DIR"), "/embedded_graph.rs"));
