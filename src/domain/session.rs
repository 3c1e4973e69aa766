//! A team session: what a team recorded over one or more meetings (marked
//! symptoms, answers, notes, action items). Plain data; storage lives in
//! `crate::storage`. Times are seconds since the Unix epoch, passed in by the
//! caller so this module never reads the clock.

use serde::{Deserialize, Serialize};

use super::answers::Findings;
use super::graph::{Graph, QuestionRef, Target};

/// The schema version this build writes and fully understands. Version 1
/// stored, per question, whether it points at its cause; version 2 stores
/// the team's answer to the guide's question (see [`super::upgrade`]).
pub const CURRENT_SCHEMA: u32 = 2;

/// Seconds since 1970-01-01T00:00:00Z.
pub type Timestamp = u64;

/// One team session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub schema_version: u32,
    /// The name as the user typed it (trimmed); the file name derives from it.
    /// A file whose name holds a control character does not load.
    #[serde(deserialize_with = "name_without_controls")]
    pub name: String,
    pub created: Timestamp,
    /// When the session was last saved with a change.
    pub updated: Timestamp,
    /// Id of the graph the session was made on.
    pub graph_id: String,
    /// Version of that graph.
    pub graph_version: String,
    #[serde(default)]
    pub findings: Findings,
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    /// Who took part, as the team wrote the names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<String>,
    /// The name of the session this one continues (`--from`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<String>,
    /// The page the explorer showed when the session was last closed, to
    /// return to on reopening (absent in older files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Target>,
}

/// A free-text note about one item, or about the session as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub about: NoteTarget,
    pub text: String,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// What a note is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum NoteTarget {
    /// The session as a whole.
    General,
    /// A symptom, by id.
    Symptom(String),
    /// An anti-pattern, by id.
    AntiPattern(String),
    /// One entry under a symptom's "Common causes" (index from 0).
    Cause { symptom: String, index: usize },
    /// One "How to narrow it down" question.
    Question(QuestionRef),
}

/// Something the team agreed to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionItem {
    pub text: String,
    pub owner: Option<String>,
    /// Free text as the team wrote it ("next sprint", "2026-12-01").
    pub due: Option<String>,
    /// The cause this action addresses.
    pub cause: Option<Target>,
    pub done: bool,
    pub created: Timestamp,
}

impl ActionItem {
    /// An action item for fix step `step` (from 0) of `anti_pattern`: its
    /// title as the text, linked to the anti-pattern; owner and due date are
    /// left for the team. `None` if there is no such step.
    pub fn for_fix_step(
        anti_pattern: &super::graph::AntiPattern,
        step: usize,
        now: Timestamp,
    ) -> Option<ActionItem> {
        let part = anti_pattern.fix_steps().get(step)?;
        Some(ActionItem {
            text: part.title.clone(),
            owner: None,
            due: None,
            cause: Some(Target::AntiPattern(anti_pattern.id.clone())),
            done: false,
            created: now,
        })
    }
}

/// Reads a session's `name`, refusing control characters (the error names
/// the character, never prints it).
fn name_without_controls<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let name = String::deserialize(d)?;
    match super::printable::first_control(&name) {
        Some(c) => Err(serde::de::Error::custom(format!(
            "the session's name contains a control character (U+{:04X})",
            u32::from(c)
        ))),
        None => Ok(name),
    }
}

impl Session {
    /// A new, empty session made on `graph` at time `now`.
    pub fn new(name: &str, graph: &Graph, now: Timestamp) -> Self {
        Session {
            schema_version: CURRENT_SCHEMA,
            name: name.to_string(),
            created: now,
            updated: now,
            graph_id: graph.id.clone(),
            graph_version: graph.version.clone(),
            findings: Findings::default(),
            notes: Vec::new(),
            actions: Vec::new(),
            attendees: Vec::new(),
            follows: None,
            place: None,
        }
    }

    /// Notes about `target`, in the order they were written.
    pub fn notes_about<'a>(&'a self, target: &'a NoteTarget) -> impl Iterator<Item = &'a Note> {
        self.notes.iter().filter(move |n| &n.about == target)
    }

    /// Adds a note and returns its index in [`Session::notes`].
    pub fn add_note(&mut self, about: NoteTarget, text: String, now: Timestamp) -> usize {
        self.notes.push(Note {
            about,
            text,
            created: now,
            updated: now,
        });
        self.notes.len() - 1
    }

    /// Human-readable descriptions of everything in the session that names an
    /// id `graph` does not have. These items stay in the session untouched.
    pub fn unknown_refs(&self, graph: &Graph) -> Vec<String> {
        let mut out = Vec::new();
        for id in &self.findings.marked {
            if graph.symptom(id).is_none() {
                out.push(format!("marked symptom `{id}`"));
            }
        }
        for (q, answer) in &self.findings.answers {
            if graph.question(q).is_none() {
                out.push(format!(
                    "answer \"{}\" to {}",
                    answer.label(),
                    describe_question(q)
                ));
            }
        }
        for note in &self.notes {
            if !target_known(&note.about, graph) {
                out.push(format!("note about {}", describe_target(&note.about)));
            }
        }
        for action in &self.actions {
            if let Some(cause) = &action.cause
                && graph.target_name(cause).is_none()
            {
                out.push(format!(
                    "action \"{}\" linked to {}",
                    action.text,
                    describe_link(cause)
                ));
            }
        }
        out
    }
}

/// Whether the graph has the item a note is about.
pub fn target_known(target: &NoteTarget, graph: &Graph) -> bool {
    match target {
        NoteTarget::General => true,
        NoteTarget::Symptom(id) => graph.symptom(id).is_some(),
        NoteTarget::AntiPattern(id) => graph.anti_pattern(id).is_some(),
        NoteTarget::Cause { symptom, index } => graph
            .symptom(symptom)
            .is_some_and(|s| s.causes.get(*index).is_some()),
        NoteTarget::Question(q) => graph.question(q).is_some(),
    }
}

/// A note target by its ids, for messages ("question 2 of symptom `x`").
pub fn describe_target(target: &NoteTarget) -> String {
    match target {
        NoteTarget::General => "the session".to_string(),
        NoteTarget::Symptom(id) => format!("symptom `{id}`"),
        NoteTarget::AntiPattern(id) => format!("anti-pattern `{id}`"),
        NoteTarget::Cause { symptom, index } => {
            format!("cause {} of symptom `{symptom}`", index + 1)
        }
        NoteTarget::Question(q) => describe_question(q),
    }
}

fn describe_question(q: &QuestionRef) -> String {
    format!("question {} of symptom `{}`", q.index + 1, q.symptom)
}

fn describe_link(t: &Target) -> String {
    match t {
        Target::AntiPattern(id) => format!("anti-pattern `{id}`"),
        Target::Symptom(id) => format!("symptom `{id}`"),
    }
}

/// Formats a timestamp as ISO-8601 UTC, e.g. `2026-11-26T04:30:00Z`
/// (jiff's calendar). A time past the year 9999, which jiff cannot
/// represent, is written as seconds since the epoch.
pub fn format_utc(t: Timestamp) -> String {
    i64::try_from(t)
        .ok()
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
        .map_or_else(
            || format!("{t} seconds after 1970-01-01T00:00:00Z"),
            |ts| ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        )
}

#[cfg(test)]
#[path = "session_tests.rs"]
pub(crate) mod tests;
