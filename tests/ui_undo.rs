//! Undo and redo of session changes (issue 13, item 13): `u` or Ctrl-z
//! undoes marks, answers, notes and action items one step at a time and says
//! what it undid; Ctrl-r redoes; the undone state is saved.

mod common;

use std::time::{Duration, Instant};

use cdtriage::domain::Answer;
use cdtriage::ui::app::App;
use cdtriage::ui::core::mode::Mode;
use common::{app, ctrl, key, on_disk, open, press, type_str};
use ratatui::crossterm::event::KeyCode;

fn char_key(c: char) -> ratatui::crossterm::event::KeyEvent {
    key(KeyCode::Char(c))
}

/// Marks the first symptom in the checklist, answers its first question
/// Yes, writes a note on its page and adds an action item.
fn four_changes(a: &mut App) {
    press(a, &[char_key('t'), char_key(' '), key(KeyCode::Esc)]);
    assert_eq!(a.session.findings.marked.len(), 1);
    press(a, &[char_key('a')]);
    assert_eq!(a.mode, Mode::Question);
    press(a, &[char_key('y'), key(KeyCode::Esc)]);
    assert_eq!(a.session.findings.given_count(), 1);
    assert_eq!(a.mode, Mode::Browse);
    press(a, &[char_key('E')]);
    type_str(a, "Freezes every Friday");
    press(a, &[ctrl('s')]);
    assert_eq!(a.session.notes.len(), 1);
    press(a, &[char_key('A')]);
    type_str(a, "Drop the freeze @ana");
    press(a, &[key(KeyCode::Enter)]);
    assert_eq!(a.session.actions.len(), 1);
    assert_eq!(a.mode, Mode::Browse);
}

#[test]
fn undo_goes_back_one_change_at_a_time_and_says_which_then_redo_goes_forward() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    four_changes(&mut a);
    let title = a.graph.symptoms[0].title.clone();
    let page = a.browse.page;

    press(&mut a, &[char_key('u')]);
    assert_eq!(a.message(), Some("Undid: action item added"));
    assert!(a.session.actions.is_empty());
    assert_eq!(a.session.notes.len(), 1);

    press(&mut a, &[ctrl('z')]);
    assert_eq!(a.message(), Some("Undid: note added"));
    assert!(a.session.notes.is_empty());

    press(&mut a, &[char_key('u')]);
    assert_eq!(
        a.message(),
        Some(format!("Undid: answer to question 1 of {title}").as_str())
    );
    assert_eq!(a.session.findings.given_count(), 0);
    assert_eq!(a.session.findings.marked.len(), 1);

    press(&mut a, &[char_key('u')]);
    assert_eq!(
        a.message(),
        Some(format!("Undid: mark on {title}").as_str())
    );
    assert!(a.session.findings.marked.is_empty());

    press(&mut a, &[char_key('u')]);
    assert_eq!(a.message(), Some("Nothing to undo"));
    assert_eq!(
        (a.mode, a.browse.page),
        (Mode::Browse, page),
        "no navigation undone"
    );

    press(&mut a, &[ctrl('r'), ctrl('r')]);
    assert_eq!(
        a.message(),
        Some(format!("Redid: answer to question 1 of {title}").as_str())
    );
    let q = a.session.findings.given().next().map(|(_, ans)| ans);
    assert_eq!(q, Some(Answer::Yes));
    assert!(a.session.notes.is_empty());

    // A new change forgets what could be redone.
    press(&mut a, &[char_key('E')]);
    type_str(&mut a, "Other note");
    press(&mut a, &[ctrl('s')]);
    press(&mut a, &[ctrl('r')]);
    assert_eq!(a.message(), Some("Nothing to redo"));
    press(&mut a, &[char_key('u')]);
    assert_eq!(a.message(), Some("Undid: note added"));
}

