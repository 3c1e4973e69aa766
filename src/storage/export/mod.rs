//! Exporting a session: Markdown meeting minutes and JSON for scripts.

mod file;
mod json;
mod markdown;

pub use file::{
    Existing, ExportError, exports_dir, minutes_file_name, write_export, write_minutes,
};
pub use json::to_json;
pub use markdown::{MinutesOptions, to_markdown, to_markdown_with};

use crate::domain::diagnosis;
use crate::domain::{Graph, NoteTarget, Session, Target, session};

/// The session's ranked causes (see [`diagnosis::rank`]) as the minutes show them.
pub fn ranked_causes(session: &Session, graph: &Graph) -> Vec<MinutesCause> {
    diagnosis::rank(graph, &session.findings)
        .into_iter()
        .map(|r| MinutesCause {
            name: graph
                .target_name(&r.target)
                .unwrap_or(r.target.id())
                .to_string(),
            url: graph.target_url(&r.target).unwrap_or_default().to_string(),
            score: r.score,
            summary: r.one_line(),
            reasons: r
                .reasons
                .iter()
                .map(|reason| reason.describe(graph))
                .chain(std::iter::once(format!("= {}", r.arithmetic())))
                .collect(),
            target: r.target,
        })
        .collect()
}

/// One ranked cause as the minutes show it. The ranking itself lives in the
/// domain; the caller passes its result in, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct MinutesCause {
    pub target: Target,
    /// Display name (anti-pattern name or symptom title).
    pub name: String,
    pub url: String,
    pub score: f64,
    /// Why it ranks where it does, in one line (see
    /// [`crate::domain::diagnosis::RankedCause::one_line`]).
    pub summary: String,
    /// The full arithmetic, one reason a line.
    pub reasons: Vec<String>,
}

/// What a note is about, in the guide's words ("question: Does ...?"), or by
/// its ids when the graph no longer has the item.
pub fn note_label(target: &NoteTarget, graph: &Graph) -> String {
    let known = match target {
        NoteTarget::General => Some("the session".to_string()),
        NoteTarget::Symptom(id) => graph
            .symptom(id)
            .map(|s| format!("symptom \"{}\"", s.title)),
        NoteTarget::AntiPattern(id) => graph
            .anti_pattern(id)
            .map(|a| format!("anti-pattern \"{}\"", a.name)),
        NoteTarget::Cause { symptom, index } => graph.symptom(symptom).and_then(|s| {
            s.causes
                .get(*index)
                .map(|c| format!("cause \"{}\" of \"{}\"", c.heading, s.title))
        }),
        NoteTarget::Question(q) => graph
            .question(q)
            .map(|question| format!("question \"{}\"", question.question)),
    };
    known.unwrap_or_else(|| {
        format!(
            "{} (no longer in the guide)",
            session::describe_target(target)
        )
    })
}
