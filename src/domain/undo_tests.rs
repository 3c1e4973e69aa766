use super::*;
use crate::domain::{Answer, QuestionRef, load};

#[test]
fn fifty_and_more_steps_undo_in_order_and_the_oldest_are_forgotten_past_the_depth() {
    let mut h = History::new(DEPTH);
    for i in 0..120u32 {
        h.record(i, format!("step {i}"));
    }
    assert_eq!(h.undo_len(), DEPTH);
    let mut current = 120;
    for i in (20..120u32).rev() {
        let (state, label) = h.undo(current).expect("one more step");
        assert_eq!((state, label), (i, format!("step {i}")));
        current = state;
    }
    assert_eq!(h.undo(current), None, "the first 20 were forgotten");
    assert_eq!(h.redo_len(), DEPTH);
}

#[test]
fn redo_goes_forward_again_and_a_new_change_clears_it() {
    let mut h = History::new(10);
    h.record(0, "a".into());
    h.record(1, "b".into());
    assert_eq!(h.undo(2), Some((1, "b".to_string())));
    assert_eq!(h.undo(1), Some((0, "a".to_string())));
    assert_eq!(h.redo(0), Some((1, "a".to_string())));
    // Undo again after a redo: back to 0.
    assert_eq!(h.undo(1), Some((0, "a".to_string())));
    assert_eq!(h.redo(0), Some((1, "a".to_string())));
    h.record(1, "c".into());
    assert_eq!(h.redo_len(), 0, "a new change clears the redo stack");
    assert_eq!(h.redo(5), None);
    assert_eq!(h.undo(7), Some((1, "c".to_string())));
    h.clear();
    assert_eq!((h.undo_len(), h.redo_len()), (0, 0));
}

#[test]
fn restore_brings_back_the_content_and_keeps_name_and_place() {
    let g = load::embedded().unwrap();
    let mut s = Session::new("team", &g, 5);
    let before = s.content();
    s.findings.toggle_mark(&g.symptoms[0].id);
    s.add_note(crate::domain::NoteTarget::General, "hi".into(), 6);
    s.attendees.push("Ana".into());
    s.place = Some(crate::domain::Target::Symptom(g.symptoms[1].id.clone()));
    assert!(s.differs_from(&before));
    s.restore(before.clone());
    assert!(!s.differs_from(&before));
    assert_eq!(s.name, "team");
    assert!(s.place.is_some(), "where the explorer is is not content");
}

#[test]
fn labels_name_the_change() {
    let g = load::embedded().unwrap();
    let s0 = Session::new("team", &g, 0);
    let id = g.symptoms[0].id.clone();
    let title = g.symptoms[0].title.clone();
    let mut s = s0.clone();
    s.findings.toggle_mark(&id);
    assert_eq!(
        describe(&s0.content(), &s.content(), &g),
        format!("mark on {title}")
    );
    assert_eq!(
        describe(&s.content(), &s0.content(), &g),
        format!("unmark of {title}")
    );
    let mut answered = s0.clone();
    let q = QuestionRef {
        symptom: id.clone(),
        index: 1,
    };
    answered.findings.set_answer(q, Some(Answer::No));
    assert_eq!(
        describe(&s0.content(), &answered.content(), &g),
        format!("answer to question 2 of {title}")
    );
    let mut noted = s0.clone();
    noted.add_note(crate::domain::NoteTarget::General, "x".into(), 1);
    assert_eq!(describe(&s0.content(), &noted.content(), &g), "note added");
    let mut edited = noted.clone();
    edited.notes[0].text = "y".into();
    assert_eq!(
        describe(&noted.content(), &edited.content(), &g),
        "note edit"
    );
    assert_eq!(
        describe(&noted.content(), &s0.content(), &g),
        "note deletion"
    );
    let mut acted = s0.clone();
    acted.add_action(ActionItem::parse_line("Do it", None, 1).unwrap());
    assert_eq!(
        describe(&s0.content(), &acted.content(), &g),
        "action item added"
    );
    let mut done = acted.clone();
    done.actions[0].done = true;
    assert_eq!(
        describe(&acted.content(), &done.content(), &g),
        "action item ticked done"
    );
    let mut people = s0.clone();
    people.attendees.push("Ana".into());
    assert_eq!(
        describe(&s0.content(), &people.content(), &g),
        "attendees edit"
    );
}

#[test]
fn an_answer_that_also_marks_its_symptom_is_named_by_the_answer() {
    let g = load::embedded().unwrap();
    let s0 = Session::new("team", &g, 0);
    let mut s = s0.clone();
    s.findings.toggle_mark(&g.symptoms[2].id);
    let q = QuestionRef {
        symptom: g.symptoms[2].id.clone(),
        index: 0,
    };
    s.findings.set_answer(q, Some(Answer::Yes));
    assert_eq!(
        describe(&s0.content(), &s.content(), &g),
        format!("answer to question 1 of {}", g.symptoms[2].title)
    );
}