#[test]
fn editing_and_deleting_a_note_undo_back_to_the_old_text() {
    let mut a = app(80, 24);
    press(&mut a, &[char_key('E')]);
    type_str(&mut a, "first");
    press(&mut a, &[ctrl('s')]);
    press(&mut a, &[char_key('E')]);
    type_str(&mut a, " and more");
    press(&mut a, &[ctrl('s')]);
    assert_eq!(a.session.notes[0].text, "first and more");
    press(&mut a, &[char_key('u')]);
    assert_eq!(a.message(), Some("Undid: note edit"));
    assert_eq!(a.session.notes[0].text, "first");
}

#[test]
fn on_the_question_screen_u_is_unsure_and_ctrl_z_undoes() {
    let mut a = app(80, 24);
    press(&mut a, &[char_key('a'), char_key('u')]);
    assert_eq!(a.mode, Mode::Question);
    let given: Vec<Answer> = a.session.findings.given().map(|(_, x)| x).collect();
    assert_eq!(given, vec![Answer::Unsure], "u answers Unsure here");
    press(&mut a, &[ctrl('z')]);
    assert_eq!(a.session.findings.given_count(), 0);
    assert_eq!(a.mode, Mode::Question, "undo stays on the screen");
    let m = a.message().unwrap_or_default();
    assert!(m.starts_with("Undid: answer to question 1 of"), "{m}");
}

#[test]
fn in_a_prompt_ctrl_z_leaves_the_line_being_typed_alone() {
    let mut a = app(80, 24);
    press(&mut a, &[char_key('A')]);
    type_str(&mut a, "half typed");
    press(&mut a, &[ctrl('z'), char_key('u')]);
    assert_eq!(a.mode, Mode::NameInput);
    let prompt = a.sessions.prompt.as_ref().expect("still asking");
    assert_eq!(prompt.input.text(), "half typedu");
}

#[test]
fn an_undo_is_saved_like_any_other_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    four_changes(&mut a);
    a.flush_session().expect("saved");
    assert_eq!(on_disk(dir.path(), "team").actions.len(), 1);
    press(&mut a, &[char_key('u'), char_key('u')]);
    assert_eq!(
        a.sessions.state.status(&a.session),
        "team · unsaved changes"
    );
    // The run loop's save tick writes it (the debounce, then the write).
    let t0 = Instant::now();
    a.save_tick(t0);
    a.save_tick(t0 + Duration::from_secs(1));
    assert_eq!(a.sessions.state.status(&a.session), "team · saved");
    let saved = on_disk(dir.path(), "team");
    assert!(saved.actions.is_empty() && saved.notes.is_empty());
    assert_eq!(saved.findings.given_count(), 1);
    assert_eq!(saved.findings.marked.len(), 1);
}

#[test]
fn opening_another_session_forgets_the_history() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    press(&mut a, &[char_key('t'), char_key(' '), key(KeyCode::Esc)]);
    press(&mut a, &[char_key('S'), char_key('c')]);
    type_str(&mut a, "other");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.sessions.state.name(), Some("other"));
    press(&mut a, &[char_key('u')]);
    assert_eq!(a.message(), Some("Nothing to undo"));
    assert_eq!(on_disk(dir.path(), "team").findings.marked.len(), 1);
}

#[test]
fn on_the_actions_screen_ticking_and_deleting_are_undone() {
    let mut a = app(80, 24);
    press(&mut a, &[char_key('A')]);
    type_str(&mut a, "Drop the freeze");
    press(&mut a, &[key(KeyCode::Enter), char_key('x')]);
    assert_eq!(a.mode, Mode::Actions);
    press(&mut a, &[char_key(' ')]);
    assert!(a.session.actions[0].done);
    press(&mut a, &[char_key('d'), char_key('y')]);
    assert!(a.session.actions.is_empty());
    press(&mut a, &[char_key('u')]);
    assert_eq!(a.message(), Some("Undid: action item deletion"));
    assert_eq!(a.session.actions.len(), 1);
    assert_eq!(a.actions.item, Some(0), "the item is highlighted again");
    press(&mut a, &[ctrl('z')]);
    assert_eq!(a.message(), Some("Undid: action item ticked done"));
    assert!(!a.session.actions[0].done);
    assert_eq!(a.mode, Mode::Actions);
}
