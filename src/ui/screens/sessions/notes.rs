//! The team's notes and action items on the pages they belong to, and a
//! list of every note for other screens (e.g. search).

use crate::domain::search::NoteDoc;
use crate::domain::{Graph, Location, NoteTarget, Session, Target};
use crate::storage::export::note_label;
use crate::ui::core::history::Page;
use crate::ui::document::{Builder, Doc, DocLine, Role};

/// The heading of the team's part of a page.
pub const HEADING: &str = "Team notes";

/// One note, for listing and searching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteEntry {
    /// Index in `session.notes`.
    pub index: usize,
    pub target: NoteTarget,
    /// What it is about, in the guide's words ("symptom \"...\"").
    pub label: String,
    pub text: String,
    /// The page that shows it, if any (general notes have none).
    pub page: Option<Page>,
}

/// Every note in the session, in the order written.
pub fn listing(graph: &Graph, session: &Session) -> Vec<NoteEntry> {
    session
        .notes
        .iter()
        .enumerate()
        .map(|(index, n)| NoteEntry {
            index,
            target: n.about.clone(),
            label: note_label(&n.about, graph),
            text: n.text.clone(),
            page: page_of(graph, &n.about),
        })
        .collect()
}

/// The notes as search documents for [`crate::domain::search::SearchIndex::with_notes`]:
/// `key` is the note's index in `session.notes`. General notes belong to no
/// page and are left out.
pub fn search_docs(graph: &Graph, session: &Session) -> Vec<NoteDoc> {
    session
        .notes
        .iter()
        .enumerate()
        .filter_map(|(key, n)| {
            let page = match &n.about {
                NoteTarget::General => return None,
                NoteTarget::Symptom(id) | NoteTarget::Cause { symptom: id, .. } => {
                    Target::Symptom(id.clone())
                }
                NoteTarget::Question(q) => Target::Symptom(q.symptom.clone()),
                NoteTarget::AntiPattern(id) => Target::AntiPattern(id.clone()),
            };
            Some(NoteDoc {
                page,
                key,
                title: note_label(&n.about, graph),
                text: n.text.clone(),
            })
        })
        .collect()
}

/// The page a note target is shown on.
pub fn page_of(graph: &Graph, target: &NoteTarget) -> Option<Page> {
    match target {
        NoteTarget::General => None,
        NoteTarget::Symptom(id) | NoteTarget::Cause { symptom: id, .. } => {
            graph.symptom_index(id).map(Page::Symptom)
        }
        NoteTarget::Question(q) => graph.symptom_index(&q.symptom).map(Page::Symptom),
        NoteTarget::AntiPattern(id) => graph.anti_pattern_index(id).map(Page::AntiPattern),
    }
}

/// The label of a note on the page itself (not on one of its causes or
/// questions).
pub const ON_THIS_PAGE: &str = "On this page:";

