//! The session's notes as search documents, and where on a page a note's
//! result opens.

use crate::domain::{Graph, Location, Note, NoteDoc, NoteTarget, Target};

/// A note as a search document, keyed by its index in the session's notes.
/// General notes (about the session, not a page) have no page to open, so
/// they are not indexed.
pub fn note_doc(graph: &Graph, key: usize, note: &Note) -> Option<NoteDoc> {
    let (page, title) = match &note.about {
        NoteTarget::General => return None,
        NoteTarget::Symptom(id) => (Target::Symptom(id.clone()), "Note on this page".to_string()),
        NoteTarget::AntiPattern(id) => (
            Target::AntiPattern(id.clone()),
            "Note on this page".to_string(),
        ),
        NoteTarget::Cause { symptom, index } => {
            let heading = graph
                .symptom(symptom)
                .and_then(|s| s.causes.get(*index))
                .map_or_else(|| format!("cause {}", index + 1), |c| c.heading.clone());
            (
                Target::Symptom(symptom.clone()),
                format!("Note on {heading}"),
            )
        }
        NoteTarget::Question(q) => (
            Target::Symptom(q.symptom.clone()),
            format!("Note on question {}", q.index + 1),
        ),
    };
    Some(NoteDoc {
        page,
        key,
        title,
        text: note.text.clone(),
    })
}

/// Where a note's result opens: the cause or question it is about, or the
/// top of its page.
pub fn location(notes: &[Note], key: usize) -> Location {
    match notes.get(key).map(|n| &n.about) {
        Some(NoteTarget::Cause { index, .. }) => Location::Cause {
            cause: *index,
            paragraph: None,
        },
        Some(NoteTarget::Question(q)) => Location::Question { question: q.index },
        _ => Location::Header,
    }
}
