//! The graph shipped with the app, built by code that `build.rs` generates
//! from `assets/graph.ron`, so start-up does not parse RON. A test checks it
//! equals a parse of that file.

use super::graph::{
    AntiPattern, Cause, Graph, Paragraph, Question, QuestionRef, RiskLevel, Section, Source,
    Symptom, Target,
};
// Named by the generated code only when the asset has pages, a triage or an origin.
#[allow(unused_imports)]
use super::guide::Origin;
#[allow(unused_imports)]
use super::page::{AntiPatternPage, Block, Chapter, Link, LinkTo, Part, Related};
#[allow(unused_imports)]
use super::triage::{Triage, TriageOption, TriageQuestion, TriageResult, TriageStep};

/// A string of the generated graph.
fn s(text: &str) -> String {
    text.to_owned()
}

include!(concat!(env!("OUT_DIR"), "/embedded_graph.rs"));