/// The lines under a page: its notes (and those on its causes and
/// questions), each under a label saying what it is on, then its action
/// items, wrapped to `width`; each note is anchored at [`Location::Note`]
/// (its index in the session's notes) and each action item at
/// [`Location::Action`]. Empty when there are none.
pub fn page_section(graph: &Graph, session: &Session, page: Page, width: u16) -> Doc {
    let (id, link) = match page {
        Page::Symptom(i) => match graph.symptoms.get(i) {
            Some(s) => (s.id.as_str(), Target::Symptom(s.id.clone())),
            None => return Doc::default(),
        },
        Page::AntiPattern(i) => match graph.anti_patterns.get(i) {
            Some(a) => (a.id.as_str(), Target::AntiPattern(a.id.clone())),
            None => return Doc::default(),
        },
    };
    let mut notes: Vec<(usize, (u8, usize), String, &str)> = session
        .notes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            prefix(graph, &n.about, page, id).map(|(order, p)| (i, order, p, n.text.as_str()))
        })
        .collect();
    // In page order: the page's own notes, then its causes', then its
    // questions'; in the order written within each.
    notes.sort_by_key(|(i, order, _, _)| (*order, *i));
    let actions: Vec<_> = session
        .actions
        .iter()
        .enumerate()
        .filter(|(_, a)| a.cause.as_ref() == Some(&link))
        .collect();
    if notes.is_empty() && actions.is_empty() {
        return Doc::default();
    }
    let mut b = Builder::new(width);
    b.para(Role::Label, &format!("── {HEADING} ──"), 0);
    for (index, _, prefix, text) in notes {
        b.blank();
        let start = b.line();
        b.para(Role::Label, &prefix, 0);
        for line in text.split('\n') {
            b.para(Role::Note, line, 2);
        }
        b.anchor(Location::Note { note: index }, start);
    }
    for (index, a) in actions {
        b.blank();
        let mut who = Vec::new();
        if let Some(o) = &a.owner {
            who.push(format!("owner {o}"));
        }
        if let Some(d) = &a.due {
            who.push(format!("due {d}"));
        }
        let extra = if who.is_empty() {
            String::new()
        } else {
            format!(" ({})", who.join(", "))
        };
        let start = b.line();
        b.prefixed(
            "Action: ",
            Role::Label,
            Role::Note,
            &format!("{}{extra}", a.text),
            2,
        );
        b.anchor(Location::Action { item: index }, start);
    }
    let mut doc = b.finish();
    doc.lines.insert(0, DocLine::default());
    for (_, r) in &mut doc.anchors {
        *r = r.start + 1..r.end + 1;
    }
    doc
}

/// How a note on this page is introduced and where it goes among the
/// page's notes, or `None` if it is not on it.
fn prefix(
    graph: &Graph,
    target: &NoteTarget,
    page: Page,
    id: &str,
) -> Option<((u8, usize), String)> {
    match (target, page) {
        (NoteTarget::Symptom(s), Page::Symptom(_)) if s == id => {
            Some(((0, 0), ON_THIS_PAGE.to_string()))
        }
        (NoteTarget::AntiPattern(a), Page::AntiPattern(_)) if a == id => {
            Some(((0, 0), ON_THIS_PAGE.to_string()))
        }
        (NoteTarget::Cause { symptom, index }, Page::Symptom(_)) if symptom == id => {
            let heading = graph
                .symptom(symptom)
                .and_then(|s| s.causes.get(*index))
                .map_or_else(|| format!("cause {}", index + 1), |c| c.heading.clone());
            Some(((1, *index), format!("On the cause \"{heading}\":")))
        }
        (NoteTarget::Question(q), Page::Symptom(_)) if q.symptom == id => {
            Some(((2, q.index), format!("On question {}:", q.index + 1)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{QuestionRef, load};

    #[test]
    fn notes_become_search_documents_on_their_pages() {
        let graph = load::embedded().expect("embedded graph loads");
        let s1 = graph.symptoms[0].id.clone();
        let mut session = Session::new("t", &graph, 0);
        session.add_note(NoteTarget::General, "general".into(), 0);
        let q = QuestionRef {
            symptom: s1.clone(),
            index: 0,
        };
        session.add_note(NoteTarget::Question(q), "on a question".into(), 0);
        session.add_note(
            NoteTarget::AntiPattern("manual-deployments".into()),
            "ap".into(),
            0,
        );
        let docs = search_docs(&graph, &session);
        let got: Vec<_> = docs
            .iter()
            .map(|d| (d.key, d.page.clone(), d.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, Target::Symptom(s1), "on a question"),
                (2, Target::AntiPattern("manual-deployments".into()), "ap"),
            ]
        );
        assert_eq!(docs[1].title, "anti-pattern \"Manual Deployments\"");
        assert_eq!(
            listing(&graph, &session).len(),
            3,
            "the listing keeps general notes"
        );
    }
}
