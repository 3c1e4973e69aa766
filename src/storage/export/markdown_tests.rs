use super::*;
use crate::domain::session::tests::sample;
use crate::domain::{QuestionRef, load};

fn causes(graph: &Graph) -> Vec<MinutesCause> {
    let ap = |id: &str| graph.anti_pattern(id).unwrap();
    vec![
        MinutesCause {
            target: Target::AntiPattern("distributed-monolith".into()),
            name: ap("distributed-monolith").name.clone(),
            url: ap("distributed-monolith").url.clone(),
            score: 2.5,
            reasons: vec!["You answered yes to Q2 of a marked symptom".into()],
        },
        MinutesCause {
            target: Target::AntiPattern("cab-gates".into()),
            name: ap("cab-gates").name.clone(),
            url: ap("cab-gates").url.clone(),
            score: 1.0,
            reasons: vec![],
        },
    ]
}

#[test]
fn minutes_of_a_full_session() {
    let graph = load::embedded().unwrap();
    let mut session = sample();
    session.graph_version = graph.version.clone();
    session.add_note(
        NoteTarget::Question(QuestionRef {
            symptom: "merge-freeze".into(),
            index: 0,
        }),
        "Not answered yet, but worth asking.".into(),
        1_795_660_900,
    );
    insta::assert_snapshot!(to_markdown(&session, &graph, &causes(&graph)));
}

#[test]
fn every_note_appears_exactly_once() {
    let graph = load::embedded().unwrap();
    let mut session = sample();
    // Notes on an unmarked symptom and an unknown id go to "Other notes".
    session.add_note(
        NoteTarget::Symptom("merge-freeze".into()),
        "n-unmarked".into(),
        1,
    );
    session.add_note(NoteTarget::AntiPattern("gone".into()), "n-gone".into(), 1);
    for (i, note) in session.notes.iter_mut().enumerate() {
        note.text = format!("note-{i}-text");
    }
    let md = to_markdown(&session, &graph, &[]);
    for i in 0..session.notes.len() {
        assert_eq!(
            md.matches(&format!("note-{i}-text")).count(),
            1,
            "note {i}:\n{md}"
        );
    }
    assert!(
        md.contains("- On anti-pattern `gone` (no longer in the guide): note-6-text"),
        "{md}"
    );
}

#[test]
fn an_empty_session_says_so_in_each_section() {
    let graph = load::embedded().unwrap();
    let session = Session::new("empty", &graph, 0);
    let md = to_markdown(&session, &graph, &[]);
    for expected in [
        "# Session minutes: empty\n",
        "- Started: 1970-01-01T00:00:00Z\n",
        "None marked.",
        "No questions answered.",
        "No causes ranked: no symptom is marked.",
        "## Action items\n\nNone.",
        "## Notes\n\nNone.",
        "adapted by cdtriage.",
    ] {
        assert!(md.contains(expected), "missing {expected:?} in:\n{md}");
    }
    assert!(!md.contains("Recorded on guide data"));
}

#[test]
fn multi_line_text_stays_inside_its_list_item() {
    let mut out = String::new();
    bullet(&mut out, "   ", "Note: ", "one\ntwo\n\nthree");
    assert_eq!(out, "   - Note: one  \n     two\n\n     three\n");
    let mut out = String::new();
    bullet(&mut out, "", "[ ] ", "");
    assert_eq!(out, "- [ ]\n");
}
